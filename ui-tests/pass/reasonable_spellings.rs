#![deny(warnings)]
// What a user reasonably writes: the context through an alias, `self: &Self`,
// a raw identifier as a start key, the `step` attribute imported by name.
use eventflow::prelude::*;
use eventflow::step;
use eventflow::Context as Ctx;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn only(self: &Self, ctx: &Ctx, ev: StartEvent) -> Result<StopEvent<String>, WorkflowError> {
        ctx.store.set("seen", true).await?;
        ev.get("type")
            .map(StopEvent::new)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let kind = Flow.run(start! { r#type: "raw" }).await.unwrap();
    assert_eq!(kind, "raw");
}
