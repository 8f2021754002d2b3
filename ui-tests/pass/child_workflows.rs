//! A step runs a child workflow with a typed start, and a grandchild
//! through it; results come back typed.
use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Outline(String);

struct Leaf;

#[workflow]
impl Leaf {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<u32> {
        StopEvent::new(1)
    }
}

struct Middle;

#[workflow(start = Outline)]
impl Middle {
    #[step(children = [Leaf])]
    async fn write(&self, ctx: &Context, ev: Outline) -> Result<StopEvent<String>, WorkflowError> {
        let n: u32 = ctx.run_child(&Leaf, StartEvent::new()).await?;
        Ok(StopEvent::new(format!("{} {n}", ev.0)))
    }
}

struct Parent;

#[workflow]
impl Parent {
    #[step(children = [Middle])]
    async fn delegate(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<String>, WorkflowError> {
        let draft: String = ctx.run_child(&Middle, Outline("x".into())).await?;
        Ok(StopEvent::new(draft))
    }
}

fn main() {}
