use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step(spawn, blocking)]
    fn crunch(&self, _ev: StartEvent) -> StopEvent<u64> {
        StopEvent::new(42)
    }
}

fn main() {}
