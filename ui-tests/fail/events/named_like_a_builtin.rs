use eventflow::prelude::*;

#[event]
struct StartEvent {
    query: String,
}

fn main() {}
