//! The server over real HTTP, read as a client reads it: status, headers,
//! JSON bodies and server-sent events.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use eventflow_openai_server::{Gate, Reply, ScriptFile, Server};
use futures::StreamExt;
use serde_json::{json, Value};

fn chat_body(prompt: &str, stream: bool) -> Value {
    json!({
        "model": "gpt-4o",
        "stream": stream,
        "messages": [{"role": "user", "content": prompt}],
    })
}

async fn post(server: &Server, body: &Value) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/chat/completions", server.base_url()))
        .json(body)
        .send()
        .await
        .unwrap()
}

/// The `data:` payloads of an event stream.
fn events(text: &str) -> Vec<String> {
    text.split("\n\n")
        .filter(|e| !e.is_empty())
        .map(|e| e.strip_prefix("data: ").unwrap_or(e).to_owned())
        .collect()
}

fn json_events(events: &[String]) -> Vec<Value> {
    events[..events.len() - 1]
        .iter()
        .map(|e| serde_json::from_str(e).unwrap())
        .collect()
}

#[tokio::test]
async fn answers_a_whole_completion() {
    let server = Server::builder()
        .on_prompt("LlamaIndex", Reply::text("A data framework."))
        .start()
        .await
        .unwrap();
    let response = post(&server, &chat_body("What's LlamaIndex?", false)).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["object"], "chat.completion");
    assert_eq!(body["id"], "chatcmpl-1");
    assert_eq!(body["model"], "gpt-4o");
    assert_eq!(body["choices"][0]["message"]["role"], "assistant");
    assert_eq!(
        body["choices"][0]["message"]["content"],
        "A data framework."
    );
    assert_eq!(body["choices"][0]["finish_reason"], "stop");
    assert_eq!(body["usage"]["prompt_tokens"], 2);
    assert_eq!(body["usage"]["completion_tokens"], 3);
    assert_eq!(server.requests()[0].prompt(), "What's LlamaIndex?");
}

#[tokio::test]
async fn streams_words_as_chunks_ending_in_done() {
    let server = Server::builder()
        .reply(Reply::text("Streams come word by word."))
        .start()
        .await
        .unwrap();
    let mut body = chat_body("go", true);
    body["stream_options"] = json!({"include_usage": true});
    let response = post(&server, &body).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    let events = events(&response.text().await.unwrap());
    assert_eq!(events.last().unwrap(), "[DONE]");
    let chunks = json_events(&events);
    assert!(chunks
        .iter()
        .all(|c| c["object"] == "chat.completion.chunk"));
    assert_eq!(chunks[0]["choices"][0]["delta"]["role"], "assistant");
    let text: String = chunks
        .iter()
        .filter_map(|c| c["choices"][0]["delta"]["content"].as_str())
        .collect();
    assert_eq!(text, "Streams come word by word.");
    let finish: Vec<_> = chunks
        .iter()
        .filter_map(|c| c["choices"][0]["finish_reason"].as_str())
        .collect();
    assert_eq!(finish, ["stop"]);
    // The usage chunk comes last, with no choices.
    let usage = chunks.last().unwrap();
    assert_eq!(usage["choices"], json!([]));
    assert_eq!(usage["usage"]["completion_tokens"], 5);
}

#[tokio::test]
async fn tool_calls_whole_and_streamed() {
    let calls = Reply::tool_calls([
        ("get_weather", json!({"city": "Zürich", "unit": "celsius"})),
        ("add", json!({"a": 2, "b": 3})),
    ]);
    let server = Server::builder()
        .reply(calls.clone())
        .reply(calls)
        .start()
        .await
        .unwrap();

    let body: Value = post(&server, &chat_body("weather?", false))
        .await
        .json()
        .await
        .unwrap();
    let choice = &body["choices"][0];
    assert_eq!(choice["finish_reason"], "tool_calls");
    assert_eq!(choice["message"]["content"], Value::Null);
    let whole = choice["message"]["tool_calls"].as_array().unwrap();
    assert_eq!(whole.len(), 2);
    assert_eq!(whole[0]["id"], "call_1_0");
    assert_eq!(whole[0]["type"], "function");
    assert_eq!(whole[0]["function"]["name"], "get_weather");
    let args: Value =
        serde_json::from_str(whole[0]["function"]["arguments"].as_str().unwrap()).unwrap();
    assert_eq!(args, json!({"city": "Zürich", "unit": "celsius"}));

    let text = post(&server, &chat_body("weather?", true))
        .await
        .text()
        .await
        .unwrap();
    let chunks = json_events(&events(&text));
    // Reassemble as a client does: by index, arguments in pieces.
    let mut streamed: Vec<(String, String, String)> = Vec::new();
    let mut pieces = 0;
    for chunk in &chunks {
        for call in chunk["choices"][0]["delta"]["tool_calls"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let i = call["index"].as_u64().unwrap() as usize;
            if let Some(id) = call["id"].as_str() {
                let name = call["function"]["name"].as_str().unwrap().to_owned();
                streamed.insert(i, (id.to_owned(), name, String::new()));
            }
            let piece = call["function"]["arguments"].as_str().unwrap();
            if !piece.is_empty() {
                pieces += 1;
            }
            streamed[i].2.push_str(piece);
        }
    }
    assert!(pieces > 4, "arguments come in several pieces: {text}");
    assert_eq!(streamed.len(), 2);
    assert_eq!(streamed[1].0, "call_2_1");
    assert_eq!(streamed[1].1, "add");
    assert_eq!(
        serde_json::from_str::<Value>(&streamed[0].2).unwrap(),
        json!({"city": "Zürich", "unit": "celsius"})
    );
    let last = &chunks.last().unwrap()["choices"][0];
    assert_eq!(last["finish_reason"], "tool_calls");
}

#[tokio::test]
async fn lists_models_and_refuses_unknown_ones_and_urls() {
    let server = Server::builder()
        .models(["local-model"])
        .start()
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let list: Value = client
        .get(format!("{}/models", server.base_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["object"], "list");
    assert_eq!(list["data"][0]["id"], "local-model");

    let response = post(&server, &chat_body("hi", false)).await;
    assert_eq!(response.status(), 404);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "model_not_found");
    assert_eq!(
        body["error"]["message"],
        "The model `gpt-4o` does not exist or you do not have access to it."
    );

    let response = client
        .get(format!("{}/chat/completions", server.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        body["error"]["message"],
        "Invalid URL (GET /v1/chat/completions)"
    );
}

#[tokio::test]
async fn a_malformed_request_is_a_400_naming_the_parameter() {
    let server = Server::builder().start().await.unwrap();
    let response = post(&server, &json!({"model": "gpt-4o", "messages": []})).await;
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["type"], "invalid_request_error");
    assert_eq!(body["error"]["param"], "messages");
    assert_eq!(body["error"]["code"], "empty_array");
}

#[tokio::test]
async fn a_required_key_is_checked() {
    let server = Server::builder()
        .api_key("sk-right-key")
        .start()
        .await
        .unwrap();
    let url = format!("{}/chat/completions", server.base_url());
    let client = reqwest::Client::new();
    let body = chat_body("hi", false);

    let none = client.post(&url).json(&body).send().await.unwrap();
    assert_eq!(none.status(), 401);
    let none: Value = none.json().await.unwrap();
    assert!(none["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("You didn't provide an API key."));

    let wrong = client
        .post(&url)
        .bearer_auth("sk-wrong-key-9876")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let wrong: Value = wrong.json().await.unwrap();
    assert_eq!(wrong["error"]["code"], "invalid_api_key");
    assert_eq!(
        wrong["error"]["message"],
        "Incorrect API key provided: sk-**********9876."
    );

    let right = client
        .post(&url)
        .bearer_auth("sk-right-key")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(right.status(), 200);
    assert_eq!(server.requests().len(), 1, "refused requests are not kept");
}

#[tokio::test]
async fn scripted_errors_carry_the_real_bodies_and_headers() {
    let server = Server::builder()
        .reply(Reply::rate_limited("gpt-4o", 7))
        .reply(Reply::server_error())
        .start()
        .await
        .unwrap();
    let limited = post(&server, &chat_body("hi", false)).await;
    assert_eq!(limited.status(), 429);
    assert_eq!(limited.headers()["retry-after"], "7");
    assert_eq!(limited.headers()["retry-after-ms"], "7000");
    assert_eq!(limited.headers()["x-ratelimit-remaining-requests"], "0");
    let body: Value = limited.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limit_exceeded");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .ends_with("Please try again in 7s."));

    let failed = post(&server, &chat_body("hi", true)).await;
    assert_eq!(failed.status(), 500);
    let body: Value = failed.json().await.unwrap();
    assert_eq!(body["error"]["type"], "server_error");
    // The queue is used up: the fallback echoes.
    let echo: Value = post(&server, &chat_body("still there?", false))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        echo["choices"][0]["message"]["content"],
        "You said: still there?"
    );
}

#[tokio::test]
async fn a_dropped_stream_ends_in_an_error_after_its_chunks() {
    let server = Server::builder()
        .reply(Reply::drop_after("one two three four five", 2))
        .reply(Reply::drop_after("cut before the body", 0))
        .start()
        .await
        .unwrap();
    let response = post(&server, &chat_body("go", true)).await;
    assert_eq!(response.status(), 200);
    let mut body = response.bytes_stream();
    let mut received = String::new();
    let error = loop {
        match body.next().await {
            Some(Ok(bytes)) => received.push_str(&String::from_utf8_lossy(&bytes)),
            Some(Err(e)) => break e,
            None => panic!("the stream ended cleanly: {received}"),
        }
    };
    assert!(error.is_body() || error.is_decode(), "{error:?}");
    assert!(received.contains("\"one\"") && received.contains("\" two\""));
    assert!(!received.contains("three") && !received.contains("[DONE]"));

    // Not streamed, the connection closes before a whole response is out.
    let whole = reqwest::Client::new()
        .post(format!("{}/chat/completions", server.base_url()))
        .json(&chat_body("go", false))
        .send()
        .await;
    match whole {
        Err(e) => assert!(e.is_request(), "{e:?}"),
        Ok(response) => assert!(response.bytes().await.is_err()),
    }
}

#[tokio::test]
async fn a_hanging_request_waits_until_the_server_goes() {
    let server = Server::builder()
        .reply(Reply::hang())
        .start()
        .await
        .unwrap();
    let url = format!("{}/chat/completions", server.base_url());
    let request = reqwest::Client::new()
        .post(&url)
        .timeout(Duration::from_millis(200))
        .json(&chat_body("hello?", false))
        .send()
        .await;
    assert!(request.unwrap_err().is_timeout());

    server.push_reply(Reply::hang());
    let waiting = tokio::spawn(async move {
        reqwest::Client::new()
            .post(&url)
            .json(&chat_body("hello?", false))
            .send()
            .await
            .unwrap()
            .status()
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(!waiting.is_finished());
    server.shutdown().await;
    assert_eq!(waiting.await.unwrap(), 503);
}

#[tokio::test]
async fn a_held_stream_delivers_its_first_chunks_before_the_rest() {
    let gate = Gate::new();
    let server = Server::builder()
        .reply(Reply::text("first second third").hold_after(1, &gate))
        .start()
        .await
        .unwrap();
    let response = post(&server, &chat_body("go", true)).await;
    let mut body = response.bytes_stream();
    let mut received = String::new();
    // The role chunk and the first word arrive while the reply is held.
    while !received.contains("\"first\"") {
        let bytes = body.next().await.unwrap().unwrap();
        received.push_str(&String::from_utf8_lossy(&bytes));
    }
    assert!(!received.contains("second"));
    let pending = tokio::time::timeout(Duration::from_millis(100), body.next()).await;
    assert!(pending.is_err(), "nothing more comes until the gate opens");
    gate.open();
    while let Some(bytes) = body.next().await {
        received.push_str(&String::from_utf8_lossy(&bytes.unwrap()));
    }
    assert!(received.contains("\" second\"") && received.ends_with("data: [DONE]\n\n"));
}

#[tokio::test]
async fn rules_answer_in_order_after_the_queue() {
    let server = Server::builder()
        .reply(Reply::text("queued"))
        .rule(|req| (!req.tool_results().is_empty()).then(|| Reply::text("got tool results")))
        .on_prompt("weather", Reply::text("sunny"))
        .fallback(Reply::text("no idea"))
        .start()
        .await
        .unwrap();
    let answer = |body: Value| {
        let server = &server;
        async move {
            let v: Value = post(server, &body).await.json().await.unwrap();
            v["choices"][0]["message"]["content"]
                .as_str()
                .unwrap()
                .to_owned()
        }
    };
    assert_eq!(answer(chat_body("weather?", false)).await, "queued");
    assert_eq!(answer(chat_body("weather?", false)).await, "sunny");
    assert_eq!(answer(chat_body("what else?", false)).await, "no idea");
    let with_results = json!({"model": "gpt-4o", "messages": [
        {"role": "user", "content": "weather?"},
        {"role": "assistant", "content": null, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "w", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "sunny"},
    ]});
    assert_eq!(answer(with_results).await, "got tool results");
    assert_eq!(server.requests().len(), 4);
}

#[test]
fn a_script_file_loads_or_says_what_is_wrong() {
    let dir = std::env::temp_dir().join(format!("eventflow-script-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.json");
    std::fs::write(
        &good,
        r#"{"replies": [{"text": "hi"}], "fallback": {"text": "bye"}}"#,
    )
    .unwrap();
    let script = ScriptFile::load(&good).unwrap();
    assert_eq!(script.replies, [Reply::text("hi")]);
    assert_eq!(script.fallback, Some(Reply::text("bye")));
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"answers": []}"#).unwrap();
    let e = ScriptFile::load(&bad).unwrap_err().to_string();
    assert!(
        e.contains("bad.json is not a valid script: unknown field `answers`"),
        "{e}"
    );
    let e = ScriptFile::load(dir.join("missing.json"))
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("could not read the script"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A child process that is killed when the test ends, passed or failed.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_command_serves_its_script() {
    let dir = std::env::temp_dir().join(format!("eventflow-cmd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("script.json");
    std::fs::write(
        &script,
        r#"{"rules": [{"prompt_contains": "ping", "reply": {"text": "pong"}}]}"#,
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_eventflow-openai-server"))
        .args(["--port", "0", "--api-key", "sk-cmd", "--script"])
        .arg(&script)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map(KillOnDrop)
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.0.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base_url = line
        .trim()
        .split_once("OPENAI_BASE_URL=")
        .map(|(_, url)| url.to_owned())
        .unwrap_or_else(|| panic!("no URL in `{line}`"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let answer: Value = runtime.block_on(async {
        reqwest::Client::new()
            .post(format!("{base_url}/chat/completions"))
            .bearer_auth("sk-cmd")
            .json(&chat_body("ping", false))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    drop(child);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(answer["choices"][0]["message"]["content"], "pong");
}

#[test]
fn the_command_explains_bad_arguments() {
    let out = Command::new(env!("CARGO_BIN_EXE_eventflow-openai-server"))
        .args(["--port", "eighty"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "--port takes a number from 0 to 65535, got `eighty`"
    );
    let help = Command::new(env!("CARGO_BIN_EXE_eventflow-openai-server"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).starts_with("usage: eventflow-openai-server"));
}
