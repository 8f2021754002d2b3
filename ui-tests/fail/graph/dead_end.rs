use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Ping;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Pong;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn begin(&self, _ev: StartEvent) -> Either<Ping, StopEvent<()>> {
        Either::Left(Ping)
    }

    // Once here, a run bounces forever: no way leads on to StopEvent.
    #[step]
    async fn ping(&self, _ev: Ping) -> Pong {
        Pong
    }

    #[step]
    async fn pong(&self, _ev: Pong) -> Ping {
        Ping
    }
}

fn main() {}
