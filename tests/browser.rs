//! The pictures in a real browser: headless Chromium (Debian's `chromium`)
//! opens each HTML file the `draw` example writes, with no network, runs
//! its script, and the test reads the page it ends with (`--dump-dom`):
//! the SVG is drawn with every node at a size, every name is in it, and a
//! click on a node (made by the page's `#node=..` address) fills the
//! details panel: a step's, and a child workflow's with its steps and
//! events. Screenshots land beside the files for a person to look
//! at (`target/tmp/browser/*.png`).
//!
//! Without chromium the test says so and passes, except under CI
//! (`CI=true`), where it fails: `.ci/run` installs it with apt-get.

mod support;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use eventflow::graph::{NodeKind, WorkflowGraph};

const TIMEOUT: Duration = Duration::from_secs(90);

fn chromium() -> Option<PathBuf> {
    let fixed = PathBuf::from("/usr/bin/chromium");
    if fixed.is_file() {
        return Some(fixed);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("chromium"))
        .find(|p| p.is_file())
}

/// Runs chromium on `url` with `args` and gives back what it printed.
fn run_chromium(browser: &Path, profile: &Path, args: &[&str], url: &str) -> String {
    let _ = std::fs::remove_dir_all(profile);
    std::fs::create_dir_all(profile).unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            // No network: every host name fails to resolve.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--window-size=1280,800",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", browser.display()));
    // Read while it runs, so a large page cannot fill the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        let _ = stdout.read_to_string(&mut out);
        out
    });
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish {url} in {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = std::fs::remove_dir_all(profile);
    reader.join().unwrap()
}

/// The graph a page was drawn from: its embedded JSON.
fn graph_of(html: &str) -> WorkflowGraph {
    let start = html.find("id=\"graph-data\">").unwrap() + "id=\"graph-data\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

/// The start tag that holds `needle`.
fn tag_with<'d>(dom: &'d str, needle: &str) -> &'d str {
    let at = dom
        .find(needle)
        .unwrap_or_else(|| panic!("no {needle} in the page"));
    let start = dom[..at].rfind('<').unwrap_or(0);
    let end = at + dom[at..].find('>').unwrap_or(0);
    &dom[start..=end]
}

/// Text as it appears in the DOM Chromium prints.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn the_pictures_render_in_chromium() {
    let Some(browser) = chromium() else {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        assert!(
            !ci,
            "chromium is missing: this CI run must check the pictures in a browser; install it with `apt-get install -y chromium` (.ci/run does this before the tests)"
        );
        // Past the test harness's capture, so the skip shows in the output.
        let _ = writeln!(
            std::io::stderr(),
            "browser test skipped: chromium is not installed (apt-get install -y chromium)"
        );
        return;
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    let pages: Vec<PathBuf> = support::run_draw_example(&dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert_eq!(pages.len(), 7);
    let mut children_seen = 0;
    let profile = dir.join("chromium-profile");
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        let graph = graph_of(&html);
        let step = graph
            .nodes
            .iter()
            .find(|n| matches!(n.kind, NodeKind::Step { .. }))
            .expect("every picture has a step");
        let url = format!(
            "file://{}#node={}",
            page.canonicalize().unwrap().display(),
            step.id
        );
        let dom = run_chromium(&browser, &profile, &["--dump-dom"], &url);
        let name = page.display();
        assert!(
            dom.contains("data-ready=\"true\""),
            "{name}: the page's script did not run to its end"
        );
        let drawn = format!("data-drawn=\"{}\"", graph.nodes.len());
        assert!(
            dom.contains(&drawn),
            "{name}: not every one of its {} nodes was drawn at a size",
            graph.nodes.len()
        );
        for node in &graph.nodes {
            let text = format!(">{}</text>", escaped(&node.label));
            assert!(
                dom.contains(&text),
                "{name}: `{}` is not in the picture",
                node.label
            );
        }
        // The click selected the step: its node is marked, the panel shows it.
        let panel = &dom[dom.find("id=\"details-body\"").expect("the details panel")..];
        assert!(
            panel.contains(&format!(">{}</h2>", escaped(&step.label))),
            "{name}: the details panel does not show `{}` after a click on it",
            step.label
        );
        assert!(
            panel.contains("at once"),
            "{name}: the panel does not show the step's workers"
        );
        let tag = tag_with(&dom, &format!("data-id=\"{}\"", step.id));
        assert!(
            tag.contains(" selected"),
            "{name}: the step is not marked selected: {tag}"
        );

        for child in graph
            .nodes
            .iter()
            .filter(|n| matches!(n.kind, NodeKind::Workflow { .. }))
        {
            check_child_panel(&browser, &profile, page, &graph, child);
            children_seen += 1;
        }

        let shot = page.with_extension("png");
        let _ = std::fs::remove_file(&shot);
        let arg = format!("--screenshot={}", shot.display());
        run_chromium(&browser, &profile, &["--hide-scrollbars", &arg], &url);
        let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
        // A blank 1280x800 page compresses to a few KiB.
        assert!(
            size > 15_000,
            "{name}: the screenshot {} looks blank ({size} bytes)",
            shot.display()
        );
    }
    // `publish_workflow` and `publish_recent_execution`, two children each.
    assert_eq!(children_seen, 4);
}

/// A click on a child workflow's node: it is drawn as one, and the panel
/// shows the child with its steps and events.
fn check_child_panel(
    browser: &Path,
    profile: &Path,
    page: &Path,
    graph: &WorkflowGraph,
    child: &eventflow::graph::Node,
) {
    let url = format!(
        "file://{}#node={}",
        page.canonicalize().unwrap().display(),
        child.id
    );
    let dom = run_chromium(browser, profile, &["--dump-dom"], &url);
    let name = format!("{} ({})", page.display(), child.id);
    let tag = tag_with(&dom, &format!("data-id=\"{}\"", child.id));
    assert!(
        tag.contains("class=\"node workflow ") && tag.contains(" selected"),
        "{name}: the child is not drawn as a child workflow, selected: {tag}"
    );
    let panel = &dom[dom.find("id=\"details-body\"").expect("the details panel")..];
    let panel = &panel[..panel.find("</aside>").unwrap_or(panel.len())];
    assert!(
        panel.contains(&format!(">{}</h2>", escaped(&child.label))),
        "{name}: the details panel does not show the child after a click on it"
    );
    assert!(
        panel.contains(">child workflow</span>"),
        "{name}: the panel does not say it is a child workflow"
    );
    let own = graph
        .child(child)
        .expect("the page holds the child's graph");
    for node in &own.nodes {
        let listed = match node.kind {
            NodeKind::Step { workers } => format!(">{} ({workers} at once)</li>", node.label),
            NodeKind::EventType { .. } => format!(">{}", escaped(&node.label)),
            _ => continue,
        };
        assert!(
            panel.contains(&listed),
            "{name}: the panel does not list the child's `{}`",
            node.label
        );
    }
    for title in ["Its steps", "Its events"] {
        assert!(panel.contains(title), "{name}: no `{title}` in the panel");
    }
}
