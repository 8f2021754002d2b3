//! The journal file: records, reopening, and every kind of bad file.

use super::*;
use proptest::prelude::*;
use serde_json::json;
use std::sync::atomic::{AtomicU32, Ordering};

/// A fresh path in the temp dir, removed (with its WAL files) on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str) -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "eventflow-journal-{}-{n}-{name}.db",
            std::process::id()
        ));
        let file = TempFile(path);
        file.clean();
        file
    }

    fn clean(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = self.0.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        self.clean();
    }
}

#[test]
fn runs_and_their_entries_are_recorded_in_order_and_survive_reopening() {
    let file = TempFile::new("basic");
    {
        let j = Journal::open(&file.0).unwrap();
        j.begin_run("r1", "shop::Checkout").unwrap();
        j.append(
            "r1",
            0,
            &[json!({"start": 1}), json!({"finish": 0})],
            Duration::ZERO,
        )
        .unwrap();
        j.append("r1", 2, &[json!({"send": "x"})], Duration::ZERO)
            .unwrap();
        j.begin_run("r2", "shop::Refund").unwrap();
        j.finish("r2", RunStatus::Done, &json!(42)).unwrap();
        j.record_effect("r1", 3, "charge", 0, &json!({"paid": true}))
            .unwrap();
    }
    let j = Journal::open(&file.0).unwrap();
    assert_eq!(
        j.entries("r1").unwrap(),
        [
            json!({"start": 1}),
            json!({"finish": 0}),
            json!({"send": "x"})
        ]
    );
    let live = j.live_runs().unwrap();
    assert_eq!(live.len(), 1);
    assert_eq!((live[0].id.as_str(), live[0].entries), ("r1", 3));
    let r2 = j.run("r2").unwrap();
    assert_eq!(r2.status, RunStatus::Done);
    assert_eq!(r2.outcome, Some(json!(42)));
    assert_eq!(
        j.effect("r1", 3, "charge", 0).unwrap(),
        Some(json!({"paid": true}))
    );
    assert_eq!(j.effect("r1", 3, "charge", 1).unwrap(), None);
    assert_eq!(j.runs().unwrap().len(), 2);
    j.delete("r2").unwrap();
    assert!(matches!(j.run("r2"), Err(JournalError::NoRun { .. })));
    assert!(matches!(j.delete("r2"), Err(JournalError::NoRun { .. })));
}

#[test]
fn a_live_run_id_is_taken_and_a_finished_one_is_replaced() {
    let file = TempFile::new("ids");
    let j = Journal::open(&file.0).unwrap();
    j.begin_run("order-7", "W").unwrap();
    j.append("order-7", 0, &[json!(1)], Duration::ZERO).unwrap();
    let err = j.begin_run("order-7", "W").unwrap_err();
    assert!(matches!(err, JournalError::RunTaken { .. }), "{err}");
    assert!(err.to_string().contains("`order-7`"), "{err}");
    j.finish("order-7", RunStatus::Failed, &json!("boom"))
        .unwrap();
    j.begin_run("order-7", "W").unwrap();
    assert!(j.entries("order-7").unwrap().is_empty());
    assert_eq!(j.run("order-7").unwrap().status, RunStatus::Live);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused() {
    let file = TempFile::new("garbage");
    std::fs::write(
        &file.0,
        b"this is not a database, it is a text file of some length .....",
    )
    .unwrap();
    let err = Journal::open(&file.0).err().unwrap();
    assert!(matches!(err, JournalError::NotSqlite { .. }), "{err}");
    assert!(err.to_string().contains("not a SQLite file"), "{err}");
}

#[test]
fn a_sqlite_file_of_another_program_is_refused() {
    let file = TempFile::new("foreign");
    let c = Connection::open(&file.0).unwrap();
    c.execute_batch("CREATE TABLE users (id INTEGER PRIMARY KEY)")
        .unwrap();
    drop(c);
    let err = Journal::open(&file.0).err().unwrap();
    assert!(matches!(err, JournalError::Foreign { .. }), "{err}");
}

#[test]
fn a_newer_journal_is_refused() {
    let file = TempFile::new("newer");
    drop(Journal::open(&file.0).unwrap());
    let c = Connection::open(&file.0).unwrap();
    c.execute("UPDATE meta SET value = '2' WHERE key = 'version'", [])
        .unwrap();
    drop(c);
    let err = Journal::open(&file.0).err().unwrap();
    assert_eq!(
        err.to_string(),
        format!(
            "{} is a journal of version 2; this build reads version 1",
            file.0.display()
        )
    );
}

#[test]
fn a_second_writer_waits_then_says_the_journal_is_busy() {
    let file = TempFile::new("busy");
    let j = Journal::open_with(&file.0, Duration::from_millis(100)).unwrap();
    j.begin_run("r", "W").unwrap();
    // Another process holds a write transaction.
    let other = Connection::open(&file.0).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = j.append("r", 0, &[json!(1)], Duration::ZERO).unwrap_err();
    assert!(matches!(err, JournalError::Busy { .. }), "{err}");
    other.execute_batch("COMMIT").unwrap();
    j.append("r", 0, &[json!(1)], Duration::ZERO).unwrap();
    assert_eq!(j.entries("r").unwrap(), [json!(1)]);
}

#[test]
fn a_batch_is_all_or_nothing_and_a_gap_is_reported() {
    let file = TempFile::new("batch");
    let j = Journal::open(&file.0).unwrap();
    j.begin_run("r", "W").unwrap();
    j.append("r", 0, &[json!(0)], Duration::ZERO).unwrap();
    j.append("r", 2, &[json!(2)], Duration::ZERO).unwrap();
    // Entry 1 fits, entry 2 collides: the whole batch is refused.
    assert!(j
        .append("r", 1, &[json!(1), json!("again")], Duration::ZERO)
        .is_err());
    let err = j.entries("r").unwrap_err();
    assert!(err.to_string().contains("entry 1 is missing"), "{err}");
    j.append("r", 1, &[json!(1)], Duration::ZERO).unwrap();
    assert_eq!(j.entries("r").unwrap(), [json!(0), json!(1), json!(2)]);
}

/// A journal with a few runs, as bytes on disk (WAL folded in).
fn sample_journal(file: &TempFile) -> Vec<u8> {
    {
        let j = Journal::open(&file.0).unwrap();
        for r in 0..3 {
            let id = format!("run-{r}");
            j.begin_run(&id, "W").unwrap();
            let entries: Vec<Value> = (0..20)
                .map(|i| json!({"i": i, "pad": "x".repeat(40)}))
                .collect();
            j.append(&id, 0, &entries, Duration::ZERO).unwrap();
        }
        j.0.file
            .lock()
            .conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
    }
    std::fs::read(&file.0).unwrap()
}

/// Open and read everything; any outcome but a panic is fine.
fn use_fully(path: &Path) -> Result<(), JournalError> {
    let j = Journal::open_with(path, Duration::from_millis(50))?;
    for run in j.runs()? {
        j.entries(&run.id)?;
    }
    Ok(())
}

#[test]
fn a_truncated_journal_is_an_error_not_a_panic() {
    let file = TempFile::new("truncated");
    let bytes = sample_journal(&file);
    for cut in [10, 100, 4096, bytes.len() / 2, bytes.len() - 100] {
        file.clean();
        std::fs::write(&file.0, &bytes[..cut]).unwrap();
        let result = use_fully(&file.0);
        assert!(
            result.is_err(),
            "cut at {cut} of {}: read as fine",
            bytes.len()
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Bytes of a valid journal changed at random: open and read it, and
    /// get either the data or a clear error.
    #[test]
    fn a_damaged_journal_never_panics(flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12)) {
        let file = TempFile::new("flips");
        let mut bytes = sample_journal(&file);
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        file.clean();
        std::fs::write(&file.0, &bytes).unwrap();
        let _ = use_fully(&file.0);
    }
}
