//! An error handler: when `translate` fails past its retries, the
//! failure goes to `fall_back` (`#[step(catch = [translate])]`), which
//! recovers from the failed step's own input. A handler takes one
//! failure per run unless it says `recoveries = N`.
//!
//! ```sh
//! cargo run --example error_handler
//! ```

use std::time::Duration;

use eventflow::prelude::*;
use eventflow::BoxError;

/// Translates a text with a service that is down.
struct Translator;

#[workflow]
impl Translator {
    #[step(retry = RetryPolicy::constant(Duration::from_millis(50)).max_attempts(2))]
    async fn translate(&self, ev: StartEvent) -> Result<StopEvent<String>, BoxError> {
        let text: String = ev.get("text")?;
        Err(format!("the translation service is down; could not translate {text:?}").into())
    }

    #[step(catch = [translate])]
    async fn fall_back(&self, failed: StepFailed) -> Result<StopEvent<String>, WorkflowError> {
        println!(
            "{} failed after {} attempts: {}",
            failed.step, failed.attempts, failed.error
        );
        let start: StartEvent = failed.input()?;
        let text: String = start.get("text")?;
        Ok(StopEvent::new(format!("{text} (untranslated)")))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), WorkflowError> {
    let text = Translator
        .run(start! { text: "Bom dia" })
        .verbose(true)
        .await?;
    println!("{text}");
    Ok(())
}
