//! Workflow basics: the cookbook's OpenAIGenerator, one step from start to
//! stop, with the LLM call left out.

use eventflow::prelude::*;

/// Starts, does one thing, and stops.
pub struct TrivialFlow;

#[workflow]
impl TrivialFlow {
    #[step]
    async fn generate(&self, ev: StartEvent) -> Result<StopEvent<String>, WorkflowError> {
        let query: String = ev.get("query")?;
        // The original asks an LLM to complete the query here.
        Ok(StopEvent::new(format!("You asked: {query}")))
    }
}
