use eventflow::prelude::*;

struct Flow;

#[workflow]
struct Other;

fn main() {}
