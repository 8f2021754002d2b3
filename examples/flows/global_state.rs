//! Maintaining state between events: the cookbook's GlobalExampleFlow.

use eventflow::prelude::*;
use std::time::Duration;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct QueryEvent {
    pub query: String,
}

/// Loads data into the context store in one step and uses it in the next.
pub struct GlobalExampleFlow;

#[workflow]
impl GlobalExampleFlow {
    #[step]
    async fn setup(&self, ctx: &Context, ev: StartEvent) -> Result<QueryEvent, WorkflowError> {
        // load our data here
        ctx.store
            .set("some_database", ["value1", "value2", "value3"])
            .await?;
        Ok(QueryEvent {
            query: ev.get("query")?,
        })
    }

    #[step]
    async fn query(
        &self,
        ctx: &Context,
        _ev: QueryEvent,
    ) -> Result<StopEvent<String>, WorkflowError> {
        // use our data with our query
        let data: Vec<String> = ctx.store.get("some_database").await?;
        let result = format!("The answer to your query is {}", data[1]);
        Ok(StopEvent::new(result))
    }
}

/// The cookbook section.
pub async fn demo() -> Result<(), WorkflowError> {
    let result = GlobalExampleFlow
        .run(start! { query: "What's LlamaIndex?" })
        .timeout(Duration::from_secs(10))
        .verbose(true)
        .await?;
    println!("{result}");
    Ok(())
}
