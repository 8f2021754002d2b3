use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct RetryEvent;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn answer(&self, _ev: Either<StartEvent, RetryEvent>) -> StopEvent<String> {
        StopEvent::new("done".into())
    }
}

fn main() {}
