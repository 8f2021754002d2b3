#[workflow(crate = "my::wf")]
impl Tiny {
    #[step]
    async fn only(&self, ev: StartEvent) -> StopEvent<()> {
        todo!()
    }
}
