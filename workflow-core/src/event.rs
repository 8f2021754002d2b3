//! Events, event sets and their type-erased form.
//!
//! An [`Event`] is plain data that flows between steps. Its identity is its
//! type: [`EventId`] is a `const` made by `#[derive(Event)]` from the module
//! path, the name and the place of definition, so the compile-time graph
//! checks can compare events in `const` evaluation, where `TypeId` is not
//! available. At run time events travel as [`DynEvent`] and are routed by
//! `TypeId`.

use std::any::TypeId;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub use crate::dyn_event::DynEvent;
use crate::error::WorkflowError;

/// The compile-time identity of an event type.
///
/// Two `EventId`s are equal exactly when they were made for the same type:
/// the module path, the name and the position of the `#[derive(Event)]`
/// together tell types apart, so a type alias or a longer path to the same
/// type gives the same id, and two types that share a name in different
/// modules (or different functions) give different ids.
#[derive(Debug, Clone, Copy)]
pub struct EventId {
    /// `module_path!()` where the event was defined.
    pub module: &'static str,
    /// The type's name, as the user spelled it at its definition.
    pub name: &'static str,
    /// Line of the derive, to tell apart same-named types in one module's functions.
    pub line: u32,
    /// Column of the derive.
    pub column: u32,
    /// The defining crate, as `name@version`: the same type in two
    /// versions of one crate is two events.
    pub krate: &'static str,
    /// A number the derive gives each type it expands, so two same-named
    /// types made by one `macro_rules!` invocation (same place, same name)
    /// stay two events.
    pub unique: u32,
    /// The name the event is stored under in snapshots and journals: the
    /// type's path, or `#[event(name = "..")]`. Not part of the identity.
    pub stable: &'static str,
    /// What role the event plays between the run and the outside world.
    pub kind: EventKind,
    /// The type's fields as written (`query: String`), or its variants for
    /// an enum; for pictures of the workflow. Not part of the identity.
    pub fields: &'static [&'static str],
}

/// What role an event plays between the run and the outside world; the
/// graph checks treat the roles differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// Flows between steps.
    Plain,
    /// Asks the outside world for input: it goes to the run's stream, so
    /// no step needs to accept it (`#[event(input_required)]`,
    /// [`InputRequiredEvent`](crate::InputRequiredEvent)).
    InputRequired,
    /// The outside world's answer: it comes in through the handler, so no
    /// step needs to produce it (`#[event(human_response)]`,
    /// [`HumanResponseEvent`](crate::HumanResponseEvent)).
    HumanResponse,
}

impl EventId {
    /// Make an id; used by `#[derive(Event)]`. The stable name defaults to
    /// `name`; the derive sets the type's path.
    pub const fn new(module: &'static str, name: &'static str, line: u32, column: u32) -> Self {
        EventId {
            module,
            name,
            line,
            column,
            krate: "",
            unique: 0,
            stable: name,
            kind: EventKind::Plain,
            fields: &[],
        }
    }

    /// The same id, of this crate (`name@version`) and with this number.
    pub const fn defined_in(mut self, krate: &'static str, unique: u32) -> Self {
        self.krate = krate;
        self.unique = unique;
        self
    }

    /// A 64-bit hash of the identity (for sorting; [`EventId::same`] decides).
    pub const fn key(&self) -> u64 {
        let mut h = Fnv::new()
            .bytes(self.module.as_bytes())
            .bytes(self.name.as_bytes())
            .bytes(self.krate.as_bytes());
        h = h.word(self.line as u64);
        h = h.word(self.column as u64);
        h.word(self.unique as u64).0
    }

    /// A 64-bit hash of the stable name.
    pub const fn stable_key(&self) -> u64 {
        Fnv::new().bytes(self.stable.as_bytes()).0
    }

    /// The same id with this stable name.
    pub const fn stable(mut self, stable: &'static str) -> Self {
        self.stable = stable;
        self
    }

    /// The same id with this role.
    pub const fn kind(mut self, kind: EventKind) -> Self {
        self.kind = kind;
        self
    }

    /// The same id with these field descriptions; used by `#[derive(Event)]`.
    pub const fn fields(mut self, fields: &'static [&'static str]) -> Self {
        self.fields = fields;
        self
    }

    /// `const` equality (the `PartialEq` impl cannot be called in `const`).
    pub const fn same(&self, other: &EventId) -> bool {
        self.line == other.line
            && self.column == other.column
            && self.unique == other.unique
            && str_eq(self.name, other.name)
            && str_eq(self.module, other.module)
            && str_eq(self.krate, other.krate)
    }
}

impl PartialEq for EventId {
    fn eq(&self, other: &Self) -> bool {
        self.same(other)
    }
}
impl Eq for EventId {}

/// FNV-1a, in `const`.
struct Fnv(u64);

impl Fnv {
    const fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    const fn bytes(mut self, bytes: &[u8]) -> Self {
        let mut i = 0;
        while i < bytes.len() {
            self.0 ^= bytes[i] as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        self
    }

    const fn word(self, w: u64) -> Self {
        self.bytes(&w.to_le_bytes())
    }
}

pub(crate) const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Data that flows between steps.
///
/// Derive it with `#[derive(Event)]`; the derive also checks the bounds
/// below and names the one that is missing. Events are `Clone` (an event
/// accepted by several steps is given to each), `Send + Sync + 'static`
/// (steps run on tokio) and serde data (events can be streamed, logged and
/// snapshotted).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an event",
    label = "not an event",
    note = "add `#[derive(Event)]` (with `Clone, Serialize, Deserialize`) to `{Self}`"
)]
pub trait Event: Clone + Send + Sync + Serialize + DeserializeOwned + 'static {
    /// The compile-time identity of this type; its `name` is what
    /// `verbose` runs and errors print.
    const ID: EventId;

    /// Whether this is the stop event; `#[derive(Event)]` sets it.
    #[doc(hidden)]
    type __StopKind: crate::result_type::StopKind;
}

/// A type a step can accept or return: one event, or a union of events
/// ([`Either`], [`Either3`], or an enum with `#[derive(Event)]`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an event or a union of events",
    label = "not an event",
    note = "steps take and return events: add `#[derive(Event)]` (with `Clone, Serialize, Deserialize`) to `{Self}`, or use `Either<A, B>` or an enum deriving `EventSet` whose variants each hold one event"
)]
pub trait EventSet: Sized + Send + 'static {
    /// Every event type in the set.
    const IDS: &'static [EventId];
    /// The stop-event type in the set, if any (see [`crate::result_type::StopKind`]).
    type Stop: crate::result_type::StopKind;
    /// `TypeId`s of the members, in the order of [`EventSet::IDS`].
    fn type_ids() -> Vec<TypeId>;
    /// Take the member out of a routed event; gives the event back if it is
    /// not a member.
    fn from_dyn(ev: DynEvent) -> Result<Self, DynEvent>;
    /// A copy of the member in a routed event, if it is one.
    fn from_dyn_ref(ev: &DynEvent) -> Option<Self>;
    /// Erase to the routed form.
    fn into_dyn(self) -> DynEvent;
    /// Add every member type to `registry`, so snapshots can read them back.
    fn register(registry: &mut Registry);
}

/// Reads an event of a known type back from its JSON data.
pub type Decode = fn(serde_json::Value) -> Result<DynEvent, String>;

/// Read an `E` back from its JSON data.
fn decode_as<E: Event>(data: serde_json::Value) -> Result<DynEvent, String> {
    match serde_json::from_value::<E>(data) {
        Ok(ev) => Ok(DynEvent::new(ev)),
        Err(e) => Err(e.to_string()),
    }
}

/// The event types of a workflow, by stable name, for reading snapshots.
#[derive(Default)]
pub struct Registry {
    entries: Vec<(&'static str, TypeId, Decode)>,
}

impl Registry {
    /// Add `E`.
    pub fn add<E: Event>(&mut self) {
        // Generic in the decoder only: the rest is compiled once, not per
        // event type of every workflow.
        self.add_entry(E::ID.stable, const { TypeId::of::<E>() }, decode_as::<E>);
    }

    fn add_entry(&mut self, stable: &'static str, t: TypeId, decode: Decode) {
        if !self.entries.iter().any(|(_, u, _)| *u == t) {
            self.entries.push((stable, t, decode));
        }
    }

    /// Sort for lookups; call once all types are in.
    pub(crate) fn seal(&mut self) {
        self.entries.sort_by_key(|(name, _, _)| *name);
    }

    /// Read an event back from its stable name and data.
    pub fn decode(&self, name: &str, data: serde_json::Value) -> Result<DynEvent, String> {
        match self.entries.binary_search_by_key(&name, |(n, _, _)| n) {
            Ok(i) => (self.entries[i].2)(data),
            Err(_) => Err(format!("this workflow has no event type named `{name}`")),
        }
    }

    /// The `'static` stable name equal to `name`, if the workflow has it.
    pub fn intern(&self, name: &str) -> Option<&'static str> {
        self.entries
            .binary_search_by_key(&name, |(n, _, _)| n)
            .ok()
            .map(|i| self.entries[i].0)
    }
}

#[diagnostic::do_not_recommend]
impl<E: Event> EventSet for E {
    const IDS: &'static [EventId] = &[E::ID];
    type Stop = E::__StopKind;
    fn type_ids() -> Vec<TypeId> {
        vec![const { TypeId::of::<E>() }]
    }
    fn from_dyn(ev: DynEvent) -> Result<Self, DynEvent> {
        ev.downcast::<E>()
    }
    fn from_dyn_ref(ev: &DynEvent) -> Option<Self> {
        ev.cloned::<E>()
    }
    fn into_dyn(self) -> DynEvent {
        DynEvent::new(self)
    }
    fn register(registry: &mut Registry) {
        registry.add::<E>();
    }
}

/// The event every run begins with, carrying keyword data as in
/// `run(query = "...")`. Build it with [`start!`](crate::start).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartEvent {
    /// The keyword data; `None` when there is none, so an empty start
    /// event is one word and is carried without an allocation.
    data: Option<Box<serde_json::Map<String, serde_json::Value>>>,
}

impl Serialize for StartEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.data().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for StartEvent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let data = serde_json::Map::deserialize(deserializer)?;
        Ok(StartEvent {
            data: (!data.is_empty()).then(|| Box::new(data)),
        })
    }
}

impl StartEvent {
    /// An empty start event.
    pub fn new() -> Self {
        Self::default()
    }

    /// Add a keyword value.
    ///
    /// # Panics
    /// If `value` cannot be represented as JSON data (a map with non-string
    /// keys, for example); use [`StartEvent::try_with`] to handle that.
    pub fn with(self, key: &str, value: impl Serialize) -> Self {
        match self.try_with(key, value) {
            Ok(ev) => ev,
            Err(e) => panic!("start event value for key `{key}` is not JSON data: {e}"),
        }
    }

    /// Add a keyword value, failing if it cannot be represented as JSON data.
    pub fn try_with(mut self, key: &str, value: impl Serialize) -> Result<Self, WorkflowError> {
        let value = serde_json::to_value(value).map_err(|source| WorkflowError::StartValue {
            key: key.to_owned(),
            source,
        })?;
        self.data
            .get_or_insert_default()
            .insert(key.to_owned(), value);
        Ok(self)
    }

    /// Whether the start event carries `key` (Python's `hasattr(ev, key)`).
    pub fn has(&self, key: &str) -> bool {
        self.data().contains_key(key)
    }

    /// The value of `key`, as a `T`.
    ///
    /// A missing key is [`WorkflowError::MissingStartKey`]; a value of
    /// another shape is [`WorkflowError::StartValue`]. Both name the key.
    pub fn get<T: DeserializeOwned>(&self, key: &str) -> Result<T, WorkflowError> {
        let value = self
            .data()
            .get(key)
            .ok_or_else(|| WorkflowError::MissingStartKey {
                key: key.to_owned(),
                present: self.data().keys().cloned().collect(),
            })?;
        T::deserialize(value).map_err(|source| WorkflowError::StartValue {
            key: key.to_owned(),
            source,
        })
    }

    /// All keyword data.
    pub fn data(&self) -> &serde_json::Map<String, serde_json::Value> {
        static EMPTY: std::sync::LazyLock<serde_json::Map<String, serde_json::Value>> =
            std::sync::LazyLock::new(serde_json::Map::new);
        self.data.as_deref().unwrap_or(&EMPTY)
    }
}

#[diagnostic::do_not_recommend]
impl Event for StartEvent {
    const ID: EventId = EventId::new("eventflow", "StartEvent", 0, 0);
    type __StopKind = ();
}

/// Build a [`StartEvent`] from keyword data: `start! { query: "What's LlamaIndex?", n: 3 }`.
#[macro_export]
macro_rules! start {
    () => { $crate::StartEvent::new() };
    ($($key:ident : $value:expr),+ $(,)?) => {
        $crate::StartEvent::new()$(.with($crate::__private::key(::core::stringify!($key)), $value))+
    };
}

/// The event that ends a run; `result` is what `run(..).await` returns.
///
/// A workflow has one result type `R`: all its steps return the same
/// `StopEvent<R>`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StopEvent<R> {
    /// The run's result.
    pub result: R,
}

impl<R> StopEvent<R> {
    /// A stop event with this result.
    pub fn new(result: R) -> Self {
        StopEvent { result }
    }
}

pub use crate::result_type::RunResult;

/// The id shared by every `StopEvent<R>`.
pub const STOP_EVENT_ID: EventId = EventId::new("eventflow", "StopEvent", 0, 0);

#[diagnostic::do_not_recommend]
impl<R: RunResult> Event for StopEvent<R> {
    const ID: EventId = STOP_EVENT_ID;
    type __StopKind = StopEvent<R>;
}

/// A union of two event types, for steps that accept or return either.
#[derive(Debug, Clone, PartialEq)]
pub enum Either<A, B> {
    /// The first type.
    Left(A),
    /// The second type.
    Right(B),
}

/// A union of three event types.
#[derive(Debug, Clone, PartialEq)]
pub enum Either3<A, B, C> {
    /// The first type.
    First(A),
    /// The second type.
    Second(B),
    /// The third type.
    Third(C),
}

use crate::result_type::{JoinStop, StopOf};

#[diagnostic::do_not_recommend]
impl<A: Event, B: Event> EventSet for Either<A, B>
where
    A::__StopKind: JoinStop<B::__StopKind>,
{
    const IDS: &'static [EventId] = &[A::ID, B::ID];
    type Stop = StopOf<A::__StopKind, B::__StopKind>;
    fn type_ids() -> Vec<TypeId> {
        vec![const { TypeId::of::<A>() }, const { TypeId::of::<B>() }]
    }
    fn from_dyn(ev: DynEvent) -> Result<Self, DynEvent> {
        let ev = match ev.downcast::<A>() {
            Ok(a) => return Ok(Either::Left(a)),
            Err(ev) => ev,
        };
        ev.downcast::<B>().map(Either::Right)
    }
    fn from_dyn_ref(ev: &DynEvent) -> Option<Self> {
        match ev.cloned::<A>() {
            Some(a) => Some(Either::Left(a)),
            None => ev.cloned::<B>().map(Either::Right),
        }
    }
    fn register(registry: &mut Registry) {
        registry.add::<A>();
        registry.add::<B>();
    }
    fn into_dyn(self) -> DynEvent {
        match self {
            Either::Left(a) => DynEvent::new(a),
            Either::Right(b) => DynEvent::new(b),
        }
    }
}

#[diagnostic::do_not_recommend]
impl<A, B, C> EventSet for Either3<A, B, C>
where
    A: Event,
    B: Event,
    C: Event,
    A::__StopKind: JoinStop<B::__StopKind>,
    StopOf<A::__StopKind, B::__StopKind>: JoinStop<C::__StopKind>,
{
    const IDS: &'static [EventId] = &[A::ID, B::ID, C::ID];
    type Stop = StopOf<StopOf<A::__StopKind, B::__StopKind>, C::__StopKind>;
    fn type_ids() -> Vec<TypeId> {
        vec![
            const { TypeId::of::<A>() },
            const { TypeId::of::<B>() },
            const { TypeId::of::<C>() },
        ]
    }
    fn from_dyn(ev: DynEvent) -> Result<Self, DynEvent> {
        let ev = match ev.downcast::<A>() {
            Ok(a) => return Ok(Either3::First(a)),
            Err(ev) => ev,
        };
        let ev = match ev.downcast::<B>() {
            Ok(b) => return Ok(Either3::Second(b)),
            Err(ev) => ev,
        };
        ev.downcast::<C>().map(Either3::Third)
    }
    fn from_dyn_ref(ev: &DynEvent) -> Option<Self> {
        if let Some(a) = ev.cloned::<A>() {
            return Some(Either3::First(a));
        }
        if let Some(b) = ev.cloned::<B>() {
            return Some(Either3::Second(b));
        }
        ev.cloned::<C>().map(Either3::Third)
    }
    fn register(registry: &mut Registry) {
        registry.add::<A>();
        registry.add::<B>();
        registry.add::<C>();
    }
    fn into_dyn(self) -> DynEvent {
        match self {
            Either3::First(a) => DynEvent::new(a),
            Either3::Second(b) => DynEvent::new(b),
            Either3::Third(c) => DynEvent::new(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Ping(u32);
    impl Event for Ping {
        const ID: EventId = EventId::new("tests", "Ping", 1, 1);
        type __StopKind = ();
    }

    #[test]
    fn dyn_event_round_trip() {
        let ev = DynEvent::new(Ping(7));
        assert_eq!(ev.name(), "Ping");
        assert!(ev.is::<Ping>());
        assert_eq!(format!("{ev:?}"), "Ping(7)");
        let ev = ev.downcast::<StartEvent>().unwrap_err();
        assert_eq!(ev.clone().downcast::<Ping>().unwrap(), Ping(7));
    }

    #[test]
    fn either_takes_its_members_only() {
        type U = Either<StartEvent, Ping>;
        assert!(matches!(
            U::from_dyn(DynEvent::new(Ping(1))),
            Ok(Either::Right(Ping(1)))
        ));
        assert!(U::from_dyn(DynEvent::new(StopEvent::new(1u8))).is_err());
        assert_eq!(U::IDS.len(), 2);
        assert!(U::IDS[0].same(&StartEvent::ID));
    }

    #[test]
    fn start_event_keys() {
        let ev = crate::start! { r#type: "raw", query: "q", n: 3 };
        assert_eq!(ev.get::<String>("type").unwrap(), "raw");
        assert!(ev.has("query"));
        assert_eq!(ev.get::<String>("query").unwrap(), "q");
        assert_eq!(ev.get::<i64>("n").unwrap(), 3);
        let err = ev.get::<String>("missing").unwrap_err();
        assert!(err.to_string().contains("`missing`"), "{err}");
        let err = ev.get::<i64>("query").unwrap_err();
        assert!(err.to_string().contains("`query`"), "{err}");
    }

    #[test]
    fn start_event_json_is_its_keyword_map_and_an_empty_one_is_one_word() {
        let empty = StartEvent::new();
        assert_eq!(
            std::mem::size_of::<StartEvent>(),
            std::mem::size_of::<usize>()
        );
        assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
        assert!(empty.data().is_empty() && !empty.has("n"));
        let back: StartEvent = serde_json::from_str("{}").unwrap();
        assert_eq!(back, empty);

        let full = crate::start! { n: 3 };
        let json = serde_json::to_string(&full).unwrap();
        assert_eq!(json, r#"{"n":3}"#);
        let back: StartEvent = serde_json::from_str(&json).unwrap();
        assert_eq!(back, full);
        assert_ne!(back, empty);
        assert!(serde_json::from_str::<StartEvent>("[1]").is_err());
    }

    #[test]
    fn ids_compare_by_every_part() {
        let a = EventId::new("m", "E", 1, 2);
        assert!(a.same(&EventId::new("m", "E", 1, 2)));
        assert!(!a.same(&EventId::new("n", "E", 1, 2)));
        assert!(!a.same(&EventId::new("m", "E", 3, 2)));
        assert!(!a.same(&EventId::new("m", "F", 1, 2)));
    }
}
