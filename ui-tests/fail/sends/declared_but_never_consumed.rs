use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Work(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step(emits = [Work])]
    async fn dispatch(&self, ctx: &Context, _ev: StartEvent) -> StopEvent<()> {
        ctx.send_event(Work(1));
        StopEvent::new(())
    }
}

fn main() {}
