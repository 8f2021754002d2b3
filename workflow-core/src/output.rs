//! What a step returns: events, unions, `Option`, `Vec`, `Result`.

use std::error::Error as StdError;

use crate::error::BoxError;
use crate::event::{DynEvent, EventId, EventSet, Registry};
use crate::result_type::{JoinStop, StopKind, StopOf};

/// What a step emitted: nothing, one event, or several (a `Vec<E>`
/// fan-out, routed in order).
pub type Emit = crate::machine::Emitted<DynEvent>;

/// A type a step may return: an event or union, `Option<_>` of one (no
/// event), or `Result<_, E>` of either (so `?` works in steps).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be returned from a step",
    label = "not an event, a union of events, `Option<_>`, `Vec<_>` or `Result<_, E>` of one",
    note = "a step returns an event (`#[derive(Event)]`), a union (`Either<A, B>`, an enum deriving `EventSet`), `Option<_>` of one for \"no event\", `Vec<E>` to fan out events, or `Result<_, E>` of one where `E` converts into `Box<dyn Error + Send + Sync>`"
)]
pub trait StepOutput: Send + 'static {
    /// Every event type the step may emit this way.
    const IDS: &'static [EventId];
    /// The event types it fans out: members of a `Vec` it returns.
    const FAN_OUT: &'static [EventId] = &[];
    /// The stop event in the output, if any.
    type Stop: StopKind;
    /// Turn the returned value into what the runner routes.
    fn into_emit(self) -> Result<Emit, BoxError>;
    /// Add every event type it may emit to `registry`.
    fn register(registry: &mut Registry);
}

#[diagnostic::do_not_recommend]
impl<T: EventSet> StepOutput for T {
    const IDS: &'static [EventId] = T::IDS;
    type Stop = T::Stop;
    fn into_emit(self) -> Result<Emit, BoxError> {
        Ok(Emit::One(self.into_dyn()))
    }
    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

#[diagnostic::do_not_recommend]
impl<T: StepOutput> StepOutput for Option<T> {
    const IDS: &'static [EventId] = T::IDS;
    const FAN_OUT: &'static [EventId] = T::FAN_OUT;
    type Stop = T::Stop;
    fn into_emit(self) -> Result<Emit, BoxError> {
        match self {
            Some(t) => t.into_emit(),
            None => Ok(Emit::Nothing),
        }
    }
    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

/// Fan out, or one other event (typically the stop):
/// `Either<Vec<Work>, StopEvent<R>>`.
#[diagnostic::do_not_recommend]
impl<A: crate::Event, B: crate::Event> StepOutput for crate::Either<Vec<A>, B>
where
    A::__StopKind: JoinStop<B::__StopKind>,
{
    const IDS: &'static [EventId] = &[A::ID, B::ID];
    const FAN_OUT: &'static [EventId] = &[A::ID];
    type Stop = StopOf<A::__StopKind, B::__StopKind>;
    fn into_emit(self) -> Result<Emit, BoxError> {
        match self {
            crate::Either::Left(all) => all.into_emit(),
            crate::Either::Right(one) => one.into_emit(),
        }
    }
    fn register(registry: &mut Registry) {
        registry.add::<A>();
        registry.add::<B>();
    }
}

/// One event, or a fan-out: `Either<StopEvent<R>, Vec<Work>>`.
#[diagnostic::do_not_recommend]
impl<A: crate::Event, B: crate::Event> StepOutput for crate::Either<A, Vec<B>>
where
    A::__StopKind: JoinStop<B::__StopKind>,
{
    const IDS: &'static [EventId] = &[A::ID, B::ID];
    const FAN_OUT: &'static [EventId] = &[B::ID];
    type Stop = StopOf<A::__StopKind, B::__StopKind>;
    fn into_emit(self) -> Result<Emit, BoxError> {
        match self {
            crate::Either::Left(one) => one.into_emit(),
            crate::Either::Right(all) => all.into_emit(),
        }
    }
    fn register(registry: &mut Registry) {
        registry.add::<A>();
        registry.add::<B>();
    }
}

/// Fan-out: every event of the vector is routed, in order.
#[diagnostic::do_not_recommend]
impl<E: crate::Event> StepOutput for Vec<E> {
    const IDS: &'static [EventId] = &[E::ID];
    const FAN_OUT: &'static [EventId] = &[E::ID];
    type Stop = E::__StopKind;
    fn into_emit(self) -> Result<Emit, BoxError> {
        Ok(Emit::Many(self.into_iter().map(DynEvent::new).collect()))
    }
    fn register(registry: &mut Registry) {
        registry.add::<E>();
    }
}

#[diagnostic::do_not_recommend]
impl<T: StepOutput, E> StepOutput for Result<T, E>
where
    E: Into<Box<dyn StdError + Send + Sync>> + Send + 'static,
{
    const IDS: &'static [EventId] = T::IDS;
    const FAN_OUT: &'static [EventId] = T::FAN_OUT;
    type Stop = T::Stop;
    fn into_emit(self) -> Result<Emit, BoxError> {
        match self {
            Ok(t) => t.into_emit(),
            Err(e) => Err(e.into()),
        }
    }
    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}
