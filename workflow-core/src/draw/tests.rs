use proptest::prelude::*;

use super::*;
use crate::event::{EventId, EventKind, StartEvent, STOP_EVENT_ID};
use crate::graph::{build, short_type_name, Edge, NodeRun, StepNode, StepRole};
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
    },
    StepNode {
        name: "improve_query",
        accepts: &[&[FAILED]],
        emits: &[&[QUERY, STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
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
    },
    StepNode {
        name: "finish",
        accepts: &[&[QUERY]],
        emits: &[&[STOP_EVENT_ID]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
    },
];

fn graph(steps: &[StepNode]) -> WorkflowGraph {
    build("Flow".into(), steps, &START, "String", |_| 4)
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
    }];
    let g = graph(STEPS);
    let labels: Vec<&str> = g.nodes.iter().map(|n| n.label.as_str()).collect();
    assert!(
        labels.contains(&"m::Query") && labels.contains(&"n::Query"),
        "{labels:?}"
    );
    // Mermaid and DOT names stay apart too.
    let ids = short_ids(&g);
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
