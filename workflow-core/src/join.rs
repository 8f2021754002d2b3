//! The input of one invocation of a join or fan-in step, as one event.
//!
//! A join step (`async fn j(&self, a: A, b: B)`) and a fan-in step
//! (`async fn sum(&self, parts: Vec<Part>)`) take several events per
//! invocation. The run machine gathers them ([`crate::machine::Gather`])
//! and hands the step one [`Batch`]: the join's events in parameter
//! order, or the fan-in's in member order. The generated code takes the
//! parameters back out of it. In a snapshot a batch is its parts, each
//! under its own stable name.

use std::any::TypeId;

use serde::ser::SerializeSeq;
use serde::{Deserialize, Serialize};

use crate::event::{DynEvent, Event, EventId, EventSet, Registry};

/// The stable name batches are stored under.
pub const BATCH_NAME: &str = "eventflow.Batch";

/// The events of one invocation of a join or fan-in step.
#[derive(Clone, Debug)]
pub struct Batch(pub Vec<DynEvent>);

#[diagnostic::do_not_recommend]
impl Event for Batch {
    const ID: EventId = EventId::new("eventflow", "Batch", 0, 0).stable(BATCH_NAME);
    type __StopKind = ();
}

impl Serialize for Batch {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for part in &self.0 {
            let data = part.to_json().map_err(serde::ser::Error::custom)?;
            seq.serialize_element(
                &serde_json::json!({ "name": part.stable_name(), "data": data }),
            )?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Batch {
    fn deserialize<D: serde::Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Err(serde::de::Error::custom(
            "a batch is read back through its workflow's registry",
        ))
    }
}

impl Batch {
    /// Read a batch back from its JSON data: its parts by stable name.
    pub fn decode(registry: &Registry, data: &serde_json::Value) -> Result<DynEvent, String> {
        let parts = data.as_array().ok_or("a batch is a list of events")?;
        let parts = parts
            .iter()
            .map(|p| {
                let name = p
                    .get("name")
                    .and_then(|n| n.as_str())
                    .ok_or("a part of a batch has no name")?;
                let data = p.get("data").cloned().unwrap_or_default();
                if name == BATCH_NAME {
                    return Err("a batch inside a batch".to_owned());
                }
                registry.decode(name, data)
            })
            .collect::<Result<_, String>>()?;
        Ok(DynEvent::new(Batch(parts)))
    }
}

/// Parameter `i` of a join, taken out of its batch (generated code).
pub fn join_part<T: EventSet>(ev: &DynEvent, i: usize) -> Option<T> {
    ev.downcast_ref::<Batch>()
        .and_then(|b| b.0.get(i))
        .and_then(T::from_dyn_ref)
}

/// A fan-in's events, taken out of its batch (generated code).
pub fn fan_in<E: Event>(ev: &DynEvent) -> Option<Vec<E>> {
    ev.downcast_ref::<Batch>()?
        .0
        .iter()
        .map(|e| e.cloned::<E>())
        .collect()
}

/// The `TypeId`s of each parameter of a join (generated code).
pub fn params(sets: &[fn() -> Vec<TypeId>]) -> Vec<Vec<TypeId>> {
    sets.iter().map(|f| f()).collect()
}
