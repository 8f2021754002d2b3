// A workflow that stops only through the context gets the result type of
// the stop event it sends.
use eventflow::prelude::*;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Work(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step(emits = [Work])]
    async fn start(&self, ctx: &Context, _ev: StartEvent) -> Option<Work> {
        ctx.send_event(Work(41));
        None
    }

    #[step(emits = [StopEvent<u32>])]
    async fn finish(&self, ctx: &Context, ev: Work) -> Option<Work> {
        ctx.send_event(StopEvent::new(ev.0 + 1));
        None
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let result: u32 = Flow.run(StartEvent::new()).await.unwrap();
    assert_eq!(result, 42);
}
