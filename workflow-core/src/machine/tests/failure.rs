//! Retries, step timeouts, error handlers and budgets, driven by plain
//! calls.

use super::*;
use crate::retry;

const MS: Duration = Duration::from_millis(1);

#[derive(Debug, thiserror::Error)]
#[error("busy")]
struct Busy;

/// `fetch` (one worker, with `policy`) takes `Start` and `A`.
fn flaky(policy: RetryPolicy) -> Machine<Toy> {
    let spec =
        Toy::new(&[("fetch", 1, &["Start", "A"]), ("sink", 1, &["B"])]).retry("fetch", policy);
    let config = Config {
        seed: 7,
        ..Config::default()
    };
    Machine::new(spec, config)
}

fn timers(cmds: &[Command<Ev>]) -> Vec<Duration> {
    cmds.iter()
        .filter_map(|c| match c {
            Command::ArmTimer { at } => Some(*at),
            _ => None,
        })
        .collect()
}

fn busy() -> Outcome<Ev> {
    Outcome::Failed(Box::new(Busy))
}

/// Fail `fetch` `failures` times, starting each retry when it is due;
/// the delays the machine asked for, and the machine.
fn delays_of(policy: RetryPolicy, failures: usize) -> (Vec<Duration>, Machine<Toy>) {
    let mut m = flaky(policy);
    m.start(Ev("Start", 0));
    let mut inv = invs(&drain(&mut m))[0];
    let mut now = Duration::ZERO;
    let mut delays = Vec::new();
    for _ in 0..failures {
        m.finish(inv, busy(), now);
        let cmds = drain(&mut m);
        let Some(&at) = timers(&cmds).first() else {
            break;
        };
        delays.push(at - now);
        assert_eq!(m.next_deadline(), Some(at));
        // Nothing starts before it is due.
        m.tick(at - Duration::from_nanos(1));
        assert!(invs(&drain(&mut m)).is_empty());
        now = at;
        m.tick(now);
        let cmds = drain(&mut m);
        assert_eq!(starts(&m, &cmds), [("fetch", Ev("Start", 0))]);
        inv = invs(&cmds)[0];
    }
    (delays, m)
}

#[test]
fn each_backoff_gives_its_delays_as_deadlines() {
    let c = RetryPolicy::constant(100 * MS).max_attempts(4);
    assert_eq!(delays_of(c, 3).0, [100 * MS, 100 * MS, 100 * MS]);
    let l = RetryPolicy::linear(100 * MS, 50 * MS).max_attempts(4);
    assert_eq!(delays_of(l, 3).0, [100 * MS, 150 * MS, 200 * MS]);
    let e = RetryPolicy::exponential(100 * MS).max_attempts(5);
    assert_eq!(delays_of(e, 4).0, [100 * MS, 200 * MS, 400 * MS, 800 * MS]);
    let capped = e.max_delay(250 * MS);
    assert_eq!(
        delays_of(capped, 4).0,
        [100 * MS, 200 * MS, 250 * MS, 250 * MS]
    );
    // The total time counts from the first attempt's start (at 0): a
    // retry that would start after 350 ms does not happen.
    let total = e.max_total(350 * MS);
    assert_eq!(delays_of(total, 4).0, [100 * MS, 200 * MS]);
}

#[test]
fn a_retry_knows_its_attempt_and_the_last_error_and_exhausted_retries_fail_the_run() {
    let (_, mut m) = delays_of(RetryPolicy::constant(10 * MS), 2);
    let inv = *m
        .inflight
        .iter()
        .map(|(slot, i)| Inv {
            slot: slot as u32,
            id: i.id,
        })
        .collect::<Vec<_>>()
        .first()
        .unwrap();
    assert_eq!(m.attempt(inv), 3);
    assert_eq!(m.last_error(inv), Some("busy"));
    m.finish(inv, busy(), 20 * MS);
    let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `fetch` failed after 3 attempts; the last error: busy"
    );
    let source = std::error::Error::source(&err).unwrap();
    assert!(source.is::<Busy>());
    // A first attempt: number 1, no last error.
    let mut m = flaky(RetryPolicy::constant(MS));
    m.start(Ev("Start", 0));
    let first = invs(&drain(&mut m))[0];
    assert_eq!((m.attempt(first), m.last_error(first)), (1, None));
}

#[test]
fn the_condition_decides_which_errors_are_retried() {
    let policy = RetryPolicy::constant(10 * MS).retry_on::<Busy>();
    let mut m = flaky(policy);
    m.start(Ev("Start", 0));
    let inv = invs(&drain(&mut m))[0];
    m.finish(inv, Outcome::Failed("bad request".into()), T0);
    let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
    assert_eq!(err.to_string(), "step `fetch` failed: bad request");

    // Retried once, then an error it does not retry: the run fails
    // saying how many attempts there were.
    let mut m = flaky(policy);
    m.start(Ev("Start", 0));
    let inv = invs(&drain(&mut m))[0];
    m.finish(inv, busy(), T0);
    drain(&mut m);
    m.tick(10 * MS);
    let inv = invs(&drain(&mut m))[0];
    m.finish(inv, Outcome::Panicked("oops".into()), 10 * MS);
    let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `fetch` failed after 2 attempts; the last error: the step panicked: oops"
    );
}

#[test]
fn a_policy_that_panics_fails_the_run_saying_so() {
    let policy = RetryPolicy::constant(MS).retry_if(|_| panic!("no idea"));
    let mut m = flaky(policy);
    m.start(Ev("Start", 0));
    let inv = invs(&drain(&mut m))[0];
    m.finish(inv, busy(), T0);
    let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
    assert!(
        matches!(&err, WorkflowError::RetryPolicyPanicked { step: "fetch", message } if message == "no idea"),
        "{err:?}"
    );
    assert!(err.to_string().contains("fix its `retry_if`"), "{err}");
}

#[test]
fn a_retry_keeps_its_worker_so_queued_events_wait() {
    let mut m = flaky(RetryPolicy::constant(10 * MS));
    m.start(Ev("Start", 0));
    let first = invs(&drain(&mut m))[0];
    m.send(Ev("A", 1), Some(first), T0).unwrap();
    assert_eq!(m.queued_len(), 1);
    m.finish(first, busy(), T0);
    assert!(invs(&drain(&mut m)).is_empty(), "the queued event waits");
    assert_eq!((m.retrying_len(), m.queued_len()), (1, 1));
    assert_eq!(m.active_steps(), ["fetch"]);
    m.tick(10 * MS);
    let cmds = drain(&mut m);
    assert_eq!(starts(&m, &cmds), [("fetch", Ev("Start", 0))]);
    m.finish(invs(&cmds)[0], Outcome::Emitted(Emitted::Nothing), 10 * MS);
    let cmds = drain(&mut m);
    assert_eq!(starts(&m, &cmds), [("fetch", Ev("A", 1))]);
}

#[test]
fn jitter_is_the_same_after_a_snapshot_and_differs_between_invocations() {
    let policy = RetryPolicy::constant(Duration::from_secs(1)).jitter(1.0);
    let mut m = flaky(policy);
    m.start(Ev("Start", 0));
    let inv = invs(&drain(&mut m))[0];
    m.finish(inv, busy(), T0);
    let at = timers(&drain(&mut m))[0];
    assert!(
        at < Duration::from_secs(1),
        "full jitter took something off"
    );

    // Restored with another seed in its config: the saved seed wins.
    let state = m.save().unwrap();
    assert_eq!(state.seed, 7);
    let json = serde_json::to_string(&state).unwrap();
    let spec =
        Toy::new(&[("fetch", 1, &["Start", "A"]), ("sink", 1, &["B"])]).retry("fetch", policy);
    let mut r = Machine::restore(
        spec,
        Config::default(),
        serde_json::from_str(&json).unwrap(),
    )
    .unwrap();
    r.resume();
    assert_eq!(timers(&drain(&mut r)), [at]);
    for machine in [&mut m, &mut r] {
        machine.tick(at);
        let inv = invs(&drain(machine))[0];
        assert_eq!(machine.attempt(inv), 2);
        machine.finish(inv, busy(), at);
    }
    let (next_m, next_r) = (timers(&drain(&mut m)), timers(&drain(&mut r)));
    assert_eq!(next_m, next_r, "the second delay is the same too");
    assert_ne!(next_m[0] - at, at, "each attempt has its own jitter");

    // Two invocations of one step failing together wait differently.
    let spec = Toy::new(&[("fan", 1, &["Start"]), ("work", 2, &["A"])]).retry("work", policy);
    let mut m = Machine::new(
        spec,
        Config {
            seed: 7,
            ..Config::default()
        },
    );
    m.start(Ev("Start", 0));
    let fan = invs(&drain(&mut m))[0];
    m.send(Ev("A", 1), Some(fan), T0).unwrap();
    m.send(Ev("A", 2), Some(fan), T0).unwrap();
    let work = invs(&drain(&mut m));
    m.finish(work[0], busy(), T0);
    m.finish(work[1], busy(), T0);
    let ats = timers(&drain(&mut m));
    assert_eq!(ats.len(), 2);
    assert_ne!(ats[0], ats[1]);
}

/// `slow` (with a 200 ms timeout) takes `Start`.
fn slow(retry: Option<RetryPolicy>) -> Machine<Toy> {
    let mut spec = Toy::new(&[("slow", 1, &["Start"])]).timeout("slow", 200 * MS);
    if let Some(policy) = retry {
        spec = spec.retry("slow", policy);
    }
    machine(spec)
}

#[test]
fn an_attempt_past_its_step_timeout_is_aborted_and_fails_naming_the_step() {
    let mut m = slow(None);
    m.start(Ev("Start", 0));
    let cmds = drain(&mut m);
    assert_eq!(timers(&cmds), [200 * MS]);
    let inv = invs(&cmds)[0];
    m.tick(199 * MS);
    assert!(drain(&mut m).is_empty());
    m.tick(200 * MS);
    let cmds = drain(&mut m);
    assert!(
        matches!(cmds[0], Command::Abort { inv: i } if i == inv),
        "{cmds:?}"
    );
    let err = finish_of(cmds).unwrap().unwrap_err();
    assert!(
        matches!(err, WorkflowError::StepTimedOut { step: "slow", after } if after == 200 * MS),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "step `slow` timed out after 200ms (its own timeout, `#[step(timeout = ..)]`)"
    );
}

#[test]
fn a_timed_out_attempt_is_retried_with_a_fresh_deadline_and_a_late_outcome_is_ignored() {
    let policy = RetryPolicy::constant(50 * MS).retry_on::<retry::TimedOut>();
    let mut m = slow(Some(policy));
    m.start(Ev("Start", 0));
    let first = invs(&drain(&mut m))[0];
    m.tick(200 * MS);
    let cmds = drain(&mut m);
    assert!(matches!(cmds[0], Command::Abort { .. }));
    assert_eq!(timers(&cmds), [250 * MS]);
    // The aborted attempt's outcome, had it come, changes nothing.
    m.finish(
        first,
        Outcome::Emitted(vec![Ev("Stop", 1)].into()),
        210 * MS,
    );
    assert!(drain(&mut m).is_empty());
    m.tick(250 * MS);
    let cmds = drain(&mut m);
    assert_eq!(timers(&cmds), [450 * MS]);
    let second = invs(&cmds)[0];
    assert_ne!(second, first);
    assert_eq!(
        m.last_error(second),
        Some("the attempt timed out after 200ms")
    );
    m.finish(
        second,
        Outcome::Emitted(vec![Ev("Stop", 2)].into()),
        300 * MS,
    );
    assert_eq!(finish_of(drain(&mut m)).unwrap().unwrap(), Ev("Stop", 2));
    // Its deadline went with it.
    assert_eq!(m.next_deadline(), None);
}

#[test]
fn a_retry_delay_ends_with_a_cancel_or_the_run_timeout() {
    let mut m = flaky(RetryPolicy::constant(Duration::from_secs(10)));
    m.start(Ev("Start", 0));
    let inv = invs(&drain(&mut m))[0];
    m.finish(inv, busy(), T0);
    drain(&mut m);
    m.cancel();
    assert!(matches!(
        finish_of(drain(&mut m)),
        Some(Err(WorkflowError::Cancelled))
    ));

    let spec = Toy::new(&[("fetch", 1, &["Start"])])
        .retry("fetch", RetryPolicy::constant(Duration::from_secs(10)));
    let config = Config {
        timeout: Some(Duration::from_secs(2)),
        ..Config::default()
    };
    let mut m = Machine::new(spec, config);
    m.start(Ev("Start", 0));
    let inv = invs(&drain(&mut m))[0];
    m.finish(inv, busy(), MS);
    drain(&mut m);
    assert_eq!(m.next_deadline(), Some(Duration::from_secs(2)));
    assert!(
        !m.stuck_waiting() && !m.is_finished(),
        "a retry is not a stall"
    );
    m.tick(Duration::from_secs(2));
    let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
    assert_eq!(
        err.to_string(),
        "the run timed out after 2s; steps still active: `fetch`"
    );
}

/// `fetch` takes `Start` and `A`; `rescue` takes its failures (within
/// `recoveries`) and its `A`s go back to `fetch`.
fn rescued(recoveries: u32) -> Machine<Toy> {
    let spec = Toy::new(&[("fetch", 1, &["Start", "A"]), ("rescue", 1, &["Failed"])]).handler(
        "rescue",
        &["fetch"],
        recoveries,
    );
    let config = Config {
        trace: true,
        ..Config::default()
    };
    Machine::new(spec, config)
}

#[test]
fn a_failure_goes_to_the_error_handler_within_its_budget() {
    let mut m = rescued(1);
    m.start(Ev("Start", 5));
    let fetch = invs(&drain(&mut m))[0];
    m.finish(fetch, Outcome::Failed("boom".into()), T0);
    let cmds = drain(&mut m);
    // fetch is step 0, one attempt, input 5; traced as from `fetch`.
    assert_eq!(starts(&m, &cmds), [("rescue", Ev("Failed", 105))]);
    assert!(cmds.iter().any(
        |c| matches!(c, Command::Trace { from: Some(0), event } if *event == Ev("Failed", 105))
    ));
    assert_eq!(m.save().unwrap().recoveries, [("rescue".to_owned(), 1)]);
    m.finish(
        invs(&cmds)[0],
        Outcome::Emitted(vec![Ev("A", 6)].into()),
        T0,
    );
    let fetch = invs(&drain(&mut m))[0];
    m.finish(fetch, Outcome::Failed("boom again".into()), T0);
    let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `fetch` failed: boom again; the error handler `rescue` has no recoveries left for this run (it had 1; `#[step(catch = .., recoveries = N)]`)"
    );
}

#[test]
fn a_budget_of_invocations_fails_the_run_naming_the_busiest_steps() {
    let spec = Toy::new(&[("ping", 1, &["Start", "B"]), ("pong", 1, &["A"])]);
    let config = Config {
        max_invocations_per_step: Some(3),
        ..Config::default()
    };
    let mut m = Machine::new(spec, config);
    m.start(Ev("Start", 0));
    let mut cmds = drain(&mut m);
    let mut n = 0;
    while let Some(&inv) = invs(&cmds).first() {
        let next = if m.input(inv).unwrap().0 == "A" {
            "B"
        } else {
            "A"
        };
        m.finish(inv, Outcome::Emitted(vec![Ev(next, n)].into()), T0);
        n += 1;
        cmds = drain(&mut m);
    }
    let err = finish_of(cmds).unwrap().unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `ping` reached its budget of 3 invocations in one run (`max_invocations_per_step`) without stopping; the busiest steps: `ping` (3), `pong` (3)"
    );
    assert_eq!(n, 6);

    let spec = Toy::new(&[("spin", 1, &["Start", "A"])]);
    let config = Config {
        max_invocations: Some(5),
        ..Config::default()
    };
    let mut m = Machine::new(spec, config);
    m.start(Ev("Start", 0));
    let mut cmds = drain(&mut m);
    let mut started = 0;
    while let Some(&inv) = invs(&cmds).first() {
        started += 1;
        m.finish(inv, Outcome::Emitted(vec![Ev("A", 0)].into()), T0);
        cmds = drain(&mut m);
    }
    assert_eq!(started, 5);
    let err = finish_of(cmds).unwrap().unwrap_err();
    assert!(
        matches!(&err, WorkflowError::BudgetExceeded { budget: crate::Budget::Invocations { limit: 5 }, busiest } if busiest == &[("spin", 5)]),
        "{err:?}"
    );
}

#[test]
fn trace_hands_over_every_routed_event_with_its_producer() {
    let config = Config {
        trace: true,
        ..Config::default()
    };
    let mut m = Machine::new(chain(), config);
    m.start(Ev("Start", 1));
    let cmds = drain(&mut m);
    assert!(matches!(&cmds[0], Command::Trace { from: None, event } if *event == Ev("Start", 1)));
    m.finish(
        invs(&cmds)[0],
        Outcome::Emitted(vec![Ev("A", 2)].into()),
        T0,
    );
    let cmds = drain(&mut m);
    assert!(matches!(&cmds[0], Command::Trace { from: Some(0), event } if *event == Ev("A", 2)));
}

#[test]
fn restore_rejects_inconsistent_retries_attempts_and_recoveries() {
    let policy = RetryPolicy::constant(Duration::from_secs(1));
    let spec =
        || Toy::new(&[("fetch", 1, &["Start", "A"]), ("sink", 1, &["B"])]).retry("fetch", policy);
    let mut m = Machine::new(spec(), Config::default());
    m.start(Ev("Start", 0));
    let inv = invs(&drain(&mut m))[0];
    m.finish(inv, busy(), T0);
    let state = m.save().unwrap();
    assert_eq!(state.retries.len(), 1);
    assert_eq!(state.retries[0].attempt, 2);
    assert!(Machine::restore(spec(), Config::default(), state.clone()).is_ok());

    let mut bad = state.clone();
    bad.retries[0].step = "sink".into();
    assert!(matches!(
        Machine::restore(spec(), Config::default(), bad).err().unwrap(),
        RestoreError::Inconsistent(m) if m.contains("does not accept")
    ));
    let mut bad = state.clone();
    bad.attempts.push(AttemptState {
        invocation: 9,
        attempt: 2,
        origin: 0,
        first_start: None,
        deadline: None,
        last_error: None,
    });
    assert!(matches!(
        Machine::restore(spec(), Config::default(), bad).err().unwrap(),
        RestoreError::Inconsistent(m) if m.contains("not in flight")
    ));
    let mut bad = state;
    bad.recoveries.push(("fetch".into(), 1));
    assert!(matches!(
        Machine::restore(spec(), Config::default(), bad).err().unwrap(),
        RestoreError::Inconsistent(m) if m.contains("not an error handler")
    ));
}
