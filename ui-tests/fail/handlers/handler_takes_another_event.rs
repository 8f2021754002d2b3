use eventflow::prelude::*;

#[event]
struct Retry;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn fetch(&self, _ev: Either<StartEvent, Retry>) -> Result<StopEvent<String>, WorkflowError> {
        Ok(StopEvent::new("page".into()))
    }

    #[step(catch = [fetch])]
    async fn recover(&self, _failed: Retry) -> Retry {
        Retry
    }
}

fn main() {}
