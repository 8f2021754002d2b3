use eventflow::prelude::*;

#[event]
struct Draft {
    text: String,
}

struct Editor;

#[workflow]
impl Editor {
    #[step(children = [Draft])]
    async fn edit(&self, _ev: StartEvent) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
