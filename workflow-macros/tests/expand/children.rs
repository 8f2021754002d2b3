#[workflow]
impl Publisher {
    #[step(children = [Writer, crew::Reviewer])]
    async fn draft(&self, ctx: &Context, ev: StartEvent) -> Result<Draft, WorkflowError> {
        let text: String = ctx.run_child(&self.writer, StartEvent::new()).await?;
        Ok(Draft { text })
    }

    #[step]
    async fn publish(&self, ev: Draft) -> StopEvent<String> {
        StopEvent::new(ev.text)
    }
}
