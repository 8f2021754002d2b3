use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Query;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn ask(&self, _ev: Query) -> Either<Query, StopEvent<()>> {
        Either::Right(StopEvent::new(()))
    }
}

fn main() {}
