// Opt-outs say, in the code, where the user knows better than a rule.
use std::sync::Arc;

use eventflow::prelude::*;
use futures::StreamExt;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Audit(String);

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Metric(u32);

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Webhook(String);

struct Flow;

#[workflow]
impl Flow {
    // `Metric` goes to a collector outside the workflow (to the stream),
    // and nothing this step does leads to stop: it only reports.
    #[step(allow(unconsumed, dead_end))]
    async fn work(&self, _ev: StartEvent) -> Either<Metric, Audit> {
        Either::Right(Audit("started".into()))
    }

    // A side effect only.
    #[step(allow(dead_end, unconsumed))]
    async fn audit(&self, ev: Audit) -> Option<Metric> {
        let _ = ev;
        None
    }

    // Called by a webhook through the handler: nothing in the workflow
    // produces `Webhook`.
    #[step(allow(unproduced))]
    async fn hook(&self, ev: Webhook) -> StopEvent<String> {
        StopEvent::new(ev.0)
    }
}

/// A step kept for later, never reached: allowed on the whole workflow.
struct Kept;

#[workflow(allow(unreachable))]
impl Kept {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }

    #[step(allow(unproduced))]
    async fn later(&self, _ev: Webhook) -> StopEvent<()> {
        StopEvent::new(())
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let handler = Arc::new(Flow).run(StartEvent::new()).start();
    handler.send_event(Webhook("called".into())).unwrap();
    assert_eq!(handler.await.unwrap(), "called");
    Kept.run(StartEvent::new()).await.unwrap();

    // An unconsumed event of an allowing step reaches the stream.
    struct Emits;
    #[workflow]
    impl Emits {
        #[step(allow(unconsumed))]
        async fn only(&self, _ev: StartEvent) -> Either<Metric, StopEvent<u8>> {
            Either::Left(Metric(7))
        }
    }
    let handler = Arc::new(Emits).run(StartEvent::new()).start();
    let mut stream = handler.stream_events().unwrap();
    let first = stream.next().await.unwrap();
    assert_eq!(first.downcast_ref::<Metric>().map(|m| m.0), Some(7));
    handler.cancel();
}
