//! The graph as a Mermaid flowchart.

use std::fmt::Write;

use super::{
    child_title, counted_label, dashed, drawn_children, edge_ends, edge_label, short_ids,
    unique_id, Look,
};
use crate::graph::{NodeKind, WorkflowGraph};

pub(super) fn render(graph: &WorkflowGraph) -> String {
    let mut out = String::new();
    // `fmt::Write` for a `String` never fails.
    let title = format!("{}, {}", graph.workflow, graph.subject());
    // A YAML string in double quotes.
    let title = title.replace('\\', "\\\\").replace('"', "\\\"");
    let _ = writeln!(out, "---\ntitle: \"{title}\"\n---");
    out.push_str("flowchart TD\n");
    let mut taken = Vec::new();
    let mut subgraphs = Vec::new();
    body(&mut out, graph, "", 1, &mut taken, &mut subgraphs);
    for look in Look::ALL {
        let dash = match look {
            Look::Outside => ",stroke-dasharray:4 3",
            _ => "",
        };
        let width = match look {
            Look::Start | Look::Stop => "2px",
            _ => "1px",
        };
        let _ = writeln!(
            out,
            "    classDef {} fill:{},stroke:{},stroke-width:{width},color:{}{dash}",
            look.class(),
            look.fill(),
            look.stroke(),
            look.text()
        );
    }
    // The children's frames: the look of a child workflow, dashed, on white.
    let look = Look::Workflow;
    for id in subgraphs {
        let _ = writeln!(
            out,
            "    style {id} fill:#ffffff,stroke:{},stroke-width:1px,color:{},stroke-dasharray:6 4",
            look.stroke(),
            look.text()
        );
    }
    out
}

/// The nodes and edges of `graph` (its ids after `prefix`), indented
/// `depth` levels, then each child workflow's graph in a subgraph whose id
/// goes to `subgraphs`, linked to its node.
fn body(
    out: &mut String,
    graph: &WorkflowGraph,
    prefix: &str,
    depth: usize,
    taken: &mut Vec<String>,
    subgraphs: &mut Vec<String>,
) {
    let ids = short_ids(graph, prefix, taken);
    let indent = "    ".repeat(depth);
    for (node, id) in graph.nodes.iter().zip(&ids) {
        let label = quote(&counted_label(node));
        let shape = match (&node.kind, Look::of(node)) {
            (NodeKind::Step { .. }, _) => format!("[{label}]"),
            (NodeKind::Outside, _) => format!("[/{label}/]"),
            // A subroutine: a box with bars at its sides.
            (NodeKind::Workflow { .. }, _) => format!("[[{label}]]"),
            (_, Look::Human) => format!("{{{{{label}}}}}"),
            _ => format!("([{label}])"),
        };
        let _ = writeln!(out, "{indent}{id}{shape}:::{}", Look::of(node).class());
    }
    for (from, to, edge) in edge_ends(graph) {
        let arrow = if dashed(edge.kind) { "-.->" } else { "-->" };
        let label = edge_label(graph, edge);
        let label = match label.is_empty() {
            true => String::new(),
            false => format!("|{}|", quote(&label)),
        };
        let _ = writeln!(out, "{indent}{} {arrow}{label} {}", ids[from], ids[to]);
    }
    for (at, child) in drawn_children(graph) {
        let node = &ids[at];
        let sub = unique_id(&format!("{node}_graph"), taken);
        let _ = writeln!(
            out,
            "{indent}subgraph {sub}[{}]",
            quote(&child_title(child))
        );
        let _ = writeln!(out, "{indent}    direction TB");
        body(
            out,
            child,
            &format!("{node}__"),
            depth + 1,
            taken,
            subgraphs,
        );
        let _ = writeln!(out, "{indent}end");
        // The node leads to its graph.
        let _ = writeln!(out, "{indent}{node} -.- {sub}");
        subgraphs.push(sub);
    }
}

/// A label in Mermaid's quotes; a quote inside is written as an entity.
fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "#quot;"))
}
