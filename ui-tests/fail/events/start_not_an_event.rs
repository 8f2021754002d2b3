use eventflow::prelude::*;

struct Flow;

#[workflow(start = String)]
impl Flow {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
