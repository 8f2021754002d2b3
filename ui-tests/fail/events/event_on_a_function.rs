use eventflow::prelude::*;

#[event]
fn not_a_type() {}

fn main() {}
