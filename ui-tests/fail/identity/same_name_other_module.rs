// Two types named `Query` in different modules are two events: the one
// produced is not the one accepted.
use eventflow::prelude::*;

mod search {
    use eventflow::prelude::*;
    #[derive(Clone, Serialize, Deserialize, Event)]
    pub struct Query(pub String);
}

mod chat {
    use eventflow::prelude::*;
    #[derive(Clone, Serialize, Deserialize, Event)]
    pub struct Query(pub String);
}

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, _ev: StartEvent) -> search::Query {
        search::Query("q".into())
    }

    #[step]
    async fn answer(&self, ev: chat::Query) -> StopEvent<String> {
        StopEvent::new(ev.0)
    }
}

fn main() {}
