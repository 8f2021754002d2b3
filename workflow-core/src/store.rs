//! The context store: serde values by key, shared by every step of a run
//! and kept across runs that reuse the same [`Context`](crate::Context).

use std::sync::{Arc, Mutex, MutexGuard};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::WorkflowError;

/// Key-value state shared by the steps of a workflow.
///
/// Values are stored as JSON data, so anything serde can write can be kept
/// and the whole store can be snapshotted. Clones share the same data.
#[derive(Clone, Default)]
pub struct Store {
    data: Arc<Mutex<Map<String, Value>>>,
}

impl Store {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, Map<String, Value>> {
        // A panic while the lock is held cannot leave a half-written map:
        // every critical section is a single insert, remove or clone.
        self.data
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Store `value` under `key`, replacing what was there.
    pub async fn set<T: Serialize>(&self, key: &str, value: T) -> Result<(), WorkflowError> {
        let value = serde_json::to_value(value).map_err(|source| WorkflowError::StoreValue {
            key: key.to_owned(),
            source,
        })?;
        self.lock().insert(key.to_owned(), value);
        Ok(())
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
}
