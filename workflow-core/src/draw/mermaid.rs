//! The graph as a Mermaid flowchart.

use std::fmt::Write;

use super::{counted_label, dashed, edge_ends, edge_label, short_ids, Look};
use crate::graph::{NodeKind, WorkflowGraph};

pub(super) fn render(graph: &WorkflowGraph) -> String {
    let ids = short_ids(graph);
    let mut out = String::new();
    // `fmt::Write` for a `String` never fails.
    let title = format!("{}, {}", graph.workflow, graph.subject());
    // A YAML string in double quotes.
    let title = title.replace('\\', "\\\\").replace('"', "\\\"");
    let _ = writeln!(out, "---\ntitle: \"{title}\"\n---");
    out.push_str("flowchart TD\n");
    for (node, id) in graph.nodes.iter().zip(&ids) {
        let label = quote(&counted_label(node));
        let shape = match (&node.kind, Look::of(node)) {
            (NodeKind::Step { .. }, _) => format!("[{label}]"),
            (NodeKind::Outside, _) => format!("[/{label}/]"),
            (_, Look::Human) => format!("{{{{{label}}}}}"),
            _ => format!("([{label}])"),
        };
        let _ = writeln!(out, "    {id}{shape}:::{}", Look::of(node).class());
    }
    for (from, to, edge) in edge_ends(graph) {
        let arrow = if dashed(edge.kind) { "-.->" } else { "-->" };
        let label = edge_label(graph, edge);
        let label = match label.is_empty() {
            true => String::new(),
            false => format!("|{}|", quote(&label)),
        };
        let _ = writeln!(out, "    {} {arrow}{label} {}", ids[from], ids[to]);
    }
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
    out
}

/// A label in Mermaid's quotes; a quote inside is written as an entity.
fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "#quot;"))
}
