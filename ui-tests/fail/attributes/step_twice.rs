use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    #[step(workers = 2)]
    async fn only(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
