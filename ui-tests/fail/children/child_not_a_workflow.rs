use eventflow::prelude::*;

struct NotAFlow;

struct Parent {
    child: NotAFlow,
}

#[workflow]
impl Parent {
    #[step(children = [NotAFlow])]
    async fn delegate(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<()>, WorkflowError> {
        ctx.run_child(&self.child, StartEvent::new()).await?;
        Ok(StopEvent::new(()))
    }
}

fn main() {}
