//! Where the LLM examples send their requests: with `OPENAI_API_KEY` set,
//! to the endpoint the environment names (`OPENAI_BASE_URL`, default
//! OpenAI; `OPENAI_MODEL`, default gpt-4o); without it, to the project's
//! own OpenAI-compatible server, started in-process on a free loopback port
//! and scripted by the example.

use eventflow::llm::{Llm, LlmConfig};
use eventflow_openai_server::{Server, ServerBuilder};

/// The LLM to call, and the offline server behind it, if one was started
/// (it serves as long as this value lives).
pub struct Backend {
    pub llm: Llm,
    _server: Option<Server>,
}

/// Connect to the endpoint in the environment, or start the shipped server
/// with `script` applied and say so in one line on stderr.
pub async fn connect(
    script: impl FnOnce(ServerBuilder) -> ServerBuilder,
) -> Result<Backend, Box<dyn std::error::Error>> {
    let key_set = std::env::var("OPENAI_API_KEY").is_ok_and(|key| !key.trim().is_empty());
    if key_set {
        return Ok(Backend {
            llm: Llm::from_env()?,
            _server: None,
        });
    }
    let server = script(Server::builder()).start().await?;
    eprintln!(
        "OPENAI_API_KEY is not set: answering from the shipped OpenAI-compatible server at {} (offline)",
        server.base_url()
    );
    let llm = Llm::new(LlmConfig::new().base_url(server.base_url()))?;
    Ok(Backend {
        llm,
        _server: Some(server),
    })
}
