//! A test runner for your own workflows (the Python original's
//! `WorkflowTestRunner`): run a workflow and keep every event it
//! produced, with counts per type, what it streamed, and its result.
//!
//! ```ignore
//! let run = MyFlow.run(start! { query: "q" }).timeout(Duration::from_secs(5)).record().await;
//! assert_eq!(run.count::<Retrieved>(), 3);
//! assert_eq!(run.produced_by("answer").count(), 1);
//! assert_eq!(run.result?, "the answer");
//! ```
//!
//! [`Run::record`] works on any run (borrowed or shared, with budgets,
//! timeouts or a context); the recording is made by the run machine, which
//! hands every event it routes to the driver, so nothing is missed or seen
//! twice: the start event, every event a step returned or sent, events sent
//! in from outside, the failures given to error handlers, and the stop
//! event, in the order the run routed them.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use crate::driver::Run;
use crate::event::{DynEvent, Event};
use crate::{Workflow, WorkflowError};

/// One event of a recorded run.
#[derive(Debug, Clone)]
pub struct Produced {
    /// The step that returned or sent it; `None` for the start event and
    /// events sent in from outside the run.
    pub step: Option<&'static str>,
    /// The event.
    pub event: DynEvent,
}

/// A recorded run: its result and every event it produced.
#[derive(Debug)]
pub struct Recorded<R> {
    /// What the run returned.
    pub result: Result<R, WorkflowError>,
    /// Every event the run routed, in order.
    pub events: Vec<Produced>,
    /// What went to the run's stream (`ctx.write_event_to_stream`,
    /// questions for the outside world), in order.
    pub streamed: Vec<DynEvent>,
}

impl<R> Recorded<R> {
    /// How many events of type `E` the run routed.
    pub fn count<E: Event>(&self) -> usize {
        self.events
            .iter()
            .filter(|p| p.event.downcast_ref::<E>().is_some())
            .count()
    }

    /// How many events of each type the run routed, by type name.
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for p in &self.events {
            *counts.entry(p.event.name()).or_insert(0) += 1;
        }
        counts
    }

    /// The events of type `E` the run routed, in order.
    pub fn events_of<E: Event>(&self) -> Vec<E> {
        self.events
            .iter()
            .filter_map(|p| p.event.cloned::<E>())
            .collect()
    }

    /// The events step `step` returned or sent, in order.
    pub fn produced_by<'a>(&'a self, step: &'a str) -> impl Iterator<Item = &'a DynEvent> + 'a {
        self.events
            .iter()
            .filter(move |p| p.step == Some(step))
            .map(|p| &p.event)
    }
}

/// What the driver records while a recorded run runs.
#[derive(Default)]
pub(crate) struct Recorder {
    events: Vec<Produced>,
    streamed: Vec<DynEvent>,
}

impl Recorder {
    pub(crate) fn routed(&mut self, step: Option<&'static str>, event: DynEvent) {
        self.events.push(Produced { step, event });
    }

    pub(crate) fn streamed(&mut self, event: DynEvent) {
        self.streamed.push(event);
    }
}

impl<W: Workflow> Run<'_, W> {
    /// Run it, recording every event it produces and streams: for tests.
    /// See [`crate::testing`].
    pub async fn record(self) -> Recorded<W::Output> {
        let recorder = Arc::new(Mutex::new(Recorder::default()));
        let result = self.recorder(recorder.clone()).await;
        let recorder = std::mem::take(
            &mut *recorder
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        );
        Recorded {
            result,
            events: recorder.events,
            streamed: recorder.streamed,
        }
    }
}
