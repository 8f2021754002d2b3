//! Human in the loop: a step asks a question and waits, inside the step,
//! for the answer from outside the run.
//!
//! ```sh
//! cargo run --example human_in_the_loop                     # asks on the terminal
//! cargo run --example human_in_the_loop -- --answer Ferris  # answers without one
//! ```

use std::io::IsTerminal;
use std::sync::Arc;

use eventflow::prelude::*;
use futures::StreamExt;

/// Greets whoever answers.
struct Greeter;

#[workflow]
impl Greeter {
    #[step(waits_for = [HumanResponseEvent])]
    async fn greet(
        &self,
        ctx: &Context,
        _ev: StartEvent,
    ) -> Result<StopEvent<String>, WorkflowError> {
        let answer: HumanResponseEvent = ctx
            .wait_for_event()
            .ask(InputRequiredEvent::new("What's your name? "))
            .await?;
        Ok(StopEvent::new(format!(
            "Hello, {}!",
            answer.response.trim()
        )))
    }
}

fn answer_from_args() -> Result<Option<String>, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => Ok(None),
        [flag, answer] if flag == "--answer" => Ok(Some(answer.clone())),
        _ => Err("usage: human_in_the_loop [--answer TEXT]".into()),
    }
}

/// The answer: given with `--answer`, else typed on the terminal.
fn answer_for(question: &InputRequiredEvent, given: &Option<String>) -> Result<String, String> {
    if let Some(answer) = given {
        println!("{}{answer}", question.prefix);
        return Ok(answer.clone());
    }
    if !std::io::stdin().is_terminal() {
        return Err("stdin is not a terminal: pass the answer with --answer TEXT".into());
    }
    eprint!("{}", question.prefix);
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| format!("reading the answer: {e}"))?;
    Ok(line.trim().to_owned())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let given = answer_from_args()?;
    let handler = Arc::new(Greeter).run(StartEvent::new()).start();
    let mut events = handler.stream_events()?;
    while let Some(ev) = events.next().await {
        if let Some(question) = ev.downcast_ref::<InputRequiredEvent>() {
            let answer = answer_for(question, &given)?;
            handler.send_event(HumanResponseEvent::new(answer))?;
        }
    }
    println!("{}", handler.await?);
    Ok(())
}
