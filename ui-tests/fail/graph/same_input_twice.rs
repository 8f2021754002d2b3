use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Ping;

type Pong = Ping;

#[derive(EventSet)]
enum Twice {
    First(Ping),
    Again(Ping),
}

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, _ev: StartEvent) -> Ping {
        Ping
    }

    #[step]
    async fn either(&self, _ev: Either<Ping, Ping>) -> Option<StopEvent<()>> {
        None
    }

    #[step]
    async fn alias(&self, _ev: Either<Ping, Pong>) -> Option<StopEvent<()>> {
        None
    }

    #[step]
    async fn union(&self, _ev: Twice) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
