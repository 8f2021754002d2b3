// Inline unions of two and three, a derived named union, `Option` and
// `Result` around them.
use eventflow::prelude::*;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct A(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct B(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct C(u32);

#[derive(EventSet)]
enum AnyOf {
    A(A),
    B(B),
    C(C),
}

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, ev: StartEvent) -> Result<Either3<A, B, C>, WorkflowError> {
        Ok(match ev.get::<u32>("pick")? {
            0 => Either3::First(A(0)),
            1 => Either3::Second(B(1)),
            _ => Either3::Third(C(2)),
        })
    }

    #[step]
    async fn gather(&self, ev: AnyOf) -> Option<Either<StopEvent<u32>, A>> {
        match ev {
            AnyOf::A(a) if a.0 == 0 => Some(Either::Right(A(10))),
            AnyOf::A(a) => Some(Either::Left(StopEvent::new(a.0))),
            AnyOf::B(b) => Some(Either::Left(StopEvent::new(b.0))),
            AnyOf::C(c) => Some(Either::Left(StopEvent::new(c.0))),
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Flow.run(start! { pick: 0 }).await.unwrap(), 10);
    assert_eq!(Flow.run(start! { pick: 1 }).await.unwrap(), 1);
    assert_eq!(Flow.run(start! { pick: 2 }).await.unwrap(), 2);
}
