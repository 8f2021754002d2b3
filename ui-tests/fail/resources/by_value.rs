use eventflow::prelude::*;

struct Pool;

#[derive(Default)]
struct Flow {
    resources: Resources,
}

#[workflow(resources = resources)]
impl Flow {
    #[resource]
    fn pool(&self) -> Pool {
        Pool
    }

    #[step]
    async fn query(&self, #[resource] pool: Pool, _ev: StartEvent) -> StopEvent<()> {
        let _ = pool;
        StopEvent::new(())
    }
}

fn main() {}
