#[workflow]
impl LoopExampleFlow {
    #[step]
    async fn answer_query(&self, ev: Either<StartEvent, QueryEvent>) -> Either<FailedEvent, StopEvent<String>> {
        todo!()
    }

    #[step]
    async fn improve_query(&self, ev: FailedEvent) -> Either<QueryEvent, StopEvent<String>> {
        todo!()
    }

    fn helper(&self) {}
}
