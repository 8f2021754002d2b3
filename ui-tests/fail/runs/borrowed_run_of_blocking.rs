use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step(blocking)]
    fn crunch(&self, _ev: StartEvent) -> StopEvent<u64> {
        StopEvent::new(42)
    }
}

async fn run() -> Result<u64, WorkflowError> {
    Flow.run(StartEvent::new()).await
}

fn main() {
    let _ = run;
}
