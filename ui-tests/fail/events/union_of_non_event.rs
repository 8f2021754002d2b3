use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, _ev: Either<StartEvent, u32>) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
