use eventflow::prelude::*;

#[event]
struct Part(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn one(&self, _ev: StartEvent) -> Part {
        Part(1)
    }

    #[step]
    async fn both(&self, a: Part, b: Part) -> StopEvent<u32> {
        StopEvent::new(a.0 + b.0)
    }
}

fn main() {}
