// One event named four ways: its path, a longer path, a `use` alias and a
// type alias. All are the same event, so the graph is complete.
use eventflow::prelude::*;

mod events {
    pub mod query {
        use eventflow::prelude::*;
        #[derive(Debug, Clone, Serialize, Deserialize, Event)]
        pub struct QueryEvent(pub u32);
    }
}

use events::query::QueryEvent as Asked;
type Question = crate::events::query::QueryEvent;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, _ev: eventflow::StartEvent) -> events::query::QueryEvent {
        events::query::QueryEvent(1)
    }

    #[step]
    async fn again(&self, ev: Asked) -> Either<Question, eventflow::StopEvent<u32>> {
        if ev.0 < 3 {
            Either::Left(crate::events::query::QueryEvent(ev.0 + 1))
        } else {
            Either::Right(StopEvent::new(ev.0))
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Flow.run(StartEvent::new()).await.unwrap(), 3);
}
