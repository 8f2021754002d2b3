use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Question;

struct Flow;

#[workflow(start = Question)]
impl Flow {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
