use eventflow::prelude::*;

struct Generic<T>(T);

#[workflow]
impl<T: Send + Sync + 'static> Generic<T> {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
