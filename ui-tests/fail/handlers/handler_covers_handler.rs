use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn fetch(&self, _ev: StartEvent) -> Result<StopEvent<String>, WorkflowError> {
        Ok(StopEvent::new("page".into()))
    }

    #[step(catch = [fetch])]
    async fn recover(&self, failed: StepFailed) -> Result<StopEvent<String>, WorkflowError> {
        Ok(StopEvent::new(failed.error))
    }

    // A failing `recover` would come here, and a failing `report` go back.
    #[step(catch = [recover])]
    async fn report(&self, failed: StepFailed) -> StopEvent<String> {
        StopEvent::new(failed.error)
    }
}

fn main() {}
