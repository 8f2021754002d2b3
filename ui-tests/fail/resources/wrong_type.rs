use eventflow::prelude::*;
use std::sync::Arc;

struct Llm;

#[derive(Default)]
struct Flow {
    resources: Resources,
}

#[workflow(resources = resources)]
impl Flow {
    #[resource]
    fn llm(&self) -> Arc<Llm> {
        Arc::new(Llm)
    }

    #[step]
    async fn generate(&self, #[resource] llm: &Llm, _ev: StartEvent) -> StopEvent<String> {
        let _ = llm;
        StopEvent::new(String::new())
    }
}

fn main() {}
