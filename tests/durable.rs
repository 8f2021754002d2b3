//! Runs kept in a SQLite journal: a run dropped midway (what a dead process
//! leaves) goes on from its journal, journaled side effects are not
//! repeated, code before a wait is not run twice, the timeout counts only
//! the time alive, and the `durable` example survives SIGKILL at random
//! moments. Time is tokio's paused clock, except for the killed processes.

#![cfg(feature = "sqlite")]

use std::future::IntoFuture;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

mod support;

use eventflow::journal::{Journal, RunStatus};
use eventflow::prelude::*;
use eventflow::BoxError;
use futures::StreamExt;
use rand::{Rng, SeedableRng};
use support::{process, TempDb};

// ---- a run that stops midway ----

#[event]
struct Next(u32);

/// Twenty steps of 10 ms; each counts its side effect.
struct Twenty {
    effects: Arc<Mutex<Vec<u32>>>,
}

impl Twenty {
    fn new() -> Self {
        Twenty {
            effects: Arc::default(),
        }
    }

    fn effects(&self) -> Vec<u32> {
        self.effects.lock().unwrap().clone()
    }
}

#[workflow]
impl Twenty {
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
        let done: u32 = ctx
            .run("count", || async {
                self.effects.lock().unwrap().push(n);
                Ok::<_, BoxError>(n)
            })
            .await?;
        ctx.store.set("last", done).await?;
        Ok(match n {
            20 => Either::Right(StopEvent::new(n)),
            n => Either::Left(Next(n + 1)),
        })
    }
}

/// Start run `id` of `flow` in `journal` and drop it after `after` of the
/// paused clock, as a process that died would leave it.
fn run_and_drop(flow: &Twenty, journal: &Journal, id: &str, after: Duration) {
    process().block_on(async {
        let run = flow.run(StartEvent::default()).journal(journal).run_id(id);
        let stopped = tokio::time::timeout(after, run).await;
        assert!(stopped.is_err(), "the run ended before it was dropped");
    });
}

#[test]
fn a_run_dropped_midway_goes_on_from_its_journal_and_repeats_no_side_effect() {
    let db = TempDb::new("midway");
    let journal = Journal::open(&db.0).unwrap();
    let first = Twenty::new();
    run_and_drop(&first, &journal, "twenty", Duration::from_millis(105));
    assert_eq!(first.effects(), (1..=10).collect::<Vec<_>>());
    let info = journal.run("twenty").unwrap();
    assert_eq!(info.status, RunStatus::Live);
    assert!(info.entries > 10, "{info:?}");

    // Another "process": the journal reopened, a new workflow value.
    let journal = Journal::open(&db.0).unwrap();
    assert_eq!(journal.live_runs().unwrap().len(), 1);
    let second = Twenty::new();
    let (result, last) = process().block_on(async {
        let ctx = Context::new();
        let result = second
            .resume_journaled(&journal, "twenty")
            .context(&ctx)
            .await
            .unwrap();
        (result, ctx.store.get::<u32>("last").await.unwrap())
    });
    assert_eq!(result, 20);
    assert_eq!(last, 20, "the store came back and went on");
    // Steps 1-10 were done before: their effects ran in the first process.
    assert_eq!(second.effects(), (11..=20).collect::<Vec<_>>());
    let info = journal.run("twenty").unwrap();
    assert_eq!(info.status, RunStatus::Done);
    assert_eq!(info.outcome, Some(serde_json::json!({ "result": 20 })));
    assert!(journal.live_runs().unwrap().is_empty());
}

#[test]
fn a_live_run_id_is_refused_a_finished_one_is_reused_and_runs_can_be_deleted() {
    let db = TempDb::new("ids");
    let journal = Journal::open(&db.0).unwrap();
    let flow = Twenty::new();
    run_and_drop(&flow, &journal, "order-7", Duration::from_millis(35));
    let err = process()
        .block_on(
            flow.run(StartEvent::default())
                .journal(&journal)
                .run_id("order-7")
                .into_future(),
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the run's journal: a run `order-7` is already live in this journal; give the new run another id, or finish or delete that run"
    );
    let done = process()
        .block_on(flow.resume_journaled(&journal, "order-7").into_future())
        .unwrap();
    assert_eq!(done, 20);
    // Finished: the id may start a new run, which replaces the old one.
    let again = process()
        .block_on(
            flow.run(StartEvent::default())
                .journal(&journal)
                .run_id("order-7")
                .into_future(),
        )
        .unwrap();
    assert_eq!(again, 20);
    let runs = journal.runs().unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(
        (runs[0].id.as_str(), runs[0].status),
        ("order-7", RunStatus::Done)
    );
    assert_eq!(runs[0].workflow, std::any::type_name::<Twenty>());
    journal.delete("order-7").unwrap();
    assert!(journal.runs().unwrap().is_empty());
    assert_eq!(
        journal.delete("order-7").unwrap_err().to_string(),
        "the journal has no run `order-7`"
    );
}

/// Streams a note no step takes or returns, then takes a while.
struct Noting;

#[event]
struct Note(String);

#[workflow]
impl Noting {
    #[step]
    async fn note(&self, ctx: &Context, _ev: StartEvent) -> StopEvent<u32> {
        ctx.write_event_to_stream(Note("started".into()));
        tokio::time::sleep(Duration::from_millis(50)).await;
        StopEvent::new(1)
    }
}

#[test]
fn a_run_that_streamed_an_event_no_step_takes_goes_on_from_its_journal() {
    let db = TempDb::new("noting");
    let journal = Journal::open(&db.0).unwrap();
    process().block_on(async {
        let run = Noting
            .run(StartEvent::default())
            .journal(&journal)
            .run_id("n");
        let stopped = tokio::time::timeout(Duration::from_millis(20), run).await;
        assert!(stopped.is_err(), "the run ended before it was dropped");
    });
    let journal = Journal::open(&db.0).unwrap();
    let out = process()
        .block_on(Noting.resume_journaled(&journal, "n").into_future())
        .unwrap();
    assert_eq!(out, 1);
}

#[test]
fn a_run_whose_process_died_before_it_wrote_its_end_ends_with_its_result() {
    let db = TempDb::new("unended");
    let journal = Journal::open(&db.0).unwrap();
    let first = Twenty::new();
    let out = process()
        .block_on(
            first
                .run(StartEvent::default())
                .journal(&journal)
                .run_id("done")
                .into_future(),
        )
        .unwrap();
    assert_eq!(out, 20);
    // The journal of a run whose process died after its last step was
    // written down and before its end was: every entry, still live.
    let entries = journal.entries("done").unwrap();
    let workflow = journal.run("done").unwrap().workflow;
    journal.begin_run("cut", &workflow).unwrap();
    journal
        .append("cut", 0, &entries, Duration::from_millis(200))
        .unwrap();
    assert_eq!(journal.run("cut").unwrap().status, RunStatus::Live);

    let second = Twenty::new();
    let out = process()
        .block_on(second.resume_journaled(&journal, "cut").into_future())
        .unwrap();
    assert_eq!(out, 20, "the result came back from the journal");
    assert!(second.effects().is_empty(), "no step ran again");
    let info = journal.run("cut").unwrap();
    assert_eq!(info.status, RunStatus::Done);
    assert_eq!(info.outcome, Some(serde_json::json!({ "result": 20 })));
}

/// Another workflow, to resume the wrong run with.
struct Other;

#[workflow]
impl Other {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<u32> {
        StopEvent::new(0)
    }
}

#[test]
fn resuming_a_finished_unknown_or_foreign_run_is_a_clear_error() {
    let db = TempDb::new("wrong");
    let journal = Journal::open(&db.0).unwrap();
    let flow = Twenty::new();
    run_and_drop(&flow, &journal, "live", Duration::from_millis(25));
    let rt = process();
    let err = rt
        .block_on(Other.resume_journaled(&journal, "live").into_future())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "the run's journal: run `live` is a run of `{}`, not of `{}`",
            std::any::type_name::<Twenty>(),
            std::any::type_name::<Other>()
        )
    );
    let err = rt
        .block_on(flow.resume_journaled(&journal, "nope").into_future())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the run's journal: the journal has no run `nope`"
    );
    rt.block_on(flow.resume_journaled(&journal, "live").into_future())
        .unwrap();
    let err = rt
        .block_on(flow.resume_journaled(&journal, "live").into_future())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the run's journal: run `live` has finished (done); there is nothing to resume"
    );
}

#[test]
fn the_timeout_counts_only_the_time_the_run_was_alive() {
    let db = TempDb::new("alive");
    let journal = Journal::open(&db.0).unwrap();
    let flow = Twenty::new();
    // 200 steps' worth of time would be needed; the run may live 150 ms.
    process().block_on(async {
        let run = flow
            .run(StartEvent::default())
            .journal(&journal)
            .run_id("slow")
            .timeout(Duration::from_millis(150));
        assert!(tokio::time::timeout(Duration::from_millis(95), run)
            .await
            .is_err());
    });
    let alive = journal.run("slow").unwrap().alive_ms;
    assert!((80..=95).contains(&alive), "{alive}");
    // However long the run was dead, it has about 60 ms left.
    let (err, took) = process().block_on(async {
        tokio::time::sleep(Duration::from_secs(3600)).await;
        let began = tokio::time::Instant::now();
        let err = flow
            .resume_journaled(&journal, "slow")
            .timeout(Duration::from_millis(150))
            .await
            .unwrap_err();
        (err, began.elapsed())
    });
    assert!(matches!(err, WorkflowError::Timeout { .. }), "{err}");
    let expected = Duration::from_millis(150 - alive as u64);
    assert!(
        took >= expected && took < expected + Duration::from_millis(15),
        "{took:?}, expected {expected:?}"
    );
    assert_eq!(journal.run("slow").unwrap().status, RunStatus::Failed);
}

// ---- human in the loop across a crash ----

/// Asks a question after a side effect that must happen once.
struct Ask {
    before: AtomicU32,
}

#[workflow]
impl Ask {
    #[step(waits_for = [HumanResponseEvent])]
    async fn ask(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<String>, BoxError> {
        let ticket: u32 = ctx
            .run("open a ticket", || async {
                Ok::<_, BoxError>(self.before.fetch_add(1, Ordering::SeqCst) + 100)
            })
            .await?;
        let answer: HumanResponseEvent = ctx
            .wait_for_event()
            .ask(InputRequiredEvent::new(format!("ticket {ticket}: go on?")))
            .await?;
        Ok(StopEvent::new(format!(
            "ticket {ticket}: {}",
            answer.response
        )))
    }
}

/// The prefix of the first question on `stream`.
async fn first_question(stream: &mut eventflow::EventStream) -> String {
    while let Some(ev) = stream.next().await {
        if let Some(q) = ev.downcast_ref::<InputRequiredEvent>() {
            return q.prefix.clone();
        }
    }
    panic!("the stream ended without a question")
}

#[test]
fn code_before_a_wait_runs_once_though_the_process_died_while_waiting() {
    let db = TempDb::new("wait");
    let journal = Journal::open(&db.0).unwrap();
    let flow = Arc::new(Ask {
        before: AtomicU32::new(0),
    });
    // The first process asks, then dies before the answer.
    process().block_on(async {
        let handler = flow
            .run(StartEvent::default())
            .journal(&journal)
            .run_id("ticket")
            .start();
        let mut stream = handler.stream_events().unwrap();
        assert_eq!(first_question(&mut stream).await, "ticket 100: go on?");
    });
    assert_eq!(flow.before.load(Ordering::SeqCst), 1);
    // The second asks again (the same ticket), and gets its answer.
    let answer = process().block_on(async {
        let handler = flow.resume_journaled(&journal, "ticket").start();
        let mut stream = handler.stream_events().unwrap();
        assert_eq!(first_question(&mut stream).await, "ticket 100: go on?");
        handler.send_event(HumanResponseEvent::new("yes")).unwrap();
        handler.await
    });
    assert_eq!(answer.unwrap(), "ticket 100: yes");
    assert_eq!(
        flow.before.load(Ordering::SeqCst),
        1,
        "the ticket was opened once"
    );
}

// ---- the durable example under SIGKILL ----

/// The built `durable` example.
fn durable_example() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let path = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join(format!("durable{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is missing: run the tests with `cargo test --all-features`, which builds it first",
        path.display()
    );
    path
}

#[test]
fn killed_at_random_moments_the_durable_example_finishes_with_every_effect() {
    let db = TempDb::new("killed");
    let exe = durable_example();
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x5eed);
    let mut kills = 0;
    let out = loop {
        let mut child = Command::new(&exe)
            .arg("--db")
            .arg(&db.0)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        if kills < 8 {
            std::thread::sleep(Duration::from_millis(rng.random_range(20..400)));
            if child.try_wait().unwrap().is_none() {
                // `Child::kill` is SIGKILL on Unix: no destructor runs.
                child.kill().unwrap();
                child.wait().unwrap();
                kills += 1;
                continue;
            }
        }
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        break out;
    };
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "done: 200 steps\n");
    assert!(kills >= 4, "the run was killed {kills} times only");
    let effects = std::fs::read_to_string(db.with_suffix(".effects")).unwrap();
    let lines: Vec<&str> = effects.lines().collect();
    let mut distinct = lines.clone();
    distinct.dedup();
    let expected: Vec<String> = (1..=200).map(|n| format!("step {n}")).collect();
    assert_eq!(distinct, expected, "every effect, in order, none lost");
    // An effect runs again only if its process died between running it
    // and writing its value down: at most once per kill.
    let repeated = lines.len() - distinct.len();
    assert!(
        repeated <= kills,
        "{repeated} effects repeated over {kills} kills"
    );
    let journal = Journal::open(&db.0).unwrap();
    let runs = journal.runs().unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].status, RunStatus::Done);
}
