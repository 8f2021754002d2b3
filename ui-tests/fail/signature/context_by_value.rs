use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn only(&self, ctx: Context, _ev: StartEvent) -> StopEvent<()> {
        let _ = ctx;
        StopEvent::new(())
    }
}

fn main() {}
