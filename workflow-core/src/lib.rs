//! The runtime of the `workflows` crate: events, the context and its store,
//! the routing table and the runner. Users depend on `workflows`, which
//! re-exports this crate and the macros.

#![warn(missing_docs)]

pub mod context;
pub mod error;
pub mod event;
pub mod graph;
pub mod output;
pub mod routing;
pub mod runner;
pub mod store;

pub use context::{Collect, Context, StepContext};
pub use error::{BoxError, WorkflowError};
pub use event::{
    DynEvent, Either, Either3, Event, EventId, EventSet, RunResult, StartEvent, StopEvent,
};
pub use output::StepOutput;
pub use runner::Run;
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
    /// [`Run`], then `.await` it for the result.
    fn run(&self, start: Self::Start) -> Run<'_, Self> {
        Run::new(self, start)
    }

    /// The routing table, built once per workflow type.
    #[doc(hidden)]
    fn __routing() -> &'static routing::Routing<Self>;
}

/// What generated code uses. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::event::{DynEvent, Event, EventId, EventSet, StartEvent};
    pub use crate::graph::{
        check_input_produced, check_output_consumed, check_reachable, check_reaches_stop,
        check_start_accepted, check_start_reaches_stop, check_stop_emitted, Graph, StepNode,
    };
    pub use crate::output::{Emit, NoStop, ResultOf, StepOutput, StopOf};
    pub use crate::routing::{Routing, StepDef};
    pub use crate::{BoxError, Context, StepContext, Workflow};
    pub use futures::future::BoxFuture;
    pub use std::any::TypeId;
    pub use std::sync::OnceLock;

    /// Boxes a step's future for the routing table.
    pub fn boxed<'a, F>(fut: F) -> BoxFuture<'a, Result<Emit, BoxError>>
    where
        F: std::future::Future<Output = Result<Emit, BoxError>> + Send + 'a,
    {
        Box::pin(fut)
    }

    /// The routed event was not of the step's input type: a routing bug.
    pub fn misrouted(step: &'static str, ev: &DynEvent) -> BoxError {
        format!(
            "internal routing error: step `{step}` was given `{}`",
            ev.name()
        )
        .into()
    }
}
