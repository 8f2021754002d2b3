//! The floor: the best a user could write for each shape without any
//! framework and without tasks or channels. Chain and concurrent are direct
//! awaits; loop and fan-out are one future running an event loop over an
//! enum queue. What a workflow engine costs is measured against this too.

use std::collections::VecDeque;

/// A step of the chain: an `async fn` the compiler cannot fold away.
#[inline(never)]
async fn step(n: i64) -> i64 {
    std::hint::black_box(n) + 1
}

/// Workload 1: ten steps, each awaited directly.
pub async fn chain_run() -> i64 {
    let mut n = 0;
    for _ in 0..10 {
        n = step(n).await;
    }
    n
}

/// The events of the loop and fan-out floors.
enum Event {
    Ping(u64),
    Pong(u64),
    Work(u64),
    Done(u64),
}

/// Workload 2: ping and pong as handlers of one event loop.
pub async fn loop_run(hops: u64) -> u64 {
    let mut queue = VecDeque::new();
    queue.push_back(Event::Ping(0));
    while let Some(ev) = queue.pop_front() {
        match ev {
            Event::Ping(n) if n >= hops => return n,
            Event::Ping(n) => queue.push_back(Event::Pong(n + 1)),
            Event::Pong(n) => queue.push_back(Event::Ping(std::hint::black_box(n) + 1)),
            _ => unreachable!("the loop floor has ping and pong only"),
        }
        // A real handler may await; so does this one, never pending.
        std::future::ready(()).await;
    }
    unreachable!("the loop ends at `hops`")
}

/// Workload 3: a dispatcher's `n` items, handled in turn, summed once all
/// are done.
pub async fn fanout_run(n: u64) -> u64 {
    let mut queue = VecDeque::with_capacity(n as usize);
    for i in 0..n {
        queue.push_back(Event::Work(i));
    }
    let (mut sum, mut seen) = (0, 0);
    while let Some(ev) = queue.pop_front() {
        match ev {
            Event::Work(i) => queue.push_back(Event::Done(std::hint::black_box(i))),
            Event::Done(i) => {
                sum += i;
                seen += 1;
                if seen == n {
                    return sum;
                }
            }
            _ => unreachable!("the fan-out floor has work and done only"),
        }
        std::future::ready(()).await;
    }
    sum
}
