use eventflow::prelude::*;

struct Pool;

struct Flow;

impl Flow {
    #[resource]
    fn pool(&self) -> Pool {
        Pool
    }
}

fn main() {}
