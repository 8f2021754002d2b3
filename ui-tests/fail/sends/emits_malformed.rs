use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Work(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step(emits = Work)]
    async fn dispatch(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
