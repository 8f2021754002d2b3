//! The conversation as data: [`Message`]s, [`Tool`]s, the model's
//! [`ToolCall`]s and [`ChatResponse`]. All are serde types, so events can
//! carry them and snapshots keep them.

use async_openai::types::chat::{
    ChatChoice, ChatCompletionMessageToolCall, ChatCompletionMessageToolCalls,
    ChatCompletionRequestAssistantMessage, ChatCompletionRequestAssistantMessageContent,
    ChatCompletionRequestMessage, ChatCompletionRequestSystemMessage,
    ChatCompletionRequestSystemMessageContent, ChatCompletionRequestToolMessage,
    ChatCompletionRequestToolMessageContent, ChatCompletionRequestUserMessage,
    ChatCompletionRequestUserMessageContent, ChatCompletionTool, ChatCompletionTools,
    FinishReason as WireFinishReason, FunctionCall, FunctionObject,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::LlmError;

/// One message of a conversation with the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum Message {
    /// Instructions for the model.
    System {
        /// The text.
        content: String,
    },
    /// What the user says.
    User {
        /// The text.
        content: String,
    },
    /// What the model said: text, tool calls, or both.
    Assistant {
        /// The text, if any.
        content: Option<String>,
        /// The tools it called.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        tool_calls: Vec<ToolCall>,
    },
    /// The result of a tool call, sent back to the model.
    Tool {
        /// The id of the call this answers.
        tool_call_id: String,
        /// The result, as text.
        content: String,
    },
}

impl Message {
    /// A system message.
    pub fn system(content: impl Into<String>) -> Self {
        Message::System {
            content: content.into(),
        }
    }

    /// A user message.
    pub fn user(content: impl Into<String>) -> Self {
        Message::User {
            content: content.into(),
        }
    }

    /// An assistant message with text only.
    pub fn assistant(content: impl Into<String>) -> Self {
        Message::Assistant {
            content: Some(content.into()),
            tool_calls: Vec::new(),
        }
    }

    /// The result of `call`, to send back to the model.
    pub fn tool_result(call: &ToolCall, content: impl Into<String>) -> Self {
        Message::Tool {
            tool_call_id: call.id.clone(),
            content: content.into(),
        }
    }

    pub(crate) fn to_wire(&self) -> ChatCompletionRequestMessage {
        match self {
            Message::System { content } => {
                ChatCompletionRequestMessage::System(ChatCompletionRequestSystemMessage {
                    content: ChatCompletionRequestSystemMessageContent::Text(content.clone()),
                    name: None,
                })
            }
            Message::User { content } => {
                ChatCompletionRequestMessage::User(ChatCompletionRequestUserMessage {
                    content: ChatCompletionRequestUserMessageContent::Text(content.clone()),
                    name: None,
                })
            }
            Message::Assistant {
                content,
                tool_calls,
            } => ChatCompletionRequestMessage::Assistant(ChatCompletionRequestAssistantMessage {
                content: content
                    .clone()
                    .map(ChatCompletionRequestAssistantMessageContent::Text),
                tool_calls: (!tool_calls.is_empty())
                    .then(|| tool_calls.iter().map(ToolCall::to_wire).collect()),
                ..Default::default()
            }),
            Message::Tool {
                tool_call_id,
                content,
            } => ChatCompletionRequestMessage::Tool(ChatCompletionRequestToolMessage {
                content: ChatCompletionRequestToolMessageContent::Text(content.clone()),
                tool_call_id: tool_call_id.clone(),
            }),
        }
    }
}

/// A function the model may call, described by a JSON Schema of its
/// arguments.
///
/// ```
/// use eventflow_core::llm::Tool;
/// use serde_json::json;
///
/// let add = Tool::new("add", "Add two numbers", json!({
///     "type": "object",
///     "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
///     "required": ["a", "b"],
/// }));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tool {
    /// The function's name (letters, digits, `_` and `-`).
    pub name: String,
    /// What it does, for the model to decide when to call it.
    pub description: String,
    /// The JSON Schema of its arguments.
    pub parameters: Value,
}

impl Tool {
    /// A tool named `name`, doing `description`, taking arguments that
    /// match the JSON Schema `parameters`.
    pub fn new(name: impl Into<String>, description: impl Into<String>, parameters: Value) -> Self {
        Tool {
            name: name.into(),
            description: description.into(),
            parameters,
        }
    }

    pub(crate) fn to_wire(&self) -> ChatCompletionTools {
        ChatCompletionTools::Function(ChatCompletionTool {
            function: FunctionObject {
                name: self.name.clone(),
                description: Some(self.description.clone()),
                parameters: Some(self.parameters.clone()),
                strict: None,
            },
        })
    }
}

/// A call of a [`Tool`] the model asked for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolCall {
    /// The call's id; the result names it ([`Message::tool_result`]).
    pub id: String,
    /// The tool's name.
    pub name: String,
    /// The arguments, as the JSON text the model wrote.
    pub arguments: String,
}

impl ToolCall {
    /// The arguments, read into `T`.
    pub fn arguments<T: DeserializeOwned>(&self) -> Result<T, LlmError> {
        serde_json::from_str(&self.arguments).map_err(|e| LlmError::ToolArguments {
            tool: self.name.clone(),
            call_id: self.id.clone(),
            arguments: self.arguments.clone(),
            reason: e.to_string(),
        })
    }

    fn to_wire(&self) -> ChatCompletionMessageToolCalls {
        ChatCompletionMessageToolCalls::Function(ChatCompletionMessageToolCall {
            id: self.id.clone(),
            function: FunctionCall {
                name: self.name.clone(),
                arguments: self.arguments.clone(),
            },
        })
    }

    fn from_wire(call: ChatCompletionMessageToolCalls) -> Self {
        match call {
            ChatCompletionMessageToolCalls::Function(f) => ToolCall {
                id: f.id,
                name: f.function.name,
                arguments: f.function.arguments,
            },
            ChatCompletionMessageToolCalls::Custom(c) => ToolCall {
                id: c.id,
                name: c.custom_tool.name,
                arguments: c.custom_tool.input,
            },
        }
    }
}

/// Why the model stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FinishReason {
    /// It finished its answer.
    Stop,
    /// It hit the token limit.
    Length,
    /// It called tools.
    ToolCalls,
    /// The content filter stopped it.
    ContentFilter,
    /// It called a function (the older form of tool calls).
    FunctionCall,
}

impl From<WireFinishReason> for FinishReason {
    fn from(r: WireFinishReason) -> Self {
        match r {
            WireFinishReason::Stop => FinishReason::Stop,
            WireFinishReason::Length => FinishReason::Length,
            WireFinishReason::ToolCalls => FinishReason::ToolCalls,
            WireFinishReason::ContentFilter => FinishReason::ContentFilter,
            WireFinishReason::FunctionCall => FinishReason::FunctionCall,
        }
    }
}

/// The model's answer to a chat: text, tool calls, or both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatResponse {
    /// The text, if any.
    pub content: Option<String>,
    /// The tools it called, in order.
    pub tool_calls: Vec<ToolCall>,
    /// Why it stopped, if the server said.
    pub finish_reason: Option<FinishReason>,
}

impl ChatResponse {
    /// The text, or `""` when there is none.
    pub fn text(&self) -> &str {
        self.content.as_deref().unwrap_or_default()
    }

    /// The answer as the assistant message to append to the conversation.
    pub fn to_message(&self) -> Message {
        Message::Assistant {
            content: self.content.clone(),
            tool_calls: self.tool_calls.clone(),
        }
    }

    pub(crate) fn from_choice(choice: ChatChoice) -> Self {
        ChatResponse {
            content: choice.message.content,
            tool_calls: choice
                .message
                .tool_calls
                .unwrap_or_default()
                .into_iter()
                .map(ToolCall::from_wire)
                .collect(),
            finish_reason: choice.finish_reason.map(Into::into),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn messages_go_on_the_wire_as_the_api_expects() {
        let call = ToolCall {
            id: "call_1".into(),
            name: "add".into(),
            arguments: r#"{"a":1,"b":2}"#.into(),
        };
        let conversation = [
            Message::system("Be brief."),
            Message::user("Add 1 and 2."),
            Message::Assistant {
                content: None,
                tool_calls: vec![call.clone()],
            },
            Message::tool_result(&call, "3"),
        ];
        let wire: Vec<Value> = conversation
            .iter()
            .map(|m| serde_json::to_value(m.to_wire()).unwrap())
            .collect();
        assert_eq!(
            wire,
            [
                json!({"role": "system", "content": "Be brief."}),
                json!({"role": "user", "content": "Add 1 and 2."}),
                json!({"role": "assistant", "tool_calls": [
                    {"type": "function", "id": "call_1", "function": {"name": "add", "arguments": "{\"a\":1,\"b\":2}"}}
                ]}),
                json!({"role": "tool", "content": "3", "tool_call_id": "call_1"}),
            ]
        );
    }

    #[test]
    fn messages_round_trip_through_serde() {
        let m = Message::Assistant {
            content: Some("hi".into()),
            tool_calls: vec![],
        };
        let v = serde_json::to_value(&m).unwrap();
        assert_eq!(v, json!({"role": "assistant", "content": "hi"}));
        assert_eq!(serde_json::from_value::<Message>(v).unwrap(), m);
    }

    #[test]
    fn tool_arguments_read_into_a_type_or_say_why_not() {
        #[derive(Deserialize, Debug, PartialEq)]
        struct Add {
            a: f64,
            b: f64,
        }
        let call = ToolCall {
            id: "c".into(),
            name: "add".into(),
            arguments: r#"{"a": 1, "b": 2.5}"#.into(),
        };
        assert_eq!(call.arguments::<Add>().unwrap(), Add { a: 1.0, b: 2.5 });
        let bad = ToolCall {
            arguments: r#"{"a": 1}"#.into(),
            ..call
        };
        let e = bad.arguments::<Add>().unwrap_err().to_string();
        assert!(
            e.starts_with(
                "the arguments of the call to tool `add` (c) do not fit: missing field `b`"
            ),
            "{e}"
        );
    }
}
