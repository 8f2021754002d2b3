//! Waiting for data across runs: the cookbook's WaitExampleFlow.
//!
//! Both steps take the start event. A run with `data` stores it; a run
//! with `query` answers only once data is there. The three runs share one
//! [`Context`], so the data stored by the second run is seen by the third.

use eventflow::prelude::*;

/// Stores data from one run for a query in a later run.
pub struct WaitExampleFlow;

#[workflow]
impl WaitExampleFlow {
    #[step]
    async fn setup(
        &self,
        ctx: &Context,
        ev: StartEvent,
    ) -> Result<StopEvent<Option<String>>, WorkflowError> {
        if ev.has("data") {
            let data: String = ev.get("data")?;
            ctx.store.set("data", data).await?;
        }
        Ok(StopEvent::new(None))
    }

    #[step]
    async fn query(
        &self,
        ctx: &Context,
        ev: StartEvent,
    ) -> Result<Option<StopEvent<Option<String>>>, WorkflowError> {
        if !ev.has("query") {
            // this isn't a query
            return Ok(None);
        }
        // do we have any data?
        if !ctx.store.contains("data").await {
            // there's no data yet
            return Ok(None);
        }
        let data: String = ctx.store.get("data").await?;
        Ok(Some(StopEvent::new(Some(format!("Got the data {data}")))))
    }
}

/// The cookbook section: three verbose runs on one context.
pub async fn demo() -> Result<(), WorkflowError> {
    let w = WaitExampleFlow;
    let ctx = Context::new();
    let result = w
        .run(start! { query: "Can I kick it?" })
        .context(&ctx)
        .verbose(true)
        .await?;
    if result.is_none() {
        println!("No you can't");
    }
    println!("---");
    w.run(start! { data: "Yes you can" })
        .context(&ctx)
        .verbose(true)
        .await?;
    println!("---");
    let result = w
        .run(start! { query: "Can I kick it?" })
        .context(&ctx)
        .verbose(true)
        .await?;
    println!("{}", result.as_deref().unwrap_or("None"));
    Ok(())
}
