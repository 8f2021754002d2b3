// Events declared inside different functions of one module are different
// types, and different events, even with one name.
use eventflow::prelude::*;

fn first() {
    #[derive(Clone, Serialize, Deserialize, Event)]
    struct Local;

    struct Flow;

    #[workflow]
    impl Flow {
        #[step]
        async fn start(&self, _ev: StartEvent) -> Either<Local, StopEvent<()>> {
            Either::Left(Local)
        }
    }
}

fn second() {
    #[derive(Clone, Serialize, Deserialize, Event)]
    struct Local;

    struct Flow;

    #[workflow]
    impl Flow {
        #[step]
        async fn start(&self, _ev: StartEvent) -> StopEvent<()> {
            StopEvent::new(())
        }

        #[step]
        async fn local(&self, _ev: Local) -> StopEvent<()> {
            StopEvent::new(())
        }
    }
}

fn main() {
    first();
    second();
}
