//! The journal: runs that outlive their process, in one SQLite file.
//!
//! A journal records, per run, every input its machine accepted, in order
//! (as JSON: the entries a journaling driver writes), the results of its
//! journaled side effects, and its status. Reopening the file after the
//! process died gives the runs that did not finish and their entries, to
//! replay through a fresh machine.
//!
//! The file is SQLite in WAL mode (rusqlite, bundled SQLite), with its
//! format and version recorded: a file that is not SQLite, a SQLite file of
//! another program, a newer version, or a damaged file is a clear
//! [`JournalError`], never a panic. Two processes may open one journal:
//! SQLite serializes their writes, and a writer that finds the file busy
//! waits for up to [`Journal::busy_timeout`] before giving up with
//! [`JournalError::Busy`]. A run has one writer: [`Journal::begin_run`]
//! refuses the id of a live run ([`JournalError::RunTaken`]), and a second
//! process driving the same run finds the numbers of its entries taken
//! (also [`JournalError::RunTaken`], nothing of its batch written).
//!
//! Runs use it through [`Run::journal`](crate::Run::journal) and
//! [`Workflow::resume_journaled`](crate::Workflow::resume_journaled); the
//! README's "Durable runs" tells what a crash can repeat and what not.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use parking_lot::Mutex;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, TransactionBehavior};
use serde_json::Value;

/// The format name a journal records.
pub const FORMAT: &str = "eventflow.journal";

/// The journal format this build writes and reads.
pub const VERSION: u32 = 1;

/// Why a journal cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum JournalError {
    /// The file is not a SQLite database.
    #[error("{path} is not a journal: it is not a SQLite file")]
    NotSqlite {
        /// The file.
        path: PathBuf,
    },
    /// A SQLite database, but not a journal.
    #[error("{path} is a SQLite file of another program, not an eventflow journal")]
    Foreign {
        /// The file.
        path: PathBuf,
    },
    /// A journal of a version this build cannot read.
    #[error("{path} is a journal of version {found}; this build reads version {VERSION}")]
    Version {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: String,
    },
    /// The file is damaged.
    #[error("the journal {path} is damaged: {reason}")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        reason: String,
    },
    /// Another process held the journal for longer than the busy timeout.
    #[error("the journal {path} stayed busy (another process writes to it) for {waited:?}")]
    Busy {
        /// The file.
        path: PathBuf,
        /// How long this one waited.
        waited: Duration,
    },
    /// A live run already has this id.
    #[error("a run `{id}` is already live in this journal; give the new run another id, or finish or delete that run")]
    RunTaken {
        /// The run id.
        id: String,
    },
    /// No run has this id.
    #[error("the journal has no run `{id}`")]
    NoRun {
        /// The run id.
        id: String,
    },
    /// An entry or a value could not be read back.
    #[error("run `{run}`: a journal record cannot be read back: {reason}")]
    BadRecord {
        /// The run id.
        run: String,
        /// Why.
        reason: String,
    },
    /// Any other SQLite failure (a full disk, a read-only file, ..).
    #[error("the journal {path}: {source}")]
    Sqlite {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
}

/// What a written batch of entries survives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    /// Every commit waits for the disk (SQLite `synchronous = FULL`): a
    /// batch written survives the process dying and the machine losing
    /// power. The default.
    #[default]
    PowerLoss,
    /// Commits leave the writing to the operating system (`synchronous =
    /// NORMAL`, in WAL mode): a batch written survives the process dying
    /// (SIGKILL, a panic, an OOM kill), but the last ones may be lost if
    /// the machine itself goes down. A replay then ends earlier; the steps
    /// after that point run again.
    ProcessCrash,
}

/// Where a run stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    /// Started and not finished: it resumes when its journal is reopened.
    Live,
    /// Finished with a result.
    Done,
    /// Finished with an error.
    Failed,
    /// Cancelled.
    Cancelled,
}

impl RunStatus {
    /// Its name in the file: `live`, `done`, `failed`, `cancelled`.
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Live => "live",
            RunStatus::Done => "done",
            RunStatus::Failed => "failed",
            RunStatus::Cancelled => "cancelled",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "live" => RunStatus::Live,
            "done" => RunStatus::Done,
            "failed" => RunStatus::Failed,
            "cancelled" => RunStatus::Cancelled,
            _ => return None,
        })
    }
}

/// What the journal knows of one run.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RunInfo {
    /// The run's id.
    pub id: String,
    /// The workflow type it runs.
    pub workflow: String,
    /// Where it stands.
    pub status: RunStatus,
    /// How many entries it has.
    pub entries: u64,
    /// Its result (finished) or error (failed), as recorded.
    pub outcome: Option<Value>,
    /// How long it has run, over all the processes that drove it, in
    /// milliseconds (as of its last write): its timeout counts this.
    pub alive_ms: i64,
    /// When it was created and last written, in milliseconds since 1970.
    pub created_ms: i64,
    /// See `created_ms`.
    pub updated_ms: i64,
}

/// A journal file; see the [module docs](self).
///
/// Clones share one connection: give one to every run of the process
/// ([`Run::journal`](crate::Run::journal)).
#[derive(Clone)]
pub struct Journal(Arc<Shared>);

/// What the clones of a [`Journal`] share.
struct Shared {
    file: Mutex<File>,
    path: PathBuf,
    busy: Duration,
}

/// The connection to the file.
struct File {
    conn: Connection,
    path: PathBuf,
    busy: Duration,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY,
    workflow TEXT NOT NULL,
    status TEXT NOT NULL,
    outcome TEXT,
    alive_ms INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entries (
    run TEXT NOT NULL,
    seq INTEGER NOT NULL,
    entry TEXT NOT NULL,
    PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS effects (
    run TEXT NOT NULL,
    invocation INTEGER NOT NULL,
    name TEXT NOT NULL,
    nth INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (run, invocation, name, nth)
) WITHOUT ROWID;
";

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

impl Journal {
    /// How long a write waits for another process holding the file.
    pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

    /// Open the journal at `path`, creating it if there is no file.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, JournalError> {
        Self::open_with(path, Self::DEFAULT_BUSY_TIMEOUT)
    }

    /// [`Journal::open`], waiting up to `busy` for another process's write.
    pub fn open_with(path: impl AsRef<Path>, busy: Duration) -> Result<Self, JournalError> {
        let path = path.as_ref().to_path_buf();
        let conn = Connection::open(&path).map_err(|e| classify(&path, busy, e))?;
        let file = File {
            conn,
            path: path.clone(),
            busy,
        };
        file.prepare()?;
        Ok(Journal(Arc::new(Shared {
            file: Mutex::new(file),
            path,
            busy,
        })))
    }

    /// Set what a written batch survives, for this handle's commits from
    /// now on; see [`Durability`].
    pub fn set_durability(&self, durability: Durability) -> Result<(), JournalError> {
        let file = self.0.file.lock();
        let pragma = match durability {
            Durability::PowerLoss => "PRAGMA synchronous = FULL",
            Durability::ProcessCrash => "PRAGMA synchronous = NORMAL",
        };
        file.conn.execute_batch(pragma).map_err(|e| file.err(e))
    }

    /// The runs of workflow `W` that did not finish: those for
    /// [`Workflow::resume_journaled`](crate::Workflow::resume_journaled).
    pub fn live_runs_of<W: crate::Workflow>(&self) -> Result<Vec<RunInfo>, JournalError> {
        let name = std::any::type_name::<W>();
        Ok(self
            .live_runs()?
            .into_iter()
            .filter(|r| r.workflow == name)
            .collect())
    }

    /// The busy timeout this handle waits for.
    pub fn busy_timeout(&self) -> Duration {
        self.0.busy
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.0.path
    }

    /// Record a new run `id` of `workflow`, live. A live run with this id
    /// is [`JournalError::RunTaken`]; a finished one is replaced.
    pub fn begin_run(&self, id: &str, workflow: &str) -> Result<(), JournalError> {
        self.0.file.lock().begin_run(id, workflow)
    }

    /// Append entries to run `run`, numbered from `first_seq`, in one
    /// transaction: all or none are recorded. An entry already recorded
    /// under one of those numbers means another process drives the run:
    /// [`JournalError::RunTaken`], and nothing is recorded.
    pub fn append(
        &self,
        run: &str,
        first_seq: u64,
        entries: &[Value],
        alive: Duration,
    ) -> Result<(), JournalError> {
        self.0.file.lock().append(run, first_seq, entries, alive)
    }

    /// Every entry of run `run`, in order.
    pub fn entries(&self, run: &str) -> Result<Vec<Value>, JournalError> {
        self.0.file.lock().entries(run)
    }

    /// The recorded result of the `nth` side effect named `name` of
    /// invocation `invocation`, if it was recorded.
    pub fn effect(
        &self,
        run: &str,
        invocation: u64,
        name: &str,
        nth: u32,
    ) -> Result<Option<Value>, JournalError> {
        self.0.file.lock().effect(run, invocation, name, nth)
    }

    /// Record the result of a side effect (see [`Journal::effect`]).
    pub fn record_effect(
        &self,
        run: &str,
        invocation: u64,
        name: &str,
        nth: u32,
        value: &Value,
    ) -> Result<(), JournalError> {
        self.0
            .file
            .lock()
            .record_effect(run, invocation, name, nth, value)
    }

    /// Mark run `run` finished with `status` and its result or error.
    pub fn finish(
        &self,
        run: &str,
        status: RunStatus,
        outcome: &Value,
    ) -> Result<(), JournalError> {
        self.0.file.lock().finish(run, status, outcome)
    }

    /// Every run, oldest first.
    pub fn runs(&self) -> Result<Vec<RunInfo>, JournalError> {
        self.0.file.lock().query_runs("", [])
    }

    /// The runs that did not finish: those to resume.
    pub fn live_runs(&self) -> Result<Vec<RunInfo>, JournalError> {
        self.0.file.lock().query_runs("WHERE r.status = 'live'", [])
    }

    /// One run.
    pub fn run(&self, id: &str) -> Result<RunInfo, JournalError> {
        self.0
            .file
            .lock()
            .query_runs("WHERE r.id = ?1", [id])?
            .pop()
            .ok_or_else(|| JournalError::NoRun { id: id.to_owned() })
    }

    /// Forget run `id`: its entries, effects and status.
    pub fn delete(&self, id: &str) -> Result<(), JournalError> {
        self.0.file.lock().delete(id)
    }
}

impl File {
    fn err(&self, e: rusqlite::Error) -> JournalError {
        classify(&self.path, self.busy, e)
    }

    /// Check the file is a journal of this version (or empty: make it one).
    fn prepare(&self) -> Result<(), JournalError> {
        self.conn.busy_timeout(self.busy).map_err(|e| self.err(e))?;
        // Reading the schema is the first touch of the file: a file that
        // is not SQLite fails here.
        let tables: Vec<String> = {
            let mut stmt = self
                .conn
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
                .map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map([], |r| r.get::<_, String>(0))
                .map_err(|e| self.err(e))?;
            rows.collect::<Result<_, _>>().map_err(|e| self.err(e))?
        };
        if !tables.is_empty() && !tables.iter().any(|t| t == "meta") {
            return Err(JournalError::Foreign {
                path: self.path.clone(),
            });
        }
        if tables.iter().any(|t| t == "meta") {
            let format: Option<String> = self
                .conn
                .query_row("SELECT value FROM meta WHERE key = 'format'", [], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(|e| self.err(e))?;
            if format.as_deref() != Some(FORMAT) {
                return Err(JournalError::Foreign {
                    path: self.path.clone(),
                });
            }
            let version: Option<String> = self
                .conn
                .query_row("SELECT value FROM meta WHERE key = 'version'", [], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(|e| self.err(e))?;
            if version.as_deref() != Some(&VERSION.to_string()) {
                return Err(JournalError::Version {
                    path: self.path.clone(),
                    found: version.unwrap_or_else(|| "(none)".into()),
                });
            }
        }
        // WAL: readers do not block the writer; a crash leaves the last
        // committed transaction intact.
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        debug_assert!(mode.eq_ignore_ascii_case("wal") || mode.eq_ignore_ascii_case("memory"));
        // Durability::PowerLoss until told otherwise.
        self.conn
            .execute_batch("PRAGMA synchronous = FULL")
            .map_err(|e| self.err(e))?;
        self.conn.execute_batch(SCHEMA).map_err(|e| self.err(e))?;
        self.conn
            .execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('format', ?1), ('version', ?2)",
                params![FORMAT, VERSION.to_string()],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Record a new run `id` of `workflow`, live. A live run with this id
    /// is [`JournalError::RunTaken`]; a finished one is replaced.
    fn begin_run(&mut self, id: &str, workflow: &str) -> Result<(), JournalError> {
        let path = self.path.clone();
        let busy = self.busy;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, busy, e))?;
        let status: Option<String> = tx
            .query_row("SELECT status FROM runs WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(|e| classify(&path, busy, e))?;
        if status.as_deref() == Some(RunStatus::Live.as_str()) {
            return Err(JournalError::RunTaken { id: id.to_owned() });
        }
        for table in ["entries", "effects"] {
            tx.execute(&format!("DELETE FROM {table} WHERE run = ?1"), [id])
                .map_err(|e| classify(&path, busy, e))?;
        }
        let now = now_ms();
        tx.execute(
            "INSERT OR REPLACE INTO runs (id, workflow, status, outcome, created_ms, updated_ms) VALUES (?1, ?2, 'live', NULL, ?3, ?3)",
            params![id, workflow, now],
        )
        .map_err(|e| classify(&path, busy, e))?;
        tx.commit().map_err(|e| classify(&path, busy, e))
    }

    /// Append entries to run `run`, numbered from `first_seq`, in one
    /// transaction: all or none are recorded.
    fn append(
        &mut self,
        run: &str,
        first_seq: u64,
        entries: &[Value],
        alive: Duration,
    ) -> Result<(), JournalError> {
        let path = self.path.clone();
        let busy = self.busy;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, busy, e))?;
        {
            let mut stmt = tx
                .prepare_cached("INSERT INTO entries (run, seq, entry) VALUES (?1, ?2, ?3)")
                .map_err(|e| classify(&path, busy, e))?;
            for (i, entry) in entries.iter().enumerate() {
                let seq = i64::try_from(first_seq + i as u64).unwrap_or(i64::MAX);
                stmt.execute(params![run, seq, entry.to_string()])
                    .map_err(|e| match e.sqlite_error_code() {
                        // The number is taken: another handle writes this run.
                        Some(ErrorCode::ConstraintViolation) => {
                            JournalError::RunTaken { id: run.to_owned() }
                        }
                        _ => classify(&path, busy, e),
                    })?;
            }
        }
        let alive = i64::try_from(alive.as_millis()).unwrap_or(i64::MAX);
        tx.execute(
            "UPDATE runs SET updated_ms = ?2, alive_ms = MAX(alive_ms, ?3) WHERE id = ?1",
            params![run, now_ms(), alive],
        )
        .map_err(|e| classify(&path, busy, e))?;
        tx.commit().map_err(|e| classify(&path, busy, e))
    }

    /// Every entry of run `run`, in order.
    fn entries(&self, run: &str) -> Result<Vec<Value>, JournalError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT seq, entry FROM entries WHERE run = ?1 ORDER BY seq")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([run], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for (i, row) in rows.enumerate() {
            let (seq, text) = row.map_err(|e| self.err(e))?;
            if seq != i as i64 {
                return Err(JournalError::BadRecord {
                    run: run.to_owned(),
                    reason: format!("entry {i} is missing (the next is {seq})"),
                });
            }
            let value = serde_json::from_str(&text).map_err(|e| JournalError::BadRecord {
                run: run.to_owned(),
                reason: format!("entry {seq}: {e}"),
            })?;
            out.push(value);
        }
        Ok(out)
    }

    /// The recorded result of the `nth` side effect named `name` of
    /// invocation `invocation`, if it was recorded.
    fn effect(
        &self,
        run: &str,
        invocation: u64,
        name: &str,
        nth: u32,
    ) -> Result<Option<Value>, JournalError> {
        let text: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM effects WHERE run = ?1 AND invocation = ?2 AND name = ?3 AND nth = ?4",
                params![run, invocation as i64, name, nth],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        text.map(|t| {
            serde_json::from_str(&t).map_err(|e| JournalError::BadRecord {
                run: run.to_owned(),
                reason: format!("effect `{name}` of invocation {invocation}: {e}"),
            })
        })
        .transpose()
    }

    /// Record the result of a side effect (see [`Journal::effect`]).
    fn record_effect(
        &mut self,
        run: &str,
        invocation: u64,
        name: &str,
        nth: u32,
        value: &Value,
    ) -> Result<(), JournalError> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO effects (run, invocation, name, nth, value) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![run, invocation as i64, name, nth, value.to_string()],
            )
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Mark run `run` finished with `status` and its result or error.
    fn finish(
        &mut self,
        run: &str,
        status: RunStatus,
        outcome: &Value,
    ) -> Result<(), JournalError> {
        let changed = self
            .conn
            .execute(
                "UPDATE runs SET status = ?2, outcome = ?3, updated_ms = ?4 WHERE id = ?1",
                params![run, status.as_str(), outcome.to_string(), now_ms()],
            )
            .map_err(|e| self.err(e))?;
        if changed == 0 {
            return Err(JournalError::NoRun { id: run.to_owned() });
        }
        Ok(())
    }

    fn query_runs<P: rusqlite::Params>(
        &self,
        filter: &str,
        args: P,
    ) -> Result<Vec<RunInfo>, JournalError> {
        let sql = format!(
            "SELECT r.id, r.workflow, r.status, r.outcome, r.created_ms, r.updated_ms, r.alive_ms,
                    (SELECT COUNT(*) FROM entries e WHERE e.run = r.id)
             FROM runs r {filter} ORDER BY r.created_ms, r.id"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(args, |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, i64>(5)?,
                    r.get::<_, i64>(6)?,
                    r.get::<_, i64>(7)?,
                ))
            })
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, workflow, status, outcome, created_ms, updated_ms, alive_ms, entries) =
                row.map_err(|e| self.err(e))?;
            let status = RunStatus::parse(&status).ok_or_else(|| JournalError::BadRecord {
                run: id.clone(),
                reason: format!("unknown status `{status}`"),
            })?;
            let outcome = outcome
                .map(|o| serde_json::from_str(&o))
                .transpose()
                .map_err(|e| JournalError::BadRecord {
                    run: id.clone(),
                    reason: format!("outcome: {e}"),
                })?;
            out.push(RunInfo {
                id,
                workflow,
                status,
                entries: u64::try_from(entries).unwrap_or(0),
                outcome,
                alive_ms,
                created_ms,
                updated_ms,
            });
        }
        Ok(out)
    }

    /// Forget run `id`: its entries, effects and status.
    fn delete(&mut self, id: &str) -> Result<(), JournalError> {
        let path = self.path.clone();
        let busy = self.busy;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, busy, e))?;
        let gone = tx
            .execute("DELETE FROM runs WHERE id = ?1", [id])
            .map_err(|e| classify(&path, busy, e))?;
        if gone == 0 {
            return Err(JournalError::NoRun { id: id.to_owned() });
        }
        for table in ["entries", "effects"] {
            tx.execute(&format!("DELETE FROM {table} WHERE run = ?1"), [id])
                .map_err(|e| classify(&path, busy, e))?;
        }
        tx.commit().map_err(|e| classify(&path, busy, e))
    }
}

/// A SQLite error as what it means for a journal.
fn classify(path: &Path, busy: Duration, e: rusqlite::Error) -> JournalError {
    let path = path.to_path_buf();
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => JournalError::NotSqlite { path },
        Some(ErrorCode::DatabaseCorrupt) => JournalError::Corrupt {
            path,
            reason: e.to_string(),
        },
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            JournalError::Busy { path, waited: busy }
        }
        _ => JournalError::Sqlite { path, source: e },
    }
}

#[cfg(test)]
mod tests;
