//! Workloads 1-4 written with blazen 0.7, the closest Rust peer, as its
//! documentation and examples write workflows, doing what our side does and
//! no more: lifecycle events are not published (`auto_publish_events(false)`,
//! as our runs are not verbose), the loop's hop count and the fan-out's
//! size travel in the events (ours read them from the workflow value) rather
//! than being read from the context's store at every hop or event, and the
//! fan-out is gathered with the peer's own `collect_events`, as ours is with
//! `collect_n`.

#![allow(clippy::unused_async)]

use std::sync::Arc;

use blazen::prelude::*;
use blazen::serde_json::{json, Value};
use tokio::runtime::Runtime;

macro_rules! events {
    ($($name:ident),*) => {$(
        #[derive(Debug, Clone, serde::Serialize, serde::Deserialize, Event)]
        pub struct $name {
            pub n: i64,
        }
    )*};
}
events!(P1, P2, P3, P4, P5, P6, P7, P8, P9);

/// Events that carry their run's size: the loop's hops, the fan-out's count.
macro_rules! sized_events {
    ($($name:ident),*) => {$(
        #[derive(Debug, Clone, serde::Serialize, serde::Deserialize, Event)]
        pub struct $name {
            pub n: i64,
            pub of: i64,
        }
    )*};
}
sized_events!(PPing, PPong, PWork, PDone);

fn result_of(ev: Box<dyn AnyEvent>) -> Value {
    ev.as_any()
        .downcast_ref::<StopEvent>()
        .map(|s| s.result.clone())
        .unwrap_or_else(|| ev.to_json())
}

use blazen::WorkflowError as BErr;

async fn run_one(wf: &Workflow, input: Value) -> Value {
    let handler = wf.run(input).await.expect("blazen run");
    result_of(handler.result().await.expect("blazen result").event)
}

// ---- workload 1: chain ----

#[step]
async fn c01(_e: StartEvent, _c: Context) -> Result<P1, BErr> {
    Ok(P1 { n: 1 })
}
#[step]
async fn c02(e: P1, _c: Context) -> Result<P2, BErr> {
    Ok(P2 { n: e.n + 1 })
}
#[step]
async fn c03(e: P2, _c: Context) -> Result<P3, BErr> {
    Ok(P3 { n: e.n + 1 })
}
#[step]
async fn c04(e: P3, _c: Context) -> Result<P4, BErr> {
    Ok(P4 { n: e.n + 1 })
}
#[step]
async fn c05(e: P4, _c: Context) -> Result<P5, BErr> {
    Ok(P5 { n: e.n + 1 })
}
#[step]
async fn c06(e: P5, _c: Context) -> Result<P6, BErr> {
    Ok(P6 { n: e.n + 1 })
}
#[step]
async fn c07(e: P6, _c: Context) -> Result<P7, BErr> {
    Ok(P7 { n: e.n + 1 })
}
#[step]
async fn c08(e: P7, _c: Context) -> Result<P8, BErr> {
    Ok(P8 { n: e.n + 1 })
}
#[step]
async fn c09(e: P8, _c: Context) -> Result<P9, BErr> {
    Ok(P9 { n: e.n + 1 })
}
#[step]
async fn c10(e: P9, _c: Context) -> Result<StopEvent, BErr> {
    Ok(StopEvent {
        result: json!(e.n + 1),
    })
}

pub fn chain_workflow() -> Workflow {
    WorkflowBuilder::new("chain")
        .step(c01_registration())
        .step(c02_registration())
        .step(c03_registration())
        .step(c04_registration())
        .step(c05_registration())
        .step(c06_registration())
        .step(c07_registration())
        .step(c08_registration())
        .step(c09_registration())
        .step(c10_registration())
        .auto_publish_events(false)
        .timeout(crate::TIMEOUT)
        .build()
        .expect("blazen chain")
}

pub async fn chain_run(wf: &Workflow, _rt: &Runtime) -> i64 {
    run_one(wf, json!({})).await.as_i64().expect("chain result")
}

pub async fn concurrent(wf: &Arc<Workflow>, m: usize) {
    let handles: Vec<_> = (0..m)
        .map(|_| {
            let wf = wf.clone();
            tokio::spawn(async move { run_one(&wf, json!({})).await })
        })
        .collect();
    for h in handles {
        assert_eq!(h.await.expect("run task"), json!(10));
    }
}

// ---- workload 2: loop ----

#[step]
async fn l_start(e: StartEvent, _c: Context) -> Result<PPing, BErr> {
    let hops = e.data["hops"].as_i64().unwrap_or(0);
    Ok(PPing { n: 0, of: hops })
}

#[step(emits = [PPong, StopEvent])]
async fn l_ping(e: PPing, _c: Context) -> Result<StepOutput, BErr> {
    if e.n >= e.of {
        Ok(StepOutput::Single(Box::new(StopEvent {
            result: json!(e.n),
        })))
    } else {
        Ok(StepOutput::Single(Box::new(PPong {
            n: e.n + 1,
            of: e.of,
        })))
    }
}

#[step]
async fn l_pong(e: PPong, _c: Context) -> Result<PPing, BErr> {
    Ok(PPing {
        n: e.n + 1,
        of: e.of,
    })
}

pub struct LoopWf {
    wf: Workflow,
    hops: u64,
}

pub fn loop_workflow(hops: u64) -> LoopWf {
    let wf = WorkflowBuilder::new("loop")
        .step(l_start_registration())
        .step(l_ping_registration())
        .step(l_pong_registration())
        .auto_publish_events(false)
        .timeout(crate::TIMEOUT)
        .build()
        .expect("blazen loop");
    LoopWf { wf, hops }
}

pub async fn loop_run(wf: &LoopWf, _rt: &Runtime) -> u64 {
    run_one(&wf.wf, json!({ "hops": wf.hops }))
        .await
        .as_u64()
        .expect("loop result")
}

// ---- workload 3: fan-out through the context ----

#[step(emits = [PWork])]
async fn f_dispatch(e: StartEvent, ctx: Context) -> Result<StepOutput, BErr> {
    let n = e.data["n"].as_i64().unwrap_or(0);
    for i in 0..n {
        ctx.send_event(PWork { n: i, of: n }).await;
    }
    Ok(StepOutput::None)
}

#[step(emits = [PWork])]
async fn f_dispatch_vec(e: StartEvent, _c: Context) -> Result<StepOutput, BErr> {
    let n = e.data["n"].as_i64().unwrap_or(0);
    let all: Vec<Box<dyn AnyEvent>> = (0..n)
        .map(|i| Box::new(PWork { n: i, of: n }) as Box<dyn AnyEvent>)
        .collect();
    Ok(StepOutput::Multiple(all))
}

#[step(max_concurrency = 4)]
async fn f_worker(e: PWork, _c: Context) -> Result<PDone, BErr> {
    Ok(PDone { n: e.n, of: e.of })
}

#[step(emits = [StopEvent], max_concurrency = 1)]
async fn f_collect(e: PDone, ctx: Context) -> Result<StepOutput, BErr> {
    let Some(all) = ctx.collect_events::<PDone>(e.of as usize).await else {
        return Ok(StepOutput::None);
    };
    let sum: i64 = all.iter().map(|d| d.n).sum();
    Ok(StepOutput::Single(Box::new(StopEvent {
        result: json!(sum),
    })))
}

pub struct FanWf {
    wf: Workflow,
    n: u64,
}

pub fn fanout_workflow(n: u64, vec: bool) -> FanWf {
    let dispatch = if vec {
        f_dispatch_vec_registration()
    } else {
        f_dispatch_registration()
    };
    let wf = WorkflowBuilder::new("fanout")
        .step(dispatch)
        .step(f_worker_registration())
        .step(f_collect_registration())
        .auto_publish_events(false)
        .timeout(crate::TIMEOUT)
        .build()
        .expect("blazen fanout");
    FanWf { wf, n }
}

pub async fn fanout_run(wf: &FanWf, _rt: &Runtime) -> u64 {
    run_one(&wf.wf, json!({ "n": wf.n }))
        .await
        .as_u64()
        .expect("fanout result")
}
