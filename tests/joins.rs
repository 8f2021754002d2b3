//! Joins, fan-ins and quorums on real runs (tokio, paused time): the order
//! events arrive in, branches that drop their member, empty and nested
//! fan-outs, snapshots and journals of runs paused in a join or a fan-in.

use std::sync::Arc;
use std::time::Duration;

use eventflow::prelude::*;
use eventflow::Snapshot;
use futures::StreamExt;

#[cfg(feature = "sqlite")]
mod support;

#[event]
struct Left(u32);

#[event]
struct Right(u32);

/// `start` sends the `Right`s first, then the `Left`s: the join pairs
/// them in arrival order per parameter, once per pair.
struct Pairs;

#[workflow]
impl Pairs {
    #[step(emits = [Left, Right])]
    async fn start(&self, ctx: &Context, ev: StartEvent) -> Result<Option<Left>, WorkflowError> {
        let n: u32 = ev.get("n")?;
        for i in 0..n {
            ctx.send_event(Right(i * 10));
        }
        for i in 0..n {
            ctx.send_event(Left(i));
        }
        Ok(None)
    }

    #[step(workers = 1)]
    async fn pair(&self, ctx: &Context, l: Left, r: Right) -> Option<StopEvent<Vec<(u32, u32)>>> {
        let mut seen: Vec<(u32, u32)> = ctx.store.get_or("seen", Vec::new()).await.ok()?;
        seen.push((l.0, r.0));
        ctx.store.set("seen", &seen).await.ok()?;
        (seen.len() == 3).then(|| StopEvent::new(seen))
    }
}

#[tokio::test(start_paused = true)]
async fn a_join_fed_in_the_other_order_fires_once_per_batch_fifo() {
    let seen = Pairs.run(start! { n: 3 }).await.unwrap();
    assert_eq!(seen, [(0, 0), (1, 10), (2, 20)]);
}

#[event]
struct Item(u64);

#[event]
struct Done(u64);

#[event]
struct Group(Vec<u64>);

/// split -> work (drops multiples of 3, sleeps to finish out of order) -> total.
struct Sum;

#[workflow]
impl Sum {
    #[step]
    async fn split(&self, ev: StartEvent) -> Result<Vec<Item>, WorkflowError> {
        let n: u64 = ev.get("n")?;
        Ok((1..=n).map(Item).collect())
    }

    #[step(workers = 16)]
    async fn work(&self, i: Item) -> Option<Done> {
        tokio::time::sleep(Duration::from_millis(100 - i.0)).await;
        (!i.0.is_multiple_of(3)).then_some(Done(i.0))
    }

    #[step]
    async fn total(&self, all: Vec<Done>) -> StopEvent<Vec<u64>> {
        StopEvent::new(all.into_iter().map(|d| d.0).collect())
    }
}

#[tokio::test(start_paused = true)]
async fn a_fan_in_waits_for_every_branch_but_not_dropped_members_in_member_order() {
    assert_eq!(Sum.run(start! { n: 7 }).await.unwrap(), [1, 2, 4, 5, 7]);
}

#[tokio::test(start_paused = true)]
async fn an_empty_fan_out_delivers_an_empty_vec() {
    assert_eq!(Sum.run(start! { n: 0 }).await.unwrap(), Vec::<u64>::new());
}

/// Groups of items: the inner fan-in gathers each group, the outer one
/// the groups.
struct Nested;

#[workflow]
impl Nested {
    #[step]
    async fn groups(&self, _ev: StartEvent) -> Vec<Group> {
        vec![Group(vec![1, 2, 3]), Group(vec![]), Group(vec![4])]
    }

    #[step]
    async fn items(&self, g: Group) -> Vec<Item> {
        g.0.into_iter().map(Item).collect()
    }

    #[step]
    async fn double(&self, i: Item) -> Done {
        tokio::time::sleep(Duration::from_millis(10 - i.0)).await;
        Done(i.0 * 2)
    }

    #[step]
    async fn per_group(&self, done: Vec<Done>) -> Right {
        Right(done.iter().map(|d| d.0 as u32).sum())
    }

    #[step]
    async fn all(&self, sums: Vec<Right>) -> StopEvent<Vec<u32>> {
        StopEvent::new(sums.into_iter().map(|r| r.0).collect())
    }
}

#[tokio::test(start_paused = true)]
async fn nested_fan_outs_join_at_the_innermost_level() {
    assert_eq!(Nested.run(start! {}).await.unwrap(), [12, 0, 8]);
}

/// The first two of five answers win; the others keep running.
struct Quorum;

#[workflow]
impl Quorum {
    #[step]
    async fn ask(&self, _ev: StartEvent) -> Vec<Item> {
        (1..=5).map(Item).collect()
    }

    #[step(workers = 8)]
    async fn answer(&self, ctx: &Context, i: Item) -> Done {
        tokio::time::sleep(Duration::from_millis(10 * (6 - i.0))).await;
        ctx.store
            .update("answered", |n: Option<u32>| n.unwrap_or(0) + 1)
            .await
            .unwrap();
        Done(i.0)
    }

    #[step(take = 2)]
    async fn fastest(&self, ctx: &Context, first: Vec<Done>) -> StopEvent<(Vec<u64>, u32)> {
        let answered: u32 = ctx.store.get("answered").await.unwrap();
        StopEvent::new((first.into_iter().map(|d| d.0).collect(), answered))
    }
}

#[tokio::test(start_paused = true)]
async fn a_quorum_fires_on_the_nth_arrival_while_the_others_keep_running() {
    let (first, answered) = Quorum.run(start! {}).await.unwrap();
    assert_eq!(first, [5, 4], "arrival order");
    assert_eq!(answered, 2, "fired at the second, before the rest answered");
}

// ---- snapshots and journals ----

#[event]
struct Part(u32);

/// `begin` puts a `Part` into the join and asks the outside world for the
/// other half.
struct AskHalf;

#[workflow]
impl AskHalf {
    #[step(emits = [Part])]
    async fn begin(&self, ctx: &Context, _ev: StartEvent) -> InputRequiredEvent {
        ctx.send_event(Part(7));
        InputRequiredEvent::new("the other half?")
    }

    #[step]
    async fn join(&self, part: Part, half: HumanResponseEvent) -> StopEvent<String> {
        StopEvent::new(format!("{} and {}", part.0, half.response))
    }
}

#[tokio::test(start_paused = true)]
async fn a_run_paused_in_a_join_resumes_from_its_snapshot() {
    let handler = Arc::new(AskHalf).run(start! {}).start();
    let mut stream = handler.stream_events().unwrap();
    while let Some(ev) = stream.next().await {
        if ev.downcast_ref::<InputRequiredEvent>().is_some() {
            break;
        }
    }
    let snapshot = handler.snapshot().await.unwrap();
    handler.cancel();
    let _ = handler.await;
    assert_eq!(snapshot.run.joins.len(), 1, "{:?}", snapshot.run);
    let snapshot = Snapshot::from_json(snapshot.to_json().as_bytes()).unwrap();
    let handler = Arc::new(AskHalf).resume(snapshot).start();
    handler
        .send_event(HumanResponseEvent::new("eight"))
        .unwrap();
    assert_eq!(handler.await.unwrap(), "7 and eight");
}

/// Three branches, each waiting for an answer from outside.
struct Approvals;

#[workflow]
impl Approvals {
    #[step]
    async fn split(&self, _ev: StartEvent) -> Vec<Item> {
        (1..=3).map(Item).collect()
    }

    #[step(waits_for = [HumanResponseEvent])]
    async fn approve(&self, ctx: &Context, i: Item) -> Result<Done, WorkflowError> {
        let _: HumanResponseEvent = ctx
            .wait_for_event()
            .ask(InputRequiredEvent::new(format!("approve {}?", i.0)))
            .await?;
        Ok(Done(i.0))
    }

    #[step]
    async fn approved(&self, all: Vec<Done>) -> StopEvent<Vec<u64>> {
        StopEvent::new(all.into_iter().map(|d| d.0).collect())
    }
}

#[tokio::test(start_paused = true)]
async fn a_run_paused_in_a_fan_in_resumes_from_its_snapshot() {
    let handler = Arc::new(Approvals).run(start! {}).start();
    let mut stream = handler.stream_events().unwrap();
    let mut asked = 0;
    while let Some(ev) = stream.next().await {
        if ev.downcast_ref::<InputRequiredEvent>().is_some() {
            asked += 1;
            if asked == 3 {
                break;
            }
        }
    }
    handler.send_event(HumanResponseEvent::new("yes")).unwrap();
    tokio::time::sleep(Duration::from_millis(1)).await;
    let snapshot = handler.snapshot().await.unwrap();
    handler.cancel();
    let _ = handler.await;
    assert_eq!(snapshot.run.fanouts.len(), 1, "{:?}", snapshot.run);
    assert_eq!(snapshot.run.fanouts[0].arrivals.len(), 1);
    assert_eq!(snapshot.run.inflight.len(), 2);
    let snapshot = Snapshot::from_json(snapshot.to_json().as_bytes()).unwrap();
    let handler = Arc::new(Approvals).resume(snapshot).start();
    handler.send_event(HumanResponseEvent::new("yes")).unwrap();
    handler.send_event(HumanResponseEvent::new("yes")).unwrap();
    assert_eq!(handler.await.unwrap(), [1, 2, 3]);
}

#[cfg(feature = "sqlite")]
#[test]
fn a_journaled_run_dropped_in_a_fan_in_goes_on_from_its_journal() {
    use eventflow::journal::{Journal, RunStatus};
    use support::{process, TempDb};

    let db = TempDb::new("joins");
    let journal = Journal::open(&db.0).unwrap();
    process().block_on(async {
        let run = Sum.run(start! { n: 50 }).journal(&journal).run_id("sum");
        // Items 50 down to 41 have finished by 59 ms.
        assert!(tokio::time::timeout(Duration::from_millis(59), run)
            .await
            .is_err());
    });
    assert_eq!(journal.run("sum").unwrap().status, RunStatus::Live);
    // Another "process".
    let journal = Journal::open(&db.0).unwrap();
    let result = process().block_on(async { Sum.resume_journaled(&journal, "sum").await.unwrap() });
    let expected: Vec<u64> = (1..=50).filter(|i| i % 3 != 0).collect();
    assert_eq!(result, expected);
    assert_eq!(journal.run("sum").unwrap().status, RunStatus::Done);
}

/// A join whose second parameter never comes: `right` drops its event.
struct HalfFilled;

#[workflow]
impl HalfFilled {
    #[step]
    async fn left(&self, _ev: StartEvent) -> Left {
        Left(1)
    }

    #[step]
    async fn right(&self, _ev: StartEvent) -> Option<Right> {
        None
    }

    #[step]
    async fn pair(&self, l: Left, r: Right) -> StopEvent<u32> {
        StopEvent::new(l.0 + r.0)
    }
}

#[tokio::test(start_paused = true)]
async fn a_run_stalled_in_a_half_filled_join_names_the_join() {
    let err = HalfFilled.run(StartEvent::new()).await.unwrap_err();
    assert!(
        matches!(err, WorkflowError::JoinStalled { step: "pair", .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "the run stalled: step `pair` joins 2 events and still waits for its parameter 2; no step is running or queued that could send it"
    );
}
