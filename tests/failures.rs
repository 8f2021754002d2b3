//! When steps fail, block or never end: retries and their delays, jitter
//! across a snapshot, error handlers and their budget, run budgets, step
//! timeouts, blocking and spawned steps, and the test runner. Time is
//! tokio's paused clock unless a test needs threads.

use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eventflow::prelude::*;
use eventflow::retry::TimedOut;
use eventflow::StepStateChanged;
use futures::StreamExt;
use tokio::time::Instant;

const MS: Duration = Duration::from_millis(1);

#[derive(Debug, thiserror::Error)]
#[error("the server is busy")]
struct Busy;

#[derive(Debug, thiserror::Error)]
#[error("bad request")]
struct BadRequest;

#[event]
#[derive(Debug, PartialEq)]
struct Query(String);

// ---- retries: the delays of each backoff, the attempt in the context ----

/// Fails `fails` times, then answers; notes when each attempt began and
/// what the context said about it.
struct Flaky {
    fails: u32,
    began: Instant,
    attempts: Mutex<Vec<(Duration, u32, Option<String>)>>,
}

impl Flaky {
    fn new(fails: u32) -> Self {
        Flaky {
            fails,
            began: Instant::now(),
            attempts: Mutex::new(Vec::new()),
        }
    }

    /// Attempt number `n`, after `last`.
    fn attempt(&self, n: u32, last: Option<String>) -> Result<StopEvent<u32>, Busy> {
        self.attempts
            .lock()
            .unwrap()
            .push((self.began.elapsed(), n, last));
        if n <= self.fails {
            return Err(Busy);
        }
        Ok(StopEvent::new(n))
    }

    fn starts(&self) -> Vec<Duration> {
        self.attempts.lock().unwrap().iter().map(|a| a.0).collect()
    }
}

struct Constant(Flaky);

#[workflow]
impl Constant {
    #[step(retry = RetryPolicy::constant(Duration::from_millis(100)).max_attempts(4))]
    async fn fetch(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<u32>, Busy> {
        self.0.attempt(ctx.attempt(), ctx.last_error())
    }
}

struct Linear(Flaky);

#[workflow]
impl Linear {
    #[step(retry = RetryPolicy::linear(Duration::from_millis(100), Duration::from_millis(50)).max_attempts(4))]
    async fn fetch(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<u32>, Busy> {
        self.0.attempt(ctx.attempt(), ctx.last_error())
    }
}

struct Exponential(Flaky);

#[workflow]
impl Exponential {
    #[step(retry = RetryPolicy::exponential(Duration::from_millis(100)).max_attempts(4).max_delay(Duration::from_millis(300)))]
    async fn fetch(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<u32>, Busy> {
        self.0.attempt(ctx.attempt(), ctx.last_error())
    }
}

#[tokio::test(start_paused = true)]
async fn each_backoff_waits_its_delays_and_the_step_sees_its_attempts() {
    let flow = Constant(Flaky::new(3));
    assert_eq!(flow.run(StartEvent::new()).await.unwrap(), 4);
    assert_eq!(
        flow.0.starts(),
        [Duration::ZERO, 100 * MS, 200 * MS, 300 * MS]
    );
    let seen = flow.0.attempts.lock().unwrap().clone();
    assert_eq!(seen[0].1, 1);
    assert_eq!(seen[0].2, None);
    assert_eq!(seen[3].1, 4);
    assert_eq!(seen[3].2.as_deref(), Some("the server is busy"));

    let flow = Linear(Flaky::new(3));
    assert_eq!(flow.run(StartEvent::new()).await.unwrap(), 4);
    assert_eq!(
        flow.0.starts(),
        [Duration::ZERO, 100 * MS, 250 * MS, 450 * MS]
    );

    let flow = Exponential(Flaky::new(3));
    assert_eq!(flow.run(StartEvent::new()).await.unwrap(), 4);
    // 100, 200, then 400 capped at 300.
    assert_eq!(
        flow.0.starts(),
        [Duration::ZERO, 100 * MS, 300 * MS, 600 * MS]
    );
}

#[tokio::test(start_paused = true)]
async fn exhausted_retries_fail_the_run_with_the_step_the_attempts_and_the_last_error() {
    let flow = Constant(Flaky::new(10));
    let err = flow.run(StartEvent::new()).await.unwrap_err();
    assert!(
        matches!(
            &err,
            WorkflowError::RetriesExhausted {
                step: "fetch",
                attempts: 4,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "step `fetch` failed after 4 attempts; the last error: the server is busy"
    );
    assert!(std::error::Error::source(&err).unwrap().is::<Busy>());
}

// ---- the retry condition ----

struct Picky {
    errors: Mutex<Vec<Box<dyn std::error::Error + Send + Sync>>>,
}

#[workflow]
impl Picky {
    #[step(retry = RetryPolicy::constant(Duration::from_millis(10)).max_attempts(5).retry_on::<Busy>())]
    async fn fetch(
        &self,
        _ev: StartEvent,
    ) -> Result<StopEvent<()>, Box<dyn std::error::Error + Send + Sync>> {
        match self.errors.lock().unwrap().pop() {
            Some(e) => Err(e),
            None => Ok(StopEvent::new(())),
        }
    }
}

#[tokio::test(start_paused = true)]
async fn only_errors_the_condition_accepts_are_retried() {
    // Popped from the end: busy, busy, then a bad request.
    let flow = Picky {
        errors: Mutex::new(vec![Box::new(BadRequest), Box::new(Busy), Box::new(Busy)]),
    };
    let err = flow.run(StartEvent::new()).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `fetch` failed after 3 attempts; the last error: bad request"
    );
    let flow = Picky {
        errors: Mutex::new(vec![Box::new(BadRequest)]),
    };
    let err = flow.run(StartEvent::new()).await.unwrap_err();
    assert_eq!(err.to_string(), "step `fetch` failed: bad request");
    let flow = Picky {
        errors: Mutex::new(vec![Box::new(Busy), Box::new(Busy)]),
    };
    flow.run(StartEvent::new()).await.unwrap();
}

struct BadPolicy;

#[workflow]
impl BadPolicy {
    #[step(retry = RetryPolicy::constant(Duration::from_millis(10)).retry_if(|e| e.to_string().parse::<u32>().unwrap() > 3))]
    async fn fetch(&self, _ev: StartEvent) -> Result<StopEvent<()>, Busy> {
        Err(Busy)
    }
}

#[tokio::test(start_paused = true)]
async fn a_retry_condition_that_panics_fails_the_run_clearly_and_at_once() {
    let started = Instant::now();
    let err = BadPolicy.run(StartEvent::new()).await.unwrap_err();
    assert!(started.elapsed() < MS);
    assert!(
        matches!(&err, WorkflowError::RetryPolicyPanicked { step: "fetch", message } if message.contains("ParseIntError")),
        "{err:?}"
    );
}

// ---- jitter across a snapshot; a retry delay cut by cancel or timeout ----

struct Jittery {
    attempts: Mutex<Vec<(Instant, u32)>>,
}

#[workflow]
impl Jittery {
    #[step(retry = RetryPolicy::constant(Duration::from_secs(10)).jitter(1.0).max_attempts(3))]
    async fn fetch(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<u32>, Busy> {
        let n = ctx.attempt();
        self.attempts.lock().unwrap().push((Instant::now(), n));
        if n < 2 {
            return Err(Busy);
        }
        Ok(StopEvent::new(n))
    }
}

fn jittery() -> Arc<Jittery> {
    Arc::new(Jittery {
        attempts: Mutex::new(Vec::new()),
    })
}

/// When attempt 2 begins, in the run's elapsed time, for a run named `id`.
async fn second_attempt_at(id: &str) -> Duration {
    let flow = jittery();
    let began = Instant::now();
    assert_eq!(flow.run(StartEvent::new()).run_id(id).await.unwrap(), 2);
    let attempts = flow.attempts.lock().unwrap();
    attempts[1].0 - began
}

#[tokio::test(start_paused = true)]
async fn jitter_comes_from_the_run_id_and_a_resumed_snapshot_waits_the_same() {
    let first = second_attempt_at("run-a").await;
    assert!(first < Duration::from_secs(10), "jitter took some off");
    assert_eq!(
        second_attempt_at("run-a").await,
        first,
        "the same run id waits the same"
    );
    assert_ne!(second_attempt_at("run-b").await, first);

    // Snapshot during the retry delay, resume under another run id.
    let flow = jittery();
    let handler = flow.run(StartEvent::new()).run_id("run-a").start();
    tokio::time::sleep(Duration::from_millis(1)).await;
    assert_eq!(flow.attempts.lock().unwrap().len(), 1);
    let snapshot = handler.snapshot().await.unwrap();
    handler.cancel();
    assert!(matches!(handler.await, Err(WorkflowError::Cancelled)));
    let json = snapshot.to_json();
    assert!(json.contains("\"retries\""), "{json}");

    let resumed = jittery();
    let resumed_at = Instant::now();
    let restored = eventflow::Snapshot::from_json(json.as_bytes()).unwrap();
    let elapsed = restored.elapsed;
    let result = resumed.resume(restored).run_id("other-id").await.unwrap();
    assert_eq!(result, 2);
    let attempts = resumed.attempts.lock().unwrap();
    // Only the retry ran, at the same point of the run's time.
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].1, 2);
    assert_eq!(attempts[0].0 - resumed_at + elapsed, first);
}

#[tokio::test(start_paused = true)]
async fn a_retry_delay_ends_with_a_cancel_or_with_the_run_timeout() {
    let flow = jittery();
    let handler = flow.run(StartEvent::new()).start();
    tokio::time::sleep(Duration::from_millis(5)).await;
    let started = Instant::now();
    handler.cancel();
    assert!(matches!(handler.await, Err(WorkflowError::Cancelled)));
    assert!(started.elapsed() < MS);

    let err = Constant(Flaky::new(10))
        .run(StartEvent::new())
        .timeout(Duration::from_millis(150))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the run timed out after 150ms; steps still active: `fetch`"
    );
}

// ---- error handlers ----

struct Recovering {
    recovered: Mutex<Vec<StepFailed>>,
}

#[workflow]
impl Recovering {
    #[step(retry = RetryPolicy::constant(Duration::from_millis(10)).max_attempts(2))]
    async fn fetch(&self, ev: Either<StartEvent, Query>) -> Result<StopEvent<String>, Busy> {
        match ev {
            Either::Left(_) => Err(Busy),
            Either::Right(q) if q.0 == "again" => Err(Busy),
            Either::Right(q) => Ok(StopEvent::new(q.0)),
        }
    }

    #[step(catch = [fetch], recoveries = 2)]
    async fn recover(&self, failed: StepFailed) -> Result<Query, WorkflowError> {
        self.recovered.lock().unwrap().push(failed.clone());
        if failed.event == "StartEvent" {
            return Ok(Query("again".into()));
        }
        let query: Query = failed.input()?;
        Ok(Query(format!("{} (recovered)", query.0)))
    }
}

#[tokio::test(start_paused = true)]
async fn a_handler_recovers_failures_past_retries_within_its_budget() {
    let flow = Recovering {
        recovered: Mutex::new(Vec::new()),
    };
    let answer = flow.run(StartEvent::new()).await.unwrap();
    assert_eq!(answer, "again (recovered)");
    let recovered = flow.recovered.lock().unwrap();
    assert_eq!(recovered.len(), 2);
    assert_eq!(recovered[0].step, "fetch");
    assert_eq!(recovered[0].attempts, 2);
    assert_eq!(recovered[0].error, "the server is busy");
    assert_eq!(
        recovered[1].input::<Query>().unwrap(),
        Query("again".into())
    );
    assert!(recovered[1].input::<StartEvent>().is_err());
}

struct OneRecovery;

#[workflow]
impl OneRecovery {
    #[step]
    async fn fetch(&self, _ev: Either<StartEvent, Query>) -> Result<StopEvent<()>, Busy> {
        Err(Busy)
    }

    #[step(catch)]
    async fn recover(&self, _failed: StepFailed) -> Query {
        Query("again".into())
    }
}

#[tokio::test]
async fn past_its_budget_a_handler_lets_the_failure_end_the_run() {
    let err = OneRecovery.run(StartEvent::new()).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `fetch` failed: the server is busy; the error handler `recover` has no recoveries left for this run (it had 1; `#[step(catch = .., recoveries = N)]`)"
    );
}

// ---- budgets ----

#[event]
struct Think(u32);

#[event]
struct Act(u32);

struct Agent;

#[workflow]
impl Agent {
    #[step]
    async fn think(&self, ev: Either<StartEvent, Act>) -> Either<Think, StopEvent<String>> {
        match ev {
            Either::Left(_) => Either::Left(Think(0)),
            // Never decides: an agent that would spin forever.
            Either::Right(Act(n)) => Either::Left(Think(n + 1)),
        }
    }

    #[step]
    async fn act(&self, ev: Think) -> Act {
        Act(ev.0)
    }
}

#[tokio::test]
async fn a_budget_stops_a_loop_that_would_spin_forever_naming_its_busiest_steps() {
    let err = Agent
        .run(StartEvent::new())
        .max_invocations_per_step(50)
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `think` reached its budget of 50 invocations in one run (`max_invocations_per_step`) without stopping; the busiest steps: `act` (50), `think` (50)"
    );
    let err = Agent
        .run(StartEvent::new())
        .max_invocations(7)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, WorkflowError::BudgetExceeded { busiest, .. } if busiest == &[("think", 4), ("act", 3)]),
        "{err:?}"
    );
}

// ---- step timeouts ----

struct Slow;

#[workflow]
impl Slow {
    #[step(timeout = Duration::from_millis(200))]
    async fn hang(&self, _ev: StartEvent) -> StopEvent<()> {
        tokio::time::sleep(Duration::from_secs(3600)).await;
        StopEvent::new(())
    }
}

struct SlowOnce {
    calls: AtomicU32,
}

#[workflow]
impl SlowOnce {
    #[step(timeout = Duration::from_millis(200), retry = RetryPolicy::constant(Duration::from_millis(50)).retry_on::<TimedOut>())]
    async fn hang(&self, _ev: StartEvent) -> StopEvent<u32> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        if n == 1 {
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
        StopEvent::new(n)
    }
}

#[tokio::test(start_paused = true)]
async fn a_step_timeout_fails_the_step_by_name_or_retries_it() {
    let started = Instant::now();
    let err = Slow.run(StartEvent::new()).await.unwrap_err();
    assert_eq!(started.elapsed(), 200 * MS);
    assert_eq!(
        err.to_string(),
        "step `hang` timed out after 200ms (its own timeout, `#[step(timeout = ..)]`)"
    );

    let started = Instant::now();
    let flow = SlowOnce {
        calls: AtomicU32::new(0),
    };
    assert_eq!(flow.run(StartEvent::new()).await.unwrap(), 2);
    assert_eq!(started.elapsed(), 250 * MS);
}

// ---- blocking and spawned steps ----

struct Mixed {
    /// The async step tells the blocking one it ran.
    ran: Mutex<Option<std::sync::mpsc::Sender<()>>>,
    done: Mutex<std::sync::mpsc::Receiver<()>>,
    order: Mutex<Vec<&'static str>>,
}

#[workflow]
impl Mixed {
    #[step(blocking)]
    fn crunch(&self, _ev: StartEvent) -> Option<StopEvent<bool>> {
        // Blocks its thread until the async step has run: inside the
        // run's own future this would wait forever.
        let heard = self.done_wait();
        self.order.lock().unwrap().push("crunch");
        Some(StopEvent::new(heard))
    }

    #[step]
    async fn chat(&self, _ev: StartEvent) -> Option<StopEvent<bool>> {
        tokio::task::yield_now().await;
        self.order.lock().unwrap().push("chat");
        if let Some(tx) = self.ran.lock().unwrap().take() {
            let _ = tx.send(());
        }
        None
    }
}

impl Mixed {
    fn done_wait(&self) -> bool {
        let done = self.done.lock().unwrap();
        done.recv_timeout(Duration::from_secs(10)).is_ok()
    }
}

#[tokio::test(start_paused = true)]
async fn a_blocking_step_runs_beside_an_async_one_which_finishes_first() {
    let (tx, rx) = std::sync::mpsc::channel();
    let flow = Arc::new(Mixed {
        ran: Mutex::new(Some(tx)),
        done: Mutex::new(rx),
        order: Mutex::new(Vec::new()),
    });
    assert!(flow.run(StartEvent::new()).await.unwrap());
    assert_eq!(*flow.order.lock().unwrap(), ["chat", "crunch"]);
}

struct Stuck {
    release: Mutex<Option<std::sync::mpsc::Receiver<()>>>,
}

#[workflow]
impl Stuck {
    #[step(blocking)]
    fn crunch(&self, _ev: StartEvent) -> StopEvent<()> {
        if let Some(rx) = self.release.lock().unwrap().take() {
            let _ = rx.recv_timeout(Duration::from_secs(10));
        }
        StopEvent::new(())
    }
}

#[tokio::test(start_paused = true)]
async fn a_blocking_step_does_not_hold_the_run_past_its_timeout() {
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let flow = Arc::new(Stuck {
        release: Mutex::new(Some(rx)),
    });
    let run = flow
        .run(StartEvent::new())
        .timeout(Duration::from_millis(200));
    // Time is paused and does not move by itself while a blocking task
    // runs: move it past the run's timeout by hand.
    let (result, ()) = tokio::join!(async { run.await }, async {
        tokio::task::yield_now().await;
        tokio::time::advance(Duration::from_millis(300)).await;
    });
    let err = result.unwrap_err();
    assert_eq!(
        err.to_string(),
        "the run timed out after 200ms; steps still active: `crunch`"
    );
    drop(tx);
}

struct Parallel {
    inside: AtomicUsize,
    overlapped: AtomicUsize,
}

#[event]
struct Job(u32);

#[event]
struct JobDone(bool);

#[workflow]
impl Parallel {
    #[step(emits = [Job])]
    async fn dispatch(&self, ctx: &Context, _ev: StartEvent) -> Option<JobDone> {
        ctx.send_event(Job(1));
        ctx.send_event(Job(2));
        None
    }

    #[step(spawn, workers = 2, emits = [JobDone])]
    async fn work(&self, ctx: &Context, _ev: Job) -> Option<JobDone> {
        // Both jobs inside at once only if they run on two threads: each
        // spins (blocking its thread) until it sees the other, for at
        // most five seconds.
        self.inside.fetch_add(1, Ordering::SeqCst);
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        let mut both = false;
        while std::time::Instant::now() < deadline {
            if self.inside.load(Ordering::SeqCst) == 2 {
                both = true;
                break;
            }
            std::hint::spin_loop();
        }
        if both {
            self.overlapped.fetch_add(1, Ordering::SeqCst);
        }
        // Sent from another thread through the run's shared link.
        ctx.send_event(JobDone(both));
        None
    }

    #[step]
    async fn gather(&self, ctx: &Context, ev: JobDone) -> Option<StopEvent<usize>> {
        let all = ctx.collect_n(ev, 2)?;
        Some(StopEvent::new(all.iter().filter(|d| d.0).count()))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 3)]
async fn spawned_invocations_run_in_parallel_on_a_multi_thread_runtime() {
    let flow = Arc::new(Parallel {
        inside: AtomicUsize::new(0),
        overlapped: AtomicUsize::new(0),
    });
    assert_eq!(flow.run(StartEvent::new()).await.unwrap(), 2);
    assert_eq!(flow.overlapped.load(Ordering::SeqCst), 2);
}

struct Explodes;

#[workflow]
impl Explodes {
    #[step(blocking)]
    fn boom(&self, _ev: StartEvent) -> StopEvent<()> {
        panic!("blocking boom")
    }
}

#[tokio::test]
async fn a_panic_on_the_blocking_pool_fails_the_step_as_a_panic() {
    let err = Arc::new(Explodes).run(StartEvent::new()).await.unwrap_err();
    assert_eq!(err.to_string(), "step `boom` panicked: blocking boom");
}

// ---- the test runner ----

struct Retrieval;

#[event]
struct Found(u32);

#[event]
struct Progress(u32);

#[workflow]
impl Retrieval {
    #[step(emits = [Found])]
    async fn search(&self, ctx: &Context, ev: StartEvent) -> Result<Option<Found>, WorkflowError> {
        let n: u32 = ev.get("n")?;
        for i in 0..n {
            ctx.send_event(Found(i));
        }
        Ok(None)
    }

    #[step]
    async fn rank(&self, ctx: &Context, ev: Found) -> Option<StopEvent<u32>> {
        ctx.write_event_to_stream(Progress(ev.0));
        let all = ctx.collect_n(ev, 3)?;
        Some(StopEvent::new(all.iter().map(|f| f.0).sum()))
    }
}

#[tokio::test]
async fn the_test_runner_keeps_every_event_with_counts_and_the_result() {
    let run = Retrieval.run(start! { n: 3 }).record().await;
    assert_eq!(run.result.as_ref().unwrap(), &3);
    assert_eq!(run.count::<Found>(), 3);
    assert_eq!(run.count::<StartEvent>(), 1);
    assert_eq!(run.count::<StopEvent<u32>>(), 1);
    assert_eq!(
        run.counts().into_iter().collect::<Vec<_>>(),
        [("Found", 3), ("StartEvent", 1), ("StopEvent", 1)]
    );
    let found: Vec<u32> = run.events_of::<Found>().iter().map(|f| f.0).collect();
    assert_eq!(found, [0, 1, 2]);
    assert_eq!(run.produced_by("search").count(), 3);
    assert_eq!(run.produced_by("rank").count(), 1);
    assert_eq!(run.events[0].step, None);
    assert_eq!(run.streamed.len(), 3);
    assert!(run.streamed[2]
        .downcast_ref::<Progress>()
        .is_some_and(|p| p.0 == 2));

    // A failed run is recorded too.
    let run = Retrieval.run(start! {}).record().await;
    assert!(run.result.is_err());
    assert_eq!(run.count::<StartEvent>(), 1);
}

#[tokio::test(start_paused = true)]
async fn internal_events_show_each_failed_attempt() {
    let flow = Arc::new(Constant(Flaky::new(1)));
    let handler = flow.run(StartEvent::new()).internal_events(true).start();
    let mut stream = handler.stream_events().unwrap();
    let mut states = Vec::new();
    while let Some(ev) = stream.next().await {
        if let Some(change) = ev.cloned::<StepStateChanged>() {
            states.push((change.invocation, format!("{:?}", change.state)));
        }
    }
    assert_eq!(handler.await.unwrap(), 2);
    assert_eq!(
        states,
        [
            (0, "Started { event: \"StartEvent\" }".to_owned()),
            (0, "Failed { error: \"the server is busy\" }".to_owned()),
            (1, "Started { event: \"StartEvent\" }".to_owned()),
            (1, "Finished { produced: [\"StopEvent\"] }".to_owned()),
        ]
    );
}
