use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Outline(String);

struct Child;

#[workflow(start = Outline)]
impl Child {
    #[step]
    async fn write(&self, ev: Outline) -> StopEvent<String> {
        StopEvent::new(ev.0)
    }
}

struct Parent;

#[workflow]
impl Parent {
    #[step(children = [Child])]
    async fn delegate(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<String>, WorkflowError> {
        let draft = ctx.run_child(&Child, StartEvent::new()).await?;
        Ok(StopEvent::new(draft))
    }
}

fn main() {}
