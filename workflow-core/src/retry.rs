//! Retry policies: when a failed step runs again, and after how long.
//!
//! A [`RetryPolicy`] is plain `const` data, written on the step:
//!
//! ```ignore
//! #[step(retry = RetryPolicy::exponential(Duration::from_millis(100)).max_attempts(5).jitter(0.2))]
//! async fn fetch(&self, ev: Query) -> Result<Page, LlmError> { .. }
//! ```
//!
//! The run machine applies it: when an attempt fails (returns an error,
//! panics, or overruns the step's own timeout), the policy says whether
//! another attempt follows and after what delay. The delay is a deadline
//! the machine keeps, so it is in the run's snapshot and a resumed run
//! waits the same. Jitter is no random number: it comes from a small hash
//! of the run's seed (made from its run id), the step, the invocation and
//! the attempt, so a replay waits exactly as long and parallel invocations
//! of one step still spread out.
//!
//! While a step waits for its retry it keeps its worker, as it would if it
//! slept in its body: a step with `workers = 1` takes its next event once
//! the retried one is done. An exhausted policy fails the run with the
//! step's name, the number of attempts and the last error
//! ([`WorkflowError::RetriesExhausted`](crate::WorkflowError::RetriesExhausted)),
//! or gives the failure to the step's error handler.

use std::error::Error;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

/// The error of a failed attempt, as a retry condition sees it: what the
/// step returned (downcast it with `downcast_ref`), or [`Panicked`] or
/// [`TimedOut`].
pub type StepError = dyn Error + Send + Sync + 'static;

/// A condition on the error: whether to try again.
pub type RetryIf = fn(&StepError) -> bool;

/// The least delay the error itself asks for (a server's `retry-after`).
pub type DelayFrom = fn(&StepError) -> Option<Duration>;

/// How the delay grows from one retry to the next.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Backoff {
    /// The same delay every time.
    Constant(Duration),
    /// `start`, then `start + increment`, `start + 2 * increment`, ..
    Linear {
        /// The first delay.
        start: Duration,
        /// Added for each further retry.
        increment: Duration,
    },
    /// `initial`, then `initial * multiplier`, `initial * multiplier²`, ..
    Exponential {
        /// The first delay.
        initial: Duration,
        /// What each delay is multiplied by for the next (2 by default).
        multiplier: f64,
    },
}

/// When a failed step runs again; see the [module docs](self).
///
/// Build it in a `const` context, as `#[step(retry = ..)]` does: a
/// setting out of range (no attempts, a multiplier below 1, jitter
/// outside `0.0..=1.0`) is then a compile error at the policy.
#[derive(Clone, Copy)]
pub struct RetryPolicy {
    backoff: Backoff,
    max_attempts: u32,
    max_delay: Option<Duration>,
    max_total: Option<Duration>,
    jitter: f64,
    retry_if: Option<RetryIf>,
    delay_from: Option<DelayFrom>,
}

/// Attempts of a policy that does not say: the first and two retries.
pub const DEFAULT_ATTEMPTS: u32 = 3;

impl RetryPolicy {
    const fn with(backoff: Backoff) -> Self {
        RetryPolicy {
            backoff,
            max_attempts: DEFAULT_ATTEMPTS,
            max_delay: None,
            max_total: None,
            jitter: 0.0,
            retry_if: None,
            delay_from: None,
        }
    }

    /// Wait `delay` before each retry. Three attempts in all unless
    /// [`max_attempts`](Self::max_attempts) says otherwise.
    pub const fn constant(delay: Duration) -> Self {
        Self::with(Backoff::Constant(delay))
    }

    /// Wait `start` before the first retry and `increment` more before
    /// each further one.
    pub const fn linear(start: Duration, increment: Duration) -> Self {
        Self::with(Backoff::Linear { start, increment })
    }

    /// Wait `initial` before the first retry and twice as long before each
    /// further one (see [`multiplier`](Self::multiplier)).
    pub const fn exponential(initial: Duration) -> Self {
        Self::with(Backoff::Exponential {
            initial,
            multiplier: 2.0,
        })
    }

    /// How many attempts in all, the first included (3 by default).
    ///
    /// # Panics
    /// If `attempts` is 0.
    #[track_caller]
    pub const fn max_attempts(mut self, attempts: u32) -> Self {
        assert!(
            attempts >= 1,
            "a retry policy needs at least one attempt (`max_attempts(1)` never retries)"
        );
        self.max_attempts = attempts;
        self
    }

    /// The factor of an exponential backoff (2 by default); other backoffs
    /// ignore it.
    ///
    /// # Panics
    /// If `multiplier` is below 1 or not a number.
    #[track_caller]
    pub const fn multiplier(mut self, multiplier: f64) -> Self {
        assert!(
            multiplier >= 1.0,
            "an exponential backoff's multiplier must be at least 1.0"
        );
        if let Backoff::Exponential { initial, .. } = self.backoff {
            self.backoff = Backoff::Exponential {
                initial,
                multiplier,
            };
        }
        self
    }

    /// No delay is longer than `max`.
    pub const fn max_delay(mut self, max: Duration) -> Self {
        self.max_delay = Some(max);
        self
    }

    /// No attempt starts later than `max` after the first attempt started.
    pub const fn max_total(mut self, max: Duration) -> Self {
        self.max_total = Some(max);
        self
    }

    /// Take up to this fraction off each delay (0.0 by default; 1.0 is
    /// "full jitter", anywhere from no delay to the whole one). The
    /// fraction comes from a hash of the run's seed, the step, the
    /// invocation and the attempt, never from a random number generator.
    ///
    /// # Panics
    /// If `fraction` is outside `0.0..=1.0`.
    #[track_caller]
    pub const fn jitter(mut self, fraction: f64) -> Self {
        assert!(
            fraction >= 0.0 && fraction <= 1.0,
            "jitter is the fraction of a delay that may be taken off: 0.0 to 1.0"
        );
        self.jitter = fraction;
        self
    }

    /// Retry only errors for which `condition` holds (all by default).
    /// It sees what the step returned, or [`Panicked`] or [`TimedOut`].
    /// A condition that panics fails the run, saying so.
    pub const fn retry_if(mut self, condition: RetryIf) -> Self {
        self.retry_if = Some(condition);
        self
    }

    /// Retry only errors of type `E` (what the step returned, or
    /// [`Panicked`] or [`TimedOut`]).
    pub const fn retry_on<E: Error + 'static>(self) -> Self {
        self.retry_if(is_a::<E>)
    }

    /// Wait at least as long as `hint` says the error asks for (an HTTP
    /// server's `retry-after`; see `eventflow::llm::retry_after`), even
    /// past [`max_delay`](Self::max_delay).
    pub const fn delay_from(mut self, hint: DelayFrom) -> Self {
        self.delay_from = Some(hint);
        self
    }

    /// The backoff.
    pub const fn backoff(&self) -> Backoff {
        self.backoff
    }

    /// How many attempts in all, the first included.
    pub const fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The delay after failed attempt number `attempt` (from 1), before
    /// the next, with the jitter fraction `unit` (in `0.0..1.0`; the
    /// machine takes it from the hash), without what an error asks for.
    pub fn delay(&self, attempt: u32, unit: f64) -> Duration {
        let n = attempt.max(1) - 1;
        let base = match self.backoff {
            Backoff::Constant(d) => d,
            Backoff::Linear { start, increment } => {
                start.saturating_add(increment.saturating_mul(n))
            }
            Backoff::Exponential {
                initial,
                multiplier,
            } => {
                // Repeated multiplication, not `powi`: the same result on
                // every platform.
                let mut secs = initial.as_secs_f64();
                for _ in 0..n {
                    secs *= multiplier;
                    if secs > MAX_SECS {
                        break;
                    }
                }
                from_secs(secs)
            }
        };
        let jittered = if self.jitter > 0.0 {
            from_secs(base.as_secs_f64() * (1.0 - self.jitter * unit.clamp(0.0, 1.0)))
        } else {
            base
        };
        match self.max_delay {
            Some(max) => jittered.min(max),
            None => jittered,
        }
    }

    /// What follows failed attempt number `attempt` with `error`: the
    /// delay before the next attempt, or `None` for no more attempts.
    /// `elapsed` is the time since the first attempt started (when
    /// [`max_total`](Self::max_total) is set). `Err` carries the message
    /// of a condition or hint that panicked.
    pub(crate) fn decide(
        &self,
        error: &StepError,
        attempt: u32,
        elapsed: Option<Duration>,
        unit: f64,
    ) -> Result<Option<Duration>, String> {
        if attempt >= self.max_attempts {
            return Ok(None);
        }
        if let Some(condition) = self.retry_if {
            if !guarded(|| condition(error))? {
                return Ok(None);
            }
        }
        let mut delay = self.delay(attempt, unit);
        if let Some(hint) = self.delay_from {
            if let Some(asked) = guarded(|| hint(error))? {
                delay = delay.max(asked);
            }
        }
        if let (Some(max), Some(elapsed)) = (self.max_total, elapsed) {
            if elapsed.saturating_add(delay) > max {
                return Ok(None);
            }
        }
        Ok(Some(delay))
    }

    /// Whether the machine needs the start time of a step's first attempt.
    pub(crate) fn needs_start_time(&self) -> bool {
        self.max_total.is_some()
    }
}

impl std::fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("backoff", &self.backoff)
            .field("max_attempts", &self.max_attempts)
            .field("max_delay", &self.max_delay)
            .field("max_total", &self.max_total)
            .field("jitter", &self.jitter)
            .field("retry_if", &self.retry_if.is_some())
            .field("delay_from", &self.delay_from.is_some())
            .finish()
    }
}

/// Longest delay a backoff computes, in seconds (about 31 years).
const MAX_SECS: f64 = 1e9;

fn from_secs(secs: f64) -> Duration {
    Duration::try_from_secs_f64(secs.clamp(0.0, MAX_SECS)).unwrap_or(Duration::ZERO)
}

fn is_a<E: Error + 'static>(error: &StepError) -> bool {
    error.is::<E>()
}

/// Run user code of a policy, turning a panic into its message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(crate::panic_message)
}

/// The error a retry condition sees when the step panicked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the step panicked: {message}")]
pub struct Panicked {
    /// The panic message.
    pub message: String,
}

/// The error a retry condition sees when an attempt overran the step's
/// own timeout (`#[step(timeout = ..)]`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the attempt timed out after {after:?}")]
pub struct TimedOut {
    /// The step's timeout.
    pub after: Duration,
}

/// A run's jitter seed, from its run id: FNV-1a, then mixed.
pub fn seed_of(run_id: &str) -> u64 {
    mix(fnv(FNV_OFFSET, run_id.as_bytes()))
}

/// The jitter fraction of one retry, in `0.0..1.0`: a hash of the run's
/// seed, the step's name, the invocation the retries began with and the
/// failed attempt's number.
pub(crate) fn jitter_unit(seed: u64, step: &str, origin: u64, attempt: u32) -> f64 {
    let mut h = fnv(FNV_OFFSET ^ seed, step.as_bytes());
    h = fnv(h, &origin.to_le_bytes());
    h = fnv(h, &attempt.to_le_bytes());
    // The top 53 bits as a fraction: exact in an f64.
    (mix(h) >> 11) as f64 / (1u64 << 53) as f64
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// splitmix64's finalizer: spreads FNV's low-entropy high bits.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    fn delays(p: &RetryPolicy, n: u32) -> Vec<Duration> {
        (1..=n).map(|a| p.delay(a, 0.0)).collect()
    }

    #[test]
    fn each_backoff_gives_its_sequence() {
        let c = RetryPolicy::constant(100 * MS);
        assert_eq!(delays(&c, 3), [100 * MS, 100 * MS, 100 * MS]);
        let l = RetryPolicy::linear(100 * MS, 50 * MS);
        assert_eq!(delays(&l, 4), [100 * MS, 150 * MS, 200 * MS, 250 * MS]);
        let e = RetryPolicy::exponential(100 * MS);
        assert_eq!(delays(&e, 4), [100 * MS, 200 * MS, 400 * MS, 800 * MS]);
        let e3 = RetryPolicy::exponential(10 * MS).multiplier(3.0);
        assert_eq!(delays(&e3, 3), [10 * MS, 30 * MS, 90 * MS]);
        let capped = e.max_delay(300 * MS);
        assert_eq!(delays(&capped, 4), [100 * MS, 200 * MS, 300 * MS, 300 * MS]);
        // Huge exponents saturate instead of overflowing.
        assert!(e.delay(200, 0.0) >= Duration::from_secs(1_000_000));
    }

    #[test]
    fn jitter_takes_off_at_most_its_fraction_and_is_a_pure_function() {
        let p = RetryPolicy::constant(Duration::from_secs(1)).jitter(0.5);
        assert_eq!(p.delay(1, 0.0), Duration::from_secs(1));
        assert_eq!(p.delay(1, 0.5), Duration::from_millis(750));
        let units: Vec<f64> = (1..50).map(|a| jitter_unit(7, "fetch", 3, a)).collect();
        assert!(units.iter().all(|u| (0.0..1.0).contains(u)));
        // Not all alike, and the same inputs give the same fraction.
        assert!(units.windows(2).any(|w| w[0] != w[1]));
        assert_eq!(jitter_unit(7, "fetch", 3, 2), units[1]);
        assert_ne!(jitter_unit(8, "fetch", 3, 2), units[1]);
        assert_ne!(jitter_unit(7, "parse", 3, 2), units[1]);
        assert_ne!(jitter_unit(7, "fetch", 4, 2), units[1]);
        assert_eq!(seed_of("run-1"), seed_of("run-1"));
        assert_ne!(seed_of("run-1"), seed_of("run-2"));
    }

    #[derive(Debug, thiserror::Error)]
    #[error("busy")]
    struct Busy;

    #[test]
    fn decide_counts_attempts_checks_the_error_and_the_total_time() {
        let p = RetryPolicy::constant(10 * MS).max_attempts(3);
        let busy: Box<StepError> = Box::new(Busy);
        assert_eq!(p.decide(&*busy, 1, None, 0.0), Ok(Some(10 * MS)));
        assert_eq!(p.decide(&*busy, 2, None, 0.0), Ok(Some(10 * MS)));
        assert_eq!(p.decide(&*busy, 3, None, 0.0), Ok(None));
        let only_busy = p.retry_on::<Busy>();
        let other: Box<StepError> = "no".into();
        assert_eq!(only_busy.decide(&*busy, 1, None, 0.0), Ok(Some(10 * MS)));
        assert_eq!(only_busy.decide(&*other, 1, None, 0.0), Ok(None));
        let total = p.max_total(25 * MS);
        assert_eq!(
            total.decide(&*busy, 1, Some(15 * MS), 0.0),
            Ok(Some(10 * MS))
        );
        assert_eq!(total.decide(&*busy, 1, Some(16 * MS), 0.0), Ok(None));
        let hinted = p.max_delay(5 * MS).delay_from(|_| Some(40 * MS));
        assert_eq!(hinted.decide(&*busy, 1, None, 0.0), Ok(Some(40 * MS)));
    }

    #[test]
    fn a_condition_that_panics_is_reported_not_propagated() {
        let p = RetryPolicy::constant(MS).retry_if(|_| panic!("bad condition"));
        let e: Box<StepError> = "boom".into();
        assert_eq!(p.decide(&*e, 1, None, 0.0), Err("bad condition".to_owned()));
        let p = RetryPolicy::constant(MS).delay_from(|_| panic!("bad hint"));
        assert_eq!(p.decide(&*e, 1, None, 0.0), Err("bad hint".to_owned()));
    }

    #[test]
    #[should_panic(expected = "at least one attempt")]
    fn zero_attempts_is_refused() {
        let _ = RetryPolicy::constant(MS).max_attempts(0);
    }
}
