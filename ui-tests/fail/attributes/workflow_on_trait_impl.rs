use eventflow::prelude::*;

struct Flow;

trait Runner {
    async fn only(&self, ev: StartEvent) -> StopEvent<()>;
}

#[workflow]
impl Runner for Flow {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
