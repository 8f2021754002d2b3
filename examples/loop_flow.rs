//! The cookbook's LoopExampleFlow, verbose.
//!
//! `cargo run --example loop_flow` flips coins as the original does;
//! `cargo run --example loop_flow -- --seed 7` makes the run reproducible.

#[path = "flows/loop_flow.rs"]
mod loop_flow;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    loop_flow::demo(loop_flow::seed_from_args()?).await?;
    Ok(())
}
