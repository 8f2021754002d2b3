use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step(recoveries = 3)]
    async fn fetch(&self, _ev: StartEvent) -> Result<StopEvent<String>, WorkflowError> {
        Ok(StopEvent::new("page".into()))
    }
}

fn main() {}
