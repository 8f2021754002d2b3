use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step(waits_for = [HumanResponseEvent], waits_for = [InputRequiredEvent])]
    async fn ask(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
