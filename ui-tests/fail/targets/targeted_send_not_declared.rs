use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Work(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn begin(&self, _ev: StartEvent) -> Work {
        Work(0)
    }

    #[step]
    async fn dispatch(&self, ctx: &Context, _ev: StartEvent) -> Option<StopEvent<()>> {
        ctx.send_event_to(Flow::REVIEW, Work(1));
        None
    }

    #[step]
    async fn review(&self, _ev: Work) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
