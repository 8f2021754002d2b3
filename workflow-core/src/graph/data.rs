//! The workflow graph as a value: every step and event type of a workflow
//! and how events flow between them (the Python original's
//! `get_workflow_representation`), with the child workflows its steps run
//! and their own graphs. Pictures are drawn from it ([`crate::draw`]);
//! tools can read its JSON form.

use serde::{Deserialize, Serialize};

use super::{ChildNode, StepNode, StepRole};
use crate::event::{EventId, EventKind, STOP_EVENT_ID};
use crate::handlers::STEP_FAILED_ID;
use crate::{Event, Workflow};

/// Every step and event type of a workflow, and the edges events take
/// between them: event to step (the step takes it) and step to event (the
/// step produces it). Built from the table `#[workflow]` checks at compile
/// time, so it is the graph that runs.
///
/// A child workflow a step runs (`#[step(children = [Writer])]`) is a node
/// of its own ([`NodeKind::Workflow`]) with an edge from the step
/// ([`EdgeKind::Runs`]); its own graph is in [`WorkflowGraph::children`].
///
/// Serializes to JSON with serde (see [`WorkflowGraph::to_json`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkflowGraph {
    /// The workflow type's name, without its module path.
    pub workflow: String,
    /// The steps, the event types and, when a step asks the outside world
    /// for input, the outside world. The start event comes first; steps
    /// are in name order, each event after the first step that names it.
    pub nodes: Vec<Node>,
    /// How events flow, in the order of the nodes they leave.
    pub edges: Vec<Edge>,
    /// Set in the graph of one run ([`crate::draw::RunRecord::executed_graph`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run: Option<RunSummary>,
    /// The graphs of the child workflows the steps run, one per
    /// [`NodeKind::Workflow`] node and in their order; each one's
    /// [`WorkflowGraph::workflow`] is its node's label
    /// ([`WorkflowGraph::child`] finds it). Grandchildren are in the
    /// children's own. A workflow that runs itself, directly or further
    /// down, is not expanded again inside itself: its node has no graph
    /// there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<WorkflowGraph>,
}

/// A step, an event type, a child workflow, or the outside world.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Unique in its graph: `step:NAME`, `event:STABLE_NAME`,
    /// `workflow:NAME` or `outside`.
    pub id: String,
    /// What a picture shows: the step's name, the event type's name (its
    /// stable name when two event types share a name) or the child
    /// workflow type's name (its path when two child types share a name).
    pub label: String,
    /// What the node is, with what is known about it.
    #[serde(flatten)]
    pub kind: NodeKind,
    /// In the graph of one run: what happened at this node.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run: Option<NodeRun>,
}

/// What a [`Node`] is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum NodeKind {
    /// A step: a method marked `#[step]`.
    Step {
        /// How many invocations may run at once (`#[step(workers = N)]`).
        workers: usize,
    },
    /// An event type.
    // Not `Event`: a second public item of that name makes rustc print the
    // `Event` trait with its path in users' errors (the UI tests see it).
    #[serde(rename = "event")]
    EventType {
        /// The part the event plays in a run.
        role: EventRole,
        /// The name snapshots and run records use: the type's path, or
        /// `#[event(name = "..")]`.
        stable_name: String,
        /// The module the type is defined in.
        module: String,
        /// The type's fields as written (`query: String`), or its
        /// variants; empty when not known.
        fields: Vec<String>,
    },
    /// The world outside the run: it reads input-required events from the
    /// run's stream and sends human-response events in through the handler.
    Outside,
    /// A child workflow: a step runs it as part of its own run
    /// (`ctx.run_child(..)`), declared with `#[step(children = [..])]`.
    /// Its graph is the one in [`WorkflowGraph::children`] named by the
    /// node's label.
    Workflow {
        /// The child workflow's type, with its module path.
        type_name: String,
    },
}

/// The part an event type plays in a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventRole {
    /// The event every run begins with.
    Start,
    /// The event that ends a run with its result.
    Stop,
    /// An event that flows between steps.
    Plain,
    /// Asks the outside world for input.
    InputRequired,
    /// The outside world's answer.
    HumanResponse,
}

/// How events flow from one node to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// The [`Node::id`] the edge leaves.
    pub from: String,
    /// The [`Node::id`] the edge enters.
    pub to: String,
    /// What the edge means.
    pub kind: EdgeKind,
    /// In the graph of one run: when the run took this edge, as positions
    /// in the run's order of events, from 1. Empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<u32>,
}

/// What an [`Edge`] means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// Event to step: the step takes the event as its parameter.
    Accepts,
    /// Event to step: the step waits for the event inside its body
    /// (`#[step(waits_for = [..])]`).
    WaitsFor,
    /// Step to event: the step returns the event.
    Returns,
    /// Step to event: the step sends the event through the context
    /// (`#[step(emits = [..])]`).
    Sends,
    /// Input-required event to the outside world.
    Asks,
    /// The outside world to a human-response event.
    Answers,
    /// Step to event: the step's failures go to its error handler, as
    /// `StepFailed` (`#[step(catch = [..])]`).
    Fails,
    /// Step to child workflow: the step runs the child as part of its run
    /// (`#[step(children = [..])]`).
    Runs,
}

/// What happened at a node in one run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NodeRun {
    /// For a step, how many times it ran; for an event, how many times
    /// steps produced it, or, for an event that came from outside the
    /// steps (the start event, an answer sent through the handler), the
    /// most times one step took it; for a child workflow, how many times
    /// the steps that run it ran (the record does not say whether each of
    /// those invocations got to running it).
    pub count: u32,
    /// For a step, the errors of its failed invocations, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
}

/// About the run a graph of one run shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSummary {
    /// How many step invocations started.
    pub invocations: u32,
    /// Whether the run ended with its stop event.
    pub stopped: bool,
}

impl WorkflowGraph {
    /// The graph of workflow `W`: every step and event type and every edge
    /// any run could take, and the child workflows its steps run, with
    /// their graphs.
    pub fn of<W: Workflow>() -> Self {
        Self::nested::<W>(&mut Vec::new())
    }

    /// The graph of `W` as a child of the workflows named in `above` (full
    /// type names).
    pub(crate) fn nested<W: Workflow>(above: &mut Vec<&'static str>) -> Self {
        let workers = |name: &str| {
            W::__routing()
                .steps()
                .iter()
                .find(|def| def.name == name)
                .map_or(0, |def| def.workers)
        };
        let result = short_type_name(std::any::type_name::<W::Output>());
        above.push(std::any::type_name::<W>());
        let graph = build(
            short_type_name(std::any::type_name::<W>()),
            W::__nodes(),
            &W::Start::ID,
            &result,
            workers,
            above,
        );
        above.pop();
        graph
    }

    /// The graph as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        // Strings, numbers and enums with string tags only: always JSON.
        serde_json::to_string_pretty(self).unwrap_or_else(|e| unreachable!("{e}"))
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// The graph of the child workflow `node` stands for (a
    /// [`NodeKind::Workflow`] node of this graph), if this graph holds it.
    pub fn child(&self, node: &Node) -> Option<&WorkflowGraph> {
        match node.kind {
            NodeKind::Workflow { .. } => self.children.iter().find(|g| g.workflow == node.label),
            _ => None,
        }
    }

    /// The id of step `name`'s node.
    pub fn step_id(name: &str) -> String {
        format!("step:{name}")
    }

    /// The id of the node of the event type with this stable name.
    pub fn event_id(stable_name: &str) -> String {
        format!("event:{stable_name}")
    }

    /// The id of the node of the child workflow labelled `name`.
    pub fn workflow_id(name: &str) -> String {
        format!("workflow:{name}")
    }

    /// The id of the outside world's node.
    pub const OUTSIDE_ID: &'static str = "outside";
}

/// The graph of `steps`, in their order, for a workflow named `workflow`
/// that starts with `start` and whose stop event carries a `result`, as a
/// child of the workflows named in `above` (full type names, the
/// workflow's own last).
pub(crate) fn build(
    workflow: String,
    steps: &[StepNode],
    start: &EventId,
    result: &str,
    workers: impl Fn(&str) -> usize,
    above: &mut Vec<&'static str>,
) -> WorkflowGraph {
    let mut events: Vec<EventId> = vec![*start];
    let mut add = |id: &EventId| {
        if !events.iter().any(|e| e.same(id)) {
            events.push(*id);
        }
    };
    for step in steps {
        let named = step.accepts.iter().chain(step.waits).chain(step.emits);
        named.flat_map(|set| set.iter()).for_each(&mut add);
        if step.role == StepRole::Caught {
            add(&STEP_FAILED_ID);
        }
    }
    // The stop event last, as the picture ends with it.
    if let Some(at) = events.iter().position(|e| e.same(&STOP_EVENT_ID)) {
        let stop = events.remove(at);
        events.push(stop);
    }

    let mut nodes = vec![event_node(start, &events, start, result)];
    let mut edges = Vec::new();
    let mut edge = |from: String, to: String, kind: EdgeKind| {
        if !edges.iter().any(|e: &Edge| e.from == from && e.to == to) {
            edges.push(Edge {
                from,
                to,
                kind,
                order: Vec::new(),
            });
        }
    };
    let mut placed = vec![false; events.len()];
    placed[0] = true;
    let children = ChildLabels::of(steps);
    let mut placed_children: Vec<&'static str> = Vec::new();
    for step in steps {
        let id = WorkflowGraph::step_id(step.name);
        nodes.push(Node {
            id: id.clone(),
            label: step.name.to_owned(),
            kind: NodeKind::Step {
                workers: workers(step.name),
            },
            run: None,
        });
        for ev in step.accepts.iter().flat_map(|s| s.iter()) {
            edge(event_key(ev), id.clone(), EdgeKind::Accepts);
        }
        for ev in step.waits.iter().flat_map(|s| s.iter()) {
            edge(event_key(ev), id.clone(), EdgeKind::WaitsFor);
        }
        // The return type's events come first; the rest are declared with
        // `emits = [..]`, sent through the context.
        for (i, set) in step.emits.iter().enumerate() {
            let kind = if i == 0 {
                EdgeKind::Returns
            } else {
                EdgeKind::Sends
            };
            for ev in set.iter() {
                edge(id.clone(), event_key(ev), kind);
            }
        }
        if step.role == StepRole::Caught {
            edge(id.clone(), event_key(&STEP_FAILED_ID), EdgeKind::Fails);
        }
        let failed: &[&[EventId]] = match step.role {
            StepRole::Caught => &[&[STEP_FAILED_ID]],
            _ => &[],
        };
        // Each event right after the first step that names it.
        let named = step.accepts.iter().chain(step.waits).chain(step.emits);
        let named = named.chain(failed);
        for ev in named.flat_map(|s| s.iter()) {
            let Some(at) = events.iter().position(|e| e.same(ev)) else {
                continue;
            };
            if !placed[at] && !events[at].same(&STOP_EVENT_ID) {
                placed[at] = true;
                nodes.push(event_node(&events[at], &events, start, result));
            }
        }
        // Each child workflow after the first step that runs it.
        for child in step.children {
            let (type_name, label) = children.get(child);
            edge(
                id.clone(),
                WorkflowGraph::workflow_id(label),
                EdgeKind::Runs,
            );
            if !placed_children.contains(&type_name) {
                placed_children.push(type_name);
                nodes.push(Node {
                    id: WorkflowGraph::workflow_id(label),
                    label: label.to_owned(),
                    kind: NodeKind::Workflow {
                        type_name: type_name.to_owned(),
                    },
                    run: None,
                });
            }
        }
    }
    for (at, ev) in events.iter().enumerate() {
        if !placed[at] {
            nodes.push(event_node(ev, &events, start, result));
        }
    }

    let asks: Vec<String> = role_ids(&events, EventKind::InputRequired, start);
    let answers: Vec<String> = role_ids(&events, EventKind::HumanResponse, start);
    if !asks.is_empty() || !answers.is_empty() {
        nodes.push(Node {
            id: WorkflowGraph::OUTSIDE_ID.to_owned(),
            label: "outside world".to_owned(),
            kind: NodeKind::Outside,
            run: None,
        });
        for ask in asks {
            edge(ask, WorkflowGraph::OUTSIDE_ID.to_owned(), EdgeKind::Asks);
        }
        for answer in answers {
            edge(
                WorkflowGraph::OUTSIDE_ID.to_owned(),
                answer,
                EdgeKind::Answers,
            );
        }
    }

    // The children's graphs, in the order of their nodes; one already
    // above this graph is not expanded again.
    let mut graphs = Vec::new();
    for (type_name, label, child) in &children.0 {
        if above.contains(type_name) {
            continue;
        }
        let mut graph = (child.graph)(above);
        graph.workflow.clone_from(label);
        graphs.push(graph);
    }

    WorkflowGraph {
        workflow,
        nodes,
        edges,
        run: None,
        children: graphs,
    }
}

/// The child workflows of a graph's steps, each once, in the order steps
/// name them: full type name, label, entry. The label is the type's name
/// without its path, or with it when two child types share a name.
struct ChildLabels(Vec<(&'static str, String, ChildNode)>);

impl ChildLabels {
    fn of(steps: &[StepNode]) -> Self {
        let mut all: Vec<(&'static str, String, ChildNode)> = Vec::new();
        for child in steps.iter().flat_map(|s| s.children) {
            let type_name = (child.type_name)();
            if !all.iter().any(|(t, _, _)| *t == type_name) {
                all.push((type_name, short_type_name(type_name), *child));
            }
        }
        let shared: Vec<bool> = all
            .iter()
            .map(|(t, label, _)| all.iter().any(|(u, l, _)| l == label && u != t))
            .collect();
        for ((type_name, label, _), shared) in all.iter_mut().zip(shared) {
            if shared {
                *label = (*type_name).to_owned();
            }
        }
        ChildLabels(all)
    }

    /// The full type name and label of `child`, one of the steps'.
    fn get(&self, child: &ChildNode) -> (&'static str, &str) {
        let type_name = (child.type_name)();
        self.0
            .iter()
            .find(|(t, _, _)| *t == type_name)
            .map_or((type_name, type_name), |(t, label, _)| (*t, label.as_str()))
    }
}

fn event_key(ev: &EventId) -> String {
    WorkflowGraph::event_id(ev.stable)
}

fn role_ids(events: &[EventId], kind: EventKind, start: &EventId) -> Vec<String> {
    events
        .iter()
        .filter(|e| e.kind == kind && !e.same(start))
        .map(event_key)
        .collect()
}

fn event_node(ev: &EventId, all: &[EventId], start: &EventId, result: &str) -> Node {
    let role = if ev.same(start) {
        EventRole::Start
    } else if ev.same(&STOP_EVENT_ID) {
        EventRole::Stop
    } else {
        match ev.kind {
            EventKind::Plain => EventRole::Plain,
            EventKind::InputRequired => EventRole::InputRequired,
            EventKind::HumanResponse => EventRole::HumanResponse,
        }
    };
    // Two types that share a name are told apart by their stable names.
    let shared = all.iter().any(|o| o.name == ev.name && !o.same(ev));
    let label = if shared { ev.stable } else { ev.name };
    let mut fields: Vec<String> = ev.fields.iter().map(|f| (*f).to_owned()).collect();
    if role == EventRole::Stop {
        fields.push(format!("result: {result}"));
    }
    Node {
        id: event_key(ev),
        label: label.to_owned(),
        kind: NodeKind::EventType {
            role,
            stable_name: ev.stable.to_owned(),
            module: ev.module.to_owned(),
            fields,
        },
        run: None,
    }
}

/// A type's name with every path left out: `core::option::Option<alloc::string::String>`
/// gives `Option<String>`.
pub(crate) fn short_type_name(full: &str) -> String {
    let mut out = String::with_capacity(full.len());
    let mut segment = String::new();
    let mut chars = full.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':' && chars.peek() == Some(&':') {
            // `segment` was a module: drop it.
            chars.next();
            segment.clear();
        } else if c.is_alphanumeric() || c == '_' {
            segment.push(c);
        } else {
            out.push_str(&segment);
            segment.clear();
            out.push(c);
        }
    }
    out.push_str(&segment);
    out
}
