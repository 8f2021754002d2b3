#[workflow]
impl Flow {
    #[step]
    async fn first(&self, ev: StartEvent) -> Result<Query, WorkflowError> {
        Ok(Query(ev.get("q")?))
    }

    #[step]
    async fn second(&self, ev: Query) -> StopEvent<String> {
        StopEvent::new(ev.0.to_uppercase())
    }
}
