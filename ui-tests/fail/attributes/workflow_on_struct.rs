use workflows::prelude::*;

struct Flow;

#[workflow]
struct Other;

fn main() {}
