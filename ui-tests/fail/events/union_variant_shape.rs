use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
struct A;

#[derive(EventSet)]
enum Incoming {
    One(A),
    Two(A, A),
    Named { a: A },
}

fn main() {}
