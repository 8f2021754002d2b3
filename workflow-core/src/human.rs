//! Human in the loop: the events that ask the outside world for input and
//! carry its answer.
//!
//! A step asks by returning an [`InputRequiredEvent`] (it goes to the run's
//! stream, so no step needs to accept it) or by waiting inside the step
//! with `ctx.wait_for_event()`, declared with `#[step(waits_for = [..])]`.
//! The caller reads the question from the handler's stream and answers
//! with `handler.send_event(HumanResponseEvent::new(..))`. Your own types
//! can play these roles too: `#[event(input_required)]` and
//! `#[event(human_response)]`.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::event::{Event, EventId, EventKind};

/// A question for the outside world, with an optional payload of your own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InputRequiredEvent {
    /// The question, or the prompt to show.
    pub prefix: String,
    /// Anything else the asker wants the answerer to see.
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub payload: Value,
}

impl InputRequiredEvent {
    /// A question.
    pub fn new(prefix: impl Into<String>) -> Self {
        InputRequiredEvent {
            prefix: prefix.into(),
            payload: Value::Null,
        }
    }

    /// The same question with a payload (any serde value).
    ///
    /// # Panics
    /// If `payload` cannot be represented as JSON data.
    pub fn with_payload(mut self, payload: impl Serialize) -> Self {
        self.payload = to_value(payload);
        self
    }

    /// The payload as a `T`.
    pub fn payload<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        T::deserialize(&self.payload)
    }
}

/// The outside world's answer, with an optional payload of your own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HumanResponseEvent {
    /// The answer.
    pub response: String,
    /// Anything else the answerer sends.
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub payload: Value,
}

impl HumanResponseEvent {
    /// An answer.
    pub fn new(response: impl Into<String>) -> Self {
        HumanResponseEvent {
            response: response.into(),
            payload: Value::Null,
        }
    }

    /// The same answer with a payload (any serde value).
    ///
    /// # Panics
    /// If `payload` cannot be represented as JSON data.
    pub fn with_payload(mut self, payload: impl Serialize) -> Self {
        self.payload = to_value(payload);
        self
    }

    /// The payload as a `T`.
    pub fn payload<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        T::deserialize(&self.payload)
    }
}

fn to_value(payload: impl Serialize) -> Value {
    match serde_json::to_value(payload) {
        Ok(v) => v,
        Err(e) => panic!("an event payload must be JSON data: {e}"),
    }
}

#[diagnostic::do_not_recommend]
impl Event for InputRequiredEvent {
    const ID: EventId = EventId::new("eventflow", "InputRequiredEvent", 0, 0)
        .kind(EventKind::InputRequired)
        .fields(&["prefix: String", "payload: serde_json::Value"]);
    type __StopKind = ();
}

#[diagnostic::do_not_recommend]
impl Event for HumanResponseEvent {
    const ID: EventId = EventId::new("eventflow", "HumanResponseEvent", 0, 0)
        .kind(EventKind::HumanResponse)
        .fields(&["response: String", "payload: serde_json::Value"]);
    type __StopKind = ();
}
