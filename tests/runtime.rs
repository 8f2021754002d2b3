//! Behaviour of runs: routing, broadcast, `None`, the store, collecting,
//! context reuse, workers, stopping, timeouts, errors and panics.

use std::future::IntoFuture;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eventflow::prelude::*;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
struct Num(i64);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
struct Other(i64);

/// Records what steps did, in order.
#[derive(Default, Clone)]
struct Log(Arc<Mutex<Vec<String>>>);

impl Log {
    fn push(&self, line: impl Into<String>) {
        self.0.lock().unwrap().push(line.into());
    }
    fn lines(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

// ---- routing through a chain, typed result ----

struct Chain;

#[workflow]
impl Chain {
    #[step]
    async fn first(&self, ev: StartEvent) -> Result<Num, WorkflowError> {
        Ok(Num(ev.get::<i64>("n")? + 1))
    }

    #[step]
    async fn second(&self, ev: Num) -> Other {
        Other(ev.0 * 10)
    }

    #[step]
    async fn third(&self, ev: Other) -> StopEvent<i64> {
        StopEvent::new(ev.0 + 1)
    }
}

#[tokio::test]
async fn events_flow_through_a_chain_to_a_typed_result() {
    let result: i64 = Chain.run(start! { n: 4 }).await.unwrap();
    assert_eq!(result, 51);
}

/// A driver of one's own runs a workflow through its machine: the machine
/// says which step to call with which event, the driver says what the
/// step returned.
#[test]
fn a_driver_of_its_own_runs_a_workflow_through_its_machine() {
    use eventflow::machine::{Command, Config, Emitted, Machine, Outcome, Spec, WorkflowSpec};
    use eventflow::DynEvent;

    let mut machine = Machine::new(WorkflowSpec::of::<Chain>(), Config::default());
    machine.start(DynEvent::new(StartEvent::new().with("n", 4)));
    let mut called = Vec::new();
    let result = loop {
        match machine.poll_command() {
            Some(Command::Start { inv, step }) => {
                let name = machine.spec().step_name(step);
                called.push(name);
                let input = machine
                    .input(inv)
                    .expect("a started invocation has its input");
                // What the steps of `Chain` return, by hand.
                let out = match name {
                    "first" => {
                        let n: i64 = input
                            .downcast_ref::<StartEvent>()
                            .unwrap()
                            .get("n")
                            .unwrap();
                        DynEvent::new(Num(n + 1))
                    }
                    "second" => DynEvent::new(Other(input.downcast_ref::<Num>().unwrap().0 * 10)),
                    "third" => {
                        DynEvent::new(StopEvent::new(input.downcast_ref::<Other>().unwrap().0 + 1))
                    }
                    other => panic!("Chain has no step {other}"),
                };
                let outcome = Outcome::Emitted(Emitted::One(out));
                machine.finish(inv, outcome, Duration::ZERO);
            }
            Some(Command::Finish(result)) => break result.expect("the run ends well"),
            Some(other) => panic!("a plain chain needs no {other:?}"),
            None => panic!("the run stalled after {called:?}"),
        }
    };
    assert_eq!(called, ["first", "second", "third"]);
    assert_eq!(result.downcast::<StopEvent<i64>>().unwrap().result, 51);
}

#[tokio::test]
async fn a_missing_start_key_fails_the_step_and_names_the_key() {
    let err = Chain.run(start! { m: 4 }).await.unwrap_err();
    assert!(
        matches!(err, WorkflowError::StepFailed { step: "first", .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "step `first` failed: the start event has no key `n` (keys present: `m`)"
    );
}

#[tokio::test]
async fn the_workflow_value_runs_many_times_and_concurrently() {
    let runs = (0..50).map(|n| Chain.run(start! { n: n }).into_future());
    let results = futures::future::join_all(runs).await;
    for (n, r) in results.into_iter().enumerate() {
        assert_eq!(r.unwrap(), (n as i64 + 1) * 10 + 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_are_send_and_run_on_a_multi_thread_runtime() {
    let flow = Arc::new(Chain);
    let handles: Vec<_> = (0..20)
        .map(|n| {
            let flow = flow.clone();
            tokio::spawn(async move { flow.run(start! { n: n }).await })
        })
        .collect();
    for (n, h) in handles.into_iter().enumerate() {
        assert_eq!(h.await.unwrap().unwrap(), (n as i64 + 1) * 10 + 1);
    }
}

// ---- broadcast and None ----

struct Broadcast {
    log: Log,
}

#[workflow]
impl Broadcast {
    #[step]
    async fn fan(&self, _ev: StartEvent) -> Num {
        self.log.push("fan");
        Num(1)
    }

    #[step]
    async fn listener_b(&self, ev: Num) -> Option<Other> {
        self.log.push(format!("b got {}", ev.0));
        None
    }

    #[step]
    async fn listener_a(&self, ctx: &Context, ev: Num) -> Result<Option<Other>, WorkflowError> {
        self.log.push(format!("a got {}", ev.0));
        ctx.store.set("a_saw", ev.0).await?;
        Ok(Some(Other(ev.0)))
    }

    #[step]
    async fn finish(&self, ctx: &Context, ev: Other) -> Result<StopEvent<i64>, WorkflowError> {
        let saw: i64 = ctx.store.get("a_saw").await?;
        Ok(StopEvent::new(ev.0 + saw))
    }
}

#[tokio::test]
async fn an_event_goes_to_every_step_that_accepts_it_in_name_order() {
    let flow = Broadcast {
        log: Log::default(),
    };
    assert_eq!(flow.run(StartEvent::new()).await.unwrap(), 2);
    assert_eq!(flow.log.lines(), ["fan", "a got 1", "b got 1"]);
}

struct Silent;

#[workflow]
impl Silent {
    #[step]
    async fn maybe(&self, ev: StartEvent) -> Option<StopEvent<String>> {
        ev.has("go").then(|| StopEvent::new("went".to_owned()))
    }
}

#[tokio::test]
async fn none_emits_nothing_and_a_run_that_cannot_finish_fails_at_once() {
    assert_eq!(Silent.run(start! { go: true }).await.unwrap(), "went");
    // No timeout is set: without stall detection this would hang.
    let err = Silent.run(StartEvent::new()).await.unwrap_err();
    assert!(
        matches!(
            err,
            WorkflowError::Stalled {
                last_step: Some("maybe")
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("`maybe`, which produced no event"),
        "{err}"
    );
}

// ---- store and context reuse ----

struct Counter;

#[workflow]
impl Counter {
    #[step]
    async fn count(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<u32>, WorkflowError> {
        let n = ctx.store.get_or("runs", 0u32).await? + 1;
        ctx.store.set("runs", n).await?;
        Ok(StopEvent::new(n))
    }
}

#[tokio::test]
async fn a_reused_context_keeps_its_store_and_a_fresh_run_starts_empty() {
    let ctx = Context::new();
    for expected in 1..=3 {
        let n = Counter.run(StartEvent::new()).context(&ctx).await.unwrap();
        assert_eq!(n, expected);
    }
    assert_eq!(ctx.store.get::<u32>("runs").await.unwrap(), 3);
    assert_eq!(Counter.run(StartEvent::new()).await.unwrap(), 1);
}

struct ReadsMissing;

#[workflow]
impl ReadsMissing {
    #[step]
    async fn read(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<u32>, WorkflowError> {
        Ok(StopEvent::new(ctx.store.get("never_set").await?))
    }
}

#[tokio::test]
async fn a_missing_store_key_names_the_key_and_the_step() {
    let err = ReadsMissing.run(StartEvent::new()).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `read` failed: the context store has no key `never_set`"
    );
}

// ---- fan-out through the context, fan-in with collect ----

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Work(u64);

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Done(u64);

struct FanOut {
    busy: AtomicUsize,
    peak: AtomicUsize,
}

#[workflow]
impl FanOut {
    #[step(emits = [Work])]
    async fn dispatch(&self, ctx: &Context, ev: StartEvent) -> Result<Option<Done>, WorkflowError> {
        let n: u64 = ev.get("n")?;
        ctx.store.set("n", n).await?;
        for i in 0..n {
            ctx.send_event(Work(i));
        }
        Ok(None)
    }

    #[step(workers = 3)]
    async fn worker(&self, ev: Work) -> Done {
        let now = self.busy.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(10)).await;
        self.busy.fetch_sub(1, Ordering::SeqCst);
        Done(ev.0)
    }

    #[step]
    async fn collect(
        &self,
        ctx: &Context,
        ev: Done,
    ) -> Result<Option<StopEvent<u64>>, WorkflowError> {
        let n: u64 = ctx.store.get("n").await?;
        Ok(ctx
            .collect_n(ev, n as usize)
            .map(|all| StopEvent::new(all.iter().map(|d| d.0).sum())))
    }
}

#[tokio::test(start_paused = true)]
async fn sent_events_fan_out_to_at_most_workers_at_once_and_collect_back() {
    let flow = FanOut {
        busy: AtomicUsize::new(0),
        peak: AtomicUsize::new(0),
    };
    let sum = flow.run(start! { n: 100 }).await.unwrap();
    assert_eq!(sum, 99 * 100 / 2);
    assert_eq!(flow.peak.load(Ordering::SeqCst), 3);
}

// ---- first StopEvent wins; the rest is cancelled ----

struct Race {
    log: Log,
}

struct DropFlag(Log);
impl Drop for DropFlag {
    fn drop(&mut self) {
        self.0.push("dropped");
    }
}

#[workflow]
impl Race {
    #[step]
    async fn fast(&self, _ev: StartEvent) -> StopEvent<String> {
        tokio::time::sleep(Duration::from_millis(5)).await;
        StopEvent::new("fast".to_owned())
    }

    #[step]
    async fn slow(&self, _ev: StartEvent) -> StopEvent<String> {
        let _flag = DropFlag(self.log.clone());
        tokio::time::sleep(Duration::from_secs(60)).await;
        self.log.push("slow finished");
        StopEvent::new("slow".to_owned())
    }
}

#[tokio::test(start_paused = true)]
async fn the_first_stop_event_ends_the_run_and_cancels_the_others() {
    let flow = Race {
        log: Log::default(),
    };
    let started = tokio::time::Instant::now();
    assert_eq!(flow.run(StartEvent::new()).await.unwrap(), "fast");
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(flow.log.lines(), ["dropped"]);
}

// ---- timeout, errors, panics ----

struct Sleepy;

#[workflow]
impl Sleepy {
    #[step]
    async fn nap(&self, _ev: StartEvent) -> StopEvent<()> {
        tokio::time::sleep(Duration::from_secs(3600)).await;
        StopEvent::new(())
    }
}

#[tokio::test(start_paused = true)]
async fn a_timeout_names_the_steps_still_active() {
    let err = Sleepy
        .run(StartEvent::new())
        .timeout(Duration::from_secs(2))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, WorkflowError::Timeout { active, .. } if active == &["nap"]),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "the run timed out after 2s; steps still active: `nap`"
    );
}

#[derive(Debug, thiserror::Error)]
#[error("the model refused")]
struct ModelError;

struct Failing {
    log: Log,
}

#[workflow]
impl Failing {
    #[step]
    async fn breaks(&self, _ev: StartEvent) -> Result<StopEvent<()>, ModelError> {
        tokio::time::sleep(Duration::from_millis(1)).await;
        Err(ModelError)
    }

    #[step]
    async fn bystander(&self, _ev: StartEvent) -> StopEvent<()> {
        let _flag = DropFlag(self.log.clone());
        tokio::time::sleep(Duration::from_secs(60)).await;
        StopEvent::new(())
    }
}

#[tokio::test(start_paused = true)]
async fn a_step_error_fails_the_run_with_the_step_and_cause_and_cancels_the_rest() {
    let flow = Failing {
        log: Log::default(),
    };
    let err = flow.run(StartEvent::new()).await.unwrap_err();
    assert_eq!(err.to_string(), "step `breaks` failed: the model refused");
    let source = std::error::Error::source(&err).unwrap();
    assert!(source.downcast_ref::<ModelError>().is_some());
    assert_eq!(flow.log.lines(), ["dropped"]);
}

struct Panicky;

#[workflow]
impl Panicky {
    #[step]
    async fn explode(&self, ev: StartEvent) -> StopEvent<()> {
        if ev.has("boom") {
            panic!("boom at step");
        }
        StopEvent::new(())
    }
}

#[tokio::test]
async fn a_step_panic_fails_the_run_with_the_step_and_message() {
    let err = Panicky.run(start! { boom: 1 }).await.unwrap_err();
    assert!(
        matches!(&err, WorkflowError::StepPanicked { step: "explode", message } if message == "boom at step")
    );
    assert_eq!(err.to_string(), "step `explode` panicked: boom at step");
    // The workflow value is still usable.
    Panicky.run(StartEvent::new()).await.unwrap();
}

#[tokio::test(start_paused = true)]
async fn one_context_serves_one_run_at_a_time() {
    let ctx = Context::new();
    let first = Sleepy
        .run(StartEvent::new())
        .context(&ctx)
        .timeout(Duration::from_secs(1));
    let second = async {
        tokio::task::yield_now().await;
        Sleepy.run(StartEvent::new()).context(&ctx).await
    };
    let (first, second) = tokio::join!(first.into_future(), second);
    assert!(matches!(second.unwrap_err(), WorkflowError::ContextInUse));
    assert!(matches!(first.unwrap_err(), WorkflowError::Timeout { .. }));
    // Released once the run is over.
    let err = Sleepy
        .run(StartEvent::new())
        .context(&ctx)
        .timeout(Duration::from_secs(1))
        .await;
    assert!(matches!(err.unwrap_err(), WorkflowError::Timeout { .. }));
}

// ---- unions: inline and derived ----

#[derive(EventSet)]
enum Incoming {
    Start(StartEvent),
    Again(Num),
}

struct Looping;

#[workflow]
impl Looping {
    #[step]
    async fn step(&self, ev: Incoming) -> Either<Num, StopEvent<i64>> {
        match ev {
            Incoming::Start(_) => Either::Left(Num(0)),
            Incoming::Again(Num(n)) if n >= 5 => Either::Right(StopEvent::new(n)),
            Incoming::Again(Num(n)) => Either::Left(Num(n + 1)),
        }
    }
}

#[tokio::test]
async fn a_derived_union_routes_each_member_and_loops() {
    assert_eq!(Looping.run(StartEvent::new()).await.unwrap(), 5);
}

// ---- a busy run yields to other tasks ----

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Hop(u32);

struct Busy {
    other_ran: Arc<std::sync::atomic::AtomicBool>,
}

#[workflow]
impl Busy {
    #[step]
    async fn hop(&self, ev: Either<StartEvent, Hop>) -> Either<Hop, StopEvent<bool>> {
        match ev {
            Either::Left(_) => Either::Left(Hop(0)),
            Either::Right(Hop(n)) if n < 10_000 => Either::Left(Hop(n + 1)),
            Either::Right(_) => {
                Either::Right(StopEvent::new(self.other_ran.load(Ordering::SeqCst)))
            }
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_run_whose_steps_never_wait_still_lets_other_tasks_run() {
    let other_ran = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = other_ran.clone();
    tokio::spawn(async move { flag.store(true, Ordering::SeqCst) });
    let flow = Busy { other_ran };
    assert!(
        flow.run(StartEvent::new()).await.unwrap(),
        "the spawned task never ran during the run"
    );
}

// ---- fan-out by returning a Vec ----

struct VecFanOut {
    n: u64,
}

#[workflow]
impl VecFanOut {
    #[step]
    async fn dispatch(&self, _ev: StartEvent) -> Vec<Work> {
        (0..self.n).map(Work).collect()
    }

    #[step(workers = 2)]
    async fn worker(&self, ev: Work) -> Done {
        Done(ev.0 * 2)
    }

    #[step]
    async fn collect(&self, ctx: &Context, ev: Done) -> Option<StopEvent<u64>> {
        let all = ctx.collect_n(ev, self.n as usize)?;
        Some(StopEvent::new(all.iter().map(|d| d.0).sum()))
    }
}

#[tokio::test]
async fn a_vec_return_fans_out_every_event_and_an_empty_one_emits_nothing() {
    let flow = VecFanOut { n: 50 };
    assert_eq!(flow.run(StartEvent::new()).await.unwrap(), 2 * 49 * 50 / 2);
    let empty = VecFanOut { n: 0 };
    let err = empty.run(StartEvent::new()).await.unwrap_err();
    assert!(
        matches!(
            err,
            WorkflowError::Stalled {
                last_step: Some("dispatch")
            }
        ),
        "{err:?}"
    );
}

// ---- a typed start event ----

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Order {
    item: String,
    quantity: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Priced(u32);

struct Shop;

#[workflow(start = Order)]
impl Shop {
    #[step]
    async fn price(&self, order: Order) -> Priced {
        let unit = if order.item == "apple" { 3 } else { 5 };
        Priced(unit * order.quantity)
    }

    #[step]
    async fn invoice(&self, ev: Priced) -> StopEvent<String> {
        StopEvent::new(format!("total {}", ev.0))
    }
}

#[tokio::test]
async fn a_workflow_can_start_with_its_own_typed_event() {
    let order = Order {
        item: "apple".into(),
        quantity: 4,
    };
    assert_eq!(Shop.run(order).await.unwrap(), "total 12");
}

// ---- a run that never waits still times out ----

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
struct Spin(u64);

struct Spinner;

#[workflow]
impl Spinner {
    #[step]
    async fn begin(&self, _ev: StartEvent) -> Spin {
        Spin(0)
    }

    #[step]
    async fn spin(&self, ev: Spin) -> Either<Spin, StopEvent<u64>> {
        // Never stops, never awaits anything.
        Either::Left(Spin(ev.0 + 1))
    }
}

#[tokio::test]
async fn a_run_that_never_waits_still_times_out() {
    let err = Spinner
        .run(StartEvent::new())
        .timeout(Duration::from_millis(50))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, WorkflowError::Timeout { active, .. } if active == &["spin"]),
        "{err}"
    );
}
