//! The cookbook's WaitExampleFlow: three runs on one context.
//!
//! `cargo run --example wait_flow`

#[path = "flows/wait_flow.rs"]
mod wait_flow;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    wait_flow::demo().await?;
    Ok(())
}
