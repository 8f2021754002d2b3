use proptest::prelude::*;

use super::*;
use crate::event::{EventId, EventKind, StartEvent, STOP_EVENT_ID};
use crate::graph::{build, short_type_name, ChildNode, Edge, NodeRun, StepNode, StepRole};
use crate::handler::StepStateChanged;
use crate::machine::StepState;
use crate::Event;

const QUERY: EventId = EventId::new("m", "Query", 1, 1)
    .stable("m::Query")
    .fields(&["query: String"]);
const FAILED: EventId = EventId::new("m", "Failed", 2, 1).stable("m::Failed");
const ASK: EventId = EventId::new("m", "Ask", 3, 1)
    .stable("m::Ask")
    .kind(EventKind::InputRequired);
const ANSWER: EventId = EventId::new("m", "Answer", 4, 1)
    .stable("m::Answer")
    .kind(EventKind::HumanResponse);
const START: EventId = StartEvent::ID;

/// The cookbook's loop: answer_query <-> improve_query.
const LOOP: &[StepNode] = &[
    StepNode {
        name: "answer_query",
        accepts: &[&[START, QUERY]],
        emits: &[&[FAILED, STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[],
    },
    StepNode {
        name: "improve_query",
        accepts: &[&[FAILED]],
        emits: &[&[QUERY, STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[],
    },
];

/// A step that asks and waits for the answer, and one that sends through the context.
const HUMAN: &[StepNode] = &[
    StepNode {
        name: "ask",
        accepts: &[&[START]],
        emits: &[&[ASK], &[QUERY]],
        waits: &[&[ANSWER]],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[],
    },
    StepNode {
        name: "finish",
        accepts: &[&[QUERY]],
        emits: &[&[STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[],
    },
];

fn graph(steps: &[StepNode]) -> WorkflowGraph {
    build(
        "Flow".into(),
        steps,
        &START,
        "String",
        |_| 4,
        &mut Vec::new(),
    )
}

fn edge<'g>(g: &'g WorkflowGraph, from: &str, to: &str) -> Option<&'g Edge> {
    g.edges.iter().find(|e| e.from == from && e.to == to)
}

#[test]
fn the_graph_has_every_step_and_event_start_first_stop_last() {
    let g = graph(LOOP);
    let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "event:StartEvent",
            "step:answer_query",
            "event:m::Query",
            "event:m::Failed",
            "step:improve_query",
            "event:StopEvent",
        ]
    );
    assert_eq!(g.edges.len(), 7);
    let e = edge(&g, "event:m::Failed", "step:improve_query").unwrap();
    assert_eq!(e.kind, EdgeKind::Accepts);
    let e = edge(&g, "step:improve_query", "event:StopEvent").unwrap();
    assert_eq!(e.kind, EdgeKind::Returns);
    let stop = g.node("event:StopEvent").unwrap();
    match &stop.kind {
        NodeKind::EventType { role, fields, .. } => {
            assert_eq!(*role, EventRole::Stop);
            assert_eq!(fields, &["result: String"]);
        }
        other => panic!("{other:?}"),
    }
    match &g.node("step:answer_query").unwrap().kind {
        NodeKind::Step { workers } => assert_eq!(*workers, 4),
        other => panic!("{other:?}"),
    }
}

#[test]
fn sends_waits_and_the_outside_world_are_edges_of_their_own() {
    let g = graph(HUMAN);
    let kind = |from: &str, to: &str| edge(&g, from, to).map(|e| e.kind);
    assert_eq!(kind("step:ask", "event:m::Ask"), Some(EdgeKind::Returns));
    assert_eq!(kind("step:ask", "event:m::Query"), Some(EdgeKind::Sends));
    assert_eq!(
        kind("event:m::Answer", "step:ask"),
        Some(EdgeKind::WaitsFor)
    );
    assert_eq!(kind("event:m::Ask", "outside"), Some(EdgeKind::Asks));
    assert_eq!(kind("outside", "event:m::Answer"), Some(EdgeKind::Answers));
    assert_eq!(g.nodes.last().unwrap().kind, NodeKind::Outside);
}

#[test]
fn types_that_share_a_name_are_labelled_by_their_stable_names() {
    const OTHER_QUERY: EventId = EventId::new("n", "Query", 9, 1).stable("n::Query");
    const STEPS: &[StepNode] = &[StepNode {
        name: "only",
        accepts: &[&[START, QUERY]],
        emits: &[&[OTHER_QUERY, STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[],
    }];
    let g = graph(STEPS);
    let labels: Vec<&str> = g.nodes.iter().map(|n| n.label.as_str()).collect();
    assert!(
        labels.contains(&"m::Query") && labels.contains(&"n::Query"),
        "{labels:?}"
    );
    // Mermaid and DOT names stay apart too.
    let ids = short_ids(&g, "", &mut Vec::new());
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids.len(), unique.len());
}

#[test]
fn json_round_trips() {
    let g = graph(HUMAN);
    let back: WorkflowGraph = serde_json::from_str(&g.to_json()).unwrap();
    assert_eq!(back, g);
    let v: serde_json::Value = serde_json::from_str(&g.to_json()).unwrap();
    assert_eq!(v["nodes"][1]["type"], "step");
    assert_eq!(v["nodes"][1]["workers"], 4);
    assert_eq!(v["nodes"][0]["role"], "start");
}

#[test]
fn type_names_lose_their_paths() {
    assert_eq!(short_type_name("alloc::string::String"), "String");
    assert_eq!(
        short_type_name("core::option::Option<alloc::string::String>"),
        "Option<String>"
    );
    assert_eq!(
        short_type_name("(u8, std::collections::HashMap<a::K, b::V>)"),
        "(u8, HashMap<K, V>)"
    );
    assert_eq!(short_type_name("Flow"), "Flow");
}

#[test]
fn edge_labels_give_order_and_count() {
    assert_eq!(order_label(&[]), "");
    assert_eq!(order_label(&[3]), "3");
    assert_eq!(order_label(&[1, 5]), "×2: 1, 5");
    assert_eq!(order_label(&[1, 5, 9, 13]), "×4: 1, 5, 9, 13");
    assert_eq!(order_label(&[1, 3, 5, 7, 9]), "×5: 1, 3, …, 9");
}

#[test]
fn mermaid_and_dot_quote_what_needs_it() {
    let mut g = graph(LOOP);
    g.workflow = "Say \"hi\"".into();
    g.nodes[1].label = "a\"b\\c".into();
    let mermaid = g.to_mermaid();
    assert!(
        mermaid.starts_with("---\ntitle: \"Say \\\"hi\\\", every possible flow\"\n---\n"),
        "{mermaid}"
    );
    assert!(
        mermaid.contains("step_a_b_c[\"a#quot;b\\c\"]:::step"),
        "{mermaid}"
    );
    let dot = g.to_dot();
    assert!(dot.starts_with("digraph \"Say \\\"hi\\\"\" {"), "{dot}");
    assert!(dot.contains("label=\"a\\\"b\\\\c\""), "{dot}");
}

fn change(step: &str, invocation: u64, state: StepState) -> StepStateChanged {
    StepStateChanged {
        step: step.into(),
        invocation,
        state,
    }
}

fn started(event: &str) -> StepState {
    StepState::Started {
        event: event.into(),
    }
}

fn finished(produced: &[&str]) -> StepState {
    StepState::Finished {
        produced: produced.iter().map(|s| s.to_string()).collect(),
    }
}

/// A loop run: fail, improve, answer.
fn loop_record() -> RunRecord {
    RunRecord {
        changes: vec![
            change("answer_query", 0, started("StartEvent")),
            change("answer_query", 0, finished(&["m::Failed"])),
            change("improve_query", 1, started("m::Failed")),
            change("improve_query", 1, finished(&["m::Query"])),
            change("answer_query", 2, started("m::Query")),
            change("answer_query", 2, finished(&["StopEvent"])),
        ],
        stopped: true,
    }
}

#[test]
fn a_run_numbers_its_events_and_counts_them() {
    let run = loop_record().executed_graph(&graph(LOOP)).unwrap();
    let order = |from: &str, to: &str| edge(&run, from, to).unwrap().order.clone();
    assert_eq!(order("event:StartEvent", "step:answer_query"), [1]);
    assert_eq!(order("step:answer_query", "event:m::Failed"), [2]);
    assert_eq!(order("event:m::Query", "step:answer_query"), [5]);
    assert_eq!(order("step:answer_query", "event:StopEvent"), [6]);
    // improve_query never stopped the run: that edge is not in the picture.
    assert!(edge(&run, "step:improve_query", "event:StopEvent").is_none());
    let count = |id: &str| run.node(id).and_then(|n| n.run.as_ref()).map(|r| r.count);
    assert_eq!(count("step:answer_query"), Some(2));
    assert_eq!(count("step:improve_query"), Some(1));
    assert_eq!(count("event:StartEvent"), Some(1));
    assert_eq!(count("event:StopEvent"), Some(1));
    let summary = run.run.clone().unwrap();
    assert_eq!((summary.invocations, summary.stopped), (3, true));
    assert_eq!(
        edge_label(
            &run,
            edge(&run, "step:answer_query", "event:m::Failed").unwrap()
        ),
        "2"
    );
}

#[test]
fn a_run_keeps_only_what_it_went_through_and_its_failures() {
    let record = RunRecord {
        changes: vec![
            change("answer_query", 0, started("StartEvent")),
            change("answer_query", 0, finished(&["m::Failed"])),
            change("improve_query", 1, started("m::Failed")),
            change(
                "improve_query",
                1,
                StepState::Failed {
                    error: "no luck".into(),
                },
            ),
        ],
        stopped: false,
    };
    let run = record.executed_graph(&graph(LOOP)).unwrap();
    assert!(run.node("event:StopEvent").is_none());
    assert!(run.node("event:m::Query").is_none());
    let improve = run.node("step:improve_query").unwrap();
    assert_eq!(
        improve.run,
        Some(NodeRun {
            count: 1,
            errors: vec!["no luck".into()]
        })
    );
    assert!(run
        .to_html()
        .unwrap()
        .contains("did not reach its stop event"));
}

#[test]
fn records_that_do_not_fit_are_errors_that_say_what_to_do() {
    let err = RunRecord::new().executed_graph(&graph(LOOP)).unwrap_err();
    assert!(err.to_string().contains(".internal_events(true)"), "{err}");
    let record = RunRecord {
        changes: vec![change("elsewhere", 0, started("StartEvent"))],
        stopped: false,
    };
    let err = record.executed_graph(&graph(LOOP)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the run record names step `elsewhere`, which workflow `Flow` does not have: draw a record with the workflow whose run it recorded"
    );
}

#[test]
fn an_unwritable_path_is_named() {
    let path = std::env::temp_dir().join("eventflow-no-such-folder/x/flow.html");
    let err = write(&path, "x").unwrap_err();
    let text = err.to_string();
    assert!(text.contains(&path.display().to_string()), "{text}");
    assert!(text.contains("does not exist"), "{text}");
}

#[test]
fn the_page_is_self_contained_and_names_every_node() {
    for g in [
        graph(LOOP),
        graph(HUMAN),
        loop_record().executed_graph(&graph(LOOP)).unwrap(),
    ] {
        let html = g.to_html().unwrap();
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(!html.contains(" src=") && !html.contains(" href="));
        for node in &g.nodes {
            assert!(
                html.contains(&format!(">{}</text>", node.label)),
                "{}",
                node.label
            );
        }
        // The JSON can not end its script element early.
        let json_start = html.find("id=\"graph-data\">").unwrap();
        let json_end = json_start + html[json_start..].find("</script>").unwrap();
        assert!(!html[json_start + 16..json_end].contains('<'));
    }
}

#[test]
fn text_that_looks_like_markup_stays_text() {
    let mut g = graph(LOOP);
    g.nodes[1].label = "</script><b>".into();
    let html = g.to_html().unwrap();
    assert!(!html.contains("</script><b>"));
    assert!(html.contains("&lt;/script&gt;&lt;b&gt;"));
}

// Child workflows. `m::Flow`'s step `draft` runs `m::Writer`, its step
// `review` runs `m::Writer` and `m::Checker`; `m::Writer` runs
// `m::Checker`, and `m::Checker` runs `m::Flow` back, so the nesting
// stops there.

const DRAFT: EventId = EventId::new("m", "Draft", 10, 1).stable("m::Draft");

/// The graph of the workflow named `type_name` with `steps`, as a child
/// of the workflows in `above`.
fn nested(
    type_name: &'static str,
    steps: &[StepNode],
    above: &mut Vec<&'static str>,
) -> WorkflowGraph {
    above.push(type_name);
    let g = build(
        short_type_name(type_name),
        steps,
        &START,
        "String",
        |_| 2,
        above,
    );
    above.pop();
    g
}

fn flow_name() -> &'static str {
    "m::Flow"
}
fn flow_graph(above: &mut Vec<&'static str>) -> WorkflowGraph {
    nested(flow_name(), PARENT, above)
}
const FLOW: ChildNode = ChildNode {
    type_name: flow_name,
    graph: flow_graph,
};

fn writer_name() -> &'static str {
    "m::Writer"
}
fn writer_graph(above: &mut Vec<&'static str>) -> WorkflowGraph {
    const STEPS: &[StepNode] = &[StepNode {
        name: "write",
        accepts: &[&[START]],
        emits: &[&[STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[CHECKER],
    }];
    nested(writer_name(), STEPS, above)
}
const WRITER: ChildNode = ChildNode {
    type_name: writer_name,
    graph: writer_graph,
};

fn checker_name() -> &'static str {
    "m::Checker"
}
fn checker_graph(above: &mut Vec<&'static str>) -> WorkflowGraph {
    const STEPS: &[StepNode] = &[StepNode {
        name: "check",
        accepts: &[&[START]],
        emits: &[&[STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[FLOW],
    }];
    nested(checker_name(), STEPS, above)
}
const CHECKER: ChildNode = ChildNode {
    type_name: checker_name,
    graph: checker_graph,
};

const PARENT: &[StepNode] = &[
    StepNode {
        name: "draft",
        accepts: &[&[START]],
        emits: &[&[DRAFT]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[WRITER],
    },
    StepNode {
        name: "review",
        accepts: &[&[DRAFT]],
        emits: &[&[STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[WRITER, CHECKER],
    },
];

fn parent() -> WorkflowGraph {
    flow_graph(&mut Vec::new())
}

#[test]
fn a_child_workflow_is_one_node_with_an_edge_from_each_step_that_runs_it() {
    let g = parent();
    let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "event:StartEvent",
            "step:draft",
            "event:m::Draft",
            "workflow:Writer",
            "step:review",
            "workflow:Checker",
            "event:StopEvent",
        ]
    );
    let writer = g.node("workflow:Writer").unwrap();
    assert_eq!(writer.label, "Writer");
    assert_eq!(
        writer.kind,
        NodeKind::Workflow {
            type_name: "m::Writer".into()
        }
    );
    let kind = |from: &str, to: &str| edge(&g, from, to).map(|e| e.kind);
    assert_eq!(kind("step:draft", "workflow:Writer"), Some(EdgeKind::Runs));
    assert_eq!(kind("step:review", "workflow:Writer"), Some(EdgeKind::Runs));
    assert_eq!(
        kind("step:review", "workflow:Checker"),
        Some(EdgeKind::Runs)
    );
    assert_eq!(
        g.edges.iter().filter(|e| e.kind == EdgeKind::Runs).count(),
        3
    );
}

#[test]
fn each_child_graph_is_held_nested_and_a_loop_of_children_stops() {
    let g = parent();
    let names: Vec<&str> = g.children.iter().map(|c| c.workflow.as_str()).collect();
    assert_eq!(names, ["Writer", "Checker"]);
    let writer = g.child(g.node("workflow:Writer").unwrap()).unwrap();
    assert!(writer.node("step:write").is_some());
    // The grandchild, in the child's graph.
    let checker = writer
        .child(writer.node("workflow:Checker").unwrap())
        .unwrap();
    assert!(checker.node("step:check").is_some());
    // `Checker` runs `Flow`, which is above it: a node, not its graph again.
    let back = checker.node("workflow:Flow").unwrap();
    assert!(checker.child(back).is_none());
    assert!(checker.children.is_empty());
    // Not a workflow node: no child graph.
    assert!(g.child(g.node("step:draft").unwrap()).is_none());
}

#[test]
fn two_children_that_share_a_name_are_labelled_by_their_paths() {
    fn other_name() -> &'static str {
        "n::Writer"
    }
    fn other_graph(above: &mut Vec<&'static str>) -> WorkflowGraph {
        nested(other_name(), LOOP, above)
    }
    const STEPS: &[StepNode] = &[StepNode {
        name: "only",
        accepts: &[&[START]],
        emits: &[&[STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[
            WRITER,
            ChildNode {
                type_name: other_name,
                graph: other_graph,
            },
        ],
    }];
    let g = graph(STEPS);
    for path in ["m::Writer", "n::Writer"] {
        let node = g.node(&format!("workflow:{path}")).unwrap();
        assert_eq!(node.label, path);
        assert_eq!(g.child(node).unwrap().workflow, path);
    }
}

#[test]
fn children_in_json_are_tagged_like_every_node_and_round_trip() {
    let g = parent();
    let v: serde_json::Value = serde_json::from_str(&g.to_json()).unwrap();
    assert_eq!(v["nodes"][3]["type"], "workflow");
    assert_eq!(v["nodes"][3]["type_name"], "m::Writer");
    let runs = v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["to"] == "workflow:Writer")
        .unwrap();
    assert_eq!(runs["kind"], "runs");
    assert_eq!(v["children"][0]["workflow"], "Writer");
    assert_eq!(v["children"][0]["children"][0]["workflow"], "Checker");
    let back: WorkflowGraph = serde_json::from_str(&g.to_json()).unwrap();
    assert_eq!(back, g);
    // A graph without children has no `children` key.
    let plain: serde_json::Value = serde_json::from_str(&graph(LOOP).to_json()).unwrap();
    assert!(plain.get("children").is_none());
}

/// The ids a Mermaid text gives its nodes.
fn mermaid_node_ids(mermaid: &str) -> Vec<String> {
    mermaid
        .lines()
        .map(str::trim)
        .filter(|l| l.contains(":::"))
        .map(|l| {
            l.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn mermaid_draws_a_child_as_a_subroutine_and_its_graph_in_a_subgraph() {
    let g = parent();
    let mermaid = g.to_mermaid();
    for needle in [
        "    workflow_Writer[[\"Writer\"]]:::workflow\n",
        "    step_draft -->|\"runs\"| workflow_Writer\n",
        "    subgraph workflow_Writer_graph[\"Writer (child workflow)\"]\n        direction TB\n",
        "        workflow_Writer__step_write[\"write\"]:::step\n",
        "        workflow_Writer__event_StartEvent --> workflow_Writer__step_write\n",
        // The grandchild, inside its parent's subgraph.
        "        subgraph workflow_Writer__workflow_Checker_graph[\"Checker (child workflow)\"]\n",
        "            workflow_Writer__workflow_Checker__step_check[\"check\"]:::step\n",
        "    workflow_Writer -.- workflow_Writer_graph\n",
        "    classDef workflow fill:#ccfbf1,stroke:#0d9488,",
        "    style workflow_Writer_graph fill:#ffffff,stroke:#0d9488,",
    ] {
        assert!(mermaid.contains(needle), "no {needle:?} in\n{mermaid}");
    }
    // `Checker` runs `Flow` back: its node, but no subgraph for it.
    assert!(!mermaid.contains("workflow_Flow_graph"), "{mermaid}");
    // Every node id is used once in the whole text.
    let ids = mermaid_node_ids(&mermaid);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "{ids:?}");
}

#[test]
fn ids_of_a_child_graph_cannot_clash_with_its_parents() {
    // A child named so that its node's id is what `Writer`'s step `write`
    // would get inside `Writer`'s subgraph.
    fn odd_name() -> &'static str {
        "m::Writer__step_write"
    }
    fn odd_graph(above: &mut Vec<&'static str>) -> WorkflowGraph {
        nested(odd_name(), LOOP, above)
    }
    const STEPS: &[StepNode] = &[StepNode {
        name: "only",
        accepts: &[&[START]],
        emits: &[&[STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[
            ChildNode {
                type_name: odd_name,
                graph: odd_graph,
            },
            WRITER,
        ],
    }];
    let mermaid = graph(STEPS).to_mermaid();
    let ids = mermaid_node_ids(&mermaid);
    assert!(
        ids.contains(&"workflow_Writer__step_write".to_owned()),
        "{ids:?}"
    );
    assert!(
        ids.contains(&"workflow_Writer__step_write_2".to_owned()),
        "{ids:?}"
    );
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "{ids:?}");
}

#[test]
fn dot_draws_a_child_and_its_graph_in_a_cluster() {
    let dot = parent().to_dot();
    for needle in [
        "    compound=true;\n",
        "    workflow_Writer [label=\"Writer\", shape=component, style=\"filled\", fillcolor=\"#ccfbf1\", color=\"#0d9488\", fontcolor=\"#134e4a\", tooltip=\"Writer\\nchild workflow, 1 step\"];\n",
        "    step_draft -> workflow_Writer [label=\"runs\"];\n",
        "    subgraph \"cluster_workflow_Writer\" {\n        label=\"Writer (child workflow)\";\n",
        "        workflow_Writer__step_write [label=\"write\"",
        "        subgraph \"cluster_workflow_Writer__workflow_Checker\" {\n",
        "    workflow_Writer -> workflow_Writer__event_StartEvent [lhead=\"cluster_workflow_Writer\", style=dotted, arrowhead=none];\n",
    ] {
        assert!(dot.contains(needle), "no {needle:?} in\n{dot}");
    }
    assert!(!dot.contains("cluster_workflow_Flow"), "{dot}");
    // Without children, no compound edges.
    assert!(!graph(LOOP).to_dot().contains("compound"));
}

#[test]
fn the_page_draws_a_child_apart_with_its_graph_for_the_details() {
    let g = parent();
    let html = g.to_html().unwrap();
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(
        html.contains("<g class=\"node workflow\" id=\"n3\" data-id=\"workflow:Writer\""),
        "the child's node has its own class"
    );
    assert!(
        html.contains("<path class=\"bars\""),
        "the child has its bars"
    );
    assert!(html.contains("<span class=\"swatch workflow\"></span>child workflow"));
    assert!(html.contains("3 event types · 2 child workflows"));
    assert!(html.contains("class=\"edge runs\""));
    assert!(html.contains(">runs</text>"));
    // The script's details panel reads the child's graph from the JSON.
    assert!(html.contains("\"children\":"));
    assert!(html.contains("Its steps"));
    // No legend entry for a kind of node the picture does not have.
    assert!(!graph(LOOP).to_html().unwrap().contains("swatch workflow"));
}

#[test]
fn a_run_marks_the_children_of_the_steps_that_ran() {
    let record = RunRecord {
        changes: vec![
            change("draft", 0, started("StartEvent")),
            change("draft", 0, finished(&[])),
        ],
        stopped: false,
    };
    let run = record.executed_graph(&parent()).unwrap();
    let writer = run.node("workflow:Writer").unwrap();
    assert_eq!(
        writer.run,
        Some(NodeRun {
            count: 1,
            errors: Vec::new()
        })
    );
    // `review` did not run: neither did `Checker`.
    assert!(run.node("workflow:Checker").is_none());
    let runs = edge(&run, "step:draft", "workflow:Writer").unwrap();
    assert_eq!(runs.kind, EdgeKind::Runs);
    assert_eq!(edge_label(&run, runs), "runs");
    assert!(edge(&run, "step:review", "workflow:Writer").is_none());
    // The child's graph is kept for the page; the texts of a run do not
    // draw it.
    let names: Vec<&str> = run.children.iter().map(|c| c.workflow.as_str()).collect();
    assert_eq!(names, ["Writer"]);
    let mermaid = run.to_mermaid();
    assert!(
        mermaid.contains("step_draft -->|\"runs\"| workflow_Writer"),
        "{mermaid}"
    );
    assert!(!mermaid.contains("subgraph"), "{mermaid}");
    assert!(!run.to_dot().contains("subgraph"));
    let html = run.to_html().unwrap();
    assert!(html.contains("data-id=\"workflow:Writer\""));
}

/// A random workflow: `n` steps, each taking one or two of `k` events and
/// producing some, with the stop event somewhere.
fn random_steps() -> impl Strategy<Value = Vec<StepNode>> {
    (1usize..=50, 1usize..40).prop_flat_map(|(n, k)| {
        let step = (
            proptest::collection::vec(0..=k, 1..3),
            proptest::collection::vec(0..=k + 1, 0..3),
        );
        proptest::collection::vec(step, n).prop_map(move |steps| {
            let events: Vec<EventId> = (0..k)
                .map(|i| {
                    let name: &'static str = Box::leak(format!("E{i}").into_boxed_str());
                    EventId::new("r", name, i as u32, 0).stable(name)
                })
                .collect();
            let id = |i: usize| match i {
                0 => START,
                i if i <= k => events[i - 1],
                _ => STOP_EVENT_ID,
            };
            let leak = |ids: Vec<EventId>| -> &'static [&'static [EventId]] {
                let set: &'static [EventId] = Box::leak(ids.into_boxed_slice());
                Box::leak(vec![set].into_boxed_slice())
            };
            steps
                .into_iter()
                .enumerate()
                .map(|(s, (takes, gives))| StepNode {
                    name: Box::leak(format!("step_{s}").into_boxed_str()),
                    accepts: leak(takes.into_iter().map(id).collect()),
                    emits: leak(gives.into_iter().map(id).collect()),
                    waits: &[],
                    allow: 0,
                    role: StepRole::Plain,
                    fan_out: &[],
                    children: &[],
                })
                .collect()
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_graph_is_laid_out(steps in random_steps()) {
        let g = graph(&steps);
        let html = g.to_html();
        prop_assert!(html.is_ok(), "{:?}", html.err());
        let html = html.unwrap_or_default();
        for node in &g.nodes {
            let attr = format!(" data-id=\"{}\"", node.id);
            prop_assert!(html.contains(&attr), "{} is missing", node.id);
        }
    }
}
