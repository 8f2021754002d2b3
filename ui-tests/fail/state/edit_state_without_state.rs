use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn count(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<u32>, WorkflowError> {
        let n = ctx.edit_state(|n: &mut u32| {
            *n += 1;
            *n
        })?;
        Ok(StopEvent::new(n))
    }
}

fn main() {}
