//! When steps fail, overrun their timeout, or a run overruns its budget:
//! the part of the run machine that decides what follows.
//!
//! - A failed attempt (an error, a panic, or its step's own timeout) goes
//!   to the step's [retry policy](crate::retry): another attempt after a
//!   delay, kept as a deadline ([`Machine::next_deadline`]). The retried
//!   invocation keeps its step's worker while it waits. Each attempt is a
//!   new invocation (a new number, so a late outcome of an aborted attempt
//!   can never pass for the next one's); the attempt's number, the
//!   invocation the attempts began with and the last error travel along.
//! - Past its retries, a failure goes to the step's error handler as the
//!   workflow's failure event ([`Spec::failure_event`]), while the
//!   handler has recoveries left in this run; else the run fails.
//! - An attempt of a step with a timeout has a deadline; when it passes,
//!   the driver is told to drop the attempt ([`Command::Abort`]) and it
//!   fails as [`TimedOut`].
//! - With a budget ([`Config::max_invocations`](super::Config::max_invocations),
//!   [`Config::max_invocations_per_step`](super::Config::max_invocations_per_step)), the invocation that would go
//!   over it is not started: the run fails naming its busiest steps.
//!
//! Steps without options pay for none of this: their invocations have no
//! attempt record and read no clock.

use std::time::Duration;

use super::{Clock, Command, Invocation, Machine, Now, Spec, StepIndex, StepState};
use crate::error::{BoxError, Budget, WorkflowError};
use crate::machine::Inv;
use crate::retry::{jitter_unit, Panicked, RetryPolicy, StepError, TimedOut};

use super::record::{Decision, RecordedError};

/// One attempt of an invocation, kept for steps with a timeout or a retry
/// policy that limits its total time, and for retries.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Attempt {
    /// The invocation.
    pub(super) inv: u64,
    /// Which attempt, from 1.
    pub(super) number: u32,
    /// The invocation the attempts began with.
    pub(super) origin: u64,
    /// When the first attempt started (when the policy limits the total
    /// time).
    pub(super) first_start: Option<Duration>,
    /// When this attempt overruns its step's timeout.
    pub(super) deadline: Option<Duration>,
    /// The error of the attempt before.
    pub(super) last_error: Option<String>,
}

/// What a retry carries to its next attempt.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct NextAttempt {
    /// The number of the attempt to start.
    pub(super) number: u32,
    /// The invocation the attempts began with.
    pub(super) origin: u64,
    /// When the first attempt started, if kept.
    pub(super) first_start: Option<Duration>,
    /// The error of the attempt that failed.
    pub(super) last_error: String,
}

/// A failed invocation waiting out its retry delay. It holds a worker of
/// its step.
#[derive(Debug, Clone)]
pub(super) struct Retry<E> {
    pub(super) step: StepIndex,
    /// The input event, given to the next attempt.
    pub(super) event: E,
    /// Its fan-out branch.
    pub(super) tag: super::Tag,
    /// When the next attempt starts.
    pub(super) at: Duration,
    pub(super) next: NextAttempt,
}

/// How an attempt failed.
pub(super) enum Failure {
    /// The step returned an error.
    Error(BoxError),
    /// The step panicked with this message.
    Panic(String),
    /// The attempt overran its step's timeout.
    TimedOut(Duration),
    /// A recorded error, replayed: its message, and what the step's retry
    /// policy decided about it then.
    Recorded {
        message: String,
        decision: Option<Decision>,
    },
}

impl Failure {
    /// Call `f` with the failure as an error, as a retry condition sees it.
    fn with_error<R>(&self, f: impl FnOnce(&StepError) -> R) -> R {
        match self {
            Failure::Error(e) => f(&**e),
            Failure::Panic(message) => f(&Panicked {
                message: message.clone(),
            }),
            Failure::TimedOut(after) => f(&TimedOut { after: *after }),
            Failure::Recorded { message, .. } => f(&RecordedError(message.clone())),
        }
    }

    fn message(&self) -> String {
        self.with_error(|e| e.to_string())
    }

    /// The run's error for this failure of `step` on its `attempts`-th
    /// attempt.
    fn into_error(self, step: &'static str, attempts: u32) -> WorkflowError {
        if attempts > 1 {
            let source: BoxError = match self {
                Failure::Error(e) => e,
                Failure::Panic(message) => Box::new(Panicked { message }),
                Failure::TimedOut(after) => Box::new(TimedOut { after }),
                Failure::Recorded { message, .. } => Box::new(RecordedError(message)),
            };
            return WorkflowError::RetriesExhausted {
                step,
                attempts,
                source,
            };
        }
        match self {
            Failure::Error(source) => WorkflowError::StepFailed { step, source },
            Failure::Panic(message) => WorkflowError::StepPanicked { step, message },
            Failure::TimedOut(after) => WorkflowError::StepTimedOut { step, after },
            Failure::Recorded { message, .. } => WorkflowError::StepFailed {
                step,
                source: Box::new(RecordedError(message)),
            },
        }
    }
}

impl<S: Spec> Machine<S> {
    /// Keep the record of attempt `id` of `step`: its number, its deadline
    /// (with `timeout`) and, for a retry, what the attempts before left.
    pub(super) fn record_attempt<C: Clock>(
        &mut self,
        id: u64,
        step: StepIndex,
        timeout: Option<Duration>,
        retry: Option<NextAttempt>,
        now: &mut Now<C>,
    ) {
        let needs_start = self
            .spec
            .retry(step)
            .is_some_and(RetryPolicy::needs_start_time);
        let (number, origin, first_start, last_error) = match retry {
            Some(next) => (
                next.number,
                next.origin,
                next.first_start,
                Some(next.last_error),
            ),
            None => (1, id, needs_start.then(|| now.get()), None),
        };
        let deadline = timeout.map(|t| now.get().saturating_add(t));
        if let Some(at) = deadline {
            self.commands.push_back(Command::ArmTimer { at });
        }
        self.rare_mut().attempts.push(Attempt {
            inv: id,
            number,
            origin,
            first_start,
            deadline,
            last_error,
        });
    }

    fn take_attempt(&mut self, id: u64) -> Option<Attempt> {
        let at = self.attempts().iter().position(|a| a.inv == id)?;
        Some(self.rare_mut().attempts.remove(at))
    }

    /// Invocation `inv` failed (an input of [`Machine::finish`]).
    pub(super) fn failed(&mut self, inv: Inv, failure: Failure, clock: impl Clock) {
        self.fail_invocation(inv, failure, &mut Now::new(clock));
        self.check_stalled();
    }

    /// Invocation `inv`, in flight, failed: retry it, give it to its
    /// step's error handler, or end the run.
    fn fail_invocation<C: Clock>(&mut self, inv: Inv, failure: Failure, now: &mut Now<C>) {
        let Invocation {
            step, event, tag, ..
        } = self.inflight.remove(inv.slot as usize);
        if !self.waiters().is_empty() {
            self.drop_waiters_of(inv.id);
        }
        if !self.replaying().is_empty() {
            if let Some(r) = self.rare.as_deref_mut() {
                r.replaying.retain(|(i, _)| *i != inv.id);
            }
        }
        let attempt = self.take_attempt(inv.id);
        if self.finished {
            self.steps[step as usize].active -= 1;
            return;
        }
        if self.config.internal_events {
            let error = failure.message();
            self.publish_state(step, inv.id, StepState::Failed { error });
        }
        let number = attempt.as_ref().map_or(1, |a| a.number);
        if let Some(policy) = self.spec.retry(step).copied() {
            let time = now.get();
            let origin = attempt.as_ref().map_or(inv.id, |a| a.origin);
            let first_start = attempt.as_ref().and_then(|a| a.first_start);
            let elapsed = first_start.map(|t| time.saturating_sub(t));
            let name = self.spec.step_name(step);
            let unit = jitter_unit(self.config.seed, name, origin, number);
            let decided = match &failure {
                // Replayed: the error object is gone, its verdict is not.
                Failure::Recorded {
                    decision: Some(d), ..
                } => d.clone().into_result(),
                _ => failure.with_error(|e| policy.decide(e, number, elapsed, unit)),
            };
            if let Some(rec) = &mut self.recording {
                rec.decision = Some(Decision::of(&decided));
            }
            match decided {
                Err(message) => {
                    self.steps[step as usize].active -= 1;
                    self.finish_run(Err(WorkflowError::RetryPolicyPanicked {
                        step: name,
                        message,
                    }));
                    return;
                }
                Ok(Some(delay)) => {
                    let at = time.saturating_add(delay);
                    self.rare_mut().retries.push(Retry {
                        step,
                        event,
                        tag,
                        at,
                        next: NextAttempt {
                            number: number + 1,
                            origin,
                            first_start,
                            last_error: failure.message(),
                        },
                    });
                    self.commands.push_back(Command::ArmTimer { at });
                    return;
                }
                Ok(None) => {}
            }
        }
        self.steps[step as usize].active -= 1;
        self.free_worker(step, now);
        self.give_up(step, number, failure, event, tag, now);
    }

    /// `step` failed for good after `attempts` attempts on `input`: its
    /// error handler takes the failure, or the run fails.
    fn give_up<C: Clock>(
        &mut self,
        step: StepIndex,
        attempts: u32,
        failure: Failure,
        input: S::Event,
        tag: super::Tag,
        now: &mut Now<C>,
    ) {
        let handler = self.spec.handler(step);
        let message = handler.map(|_| failure.message());
        let mut error = failure.into_error(self.spec.step_name(step), attempts);
        if let (Some(handler), Some(message)) = (handler, message) {
            let budget = self.spec.recoveries(handler);
            let at = self.recoveries().iter().position(|(h, _)| *h == handler);
            let used = at.map_or(0, |at| self.recoveries()[at].1);
            if used < budget {
                match at {
                    Some(at) => self.rare_mut().recoveries[at].1 += 1,
                    None => self.rare_mut().recoveries.push((handler, 1)),
                }
                let ev = self.spec.failure_event(step, attempts, &message, &input);
                if self.config.trace {
                    self.commands.push_back(Command::Trace {
                        from: Some(step),
                        event: ev.clone(),
                    });
                }
                // The handler goes on in the failed invocation's branch.
                self.deliver(handler, ev, tag, now);
                self.release(tag, now);
                return;
            }
            error = WorkflowError::Unrecovered {
                handler: self.spec.step_name(handler),
                recoveries: budget,
                source: Box::new(error),
            };
        }
        self.finish_run(Err(error));
    }

    /// Count an invocation of `step` against the run's budget; `false`
    /// (and the run failed) if it would go over. Only runs with a budget
    /// come here: kept out of the steady state's code.
    #[inline(never)]
    pub(super) fn charge(&mut self, step: StepIndex) -> bool {
        let Some(budget) = self.budget.as_deref() else {
            return true;
        };
        let count = budget.counts[step as usize];
        let exceeded = match (budget.max_invocations, budget.max_invocations_per_step) {
            (Some(limit), _) if self.next_inv >= limit => Some(Budget::Invocations { limit }),
            (_, Some(limit)) if count >= limit => Some(Budget::PerStep {
                step: self.spec.step_name(step),
                limit,
            }),
            _ => None,
        };
        if let Some(budget) = exceeded {
            let busiest = self.busiest();
            self.finish_run(Err(WorkflowError::BudgetExceeded { budget, busiest }));
            return false;
        }
        if let Some(budget) = &mut self.budget {
            budget.counts[step as usize] = count + 1;
        }
        true
    }

    /// The three steps that started the most invocations, most first
    /// (ties in step order).
    fn busiest(&self) -> Vec<(&'static str, u64)> {
        let mut counted: Vec<(StepIndex, u64)> = (self.counts().iter().enumerate())
            .map(|(i, n)| (i as StepIndex, *n))
            .filter(|(_, n)| *n > 0)
            .collect();
        counted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counted
            .into_iter()
            .take(3)
            .map(|(i, n)| (self.spec.step_name(i), n))
            .collect()
    }

    /// Time passed to `now`: attempts past their step's timeout fail,
    /// retries whose delay is over start.
    pub(super) fn tick_attempts(&mut self, now: Duration) {
        let mut clock = Now::new(now);
        // In the order the attempts started.
        while let Some(at) = self
            .attempts()
            .iter()
            .position(|a| a.deadline.is_some_and(|d| now >= d))
        {
            let id = self.attempts()[at].inv;
            let Some(inv) = self.inv_by_id(id) else {
                self.rare_mut().attempts.remove(at);
                continue;
            };
            let step = self.inflight[inv.slot as usize].step;
            let after = self.spec.step_timeout(step).unwrap_or_default();
            self.commands.push_back(Command::Abort { inv });
            self.fail_invocation(inv, Failure::TimedOut(after), &mut clock);
            if self.finished {
                return;
            }
        }
        // Earliest first; among equals, the one scheduled first.
        while let Some(at) = self
            .retries()
            .iter()
            .enumerate()
            .filter(|(_, r)| r.at <= now)
            .min_by_key(|(i, r)| (r.at, *i))
            .map(|(i, _)| i)
        {
            let Retry {
                step,
                event,
                tag,
                next,
                ..
            } = self.rare_mut().retries.remove(at);
            self.steps[step as usize].active -= 1;
            self.start_invocation(step, event, tag, Some(next), &mut clock);
            if self.finished {
                return;
            }
        }
        self.check_stalled();
    }

    /// Which attempt invocation `inv` is, from 1.
    pub fn attempt(&self, inv: Inv) -> u32 {
        self.attempts()
            .iter()
            .find(|a| a.inv == inv.id)
            .map_or(1, |a| a.number)
    }

    /// The error of the attempt before invocation `inv`, if it is a retry.
    pub fn last_error(&self, inv: Inv) -> Option<&str> {
        self.attempts()
            .iter()
            .find(|a| a.inv == inv.id)
            .and_then(|a| a.last_error.as_deref())
    }

    /// Failed invocations waiting for their next attempt: how many.
    pub fn retrying_len(&self) -> usize {
        self.retries().len()
    }
}
