//! The handler of a started run: streaming, sending in, human in the loop,
//! cancel, timeouts, snapshots and resume. Time is tokio's paused clock.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use eventflow::prelude::*;
use eventflow::{DynEvent, Handler, Snapshot, SnapshotError, StepStateChanged};
use futures::StreamExt;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
struct Progress {
    done: u32,
}

// ---- streaming ----

struct Reporter;

#[workflow]
impl Reporter {
    #[step]
    async fn work(&self, ctx: &Context, ev: StartEvent) -> Result<StopEvent<u32>, WorkflowError> {
        let n: u32 = ev.get("n")?;
        for done in 1..=n {
            ctx.write_event_to_stream(Progress { done });
            tokio::task::yield_now().await;
        }
        Ok(StopEvent::new(n))
    }
}

async fn collect(handler: &Handler<impl Workflow>) -> Vec<DynEvent> {
    handler.stream_events().unwrap().collect().await
}

#[tokio::test]
async fn the_stream_carries_written_events_in_order_and_ends_with_the_stop_event() {
    let handler = Arc::new(Reporter).run(start! { n: 3 }).start();
    let events = collect(&handler).await;
    let progress: Vec<u32> = events
        .iter()
        .filter_map(|e| e.downcast_ref::<Progress>())
        .map(|p| p.done)
        .collect();
    assert_eq!(progress, [1, 2, 3]);
    assert_eq!(events.len(), 4, "{events:?}");
    assert_eq!(
        events[3].downcast_ref::<StopEvent<u32>>(),
        Some(&StopEvent::new(3))
    );
    assert_eq!(handler.await.unwrap(), 3);
}

#[tokio::test]
async fn a_run_has_one_stream_consumer() {
    let handler = Arc::new(Reporter).run(start! { n: 1 }).start();
    let _first = handler.stream_events().unwrap();
    let second = handler.stream_events().unwrap_err();
    assert!(matches!(second, WorkflowError::StreamTaken), "{second}");
    assert!(second.to_string().contains("one stream consumer"));
    assert_eq!(handler.await.unwrap(), 1);
}

#[tokio::test]
async fn internal_events_show_each_step_starting_and_finishing() {
    let handler = Arc::new(Reporter)
        .run(start! { n: 1 })
        .internal_events(true)
        .start();
    let events = collect(&handler).await;
    let states: Vec<String> = events
        .iter()
        .filter_map(|e| e.downcast_ref::<StepStateChanged>())
        .map(|s| format!("{}:{:?}", s.step, s.state))
        .collect();
    assert_eq!(states.len(), 2, "{states:?}");
    assert!(states[0].starts_with("work:Started"), "{states:?}");
    assert!(states[1].starts_with("work:Finished"), "{states:?}");
    handler.await.unwrap();
}

#[tokio::test]
async fn runs_have_ids_given_or_generated() {
    let a = Arc::new(Reporter)
        .run(start! { n: 0 })
        .run_id("order-7")
        .start();
    assert_eq!(a.run_id(), "order-7");
    let b = Arc::new(Reporter).run(start! { n: 0 }).start();
    let c = Arc::new(Reporter).run(start! { n: 0 }).start();
    assert!(!b.run_id().is_empty());
    assert_ne!(b.run_id(), c.run_id());
    for h in [a, b, c] {
        h.await.unwrap();
    }
}

#[tokio::test]
async fn verbose_lines_go_to_the_writer_given() {
    #[derive(Clone, Default)]
    struct Lines(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Lines {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let lines = Lines::default();
    Reporter
        .run(start! { n: 0 })
        .verbose_to(lines.clone())
        .await
        .unwrap();
    let text = String::from_utf8(lines.0.lock().unwrap().clone()).unwrap();
    assert_eq!(
        text,
        "Running step work\nStep work produced event StopEvent\n"
    );
}

// ---- human in the loop, waiting inside a step ----

#[derive(Default)]
struct Greeter {
    /// Times the code before the wait ran.
    before_wait: AtomicUsize,
}

#[workflow]
impl Greeter {
    #[step(waits_for = [HumanResponseEvent])]
    async fn greet(
        &self,
        ctx: &Context,
        ev: StartEvent,
    ) -> Result<StopEvent<String>, WorkflowError> {
        self.before_wait.fetch_add(1, Ordering::SeqCst);
        let mut wait = ctx
            .wait_for_event::<HumanResponseEvent, _>()
            .ask(InputRequiredEvent::new("What's your name?"));
        if let Ok(secs) = ev.get::<u64>("wait_timeout") {
            wait = wait.timeout(Duration::from_secs(secs));
        }
        if let Ok(user) = ev.get::<String>("only_user") {
            wait = wait.require("payload", serde_json::json!({ "user": user }));
        }
        let answer = wait.await?;
        Ok(StopEvent::new(format!("Hello, {}!", answer.response)))
    }
}

/// The first question on the stream.
async fn question(stream: &mut eventflow::EventStream) -> InputRequiredEvent {
    while let Some(ev) = stream.next().await {
        if let Some(q) = ev.downcast_ref::<InputRequiredEvent>() {
            return q.clone();
        }
    }
    panic!("the stream ended without a question");
}

#[tokio::test]
async fn a_waiting_step_is_suspended_not_run_again_and_gets_the_answer() {
    let flow = Arc::new(Greeter::default());
    let handler = flow.run(StartEvent::new()).start();
    let mut stream = handler.stream_events().unwrap();
    let q = question(&mut stream).await;
    assert_eq!(q.prefix, "What's your name?");
    handler.send_event(HumanResponseEvent::new("Ada")).unwrap();
    assert_eq!(handler.await.unwrap(), "Hello, Ada!");
    assert_eq!(flow.before_wait.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn an_answer_sent_before_the_step_waits_is_kept_for_it() {
    let flow = Arc::new(Greeter::default());
    let handler = flow.run(StartEvent::new()).start();
    // Sent at once, before the run's task has even been polled.
    handler
        .send_event(HumanResponseEvent::new("Grace"))
        .unwrap();
    assert_eq!(handler.await.unwrap(), "Hello, Grace!");
}

#[tokio::test]
async fn a_wait_takes_only_an_answer_that_meets_its_requirements() {
    let flow = Arc::new(Greeter::default());
    let handler = flow.run(start! { only_user: "bob" }).start();
    let mut stream = handler.stream_events().unwrap();
    question(&mut stream).await;
    handler
        .send_event(
            HumanResponseEvent::new("Eve").with_payload(serde_json::json!({ "user": "eve" })),
        )
        .unwrap();
    handler
        .send_event(
            HumanResponseEvent::new("Bob").with_payload(serde_json::json!({ "user": "bob" })),
        )
        .unwrap();
    assert_eq!(handler.await.unwrap(), "Hello, Bob!");
}

#[tokio::test(start_paused = true)]
async fn a_wait_that_times_out_fails_its_step() {
    let handler = Arc::new(Greeter::default())
        .run(start! { wait_timeout: 30 })
        .start();
    let err = handler.await.unwrap_err();
    assert!(
        matches!(&err, WorkflowError::StepFailed { step: "greet", source } if source.to_string().contains("timed out after 30s")),
        "{err}"
    );
}

#[tokio::test(start_paused = true)]
async fn the_run_timeout_ends_a_run_waiting_for_input() {
    let handler = Arc::new(Greeter::default())
        .run(StartEvent::new())
        .timeout(Duration::from_secs(5))
        .start();
    let err = handler.await.unwrap_err();
    assert!(
        matches!(&err, WorkflowError::Timeout { active, .. } if active == &["greet"]),
        "{err}"
    );
}

#[tokio::test]
async fn cancelling_a_run_waiting_for_input_ends_it() {
    let handler = Arc::new(Greeter::default()).run(StartEvent::new()).start();
    let mut stream = handler.stream_events().unwrap();
    question(&mut stream).await;
    handler.cancel();
    assert!(matches!(handler.await, Err(WorkflowError::Cancelled)));
}

#[tokio::test]
async fn waiting_for_input_with_no_handler_fails_at_once_instead_of_hanging() {
    // No timeout: without this rule the run would wait forever.
    let err = Greeter::default().run(StartEvent::new()).await.unwrap_err();
    assert!(
        matches!(&err, WorkflowError::WaitingWithNoSender { steps, .. } if steps == &["greet"]),
        "{err}"
    );
    assert!(err.to_string().contains(".start()"), "{err}");
}

#[tokio::test]
async fn events_sent_after_the_run_ended_are_refused() {
    let handler = Arc::new(Greeter::default()).run(StartEvent::new()).start();
    handler.send_event(HumanResponseEvent::new("x")).unwrap();
    while !handler.is_finished() {
        tokio::task::yield_now().await;
    }
    let err = handler
        .send_event(HumanResponseEvent::new("late"))
        .unwrap_err();
    assert!(err.to_string().contains("the run is over"), "{err}");
}

// ---- human in the loop, the original's way: ask by returning ----

struct AskByReturning;

#[workflow]
impl AskByReturning {
    #[step]
    async fn ask(&self, _ev: StartEvent) -> InputRequiredEvent {
        InputRequiredEvent::new("Proceed?")
    }

    #[step]
    async fn decide(&self, ev: HumanResponseEvent) -> StopEvent<bool> {
        StopEvent::new(ev.response == "yes")
    }
}

#[tokio::test]
async fn a_returned_question_reaches_the_stream_and_the_answer_the_step_that_takes_it() {
    let handler = Arc::new(AskByReturning).run(StartEvent::new()).start();
    let mut stream = handler.stream_events().unwrap();
    assert_eq!(question(&mut stream).await.prefix, "Proceed?");
    handler.send_event(HumanResponseEvent::new("yes")).unwrap();
    assert!(handler.await.unwrap());
}

#[tokio::test]
async fn a_run_that_asks_with_no_handler_says_so() {
    let err = AskByReturning.run(StartEvent::new()).await.unwrap_err();
    assert!(
        matches!(err, WorkflowError::AskedWithNoHandler { step: "ask" }),
        "{err}"
    );
}

// ---- cancel during a step ----

struct Slow {
    dropped: Arc<AtomicUsize>,
}

struct DropFlag(Arc<AtomicUsize>);
impl Drop for DropFlag {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[workflow]
impl Slow {
    #[step]
    async fn sleep(&self, _ev: StartEvent) -> StopEvent<()> {
        let _flag = DropFlag(self.dropped.clone());
        tokio::time::sleep(Duration::from_secs(3600)).await;
        StopEvent::new(())
    }
}

#[tokio::test(start_paused = true)]
async fn cancel_during_a_step_drops_the_step_and_fails_the_await() {
    let dropped = Arc::new(AtomicUsize::new(0));
    let handler = Arc::new(Slow {
        dropped: dropped.clone(),
    })
    .run(StartEvent::new())
    .start();
    tokio::time::sleep(Duration::from_secs(1)).await;
    handler.cancel();
    let err = handler.await.unwrap_err();
    assert!(matches!(err, WorkflowError::Cancelled), "{err}");
    assert_eq!(
        dropped.load(Ordering::SeqCst),
        1,
        "the step's future is dropped"
    );
}

// ---- snapshots and resume ----

#[tokio::test]
async fn a_snapshot_of_a_waiting_run_resumes_in_a_fresh_context_with_the_answer() {
    let flow = Arc::new(Greeter::default());
    let ctx = Context::new();
    ctx.store.set("visits", 3).await.unwrap();
    let handler = flow
        .run(StartEvent::new())
        .context(&ctx)
        .run_id("greet-1")
        .start();
    let mut stream = handler.stream_events().unwrap();
    question(&mut stream).await;
    let snapshot = handler.snapshot().await.unwrap();
    handler.cancel();
    let _ = handler.await;
    assert_eq!(snapshot.run_id, "greet-1");
    assert_eq!(snapshot.run.inflight.len(), 1);
    assert_eq!(snapshot.run.waiters.len(), 1);

    // Through bytes, as across processes; a new workflow value and context.
    let bytes = snapshot.to_json();
    let snapshot = Snapshot::from_json(bytes.as_bytes()).unwrap();
    let again = Arc::new(Greeter::default());
    let fresh = Context::new();
    let handler = again.resume(snapshot).context(&fresh).start();
    assert_eq!(handler.run_id(), "greet-1");
    handler.send_event(HumanResponseEvent::new("Lin")).unwrap();
    assert_eq!(handler.await.unwrap(), "Hello, Lin!");
    // At least once: the waiting step ran again from its top.
    assert_eq!(again.before_wait.load(Ordering::SeqCst), 1);
    // The resumed run's store is the snapshot's.
    assert_eq!(fresh.store.get::<u32>("visits").await.unwrap(), 3);
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
struct Part(u32);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
#[event(human_response)]
struct Approval {
    part: u32,
}

/// Fans out three parts; each part waits for its approval; a collect step
/// sums the approved parts. A snapshot can catch queued events (one
/// worker), a step waiting, and a partly filled collect buffer.
struct Approvals;

#[workflow]
impl Approvals {
    #[step]
    async fn split(&self, _ev: StartEvent) -> Vec<Part> {
        (1..=3).map(Part).collect()
    }

    #[step(workers = 1, waits_for = [Approval])]
    async fn approve(&self, ctx: &Context, part: Part) -> Result<Done, WorkflowError> {
        let approval: Approval = ctx.wait_for_event().require("part", part.0).await?;
        Ok(Done(approval.part))
    }

    #[step]
    async fn total(
        &self,
        ctx: &Context,
        done: Done,
    ) -> Result<Option<StopEvent<u32>>, WorkflowError> {
        ctx.store.set(&format!("done-{}", done.0), true).await?;
        Ok(ctx
            .collect_n(done, 3)
            .map(|all| StopEvent::new(all.iter().map(|d| d.0).sum())))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
struct Done(u32);

#[tokio::test]
async fn a_snapshot_with_queued_events_a_wait_and_a_collect_buffer_round_trips() {
    let handler = Arc::new(Approvals).run(StartEvent::new()).start();
    handler.send_event(Approval { part: 1 }).unwrap();
    // Wait until part 1 is collected and part 2 waits.
    let snapshot = loop {
        tokio::task::yield_now().await;
        let s = handler.snapshot().await.unwrap();
        if !s.run.collects.is_empty() && !s.run.waiters.is_empty() {
            break s;
        }
    };
    handler.cancel();
    let _ = handler.await;
    assert_eq!(
        snapshot.run.queues.len(),
        1,
        "part 3 is queued: {snapshot:?}"
    );
    assert_eq!(snapshot.run.queues[0].0, "approve");
    assert_eq!(snapshot.run.collects[0].events.len(), 1);
    assert_eq!(snapshot.store.get("done-1"), Some(&serde_json::json!(true)));

    let resumed = Arc::new(Approvals).resume(snapshot.clone()).start();
    for part in [3, 2] {
        resumed.send_event(Approval { part }).unwrap();
    }
    assert_eq!(resumed.await.unwrap(), 6);

    // The same snapshot again, answered in another order.
    let again = Arc::new(Approvals).resume(snapshot).start();
    again.send_event(Approval { part: 2 }).unwrap();
    again.send_event(Approval { part: 3 }).unwrap();
    assert_eq!(again.await.unwrap(), 6);
}

#[tokio::test]
async fn a_snapshot_of_a_finished_run_is_refused() {
    let handler = Arc::new(Reporter).run(start! { n: 0 }).start();
    while !handler.is_finished() {
        tokio::task::yield_now().await;
    }
    let err = handler.snapshot().await.unwrap_err();
    assert!(matches!(err, WorkflowError::NotRunning { .. }), "{err}");
}

#[tokio::test]
async fn snapshots_of_another_workflow_version_or_format_are_refused() {
    let handler = Arc::new(Greeter::default()).run(StartEvent::new()).start();
    let snapshot = handler.snapshot().await.unwrap();
    handler.cancel();
    let _ = handler.await;

    let err = Approvals.resume(snapshot.clone()).await.unwrap_err();
    assert!(
        matches!(
            &err,
            WorkflowError::Snapshot(SnapshotError::Workflow { .. })
        ),
        "{err}"
    );

    let mut newer = serde_json::to_value(&snapshot).unwrap();
    newer["version"] = serde_json::json!(99);
    let err = Snapshot::from_json(newer.to_string().as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "snapshot version 99 cannot be read by this build, which reads version 1"
    );

    let mut foreign = serde_json::to_value(&snapshot).unwrap();
    foreign["format"] = serde_json::json!("something.else");
    let err = Snapshot::from_json(foreign.to_string().as_bytes()).unwrap_err();
    assert!(matches!(err, SnapshotError::Format(_)), "{err}");

    let err = Snapshot::from_json(&snapshot.to_json().as_bytes()[..40]).unwrap_err();
    assert!(matches!(err, SnapshotError::Malformed(_)), "{err}");

    let mut unknown_event = snapshot.clone();
    unknown_event.run.inflight[0].event.name = "nowhere::Ghost".into();
    let err = Greeter::default().resume(unknown_event).await.unwrap_err();
    assert!(err.to_string().contains("nowhere::Ghost"), "{err}");

    let mut unknown_step = snapshot;
    unknown_step.run.inflight[0].step = "gone".into();
    let err = Greeter::default().resume(unknown_step).await.unwrap_err();
    assert!(err.to_string().contains("`gone`"), "{err}");
}

// ---- many handlers ----

struct Echo;

#[workflow]
impl Echo {
    #[step]
    async fn echo(&self, ev: StartEvent) -> Result<StopEvent<u64>, WorkflowError> {
        tokio::task::yield_now().await;
        Ok(StopEvent::new(ev.get("i")?))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_handlers_run_concurrently() {
    let flow = Arc::new(Echo);
    let handlers: Vec<_> = (0..10_000u64)
        .map(|i| flow.run(start! { i: i }).start())
        .collect();
    let mut sum = 0;
    for h in handlers {
        sum += h.await.unwrap();
    }
    assert_eq!(sum, (0..10_000u64).sum::<u64>());
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
struct Unrelated(u32);

#[tokio::test]
async fn an_event_the_workflow_does_not_take_is_refused_at_once() {
    let handler = Arc::new(Greeter::default()).run(StartEvent::new()).start();
    let err = handler.send_event(Unrelated(1)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the run refused `Unrelated`: no step of this workflow takes it as its event or waits for it"
    );
    handler
        .send_event(HumanResponseEvent::new("still fine"))
        .unwrap();
    assert_eq!(handler.await.unwrap(), "Hello, still fine!");
}
