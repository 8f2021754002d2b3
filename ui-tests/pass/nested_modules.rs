// A workflow defined in a nested module, with events from a sibling module,
// run from the crate root; and one defined inside a function.
use eventflow::prelude::*;

mod app {
    pub mod events {
        use eventflow::prelude::*;
        #[derive(Debug, Clone, Serialize, Deserialize, Event)]
        pub struct Greeting(pub String);
    }

    pub mod flows {
        use super::events::Greeting;
        use eventflow::prelude::*;

        pub struct Greeter;

        #[workflow]
        impl Greeter {
            #[step]
            async fn greet(&self, ev: StartEvent) -> Result<Greeting, WorkflowError> {
                Ok(Greeting(format!("hello {}", ev.get::<String>("name")?)))
            }

            #[step]
            async fn done(&self, ev: Greeting) -> StopEvent<String> {
                StopEvent::new(ev.0)
            }
        }
    }
}

async fn local() -> u8 {
    #[derive(Debug, Clone, Serialize, Deserialize, Event)]
    struct Inner(u8);

    struct Local;

    #[workflow]
    impl Local {
        #[step]
        async fn go(&self, _ev: StartEvent) -> Inner {
            Inner(7)
        }

        #[step]
        async fn end(&self, ev: Inner) -> StopEvent<u8> {
            StopEvent::new(ev.0)
        }
    }

    Local.run(StartEvent::new()).await.unwrap()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let out = app::flows::Greeter.run(start! { name: "you" }).await.unwrap();
    assert_eq!(out, "hello you");
    assert_eq!(local().await, 7);
}
