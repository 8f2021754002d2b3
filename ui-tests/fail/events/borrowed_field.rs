use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Greeting {
    text: &'static str,
}

fn main() {}
