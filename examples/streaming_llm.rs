//! Streaming an LLM's answer through a workflow: the step writes each token
//! to the run's event stream as it arrives, and the caller prints each one
//! as it comes, before the run has finished.
//!
//! `cargo run --example streaming_llm` streams from the shipped
//! OpenAI-compatible server (offline); with `OPENAI_API_KEY` set, from
//! OpenAI (or `OPENAI_BASE_URL`).

#[path = "flows/llm_backend.rs"]
mod llm_backend;

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use eventflow::llm::{Delta, Llm};
use eventflow::prelude::*;
use eventflow::BoxError;
use eventflow_openai_server::{Reply, ServerBuilder};
use futures::StreamExt;

const PROMPT: &str = "Explain event-driven workflows in two sentences.";

/// What the shipped server streams offline, a word at a time.
const OFFLINE_ANSWER: &str = "An event-driven workflow is a set of steps that each wait for an event, do their work, and emit new events for other steps. The workflow ends when a step emits the stop event, so loops, branches and fan-out all follow from which events each step accepts and returns.";

/// One token of the answer, published on the run's stream.
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct TokenEvent {
    token: String,
}

struct StreamingFlow {
    llm: Llm,
}

#[workflow]
impl StreamingFlow {
    #[step]
    async fn generate(&self, ctx: &Context, ev: StartEvent) -> Result<StopEvent<String>, BoxError> {
        let prompt: String = ev.get("prompt")?;
        let mut stream = self.llm.stream_complete(&prompt).await?;
        let mut answer = String::new();
        while let Some(delta) = stream.next().await {
            if let Delta::Token(token) = delta? {
                answer.push_str(&token);
                ctx.write_event_to_stream(TokenEvent { token });
            }
        }
        Ok(StopEvent::new(answer))
    }
}

fn offline(server: ServerBuilder) -> ServerBuilder {
    server.on_prompt(
        PROMPT,
        Reply::text(OFFLINE_ANSWER).chunk_delay(Duration::from_millis(15)),
    )
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let backend = llm_backend::connect(offline).await?;
    let flow = Arc::new(StreamingFlow {
        llm: backend.llm.clone(),
    });
    let handler = flow
        .run(start! { prompt: PROMPT })
        .timeout(Duration::from_secs(60))
        .start();
    let mut events = handler.stream_events()?;
    let mut out = std::io::stdout().lock();
    let mut tokens = 0;
    while let Some(ev) = events.next().await {
        if let Some(TokenEvent { token }) = ev.downcast_ref::<TokenEvent>() {
            write!(out, "{token}")?;
            out.flush()?;
            tokens += 1;
        }
    }
    writeln!(out)?;
    let answer = handler.await?;
    writeln!(
        out,
        "({tokens} tokens, {} characters)",
        answer.chars().count()
    )?;
    Ok(())
}
