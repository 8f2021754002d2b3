use eventflow::prelude::*;

struct Pool;

struct Flow;

#[workflow]
impl Flow {
    #[resource(per_call)]
    fn pool(&self, size: usize) -> Pool {
        let _ = size;
        Pool
    }

    #[step]
    async fn query(&self, #[resource] pool: &Pool, _ev: StartEvent) -> StopEvent<()> {
        let _ = pool;
        StopEvent::new(())
    }
}

fn main() {}
