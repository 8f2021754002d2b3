use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Half;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn first(&self, _ev: StartEvent) -> Either<Half, StopEvent<String>> {
        Either::Left(Half)
    }

    #[step]
    async fn second(&self, _ev: Half) -> StopEvent<i64> {
        StopEvent::new(2)
    }
}

fn main() {}
