// `#[event]` makes a type an event with the derives it needs; a step may
// send any member of the union it returns.
use eventflow::prelude::*;

#[event]
#[derive(Debug, PartialEq)]
struct Query {
    text: String,
}

#[event(name = "answers.Answer")]
struct Answer(String);

#[derive(Clone, Serialize, Deserialize, Event)]
#[event(name = "answers.Retry")]
struct Retry;

#[derive(EventSet)]
enum Next {
    Answer(Answer),
    Retry(Retry),
}

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn ask(&self, ctx: &Context, ev: Either<StartEvent, Retry>) -> Option<Next> {
        match ev {
            Either::Left(_) => ctx.send_event(Retry),
            Either::Right(_) => ctx.send_event(Answer("42".into())),
        }
        None
    }

    #[step]
    async fn answer(&self, ev: Answer) -> StopEvent<String> {
        StopEvent::new(ev.0)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Flow.run(StartEvent::new()).await.unwrap(), "42");
    assert_eq!(<Answer as eventflow::Event>::ID.stable, "answers.Answer");
    let q = Query { text: "q".into() };
    assert_eq!(q.clone(), q);
}
