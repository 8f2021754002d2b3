//! A fixed map from event types to small values, built once per workflow
//! type and read on every routed event: an open-addressing table keyed by
//! [`TypeId`], half empty at most, so a lookup is a multiply, a shift and
//! one or two 128-bit comparisons whatever the number of event types.

use std::any::TypeId;
use std::hash::{Hash, Hasher};

/// The key of an empty slot: no event is of this type.
struct Vacant;

/// A map from `TypeId` to `V`, fixed once built.
#[derive(Debug)]
pub(crate) struct TypeMap<V> {
    slots: Box<[(TypeId, V)]>,
    /// `64 - log2(slots.len())`: a key's home slot is the top bits of its
    /// mixed hash.
    shift: u32,
}

impl<V: Copy> TypeMap<V> {
    /// The map of `entries`; `fill` is the value kept in empty slots
    /// (never returned).
    ///
    /// # Panics
    ///
    /// If a type comes twice.
    pub(crate) fn new(entries: impl IntoIterator<Item = (TypeId, V)>, fill: V) -> Self {
        let entries: Vec<(TypeId, V)> = entries.into_iter().collect();
        let len = (entries.len() * 2).next_power_of_two().max(2);
        let mut map = TypeMap {
            slots: vec![(TypeId::of::<Vacant>(), fill); len].into_boxed_slice(),
            shift: 64 - len.trailing_zeros(),
        };
        for (t, v) in entries {
            let mut i = map.home(t);
            loop {
                let slot = &mut map.slots[i];
                if slot.0 == TypeId::of::<Vacant>() {
                    *slot = (t, v);
                    break;
                }
                assert!(slot.0 != t, "a type is in a type map once");
                i = (i + 1) & (len - 1);
            }
        }
        map
    }

    /// The value of type `t`, if it is in the map.
    #[inline]
    pub(crate) fn get(&self, t: TypeId) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(t);
        loop {
            let (u, v) = self.slots[i & mask];
            if u == t {
                return Some(v);
            }
            if u == TypeId::of::<Vacant>() {
                return None;
            }
            i += 1;
        }
    }

    /// The slot a lookup of `t` starts at.
    #[inline]
    fn home(&self, t: TypeId) -> usize {
        let mut bits = Bits(0);
        t.hash(&mut bits);
        // Fibonacci hashing: the top bits of the product depend on every
        // bit of the key, whatever part of it `TypeId` hashes.
        (bits.0.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }
}

/// What a `TypeId` writes when hashed (it is a hash already).
struct Bits(u64);

impl Hasher for Bits {
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = self.0.rotate_left(5) ^ n;
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct T<const N: usize>;

    /// The type ids of `T<0>` to `T<63>`.
    fn ids() -> Vec<TypeId> {
        macro_rules! ids {
            ($($n:literal)*) => { vec![$(TypeId::of::<T<$n>>()),*] };
        }
        ids!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28
             29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54
             55 56 57 58 59 60 61 62 63)
    }

    #[test]
    fn every_size_finds_what_it_holds_and_nothing_else() {
        let ids = ids();
        for n in 0..=ids.len() {
            let map = TypeMap::new(
                ids[..n].iter().enumerate().map(|(i, t)| (*t, i)),
                usize::MAX,
            );
            assert!(map.slots.len() >= 2 * n);
            for (i, t) in ids.iter().enumerate() {
                let want = (i < n).then_some(i);
                assert_eq!(map.get(*t), want, "type {i} in a map of {n}");
            }
            assert_eq!(map.get(TypeId::of::<String>()), None);
        }
    }

    #[test]
    #[should_panic(expected = "once")]
    fn a_type_twice_is_refused() {
        let t = TypeId::of::<u8>();
        TypeMap::new([(t, 1), (t, 2)], 0);
    }
}
