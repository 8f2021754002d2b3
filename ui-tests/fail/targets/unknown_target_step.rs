use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Work(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step(emits = [Work])]
    async fn dispatch(&self, ctx: &Context, _ev: StartEvent) -> Option<StopEvent<()>> {
        ctx.send_event_to(Flow::REVEIW, Work(1));
        None
    }

    #[step]
    async fn review(&self, _ev: Work) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
