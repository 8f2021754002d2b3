//! The runtime of the `eventflow` crate: events, the context and its store,
//! the run machine and its tokio driver, the handler, snapshots. Users
//! depend on `eventflow`, which re-exports this crate and the macros.
//!
//! A run is a deterministic state machine ([`machine`]) plus a driver
//! ([`driver`]): the machine decides what happens (which step runs with
//! which event, when the run stops, stalls, times out or is cancelled), the
//! driver polls step futures and keeps timers. The boundary between them is
//! described in [`driver`].
//!
//! Pictures of a workflow's graph and of one run are in [`draw`]; the graph
//! as a value is [`graph::WorkflowGraph`].
//!
//! With the `llm` feature (on by default), [`llm`] calls OpenAI and
//! OpenAI-compatible servers from steps.
//!
//! When steps fail, block or never end: [`retry`] policies, error-handler
//! steps ([`handlers`]), per-step timeouts and run budgets (decided in
//! [`machine::failure`]), steps on a task or thread of their own
//! ([`tasks`]), and a test runner ([`testing`]).

#![warn(missing_docs)]

pub mod child;
pub mod context;
pub mod draw;
pub mod driver;
#[cfg(feature = "sqlite")]
mod durable;
mod dyn_event;
pub mod error;
pub mod event;
mod faithful;
mod fifo;
pub mod graph;
pub mod handler;
pub mod handlers;
pub mod human;
pub mod join;
#[cfg(feature = "sqlite")]
pub mod journal;
#[cfg(feature = "llm")]
pub mod llm;
pub mod machine;
pub mod output;
mod pool;
pub mod resource;
pub mod result_type;
pub mod retry;
pub mod routing;
pub mod snapshot;
pub mod state;
pub mod store;
pub mod tasks;
pub mod testing;
mod type_map;

pub use child::ChildEvent;
pub use context::{Collect, Context, StepContext, StepRef, WaitFor};
pub use driver::{Run, SharedWorkflow};
pub use error::{BoxError, Budget, WorkflowError};
pub use event::{
    DynEvent, Either, Either3, Event, EventId, EventKind, EventSet, RunResult, StartEvent,
    StopEvent,
};
pub use handler::{EventStream, Handler, StepStateChanged};
pub use handlers::StepFailed;
pub use human::{HumanResponseEvent, InputRequiredEvent};
pub use output::StepOutput;
pub use resource::{Provide, Resources};
pub use retry::RetryPolicy;
pub use snapshot::{Snapshot, SnapshotError};
pub use state::{Stateful, WorkflowState};
pub use store::Store;

/// A workflow: a type whose `#[workflow]` impl block declares its steps.
///
/// Implemented by `#[workflow]`; not meant to be implemented by hand.
pub trait Workflow: Sized + Send + Sync + 'static {
    /// What a run returns: the `R` of the workflow's `StopEvent<R>`.
    type Output: RunResult;

    /// The event a run begins with: [`StartEvent`], or the event type named
    /// with `#[workflow(start = MyStart)]`.
    type Start: Event;

    /// Start a run with this start event. Set options on the returned
    /// [`Run`], then `.await` it for the result, or
    /// [`start`](Run::start) it for a [`Handler`] (with the workflow in an
    /// `Arc`, see [`SharedWorkflow`]).
    ///
    /// A workflow with a `#[step(blocking)]` or `#[step(spawn)]` step runs
    /// only from an `Arc` ([`SharedWorkflow::run`]): this one does not
    /// compile for it.
    fn run(&self, start: Self::Start) -> Run<'_, Self>
    where
        Self: RunsBorrowed,
    {
        Run::new(self, start)
    }

    /// Resume a run from a [`Snapshot`] taken with [`Handler::snapshot`],
    /// in this process or another. Steps that were in flight run again
    /// from their input event (at least once); see [`snapshot`].
    fn resume(&self, snapshot: Snapshot) -> Run<'_, Self>
    where
        Self: RunsBorrowed,
    {
        Run::resumed(self, snapshot)
    }

    /// Go on with run `run_id`, kept in `journal` ([`Run::journal`]) by a
    /// process that stopped before the run finished (feature `sqlite`).
    /// Its inputs are replayed through a new run machine, which then is
    /// where the run was when its last entries were written; steps that
    /// were in flight run again from their input event (at least once),
    /// their journaled side effects ([`StepContext::run`]) return what
    /// they returned the first time. The run's timeout counts the time it
    /// was alive. [`journal::Journal::live_runs`] lists the runs to go on
    /// with.
    #[cfg(feature = "sqlite")]
    fn resume_journaled(&self, journal: &journal::Journal, run_id: &str) -> Run<'_, Self>
    where
        Self: RunsBorrowed,
    {
        Run::from_journal(self, journal, run_id.to_owned())
    }

    /// The routing table, built once per workflow type.
    #[doc(hidden)]
    fn __routing() -> &'static routing::Routing<Self>;

    /// The steps as the compile-time graph checks saw them, in the order of
    /// the routing table; [`graph::WorkflowGraph::of`] reads them. Emitted
    /// by `#[workflow]`; the stand-in impl of a workflow with errors has
    /// none.
    #[doc(hidden)]
    fn __nodes() -> &'static [graph::StepNode] {
        &[]
    }

    /// Whether the typed state in a snapshot's store is of this workflow's
    /// state type (`#[workflow(state = ..)]`); emitted by `#[workflow]`
    /// for a workflow that declares one.
    #[doc(hidden)]
    fn __check_state(
        _store: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<(), SnapshotError> {
        Ok(())
    }
}

/// A workflow whose runs may borrow it: none of its steps runs on a task
/// or thread of its own. `#[workflow]` implements it for every workflow
/// without `#[step(blocking)]` or `#[step(spawn)]` steps.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has a `blocking` or `spawn` step, so its runs need the workflow in an `Arc`",
    label = "this borrows the workflow",
    note = "steps that run on their own task or thread own the workflow: run it as `Arc::new(flow).run(..)`, with `eventflow::SharedWorkflow` in scope (it is in the prelude)"
)]
pub trait RunsBorrowed {}

/// A panic's message, from its payload.
pub(crate) fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(payload) => match payload.downcast::<&'static str>() {
            Ok(s) => (*s).to_owned(),
            Err(_) => "a panic with a non-string payload".to_owned(),
        },
    }
}

/// What generated code uses. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::context::{is_context, Member, OwnedCx, StepCx, StepRef, Variant};
    pub use crate::event::{DynEvent, Event, EventId, EventKind, EventSet, Registry, StartEvent};
    pub use crate::graph::{
        check_fan_in, check_input_produced, check_input_unique, check_output_consumed,
        check_reachable, check_reaches_stop, check_stable_names, check_start_accepted,
        check_start_reaches_stop, check_stop_emitted, child_workflow, mention_count, Graph,
        StepNode, StepRole,
    };
    pub use crate::handlers::{is_step_failed, Catch, DEFAULT_RECOVERIES};
    pub use crate::join::{fan_in, join_part, params};
    pub use crate::machine::Gather;
    pub use crate::output::{Emit, StepOutput};
    pub use crate::pool::{FuturePool, StepFuture};
    pub use crate::resource::{resource, Lent, Provide, Resources};
    pub use crate::result_type::{same_result, NoStop, ResultOf, StopOf};
    pub use crate::retry::RetryPolicy;
    pub use crate::routing::Invoker;
    pub use crate::routing::{Routing, StepDef};
    pub use crate::snapshot::SnapshotError;
    pub use crate::state::{Stateful, WorkflowState};
    pub use crate::tasks::{blocking, blocking_after, spawned};
    pub use crate::RunsBorrowed;
    pub use crate::{BoxError, Context, StepContext, Workflow};
    pub use futures::future::BoxFuture;
    pub use serde;
    pub use serde_json::{Map, Value};
    pub use std::any::TypeId;
    pub use std::sync::Arc;
    pub use std::sync::OnceLock;
    pub use std::time::Duration;

    /// A `start!` key as written: `r#type` is the key `type`.
    pub const fn key(written: &'static str) -> &'static str {
        match written.as_bytes() {
            [b'r', b'#', ..] => match written.split_at_checked(2) {
                Some((_, key)) => key,
                None => written,
            },
            _ => written,
        }
    }

    /// A step future (put in its run's pool by the step's generated
    /// code), in a `tracing` span for the invocation (step name and event
    /// type) when one is listened to. Not generic: compiled once, here,
    /// not per step of every workflow.
    #[inline]
    pub fn in_span<'a>(step: &'static str, ev: &DynEvent, fut: StepFuture<'a>) -> StepFuture<'a> {
        // One load when nothing listens at debug level.
        if !tracing::level_enabled!(tracing::Level::DEBUG) {
            return fut;
        }
        span_of(step, ev, fut)
    }

    #[inline(never)]
    fn span_of<'a>(step: &'static str, ev: &DynEvent, fut: StepFuture<'a>) -> StepFuture<'a> {
        use tracing::Instrument;
        let span = tracing::debug_span!("step", step, event = ev.name());
        if span.is_disabled() {
            // No one listens: no allocation.
            fut
        } else {
            StepFuture::from(Box::pin(fut.instrument(span)) as BoxFuture<'a, _>)
        }
    }

    /// The routed event was not of the step's input type: a routing bug.
    pub fn misrouted<'a, T: From<BoxFuture<'a, Result<Emit, BoxError>>>>(
        step: &'static str,
        ev: &DynEvent,
    ) -> T {
        let message = format!(
            "internal routing error: step `{step}` was given `{}`",
            ev.name()
        );
        T::from(Box::pin(std::future::ready(Err(message.into()))))
    }
}
