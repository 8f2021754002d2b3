//! The context a run's steps share: the store, events sent outside the
//! return value, and the buffers of `collect_events`.

use std::any::{Any, TypeId};
use std::collections::{HashMap, VecDeque};
use std::marker::PhantomData;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use futures::task::AtomicWaker;

use crate::event::{DynEvent, Event, EventSet};
use crate::store::Store;

/// What the steps of a run share.
///
/// Steps receive it as `ctx: &Context`. A context made with
/// [`Context::new`] and passed to several runs with
/// [`Run::context`](crate::Run::context) keeps its [`Store`] across them;
/// a run without one gets a fresh context. Clones are handles to the same
/// context. One context serves one run at a time.
#[derive(Clone, Default)]
pub struct Context {
    /// Key-value state shared by all steps, kept across runs of this context.
    pub store: Store,
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    /// Events sent with `send_event`, routed by the runner when it next wakes.
    outbox: Mutex<VecDeque<DynEvent>>,
    /// Wakes the run when an event is sent from outside its own polling.
    waker: AtomicWaker,
    /// Buffers of `collect_events` and `collect_n`, by the collected type
    /// (a tuple, or `Vec<E>`). A run collects few types, so a list beats a
    /// map here.
    buffers: Mutex<Vec<(TypeId, Box<dyn Any + Send>)>>,
    /// Set while a run uses this context.
    busy: AtomicBool,
    /// Set while the run is polling its steps: a send made then is routed
    /// when the poll ends, with no wake-up needed.
    polling: AtomicBool,
}

/// The buffer stored under `key`, made empty if there is none yet.
fn buffer<B: Any + Send + Default>(
    buffers: &mut Vec<(TypeId, Box<dyn Any + Send>)>,
    key: TypeId,
) -> &mut B {
    let at = match buffers.iter().position(|(k, _)| *k == key) {
        Some(at) => at,
        None => {
            buffers.push((key, Box::new(B::default())));
            buffers.len() - 1
        }
    };
    buffers[at]
        .1
        .downcast_mut::<B>()
        .unwrap_or_else(|| unreachable!("each key holds one buffer type"))
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every critical section here is a single push, pop or clear, so a
    // panic elsewhere cannot leave the data half-updated.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Context {
    /// A new context with an empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Queue an event for the run to route, as if a step had returned it.
    /// Steps send through [`StepContext::send_event`], which checks that the
    /// step declares the type.
    pub(crate) fn send_dyn(&self, ev: DynEvent) {
        lock(&self.shared.outbox).push_back(ev);
        if !self.shared.polling.load(Ordering::Acquire) {
            self.shared.waker.wake();
        }
    }

    /// Buffer `ev` and, once one event of each type in `T` has arrived,
    /// return them in the order of `T`; `None` until then.
    ///
    /// `T` is a tuple of event types (a type may appear more than once):
    /// `ctx.collect_events::<(QueryEvent, InputEvent)>(ev)`. Buffers are
    /// kept per `T` for the length of a run.
    pub fn collect_events<T: Collect>(&self, ev: impl EventSet) -> Option<T> {
        let ev = ev.into_dyn();
        let wanted = T::type_ids();
        if !wanted.contains(&ev.type_id()) {
            tracing::warn!(
                event = ev.name(),
                "collect_events got an event of a type it does not collect; it is ignored"
            );
            return None;
        }
        let mut buffers = lock(&self.shared.buffers);
        let buffer = buffer::<HashMap<TypeId, VecDeque<DynEvent>>>(&mut buffers, TypeId::of::<T>());
        buffer.entry(ev.type_id()).or_default().push_back(ev);
        let ready = wanted.iter().all(|t| {
            let needed = wanted.iter().filter(|u| *u == t).count();
            buffer.get(t).map_or(0, VecDeque::len) >= needed
        });
        if !ready {
            return None;
        }
        T::take(&mut |t| buffer.get_mut(&t).and_then(VecDeque::pop_front))
    }

    /// Buffer `ev` and, once `n` events of type `E` have arrived, return
    /// them in arrival order; `None` until then. The fan-in of `n` events
    /// sent with [`StepContext::send_event`].
    pub fn collect_n<E: Event + EventSet>(&self, ev: E, n: usize) -> Option<Vec<E>> {
        let mut buffers = lock(&self.shared.buffers);
        let buffer = buffer::<VecDeque<E>>(&mut buffers, TypeId::of::<Vec<E>>());
        buffer.push_back(ev);
        if buffer.len() < n {
            return None;
        }
        Some(buffer.drain(..n).collect())
    }

    // ---- used by the runner ----

    /// Claim the context for a run.
    pub(crate) fn begin_run(&self) -> Option<RunGuard<'_>> {
        if self.shared.busy.swap(true, Ordering::AcqRel) {
            return None;
        }
        lock(&self.shared.buffers).clear();
        Some(RunGuard { ctx: self })
    }

    /// Called by the run when a poll begins (`true`) and ends (`false`).
    pub(crate) fn set_polling(&self, polling: bool, waker: &std::task::Waker) {
        if polling {
            self.shared.waker.register(waker);
        }
        self.shared.polling.store(polling, Ordering::Release);
    }

    /// Move every event sent so far into `into`, under one lock.
    pub(crate) fn take_sent(&self, into: &mut VecDeque<DynEvent>) {
        let mut outbox = lock(&self.shared.outbox);
        if into.is_empty() {
            std::mem::swap(&mut *outbox, into);
        } else {
            into.extend(outbox.drain(..));
        }
    }

    pub(crate) fn has_sent(&self) -> bool {
        !lock(&self.shared.outbox).is_empty()
    }
}

/// The context as one step sees it: the run's [`Context`] (through
/// `Deref`: `ctx.store`, `ctx.collect_events`, ..) and
/// [`send_event`](StepContext::send_event) for the events the step
/// declares.
///
/// A step writes its parameter as `ctx: &Context`; `#[workflow]` gives it
/// as `&StepContext<'_, S>`, where `S` lists the event types the step may
/// send: those in its return type and in `#[step(emits = [..])]`. Sending
/// any other type does not compile, so the graph the compiler checks is the
/// graph that runs.
pub struct StepContext<'a, S> {
    ctx: &'a Context,
    _declared: PhantomData<fn() -> S>,
}

impl<'a, S> StepContext<'a, S> {
    /// Wrap the run's context for a step; used by generated code.
    #[doc(hidden)]
    pub fn new(ctx: &'a Context) -> Self {
        StepContext {
            ctx,
            _declared: PhantomData,
        }
    }

    /// Send an event into the run, as if the step had returned it: it goes
    /// to every step that accepts its type, as soon as this step yields or
    /// ends. The type must be declared on the step (`#[step(emits = [E])]`)
    /// or appear in its return type.
    pub fn send_event<E, I>(&self, ev: E)
    where
        E: EventSet + Declared<S, I>,
    {
        self.ctx.send_dyn(ev.into_dyn());
    }
}

impl<S> Deref for StepContext<'_, S> {
    type Target = Context;
    fn deref(&self) -> &Context {
        self.ctx
    }
}

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

#[diagnostic::do_not_recommend]
impl<E, T> Declared<(E, T), Here> for E {}
#[diagnostic::do_not_recommend]
impl<E, H, T, I> Declared<(H, T), There<I>> for E where E: Declared<T, I> {}

/// Releases the context when a run ends, however it ends. Events still
/// unsent and collect buffers belong to the run and are dropped with it.
pub(crate) struct RunGuard<'c> {
    ctx: &'c Context,
}

impl Drop for RunGuard<'_> {
    fn drop(&mut self) {
        lock(&self.ctx.shared.outbox).clear();
        lock(&self.ctx.shared.buffers).clear();
        self.ctx.shared.busy.store(false, Ordering::Release);
    }
}

impl std::fmt::Debug for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("store", &self.store)
            .field("busy", &self.shared.busy.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

/// A tuple of event types that [`Context::collect_events`] can gather.
pub trait Collect: Sized + 'static {
    /// The types, in order, repeated as often as they are wanted.
    fn type_ids() -> Vec<TypeId>;
    /// Assemble from a source of buffered events (one call per element).
    fn take(next: &mut dyn FnMut(TypeId) -> Option<DynEvent>) -> Option<Self>;
}

macro_rules! collect_tuple {
    ($($t:ident),+) => {
        impl<$($t: Event),+> Collect for ($($t,)+) {
            fn type_ids() -> Vec<TypeId> {
                vec![$(TypeId::of::<$t>()),+]
            }
            fn take(next: &mut dyn FnMut(TypeId) -> Option<DynEvent>) -> Option<Self> {
                Some(($(next(TypeId::of::<$t>())?.downcast::<$t>().ok()?,)+))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{EventId, StartEvent};
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct A(u32);
    impl Event for A {
        const ID: EventId = EventId::new("tests", "A", 1, 1);
        type __StopKind = crate::output::NoStop;
    }

    #[test]
    fn collect_waits_for_all_then_orders_as_asked() {
        let ctx = Context::new();
        assert!(ctx.collect_events::<(A, StartEvent, A)>(A(1)).is_none());
        assert!(ctx
            .collect_events::<(A, StartEvent, A)>(StartEvent::new())
            .is_none());
        let (a, _, b) = ctx.collect_events::<(A, StartEvent, A)>(A(2)).unwrap();
        assert_eq!((a, b), (A(1), A(2)));
        // The buffer is empty again.
        assert!(ctx.collect_events::<(A, StartEvent, A)>(A(3)).is_none());
        // An event the tuple does not hold is ignored.
        assert!(ctx.collect_events::<(A,)>(StartEvent::new()).is_none());
    }

    #[test]
    fn collect_n_gathers_in_arrival_order() {
        let ctx = Context::new();
        for i in 0..3 {
            assert!(ctx.collect_n(A(i), 4).is_none());
        }
        assert_eq!(ctx.collect_n(A(3), 4).unwrap(), [A(0), A(1), A(2), A(3)]);
    }

    #[test]
    fn one_run_at_a_time() {
        let ctx = Context::new();
        let guard = ctx.begin_run().unwrap();
        assert!(ctx.begin_run().is_none());
        drop(guard);
        assert!(ctx.begin_run().is_some());
    }
}
