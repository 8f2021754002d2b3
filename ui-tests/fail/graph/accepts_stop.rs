use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<u32> {
        StopEvent::new(1)
    }

    #[step]
    async fn after(&self, ev: StopEvent<u32>) -> StopEvent<u32> {
        ev
    }
}

fn main() {}
