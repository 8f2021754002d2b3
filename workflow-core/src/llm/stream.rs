//! A streamed reply: tokens as they arrive, tool calls once whole.

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use async_openai::types::chat::{ChatCompletionResponseStream, CreateChatCompletionStreamResponse};
use futures::{Stream, StreamExt};

use super::error::LlmError;
use super::message::{ChatResponse, FinishReason, ToolCall};

/// A piece of a streamed reply.
#[derive(Debug, Clone, PartialEq)]
pub enum Delta {
    /// Some text, as the server sent it.
    Token(String),
    /// A tool call, whole: its arguments come in pieces and are put
    /// together before it is handed out, when the model finishes.
    ToolCall(ToolCall),
}

/// A tool call whose pieces are still arriving.
#[derive(Default)]
struct Partial {
    id: String,
    name: String,
    arguments: String,
}

/// The reply of [`Llm::stream_chat`](super::Llm::stream_chat): a
/// [`Stream`] of [`Delta`]s, in order.
///
/// It ends after the model's last piece. A connection that breaks, or a
/// stream that ends before the model finished (no `finish_reason`), ends it
/// with an [`LlmError::Interrupted`] instead; a stall longer than the
/// configured timeout, with [`LlmError::Timeout`].
#[must_use = "a stream does nothing unless polled"]
pub struct ReplyStream {
    inner: ChatCompletionResponseStream,
    endpoint: String,
    timeout: Option<Duration>,
    calls: Vec<Partial>,
    ready: VecDeque<Delta>,
    finish: Option<FinishReason>,
    ended: bool,
    /// When the last chunk came (or the stream began).
    last_chunk: Instant,
}

impl ReplyStream {
    pub(crate) fn new(
        inner: ChatCompletionResponseStream,
        endpoint: String,
        timeout: Option<Duration>,
    ) -> Self {
        ReplyStream {
            inner,
            endpoint,
            timeout,
            calls: Vec::new(),
            ready: VecDeque::new(),
            finish: None,
            ended: false,
            last_chunk: Instant::now(),
        }
    }

    /// Why the model stopped, once the stream has said.
    pub fn finish_reason(&self) -> Option<FinishReason> {
        self.finish
    }

    /// Read the stream to its end and put the reply together.
    pub async fn collect_response(mut self) -> Result<ChatResponse, LlmError> {
        let mut content: Option<String> = None;
        let mut tool_calls = Vec::new();
        while let Some(delta) = self.next().await {
            match delta? {
                Delta::Token(t) => content.get_or_insert_with(String::new).push_str(&t),
                Delta::ToolCall(call) => tool_calls.push(call),
            }
        }
        Ok(ChatResponse {
            content,
            tool_calls,
            finish_reason: self.finish,
        })
    }

    /// Take in one chunk: its text is ready at once, its tool call pieces
    /// are kept until the model finishes.
    fn absorb(&mut self, chunk: CreateChatCompletionStreamResponse) {
        // One choice is asked for; a server sending more sends index 0 too.
        for choice in chunk.choices.into_iter().filter(|c| c.index == 0) {
            if let Some(text) = choice.delta.content.filter(|t| !t.is_empty()) {
                self.ready.push_back(Delta::Token(text));
            }
            for piece in choice.delta.tool_calls.into_iter().flatten() {
                let i = piece.index as usize;
                if self.calls.len() <= i {
                    self.calls.resize_with(i + 1, Partial::default);
                }
                let call = &mut self.calls[i];
                if let Some(id) = piece.id {
                    call.id = id;
                }
                if let Some(function) = piece.function {
                    if let Some(name) = function.name {
                        call.name = name;
                    }
                    if let Some(arguments) = function.arguments {
                        call.arguments.push_str(&arguments);
                    }
                }
            }
            if let Some(reason) = choice.finish_reason {
                self.finish = Some(reason.into());
                for call in self.calls.drain(..).filter(|c| !c.name.is_empty()) {
                    self.ready.push_back(Delta::ToolCall(ToolCall {
                        id: call.id,
                        name: call.name,
                        arguments: call.arguments,
                    }));
                }
            }
        }
    }
}

impl Stream for ReplyStream {
    type Item = Result<Delta, LlmError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(delta) = this.ready.pop_front() {
                return Poll::Ready(Some(Ok(delta)));
            }
            if this.ended {
                return Poll::Ready(None);
            }
            match std::task::ready!(this.inner.as_mut().poll_next(cx)) {
                Some(Ok(chunk)) => {
                    this.last_chunk = Instant::now();
                    this.absorb(chunk);
                }
                Some(Err(e)) => {
                    this.ended = true;
                    // async-openai hands a stream's transport errors over
                    // as text, which does not say that a read timed out;
                    // silence as long as the timeout does.
                    let silent = this.last_chunk.elapsed();
                    let e = match this.timeout {
                        Some(timeout) if silent >= timeout => LlmError::Timeout {
                            endpoint: this.endpoint.clone(),
                            after: Some(timeout),
                        },
                        _ => LlmError::from_openai(e, &this.endpoint, this.timeout),
                    };
                    return Poll::Ready(Some(Err(e)));
                }
                None => {
                    this.ended = true;
                    if this.finish.is_none() {
                        return Poll::Ready(Some(Err(LlmError::Interrupted {
                            endpoint: this.endpoint.clone(),
                            reason: "the stream ended before the model finished (no finish_reason)"
                                .to_owned(),
                        })));
                    }
                }
            }
        }
    }
}

impl std::fmt::Debug for ReplyStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplyStream")
            .field("endpoint", &self.endpoint)
            .field("finish_reason", &self.finish)
            .field("ended", &self.ended)
            .finish_non_exhaustive()
    }
}
