//! The JSON the server sends, shaped as the real API's: completions,
//! chunks, the model list and error bodies.

use serde_json::{json, Value};

use crate::script::ToolCallReply;

/// Who answered: the same on every chunk of one completion.
pub(crate) struct Completion<'a> {
    pub(crate) id: &'a str,
    pub(crate) created: u64,
    pub(crate) model: &'a str,
}

/// Token counts, approximated by words: enough for a client to read a
/// `usage` object, not a tokenizer.
pub(crate) struct Usage {
    pub(crate) prompt: usize,
    pub(crate) completion: usize,
}

impl Usage {
    fn to_json(&self) -> Value {
        json!({
            "prompt_tokens": self.prompt,
            "completion_tokens": self.completion,
            "total_tokens": self.prompt + self.completion,
        })
    }
}

/// The id of the `index`-th tool call of completion number `n`.
pub(crate) fn tool_call_id(n: u64, index: usize) -> String {
    format!("call_{n}_{index}")
}

fn tool_call_json(id: &str, call: &ToolCallReply) -> Value {
    json!({
        "id": id,
        "type": "function",
        "function": {"name": call.name, "arguments": call.arguments.to_string()},
    })
}

/// A whole `chat.completion` object.
pub(crate) fn completion(
    c: &Completion<'_>,
    content: Option<&str>,
    tool_calls: &[(String, &ToolCallReply)],
    usage: &Usage,
) -> Value {
    let mut message = json!({"role": "assistant", "content": content, "refusal": null});
    if !tool_calls.is_empty() {
        message["tool_calls"] = tool_calls
            .iter()
            .map(|(id, call)| tool_call_json(id, call))
            .collect();
    }
    let finish = if tool_calls.is_empty() {
        "stop"
    } else {
        "tool_calls"
    };
    json!({
        "id": c.id,
        "object": "chat.completion",
        "created": c.created,
        "model": c.model,
        "choices": [{"index": 0, "message": message, "logprobs": null, "finish_reason": finish}],
        "usage": usage.to_json(),
        "system_fingerprint": null,
    })
}

/// One `chat.completion.chunk` with this delta and finish reason.
pub(crate) fn chunk(c: &Completion<'_>, delta: Value, finish_reason: Option<&str>) -> Value {
    json!({
        "id": c.id,
        "object": "chat.completion.chunk",
        "created": c.created,
        "model": c.model,
        "system_fingerprint": null,
        "choices": [{"index": 0, "delta": delta, "logprobs": null, "finish_reason": finish_reason}],
    })
}

/// The last chunk of a stream asked for with `include_usage`: no choices,
/// the usage.
pub(crate) fn usage_chunk(c: &Completion<'_>, usage: &Usage) -> Value {
    json!({
        "id": c.id,
        "object": "chat.completion.chunk",
        "created": c.created,
        "model": c.model,
        "system_fingerprint": null,
        "choices": [],
        "usage": usage.to_json(),
    })
}

/// The delta that opens a streamed tool call: id, name, no arguments yet.
pub(crate) fn tool_call_start(index: usize, id: &str, name: &str) -> Value {
    json!({"tool_calls": [{
        "index": index,
        "id": id,
        "type": "function",
        "function": {"name": name, "arguments": ""},
    }]})
}

/// A delta carrying a piece of a streamed tool call's arguments.
pub(crate) fn tool_call_arguments(index: usize, piece: &str) -> Value {
    json!({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
}

/// `GET /v1/models`.
pub(crate) fn models(models: &[String], created: u64) -> Value {
    json!({
        "object": "list",
        "data": models
            .iter()
            .map(|m| json!({"id": m, "object": "model", "created": created, "owned_by": "eventflow"}))
            .collect::<Vec<_>>(),
    })
}

/// The real API's error body.
pub(crate) fn error(message: &str, r#type: &str, param: Option<&str>, code: Option<&str>) -> Value {
    json!({"error": {"message": message, "type": r#type, "param": param, "code": code}})
}
