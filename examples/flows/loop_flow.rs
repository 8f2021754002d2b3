//! Loops and branches: the cookbook's LoopExampleFlow.

use eventflow::prelude::*;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::sync::Mutex;
use std::time::Duration;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct FailedEvent {
    pub error: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct QueryEvent {
    pub query: String,
}

/// Answers a query, improving it after a failure until it works or cannot
/// be fixed. The coin flips stand in for an LLM's judgement.
pub struct LoopExampleFlow {
    rng: Mutex<StdRng>,
}

impl LoopExampleFlow {
    pub fn new(seed: Option<u64>) -> Self {
        let rng = match seed {
            Some(seed) => StdRng::seed_from_u64(seed),
            None => StdRng::from_os_rng(),
        };
        LoopExampleFlow {
            rng: Mutex::new(rng),
        }
    }

    fn coin(&self) -> u8 {
        self.rng.lock().unwrap().random_range(0..=1)
    }
}

#[workflow]
impl LoopExampleFlow {
    #[step]
    async fn answer_query(
        &self,
        ev: Either<StartEvent, QueryEvent>,
    ) -> Either<FailedEvent, StopEvent<String>> {
        // A real flow would use the query here.
        let _query = match ev {
            Either::Left(start) => start.get::<String>("query").unwrap_or_default(),
            Either::Right(q) => q.query,
        };
        if self.coin() == 0 {
            Either::Left(FailedEvent {
                error: "Failed to answer the query.".into(),
            })
        } else {
            Either::Right(StopEvent::new("The answer to your query".into()))
        }
    }

    #[step]
    async fn improve_query(&self, _ev: FailedEvent) -> Either<QueryEvent, StopEvent<String>> {
        if self.coin() == 0 {
            Either::Left(QueryEvent {
                query: "Here's a better query.".into(),
            })
        } else {
            Either::Right(StopEvent::new("Your query can't be fixed.".into()))
        }
    }
}

/// The cookbook section: one verbose run, then its result. `seed` makes
/// the coin flips reproducible.
pub async fn demo(seed: Option<u64>) -> Result<(), WorkflowError> {
    let flow = LoopExampleFlow::new(seed);
    let result = flow
        .run(start! { query: "What's LlamaIndex?" })
        .timeout(Duration::from_secs(10))
        .verbose(true)
        .await?;
    println!("{result}");
    Ok(())
}

/// `--seed N` from the command line, if given.
pub fn seed_from_args() -> Result<Option<u64>, String> {
    let mut args = std::env::args().skip(1);
    match (args.next().as_deref(), args.next()) {
        (None, _) => Ok(None),
        (Some("--seed"), Some(n)) => n
            .parse()
            .map(Some)
            .map_err(|_| format!("--seed takes a whole number, got `{n}`")),
        _ => Err("usage: [--seed N]".into()),
    }
}
