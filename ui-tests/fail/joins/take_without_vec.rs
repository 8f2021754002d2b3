use eventflow::prelude::*;

#[event]
struct Part(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn split(&self, _ev: StartEvent) -> Vec<Part> {
        vec![Part(1), Part(2)]
    }

    #[step(take = 2)]
    async fn first(&self, part: Part) -> StopEvent<u32> {
        StopEvent::new(part.0)
    }
}

fn main() {}
