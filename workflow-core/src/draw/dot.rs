//! The graph in Graphviz's DOT language.

use std::fmt::Write;

use super::{
    child_title, counted_label, dashed, drawn_children, edge_ends, edge_label, short_ids,
    step_count, Look,
};
use crate::graph::{Node, NodeKind, WorkflowGraph};

pub(super) fn render(graph: &WorkflowGraph) -> String {
    let mut out = String::new();
    // `fmt::Write` for a `String` never fails.
    let _ = writeln!(out, "digraph {} {{", quote(&graph.workflow));
    let title = format!("{}, {}", graph.workflow, graph.subject());
    let _ = writeln!(out, "    label={};", quote(&title));
    out.push_str("    labelloc=t;\n    fontname=\"Helvetica\";\n");
    out.push_str("    node [fontname=\"Helvetica\", fontsize=12];\n");
    out.push_str(
        "    edge [fontname=\"Helvetica\", fontsize=10, color=\"#64748b\", arrowsize=0.8];\n",
    );
    if !drawn_children(graph).is_empty() {
        // Edges from a child workflow's node end at its cluster.
        out.push_str("    compound=true;\n");
    }
    body(&mut out, graph, "", 1, &mut Vec::new());
    out.push_str("}\n");
    out
}

/// The nodes and edges of `graph` (its ids after `prefix`), indented
/// `depth` levels, then each child workflow's graph in a cluster, with an
/// edge from its node to the cluster.
fn body(
    out: &mut String,
    graph: &WorkflowGraph,
    prefix: &str,
    depth: usize,
    taken: &mut Vec<String>,
) {
    let ids = short_ids(graph, prefix, taken);
    let indent = "    ".repeat(depth);
    for (node, id) in graph.nodes.iter().zip(&ids) {
        let look = Look::of(node);
        let (shape, style) = match (&node.kind, look) {
            (NodeKind::Step { .. }, _) => ("box", "filled"),
            (NodeKind::Outside, _) => ("parallelogram", "dashed"),
            (NodeKind::Workflow { .. }, _) => ("component", "filled"),
            (_, Look::Human) => ("hexagon", "filled"),
            (_, Look::Start | Look::Stop) => ("oval", "filled,bold"),
            _ => ("oval", "filled"),
        };
        let mut attrs = format!(
            "label={}, shape={shape}, style={}, fillcolor=\"{}\", color=\"{}\", fontcolor=\"{}\"",
            quote(&counted_label(node)),
            quote(style),
            look.fill(),
            look.stroke(),
            look.text(),
        );
        if look == Look::Stop {
            attrs.push_str(", peripheries=2");
        }
        let _ = write!(attrs, ", tooltip={}", quote(&tooltip(graph, node)));
        let _ = writeln!(out, "{indent}{id} [{attrs}];");
    }
    for (from, to, edge) in edge_ends(graph) {
        let mut attrs = Vec::new();
        if dashed(edge.kind) {
            attrs.push("style=dashed".to_owned());
        }
        let label = edge_label(graph, edge);
        if !label.is_empty() {
            attrs.push(format!("label={}", quote(&label)));
        }
        if edge.order.len() > 1 {
            let width = 1.0 + (edge.order.len().min(6) as f64) * 0.4;
            attrs.push(format!("penwidth={width:.1}"));
        }
        let attrs = match attrs.is_empty() {
            true => String::new(),
            false => format!(" [{}]", attrs.join(", ")),
        };
        let _ = writeln!(out, "{indent}{} -> {}{attrs};", ids[from], ids[to]);
    }
    let look = Look::Workflow;
    for (at, child) in drawn_children(graph) {
        let node = &ids[at];
        let _ = writeln!(
            out,
            "{indent}subgraph {} {{",
            quote(&format!("cluster_{node}"))
        );
        let _ = writeln!(out, "{indent}    label={};", quote(&child_title(child)));
        let _ = writeln!(
            out,
            "{indent}    style=\"rounded,dashed\"; color=\"{}\"; fontcolor=\"{}\";",
            look.stroke(),
            look.text()
        );
        let first = taken.len();
        body(out, child, &format!("{node}__"), depth + 1, taken);
        let _ = writeln!(out, "{indent}}}");
        // The node leads to its cluster: an edge to the child's first node
        // (its start event), cut at the cluster's border.
        if let Some(inner) = taken.get(first) {
            let _ = writeln!(
                out,
                "{indent}{node} -> {inner} [lhead={}, style=dotted, arrowhead=none];",
                quote(&format!("cluster_{node}"))
            );
        }
    }
}

/// What a node's tooltip says: its kind and what is known about it.
fn tooltip(graph: &WorkflowGraph, node: &Node) -> String {
    let mut lines = vec![node.label.clone()];
    match &node.kind {
        NodeKind::Step { workers } => lines.push(format!("step, {workers} workers")),
        NodeKind::EventType { fields, .. } => lines.extend(fields.iter().cloned()),
        NodeKind::Outside => lines.push("reads questions, sends answers".to_owned()),
        NodeKind::Workflow { .. } => lines.push(match graph.child(node).map(step_count) {
            Some(1) => "child workflow, 1 step".to_owned(),
            Some(n) => format!("child workflow, {n} steps"),
            None => "child workflow".to_owned(),
        }),
    }
    if let Some(run) = &node.run {
        lines.push(format!("count in this run: {}", run.count));
        lines.extend(run.errors.iter().map(|e| format!("error: {e}")));
    }
    lines.join("\n")
}

/// A DOT string: quoted, with `\`, `"` and line breaks escaped.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
