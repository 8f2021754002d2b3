//! Typed state: one value of a type the workflow declares
//! (`#[workflow(state = Counts)]`), which steps read with `ctx.state()` and
//! edit with `ctx.edit_state(|s| ..)`, each edit in one step.
//!
//! The state is kept in the context's [`Store`](crate::Store) under
//! [`STATE_KEY`], as JSON data like every stored value: it is in every
//! snapshot, it is kept across runs that share a
//! [`Context`](crate::Context), and an edit that would leave a NaN or an
//! infinite float in it is refused like a `set`. Each read and edit reads
//! (and an edit writes) the whole state as JSON: keep it to counts, flags
//! and small records, and large data in the store under keys of its own.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::snapshot::SnapshotError;

/// The store key the typed state is kept under.
pub const STATE_KEY: &str = "eventflow.state";

/// What a workflow's state type must be: a default for a run that has none
/// yet, serde both ways (it is stored, snapshotted and resumed), and
/// shareable by the steps.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a workflow's state: a state type is `Default + Serialize + Deserialize + Send + Sync + 'static`",
    label = "not a state type",
    note = "derive what it lacks: `#[derive(Default, Serialize, Deserialize)]` (`Serialize` and `Deserialize` are in eventflow's prelude)"
)]
pub trait WorkflowState: Default + Serialize + DeserializeOwned + Send + Sync + 'static {}

#[diagnostic::do_not_recommend]
impl<S: Default + Serialize + DeserializeOwned + Send + Sync + 'static> WorkflowState for S {}

/// A workflow that declares a state type (`#[workflow(state = MyState)]`);
/// implemented by `#[workflow]`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` declares no state type, so its steps cannot read or edit one",
    label = "this needs the workflow's state type",
    note = "declare it on the workflow: `#[workflow(state = MyState)]`, with `#[derive(Default, Serialize, Deserialize)] struct MyState {{ .. }}`; or keep values in `ctx.store`"
)]
pub trait Stateful {
    /// The state type.
    type State: WorkflowState;

    /// Whether the state in a snapshot's store, if there is one, is a
    /// [`Stateful::State`].
    fn check_snapshot(store: &Map<String, Value>) -> Result<(), SnapshotError> {
        let Some(value) = store.get(STATE_KEY) else {
            return Ok(());
        };
        match <Self::State as serde::Deserialize>::deserialize(value) {
            Ok(_) => Ok(()),
            Err(e) => Err(SnapshotError::State {
                expected: std::any::type_name::<Self::State>(),
                reason: e.to_string(),
            }),
        }
    }
}
