//! The workflows cookbook: every section of the tour, in order, with the
//! original's output.
//!
//! `cargo run --example cookbook` (add `-- --seed N` for a reproducible
//! loop section). The first section calls an LLM: offline, the shipped
//! OpenAI-compatible server answers; with `OPENAI_API_KEY` set, OpenAI (or
//! `OPENAI_BASE_URL`) does.

#[path = "flows/collect_flow.rs"]
mod collect_flow;
#[path = "flows/global_state.rs"]
mod global_state;
#[path = "flows/llm_backend.rs"]
mod llm_backend;
#[path = "flows/loop_flow.rs"]
mod loop_flow;
#[path = "flows/openai_generator.rs"]
mod openai_generator;
#[path = "flows/wait_flow.rs"]
mod wait_flow;

fn section(title: &str) {
    println!("\n== {title} ==");
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let seed = loop_flow::seed_from_args()?;

    section("Workflow basics");
    openai_generator::demo().await?;

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
