//! The graph in Graphviz's DOT language.

use std::fmt::Write;

use super::{counted_label, dashed, edge_ends, edge_label, short_ids, Look};
use crate::graph::{Node, NodeKind, WorkflowGraph};

pub(super) fn render(graph: &WorkflowGraph) -> String {
    let ids = short_ids(graph);
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
    for (node, id) in graph.nodes.iter().zip(&ids) {
        let look = Look::of(node);
        let (shape, style) = match (&node.kind, look) {
            (NodeKind::Step { .. }, _) => ("box", "filled"),
            (NodeKind::Outside, _) => ("parallelogram", "dashed"),
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
        let _ = write!(attrs, ", tooltip={}", quote(&tooltip(node)));
        let _ = writeln!(out, "    {id} [{attrs}];");
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
        let _ = writeln!(out, "    {} -> {}{attrs};", ids[from], ids[to]);
    }
    out.push_str("}\n");
    out
}

/// What a node's tooltip says: its kind and what is known about it.
fn tooltip(node: &Node) -> String {
    let mut lines = vec![node.label.clone()];
    match &node.kind {
        NodeKind::Step { workers } => lines.push(format!("step, {workers} workers")),
        NodeKind::EventType { fields, .. } => lines.extend(fields.iter().cloned()),
        NodeKind::Outside => lines.push("reads questions, sends answers".to_owned()),
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
