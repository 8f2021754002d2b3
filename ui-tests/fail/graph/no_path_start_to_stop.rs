use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Ping;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Pong;

struct Flow;

// The start event leads into a ping-pong loop; the only step that stops
// the run is fed by a second loop that nothing starts.
#[workflow]
impl Flow {
    #[step]
    async fn begin(&self, _ev: StartEvent) -> Ping {
        Ping
    }

    #[step]
    async fn ping(&self, _ev: Ping) -> Ping {
        Ping
    }

    #[step]
    async fn echo(&self, _ev: Pong) -> Pong {
        Pong
    }

    #[step]
    async fn finish(&self, _ev: Pong) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
