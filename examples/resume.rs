//! Snapshot and resume across processes.
//!
//! ```sh
//! cargo run --example resume -- --save run.json                 # runs until it waits, saves, exits
//! cargo run --example resume -- --resume run.json --answer yes  # a new process finishes the run
//! ```
//!
//! The step does a side effect, then waits for a human. `--save` prints
//! `side effect before the wait` once and writes the run's snapshot while
//! it waits. `--resume` starts the run again from the snapshot in a new
//! process: the waiting step runs again from its top (at least once: the
//! side effect is printed again there), its wait returns the answer at
//! once, and the result is printed.

use std::sync::Arc;

use eventflow::prelude::*;
use eventflow::Snapshot;
use futures::StreamExt;

/// Books a table once a human approves.
struct Booking;

#[workflow]
impl Booking {
    #[step(waits_for = [HumanResponseEvent])]
    async fn book(
        &self,
        ctx: &Context,
        ev: StartEvent,
    ) -> Result<StopEvent<String>, WorkflowError> {
        let table: String = ev.get("table")?;
        println!("side effect before the wait");
        ctx.store.set("held", &table).await?;
        let approval: HumanResponseEvent = ctx
            .wait_for_event()
            .ask(InputRequiredEvent::new(format!("Book {table}?")))
            .await?;
        let held: String = ctx.store.get("held").await?;
        Ok(StopEvent::new(format!(
            "{held}: the answer was {:?}",
            approval.response
        )))
    }
}

enum Mode {
    Save(String),
    Resume { file: String, answer: String },
}

fn mode() -> Result<Mode, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, file] if flag == "--save" => Ok(Mode::Save(file.clone())),
        [r, file, a, answer] if r == "--resume" && a == "--answer" => Ok(Mode::Resume {
            file: file.clone(),
            answer: answer.clone(),
        }),
        _ => Err("usage: resume --save FILE | resume --resume FILE --answer TEXT".into()),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let flow = Arc::new(Booking);
    match mode()? {
        Mode::Save(file) => {
            let handler = flow.run(start! { table: "table for two" }).start();
            let mut events = handler.stream_events()?;
            while let Some(ev) = events.next().await {
                if ev.downcast_ref::<InputRequiredEvent>().is_some() {
                    break;
                }
            }
            let snapshot = handler.snapshot().await?;
            std::fs::write(&file, snapshot.to_json())
                .map_err(|e| format!("writing the snapshot to {file}: {e}"))?;
            handler.cancel();
            println!("saved the waiting run {} to {file}", snapshot.run_id);
        }
        Mode::Resume { file, answer } => {
            let bytes =
                std::fs::read(&file).map_err(|e| format!("reading the snapshot {file}: {e}"))?;
            let snapshot = Snapshot::from_json(&bytes)?;
            let handler = flow.resume(snapshot).start();
            handler.send_event(HumanResponseEvent::new(answer))?;
            println!("{}", handler.await?);
        }
    }
    Ok(())
}
