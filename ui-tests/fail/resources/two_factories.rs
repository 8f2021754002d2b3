use eventflow::prelude::*;

struct Pool;

struct Flow;

#[workflow]
impl Flow {
    #[resource(per_call)]
    fn primary(&self) -> Pool {
        Pool
    }

    #[resource(per_call)]
    async fn replica(&self) -> Result<Pool, std::io::Error> {
        Ok(Pool)
    }

    #[step]
    async fn query(&self, #[resource] pool: &Pool, _ev: StartEvent) -> StopEvent<()> {
        let _ = pool;
        StopEvent::new(())
    }
}

fn main() {}
