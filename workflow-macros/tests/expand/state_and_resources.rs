#[workflow(state = Counts, resources = cache)]
impl Summarize {
    #[resource]
    async fn llm(&self) -> Result<Llm, LlmError> {
        todo!()
    }

    #[resource(per_call)]
    fn request_id(&self) -> RequestId {
        todo!()
    }

    #[step]
    async fn summarize(&self, #[resource] llm: &Llm, ctx: &Context, ev: StartEvent, #[resource] id: &RequestId) -> StopEvent<String> {
        todo!()
    }
}
