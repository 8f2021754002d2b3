use eventflow::prelude::*;
use std::time::Instant;

#[derive(Default)]
struct Timing {
    started: Option<Instant>,
}

struct Flow;

#[workflow(state = Timing)]
impl Flow {
    #[step]
    async fn time(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<()>, WorkflowError> {
        ctx.edit_state(|t| t.started = Some(Instant::now()))?;
        Ok(StopEvent::new(()))
    }
}

fn main() {}
