//! Pictures of workflows: every possible flow, and what one run did.
//!
//! [`draw_all_possible_flows`] writes one self-contained HTML file: the
//! workflow's graph ([`WorkflowGraph`]) as inline SVG, laid out by the
//! `layout-rs` crate, with inline style and script and no external
//! reference of any kind, so it opens offline and can be mailed or
//! checked in. Steps are boxes, events are pills, the start event is
//! green and the stop event red, a child workflow a step runs
//! (`#[step(children = [..])]`) a teal box with bars at its sides;
//! hovering or clicking a node shows its details (a step's options and
//! events, an event's fields, a child workflow's steps and events).
//!
//! [`draw_most_recent_execution`] draws the part of the graph one run went
//! through, from a [`RunRecord`] of it: how many times each step ran, and
//! on each edge the positions in the run's order at which it was taken.
//!
//! The same graphs as text: [`WorkflowGraph::to_mermaid`] and
//! [`WorkflowGraph::to_dot`] (Graphviz), and [`WorkflowGraph::to_json`].
//! In the Mermaid and DOT text of every possible flow, each child
//! workflow's own graph is drawn too, in a subgraph (a cluster) of its
//! own below its node.
//!
//! ```ignore
//! use eventflow::draw::{draw_all_possible_flows, draw_most_recent_execution, RunRecord};
//!
//! draw_all_possible_flows::<MyFlow>("my_flow.html")?;
//!
//! let (result, record) = RunRecord::capture(Arc::new(MyFlow).run(start! {})).await;
//! draw_most_recent_execution::<MyFlow>(&record, "my_flow_run.html")?;
//! ```
//!
//! (The `eventflow` crate's docs run this example.)

use std::path::{Path, PathBuf};

use crate::graph::{EdgeKind, EventRole, Node, NodeKind, WorkflowGraph};
use crate::Workflow;

mod dot;
mod html;
mod mermaid;
mod record;
mod svg;
#[cfg(test)]
mod tests;

pub use record::RunRecord;

/// Why a picture could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum DrawError {
    /// The file could not be written.
    #[error("cannot write the drawing to `{}`: {source}{}", path.display(), missing_folder(path))]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The record holds no step activity.
    #[error("the run record holds no step activity: start the run with `.internal_events(true)` and give every item of its stream to `RunRecord::observe`, or record it with `RunRecord::capture`")]
    EmptyRecord,
    /// The record names a step or event the workflow does not have.
    #[error("the run record names {what} `{name}`, which workflow `{workflow}` does not have: draw a record with the workflow whose run it recorded")]
    NotInWorkflow {
        /// The workflow drawn.
        workflow: String,
        /// `step` or `event`.
        what: &'static str,
        /// The step's name or the event's stable name.
        name: String,
    },
    /// The layout crate failed on this graph.
    #[error("laying out the graph of workflow `{workflow}` failed ({message}); its Mermaid and DOT forms (`WorkflowGraph::to_mermaid`, `to_dot`) do not need the layout")]
    Layout {
        /// The workflow drawn.
        workflow: String,
        /// What the layout crate said.
        message: String,
    },
}

fn missing_folder(path: &Path) -> String {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => {
            format!(" (the folder `{}` does not exist)", dir.display())
        }
        _ => String::new(),
    }
}

/// Write a picture of every possible flow of workflow `W` to `path`: one
/// self-contained HTML file (the Python original's
/// `draw_all_possible_flows(MyFlow, filename=..)`).
pub fn draw_all_possible_flows<W: Workflow>(path: impl AsRef<Path>) -> Result<(), DrawError> {
    write(path.as_ref(), &WorkflowGraph::of::<W>().to_html()?)
}

/// Write a picture of the run `record` recorded, a run of workflow `W`,
/// to `path`: one self-contained HTML file with the steps that ran and the
/// events they took and produced, with counts and the order of events.
pub fn draw_most_recent_execution<W: Workflow>(
    record: &RunRecord,
    path: impl AsRef<Path>,
) -> Result<(), DrawError> {
    let graph = record.executed_graph(&WorkflowGraph::of::<W>())?;
    write(path.as_ref(), &graph.to_html()?)
}

fn write(path: &Path, text: &str) -> Result<(), DrawError> {
    std::fs::write(path, text).map_err(|source| DrawError::Write {
        path: path.to_owned(),
        source,
    })
}

impl WorkflowGraph {
    /// The graph as a Mermaid flowchart.
    pub fn to_mermaid(&self) -> String {
        mermaid::render(self)
    }

    /// The graph in Graphviz's DOT language.
    pub fn to_dot(&self) -> String {
        dot::render(self)
    }

    /// The graph as one self-contained HTML page: inline SVG, style and
    /// script, no external reference.
    pub fn to_html(&self) -> Result<String, DrawError> {
        Ok(html::render(self, &svg::render(self)?))
    }

    /// What the picture is of: "every possible flow" or "one run".
    fn subject(&self) -> &'static str {
        match self.run {
            None => "every possible flow",
            Some(_) => "one run",
        }
    }
}

/// The colours of each kind of node: fill, stroke, text. The HTML page,
/// Mermaid and DOT use the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    Step,
    Event,
    Start,
    Stop,
    Human,
    Outside,
    Workflow,
}

impl Look {
    const ALL: [Look; 7] = [
        Look::Step,
        Look::Event,
        Look::Start,
        Look::Stop,
        Look::Human,
        Look::Outside,
        Look::Workflow,
    ];

    fn of(node: &Node) -> Look {
        match &node.kind {
            NodeKind::Step { .. } => Look::Step,
            NodeKind::Outside => Look::Outside,
            NodeKind::Workflow { .. } => Look::Workflow,
            NodeKind::EventType { role, .. } => match role {
                EventRole::Start => Look::Start,
                EventRole::Stop => Look::Stop,
                EventRole::Plain => Look::Event,
                EventRole::InputRequired | EventRole::HumanResponse => Look::Human,
            },
        }
    }

    /// The class name in Mermaid and in the page.
    fn class(self) -> &'static str {
        match self {
            Look::Step => "step",
            Look::Event => "event",
            Look::Start => "start",
            Look::Stop => "stop",
            Look::Human => "human",
            Look::Outside => "outside",
            Look::Workflow => "workflow",
        }
    }

    fn fill(self) -> &'static str {
        match self {
            Look::Step => "#eef2ff",
            Look::Event => "#f8fafc",
            Look::Start => "#dcfce7",
            Look::Stop => "#fee2e2",
            Look::Human => "#fef3c7",
            Look::Outside => "#ffffff",
            Look::Workflow => "#ccfbf1",
        }
    }

    fn stroke(self) -> &'static str {
        match self {
            Look::Step => "#4f46e5",
            Look::Event => "#64748b",
            Look::Start => "#16a34a",
            Look::Stop => "#dc2626",
            Look::Human => "#d97706",
            Look::Outside => "#94a3b8",
            Look::Workflow => "#0d9488",
        }
    }

    fn text(self) -> &'static str {
        match self {
            Look::Step => "#1e1b4b",
            Look::Event => "#0f172a",
            Look::Start => "#14532d",
            Look::Stop => "#7f1d1d",
            Look::Human => "#78350f",
            Look::Outside => "#334155",
            Look::Workflow => "#134e4a",
        }
    }
}

/// Whether an edge is drawn dashed: it is not a plain return or
/// parameter, or a step running a child workflow.
fn dashed(kind: EdgeKind) -> bool {
    !matches!(kind, EdgeKind::Accepts | EdgeKind::Returns | EdgeKind::Runs)
}

/// The words on an edge of the graph of every possible flow, if any.
fn kind_label(kind: EdgeKind) -> Option<&'static str> {
    match kind {
        EdgeKind::Sends => Some("sent"),
        EdgeKind::WaitsFor => Some("waited for"),
        EdgeKind::Fails => Some("on failure"),
        EdgeKind::Runs => Some("runs"),
        _ => None,
    }
}

/// The words on an edge of the graph of one run: when it was taken, and
/// how often if more than once (`3`, `×2: 1, 5`, `×9: 1, 3, …, 17`).
fn order_label(order: &[u32]) -> String {
    match order {
        [] => String::new(),
        [one] => one.to_string(),
        [first, second, .., last] if order.len() > 4 => {
            format!("×{}: {first}, {second}, …, {last}", order.len())
        }
        _ => {
            let list: Vec<String> = order.iter().map(u32::to_string).collect();
            format!("×{}: {}", order.len(), list.join(", "))
        }
    }
}

/// The words on an edge, in any of the forms. (A step's edge to a child
/// workflow is not in the run's order: it says `runs` in both.)
fn edge_label(graph: &WorkflowGraph, edge: &crate::graph::Edge) -> String {
    match graph.run {
        Some(_) if edge.kind != EdgeKind::Runs => order_label(&edge.order),
        _ => kind_label(edge.kind).unwrap_or_default().to_owned(),
    }
}

/// A node's label with its count in the graph of one run (`answer_query ×2`).
fn counted_label(node: &Node) -> String {
    match &node.run {
        Some(run) if run.count > 1 => format!("{} ×{}", node.label, run.count),
        _ => node.label.clone(),
    }
}

/// Identifiers for the nodes in Mermaid and DOT: `step_answer_query`,
/// `event_FailedEvent`, `workflow_Writer`, `outside_world`, each after
/// `prefix` (a child workflow's graph has its node's id and `__`);
/// letters, digits and `_` only, and none in `taken`, the ids of the
/// whole picture so far (they are added to it).
fn short_ids(graph: &WorkflowGraph, prefix: &str, taken: &mut Vec<String>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::with_capacity(graph.nodes.len());
    for node in &graph.nodes {
        let kind = match node.kind {
            NodeKind::Step { .. } => "step_",
            NodeKind::EventType { .. } => "event_",
            NodeKind::Workflow { .. } => "workflow_",
            NodeKind::Outside => "",
        };
        let label = match node.kind {
            NodeKind::Outside => "outside world",
            _ => &node.label,
        };
        ids.push(unique_id(&format!("{prefix}{kind}{label}"), taken));
    }
    ids
}

/// `text` as an identifier (letters, digits and `_`) that is not in
/// `taken`, which then holds it.
fn unique_id(text: &str, taken: &mut Vec<String>) -> String {
    let base: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}_{n}");
        n += 1;
    }
    taken.push(id.clone());
    id
}

/// The child workflows whose graphs the Mermaid and DOT text draw below
/// their nodes, with their nodes' positions: those of a graph of every
/// possible flow whose graph it holds. (The graph of one run has the
/// children's graphs of every possible flow, not what they did in the
/// run: the picture of the run shows only which ran.)
fn drawn_children(graph: &WorkflowGraph) -> Vec<(usize, &WorkflowGraph)> {
    if graph.run.is_some() {
        return Vec::new();
    }
    graph
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, node)| Some((i, graph.child(node)?)))
        .collect()
}

/// What a child workflow's subgraph is titled.
fn child_title(child: &WorkflowGraph) -> String {
    format!("{} (child workflow)", child.workflow)
}

/// How many steps a graph has.
fn step_count(graph: &WorkflowGraph) -> usize {
    graph
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Step { .. }))
        .count()
}

/// Where each edge's ends are in `graph.nodes`; edges to unknown nodes
/// are left out.
fn edge_ends(graph: &WorkflowGraph) -> Vec<(usize, usize, &crate::graph::Edge)> {
    let at = |id: &str| graph.nodes.iter().position(|n| n.id == id);
    graph
        .edges
        .iter()
        .filter_map(|e| Some((at(&e.from)?, at(&e.to)?, e)))
        .collect()
}
