use eventflow::prelude::*;

struct Pool;

struct Flow;

#[workflow]
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
