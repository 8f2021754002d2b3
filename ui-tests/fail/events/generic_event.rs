use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct Wrapper<T> {
    value: T,
}

fn main() {}
