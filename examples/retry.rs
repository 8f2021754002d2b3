//! Retries: a flaky step fails twice and succeeds on its third attempt.
//! Its retry policy waits 100 ms, then 200 ms (exponential backoff), and
//! retries only the error it knows to be passing; the step reads its
//! attempt number and the last error from its context.
//!
//! ```sh
//! cargo run --example retry
//! ```

use std::time::Duration;

use eventflow::prelude::*;
use eventflow::BoxError;

/// What the weather service says when it is overloaded.
#[derive(Debug, thiserror::Error)]
#[error("the weather service is busy (503)")]
struct Busy;

/// Asks a weather service that is busy the first two times.
struct Forecast;

#[workflow]
impl Forecast {
    #[step(retry = RetryPolicy::exponential(Duration::from_millis(100))
        .max_attempts(5)
        .retry_on::<Busy>())]
    async fn fetch(&self, ctx: &Context, ev: StartEvent) -> Result<StopEvent<String>, BoxError> {
        let city: String = ev.get("city")?;
        let attempt = ctx.attempt();
        match ctx.last_error() {
            Some(error) => println!("attempt {attempt} (the last one failed: {error})"),
            None => println!("attempt {attempt}"),
        }
        if attempt < 3 {
            return Err(Busy.into());
        }
        Ok(StopEvent::new(format!("{city}: sunny, 24 °C")))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), WorkflowError> {
    let forecast = Forecast
        .run(start! { city: "Lisbon" })
        .verbose(true)
        .await?;
    println!("{forecast}");
    Ok(())
}
