//! Corrupt, truncated and mutated snapshots give clear errors, never a
//! panic or a hang: random bytes, and valid snapshots with a leaf changed.

use std::sync::Arc;
use std::time::Duration;

use eventflow::prelude::*;
use eventflow::Snapshot;
use proptest::prelude::*;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
struct Part(u32);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
struct Done(u32);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Event)]
#[event(human_response)]
struct Approval {
    part: u32,
}

struct Approvals;

#[workflow]
impl Approvals {
    #[step]
    async fn split(&self, _ev: StartEvent) -> Vec<Part> {
        (1..=3).map(Part).collect()
    }

    #[step(workers = 1, waits_for = [Approval])]
    async fn approve(&self, ctx: &Context, part: Part) -> Result<Done, WorkflowError> {
        let approval: Approval = ctx.wait_for_event().require("part", part.0).await?;
        Ok(Done(approval.part))
    }

    #[step]
    async fn total(&self, ctx: &Context, done: Done) -> Option<StopEvent<u32>> {
        ctx.collect_n(done, 3)
            .map(|all| StopEvent::new(all.iter().map(|d| d.0).sum()))
    }
}

/// A child of two steps that take a while each.
#[derive(Default)]
struct Slow;

#[workflow(start = Part)]
impl Slow {
    #[step]
    async fn first(&self, part: Part) -> Done {
        tokio::time::sleep(Duration::from_millis(100)).await;
        Done(part.0 + 1)
    }

    #[step]
    async fn second(&self, done: Done) -> StopEvent<u32> {
        tokio::time::sleep(Duration::from_millis(100)).await;
        StopEvent::new(done.0 * 2)
    }
}

/// Runs a `Slow` as its child.
#[derive(Default)]
struct Parent {
    slow: Slow,
}

#[workflow]
impl Parent {
    #[step(children = [Slow])]
    async fn delegate(
        &self,
        ctx: &Context,
        _ev: StartEvent,
    ) -> Result<StopEvent<u32>, WorkflowError> {
        let n: u32 = ctx.run_child(&self.slow, Part(5)).await?;
        Ok(StopEvent::new(n))
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap()
}

/// A snapshot of a run with a queued event, a waiting step and a collect
/// buffer, as JSON.
fn valid_snapshot() -> Value {
    runtime().block_on(async {
        let handler = Arc::new(Approvals).run(StartEvent::new()).start();
        handler.send_event(Approval { part: 1 }).unwrap();
        let snapshot = loop {
            tokio::task::yield_now().await;
            let s = handler.snapshot().await.unwrap();
            if !s.run.collects.is_empty() && !s.run.waiters.is_empty() {
                break s;
            }
        };
        handler.cancel();
        let _ = handler.await;
        serde_json::to_value(&snapshot).unwrap()
    })
}

/// Resume whatever `bytes` are, answering every part; the run must end
/// (with a result or an error) within its timeout.
fn resume(bytes: &[u8]) {
    let Ok(snapshot) = Snapshot::from_json(bytes) else {
        return;
    };
    runtime().block_on(async {
        let handler = Arc::new(Approvals)
            .resume(snapshot)
            .timeout(Duration::from_secs(60))
            .start();
        for part in 1..=3 {
            let _ = handler.send_event(Approval { part });
        }
        let outcome = handler.await;
        if std::env::var_os("FUZZ_VERBOSE").is_some() {
            eprintln!("resumed: {outcome:?}");
        }
    });
}

/// A snapshot of a `Parent` whose child is in its second step, as JSON.
fn parent_snapshot() -> Value {
    runtime().block_on(async {
        let handler = Arc::new(Parent::default()).run(StartEvent::new()).start();
        tokio::time::sleep(Duration::from_millis(150)).await;
        let snapshot = handler.snapshot().await.unwrap();
        handler.cancel();
        let _ = handler.await;
        assert_eq!(snapshot.children.len(), 1);
        serde_json::to_value(&snapshot).unwrap()
    })
}

/// Resume a `Parent` from whatever `bytes` are; the run must end within
/// its timeout.
fn resume_parent(bytes: &[u8]) {
    let Ok(snapshot) = Snapshot::from_json(bytes) else {
        return;
    };
    runtime().block_on(async {
        let outcome = Parent::default()
            .resume(snapshot)
            .timeout(Duration::from_secs(60))
            .await;
        if std::env::var_os("FUZZ_VERBOSE").is_some() {
            eprintln!("resumed: {outcome:?}");
        }
    });
}

/// Every leaf of `v`, as JSON pointers.
fn leaves(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, v)| leaves(v, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| leaves(v, format!("{at}/{i}"), out)),
        _ => out.push(at),
    }
}

fn leaf_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u64..10).prop_map(Value::from),
        "[a-z:_]{0,12}".prop_map(Value::from),
        Just(Value::from("approve")),
        Just(Value::from("snapshot_fuzz::Done")),
        Just(Value::from("snapshot_fuzz::Approval")),
        Just(Value::from("delegate")),
        Just(Value::from("second")),
    ]
}

#[test]
fn the_parent_snapshot_resumes_its_child_where_it_was() {
    let bytes = parent_snapshot().to_string();
    let snapshot = Snapshot::from_json(bytes.as_bytes()).unwrap();
    let parent = Parent::default();
    let out = runtime().block_on(async { parent.resume(snapshot).await });
    assert_eq!(out.unwrap(), 12);
}

#[test]
fn the_valid_snapshot_resumes() {
    let snapshot = valid_snapshot();
    let bytes = snapshot.to_string();
    let snapshot = Snapshot::from_json(bytes.as_bytes()).unwrap();
    let total = runtime().block_on(async {
        let handler = Arc::new(Approvals).resume(snapshot).start();
        for part in [2, 3] {
            handler.send_event(Approval { part }).unwrap();
        }
        handler.await
    });
    assert_eq!(total.unwrap(), 6);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_bytes_are_an_error(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        prop_assert!(Snapshot::from_json(&bytes).is_err());
    }

    #[test]
    fn truncated_snapshots_are_an_error(cut in 0usize..2000) {
        let text = valid_snapshot().to_string();
        let cut = cut.min(text.len().saturating_sub(1));
        prop_assert!(Snapshot::from_json(&text.as_bytes()[..cut]).is_err());
    }

    #[test]
    fn mutated_snapshots_resume_or_fail_cleanly(picks in proptest::collection::vec((any::<prop::sample::Index>(), leaf_value()), 1..4)) {
        let mut snapshot = valid_snapshot();
        for (pick, value) in picks {
            let mut paths = Vec::new();
            leaves(&snapshot, String::new(), &mut paths);
            let path = pick.get(&paths).clone();
            if let Some(leaf) = snapshot.pointer_mut(&path) {
                *leaf = value;
            }
        }
        resume(snapshot.to_string().as_bytes());
    }

    #[test]
    fn mutated_child_snapshots_resume_or_fail_cleanly(picks in proptest::collection::vec((any::<prop::sample::Index>(), leaf_value()), 1..4)) {
        let mut snapshot = parent_snapshot();
        for (pick, value) in picks {
            let mut paths = Vec::new();
            leaves(&snapshot["children"], "/children".to_owned(), &mut paths);
            let path = pick.get(&paths).clone();
            if let Some(leaf) = snapshot.pointer_mut(&path) {
                *leaf = value;
            }
        }
        resume_parent(snapshot.to_string().as_bytes());
    }

    #[test]
    fn snapshots_with_bytes_flipped_resume_or_fail_cleanly(flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6)) {
        let mut bytes = valid_snapshot().to_string().into_bytes();
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        resume(&bytes);
    }
}
