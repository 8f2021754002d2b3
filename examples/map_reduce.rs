//! Map and reduce with a `Vec` fan-out and a `Vec` fan-in: `split` fans out
//! 1,000 numbers, `square` runs once per number (and drops multiples of
//! 7: those branches end with no event), and `sum` gets every square once
//! every branch has finished, in the order of the numbers.
//!
//! `cargo run --example map_reduce`

use eventflow::prelude::*;

#[event]
struct Number(u64);

#[event]
struct Square(u64);

struct MapReduce;

#[workflow]
impl MapReduce {
    #[step]
    async fn split(&self, ev: StartEvent) -> Result<Vec<Number>, WorkflowError> {
        let n: u64 = ev.get("n")?;
        Ok((1..=n).map(Number).collect())
    }

    #[step(workers = 8)]
    async fn square(&self, n: Number) -> Option<Square> {
        (!n.0.is_multiple_of(7)).then(|| Square(n.0 * n.0))
    }

    #[step]
    async fn sum(&self, squares: Vec<Square>) -> StopEvent<String> {
        let total: u64 = squares.iter().map(|s| s.0).sum();
        StopEvent::new(format!(
            "{} squares (multiples of 7 dropped), first {}, last {}, sum {total}",
            squares.len(),
            squares.first().map_or(0, |s| s.0),
            squares.last().map_or(0, |s| s.0),
        ))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), WorkflowError> {
    println!("{}", MapReduce.run(start! { n: 1000 }).await?);
    println!("{}", MapReduce.run(start! { n: 0 }).await?);
    Ok(())
}
