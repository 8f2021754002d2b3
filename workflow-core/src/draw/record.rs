//! What one run did, read from its stream: the record
//! [`draw_most_recent_execution`](super::draw_most_recent_execution) draws.

use futures::{Stream, StreamExt};
use serde::{Deserialize, Serialize};

use super::DrawError;
use crate::driver::Run;
use crate::event::{DynEvent, STOP_EVENT_ID};
use crate::graph::{Edge, EdgeKind, NodeRun, RunSummary, WorkflowGraph};
use crate::handler::StepStateChanged;
use crate::machine::StepState;
use crate::{Workflow, WorkflowError};

/// The step invocations of one run, in the order they started, finished
/// and failed, as the run published them with
/// [`Run::internal_events`](crate::Run::internal_events).
///
/// Make one with [`RunRecord::capture`], or give every item of a run's
/// stream to [`RunRecord::observe`]. It is serde data, so a run recorded
/// in one process can be drawn in another.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunRecord {
    /// The changes of state of the run's step invocations, in order.
    pub changes: Vec<StepStateChanged>,
    /// Whether the stream ended with the run's stop event.
    pub stopped: bool,
}

impl RunRecord {
    /// An empty record.
    pub fn new() -> Self {
        Self::default()
    }

    /// Take note of one item of a run's stream: a [`StepStateChanged`] or
    /// the stop event. Returns whether it was one of these; other events
    /// are left to the caller.
    pub fn observe(&mut self, ev: &DynEvent) -> bool {
        if let Some(change) = ev.cloned::<StepStateChanged>() {
            self.changes.push(change);
            true
        } else if ev.id().same(&STOP_EVENT_ID) {
            self.stopped = true;
            true
        } else {
            false
        }
    }

    /// Read a stream to its end, taking note of every item.
    pub async fn from_stream(stream: impl Stream<Item = DynEvent>) -> Self {
        let mut record = Self::new();
        let mut stream = std::pin::pin!(stream);
        while let Some(ev) = stream.next().await {
            record.observe(&ev);
        }
        record
    }

    /// Start `run` with internal events on, record it to its end, and
    /// give back its result with the record (also for a run that failed,
    /// so the failure can be drawn).
    ///
    /// ```ignore
    /// let (result, record) = RunRecord::capture(Arc::new(MyFlow).run(start! {})).await;
    /// let answer = result?;
    /// draw_most_recent_execution::<MyFlow>(&record, "my_flow_run.html")?;
    /// ```
    ///
    /// # Panics
    /// Outside a tokio runtime, as [`Run::start`] does.
    pub async fn capture<W: Workflow>(
        run: Run<'static, W>,
    ) -> (Result<W::Output, WorkflowError>, RunRecord) {
        let handler = run.internal_events(true).start();
        let record = match handler.stream_events() {
            Ok(stream) => Self::from_stream(stream).await,
            Err(e) => return (Err(e), Self::new()),
        };
        (handler.await, record)
    }

    /// The part of `graph` this run went through: the steps that ran and
    /// the events they took and produced, each edge with the positions in
    /// the run's order at which it was taken, each node with its count.
    ///
    /// The order counts one position per event a step took (when it
    /// started) and per event it produced (when it finished). A child
    /// workflow is marked as run when a step that runs it ran (its count
    /// is how many times those steps ran), with its edges from them; the
    /// record does not hold what happened inside the child.
    pub fn executed_graph(&self, graph: &WorkflowGraph) -> Result<WorkflowGraph, DrawError> {
        if self.changes.is_empty() {
            return Err(DrawError::EmptyRecord);
        }
        let mut runs: Vec<Option<NodeRun>> = vec![None; graph.nodes.len()];
        let mut produced = vec![0u32; graph.nodes.len()];
        let mut taken: Vec<(usize, usize, u32)> = Vec::new();
        let mut edges: Vec<Edge> = Vec::new();
        let mut order = 0u32;
        let mut invocations = 0u32;
        let find =
            |id: &str, what: &'static str, name: &str| {
                graph.nodes.iter().position(|n| n.id == id).ok_or_else(|| {
                    DrawError::NotInWorkflow {
                        workflow: graph.workflow.clone(),
                        what,
                        name: name.to_owned(),
                    }
                })
            };
        let mut take = |from: usize, to: usize, kind: EdgeKind, order: u32| {
            let (f, t) = (&graph.nodes[from].id, &graph.nodes[to].id);
            match edges.iter_mut().find(|e| &e.from == f && &e.to == t) {
                Some(e) => e.order.push(order),
                None => {
                    // The kind the workflow's graph gives this edge, if any.
                    let kind = graph
                        .edges
                        .iter()
                        .find(|e| &e.from == f && &e.to == t)
                        .map_or(kind, |e| e.kind);
                    edges.push(Edge {
                        from: f.clone(),
                        to: t.clone(),
                        kind,
                        order: vec![order],
                    });
                }
            }
        };
        for change in &self.changes {
            let step = find(&WorkflowGraph::step_id(&change.step), "step", &change.step)?;
            let run = runs[step].get_or_insert_with(NodeRun::default);
            match &change.state {
                StepState::Started { event } => {
                    run.count += 1;
                    invocations += 1;
                    let ev = find(&WorkflowGraph::event_id(event), "event", event)?;
                    order += 1;
                    take(ev, step, EdgeKind::Accepts, order);
                    match taken.iter_mut().find(|(e, s, _)| (*e, *s) == (ev, step)) {
                        Some((_, _, n)) => *n += 1,
                        None => taken.push((ev, step, 1)),
                    }
                }
                StepState::Finished { produced: names } => {
                    for name in names {
                        let ev = find(&WorkflowGraph::event_id(name), "event", name)?;
                        order += 1;
                        take(step, ev, EdgeKind::Returns, order);
                        produced[ev] += 1;
                    }
                }
                StepState::Failed { error } => run.errors.push(error.clone()),
            }
        }
        // An event's count: how often steps produced it, else (it came
        // from outside the steps) the most times one step took it.
        for (ev, count) in produced.iter().enumerate() {
            let most_taken = taken
                .iter()
                .filter(|(e, _, _)| *e == ev)
                .map(|(_, _, n)| *n)
                .max();
            let count = match (*count, most_taken) {
                (0, None) => continue,
                (0, Some(n)) => n,
                (n, _) => n,
            };
            runs[ev] = Some(NodeRun {
                count,
                errors: Vec::new(),
            });
        }
        // A child workflow, when a step that runs it ran.
        for e in graph.edges.iter().filter(|e| e.kind == EdgeKind::Runs) {
            let at = |id: &str| graph.nodes.iter().position(|n| n.id == id);
            let (Some(step), Some(child)) = (at(&e.from), at(&e.to)) else {
                continue;
            };
            let Some(count) = runs[step].as_ref().map(|r| r.count) else {
                continue;
            };
            runs[child].get_or_insert_with(NodeRun::default).count += count;
        }
        // The outside world, when the run asked it or heard from it.
        let ran = |id: &str| {
            let at = graph.nodes.iter().position(|n| n.id == id);
            at.is_some_and(|i| runs[i].is_some())
        };
        let outside = graph
            .edges
            .iter()
            .filter(|e| matches!(e.kind, EdgeKind::Asks | EdgeKind::Answers))
            .any(|e| ran(&e.from) || ran(&e.to));
        let mut nodes = Vec::new();
        for (node, run) in graph.nodes.iter().zip(runs) {
            if run.is_some() || (outside && node.id == WorkflowGraph::OUTSIDE_ID) {
                let mut node = node.clone();
                node.run = run;
                nodes.push(node);
            }
        }
        // The outside world's edges to the events the run saw, and the
        // edges from the steps that ran to their children: not in the
        // record, but part of what happened.
        let kept = |id: &String| nodes.iter().any(|n| &n.id == id);
        let mut all: Vec<Edge> = graph
            .edges
            .iter()
            .filter(|e| matches!(e.kind, EdgeKind::Asks | EdgeKind::Answers | EdgeKind::Runs))
            .filter(|e| kept(&e.from) && kept(&e.to))
            .cloned()
            .collect();
        all.extend(edges);
        // The graphs of the children that ran, for what the page says
        // about them.
        let children = nodes
            .iter()
            .filter_map(|n| graph.child(n))
            .cloned()
            .collect();
        Ok(WorkflowGraph {
            workflow: graph.workflow.clone(),
            nodes,
            edges: all,
            run: Some(RunSummary {
                invocations,
                stopped: self.stopped,
            }),
            children,
        })
    }
}
