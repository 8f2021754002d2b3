use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn only(&self, _ev: StartEvent) {}
}

fn main() {}
