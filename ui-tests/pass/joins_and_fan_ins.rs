//! Every shape of join and fan-in: a join with the context between its
//! parameters and a union in one, a fan-in of a `Vec` fan-out and of an
//! `Either<Vec<_>, _>` one, a quorum, a nested fan-out.
use eventflow::prelude::*;

#[event]
struct A(u32);
#[event]
struct B(u32);
#[event]
struct C(u32);
#[event]
struct Item(u32);
#[event]
struct Done(u32);
#[event]
struct Group(Vec<u32>);
#[event]
struct Sum(u32);

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn start(&self, ev: StartEvent) -> Either<Vec<Group>, StopEvent<u32>> {
        match ev.has("none") {
            true => Either::Right(StopEvent::new(0)),
            false => Either::Left(vec![Group(vec![1, 2]), Group(vec![3])]),
        }
    }

    #[step]
    async fn items(&self, g: Group) -> Result<Vec<Item>, WorkflowError> {
        Ok(g.0.into_iter().map(Item).collect())
    }

    #[step(workers = 8)]
    async fn work(&self, i: Item) -> Option<Done> {
        (i.0 > 0).then_some(Done(i.0))
    }

    #[step]
    async fn group(&self, done: Vec<Done>) -> Sum {
        Sum(done.iter().map(|d| d.0).sum())
    }

    #[step(take = 1)]
    async fn first(&self, sums: Vec<Sum>) -> A {
        A(sums[0].0)
    }

    #[step]
    async fn b(&self, a: A) -> Either<B, C> {
        match a.0 {
            0 => Either::Right(C(0)),
            n => Either::Left(B(n)),
        }
    }

    #[step]
    async fn join(&self, a: A, ctx: &Context, b_or_c: Either<B, C>) -> StopEvent<u32> {
        let _ = ctx;
        let n = match b_or_c {
            Either::Left(b) => b.0,
            Either::Right(c) => c.0,
        };
        StopEvent::new(a.0 + n)
    }
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    assert_eq!(rt.block_on(async { Flow.run(start! {}).await }).unwrap(), 6);
}
