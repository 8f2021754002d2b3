//! A run that outlives its process: 200 steps kept in a SQLite journal.
//!
//! ```sh
//! cargo run --example durable --features sqlite -- --db runs.db
//! ```
//!
//! Each step sleeps about 10 ms, then, inside a journaled side effect,
//! appends `step N` to `runs.db.effects`. Kill the process at any moment
//! (Ctrl-C, `kill -9`) and start it again with the same `--db`: the run
//! goes on from where its journal ends instead of starting over. A step
//! that was running is run again; its side effect is not repeated when its
//! value was written down, and at most repeated once when the process died
//! between the effect and the write. At the end it prints
//! `done: 200 steps`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use eventflow::journal::Journal;
use eventflow::prelude::*;
use eventflow::BoxError;

/// How many steps the run takes.
const STEPS: u32 = 200;

/// The next step to take.
#[event]
struct Next(u32);

/// Appends a line per step to a file, through a journaled side effect.
struct Steps {
    effects: PathBuf,
}

#[workflow]
impl Steps {
    #[step]
    async fn begin(&self, _ev: StartEvent) -> Next {
        Next(1)
    }

    #[step]
    async fn work(
        &self,
        ctx: &Context,
        ev: Next,
    ) -> Result<Either<Next, StopEvent<u32>>, BoxError> {
        tokio::time::sleep(Duration::from_millis(10)).await;
        let n = ev.0;
        ctx.run("append", || async { append(&self.effects, n) })
            .await?;
        Ok(match n {
            STEPS => Either::Right(StopEvent::new(n)),
            n => Either::Left(Next(n + 1)),
        })
    }
}

/// Add the line `step n` to `path`.
fn append(path: &Path, n: u32) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    writeln!(file, "step {n}")
}

/// The value of `--db`.
fn db_from_args() -> Result<PathBuf, String> {
    let mut args = std::env::args().skip(1);
    match (args.next().as_deref(), args.next()) {
        (Some("--db"), Some(path)) => Ok(PathBuf::from(path)),
        _ => Err("usage: durable --db FILE".into()),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let db = db_from_args()?;
    let mut effects = db.clone().into_os_string();
    effects.push(".effects");
    let flow = Steps {
        effects: effects.into(),
    };
    let journal = Journal::open(&db)?;
    let live = journal.live_runs_of::<Steps>()?;
    let steps = match live.first() {
        Some(run) => {
            eprintln!("resuming run `{}` ({} entries)", run.id, run.entries);
            flow.resume_journaled(&journal, &run.id).await?
        }
        None => {
            // A new run: its effects start a new file.
            let _ = std::fs::remove_file(&flow.effects);
            flow.run(StartEvent::default())
                .journal(&journal)
                .run_id("steps")
                .await?
        }
    };
    println!("done: {steps} steps");
    Ok(())
}
