#[workflow]
impl FanOut {
    #[step(emits = [Work])]
    async fn dispatch(&self, ctx: &Context, ev: StartEvent) -> Result<Option<Done>, WorkflowError> {
        todo!()
    }

    #[step(workers = 8)]
    async fn worker(&self, ev: Work) -> Done {
        todo!()
    }

    #[step]
    async fn collect(&self, ctx: &Context, ev: Done) -> Option<StopEvent<u64>> {
        todo!()
    }
}
