// A loop, a fan-out through the context and a join with collect_events.
use eventflow::prelude::*;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Tick(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Left(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Right(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn tick(&self, ev: Either<StartEvent, Tick>) -> Either<Tick, Right> {
        match ev {
            Either::Left(_) => Either::Left(Tick(0)),
            Either::Right(Tick(n)) if n < 5 => Either::Left(Tick(n + 1)),
            Either::Right(Tick(n)) => Either::Right(Right(n)),
        }
    }

    #[step(emits = [Left])]
    async fn split(&self, ctx: &Context, _ev: StartEvent) -> Option<Left> {
        // `Left` is both returned and declared: sending it is allowed.
        ctx.send_event(Left(1));
        None
    }

    #[step]
    async fn join(&self, ctx: &Context, ev: Either<Left, Right>) -> Option<StopEvent<u32>> {
        let (l, r) = ctx.collect_events::<(Left, Right)>(ev)?;
        Some(StopEvent::new(l.0 * 10 + r.0))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Flow.run(StartEvent::new()).await.unwrap(), 15);
}
