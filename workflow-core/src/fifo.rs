//! First-in first-out queues shaped for runs that rarely queue.
//!
//! [`Fifo`] keeps its oldest item inline: most runs have one step
//! invocation ready at a time (a chain, a loop, a step that waits), so
//! they never need the heap part. [`LazyDeque`] is one word until its
//! first item.

use std::collections::VecDeque;

/// A FIFO queue whose first item lives inline.
///
/// Invariant: `rest` is empty whenever `first` is `None`, so `first`, if
/// any, is always the oldest item.
#[derive(Debug)]
pub(crate) struct Fifo<T> {
    first: Option<T>,
    rest: LazyDeque<T>,
}

impl<T> Default for Fifo<T> {
    fn default() -> Self {
        Fifo {
            first: None,
            rest: LazyDeque::default(),
        }
    }
}

impl<T> Fifo<T> {
    /// Add `item` as the newest.
    #[inline]
    pub(crate) fn push_back(&mut self, item: T) {
        match self.first {
            None => self.first = Some(item),
            Some(_) => self.rest.push_back(item),
        }
    }

    /// Take the oldest item.
    #[inline]
    pub(crate) fn pop_front(&mut self) -> Option<T> {
        let first = self.first.take()?;
        self.first = self.rest.pop_front();
        Some(first)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    /// Remove the oldest item that `is` picks, keeping the order of the
    /// others; whether one was removed.
    pub(crate) fn remove_first(&mut self, is: impl Fn(&T) -> bool) -> bool {
        if self.first.as_ref().is_some_and(&is) {
            self.first = self.rest.pop_front();
            return true;
        }
        let at = self.rest.iter().position(is);
        at.is_some_and(|at| self.rest.remove(at).is_some())
    }
}

/// A FIFO queue whose two oldest items live inline: a run's start needs
/// two of the machine's commands at once (its first step's start and its
/// timeout's timer), and most runs never need more, so their command
/// queue takes no allocation.
///
/// Invariant: `rest` is empty unless both inline slots are full, so the
/// inline items, from `head` on, are always the oldest.
#[derive(Debug)]
pub(crate) struct Fifo2<T> {
    slots: [Option<T>; 2],
    /// The slot of the oldest item.
    head: u8,
    /// Items in `slots`.
    len: u8,
    rest: LazyDeque<T>,
}

impl<T> Default for Fifo2<T> {
    fn default() -> Self {
        Fifo2 {
            slots: [None, None],
            head: 0,
            len: 0,
            rest: LazyDeque::default(),
        }
    }
}

impl<T> Fifo2<T> {
    /// Add `item` as the newest.
    #[inline]
    pub(crate) fn push_back(&mut self, item: T) {
        if self.len == 2 {
            return self.rest.push_back(item);
        }
        self.slots[usize::from((self.head + self.len) & 1)] = Some(item);
        self.len += 1;
    }

    /// Take the oldest item.
    #[inline]
    pub(crate) fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let item = self.slots[usize::from(self.head)].take();
        self.head ^= 1;
        self.len -= 1;
        if let Some(next) = self.rest.pop_front() {
            // Into the slot just freed: it follows the other one.
            self.slots[usize::from(self.head ^ 1)] = Some(next);
            self.len += 1;
        }
        item
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Keep only the items `keep` picks, in order.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let mut kept = Vec::new();
        while let Some(item) = self.pop_front() {
            if keep(&item) {
                kept.push(item);
            }
        }
        kept.into_iter().for_each(|item| self.push_back(item));
    }
}

/// A `VecDeque` made on first push: an empty one is one word and costs
/// nothing to drop. For the queues that stay empty in most runs (a step's
/// queue fills only while all its workers are busy).
#[derive(Debug, Clone)]
// Boxed on purpose: an empty `VecDeque` is four words and has drop glue.
#[allow(clippy::box_collection)]
pub(crate) struct LazyDeque<T>(Option<Box<VecDeque<T>>>);

impl<T> Default for LazyDeque<T> {
    fn default() -> Self {
        LazyDeque(None)
    }
}

impl<T> LazyDeque<T> {
    #[inline]
    pub(crate) fn push_back(&mut self, item: T) {
        self.0.get_or_insert_default().push_back(item);
    }

    #[inline]
    pub(crate) fn pop_front(&mut self) -> Option<T> {
        self.0.as_mut()?.pop_front()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.as_ref().is_none_or(|q| q.is_empty())
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |q| q.len())
    }

    pub(crate) fn get_mut(&mut self, at: usize) -> Option<&mut T> {
        self.0.as_mut()?.get_mut(at)
    }

    pub(crate) fn remove(&mut self, at: usize) -> Option<T> {
        self.0.as_mut()?.remove(at)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.0.iter().flat_map(|q| q.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::{Fifo, Fifo2, LazyDeque};
    use proptest::prelude::*;
    use std::collections::VecDeque;

    #[derive(Debug, Clone)]
    enum Op {
        Push(u8),
        Pop,
        Remove(u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            3 => any::<u8>().prop_map(|v| Op::Push(v % 8)),
            2 => Just(Op::Pop),
            1 => any::<u8>().prop_map(|v| Op::Remove(v % 8)),
        ]
    }

    proptest! {
        /// A `LazyDeque` is a `VecDeque`.
        #[test]
        fn lazy_deque_behaves_as_a_vecdeque(ops in proptest::collection::vec(op(), 0..64)) {
            let mut lazy = LazyDeque::default();
            let mut model = VecDeque::new();
            for op in ops {
                match op {
                    Op::Push(v) => {
                        lazy.push_back(v);
                        model.push_back(v);
                    }
                    Op::Pop => prop_assert_eq!(lazy.pop_front(), model.pop_front()),
                    Op::Remove(v) => {
                        if let Some(at) = model.iter().position(|m| *m == v) {
                            let item = lazy.get_mut(at).unwrap();
                            *item = item.wrapping_add(100);
                            model[at] = model[at].wrapping_add(100);
                        }
                    }
                }
                prop_assert_eq!(lazy.is_empty(), model.is_empty());
                prop_assert_eq!(lazy.len(), model.len());
                prop_assert!(lazy.iter().eq(model.iter()));
            }
        }

        /// Any sequence of pushes, pops and removals gives what a
        /// `VecDeque` gives.
        #[test]
        fn behaves_as_a_vecdeque(ops in proptest::collection::vec(op(), 0..64)) {
            against_vecdeque(Fifo::default(), ops)?;
        }

        /// Any sequence of pushes, pops and retains gives what a
        /// `VecDeque` gives.
        #[test]
        fn fifo2_behaves_as_a_vecdeque(ops in proptest::collection::vec(op(), 0..64)) {
            against_vecdeque(Fifo2::default(), ops)?;
        }
    }

    /// The queues under test, as the model check drives them.
    trait Queue {
        fn push_back(&mut self, v: u8);
        fn pop_front(&mut self) -> Option<u8>;
        fn is_empty(&self) -> bool;
        /// Remove `v` as the queue does, and from `model` the same way.
        fn remove(&mut self, v: u8, model: &mut VecDeque<u8>) -> Result<(), TestCaseError>;
    }

    impl Queue for Fifo<u8> {
        fn push_back(&mut self, v: u8) {
            Fifo::push_back(self, v)
        }
        fn pop_front(&mut self) -> Option<u8> {
            Fifo::pop_front(self)
        }
        fn is_empty(&self) -> bool {
            Fifo::is_empty(self)
        }
        fn remove(&mut self, v: u8, model: &mut VecDeque<u8>) -> Result<(), TestCaseError> {
            let at = model.iter().position(|m| *m == v);
            if let Some(at) = at {
                model.remove(at);
            }
            prop_assert_eq!(self.remove_first(|f| *f == v), at.is_some());
            Ok(())
        }
    }

    impl Queue for Fifo2<u8> {
        fn push_back(&mut self, v: u8) {
            Fifo2::push_back(self, v)
        }
        fn pop_front(&mut self) -> Option<u8> {
            Fifo2::pop_front(self)
        }
        fn is_empty(&self) -> bool {
            Fifo2::is_empty(self)
        }
        fn remove(&mut self, v: u8, model: &mut VecDeque<u8>) -> Result<(), TestCaseError> {
            self.retain(|f| *f != v);
            model.retain(|m| *m != v);
            Ok(())
        }
    }

    fn against_vecdeque(mut queue: impl Queue, ops: Vec<Op>) -> Result<(), TestCaseError> {
        let mut model = VecDeque::new();
        for op in ops {
            match op {
                Op::Push(v) => {
                    queue.push_back(v);
                    model.push_back(v);
                }
                Op::Pop => prop_assert_eq!(queue.pop_front(), model.pop_front()),
                Op::Remove(v) => queue.remove(v, &mut model)?,
            }
            prop_assert_eq!(queue.is_empty(), model.is_empty());
        }
        while let Some(v) = model.pop_front() {
            prop_assert_eq!(queue.pop_front(), Some(v));
        }
        prop_assert_eq!(queue.pop_front(), None);
        Ok(())
    }

    #[test]
    fn two_items_at_a_time_never_allocate() {
        let mut fifo = Fifo2::default();
        for i in 0..10 {
            fifo.push_back(i);
            fifo.push_back(i + 100);
            assert_eq!(fifo.pop_front(), Some(i));
            fifo.push_back(i + 200);
            assert_eq!(fifo.pop_front(), Some(i + 100));
            assert_eq!(fifo.pop_front(), Some(i + 200));
        }
        assert!(fifo.rest.0.is_none());
    }

    #[test]
    fn one_item_at_a_time_never_allocates() {
        let mut fifo = Fifo::default();
        for i in 0..10 {
            fifo.push_back(i);
            assert_eq!(fifo.pop_front(), Some(i));
        }
        assert!(fifo.rest.0.is_none());
    }
}
