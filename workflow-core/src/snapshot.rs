//! Snapshots: a run's state as data, to resume it later or elsewhere.
//!
//! A [`Snapshot`] is the run machine's state ([`MachineState`]: queued
//! events, in-flight invocations with their input events, collect buffers,
//! waiters, timers, the stream position) plus the context's store, the run
//! id, the run's elapsed time and the workflow it belongs to, under a
//! format name and version. Events in it are keyed by their stable name.
//!
//! Resuming ([`Workflow::resume`](crate::Workflow::resume)) starts every
//! invocation that was in flight again from its input event: at least
//! once. A step that was waiting in `wait_for_event` runs again from its
//! top and its wait returns the answer at once if the answer came; code
//! before the wait runs again after a resume in another process.
//!
//! A child workflow running in a step ([`StepContext::run_child`](crate::StepContext::run_child))
//! is saved inside its parent's snapshot as its own snapshot
//! ([`Snapshot::children`]); resumed, the step's `run_child` call goes on
//! with it where it was (see [`crate::child`]).

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::machine::{MachineState, RestoreError, SaveError, STATE_VERSION};

/// The format name every snapshot carries.
pub const FORMAT: &str = "eventflow.snapshot";

/// The snapshot format this build writes and reads.
pub const VERSION: u32 = STATE_VERSION;

/// A run's state as serde data; see the [module docs](self).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version; this build reads [`VERSION`].
    pub version: u32,
    /// The workflow type it was taken from.
    pub workflow: String,
    /// The run's id.
    pub run_id: String,
    /// How long the run had been running.
    pub elapsed: Duration,
    /// The context's store.
    pub store: Map<String, Value>,
    /// The run machine's state.
    pub run: MachineState,
    /// The child workflows running inside the run's steps when it was
    /// taken ([`StepContext::run_child`](crate::StepContext::run_child)),
    /// each with its own snapshot; resumed, each step that runs one goes
    /// on with it from there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<ChildSnapshot>,
}

/// A child workflow's state inside its parent's [`Snapshot`]: which step
/// invocation runs it, and the child run's own snapshot (with its own
/// children, if it has any).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChildSnapshot {
    /// The parent's step that runs the child.
    pub step: String,
    /// The number of that step's invocation in the parent's run (an
    /// invocation in flight in the parent's machine state).
    pub invocation: u64,
    /// Which of the invocation's children and side effects, in the order
    /// the step began them, from 0.
    pub nth: u32,
    /// The child run's state.
    pub snapshot: Snapshot,
}

/// Why a snapshot cannot be made, read or resumed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SnapshotError {
    /// The bytes are not a snapshot at all (not JSON, or not this shape).
    #[error("not a workflow snapshot: {0}")]
    Malformed(String),
    /// A snapshot of another format.
    #[error("not a workflow snapshot: its format is `{0}`, expected `{FORMAT}`")]
    Format(String),
    /// A snapshot of a version this build cannot read.
    #[error(
        "snapshot version {found} cannot be read by this build, which reads version {VERSION}"
    )]
    Version {
        /// The version in the snapshot.
        found: u32,
    },
    /// A snapshot of another workflow.
    #[error("the snapshot is of workflow `{found}`, not `{expected}`")]
    Workflow {
        /// The workflow in the snapshot.
        found: String,
        /// The workflow asked to resume it.
        expected: String,
    },
    /// The run's state does not fit this workflow.
    #[error(transparent)]
    Restore(#[from] RestoreError),
    /// The workflow's typed state in the snapshot is not of the workflow's
    /// state type (`#[workflow(state = ..)]`).
    #[error("the snapshot's workflow state does not fit `{expected}`, this workflow's state type: {reason}")]
    State {
        /// The workflow's state type.
        expected: &'static str,
        /// What serde said.
        reason: String,
    },
    /// The run's state could not be written.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// A child workflow's snapshot names no invocation of its step in
    /// flight in the parent's state.
    #[error("the snapshot holds a child workflow of step `{step}`'s invocation {invocation}, which is not in flight in the run")]
    Child {
        /// The step the child snapshot names.
        step: String,
        /// The invocation it names.
        invocation: u64,
    },
}

impl Snapshot {
    /// The snapshot as JSON text.
    pub fn to_json(&self) -> String {
        // Every part is plain data with string keys: this cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_else(|e| unreachable!("snapshot to JSON: {e}"))
    }

    /// Read a snapshot from JSON bytes, checking its format and version.
    pub fn from_json(bytes: &[u8]) -> Result<Snapshot, SnapshotError> {
        let value: Value =
            serde_json::from_slice(bytes).map_err(|e| SnapshotError::Malformed(e.to_string()))?;
        match value.get("format").and_then(Value::as_str) {
            Some(FORMAT) => {}
            Some(other) => return Err(SnapshotError::Format(other.to_owned())),
            None => return Err(SnapshotError::Malformed("it has no `format` field".into())),
        }
        match value.get("version").and_then(Value::as_u64) {
            Some(v) if v == u64::from(VERSION) => {}
            Some(v) => {
                return Err(SnapshotError::Version {
                    found: u32::try_from(v).unwrap_or(u32::MAX),
                })
            }
            None => return Err(SnapshotError::Malformed("it has no `version` field".into())),
        }
        serde_json::from_value(value).map_err(|e| SnapshotError::Malformed(e.to_string()))
    }
}
