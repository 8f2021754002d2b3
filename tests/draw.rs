//! Pictures of the cookbook's workflows and of a workflow with child
//! workflows: the Mermaid and DOT text of each (compared with
//! `tests/drawings/`), what the HTML pages hold, and the `draw` example. After a deliberate change to the drawings, re-bless the
//! texts with `UPDATE_DRAWINGS=1 cargo test --test draw` and read the diff.

mod support;

#[allow(dead_code)]
#[path = "../examples/flows/collect_flow.rs"]
mod collect_flow;
#[allow(dead_code)]
#[path = "../examples/flows/loop_flow.rs"]
mod loop_flow;
#[allow(dead_code)]
#[path = "../examples/flows/publish_flow.rs"]
mod publish_flow;
#[path = "../examples/flows/trivial_flow.rs"]
mod trivial_flow;
#[allow(dead_code)]
#[path = "../examples/flows/wait_flow.rs"]
mod wait_flow;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use eventflow::draw::{draw_all_possible_flows, draw_most_recent_execution, DrawError, RunRecord};
use eventflow::graph::{EdgeKind, EventRole, NodeKind, WorkflowGraph};
use eventflow::prelude::*;

fn graphs() -> Vec<(&'static str, WorkflowGraph)> {
    vec![
        (
            "trivial_workflow",
            WorkflowGraph::of::<trivial_flow::TrivialFlow>(),
        ),
        (
            "loop_workflow",
            WorkflowGraph::of::<loop_flow::LoopExampleFlow>(),
        ),
        (
            "wait_workflow",
            WorkflowGraph::of::<wait_flow::WaitExampleFlow>(),
        ),
        (
            "collect_workflow",
            WorkflowGraph::of::<collect_flow::CollectExampleFlow>(),
        ),
        (
            "publish_workflow",
            WorkflowGraph::of::<publish_flow::Publisher>(),
        ),
    ]
}

/// One run of the publisher, with its children.
async fn publish_run() -> (String, RunRecord) {
    let flow = Arc::new(publish_flow::Publisher::new());
    let (result, record) = RunRecord::capture(flow.run(start! { topic: "eventflow" })).await;
    (result.unwrap(), record)
}

/// One loop run with the `draw` example's seed: it fails twice, then answers.
async fn loop_run() -> (String, RunRecord) {
    let flow = Arc::new(loop_flow::LoopExampleFlow::new(Some(5)));
    let (result, record) =
        RunRecord::capture(flow.run(start! { query: "What's LlamaIndex?" })).await;
    (result.unwrap(), record)
}

fn check_snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/drawings")
        .join(name);
    if std::env::var_os("UPDATE_DRAWINGS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; write it with UPDATE_DRAWINGS=1 cargo test --test draw",
            path.display()
        )
    });
    assert_eq!(
        actual,
        expected,
        "{} differs; after a deliberate change re-bless with UPDATE_DRAWINGS=1 cargo test --test draw",
        path.display()
    );
}

#[test]
fn mermaid_and_dot_of_the_cookbook_match_their_snapshots() {
    for (name, graph) in graphs() {
        check_snapshot(&format!("{name}.mmd"), &graph.to_mermaid());
        check_snapshot(&format!("{name}.dot"), &graph.to_dot());
    }
}

#[tokio::test]
async fn mermaid_and_dot_of_a_loop_run_match_their_snapshots() {
    let (result, record) = loop_run().await;
    assert_eq!(result, "The answer to your query");
    let graph = record
        .executed_graph(&WorkflowGraph::of::<loop_flow::LoopExampleFlow>())
        .unwrap();
    check_snapshot("loop_recent_execution.mmd", &graph.to_mermaid());
    check_snapshot("loop_recent_execution.dot", &graph.to_dot());
}

#[tokio::test]
async fn mermaid_and_dot_of_a_run_with_children_match_their_snapshots() {
    let (result, record) = publish_run().await;
    assert_eq!(result, "published 3 sections, 0 typos");
    let graph = record
        .executed_graph(&WorkflowGraph::of::<publish_flow::Publisher>())
        .unwrap();
    check_snapshot("publish_recent_execution.mmd", &graph.to_mermaid());
    check_snapshot("publish_recent_execution.dot", &graph.to_dot());
}

#[test]
fn the_graph_holds_each_child_workflow_and_its_graph() {
    let graph = WorkflowGraph::of::<publish_flow::Publisher>();
    let children: Vec<(&str, &NodeKind)> = graph
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Workflow { .. }))
        .map(|n| (n.id.as_str(), &n.kind))
        .collect();
    assert_eq!(children.len(), 2, "{children:?}");
    assert_eq!(children[0].0, "workflow:Writer");
    assert_eq!(children[1].0, "workflow:Editor");
    match children[1].1 {
        NodeKind::Workflow { type_name } => {
            assert!(type_name.ends_with("publish_flow::Editor"), "{type_name}")
        }
        other => panic!("{other:?}"),
    }
    assert!(graph
        .edges
        .iter()
        .any(|e| e.from == "step:review" && e.to == "workflow:Editor" && e.kind == EdgeKind::Runs));
    // The child's graph, and the grandchild's in it.
    let editor = graph.child(graph.node("workflow:Editor").unwrap()).unwrap();
    assert_eq!(editor, &WorkflowGraph::of::<publish_flow::Editor>());
    let checker = editor
        .child(editor.node("workflow:SpellChecker").unwrap())
        .unwrap();
    assert!(checker.node("step:check").is_some());
    let back: WorkflowGraph = serde_json::from_str(&graph.to_json()).unwrap();
    assert_eq!(back, graph);
}

#[test]
fn the_graph_holds_steps_events_roles_fields_and_options() {
    let graph = WorkflowGraph::of::<loop_flow::LoopExampleFlow>();
    assert_eq!(graph.workflow, "LoopExampleFlow");
    let failed = graph
        .nodes
        .iter()
        .find(|n| n.label == "FailedEvent")
        .expect("FailedEvent is a node");
    match &failed.kind {
        NodeKind::EventType {
            role,
            fields,
            stable_name,
            ..
        } => {
            assert_eq!(*role, EventRole::Plain);
            assert_eq!(fields, &["error: String"]);
            assert!(
                stable_name.ends_with("loop_flow::FailedEvent"),
                "{stable_name}"
            );
        }
        other => panic!("{other:?}"),
    }
    let step = graph.node("step:improve_query").unwrap();
    assert_eq!(step.kind, NodeKind::Step { workers: 4 });
    let starts: Vec<_> = graph
        .nodes
        .iter()
        .filter(|n| {
            matches!(
                n.kind,
                NodeKind::EventType {
                    role: EventRole::Start,
                    ..
                }
            )
        })
        .collect();
    assert_eq!(starts.len(), 1);
    assert!(graph.edges.iter().any(|e| e.from == failed.id
        && e.to == "step:improve_query"
        && e.kind == EdgeKind::Accepts));
    // The JSON form reads back.
    let back: WorkflowGraph = serde_json::from_str(&graph.to_json()).unwrap();
    assert_eq!(back, graph);
}

fn out_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn assert_self_contained(html: &str, graph: &WorkflowGraph) {
    assert!(
        !html.contains("http://"),
        "the page names an http:// address"
    );
    assert!(
        !html.contains("https://"),
        "the page names an https:// address"
    );
    for node in &graph.nodes {
        assert!(
            html.contains(&format!(">{}</text>", node.label)),
            "the picture has no text `{}`",
            node.label
        );
    }
}

#[tokio::test]
async fn the_pages_hold_every_name_and_no_address() {
    let dir = out_dir("draw-pages");
    let path = dir.join("loop_workflow.html");
    draw_all_possible_flows::<loop_flow::LoopExampleFlow>(&path).unwrap();
    let html = std::fs::read_to_string(&path).unwrap();
    assert_self_contained(&html, &WorkflowGraph::of::<loop_flow::LoopExampleFlow>());
    for (_, graph) in graphs() {
        assert_self_contained(&graph.to_html().unwrap(), &graph);
    }

    let (_, record) = loop_run().await;
    let path = dir.join("loop_recent_execution.html");
    draw_most_recent_execution::<loop_flow::LoopExampleFlow>(&record, &path).unwrap();
    let html = std::fs::read_to_string(&path).unwrap();
    let run = record
        .executed_graph(&WorkflowGraph::of::<loop_flow::LoopExampleFlow>())
        .unwrap();
    assert_self_contained(&html, &run);
    assert!(
        html.contains("5 step invocations"),
        "the page says how many steps ran"
    );

    let path = dir.join("publish_workflow.html");
    draw_all_possible_flows::<publish_flow::Publisher>(&path).unwrap();
    let html = std::fs::read_to_string(&path).unwrap();
    assert_self_contained(&html, &WorkflowGraph::of::<publish_flow::Publisher>());
    assert!(html.contains("<g class=\"node workflow\""));
    assert!(html.contains("3 steps · 4 event types · 2 child workflows"));
    let (_, record) = publish_run().await;
    let path = dir.join("publish_recent_execution.html");
    draw_most_recent_execution::<publish_flow::Publisher>(&record, &path).unwrap();
    let html = std::fs::read_to_string(&path).unwrap();
    let run = record
        .executed_graph(&WorkflowGraph::of::<publish_flow::Publisher>())
        .unwrap();
    assert_self_contained(&html, &run);
    // Both children ran: their steps did.
    for id in ["workflow:Writer", "workflow:Editor"] {
        let node = run.node(id).unwrap();
        assert_eq!(node.run.as_ref().map(|r| r.count), Some(1), "{id}");
    }
}

#[test]
fn a_record_of_another_workflow_is_refused() {
    let record = RunRecord {
        changes: vec![eventflow::StepStateChanged {
            step: "answer_query".into(),
            invocation: 0,
            state: eventflow::machine::StepState::Started {
                event: "StartEvent".into(),
            },
        }],
        stopped: false,
    };
    let path = out_dir("draw-refused").join("x.html");
    let err = draw_most_recent_execution::<trivial_flow::TrivialFlow>(&record, &path).unwrap_err();
    assert!(matches!(err, DrawError::NotInWorkflow { .. }), "{err}");
    assert!(!path.exists());
}

#[test]
fn an_unwritable_path_names_the_path() {
    let path = out_dir("draw-unwritable").join("no/such/folder/flow.html");
    let err = draw_all_possible_flows::<trivial_flow::TrivialFlow>(&path).unwrap_err();
    let text = err.to_string();
    assert!(text.contains(&path.display().to_string()), "{text}");
}

#[test]
fn the_draw_example_writes_every_picture_with_its_texts() {
    let dir = out_dir("draw-example");
    let written = support::run_draw_example(&dir);
    let mut expected = Vec::new();
    for name in [
        "trivial_workflow",
        "loop_workflow",
        "wait_workflow",
        "collect_workflow",
        "loop_recent_execution",
        "publish_workflow",
        "publish_recent_execution",
    ] {
        for ext in ["html", "mmd", "dot"] {
            expected.push(dir.join(format!("{name}.{ext}")));
        }
    }
    assert_eq!(written, expected);
    for path in &written {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(!text.is_empty(), "{} is empty", path.display());
    }
    // The example's texts are the snapshots' texts.
    for name in [
        "loop_workflow.mmd",
        "loop_recent_execution.dot",
        "publish_workflow.mmd",
        "publish_workflow.dot",
        "publish_recent_execution.mmd",
    ] {
        check_snapshot(name, &std::fs::read_to_string(dir.join(name)).unwrap());
    }
}
