use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Answer;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Escalate;

#[derive(EventSet)]
enum Outcome {
    Answer(Answer),
    Escalate(Escalate),
}

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn decide(&self, _ev: StartEvent) -> Outcome {
        Outcome::Answer(Answer)
    }

    #[step]
    async fn reply(&self, _ev: Answer) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
