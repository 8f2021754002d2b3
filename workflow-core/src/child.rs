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
//! A snapshot of the parent holds each child running in its steps, as the
//! child's own snapshot ([`ChildSnapshot`],
//! grandchildren inside it). Resumed, the parent's step that ran the child
//! runs again from its input event (like every invocation in flight), and
//! its `run_child` call goes on with the child from its saved state
//! instead of from the start event: the child's finished steps are not run
//! again. Calls are matched by the invocation and their order among the
//! step's children and side effects, so the step must make them in the
//! same order.
//!
//! In a run kept in a journal, a child that finished is one of its step's
//! side effects: its result is written down, and after a crash the step
//! that runs it again gets that result back without running the child
//! again. A child that had not finished runs again from its start event
//! (its own progress is not in the journal); work in it that must not be
//! repeated goes through the parent step's journaled side effects
//! ([`StepContext::run`](crate::StepContext::run)).

use std::future::{poll_fn, Future};
use std::pin::pin;
use std::task::Poll;

use serde::{Deserialize, Serialize};

use crate::context::Port;
use crate::event::{DynEvent, Event, EventId};
use crate::machine::Inv;
use crate::snapshot::{ChildSnapshot, Snapshot};
use crate::{RunsBorrowed, Workflow, WorkflowError};

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

/// Takes a live child run's snapshot.
pub(crate) type TakeSnapshot = Box<dyn Fn() -> Result<Snapshot, WorkflowError> + Send + Sync>;

/// The child runs of a run that can be snapshotted: those live in its
/// steps now, and those saved in the snapshot it was resumed from that no
/// step has taken up again yet.
#[derive(Default)]
pub(crate) struct Children {
    live: Vec<LiveChild>,
    saved: Vec<ChildSnapshot>,
}

struct LiveChild {
    step: &'static str,
    invocation: u64,
    nth: u32,
    take: TakeSnapshot,
}

impl Children {
    /// The children of a snapshot being resumed.
    pub(crate) fn resumed(saved: Vec<ChildSnapshot>) -> Self {
        Children {
            live: Vec::new(),
            saved,
        }
    }

    /// The saved state of invocation `invocation`'s `nth` child, taken out.
    pub(crate) fn take_saved(&mut self, invocation: u64, nth: u32) -> Option<Snapshot> {
        let at = self
            .saved
            .iter()
            .position(|c| c.invocation == invocation && c.nth == nth)?;
        Some(self.saved.swap_remove(at).snapshot)
    }

    pub(crate) fn live(
        &mut self,
        step: &'static str,
        invocation: u64,
        nth: u32,
        take: TakeSnapshot,
    ) {
        self.live.push(LiveChild {
            step,
            invocation,
            nth,
            take,
        });
    }

    pub(crate) fn over(&mut self, invocation: u64, nth: u32) {
        self.live
            .retain(|c| !(c.invocation == invocation && c.nth == nth));
    }

    /// Each live child's snapshot, in the order they began.
    pub(crate) fn snapshots(&self) -> Result<Vec<ChildSnapshot>, WorkflowError> {
        self.live
            .iter()
            .map(|c| {
                Ok(ChildSnapshot {
                    step: c.step.to_owned(),
                    invocation: c.invocation,
                    nth: c.nth,
                    snapshot: (c.take)()?,
                })
            })
            .collect()
    }
}

/// While it lives, a child run is in its parent's registry.
struct Live<'p> {
    port: &'p dyn Port,
    inv: Inv,
    nth: u32,
}

impl Drop for Live<'_> {
    fn drop(&mut self) {
        self.port.child_over(self.inv, self.nth);
    }
}

/// Run `child` inside invocation `inv` of the parent (`port`), as the
/// invocation's `nth` child or side effect: from the state saved for it if
/// the parent was resumed with one, else from `start`. What it streams
/// goes to the parent's stream as [`ChildEvent`]s.
pub(crate) async fn run<C: Child>(
    child: &C,
    start: C::Begin,
    port: &dyn Port,
    store: &crate::Store,
    inv: Inv,
    nth: u32,
) -> Result<C::Result, WorkflowError> {
    let step = port.step_name(inv);
    let workflow = short_name::<C>();
    // In a journaled run, a child that finished before a crash is not run
    // again: its result was written down as the step's side effect.
    let effect = port
        .is_journaled()
        .then(|| format!("child workflow {workflow}"));
    if let Some(effect) = &effect {
        if let Some(value) = port.effect(inv, effect, nth, store)? {
            let out: C::Output = serde_json::from_value(value).map_err(|e| {
                WorkflowError::Journal(
                    format!("the recorded result of child workflow `{workflow}` does not fit its type: {e}")
                        .into(),
                )
            })?;
            return Ok(C::result(out));
        }
    }
    let forward =
        |ev: &DynEvent| port.write_stream(DynEvent::new(ChildEvent::new(step, workflow, ev)));
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let run = match port.child_saved(inv, nth) {
        Some(saved) => child.resume(saved),
        None => child.run(C::begin(start)),
    };
    let (run, take) = run.into_child_future(tx);
    let _live = take.map(|take| {
        port.child_live(inv, nth, step, take);
        Live { port, inv, nth }
    });
    let mut run = pin!(run);
    let out = poll_fn(|cx| {
        while let Poll::Ready(Some(ev)) = rx.poll_recv(cx) {
            forward(&ev);
        }
        run.as_mut().poll(cx)
    })
    .await;
    while let Ok(ev) = rx.try_recv() {
        forward(&ev);
    }
    let out = out.map_err(|source| WorkflowError::ChildFailed {
        step,
        child: workflow,
        source: Box::new(source),
    })?;
    // A result serde cannot write is the child's result all the same; a
    // journaled run would only run the child again after a crash.
    if let Some(effect) = &effect {
        if let Ok(value) = serde_json::to_value(&out) {
            port.record_effect(inv, effect, nth, &value)?;
        }
    }
    Ok(C::result(out))
}
