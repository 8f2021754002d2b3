// One type missing its derive, used in three places: one error per place
// it is used, each naming the type and the fix.
use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize)]
struct Query(String);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn ask(&self, ev: StartEvent) -> Result<Query, WorkflowError> {
        Ok(Query(ev.get("q")?))
    }

    #[step]
    async fn answer(&self, q: Query) -> StopEvent<String> {
        StopEvent::new(q.0)
    }
}

fn main() {}
