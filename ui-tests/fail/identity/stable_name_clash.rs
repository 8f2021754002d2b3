use eventflow::prelude::*;

mod billing {
    use eventflow::prelude::*;

    #[derive(Clone, Serialize, Deserialize, Event)]
    #[event(name = "invoice")]
    pub struct Invoice(pub u32);
}

mod shipping {
    use eventflow::prelude::*;

    #[derive(Clone, Serialize, Deserialize, Event)]
    #[event(name = "invoice")]
    pub struct Invoice(pub u32);
}

struct Flow;

#[workflow]
impl Flow {
    #[step]
    async fn bill(&self, _ev: StartEvent) -> billing::Invoice {
        billing::Invoice(1)
    }

    #[step]
    async fn ship(&self, ev: billing::Invoice) -> shipping::Invoice {
        shipping::Invoice(ev.0)
    }

    #[step]
    async fn done(&self, _ev: shipping::Invoice) -> StopEvent<()> {
        StopEvent::new(())
    }
}

fn main() {}
