use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn run(_ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
