use workflows::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct QueryEvent {
    query: String,
}

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn setup(&self, ctx: &Context, ev: StartEvent) -> Result<QueryEvent, WorkflowError> {
        ctx.store.set("k", 1).await?;
        Ok(QueryEvent { query: ev.get("query")? })
    }

    #[step]
    async fn query(&self, ev: QueryEvent) -> StopEvent<String> {
        StopEvent::new(ev.query)
    }
}

fn main() {
    let _ = Flow.run(start! { query: "q" });
}
