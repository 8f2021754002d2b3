// Events the outside world produces or consumes need no producer or
// consumer among the steps; a step that waits declares what it waits for,
// and the handler sends only what the workflow takes: a step's input (also
// a member of a union), or a waited-for type.
use std::sync::Arc;

use eventflow::prelude::*;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
#[event(input_required)]
struct Question {
    text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
#[event(human_response, name = "answers.v1.Answer")]
struct Answer {
    text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Retry;

#[derive(EventSet)]
enum Reply {
    Answer(Answer),
    Human(HumanResponseEvent),
}

struct Flow;

#[workflow]
impl Flow {
    // Asks by returning: the question goes to the stream.
    #[step]
    async fn ask(&self, _ev: Either<StartEvent, Retry>) -> Question {
        Question { text: "Name?".into() }
    }

    // Takes the answer from outside (either form).
    #[step]
    async fn read(&self, ev: Reply) -> Either<Retry, StopEvent<String>> {
        match ev {
            Reply::Answer(a) if !a.text.is_empty() => Either::Right(StopEvent::new(a.text)),
            Reply::Human(h) if !h.response.is_empty() => Either::Right(StopEvent::new(h.response)),
            _ => Either::Left(Retry),
        }
    }

    // Waits inside the step, asking with the built-in question event.
    #[step(waits_for = [HumanResponseEvent])]
    async fn confirm(&self, ctx: &Context, _ev: StartEvent) -> Result<Option<StopEvent<String>>, WorkflowError> {
        let ok: HumanResponseEvent = ctx
            .wait_for_event()
            .ask(InputRequiredEvent::new("Sure?"))
            .await?;
        Ok((ok.response == "yes").then(|| StopEvent::new("confirmed".into())))
    }
}

#[tokio::main]
async fn main() {
    let handler = Arc::new(Flow).run(StartEvent::new()).start();
    handler.send_event(Answer { text: "Ada".into() }).unwrap();
    // The answer alone may end the run on another thread first: an event
    // after the end is refused, and the run keeps its result.
    if let Err(e) = handler.send_event(HumanResponseEvent::new("no")) {
        assert!(matches!(e, WorkflowError::Refused { .. }), "{e}");
    }
    let result = handler.await.unwrap();
    assert!(result == "Ada" || result == "confirmed", "{result}");
}
