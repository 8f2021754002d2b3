use eventflow::prelude::*;

#[derive(Serialize, Deserialize)]
struct Counts {
    seen: u32,
}

struct Flow;

#[workflow(state = Counts)]
impl Flow {
    #[step]
    async fn count(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<u32>, WorkflowError> {
        let seen = ctx.edit_state(|s| {
            s.seen += 1;
            s.seen
        })?;
        Ok(StopEvent::new(seen))
    }
}

fn main() {}
