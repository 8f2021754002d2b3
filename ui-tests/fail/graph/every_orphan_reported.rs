use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Progress;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Warning;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Metric;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn first(&self, _ev: StartEvent) -> Either3<Progress, Warning, StopEvent<()>> {
        Either3::Third(StopEvent::new(()))
    }

    #[step(emits = [Metric])]
    async fn second(&self, _ev: StartEvent) -> Option<StopEvent<()>> {
        None
    }
}

fn main() {}
