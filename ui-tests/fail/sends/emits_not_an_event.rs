use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step(emits = [String])]
    async fn dispatch(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
