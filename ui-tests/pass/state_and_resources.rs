//! Typed state and resources in every form a user may write them.

use eventflow::prelude::*;
use std::sync::Arc;

#[derive(Default, Serialize, Deserialize)]
struct Counts {
    seen: u32,
}

struct Config {
    limit: u32,
}

struct Client;

#[derive(Debug, thiserror::Error)]
#[error("offline")]
struct Offline;

#[event]
struct Item(u32);

#[derive(Default)]
struct Flow {
    resources: eventflow::Resources,
}

#[workflow(state = Counts, resources = resources)]
impl Flow {
    /// Sync, infallible, cached.
    #[resource]
    fn config(&self) -> Config {
        Config { limit: 3 }
    }

    /// Async, fallible, made per call.
    #[eventflow::resource(per_call)]
    async fn client(&self) -> Result<Client, Offline> {
        Ok(Client)
    }

    #[step]
    async fn begin(&self, #[resource] config: &Config, _ev: StartEvent) -> Vec<Item> {
        (0..config.limit).map(Item).collect()
    }

    #[step(workers = 2)]
    async fn count(
        &self,
        ctx: &Context,
        item: Item,
        #[resource] _client: &Client,
        #[resource] config: &Config,
    ) -> Result<Option<StopEvent<u32>>, WorkflowError> {
        let _ = item;
        let seen = ctx.edit_state(|s| {
            s.seen += 1;
            s.seen
        })?;
        let now = ctx.state()?.seen;
        Ok((seen == config.limit && now >= seen).then(|| StopEvent::new(seen)))
    }
}

/// Resources in steps on a task or a thread of their own, and a state
/// that is a plain number.
#[derive(Default)]
struct Parallel {
    cache: eventflow::Resources,
}

#[workflow(state = u64, resources = cache)]
impl Parallel {
    #[resource]
    async fn config(&self) -> Config {
        Config { limit: 2 }
    }

    #[step(spawn)]
    async fn first(&self, ctx: &Context, #[resource] config: &Config, _ev: StartEvent) -> Result<Item, WorkflowError> {
        ctx.edit_state(|n| *n += 1)?;
        Ok(Item(config.limit))
    }

    #[step(blocking)]
    fn second(&self, #[resource] config: &Config, item: Item) -> StopEvent<u32> {
        StopEvent::new(item.0 * config.limit)
    }
}

/// A workflow without state or resources may still use the store.
struct Plain;

#[workflow]
impl Plain {
    #[step]
    async fn only(&self, ctx: &Context, _ev: StartEvent) -> Result<StopEvent<u32>, WorkflowError> {
        let n = ctx.store.update("n", |n: Option<u32>| n.unwrap_or(0) + 1).await?;
        Ok(StopEvent::new(n))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Flow::default().run(StartEvent::new()).await.unwrap(), 3);
    assert_eq!(Arc::new(Parallel::default()).run(StartEvent::new()).await.unwrap(), 4);
    assert_eq!(Plain.run(StartEvent::new()).await.unwrap(), 1);
}
