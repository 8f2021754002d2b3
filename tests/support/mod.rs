//! What more than one test file needs. Each test binary uses part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

/// A journal file in the temp directory, removed with its WAL files (and
/// the `durable` example's effects file) when dropped.
pub struct TempDb(pub PathBuf);

impl TempDb {
    pub fn new(name: &str) -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "eventflow-test-{}-{n}-{name}.db",
            std::process::id()
        ));
        let db = TempDb(path);
        db.clean();
        db
    }

    pub fn with_suffix(&self, suffix: &str) -> PathBuf {
        let mut p = self.0.clone().into_os_string();
        p.push(suffix);
        p.into()
    }

    fn clean(&self) {
        for suffix in ["", "-wal", "-shm", ".effects"] {
            let _ = std::fs::remove_file(self.with_suffix(suffix));
        }
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        self.clean();
    }
}

/// A paused-clock runtime: a "process" of the test's own.
pub fn process() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .unwrap()
}

/// Runs the built `draw` example into `dir` and gives back the paths it printed.
pub fn run_draw_example(dir: &Path) -> Vec<PathBuf> {
    // This test binary is target/<profile>/deps/<name>-<hash>; the
    // examples are in target/<profile>/examples/.
    let exe = std::env::current_exe().unwrap();
    let examples = exe.parent().unwrap().parent().unwrap().join("examples");
    let path = examples.join(format!("draw{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is missing: run the tests with `cargo test`, which builds the examples first",
        path.display()
    );
    let out = Command::new(&path).arg(dir).output().unwrap();
    assert!(
        out.status.success(),
        "draw failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(PathBuf::from)
        .collect()
}
