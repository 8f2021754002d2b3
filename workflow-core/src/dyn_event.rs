//! [`DynEvent`]: an event whose type is known only at run time.
//!
//! Events travel between steps type-erased. Many events are small (a
//! number, an id, a flag); a `Box<dyn Trait>` would cost an allocation and
//! a free for each. A `DynEvent` keeps an event of up to one word inline
//! and boxes only larger ones, beside a per-type table of functions (its
//! type id, clone, drop, JSON form). It is two words, as a `Box<dyn ..>`
//! is: queues and buffers of events cost no more memory than boxes did.
//!
//! # Safety
//!
//! The invariant every `unsafe` block here relies on: `data` holds a live
//! value of the type `vtable` was made for, inline when `fits::<E>()`
//! (`Fits::<E>::YES`),
//! else as the pointer of a `Box<E>`. `new` establishes it; `clone` makes
//! a new value the same way; `downcast` and `drop` end it exactly once
//! (`downcast` through `ManuallyDrop`).

use std::any::TypeId;
use std::fmt;
use std::mem::{ManuallyDrop, MaybeUninit};

use crate::event::{Event, EventId};

/// Room for an event stored inline: one word, word-aligned.
type Slot = MaybeUninit<usize>;

/// Whether `E` is stored inline.
const fn fits<E>() -> bool {
    std::mem::size_of::<E>() <= std::mem::size_of::<Slot>()
        && std::mem::align_of::<E>() <= std::mem::align_of::<Slot>()
}

// The per-type code below branches on constants (`Fits::<E>::YES`, `const`
// blocks) rather than calling small generic functions: each event type of
// every workflow instantiates it, and a branch on a constant is dropped
// before code generation, so an inline event carries no `Box` code and a
// boxed one no inline code, and no helper is compiled per type.

/// [`fits`] as a constant.
struct Fits<E>(std::marker::PhantomData<E>);

impl<E> Fits<E> {
    const YES: bool = fits::<E>();
}

/// A pointer to the `E` in `data`, a slot holding a live `E` as the
/// invariant says. Used inside `unsafe`: a boxed event's pointer is read
/// out of the slot (where `new` wrote its box).
macro_rules! event_ptr {
    ($e:ty, $data:expr) => {
        if Fits::<$e>::YES {
            $data.as_ptr().cast::<$e>()
        } else {
            *$data.as_ptr().cast::<*const $e>()
        }
    };
}

/// What a `DynEvent` knows of its event's type.
struct VTable {
    id: &'static EventId,
    type_id: TypeId,
    /// Clone the event `data` holds.
    clone: unsafe fn(&Slot) -> DynEvent,
    /// End the event `data` holds.
    drop: unsafe fn(&mut Slot),
    /// The event as JSON.
    to_json: unsafe fn(&Slot) -> serde_json::Result<serde_json::Value>,
}

struct VTableOf<E>(std::marker::PhantomData<E>);

impl<E: Event> VTableOf<E> {
    const VTABLE: VTable = VTable {
        id: &E::ID,
        type_id: TypeId::of::<E>(),
        clone: clone_of::<E>,
        drop: drop_of::<E>,
        to_json: json_of::<E>,
    };
}

unsafe fn clone_of<E: Event>(data: &Slot) -> DynEvent {
    // SAFETY: the caller passes the slot of a live `E`.
    let ev: &E = unsafe { &*event_ptr!(E, data) };
    DynEvent::new(ev.clone())
}

unsafe fn drop_of<E: Event>(data: &mut Slot) {
    if Fits::<E>::YES {
        // SAFETY: the slot holds a live `E` inline; it is not used again.
        unsafe { data.as_mut_ptr().cast::<E>().drop_in_place() }
    } else {
        // SAFETY: the slot holds the pointer of a `Box<E>` that was
        // leaked into it; it is not used again.
        unsafe { data.as_mut_ptr().cast::<Box<E>>().drop_in_place() }
    }
}

unsafe fn json_of<E: Event>(data: &Slot) -> serde_json::Result<serde_json::Value> {
    // SAFETY: the caller passes the slot of a live `E`.
    serde_json::to_value(unsafe { &*event_ptr!(E, data) })
}

/// An event whose type is known only at run time.
pub struct DynEvent {
    vtable: &'static VTable,
    data: Slot,
}

// SAFETY: every event is `Send + Sync` (the `Event` bound), and `data`
// holds only that event or the box that owns it.
unsafe impl Send for DynEvent {}
// SAFETY: as above.
unsafe impl Sync for DynEvent {}

impl DynEvent {
    /// Erase an event.
    pub fn new<E: Event>(ev: E) -> Self {
        let mut data = Slot::uninit();
        if Fits::<E>::YES {
            // SAFETY: `E` fits the slot in size and alignment.
            unsafe { data.as_mut_ptr().cast::<E>().write(ev) };
        } else {
            // SAFETY: a box (one pointer) fits the slot.
            unsafe { data.as_mut_ptr().cast::<Box<E>>().write(Box::new(ev)) };
        }
        DynEvent {
            vtable: const { &VTableOf::<E>::VTABLE },
            data,
        }
    }

    /// The event's type name.
    pub fn name(&self) -> &'static str {
        self.vtable.id.name
    }

    /// The event type's stable name (its path, or `#[event(name = "..")]`).
    pub fn stable_name(&self) -> &'static str {
        self.vtable.id.stable
    }

    /// The event type's compile-time identity.
    pub fn id(&self) -> &'static EventId {
        self.vtable.id
    }

    /// The `TypeId` of the event inside.
    pub fn type_id(&self) -> TypeId {
        self.vtable.type_id
    }

    /// Whether the event inside is an `E`.
    pub fn is<E: Event>(&self) -> bool {
        self.vtable.type_id == const { TypeId::of::<E>() }
    }

    /// Take the event out as an `E`, or get `self` back.
    pub fn downcast<E: Event>(self) -> Result<E, DynEvent> {
        if self.vtable.type_id != const { TypeId::of::<E>() } {
            return Err(self);
        }
        let this = ManuallyDrop::new(self);
        if Fits::<E>::YES {
            // SAFETY: the slot holds a live `E` inline (checked type); it is
            // moved out once and `this` is never dropped.
            Ok(unsafe { this.data.as_ptr().cast::<E>().read() })
        } else {
            // SAFETY: the slot holds a `Box<E>` (checked type); the box is
            // moved out once and `this` is never dropped.
            let boxed = unsafe { this.data.as_ptr().cast::<Box<E>>().read() };
            Ok(*boxed)
        }
    }

    /// A copy of the event as an `E`, if it is one.
    pub fn cloned<E: Event>(&self) -> Option<E> {
        if self.vtable.type_id == const { TypeId::of::<E>() } {
            // SAFETY: the type is checked; the slot holds a live `E`.
            Some(unsafe { (*event_ptr!(E, self.data)).clone() })
        } else {
            None
        }
    }

    /// Borrow the event as an `E`.
    pub fn downcast_ref<E: Event>(&self) -> Option<&E> {
        if self.vtable.type_id == const { TypeId::of::<E>() } {
            // SAFETY: the type is checked; the slot holds a live `E`.
            Some(unsafe { &*event_ptr!(E, self.data) })
        } else {
            None
        }
    }

    /// The event as JSON data.
    pub fn to_json(&self) -> serde_json::Result<serde_json::Value> {
        // SAFETY: the vtable is the one of the event in the slot.
        unsafe { (self.vtable.to_json)(&self.data) }
    }
}

impl Clone for DynEvent {
    fn clone(&self) -> Self {
        // SAFETY: the vtable is the one of the event in the slot.
        unsafe { (self.vtable.clone)(&self.data) }
    }
}

impl Drop for DynEvent {
    fn drop(&mut self) {
        // SAFETY: the vtable is the one of the event in the slot, which is
        // ended here and never used again.
        unsafe { (self.vtable.drop)(&mut self.data) }
    }
}

impl fmt::Debug for DynEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to_json() {
            Ok(v) => write!(f, "{}({})", self.name(), v),
            Err(_) => write!(f, "{}(..)", self.name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    /// Counts live values, so leaks and double drops show.
    #[derive(Debug, Default, Serialize, Deserialize)]
    struct Live {
        #[serde(skip)]
        count: Arc<AtomicUsize>,
    }

    impl Live {
        fn new(count: &Arc<AtomicUsize>) -> Self {
            count.fetch_add(1, Ordering::SeqCst);
            Live {
                count: count.clone(),
            }
        }
    }

    impl Clone for Live {
        fn clone(&self) -> Self {
            Live::new(&self.count)
        }
    }

    impl Drop for Live {
        fn drop(&mut self) {
            self.count.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// One word: stored inline.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    struct Small(Live);
    impl Event for Small {
        const ID: EventId = EventId::new("tests", "Small", 1, 1);
        type __StopKind = ();
    }

    /// Larger than the slot: boxed.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    struct Large(Live, [u64; 4]);
    impl Event for Large {
        const ID: EventId = EventId::new("tests", "Large", 2, 1);
        type __StopKind = ();
    }

    /// Over-aligned: boxed even though it is small.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    #[repr(align(16))]
    struct Aligned(u8);
    impl Event for Aligned {
        const ID: EventId = EventId::new("tests", "Aligned", 3, 1);
        type __StopKind = ();
    }

    #[test]
    fn small_events_are_inline_and_large_or_over_aligned_ones_boxed() {
        assert!(fits::<Small>());
        assert!(fits::<u64>());
        assert!(!fits::<u128>());
        assert!(!fits::<Large>());
        assert!(!fits::<Aligned>());
        assert_eq!(std::mem::size_of::<DynEvent>(), 16);
    }

    fn exercise<E: Event + fmt::Debug>(make: impl Fn() -> E, count: &Arc<AtomicUsize>) {
        let ev = DynEvent::new(make());
        let copy = ev.clone();
        assert_eq!(count.load(Ordering::SeqCst), 2);
        assert!(copy.downcast_ref::<E>().is_some());
        assert!(copy.downcast_ref::<StartEvent>().is_none());
        let back = copy.downcast::<E>().unwrap();
        assert_eq!(count.load(Ordering::SeqCst), 2);
        drop(back);
        assert_eq!(count.load(Ordering::SeqCst), 1);
        let ev = ev.downcast::<StartEvent>().unwrap_err();
        assert_eq!(count.load(Ordering::SeqCst), 1);
        assert!(ev.cloned::<E>().is_some());
        assert_eq!(count.load(Ordering::SeqCst), 1);
        drop(ev);
        assert_eq!(count.load(Ordering::SeqCst), 0, "no leak, no double drop");
    }

    use crate::event::StartEvent;

    #[test]
    fn inline_events_clone_move_and_drop_exactly_once() {
        let count = Arc::new(AtomicUsize::new(0));
        exercise(|| Small(Live::new(&count)), &count);
    }

    #[test]
    fn boxed_events_clone_move_and_drop_exactly_once() {
        let count = Arc::new(AtomicUsize::new(0));
        exercise(|| Large(Live::new(&count), [1, 2, 3, 4]), &count);
    }

    #[test]
    fn names_json_and_debug_come_from_the_type() {
        let ev = DynEvent::new(Aligned(7));
        assert_eq!(ev.name(), "Aligned");
        assert_eq!(ev.to_json().unwrap(), serde_json::json!(7));
        assert_eq!(format!("{ev:?}"), "Aligned(7)");
        assert_eq!(ev.downcast::<Aligned>().unwrap().0, 7);
        let start = DynEvent::new(crate::start! { q: "x" });
        assert_eq!(
            start
                .cloned::<StartEvent>()
                .unwrap()
                .get::<String>("q")
                .unwrap(),
            "x"
        );
    }
}
