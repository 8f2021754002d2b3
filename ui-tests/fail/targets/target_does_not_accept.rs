use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Work(u32);

#[derive(Clone, Serialize, Deserialize, Event)]
struct Draft(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step(emits = [Work])]
    async fn dispatch(&self, ctx: &Context, _ev: StartEvent) -> Draft {
        ctx.send_event_to(Flow::EDIT, Work(1));
        Draft(0)
    }

    #[step]
    async fn edit(&self, _ev: Draft) -> StopEvent<()> {
        StopEvent::new(())
    }

    #[step]
    async fn review(&self, _ev: Work) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
