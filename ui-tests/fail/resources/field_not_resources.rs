use eventflow::prelude::*;
use std::collections::HashMap;

struct Pool;

#[derive(Default)]
struct Flow {
    cache: HashMap<String, String>,
}

#[workflow(resources = cache)]
impl Flow {
    #[resource]
    fn pool(&self) -> Pool {
        Pool
    }

    #[step]
    async fn query(&self, #[resource] pool: &Pool, _ev: StartEvent) -> StopEvent<()> {
        let _ = pool;
        StopEvent::new(())
    }
}

fn main() {}
