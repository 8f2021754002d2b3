//! The handler of a started run: await its result, read its event stream,
//! send events in, cancel it, snapshot it.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context as TaskContext, Poll};

use futures::Stream;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::task::JoinHandle;

use crate::context::Context;
use crate::driver::RunLink;
use crate::error::WorkflowError;
use crate::event::{DynEvent, Event, EventId};
use crate::machine::StepState;
use crate::snapshot::Snapshot;
use crate::Workflow;

/// A run started with [`Run::start`](crate::Run::start), running as its
/// own task.
///
/// `.await` it (or `&mut handler`) for the typed result. Dropping it lets
/// the run go on to its end, but nothing can send it events any more: a
/// run left waiting only for outside input then fails as stalled.
pub struct Handler<W: Workflow> {
    link: Option<Arc<RunLink>>,
    context: Context,
    stream: Mutex<Option<UnboundedReceiver<DynEvent>>>,
    task: Option<JoinHandle<Result<W::Output, WorkflowError>>>,
    /// The error of a run that could not start.
    failed: Option<WorkflowError>,
}

impl<W: Workflow> Handler<W> {
    pub(crate) fn new(
        link: Arc<RunLink>,
        context: Context,
        stream: UnboundedReceiver<DynEvent>,
        task: JoinHandle<Result<W::Output, WorkflowError>>,
    ) -> Self {
        Handler {
            link: Some(link),
            context,
            stream: Mutex::new(Some(stream)),
            task: Some(task),
            failed: None,
        }
    }

    pub(crate) fn failed(error: WorkflowError, stream: UnboundedReceiver<DynEvent>) -> Self {
        Handler {
            link: None,
            context: Context::new(),
            stream: Mutex::new(Some(stream)),
            task: None,
            failed: Some(error),
        }
    }

    /// The run's id (given with [`Run::run_id`](crate::Run::run_id), or
    /// generated).
    pub fn run_id(&self) -> &str {
        self.link.as_ref().map_or("", |l| l.run_id_str())
    }

    /// The run's context: its store, shared with the steps.
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// The events steps write with `ctx.write_event_to_stream` (and the
    /// [`InputRequiredEvent`](crate::InputRequiredEvent)s they ask with),
    /// in order, ending with the stop event; with
    /// [`Run::internal_events`](crate::Run::internal_events), also
    /// [`StepStateChanged`]. A run that fails ends the stream without a
    /// stop event; the error comes from awaiting the handler.
    ///
    /// Items are [`DynEvent`]s: take one out with
    /// [`DynEvent::downcast`], or match a union with
    /// [`EventSet::from_dyn`](crate::EventSet::from_dyn). A run has one
    /// stream: a second call is [`WorkflowError::StreamTaken`].
    pub fn stream_events(&self) -> Result<EventStream, WorkflowError> {
        let mut slot = self
            .stream
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        slot.take()
            .map(|rx| EventStream { rx })
            .ok_or(WorkflowError::StreamTaken)
    }

    /// Send an event into the run from outside: to a step waiting for it
    /// (`wait_for_event`), else to every step that accepts it; an event of
    /// a `waits_for` type that no step waits for yet is kept for the first
    /// step that does.
    ///
    /// A type the workflow does not take (no step has it as its event
    /// parameter or in `waits_for`) is [`WorkflowError::Refused`] at once,
    /// as is any event after the run ended.
    pub fn send_event<E: Event>(&self, ev: E) -> Result<(), WorkflowError> {
        let Some(link) = &self.link else {
            return Err(WorkflowError::Refused {
                event: E::ID.name,
                reason: "the run did not start",
            });
        };
        if !W::__routing().takes(std::any::TypeId::of::<E>()) {
            return Err(WorkflowError::Refused {
                event: E::ID.name,
                reason: "no step of this workflow takes it as its event or waits for it",
            });
        }
        link.send_outside(DynEvent::new(ev))
    }

    /// Cancel the run: awaiting the handler then gives
    /// [`WorkflowError::Cancelled`] and the steps in flight are dropped.
    /// A run that already ended keeps its result.
    pub fn cancel(&self) {
        if let Some(link) = &self.link {
            link.cancel();
        }
    }

    /// The run's state as data, to resume later or in another process
    /// ([`Workflow::resume`]); also while the run waits for input. The run
    /// takes it between two of its polls, so it is consistent; a run that
    /// is over has none ([`WorkflowError::NotRunning`]).
    pub async fn snapshot(&self) -> Result<Snapshot, WorkflowError> {
        match &self.link {
            Some(link) => link.snapshot().await,
            None => Err(WorkflowError::NotRunning { what: "snapshot" }),
        }
    }

    /// Whether the run has ended.
    pub fn is_finished(&self) -> bool {
        self.task.as_ref().is_none_or(JoinHandle::is_finished)
    }
}

impl<W: Workflow> Future for Handler<W> {
    type Output = Result<W::Output, WorkflowError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Self::Output> {
        if let Some(e) = self.failed.take() {
            return Poll::Ready(Err(e));
        }
        let Some(task) = &mut self.task else {
            return Poll::Ready(Err(WorkflowError::Lost(
                "the handler was already awaited to its end".into(),
            )));
        };
        let joined = std::task::ready!(Pin::new(task).poll(cx));
        self.task = None;
        Poll::Ready(match joined {
            Ok(result) => result,
            Err(e) if e.is_cancelled() => Err(WorkflowError::Cancelled),
            Err(e) => Err(WorkflowError::Lost(e.to_string())),
        })
    }
}

impl<W: Workflow> Drop for Handler<W> {
    fn drop(&mut self) {
        if let Some(link) = &self.link {
            link.release();
        }
    }
}

impl<W: Workflow> std::fmt::Debug for Handler<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handler")
            .field("run_id", &self.run_id())
            .field("finished", &self.is_finished())
            .finish_non_exhaustive()
    }
}

/// The event stream of a run; see [`Handler::stream_events`].
pub struct EventStream {
    rx: UnboundedReceiver<DynEvent>,
}

impl Stream for EventStream {
    type Item = DynEvent;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Option<DynEvent>> {
        self.rx.poll_recv(cx)
    }
}

impl std::fmt::Debug for EventStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventStream").finish_non_exhaustive()
    }
}

/// On the stream with [`Run::internal_events`](crate::Run::internal_events):
/// a step invocation started, finished or failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepStateChanged {
    /// The step's name.
    pub step: String,
    /// The invocation's number in its run.
    pub invocation: u64,
    /// What happened.
    pub state: StepState,
}

#[diagnostic::do_not_recommend]
impl Event for StepStateChanged {
    const ID: EventId = EventId::new("eventflow", "StepStateChanged", 0, 0);
    type __StopKind = ();
}
