use eventflow::prelude::*;

#[event]
struct Facts;

#[event]
struct Profile;

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn lookup(&self, _ev: StartEvent) -> Facts {
        Facts
    }

    // `Profile` comes from no step: the join could never fire.
    #[step]
    async fn answer(&self, _facts: Facts, _who: Profile) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
