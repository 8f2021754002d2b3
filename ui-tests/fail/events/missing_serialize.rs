use eventflow::prelude::*;

#[derive(Clone, Deserialize, Event)]
struct NoSerialize {
    n: u32,
}

fn main() {}
