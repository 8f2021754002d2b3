use eventflow::prelude::*;

struct Opaque(std::time::Instant);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, _ev: StartEvent) -> StopEvent<Opaque> {
        StopEvent::new(Opaque(std::time::Instant::now()))
    }
}

fn main() {}
