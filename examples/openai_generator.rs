//! The cookbook's OpenAIGenerator: one step calling an LLM.
//!
//! `cargo run --example openai_generator` answers offline from the shipped
//! OpenAI-compatible server; with `OPENAI_API_KEY` set it asks OpenAI (or
//! the server at `OPENAI_BASE_URL`, with `OPENAI_MODEL`).

#[path = "flows/llm_backend.rs"]
mod llm_backend;
#[path = "flows/openai_generator.rs"]
mod openai_generator;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    openai_generator::demo().await
}
