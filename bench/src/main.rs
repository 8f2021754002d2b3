//! Runs the BENCH.md workloads 1-7 for `eventflow`, two hand-written
//! references — a tokio baseline of tasks and channels, and a floor, the
//! best shape without a framework (direct awaits; one future with an enum
//! queue) — and (with `--features blazen`) the blazen peer, in one process
//! run, repetitions interleaved, with allocations per item from a counting
//! allocator; with `--features journal`, the overhead of a SQLite journal.
//! Prints one JSON object.
//!
//! ```text
//! cargo run --release --manifest-path bench/Cargo.toml -- --quick   # smoke run, about a minute
//! cargo run --release --manifest-path bench/Cargo.toml -- --full    # the real numbers
//! cargo run --release --manifest-path bench/Cargo.toml --features journal -- --full   # and the journal's overhead
//! ```
//!
//! Ratios are ours / baseline (and peer / baseline) from the same run: the
//! machines are shared and noisy, so absolute times from different runs do
//! not compare.

mod allocs;
mod baseline;
mod floor;
#[cfg(feature = "journal")]
mod journal;
mod measure;
mod ours;
#[cfg(feature = "blazen")]
mod peer;
mod typed;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tokio::runtime::Runtime;
use tokio::sync::Semaphore;

use measure::{per, ratio, Sample};

#[global_allocator]
static ALLOC: allocs::Counting = allocs::Counting;

/// Timeout set on every run, high but on (BENCH.md "Common").
pub const TIMEOUT: Duration = Duration::from_secs(600);

pub(crate) struct Mode {
    name: &'static str,
    reps: usize,
    warmup: usize,
    chain_runs: usize,
    loop_hops: &'static [u64],
    fanout: &'static [u64],
    concurrent: &'static [usize],
    store_pairs: u64,
    memory: &'static [usize],
    startup_reps: usize,
    journal_hops: u64,
}

const QUICK: Mode = Mode {
    name: "quick",
    reps: 5,
    warmup: 1,
    chain_runs: 2_000,
    loop_hops: &[10_000, 100_000],
    fanout: &[1_000, 10_000],
    concurrent: &[1_000, 10_000],
    store_pairs: 10_000,
    memory: &[1_000, 10_000],
    startup_reps: 5,
    journal_hops: 200,
};

const FULL: Mode = Mode {
    name: "full",
    reps: 9,
    warmup: 2,
    chain_runs: 20_000,
    loop_hops: &[10_000, 1_000_000],
    fanout: &[1_000, 10_000, 100_000],
    concurrent: &[1_000, 100_000],
    store_pairs: 100_000,
    memory: &[1_000, 100_000],
    startup_reps: 20,
    journal_hops: 2_000,
};

pub(crate) fn current_thread() -> Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn multi_thread() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["--memory", who, m] => {
            let m: usize = m.parse().expect("--memory WHO M: M is a number");
            println!("{}", memory_child(who, m));
        }
        ["--one-step"] => one_step(),
        ["--profile", workload, n] => {
            // For profilers (valgrind --tool=callgrind): only our side of
            // one workload, ten runs.
            let n: u64 = n.parse().expect("--profile WORKLOAD N");
            profile(workload, n);
        }
        ["--quick"] | [] => run(&QUICK),
        ["--full"] => run(&FULL),
        _ => {
            eprintln!(
                "usage: workflow-bench [--quick | --full | --profile chain|loop|fanout|floor-chain|floor-loop|machine-erased|machine-typed N]"
            );
            std::process::exit(2);
        }
    }
}

fn profile(workload: &str, n: u64) {
    let rt = current_thread();
    for _ in 0..10 {
        match workload {
            "chain" => {
                let flow = ours::Chain;
                rt.block_on(async {
                    for _ in 0..n {
                        assert_eq!(ours::chain_run(&flow).await, 10);
                    }
                });
            }
            "loop" => assert_eq!(rt.block_on(ours::loop_run(&ours::Loop { hops: n })), n),
            "fanout" => assert_eq!(
                rt.block_on(ours::fanout_run(&ours::FanOut { n })),
                n * (n - 1) / 2
            ),
            // The hand-written floors, for their instruction counts.
            "floor-chain" => rt.block_on(async {
                for _ in 0..n {
                    assert_eq!(floor::chain_run().await, 10);
                }
            }),
            "floor-loop" => assert_eq!(rt.block_on(floor::loop_run(n)), n),
            // The loop through the run machine alone, erased and typed.
            "machine-erased" => assert_eq!(typed::erased(n), n),
            "machine-typed" => assert_eq!(typed::typed(n), n),
            other => panic!(
                "--profile takes chain, loop, fanout, floor-chain, floor-loop, machine-erased or machine-typed, not {other}"
            ),
        }
    }
}

fn run(mode: &Mode) {
    // Cold first: the very first run of a workflow type in this process.
    let cold = chain_cold();
    let mut workloads = vec![cold];
    workloads.extend(chain(mode));
    workloads.extend(loops(mode));
    workloads.extend(fanout(mode));
    workloads.extend(concurrent(mode));
    workloads.push(store(mode));
    workloads.extend(memory(mode));
    workloads.push(startup(mode));
    #[cfg(feature = "journal")]
    workloads.extend(journal::journal(mode));
    let out = json!({
        "mode": mode.name,
        "peer": cfg!(feature = "blazen").then_some("blazen 0.7.0"),
        "machine": measure::machine(),
        "workloads": workloads,
    });
    println!("{}", serde_json::to_string_pretty(&out).expect("json"));
}

fn chain_cold() -> Value {
    let rt = current_thread();
    let flow = ours::Chain;
    let started = Instant::now();
    let n = rt.block_on(ours::chain_run(&flow));
    let us = started.elapsed().as_secs_f64() * 1e6;
    assert_eq!(n, 10);
    json!({ "workload": "chain_cold", "runtime": "current_thread", "ours_us": us })
}

/// One side of a comparison: runs one repetition and returns its value.
pub(crate) type Side<'a> = Box<dyn FnMut() -> f64 + 'a>;

/// The repetitions of every side, interleaved (a, b, c, a, b, c, ..) so
/// load on a shared machine biases no side; warm-up repetitions dropped.
pub(crate) fn interleaved(mode: &Mode, sides: &mut [Side<'_>]) -> Vec<Sample> {
    let mut samples = vec![Sample::default(); sides.len()];
    for rep in 0..mode.warmup + mode.reps {
        for (side, sample) in sides.iter_mut().zip(&mut samples) {
            let v = side();
            if rep >= mode.warmup {
                sample.push(v);
            }
        }
    }
    samples
}

/// A side that times `runs` sequential runs of `f` per repetition; values
/// are µs per run.
fn sequential<'a, F, Fut, T>(rt: &'a Runtime, runs: usize, expect: T, mut f: F) -> Side<'a>
where
    F: FnMut() -> Fut + 'a,
    Fut: std::future::Future<Output = T>,
    T: PartialEq + std::fmt::Debug + Clone + 'a,
{
    Box::new(move || {
        let started = Instant::now();
        rt.block_on(async {
            for _ in 0..runs {
                assert_eq!(f().await, expect);
            }
        });
        per(started.elapsed(), runs as f64)
    })
}

/// Allocations per item of one more repetition of each side.
fn allocations(sides: &mut [Side<'_>], items: f64) -> Vec<f64> {
    sides
        .iter_mut()
        .map(|side| allocs::count(&mut *side).1 as f64 / items)
        .collect()
}

/// The sides of one comparison, then its JSON entry: ours, the
/// tasks-and-channels baseline, the floor, and the peer if built.
fn compare(
    mode: &Mode,
    name: &str,
    params: Value,
    mut sides: Vec<Side<'_>>,
    per_item: Option<(&str, f64)>,
    alloc_items: f64,
) -> Value {
    let samples = interleaved(mode, &mut sides);
    let allocs = allocations(&mut sides, alloc_items);
    let peer = samples.get(3);
    let mut v = entry(name, params, &samples[0], &samples[1], peer, per_item);
    v["floor"] = samples[2].to_json();
    v["ratio_ours_to_floor"] = json!(ratio(&samples[0], &samples[2]));
    if let Some((label, items)) = per_item {
        v[format!("floor_{label}")] = json!(samples[2].median() / items);
    }
    let unit = per_item.map_or("run", |(label, _)| {
        label.rsplit('_').next().unwrap_or("item")
    });
    v["allocations_per_item"] = json!({
        "item": unit,
        "ours": allocs[0],
        "baseline": allocs[1],
        "floor": allocs[2],
        "peer": allocs.get(3),
    });
    v
}

fn chain(mode: &Mode) -> Vec<Value> {
    let mut out = Vec::new();
    for (flavor, rt) in [
        ("current_thread", current_thread()),
        ("multi_thread", multi_thread()),
    ] {
        let flow = ours::Chain;
        let runs = mode.chain_runs;
        // Declared before the sides, which borrow it.
        #[cfg(feature = "blazen")]
        let wf = peer::chain_workflow();
        #[allow(unused_mut)]
        let mut sides: Vec<Side<'_>> = vec![
            sequential(&rt, runs, 10, || ours::chain_run(&flow)),
            sequential(&rt, runs, 10, baseline::chain_run),
            sequential(&rt, runs, 10, floor::chain_run),
        ];
        #[cfg(feature = "blazen")]
        sides.push(sequential(&rt, runs, 10, || peer::chain_run(&wf, &rt)));
        out.push(compare(
            mode,
            "chain",
            json!({ "runtime": flavor, "runs_per_rep": runs, "steps": 10, "unit": "us/run" }),
            sides,
            Some(("us_per_step", 10.0)),
            runs as f64 * 10.0,
        ));
    }
    out
}

fn loops(mode: &Mode) -> Vec<Value> {
    let rt = current_thread();
    let mut out = Vec::new();
    for &hops in mode.loop_hops {
        // One run per repetition. RSS around our runs shows whether memory
        // stays flat however long the loop.
        let flow = ours::Loop { hops };
        let rss_before = measure::rss_kib();
        #[cfg(feature = "blazen")]
        let wf = peer::loop_workflow(hops);
        #[allow(unused_mut)]
        let mut sides: Vec<Side<'_>> = vec![
            sequential(&rt, 1, hops, || ours::loop_run(&flow)),
            sequential(&rt, 1, hops, || baseline::loop_run(hops)),
            sequential(&rt, 1, hops, || floor::loop_run(hops)),
        ];
        #[cfg(feature = "blazen")]
        sides.push(sequential(&rt, 1, hops, || peer::loop_run(&wf, &rt)));
        // `hops` counts Ping and Pong events: one step run each.
        let mut v = compare(
            mode,
            "loop",
            json!({ "runtime": "current_thread", "n": hops, "unit": "us/run" }),
            sides,
            Some(("us_per_hop", hops as f64)),
            hops as f64,
        );
        let rss_after = measure::rss_kib();
        v["ours_rss_kib_before_after"] = json!([rss_before, rss_after]);
        out.push(v);
    }
    out
}

fn fanout(mode: &Mode) -> Vec<Value> {
    let rt = current_thread();
    let mut out = Vec::new();
    for via in ["context", "vec", "vec_fan_in"] {
        for &n in mode.fanout {
            let expect = n * (n - 1) / 2;
            let context = ours::FanOut { n };
            let vec = ours::FanOutVec { n };
            let fan_in = ours::FanIn { n };
            // The peer has no fan-in of this form: it runs the other two.
            #[cfg(feature = "blazen")]
            let wf = peer::fanout_workflow(n, via == "vec");
            let ours: Side<'_> = match via {
                "vec" => sequential(&rt, 1, expect, || ours::fanout_vec_run(&vec)),
                "vec_fan_in" => sequential(&rt, 1, expect, || ours::fan_in_run(&fan_in)),
                _ => sequential(&rt, 1, expect, || ours::fanout_run(&context)),
            };
            #[allow(unused_mut)]
            let mut sides: Vec<Side<'_>> = vec![
                ours,
                sequential(&rt, 1, expect, || baseline::fanout_run(n)),
                sequential(&rt, 1, expect, || floor::fanout_run(n)),
            ];
            #[cfg(feature = "blazen")]
            if via != "vec_fan_in" {
                sides.push(sequential(&rt, 1, expect, || peer::fanout_run(&wf, &rt)));
            }
            out.push(compare(
                mode,
                "fanout",
                json!({ "runtime": "current_thread", "n": n, "workers": 4, "via": via, "unit": "us/run" }),
                sides,
                Some(("us_per_event", n as f64)),
                n as f64,
            ));
        }
    }
    out
}

/// M runs started at once and awaited together; values are runs/s.
fn concurrent(mode: &Mode) -> Vec<Value> {
    let mut out = Vec::new();
    for (flavor, rt) in [
        ("current_thread", current_thread()),
        ("multi_thread", multi_thread()),
    ] {
        for &m in mode.concurrent {
            let flow = Arc::new(ours::Chain);
            let rt = &rt;
            let ours: Side<'_> = Box::new({
                let flow = flow.clone();
                move || {
                    runs_per_second(m, || {
                        rt.block_on(async {
                            let handles: Vec<_> = (0..m)
                                .map(|_| {
                                    let flow = flow.clone();
                                    tokio::spawn(async move { ours::chain_run(&flow).await })
                                })
                                .collect();
                            for h in handles {
                                assert_eq!(h.await.expect("run task"), 10);
                            }
                        })
                    })
                }
            });
            let base: Side<'_> = Box::new(move || {
                runs_per_second(m, || {
                    rt.block_on(async {
                        let handles: Vec<_> = (0..m)
                            .map(|_| tokio::spawn(baseline::chain_run()))
                            .collect();
                        for h in handles {
                            assert_eq!(h.await.expect("run task"), 10);
                        }
                    })
                })
            });
            let floor: Side<'_> = Box::new(move || {
                runs_per_second(m, || {
                    rt.block_on(async {
                        let handles: Vec<_> =
                            (0..m).map(|_| tokio::spawn(floor::chain_run())).collect();
                        for h in handles {
                            assert_eq!(h.await.expect("run task"), 10);
                        }
                    })
                })
            });
            #[allow(unused_mut)]
            let mut sides = vec![ours, base, floor];
            #[cfg(feature = "blazen")]
            {
                let wf = Arc::new(peer::chain_workflow());
                sides.push(Box::new(move || {
                    runs_per_second(m, || rt.block_on(peer::concurrent(&wf, m)))
                }));
            }
            out.push(compare(
                mode,
                "concurrent",
                json!({ "runtime": flavor, "m": m, "unit": "runs/s" }),
                sides,
                None,
                m as f64,
            ));
        }
    }
    out
}

/// `m` runs done by `f`, as runs per second.
fn runs_per_second(m: usize, f: impl FnOnce()) -> f64 {
    let started = Instant::now();
    f();
    m as f64 / started.elapsed().as_secs_f64()
}

fn store(mode: &Mode) -> Value {
    let rt = current_thread();
    let mut results = serde_json::Map::new();
    for (label, keys) in [("one_key", 1), ("distinct_10000", 10_000)] {
        let flow = ours::StoreOps {
            pairs: mode.store_pairs,
            distinct_keys: keys,
        };
        let mut sample = Sample::default();
        for rep in 0..mode.warmup + mode.reps {
            let us = rt.block_on(async {
                flow.run(eventflow::StartEvent::new())
                    .timeout(TIMEOUT)
                    .await
                    .expect("store run")
            });
            if rep >= mode.warmup {
                sample.push(us);
            }
        }
        results.insert(label.into(), sample.to_json());
    }
    json!({ "workload": "store", "pairs": mode.store_pairs, "unit": "us/op (set + get + check)", "ours": results })
}

use eventflow::Workflow;

/// Workload 6 in a child process of its own, so memory freed by earlier
/// workloads does not hide what the blocked runs hold.
fn memory(mode: &Mode) -> Vec<Value> {
    let exe = std::env::current_exe().expect("own path");
    mode.memory
        .iter()
        .map(|&m| {
            let mut sides = serde_json::Map::new();
            for who in ["ours", "baseline"] {
                let out = std::process::Command::new(&exe)
                    .args(["--memory", who, &m.to_string()])
                    .output()
                    .expect("memory child");
                assert!(
                    out.status.success(),
                    "memory child failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                let v: Value = serde_json::from_slice(&out.stdout).expect("memory child json");
                sides.insert(who.into(), v);
            }
            let ours = sides["ours"]["kib_per_run"].as_f64().unwrap_or(f64::NAN);
            let base = sides["baseline"]["kib_per_run"]
                .as_f64()
                .unwrap_or(f64::NAN);
            json!({
                "workload": "memory",
                "m": m,
                "unit": "KiB per in-flight run",
                "ours": sides["ours"],
                "baseline": sides["baseline"],
                "ratio_ours_to_baseline": ours / base,
            })
        })
        .collect()
}

fn memory_child(who: &str, m: usize) -> Value {
    let rt = current_thread();
    let gate = Arc::new(Semaphore::new(0));
    let entered = Arc::new(AtomicUsize::new(0));
    rt.block_on(async {
        let before = measure::rss_kib();
        let handles: Vec<tokio::task::JoinHandle<u8>> = match who {
            "ours" => {
                let flow = Arc::new(ours::Gated {
                    gate: gate.clone(),
                    entered: entered.clone(),
                });
                (0..m)
                    .map(|_| {
                        let flow = flow.clone();
                        tokio::spawn(async move {
                            flow.run(eventflow::StartEvent::new())
                                .timeout(TIMEOUT)
                                .await
                                .expect("gated run")
                        })
                    })
                    .collect()
            }
            "baseline" => (0..m)
                .map(|_| tokio::spawn(baseline::gated_run(gate.clone(), entered.clone())))
                .collect(),
            other => panic!("--memory takes ours or baseline, not {other}"),
        };
        while entered.load(Ordering::Relaxed) < m {
            tokio::task::yield_now().await;
        }
        let after = measure::rss_kib();
        gate.add_permits(m);
        for h in handles {
            assert_eq!(h.await.expect("run task"), 1);
        }
        json!({
            "rss_before_kib": before,
            "rss_blocked_kib": after,
            "kib_per_run": (after - before) as f64 / m as f64,
        })
    })
}

/// Workload 7: spawn this release binary with `--one-step` (it builds a
/// runtime, runs a one-step workflow once and prints the result) and time
/// it from spawn to exit.
fn startup(mode: &Mode) -> Value {
    let exe = std::env::current_exe().expect("own path");
    let mut sample = Sample::default();
    for rep in 0..mode.warmup + mode.startup_reps {
        let started = Instant::now();
        let out = std::process::Command::new(&exe)
            .arg("--one-step")
            .output()
            .expect("one-step child");
        let ms = started.elapsed().as_secs_f64() * 1e3;
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1");
        if rep >= mode.warmup {
            sample.push(ms);
        }
    }
    json!({ "workload": "startup", "unit": "ms from spawn to exit", "ours": sample.to_json() })
}

/// The child of workload 7.
fn one_step() {
    let rt = current_thread();
    let result = rt
        .block_on(async { ours::OneStep.run(eventflow::StartEvent::new()).await })
        .expect("one-step run");
    println!("{result}");
}

/// One workload's JSON: samples, medians and ratios to the baseline.
fn entry(
    name: &str,
    params: Value,
    ours: &Sample,
    base: &Sample,
    peer: Option<&Sample>,
    per_item: Option<(&str, f64)>,
) -> Value {
    let mut v = json!({
        "workload": name,
        "params": params,
        "ours": ours.to_json(),
        "baseline": base.to_json(),
        "ratio_ours_to_baseline": ratio(ours, base),
    });
    if let Some(peer) = peer {
        v["peer"] = peer.to_json();
        v["ratio_peer_to_baseline"] = json!(ratio(peer, base));
    }
    if let Some((label, items)) = per_item {
        v[format!("ours_{label}")] = json!(ours.median() / items);
        v[format!("baseline_{label}")] = json!(base.median() / items);
        if let Some(peer) = peer {
            v[format!("peer_{label}")] = json!(peer.median() / items);
        }
    }
    v
}
