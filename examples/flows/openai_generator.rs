//! Workflow basics: the cookbook's OpenAIGenerator, one step that asks an
//! LLM and stops with its answer.

use std::time::Duration;

use eventflow::llm::Llm;
use eventflow::prelude::*;
use eventflow::BoxError;
use eventflow_openai_server::{Reply, ServerBuilder};

use crate::llm_backend;

/// The answer the cookbook prints, which the shipped server gives offline.
pub const SEED_ANSWER: &str = "LlamaIndex, formerly known as GPT Index, is a data framework designed to facilitate the connection between large language models (LLMs) and external data sources. It provides tools to index various data types, such as documents, databases, and APIs, enabling LLMs to interact with and retrieve information from these sources more effectively. The framework supports the creation of indices that can be queried by LLMs, enhancing their ability to access and utilize external data in a structured manner. This capability is particularly useful for applications requiring the integration of LLMs with specific datasets or knowledge bases.";

/// Starts, asks the LLM once, stops.
pub struct OpenAIGenerator {
    llm: Llm,
}

impl OpenAIGenerator {
    pub fn new(llm: Llm) -> Self {
        OpenAIGenerator { llm }
    }
}

#[workflow]
impl OpenAIGenerator {
    #[step]
    async fn generate(&self, ev: StartEvent) -> Result<StopEvent<String>, BoxError> {
        let query: String = ev.get("query")?;
        let response = self.llm.complete(&query).await?;
        Ok(StopEvent::new(response))
    }
}

/// What the shipped server answers offline: the cookbook's answer.
pub fn offline(server: ServerBuilder) -> ServerBuilder {
    server.on_prompt("What's LlamaIndex?", Reply::text(SEED_ANSWER))
}

/// The cookbook section: one run, then its result.
pub async fn demo() -> Result<(), Box<dyn std::error::Error>> {
    let backend = llm_backend::connect(offline).await?;
    let flow = OpenAIGenerator::new(backend.llm.clone());
    // The cookbook's timeout is 10 s; a real endpoint may take longer.
    let result = flow
        .run(start! { query: "What's LlamaIndex?" })
        .timeout(Duration::from_secs(60))
        .await?;
    println!("{result}");
    Ok(())
}
