//! What the server answers: scripted [`Reply`]s, chosen from a queue, then
//! rules on the request, then a fallback.
//!
//! Every reply is deterministic: the same script and the same requests give
//! the same answers, chunk for chunk.

use std::collections::VecDeque;
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::Notify;

use crate::request::ChatRequest;

/// One scripted answer to a chat completions request.
///
/// Build it with [`Reply::text`], [`Reply::tool_call`], the error
/// constructors, [`Reply::drop_after`] or [`Reply::hang`]; pace a streamed
/// reply with [`Reply::chunk_delay`] and [`Reply::hold_after`]. As JSON (a
/// script file) it is `{"text": "..."}`, `{"tool_calls": [{"name": "..",
/// "arguments": {..}}]}`, `{"error": {"status": 500, "message": ".."}}`,
/// `{"drop_after": {"text": "..", "chunks": 3}}` or `{"hang": null}`, with
/// an optional `"chunk_delay_ms"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// What to answer.
    #[serde(flatten)]
    pub body: ReplyBody,
    /// Pause between two streamed chunks, in milliseconds.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub chunk_delay_ms: u64,
    /// Stop a streamed reply after this many content chunks until the gate
    /// opens.
    #[serde(skip)]
    pub hold: Option<(usize, Gate)>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// What a [`Reply`] answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplyBody {
    /// An assistant message with this text (`finish_reason: "stop"`).
    /// Streamed, it comes one word (with its leading space) per chunk.
    Text(String),
    /// An assistant message calling these tools
    /// (`finish_reason: "tool_calls"`). Streamed, each call's arguments
    /// come in several chunks, as the real API sends them.
    ToolCalls(Vec<ToolCallReply>),
    /// An HTTP error with the real API's error body.
    Error(ErrorReply),
    /// Start answering, then cut the connection: streamed, after `chunks`
    /// chunks of `text`; not streamed, before the response is complete.
    DropAfter {
        /// The text the reply would have had.
        text: String,
        /// How many content chunks go out before the cut.
        chunks: usize,
    },
    /// Never answer. The request waits until the client gives up or the
    /// server shuts down.
    Hang,
}

/// A tool call in a scripted reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolCallReply {
    /// The function to call.
    pub name: String,
    /// Its arguments (sent as JSON text, as the real API does).
    pub arguments: Value,
}

/// A scripted HTTP error, answered with the real API's body
/// `{"error": {"message", "type", "param", "code"}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorReply {
    /// The HTTP status.
    pub status: u16,
    /// The error's `message`.
    pub message: String,
    /// The error's `type`.
    #[serde(default = "server_error_type")]
    pub r#type: String,
    /// The error's `code`.
    #[serde(default)]
    pub code: Option<String>,
    /// Seconds to send in a `retry-after` header (with the
    /// `x-ratelimit-*` headers, for a 429).
    #[serde(default)]
    pub retry_after: Option<u64>,
}

fn server_error_type() -> String {
    "server_error".to_owned()
}

impl Reply {
    fn of(body: ReplyBody) -> Self {
        Reply {
            body,
            chunk_delay_ms: 0,
            hold: None,
        }
    }

    /// Answer with this text.
    pub fn text(text: impl Into<String>) -> Self {
        Self::of(ReplyBody::Text(text.into()))
    }

    /// Answer by calling one tool with these arguments (a JSON object).
    pub fn tool_call(name: impl Into<String>, arguments: Value) -> Self {
        Self::tool_calls([(name, arguments)])
    }

    /// Answer by calling several tools at once (parallel tool calls).
    pub fn tool_calls<N: Into<String>>(calls: impl IntoIterator<Item = (N, Value)>) -> Self {
        Self::of(ReplyBody::ToolCalls(
            calls
                .into_iter()
                .map(|(name, arguments)| ToolCallReply {
                    name: name.into(),
                    arguments,
                })
                .collect(),
        ))
    }

    /// Answer with an HTTP error: `status`, and a body with this message,
    /// `type` and `code`.
    pub fn error(
        status: u16,
        r#type: &str,
        code: Option<&str>,
        message: impl Into<String>,
    ) -> Self {
        Self::of(ReplyBody::Error(ErrorReply {
            status,
            message: message.into(),
            r#type: r#type.to_owned(),
            code: code.map(str::to_owned),
            retry_after: None,
        }))
    }

    /// `429 Too Many Requests` with `retry-after: seconds`, worded as the
    /// real API's requests-per-minute limit.
    pub fn rate_limited(model: &str, retry_after: u64) -> Self {
        let mut reply = Self::error(
            429,
            "requests",
            Some("rate_limit_exceeded"),
            format!("Rate limit reached for {model} on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in {retry_after}s."),
        );
        if let ReplyBody::Error(e) = &mut reply.body {
            e.retry_after = Some(retry_after);
        }
        reply
    }

    /// `500 Internal Server Error` with the real API's message.
    pub fn server_error() -> Self {
        Self::error(
            500,
            "server_error",
            None,
            "The server had an error while processing your request. Sorry about that!",
        )
    }

    /// Start streaming `text`, then cut the connection after `chunks`
    /// chunks (a non-streamed request is cut before its response is
    /// complete).
    pub fn drop_after(text: impl Into<String>, chunks: usize) -> Self {
        Self::of(ReplyBody::DropAfter {
            text: text.into(),
            chunks,
        })
    }

    /// Never answer.
    pub fn hang() -> Self {
        Self::of(ReplyBody::Hang)
    }

    /// Wait this long between two streamed chunks.
    pub fn chunk_delay(mut self, delay: Duration) -> Self {
        self.chunk_delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
        self
    }

    /// Stream `chunks` content chunks, then wait for `gate` to open before
    /// sending the rest: a test sees what arrived while the reply is
    /// provably unfinished.
    pub fn hold_after(mut self, chunks: usize, gate: &Gate) -> Self {
        self.hold = Some((chunks, gate.clone()));
        self
    }
}

/// A gate a streamed reply waits at ([`Reply::hold_after`]) until a test
/// opens it.
#[derive(Clone, Default)]
pub struct Gate(Arc<GateInner>);

#[derive(Default)]
struct GateInner {
    open: AtomicBool,
    notify: Notify,
}

impl Gate {
    /// A closed gate.
    pub fn new() -> Self {
        Self::default()
    }

    /// Open the gate: every reply waiting at it goes on, and later ones do
    /// not stop.
    pub fn open(&self) {
        self.0.open.store(true, Ordering::SeqCst);
        self.0.notify.notify_waiters();
    }

    /// Wait until the gate is open.
    pub async fn passed(&self) {
        loop {
            let notified = self.0.notify.notified();
            if self.0.open.load(Ordering::SeqCst) {
                return;
            }
            notified.await;
        }
    }
}

impl PartialEq for Gate {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Gate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gate")
            .field("open", &self.0.open.load(Ordering::SeqCst))
            .finish()
    }
}

/// A rule: looks at a request and may answer it.
pub(crate) type Rule = Arc<dyn Fn(&ChatRequest) -> Option<Reply> + Send + Sync>;

/// A script as data, as read from a JSON file by the command
/// (`--script FILE`):
/// `{"replies": [..], "rules": [{"prompt_contains": "..", "reply": ..}], "fallback": ..}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptFile {
    /// Replies answered in order, one per request, before any rule.
    #[serde(default)]
    pub replies: Vec<Reply>,
    /// Rules tried in order once the replies are used up.
    #[serde(default)]
    pub rules: Vec<PromptRule>,
    /// The answer when no reply is queued and no rule matches.
    #[serde(default)]
    pub fallback: Option<Reply>,
}

/// A rule as data: answer `reply` when the prompt (the last user message)
/// contains `prompt_contains`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromptRule {
    /// The text to look for in the prompt.
    pub prompt_contains: String,
    /// The answer.
    pub reply: Reply,
}

/// The server's script: queued replies first, then rules, then the
/// fallback.
#[derive(Clone, Default)]
pub(crate) struct Script {
    pub(crate) queue: VecDeque<Reply>,
    pub(crate) rules: Vec<Rule>,
    /// `None`: echo the prompt.
    pub(crate) fallback: Option<Reply>,
}

impl Script {
    /// The answer to `req`, taking it off the queue if it came from there.
    pub(crate) fn answer(&mut self, req: &ChatRequest) -> Reply {
        if let Some(reply) = self.queue.pop_front() {
            return reply;
        }
        if let Some(reply) = self.rules.iter().find_map(|rule| rule(req)) {
            return reply;
        }
        match &self.fallback {
            Some(reply) => reply.clone(),
            None => Reply::text(format!("You said: {}", req.prompt())),
        }
    }
}

/// The rule for [`PromptRule`] and `on_prompt`.
pub(crate) fn prompt_rule(needle: String, reply: Reply) -> Rule {
    Arc::new(move |req: &ChatRequest| req.prompt().contains(&needle).then(|| reply.clone()))
}

/// Split text into the chunks a stream sends: words with their leading
/// whitespace, so that the chunks joined are the text.
pub(crate) fn text_chunks(text: &str) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut prev_space = true;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if space && !prev_space && i > start {
            chunks.push(&text[start..i]);
            start = i;
        }
        prev_space = space;
    }
    if start < text.len() {
        chunks.push(&text[start..]);
    }
    chunks
}

/// Split a tool call's arguments into pieces of at most `size` characters,
/// as the real API streams them.
pub(crate) fn argument_chunks(arguments: &str, size: usize) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut start = 0;
    for (n, (i, _)) in arguments.char_indices().enumerate() {
        if n > 0 && n % size == 0 {
            chunks.push(&arguments[start..i]);
            start = i;
        }
    }
    if start < arguments.len() {
        chunks.push(&arguments[start..]);
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_chunks_are_words_that_join_to_the_text() {
        let text = "LlamaIndex, formerly  GPT Index,\nis a framework.";
        let chunks = text_chunks(text);
        assert_eq!(
            chunks,
            [
                "LlamaIndex,",
                " formerly",
                "  GPT",
                " Index,",
                "\nis",
                " a",
                " framework."
            ]
        );
        assert_eq!(chunks.concat(), text);
        assert!(text_chunks("").is_empty());
        assert_eq!(text_chunks("  lead"), ["  lead"]);
    }

    #[test]
    fn argument_chunks_split_on_characters() {
        let args = r#"{"city":"Zürich"}"#;
        let chunks = argument_chunks(args, 5);
        assert_eq!(chunks.concat(), args);
        assert!(chunks.iter().all(|c| c.chars().count() <= 5));
        assert_eq!(chunks.len(), 4);
    }

    #[test]
    fn replies_read_from_json() {
        let script: ScriptFile = serde_json::from_value(json!({
            "replies": [
                {"text": "hello", "chunk_delay_ms": 20},
                {"tool_calls": [{"name": "add", "arguments": {"a": 1}}]},
                {"error": {"status": 429, "message": "slow down", "retry_after": 3}},
                {"drop_after": {"text": "a b c", "chunks": 1}},
                {"hang": null}
            ],
            "rules": [{"prompt_contains": "weather", "reply": {"text": "sunny"}}]
        }))
        .unwrap();
        assert_eq!(
            script.replies[0],
            Reply::text("hello").chunk_delay(Duration::from_millis(20))
        );
        assert_eq!(script.replies[1], Reply::tool_call("add", json!({"a": 1})));
        let ReplyBody::Error(e) = &script.replies[2].body else {
            panic!("{:?}", script.replies[2])
        };
        assert_eq!(
            (e.status, e.retry_after, e.r#type.as_str()),
            (429, Some(3), "server_error")
        );
        assert_eq!(script.replies[3], Reply::drop_after("a b c", 1));
        assert_eq!(script.replies[4], Reply::hang());
        assert_eq!(script.rules[0].prompt_contains, "weather");
    }

    #[tokio::test]
    async fn a_gate_lets_waiters_through_once_open() {
        let gate = Gate::new();
        let waiter = tokio::spawn({
            let gate = gate.clone();
            async move { gate.passed().await }
        });
        tokio::task::yield_now().await;
        assert!(!waiter.is_finished());
        gate.open();
        waiter.await.unwrap();
        // Open stays open.
        gate.passed().await;
    }
}
