//! Every option for steps that fail, block or never end, together.

use std::sync::Arc;
use std::time::Duration;

use eventflow::prelude::*;

#[derive(Debug, thiserror::Error)]
#[error("busy")]
struct Busy;

#[event]
struct Page(String);

#[event]
struct Digest(u64);

struct Flow;

#[workflow]
impl Flow {
    #[step(
        retry = RetryPolicy::exponential(Duration::from_millis(100))
            .max_attempts(5)
            .max_delay(Duration::from_secs(2))
            .max_total(Duration::from_secs(10))
            .jitter(0.3)
            .retry_if(|e| e.is::<Busy>()),
        timeout = Duration::from_secs(3),
    )]
    async fn fetch(&self, ctx: &Context, ev: StartEvent) -> Result<Page, Busy> {
        let _ = (ctx.attempt(), ctx.last_error(), ev);
        Ok(Page("text".into()))
    }

    #[step(blocking, workers = 2)]
    fn digest(&self, ctx: &Context, ev: Page) -> Digest {
        ctx.write_event_to_stream(Digest(0));
        Digest(ev.0.len() as u64)
    }

    #[step(spawn, retry = RetryPolicy::constant(Duration::from_millis(10)))]
    async fn publish(&self, ev: Digest) -> StopEvent<u64> {
        StopEvent::new(ev.0)
    }

    #[step(catch = [fetch], recoveries = 3)]
    async fn from_cache(&self, failed: StepFailed) -> Result<Page, WorkflowError> {
        let start: StartEvent = failed.input()?;
        Ok(Page(start.get("cached")?))
    }

    #[step(catch)]
    async fn give_up(&self, failed: StepFailed) -> StopEvent<u64> {
        StopEvent::new(u64::from(failed.attempts))
    }

    #[cfg(any())]
    #[step(blocking)]
    fn never(&self, ev: Digest) -> Digest {
        ev
    }
}

async fn run() -> Result<u64, WorkflowError> {
    Arc::new(Flow)
        .run(StartEvent::new())
        .max_invocations(100)
        .max_invocations_per_step(10)
        .await
}

fn main() {
    let _ = run;
}
