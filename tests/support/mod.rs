//! What more than one test file needs.

use std::path::{Path, PathBuf};
use std::process::Command;

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
