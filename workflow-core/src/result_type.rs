//! The type-level bookkeeping that finds a workflow's result type.
//!
//! Each step's return type names, somewhere inside it, zero or one
//! `StopEvent<R>`. [`StopKind`] records which (`()` or `StopEvent<R>`), and
//! [`JoinStop`] folds those over all steps (and the events they send), so
//! the workflow's result type is found from the types themselves, however
//! the user spelled them. Two different result types in one workflow do not
//! join: that is a compiler error naming both.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::event::StopEvent;

/// Bounds a run's result type must meet.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a workflow result",
    note = "the result in `StopEvent<R>` must be `Clone + Send + Sync + Serialize + Deserialize + 'static`"
)]
pub trait RunResult: Clone + Send + Sync + Serialize + DeserializeOwned + 'static {}
impl<R: Clone + Send + Sync + Serialize + DeserializeOwned + 'static> RunResult for R {}

/// Whether a type carries a stop event, and of which result type: `()`
/// for none, `StopEvent<R>` for one.
pub trait StopKind {
    /// The result type (`()` when there is no stop event).
    type Result: Send + 'static;
}

/// The stop kind of a type with no `StopEvent` in it.
pub type NoStop = ();

impl StopKind for () {
    type Result = ();
}
impl<R: RunResult> StopKind for StopEvent<R> {
    type Result = R;
}

/// Combines the stop kinds of two types: the first stop event found sets
/// the result type. Whether every other one agrees is checked apart, at
/// the user's own token ([`SameResult`]), so a mismatch is one error there.
pub trait JoinStop<Other> {
    /// The combined kind.
    type Out: StopKind;
}
impl JoinStop<()> for () {
    type Out = ();
}
impl<R: RunResult> JoinStop<StopEvent<R>> for () {
    type Out = StopEvent<R>;
}
impl<R: RunResult> JoinStop<()> for StopEvent<R> {
    type Out = StopEvent<R>;
}
impl<R: RunResult, S: RunResult> JoinStop<StopEvent<S>> for StopEvent<R> {
    type Out = StopEvent<R>;
}

/// The stop kind of two types together.
pub type StopOf<A, B> = <A as JoinStop<B>>::Out;

/// The result type of a stop kind.
pub type ResultOf<S> = <S as StopKind>::Result;

/// A stop kind that agrees with the workflow's result type `R`.
#[diagnostic::on_unimplemented(
    message = "this ends the run with `{Self}`, but the workflow's result type is `{R}`",
    label = "a second result type",
    note = "a workflow has one result type: every `StopEvent<R>` its steps return or send has the same `R`; here the first step (by name) that stops sets it to `{R}`"
)]
pub trait SameResult<R> {}
#[diagnostic::do_not_recommend]
impl<R> SameResult<R> for () {}
#[diagnostic::do_not_recommend]
impl<R> SameResult<R> for StopEvent<R> {}

/// Checks, where generated code names it, that stop kind `K` agrees with
/// result type `R`.
pub const fn same_result<K: SameResult<R>, R>() {}
