//! Targeted sends to a plain step, a union step, a join and a derived
//! union, from steps that declare what they send.
use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Work(u32);

#[derive(Clone, Serialize, Deserialize, Event)]
struct Note(String);

#[derive(Clone, Serialize, Deserialize, Event)]
struct Left(u32);

#[derive(Clone, Serialize, Deserialize, Event)]
struct Right(u32);

#[derive(EventSet)]
enum Mail {
    Work(Work),
    Note(Note),
}

struct Flow;

#[workflow]
impl Flow {
    #[step(emits = [Work, Note, Left, Right])]
    async fn dispatch(&self, ctx: &Context, _ev: StartEvent) -> Option<StopEvent<u32>> {
        ctx.send_event_to(Flow::REVIEW, Work(1));
        ctx.send_event_to(Flow::EITHER, Note("hi".into()));
        ctx.send_event_to(Flow::JOIN, Left(1));
        ctx.send_event_to(Flow::JOIN, Right(2));
        ctx.send_event_to(Flow::MAIL, Note("mail".into()));
        None
    }

    #[step]
    async fn review(&self, ev: Work) -> StopEvent<u32> {
        StopEvent::new(ev.0)
    }

    #[step]
    async fn either(&self, _ev: Either<Work, Note>) -> Option<StopEvent<u32>> {
        None
    }

    #[step]
    async fn join(&self, a: Left, b: Right) -> StopEvent<u32> {
        StopEvent::new(a.0 + b.0)
    }

    #[step]
    async fn mail(&self, _ev: Mail) -> Option<StopEvent<u32>> {
        None
    }
}

fn main() {
    assert_eq!(Flow::REVIEW.name(), "review");
}
