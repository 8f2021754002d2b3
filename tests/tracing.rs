//! The `tracing` spans of a run: one per run, one per step invocation
//! inside it, seen by a subscriber that records them.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use eventflow::prelude::*;
use tracing::span::{Attributes, Id, Record};
use tracing::{Event as TraceEvent, Metadata, Subscriber};

/// A span as the subscriber saw it made: its id, name and parent.
type Made = (u64, &'static str, Option<u64>);

/// Records each span's name and parent, and each event's parent span.
#[derive(Default, Clone)]
struct Spans {
    seen: Arc<Mutex<Vec<Made>>>,
    events: Arc<Mutex<Vec<Option<u64>>>>,
    next: Arc<AtomicU64>,
    current: Arc<Mutex<Vec<u64>>>,
}

impl Subscriber for Spans {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let id = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let parent = match span.parent() {
            Some(p) => Some(p.into_u64()),
            None if span.is_contextual() => self.current.lock().unwrap().last().copied(),
            None => None,
        };
        self.seen
            .lock()
            .unwrap()
            .push((id, span.metadata().name(), parent));
        Id::from_u64(id)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &TraceEvent<'_>) {
        let parent = match event.parent() {
            Some(p) => Some(p.into_u64()),
            None if event.is_contextual() => self.current.lock().unwrap().last().copied(),
            None => None,
        };
        self.events.lock().unwrap().push(parent);
    }
    fn enter(&self, span: &Id) {
        self.current.lock().unwrap().push(span.into_u64());
    }
    fn exit(&self, _: &Id) {
        self.current.lock().unwrap().pop();
    }
}

#[event]
struct Half(u32);

struct TwoSteps;

#[workflow]
impl TwoSteps {
    #[step]
    async fn first(&self, _ev: StartEvent) -> Half {
        Half(1)
    }

    #[step]
    async fn second(&self, ev: Half) -> StopEvent<u32> {
        StopEvent::new(ev.0 + 1)
    }
}

#[test]
fn a_run_has_a_span_and_each_step_invocation_one_inside_it() {
    let spans = Spans::default();
    let out = tracing::subscriber::with_default(spans.clone(), || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        rt.block_on(async { TwoSteps.run(StartEvent::new()).await })
    });
    assert_eq!(out.unwrap(), 2);
    let seen = spans.seen.lock().unwrap().clone();
    let runs: Vec<_> = seen.iter().filter(|(_, name, _)| *name == "run").collect();
    assert_eq!(runs.len(), 1, "{seen:?}");
    let run = runs[0].0;
    let steps: Vec<_> = seen.iter().filter(|(_, name, _)| *name == "step").collect();
    assert_eq!(steps.len(), 2, "one span per invocation: {seen:?}");
    assert!(
        steps.iter().all(|(_, _, parent)| *parent == Some(run)),
        "the step spans are inside the run's: {seen:?}"
    );
    // The run's own events ("run started", "run ended") are in its span.
    let events = spans.events.lock().unwrap().clone();
    assert!(
        events.iter().filter(|p| **p == Some(run)).count() >= 2,
        "{events:?}"
    );
}
