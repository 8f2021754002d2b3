//! The one error type of a workflow run.

use std::time::Duration;

/// Any error a step returns, boxed.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Why a run, or an operation inside a step, failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WorkflowError {
    /// The run's timeout passed; `active` names the steps that were still
    /// running or had queued events.
    #[error(
        "the run timed out after {timeout:?}; steps still active: {}",
        list(active)
    )]
    Timeout {
        /// The timeout that passed.
        timeout: Duration,
        /// Steps running or with queued events at that moment.
        active: Vec<&'static str>,
    },

    /// A step returned an error.
    #[error("step `{step}` failed: {source}")]
    StepFailed {
        /// The step's name.
        step: &'static str,
        /// What the step returned.
        #[source]
        source: BoxError,
    },

    /// A child workflow, run by a step with `ctx.run_child(..)`, failed.
    #[error("child workflow `{child}` (run by step `{step}`) failed: {source}")]
    ChildFailed {
        /// The parent's step that ran it.
        step: &'static str,
        /// The child workflow's type name, without its path.
        child: &'static str,
        /// The child run's error.
        #[source]
        source: Box<WorkflowError>,
    },

    /// A step panicked.
    #[error("step `{step}` panicked: {message}")]
    StepPanicked {
        /// The step's name.
        step: &'static str,
        /// The panic message.
        message: String,
    },

    /// A step's attempt overran the step's own timeout
    /// (`#[step(timeout = ..)]`).
    #[error("step `{step}` timed out after {after:?} (its own timeout, `#[step(timeout = ..)]`)")]
    StepTimedOut {
        /// The step's name.
        step: &'static str,
        /// The step's timeout.
        after: Duration,
    },

    /// A step with a retry policy failed on its last attempt: the policy
    /// allowed no more (its attempts or total time were used up, or it
    /// does not retry this error).
    #[error("step `{step}` failed after {attempts} attempt{}; the last error: {source}", plural(*attempts))]
    RetriesExhausted {
        /// The step's name.
        step: &'static str,
        /// How many attempts ran.
        attempts: u32,
        /// The last attempt's error: what the step returned, or
        /// [`retry::Panicked`](crate::retry::Panicked) or
        /// [`retry::TimedOut`](crate::retry::TimedOut).
        #[source]
        source: BoxError,
    },

    /// A step's retry policy panicked while judging a failure (in its
    /// `retry_if` condition or `delay_from` hint), so the run cannot tell
    /// whether to retry.
    #[error("the retry policy of step `{step}` panicked while judging a failure: {message}; fix its `retry_if` or `delay_from` function")]
    RetryPolicyPanicked {
        /// The step's name.
        step: &'static str,
        /// The panic message.
        message: String,
    },

    /// A step failed and its error handler has used all its recoveries
    /// for this run.
    #[error("{source}; the error handler `{handler}` has no recoveries left for this run (it had {recoveries}; `#[step(catch = .., recoveries = N)]`)")]
    Unrecovered {
        /// The error handler.
        handler: &'static str,
        /// Its budget of recoveries.
        recoveries: u32,
        /// The failure it could not take.
        #[source]
        source: Box<WorkflowError>,
    },

    /// The run used up its budget of step invocations without stopping.
    #[error(
        "{budget} without stopping; the busiest steps: {}",
        busiest_list(busiest)
    )]
    BudgetExceeded {
        /// The budget used up.
        budget: Budget,
        /// The steps that ran most, most first (at most three), with how
        /// many invocations each started.
        busiest: Vec<(&'static str, u64)>,
    },

    /// The input of a failed step ([`StepFailed::input`](crate::StepFailed::input))
    /// is not of the type asked for.
    #[error("the input of failed step `{step}` cannot be read as `{wanted}`: {reason}")]
    FailedInput {
        /// The failed step.
        step: String,
        /// The type asked for.
        wanted: &'static str,
        /// Why not.
        reason: String,
    },

    /// A workflow with `#[step(blocking)]` or `#[step(spawn)]` steps was
    /// run borrowed: those steps run on other threads or tasks and need
    /// the workflow in an `Arc`.
    #[error("step `{step}` runs on its own task or thread (`blocking` or `spawn`), so the workflow must be shared: run it as `Arc::new(flow).run(..)` (with `eventflow::SharedWorkflow` in scope)")]
    NeedsSharedWorkflow {
        /// The first such step.
        step: &'static str,
    },

    /// Nothing is running, nothing is queued, no outside input is awaited and
    /// no `StopEvent` came: the run could never finish.
    #[error(
        "the run stalled: no step is running, no event is queued and no step produced a StopEvent{}",
        last_step.map(|s| format!(" (the last step to finish was `{s}`, which produced no event)")).unwrap_or_default()
    )]
    Stalled {
        /// The last step that finished without an event, if any.
        last_step: Option<&'static str>,
    },

    /// The run stalled with a join half filled: events came for some of
    /// its parameters, and nothing left running could send the others.
    #[error(
        "the run stalled: step `{step}` joins {params} events and still waits for its parameter{} {}; no step is running or queued that could send {}",
        if waiting.len() == 1 { "" } else { "s" },
        waiting.iter().map(usize::to_string).collect::<Vec<_>>().join(" and "),
        if waiting.len() == 1 { "it" } else { "them" }
    )]
    JoinStalled {
        /// The join step.
        step: &'static str,
        /// Its parameters still without an event, from 1.
        waiting: Vec<usize>,
        /// How many parameters it joins.
        params: usize,
    },

    /// An event was sent that no step of the workflow accepts.
    #[error("step `{step}` sent `{event}`, but no step of this workflow accepts `{event}`")]
    Unroutable {
        /// The sending step.
        step: &'static str,
        /// The event's type name.
        event: &'static str,
    },

    /// The start event has no such key.
    #[error("the start event has no key `{key}` (keys present: {})", list(present))]
    MissingStartKey {
        /// The key asked for.
        key: String,
        /// The keys the start event has.
        present: Vec<String>,
    },

    /// A start-event value is not of the type asked for, or not JSON data.
    #[error("start event key `{key}`: {source}")]
    StartValue {
        /// The key.
        key: String,
        /// The serde error.
        #[source]
        source: serde_json::Error,
    },

    /// The context passed to `run` is already serving another run.
    #[error(
        "the context is already in use by another run; give each concurrent run its own `Context`"
    )]
    ContextInUse,

    /// The run was cancelled through its handler.
    #[error("the run was cancelled")]
    Cancelled,

    /// Every step still running waits for an event from outside the run,
    /// but the run was started without a handler, so nothing can send it.
    #[error(
        "the run can never finish: step(s) {} wait for {} from outside the run, but nothing can send it; start the run with `.start()` and answer through the handler's `send_event`",
        list(steps),
        list(waiting)
    )]
    WaitingWithNoSender {
        /// The waiting steps.
        steps: Vec<&'static str>,
        /// Stable names of the events they wait for.
        waiting: Vec<String>,
    },

    /// A step asked the outside world for input (returned an input-required
    /// event), but the run has no handler, so no answer can come.
    #[error(
        "step `{step}` asked for input from outside the run, but the run was started without a handler, so no answer can come; start it with `.start()` and answer through the handler's `send_event`"
    )]
    AskedWithNoHandler {
        /// The asking step.
        step: &'static str,
    },

    /// `wait_for_event` gave up after its timeout.
    #[error("waiting for `{event}` timed out after {after:?}")]
    WaitTimedOut {
        /// Stable name of the awaited event.
        event: String,
        /// The wait's timeout.
        after: Duration,
    },

    /// A context method that needs a running run was called outside one.
    #[error("`{what}` needs a running run; call it from a step")]
    NotRunning {
        /// The method.
        what: &'static str,
    },

    /// An event sent into the run from outside was refused.
    #[error("the run refused `{event}`: {reason}")]
    Refused {
        /// The event's name.
        event: &'static str,
        /// Why.
        reason: &'static str,
    },

    /// The handler's event stream was already taken.
    #[error("the event stream of this run is already taken; a run has one stream consumer")]
    StreamTaken,

    /// A snapshot could not be made or used.
    #[error(transparent)]
    Snapshot(#[from] crate::snapshot::SnapshotError),

    /// The run's journal could not be written or read back (feature
    /// `sqlite`): the run cannot promise to survive its process, so it
    /// stops.
    #[error("the run's journal: {0}")]
    Journal(#[source] BoxError),

    /// The task running the run ended without a result (it panicked or
    /// its runtime shut down).
    #[error("the run's task ended without a result: {0}")]
    Lost(String),

    /// The store has no value under this key.
    #[error("the context store has no key `{key}`")]
    MissingStoreKey {
        /// The key asked for.
        key: String,
    },

    /// A resource's factory failed; the step that asked for it did not
    /// run.
    #[error("resource `{resource}` could not be made by its factory `{factory}`: {source}")]
    ResourceFailed {
        /// The resource type, as the factory writes it.
        resource: &'static str,
        /// The factory method.
        factory: &'static str,
        /// Its error.
        #[source]
        source: BoxError,
    },

    /// A value the store cannot hold as it is: JSON has no NaN or infinity
    /// (serde_json would write `null`, and the value would come back
    /// changed). Nothing was stored.
    #[error(
        "context store key `{key}`: {} {value}, which JSON cannot hold (serde_json would store `null`); store a finite number, or an `Option` for no number",
        where_in(at)
    )]
    NotFaithful {
        /// The key.
        key: String,
        /// Where in the value the float is: empty for the value itself,
        /// else a path such as `.stats[2].mean`.
        at: String,
        /// The float.
        value: f64,
    },

    /// A store value is not of the type asked for, or not JSON data.
    #[error("context store key `{key}`: {source}")]
    StoreValue {
        /// The key.
        key: String,
        /// The serde error.
        #[source]
        source: serde_json::Error,
    },
}

/// A run's budget of step invocations (`Run::max_invocations`,
/// `Run::max_invocations_per_step`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Budget {
    /// Step invocations in all.
    Invocations {
        /// The limit.
        limit: u64,
    },
    /// Invocations of any one step: the hops of a loop.
    PerStep {
        /// The step that reached it.
        step: &'static str,
        /// The limit.
        limit: u64,
    },
}

impl std::fmt::Display for Budget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Budget::Invocations { limit } => write!(
                f,
                "the run reached its budget of {limit} step invocations (`max_invocations`)"
            ),
            Budget::PerStep { step, limit } => write!(
                f,
                "step `{step}` reached its budget of {limit} invocations in one run (`max_invocations_per_step`)"
            ),
        }
    }
}

/// The subject of a sentence about a place in a stored value.
fn where_in(at: &str) -> String {
    if at.is_empty() {
        "the value is".to_owned()
    } else {
        format!("`{at}` is")
    }
}

/// `"s"` after a count other than one.
fn plural(n: u32) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn busiest_list(steps: &[(&'static str, u64)]) -> String {
    steps
        .iter()
        .map(|(s, n)| format!("`{s}` ({n})"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn list<T: AsRef<str>>(items: &[T]) -> String {
    if items.is_empty() {
        return "none".to_owned();
    }
    items
        .iter()
        .map(|s| format!("`{}`", s.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_what_failed() {
        let e = WorkflowError::Timeout {
            timeout: Duration::from_secs(2),
            active: vec!["slow", "other"],
        };
        assert_eq!(
            e.to_string(),
            "the run timed out after 2s; steps still active: `slow`, `other`"
        );
        let e = WorkflowError::StepFailed {
            step: "s",
            source: "boom".into(),
        };
        assert_eq!(e.to_string(), "step `s` failed: boom");
        let e = WorkflowError::Stalled {
            last_step: Some("q"),
        };
        assert!(e.to_string().contains("`q`"));
        let e = WorkflowError::BudgetExceeded {
            budget: Budget::PerStep {
                step: "think",
                limit: 10,
            },
            busiest: vec![("think", 10), ("act", 9)],
        };
        assert_eq!(
            e.to_string(),
            "step `think` reached its budget of 10 invocations in one run (`max_invocations_per_step`) without stopping; the busiest steps: `think` (10), `act` (9)"
        );
        let e = WorkflowError::Unrecovered {
            handler: "recover",
            recoveries: 1,
            source: Box::new(WorkflowError::RetriesExhausted {
                step: "fetch",
                attempts: 3,
                source: "busy".into(),
            }),
        };
        assert_eq!(
            e.to_string(),
            "step `fetch` failed after 3 attempts; the last error: busy; the error handler `recover` has no recoveries left for this run (it had 1; `#[step(catch = .., recoveries = N)]`)"
        );
    }
}
