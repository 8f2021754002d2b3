use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    fn first(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }

    #[step]
    async fn second(&mut self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }

    #[step]
    async fn third(&self) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
