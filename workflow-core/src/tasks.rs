//! Steps on a task or thread of their own: the futures the driver polls
//! for invocations of `#[step(spawn)]` (a tokio task, so a multi-thread
//! runtime runs them in parallel with the run and with each other) and
//! `#[step(blocking)]` (tokio's blocking pool, so a synchronous step that
//! blocks its thread stalls none of the run's other steps).
//!
//! The driver polls the task's handle like any step future. Dropping it
//! (the run ended, or the attempt overran its step's timeout) aborts the
//! task; a blocking step already running cannot be stopped, so it runs to
//! its end on its thread and what it returns is dropped. A panic in the
//! task is raised again where the driver polls the handle, so it fails
//! the step like a panic in any step.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use tokio::task::JoinHandle;
use tracing::Instrument;

use crate::error::BoxError;
use crate::event::DynEvent;
use crate::output::Emit;

/// What a step invocation gives back.
type StepResult = Result<Emit, BoxError>;

/// Run a `#[step(spawn)]` invocation as a task of its own.
///
/// # Panics
/// Outside a tokio runtime (runs are always inside one).
pub fn spawned<F>(step: &'static str, ev: &DynEvent, fut: F) -> BoxFuture<'static, StepResult>
where
    F: Future<Output = StepResult> + Send + 'static,
{
    let span = tracing::debug_span!("step", step, event = ev.name(), on = "task");
    Box::pin(Joined(tokio::spawn(fut.instrument(span))))
}

/// Run a `#[step(blocking)]` invocation on tokio's blocking pool.
///
/// # Panics
/// Outside a tokio runtime (runs are always inside one).
pub fn blocking<F>(step: &'static str, ev: &DynEvent, f: F) -> BoxFuture<'static, StepResult>
where
    F: FnOnce() -> StepResult + Send + 'static,
{
    let span = tracing::debug_span!("step", step, event = ev.name(), on = "blocking pool");
    Box::pin(Joined(tokio::task::spawn_blocking(move || {
        span.in_scope(f)
    })))
}

/// Run a `#[step(blocking)]` invocation that takes resources: `prepare`
/// (in the run, like any step future) makes them and gives the
/// synchronous call that takes them, run on tokio's blocking pool.
pub fn blocking_after<P, F>(
    step: &'static str,
    ev: &DynEvent,
    prepare: P,
) -> BoxFuture<'static, StepResult>
where
    P: Future<Output = Result<F, BoxError>> + Send + 'static,
    F: FnOnce() -> StepResult + Send + 'static,
{
    let span = tracing::debug_span!("step", step, event = ev.name(), on = "blocking pool");
    Box::pin(async move {
        let f = prepare.await?;
        Joined(tokio::task::spawn_blocking(move || span.in_scope(f))).await
    })
}

/// A task's handle that aborts the task when dropped.
struct Joined(JoinHandle<StepResult>);

impl Future for Joined {
    type Output = StepResult;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<StepResult> {
        match Pin::new(&mut self.0).poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Ok(result)) => Poll::Ready(result),
            // Raised again where the driver catches step panics.
            Poll::Ready(Err(e)) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            // Cancelled: its runtime is shutting down.
            Poll::Ready(Err(e)) => Poll::Ready(Err(Box::new(e))),
        }
    }
}

impl Drop for Joined {
    fn drop(&mut self) {
        self.0.abort();
    }
}
