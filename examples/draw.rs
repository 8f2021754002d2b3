//! Pictures of the cookbook's workflows, as the original draws them with
//! `draw_all_possible_flows` and `draw_most_recent_execution`.
//!
//! `cargo run --example draw [DIR]` writes into DIR (default
//! `target/drawings`): `trivial_workflow.html`, `loop_workflow.html`,
//! `wait_workflow.html`, `collect_workflow.html`, and
//! `loop_recent_execution.html` for one run of the loop (coin flips seeded,
//! so it is the same run each time); then `publish_workflow.html`, a
//! workflow with child workflows (those of the `child_workflow` example),
//! and `publish_recent_execution.html` for one run of it. Each has its
//! Mermaid (`.mmd`) and Graphviz (`.dot`) text beside it. It prints the
//! paths it wrote.

// Only the workflow types are drawn here; their demos run in `cookbook`.
#[allow(dead_code)]
#[path = "flows/collect_flow.rs"]
mod collect_flow;
#[allow(dead_code)]
#[path = "flows/loop_flow.rs"]
mod loop_flow;
#[allow(dead_code)]
#[path = "flows/publish_flow.rs"]
mod publish_flow;
#[path = "flows/trivial_flow.rs"]
mod trivial_flow;
#[allow(dead_code)]
#[path = "flows/wait_flow.rs"]
mod wait_flow;

use std::error::Error;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use eventflow::draw::{draw_all_possible_flows, draw_most_recent_execution, RunRecord};
use eventflow::graph::WorkflowGraph;
use eventflow::prelude::*;

/// The loop run drawn: it fails twice before it answers.
const LOOP_SEED: u64 = 5;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/drawings".into()),
    );
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("cannot make the folder `{}`: {e}", dir.display()))?;

    every_flow::<trivial_flow::TrivialFlow>(&dir, "trivial_workflow")?;
    every_flow::<loop_flow::LoopExampleFlow>(&dir, "loop_workflow")?;
    every_flow::<wait_flow::WaitExampleFlow>(&dir, "wait_workflow")?;
    every_flow::<collect_flow::CollectExampleFlow>(&dir, "collect_workflow")?;

    let flow = Arc::new(loop_flow::LoopExampleFlow::new(Some(LOOP_SEED)));
    let (result, record) =
        RunRecord::capture(flow.run(start! { query: "What's LlamaIndex?" })).await;
    result?;
    let name = "loop_recent_execution";
    let html = dir.join(format!("{name}.html"));
    draw_most_recent_execution::<loop_flow::LoopExampleFlow>(&record, &html)?;
    println!("{}", html.display());
    let graph = record.executed_graph(&WorkflowGraph::of::<loop_flow::LoopExampleFlow>())?;
    texts(&dir, name, &graph)?;

    every_flow::<publish_flow::Publisher>(&dir, "publish_workflow")?;
    let flow = Arc::new(publish_flow::Publisher::new());
    let (result, record) = RunRecord::capture(flow.run(start! { topic: "eventflow" })).await;
    result?;
    let name = "publish_recent_execution";
    let html = dir.join(format!("{name}.html"));
    draw_most_recent_execution::<publish_flow::Publisher>(&record, &html)?;
    println!("{}", html.display());
    let graph = record.executed_graph(&WorkflowGraph::of::<publish_flow::Publisher>())?;
    texts(&dir, name, &graph)?;
    Ok(())
}

/// `NAME.html`, `NAME.mmd` and `NAME.dot` of every possible flow of `W`.
fn every_flow<W: Workflow>(dir: &Path, name: &str) -> Result<(), Box<dyn Error>> {
    let html = dir.join(format!("{name}.html"));
    draw_all_possible_flows::<W>(&html)?;
    println!("{}", html.display());
    texts(dir, name, &WorkflowGraph::of::<W>())
}

fn texts(dir: &Path, name: &str, graph: &WorkflowGraph) -> Result<(), Box<dyn Error>> {
    for (ext, text) in [("mmd", graph.to_mermaid()), ("dot", graph.to_dot())] {
        let path = dir.join(format!("{name}.{ext}"));
        std::fs::write(&path, text)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        println!("{}", path.display());
    }
    Ok(())
}
