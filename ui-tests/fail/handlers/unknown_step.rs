use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn fetch(&self, _ev: StartEvent) -> Result<StopEvent<String>, WorkflowError> {
        Ok(StopEvent::new("page".into()))
    }

    #[step(catch = [fecth])]
    async fn recover(&self, failed: StepFailed) -> StopEvent<String> {
        StopEvent::new(failed.error)
    }
}

fn main() {}
