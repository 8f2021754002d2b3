//! Workload 7: a release binary that runs a one-step workflow once and
//! prints its result. The benchmark times it from spawn to exit.

use workflows::prelude::*;

struct OneStep;

#[workflow]
impl OneStep {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<u8> {
        StopEvent::new(1)
    }
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let result = rt
        .block_on(async { OneStep.run(StartEvent::new()).await })
        .expect("one-step run");
    println!("{result}");
}
