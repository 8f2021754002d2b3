//! What the server reads out of a `POST /v1/chat/completions` body.
//!
//! Only what scripts and tests look at is parsed; the whole body is kept in
//! [`ChatRequest::body`] for anything else. A body the real API would
//! refuse is refused with the real API's wording ([`Invalid`]).

use serde_json::Value;

/// The roles the chat completions API accepts.
const ROLES: [&str; 6] = [
    "system",
    "developer",
    "user",
    "assistant",
    "tool",
    "function",
];

/// A chat completions request, as the server received it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatRequest {
    /// The `model` asked for.
    pub model: String,
    /// The conversation, in order.
    pub messages: Vec<ChatMessage>,
    /// Names of the function tools offered in `tools`.
    pub tools: Vec<String>,
    /// Whether the client asked for a stream of chunks (`stream: true`).
    pub stream: bool,
    /// Whether a streamed reply should end with a usage chunk
    /// (`stream_options.include_usage`).
    pub include_usage: bool,
    /// The whole JSON body.
    pub body: Value,
}

/// One message of a request's conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatMessage {
    /// `system`, `developer`, `user`, `assistant`, `tool` or `function`.
    pub role: String,
    /// The text of the message (the text parts joined, for a message sent
    /// as parts); empty when it has none.
    pub content: String,
    /// For a `tool` message: the id of the call it answers.
    pub tool_call_id: Option<String>,
    /// For an `assistant` message: the tool calls it made.
    pub tool_calls: Vec<SentToolCall>,
}

/// A tool call the client sent back as part of an assistant message.
#[derive(Debug, Clone, PartialEq)]
pub struct SentToolCall {
    /// The call's id.
    pub id: String,
    /// The function's name.
    pub name: String,
    /// The arguments, as the JSON text the model produced.
    pub arguments: String,
}

/// Why a request body was refused: the message and parameter the real API
/// names, answered as `400 invalid_request_error`.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    /// What is wrong, in the real API's words.
    pub message: String,
    /// The offending parameter, if one is to blame.
    pub param: Option<String>,
    /// The machine-readable code, if the real API gives one.
    pub code: Option<&'static str>,
}

impl Invalid {
    fn new(message: impl Into<String>, param: Option<&str>, code: Option<&'static str>) -> Self {
        Invalid {
            message: message.into(),
            param: param.map(str::to_owned),
            code,
        }
    }
}

impl ChatRequest {
    /// Parse and check a request body.
    pub fn parse(body: &[u8]) -> Result<Self, Invalid> {
        let body: Value = serde_json::from_slice(body).map_err(|_| {
            Invalid::new(
                "We could not parse the JSON body of your request. The API expects a JSON payload, but what was sent was not valid JSON.",
                None,
                None,
            )
        })?;
        let Some(object) = body.as_object() else {
            return Err(Invalid::new(
                "The request body must be a JSON object.",
                None,
                None,
            ));
        };
        let model = match object.get("model") {
            Some(Value::String(m)) if !m.is_empty() => m.clone(),
            _ => {
                return Err(Invalid::new(
                    "you must provide a model parameter",
                    Some("model"),
                    None,
                ))
            }
        };
        let messages = match object.get("messages") {
            None | Some(Value::Null) => {
                return Err(Invalid::new(
                    "Missing required parameter: 'messages'.",
                    Some("messages"),
                    Some("missing_required_parameter"),
                ))
            }
            Some(Value::Array(list)) if list.is_empty() => {
                return Err(Invalid::new(
                    "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
                    Some("messages"),
                    Some("empty_array"),
                ))
            }
            Some(Value::Array(list)) => list
                .iter()
                .enumerate()
                .map(|(i, m)| parse_message(i, m))
                .collect::<Result<Vec<_>, _>>()?,
            Some(_) => {
                return Err(Invalid::new(
                    "Invalid type for 'messages': expected an array.",
                    Some("messages"),
                    Some("invalid_type"),
                ))
            }
        };
        let tools = object
            .get("tools")
            .and_then(Value::as_array)
            .map(|tools| {
                tools
                    .iter()
                    .filter_map(|t| t.pointer("/function/name").and_then(Value::as_str))
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let stream = object.get("stream").and_then(Value::as_bool) == Some(true);
        let include_usage = body
            .pointer("/stream_options/include_usage")
            .and_then(Value::as_bool)
            == Some(true);
        Ok(ChatRequest {
            model,
            messages,
            tools,
            stream,
            include_usage,
            body,
        })
    }

    /// The text of the last `user` message: what rules on "the prompt"
    /// look at. Empty if there is none.
    pub fn prompt(&self) -> &str {
        self.messages
            .iter()
            .rev()
            .find(|m| m.role == "user")
            .map_or("", |m| m.content.as_str())
    }

    /// The last message of the conversation.
    pub fn last_message(&self) -> Option<&ChatMessage> {
        self.messages.last()
    }

    /// The `tool` messages at the end of the conversation: the results the
    /// client sends back after the model called tools. Empty when the
    /// conversation does not end with tool results.
    pub fn tool_results(&self) -> &[ChatMessage] {
        let trailing = self
            .messages
            .iter()
            .rev()
            .take_while(|m| m.role == "tool")
            .count();
        &self.messages[self.messages.len() - trailing..]
    }

    /// The tool call with this id among the conversation's assistant
    /// messages: which call a tool result answers.
    pub fn tool_call(&self, id: &str) -> Option<&SentToolCall> {
        self.messages
            .iter()
            .flat_map(|m| &m.tool_calls)
            .find(|c| c.id == id)
    }
}

fn parse_message(i: usize, m: &Value) -> Result<ChatMessage, Invalid> {
    let role = m.get("role").and_then(Value::as_str).ok_or_else(|| {
        Invalid::new(
            format!("Missing required parameter: 'messages[{i}].role'."),
            Some(&format!("messages[{i}].role")),
            Some("missing_required_parameter"),
        )
    })?;
    if !ROLES.contains(&role) {
        return Err(Invalid::new(
            format!("Invalid value: '{role}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'."),
            Some(&format!("messages[{i}].role")),
            Some("invalid_value"),
        ));
    }
    let content = match m.get("content") {
        Some(Value::String(s)) => s.clone(),
        // Content parts: join the text ones.
        Some(Value::Array(parts)) => parts
            .iter()
            .filter_map(|p| p.get("text").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join(""),
        _ => String::new(),
    };
    let tool_call_id = m
        .get("tool_call_id")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if role == "tool" && tool_call_id.is_none() {
        return Err(Invalid::new(
            format!("Missing required parameter: 'messages[{i}].tool_call_id'."),
            Some(&format!("messages[{i}].tool_call_id")),
            Some("missing_required_parameter"),
        ));
    }
    let tool_calls = m
        .get("tool_calls")
        .and_then(Value::as_array)
        .map(|calls| {
            calls
                .iter()
                .map(|c| SentToolCall {
                    id: str_at(c, "/id"),
                    name: str_at(c, "/function/name"),
                    arguments: str_at(c, "/function/arguments"),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(ChatMessage {
        role: role.to_owned(),
        content,
        tool_call_id,
        tool_calls,
    })
}

fn str_at(v: &Value, pointer: &str) -> String {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(v: Value) -> Result<ChatRequest, Invalid> {
        ChatRequest::parse(v.to_string().as_bytes())
    }

    #[test]
    fn reads_the_conversation_tools_and_stream_flag() {
        let req = parse(json!({
            "model": "gpt-4o",
            "stream": true,
            "stream_options": {"include_usage": true},
            "tools": [{"type": "function", "function": {"name": "add", "parameters": {}}}],
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": [{"type": "text", "text": "Add "}, {"type": "text", "text": "2 and 3"}]},
                {"role": "assistant", "content": null, "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {"name": "add", "arguments": "{\"a\":2,\"b\":3}"}}
                ]},
                {"role": "tool", "tool_call_id": "call_1", "content": "5"}
            ]
        }))
        .unwrap();
        assert_eq!(req.model, "gpt-4o");
        assert!(req.stream && req.include_usage);
        assert_eq!(req.tools, ["add"]);
        assert_eq!(req.prompt(), "Add 2 and 3");
        assert_eq!(req.tool_results().len(), 1);
        assert_eq!(req.tool_results()[0].content, "5");
        let call = req.tool_call("call_1").unwrap();
        assert_eq!(
            (call.name.as_str(), call.arguments.as_str()),
            ("add", "{\"a\":2,\"b\":3}")
        );
    }

    #[test]
    fn refuses_what_the_real_api_refuses() {
        let e = ChatRequest::parse(b"{not json").unwrap_err();
        assert!(e.message.starts_with("We could not parse the JSON body"));
        let e = parse(json!({"messages": [{"role": "user", "content": "hi"}]})).unwrap_err();
        assert_eq!(e.message, "you must provide a model parameter");
        let e = parse(json!({"model": "m"})).unwrap_err();
        assert_eq!(e.code, Some("missing_required_parameter"));
        let e = parse(json!({"model": "m", "messages": []})).unwrap_err();
        assert_eq!(e.code, Some("empty_array"));
        let e = parse(json!({"model": "m", "messages": [{"role": "robot", "content": "x"}]}))
            .unwrap_err();
        assert_eq!(e.param.as_deref(), Some("messages[0].role"));
        assert!(e.message.starts_with("Invalid value: 'robot'."));
        let e = parse(json!({"model": "m", "messages": [{"role": "tool", "content": "x"}]}))
            .unwrap_err();
        assert_eq!(e.param.as_deref(), Some("messages[0].tool_call_id"));
    }

    #[test]
    fn no_trailing_tool_messages_means_no_tool_results() {
        let req =
            parse(json!({"model": "m", "messages": [{"role": "user", "content": "hi"}]})).unwrap();
        assert!(req.tool_results().is_empty());
        assert_eq!(req.last_message().unwrap().role, "user");
    }
}
