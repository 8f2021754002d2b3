use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct FailedEvent {
    error: String,
}

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn answer(&self, _ev: StartEvent) -> Either<FailedEvent, StopEvent<String>> {
        Either::Right(StopEvent::new("done".into()))
    }
}

fn main() {}
