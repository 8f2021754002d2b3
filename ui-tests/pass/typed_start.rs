// A workflow whose runs begin with its own event type, not `StartEvent`.
use eventflow::prelude::*;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Question {
    text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct Retry(u8);

struct Flow;

#[workflow(start = Question)]
impl Flow {
    #[step]
    async fn answer(&self, ev: Either<Question, Retry>) -> Either<Retry, StopEvent<String>> {
        match ev {
            Either::Left(q) => Either::Right(StopEvent::new(q.text)),
            Either::Right(_) => Either::Right(StopEvent::new("retried".into())),
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let out = Flow.run(Question { text: "hi".into() }).await.unwrap();
    assert_eq!(out, "hi");
}
