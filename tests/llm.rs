//! LLM calls from workflows: the real async-openai client, over real HTTP,
//! against the shipped OpenAI-compatible server on a loopback port.

#![cfg(feature = "llm")]

#[path = "../examples/flows/agent.rs"]
mod agent;

use std::sync::Arc;
use std::time::Duration;

use eventflow::llm::{Delta, FinishReason, Llm, LlmConfig, LlmError, Message, ToolCall};
use eventflow::prelude::*;
use eventflow::BoxError;
use eventflow_openai_server::{Gate, Reply, Server, ServerBuilder};
use futures::StreamExt;
use serde_json::json;

/// A server started from `script`, and a client of it.
async fn serve(script: ServerBuilder) -> (Server, Llm) {
    let server = script.start().await.unwrap();
    let llm = Llm::new(LlmConfig::new().base_url(server.base_url())).unwrap();
    (server, llm)
}

/// The LlmError a failed step returned.
fn llm_error(e: &WorkflowError) -> &LlmError {
    match e {
        WorkflowError::StepFailed { source, .. }
        | WorkflowError::RetriesExhausted { source, .. } => source
            .downcast_ref::<LlmError>()
            .unwrap_or_else(|| panic!("not an LlmError: {e}")),
        other => panic!("not a step failure: {other:?}"),
    }
}

/// The cookbook's OpenAIGenerator.
struct Ask {
    llm: Llm,
}

#[workflow]
impl Ask {
    #[step]
    async fn generate(&self, ev: StartEvent) -> Result<StopEvent<String>, BoxError> {
        let query: String = ev.get("query")?;
        Ok(StopEvent::new(self.llm.complete(&query).await?))
    }
}

/// One token, on the run's stream.
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Token(String);

/// Streams the answer's tokens to the run's stream.
struct StreamingAsk {
    llm: Llm,
}

#[workflow]
impl StreamingAsk {
    #[step]
    async fn generate(&self, ctx: &Context, ev: StartEvent) -> Result<StopEvent<String>, BoxError> {
        let query: String = ev.get("query")?;
        let mut stream = self.llm.stream_complete(&query).await?;
        let mut answer = String::new();
        while let Some(delta) = stream.next().await {
            if let Delta::Token(token) = delta? {
                answer.push_str(&token);
                ctx.write_event_to_stream(Token(token));
            }
        }
        Ok(StopEvent::new(answer))
    }
}

#[tokio::test]
async fn a_step_asks_the_llm_and_stops_with_its_answer() {
    let (server, llm) =
        serve(Server::builder().on_prompt("What's LlamaIndex?", Reply::text("A data framework.")))
            .await;
    let answer = Ask { llm }
        .run(start! { query: "What's LlamaIndex?" })
        .await
        .unwrap();
    assert_eq!(answer, "A data framework.");
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].model, "gpt-4o");
    assert!(!requests[0].stream);
    assert_eq!(requests[0].messages.len(), 1);
    assert_eq!(requests[0].messages[0].role, "user");
}

#[tokio::test]
async fn chat_sends_the_whole_conversation() {
    let (server, llm) = serve(Server::builder().reply(Reply::text("Paris."))).await;
    let reply = llm
        .chat(&[
            Message::system("Answer in one word."),
            Message::user("Capital of Italy?"),
            Message::assistant("Rome."),
            Message::user("And of France?"),
        ])
        .await
        .unwrap();
    assert_eq!(reply.text(), "Paris.");
    assert_eq!(reply.finish_reason, Some(FinishReason::Stop));
    assert!(reply.tool_calls.is_empty());
    let sent = &server.requests()[0];
    let roles: Vec<&str> = sent.messages.iter().map(|m| m.role.as_str()).collect();
    assert_eq!(roles, ["system", "user", "assistant", "user"]);
    assert_eq!(sent.prompt(), "And of France?");
}

#[tokio::test]
async fn tokens_reach_the_caller_in_order_while_the_run_goes_on() {
    let gate = Gate::new();
    let (_server, llm) =
        serve(Server::builder().reply(Reply::text("one two three four five").hold_after(2, &gate)))
            .await;
    let handler = Arc::new(StreamingAsk { llm })
        .run(start! { query: "count" })
        .start();
    let mut events = handler.stream_events().unwrap();
    let mut tokens = Vec::new();
    // The server holds the rest of the answer: these two came through the
    // workflow's stream while the step is still running.
    while tokens.len() < 2 {
        let ev = events.next().await.unwrap();
        tokens.push(ev.downcast::<Token>().unwrap().0);
    }
    assert_eq!(tokens, ["one", " two"]);
    assert!(!handler.is_finished());
    gate.open();
    let mut stopped = false;
    while let Some(ev) = events.next().await {
        match ev.downcast::<Token>() {
            Ok(Token(t)) => {
                assert!(!stopped, "a token after the stop event");
                tokens.push(t);
            }
            Err(other) => {
                assert!(other.downcast_ref::<StopEvent<String>>().is_some());
                stopped = true;
            }
        }
    }
    assert!(stopped, "the stream ends with the stop event");
    assert_eq!(tokens, ["one", " two", " three", " four", " five"]);
    assert_eq!(handler.await.unwrap(), "one two three four five");
}

#[tokio::test]
async fn the_agent_calls_both_tools_and_answers_with_their_results() {
    let (server, llm) = serve(agent::offline(Server::builder())).await;
    let answer = agent::Agent::new(llm)
        .run(start! { query: agent::QUESTION })
        .timeout(Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!(answer, "12.5 * 4 = 50, and 100 °F is 37.78 °C.");

    let requests = server.requests();
    assert_eq!(
        requests.len(),
        2,
        "one call with the question, one with the results"
    );
    assert_eq!(requests[0].tools, ["calculate", "convert_temperature"]);
    // The second request carries the model's calls and the tools' results.
    let results = requests[1].tool_results();
    let mut answered: Vec<(&str, &str)> = results
        .iter()
        .map(|r| (r.tool_call_id.as_deref().unwrap(), r.content.as_str()))
        .collect();
    answered.sort();
    assert_eq!(answered, [("call_1_0", "50"), ("call_1_1", "37.78 °C")]);
    assert_eq!(
        requests[1].tool_call("call_1_1").unwrap().name,
        "convert_temperature"
    );
}

#[tokio::test]
async fn the_agent_tells_the_llm_about_a_bad_call_and_gives_up_after_its_rounds() {
    // A model that keeps calling a tool with arguments that do not fit.
    let bad_call = Reply::tool_call("calculate", json!({"a": 1, "op": "^", "b": 2}));
    let (server, llm) = serve(Server::builder().fallback(bad_call)).await;
    let err = agent::Agent::new(llm)
        .run(start! { query: "What is 1 ^ 2?" })
        .timeout(Duration::from_secs(10))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `think` failed: the LLM still called tools after 5 rounds instead of answering"
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 5);
    assert_eq!(
        requests[1].tool_results()[0].content,
        "error: unknown operator `^`; use +, -, * or /"
    );
}

#[tokio::test]
async fn streamed_tool_calls_come_whole() {
    let (_server, llm) = serve(Server::builder().reply(Reply::tool_calls([
        ("calculate", json!({"a": 12.5, "op": "*", "b": 4})),
        ("convert_temperature", json!({"value": 100, "from": "F"})),
    ])))
    .await;
    let mut stream = llm
        .stream_chat(&[Message::user(agent::QUESTION)], &agent::tools())
        .await
        .unwrap();
    let mut calls: Vec<ToolCall> = Vec::new();
    while let Some(delta) = stream.next().await {
        match delta.unwrap() {
            Delta::ToolCall(call) => calls.push(call),
            Delta::Token(t) => panic!("unexpected text {t:?}"),
        }
    }
    assert_eq!(stream.finish_reason(), Some(FinishReason::ToolCalls));
    assert_eq!(calls.len(), 2);
    assert_eq!(
        (calls[0].id.as_str(), calls[0].name.as_str()),
        ("call_1_0", "calculate")
    );
    assert_eq!(
        calls[0].arguments::<serde_json::Value>().unwrap(),
        json!({"a": 12.5, "op": "*", "b": 4})
    );
    assert_eq!(
        calls[1].arguments::<serde_json::Value>().unwrap(),
        json!({"value": 100, "from": "F"})
    );
}

#[tokio::test]
async fn a_missing_or_wrong_key_is_a_401_that_says_what_to_set() {
    let server = Server::builder()
        .api_key("sk-right-0123")
        .start()
        .await
        .unwrap();
    let config = LlmConfig::new().base_url(server.base_url());
    let endpoint = format!("{}/chat/completions", server.base_url());

    let no_key = Ask {
        llm: Llm::new(config.clone()).unwrap(),
    };
    let err = no_key.run(start! { query: "hi" }).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("step `generate` failed: {endpoint} answered HTTP 401 Unauthorized: You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). (set OPENAI_API_KEY, or give the key with LlmConfig::api_key)")
    );
    let e = llm_error(&err);
    assert_eq!(e.status(), Some(401));
    assert!(!e.is_retryable());

    let wrong = Ask {
        llm: Llm::new(config.clone().api_key("sk-wrong-9999")).unwrap(),
    };
    let err = wrong.run(start! { query: "hi" }).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("answered HTTP 401 Unauthorized: Incorrect API key provided: sk-******9999."),
        "{err}"
    );

    let right = Ask {
        llm: Llm::new(config.api_key("sk-right-0123")).unwrap(),
    };
    assert_eq!(
        right.run(start! { query: "hi" }).await.unwrap(),
        "You said: hi"
    );
}

#[tokio::test]
async fn a_429_carries_retry_after_and_the_next_attempt_succeeds() {
    let (server, llm) = serve(
        Server::builder()
            .reply(Reply::rate_limited("gpt-4o", 2))
            .reply(Reply::text("Made it.")),
    )
    .await;
    let flow = Ask { llm };
    // What a retry policy will do: look at the error, then run again.
    let mut attempts = Vec::new();
    let answer = loop {
        match flow.run(start! { query: "hi" }).await {
            Ok(answer) => break answer,
            Err(err) => {
                let e = llm_error(&err);
                assert!(e.is_retryable(), "{err}");
                attempts.push((e.status(), e.retry_after(), err.to_string()));
                assert!(attempts.len() < 3, "{attempts:?}");
            }
        }
    };
    assert_eq!(answer, "Made it.");
    assert_eq!(attempts.len(), 1);
    let (status, retry_after, message) = &attempts[0];
    assert_eq!(*status, Some(429));
    assert_eq!(*retry_after, Some(Duration::from_secs(2)));
    assert!(
        message.ends_with("HTTP 429 Too Many Requests: Rate limit reached for gpt-4o on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 2s. (retry after 2s)"),
        "{message}"
    );
    // Nothing underneath retried on its own: one request per attempt.
    assert_eq!(server.requests().len(), 2);
}

/// The cookbook's OpenAIGenerator with a retry policy for what a server
/// may cure: rate limits and server errors, waiting at least what the
/// server asked for.
struct PatientAsk {
    llm: Llm,
}

#[workflow]
impl PatientAsk {
    #[step(retry = RetryPolicy::constant(Duration::from_millis(10))
        .max_attempts(3)
        .retry_if(eventflow::llm::is_retryable)
        .delay_from(eventflow::llm::retry_after))]
    async fn generate(&self, ctx: &Context, ev: StartEvent) -> Result<StopEvent<String>, BoxError> {
        let query: String = ev.get("query")?;
        let answer = self.llm.complete(&query).await?;
        Ok(StopEvent::new(format!(
            "{answer} (attempt {})",
            ctx.attempt()
        )))
    }
}

#[tokio::test]
async fn a_retry_policy_waits_the_servers_retry_after_and_retries_a_500() {
    let (server, llm) = serve(
        Server::builder()
            .reply(Reply::rate_limited("gpt-4o", 1))
            .reply(Reply::server_error())
            .reply(Reply::text("Made it.")),
    )
    .await;
    let began = std::time::Instant::now();
    let answer = PatientAsk { llm }
        .run(start! { query: "hi" })
        .await
        .unwrap();
    assert_eq!(answer, "Made it. (attempt 3)");
    // The policy's own delay is 10 ms; the server asked for a second.
    assert!(
        began.elapsed() >= Duration::from_secs(1),
        "{:?}",
        began.elapsed()
    );
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_retry_policy_for_llm_errors_does_not_retry_an_exhausted_quota() {
    let (server, llm) = serve(
        Server::builder()
            .reply(Reply::error(
                429,
                "insufficient_quota",
                Some("insufficient_quota"),
                "You exceeded your current quota, please check your plan and billing details.",
            ))
            .reply(Reply::text("Never asked for.")),
    )
    .await;
    let err = PatientAsk { llm }
        .run(start! { query: "hi" })
        .await
        .unwrap_err();
    assert_eq!(llm_error(&err).status(), Some(429), "{err}");
    // An error the policy does not retry fails the step as it is.
    assert!(
        matches!(
            err,
            WorkflowError::StepFailed {
                step: "generate",
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(server.requests().len(), 1, "a used-up quota is not retried");
}

#[tokio::test]
async fn a_500_fails_the_step_with_the_servers_message() {
    let (server, llm) = serve(Server::builder().reply(Reply::server_error())).await;
    let err = Ask { llm }.run(start! { query: "hi" }).await.unwrap_err();
    assert!(matches!(
        err,
        WorkflowError::StepFailed {
            step: "generate",
            ..
        }
    ));
    assert!(
        err.to_string().ends_with("answered HTTP 500 Internal Server Error: The server had an error while processing your request. Sorry about that!"),
        "{err}"
    );
    let e = llm_error(&err);
    assert_eq!(e.status(), Some(500));
    assert!(e.is_retryable());
    assert_eq!(server.requests().len(), 1, "no retry underneath");
}

#[tokio::test]
async fn an_unknown_model_is_a_404_that_says_what_to_set() {
    let server = Server::builder().start().await.unwrap();
    let llm = Llm::new(LlmConfig::new().base_url(server.base_url()).model("gpt-9")).unwrap();
    let e = llm.complete("hi").await.unwrap_err();
    assert_eq!(e.status(), Some(404));
    assert!(e.to_string().ends_with(
        "HTTP 404 Not Found: The model `gpt-9` does not exist or you do not have access to it. (choose another model with OPENAI_MODEL or LlmConfig::model)"
    ), "{e}");
}

#[tokio::test]
async fn a_server_gone_mid_stream_fails_the_run_at_once() {
    let (_server, llm) =
        serve(Server::builder().reply(Reply::drop_after("one two three four five", 3))).await;
    let handler = Arc::new(StreamingAsk { llm })
        .run(start! { query: "count" })
        .timeout(Duration::from_secs(30))
        .start();
    let events = handler.stream_events().unwrap();
    let outcome = tokio::time::timeout(Duration::from_secs(10), async {
        let tokens: Vec<String> = events
            .filter_map(|ev| async move { ev.downcast::<Token>().ok().map(|t| t.0) })
            .collect()
            .await;
        (tokens, handler.await)
    })
    .await
    .expect("the run ends on its own, well before its timeout");
    let (tokens, result) = outcome;
    assert_eq!(tokens, ["one", " two", " three"]);
    let err = result.unwrap_err();
    assert!(
        matches!(llm_error(&err), LlmError::Interrupted { .. }),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("broke before the reply was complete"),
        "{err}"
    );
}

#[tokio::test]
async fn a_response_cut_before_it_is_whole_is_an_interruption() {
    let (_server, llm) = serve(Server::builder().reply(Reply::drop_after("whole answer", 0))).await;
    let e = llm.complete("hi").await.unwrap_err();
    assert!(matches!(e, LlmError::Interrupted { .. }), "{e:?}");
    assert!(e.is_retryable());
}

#[tokio::test]
async fn a_server_that_never_answers_meets_the_runs_timeout() {
    let (_server, llm) = serve(Server::builder().reply(Reply::hang())).await;
    let err = Ask { llm }
        .run(start! { query: "hi" })
        .timeout(Duration::from_millis(300))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, WorkflowError::Timeout { active, .. } if active == &["generate"]),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_silent_server_meets_the_clients_timeout() {
    let gate = Gate::new();
    let server = Server::builder()
        .reply(Reply::hang())
        .reply(Reply::text("one two three").hold_after(1, &gate))
        .start()
        .await
        .unwrap();
    let llm = Llm::new(
        LlmConfig::new()
            .base_url(server.base_url())
            .timeout(Duration::from_millis(200)),
    )
    .unwrap();
    let e = llm.complete("hi").await.unwrap_err();
    assert!(matches!(e, LlmError::Timeout { .. }), "{e:?}");
    assert!(
        e.to_string().ends_with(
            "sent nothing for 200ms; raise LlmConfig::timeout if the model needs longer"
        ),
        "{e}"
    );

    // A stream that stalls after its first token.
    let mut stream = llm.stream_complete("hi").await.unwrap();
    assert_eq!(
        stream.next().await.unwrap().unwrap(),
        Delta::Token("one".into())
    );
    let e = stream.next().await.unwrap().unwrap_err();
    assert!(matches!(e, LlmError::Timeout { .. }), "{e:?}");
    assert!(e.is_retryable());
    assert!(stream.next().await.is_none());
}

#[tokio::test]
async fn a_server_that_is_not_there_is_a_connect_error() {
    let server = Server::builder().start().await.unwrap();
    let base_url = server.base_url();
    server.shutdown().await;
    let llm = Llm::new(LlmConfig::new().base_url(&base_url)).unwrap();
    let e = llm.complete("hi").await.unwrap_err();
    assert!(matches!(e, LlmError::Connect { .. }), "{e:?}");
    let text = e.to_string();
    assert!(
        text.starts_with(&format!(
            "could not connect to {base_url}/chat/completions: "
        )) && text.ends_with("is the server running, and is the base URL (OPENAI_BASE_URL) right?"),
        "{text}"
    );
}

#[test]
fn bad_settings_are_refused_before_any_request() {
    let e = Llm::new(LlmConfig::new().base_url("localhost:8000/v1")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid LLM settings: the base URL `localhost:8000/v1` must be http or https, not localhost"
    );
}
