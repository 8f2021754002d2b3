use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, ev: StartEvent) -> StopEvent<String> {
        StopEvent::new(format!("{ev:?}"))
    }

    #[step]
    async fn text(&self, ev: String) -> StopEvent<String> {
        StopEvent::new(ev)
    }
}

fn main() {}
