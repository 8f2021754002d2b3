use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step(allow(dead_ends))]
    async fn only(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
