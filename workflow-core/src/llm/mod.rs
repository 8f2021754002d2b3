//! LLM calls from steps: a thin helper over
//! [async-openai](https://docs.rs/async-openai) for OpenAI and
//! OpenAI-compatible servers (vLLM, Ollama, llama.cpp, LM Studio).
//! Behind the `llm` feature, on by default.
//!
//! An [`Llm`] completes a prompt, chats with [`Message`]s, streams tokens
//! and calls [`Tool`]s. It is cheap to clone and shared by the runs of a
//! workflow: keep it in the workflow's struct.
//!
//! ```no_run
//! use eventflow_core::llm::{Llm, LlmConfig};
//!
//! # async fn demo() -> Result<(), eventflow_core::llm::LlmError> {
//! // OPENAI_API_KEY, OPENAI_BASE_URL and OPENAI_MODEL, if set:
//! let llm = Llm::from_env()?;
//! let answer = llm.complete("What's LlamaIndex?").await?;
//! // Or a local server:
//! let local = Llm::new(LlmConfig::new().base_url("http://localhost:8000/v1"))?;
//! # Ok(())
//! # }
//! ```
//!
//! Each call is one HTTP request: no retries happen underneath, so a rate
//! limit or a server error reaches the step as an [`LlmError`] with its
//! status, the server's message and its `retry-after`
//! ([`LlmError::is_retryable`], [`LlmError::retry_after`]). Retry on the
//! step instead, where the run keeps the schedule: [`is_retryable`] and
//! [`retry_after`] fit a [`RetryPolicy`](crate::RetryPolicy):
//!
//! ```ignore
//! #[step(retry = RetryPolicy::exponential(Duration::from_millis(500))
//!     .max_attempts(4)
//!     .retry_if(llm::is_retryable)
//!     .delay_from(llm::retry_after))]
//! async fn generate(&self, ev: StartEvent) -> Result<StopEvent<String>, BoxError> { .. }
//! ```

mod config;
mod error;
mod message;
mod stream;
mod transport;

use std::time::Duration;

use async_openai::config::OpenAIConfig;
use async_openai::types::chat::CreateChatCompletionRequest;
use async_openai::Client;

pub use config::{LlmConfig, DEFAULT_BASE_URL, DEFAULT_MODEL, DEFAULT_TIMEOUT};
pub use error::LlmError;
pub use message::{ChatResponse, FinishReason, Message, Tool, ToolCall};
pub use stream::{Delta, ReplyStream};

use transport::Transport;

use crate::retry::StepError;

/// Whether a step's error is an [`LlmError`] that trying again may cure
/// ([`LlmError::is_retryable`]): a retry condition,
/// `RetryPolicy::..retry_if(llm::is_retryable)`.
pub fn is_retryable(error: &StepError) -> bool {
    error
        .downcast_ref::<LlmError>()
        .is_some_and(LlmError::is_retryable)
}

/// How long the server asked to wait, if a step's error is an
/// [`LlmError`] with a `retry-after` ([`LlmError::retry_after`]): a delay
/// hint, `RetryPolicy::..delay_from(llm::retry_after)`.
pub fn retry_after(error: &StepError) -> Option<Duration> {
    error
        .downcast_ref::<LlmError>()
        .and_then(LlmError::retry_after)
}

/// A client for one model on one OpenAI-compatible endpoint.
#[derive(Clone)]
pub struct Llm {
    client: Client<OpenAIConfig>,
    model: String,
    endpoint: String,
    timeout: Option<Duration>,
}

impl Llm {
    /// A client with these settings.
    pub fn new(config: LlmConfig) -> Result<Self, LlmError> {
        config.validate()?;
        let http = transport::http_client(config.timeout)?;
        let mut openai = OpenAIConfig::new().with_api_base(&config.base_url);
        openai = openai.with_api_key(config.api_key.clone().unwrap_or_default());
        let client = Client::build(http.clone(), openai).with_http_service(Transport::new(http));
        Ok(Llm {
            client,
            endpoint: format!("{}/chat/completions", config.base_url),
            model: config.model,
            timeout: config.timeout,
        })
    }

    /// A client with the settings in the environment; see
    /// [`LlmConfig::from_env`].
    pub fn from_env() -> Result<Self, LlmError> {
        Self::new(LlmConfig::from_env()?)
    }

    /// The model it asks for.
    pub fn model(&self) -> &str {
        &self.model
    }

    /// The chat completions URL it calls.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// The async-openai (0.43) client underneath, for the parts of the API
    /// this helper does not cover. It sends each request once, as this
    /// helper does. (async-openai is not re-exported: its public tree would
    /// make rustc spell `String` as `std::string::String` in every error
    /// about a workflow.)
    pub fn client(&self) -> &Client<OpenAIConfig> {
        &self.client
    }

    /// The model's answer to one prompt, as text.
    pub async fn complete(&self, prompt: &str) -> Result<String, LlmError> {
        let response = self.chat(&[Message::user(prompt)]).await?;
        response.content.ok_or_else(|| LlmError::InvalidReply {
            endpoint: self.endpoint.clone(),
            reason: "the answer has no text".to_owned(),
        })
    }

    /// The model's answer to a conversation.
    pub async fn chat(&self, messages: &[Message]) -> Result<ChatResponse, LlmError> {
        self.chat_with_tools(messages, &[]).await
    }

    /// The model's answer to a conversation in which it may call `tools`:
    /// text, or [`ToolCall`]s to run and answer with
    /// [`Message::tool_result`].
    pub async fn chat_with_tools(
        &self,
        messages: &[Message],
        tools: &[Tool],
    ) -> Result<ChatResponse, LlmError> {
        let request = self.request(messages, tools, false);
        let response = self
            .client
            .chat()
            .create(request)
            .await
            .map_err(|e| self.error(e))?;
        let choice = response
            .choices
            .into_iter()
            .next()
            .ok_or_else(|| LlmError::InvalidReply {
                endpoint: self.endpoint.clone(),
                reason: "the reply has no choices".to_owned(),
            })?;
        Ok(ChatResponse::from_choice(choice))
    }

    /// The model's answer to one prompt, streamed: [`Delta::Token`]s as
    /// they arrive.
    pub async fn stream_complete(&self, prompt: &str) -> Result<ReplyStream, LlmError> {
        self.stream_chat(&[Message::user(prompt)], &[]).await
    }

    /// The model's answer to a conversation, streamed: [`Delta::Token`]s as
    /// they arrive, and [`Delta::ToolCall`]s, whole, when the model is
    /// done. An HTTP error is returned here, before any token.
    pub async fn stream_chat(
        &self,
        messages: &[Message],
        tools: &[Tool],
    ) -> Result<ReplyStream, LlmError> {
        let request = self.request(messages, tools, true);
        let inner = self
            .client
            .chat()
            .create_stream(request)
            .await
            .map_err(|e| self.error(e))?;
        Ok(ReplyStream::new(inner, self.endpoint.clone(), self.timeout))
    }

    fn request(
        &self,
        messages: &[Message],
        tools: &[Tool],
        stream: bool,
    ) -> CreateChatCompletionRequest {
        CreateChatCompletionRequest {
            model: self.model.clone(),
            messages: messages.iter().map(Message::to_wire).collect(),
            tools: (!tools.is_empty()).then(|| tools.iter().map(Tool::to_wire).collect()),
            stream: Some(stream),
            ..Default::default()
        }
    }

    fn error(&self, e: async_openai::error::OpenAIError) -> LlmError {
        LlmError::from_openai(e, &self.endpoint, self.timeout)
    }
}

impl std::fmt::Debug for Llm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Llm")
            .field("model", &self.model)
            .field("endpoint", &self.endpoint)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}
