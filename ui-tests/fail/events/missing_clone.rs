use eventflow::prelude::*;

#[derive(Serialize, Deserialize, Event)]
struct NotClone {
    n: u32,
}

fn main() {}
