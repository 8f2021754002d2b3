#[workflow]
impl Fetcher {
    #[step(retry = RetryPolicy::exponential(Duration::from_millis(100)).max_attempts(4), timeout = Duration::from_secs(5))]
    async fn fetch(&self, ctx: &Context, ev: StartEvent) -> Result<Page, BoxError> {
        todo!()
    }

    #[step(blocking)]
    fn digest(&self, ev: Page) -> StopEvent<u64> {
        todo!()
    }

    #[step(spawn, workers = 8)]
    async fn notify(&self, ctx: &Context, ev: Page) -> Option<StopEvent<u64>> {
        todo!()
    }

    #[step(catch = [fetch], recoveries = 2)]
    async fn fall_back(&self, failed: StepFailed) -> Page {
        todo!()
    }
}
