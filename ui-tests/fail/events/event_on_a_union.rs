use eventflow::prelude::*;

#[derive(Clone, Copy, Event)]
union Bits {
    int: u32,
    float: f32,
}

fn main() {}
