use eventflow::prelude::*;

struct Editor;

#[workflow]
impl Editor {
    #[step(children = [])]
    async fn edit(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
