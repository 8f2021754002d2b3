//! Journal overhead (feature `journal`): a loop of steps run in memory and
//! kept in a SQLite journal, side by side in one process run.
//!
//! Two shapes of step. A step that awaits something (here a yield, in
//! real life I/O) ends the driver's poll, and the driver writes down what
//! the machine recorded at the end of each poll: one commit per step. A
//! step that returns at once lets the driver run up to its poll budget of
//! steps in one poll: one commit per batch. Each is timed in memory, with
//! the journal syncing every commit to disk (survives power loss), and
//! with the journal leaving that to the OS (survives the process dying).

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Instant;

use eventflow::journal::{Durability, Journal};
use eventflow::prelude::*;
use serde_json::{json, Value};

use crate::measure::{per, Sample};
use crate::{current_thread, Mode, Side};

#[event]
pub struct Hop(u64);

/// `hops` steps; each yields to the runtime first when `yields`.
pub struct Hops {
    hops: u64,
    yields: bool,
}

#[workflow]
impl Hops {
    #[step]
    async fn begin(&self, _ev: StartEvent) -> Hop {
        Hop(1)
    }

    #[step]
    async fn hop(&self, ev: Hop) -> Either<Hop, StopEvent<u64>> {
        if self.yields {
            tokio::task::yield_now().await;
        }
        match ev.0 {
            n if n == self.hops => Either::Right(StopEvent::new(n)),
            n => Either::Left(Hop(n + 1)),
        }
    }
}

/// A journal file of this process, removed at the end.
struct Db(std::path::PathBuf);

impl Db {
    fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!(
            "eventflow-bench-{}-{name}.db",
            std::process::id()
        ));
        let db = Db(path);
        db.clean();
        db
    }

    fn clean(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = self.0.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        self.clean();
    }
}

pub fn journal(mode: &Mode) -> Vec<Value> {
    let rt = current_thread();
    let hops = mode.journal_hops;
    let full = Db::new("full");
    let normal = Db::new("normal");
    let journals = [
        (Journal::open(&full.0).expect("journal"), Durability::PowerLoss),
        (Journal::open(&normal.0).expect("journal"), Durability::ProcessCrash),
    ];
    for (j, d) in &journals {
        j.set_durability(*d).expect("durability");
    }
    let ids = AtomicU32::new(0);
    let mut out = Vec::new();
    for yields in [true, false] {
        let flow = Hops { hops, yields };
        let run_in = |journal: Option<&Journal>| -> f64 {
            let started = Instant::now();
            let n = rt.block_on(async {
                let run = flow.run(StartEvent::new()).timeout(crate::TIMEOUT);
                match journal {
                    Some(j) => {
                        let id = format!("r{}", ids.fetch_add(1, Ordering::Relaxed));
                        let n = run.journal(j).run_id(id.clone()).await;
                        j.delete(&id).expect("delete");
                        n
                    }
                    None => run.await,
                }
            });
            assert_eq!(n.expect("hops run"), hops);
            per(started.elapsed(), hops as f64)
        };
        let mut sides: Vec<Side<'_>> = vec![
            Box::new(|| run_in(None)),
            Box::new(|| run_in(Some(&journals[0].0))),
            Box::new(|| run_in(Some(&journals[1].0))),
        ];
        let samples = crate::interleaved(mode, &mut sides);
        let overhead = |s: &Sample| s.median() - samples[0].median();
        out.push(json!({
            "workload": "journal",
            "params": { "hops": hops, "commit": if yields { "per step" } else { "per batch (driver poll)" } },
            "unit": "us/step",
            "memory": samples[0].to_json(),
            "journal_sync_every_commit": samples[1].to_json(),
            "journal_sync_by_os": samples[2].to_json(),
            "overhead_us_per_step": {
                "sync_every_commit": overhead(&samples[1]),
                "sync_by_os": overhead(&samples[2]),
            },
        }));
    }
    out
}
