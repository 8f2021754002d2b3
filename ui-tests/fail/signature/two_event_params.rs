use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn only(&self, _a: StartEvent, _b: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
