use eventflow::prelude::*;

struct Writer;

#[workflow]
impl Writer {
    #[step]
    async fn write(&self, _ev: StartEvent) -> StopEvent<String> {
        StopEvent::new("a draft".into())
    }
}

struct Editor {
    writer: Writer,
}

#[workflow]
impl Editor {
    #[step]
    async fn edit(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<String>, WorkflowError> {
        let draft: String = ctx.run_child(&self.writer, StartEvent::new()).await?;
        Ok(StopEvent::new(draft))
    }
}

fn main() {}
