use eventflow::prelude::*;
use std::time::Duration;

struct Flow;

#[workflow]
impl Flow {
    #[step(retry = RetryPolicy::constant(Duration::from_millis(10)).max_attempts(0))]
    async fn fetch(&self, _ev: StartEvent) -> StopEvent<u64> {
        StopEvent::new(42)
    }
}

fn main() {}
