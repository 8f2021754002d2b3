use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Work(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn dispatch(&self, ctx: &Context, ev: StartEvent) -> Option<Work> {
        ctx.send_event_to(Flow::REVIEW, Work(1));
        ev.has("again").then_some(Work(2))
    }

    #[step]
    async fn review(&self, _ev: Work) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
