//! Compile-time checks, as users see them: every case in `ui-tests/`.
//!
//! `pass/*.rs` must compile; each `fail/<category>/*.rs`
//! must fail with exactly the compiler output in the `.stderr` beside it.
//! Those files match rustc 1.95; on another compiler the test says so and
//! checks nothing, except in CI (`CI` set), where it fails. Re-bless after a deliberate change with
//! `TRYBUILD=overwrite cargo test -p eventflow-ui-tests`, then read every changed
//! `.stderr` as a user would.

use std::process::Command;

const PINNED: &str = "rustc 1.95.";

#[test]
fn ui() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = Command::new(rustc)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if !version.starts_with(PINNED) {
        // In CI the pinned compiler is the one installed: another one is a
        // broken setup, not a reason to check nothing.
        assert!(
            std::env::var_os("CI").is_none(),
            "the .stderr files match {PINNED}x, but CI runs {version}"
        );
        eprintln!("ui tests skipped: the .stderr files match {PINNED}x, this is {version}");
        return;
    }
    let t = trybuild::TestCases::new();
    t.pass("pass/*.rs");
    t.compile_fail("fail/*/*.rs");
}
