use eventflow::prelude::*;

#[event]
struct Part(u32);

struct Flow;

#[workflow]
impl Flow {
    // One `Part`, not a `Vec<Part>`: there are no branches to gather.
    #[step]
    async fn one(&self, _ev: StartEvent) -> Part {
        Part(1)
    }

    #[step]
    async fn sum(&self, parts: Vec<Part>) -> StopEvent<u32> {
        StopEvent::new(parts.iter().map(|p| p.0).sum())
    }
}

fn main() {}
