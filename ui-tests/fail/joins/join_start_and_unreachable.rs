use eventflow::prelude::*;

#[event]
struct Ping;

#[event]
struct Pong;

struct Flow;

#[workflow]
impl Flow {
    // `ping` and `pong` feed each other, but nothing starts them.
    #[step(allow(unreachable))]
    async fn ping(&self, _ev: Pong) -> Ping {
        Ping
    }

    #[step(allow(unreachable))]
    async fn pong(&self, _ev: Ping) -> Either<Pong, StopEvent<()>> {
        Either::Left(Pong)
    }

    #[step]
    async fn quick(&self, _ev: StartEvent) -> Option<StopEvent<()>> {
        None
    }

    // Fired by the start event and a `Ping`, which no run makes.
    #[step]
    async fn join(&self, _start: StartEvent, _ping: Ping) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
