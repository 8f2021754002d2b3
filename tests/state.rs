//! State steps share: the store's atomic update, values the store refuses,
//! a workflow's typed state (edited by several steps, in snapshots and
//! resumed), and resources made by the workflow's factories.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use eventflow::prelude::*;
use eventflow::state::STATE_KEY;
use eventflow::{BoxError, Snapshot, SnapshotError};
use futures::StreamExt;

// ---------------------------------------------------------------------
// Atomic update

#[event]
struct Tick {
    atomic: bool,
}

#[event]
struct Counted;

/// 100 ticks counted by a step with 4 workers that yield between reading
/// and writing: with `update` none is lost, with `get` then `set` most are.
struct Counter;

#[workflow]
impl Counter {
    #[step]
    async fn fan(&self, ev: StartEvent) -> Result<Vec<Tick>, WorkflowError> {
        let atomic: bool = ev.get("atomic")?;
        Ok((0..100).map(|_| Tick { atomic }).collect())
    }

    #[step(workers = 4)]
    async fn count(&self, ctx: &Context, tick: Tick) -> Result<Counted, WorkflowError> {
        if tick.atomic {
            tokio::task::yield_now().await;
            ctx.store
                .update("n", |n: Option<u64>| n.unwrap_or(0) + 1)
                .await?;
        } else {
            let n: u64 = ctx.store.get_or("n", 0).await?;
            tokio::task::yield_now().await;
            ctx.store.set("n", n + 1).await?;
        }
        Ok(Counted)
    }

    #[step]
    async fn total(
        &self,
        ctx: &Context,
        ev: Counted,
    ) -> Result<Option<StopEvent<u64>>, WorkflowError> {
        match ctx.collect_n(ev, 100) {
            Some(_) => Ok(Some(StopEvent::new(ctx.store.get("n").await?))),
            None => Ok(None),
        }
    }
}

#[tokio::test]
async fn update_under_four_workers_counts_every_increment() {
    let n = Counter.run(start! { atomic: true }).await.unwrap();
    assert_eq!(n, 100);
    // The same run with `get` then `set` loses increments: the test above
    // would see it.
    let racy = Counter.run(start! { atomic: false }).await.unwrap();
    assert!(racy < 100, "{racy}");
}

/// The same count with each invocation on a task of its own, on a
/// multi-thread runtime: workers in parallel, not only interleaved.
struct ParallelCounter;

#[workflow(state = u64)]
impl ParallelCounter {
    #[step]
    async fn fan(&self, _ev: StartEvent) -> Vec<Tick> {
        (0..100).map(|_| Tick { atomic: true }).collect()
    }

    #[step(spawn, workers = 4)]
    async fn count(&self, ctx: &Context, _tick: Tick) -> Result<Counted, WorkflowError> {
        ctx.edit_state(|n: &mut u64| *n += 1)?;
        Ok(Counted)
    }

    #[step]
    async fn total(
        &self,
        ctx: &Context,
        ev: Counted,
    ) -> Result<Option<StopEvent<u64>>, WorkflowError> {
        match ctx.collect_n(ev, 100) {
            Some(_) => Ok(Some(StopEvent::new(ctx.state()?))),
            None => Ok(None),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn edit_state_on_parallel_tasks_counts_every_increment() {
    for _ in 0..5 {
        let n = Arc::new(ParallelCounter)
            .run(StartEvent::new())
            .await
            .unwrap();
        assert_eq!(n, 100);
    }
}

// ---------------------------------------------------------------------
// Values the store cannot hold

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Stats {
    samples: u32,
    mean: f64,
}

struct Averager;

#[workflow(state = Stats)]
impl Averager {
    #[step]
    async fn average(
        &self,
        ctx: &Context,
        ev: StartEvent,
    ) -> Result<StopEvent<f64>, WorkflowError> {
        let values: Vec<f64> = ev.get("values")?;
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        if ev.has("into_store") {
            ctx.store.set("mean", mean).await?;
        } else {
            ctx.edit_state(|s| {
                s.samples = values.len() as u32;
                s.mean = mean;
            })?;
        }
        Ok(StopEvent::new(mean))
    }
}

#[tokio::test]
async fn nan_and_infinity_are_refused_where_they_are_stored() {
    // 0 / 0 is NaN: `set` refuses it, naming the key.
    let err = Averager
        .run(start! { values: Vec::<f64>::new(), into_store: true })
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `average` failed: context store key `mean`: the value is NaN, which JSON cannot hold (serde_json would store `null`); store a finite number, or an `Option` for no number"
    );
    // In the typed state, the edit is refused and the state left as it was.
    let ctx = Context::new();
    let err = Averager
        .run(start! { values: vec![1e308, 1e308] })
        .context(&ctx)
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("step `average` failed: context store key `{STATE_KEY}`: `.mean` is inf, which JSON cannot hold (serde_json would store `null`); store a finite number, or an `Option` for no number")
    );
    assert!(!ctx.store.contains(STATE_KEY).await);
    let mean = Averager
        .run(start! { values: vec![1.0, 2.0] })
        .context(&ctx)
        .await
        .unwrap();
    assert_eq!(mean, 1.5);
    let stats: Stats = ctx.store.get(STATE_KEY).await.unwrap();
    assert_eq!(
        stats,
        Stats {
            samples: 2,
            mean: 1.5
        }
    );
}

// ---------------------------------------------------------------------
// Typed state across steps, snapshots and resume

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Counts {
    rounds: u32,
    words: u32,
    longest: String,
    answers: u32,
}

#[event]
struct Round {
    text: String,
}

#[event]
struct Measured;

/// Counts words over three rounds: `measure` edits the counts, `next`
/// loops and, before the last round, asks a human for its text and counts
/// the answer.
struct WordCounter;

#[workflow(state = Counts)]
impl WordCounter {
    #[step]
    async fn begin(&self, ev: StartEvent) -> Result<Round, WorkflowError> {
        Ok(Round {
            text: ev.get("text")?,
        })
    }

    #[step(workers = 2)]
    async fn measure(&self, ctx: &Context, round: Round) -> Result<Measured, WorkflowError> {
        ctx.edit_state(|s| {
            s.rounds += 1;
            for word in round.text.split_whitespace() {
                s.words += 1;
                if word.len() > s.longest.len() {
                    s.longest = word.to_owned();
                }
            }
        })?;
        Ok(Measured)
    }

    #[step(waits_for = [HumanResponseEvent])]
    async fn next(
        &self,
        ctx: &Context,
        _ev: Measured,
    ) -> Result<Either<Round, StopEvent<Counts>>, WorkflowError> {
        let counts = ctx.state()?;
        let text = match counts.rounds {
            3 => return Ok(Either::Right(StopEvent::new(counts))),
            2 => {
                let answer: HumanResponseEvent = ctx
                    .wait_for_event()
                    .ask(InputRequiredEvent::new("the last round?"))
                    .await?;
                ctx.edit_state(|s| s.answers += 1)?;
                answer.response
            }
            _ => "several more words here".to_owned(),
        };
        Ok(Either::Left(Round { text }))
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap()
}

/// A snapshot of a `WordCounter` run waiting for its last round.
fn waiting_snapshot() -> Snapshot {
    runtime().block_on(async {
        let handler = Arc::new(WordCounter)
            .run(start! { text: "one two" })
            .start();
        let mut events = handler.stream_events().unwrap();
        while let Some(ev) = events.next().await {
            if ev.downcast_ref::<InputRequiredEvent>().is_some() {
                break;
            }
        }
        let snapshot = handler.snapshot().await.unwrap();
        handler.cancel();
        snapshot
    })
}

#[tokio::test]
async fn typed_state_is_edited_by_several_steps() {
    let handler = Arc::new(WordCounter).run(start! { text: "a bb" }).start();
    let mut events = handler.stream_events().unwrap();
    while let Some(ev) = events.next().await {
        if ev.downcast_ref::<InputRequiredEvent>().is_some() {
            handler
                .send_event(HumanResponseEvent::new("ccc dddd"))
                .unwrap();
        }
    }
    let counts = handler.await.unwrap();
    let expected = Counts {
        rounds: 3,
        words: 2 + 4 + 2,
        longest: "several".into(),
        answers: 1,
    };
    assert_eq!(counts, expected);
}

#[test]
fn typed_state_survives_a_snapshot_and_resume() {
    let snapshot = waiting_snapshot();
    // In the snapshot, as JSON data under its key.
    assert_eq!(
        snapshot.store[STATE_KEY],
        serde_json::json!({ "rounds": 2, "words": 6, "longest": "several", "answers": 0 })
    );
    let snapshot = Snapshot::from_json(snapshot.to_json().as_bytes()).unwrap();
    let counts = runtime().block_on(async {
        let handler = Arc::new(WordCounter).resume(snapshot).start();
        handler
            .send_event(HumanResponseEvent::new("extraordinarily short"))
            .unwrap();
        handler.await
    });
    let expected = Counts {
        rounds: 3,
        words: 8,
        longest: "extraordinarily".into(),
        answers: 1,
    };
    assert_eq!(counts.unwrap(), expected);
}

#[test]
fn a_snapshot_whose_state_does_not_fit_is_a_clear_error() {
    let mut snapshot = waiting_snapshot();
    snapshot.store.insert(
        STATE_KEY.to_owned(),
        serde_json::json!({ "rounds": "two", "words": 6, "longest": "", "answers": 0 }),
    );
    let err = runtime()
        .block_on(async { WordCounter.resume(snapshot).await })
        .unwrap_err();
    assert!(
        matches!(err, WorkflowError::Snapshot(SnapshotError::State { expected, .. }) if expected == "state::Counts"),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "the snapshot's workflow state does not fit `state::Counts`, this workflow's state type: invalid type: string \"two\", expected u32"
    );
}

// ---------------------------------------------------------------------
// Resources

/// A client whose every construction is counted.
struct Client {
    serial: usize,
}

/// A step's view of one request: a new one for every call.
struct RequestId(usize);

#[event]
struct Job {
    of: u32,
}

#[event]
struct JobDone {
    of: u32,
    client: usize,
    request: usize,
}

/// The client serials and request ids the jobs used.
type Used = (Vec<usize>, Vec<usize>);

#[derive(Default)]
struct Jobs {
    resources: Resources,
    clients_made: AtomicUsize,
    requests_made: AtomicUsize,
}

#[workflow(resources = resources)]
impl Jobs {
    /// Async, slow, cached: made once per workflow value, however many
    /// workers ask at once.
    #[resource]
    async fn client(&self) -> Client {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let serial = self.clients_made.fetch_add(1, Ordering::SeqCst) + 1;
        Client { serial }
    }

    /// Sync, made for every call.
    #[resource(per_call)]
    fn request(&self) -> RequestId {
        RequestId(self.requests_made.fetch_add(1, Ordering::SeqCst) + 1)
    }

    #[step]
    async fn split(&self, ev: StartEvent) -> Result<Vec<Job>, WorkflowError> {
        let of: u32 = ev.get("jobs")?;
        Ok((0..of).map(|_| Job { of }).collect())
    }

    #[step(workers = 4)]
    async fn work(
        &self,
        #[resource] client: &Client,
        job: Job,
        #[resource] request: &RequestId,
    ) -> JobDone {
        JobDone {
            of: job.of,
            client: client.serial,
            request: request.0,
        }
    }

    /// The clients and requests the jobs used, once all are done.
    #[step]
    async fn gather(
        &self,
        ctx: &Context,
        done: JobDone,
    ) -> Result<Option<StopEvent<Used>>, WorkflowError> {
        let (clients, requests) = ctx
            .store
            .update("used", |used: Option<Used>| {
                let (mut clients, mut requests) = used.unwrap_or_default();
                clients.push(done.client);
                requests.push(done.request);
                (clients, requests)
            })
            .await?;
        Ok((requests.len() == done.of as usize).then(|| StopEvent::new((clients, requests))))
    }
}

#[tokio::test(start_paused = true)]
async fn resources_are_cached_per_workflow_value_or_made_per_call() {
    let jobs = Jobs::default();
    let (clients, mut requests) = jobs.run(start! { jobs: 8 }).await.unwrap();
    assert_eq!(clients, [1; 8]);
    requests.sort();
    assert_eq!(requests, (1..=8).collect::<Vec<_>>());
    let (clients, mut requests) = jobs.run(start! { jobs: 8 }).await.unwrap();
    assert_eq!(clients, [1; 8]);
    requests.sort();
    assert_eq!(requests, (9..=16).collect::<Vec<_>>());
    // Two runs of eight calls, four at a time: one client, sixteen requests.
    assert_eq!(jobs.clients_made.load(Ordering::SeqCst), 1);
    assert_eq!(jobs.requests_made.load(Ordering::SeqCst), 16);
    assert_eq!(jobs.resources.len(), 1);
    // Another workflow value makes its own.
    let other = Jobs::default();
    other.run(start! { jobs: 1 }).await.unwrap();
    assert_eq!(other.clients_made.load(Ordering::SeqCst), 1);
    assert_eq!(jobs.clients_made.load(Ordering::SeqCst), 1);
    // Forgotten, it is made again by the next step that asks.
    jobs.resources.clear();
    let (clients, _) = jobs.run(start! { jobs: 2 }).await.unwrap();
    assert_eq!(clients, [2, 2]);
    assert_eq!(jobs.clients_made.load(Ordering::SeqCst), 2);
}

/// A connection that fails to open `failures` times, then opens: its
/// factory is fallible, the step asking for it retries.
struct Connection;

#[derive(Default)]
struct Flaky {
    cache: Resources,
    failures: usize,
    attempts: AtomicUsize,
}

#[workflow(resources = cache)]
impl Flaky {
    #[resource]
    async fn connect(&self) -> Result<Connection, std::io::Error> {
        tokio::task::yield_now().await;
        if self.attempts.fetch_add(1, Ordering::SeqCst) < self.failures {
            return Err(std::io::Error::other("connection refused"));
        }
        Ok(Connection)
    }

    #[step(retry = RetryPolicy::constant(Duration::from_millis(10)).max_attempts(3))]
    async fn query(&self, #[resource] _db: &Connection, _ev: StartEvent) -> StopEvent<String> {
        StopEvent::new("rows".to_owned())
    }
}

#[tokio::test(start_paused = true)]
async fn a_failing_factory_fails_the_step_and_is_tried_again() {
    let flaky = Flaky {
        failures: 2,
        ..Flaky::default()
    };
    assert_eq!(flaky.run(StartEvent::new()).await.unwrap(), "rows");
    assert_eq!(flaky.attempts.load(Ordering::SeqCst), 3);
    assert_eq!(flaky.cache.len(), 1);

    let down = Flaky {
        failures: usize::MAX,
        ..Flaky::default()
    };
    let err = down.run(StartEvent::new()).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `query` failed after 3 attempts; the last error: resource `Connection` could not be made by its factory `connect`: connection refused"
    );
    assert!(down.cache.is_empty());
}

/// A blocking step takes a resource made by an async factory.
struct Settings {
    factor: u64,
}

#[derive(Default)]
struct Crunch {
    resources: Resources,
}

#[workflow(resources = resources)]
impl Crunch {
    #[resource]
    async fn settings(&self) -> Result<Settings, BoxError> {
        tokio::task::yield_now().await;
        Ok(Settings { factor: 3 })
    }

    #[step(blocking)]
    fn crunch(
        &self,
        #[resource] settings: &Settings,
        ev: StartEvent,
    ) -> Result<StopEvent<u64>, WorkflowError> {
        let n: u64 = ev.get("n")?;
        Ok(StopEvent::new(n * settings.factor))
    }
}

#[tokio::test]
async fn a_blocking_step_takes_a_resource_from_an_async_factory() {
    let crunch = Arc::new(Crunch::default());
    assert_eq!(crunch.clone().run(start! { n: 14 }).await.unwrap(), 42);
    assert_eq!(crunch.run(start! { n: 2 }).await.unwrap(), 6);
}
