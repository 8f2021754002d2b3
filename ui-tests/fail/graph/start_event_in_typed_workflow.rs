use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Question;

struct Flow;

#[workflow(start = Question)]
impl Flow {
    #[step]
    async fn ask(&self, _ev: Question) -> StopEvent<()> {
        StopEvent::new(())
    }

    // Runs of this workflow begin with `Question`: nothing gives this step
    // a `StartEvent`.
    #[step]
    async fn legacy(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
