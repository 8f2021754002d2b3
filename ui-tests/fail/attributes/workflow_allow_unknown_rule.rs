use eventflow::prelude::*;

struct Flow;

#[workflow(allow(everything))]
impl Flow {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
