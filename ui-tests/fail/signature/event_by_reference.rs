use eventflow::prelude::*;

#[event]
struct Query(String);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, _ev: StartEvent) -> Query {
        Query("q".into())
    }

    #[step]
    async fn answer(&self, ev: &Query) -> StopEvent<String> {
        StopEvent::new(ev.0.clone())
    }
}

fn main() {}
