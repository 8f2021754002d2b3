use eventflow::prelude::*;

struct Writer;

#[workflow]
impl Writer {
    #[step]
    async fn write(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

struct Reviewer;

#[workflow]
impl Reviewer {
    #[step]
    async fn review(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

struct Editor;

#[workflow]
impl Editor {
    #[step(children = [Writer], children = [Reviewer])]
    async fn edit(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
