//! Targeted sends (`ctx.send_event_to(Flow::STEP, ev)`) and child
//! workflows (`ctx.run_child(&flow, start)`), on tokio's paused clock.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use eventflow::prelude::*;
use eventflow::{DynEvent, Snapshot};

#[cfg(feature = "sqlite")]
mod support;

// ---- targeted sends ----

#[event]
struct Work(u32);

/// Two steps take `Work`; `dispatch` sends it to `review` only.
#[derive(Default)]
struct Targeted {
    audited: AtomicU32,
    reviewed: AtomicU32,
}

#[workflow]
impl Targeted {
    #[step(emits = [Work])]
    async fn dispatch(&self, ctx: &Context, _ev: StartEvent) -> Option<StopEvent<String>> {
        ctx.send_event_to(Targeted::REVIEW, Work(7));
        None
    }

    #[step]
    async fn review(&self, ev: Work) -> StopEvent<String> {
        tokio::time::sleep(Duration::from_millis(50)).await;
        self.reviewed.fetch_add(1, Ordering::Relaxed);
        StopEvent::new(format!("reviewed {}", ev.0))
    }

    #[step]
    async fn audit(&self, ev: Work) -> StopEvent<String> {
        self.audited.fetch_add(1, Ordering::Relaxed);
        StopEvent::new(format!("audited {}", ev.0))
    }
}

#[tokio::test(start_paused = true)]
async fn a_targeted_send_reaches_only_its_target() {
    let flow = Targeted::default();
    let out = flow.run(StartEvent::default()).await.unwrap();
    assert_eq!(out, "reviewed 7");
    assert_eq!(flow.reviewed.load(Ordering::Relaxed), 1);
    // `audit` takes `Work` too, and would have stopped the run first.
    assert_eq!(flow.audited.load(Ordering::Relaxed), 0);
}

#[test]
fn the_step_constants_name_their_steps() {
    assert_eq!(Targeted::REVIEW.name(), "review");
    assert_eq!(Targeted::AUDIT.name(), "audit");
}

#[cfg(feature = "sqlite")]
#[test]
fn a_targeted_send_in_a_journaled_run_replays_to_the_same_step() {
    use eventflow::journal::{Journal, RunStatus};
    use std::future::IntoFuture;
    use support::{process, TempDb};

    let db = TempDb::new("targeted");
    let journal = Journal::open(&db.0).unwrap();
    let first = Targeted::default();
    // Dropped while `review` sleeps: the send is in the journal.
    process().block_on(async {
        let run = first
            .run(StartEvent::default())
            .journal(&journal)
            .run_id("t");
        assert!(tokio::time::timeout(Duration::from_millis(20), run)
            .await
            .is_err());
    });
    assert_eq!(journal.run("t").unwrap().status, RunStatus::Live);
    let journal = Journal::open(&db.0).unwrap();
    let second = Targeted::default();
    let out = process()
        .block_on(second.resume_journaled(&journal, "t").into_future())
        .unwrap();
    assert_eq!(out, "reviewed 7");
    assert_eq!(second.reviewed.load(Ordering::Relaxed), 1);
    assert_eq!(first.audited.load(Ordering::Relaxed), 0);
    assert_eq!(second.audited.load(Ordering::Relaxed), 0);
}

// ---- child workflows ----

#[event]
struct Progress(u32);

#[event]
struct Outline {
    topic: String,
}

/// Writes a draft in three parts, streaming its progress; fails on the
/// topic "fail"; its `write` step counts how often its future is dropped
/// before finishing.
#[derive(Default)]
struct Writer {
    dropped: Arc<AtomicU32>,
    started: Arc<AtomicU32>,
}

/// Counts a drop that came before `done`.
struct DropFlag(Arc<AtomicU32>, bool);

impl Drop for DropFlag {
    fn drop(&mut self) {
        if !self.1 {
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }
}

#[workflow(start = Outline)]
impl Writer {
    #[step]
    async fn write(&self, ctx: &Context, ev: Outline) -> Result<StopEvent<String>, WorkflowError> {
        self.started.fetch_add(1, Ordering::Relaxed);
        let mut flag = DropFlag(self.dropped.clone(), false);
        if ev.topic == "fail" {
            return Err(WorkflowError::Refused {
                event: "Outline",
                reason: "no such topic",
            });
        }
        for part in 1..=3 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            ctx.write_event_to_stream(Progress(part));
        }
        flag.1 = true;
        Ok(StopEvent::new(format!("a draft on {}", ev.topic)))
    }
}

/// Runs a `Writer` for its start's topic and stops with the draft.
#[derive(Default)]
struct Editor {
    writer: Writer,
}

#[workflow]
impl Editor {
    #[step(children = [Writer])]
    async fn edit(
        &self,
        ctx: &Context,
        ev: StartEvent,
    ) -> Result<StopEvent<String>, WorkflowError> {
        let topic: String = ev.get("topic")?;
        let draft: String = ctx.run_child(&self.writer, Outline { topic }).await?;
        Ok(StopEvent::new(format!("edited {draft}")))
    }
}

fn topic(t: &str) -> StartEvent {
    StartEvent::new().with("topic", t)
}

#[tokio::test(start_paused = true)]
async fn a_child_result_comes_back_typed() {
    let flow = Editor::default();
    let out: String = flow.run(topic("rust")).await.unwrap();
    assert_eq!(out, "edited a draft on rust");
}

#[tokio::test(start_paused = true)]
async fn a_child_streams_reach_the_parent_stream_named_by_step() {
    use futures::StreamExt;
    let flow = Arc::new(Editor::default());
    let handler = flow.run(topic("rust")).start();
    let stream = handler.stream_events().unwrap();
    let events: Vec<DynEvent> = stream.collect().await;
    let children: Vec<ChildEvent> = events
        .iter()
        .filter_map(|e| e.cloned::<ChildEvent>())
        .collect();
    let parts: Vec<u32> = children
        .iter()
        .filter_map(|c| c.get::<Progress>())
        .map(|p| p.0)
        .collect();
    assert_eq!(parts, [1, 2, 3]);
    assert!(children
        .iter()
        .all(|c| c.step == "edit" && c.workflow == "Writer"));
    // The child's stop event comes through last, wrapped; the parent's own
    // stop event ends the parent's stream.
    let last_child = children.last().unwrap();
    assert_eq!(
        last_child.get::<StopEvent<String>>().map(|s| s.result),
        Some("a draft on rust".to_owned())
    );
    assert!(events.last().unwrap().is::<StopEvent<String>>());
    assert_eq!(handler.await.unwrap(), "edited a draft on rust");
}

#[tokio::test(start_paused = true)]
async fn cancelling_the_parent_drops_the_child_and_its_steps() {
    let flow = Arc::new(Editor::default());
    let handler = flow.run(topic("rust")).start();
    tokio::time::sleep(Duration::from_millis(150)).await;
    assert_eq!(flow.writer.started.load(Ordering::Relaxed), 1);
    assert_eq!(flow.writer.dropped.load(Ordering::Relaxed), 0);
    handler.cancel();
    let err = handler.await.unwrap_err();
    assert!(matches!(err, WorkflowError::Cancelled), "{err}");
    assert_eq!(
        flow.writer.dropped.load(Ordering::Relaxed),
        1,
        "the child's step saw its future dropped"
    );
}

#[tokio::test(start_paused = true)]
async fn a_child_error_names_the_child_and_the_step() {
    let flow = Editor::default();
    let err = flow.run(topic("fail")).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `edit` failed: child workflow `Writer` (run by step `edit`) failed: \
         step `write` failed: the run refused `Outline`: no such topic"
    );
}

#[tokio::test(start_paused = true)]
async fn a_parent_snapshotted_inside_its_child_resumes_the_child_step_in_flight() {
    let flow = Arc::new(Editor::default());
    let handler = flow.run(topic("rust")).start();
    tokio::time::sleep(Duration::from_millis(150)).await;
    let snapshot = handler.snapshot().await.unwrap();
    handler.cancel();
    let _ = handler.await;
    let json = serde_json::to_string(&snapshot).unwrap();
    let snapshot = serde_json::from_str(&json).unwrap();
    let again = Editor::default();
    let out = again.resume(snapshot).await.unwrap();
    assert_eq!(out, "edited a draft on rust");
    // The step that runs the child ran again, and so did the child's one
    // step, which was in flight.
    assert_eq!(again.writer.started.load(Ordering::Relaxed), 1);
}

/// Drafts, then polishes, 100 ms each; counts each step's runs.
#[derive(Default)]
struct Pipeline {
    drafted: AtomicU32,
    polished: AtomicU32,
}

#[event]
struct Drafted(String);

#[workflow(start = Outline)]
impl Pipeline {
    #[step]
    async fn draft(&self, ctx: &Context, ev: Outline) -> Drafted {
        self.drafted.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(100)).await;
        ctx.write_event_to_stream(Progress(1));
        Drafted(format!("a draft on {}", ev.topic))
    }

    #[step]
    async fn polish(&self, ctx: &Context, ev: Drafted) -> StopEvent<String> {
        self.polished.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(100)).await;
        ctx.write_event_to_stream(Progress(2));
        StopEvent::new(format!("{}, polished", ev.0))
    }
}

/// Runs a `Pipeline`, counting its own step's runs.
#[derive(Default)]
struct Publisher {
    pipeline: Pipeline,
    published: AtomicU32,
}

#[workflow]
impl Publisher {
    #[step(children = [Pipeline])]
    async fn publish(
        &self,
        ctx: &Context,
        ev: StartEvent,
    ) -> Result<StopEvent<String>, WorkflowError> {
        self.published.fetch_add(1, Ordering::Relaxed);
        let topic: String = ev.get("topic")?;
        let text: String = ctx.run_child(&self.pipeline, Outline { topic }).await?;
        Ok(StopEvent::new(format!("published {text}")))
    }
}

/// Runs a `Publisher`: a grandparent.
#[derive(Default)]
struct Press {
    publisher: Publisher,
}

#[workflow]
impl Press {
    #[step(children = [Publisher])]
    async fn print(
        &self,
        ctx: &Context,
        ev: StartEvent,
    ) -> Result<StopEvent<String>, WorkflowError> {
        let text: String = ctx.run_child(&self.publisher, ev).await?;
        Ok(StopEvent::new(format!("{text}, printed")))
    }
}

/// Snapshot `flow`'s run of `topic` 150 ms in (the child has drafted and
/// is polishing), then cancel it; the snapshot crosses JSON.
async fn snapshot_while_polishing<W>(flow: Arc<W>, start: W::Start) -> Snapshot
where
    W: eventflow::Workflow + Send + Sync + 'static,
    W::Output: Send,
{
    let handler = flow.run(start).start();
    tokio::time::sleep(Duration::from_millis(150)).await;
    let snapshot = handler.snapshot().await.unwrap();
    handler.cancel();
    let _ = handler.await;
    Snapshot::from_json(snapshot.to_json().as_bytes()).unwrap()
}

#[tokio::test(start_paused = true)]
async fn a_parent_snapshot_holds_its_child_and_resumed_the_child_goes_on_where_it_was() {
    use futures::StreamExt;
    let first = Arc::new(Publisher::default());
    let snapshot = snapshot_while_polishing(first.clone(), topic("rust")).await;
    assert_eq!(first.pipeline.drafted.load(Ordering::Relaxed), 1);
    assert_eq!(snapshot.children.len(), 1);
    let child = &snapshot.children[0];
    assert_eq!(child.step, "publish");
    assert_eq!((child.invocation, child.nth), (0, 0));
    assert!(child.snapshot.workflow.ends_with("Pipeline"));

    let again = Arc::new(Publisher::default());
    let handler = again.resume(snapshot).start();
    let events: Vec<DynEvent> = handler.stream_events().unwrap().collect().await;
    let parts: Vec<u32> = events
        .iter()
        .filter_map(|e| e.cloned::<ChildEvent>())
        .filter_map(|c| c.get::<Progress>())
        .map(|p| p.0)
        .collect();
    assert_eq!(parts, [2], "only the polish step streamed again");
    assert_eq!(
        handler.await.unwrap(),
        "published a draft on rust, polished"
    );
    // The parent's step ran again from its input; in the child, the draft
    // was not made again: only the step in flight ran.
    assert_eq!(again.published.load(Ordering::Relaxed), 1);
    assert_eq!(again.pipeline.drafted.load(Ordering::Relaxed), 0);
    assert_eq!(again.pipeline.polished.load(Ordering::Relaxed), 1);
}

#[tokio::test(start_paused = true)]
async fn a_grandchild_is_saved_inside_its_parent_inside_the_snapshot() {
    let first = Arc::new(Press::default());
    let snapshot = snapshot_while_polishing(first.clone(), topic("go")).await;
    let child = &snapshot.children[0];
    assert_eq!(child.step, "print");
    let grandchild = &child.snapshot.children[0];
    assert_eq!(grandchild.step, "publish");
    assert!(grandchild.snapshot.workflow.ends_with("Pipeline"));

    let again = Press::default();
    let out = again.resume(snapshot).await.unwrap();
    assert_eq!(out, "published a draft on go, polished, printed");
    assert_eq!(again.publisher.published.load(Ordering::Relaxed), 1);
    assert_eq!(again.publisher.pipeline.drafted.load(Ordering::Relaxed), 0);
    assert_eq!(again.publisher.pipeline.polished.load(Ordering::Relaxed), 1);
}

#[tokio::test(start_paused = true)]
async fn a_child_snapshot_of_no_invocation_in_flight_is_refused() {
    let first = Arc::new(Publisher::default());
    let mut snapshot = snapshot_while_polishing(first, topic("rust")).await;
    snapshot.children[0].invocation = 7;
    let err = Publisher::default().resume(snapshot).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "the snapshot holds a child workflow of step `publish`'s invocation 7, \
         which is not in flight in the run"
    );
}

/// Runs a `Pipeline`, then files the text away (100 ms).
#[derive(Default)]
struct Archivist {
    pipeline: Pipeline,
    archived: AtomicU32,
}

#[workflow]
impl Archivist {
    #[step(children = [Pipeline])]
    async fn archive(
        &self,
        ctx: &Context,
        ev: StartEvent,
    ) -> Result<StopEvent<String>, WorkflowError> {
        let topic: String = ev.get("topic")?;
        let text: String = ctx.run_child(&self.pipeline, Outline { topic }).await?;
        tokio::time::sleep(Duration::from_millis(100)).await;
        self.archived.fetch_add(1, Ordering::Relaxed);
        Ok(StopEvent::new(format!("archived {text}")))
    }
}

/// Run an `Archivist` kept in a journal named `name`, drop it `after` in (a
/// process that died), and go on with it in a fresh value: that value.
#[cfg(feature = "sqlite")]
fn archive_dropped_after(name: &str, after: Duration) -> (Archivist, String) {
    use eventflow::journal::Journal;
    use std::future::IntoFuture;
    use support::{process, TempDb};

    let db = TempDb::new(name);
    let journal = Journal::open(&db.0).unwrap();
    let first = Archivist::default();
    process().block_on(async {
        let run = first.run(topic("rust")).journal(&journal).run_id("a");
        assert!(tokio::time::timeout(after, run).await.is_err());
    });
    assert_eq!(first.archived.load(Ordering::Relaxed), 0);
    let journal = Journal::open(&db.0).unwrap();
    let second = Archivist::default();
    let out = process()
        .block_on(second.resume_journaled(&journal, "a").into_future())
        .unwrap();
    (second, out)
}

#[cfg(feature = "sqlite")]
#[test]
fn a_child_that_finished_before_a_crash_is_not_run_again() {
    // Dropped at 250 ms: the child ended at 200, its parent was filing.
    let (second, out) = archive_dropped_after("finished-child", Duration::from_millis(250));
    assert_eq!(out, "archived a draft on rust, polished");
    assert_eq!(second.archived.load(Ordering::Relaxed), 1);
    // The child's result came from the journal.
    assert_eq!(second.pipeline.drafted.load(Ordering::Relaxed), 0);
    assert_eq!(second.pipeline.polished.load(Ordering::Relaxed), 0);
}

#[cfg(feature = "sqlite")]
#[test]
fn a_child_cut_short_by_a_crash_runs_again_from_its_start() {
    // Dropped at 150 ms: the child was polishing.
    let (second, out) = archive_dropped_after("unfinished-child", Duration::from_millis(150));
    assert_eq!(out, "archived a draft on rust, polished");
    assert_eq!(second.pipeline.drafted.load(Ordering::Relaxed), 1);
    assert_eq!(second.pipeline.polished.load(Ordering::Relaxed), 1);
}
