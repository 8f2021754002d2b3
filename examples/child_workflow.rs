//! A child workflow: `Publisher`'s step `draft` runs a `Writer` as part of
//! its run (`ctx.run_child`), gets its result typed, and the `Writer`'s
//! progress reaches the `Publisher`'s stream as `ChildEvent`s naming the
//! step that runs it. Cancelling the `Publisher` would drop the `Writer`.
//!
//! `cargo run --example child_workflow`

use std::sync::Arc;

use eventflow::prelude::*;
use futures::StreamExt;

/// The child's start event.
#[event]
struct Brief {
    topic: String,
}

/// The child's progress, on its stream.
#[event]
struct Section {
    n: u32,
    title: String,
}

#[event]
struct Draft {
    text: String,
}

/// The child: writes three sections on a topic.
struct Writer;

#[workflow(start = Brief)]
impl Writer {
    #[step]
    async fn write(&self, ctx: &Context, ev: Brief) -> StopEvent<String> {
        let mut sections = Vec::new();
        for (n, part) in (1..).zip(["why", "how", "what next"]) {
            let title = format!("{}: {part}", ev.topic);
            ctx.write_event_to_stream(Section {
                n,
                title: title.clone(),
            });
            sections.push(title);
        }
        StopEvent::new(sections.join("\n"))
    }
}

/// The parent: drafts with a `Writer`, then publishes.
struct Publisher {
    writer: Writer,
}

#[workflow]
impl Publisher {
    #[step]
    async fn draft(&self, ctx: &Context, ev: StartEvent) -> Result<Draft, WorkflowError> {
        let topic: String = ev.get("topic")?;
        // The child's result, typed: `Writer` stops with a `String`.
        let text: String = ctx.run_child(&self.writer, Brief { topic }).await?;
        Ok(Draft { text })
    }

    #[step]
    async fn publish(&self, ev: Draft) -> StopEvent<String> {
        StopEvent::new(format!("published {} sections", ev.text.lines().count()))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), WorkflowError> {
    let publisher = Arc::new(Publisher { writer: Writer });
    let handler = publisher.run(start! { topic: "eventflow" }).start();
    let mut events = handler.stream_events()?;
    while let Some(ev) = events.next().await {
        let Some(child) = ev.downcast_ref::<ChildEvent>() else {
            continue;
        };
        if let Some(section) = child.get::<Section>() {
            println!(
                "[{} > {}] section {}: {}",
                child.step, child.workflow, section.n, section.title
            );
        } else if child.is::<StopEvent<String>>() {
            println!("[{} > {}] done", child.step, child.workflow);
        }
    }
    println!("{}", handler.await?);
    Ok(())
}
