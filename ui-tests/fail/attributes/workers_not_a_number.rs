use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step(workers = "many")]
    async fn only(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
