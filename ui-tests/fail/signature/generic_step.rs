use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn run<T: Default>(&self, _ev: StartEvent) -> StopEvent<()> {
        let _ = T::default();
        StopEvent::new(())
    }
}

fn main() {}
