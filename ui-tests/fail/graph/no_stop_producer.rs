use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Query;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, _ev: StartEvent) -> Query {
        Query
    }

    #[step]
    async fn again(&self, _ev: Query) -> Option<Query> {
        None
    }
}

fn main() {}
