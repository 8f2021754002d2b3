//! The context a run's steps share: the store, and each step's view of the
//! run ([`StepContext`]): sending events, collecting them, writing to the
//! stream, and waiting for an event from outside.

use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::ops::Deref;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::task::{Context as TaskContext, Poll, Waker};
use std::time::Duration;

use serde::Serialize;
use serde_json::Map;

use crate::error::WorkflowError;
use crate::event::{DynEvent, Event, EventSet};
use crate::machine::{Inv, SendRefused, WaitPoll, WaitSpec};
use crate::state::{Stateful, STATE_KEY};
use crate::store::Store;

/// What the steps of a run share, and what outlives a run.
///
/// Steps receive it as `ctx: &Context`. A context made with
/// [`Context::new`] and passed to several runs with
/// [`Run::context`](crate::Run::context) keeps its [`Store`] across them;
/// a run without one gets a fresh context. Clones are handles to the same
/// context. One context serves one run at a time (and so does one store:
/// contexts given the same store take turns too).
#[derive(Clone, Default)]
pub struct Context {
    /// Key-value state shared by all steps, kept across runs of this context.
    pub store: Store,
}

impl Context {
    /// A new context with an empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Claim the context for a run.
    pub(crate) fn begin_run(&self) -> Option<RunGuard> {
        self.store.claim().then(|| RunGuard {
            store: self.store.clone(),
        })
    }
}

/// Releases the context when a run ends, however it ends.
pub(crate) struct RunGuard {
    store: Store,
}

impl Drop for RunGuard {
    fn drop(&mut self) {
        self.store.release();
    }
}

impl std::fmt::Debug for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("store", &self.store)
            .field("busy", &self.store.is_claimed())
            .finish()
    }
}

/// How a step's context reaches its run: the run machine, behind the
/// driver's lock.
pub(crate) trait Port: Send + Sync {
    fn send(&self, ev: DynEvent, from: Inv) -> Result<(), SendRefused>;
    fn collect(&self, key: &str, want: &[&'static str], ev: DynEvent) -> Option<Vec<DynEvent>>;
    /// Whether the `n` events were complete; then `sink` got each.
    fn collect_n(
        &self,
        key: &'static str,
        ev: DynEvent,
        n: usize,
        sink: &mut dyn FnMut(DynEvent),
    ) -> bool;
    /// A targeted send: `ev` goes to the step named `to` only.
    fn send_to(&self, ev: DynEvent, from: Inv, to: &'static str) -> Result<(), SendRefused>;
    fn write_stream(&self, ev: DynEvent);
    /// The name of the step of invocation `inv`.
    fn step_name(&self, inv: Inv) -> &'static str;
    fn wait(
        &self,
        inv: Inv,
        seq: u32,
        spec: &WaitSpec,
        ask: Option<DynEvent>,
        waker: &Waker,
    ) -> WaitPoll<DynEvent>;
    fn run_id(&self) -> &str;
    /// Which attempt `inv` is, from 1, and the error of the one before.
    fn attempt(&self, inv: Inv) -> (u32, Option<String>);
    /// Whether the run is kept in a journal.
    fn is_journaled(&self) -> bool {
        false
    }
    /// The recorded value of `inv`'s `nth` side effect, named `name`, in a
    /// run kept in a journal (after writing down all before it).
    fn effect(
        &self,
        _inv: Inv,
        _name: &str,
        _nth: u32,
        _store: &crate::Store,
    ) -> Result<Option<serde_json::Value>, WorkflowError> {
        Ok(None)
    }
    /// Invocation `inv` begins its `nth` child run: the child's saved
    /// state, if this run was resumed from a snapshot that holds it.
    fn child_saved(&self, inv: Inv, nth: u32) -> Option<crate::snapshot::Snapshot>;
    /// A child run of `inv` is live; `take` takes its snapshot.
    fn child_live(&self, inv: Inv, nth: u32, step: &'static str, take: crate::child::TakeSnapshot);
    /// That child run is over (or dropped).
    fn child_over(&self, inv: Inv, nth: u32);
    /// Record the value of a side effect that ran.
    fn record_effect(
        &self,
        _inv: Inv,
        _name: &str,
        _nth: u32,
        _value: &serde_json::Value,
    ) -> Result<(), WorkflowError> {
        Ok(())
    }
}

/// One invocation's handle on its run, given to the generated step code.
#[derive(Clone, Copy)]
pub struct StepCx<'a> {
    pub(crate) ctx: &'a Context,
    pub(crate) port: &'a dyn Port,
    pub(crate) inv: Inv,
}

/// A step's handle on its run that owns what it holds, for a step that
/// runs on its own task or thread (`#[step(spawn)]`, `#[step(blocking)]`);
/// given to the generated step code.
pub struct OwnedCx {
    pub(crate) ctx: Context,
    pub(crate) port: Arc<dyn Port>,
    pub(crate) inv: Inv,
}

impl OwnedCx {
    /// The step's view of the run, borrowed from this handle.
    pub fn cx(&self) -> StepCx<'_> {
        StepCx {
            ctx: &self.ctx,
            port: &*self.port,
            inv: self.inv,
        }
    }
}

/// The context as one step sees it: the run's [`Context`] (through
/// `Deref`: `ctx.store`) and what the step may do in the run.
///
/// A step writes its parameter as `ctx: &Context`; `#[workflow]` gives it
/// as `&StepContext<'_, S, A>`, where `S` lists the event types the step
/// may send (those in its return type and in `#[step(emits = [..])]`) and
/// `A` those it may wait for (`#[step(waits_for = [..])]`). Sending or
/// waiting for any other type does not compile, so the graph the compiler
/// checks is the graph that runs. `W` is the workflow: its state type, if
/// it declares one, is what [`StepContext::state`] and
/// [`StepContext::edit_state`] give. `K` lists the child workflows the
/// step may run with [`StepContext::run_child`]
/// (`#[step(children = [..])]`).
pub struct StepContext<'a, S, A = (), W = (), K = ()> {
    cx: StepCx<'a>,
    /// How many waits this invocation has begun: waits are numbered, so a
    /// step run again after a resume meets its waits again in order.
    waits: AtomicU32,
    /// How many side effects ([`StepContext::run`]) and child runs
    /// ([`StepContext::run_child`]) this invocation has begun: numbered
    /// like waits.
    effects: AtomicU32,
    _declared: PhantomData<fn() -> (S, A)>,
    _workflow: PhantomData<fn() -> W>,
    _children: PhantomData<fn() -> K>,
}

impl<'a, S, A, W, K> StepContext<'a, S, A, W, K> {
    /// Wrap the run's context for a step; used by generated code.
    #[doc(hidden)]
    pub fn new(cx: StepCx<'a>) -> Self {
        StepContext {
            cx,
            waits: AtomicU32::new(0),
            effects: AtomicU32::new(0),
            _declared: PhantomData,
            _workflow: PhantomData,
            _children: PhantomData,
        }
    }

    /// Send an event into the run, as if the step had returned it: it goes
    /// to a step waiting for it, else to every step that accepts its type.
    /// The type must be declared on the step (`#[step(emits = [E])]`) or
    /// appear in its return type. An event no step takes fails the run.
    pub fn send_event<E, I>(&self, ev: E)
    where
        E: EventSet + Declared<S, I>,
    {
        // An unroutable event from a step has already failed the run.
        let _ = self.cx.port.send(ev.into_dyn(), self.cx.inv);
    }

    /// Send an event to one step of the workflow, named by the constant
    /// `#[workflow]` makes for it (the step's name in capitals:
    /// `ctx.send_event_to(Flow::REVIEW, ev)` for step `review`). It goes
    /// into that step's queue only: other steps that accept the type do
    /// not get it, and neither does a step waiting for the type
    /// (`wait_for_event`), since a targeted send names a step, not a wait.
    ///
    /// Checked by the compiler: the constant must exist (an unknown step
    /// does not compile), the target must accept the type (an event
    /// parameter of that type, or a union holding it), and the type must
    /// be declared on the sending step (`#[step(emits = [E])]`), so the
    /// compile-time graph sees the edge. (The graph's checks see `E` sent
    /// as by [`StepContext::send_event`], to every step that takes it.)
    pub fn send_event_to<L, E, I, J>(&self, to: StepRef<W, L>, ev: E)
    where
        E: Event + Declared<S, I> + AcceptedBy<L, J>,
    {
        // A refused event from a step has already failed the run.
        let _ = self
            .cx
            .port
            .send_to(DynEvent::new(ev), self.cx.inv, to.name);
    }

    /// Run another workflow, `child`, from `start`, as part of this step,
    /// and return its result, typed; its error comes back as
    /// [`WorkflowError::ChildFailed`], naming this step and the child.
    ///
    /// The child's type must be declared on the step
    /// (`#[step(children = [Writer])]`): running an undeclared one does
    /// not compile. The declaration puts the child in the workflow's graph
    /// ([`WorkflowGraph::of`](crate::graph::WorkflowGraph::of)) and its
    /// pictures, with the child's own graph.
    ///
    /// What the child streams reaches this run's stream wrapped in a
    /// [`ChildEvent`](crate::child::ChildEvent) that names this step. The
    /// child's run lives in this step's future: cancelling this run (or
    /// anything else that drops the step) drops the child and its steps.
    /// The child has its own context (store) and no handler.
    ///
    /// A snapshot of this run holds the child's state: resumed, this step
    /// runs again from its input event and this call goes on with the
    /// child where it was (see [`crate::child`]). Children and side
    /// effects ([`StepContext::run`]) of a step are matched by the order
    /// the step begins them.
    pub fn run_child<'c, C, I>(
        &'c self,
        child: &'c C,
        start: <C as crate::child::Child>::Begin,
    ) -> futures::future::BoxFuture<'c, Result<<C as crate::child::Child>::Result, WorkflowError>>
    where
        C: crate::child::Child + DeclaredChild<K, I>,
    {
        let nth = self.effects.fetch_add(1, Ordering::Relaxed);
        Box::pin(crate::child::run(
            child,
            start,
            self.cx.port,
            &self.cx.ctx.store,
            self.cx.inv,
            nth,
        ))
    }

    /// Buffer `ev` and, once one event of each type in `T` has arrived,
    /// return them in the order of `T`; `None` until then.
    ///
    /// `T` is a tuple of event types (a type may appear more than once):
    /// `ctx.collect_events::<(QueryEvent, InputEvent)>(ev)`. The buffers
    /// belong to the run (they are in its snapshot); an event of a type
    /// `T` does not hold is ignored, with a `tracing` warning.
    pub fn collect_events<T: Collect>(&self, ev: impl EventSet) -> Option<T> {
        let ev = ev.into_dyn();
        if !T::names().contains(&ev.stable_name()) {
            tracing::warn!(
                event = ev.name(),
                "collect_events got an event of a type it does not collect; it is ignored"
            );
            return None;
        }
        let key = T::names().join(",");
        let events = self.cx.port.collect(&key, T::names(), ev)?;
        T::take(events)
    }

    /// Buffer `ev` and, once `n` events of type `E` have arrived, return
    /// them in arrival order; `None` until then. The fan-in of `n` events
    /// sent with [`StepContext::send_event`].
    pub fn collect_n<E: Event>(&self, ev: E, n: usize) -> Option<Vec<E>> {
        let mut out = Vec::new();
        let mut sink = |e: DynEvent| {
            if out.capacity() == 0 {
                out.reserve_exact(n);
            }
            // The buffer under `E`'s stable name holds only `E`s.
            if let Ok(e) = e.downcast::<E>() {
                out.push(e);
            }
        };
        let complete = self
            .cx
            .port
            .collect_n(E::ID.stable, DynEvent::new(ev), n, &mut sink);
        complete.then_some(out)
    }

    /// Publish `ev` on the run's event stream (the handler's
    /// `stream_events`), in order with everything else published.
    pub fn write_event_to_stream<E: Event>(&self, ev: E) {
        self.cx.port.write_stream(DynEvent::new(ev));
    }

    /// Wait, inside this step, for an event of type `T` from outside the
    /// run (or from another step). The step is suspended, not run again:
    /// code before the wait runs once in this process.
    ///
    /// `T` must be declared with `#[step(waits_for = [T])]`. Name it by the
    /// binding (`let answer: HumanResponseEvent = ctx.wait_for_event().await?;`)
    /// or the turbofish (`ctx.wait_for_event::<HumanResponseEvent, _>()`).
    /// Options on the returned [`WaitFor`]: an event to publish on the
    /// stream while waiting ([`WaitFor::ask`]), field values the event must
    /// have ([`WaitFor::require`]), and a timeout ([`WaitFor::timeout`]).
    pub fn wait_for_event<T, I>(&self) -> WaitFor<'_, T>
    where
        T: Event + Awaited<A, I>,
    {
        WaitFor {
            cx: self.cx,
            seq: self.waits.fetch_add(1, Ordering::Relaxed),
            spec: WaitSpec {
                event: T::ID.stable.to_owned(),
                requirements: Map::new(),
                timeout: None,
            },
            ask: None,
            _event: PhantomData,
        }
    }

    /// Run a side effect that must not be repeated when the run is
    /// replayed: `f`'s value is written to the run's journal, and when the
    /// step runs again after its process stopped (a run kept in a journal:
    /// `Run::journal`, with the `sqlite` feature), the recorded value is
    /// returned instead of calling `f` again. Together with waits this
    /// makes a step resumable: what it did before a wait is not done twice.
    ///
    /// Effects are told apart by their order in the step's execution and
    /// their `name`: a step run again must call them in the same order.
    /// An error from `f` is not recorded (the step fails, its retry policy
    /// may run it again); neither is anything in a run without a journal,
    /// where `f` simply runs. The value crosses the journal as JSON.
    ///
    /// A crash after `f` ran and before its value was written runs it
    /// again: at least once, never lost.
    pub async fn run<T, E, F, Fut>(&self, name: &str, f: F) -> Result<T, crate::error::BoxError>
    where
        T: serde::Serialize + serde::de::DeserializeOwned,
        E: Into<crate::error::BoxError>,
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<T, E>>,
    {
        let nth = self.effects.fetch_add(1, Ordering::Relaxed);
        let port = self.cx.port;
        let inv = self.cx.inv;
        if let Some(value) = port.effect(inv, name, nth, &self.cx.ctx.store)? {
            return serde_json::from_value(value).map_err(|e| {
                format!("the recorded value of side effect `{name}` does not fit its type: {e}")
                    .into()
            });
        }
        let value = f().await.map_err(Into::into)?;
        let recorded = serde_json::to_value(&value)
            .map_err(|e| format!("side effect `{name}` returned a value JSON cannot hold: {e}"))?;
        port.record_effect(inv, name, nth, &recorded)?;
        Ok(value)
    }

    /// The workflow's state (`#[workflow(state = MyState)]`), as it is now:
    /// a copy, read in one step (it is in memory: nothing to await). A run that has not edited it yet reads
    /// `MyState::default()`.
    ///
    /// A workflow that declares no state type has none: calling this does
    /// not compile.
    pub fn state(&self) -> Result<W::State, WorkflowError>
    where
        W: Stateful,
    {
        self.cx.ctx.store.read_or_default(STATE_KEY)
    }

    /// Edit the workflow's state (`#[workflow(state = MyState)]`) in place
    /// and return what `f` returns. Each edit is one step: steps with
    /// several workers can count with it, none of their edits lost.
    ///
    /// An edit that would leave a NaN or an infinite float in the state is
    /// refused ([`WorkflowError::NotFaithful`]) and the state is left as
    /// it was. `f` runs while the store is locked: it must not use the
    /// store. A workflow that declares no state type has none: calling
    /// this does not compile.
    pub fn edit_state<R>(&self, f: impl FnOnce(&mut W::State) -> R) -> Result<R, WorkflowError>
    where
        W: Stateful,
    {
        self.cx.ctx.store.edit(STATE_KEY, f)
    }

    /// The id of the run this step is part of.
    pub fn run_id(&self) -> &str {
        self.cx.port.run_id()
    }

    /// Which attempt of the step this is, from 1: above 1 when the step's
    /// retry policy (`#[step(retry = ..)]`) runs it again after a failure.
    pub fn attempt(&self) -> u32 {
        self.cx.port.attempt(self.cx.inv).0
    }

    /// The error of the attempt before this one (as text), when this is a
    /// retry.
    pub fn last_error(&self) -> Option<String> {
        self.cx.port.attempt(self.cx.inv).1
    }
}

impl<S, A, W, K> Deref for StepContext<'_, S, A, W, K> {
    type Target = Context;
    fn deref(&self) -> &Context {
        self.cx.ctx
    }
}

/// A wait for an event of type `T`, being set up; `.await` it.
#[must_use = "a wait does nothing until it is awaited"]
pub struct WaitFor<'a, T> {
    cx: StepCx<'a>,
    seq: u32,
    spec: WaitSpec,
    ask: Option<DynEvent>,
    _event: PhantomData<fn() -> T>,
}

impl<'a, T: Event> WaitFor<'a, T> {
    /// Publish `ev` on the stream when the wait begins (typically an
    /// [`InputRequiredEvent`](crate::InputRequiredEvent) with the question).
    pub fn ask<E: Event>(mut self, ev: E) -> Self {
        self.ask = Some(DynEvent::new(ev));
        self
    }

    /// Take only an event whose field `field` equals `value`.
    ///
    /// # Panics
    /// If `value` cannot be represented as JSON data.
    pub fn require(mut self, field: &str, value: impl Serialize) -> Self {
        let value = match serde_json::to_value(value) {
            Ok(v) => v,
            Err(e) => panic!("a wait requirement must be JSON data: {e}"),
        };
        self.spec.requirements.insert(field.to_owned(), value);
        self
    }

    /// Give up with [`WorkflowError::WaitTimedOut`] after `timeout`.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.spec.timeout = Some(timeout);
        self
    }
}

impl<'a, T: Event> IntoFuture for WaitFor<'a, T> {
    type Output = Result<T, WorkflowError>;
    type IntoFuture = Waiting<'a, T>;
    fn into_future(self) -> Waiting<'a, T> {
        Waiting { wait: self }
    }
}

/// The future of a [`WaitFor`].
pub struct Waiting<'a, T> {
    wait: WaitFor<'a, T>,
}

impl<T: Event> Future for Waiting<'_, T> {
    type Output = Result<T, WorkflowError>;

    fn poll(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Self::Output> {
        let this = &mut self.get_mut().wait;
        let ask = this.ask.take();
        match this
            .cx
            .port
            .wait(this.cx.inv, this.seq, &this.spec, ask, cx.waker())
        {
            WaitPoll::Pending => Poll::Pending,
            WaitPoll::Ready(ev) => {
                Poll::Ready(ev.downcast::<T>().map_err(|ev| WorkflowError::Refused {
                    event: ev.name(),
                    reason: "it is not the awaited type",
                }))
            }
            WaitPoll::TimedOut(after) => Poll::Ready(Err(WorkflowError::WaitTimedOut {
                event: this.spec.event.clone(),
                after,
            })),
            // The run is over: the driver drops this step without polling
            // it again, so this is never seen by the step.
            WaitPoll::Closed => Poll::Pending,
        }
    }
}

/// The context type: the one reference parameter a step may take.
#[diagnostic::on_unimplemented(
    message = "a step's reference parameter is its context, but `{Self}` is not `Context`",
    label = "not the context",
    note = "a step takes `&self`, optionally `ctx: &Context` (any alias of it), and one event by value"
)]
pub trait IsContext {}
impl IsContext for Context {}

/// Checks, where generated code names it, that `T` is the context.
pub const fn is_context<T: IsContext + ?Sized>() {}

/// `Self` is one of the event types in the type list `S` (`(A, (B, ()))`);
/// `I` is the position, inferred.
#[diagnostic::on_unimplemented(
    message = "this step sends `{Self}` through the context without declaring it",
    label = "`{Self}` is not declared on this step",
    note = "declare the events a step sends, so the compile-time graph sees them: `#[step(emits = [{Self}])]`"
)]
pub trait Declared<S, I> {}

/// Position: the head of the list.
pub struct Here;
/// Position: further down the list.
pub struct There<I>(PhantomData<I>);

/// Position: in the head of the list, as its member `J` (the head may be
/// a union the step returns).
pub struct InHead<J>(PhantomData<J>);

#[diagnostic::do_not_recommend]
impl<E, H, T, J> Declared<(H, T), InHead<J>> for E where H: Member<E, J> {}
#[diagnostic::do_not_recommend]
impl<E, H, T, I> Declared<(H, T), There<I>> for E where E: Declared<T, I> {}

/// `E` is a member of the event set `Self` (an event is a member of
/// itself, a derived union of each of its variants' events); `J` says
/// which member.
pub trait Member<E, J> {}

/// Member: the event itself.
pub struct Itself;
/// Member: variant `N` of a derived union.
pub struct Variant<const N: usize>;

#[diagnostic::do_not_recommend]
impl<E: Event> Member<E, Itself> for E {}

/// One step of workflow `W`, as the target of
/// [`StepContext::send_event_to`]: `#[workflow]` makes one per step, an
/// associated constant named after the step in capitals (`Flow::REVIEW`
/// for step `review`). `L` lists the event types the step accepts.
pub struct StepRef<W, L> {
    name: &'static str,
    _step: PhantomData<fn() -> (W, L)>,
}

impl<W, L> StepRef<W, L> {
    /// The step named `name`; used by generated code.
    #[doc(hidden)]
    pub const fn new(name: &'static str) -> Self {
        StepRef {
            name,
            _step: PhantomData,
        }
    }

    /// The step's name.
    pub const fn name(&self) -> &'static str {
        self.name
    }
}

impl<W, L> Clone for StepRef<W, L> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<W, L> Copy for StepRef<W, L> {}

impl<W, L> std::fmt::Debug for StepRef<W, L> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("StepRef").field(&self.name).finish()
    }
}

/// `Self` is one of the event types in the list `L` that a step accepts;
/// `I` is the position, inferred.
#[diagnostic::on_unimplemented(
    message = "the step this event is sent to does not accept `{Self}`",
    label = "the target step takes no `{Self}`",
    note = "send it to a step with an event parameter of type `{Self}` (or a union holding it), or to every step that takes it with `ctx.send_event(..)`"
)]
pub trait AcceptedBy<L, I> {}

#[diagnostic::do_not_recommend]
impl<E, H, T, J> AcceptedBy<(H, T), InHead<J>> for E where H: Member<E, J> {}
#[diagnostic::do_not_recommend]
impl<E, H, T, I> AcceptedBy<(H, T), There<I>> for E where E: AcceptedBy<T, I> {}

/// `Self` is one of the event types a step declares with
/// `#[step(waits_for = [..])]`; `I` is the position, inferred.
#[diagnostic::on_unimplemented(
    message = "this step waits for `{Self}` without declaring it",
    label = "`{Self}` is not declared on this step",
    note = "declare the events a step waits for, so the compile-time graph sees them: `#[step(waits_for = [{Self}])]`"
)]
pub trait Awaited<A, I> {}

#[diagnostic::do_not_recommend]
impl<E, T> Awaited<(E, T), Here> for E {}
#[diagnostic::do_not_recommend]
impl<E, H, T, I> Awaited<(H, T), There<I>> for E where E: Awaited<T, I> {}

/// `Self` is one of the child workflow types a step declares with
/// `#[step(children = [..])]` (the list `K`); `I` is the position,
/// inferred.
#[diagnostic::on_unimplemented(
    message = "this step runs `{Self}` as a child workflow without declaring it",
    label = "`{Self}` is not declared on this step",
    note = "declare the child workflows a step runs, so the workflow's graph and its pictures show them: `#[step(children = [{Self}])]`"
)]
pub trait DeclaredChild<K, I> {}

#[diagnostic::do_not_recommend]
impl<C, T> DeclaredChild<(C, T), Here> for C {}
#[diagnostic::do_not_recommend]
impl<C, H, T, I> DeclaredChild<(H, T), There<I>> for C where C: DeclaredChild<T, I> {}

/// A tuple of event types that [`StepContext::collect_events`] can gather.
pub trait Collect: Sized + 'static {
    /// The stable names of the types, in order, repeated as often as they
    /// are wanted.
    fn names() -> &'static [&'static str];
    /// Assemble from the collected events, in the order of [`Collect::names`].
    fn take(events: Vec<DynEvent>) -> Option<Self>;
}

macro_rules! collect_tuple {
    ($($t:ident),+) => {
        impl<$($t: Event),+> Collect for ($($t,)+) {
            fn names() -> &'static [&'static str] {
                struct Names<$($t),+>(PhantomData<($($t,)+)>);
                impl<$($t: Event),+> Names<$($t),+> {
                    const NAMES: &'static [&'static str] = &[$(<$t as Event>::ID.stable),+];
                }
                Names::<$($t),+>::NAMES
            }
            fn take(events: Vec<DynEvent>) -> Option<Self> {
                let mut events = events.into_iter();
                Some(($(events.next()?.downcast::<$t>().ok()?,)+))
            }
        }
    };
}
collect_tuple!(A);
collect_tuple!(A, B);
collect_tuple!(A, B, C);
collect_tuple!(A, B, C, D);
collect_tuple!(A, B, C, D, E);
collect_tuple!(A, B, C, D, E, F);
collect_tuple!(A, B, C, D, E, F, G);
collect_tuple!(A, B, C, D, E, F, G, H);
