use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, _ev: StartEvent) -> String {
        "done".into()
    }
}

fn main() {}
