//! Child workflows: a step runs another workflow as part of its own run
//! ([`StepContext::run_child`](crate::StepContext::run_child)).
//!
//! The child's run is a future inside the step's future: polled by the
//! step, dropped with it. So cancelling the parent (or its step timing
//! out, or the parent stopping) drops the child's run and every step in
//! flight in it. What the child streams reaches the parent's stream as
//! [`ChildEvent`]s naming the parent's step; its result comes back typed,
//! its error as [`WorkflowError::ChildFailed`] naming the child.
//!
//! A snapshot (or journal) of the parent holds the step that runs the
//! child as an invocation in flight with its input event: resumed, the
//! step runs again and so does the child, from its start event. The
//! child's own progress is not kept: work in it that must not be repeated
//! goes through the parent step's journaled side effects
//! ([`StepContext::run`](crate::StepContext::run)).

use std::future::{poll_fn, Future};
use std::pin::pin;
use std::task::Poll;

use serde::{Deserialize, Serialize};

use crate::event::{DynEvent, Event, EventId};
use crate::{RunsBorrowed, Workflow};

/// A workflow a step can run as its child: any `#[workflow]` type whose
/// runs may borrow it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a workflow, so a step cannot run it as a child",
    label = "not a workflow",
    note = "a child workflow is a value of a type with a `#[workflow]` impl block (and no `blocking` or `spawn` steps)"
)]
pub trait Child: Workflow + RunsBorrowed {
    /// The child's start event ([`Workflow::Start`]).
    type Begin: Event;
    /// The child's result ([`Workflow::Output`]).
    type Result;
    #[doc(hidden)]
    fn begin(start: Self::Begin) -> Self::Start;
    #[doc(hidden)]
    fn result(out: Self::Output) -> Self::Result;
}

// The associated types repeat `Workflow`'s so that the signature of
// `run_child` names only `Child`: a type that is not a workflow is then
// one error, this trait's.
#[diagnostic::do_not_recommend]
impl<W: Workflow + RunsBorrowed> Child for W {
    type Begin = W::Start;
    type Result = W::Output;
    fn begin(start: W::Start) -> W::Start {
        start
    }
    fn result(out: W::Output) -> W::Output {
        out
    }
}

/// On the parent's stream: an event a child workflow streamed (its
/// `write_event_to_stream` events, its questions, and last its stop
/// event), with the parent's step that runs it.
///
/// The inner event is kept as data, like everything on a stream that can
/// cross a process: take it out with [`ChildEvent::get`]. A grandchild's
/// events arrive as a `ChildEvent` inside a `ChildEvent`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChildEvent {
    /// The parent's step that runs the child.
    pub step: String,
    /// The child workflow's type name, without its module path.
    pub workflow: String,
    /// The inner event's stable name.
    pub name: String,
    /// The inner event's data.
    pub data: serde_json::Value,
}

impl ChildEvent {
    fn new(step: &str, workflow: &str, ev: &DynEvent) -> Self {
        ChildEvent {
            step: step.to_owned(),
            workflow: workflow.to_owned(),
            name: ev.stable_name().to_owned(),
            // A stream event is serde data already (that is the bound on
            // events); one whose `Serialize` fails is kept as `null`.
            data: ev.to_json().unwrap_or(serde_json::Value::Null),
        }
    }

    /// Whether the inner event is an `E`.
    pub fn is<E: Event>(&self) -> bool {
        self.name == E::ID.stable
    }

    /// The inner event, if it is an `E`.
    pub fn get<E: Event>(&self) -> Option<E> {
        if !self.is::<E>() {
            return None;
        }
        serde_json::from_value(self.data.clone()).ok()
    }
}

#[diagnostic::do_not_recommend]
impl Event for ChildEvent {
    const ID: EventId = EventId::new("eventflow", "ChildEvent", 0, 0);
    type __StopKind = ();
}

/// The child type's name without its path (`Review` for
/// `my_app::flows::Review`).
pub(crate) fn short_name<C>() -> &'static str {
    let full = std::any::type_name::<C>();
    let head = full.split('<').next().unwrap_or(full);
    head.rsplit("::").next().unwrap_or(head)
}

/// Run `child` inside step `step`, handing each event it streams to
/// `forward` as a [`ChildEvent`], until it ends.
pub(crate) async fn run<C: Child>(
    child: &C,
    start: C::Begin,
    step: &'static str,
    mut forward: impl FnMut(ChildEvent),
) -> Result<C::Result, crate::WorkflowError> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let workflow = short_name::<C>();
    let mut run = pin!(child.run(C::begin(start)).into_child_future(tx));
    let out = poll_fn(|cx| {
        while let Poll::Ready(Some(ev)) = rx.poll_recv(cx) {
            forward(ChildEvent::new(step, workflow, &ev));
        }
        run.as_mut().poll(cx)
    })
    .await;
    while let Ok(ev) = rx.try_recv() {
        forward(ChildEvent::new(step, workflow, &ev));
    }
    out.map(C::result)
        .map_err(|source| crate::WorkflowError::ChildFailed {
            step,
            child: workflow,
            source: Box::new(source),
        })
}
