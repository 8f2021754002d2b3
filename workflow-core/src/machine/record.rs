//! The machine's inputs as data: what a journal keeps, and replay.
//!
//! With [`Machine::record`] on, every input the machine accepts is kept as
//! an [`Input`], in the order it was applied, with what it read of the
//! clock and, for a step's error, what its retry policy decided (an error
//! object does not survive a restart; the decision does). A durable driver
//! takes them out ([`Machine::take_inputs`]) and writes them down.
//!
//! [`Machine::replay`] applies such a list to a fresh machine. The machine
//! being deterministic, the replayed machine is in the state the recorded
//! one was in after the same inputs: what a run had done before its
//! process died.

use std::cell::Cell;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::failure::Failure;
use super::{
    Ask, Clock, Command, Config, Emitted, EncodedEvent, Inv, Machine, Outcome, Spec, WaitSpec,
};

/// One input the machine accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "input", rename_all = "snake_case", deny_unknown_fields)]
pub enum Input {
    /// [`Machine::start`].
    Start {
        /// The start event.
        event: EncodedEvent,
    },
    /// [`Machine::resume`].
    Resume,
    /// [`Machine::set_outside_can_send`].
    OutsideCanSend {
        /// Whether a handler exists.
        can: bool,
    },
    /// [`Machine::send`].
    Send {
        /// The event.
        event: EncodedEvent,
        /// The invocation that sent it, or none from outside.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<u64>,
        /// The step it was sent to (a targeted send), by name; none when
        /// it went to every step that accepts it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<String>,
        /// The clock, if it was read.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        now: Option<Duration>,
    },
    /// [`Machine::finish`].
    Finish {
        /// The invocation that ended.
        inv: u64,
        /// How it ended.
        outcome: RecordedOutcome,
        /// The clock, if it was read.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        now: Option<Duration>,
    },
    /// [`Machine::collect`].
    Collect {
        /// The buffer's key.
        key: String,
        /// The stable names of the events wanted.
        want: Vec<String>,
        /// The event buffered.
        event: EncodedEvent,
    },
    /// [`Machine::collect_n_into`].
    CollectN {
        /// The buffer's key.
        key: String,
        /// The event buffered.
        event: EncodedEvent,
        /// How many are wanted.
        n: usize,
    },
    /// [`Machine::wait`].
    Wait {
        /// The waiting invocation.
        inv: u64,
        /// Which of its waits.
        seq: u32,
        /// What it waits for.
        spec: WaitSpec,
        /// Whether it published a question (which is not kept: the
        /// step asks again when it runs again).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        ask: bool,
        /// The run's elapsed time.
        now: Duration,
    },
    /// [`Machine::write_stream`]: only its place in the stream's order is
    /// kept. What went to the stream went; replayed, it is not sent again,
    /// so the event is not written down (a streamed event's type need not
    /// be one the workflow's steps take or return, and a step may stream
    /// many, one LLM token each).
    WriteStream,
    /// [`Machine::tick`].
    Tick {
        /// The run's elapsed time.
        now: Duration,
    },
    /// [`Machine::cancel`].
    Cancel,
    /// [`Machine::fail_stuck`].
    FailStuck,
}

/// How an invocation ended, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum RecordedOutcome {
    /// It returned no event.
    Nothing,
    /// It returned one event.
    One {
        /// The event.
        event: EncodedEvent,
    },
    /// It returned a list of events (a fan-out).
    Many {
        /// The events, in order.
        events: Vec<EncodedEvent>,
    },
    /// It returned an error.
    Failed {
        /// The error's message.
        message: String,
        /// What the step's retry policy decided, if it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decision: Option<Decision>,
    },
    /// It panicked.
    Panicked {
        /// The panic's message.
        message: String,
    },
}

/// What a retry policy decided about a step's error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "snake_case", deny_unknown_fields)]
pub enum Decision {
    /// Another attempt after this delay.
    Retry {
        /// The delay.
        after: Duration,
    },
    /// No more attempts.
    GiveUp,
    /// The policy panicked with this message.
    Panicked {
        /// The panic message.
        message: String,
    },
}

impl Decision {
    pub(super) fn of(decided: &Result<Option<Duration>, String>) -> Self {
        match decided {
            Ok(Some(after)) => Decision::Retry { after: *after },
            Ok(None) => Decision::GiveUp,
            Err(message) => Decision::Panicked {
                message: message.clone(),
            },
        }
    }

    pub(super) fn into_result(self) -> Result<Option<Duration>, String> {
        match self {
            Decision::Retry { after } => Ok(Some(after)),
            Decision::GiveUp => Ok(None),
            Decision::Panicked { message } => Err(message),
        }
    }
}

/// A step's error as replayed: its message only.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RecordedError(pub String);

/// Why inputs could not be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("event `{name}` cannot be written to the journal: {reason}")]
pub struct RecordError {
    /// The event's stable name.
    pub name: String,
    /// Why.
    pub reason: String,
}

/// Why recorded inputs cannot be replayed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplayError {
    /// An event in them cannot be read back.
    #[error("input {at}: event `{name}` cannot be read back: {reason}")]
    BadEvent {
        /// The input's position.
        at: usize,
        /// The event's stable name.
        name: String,
        /// Why.
        reason: String,
    },
    /// An input names an invocation that is not running at that point, or
    /// an event type this workflow does not have: the inputs belong to
    /// another workflow or another version of it.
    #[error("input {at} does not fit the run: {what}")]
    Mismatch {
        /// The input's position.
        at: usize,
        /// What does not fit.
        what: String,
    },
}

/// What recording keeps between inputs.
#[derive(Debug, Default)]
pub(super) struct Recording {
    inputs: Vec<Input>,
    /// The first event that could not be encoded.
    error: Option<RecordError>,
    /// The decision of the retry policy during the current input.
    pub(super) decision: Option<Decision>,
}

/// A clock that remembers what it said.
pub(super) struct Remember<'a, C> {
    clock: C,
    read: &'a Cell<Option<Duration>>,
}

impl<C: Clock> Clock for Remember<'_, C> {
    fn now(&mut self) -> Duration {
        let now = self.clock.now();
        self.read.set(Some(now));
        now
    }
}

/// The clock of a replayed input: what the live one read.
struct Replayed(Option<Duration>);

impl Clock for Replayed {
    fn now(&mut self) -> Duration {
        // An input records the clock whenever the machine read it: the
        // replay reads it at the same points.
        self.0.unwrap_or_default()
    }
}

impl<S: Spec> Machine<S> {
    /// Keep every input from now on, for [`Machine::take_inputs`].
    pub fn record(&mut self) {
        if self.recording.is_none() {
            self.recording = Some(Box::default());
        }
    }

    /// Whether inputs are being recorded.
    pub fn is_recording(&self) -> bool {
        self.recording.is_some()
    }

    /// The inputs recorded since the last call, in order; an error if an
    /// event among them cannot be serialized (the run cannot be journaled).
    pub fn take_inputs(&mut self) -> Result<Vec<Input>, RecordError> {
        let Some(rec) = &mut self.recording else {
            return Ok(Vec::new());
        };
        if let Some(e) = rec.error.clone() {
            return Err(e);
        }
        Ok(std::mem::take(&mut rec.inputs))
    }

    /// Whether inputs were recorded and not taken yet.
    pub fn has_inputs(&self) -> bool {
        self.recording
            .as_ref()
            .is_some_and(|r| !r.inputs.is_empty() || r.error.is_some())
    }

    pub(super) fn encode_input(&mut self, ev: &S::Event) -> EncodedEvent {
        match self.spec.encode(ev) {
            Ok(e) => e,
            Err(reason) => {
                let name = self.spec.event_name(ev).to_owned();
                if let Some(rec) = &mut self.recording {
                    rec.error.get_or_insert(RecordError {
                        name: name.clone(),
                        reason,
                    });
                }
                EncodedEvent {
                    name,
                    data: serde_json::Value::Null,
                }
            }
        }
    }

    pub(super) fn push_input(&mut self, input: Input) {
        if let Some(rec) = &mut self.recording {
            rec.inputs.push(input);
        }
    }

    /// Run `f` with a clock that remembers whether and what it read.
    pub(super) fn remembering<C: Clock, R>(
        &mut self,
        clock: C,
        f: impl FnOnce(&mut Self, Remember<'_, C>) -> R,
    ) -> (R, Option<Duration>) {
        let read = Cell::new(None);
        let r = f(self, Remember { clock, read: &read });
        (r, read.get())
    }

    /// The outcome of a finished invocation, as recorded (the decision of
    /// a retry policy is filled in once made).
    pub(super) fn record_outcome(&mut self, outcome: &Outcome<S::Event>) -> RecordedOutcome {
        match outcome {
            Outcome::Emitted(Emitted::Nothing) => RecordedOutcome::Nothing,
            Outcome::Emitted(Emitted::One(e)) => RecordedOutcome::One {
                event: self.encode_input(e),
            },
            Outcome::Emitted(Emitted::Many(events)) => RecordedOutcome::Many {
                events: events.iter().map(|e| self.encode_input(e)).collect(),
            },
            Outcome::Failed(e) => RecordedOutcome::Failed {
                message: e.to_string(),
                decision: None,
            },
            Outcome::Panicked(message) => RecordedOutcome::Panicked {
                message: message.clone(),
            },
        }
    }

    /// A machine in the state the recorded one was in after `inputs`.
    /// Nothing it would have asked the driver to do is left to do: the
    /// driver goes on with [`Machine::resume`], which starts again every
    /// invocation that was in flight.
    pub fn replay(
        spec: S,
        config: Config,
        inputs: impl IntoIterator<Item = Input>,
    ) -> Result<Self, ReplayError> {
        let mut m = Machine::new(spec, config);
        for (at, input) in inputs.into_iter().enumerate() {
            if m.finished {
                return Err(ReplayError::Mismatch {
                    at,
                    what: "the run had ended before it".into(),
                });
            }
            m.apply(at, input)?;
            // What the inputs made happened already; only the run's end,
            // if the last input made it, is still to be carried out (the
            // process may have died before it wrote the end down).
            m.commands.retain(|c| matches!(c, Command::Finish(_)));
        }
        Ok(m)
    }

    fn decode_at(&self, at: usize, ev: &EncodedEvent) -> Result<S::Event, ReplayError> {
        self.spec
            .decode(ev)
            .map_err(|reason| ReplayError::BadEvent {
                at,
                name: ev.name.clone(),
                reason,
            })
    }

    fn running(&self, at: usize, id: u64) -> Result<Inv, ReplayError> {
        self.inv_by_id(id).ok_or_else(|| ReplayError::Mismatch {
            at,
            what: format!("invocation {id} is not running"),
        })
    }

    /// Apply the `at`-th recorded input.
    fn apply(&mut self, at: usize, input: Input) -> Result<(), ReplayError> {
        match input {
            Input::Start { event } => {
                let ev = self.decode_at(at, &event)?;
                self.start(ev);
            }
            Input::Resume => self.resume(),
            Input::OutsideCanSend { can } => self.set_outside_can_send(can),
            Input::Send {
                event,
                from,
                to,
                now,
            } => {
                let ev = self.decode_at(at, &event)?;
                let from = from.map(|id| self.running(at, id)).transpose()?;
                match to {
                    None => {
                        let _ = self.send(ev, from, Replayed(now));
                    }
                    Some(name) => {
                        let to = self
                            .step_named(&name)
                            .ok_or_else(|| ReplayError::Mismatch {
                                at,
                                what: format!("no step is named `{name}`"),
                            })?;
                        let _ = self.send_to(ev, from, to, Replayed(now));
                    }
                }
            }
            Input::Finish { inv, outcome, now } => {
                let inv = self.running(at, inv)?;
                let outcome = match outcome {
                    RecordedOutcome::Nothing => Outcome::Emitted(Emitted::Nothing),
                    RecordedOutcome::One { event } => {
                        Outcome::Emitted(Emitted::One(self.decode_at(at, &event)?))
                    }
                    RecordedOutcome::Many { events } => Outcome::Emitted(Emitted::Many(
                        events
                            .iter()
                            .map(|e| self.decode_at(at, e))
                            .collect::<Result<_, _>>()?,
                    )),
                    RecordedOutcome::Failed { message, decision } => {
                        self.failed(inv, Failure::Recorded { message, decision }, Replayed(now));
                        return Ok(());
                    }
                    RecordedOutcome::Panicked { message } => Outcome::Panicked(message),
                };
                self.finish(inv, outcome, Replayed(now));
            }
            Input::Collect { key, want, event } => {
                let ev = self.decode_at(at, &event)?;
                let want = want
                    .iter()
                    .map(|n| {
                        self.spec.intern(n).ok_or_else(|| ReplayError::Mismatch {
                            at,
                            what: format!("the workflow has no event `{n}`"),
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let _ = self.collect(&key, &want, ev);
            }
            Input::CollectN { key, event, n } => {
                let ev = self.decode_at(at, &event)?;
                self.collect_n_into(&key, ev, n, drop);
            }
            Input::Wait {
                inv,
                seq,
                spec,
                ask,
                now,
            } => {
                let inv = self.running(at, inv)?;
                let ask = if ask { Ask::Replayed } else { Ask::No };
                let _ = self.wait_with(inv, seq, &spec, ask, now);
            }
            Input::WriteStream => self.stream_seq += 1,
            Input::Tick { now } => self.tick(now),
            Input::Cancel => self.cancel(),
            Input::FailStuck => self.fail_stuck(),
        }
        Ok(())
    }
}
