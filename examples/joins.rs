//! A join: `answer` has two event parameters and runs once one of each has
//! arrived, whichever comes first. `lookup` and `profile` run side by side
//! on the same start event.
//!
//! `cargo run --example joins`

use eventflow::prelude::*;

#[event]
struct Facts {
    text: String,
}

#[event]
struct Profile {
    name: String,
}

struct Assistant;

#[workflow]
impl Assistant {
    #[step]
    async fn lookup(&self, ev: StartEvent) -> Result<Facts, WorkflowError> {
        let topic: String = ev.get("topic")?;
        Ok(Facts {
            text: format!("{topic} routes events between steps"),
        })
    }

    #[step]
    async fn profile(&self, ev: StartEvent) -> Result<Profile, WorkflowError> {
        Ok(Profile {
            name: ev.get("user")?,
        })
    }

    /// Fires with one `Facts` and one `Profile`, in parameter order.
    #[step]
    async fn answer(&self, facts: Facts, who: Profile) -> StopEvent<String> {
        StopEvent::new(format!("{}: {}", who.name, facts.text))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), WorkflowError> {
    let answer = Assistant
        .run(start! { topic: "eventflow", user: "Ada" })
        .verbose(true)
        .await?;
    println!("{answer}");
    Ok(())
}
