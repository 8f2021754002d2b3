// One mistake in a step is one error: the call sites of `Flow.run(..)`
// still compile, with the result type the workflow will have.
use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn only(&mut self, _ev: StartEvent) -> StopEvent<String> {
        StopEvent::new(String::new())
    }
}

async fn caller() -> Result<usize, WorkflowError> {
    let text: String = Flow.run(StartEvent::new()).await?;
    Ok(text.len())
}

fn main() {
    let _ = caller;
}
