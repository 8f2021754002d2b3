//! Error-handler steps: a step marked `#[step(catch = [..])]` (or
//! `#[step(catch)]` for every step no other handler names) receives a
//! [`StepFailed`] event when one of those steps fails past its retries,
//! and may recover by returning events, as the Python original's
//! `@catch_error` does.
//!
//! ```ignore
//! #[step(retry = RetryPolicy::constant(Duration::from_millis(100)))]
//! async fn fetch(&self, ev: Query) -> Result<Page, LlmError> { .. }
//!
//! #[step(catch = [fetch], recoveries = 2)]
//! async fn fall_back(&self, failed: StepFailed) -> Result<Page, WorkflowError> {
//!     let query: Query = failed.input()?;
//!     Ok(Page::cached(&query))
//! }
//! ```
//!
//! A handler takes at most `recoveries` failures in one run (1 by
//! default); the next fails the run, saying the budget is used up. Its
//! own failures are not caught. `#[workflow]` checks at compile time that
//! every step a handler names exists and is not a handler, that no step
//! has two handlers and that there is at most one catch-all.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::event::{Event, EventId};
use crate::WorkflowError;

/// A step failed past its retries: what its error handler receives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepFailed {
    /// The failed step's name.
    pub step: String,
    /// How many attempts it made (more than one with a retry policy).
    pub attempts: u32,
    /// The last attempt's error, as text.
    pub error: String,
    /// The stable name of the event the step failed on.
    pub event: String,
    /// That event as JSON data (`null` if it could not be serialized).
    pub input: Value,
}

impl StepFailed {
    /// The event the step failed on, as an `E`: to try again another way.
    pub fn input<E: Event>(&self) -> Result<E, WorkflowError> {
        let error = |reason: String| WorkflowError::FailedInput {
            step: self.step.clone(),
            wanted: E::ID.name,
            reason,
        };
        if self.event != E::ID.stable {
            return Err(error(format!("it is a `{}`", self.event)));
        }
        E::deserialize(&self.input).map_err(|e| error(e.to_string()))
    }
}

/// The id of [`StepFailed`]: the graph checks know it as the event error
/// handlers take.
pub const STEP_FAILED_ID: EventId = EventId::new("eventflow", "StepFailed", 0, 0).fields(&[
    "step: String",
    "attempts: u32",
    "error: String",
    "event: String",
    "input: serde_json::Value",
]);

#[diagnostic::do_not_recommend]
impl Event for StepFailed {
    const ID: EventId = STEP_FAILED_ID;
    type __StopKind = ();
}

/// Which steps' failures an error handler takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Catch {
    /// None: the step is not an error handler.
    Nothing,
    /// Every step that no other handler names (`#[step(catch)]`).
    All,
    /// These steps (`#[step(catch = [a, b])]`).
    Steps(&'static [&'static str]),
}

/// Recoveries of a handler that does not say (`recoveries = N`).
pub const DEFAULT_RECOVERIES: u32 = 1;

/// The type of an error handler's event parameter.
#[diagnostic::on_unimplemented(
    message = "an error handler takes `StepFailed`, not `{Self}`",
    label = "not `StepFailed`",
    note = "a step with `#[step(catch ..)]` receives the failures of the steps it names: write its event parameter as `failed: StepFailed`"
)]
pub trait IsStepFailed {}
impl IsStepFailed for StepFailed {}

/// Checks, where generated code names it, that `T` is [`StepFailed`].
pub const fn is_step_failed<T: IsStepFailed + ?Sized>() {}
