use workflows::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Ping;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Pong;

struct Flow;

#[workflow]
impl Flow {
    // Start leads into a ping-pong loop that never stops ...
    #[step]
    async fn begin(&self, _ev: StartEvent) -> Ping {
        Ping
    }

    #[step]
    async fn ping(&self, _ev: Ping) -> Pong {
        Pong
    }

    #[step]
    async fn pong(&self, _ev: Pong) -> Ping {
        Ping
    }

    // ... and the only step that stops is fed by the loop's own start.
    #[step]
    async fn finish(&self, _ev: Either<Ping, Pong>) -> Option<StopEvent<()>> {
        None
    }
}

fn main() {}
