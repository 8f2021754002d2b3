// An alias names the same type: consuming `Query` through its alias still
// leaves `Unused` orphaned, and the message names the event's own name.
use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Query;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Unused;

type Ask = Query;
type Spare = Unused;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, _ev: StartEvent) -> Either<Ask, Spare> {
        Either::Left(Query)
    }

    #[step]
    async fn answer(&self, _ev: Query) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
