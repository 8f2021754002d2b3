// A step may fan out or stop: `Either<Vec<E>, StopEvent<R>>` (and the
// other way round).
use eventflow::prelude::*;

#[event]
struct Chunk(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn split(&self, ev: StartEvent) -> Result<Either<Vec<Chunk>, StopEvent<u32>>, WorkflowError> {
        let n: u32 = ev.get("n")?;
        Ok(if n == 0 {
            Either::Right(StopEvent::new(0))
        } else {
            Either::Left((1..=n).map(Chunk).collect())
        })
    }

    #[step]
    async fn sum(&self, ctx: &Context, chunk: Chunk) -> Either<StopEvent<u32>, Vec<Chunk>> {
        match ctx.collect_n(chunk, 3) {
            Some(all) => Either::Left(StopEvent::new(all.iter().map(|c| c.0).sum())),
            None => Either::Right(Vec::new()),
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Flow.run(start! { n: 0 }).await.unwrap(), 0);
    assert_eq!(Flow.run(start! { n: 3 }).await.unwrap(), 6);
}
