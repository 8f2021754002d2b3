//! A function-calling agent as a workflow: the LLM is asked with the tools
//! it may use; each tool call it makes becomes an event for that tool's
//! step; the results are gathered and sent back to the LLM; the loop ends
//! when the LLM answers in text.
//!
//! ```text
//! StartEvent ─┐
//!             ▼
//!           think ──CalculateCall──▶ calculate ──────────┐
//!             ▲   ──ConvertCall────▶ convert_temperature ─┤ ToolOutput
//!             │                                          ▼
//!             └──────────── ToolOutputs ───────────── gather
//!           think ──▶ StopEvent (the answer)
//! ```

use eventflow::llm::{Llm, Message, Tool, ToolCall};
use eventflow::prelude::*;
use eventflow::BoxError;
use eventflow_openai_server::{ChatRequest, Reply, ServerBuilder};
use serde_json::json;

/// The question the example asks.
pub const QUESTION: &str = "What is 12.5 times 4, and what is 100 °F in Celsius?";

const SYSTEM: &str = "You answer with the help of tools. Use `calculate` for arithmetic and \
                      `convert_temperature` for temperatures; never compute them yourself.";

/// A call of the `calculate` tool, for its step.
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct CalculateCall(pub ToolCall);

/// A call of the `convert_temperature` tool, for its step.
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct ConvertCall(pub ToolCall);

/// A tool's result (or its error, which the LLM is told about too).
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct ToolOutput {
    pub call_id: String,
    pub content: String,
}

/// All results of one round of tool calls, back to the LLM.
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct ToolOutputs {
    pub outputs: Vec<ToolOutput>,
}

/// The agent: an LLM, its tools, and how many rounds of tool calls it may
/// make before it must answer.
pub struct Agent {
    llm: Llm,
    tools: Vec<Tool>,
    max_rounds: usize,
}

impl Agent {
    pub fn new(llm: Llm) -> Self {
        Agent {
            llm,
            tools: tools(),
            max_rounds: 5,
        }
    }
}

/// The tools the LLM is offered.
pub fn tools() -> Vec<Tool> {
    vec![
        Tool::new(
            "calculate",
            "Apply an arithmetic operator to two numbers.",
            json!({
                "type": "object",
                "properties": {
                    "a": {"type": "number"},
                    "op": {"type": "string", "enum": ["+", "-", "*", "/"]},
                    "b": {"type": "number"},
                },
                "required": ["a", "op", "b"],
            }),
        ),
        Tool::new(
            "convert_temperature",
            "Convert a temperature from Celsius to Fahrenheit or back.",
            json!({
                "type": "object",
                "properties": {
                    "value": {"type": "number"},
                    "from": {"type": "string", "enum": ["C", "F"]},
                },
                "required": ["value", "from"],
            }),
        ),
    ]
}

#[derive(Deserialize)]
struct Calculation {
    a: f64,
    op: String,
    b: f64,
}

#[derive(Deserialize)]
struct Conversion {
    value: f64,
    from: String,
}

/// A number as people write it: no trailing `.0`, at most two decimals.
fn number(x: f64) -> String {
    let rounded = (x * 100.0).round() / 100.0;
    format!("{rounded}")
}

fn calculate(c: &Calculation) -> Result<String, String> {
    let value = match c.op.as_str() {
        "+" => c.a + c.b,
        "-" => c.a - c.b,
        "*" => c.a * c.b,
        "/" if c.b == 0.0 => return Err("division by zero".into()),
        "/" => c.a / c.b,
        op => return Err(format!("unknown operator `{op}`; use +, -, * or /")),
    };
    Ok(number(value))
}

fn convert(c: &Conversion) -> Result<String, String> {
    match c.from.as_str() {
        "C" => Ok(format!("{} °F", number(c.value * 9.0 / 5.0 + 32.0))),
        "F" => Ok(format!("{} °C", number((c.value - 32.0) * 5.0 / 9.0))),
        unit => Err(format!("unknown unit `{unit}`; use C or F")),
    }
}

/// Run a tool on a call's arguments; a failure is a result the LLM reads.
fn run_tool<A: serde::de::DeserializeOwned>(
    call: &ToolCall,
    tool: fn(&A) -> Result<String, String>,
) -> ToolOutput {
    let content = match call.arguments::<A>() {
        Ok(args) => tool(&args).unwrap_or_else(|e| format!("error: {e}")),
        Err(e) => format!("error: {e}"),
    };
    ToolOutput {
        call_id: call.id.clone(),
        content,
    }
}

#[workflow]
impl Agent {
    // `#[workflow]` gives `ctx` a type listing the three events sent through
    // it, which clippy finds complex.
    #[allow(clippy::type_complexity)]
    #[step(emits = [CalculateCall, ConvertCall, ToolOutput])]
    async fn think(
        &self,
        ctx: &Context,
        ev: Either<StartEvent, ToolOutputs>,
    ) -> Result<Option<StopEvent<String>>, BoxError> {
        let mut history: Vec<Message> = match ev {
            Either::Left(start) => {
                vec![
                    Message::system(SYSTEM),
                    Message::user(start.get::<String>("query")?),
                ]
            }
            Either::Right(results) => {
                let mut history: Vec<Message> = ctx.store.get("history").await?;
                history.extend(results.outputs.into_iter().map(|o| Message::Tool {
                    tool_call_id: o.call_id,
                    content: o.content,
                }));
                history
            }
        };
        let round = ctx.store.get_or("round", 0usize).await? + 1;
        if round > self.max_rounds {
            return Err(format!(
                "the LLM still called tools after {} rounds instead of answering",
                self.max_rounds
            )
            .into());
        }
        ctx.store.set("round", round).await?;

        let reply = self.llm.chat_with_tools(&history, &self.tools).await?;
        if reply.tool_calls.is_empty() {
            return Ok(Some(StopEvent::new(reply.text().to_owned())));
        }
        history.push(reply.to_message());
        ctx.store.set("history", &history).await?;
        ctx.store.set("pending", reply.tool_calls.len()).await?;
        for call in reply.tool_calls {
            match call.name.as_str() {
                "calculate" => ctx.send_event(CalculateCall(call)),
                "convert_temperature" => ctx.send_event(ConvertCall(call)),
                other => ctx.send_event(ToolOutput {
                    content: format!("error: there is no tool named `{other}`"),
                    call_id: call.id,
                }),
            }
        }
        Ok(None)
    }

    #[step]
    async fn calculate(&self, ev: CalculateCall) -> ToolOutput {
        run_tool(&ev.0, calculate)
    }

    #[step]
    async fn convert_temperature(&self, ev: ConvertCall) -> ToolOutput {
        run_tool(&ev.0, convert)
    }

    #[step]
    async fn gather(&self, ctx: &Context, ev: ToolOutput) -> Result<Option<ToolOutputs>, BoxError> {
        let pending: usize = ctx.store.get("pending").await?;
        Ok(ctx
            .collect_n(ev, pending)
            .map(|outputs| ToolOutputs { outputs }))
    }
}

/// What the shipped server does offline, as a model would: asked the
/// question, it calls both tools; given their results, it answers with
/// them.
pub fn offline(server: ServerBuilder) -> ServerBuilder {
    server
        .rule(|req| (!req.tool_results().is_empty()).then(|| Reply::text(answer_from_results(req))))
        .on_prompt(
            QUESTION,
            Reply::tool_calls([
                ("calculate", json!({"a": 12.5, "op": "*", "b": 4})),
                ("convert_temperature", json!({"value": 100, "from": "F"})),
            ]),
        )
}

/// The offline model's answer: each tool result, in words.
fn answer_from_results(req: &ChatRequest) -> String {
    let parts: Vec<String> = req
        .tool_results()
        .iter()
        .map(|result| {
            let call = result
                .tool_call_id
                .as_deref()
                .and_then(|id| req.tool_call(id));
            let args: serde_json::Value = call
                .and_then(|c| serde_json::from_str(&c.arguments).ok())
                .unwrap_or_default();
            match call.map(|c| c.name.as_str()) {
                Some("calculate") => format!(
                    "{} {} {} = {}",
                    args["a"],
                    args["op"].as_str().unwrap_or("?"),
                    args["b"],
                    result.content
                ),
                Some("convert_temperature") => format!(
                    "{} °{} is {}",
                    args["value"],
                    args["from"].as_str().unwrap_or("?"),
                    result.content
                ),
                _ => result.content.clone(),
            }
        })
        .collect();
    format!("{}.", parts.join(", and "))
}
