use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Left;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Right;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }

    // These two feed each other, but nothing leads to them from the start.
    #[step]
    async fn left(&self, _ev: Left) -> Either<Right, StopEvent<()>> {
        Either::Left(Right)
    }

    #[step]
    async fn right(&self, _ev: Right) -> Left {
        Left
    }
}

fn main() {}
