//! The run machine: everything a run *is*, as a deterministic state machine.
//!
//! A [`Machine`] holds the per-step FIFO queues and worker counts, the
//! invocations in flight *with their input events*, the buffers of
//! `collect_events`, the steps waiting for an outside event, the timers it
//! asked for, the stream's sequence number, and the decisions to stop,
//! stall, cancel or time out. It has no futures, no clock, no I/O and no
//! randomness: time comes in as an argument (the run's own elapsed time),
//! and the same inputs always give the same state and the same commands.
//!
//! Inputs are method calls: [`Machine::start`], [`Machine::send`],
//! [`Machine::finish`], [`Machine::collect`], [`Machine::wait`],
//! [`Machine::write_stream`], [`Machine::tick`] (time passes), [`Machine::cancel`].
//! What to do comes out of [`Machine::poll_command`]: start invocation N of
//! step S (its input event is [`Machine::input`]), publish to the stream,
//! arm a timer, wake a waiting step, abort an attempt that overran its
//! step's timeout, finish with a result or an error. A driver that starts
//! invocations as soon as it learns of them ends them with
//! [`Machine::finish_direct`] instead: in the steady state the invocation
//! an end starts comes back from the call, in the ended one's place,
//! rather than as a command; the state is the same either way.
//!
//! When steps fail, block or never end ([`failure`]): a step's retry
//! policy schedules its next attempt as a deadline, a failure past its
//! retries goes to the step's error handler (within the handler's budget
//! of recoveries), an attempt past its step's own timeout fails, and a
//! run past its budget of invocations fails naming its busiest steps. All
//! of it is in the saved state. Inputs that may need the time (a step with
//! a timeout starts, a step with a retry policy fails) take a [`Clock`],
//! read only then, so other steps cost no clock read.
//!
//! The machine is generic over a [`Spec`]: the workflow's steps and how its
//! event type routes and serializes. The in-process driver gives it type
//! erased events; a generated event enum fits the same trait.
//!
//! Its state serializes ([`Machine::save`], [`Machine::restore`]): that, with
//! the store, is a run's snapshot. Events in it are keyed by their stable
//! name, steps by their name, so a snapshot outlives a rebuild.

use std::collections::VecDeque;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use slab::Slab;
use thin_vec::ThinVec;

use crate::error::{BoxError, WorkflowError};
pub use crate::event::EventKind;
use crate::fifo::{Fifo2, LazyDeque};
use crate::retry::RetryPolicy;

pub mod failure;
mod gather;
mod record;
/// The spec of a `#[workflow]`'s runs ([`WorkflowSpec::of`]).
pub use crate::routing::WorkflowSpec;
use failure::{Attempt, Failure, NextAttempt, Retry};
pub use gather::{
    ArrivalState, BranchState, FanOutState, Gather, JoinState, QueuedBranch, TaggedEvent,
};
use gather::{Gathering, Tag};
pub use record::{Decision, Input, RecordError, RecordedError, RecordedOutcome, ReplayError};

/// A step's position in its workflow's step table (steps sorted by name).
pub type StepIndex = u16;

/// Where an event goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route<'a> {
    /// It is the workflow's stop event: the run ends with it.
    Stop,
    /// To each of these steps, in this order (no step: unroutable).
    Steps(&'a [StepIndex]),
}

/// An event in serialized form: its stable name and its data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EncodedEvent {
    /// The event type's stable name (its path, or `#[event(name = "..")]`).
    pub name: String,
    /// The event as JSON data.
    pub data: Value,
}

/// [`Spec::starts_plainly`] of a step with this gathering, timeout and
/// retry policy.
pub(crate) fn plain_start(
    gather: Gather,
    timeout: Option<Duration>,
    retry: Option<&RetryPolicy>,
) -> bool {
    gather == Gather::One && timeout.is_none() && !retry.is_some_and(RetryPolicy::needs_start_time)
}

/// What the machine needs to know about a workflow.
pub trait Spec {
    /// The workflow's event type.
    type Event: Clone;
    /// How many steps the workflow has.
    fn step_count(&self) -> usize;
    /// A step's name.
    fn step_name(&self, step: StepIndex) -> &'static str;
    /// How many invocations of a step may run at once.
    fn workers(&self, step: StepIndex) -> usize;
    /// Where `ev` goes.
    fn route(&self, ev: &Self::Event) -> Route<'static>;
    /// The stable name of `ev`'s type.
    fn event_name(&self, ev: &Self::Event) -> &'static str;
    /// Whether what `step` produces and no step takes goes to the stream,
    /// for the outside world (the step allows `unconsumed`), instead of
    /// failing the run.
    fn to_outside(&self, step: StepIndex) -> bool;
    /// The role `ev`'s type plays: an input-required event goes to the
    /// stream (and to any step that accepts it).
    fn kind(&self, ev: &Self::Event) -> EventKind;
    /// Whether some step may wait for events of `ev`'s type
    /// (`wait_for_event`): such an event that finds no waiter and no step
    /// is kept until a step waits for it.
    fn is_awaited(&self, ev: &Self::Event) -> bool;
    /// The event as serialized data.
    fn encode(&self, ev: &Self::Event) -> Result<EncodedEvent, String>;
    /// An event back from serialized data; `Err` says why it cannot be.
    fn decode(&self, ev: &EncodedEvent) -> Result<Self::Event, String>;
    /// The step's retry policy (`#[step(retry = ..)]`), if it has one.
    fn retry(&self, _step: StepIndex) -> Option<&RetryPolicy> {
        None
    }
    /// The step's own timeout, per attempt (`#[step(timeout = ..)]`).
    fn step_timeout(&self, _step: StepIndex) -> Option<Duration> {
        None
    }
    /// Whether an event starts `step` with nothing but a worker: it takes
    /// one event (no join, no fan-in), has no timeout, and no retry
    /// policy that needs its first attempt's start time. A spec may
    /// answer from a table made once.
    fn starts_plainly(&self, step: StepIndex) -> bool {
        plain_start(self.gather(step), self.step_timeout(step), self.retry(step))
    }
    /// The error handler that takes `step`'s failures, if any.
    fn handler(&self, _step: StepIndex) -> Option<StepIndex> {
        None
    }
    /// How many failures the error handler `handler` may take in one run.
    fn recoveries(&self, _handler: StepIndex) -> u32 {
        0
    }
    /// The event an error handler gets when `step` failed after `attempts`
    /// attempts with `error` (its message), on the input `input`.
    fn failure_event(
        &self,
        step: StepIndex,
        attempts: u32,
        error: &str,
        input: &Self::Event,
    ) -> Self::Event;
    /// The `'static` stable name of one of the workflow's event types,
    /// found by its text (for replaying recorded inputs that name types).
    fn intern(&self, _name: &str) -> Option<&'static str> {
        None
    }
    /// How `step` gathers the input of one invocation: one event, a join
    /// of several, or a fan-in.
    fn gather(&self, _step: StepIndex) -> Gather {
        Gather::One
    }
    /// Which parameter of the join `step` the event `ev` fills, from 0.
    fn join_slot(&self, _step: StepIndex, _ev: &Self::Event) -> usize {
        0
    }
    /// The fan-in steps a fan-out of `step` (a `Vec` it returned) feeds:
    /// each gets what the fan-out's branches brought, once they all
    /// finished. Empty: `step`'s `Vec`s are plain fan-outs, with no
    /// bookkeeping.
    fn fans_in_to(&self, _step: StepIndex) -> &[StepIndex] {
        &[]
    }
    /// The input of one invocation of a join or fan-in step: its parts
    /// (a join's in parameter order, a fan-in's in member order) as one
    /// event.
    fn bundle(&self, step: StepIndex, parts: Vec<Self::Event>) -> Self::Event;
    /// Whether `ev` is a bundle made by [`Spec::bundle`].
    fn is_bundle(&self, ev: &Self::Event) -> bool;
}

/// The run's elapsed time, for inputs that may need it: the machine reads
/// it only when a step with a timeout starts or a step with a retry
/// policy fails, at most once per input. A `Duration` is a clock that
/// always says that time; a closure reads the driver's clock.
pub trait Clock {
    /// The run's elapsed time now.
    fn now(&mut self) -> Duration;
}

impl Clock for Duration {
    fn now(&mut self) -> Duration {
        *self
    }
}

impl<F: FnMut() -> Duration> Clock for F {
    fn now(&mut self) -> Duration {
        self()
    }
}

/// A clock read at most once.
struct Now<C> {
    clock: C,
    at: Option<Duration>,
}

impl<C: Clock> Now<C> {
    fn new(clock: C) -> Self {
        Now { clock, at: None }
    }

    fn get(&mut self) -> Duration {
        match self.at {
            Some(at) => at,
            None => *self.at.insert(self.clock.now()),
        }
    }
}

/// An invocation: which one, and where the machine keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Inv {
    slot: u32,
    /// The invocation's number in its run: unique, in start order.
    pub id: u64,
}

impl Inv {
    /// Where the machine keeps it, for a holder that packs it with other
    /// fields (the two fields take 16 bytes as one struct, 12 unpacked).
    pub(crate) fn slot(self) -> u32 {
        self.slot
    }

    /// The invocation `id` kept at `slot`, as [`Inv::slot`] gave it.
    pub(crate) fn from_parts(slot: u32, id: u64) -> Inv {
        Inv { slot, id }
    }
}

/// What a step returned: no event, one, or several (a fan-out).
#[derive(Debug, Clone, PartialEq)]
pub enum Emitted<E> {
    /// Nothing (`None`, or an empty `Vec`).
    Nothing,
    /// One event.
    One(E),
    /// Several events, routed in order.
    Many(Vec<E>),
}

impl<E> Emitted<E> {
    /// Whether no event was emitted.
    pub fn is_empty(&self) -> bool {
        match self {
            Emitted::Nothing => true,
            Emitted::One(_) => false,
            Emitted::Many(v) => v.is_empty(),
        }
    }

    /// The events, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        match self {
            Emitted::Nothing => [].iter(),
            Emitted::One(e) => std::slice::from_ref(e).iter(),
            Emitted::Many(v) => v.iter(),
        }
    }
}

impl<E> From<Vec<E>> for Emitted<E> {
    fn from(v: Vec<E>) -> Self {
        Emitted::Many(v)
    }
}

/// How an invocation ended.
pub enum Outcome<E> {
    /// The step returned.
    Emitted(Emitted<E>),
    /// The step returned an error.
    Failed(BoxError),
    /// The step panicked with this message.
    Panicked(String),
}

/// The question a wait publishes.
pub(super) enum Ask<E> {
    No,
    Event(E),
    /// A recorded wait's question, replayed.
    Replayed,
}

/// What a step waits for with `wait_for_event`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaitSpec {
    /// Stable name of the awaited event type.
    pub event: String,
    /// Fields the awaited event must have, with these values.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub requirements: Map<String, Value>,
    /// How long to wait, from the moment of asking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<Duration>,
}

/// Where a wait stands.
#[derive(Debug)]
pub enum WaitPoll<E> {
    /// The awaited event came.
    Ready(E),
    /// Still waiting; a [`Command::Wake`] follows when that changes.
    Pending,
    /// The wait's timeout passed first.
    TimedOut(Duration),
    /// The run is over.
    Closed,
}

/// What the driver does next.
#[derive(Debug)]
pub enum Command<E> {
    /// Start invocation `inv` of `step`; its input is [`Machine::input`].
    Start {
        /// The invocation.
        inv: Inv,
        /// The step to call.
        step: StepIndex,
    },
    /// Give `event` to the run's stream, as its `seq`-th item.
    Publish {
        /// Position in the stream, from 0.
        seq: u64,
        /// The event.
        event: E,
    },
    /// Call [`Machine::tick`] once the run's elapsed time reaches `at`
    /// ([`Machine::next_deadline`] is the earliest such time). A tick
    /// with nothing due does nothing.
    ArmTimer {
        /// When, in the run's elapsed time.
        at: Duration,
    },
    /// A wait of invocation `inv` changed (answered or timed out): poll it.
    Wake {
        /// The waiting invocation.
        inv: Inv,
    },
    /// A step's invocation changed state (only with
    /// [`Config::internal_events`]); the `seq`-th item of the stream.
    StepState(Box<StepChange>),
    /// Drop invocation `inv`'s step future: the attempt overran its
    /// step's timeout. The machine has already decided what follows (a
    /// retry, the error handler, or the run's end).
    Abort {
        /// The invocation.
        inv: Inv,
    },
    /// The machine routed `event`, from step `from` or (`None`) from
    /// outside the run or as its start (only with [`Config::trace`]).
    Trace {
        /// The producing step.
        from: Option<StepIndex>,
        /// The event.
        event: E,
    },
    /// The run is over: the stop event, or why it failed. Nothing follows.
    Finish(Result<E, Box<WorkflowError>>),
}

/// A step invocation's change of state, for the stream.
#[derive(Debug, Clone, PartialEq)]
pub struct StepChange {
    /// Position in the stream, from 0.
    pub seq: u64,
    /// The step's name.
    pub step: &'static str,
    /// The invocation's number.
    pub invocation: u64,
    /// What happened.
    pub state: StepState,
}

/// Why an event sent into the run was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendRefused {
    /// No step accepts it and no step waits for it.
    Unroutable,
    /// The run is over.
    Closed,
}

#[derive(Debug, Clone)]
struct Invocation<E> {
    id: u64,
    step: StepIndex,
    event: E,
    /// The fan-out branch it works for, if any.
    tag: Tag,
    /// Events it sent that the run has taken, across restarts.
    sends: u32,
}

#[derive(Debug, Clone)]
enum WaitState<E> {
    Waiting,
    Answered(E),
    TimedOut(Duration),
}

#[derive(Debug, Clone)]
struct Waiter<E> {
    inv: u64,
    /// The how-manieth wait of its invocation, from 0.
    seq: u32,
    spec: WaitSpec,
    state: WaitState<E>,
    /// When it times out, in the run's elapsed time.
    deadline: Option<Duration>,
    /// Whether the waiting step has asked in this process; a restored
    /// waiter is not attached until its step, run again, asks again.
    attached: bool,
}

#[derive(Debug, Clone)]
struct CollectBuffer<E> {
    key: String,
    /// Buffered events per stable name, in arrival order.
    by_name: Vec<(&'static str, VecDeque<E>)>,
}

impl<E> CollectBuffer<E> {
    fn queue(&mut self, name: &'static str) -> &mut VecDeque<E> {
        let at = match self.by_name.iter().position(|(n, _)| same_name(n, name)) {
            Some(at) => at,
            None => {
                self.by_name.push((name, VecDeque::new()));
                self.by_name.len() - 1
            }
        };
        &mut self.by_name[at].1
    }

    fn len_of(&self, name: &str) -> usize {
        self.by_name
            .iter()
            .find(|(n, _)| same_name(n, name))
            .map_or(0, |(_, q)| q.len())
    }
}

/// Whether two event names are equal; most often they are the same
/// `&'static str`, which is told without comparing bytes.
#[inline]
fn same_name(a: &str, b: &str) -> bool {
    a.len() == b.len() && (std::ptr::eq(a.as_ptr(), b.as_ptr()) || a == b)
}

/// One step's share of a run.
#[derive(Debug, Clone)]
struct StepSlot<E> {
    /// Events waiting for a free worker, with their fan-out branch.
    /// Non-empty only while all the step's workers are busy.
    queue: LazyDeque<(E, Tag)>,
    /// Invocations in flight.
    active: u32,
}

/// How a run is set up.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The run's timeout, in its elapsed time.
    pub timeout: Option<Duration>,
    /// Whether anything outside the run can send events into it (a
    /// handler exists). If not, a run whose only activity is waiting for
    /// an outside event has stalled.
    pub outside_can_send: bool,
    /// Publish step started / finished / failed to the stream.
    pub internal_events: bool,
    /// The seed of retry jitter (a hash of the run id,
    /// [`crate::retry::seed_of`]). A restored machine keeps the seed of
    /// its saved state, so a resumed run waits as the first would have.
    pub seed: u64,
    /// The run fails once this many step invocations have started
    /// (retries count), instead of starting another.
    pub max_invocations: Option<u64>,
    /// The run fails once any one step has started this many invocations
    /// (the hops of a loop), instead of starting another.
    pub max_invocations_per_step: Option<u64>,
    /// Hand every routed event to the driver ([`Command::Trace`]).
    pub trace: bool,
}

/// What the machine keeps of its [`Config`] in every run: the budget
/// lives apart ([`Allowance`]), only in runs that have one.
#[derive(Debug, Clone)]
struct Settings {
    timeout: Option<Duration>,
    outside_can_send: bool,
    internal_events: bool,
    seed: u64,
    trace: bool,
}

/// The parts of a run's state that only some runs use, kept behind one
/// pointer so a run that uses none of them carries one word for them.
/// Each is a `ThinVec`: one word while empty.
#[derive(Debug)]
struct Rare<E> {
    /// `collect_events` buffers, by key.
    collects: ThinVec<CollectBuffer<E>>,
    waiters: ThinVec<Waiter<E>>,
    /// Events of an awaited type that came before any step waited for
    /// them, in arrival order.
    parked: ThinVec<E>,
    /// Attempt records of invocations of steps with a timeout or a retry
    /// policy that limits the total time, and of retries.
    attempts: ThinVec<Attempt>,
    /// Failed invocations waiting out their retry delay, each holding a
    /// worker of its step.
    retries: ThinVec<Retry<E>>,
    /// Recoveries used, per error handler.
    recoveries: ThinVec<(StepIndex, u32)>,
    /// Invocations run again after a restart, and how many of the events
    /// they send were taken before: those are not taken twice.
    replaying: ThinVec<(u64, u32)>,
}

impl<E> Default for Rare<E> {
    fn default() -> Self {
        Rare {
            collects: ThinVec::new(),
            waiters: ThinVec::new(),
            parked: ThinVec::new(),
            attempts: ThinVec::new(),
            retries: ThinVec::new(),
            recoveries: ThinVec::new(),
            replaying: ThinVec::new(),
        }
    }
}

/// A run's invocation budget, and how many invocations each step started.
#[derive(Debug, Clone)]
struct Allowance {
    max_invocations: Option<u64>,
    max_invocations_per_step: Option<u64>,
    /// Invocations started, per step.
    counts: Vec<u64>,
}

/// A run's state machine; see the [module docs](self).
pub struct Machine<S: Spec> {
    spec: S,
    config: Settings,
    /// `start` or `resume` happened.
    started: bool,
    finished: bool,
    /// Per step: its queue and how many of its invocations are in flight.
    steps: Vec<StepSlot<S::Event>>,
    queued: usize,
    inflight: Slab<Invocation<S::Event>>,
    next_inv: u64,
    /// What only some runs use (collects, waits, attempt records,
    /// retries, recoveries, replays): none until one is needed.
    rare: Option<Box<Rare<S::Event>>>,
    stream_seq: u64,
    /// The last step that finished with no event, for the stall message.
    last_empty: Option<StepIndex>,
    /// The step that last asked the outside world for input (returned an
    /// input-required event) with no answer since: the run waits for it.
    asked: Option<StepIndex>,
    /// The run's budget and what it used: none while the run has none.
    budget: Option<Box<Allowance>>,
    commands: Fifo2<Command<S::Event>>,
    /// The inputs kept for a journal ([`Machine::record`]).
    recording: Option<Box<record::Recording>>,
    /// Join buffers and open fan-outs: none until a join or fan-in step
    /// is given an event.
    gathering: Option<Box<Gathering<S::Event>>>,
}

/// Events for the internal stream, when [`Config::internal_events`] is on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum StepState {
    /// An invocation started, with its input event.
    Started {
        /// Stable name of the input event.
        event: String,
    },
    /// An invocation finished, with the names of the events it produced.
    Finished {
        /// Display names of the events the step produced.
        produced: Vec<String>,
    },
    /// An invocation failed.
    Failed {
        /// The error or panic message.
        error: String,
    },
}

impl<S: Spec> Machine<S> {
    /// A machine for a new run; nothing happens until [`Machine::start`].
    pub fn new(spec: S, config: Config) -> Self {
        let n = spec.step_count();
        let Config {
            timeout,
            outside_can_send,
            internal_events,
            seed,
            max_invocations,
            max_invocations_per_step,
            trace,
        } = config;
        let budget = (max_invocations.is_some() || max_invocations_per_step.is_some()).then(|| {
            Box::new(Allowance {
                max_invocations,
                max_invocations_per_step,
                counts: vec![0; n],
            })
        });
        Machine {
            spec,
            config: Settings {
                timeout,
                outside_can_send,
                internal_events,
                seed,
                trace,
            },
            started: false,
            finished: false,
            steps: std::iter::repeat_with(|| StepSlot {
                queue: LazyDeque::default(),
                active: 0,
            })
            .take(n)
            .collect(),
            queued: 0,
            // Most runs have one invocation at a time: start small.
            inflight: Slab::with_capacity(1),
            next_inv: 0,
            rare: None,
            stream_seq: 0,
            last_empty: None,
            asked: None,
            budget,
            commands: Fifo2::default(),
            recording: None,
            gathering: None,
        }
    }

    /// The workflow description.
    pub fn spec(&self) -> &S {
        &self.spec
    }

    /// The run's setup.
    pub fn config(&self) -> Config {
        let Settings {
            timeout,
            outside_can_send,
            internal_events,
            seed,
            trace,
        } = self.config;
        let budget = self.budget.as_deref();
        Config {
            timeout,
            outside_can_send,
            internal_events,
            seed,
            max_invocations: budget.and_then(|b| b.max_invocations),
            max_invocations_per_step: budget.and_then(|b| b.max_invocations_per_step),
            trace,
        }
    }

    /// The rarely used parts, made if not yet there.
    fn rare_mut(&mut self) -> &mut Rare<S::Event> {
        self.rare.get_or_insert_with(Default::default)
    }

    fn collects(&self) -> &[CollectBuffer<S::Event>] {
        self.rare.as_deref().map_or(&[], |r| &r.collects)
    }

    fn waiters(&self) -> &[Waiter<S::Event>] {
        self.rare.as_deref().map_or(&[], |r| &r.waiters)
    }

    fn parked(&self) -> &[S::Event] {
        self.rare.as_deref().map_or(&[], |r| &r.parked)
    }

    fn attempts(&self) -> &[Attempt] {
        self.rare.as_deref().map_or(&[], |r| &r.attempts)
    }

    fn retries(&self) -> &[Retry<S::Event>] {
        self.rare.as_deref().map_or(&[], |r| &r.retries)
    }

    fn recoveries(&self) -> &[(StepIndex, u32)] {
        self.rare.as_deref().map_or(&[], |r| &r.recoveries)
    }

    fn replaying(&self) -> &[(u64, u32)] {
        self.rare.as_deref().map_or(&[], |r| &r.replaying)
    }

    /// Invocations started per step: empty unless the run counts them
    /// (it has a budget).
    fn counts(&self) -> &[u64] {
        self.budget.as_deref().map_or(&[], |b| &b.counts)
    }

    /// Change whether outside senders exist (a handler was made or dropped).
    pub fn set_outside_can_send(&mut self, can: bool) {
        if !self.finished {
            self.push_input(Input::OutsideCanSend { can });
        }
        self.config.outside_can_send = can;
        if self.started {
            self.check_stalled();
        }
    }

    /// Whether the run is over.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Input: the run begins with `start`, at elapsed time zero.
    pub fn start(&mut self, start: S::Event) {
        if self.recording.is_some() {
            let event = self.encode_input(&start);
            self.push_input(Input::Start { event });
        }
        self.started = true;
        self.arm_run_timeout();
        // The compile-time checks make sure some step accepts the start
        // event; if none did, the run would stall, and says so.
        let _ = self.route(start, None, None, &mut Now::new(Duration::ZERO));
        self.check_stalled();
    }

    /// Input: begin a run restored with [`Machine::restore`]: every
    /// invocation that was in flight starts again, timers are asked for
    /// again. The run's elapsed time goes on from the snapshot's.
    pub fn resume(&mut self) {
        self.push_input(Input::Resume);
        self.started = true;
        // Every execution starts over: what each sent before is known,
        // the questions of its waits are asked again.
        let replaying: ThinVec<(u64, u32)> = (self.inflight.iter())
            .filter(|(_, inv)| inv.sends > 0)
            .map(|(_, inv)| (inv.id, inv.sends))
            .collect();
        if let Some(rare) = self.rare.as_deref_mut() {
            rare.replaying = replaying;
            for w in rare.waiters.iter_mut() {
                w.attached = false;
            }
        } else if !replaying.is_empty() {
            self.rare_mut().replaying = replaying;
        }
        let mut starts: Vec<(u64, usize, StepIndex)> = self
            .inflight
            .iter()
            .map(|(slot, inv)| (inv.id, slot, inv.step))
            .collect();
        starts.sort_unstable();
        for (id, slot, step) in starts {
            self.emit_start(
                Inv {
                    slot: slot as u32,
                    id,
                },
                step,
            );
        }
        if let Some(at) = self.next_deadline() {
            self.commands.push_back(Command::ArmTimer { at });
        }
        self.check_stalled();
    }

    /// The run's timeout counts the run's own elapsed time, from zero: a
    /// resumed run goes on counting where its snapshot stopped.
    fn arm_run_timeout(&mut self) {
        if let Some(at) = self.config.timeout {
            self.commands.push_back(Command::ArmTimer { at });
        }
    }

    /// The earliest time something is due: the run's timeout, a wait's,
    /// an attempt's step timeout or a retry.
    pub fn next_deadline(&self) -> Option<Duration> {
        let waits = self
            .waiters()
            .iter()
            .filter(|w| matches!(w.state, WaitState::Waiting))
            .filter_map(|w| w.deadline);
        let attempts = self.attempts().iter().filter_map(|a| a.deadline);
        let retries = self.retries().iter().map(|r| r.at);
        self.config
            .timeout
            .into_iter()
            .chain(waits)
            .chain(attempts)
            .chain(retries)
            .min()
    }

    /// Input: an event sent into the run by invocation `from` (a step's
    /// `send_event`), or from outside (`None`). It goes to the first step
    /// waiting for it, else to every step that accepts it.
    ///
    /// An event no one takes fails the run when a step sent it; from
    /// outside, it is refused and the run goes on.
    pub fn send(
        &mut self,
        ev: S::Event,
        from: Option<Inv>,
        clock: impl Clock,
    ) -> Result<(), SendRefused> {
        match self.recording {
            None => self.send_now(ev, from, None, clock),
            Some(_) => self.send_recorded(ev, from, None, clock),
        }
    }

    /// Input: an event sent by invocation `from` (or from outside) to one
    /// step, `to` (a step's `send_event_to`). It goes into that step's
    /// queue only: not to other steps that accept its type, and not to a
    /// waiter (a wait takes events sent into the run, a targeted send
    /// names a step, not an invocation). A step that does not accept the
    /// type refuses it like an unroutable event: the run fails when a
    /// step sent it (the compiler rules that out for generated steps).
    pub fn send_to(
        &mut self,
        ev: S::Event,
        from: Option<Inv>,
        to: StepIndex,
        clock: impl Clock,
    ) -> Result<(), SendRefused> {
        match self.recording {
            None => self.send_now(ev, from, Some(to), clock),
            Some(_) => self.send_recorded(ev, from, Some(to), clock),
        }
    }

    /// The name of the step of an invocation in flight ("" for one that
    /// is not).
    pub fn step_name_of(&self, inv: Inv) -> &'static str {
        self.step_of(inv).map_or("", |s| self.spec.step_name(s))
    }

    /// The name of the step of the invocation numbered `id`, if it is in
    /// flight.
    pub fn step_name_of_id(&self, id: u64) -> Option<&'static str> {
        self.inv_by_id(id).map(|inv| self.step_name_of(inv))
    }

    /// The step named `name`.
    pub fn step_named(&self, name: &str) -> Option<StepIndex> {
        (0..self.spec.step_count() as StepIndex).find(|&s| self.spec.step_name(s) == name)
    }

    #[cold]
    #[inline(never)]
    fn send_recorded(
        &mut self,
        ev: S::Event,
        from: Option<Inv>,
        to: Option<StepIndex>,
        clock: impl Clock,
    ) -> Result<(), SendRefused> {
        if self.finished {
            return self.send_now(ev, from, to, clock);
        }
        let event = self.encode_input(&ev);
        let (sent, now) = self.remembering(clock, |m, clock| m.send_now(ev, from, to, clock));
        self.push_input(Input::Send {
            event,
            from: from.map(|i| i.id),
            to: to.map(|s| self.spec.step_name(s).to_owned()),
            now,
        });
        sent
    }

    #[inline]
    fn send_now(
        &mut self,
        ev: S::Event,
        from: Option<Inv>,
        to: Option<StepIndex>,
        clock: impl Clock,
    ) -> Result<(), SendRefused> {
        if self.finished {
            return Err(SendRefused::Closed);
        }
        if from.is_none() {
            // The outside world spoke: the run no longer waits on it.
            self.asked = None;
        }
        let (from, tag) = match from {
            None => (None, None),
            Some(inv) => {
                if !self.replaying().is_empty() && self.replayed_send(inv.id) {
                    // Sent before a restart and taken then: not twice.
                    return Ok(());
                }
                match self
                    .inflight
                    .get_mut(inv.slot as usize)
                    .filter(|i| i.id == inv.id)
                {
                    Some(i) => {
                        i.sends += 1;
                        (Some(i.step), i.tag)
                    }
                    None => (None, None),
                }
            }
        };
        let routed = match to {
            None => self.route(ev, from, tag, &mut Now::new(clock)),
            Some(to) => self.route_to(ev, from, to, tag, &mut Now::new(clock)),
        };
        self.check_stalled();
        routed
    }

    /// Deliver a targeted send to step `to`, if it accepts the event.
    fn route_to<C: Clock>(
        &mut self,
        ev: S::Event,
        from: Option<StepIndex>,
        to: StepIndex,
        tag: Tag,
        now: &mut Now<C>,
    ) -> Result<(), SendRefused> {
        if self.config.trace {
            self.commands.push_back(Command::Trace {
                from,
                event: ev.clone(),
            });
        }
        let accepts = match self.spec.route(&ev) {
            Route::Steps(steps) => steps.contains(&to),
            Route::Stop => false,
        };
        if !accepts {
            if let Some(step) = from {
                let event = self.spec.event_name(&ev);
                self.finish_run(Err(WorkflowError::Unroutable {
                    step: self.spec.step_name(step),
                    event,
                }));
            }
            return Err(SendRefused::Unroutable);
        }
        self.deliver(to, ev, tag, now);
        Ok(())
    }

    /// Whether this send of invocation `id`, run again after a restart,
    /// is one it made before (and the run took then); counts it off.
    fn replayed_send(&mut self, id: u64) -> bool {
        let Some(at) = self.replaying().iter().position(|(i, _)| *i == id) else {
            return false;
        };
        let replaying = &mut self.rare_mut().replaying;
        replaying[at].1 -= 1;
        if replaying[at].1 == 0 {
            replaying.swap_remove(at);
        }
        true
    }

    /// The step of an invocation in flight.
    fn step_of(&self, inv: Inv) -> Option<StepIndex> {
        self.inflight
            .get(inv.slot as usize)
            .filter(|i| i.id == inv.id)
            .map(|i| i.step)
    }

    /// The input event of an invocation in flight (kept until it ends).
    pub fn input(&self, inv: Inv) -> Option<&S::Event> {
        self.inflight
            .get(inv.slot as usize)
            .filter(|i| i.id == inv.id)
            .map(|i| &i.event)
    }

    /// Route an event from step `from` (or from outside), in fan-out
    /// branch `tag`.
    fn route<C: Clock>(
        &mut self,
        ev: S::Event,
        from: Option<StepIndex>,
        tag: Tag,
        now: &mut Now<C>,
    ) -> Result<(), SendRefused> {
        if self.config.trace {
            self.commands.push_back(Command::Trace {
                from,
                event: ev.clone(),
            });
        }
        let ev = if self.waiters().is_empty() {
            ev
        } else {
            match self.offer_to_waiters(ev) {
                None => return Ok(()),
                Some(ev) => ev,
            }
        };
        if self.spec.kind(&ev) == EventKind::InputRequired {
            // A question for the outside world goes to the stream, and to
            // any step that takes it too.
            self.publish(ev.clone());
            self.asked = from.or(self.asked);
            if matches!(self.spec.route(&ev), Route::Steps([])) {
                return Ok(());
            }
        }
        match self.spec.route(&ev) {
            Route::Stop => {
                self.finish_run(Ok(ev));
                Ok(())
            }
            Route::Steps([]) if self.spec.is_awaited(&ev) => {
                self.rare_mut().parked.push(ev);
                Ok(())
            }
            Route::Steps([]) if from.is_some_and(|s| self.spec.to_outside(s)) => {
                self.publish(ev);
                Ok(())
            }
            Route::Steps([]) => {
                if let Some(step) = from {
                    let event = self.spec.event_name(&ev);
                    self.finish_run(Err(WorkflowError::Unroutable {
                        step: self.spec.step_name(step),
                        event,
                    }));
                }
                Err(SendRefused::Unroutable)
            }
            Route::Steps(&[only]) => {
                self.deliver(only, ev, tag, now);
                Ok(())
            }
            Route::Steps([rest @ .., last]) => {
                for &step in rest {
                    self.deliver(step, ev.clone(), tag, now);
                }
                self.deliver(*last, ev, tag, now);
                Ok(())
            }
        }
    }

    /// Whether `ev` answers a wait for `spec`.
    fn answers(&self, ev: &S::Event, spec: &WaitSpec) -> bool {
        if spec.event != self.spec.event_name(ev) {
            return false;
        }
        if spec.requirements.is_empty() {
            return true;
        }
        let data = self.spec.encode(ev).ok().map(|e| e.data);
        meets(data.as_ref(), &spec.requirements)
    }

    /// Give `ev` to the first waiter it answers; the event back if none.
    fn offer_to_waiters(&mut self, ev: S::Event) -> Option<S::Event> {
        let found = self
            .waiters()
            .iter()
            .position(|w| matches!(w.state, WaitState::Waiting) && self.answers(&ev, &w.spec));
        let Some(i) = found else {
            return Some(ev);
        };
        let waiter = &mut self.rare_mut().waiters[i];
        waiter.state = WaitState::Answered(ev);
        let inv = waiter.inv;
        if let Some(inv) = self.inv_by_id(inv) {
            self.commands.push_back(Command::Wake { inv });
        }
        None
    }

    fn inv_by_id(&self, id: u64) -> Option<Inv> {
        self.inflight
            .iter()
            .find(|(_, i)| i.id == id)
            .map(|(slot, _)| Inv {
                slot: slot as u32,
                id,
            })
    }

    #[inline(always)]
    fn deliver<C: Clock>(&mut self, step: StepIndex, ev: S::Event, tag: Tag, now: &mut Now<C>) {
        match self.spec.gather(step) {
            Gather::One => self.deliver_one(step, ev, tag, now),
            gather => self.gather_in(step, gather, ev, tag, now),
        }
    }

    /// Give `step` the input of one invocation: start it, or queue it.
    #[inline(always)]
    fn deliver_one<C: Clock>(&mut self, step: StepIndex, ev: S::Event, tag: Tag, now: &mut Now<C>) {
        self.hold(tag);
        let slot = &mut self.steps[step as usize];
        if (slot.active as usize) < self.spec.workers(step) {
            self.start_invocation(step, ev, tag, None, now);
        } else {
            slot.queue.push_back((ev, tag));
            self.queued += 1;
        }
    }

    /// Start an invocation of `step` with `event`: a first attempt, or
    /// the next attempt of `retry`.
    #[inline(always)]
    fn start_invocation<C: Clock>(
        &mut self,
        step: StepIndex,
        event: S::Event,
        tag: Tag,
        retry: Option<NextAttempt>,
        now: &mut Now<C>,
    ) {
        if self.finished || (self.budget.is_some() && !self.charge(step)) {
            return;
        }
        self.steps[step as usize].active += 1;
        let id = self.next_inv;
        self.next_inv += 1;
        let slot = self.inflight.insert(Invocation {
            id,
            step,
            event,
            tag,
            sends: 0,
        });
        let timeout = self.spec.step_timeout(step);
        let policy = self.spec.retry(step);
        if timeout.is_some() || retry.is_some() || policy.is_some_and(RetryPolicy::needs_start_time)
        {
            self.record_attempt(id, step, timeout, retry, now);
        }
        self.emit_start(
            Inv {
                slot: slot as u32,
                id,
            },
            step,
        );
    }

    #[inline(always)]
    fn emit_start(&mut self, inv: Inv, step: StepIndex) {
        self.commands.push_back(Command::Start { inv, step });
        if self.config.internal_events {
            let event = self
                .input(inv)
                .map(|e| self.spec.event_name(e).to_owned())
                .unwrap_or_default();
            self.publish_state(step, inv.id, StepState::Started { event });
        }
    }

    fn publish_state(&mut self, step: StepIndex, invocation: u64, state: StepState) {
        let seq = self.stream_seq;
        self.stream_seq += 1;
        self.commands
            .push_back(Command::StepState(Box::new(StepChange {
                seq,
                step: self.spec.step_name(step),
                invocation,
                state,
            })));
    }

    /// Forget the waiters of an invocation that ended.
    fn drop_waiters_of(&mut self, inv: u64) {
        if let Some(r) = self.rare.as_deref_mut() {
            r.waiters.retain(|w| w.inv != inv);
        }
    }

    /// Input: invocation `inv` ended with `outcome`. Its events are routed
    /// in order; the step's next queued event starts. A failure goes to
    /// the step's retry policy, then its error handler, else ends the run.
    pub fn finish(&mut self, inv: Inv, outcome: Outcome<S::Event>, clock: impl Clock) {
        match self.recording {
            None => self.finish_now(inv, outcome, clock),
            Some(_) => self.finish_recorded(inv, outcome, clock),
        }
    }

    /// [`Machine::finish`], for a driver that starts invocations as soon
    /// as it learns of them. In the steady state, the first invocation
    /// that ending `inv` starts comes back here, in `inv`'s place, instead
    /// of as a [`Command::Start`]; the caller starts it before it carries
    /// out the commands that follow. That is a queued event of the same
    /// step, taken by the freed worker, or else the one step its one event
    /// goes to, with a free worker. The steady state is a run with no
    /// journal, trace, internal events, waiters, attempt records, budget
    /// or replay, no command pending, and an invocation outside any
    /// fan-in branch; otherwise this is [`Machine::finish`].
    ///
    /// The run's state and the invocation numbers are those
    /// [`Machine::finish`] gives: this is how a chain, a loop or a step's
    /// backlog runs without the general path's bookkeeping.
    #[inline]
    pub fn finish_direct(
        &mut self,
        inv: Inv,
        outcome: Outcome<S::Event>,
        clock: impl Clock,
    ) -> Option<(Inv, StepIndex)> {
        if !self.is_plain() {
            self.finish_general(inv, outcome, clock);
            return None;
        }
        let step = match self.inflight.get(inv.slot as usize) {
            Some(i) if i.id == inv.id && i.tag.is_none() => i.step,
            _ => {
                self.finish_general(inv, outcome, clock);
                return None;
            }
        };
        let emitted = match outcome {
            Outcome::Emitted(emitted) => emitted,
            outcome => {
                self.finish_general(inv, outcome, clock);
                return None;
            }
        };
        let backlog = !self.steps[step as usize].queue.is_empty();
        if backlog && self.spec.starts_plainly(step) {
            // The freed worker takes the oldest queued event, in this
            // invocation's place; what it emitted is routed as usual.
            let (ev, tag) = self.steps[step as usize]
                .queue
                .pop_front()
                .unwrap_or_else(|| unreachable!("the queue is not empty"));
            self.queued -= 1;
            let next = self.start_in_place(inv, step, step, ev, tag);
            let mut now = Now::new(clock);
            self.route_emitted(step, None, emitted, &mut now);
            self.check_stalled();
            return Some(next);
        }
        let emitted = match emitted {
            Emitted::One(ev) if !backlog => match self.direct_successor(step, &ev) {
                Some(to) => return Some(self.start_in_place(inv, step, to, ev, None)),
                None => Emitted::One(ev),
            },
            emitted => emitted,
        };
        self.finish_general(inv, Outcome::Emitted(emitted), clock);
        None
    }

    /// [`Machine::finish`], kept out of [`Machine::finish_direct`]'s
    /// steady state.
    #[inline(never)]
    fn finish_general(&mut self, inv: Inv, outcome: Outcome<S::Event>, clock: impl Clock) {
        self.finish(inv, outcome, clock);
    }

    /// The one step that `ev`, emitted by an invocation of `from` that
    /// ends (its step's queue empty), starts at once, if that is all that
    /// happens; see [`Machine::finish_direct`].
    #[inline(always)]
    fn direct_successor(&self, from: StepIndex, ev: &S::Event) -> Option<StepIndex> {
        let Route::Steps(&[to]) = self.spec.route(ev) else {
            return None;
        };
        let busy = self.steps[to as usize].active - u32::from(from == to);
        let direct = (busy as usize) < self.spec.workers(to)
            && self.spec.starts_plainly(to)
            && self.spec.kind(ev) != EventKind::InputRequired;
        direct.then_some(to)
    }

    /// Whether nothing but routing happens when an invocation ends: no
    /// journal, trace, internal events, waiters, retries, budget, restart
    /// replay, and no command waiting before the next one.
    #[inline(always)]
    fn is_plain(&self) -> bool {
        !self.finished
            && self.recording.is_none()
            && !self.config.trace
            && !self.config.internal_events
            && self.commands.is_empty()
            && self.waiters().is_empty()
            && self.attempts().is_empty()
            && self.budget.is_none()
            && self.replaying().is_empty()
    }

    #[cold]
    #[inline(never)]
    fn finish_recorded(&mut self, inv: Inv, outcome: Outcome<S::Event>, clock: impl Clock) {
        if self.finished || self.input(inv).is_none() {
            return self.finish_now(inv, outcome, clock);
        }
        let mut recorded = self.record_outcome(&outcome);
        let ((), now) = self.remembering(clock, |m, clock| m.finish_now(inv, outcome, clock));
        if let RecordedOutcome::Failed { decision, .. } = &mut recorded {
            *decision = self.recording.as_mut().and_then(|r| r.decision.take());
        }
        self.push_input(Input::Finish {
            inv: inv.id,
            outcome: recorded,
            now,
        });
    }

    #[inline]
    fn finish_now(&mut self, inv: Inv, outcome: Outcome<S::Event>, clock: impl Clock) {
        let Some(invocation) = self
            .inflight
            .get(inv.slot as usize)
            .filter(|i| i.id == inv.id)
        else {
            return;
        };
        let (step, tag) = (invocation.step, invocation.tag);
        let emitted = match outcome {
            Outcome::Emitted(emitted) => emitted,
            Outcome::Failed(e) => return self.failed(inv, Failure::Error(e), clock),
            Outcome::Panicked(m) => return self.failed(inv, Failure::Panic(m), clock),
        };
        self.inflight.remove(inv.slot as usize);
        self.steps[step as usize].active -= 1;
        if !self.waiters().is_empty() {
            self.drop_waiters_of(inv.id);
        }
        if !self.replaying().is_empty() {
            if let Some(r) = self.rare.as_deref_mut() {
                r.replaying.retain(|(i, _)| *i != inv.id);
            }
        }
        if !self.attempts().is_empty() {
            if let Some(r) = self.rare.as_deref_mut() {
                r.attempts.retain(|a| a.inv != inv.id);
            }
        }
        if self.finished {
            return;
        }
        if self.config.internal_events {
            let produced = emitted
                .iter()
                .map(|e| self.spec.event_name(e).to_owned())
                .collect();
            self.publish_state(step, inv.id, StepState::Finished { produced });
        }
        let mut now = Now::new(clock);
        self.free_worker(step, &mut now);
        self.route_emitted(step, tag, emitted, &mut now);
        self.check_stalled();
    }

    /// Route what an invocation of `step` in branch `tag` emitted; its
    /// branch goes on in that, or ends.
    #[inline(always)]
    fn route_emitted<C: Clock>(
        &mut self,
        step: StepIndex,
        tag: Tag,
        emitted: Emitted<S::Event>,
        now: &mut Now<C>,
    ) {
        match emitted {
            // An unroutable event from a step finishes the run in `route`.
            Emitted::Nothing => self.last_empty = Some(step),
            Emitted::One(ev) => {
                let _ = self.route(ev, Some(step), tag, now);
            }
            Emitted::Many(events) if !self.spec.fans_in_to(step).is_empty() => {
                self.fan_out(step, events, tag, now);
            }
            Emitted::Many(events) => {
                if events.is_empty() {
                    self.last_empty = Some(step);
                }
                for ev in events {
                    if self.finished {
                        break;
                    }
                    let _ = self.route(ev, Some(step), tag, now);
                }
            }
        }
        self.release(tag, now);
    }

    /// Invocation `inv` of `from` ended, and `ev` (of branch `tag`) starts
    /// `to` in its place: the state [`Machine::finish`] would give, where
    /// removing `inv` frees the slot the new invocation then takes.
    #[inline(always)]
    fn start_in_place(
        &mut self,
        inv: Inv,
        from: StepIndex,
        to: StepIndex,
        ev: S::Event,
        tag: Tag,
    ) -> (Inv, StepIndex) {
        self.steps[from as usize].active -= 1;
        self.steps[to as usize].active += 1;
        let id = self.next_inv;
        self.next_inv += 1;
        let invocation = &mut self.inflight[inv.slot as usize];
        invocation.id = id;
        invocation.step = to;
        invocation.event = ev;
        invocation.tag = tag;
        invocation.sends = 0;
        (Inv { slot: inv.slot, id }, to)
    }

    /// A worker of `step` is free: it goes to the oldest queued event
    /// first, so the step's queue stays FIFO and its worker count is never
    /// exceeded.
    #[inline(always)]
    fn free_worker<C: Clock>(&mut self, step: StepIndex, now: &mut Now<C>) {
        if let Some((ev, tag)) = self.steps[step as usize].queue.pop_front() {
            self.queued -= 1;
            self.start_invocation(step, ev, tag, None, now);
        }
    }

    /// Input: invocation `inv` buffers `ev` for `collect_events` under
    /// `key`; once the buffer holds one event for each name in `want`
    /// (names may repeat), those events come back in the order of `want`.
    pub fn collect(
        &mut self,
        key: &str,
        want: &[&'static str],
        ev: S::Event,
    ) -> Option<Vec<S::Event>> {
        if self.recording.is_some() && !self.finished {
            let event = self.encode_input(&ev);
            self.push_input(Input::Collect {
                key: key.to_owned(),
                want: want.iter().map(|n| (*n).to_owned()).collect(),
                event,
            });
        }
        let name = self.spec.event_name(&ev);
        let buffer = self.collect_buffer(key);
        buffer.queue(name).push_back(ev);
        let ready = want.iter().all(|n| {
            let needed = want.iter().filter(|m| *m == n).count();
            buffer.len_of(n) >= needed
        });
        if !ready {
            return None;
        }
        let out = want
            .iter()
            .map(|n| {
                buffer
                    .queue(n)
                    .pop_front()
                    .unwrap_or_else(|| unreachable!("counted above"))
            })
            .collect();
        Some(out)
    }

    /// Input: buffer `ev` under `key` until `n` have arrived, then return
    /// the first `n` in arrival order.
    pub fn collect_n(&mut self, key: &str, ev: S::Event, n: usize) -> Option<Vec<S::Event>> {
        let mut out = Vec::new();
        self.collect_n_into(key, ev, n, |e| out.push(e))
            .then_some(out)
    }

    /// [`Machine::collect_n`], handing the events to `sink` in arrival
    /// order instead of into a new `Vec`; whether they were complete.
    pub fn collect_n_into(
        &mut self,
        key: &str,
        ev: S::Event,
        n: usize,
        sink: impl FnMut(S::Event),
    ) -> bool {
        if self.recording.is_some() && !self.finished {
            let event = self.encode_input(&ev);
            self.push_input(Input::CollectN {
                key: key.to_owned(),
                event,
                n,
            });
        }
        let name = self.spec.event_name(&ev);
        let queue = self.collect_buffer(key).queue(name);
        queue.push_back(ev);
        if queue.len() < n {
            return false;
        }
        queue.drain(..n).for_each(sink);
        true
    }

    fn collect_buffer(&mut self, key: &str) -> &mut CollectBuffer<S::Event> {
        let at = match self.collects().iter().position(|c| c.key == key) {
            Some(at) => at,
            None => {
                self.rare_mut().collects.push(CollectBuffer {
                    key: key.to_owned(),
                    by_name: Vec::new(),
                });
                self.collects().len() - 1
            }
        };
        &mut self.rare_mut().collects[at]
    }

    /// Input: invocation `inv` waits (its `seq`-th wait) for an event, at
    /// elapsed time `now`. The first call registers the waiter (and arms
    /// its timeout); later calls poll it. `ask` is published to the stream
    /// when the waiter is registered or, after a restore, first asked
    /// again with no answer yet.
    pub fn wait(
        &mut self,
        inv: Inv,
        seq: u32,
        spec: &WaitSpec,
        ask: Option<S::Event>,
        now: Duration,
    ) -> WaitPoll<S::Event> {
        if self.finished || self.input(inv).is_none() {
            return WaitPoll::Closed;
        }
        if self.recording.is_some() {
            self.push_input(Input::Wait {
                inv: inv.id,
                seq,
                spec: spec.clone(),
                ask: ask.is_some(),
                now,
            });
        }
        self.wait_with(inv, seq, spec, ask.map_or(Ask::No, Ask::Event), now)
    }

    /// [`Machine::wait`], with its question, or a replayed one (whose
    /// event is not kept: it only took a place in the stream).
    pub(super) fn wait_with(
        &mut self,
        inv: Inv,
        seq: u32,
        spec: &WaitSpec,
        ask: Ask<S::Event>,
        now: Duration,
    ) -> WaitPoll<S::Event> {
        let at = self
            .waiters()
            .iter()
            .position(|w| w.inv == inv.id && w.seq == seq);
        let at = match at {
            Some(at) => at,
            None => {
                // An answer that came before the wait is taken at once.
                let early = self.parked().iter().position(|e| self.answers(e, spec));
                let (state, deadline) = match early {
                    Some(at) => (WaitState::Answered(self.rare_mut().parked.remove(at)), None),
                    None => (WaitState::Waiting, spec.timeout.map(|t| now + t)),
                };
                if let Some(at) = deadline {
                    self.commands.push_back(Command::ArmTimer { at });
                }
                self.rare_mut().waiters.push(Waiter {
                    inv: inv.id,
                    seq,
                    spec: spec.clone(),
                    state,
                    deadline,
                    attached: false,
                });
                self.waiters().len() - 1
            }
        };
        let waiter = &mut self.rare_mut().waiters[at];
        if !waiter.attached {
            waiter.attached = true;
            if let WaitState::Waiting = &waiter.state {
                match ask {
                    Ask::Event(ask) => self.publish(ask),
                    Ask::Replayed => self.stream_seq += 1,
                    Ask::No => {}
                }
            }
        }
        // An answered or timed-out wait is kept until its invocation
        // ends: an execution started again after a restart gets the same
        // answer at the same wait.
        match &self.waiters()[at].state {
            WaitState::Waiting => WaitPoll::Pending,
            WaitState::TimedOut(after) => WaitPoll::TimedOut(*after),
            WaitState::Answered(ev) => WaitPoll::Ready(ev.clone()),
        }
    }

    /// Input: a step writes `ev` to the run's stream.
    pub fn write_stream(&mut self, ev: S::Event) {
        if !self.finished {
            self.push_input(Input::WriteStream);
            self.publish(ev);
        }
    }

    fn publish(&mut self, event: S::Event) {
        let seq = self.stream_seq;
        self.stream_seq += 1;
        self.commands.push_back(Command::Publish { seq, event });
    }

    /// Input: the run's elapsed time is `now`; whatever is due happens
    /// (the run times out, waits time out, attempts overrun their step's
    /// timeout, retries start).
    pub fn tick(&mut self, now: Duration) {
        if self.finished {
            return;
        }
        self.push_input(Input::Tick { now });
        if let Some(timeout) = self.config.timeout.filter(|t| now >= *t) {
            let active = self.active_steps();
            self.finish_run(Err(WorkflowError::Timeout { timeout, active }));
            return;
        }
        if !self.attempts().is_empty() || !self.retries().is_empty() {
            self.tick_attempts(now);
        }
        for i in 0..self.waiters().len() {
            let w = &mut self.rare_mut().waiters[i];
            let due = w.deadline.is_some_and(|d| now >= d);
            if due && matches!(w.state, WaitState::Waiting) {
                w.state = WaitState::TimedOut(w.spec.timeout.unwrap_or_default());
                let inv = w.inv;
                if let Some(inv) = self.inv_by_id(inv) {
                    self.commands.push_back(Command::Wake { inv });
                }
            }
        }
    }

    /// Input: the run is cancelled.
    pub fn cancel(&mut self) {
        if !self.finished {
            self.push_input(Input::Cancel);
            self.finish_run(Err(WorkflowError::Cancelled));
        }
    }

    /// The next thing for the driver to do.
    pub fn poll_command(&mut self) -> Option<Command<S::Event>> {
        self.commands.pop_front()
    }

    /// Whether a command is waiting.
    pub fn has_commands(&self) -> bool {
        !self.commands.is_empty()
    }

    /// Steps running or with queued events, in step order.
    pub fn active_steps(&self) -> Vec<&'static str> {
        (0..self.steps.len())
            .filter(|&i| self.steps[i].active > 0 || !self.steps[i].queue.is_empty())
            .map(|i| self.spec.step_name(i as StepIndex))
            .collect()
    }

    /// Invocations in flight: how many.
    pub fn inflight_len(&self) -> usize {
        self.inflight.len()
    }

    /// Events in step queues: how many.
    pub fn queued_len(&self) -> usize {
        self.queued
    }

    /// Steps waiting for an outside event: how many.
    pub fn waiting_len(&self) -> usize {
        self.waiters()
            .iter()
            .filter(|w| matches!(w.state, WaitState::Waiting))
            .count()
    }

    /// The next position in the stream.
    pub fn stream_seq(&self) -> u64 {
        self.stream_seq
    }

    fn finish_run(&mut self, result: Result<S::Event, WorkflowError>) {
        if self.finished {
            return;
        }
        self.finished = true;
        self.commands
            .push_back(Command::Finish(result.map_err(Box::new)));
    }

    /// Nothing runs, nothing is queued, and nothing can come from outside
    /// to answer a waiter: the run can never finish.
    #[inline]
    fn check_stalled(&mut self) {
        if self.finished
            || !self.inflight.is_empty()
            || self.queued > 0
            || !self.retries().is_empty()
        {
            return;
        }
        self.stalled();
    }

    /// Nothing runs or is queued: why the run cannot go on, unless
    /// outside input can still come.
    #[cold]
    #[inline(never)]
    fn stalled(&mut self) {
        // In-flight is empty, so no waiter is left either: waiters belong
        // to invocations. A run waiting for outside input has its waiting
        // step in flight, or has asked with an input-required event.
        if let Some(step) = self.asked {
            if self.config.outside_can_send {
                return;
            }
            let step = self.spec.step_name(step);
            self.finish_run(Err(WorkflowError::AskedWithNoHandler { step }));
            return;
        }
        if let Some((step, waiting, params)) = self.half_filled_join() {
            let step = self.spec.step_name(step);
            self.finish_run(Err(WorkflowError::JoinStalled {
                step,
                waiting,
                params,
            }));
            return;
        }
        let last_step = self.last_empty.map(|s| self.spec.step_name(s));
        self.finish_run(Err(WorkflowError::Stalled { last_step }));
    }

    /// Whether only outside input can move the run on: every invocation in
    /// flight is waiting, and no handler exists to send that input. The
    /// driver asks this when all its step futures are pending.
    pub fn stuck_waiting(&self) -> bool {
        !self.finished
            && !self.config.outside_can_send
            && !self.inflight.is_empty()
            && self.queued == 0
            && self.inflight.iter().all(|(_, i)| {
                self.waiters()
                    .iter()
                    .any(|w| w.inv == i.id && matches!(w.state, WaitState::Waiting))
            })
            && self.waiters().iter().all(|w| w.deadline.is_none())
            && self.retries().is_empty()
            && self.attempts().iter().all(|a| a.deadline.is_none())
    }

    /// Fail a run that [`Machine::stuck_waiting`] says can never go on.
    pub fn fail_stuck(&mut self) {
        if self.stuck_waiting() {
            self.push_input(Input::FailStuck);
            let waiting: Vec<String> = self
                .waiters()
                .iter()
                .map(|w| w.spec.event.clone())
                .collect();
            let steps = self.active_steps();
            self.finish_run(Err(WorkflowError::WaitingWithNoSender { steps, waiting }));
        }
    }
}

/// Whether the JSON `data` has every field of `requirements`, equal.
fn meets(data: Option<&Value>, requirements: &Map<String, Value>) -> bool {
    let Some(Value::Object(fields)) = data else {
        return false;
    };
    requirements
        .iter()
        .all(|(k, v)| fields.get(k).is_some_and(|f| f == v))
}

// ---- the machine's state as data ----

/// Version of [`MachineState`]'s format.
pub const STATE_VERSION: u32 = 1;

/// A machine's state as serde data: the run part of a snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MachineState {
    /// Per step, by name: its queued events.
    pub queues: Vec<(String, Vec<EncodedEvent>)>,
    /// Invocations in flight, in start order.
    pub inflight: Vec<InflightState>,
    /// The next invocation number.
    pub next_invocation: u64,
    /// Buffers of `collect_events`, by key, then by event name.
    pub collects: Vec<CollectState>,
    /// Steps waiting for an event.
    pub waiters: Vec<WaiterState>,
    /// Events of an awaited type that no step has waited for yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parked: Vec<EncodedEvent>,
    /// The next position in the stream.
    pub stream_seq: u64,
    /// The last step that finished with no event.
    pub last_empty: Option<String>,
    /// The step whose question to the outside world is unanswered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked: Option<String>,
    /// The seed of retry jitter.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub seed: u64,
    /// Attempt records of invocations in flight (steps with a timeout or
    /// a retry policy, and retries), in start order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attempts: Vec<AttemptState>,
    /// Failed invocations waiting for their next attempt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retries: Vec<RetryState>,
    /// Recoveries used in this run, per error handler, by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recoveries: Vec<(String, u32)>,
    /// Invocations started per step, by name (counted while the run has a
    /// budget).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invocations: Vec<(String, u64)>,
    /// The fan-out branches of queued events (those that have one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub queued_branches: Vec<QueuedBranch>,
    /// Join steps' buffered events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joins: Vec<JoinState>,
    /// Open fan-outs that feed a fan-in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fanouts: Vec<FanOutState>,
    /// The next fan-out's id.
    #[serde(default, skip_serializing_if = "is_zero_u32")]
    pub next_fanout: u32,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The attempt record of an invocation in flight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttemptState {
    /// The invocation.
    pub invocation: u64,
    /// Which attempt it is, from 1.
    pub attempt: u32,
    /// The invocation the attempts began with.
    pub origin: u64,
    /// When the first attempt started, if the retry policy needs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_start: Option<Duration>,
    /// When this attempt overruns its step's timeout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Duration>,
    /// The error of the attempt before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
}

/// A failed invocation waiting out its retry delay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetryState {
    /// The step's name.
    pub step: String,
    /// Its input event.
    pub event: EncodedEvent,
    /// The number of the attempt to start, from 2.
    pub attempt: u32,
    /// The invocation the attempts began with.
    pub origin: u64,
    /// When the first attempt started, if the retry policy needs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_start: Option<Duration>,
    /// When the next attempt starts, in the run's elapsed time.
    pub at: Duration,
    /// The error of the attempt that failed.
    pub last_error: String,
    /// The fan-out branch it works for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<BranchState>,
}

/// One invocation in flight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InflightState {
    /// Its number.
    pub id: u64,
    /// The step's name.
    pub step: String,
    /// Its input event.
    pub event: EncodedEvent,
    /// How many events it sent that the run took (sent again by its next
    /// execution, they are not taken twice).
    #[serde(default, skip_serializing_if = "is_zero_u32")]
    pub sends: u32,
    /// The fan-out branch it works for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<BranchState>,
}

fn is_zero_u32(n: &u32) -> bool {
    *n == 0
}

/// One `collect_events` buffer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectState {
    /// The buffer's key.
    pub key: String,
    /// Buffered events, by stable name.
    pub events: Vec<EncodedEvent>,
}

/// One waiting step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaiterState {
    /// The waiting invocation.
    pub invocation: u64,
    /// Which of its waits.
    pub seq: u32,
    /// What it waits for.
    pub spec: WaitSpec,
    /// The answer, if it came and the step has not taken it yet.
    pub answer: Option<EncodedEvent>,
    /// Whether it timed out.
    pub timed_out: bool,
    /// When it times out, in the run's elapsed time.
    pub deadline: Option<Duration>,
}

/// Why a machine state cannot be restored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RestoreError {
    /// It names a step this workflow does not have.
    #[error("the snapshot names a step `{0}` that this workflow does not have")]
    UnknownStep(String),
    /// An event in it cannot be read back.
    #[error("event `{name}` in the snapshot cannot be read back: {reason}")]
    BadEvent {
        /// The event's stable name.
        name: String,
        /// Why.
        reason: String,
    },
    /// It contradicts itself.
    #[error("the snapshot is inconsistent: {0}")]
    Inconsistent(String),
}

/// Why a machine state cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("event `{name}` cannot be serialized: {reason}")]
pub struct SaveError {
    /// The event's stable name.
    pub name: String,
    /// Why.
    pub reason: String,
}

impl<S: Spec> Machine<S> {
    fn encode(&self, ev: &S::Event) -> Result<EncodedEvent, SaveError> {
        self.spec.encode(ev).map_err(|reason| SaveError {
            name: self.spec.event_name(ev).to_owned(),
            reason,
        })
    }

    /// The machine's state as data.
    pub fn save(&self) -> Result<MachineState, SaveError> {
        let mut state = self.save_run()?;
        self.save_gathering(&mut state)?;
        Ok(state)
    }

    fn save_run(&self) -> Result<MachineState, SaveError> {
        let mut queues = Vec::new();
        for (i, slot) in self.steps.iter().enumerate() {
            if !slot.queue.is_empty() {
                let events = slot
                    .queue
                    .iter()
                    .map(|(e, _)| self.encode(e))
                    .collect::<Result<_, _>>()?;
                queues.push((self.spec.step_name(i as StepIndex).to_owned(), events));
            }
        }
        let mut inflight: Vec<InflightState> = self
            .inflight
            .iter()
            .map(|(_, i)| {
                Ok(InflightState {
                    id: i.id,
                    step: self.spec.step_name(i.step).to_owned(),
                    event: self.encode(&i.event)?,
                    sends: i.sends,
                    branch: gather::branch_state(i.tag),
                })
            })
            .collect::<Result<_, SaveError>>()?;
        inflight.sort_by_key(|i| i.id);
        let collects = self
            .collects()
            .iter()
            .filter(|c| c.by_name.iter().any(|(_, q)| !q.is_empty()))
            .map(|c| {
                let events = c
                    .by_name
                    .iter()
                    .flat_map(|(_, q)| q.iter())
                    .map(|e| self.encode(e))
                    .collect::<Result<_, _>>()?;
                Ok(CollectState {
                    key: c.key.clone(),
                    events,
                })
            })
            .collect::<Result<_, SaveError>>()?;
        let waiters = self
            .waiters()
            .iter()
            .map(|w| {
                Ok(WaiterState {
                    invocation: w.inv,
                    seq: w.seq,
                    spec: w.spec.clone(),
                    answer: match &w.state {
                        WaitState::Answered(e) => Some(self.encode(e)?),
                        _ => None,
                    },
                    timed_out: matches!(w.state, WaitState::TimedOut(_)),
                    deadline: w.deadline,
                })
            })
            .collect::<Result<_, SaveError>>()?;
        Ok(MachineState {
            queues,
            inflight,
            next_invocation: self.next_inv,
            collects,
            waiters,
            parked: self
                .parked()
                .iter()
                .map(|e| self.encode(e))
                .collect::<Result<_, _>>()?,
            stream_seq: self.stream_seq,
            last_empty: self.last_empty.map(|s| self.spec.step_name(s).to_owned()),
            asked: self.asked.map(|s| self.spec.step_name(s).to_owned()),
            seed: self.config.seed,
            attempts: self
                .attempts()
                .iter()
                .map(|a| AttemptState {
                    invocation: a.inv,
                    attempt: a.number,
                    origin: a.origin,
                    first_start: a.first_start,
                    deadline: a.deadline,
                    last_error: a.last_error.clone(),
                })
                .collect(),
            retries: self
                .retries()
                .iter()
                .map(|r| {
                    Ok(RetryState {
                        step: self.spec.step_name(r.step).to_owned(),
                        event: self.encode(&r.event)?,
                        attempt: r.next.number,
                        origin: r.next.origin,
                        first_start: r.next.first_start,
                        at: r.at,
                        last_error: r.next.last_error.clone(),
                        branch: gather::branch_state(r.tag),
                    })
                })
                .collect::<Result<_, SaveError>>()?,
            recoveries: self
                .recoveries()
                .iter()
                .map(|(h, n)| (self.spec.step_name(*h).to_owned(), *n))
                .collect(),
            invocations: self
                .counts()
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(i, n)| (self.spec.step_name(i as StepIndex).to_owned(), *n))
                .collect(),
            queued_branches: Vec::new(),
            joins: Vec::new(),
            fanouts: Vec::new(),
            next_fanout: 0,
        })
    }

    /// A machine from saved state. Nothing happens until
    /// [`Machine::resume`]. Every name and event is checked: a state from
    /// another workflow, or one that contradicts itself, is an error.
    pub fn restore(spec: S, config: Config, state: MachineState) -> Result<Self, RestoreError> {
        let mut m = Machine::new(spec, config);
        let decode = |spec: &S, e: &EncodedEvent| {
            spec.decode(e).map_err(|reason| RestoreError::BadEvent {
                name: e.name.clone(),
                reason,
            })
        };
        let step_index = |spec: &S, name: &str| {
            (0..spec.step_count())
                .map(|i| i as StepIndex)
                .find(|&i| spec.step_name(i) == name)
                .ok_or_else(|| RestoreError::UnknownStep(name.to_owned()))
        };
        for (step, events) in &state.queues {
            let i = step_index(&m.spec, step)?;
            for e in events {
                let ev = decode(&m.spec, e)?;
                if !is_input_of(&m.spec, &ev, i) {
                    return Err(RestoreError::Inconsistent(format!(
                        "an event `{}` is queued for step `{step}`, which does not accept it",
                        e.name
                    )));
                }
                m.steps[i as usize].queue.push_back((ev, None));
                m.queued += 1;
            }
        }
        let mut ids = std::collections::BTreeSet::new();
        for inv in &state.inflight {
            let step = step_index(&m.spec, &inv.step)?;
            let event = decode(&m.spec, &inv.event)?;
            if !is_input_of(&m.spec, &event, step) {
                return Err(RestoreError::Inconsistent(format!(
                    "step `{}` is running with an event `{}` that it does not accept",
                    inv.step, inv.event.name
                )));
            }
            if inv.id >= state.next_invocation || !ids.insert(inv.id) {
                return Err(RestoreError::Inconsistent(format!(
                    "invocation {} is numbered twice or beyond the next number",
                    inv.id
                )));
            }
            m.steps[step as usize].active += 1;
            m.inflight.insert(Invocation {
                id: inv.id,
                step,
                event,
                tag: gather::tag_of(inv.branch),
                sends: inv.sends,
            });
        }
        m.restore_failures(&state, &ids, decode, step_index)?;
        m.restore_gathering(&state, decode, step_index)?;
        for (i, slot) in m.steps.iter().enumerate() {
            if slot.active as usize > m.spec.workers(i as StepIndex) {
                return Err(RestoreError::Inconsistent(format!(
                    "step `{}` has more invocations running or waiting to retry than workers",
                    m.spec.step_name(i as StepIndex)
                )));
            }
            if !slot.queue.is_empty() && (slot.active as usize) < m.spec.workers(i as StepIndex) {
                return Err(RestoreError::Inconsistent(format!(
                    "step `{}` has queued events but a free worker",
                    m.spec.step_name(i as StepIndex)
                )));
            }
        }
        m.next_inv = state.next_invocation;
        for c in &state.collects {
            let mut buffer = CollectBuffer {
                key: c.key.clone(),
                by_name: Vec::new(),
            };
            for e in &c.events {
                let ev = decode(&m.spec, e)?;
                let name = m.spec.event_name(&ev);
                buffer.queue(name).push_back(ev);
            }
            m.rare_mut().collects.push(buffer);
        }
        for w in &state.waiters {
            if !ids.contains(&w.invocation) {
                return Err(RestoreError::Inconsistent(format!(
                    "a waiter belongs to invocation {}, which is not in flight",
                    w.invocation
                )));
            }
            let state = match (&w.answer, w.timed_out) {
                (Some(e), false) => WaitState::Answered(decode(&m.spec, e)?),
                (None, false) => WaitState::Waiting,
                (None, true) => WaitState::TimedOut(w.spec.timeout.unwrap_or_default()),
                (Some(_), true) => {
                    return Err(RestoreError::Inconsistent(
                        "a waiter is both answered and timed out".into(),
                    ))
                }
            };
            m.rare_mut().waiters.push(Waiter {
                inv: w.invocation,
                seq: w.seq,
                spec: w.spec.clone(),
                state,
                deadline: w.deadline,
                attached: false,
            });
        }
        for e in &state.parked {
            let ev = decode(&m.spec, e)?;
            if !m.spec.is_awaited(&ev) {
                return Err(RestoreError::Inconsistent(format!(
                    "an event `{}` is kept for a wait, but no step waits for that type",
                    e.name
                )));
            }
            m.rare_mut().parked.push(ev);
        }
        m.stream_seq = state.stream_seq;
        m.last_empty = match &state.last_empty {
            Some(name) => Some(step_index(&m.spec, name)?),
            None => None,
        };
        m.asked = match &state.asked {
            Some(name) => Some(step_index(&m.spec, name)?),
            None => None,
        };
        Ok(m)
    }

    /// Restore the attempt records, retries, recoveries and invocation
    /// counts of `state`; `inflight` holds the invocations in flight.
    fn restore_failures(
        &mut self,
        state: &MachineState,
        inflight: &std::collections::BTreeSet<u64>,
        decode: impl Fn(&S, &EncodedEvent) -> Result<S::Event, RestoreError>,
        step_index: impl Fn(&S, &str) -> Result<StepIndex, RestoreError>,
    ) -> Result<(), RestoreError> {
        let inconsistent = |what: String| Err(RestoreError::Inconsistent(what));
        self.config.seed = state.seed;
        for a in &state.attempts {
            if !inflight.contains(&a.invocation) {
                return inconsistent(format!(
                    "an attempt record belongs to invocation {}, which is not in flight",
                    a.invocation
                ));
            }
            if a.attempt == 0
                || a.origin > a.invocation
                || self.attempts().iter().any(|b| b.inv == a.invocation)
            {
                return inconsistent(format!(
                    "the attempt record of invocation {} is numbered 0, begins after it, or is given twice",
                    a.invocation
                ));
            }
            self.rare_mut().attempts.push(Attempt {
                inv: a.invocation,
                number: a.attempt,
                origin: a.origin,
                first_start: a.first_start,
                deadline: a.deadline,
                last_error: a.last_error.clone(),
            });
        }
        for r in &state.retries {
            let step = step_index(&self.spec, &r.step)?;
            let event = decode(&self.spec, &r.event)?;
            if !is_input_of(&self.spec, &event, step) {
                return inconsistent(format!(
                    "step `{}` is to be retried with an event `{}` that it does not accept",
                    r.step, r.event.name
                ));
            }
            if r.attempt < 2 || r.origin >= state.next_invocation {
                return inconsistent(format!(
                    "a retry of step `{}` is numbered below 2 or begins with an invocation not yet started",
                    r.step
                ));
            }
            self.steps[step as usize].active += 1;
            self.rare_mut().retries.push(Retry {
                step,
                event,
                tag: gather::tag_of(r.branch),
                at: r.at,
                next: NextAttempt {
                    number: r.attempt,
                    origin: r.origin,
                    first_start: r.first_start,
                    last_error: r.last_error.clone(),
                },
            });
        }
        for (name, used) in &state.recoveries {
            let handler = step_index(&self.spec, name)?;
            let budget = self.spec.recoveries(handler);
            if budget == 0 || self.recoveries().iter().any(|(h, _)| *h == handler) {
                return inconsistent(format!(
                    "recoveries are recorded twice for `{name}`, or for a step that is not an error handler"
                ));
            }
            if *used > budget {
                return inconsistent(format!(
                    "error handler `{name}` has used {used} recoveries, more than its {budget}"
                ));
            }
            self.rare_mut().recoveries.push((handler, *used));
        }
        if !state.invocations.is_empty() && self.budget.is_none() {
            // Counted before the restart: counted on, with no limit.
            self.budget = Some(Box::new(Allowance {
                max_invocations: None,
                max_invocations_per_step: None,
                counts: vec![0; self.spec.step_count()],
            }));
        }
        let mut counted = std::collections::BTreeSet::new();
        for (name, n) in &state.invocations {
            let step = step_index(&self.spec, name)?;
            if !counted.insert(step) {
                return inconsistent(format!("invocations of `{name}` are counted twice"));
            }
            if let Some(budget) = &mut self.budget {
                budget.counts[step as usize] = *n;
            }
        }
        if self.counts().iter().sum::<u64>() > state.next_invocation {
            return inconsistent("more invocations are counted than were started".into());
        }
        Ok(())
    }
}

fn routes_to<S: Spec>(spec: &S, ev: &S::Event, step: StepIndex) -> bool {
    matches!(spec.route(ev), Route::Steps(steps) if steps.contains(&step))
}

/// Whether `ev` can be the input of an invocation of `step`: an event it
/// takes, or, for a join or fan-in, a bundle.
fn is_input_of<S: Spec>(spec: &S, ev: &S::Event, step: StepIndex) -> bool {
    match spec.gather(step) {
        Gather::One => routes_to(spec, ev, step),
        _ => spec.is_bundle(ev),
    }
}

#[cfg(test)]
mod tests;
