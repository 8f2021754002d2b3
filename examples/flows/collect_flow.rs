//! Waiting for one or more events: the cookbook's CollectExampleFlow.

use eventflow::prelude::*;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct InputEvent {
    pub input: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct SetupEvent {
    pub error: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct QueryEvent {
    pub query: String,
}

/// Three steps react to the start event; a fourth waits for all three of
/// their events before it runs the query.
pub struct CollectExampleFlow;

#[workflow]
impl CollectExampleFlow {
    #[step]
    async fn setup(&self, _ev: StartEvent) -> SetupEvent {
        // generically start everything up
        SetupEvent { error: false }
    }

    #[step]
    async fn collect_input(&self, ev: StartEvent) -> Result<Option<InputEvent>, WorkflowError> {
        if !ev.has("input") {
            return Ok(None);
        }
        // perhaps validate the input
        println!("I got some input");
        Ok(Some(InputEvent {
            input: ev.get("input")?,
        }))
    }

    #[step]
    async fn parse_query(&self, ev: StartEvent) -> Result<Option<QueryEvent>, WorkflowError> {
        if !ev.has("query") {
            return Ok(None);
        }
        // parse the query in some way
        println!("I got a query");
        Ok(Some(QueryEvent {
            query: ev.get("query")?,
        }))
    }

    #[step]
    async fn run_query(
        &self,
        ctx: &Context,
        ev: Either3<InputEvent, SetupEvent, QueryEvent>,
    ) -> Option<StopEvent<String>> {
        let Some((query, input, setup)) =
            ctx.collect_events::<(QueryEvent, InputEvent, SetupEvent)>(ev)
        else {
            println!("Not enough events yet");
            return None;
        };
        // run the query
        println!("Now I have all the events");
        println!("{:?}", (&query, &input, &setup));
        let result = format!("Ran query '{}' on input '{}'", query.query, input.input);
        Some(StopEvent::new(result))
    }
}

/// The cookbook section.
pub async fn demo() -> Result<(), WorkflowError> {
    let result = CollectExampleFlow
        .run(start! { input: "Here's some input", query: "Here's my question" })
        .await?;
    println!("{result}");
    Ok(())
}
