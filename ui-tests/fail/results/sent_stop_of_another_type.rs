use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step(emits = [StopEvent<u8>])]
    async fn early(&self, ctx: &Context, ev: StartEvent) -> Option<StopEvent<String>> {
        if ev.has("now") {
            ctx.send_event(StopEvent::new(1u8));
            return None;
        }
        Some(StopEvent::new("done".to_owned()))
    }
}

fn main() {}
