use eventflow::prelude::*;

struct Llm;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn generate(&self, #[resource] llm: &Llm, _ev: StartEvent) -> StopEvent<String> {
        let _ = llm;
        StopEvent::new(String::new())
    }
}

fn main() {}
