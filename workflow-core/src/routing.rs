//! The routing table: the steps of a workflow type and which step takes
//! which event type, built once per workflow type from what `#[workflow]`
//! emits. It is the [`Spec`] the run machine runs a workflow by.

use std::any::TypeId;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;

use crate::pool::{FuturePool, StepFuture};

use crate::context::{OwnedCx, StepCx};
use crate::error::BoxError;
use crate::event::{DynEvent, Registry};
use crate::graph::StepNode;
use crate::handlers::{Catch, StepFailed};
use crate::join::{Batch, BATCH_NAME};
use crate::machine::{plain_start, EncodedEvent, Gather, Route, Spec, StepIndex};
use crate::output::Emit;
use crate::retry::RetryPolicy;
use crate::type_map::TypeMap;

/// How the driver calls a step: the workflow value, the step's view of
/// the run and its input event in, what the step returned out. The input
/// is copied out of the machine (which keeps it until the step ends)
/// before the future is made.
pub type Invoke<W> = for<'a> fn(&'a W, StepCx<'a>, &DynEvent, &'a FuturePool) -> StepFuture<'a>;

/// How the driver calls a step that runs on its own task or thread: the
/// shared workflow, the step's owned view of the run and its input event
/// in; a future that owns everything out.
pub type SpawnInvoke<W> =
    fn(Arc<W>, OwnedCx, &DynEvent) -> BoxFuture<'static, Result<Emit, BoxError>>;

/// Where a step's invocations run.
pub enum Invoker<W: 'static> {
    /// Polled inside the run's own future (the default).
    Inline(Invoke<W>),
    /// On a task of its own (`#[step(spawn)]`) or on tokio's blocking pool
    /// (`#[step(blocking)]`); the run needs the workflow in an `Arc`.
    Spawned(SpawnInvoke<W>),
}

/// One step, as `#[workflow]` describes it.
pub struct StepDef<W: 'static> {
    /// The method's name.
    pub name: &'static str,
    /// How many invocations may run at once.
    pub workers: usize,
    /// The rules the step opts out of: bits of [`crate::graph::allow`].
    pub allow: u8,
    /// The event types the step accepts.
    pub accepts: fn() -> Vec<TypeId>,
    /// The event types the step waits for (`#[step(waits_for = [..])]`).
    pub waits: fn() -> Vec<TypeId>,
    /// Adds every event type of the step's signature (input, output,
    /// `emits`, `waits_for`) to the registry.
    pub events: fn(&mut Registry),
    /// Calls the step.
    pub invoke: Invoker<W>,
    /// When a failed attempt runs again (`#[step(retry = ..)]`).
    pub retry: Option<RetryPolicy>,
    /// How long one attempt may take (`#[step(timeout = ..)]`).
    pub timeout: Option<Duration>,
    /// Whose failures the step takes, as an error handler
    /// (`#[step(catch ..)]`).
    pub catch: Catch,
    /// How many failures it may take in one run, as an error handler.
    pub recoveries: u32,
    /// How it gathers its input: one event, a join, a fan-in.
    pub gather: Gather,
    /// For a join, the event types of each parameter.
    pub params: fn() -> Vec<Vec<TypeId>>,
}

/// Dispatch for one workflow type.
pub struct Routing<W: 'static> {
    steps: &'static [StepDef<W>],
    /// What the run machine needs, free of the workflow type.
    table: Table,
    /// The first step that runs on its own task or thread, if any.
    spawned: Option<&'static str>,
    /// Whether some step has a retry policy.
    retries: bool,
}

/// What the run machine needs of one step: its definition less the call.
#[derive(Debug, Clone, Copy)]
pub struct StepInfo {
    name: &'static str,
    workers: usize,
    allow: u8,
    retry: Option<RetryPolicy>,
    timeout: Option<Duration>,
    catch: Catch,
    recoveries: u32,
    gather: Gather,
    /// [`Spec::starts_plainly`], worked out once.
    plain: bool,
}

/// A workflow's routing as the run machine sees it. It does not name the
/// workflow type, so the machine's code is one instance, compiled in this
/// crate, for every workflow.
pub struct Table {
    /// The workflow type's name, for its snapshots and journals.
    pub(crate) workflow: &'static str,
    steps: Vec<StepInfo>,
    /// Consumers of each event type; each list is in step order, which is
    /// name order.
    by_type: TypeMap<&'static [StepIndex]>,
    stop: TypeId,
    /// Types some step waits for, sorted.
    awaited: Vec<TypeId>,
    registry: Registry,
    /// Per step, the error handler that takes its failures; empty when
    /// the workflow has no handler.
    handler_of: Vec<Option<StepIndex>>,
    /// Join steps' parameters: (step, type, parameter), sorted.
    slots: Vec<(StepIndex, TypeId, u16)>,
    /// Per step, the fan-in steps its `Vec`s feed; empty when no step
    /// fans in.
    fans_in: Vec<&'static [StepIndex]>,
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
        let mut registry = Registry::default();
        let mut awaited = Vec::new();
        registry.add::<W::Start>();
        for (i, step) in steps.iter().enumerate() {
            for t in (step.accepts)() {
                match by_type.iter_mut().find(|(u, _)| *u == t) {
                    Some((_, list)) => list.push(i as StepIndex),
                    None => by_type.push((t, vec![i as StepIndex])),
                }
            }
            (step.events)(&mut registry);
            awaited.extend((step.waits)());
        }
        awaited.sort();
        awaited.dedup();
        registry.seal();
        let handler_of = handler_table(steps);
        let spawned = steps
            .iter()
            .find(|s| matches!(s.invoke, Invoker::Spawned(_)))
            .map(|s| s.name);
        let retries = steps.iter().any(|s| s.retry.is_some());
        let mut slots = Vec::new();
        for (i, step) in steps.iter().enumerate() {
            if let Gather::Join(_) = step.gather {
                for (p, types) in (step.params)().into_iter().enumerate() {
                    slots.extend(types.into_iter().map(|t| (i as StepIndex, t, p as u16)));
                }
            }
        }
        slots.sort();
        let fans_in = match steps
            .iter()
            .any(|s| matches!(s.gather, Gather::FanIn { .. }))
        {
            true => fan_in_targets(W::__nodes(), steps)
                .into_iter()
                .map(|t| &*Box::leak(t.into_boxed_slice()))
                .collect(),
            false => Vec::new(),
        };
        let table = Table {
            workflow: std::any::type_name::<W>(),
            steps: steps
                .iter()
                .map(|d| StepInfo {
                    name: d.name,
                    workers: d.workers,
                    allow: d.allow,
                    retry: d.retry,
                    timeout: d.timeout,
                    catch: d.catch,
                    recoveries: d.recoveries,
                    gather: d.gather,
                    plain: plain_start(d.gather, d.timeout, d.retry.as_ref()),
                })
                .collect(),
            // Built once per workflow type and kept for the process, so the
            // machine's routes can be `'static`.
            by_type: TypeMap::new(
                by_type
                    .into_iter()
                    .map(|(t, l)| (t, &*Box::leak(l.into_boxed_slice()))),
                &[],
            ),
            stop,
            awaited,
            registry,
            handler_of,
            slots,
            fans_in,
        };
        Routing {
            steps,
            table,
            spawned,
            retries,
        }
    }

    /// The machine's view of the workflow.
    pub fn table(&self) -> &Table {
        &self.table
    }

    /// The first step that runs on its own task or thread: the run needs
    /// the workflow in an `Arc`.
    pub fn spawned_step(&self) -> Option<&'static str> {
        self.spawned
    }

    /// Whether some step has a retry policy (its runs need a jitter seed).
    pub fn has_retries(&self) -> bool {
        self.retries
    }

    /// The steps, in name order.
    pub fn steps(&self) -> &'static [StepDef<W>] {
        self.steps
    }

    /// The steps that accept events of type `t`.
    pub fn consumers(&self, t: TypeId) -> &'static [StepIndex] {
        self.table.consumers(t)
    }

    /// Whether a step takes events of type `t` as its event or waits for
    /// them.
    pub fn takes(&self, t: TypeId) -> bool {
        self.table.takes(t)
    }

    /// Whether `t` is this workflow's stop event.
    pub fn is_stop(&self, t: TypeId) -> bool {
        self.table.is_stop(t)
    }

    /// The event types of the workflow, by stable name.
    pub fn registry(&self) -> &Registry {
        &self.table.registry
    }
}

impl Table {
    /// The steps that accept events of type `t`.
    #[inline]
    pub fn consumers(&self, t: TypeId) -> &'static [StepIndex] {
        self.by_type.get(t).unwrap_or(&[])
    }

    /// Whether a step takes events of type `t` as its event or waits for
    /// them.
    pub fn takes(&self, t: TypeId) -> bool {
        !self.consumers(t).is_empty() || self.awaited.binary_search(&t).is_ok()
    }

    /// Whether `t` is this workflow's stop event.
    pub fn is_stop(&self, t: TypeId) -> bool {
        t == self.stop
    }

    /// The event types of the workflow, by stable name.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }
}

/// The machine's view of a workflow: its routing table, whatever the
/// workflow type.
#[derive(Clone, Copy)]
pub struct WorkflowSpec(pub(crate) &'static Table);

impl WorkflowSpec {
    /// The spec of workflow `W`'s runs, for a driver of its own that
    /// runs them through a [`Machine`](crate::machine::Machine).
    pub fn of<W: crate::Workflow>() -> Self {
        WorkflowSpec(W::__routing().table())
    }
}

impl Spec for WorkflowSpec {
    type Event = DynEvent;

    fn step_count(&self) -> usize {
        self.0.steps.len()
    }

    fn step_name(&self, step: StepIndex) -> &'static str {
        self.0.steps[step as usize].name
    }

    fn workers(&self, step: StepIndex) -> usize {
        self.0.steps[step as usize].workers
    }

    fn route(&self, ev: &DynEvent) -> Route<'static> {
        let t = ev.type_id();
        if self.0.is_stop(t) {
            Route::Stop
        } else {
            Route::Steps(self.0.consumers(t))
        }
    }

    fn event_name(&self, ev: &DynEvent) -> &'static str {
        ev.stable_name()
    }

    fn to_outside(&self, step: StepIndex) -> bool {
        self.0.steps[step as usize].allow & crate::graph::allow::UNCONSUMED != 0
    }

    fn kind(&self, ev: &DynEvent) -> crate::event::EventKind {
        ev.id().kind
    }

    fn is_awaited(&self, ev: &DynEvent) -> bool {
        !self.0.awaited.is_empty() && self.0.awaited.binary_search(&ev.type_id()).is_ok()
    }

    fn encode(&self, ev: &DynEvent) -> Result<EncodedEvent, String> {
        Ok(EncodedEvent {
            name: ev.stable_name().to_owned(),
            data: ev.to_json().map_err(|e| e.to_string())?,
        })
    }

    fn decode(&self, ev: &EncodedEvent) -> Result<DynEvent, String> {
        if ev.name == BATCH_NAME {
            return Batch::decode(&self.0.registry, &ev.data);
        }
        self.0.registry.decode(&ev.name, ev.data.clone())
    }

    fn gather(&self, step: StepIndex) -> Gather {
        self.0.steps[step as usize].gather
    }

    fn starts_plainly(&self, step: StepIndex) -> bool {
        self.0.steps[step as usize].plain
    }

    fn join_slot(&self, step: StepIndex, ev: &DynEvent) -> usize {
        let t = ev.type_id();
        self.0
            .slots
            .binary_search_by(|(s, u, _)| (*s, *u).cmp(&(step, t)))
            .map_or(0, |i| self.0.slots[i].2 as usize)
    }

    fn fans_in_to(&self, step: StepIndex) -> &[StepIndex] {
        self.0.fans_in.get(step as usize).copied().unwrap_or(&[])
    }

    fn bundle(&self, _step: StepIndex, parts: Vec<DynEvent>) -> DynEvent {
        DynEvent::new(Batch(parts))
    }

    fn is_bundle(&self, ev: &DynEvent) -> bool {
        ev.is::<Batch>()
    }

    fn intern(&self, name: &str) -> Option<&'static str> {
        self.0.registry.intern(name)
    }

    fn retry(&self, step: StepIndex) -> Option<&RetryPolicy> {
        self.0.steps[step as usize].retry.as_ref()
    }

    fn step_timeout(&self, step: StepIndex) -> Option<Duration> {
        self.0.steps[step as usize].timeout
    }

    fn handler(&self, step: StepIndex) -> Option<StepIndex> {
        self.0.handler_of.get(step as usize).copied().flatten()
    }

    fn recoveries(&self, handler: StepIndex) -> u32 {
        let def = &self.0.steps[handler as usize];
        match def.catch {
            Catch::Nothing => 0,
            Catch::All | Catch::Steps(_) => def.recoveries,
        }
    }

    fn failure_event(
        &self,
        step: StepIndex,
        attempts: u32,
        error: &str,
        input: &DynEvent,
    ) -> DynEvent {
        DynEvent::new(StepFailed {
            step: self.step_name(step).to_owned(),
            attempts,
            error: error.to_owned(),
            event: input.stable_name().to_owned(),
            input: input.to_json().unwrap_or_default(),
        })
    }
}

/// Per step, its error handler: the handler that names it, else the
/// catch-all, for every step that is not a handler itself. Empty when no
/// step is a handler. (`#[workflow]` has checked that names exist, that
/// no step is named twice and that there is one catch-all at most.)
fn handler_table<W>(steps: &[StepDef<W>]) -> Vec<Option<StepIndex>> {
    let is_handler = |s: &StepDef<W>| !matches!(s.catch, Catch::Nothing);
    if !steps.iter().any(is_handler) {
        return Vec::new();
    }
    let all = steps
        .iter()
        .position(|s| s.catch == Catch::All)
        .map(|i| i as StepIndex);
    steps
        .iter()
        .map(|step| {
            if is_handler(step) {
                return None;
            }
            let named = steps.iter().position(|h| match h.catch {
                Catch::Steps(names) => names.contains(&step.name),
                _ => false,
            });
            named.map(|i| i as StepIndex).or(all)
        })
        .collect()
}

/// Per step, the fan-in steps a `Vec` it returns feeds: those whose event
/// type the fan-out's members lead to, through steps that neither fan in
/// nor fan out themselves (a nested fan-out leads on through its own
/// fan-ins). The graph is small and this runs once per workflow type.
fn fan_in_targets<W>(nodes: &[StepNode], steps: &[StepDef<W>]) -> Vec<Vec<StepIndex>> {
    let n = nodes.len().min(steps.len());
    let mut memo: Vec<Option<Vec<StepIndex>>> = vec![None; n];
    let mut visiting = vec![false; n];
    (0..n)
        .map(|s| targets_of(s, nodes, steps, &mut memo, &mut visiting))
        .collect()
}

fn targets_of<W>(
    s: usize,
    nodes: &[StepNode],
    steps: &[StepDef<W>],
    memo: &mut Vec<Option<Vec<StepIndex>>>,
    visiting: &mut Vec<bool>,
) -> Vec<StepIndex> {
    if let Some(t) = &memo[s] {
        return t.clone();
    }
    if nodes[s].fan_out.is_empty() || visiting[s] {
        return Vec::new();
    }
    visiting[s] = true;
    let n = memo.len();
    let mut out: Vec<StepIndex> = Vec::new();
    let mut seen: Vec<crate::event::EventId> = Vec::new();
    let mut reached = vec![false; n];
    let mut queue: std::collections::VecDeque<crate::event::EventId> =
        nodes[s].fan_out.iter().copied().collect();
    while let Some(e) = queue.pop_front() {
        if seen.iter().any(|f| f.same(&e)) {
            continue;
        }
        seen.push(e);
        for t in 0..n {
            if !nodes[t]
                .accepts
                .iter()
                .flat_map(|p| p.iter())
                .any(|a| a.same(&e))
            {
                continue;
            }
            if let Gather::FanIn { .. } = steps[t].gather {
                out.push(t as StepIndex);
                continue;
            }
            if std::mem::replace(&mut reached[t], true) {
                continue;
            }
            let all = nodes[t].emits.iter().flat_map(|o| o.iter());
            if nodes[t].fan_out.is_empty() {
                queue.extend(all.copied());
            } else {
                // A nested fan-out: its members end at its own fan-ins,
                // whose results go on here.
                let fan_out = nodes[t].fan_out;
                queue.extend(all.filter(|e| !fan_out.iter().any(|f| f.same(e))).copied());
                for u in targets_of(t, nodes, steps, memo, visiting) {
                    queue.extend(
                        nodes[u as usize]
                            .emits
                            .iter()
                            .flat_map(|o| o.iter())
                            .copied(),
                    );
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    visiting[s] = false;
    memo[s] = Some(out.clone());
    out
}
