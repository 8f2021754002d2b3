use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn ask(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<String>, WorkflowError> {
        let answer: HumanResponseEvent = ctx.wait_for_event().await?;
        Ok(StopEvent::new(answer.response))
    }
}

fn main() {}
