// Generated code reaches the runtime through the path given with
// `crate = ".."`, for a renamed or re-exported dependency.
extern crate eventflow as engine;

mod reexport {
    pub use ::eventflow as wf;
}

use engine::prelude::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, engine::Event)]
#[event(crate = "reexport::wf")]
struct Ping(u8);

struct Flow;

#[engine::workflow(crate = "reexport::wf")]
impl Flow {
    #[engine::step]
    async fn start(&self, _ev: engine::StartEvent) -> Ping {
        Ping(4)
    }

    #[engine::step(workers = 1)]
    async fn stop(&self, ev: Ping) -> engine::StopEvent<u8> {
        engine::StopEvent::new(ev.0)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    use engine::Workflow;
    assert_eq!(Flow.run(engine::StartEvent::new()).await.unwrap(), 4);
}
