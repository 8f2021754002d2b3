// A step under `#[cfg(..)]` is part of the workflow only when its
// predicate holds; its event types may be under the same `#[cfg(..)]`.
use eventflow::prelude::*;

#[event]
struct Ping(u32);

#[cfg(any())]
#[event]
struct Never(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, _ev: StartEvent) -> Ping {
        Ping(1)
    }

    #[step]
    async fn finish(&self, ev: Ping) -> StopEvent<u32> {
        StopEvent::new(ev.0)
    }

    // Compiled out: as if it were not written. (Were it in, `Never` would
    // be an event no step produces.)
    #[cfg(any())]
    #[step]
    async fn hidden(&self, ev: Never) -> StopEvent<u32> {
        StopEvent::new(ev.0)
    }

    #[cfg(all())]
    #[step(emits = [Ping])]
    async fn kept(&self, ctx: &Context, ev: Ping) -> Option<Ping> {
        if ev.0 == 0 {
            ctx.send_event(Ping(1));
        }
        None
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Flow.run(StartEvent::new()).await.unwrap(), 1);
}
