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

    /// A step panicked.
    #[error("step `{step}` panicked: {message}")]
    StepPanicked {
        /// The step's name.
        step: &'static str,
        /// The panic message.
        message: String,
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
    }
}
