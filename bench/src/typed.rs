//! What routing through erased events costs the run machine, against the
//! same machine with a typed spec: the loop workload's ping-pong, driven
//! through `Machine::finish_direct` with plain function calls (no
//! futures, no driver). The erased side is the `#[workflow]`'s own spec
//! (`DynEvent`s routed by `TypeId`); the typed side is what a
//! macro-generated router would be (an `enum` of the workflow's events,
//! routed by `match`). The difference per hop bounds what typed routing
//! can save inside the machine. For callgrind:
//! `--profile machine-erased N` and `--profile machine-typed N`.

use std::time::Duration;

use eventflow::machine::{
    Command, Config, Emitted, EncodedEvent, EventKind, Inv, Machine, Outcome, Route, Spec,
    StepIndex, WorkflowSpec,
};
use eventflow::{DynEvent, StartEvent, StopEvent};
use serde_json::json;

use crate::ours::{Loop, Ping, Pong};

/// The loop workflow's events as one type.
#[derive(Debug, Clone)]
pub enum LoopEvent {
    Start,
    Ping(u64),
    Pong(u64),
    Stop(u64),
}

/// The loop workflow, as a generated typed spec would describe it: step 0
/// (`ping`) takes the start and `Ping`, step 1 (`pong`) takes `Pong`.
pub struct TypedLoop;

impl Spec for TypedLoop {
    type Event = LoopEvent;

    fn step_count(&self) -> usize {
        2
    }

    fn step_name(&self, step: StepIndex) -> &'static str {
        ["ping", "pong"][step as usize]
    }

    fn workers(&self, _step: StepIndex) -> usize {
        1
    }

    fn route(&self, ev: &LoopEvent) -> Route<'static> {
        match ev {
            LoopEvent::Start | LoopEvent::Ping(_) => Route::Steps(&[0]),
            LoopEvent::Pong(_) => Route::Steps(&[1]),
            LoopEvent::Stop(_) => Route::Stop,
        }
    }

    fn event_name(&self, ev: &LoopEvent) -> &'static str {
        match ev {
            LoopEvent::Start => "StartEvent",
            LoopEvent::Ping(_) => "Ping",
            LoopEvent::Pong(_) => "Pong",
            LoopEvent::Stop(_) => "StopEvent",
        }
    }

    fn to_outside(&self, _step: StepIndex) -> bool {
        false
    }

    fn kind(&self, _ev: &LoopEvent) -> EventKind {
        EventKind::Plain
    }

    fn is_awaited(&self, _ev: &LoopEvent) -> bool {
        false
    }

    fn encode(&self, ev: &LoopEvent) -> Result<EncodedEvent, String> {
        let data = match ev {
            LoopEvent::Start => json!({}),
            LoopEvent::Ping(n) | LoopEvent::Pong(n) | LoopEvent::Stop(n) => json!({ "n": n }),
        };
        Ok(EncodedEvent {
            name: self.event_name(ev).to_owned(),
            data,
        })
    }

    fn decode(&self, ev: &EncodedEvent) -> Result<LoopEvent, String> {
        let n = || ev.data["n"].as_u64().ok_or("no n");
        Ok(match ev.name.as_str() {
            "StartEvent" => LoopEvent::Start,
            "Ping" => LoopEvent::Ping(n()?),
            "Pong" => LoopEvent::Pong(n()?),
            "StopEvent" => LoopEvent::Stop(n()?),
            other => return Err(format!("the loop has no event {other}")),
        })
    }

    fn failure_event(&self, _: StepIndex, _: u32, error: &str, _: &LoopEvent) -> LoopEvent {
        unreachable!("the loop's steps do not fail (and it has no error handler): {error}")
    }

    fn bundle(&self, _: StepIndex, _: Vec<LoopEvent>) -> LoopEvent {
        unreachable!("the loop has no join or fan-in step")
    }

    fn is_bundle(&self, _: &LoopEvent) -> bool {
        false
    }
}

/// Run `machine` from `start` to its end, each invocation's outcome made
/// by `step` from its input; the run's result.
fn run<S: Spec>(
    mut machine: Machine<S>,
    start: S::Event,
    step: impl Fn(StepIndex, &S::Event) -> S::Event,
) -> S::Event {
    machine.start(start);
    let Some(Command::Start { inv, step: first }) = machine.poll_command() else {
        panic!("the start starts the first step");
    };
    let mut next: Option<(Inv, StepIndex)> = Some((inv, first));
    while let Some((inv, at)) = next {
        let input = machine
            .input(inv)
            .expect("a started invocation has its input");
        let out = step(at, input);
        next = machine.finish_direct(inv, Outcome::Emitted(Emitted::One(out)), Duration::ZERO);
        while next.is_none() {
            match machine.poll_command() {
                Some(Command::Start { inv, step }) => next = Some((inv, step)),
                Some(Command::Finish(result)) => return result.expect("the loop ends well"),
                Some(_) => {}
                None => panic!("the loop stalled"),
            }
        }
    }
    unreachable!()
}

/// The loop of `hops` through the `#[workflow]`'s own spec.
pub fn erased(hops: u64) -> u64 {
    let machine = Machine::new(WorkflowSpec::of::<Loop>(), Config::default());
    let stop = run(machine, DynEvent::new(StartEvent::new()), |step, ev| {
        // What the generated step wrappers do: downcast the input, box
        // the output.
        if step == 0 {
            let n = ev.downcast_ref::<Ping>().map_or(0, |p| p.n);
            if n >= hops {
                DynEvent::new(StopEvent::new(n))
            } else {
                DynEvent::new(Pong { n: n + 1 })
            }
        } else {
            let n = ev.downcast_ref::<Pong>().expect("pong takes Pong").n;
            DynEvent::new(Ping { n: n + 1 })
        }
    });
    stop.downcast::<StopEvent<u64>>()
        .expect("a StopEvent<u64>")
        .result
}

/// The same loop through a typed spec.
pub fn typed(hops: u64) -> u64 {
    let machine = Machine::new(TypedLoop, Config::default());
    let stop = run(machine, LoopEvent::Start, |_, ev| match *ev {
        LoopEvent::Start | LoopEvent::Ping(_) => {
            let n = match *ev {
                LoopEvent::Ping(n) => n,
                _ => 0,
            };
            if n >= hops {
                LoopEvent::Stop(n)
            } else {
                LoopEvent::Pong(n + 1)
            }
        }
        LoopEvent::Pong(n) => LoopEvent::Ping(n + 1),
        LoopEvent::Stop(_) => unreachable!("the stop event ends the run"),
    });
    match stop {
        LoopEvent::Stop(n) => n,
        other => panic!("the loop ended with {other:?}"),
    }
}
