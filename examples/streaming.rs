//! Streaming: a workflow writes progress events while it works; the caller
//! prints each as it arrives, then the result.
//!
//! ```sh
//! cargo run --example streaming
//! ```

use std::sync::Arc;
use std::time::Duration;

use eventflow::prelude::*;
use futures::StreamExt;

/// How far the work has come.
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Progress {
    step: u32,
    of: u32,
    note: String,
}

/// Reads a few pages, one at a time, and reports each.
struct PageReader;

#[workflow]
impl PageReader {
    #[step]
    async fn read(
        &self,
        ctx: &Context,
        ev: StartEvent,
    ) -> Result<StopEvent<String>, WorkflowError> {
        let pages: Vec<String> = ev.get("pages")?;
        let of = pages.len() as u32;
        let mut words = 0;
        for (i, page) in pages.iter().enumerate() {
            // Stands in for real work: fetching, parsing, a model call.
            tokio::time::sleep(Duration::from_millis(50)).await;
            words += page.split_whitespace().count();
            ctx.write_event_to_stream(Progress {
                step: i as u32 + 1,
                of,
                note: format!("read {page:?}"),
            });
        }
        Ok(StopEvent::new(format!("{words} words in {of} pages")))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let pages = ["The cat sat.", "On the mat it sat.", "Then it left."];
    let handler = Arc::new(PageReader).run(start! { pages: pages }).start();
    let mut events = handler.stream_events()?;
    while let Some(ev) = events.next().await {
        if let Some(p) = ev.downcast_ref::<Progress>() {
            println!("progress: {}/{} {}", p.step, p.of, p.note);
        }
    }
    println!("result: {}", handler.await?);
    Ok(())
}
