//! A function-calling agent loop as a workflow, with two tools.
//!
//! `cargo run --example agent` runs against the shipped OpenAI-compatible
//! server, scripted to call the tools as a model would (offline); with
//! `OPENAI_API_KEY` set, a real model decides (OpenAI, or
//! `OPENAI_BASE_URL` with `OPENAI_MODEL`). The trace shows each step.

#[path = "flows/agent.rs"]
mod agent;
#[path = "flows/llm_backend.rs"]
mod llm_backend;

use std::time::Duration;

use eventflow::prelude::*;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let backend = llm_backend::connect(agent::offline).await?;
    let agent = agent::Agent::new(backend.llm.clone());
    let answer = agent
        .run(start! { query: agent::QUESTION })
        .timeout(Duration::from_secs(120))
        .verbose(true)
        .await?;
    println!("{answer}");
    Ok(())
}
