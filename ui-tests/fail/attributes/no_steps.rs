use eventflow::prelude::*;

struct Flow;

#[workflow]
impl Flow {
    async fn helper(&self) {}
}

fn main() {}
