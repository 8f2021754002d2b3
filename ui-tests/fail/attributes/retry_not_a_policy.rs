use eventflow::prelude::*;
use std::time::Duration;

struct Flow;

#[workflow]
impl Flow {
    #[step(retry = 3, timeout = Duration::from_secs(1))]
    async fn fetch(&self, _ev: StartEvent) -> StopEvent<u64> {
        StopEvent::new(42)
    }
}

fn main() {}
