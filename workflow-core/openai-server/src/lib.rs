//! A small OpenAI-compatible chat server whose answers are scripted, so
//! that eventflow's tests, examples and first command run with no key and
//! no network, through the real OpenAI client over real HTTP.
//!
//! It speaks the subset of the API a chat client uses:
//!
//! - `POST /v1/chat/completions`, whole (`chat.completion`) or streamed
//!   (`stream: true`: `chat.completion.chunk` server-sent events ending in
//!   `data: [DONE]`, with a usage chunk when `stream_options.include_usage`
//!   asks for one), answering text or tool calls in either form;
//! - `GET /v1/models`;
//! - the real API's errors and their bodies: 401 when a key is required and
//!   none or a wrong one is sent, 400 for a malformed request, 404 for an
//!   unknown model or URL, and whatever the script asks for (429 with
//!   `retry-after`, 500, ...), a connection cut mid-stream, or no answer at
//!   all.
//!
//! What it answers comes from its script: queued [`Reply`]s first, one per
//! request; then rules on the request, the first that answers wins; then a
//! fallback (by default, `You said: <prompt>`).
//!
//! ```
//! use eventflow_openai_server::{Reply, Server};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let server = Server::builder()
//!     .reply(Reply::rate_limited("gpt-4o", 2)) // the first request gets a 429
//!     .on_prompt("LlamaIndex", Reply::text("A data framework for LLM apps."))
//!     .start()
//!     .await?;
//! // Point any OpenAI client at it:
//! let base_url = server.base_url(); // http://127.0.0.1:PORT/v1
//! # assert!(base_url.starts_with("http://127.0.0.1:"));
//! # Ok(())
//! # }
//! ```
//!
//! The same server is a command: `cargo run -p eventflow-openai-server --
//! --port 8000 [--api-key KEY] [--script FILE]` (see its `--help`).

#![warn(missing_docs)]

mod request;
mod routes;
mod script;
mod wire;

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use request::{ChatMessage, ChatRequest, Invalid, SentToolCall};
pub use script::{ErrorReply, Gate, PromptRule, Reply, ReplyBody, ScriptFile, ToolCallReply};

use routes::{lock, Shared};
use script::{prompt_rule, Script};

/// The models the server lists and accepts unless told otherwise.
pub const DEFAULT_MODELS: [&str; 2] = ["gpt-4o", "gpt-4o-mini"];

/// Why the server could not start or serve, or a script could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServerError {
    /// The address could not be bound.
    #[error("could not listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// Serving stopped with an I/O error.
    #[error("the server stopped: {0}")]
    Serve(#[source] io::Error),
    /// A script file could not be read.
    #[error("could not read the script {}: {source}", path.display())]
    ReadScript {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// A script file is not a script.
    #[error("{} is not a valid script: {source} (expected {{\"replies\": [..], \"rules\": [{{\"prompt_contains\": \"..\", \"reply\": {{\"text\": \"..\"}}}}], \"fallback\": {{..}}}})", path.display())]
    ParseScript {
        /// The file.
        path: PathBuf,
        /// Where and why.
        #[source]
        source: serde_json::Error,
    },
}

impl ScriptFile {
    /// Read a script from a JSON file.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, ServerError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| ServerError::ReadScript {
            path: path.to_owned(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|source| ServerError::ParseScript {
            path: path.to_owned(),
            source,
        })
    }
}

/// Sets up a [`Server`]: its address, its key, its models, its script.
#[must_use = "a builder does nothing until `start` is called"]
pub struct ServerBuilder {
    addr: SocketAddr,
    api_key: Option<String>,
    models: Vec<String>,
    script: Script,
}

impl ServerBuilder {
    /// Listen on this address instead of a free port on 127.0.0.1.
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// Require this API key (`Authorization: Bearer KEY`); without it the
    /// server answers any key, or none.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The models to list and accept (default: [`DEFAULT_MODELS`]); a
    /// request for another model is a 404 `model_not_found`.
    pub fn models<S: Into<String>>(mut self, models: impl IntoIterator<Item = S>) -> Self {
        self.models = models.into_iter().map(Into::into).collect();
        self
    }

    /// Queue a reply: queued replies answer the next requests, one each,
    /// in order, before any rule.
    pub fn reply(mut self, reply: Reply) -> Self {
        self.script.queue.push_back(reply);
        self
    }

    /// Answer `reply` to every request whose prompt (its last user
    /// message) contains `text`, once the queue is empty.
    pub fn on_prompt(mut self, text: impl Into<String>, reply: Reply) -> Self {
        self.script.rules.push(prompt_rule(text.into(), reply));
        self
    }

    /// A rule: a function that may answer a request. Rules are tried in
    /// the order they were added, once the queue is empty; the first that
    /// returns a reply answers.
    pub fn rule(
        mut self,
        rule: impl Fn(&ChatRequest) -> Option<Reply> + Send + Sync + 'static,
    ) -> Self {
        self.script.rules.push(Arc::new(rule));
        self
    }

    /// The answer when the queue is empty and no rule answers (default:
    /// the text `You said: <prompt>`).
    pub fn fallback(mut self, reply: Reply) -> Self {
        self.script.fallback = Some(reply);
        self
    }

    /// Add a script read from a file: its replies to the queue, its rules
    /// after the rules already added, its fallback if it has one.
    pub fn script(mut self, file: ScriptFile) -> Self {
        self.script.queue.extend(file.replies);
        for rule in file.rules {
            self.script
                .rules
                .push(prompt_rule(rule.prompt_contains, rule.reply));
        }
        if let Some(fallback) = file.fallback {
            self.script.fallback = Some(fallback);
        }
        self
    }

    /// Bind the address and start serving on the current tokio runtime.
    pub async fn start(self) -> Result<Server, ServerError> {
        let listener = TcpListener::bind(self.addr)
            .await
            .map_err(|source| ServerError::Bind {
                addr: self.addr,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| ServerError::Bind {
            addr: self.addr,
            source,
        })?;
        let (shutdown, watching) = watch::channel(false);
        let shared = Arc::new(Shared {
            script: Mutex::new(self.script),
            requests: Mutex::new(Vec::new()),
            api_key: self.api_key,
            models: self.models,
            completions: AtomicU64::new(0),
            shutdown: watching.clone(),
        });
        let app = routes::router(shared.clone());
        let mut stop = watching;
        let task = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stop.wait_for(|down| *down).await;
                })
                .await
        });
        Ok(Server {
            addr,
            shared,
            shutdown,
            task: Some(task),
        })
    }
}

/// A running server. Dropping it shuts it down: it stops accepting,
/// requests left hanging get a 503 and streams held at a gate are cut.
pub struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
    task: Option<JoinHandle<io::Result<()>>>,
}

impl Server {
    /// Set up a server: a free port on 127.0.0.1, no key required,
    /// [`DEFAULT_MODELS`], an empty script (it echoes the prompt).
    pub fn builder() -> ServerBuilder {
        ServerBuilder {
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            api_key: None,
            models: DEFAULT_MODELS.iter().map(|m| (*m).to_owned()).collect(),
            script: Script::default(),
        }
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give an OpenAI client (`OPENAI_BASE_URL`):
    /// `http://ADDR/v1`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// Queue a reply while the server runs; see [`ServerBuilder::reply`].
    pub fn push_reply(&self, reply: Reply) {
        lock(&self.shared.script).queue.push_back(reply);
    }

    /// The chat requests received so far, in order (those refused for a
    /// missing or wrong key, or a malformed body, are not kept).
    pub fn requests(&self) -> Vec<ChatRequest> {
        lock(&self.shared.requests).clone()
    }

    /// Serve until the server fails; what the command does.
    pub async fn wait(mut self) -> Result<(), ServerError> {
        match self.task.take() {
            Some(task) => match task.await {
                Ok(served) => served.map_err(ServerError::Serve),
                Err(joined) => Err(ServerError::Serve(io::Error::other(joined.to_string()))),
            },
            None => Ok(()),
        }
    }

    /// Shut down and wait until the server has stopped accepting.
    pub async fn shutdown(mut self) {
        let _ = self.shutdown.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("addr", &self.addr)
            .field("api_key_required", &self.shared.api_key.is_some())
            .field("models", &self.shared.models)
            .finish_non_exhaustive()
    }
}
