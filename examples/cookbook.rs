//! The workflows cookbook: every section of the tour, in order, with the
//! original's output.
//!
//! `cargo run --example cookbook` (add `-- --seed N` for a reproducible
//! loop section).

#[path = "flows/collect_flow.rs"]
mod collect_flow;
#[path = "flows/global_state.rs"]
mod global_state;
#[path = "flows/loop_flow.rs"]
mod loop_flow;
#[path = "flows/wait_flow.rs"]
mod wait_flow;

fn section(title: &str) {
    println!("\n== {title} ==");
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let seed = loop_flow::seed_from_args()?;

    section("Loops and branches");
    loop_flow::demo(seed).await?;

    section("Maintaining state between events");
    global_state::demo().await?;

    section("Waiting across runs on one context");
    wait_flow::demo().await?;

    section("Waiting for one or more events");
    collect_flow::demo().await?;
    Ok(())
}
