//! The context store: serde values by key, shared by every step of a run
//! and kept across runs that reuse the same [`Context`](crate::Context).
//!
//! Values are kept as JSON data, so a value must survive JSON: NaN and
//! infinite floats, which serde_json would silently write as `null`, are
//! refused where they are stored ([`WorkflowError::NotFaithful`]).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::WorkflowError;
use crate::faithful;

/// Key-value state shared by the steps of a workflow.
///
/// Values are stored as JSON data, so anything serde can write can be kept
/// and the whole store can be snapshotted. Clones share the same data.
///
/// `get` then `set` is two steps: with several workers between them, an
/// increment can be lost. [`Store::update`] reads and writes a key in one
/// step.
#[derive(Clone, Default)]
pub struct Store {
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    data: Mutex<Map<String, Value>>,
    /// A run holds the context this store belongs to (one allocation for
    /// both: every run has a store).
    busy: AtomicBool,
}

impl Store {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Claim the store for a run; false if a run holds it.
    pub(crate) fn claim(&self) -> bool {
        !self.shared.busy.swap(true, Ordering::AcqRel)
    }

    /// Give the store back after a run.
    pub(crate) fn release(&self) {
        self.shared.busy.store(false, Ordering::Release);
    }

    pub(crate) fn is_claimed(&self) -> bool {
        self.shared.busy.load(Ordering::Relaxed)
    }

    fn lock(&self) -> MutexGuard<'_, Map<String, Value>> {
        // A panic while the lock is held cannot leave a half-written map:
        // every critical section is a single insert, remove or clone, and
        // an `update` closure that panics does so before its insert.
        self.shared
            .data
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Store `value` under `key`, replacing what was there.
    ///
    /// A value JSON cannot hold as it is (a NaN or infinite float, anywhere
    /// in it) is refused with [`WorkflowError::NotFaithful`], naming the
    /// key and where in the value the float is; the store is unchanged.
    pub async fn set<T: Serialize>(&self, key: &str, value: T) -> Result<(), WorkflowError> {
        let value = encode(key, &value)?;
        self.lock().insert(key.to_owned(), value);
        Ok(())
    }

    /// Replace the value under `key` with `f` of it (`None` when there is
    /// none), in one step: no other `set`, `update` or `remove` comes
    /// between the read and the write, so steps with several workers can
    /// count with it. Returns the new value.
    ///
    /// ```
    /// # use eventflow_core::Store;
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), eventflow_core::WorkflowError> {
    /// let store = Store::new();
    /// let n = store.update("visits", |n: Option<u64>| n.unwrap_or(0) + 1).await?;
    /// assert_eq!(n, 1);
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// A value under `key` that is not a `T`, or a new value JSON cannot
    /// hold (see [`Store::set`]), is an error and leaves the store as it
    /// was. `f` runs while the store is locked: it must not use the store.
    pub async fn update<T, F>(&self, key: &str, f: F) -> Result<T, WorkflowError>
    where
        T: Serialize + DeserializeOwned,
        F: FnOnce(Option<T>) -> T,
    {
        let mut data = self.lock();
        let old = match data.get(key) {
            Some(value) => Some(decode(key, value.clone())?),
            None => None,
        };
        let new = f(old);
        data.insert(key.to_owned(), encode(key, &new)?);
        Ok(new)
    }

    /// The value under `key`, or `T::default()` when there is none.
    pub(crate) fn read_or_default<T>(&self, key: &str) -> Result<T, WorkflowError>
    where
        T: Default + DeserializeOwned,
    {
        let value = self.lock().get(key).cloned();
        value.map_or_else(|| Ok(T::default()), |v| decode(key, v))
    }

    /// Edit the value under `key` in place (`T::default()` when there is
    /// none), in one step like [`Store::update`]; returns what `f` returns.
    pub(crate) fn edit<T, R>(
        &self,
        key: &str,
        f: impl FnOnce(&mut T) -> R,
    ) -> Result<R, WorkflowError>
    where
        T: Default + Serialize + DeserializeOwned,
    {
        let mut data = self.lock();
        let mut value = match data.get(key) {
            Some(value) => decode(key, value.clone())?,
            None => T::default(),
        };
        let out = f(&mut value);
        data.insert(key.to_owned(), encode(key, &value)?);
        Ok(out)
    }

    /// The value under `key`; a missing key is
    /// [`WorkflowError::MissingStoreKey`], naming it.
    pub async fn get<T: DeserializeOwned>(&self, key: &str) -> Result<T, WorkflowError> {
        let value =
            self.lock()
                .get(key)
                .cloned()
                .ok_or_else(|| WorkflowError::MissingStoreKey {
                    key: key.to_owned(),
                })?;
        decode(key, value)
    }

    /// The value under `key`, or `default` when there is none.
    pub async fn get_or<T: DeserializeOwned>(
        &self,
        key: &str,
        default: T,
    ) -> Result<T, WorkflowError> {
        let value = self.lock().get(key).cloned();
        match value {
            Some(value) => decode(key, value),
            None => Ok(default),
        }
    }

    /// Whether the store holds `key`.
    pub async fn contains(&self, key: &str) -> bool {
        self.lock().contains_key(key)
    }

    /// Remove `key`, returning whether it was there.
    pub async fn remove(&self, key: &str) -> bool {
        self.lock().remove(key).is_some()
    }

    /// Every key and value, as JSON data.
    pub fn to_json(&self) -> Value {
        Value::Object(self.to_map())
    }

    /// Every key and value.
    pub fn to_map(&self) -> Map<String, Value> {
        self.lock().clone()
    }

    /// Replace every key and value (a resumed run's store).
    pub fn replace(&self, data: Map<String, Value>) {
        *self.lock() = data;
    }
}

/// `value` as JSON data, if JSON holds it as it is.
fn encode<T: Serialize + ?Sized>(key: &str, value: &T) -> Result<Value, WorkflowError> {
    let json = serde_json::to_value(value).map_err(|source| WorkflowError::StoreValue {
        key: key.to_owned(),
        source,
    })?;
    // serde_json writes NaN and infinity as `null`: look for them only
    // where a `null` came out, which is never for most values.
    if has_null(&json) {
        if let Some(found) = faithful::check(value) {
            return Err(WorkflowError::NotFaithful {
                key: key.to_owned(),
                at: found.at,
                value: found.value,
            });
        }
    }
    Ok(json)
}

fn has_null(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.iter().any(has_null),
        Value::Object(map) => map.values().any(has_null),
        Value::Bool(_) | Value::Number(_) | Value::String(_) => false,
    }
}

fn decode<T: DeserializeOwned>(key: &str, value: Value) -> Result<T, WorkflowError> {
    T::deserialize(value).map_err(|source| WorkflowError::StoreValue {
        key: key.to_owned(),
        source,
    })
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Store").field(&self.to_json()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[tokio::test]
    async fn set_get_default_and_errors() {
        let store = Store::new();
        store.set("list", vec!["a", "b"]).await.unwrap();
        let list: Vec<String> = store.get("list").await.unwrap();
        assert_eq!(list, ["a", "b"]);
        assert_eq!(store.get_or("absent", 5u32).await.unwrap(), 5);
        let err = store.get::<u32>("absent").await.unwrap_err();
        assert_eq!(err.to_string(), "the context store has no key `absent`");
        let err = store.get::<u32>("list").await.unwrap_err();
        assert!(
            err.to_string().starts_with("context store key `list`"),
            "{err}"
        );
        let clone = store.clone();
        clone.set("n", 1).await.unwrap();
        assert!(store.contains("n").await);
        assert!(store.remove("n").await);
        assert!(!store.contains("n").await);
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Reading {
        place: String,
        celsius: Vec<f64>,
    }

    #[tokio::test]
    async fn values_json_cannot_hold_are_refused_naming_the_key() {
        let store = Store::new();
        let err = store.set("ratio", f64::NAN).await.unwrap_err();
        assert_eq!(
            err.to_string(),
            "context store key `ratio`: the value is NaN, which JSON cannot hold (serde_json would store `null`); store a finite number, or an `Option` for no number"
        );
        assert!(!store.contains("ratio").await);
        store
            .set(
                "reading",
                Reading {
                    place: "Oslo".into(),
                    celsius: vec![1.0],
                },
            )
            .await
            .unwrap();
        let bad = Reading {
            place: "Oslo".into(),
            celsius: vec![1.0, f64::NEG_INFINITY],
        };
        let err = store.set("reading", bad).await.unwrap_err();
        assert!(
            err.to_string()
                .starts_with("context store key `reading`: `.celsius[1]` is -inf,"),
            "{err}"
        );
        // Refused: the value before is kept.
        let kept: Reading = store.get("reading").await.unwrap();
        assert_eq!(kept.celsius, [1.0]);
        let err = store
            .update("reading", |r: Option<Reading>| {
                let mut r = r.unwrap();
                r.celsius.push(f64::INFINITY);
                r
            })
            .await
            .unwrap_err();
        assert!(matches!(err, WorkflowError::NotFaithful { ref key, .. } if key == "reading"));
        let kept: Reading = store.get("reading").await.unwrap();
        assert_eq!(kept.celsius, [1.0]);
        // `None` is a null that is meant.
        store.set("maybe", Option::<f64>::None).await.unwrap();
        store.set("list", vec![Some(1.0), None]).await.unwrap();
    }

    #[tokio::test]
    async fn update_reads_and_writes_in_one_step() {
        let store = Store::new();
        assert_eq!(
            store
                .update("n", |n: Option<u32>| n.unwrap_or(0) + 1)
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            store
                .update("n", |n: Option<u32>| n.unwrap_or(0) + 1)
                .await
                .unwrap(),
            2
        );
        let err = store
            .update("n", |s: Option<String>| s.unwrap_or_default())
            .await
            .unwrap_err();
        assert!(
            err.to_string().starts_with("context store key `n`"),
            "{err}"
        );
        assert_eq!(store.get::<u32>("n").await.unwrap(), 2);
        let edited = store.edit("tags", |tags: &mut Vec<String>| {
            tags.push("a".into());
            tags.len()
        });
        assert_eq!(edited.unwrap(), 1);
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let store = store.clone();
                std::thread::spawn(move || {
                    for _ in 0..250 {
                        store.edit("count", |n: &mut u64| *n += 1).unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(store.get::<u64>("count").await.unwrap(), 1000);
    }
}
