//! The cookbook's CollectExampleFlow: a step that waits for three events.
//!
//! `cargo run --example collect_flow`

#[path = "flows/collect_flow.rs"]
mod collect_flow;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    collect_flow::demo().await?;
    Ok(())
}
