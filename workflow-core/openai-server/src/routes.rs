//! The HTTP side: routes, the API key check, and turning a [`Reply`] into a
//! response (JSON, or server-sent events ending in `data: [DONE]`).

use std::io;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::sse::{Event, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};
use tokio::sync::watch;

use crate::request::ChatRequest;
use crate::script::{argument_chunks, text_chunks, ErrorReply, Gate, Reply, ReplyBody, Script};
use crate::wire::{self, Completion, Usage};

/// Characters of a tool call's arguments per streamed chunk.
const ARGUMENT_CHUNK: usize = 8;

/// How long a cut stream waits, so that what it sent is flushed first.
const FLUSH_BEFORE_CUT: Duration = Duration::from_millis(20);

/// What the handlers share: the script, what was asked, the settings.
pub(crate) struct Shared {
    pub(crate) script: Mutex<Script>,
    pub(crate) requests: Mutex<Vec<ChatRequest>>,
    pub(crate) api_key: Option<String>,
    pub(crate) models: Vec<String>,
    pub(crate) completions: AtomicU64,
    pub(crate) shutdown: watch::Receiver<bool>,
}

/// Lock a mutex, whether or not a panicking holder poisoned it: the data
/// (a queue, a list) stays usable.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    async fn shut_down(&self) {
        let mut rx = self.shutdown.clone();
        // An error means the sender is gone: the server is shutting down.
        let _ = rx.wait_for(|down| *down).await;
    }
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/v1/chat/completions", post(chat).fallback(invalid_url))
        .route("/v1/models", get(models).fallback(invalid_url))
        .fallback(invalid_url)
        .with_state(shared)
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

fn error_response(
    status: StatusCode,
    message: &str,
    r#type: &str,
    param: Option<&str>,
    code: Option<&str>,
) -> Response {
    json_response(status, &wire::error(message, r#type, param, code))
}

async fn invalid_url(method: Method, uri: Uri) -> Response {
    error_response(
        StatusCode::NOT_FOUND,
        &format!("Invalid URL ({method} {})", uri.path()),
        "invalid_request_error",
        None,
        None,
    )
}

/// Show a key as the real API does in its error: the ends, starred.
fn redact(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() <= 8 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..3].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}{}{tail}", "*".repeat(chars.len() - 7))
}

/// The 401 the real API answers, or `None` when the key is right (or no
/// key is required).
fn check_key(required: Option<&str>, headers: &HeaderMap) -> Option<Response> {
    let required = required?;
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|k| !k.is_empty());
    match sent {
        Some(key) if key == required => None,
        Some(key) => Some(error_response(
            StatusCode::UNAUTHORIZED,
            &format!("Incorrect API key provided: {}.", redact(key)),
            "invalid_request_error",
            None,
            Some("invalid_api_key"),
        )),
        None => Some(error_response(
            StatusCode::UNAUTHORIZED,
            "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            "invalid_request_error",
            None,
            None,
        )),
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

async fn models(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if let Some(refused) = check_key(shared.api_key.as_deref(), &headers) {
        return refused;
    }
    json_response(StatusCode::OK, &wire::models(&shared.models, now()))
}

async fn chat(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    if let Some(refused) = check_key(shared.api_key.as_deref(), &headers) {
        return refused;
    }
    let req = match ChatRequest::parse(&body) {
        Ok(req) => req,
        Err(invalid) => {
            return error_response(
                StatusCode::BAD_REQUEST,
                &invalid.message,
                "invalid_request_error",
                invalid.param.as_deref(),
                invalid.code,
            )
        }
    };
    lock(&shared.requests).push(req.clone());
    if !shared.models.contains(&req.model) {
        return error_response(
            StatusCode::NOT_FOUND,
            &format!(
                "The model `{}` does not exist or you do not have access to it.",
                req.model
            ),
            "invalid_request_error",
            None,
            Some("model_not_found"),
        );
    }
    let reply = lock(&shared.script).answer(&req);
    let n = shared.completions.fetch_add(1, Ordering::Relaxed) + 1;
    let id = format!("chatcmpl-{n}");
    let completion = Completion {
        id: &id,
        created: now(),
        model: &req.model,
    };
    let prompt_tokens = req
        .messages
        .iter()
        .map(|m| m.content.split_whitespace().count())
        .sum();
    match &reply.body {
        ReplyBody::Error(e) => scripted_error(e),
        ReplyBody::Hang => {
            shared.shut_down().await;
            error_response(
                StatusCode::SERVICE_UNAVAILABLE,
                "The server is shutting down.",
                "server_error",
                None,
                None,
            )
        }
        ReplyBody::DropAfter { .. } if !req.stream => {
            let cut = futures::stream::once(async {
                Err::<Bytes, _>(io::Error::new(
                    io::ErrorKind::ConnectionAborted,
                    "scripted drop",
                ))
            });
            (
                [(header::CONTENT_TYPE, "application/json")],
                Body::from_stream(cut),
            )
                .into_response()
        }
        ReplyBody::Text(text) if !req.stream => {
            let usage = Usage {
                prompt: prompt_tokens,
                completion: text_chunks(text).len(),
            };
            json_response(
                StatusCode::OK,
                &wire::completion(&completion, Some(text), &[], &usage),
            )
        }
        ReplyBody::ToolCalls(calls) if !req.stream => {
            let calls: Vec<_> = calls
                .iter()
                .enumerate()
                .map(|(i, c)| (wire::tool_call_id(n, i), c))
                .collect();
            let usage = Usage {
                prompt: prompt_tokens,
                completion: calls.len(),
            };
            json_response(
                StatusCode::OK,
                &wire::completion(&completion, None, &calls, &usage),
            )
        }
        _ => {
            let frames = stream_frames(&completion, n, &req, prompt_tokens, &reply);
            event_stream(frames, reply.chunk_delay_ms, shared.clone())
        }
    }
}

fn scripted_error(e: &ErrorReply) -> Response {
    let Ok(status) = StatusCode::from_u16(e.status) else {
        return error_response(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!(
                "the script asked for HTTP status {}, which is not a valid status",
                e.status
            ),
            "server_error",
            None,
            None,
        );
    };
    let mut response = error_response(status, &e.message, &e.r#type, None, e.code.as_deref());
    if let Some(secs) = e.retry_after {
        let headers = response.headers_mut();
        headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        headers.insert(
            "retry-after-ms",
            HeaderValue::from(secs.saturating_mul(1000)),
        );
        if status == StatusCode::TOO_MANY_REQUESTS {
            headers.insert("x-ratelimit-limit-requests", HeaderValue::from(3u64));
            headers.insert("x-ratelimit-remaining-requests", HeaderValue::from(0u64));
            if let Ok(reset) = HeaderValue::from_str(&format!("{secs}s")) {
                headers.insert("x-ratelimit-reset-requests", reset);
            }
        }
    }
    response
}

/// One thing a streamed reply does next.
enum Frame {
    /// Send this `data:` line.
    Data(String),
    /// Wait for the gate.
    Hold(Gate),
    /// Cut the connection.
    Cut,
}

/// Everything a streamed reply sends, in order.
fn stream_frames(
    c: &Completion<'_>,
    n: u64,
    req: &ChatRequest,
    prompt_tokens: usize,
    reply: &Reply,
) -> Vec<Frame> {
    let data = |v: Value| Frame::Data(v.to_string());
    let mut frames = Vec::new();
    // The pieces after the opening chunk; a hold counts these.
    let mut pieces: Vec<Value> = Vec::new();
    let (opening, finish, cut) = match &reply.body {
        ReplyBody::Text(text) => {
            pieces.extend(text_chunks(text).into_iter().map(|t| json!({"content": t})));
            (
                json!({"role": "assistant", "content": "", "refusal": null}),
                "stop",
                false,
            )
        }
        ReplyBody::DropAfter { text, chunks } => {
            let all = text_chunks(text);
            let sent = all.len().min(*chunks);
            pieces.extend(all[..sent].iter().map(|t| json!({"content": t})));
            (
                json!({"role": "assistant", "content": "", "refusal": null}),
                "stop",
                true,
            )
        }
        ReplyBody::ToolCalls(calls) => {
            for (i, call) in calls.iter().enumerate() {
                let id = wire::tool_call_id(n, i);
                pieces.push(wire::tool_call_start(i, &id, &call.name));
                let arguments = call.arguments.to_string();
                pieces.extend(
                    argument_chunks(&arguments, ARGUMENT_CHUNK)
                        .into_iter()
                        .map(|piece| wire::tool_call_arguments(i, piece)),
                );
            }
            (
                json!({"role": "assistant", "content": null}),
                "tool_calls",
                false,
            )
        }
        // Answered without a stream.
        ReplyBody::Error(_) | ReplyBody::Hang => return frames,
    };
    let count = pieces.len();
    frames.push(data(wire::chunk(c, opening, None)));
    for (i, piece) in pieces.into_iter().enumerate() {
        if let Some((after, gate)) = &reply.hold {
            if i == *after {
                frames.push(Frame::Hold(gate.clone()));
            }
        }
        frames.push(data(wire::chunk(c, piece, None)));
    }
    if cut {
        frames.push(Frame::Cut);
        return frames;
    }
    if let Some((after, gate)) = &reply.hold {
        if *after >= count {
            frames.push(Frame::Hold(gate.clone()));
        }
    }
    frames.push(data(wire::chunk(c, json!({}), Some(finish))));
    if req.include_usage {
        let usage = Usage {
            prompt: prompt_tokens,
            completion: count,
        };
        frames.push(data(wire::usage_chunk(c, &usage)));
    }
    frames.push(Frame::Data("[DONE]".to_owned()));
    frames
}

/// Send the frames as server-sent events. A cut, or the server shutting
/// down while the reply holds, ends the body with an error, which drops
/// the connection mid-stream.
fn event_stream(frames: Vec<Frame>, delay_ms: u64, shared: Arc<Shared>) -> Response {
    let delay = Duration::from_millis(delay_ms);
    let state = (frames.into_iter(), true, shared);
    let events = futures::stream::unfold(state, move |(mut frames, first, shared)| async move {
        loop {
            match frames.next()? {
                Frame::Data(data) => {
                    if !first && !delay.is_zero() {
                        tokio::time::sleep(delay).await;
                    }
                    let event = Ok(Event::default().data(data));
                    return Some((event, (frames, false, shared)));
                }
                Frame::Hold(gate) => {
                    let shutting_down = tokio::select! {
                        () = gate.passed() => false,
                        () = shared.shut_down() => true,
                    };
                    if shutting_down {
                        return Some((Err(cut("server shut down")), (frames, first, shared)));
                    }
                }
                Frame::Cut => {
                    // Let the chunks before the cut reach the client: the
                    // body is flushed while it waits.
                    tokio::time::sleep(FLUSH_BEFORE_CUT).await;
                    return Some((Err(cut("scripted drop")), (frames, first, shared)));
                }
            }
        }
    });
    Sse::new(events).into_response()
}

fn cut(why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::ConnectionAborted, why.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_redacted_to_their_ends() {
        assert_eq!(redact("sk-wrong-key-1234"), "sk-**********1234");
        assert_eq!(redact("short"), "*****");
    }

    #[test]
    fn the_key_check_answers_as_the_real_api() {
        let mut headers = HeaderMap::new();
        assert!(check_key(None, &headers).is_none());
        let missing = check_key(Some("sk-right"), &headers).unwrap();
        assert_eq!(missing.status(), StatusCode::UNAUTHORIZED);
        headers.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer "));
        assert!(check_key(Some("sk-right"), &headers).is_some());
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer sk-right"),
        );
        assert!(check_key(Some("sk-right"), &headers).is_none());
    }
}
