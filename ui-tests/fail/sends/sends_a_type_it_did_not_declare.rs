use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Work(u32);

#[derive(Clone, Serialize, Deserialize, Event)]
struct Other(u32);

struct Flow;

#[workflow]
impl Flow {
    // Declares Work, sends Other.
    #[step(emits = [Work])]
    async fn dispatch(&self, ctx: &Context, _ev: StartEvent) -> Option<StopEvent<()>> {
        ctx.send_event(Work(1));
        ctx.send_event(Other(2));
        None
    }

    #[step]
    async fn work(&self, _ev: Either<Work, Other>) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
