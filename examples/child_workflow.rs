//! Child workflows: `Publisher`'s step `draft` runs a `Writer` as part of
//! its run (`ctx.run_child`), gets its result typed, and the `Writer`'s
//! progress reaches the `Publisher`'s stream as `ChildEvent`s naming the
//! step that runs it; its step `review` runs an `Editor`, which runs a
//! `SpellChecker` of its own. Cancelling the `Publisher` would drop its
//! children. The workflows are in `flows/publish_flow.rs`; the `draw`
//! example draws them.
//!
//! `cargo run --example child_workflow`

#[path = "flows/publish_flow.rs"]
mod publish_flow;

use std::sync::Arc;

use eventflow::prelude::*;
use futures::StreamExt;
use publish_flow::{Publisher, Section};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), WorkflowError> {
    let publisher = Arc::new(Publisher::new());
    let handler = publisher.run(start! { topic: "eventflow" }).start();
    let mut events = handler.stream_events()?;
    while let Some(ev) = events.next().await {
        if let Some(line) = ev.downcast_ref::<ChildEvent>().and_then(describe) {
            println!("{line}");
        }
    }
    println!("{}", handler.await?);
    Ok(())
}

/// What a child streamed, after the steps and children it came through
/// (`[review > Editor > edit > SpellChecker] done`): a grandchild's
/// events arrive as a `ChildEvent` inside a `ChildEvent`.
fn describe(child: &ChildEvent) -> Option<String> {
    let path = format!("{} > {}", child.step, child.workflow);
    if let Some(section) = child.get::<Section>() {
        return Some(format!("[{path}] section {}: {}", section.n, section.title));
    }
    // A stop event of any result type: they share one name.
    if child.is::<StopEvent<()>>() {
        return Some(format!("[{path}] done"));
    }
    let inner = describe(&child.get::<ChildEvent>()?)?;
    Some(format!("[{path} > {}", inner.strip_prefix('[')?))
}
