//! [`LlmError`]: why an LLM call failed, with what a retry policy needs to
//! decide (the HTTP status, `retry-after`, whether it is worth retrying).

use std::error::Error as StdError;
use std::fmt::Write as _;
use std::time::Duration;

use async_openai::error::{OpenAIError, WrappedError};

use super::transport::StatusFailure;

/// Why an LLM call failed.
///
/// A step that returns it with `?` fails its run as
/// [`WorkflowError::StepFailed`](crate::WorkflowError::StepFailed), whose
/// message names the step and this error (for an HTTP error: the endpoint,
/// the status and the server's message). The error stays reachable as the
/// failure's `source`, for code that decides whether to try again:
///
/// ```
/// # use eventflow_core::{llm::LlmError, WorkflowError};
/// fn worth_retrying(e: &WorkflowError) -> bool {
///     match e {
///         WorkflowError::StepFailed { source, .. } => source
///             .downcast_ref::<LlmError>()
///             .is_some_and(LlmError::is_retryable),
///         _ => false,
///     }
/// }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LlmError {
    /// The server answered with an HTTP error status.
    #[error("{endpoint} answered {}: {message}{}", status_text(*status), hint(*status, code.as_deref(), *retry_after))]
    Http {
        /// The URL called.
        endpoint: String,
        /// The HTTP status.
        status: u16,
        /// The server's message (the `error.message` of an OpenAI-style
        /// body, else the body's text).
        message: String,
        /// The error's `type`, if the body had one (`invalid_request_error`,
        /// `server_error`, ...).
        kind: Option<String>,
        /// The error's `code`, if the body had one (`invalid_api_key`,
        /// `rate_limit_exceeded`, `insufficient_quota`, ...).
        code: Option<String>,
        /// How long the server asked to wait before trying again
        /// (`retry-after-ms` or `retry-after` in seconds).
        retry_after: Option<Duration>,
    },

    /// The server could not be reached.
    #[error("could not connect to {endpoint}: {reason}; is the server running, and is the base URL (OPENAI_BASE_URL) right?")]
    Connect {
        /// The URL called.
        endpoint: String,
        /// What the connection attempt said.
        reason: String,
    },

    /// The server sent nothing for longer than the configured timeout.
    #[error("{endpoint} sent nothing for {}; raise LlmConfig::timeout if the model needs longer", after.map_or_else(|| "too long".to_owned(), |d| format!("{d:?}")))]
    Timeout {
        /// The URL called.
        endpoint: String,
        /// The timeout that passed.
        after: Option<Duration>,
    },

    /// The connection broke before the reply was complete: the server went
    /// away mid-response or mid-stream.
    #[error("the connection to {endpoint} broke before the reply was complete: {reason}")]
    Interrupted {
        /// The URL called.
        endpoint: String,
        /// What broke.
        reason: String,
    },

    /// The server answered something that is not a chat completion.
    #[error("{endpoint} sent a reply that is not a chat completion: {reason}")]
    InvalidReply {
        /// The URL called.
        endpoint: String,
        /// What is wrong with it.
        reason: String,
    },

    /// The settings cannot work (a base URL that is not a URL, a key that
    /// cannot be sent).
    #[error("invalid LLM settings: {0}")]
    Config(String),

    /// The request could not be built from what was given.
    #[error("invalid LLM request: {0}")]
    InvalidRequest(String),

    /// A tool call's arguments do not fit the type asked for.
    #[error("the arguments of the call to tool `{tool}` ({call_id}) do not fit: {reason}; they were {arguments}")]
    ToolArguments {
        /// The tool's name.
        tool: String,
        /// The call's id.
        call_id: String,
        /// The arguments as the model wrote them.
        arguments: String,
        /// Why they do not fit.
        reason: String,
    },
}

fn status_text(status: u16) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason());
    match reason {
        Some(reason) => format!("HTTP {status} {reason}"),
        None => format!("HTTP {status}"),
    }
}

fn hint(status: u16, code: Option<&str>, retry_after: Option<Duration>) -> String {
    let mut hint = String::new();
    match (status, code) {
        (401, _) => hint.push_str(" (set OPENAI_API_KEY, or give the key with LlmConfig::api_key)"),
        (404, Some("model_not_found")) => {
            hint.push_str(" (choose another model with OPENAI_MODEL or LlmConfig::model)")
        }
        _ => {}
    }
    if let Some(after) = retry_after {
        let _ = write!(hint, " (retry after {after:?})");
    }
    hint
}

impl LlmError {
    /// The HTTP status, for an [`LlmError::Http`].
    pub fn status(&self) -> Option<u16> {
        match self {
            LlmError::Http { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// How long the server asked to wait before trying again, if it said.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            LlmError::Http { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Whether trying again may succeed: a rate limit (429, but not an
    /// exhausted quota), a timeout or conflict (408, 409), a server error
    /// (5xx), a refused or broken connection, or a timeout. Not: a wrong
    /// key, a bad request, an unknown model, bad settings.
    pub fn is_retryable(&self) -> bool {
        match self {
            LlmError::Http { status, code, .. } => match status {
                429 => code.as_deref() != Some("insufficient_quota"),
                408 | 409 => true,
                s => *s >= 500,
            },
            LlmError::Connect { .. } | LlmError::Timeout { .. } | LlmError::Interrupted { .. } => {
                true
            }
            LlmError::InvalidReply { .. }
            | LlmError::Config(_)
            | LlmError::InvalidRequest(_)
            | LlmError::ToolArguments { .. } => false,
        }
    }

    /// The error of a call to `endpoint` that failed in async-openai.
    pub(crate) fn from_openai(e: OpenAIError, endpoint: &str, timeout: Option<Duration>) -> Self {
        let endpoint = endpoint.to_owned();
        match e {
            OpenAIError::Boxed(boxed) => match boxed.downcast::<StatusFailure>() {
                Ok(failure) => Self::from_status(endpoint, *failure),
                Err(other) => LlmError::InvalidReply {
                    endpoint,
                    reason: chain(&*other),
                },
            },
            OpenAIError::Reqwest(e) => Self::from_reqwest(&e, endpoint, timeout),
            OpenAIError::ApiError(api) => LlmError::Http {
                endpoint,
                status: api.status_code.as_u16(),
                message: api.api_error.message,
                kind: api.api_error.r#type,
                code: api.api_error.code,
                retry_after: None,
            },
            OpenAIError::JSONDeserialize(e, content) => LlmError::InvalidReply {
                endpoint,
                reason: format!("{e} in {}", excerpt(&content)),
            },
            // The event stream failed: its bytes stopped coming.
            OpenAIError::StreamError(e) => LlmError::Interrupted {
                endpoint,
                reason: e.to_string(),
            },
            OpenAIError::InvalidArgument(message) => LlmError::InvalidRequest(message),
            other => LlmError::InvalidReply {
                endpoint,
                reason: chain(&other),
            },
        }
    }

    fn from_reqwest(e: &reqwest::Error, endpoint: String, timeout: Option<Duration>) -> Self {
        if e.is_timeout() {
            LlmError::Timeout {
                endpoint,
                after: timeout,
            }
        } else if e.is_connect() {
            LlmError::Connect {
                endpoint,
                reason: sources(e),
            }
        } else {
            LlmError::Interrupted {
                endpoint,
                reason: chain(e),
            }
        }
    }

    fn from_status(endpoint: String, failure: StatusFailure) -> Self {
        let StatusFailure {
            status,
            retry_after,
            body,
        } = failure;
        match serde_json::from_str::<WrappedError>(&body) {
            Ok(WrappedError { error }) => LlmError::Http {
                endpoint,
                status,
                message: error.message,
                kind: error.r#type,
                code: error.code,
                retry_after,
            },
            Err(_) => LlmError::Http {
                endpoint,
                status,
                message: if body.trim().is_empty() {
                    "the body was empty".to_owned()
                } else {
                    excerpt(body.trim())
                },
                kind: None,
                code: None,
                retry_after,
            },
        }
    }
}

/// An error and its causes, `: `-joined.
fn chain(e: &(dyn StdError + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            let _ = write!(text, ": {s_text}");
        }
        source = s.source();
    }
    text
}

/// The causes of an error, without its own message (reqwest's says only
/// "error sending request for url (..)", which the endpoint already tells).
fn sources(e: &(dyn StdError + 'static)) -> String {
    match e.source() {
        Some(s) => chain(s),
        None => e.to_string(),
    }
}

/// At most 300 characters of a body, for a message.
fn excerpt(text: &str) -> String {
    const MAX: usize = 300;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(status: u16, body: &str, retry_after: Option<u64>) -> LlmError {
        LlmError::from_status(
            "http://x/v1/chat/completions".into(),
            StatusFailure {
                status,
                retry_after: retry_after.map(Duration::from_secs),
                body: body.into(),
            },
        )
    }

    #[test]
    fn an_openai_error_body_gives_the_message_type_and_code() {
        let e = failure(
            429,
            r#"{"error": {"message": "Rate limit reached.", "type": "requests", "param": null, "code": "rate_limit_exceeded"}}"#,
            Some(2),
        );
        assert_eq!(
            e.to_string(),
            "http://x/v1/chat/completions answered HTTP 429 Too Many Requests: Rate limit reached. (retry after 2s)"
        );
        assert_eq!(e.status(), Some(429));
        assert_eq!(e.retry_after(), Some(Duration::from_secs(2)));
        assert!(e.is_retryable());
        let LlmError::Http { kind, code, .. } = &e else {
            panic!("{e:?}")
        };
        assert_eq!(
            (kind.as_deref(), code.as_deref()),
            (Some("requests"), Some("rate_limit_exceeded"))
        );
    }

    #[test]
    fn any_other_body_is_the_message() {
        let e = failure(502, "<html>Bad Gateway</html>\n", None);
        assert_eq!(
            e.to_string(),
            "http://x/v1/chat/completions answered HTTP 502 Bad Gateway: <html>Bad Gateway</html>"
        );
        assert!(e.is_retryable());
        let e = failure(503, "", None);
        assert!(e.to_string().ends_with(": the body was empty"));
        let long = "x".repeat(1000);
        let LlmError::Http { message, .. } = failure(500, &long, None) else {
            unreachable!()
        };
        assert_eq!(message.chars().count(), 301);
    }

    #[test]
    fn what_is_worth_retrying() {
        let quota = failure(
            429,
            r#"{"error": {"message": "You exceeded your current quota.", "type": "insufficient_quota", "code": "insufficient_quota"}}"#,
            None,
        );
        assert!(!quota.is_retryable());
        let key = failure(
            401,
            r#"{"error": {"message": "Incorrect API key provided: sk-***.", "type": "invalid_request_error", "code": "invalid_api_key"}}"#,
            None,
        );
        assert!(!key.is_retryable());
        assert!(key
            .to_string()
            .ends_with("(set OPENAI_API_KEY, or give the key with LlmConfig::api_key)"));
        assert!(!failure(400, "{}", None).is_retryable());
        assert!(failure(408, "", None).is_retryable());
        assert!(LlmError::Interrupted {
            endpoint: String::new(),
            reason: String::new()
        }
        .is_retryable());
        assert!(!LlmError::Config(String::new()).is_retryable());
    }
}
