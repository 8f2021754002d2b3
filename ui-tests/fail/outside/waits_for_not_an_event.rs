use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step(waits_for = [String])]
    async fn ask(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
