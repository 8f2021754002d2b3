//! The same shapes written by hand with tokio tasks and channels, no
//! framework: the practical limit our overhead is measured against.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use tokio::sync::{mpsc, oneshot, Semaphore};

/// Workload 1: ten tasks in a line, each waiting for the previous one's
/// value and passing on `n + 1`.
pub async fn chain_run() -> i64 {
    let (first, mut rx) = oneshot::channel::<i64>();
    for _ in 0..10 {
        let (tx, next) = oneshot::channel();
        tokio::spawn(async move {
            let n = rx.await.expect("chain link");
            let _ = tx.send(n + 1);
        });
        rx = next;
    }
    first.send(0).expect("chain start");
    rx.await.expect("chain end")
}

/// Workload 2: two tasks ping-pong over two unbounded channels until
/// `hops`.
pub async fn loop_run(hops: u64) -> u64 {
    let (to_pong, mut pong_rx) = mpsc::unbounded_channel::<u64>();
    let (to_ping, mut ping_rx) = mpsc::unbounded_channel::<u64>();
    let pong = tokio::spawn(async move {
        while let Some(n) = pong_rx.recv().await {
            if to_ping.send(n + 1).is_err() {
                break;
            }
        }
    });
    let ping = tokio::spawn(async move {
        let mut n = 0;
        while n < hops {
            to_pong.send(n + 1).expect("pong alive");
            n = ping_rx.recv().await.expect("ping reply");
        }
        n
    });
    let n = ping.await.expect("ping task");
    pong.await.expect("pong task");
    n
}

/// Workload 3: a dispatcher feeds `n` items to four worker tasks round
/// robin; a collector sums what they pass on.
pub async fn fanout_run(n: u64) -> u64 {
    let (done_tx, mut done_rx) = mpsc::unbounded_channel::<u64>();
    let mut workers = Vec::new();
    let mut inputs = Vec::new();
    for _ in 0..4 {
        let (tx, mut rx) = mpsc::unbounded_channel::<u64>();
        let done = done_tx.clone();
        workers.push(tokio::spawn(async move {
            while let Some(i) = rx.recv().await {
                let _ = done.send(i);
            }
        }));
        inputs.push(tx);
    }
    drop(done_tx);
    for i in 0..n {
        inputs[(i % 4) as usize].send(i).expect("worker alive");
    }
    drop(inputs);
    let mut sum = 0;
    let mut seen = 0;
    while seen < n {
        sum += done_rx.recv().await.expect("collector input");
        seen += 1;
    }
    for w in workers {
        w.await.expect("worker task");
    }
    sum
}

/// Workload 6: a one-step "run" is a task that waits at the gate.
pub async fn gated_run(gate: Arc<Semaphore>, entered: Arc<AtomicUsize>) -> u8 {
    entered.fetch_add(1, Ordering::Relaxed);
    gate.acquire().await.expect("gate").forget();
    1
}
