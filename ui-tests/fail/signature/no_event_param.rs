use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn only(&self, _ctx: &Context) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
