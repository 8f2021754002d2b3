//! The routing table: the steps of a workflow type and which step takes
//! which event type, built once per workflow type from what `#[workflow]`
//! emits.

use std::any::TypeId;

use futures::future::BoxFuture;

use crate::context::Context;
use crate::error::BoxError;
use crate::event::DynEvent;
use crate::output::Emit;

/// How the runner calls a step: the workflow value, the run's context and
/// the routed event in, what the step returned out.
pub type Invoke<W> =
    for<'a> fn(&'a W, &'a Context, DynEvent) -> BoxFuture<'a, Result<Emit, BoxError>>;

/// One step, as `#[workflow]` describes it.
pub struct StepDef<W: 'static> {
    /// The method's name.
    pub name: &'static str,
    /// How many invocations may run at once.
    pub workers: usize,
    /// The event types the step accepts.
    pub accepts: fn() -> Vec<TypeId>,
    /// Calls the step.
    pub invoke: Invoke<W>,
}

/// A step's index in the routing table.
pub type StepIndex = u16;

/// Dispatch for one workflow type.
pub struct Routing<W: 'static> {
    steps: &'static [StepDef<W>],
    /// Consumers of each event type, sorted by `TypeId` for binary search;
    /// each list is in step order, which is name order.
    by_type: Vec<(TypeId, Box<[StepIndex]>)>,
    stop: TypeId,
}

impl<W: crate::Workflow> Routing<W> {
    /// Build the table. `steps` come sorted by name (the macro sorts them),
    /// so an event for several steps starts them in name order, as the
    /// Python original does.
    pub fn new(steps: &'static [StepDef<W>]) -> Self {
        let stop = TypeId::of::<crate::StopEvent<W::Output>>();
        assert!(
            steps.len() <= StepIndex::MAX as usize,
            "a workflow has at most {} steps",
            StepIndex::MAX
        );
        let mut by_type: Vec<(TypeId, Vec<StepIndex>)> = Vec::new();
        for (i, step) in steps.iter().enumerate() {
            for t in (step.accepts)() {
                match by_type.iter_mut().find(|(u, _)| *u == t) {
                    Some((_, list)) => list.push(i as StepIndex),
                    None => by_type.push((t, vec![i as StepIndex])),
                }
            }
        }
        by_type.sort_by_key(|(t, _)| *t);
        Routing {
            steps,
            by_type: by_type
                .into_iter()
                .map(|(t, l)| (t, l.into_boxed_slice()))
                .collect(),
            stop,
        }
    }

    /// The steps, in name order.
    pub fn steps(&self) -> &'static [StepDef<W>] {
        self.steps
    }

    /// The steps that accept events of type `t`.
    pub fn consumers(&self, t: TypeId) -> &[StepIndex] {
        match self.by_type.binary_search_by_key(&t, |(u, _)| *u) {
            Ok(i) => &self.by_type[i].1,
            Err(_) => &[],
        }
    }

    /// Whether `t` is this workflow's stop event.
    pub fn is_stop(&self, t: TypeId) -> bool {
        t == self.stop
    }
}
