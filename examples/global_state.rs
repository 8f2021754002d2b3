//! The cookbook's GlobalExampleFlow: state kept in the context store.
//!
//! `cargo run --example global_state`

#[path = "flows/global_state.rs"]
mod global_state;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    global_state::demo().await?;
    Ok(())
}
