//! The BENCH.md workloads written with `eventflow`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;
use eventflow::prelude::*;

macro_rules! chain_events {
    ($($name:ident),*) => {$(
        #[derive(Debug, Clone, Serialize, Deserialize, Event)]
        pub struct $name {
            pub n: i64,
        }
    )*};
}
chain_events!(E1, E2, E3, E4, E5, E6, E7, E8, E9);

/// Workload 1: ten steps in a line; the result is 10.
pub struct Chain;

#[workflow]
impl Chain {
    #[step]
    async fn s01(&self, _ev: StartEvent) -> E1 {
        E1 { n: 1 }
    }
    #[step]
    async fn s02(&self, ev: E1) -> E2 {
        E2 { n: ev.n + 1 }
    }
    #[step]
    async fn s03(&self, ev: E2) -> E3 {
        E3 { n: ev.n + 1 }
    }
    #[step]
    async fn s04(&self, ev: E3) -> E4 {
        E4 { n: ev.n + 1 }
    }
    #[step]
    async fn s05(&self, ev: E4) -> E5 {
        E5 { n: ev.n + 1 }
    }
    #[step]
    async fn s06(&self, ev: E5) -> E6 {
        E6 { n: ev.n + 1 }
    }
    #[step]
    async fn s07(&self, ev: E6) -> E7 {
        E7 { n: ev.n + 1 }
    }
    #[step]
    async fn s08(&self, ev: E7) -> E8 {
        E8 { n: ev.n + 1 }
    }
    #[step]
    async fn s09(&self, ev: E8) -> E9 {
        E9 { n: ev.n + 1 }
    }
    #[step]
    async fn s10(&self, ev: E9) -> StopEvent<i64> {
        StopEvent::new(ev.n + 1)
    }
}

pub async fn chain_run(flow: &Chain) -> i64 {
    flow.run(StartEvent::new())
        .timeout(crate::TIMEOUT)
        .await
        .expect("chain run")
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct Ping {
    pub n: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct Pong {
    pub n: u64,
}

/// Workload 2: two steps ping-pong until `n` reaches `hops`.
pub struct Loop {
    pub hops: u64,
}

#[workflow]
impl Loop {
    #[step]
    async fn ping(&self, ev: Either<StartEvent, Ping>) -> Either<Pong, StopEvent<u64>> {
        let n = match ev {
            Either::Left(_) => 0,
            Either::Right(p) => p.n,
        };
        if n >= self.hops {
            Either::Right(StopEvent::new(n))
        } else {
            Either::Left(Pong { n: n + 1 })
        }
    }

    #[step]
    async fn pong(&self, ev: Pong) -> Ping {
        Ping { n: ev.n + 1 }
    }
}

pub async fn loop_run(flow: &Loop) -> u64 {
    flow.run(StartEvent::new())
        .timeout(crate::TIMEOUT)
        .await
        .expect("loop run")
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct Work {
    pub i: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct Done {
    pub i: u64,
}

/// Workload 3: send `n` Work events through the context, four workers turn
/// each into Done, one step collects all `n`.
pub struct FanOut {
    pub n: u64,
}

#[workflow]
impl FanOut {
    #[step(emits = [Work])]
    async fn dispatch(&self, ctx: &Context, _ev: StartEvent) -> Option<Done> {
        for i in 0..self.n {
            ctx.send_event(Work { i });
        }
        None
    }

    #[step(workers = 4)]
    async fn worker(&self, ev: Work) -> Done {
        Done { i: ev.i }
    }

    #[step]
    async fn collect(&self, ctx: &Context, ev: Done) -> Option<StopEvent<u64>> {
        sum_when_all_done(ctx, ev, self.n)
    }
}

/// The collect step of both fan-out variants: the sum of `i` once all `n`
/// Done events are in.
fn sum_when_all_done<S, A, W>(
    ctx: &eventflow::StepContext<'_, S, A, W>,
    ev: Done,
    n: u64,
) -> Option<StopEvent<u64>> {
    let all = ctx.collect_n(ev, n as usize)?;
    Some(StopEvent::new(all.iter().map(|d| d.i).sum()))
}

/// Workload 3, `Vec` variant: the dispatch step returns all `n` Work
/// events at once.
pub struct FanOutVec {
    pub n: u64,
}

#[workflow]
impl FanOutVec {
    #[step]
    async fn dispatch(&self, _ev: StartEvent) -> Vec<Work> {
        (0..self.n).map(|i| Work { i }).collect()
    }

    #[step(workers = 4)]
    async fn worker(&self, ev: Work) -> Done {
        Done { i: ev.i }
    }

    #[step]
    async fn collect(&self, ctx: &Context, ev: Done) -> Option<StopEvent<u64>> {
        sum_when_all_done(ctx, ev, self.n)
    }
}

/// Workload 3, fan-in form: a `Vec` fan-out and a `Vec` fan-in step that
/// gets every member's `Done` once all branches have finished.
pub struct FanIn {
    pub n: u64,
}

#[workflow]
impl FanIn {
    #[step]
    async fn dispatch(&self, _ev: StartEvent) -> Vec<Work> {
        (0..self.n).map(|i| Work { i }).collect()
    }

    #[step(workers = 4)]
    async fn worker(&self, ev: Work) -> Done {
        Done { i: ev.i }
    }

    #[step]
    async fn sum(&self, done: Vec<Done>) -> StopEvent<u64> {
        StopEvent::new(done.iter().map(|d| d.i).sum())
    }
}

pub async fn fan_in_run(flow: &FanIn) -> u64 {
    flow.run(StartEvent::new())
        .timeout(crate::TIMEOUT)
        .await
        .expect("fan-in run")
}

pub async fn fanout_vec_run(flow: &FanOutVec) -> u64 {
    flow.run(StartEvent::new())
        .timeout(crate::TIMEOUT)
        .await
        .expect("fanout run")
}

pub async fn fanout_run(flow: &FanOut) -> u64 {
    flow.run(StartEvent::new())
        .timeout(crate::TIMEOUT)
        .await
        .expect("fanout run")
}

/// Workload 5: `pairs` store set + get + check inside one step, timed
/// there; the result is microseconds per operation pair.
pub struct StoreOps {
    pub pairs: u64,
    pub distinct_keys: u64,
}

#[workflow]
impl StoreOps {
    #[step]
    async fn ops(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<f64>, WorkflowError> {
        let keys: Vec<String> = (0..self.distinct_keys).map(|k| format!("key{k}")).collect();
        let started = Instant::now();
        for i in 0..self.pairs {
            let key = &keys[(i % self.distinct_keys) as usize];
            ctx.store.set(key, i).await?;
            let back: u64 = ctx.store.get(key).await?;
            assert_eq!(back, i, "store returned another value");
        }
        let us = started.elapsed().as_secs_f64() * 1e6 / self.pairs as f64;
        Ok(StopEvent::new(us))
    }
}

/// Workload 6: a one-step run that waits at a shared gate.
pub struct Gated {
    pub gate: Arc<Semaphore>,
    pub entered: Arc<AtomicUsize>,
}

#[workflow]
impl Gated {
    #[step]
    async fn wait(&self, _ev: StartEvent) -> StopEvent<u8> {
        self.entered.fetch_add(1, Ordering::Relaxed);
        self.gate.acquire().await.expect("gate").forget();
        StopEvent::new(1)
    }
}

/// Workload 7: one step, one result.
pub struct OneStep;

#[workflow]
impl OneStep {
    #[step]
    async fn only(&self, _ev: StartEvent) -> StopEvent<u8> {
        StopEvent::new(1)
    }
}
