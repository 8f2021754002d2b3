use eventflow::prelude::*;

struct Flow;

trait Runner {
    async fn run(&self, ev: StartEvent) -> StopEvent<()>;
}

#[workflow]
impl Runner for Flow {
    #[step]
    async fn run(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
