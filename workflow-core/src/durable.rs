//! What the driver does for a run kept in a [`Journal`] (feature
//! `sqlite`): write the machine's inputs down before their effects leave
//! the process, and rebuild a run from them.
//!
//! Entries are the machine's [`Input`]s as JSON, in the order the machine
//! applied them, and the context store as a whole whenever it changed
//! (`{"store": {..}}`). The driver writes what the machine recorded at the
//! end of each of its polls, in one transaction, and before a step's
//! journaled side effect runs, so a recorded effect always belongs to an
//! invocation the journal knows. Replaying the entries through a fresh
//! machine gives the state the run had when the last batch was written.

use std::time::Duration;

use serde_json::{json, Map, Value};

use crate::driver::RunMachine;
use crate::error::WorkflowError;
use crate::journal::{Journal, JournalError, RunStatus};
use crate::machine::Input;
use crate::store::Store;

/// The journal of one run, held by its driver.
pub(crate) struct JournalLink {
    pub(crate) journal: Journal,
    pub(crate) run: String,
    /// The number of the next entry.
    seq: u64,
    /// The store as last written, to write it again only when it changed.
    store: Option<Map<String, Value>>,
}

/// A journal error as the run's error.
pub(crate) fn failed(e: impl Into<crate::error::BoxError>) -> WorkflowError {
    WorkflowError::Journal(e.into())
}

impl JournalLink {
    /// A new run `run` of `workflow`: recorded as live. A live run with
    /// that id is [`JournalError::RunTaken`].
    pub(crate) fn begin(
        journal: Journal,
        run: &str,
        workflow: &str,
    ) -> Result<Self, WorkflowError> {
        journal.begin_run(run, workflow).map_err(failed)?;
        Ok(JournalLink {
            journal,
            run: run.to_owned(),
            seq: 0,
            store: None,
        })
    }

    /// Write down what the machine recorded since the last call, and the
    /// store if it changed, with the run's time alive.
    pub(crate) fn flush(
        &mut self,
        machine: &mut RunMachine,
        store: &Store,
        alive: Duration,
    ) -> Result<(), WorkflowError> {
        let inputs = machine.take_inputs().map_err(failed)?;
        let mut entries = inputs
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<Vec<_>, _>>()
            .map_err(failed)?;
        let now = store.to_map();
        let changed = self.store.as_ref() != Some(&now);
        if changed {
            entries.push(json!({ "store": now }));
        }
        if entries.is_empty() {
            return Ok(());
        }
        self.journal
            .append(&self.run, self.seq, &entries, alive)
            .map_err(failed)?;
        self.seq += entries.len() as u64;
        if changed {
            self.store = Some(now);
        }
        Ok(())
    }

    /// The run ended: write down the rest and how it ended.
    pub(crate) fn end(
        &mut self,
        machine: &mut RunMachine,
        store: &Store,
        alive: Duration,
        result: Result<Value, &WorkflowError>,
    ) -> Result<(), WorkflowError> {
        self.flush(machine, store, alive)?;
        let (status, outcome) = match result {
            Ok(value) => (RunStatus::Done, value),
            Err(e @ WorkflowError::Cancelled) => (RunStatus::Cancelled, json!(e.to_string())),
            Err(e) => (RunStatus::Failed, json!(e.to_string())),
        };
        self.journal
            .finish(&self.run, status, &outcome)
            .map_err(failed)
    }

    /// The recorded value of a step's side effect, after writing down
    /// everything before it.
    pub(crate) fn effect(
        &mut self,
        machine: &mut RunMachine,
        store: &Store,
        alive: Duration,
        invocation: u64,
        name: &str,
        nth: u32,
    ) -> Result<Option<Value>, WorkflowError> {
        self.flush(machine, store, alive)?;
        self.journal
            .effect(&self.run, invocation, name, nth)
            .map_err(failed)
    }

    /// Record the value of a side effect that ran.
    pub(crate) fn record_effect(
        &self,
        invocation: u64,
        name: &str,
        nth: u32,
        value: &Value,
    ) -> Result<(), WorkflowError> {
        self.journal
            .record_effect(&self.run, invocation, name, nth, value)
            .map_err(failed)
    }
}

/// A live run read back from its journal.
pub(crate) struct Recovered {
    pub(crate) inputs: Vec<Input>,
    pub(crate) store: Map<String, Value>,
    pub(crate) alive: Duration,
    pub(crate) link: JournalLink,
}

/// Read back the live run `run` of `workflow`.
pub(crate) fn recover(
    journal: Journal,
    run: &str,
    workflow: &str,
) -> Result<Recovered, WorkflowError> {
    let info = journal.run(run).map_err(failed)?;
    if info.workflow != workflow {
        return Err(failed(format!(
            "run `{run}` is a run of `{}`, not of `{workflow}`",
            info.workflow
        )));
    }
    if info.status != RunStatus::Live {
        return Err(failed(format!(
            "run `{run}` has finished ({}); there is nothing to resume",
            info.status.as_str()
        )));
    }
    let entries = journal.entries(run).map_err(failed)?;
    let count = entries.len() as u64;
    let mut inputs = Vec::with_capacity(entries.len());
    let mut store = Map::new();
    for (at, entry) in entries.into_iter().enumerate() {
        match entry {
            Value::Object(mut o) if o.contains_key("store") => match o.remove("store") {
                Some(Value::Object(m)) => store = m,
                _ => return Err(bad(run, at, "a store entry that is not a map")),
            },
            entry => inputs
                .push(serde_json::from_value(entry).map_err(|e| bad(run, at, &e.to_string()))?),
        }
    }
    let alive = Duration::from_millis(u64::try_from(info.alive_ms).unwrap_or(0));
    Ok(Recovered {
        inputs,
        store: store.clone(),
        alive,
        link: JournalLink {
            journal,
            run: run.to_owned(),
            seq: count,
            store: Some(store),
        },
    })
}

fn bad(run: &str, at: usize, reason: &str) -> WorkflowError {
    failed(JournalError::BadRecord {
        run: run.to_owned(),
        reason: format!("entry {at}: {reason}"),
    })
}
