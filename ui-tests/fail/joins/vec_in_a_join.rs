use eventflow::prelude::*;

#[event]
struct Part(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn split(&self, _ev: StartEvent) -> Vec<Part> {
        vec![Part(1)]
    }

    #[step]
    async fn mixed(&self, _start: StartEvent, parts: Vec<Part>) -> StopEvent<usize> {
        StopEvent::new(parts.len())
    }
}

fn main() {}
