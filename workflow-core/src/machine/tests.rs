//! The machine, driven by plain function calls: no runtime, no clock.

use super::*;
use proptest::prelude::*;

mod failure;

/// A test event: a type name and a number.
#[derive(Debug, Clone, PartialEq)]
struct Ev(&'static str, i64);

/// A workflow for tests: steps with their workers and accepted names.
/// `"Stop"` is the stop event; `"Failed"` what error handlers take.
struct Toy {
    steps: Vec<(&'static str, usize, Vec<&'static str>)>,
    /// Consumers per event name, leaked so routes are `'static`.
    routes: Vec<(&'static str, &'static [StepIndex])>,
    /// Per step: its options.
    options: Vec<Options>,
}

/// A toy step's options.
#[derive(Clone)]
struct Options {
    retry: Option<RetryPolicy>,
    timeout: Option<Duration>,
    handler: Option<StepIndex>,
    recoveries: u32,
    gather: Gather,
    fans_in: Vec<StepIndex>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            retry: None,
            timeout: None,
            handler: None,
            recoveries: 0,
            gather: Gather::One,
            fans_in: Vec::new(),
        }
    }
}

impl Toy {
    /// `step` joins one event of each name it accepts.
    fn join(mut self, step: &str) -> Self {
        let i = self.index(step) as usize;
        self.options[i].gather = Gather::Join(self.steps[i].2.len() as u16);
        self
    }

    /// `step` fans in (with a quorum of `take`), fed by the `Vec`s of `from`.
    fn fan_in(mut self, step: &str, take: Option<u32>, from: &[&str]) -> Self {
        let i = self.index(step);
        self.options[i as usize].gather = Gather::FanIn { take };
        for f in from {
            let f = self.index(f) as usize;
            self.options[f].fans_in.push(i);
        }
        self
    }

    fn new(steps: &[(&'static str, usize, &[&'static str])]) -> Self {
        let steps: Vec<_> = steps.iter().map(|(n, w, a)| (*n, *w, a.to_vec())).collect();
        let mut routes: Vec<(&'static str, Vec<StepIndex>)> = Vec::new();
        for (i, (_, _, accepts)) in steps.iter().enumerate() {
            for a in accepts {
                match routes.iter_mut().find(|(n, _)| n == a) {
                    Some((_, l)) => l.push(i as StepIndex),
                    None => routes.push((a, vec![i as StepIndex])),
                }
            }
        }
        let routes = routes
            .into_iter()
            .map(|(n, l)| (n, &*Box::leak(l.into_boxed_slice())))
            .collect();
        let options = vec![Options::default(); steps.len()];
        Toy {
            steps,
            routes,
            options,
        }
    }

    fn index(&self, name: &str) -> StepIndex {
        self.steps.iter().position(|s| s.0 == name).unwrap() as StepIndex
    }

    fn retry(mut self, step: &str, policy: RetryPolicy) -> Self {
        let i = self.index(step) as usize;
        self.options[i].retry = Some(policy);
        self
    }

    fn timeout(mut self, step: &str, timeout: Duration) -> Self {
        let i = self.index(step) as usize;
        self.options[i].timeout = Some(timeout);
        self
    }

    /// `handler` (which must accept `"Failed"`) takes the failures of
    /// `steps`, `recoveries` times at most.
    fn handler(mut self, handler: &str, steps: &[&str], recoveries: u32) -> Self {
        let h = self.index(handler);
        self.options[h as usize].recoveries = recoveries;
        for step in steps {
            let i = self.index(step) as usize;
            self.options[i].handler = Some(h);
        }
        self
    }
}

const NAMES: &[&str] = &[
    "Start", "A", "B", "C", "Ask", "Answer", "Stop", "Progress", "Failed", "Batch",
];

impl Spec for Toy {
    type Event = Ev;
    fn step_count(&self) -> usize {
        self.steps.len()
    }
    fn step_name(&self, step: StepIndex) -> &'static str {
        self.steps[step as usize].0
    }
    fn workers(&self, step: StepIndex) -> usize {
        self.steps[step as usize].1
    }
    fn route(&self, ev: &Ev) -> Route<'static> {
        if ev.0 == "Stop" {
            return Route::Stop;
        }
        match self.routes.iter().find(|(n, _)| *n == ev.0) {
            Some((_, l)) => Route::Steps(l),
            None => Route::Steps(&[]),
        }
    }
    fn event_name(&self, ev: &Ev) -> &'static str {
        ev.0
    }
    fn is_awaited(&self, ev: &Ev) -> bool {
        ev.0 == "Answer"
    }
    fn to_outside(&self, _step: StepIndex) -> bool {
        false
    }
    fn kind(&self, ev: &Ev) -> EventKind {
        match ev.0 {
            "Ask" => EventKind::InputRequired,
            "Answer" => EventKind::HumanResponse,
            _ => EventKind::Plain,
        }
    }
    fn encode(&self, ev: &Ev) -> Result<EncodedEvent, String> {
        Ok(EncodedEvent {
            name: ev.0.to_owned(),
            data: serde_json::json!({ "n": ev.1 }),
        })
    }
    fn retry(&self, step: StepIndex) -> Option<&RetryPolicy> {
        self.options[step as usize].retry.as_ref()
    }
    fn step_timeout(&self, step: StepIndex) -> Option<Duration> {
        self.options[step as usize].timeout
    }
    fn handler(&self, step: StepIndex) -> Option<StepIndex> {
        self.options[step as usize].handler
    }
    fn recoveries(&self, handler: StepIndex) -> u32 {
        self.options[handler as usize].recoveries
    }
    /// `Failed(step * 1000 + attempts * 100 + input number)`.
    fn failure_event(&self, step: StepIndex, attempts: u32, _error: &str, input: &Ev) -> Ev {
        Ev(
            "Failed",
            i64::from(step) * 1000 + i64::from(attempts) * 100 + input.1,
        )
    }
    fn intern(&self, name: &str) -> Option<&'static str> {
        NAMES.iter().find(|n| **n == name).copied()
    }
    fn gather(&self, step: StepIndex) -> Gather {
        self.options[step as usize].gather
    }
    /// A join's parameters are its accepted names, in order.
    fn join_slot(&self, step: StepIndex, ev: &Ev) -> usize {
        let accepts = &self.steps[step as usize].2;
        accepts.iter().position(|n| *n == ev.0).unwrap_or(0)
    }
    fn fans_in_to(&self, step: StepIndex) -> &[StepIndex] {
        &self.options[step as usize].fans_in
    }
    /// `Batch(n)`: the parts' numbers, as digits in order (`A(1)`,
    /// `B(2)` give `Batch(12)`), so tests see what was gathered, in what
    /// order.
    fn bundle(&self, _step: StepIndex, parts: Vec<Ev>) -> Ev {
        Ev("Batch", parts.iter().fold(0, |acc, p| acc * 10 + p.1))
    }
    fn is_bundle(&self, ev: &Ev) -> bool {
        ev.0 == "Batch"
    }
    fn decode(&self, ev: &EncodedEvent) -> Result<Ev, String> {
        let name = NAMES
            .iter()
            .find(|n| **n == ev.name)
            .ok_or_else(|| format!("no event `{}` in this workflow", ev.name))?;
        let n = ev
            .data
            .get("n")
            .and_then(Value::as_i64)
            .ok_or("no field `n`")?;
        Ok(Ev(name, n))
    }
}

/// start -> a -> b -> stop, one worker each, plus `sink` taking `C`.
fn chain() -> Toy {
    Toy::new(&[
        ("a", 1, &["Start"]),
        ("b", 1, &["A"]),
        ("sink", 2, &["C", "B"]),
    ])
}

fn machine(spec: Toy) -> Machine<Toy> {
    Machine::new(spec, Config::default())
}

/// Every command waiting, in order.
fn drain(m: &mut Machine<Toy>) -> Vec<Command<Ev>> {
    std::iter::from_fn(|| m.poll_command()).collect()
}

/// The starts among `cmds`, as (step name, input).
fn starts(m: &Machine<Toy>, cmds: &[Command<Ev>]) -> Vec<(&'static str, Ev)> {
    cmds.iter()
        .filter_map(|c| match c {
            Command::Start { inv, step } => {
                Some((m.spec().step_name(*step), m.input(*inv).unwrap().clone()))
            }
            _ => None,
        })
        .collect()
}

fn invs(cmds: &[Command<Ev>]) -> Vec<Inv> {
    cmds.iter()
        .filter_map(|c| match c {
            Command::Start { inv, .. } => Some(*inv),
            _ => None,
        })
        .collect()
}

fn finish_of(cmds: Vec<Command<Ev>>) -> Option<Result<Ev, WorkflowError>> {
    cmds.into_iter().find_map(|c| match c {
        Command::Finish(r) => Some(r.map_err(|e| *e)),
        _ => None,
    })
}

const T0: Duration = Duration::ZERO;

#[test]
fn a_chain_starts_each_step_with_its_input_and_ends_at_stop() {
    let mut m = machine(chain());
    m.start(Ev("Start", 1));
    let cmds = drain(&mut m);
    assert_eq!(starts(&m, &cmds), [("a", Ev("Start", 1))]);
    let a = invs(&cmds)[0];
    assert_eq!(a.id, 0);
    m.finish(a, Outcome::Emitted(vec![Ev("A", 2)].into()), T0);
    let cmds = drain(&mut m);
    assert_eq!(starts(&m, &cmds), [("b", Ev("A", 2))]);
    // The input of a finished invocation is gone.
    assert!(m.input(a).is_none());
    m.finish(
        invs(&cmds)[0],
        Outcome::Emitted(vec![Ev("Stop", 3)].into()),
        T0,
    );
    let result = finish_of(drain(&mut m)).unwrap().unwrap();
    assert_eq!(result, Ev("Stop", 3));
    assert!(m.is_finished());
}

#[test]
fn an_event_goes_to_every_accepting_step_in_step_order() {
    let spec = Toy::new(&[("x", 4, &["Start"]), ("y", 4, &["Start"]), ("z", 4, &["A"])]);
    let mut m = machine(spec);
    m.start(Ev("Start", 0));
    let cmds = drain(&mut m);
    assert_eq!(
        starts(&m, &cmds),
        [("x", Ev("Start", 0)), ("y", Ev("Start", 0))]
    );
}

#[test]
fn a_targeted_send_goes_only_to_its_step_not_to_waiters_or_other_acceptors() {
    let spec = Toy::new(&[("x", 4, &["Start"]), ("y", 4, &["A"]), ("z", 4, &["A"])]);
    let mut m = machine(spec);
    m.record();
    m.start(Ev("Start", 0));
    let x = invs(&drain(&mut m))[0];
    // A wait for `A` in `x` is not answered by a send aimed at `z`.
    let spec = WaitSpec {
        event: "A".into(),
        requirements: Map::new(),
        timeout: None,
    };
    assert!(matches!(m.wait(x, 0, &spec, None, T0), WaitPoll::Pending));
    let z = m.step_named("z").unwrap();
    m.send_to(Ev("A", 1), Some(x), z, T0).unwrap();
    let cmds = drain(&mut m);
    assert_eq!(starts(&m, &cmds), [("z", Ev("A", 1))]);
    assert!(matches!(m.wait(x, 0, &spec, None, T0), WaitPoll::Pending));
    // The input names its target; replaying it gives the same run.
    let inputs = m.take_inputs().unwrap();
    assert!(inputs.iter().any(|i| matches!(
        i,
        Input::Send { to: Some(to), .. } if to == "z"
    )));
    let replayed = Machine::replay(
        Toy::new(&[("x", 4, &["Start"]), ("y", 4, &["A"]), ("z", 4, &["A"])]),
        Config::default(),
        inputs,
    )
    .unwrap();
    assert_eq!(replayed.save().unwrap(), m.save().unwrap());
}

#[test]
fn a_targeted_send_to_a_step_that_does_not_take_it_fails_from_a_step_and_is_refused_from_outside() {
    let spec = Toy::new(&[("x", 4, &["Start"]), ("y", 4, &["A"])]);
    let mut m = machine(spec);
    m.start(Ev("Start", 0));
    let x = invs(&drain(&mut m))[0];
    let y = m.step_named("y").unwrap();
    assert_eq!(
        m.send_to(Ev("B", 1), None, y, T0),
        Err(SendRefused::Unroutable)
    );
    assert!(!m.is_finished());
    assert_eq!(
        m.send_to(Ev("B", 1), Some(x), y, T0),
        Err(SendRefused::Unroutable)
    );
    let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
    assert!(err.to_string().contains('x'), "{err}");
}

#[test]
fn workers_bound_concurrency_and_queues_are_fifo() {
    let spec = Toy::new(&[("fan", 1, &["Start"]), ("work", 2, &["A"])]);
    let mut m = machine(spec);
    m.start(Ev("Start", 0));
    let fan = invs(&drain(&mut m))[0];
    for i in 0..5 {
        m.send(Ev("A", i), Some(fan), T0).unwrap();
    }
    let cmds = drain(&mut m);
    assert_eq!(
        starts(&m, &cmds),
        [("work", Ev("A", 0)), ("work", Ev("A", 1))]
    );
    assert_eq!(m.queued_len(), 3);
    let first = invs(&cmds)[0];
    m.finish(first, Outcome::Emitted(vec![].into()), T0);
    let cmds = drain(&mut m);
    assert_eq!(starts(&m, &cmds), [("work", Ev("A", 2))]);
    assert_eq!(m.queued_len(), 2);
    assert_eq!(m.active_steps(), ["fan", "work"]);
}

#[test]
fn the_first_stop_wins_and_later_outcomes_are_dropped() {
    let spec = Toy::new(&[("x", 4, &["Start"]), ("y", 4, &["Start"])]);
    let mut m = machine(spec);
    m.start(Ev("Start", 0));
    let cmds = drain(&mut m);
    let (x, y) = (invs(&cmds)[0], invs(&cmds)[1]);
    m.finish(
        y,
        Outcome::Emitted(vec![Ev("Stop", 1), Ev("A", 0)].into()),
        T0,
    );
    m.finish(x, Outcome::Emitted(vec![Ev("Stop", 2)].into()), T0);
    m.finish(x, Outcome::Failed("late".into()), T0);
    let cmds = drain(&mut m);
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    assert_eq!(finish_of(cmds).unwrap().unwrap(), Ev("Stop", 1));
    assert_eq!(m.send(Ev("Start", 0), None, T0), Err(SendRefused::Closed));
}

#[test]
fn a_failed_or_panicked_step_fails_the_run_naming_it() {
    for (outcome, expected) in [
        (
            Outcome::Failed("boom".into()),
            "step `a` failed: boom".to_owned(),
        ),
        (
            Outcome::Panicked("oops".into()),
            "step `a` panicked: oops".to_owned(),
        ),
    ] {
        let mut m = machine(chain());
        m.start(Ev("Start", 0));
        let a = invs(&drain(&mut m))[0];
        m.finish(a, outcome, T0);
        let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
        assert_eq!(err.to_string(), expected);
    }
}

#[test]
fn no_event_and_nothing_running_is_a_stall_naming_the_last_step() {
    let mut m = machine(chain());
    m.start(Ev("Start", 0));
    let a = invs(&drain(&mut m))[0];
    m.finish(a, Outcome::Emitted(vec![].into()), T0);
    let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
    assert!(
        matches!(
            err,
            WorkflowError::Stalled {
                last_step: Some("a")
            }
        ),
        "{err:?}"
    );
}

#[test]
fn unroutable_from_a_step_fails_the_run_but_from_outside_is_refused() {
    let mut m = machine(chain());
    m.set_outside_can_send(true);
    m.start(Ev("Start", 0));
    let a = invs(&drain(&mut m))[0];
    assert_eq!(
        m.send(Ev("Progress", 0), None, T0),
        Err(SendRefused::Unroutable)
    );
    assert!(!m.is_finished());
    m.finish(a, Outcome::Emitted(vec![Ev("Progress", 0)].into()), T0);
    let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
    assert_eq!(
        err.to_string(),
        "step `a` sent `Progress`, but no step of this workflow accepts `Progress`"
    );
}

#[test]
fn collect_waits_for_all_and_returns_them_in_the_order_asked() {
    let mut m = machine(chain());
    let want = ["B", "C", "B"];
    assert!(m.collect("k", &want, Ev("B", 1)).is_none());
    assert!(m.collect("k", &want, Ev("B", 2)).is_none());
    // Another key has its own buffer.
    assert_eq!(
        m.collect("other", &["C"], Ev("C", 9)),
        Some(vec![Ev("C", 9)])
    );
    let got = m.collect("k", &want, Ev("C", 3)).unwrap();
    assert_eq!(got, [Ev("B", 1), Ev("C", 3), Ev("B", 2)]);
    assert!(m.collect("k", &want, Ev("C", 4)).is_none());
    for i in 0..3 {
        assert!(m.collect_n("n", Ev("A", i), 4).is_none());
    }
    assert_eq!(
        m.collect_n("n", Ev("A", 3), 4).unwrap(),
        [Ev("A", 0), Ev("A", 1), Ev("A", 2), Ev("A", 3)]
    );
}

fn answer_spec() -> WaitSpec {
    WaitSpec {
        event: "Answer".into(),
        requirements: Map::new(),
        timeout: None,
    }
}

#[test]
fn a_wait_is_answered_by_the_first_matching_event_and_wakes_its_step() {
    let mut m = machine(chain());
    m.set_outside_can_send(true);
    m.start(Ev("Start", 0));
    let a = invs(&drain(&mut m))[0];
    let mut spec = answer_spec();
    spec.requirements.insert("n".into(), serde_json::json!(7));
    let poll = m.wait(a, 0, &spec, Some(Ev("Progress", 0)), T0);
    assert!(matches!(poll, WaitPoll::Pending));
    // The question went to the stream.
    let cmds = drain(&mut m);
    assert!(
        matches!(&cmds[..], [Command::Publish { seq: 0, event }] if *event == Ev("Progress", 0)),
        "{cmds:?}"
    );
    // Asking again does not publish again.
    assert!(matches!(
        m.wait(a, 0, &spec, Some(Ev("Progress", 0)), T0),
        WaitPoll::Pending
    ));
    assert!(drain(&mut m).is_empty());
    // An answer that misses the requirement is not taken: it is kept for
    // a later wait.
    m.send(Ev("Answer", 6), None, T0).unwrap();
    assert!(drain(&mut m).is_empty());
    m.send(Ev("Answer", 7), None, T0).unwrap();
    let cmds = drain(&mut m);
    assert!(
        matches!(&cmds[..], [Command::Wake { inv }] if *inv == a),
        "{cmds:?}"
    );
    assert!(matches!(
        m.wait(a, 0, &spec, None, T0),
        WaitPoll::Ready(Ev("Answer", 7))
    ));
    assert_eq!(m.waiting_len(), 0);
}

#[test]
fn a_wait_times_out_on_its_timer() {
    let mut m = machine(chain());
    m.set_outside_can_send(true);
    m.start(Ev("Start", 0));
    let a = invs(&drain(&mut m))[0];
    let mut spec = answer_spec();
    spec.timeout = Some(Duration::from_secs(5));
    let now = Duration::from_secs(1);
    assert!(matches!(m.wait(a, 0, &spec, None, now), WaitPoll::Pending));
    let cmds = drain(&mut m);
    assert!(
        matches!(&cmds[..], [Command::ArmTimer { at }] if *at == Duration::from_secs(6)),
        "{cmds:?}"
    );
    assert_eq!(m.next_deadline(), Some(Duration::from_secs(6)));
    // Nothing is due before the deadline.
    m.tick(Duration::from_secs(5));
    assert!(drain(&mut m).is_empty());
    m.tick(Duration::from_secs(6));
    assert!(matches!(&drain(&mut m)[..], [Command::Wake { .. }]));
    assert_eq!(m.next_deadline(), None);
    assert!(matches!(
        m.wait(a, 0, &spec, None, now),
        WaitPoll::TimedOut(d) if d == Duration::from_secs(5)
    ));
    // A tick with nothing due does nothing.
    m.tick(Duration::from_secs(7));
    assert!(drain(&mut m).is_empty());
}

#[test]
fn waiting_with_no_possible_sender_is_stuck_but_with_a_handler_it_is_not() {
    for can_send in [false, true] {
        let mut m = machine(chain());
        m.set_outside_can_send(can_send);
        m.start(Ev("Start", 0));
        let a = invs(&drain(&mut m))[0];
        let _ = m.wait(a, 0, &answer_spec(), None, T0);
        assert_eq!(m.stuck_waiting(), !can_send);
        m.fail_stuck();
        let finished = finish_of(drain(&mut m));
        assert_eq!(finished.is_some(), !can_send);
        if let Some(Err(e)) = finished {
            assert!(e.to_string().contains("`Answer`"), "{e}");
        }
    }
}

#[test]
fn the_run_timeout_names_the_active_steps() {
    let config = Config {
        timeout: Some(Duration::from_secs(2)),
        ..Config::default()
    };
    let mut m = Machine::new(chain(), config);
    m.start(Ev("Start", 0));
    let cmds = drain(&mut m);
    assert!(cmds
        .iter()
        .any(|c| matches!(c, Command::ArmTimer { at } if *at == Duration::from_secs(2))));
    m.tick(Duration::from_secs(2));
    let err = finish_of(drain(&mut m)).unwrap().unwrap_err();
    assert_eq!(
        err.to_string(),
        "the run timed out after 2s; steps still active: `a`"
    );
}

#[test]
fn cancel_finishes_once() {
    let mut m = machine(chain());
    m.start(Ev("Start", 0));
    drain(&mut m);
    m.cancel();
    m.cancel();
    let cmds = drain(&mut m);
    assert_eq!(cmds.len(), 1);
    assert!(matches!(
        finish_of(cmds),
        Some(Err(WorkflowError::Cancelled))
    ));
}

#[test]
fn internal_events_follow_each_invocation() {
    let config = Config {
        internal_events: true,
        ..Config::default()
    };
    let mut m = Machine::new(chain(), config);
    m.start(Ev("Start", 0));
    let cmds = drain(&mut m);
    let started = StepChange {
        seq: 0,
        step: "a",
        invocation: 0,
        state: StepState::Started {
            event: "Start".into(),
        },
    };
    assert!(matches!(&cmds[1], Command::StepState(c) if **c == started));
    m.finish(
        invs(&cmds)[0],
        Outcome::Emitted(vec![Ev("A", 1)].into()),
        T0,
    );
    let cmds = drain(&mut m);
    assert!(
        matches!(
            &cmds[0],
            Command::StepState(c) if c.seq == 1 && c.state == StepState::Finished { produced: vec!["A".into()] }
        ),
        "{cmds:?}"
    );
}

/// A run paused with queued events, a collect buffer, a waiter with an
/// answer and a timer.
fn busy_machine() -> Machine<Toy> {
    let spec = Toy::new(&[("fan", 1, &["Start"]), ("work", 1, &["A", "B"])]);
    let config = Config {
        timeout: Some(Duration::from_secs(60)),
        outside_can_send: true,
        internal_events: false,
        ..Config::default()
    };
    let mut m = Machine::new(spec, config);
    m.start(Ev("Start", 0));
    let fan = invs(&drain(&mut m))[0];
    for i in 0..3 {
        m.send(Ev("A", i), Some(fan), T0).unwrap();
    }
    let work = invs(&drain(&mut m))[0];
    assert!(m.collect("k", &["A", "B"], Ev("A", 10)).is_none());
    let mut spec = answer_spec();
    spec.timeout = Some(Duration::from_secs(9));
    let _ = m.wait(work, 0, &spec, None, Duration::from_secs(1));
    m.send(Ev("Answer", 5), None, T0).unwrap();
    m.write_stream(Ev("Progress", 1));
    drain(&mut m);
    m
}

#[test]
fn state_round_trips_and_resume_restarts_what_was_in_flight() {
    let m = busy_machine();
    let state = m.save().unwrap();
    assert_eq!(state.inflight.len(), 2);
    assert_eq!(
        state.queues,
        [(
            "work".to_owned(),
            vec![
                m.spec().encode(&Ev("A", 1)).unwrap(),
                m.spec().encode(&Ev("A", 2)).unwrap()
            ]
        )]
    );
    // Through JSON, as a snapshot travels.
    let json = serde_json::to_string(&state).unwrap();
    let back: MachineState = serde_json::from_str(&json).unwrap();
    let spec = Toy::new(&[("fan", 1, &["Start"]), ("work", 1, &["A", "B"])]);
    let mut r = Machine::restore(spec, m.config(), back).unwrap();
    assert_eq!(r.save().unwrap(), state);
    r.resume();
    let cmds = drain(&mut r);
    assert_eq!(
        starts(&r, &cmds),
        [("fan", Ev("Start", 0)), ("work", Ev("A", 0))]
    );
    // The waiting step, run again, gets its answer at once.
    let work = invs(&cmds)[1];
    assert!(matches!(
        r.wait(work, 0, &answer_spec(), None, Duration::from_secs(2)),
        WaitPoll::Ready(Ev("Answer", 5))
    ));
    // The collect buffer survived.
    assert_eq!(
        r.collect("k", &["A", "B"], Ev("B", 11)),
        Some(vec![Ev("A", 10), Ev("B", 11)])
    );
    // Numbering goes on where it stopped.
    r.finish(work, Outcome::Emitted(vec![].into()), T0);
    let next = invs(&drain(&mut r))[0];
    assert_eq!(next.id, 2);
    assert_eq!(r.stream_seq(), 1);
}

#[test]
fn restore_rejects_foreign_and_inconsistent_state() {
    let state = busy_machine().save().unwrap();
    let other = Toy::new(&[("fan", 1, &["Start"]), ("labour", 1, &["A", "B"])]);
    let err = Machine::restore(other, Config::default(), state.clone())
        .err()
        .unwrap();
    assert_eq!(err, RestoreError::UnknownStep("work".into()));

    let mut bad = state.clone();
    bad.inflight[0].event.name = "Nope".into();
    let spec = || Toy::new(&[("fan", 1, &["Start"]), ("work", 1, &["A", "B"])]);
    let err = Machine::restore(spec(), Config::default(), bad)
        .err()
        .unwrap();
    assert!(
        matches!(err, RestoreError::BadEvent { ref name, .. } if name == "Nope"),
        "{err}"
    );

    let mut bad = state.clone();
    bad.inflight[1].id = bad.inflight[0].id;
    assert!(matches!(
        Machine::restore(spec(), Config::default(), bad)
            .err()
            .unwrap(),
        RestoreError::Inconsistent(_)
    ));

    let mut bad = state.clone();
    bad.inflight.remove(1);
    assert!(matches!(
        Machine::restore(spec(), Config::default(), bad)
            .err()
            .unwrap(),
        RestoreError::Inconsistent(_)
    ));

    let mut bad = state;
    bad.queues[0].1[0].name = "Start".into();
    assert!(matches!(
        Machine::restore(spec(), Config::default(), bad)
            .err()
            .unwrap(),
        RestoreError::Inconsistent(_)
    ));
}

#[test]
fn a_returned_question_goes_to_the_stream_and_the_run_waits_for_its_answer() {
    for with_handler in [true, false] {
        let spec = Toy::new(&[("ask", 1, &["Start"]), ("answer", 1, &["Answer"])]);
        let mut m = machine(spec);
        m.set_outside_can_send(with_handler);
        m.start(Ev("Start", 0));
        let ask = invs(&drain(&mut m))[0];
        m.finish(ask, Outcome::Emitted(vec![Ev("Ask", 1)].into()), T0);
        let cmds = drain(&mut m);
        assert!(
            matches!(&cmds[0], Command::Publish { seq: 0, event } if *event == Ev("Ask", 1)),
            "{cmds:?}"
        );
        if !with_handler {
            let err = finish_of(cmds).unwrap().unwrap_err();
            assert!(
                matches!(err, WorkflowError::AskedWithNoHandler { step: "ask" }),
                "{err}"
            );
            continue;
        }
        // Waiting for the answer is not a stall.
        assert!(!m.is_finished());
        assert_eq!(m.save().unwrap().asked.as_deref(), Some("ask"));
        m.send(Ev("Answer", 2), None, T0).unwrap();
        let cmds = drain(&mut m);
        assert_eq!(starts(&m, &cmds), [("answer", Ev("Answer", 2))]);
        // The handler going away while the run waits again ends it.
        m.finish(
            invs(&cmds)[0],
            Outcome::Emitted(vec![Ev("Ask", 3)].into()),
            T0,
        );
        drain(&mut m);
        m.set_outside_can_send(false);
        assert!(finish_of(drain(&mut m)).unwrap().is_err());
    }
}

// ---- properties ----

/// One input, for random runs.
#[derive(Debug, Clone)]
enum Act {
    /// Finish the k-th invocation in flight with these events.
    Finish(usize, Vec<(usize, i64)>),
    /// Send an event from the k-th invocation in flight, or from outside.
    Send(Option<usize>, usize, i64),
    /// Send an event from the k-th invocation in flight (or from outside)
    /// to the step of this index.
    SendTo(Option<usize>, StepIndex, usize, i64),
    /// Collect an event.
    Collect(usize, i64),
    /// Wait in the k-th invocation in flight.
    Wait(usize),
    /// Let time pass by this many tens of milliseconds.
    Pass(u64),
    /// Fail the k-th invocation in flight: an error (fatal or not), or a
    /// panic.
    Fail(usize, u8),
}

const EVENTS: &[&str] = &["A", "B", "C", "Ask", "Answer", "Stop"];

fn input() -> impl Strategy<Value = Act> {
    let ev = (0..EVENTS.len(), 0..100i64);
    prop_oneof![
        4 => (0..4usize, proptest::collection::vec(ev.clone(), 0..3)).prop_map(|(k, evs)| Act::Finish(k, evs)),
        2 => (proptest::option::of(0..4usize), ev.clone()).prop_map(|(k, (e, n))| Act::Send(k, e, n)),
        2 => (proptest::option::of(0..4usize), 0..6 as StepIndex, ev.clone()).prop_map(|(k, to, (e, n))| Act::SendTo(k, to, e, n)),
        1 => ev.prop_map(|(e, n)| Act::Collect(e, n)),
        1 => (0..4usize).prop_map(Act::Wait),
        1 => (0..4u64).prop_map(Act::Pass),
        2 => (0..4usize, 0..3u8).prop_map(|(k, how)| Act::Fail(k, how)),
    ]
}

/// Steps with every option: a retry policy with jitter and a total time,
/// a step timeout with a conditional retry, and an error handler with a
/// budget of two recoveries.
fn random_spec() -> Toy {
    Toy::new(&[
        ("one", 1, &["Start", "A"]),
        ("rescue", 1, &["Failed"]),
        ("three", 1, &["C"]),
        ("two", 2, &["A", "B"]),
        ("four", 1, &["B", "C"]),
        ("five", 2, &["C"]),
    ])
    .join("four")
    .fan_in("five", None, &["one"])
    .retry(
        "two",
        RetryPolicy::exponential(Duration::from_millis(20))
            .max_attempts(3)
            .jitter(0.5)
            .max_total(Duration::from_millis(200)),
    )
    .retry(
        "three",
        RetryPolicy::constant(Duration::from_millis(10))
            .max_attempts(2)
            .retry_if(|e| !e.to_string().contains("fatal")),
    )
    .timeout("three", Duration::from_millis(40))
    .handler("rescue", &["one", "two"], 2)
}

fn play_config() -> Config {
    Config {
        timeout: Some(Duration::from_secs(100)),
        outside_can_send: true,
        internal_events: true,
        seed: 42,
        max_invocations: Some(8),
        max_invocations_per_step: Some(4),
        trace: true,
    }
}

/// A driver's view of a machine under random inputs: the invocations in
/// flight, the waits asked, the time.
struct Player {
    running: Vec<Inv>,
    waits: std::collections::HashMap<u64, u32>,
    now: Duration,
    /// How invocations end: [`Machine::finish_direct`] (what it hands
    /// back is taken as the start command it stands for, ahead of the
    /// commands that follow), or [`Machine::finish`].
    direct: bool,
    started: Option<(Inv, StepIndex)>,
    log: Vec<String>,
}

impl Player {
    fn new(direct: bool) -> Self {
        Player {
            running: Vec::new(),
            waits: Default::default(),
            now: Duration::ZERO,
            direct,
            started: None,
            log: Vec::new(),
        }
    }

    /// Take the machine's commands into the log and the driver's view.
    fn drain(&mut self, m: &mut Machine<Toy>) {
        let direct = self
            .started
            .take()
            .map(|(inv, step)| Command::Start { inv, step });
        for c in direct.into_iter().chain(drain(m)) {
            match &c {
                Command::Start { inv, .. } => self.running.push(*inv),
                Command::Abort { inv } => self.running.retain(|i| i != inv),
                _ => {}
            }
            self.log.push(format!("{c:?}"));
        }
    }

    fn finish(&mut self, m: &mut Machine<Toy>, inv: Inv, outcome: Outcome<Ev>) {
        match self.direct {
            true => self.started = m.finish_direct(inv, outcome, self.now),
            false => m.finish(inv, outcome, self.now),
        }
    }

    /// Apply one input, 10 ms after the last. `emitted` makes what a step
    /// returns from its events.
    fn apply(&mut self, m: &mut Machine<Toy>, input: &Act, emitted: fn(Vec<Ev>) -> Emitted<Ev>) {
        self.now += Duration::from_millis(10);
        let now = self.now;
        let running = &mut self.running;
        let pick = |k: Option<usize>, running: &[Inv]| {
            k.and_then(|k| running.get(k % running.len().max(1)).copied())
        };
        match input {
            Act::Finish(k, evs) if !running.is_empty() => {
                let inv = running.remove(k % running.len());
                let evs = evs.iter().map(|(e, n)| Ev(EVENTS[*e], *n)).collect();
                self.finish(m, inv, Outcome::Emitted(emitted(evs)));
            }
            Act::Send(k, e, n) => {
                let _ = m.send(Ev(EVENTS[*e], *n), pick(*k, running), now);
            }
            Act::SendTo(k, to, e, n) => {
                let to = *to % m.spec().step_count() as StepIndex;
                let _ = m.send_to(Ev(EVENTS[*e], *n), pick(*k, running), to, now);
            }
            Act::Collect(e, n) => {
                let _ = m.collect("k", &["A", "B"], Ev(EVENTS[*e], *n));
            }
            Act::Wait(k) if !running.is_empty() => {
                let inv = running[k % running.len()];
                let seq = self.waits.entry(inv.id).or_default();
                let spec = WaitSpec {
                    event: "Answer".into(),
                    requirements: Map::new(),
                    timeout: Some(Duration::from_millis(30)),
                };
                match m.wait(inv, *seq, &spec, None, now) {
                    WaitPoll::Pending => {}
                    _ => *seq += 1,
                }
            }
            Act::Pass(k) => {
                self.now += Duration::from_millis(10 * k);
                m.tick(self.now);
            }
            Act::Fail(k, how) if !running.is_empty() => {
                let inv = running.remove(k % running.len());
                let outcome = match how {
                    0 => Outcome::Failed("boom".into()),
                    1 => Outcome::Failed("fatal".into()),
                    _ => Outcome::Panicked("oops".into()),
                };
                self.finish(m, inv, outcome);
            }
            _ => {}
        }
    }
}

/// Apply `inputs`, keeping the driver's view (invocations in flight,
/// timers armed) as a driver would; returns every command and the states
/// saved along the way.
fn play(inputs: &[Act]) -> (Vec<String>, Vec<MachineState>) {
    let mut m = Machine::new(random_spec(), play_config());
    // Every input is recorded: replaying what was recorded so far must
    // give the live machine's state at each point.
    m.record();
    let mut journal: Vec<Input> = Vec::new();
    let mut saved = Vec::new();
    let mut player = Player::new(false);
    m.start(Ev("Start", 0));
    for input in inputs {
        player.drain(&mut m);
        if m.is_finished() {
            break;
        }
        player.apply(&mut m, input, Emitted::Many);
        check_invariants(&m);
        journal.extend(m.take_inputs().unwrap());
        let replayed = Machine::replay(random_spec(), play_config(), journal.clone()).unwrap();
        assert_eq!(replayed.is_finished(), m.is_finished());
        if !m.is_finished() {
            let state = m.save().unwrap();
            assert_eq!(
                replayed.save().unwrap(),
                state,
                "replay equals the live run"
            );
            saved.push(state);
        }
    }
    (player.log, saved)
}

fn check_invariants(m: &Machine<Toy>) {
    let mut per_step = vec![0u32; m.spec().step_count()];
    for (_, i) in m.inflight.iter() {
        per_step[i.step as usize] += 1;
    }
    for r in m.retries() {
        per_step[r.step as usize] += 1;
        assert!(r.next.number >= 2, "a retry is a second attempt or later");
    }
    let active: Vec<u32> = m.steps.iter().map(|s| s.active).collect();
    assert_eq!(
        per_step, active,
        "active counts match invocations in flight and retries waiting"
    );
    for a in m.attempts() {
        assert!(
            m.inflight.iter().any(|(_, i)| i.id == a.inv),
            "attempt records belong to running invocations"
        );
        assert!(a.number >= 1 && a.origin <= a.inv);
        assert_eq!(
            m.attempts().iter().filter(|b| b.inv == a.inv).count(),
            1,
            "one attempt record per invocation"
        );
    }
    for (h, used) in m.recoveries() {
        assert!(*used <= m.spec().recoveries(*h), "recoveries within budget");
    }
    if !m.counts().is_empty() {
        assert!(m.counts().iter().sum::<u64>() <= m.next_inv);
        if let Some(max) = m.config().max_invocations_per_step {
            assert!(m.counts().iter().all(|n| *n <= max), "per-step budget kept");
        }
    }
    if let Some(max) = m.config().max_invocations {
        assert!(m.next_inv <= max, "budget of invocations kept");
    }
    // A finished run's queues are never served again.
    for (i, s) in m.steps.iter().enumerate().filter(|_| !m.is_finished()) {
        assert!(
            s.queue.is_empty() || s.active as usize == m.spec().workers(i as StepIndex),
            "a queue holds events only while every worker is busy"
        );
    }
    assert_eq!(
        m.queued,
        m.steps.iter().map(|s| s.queue.len()).sum::<usize>()
    );
    for w in m.waiters() {
        assert!(
            m.inflight.iter().any(|(_, i)| i.id == w.inv),
            "waiters belong to running invocations"
        );
    }
    m.check_gathering();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The same inputs give the same commands and states; the invariants
    /// hold after every input; every saved state restores to itself.
    #[test]
    fn runs_are_deterministic_and_states_restore(inputs in proptest::collection::vec(input(), 0..60)) {
        let (log1, saved1) = play(&inputs);
        let (log2, saved2) = play(&inputs);
        prop_assert_eq!(&log1, &log2);
        prop_assert_eq!(&saved1, &saved2);
        for state in saved1 {
            let config = play_config();
            let r = Machine::restore(random_spec(), config, state.clone()).unwrap();
            check_invariants(&r);
            prop_assert_eq!(r.save().unwrap(), state);
        }
    }

    /// Restoring a mutated state never panics: it restores or says why not.
    #[test]
    fn mutated_states_restore_or_fail_cleanly(
        inputs in proptest::collection::vec(input(), 0..30),
        edits in proptest::collection::vec((0..11usize, 0..8usize, "(one|two|three|four|five|rescue|[A-Za-z]{0,6})", 0..5u64), 1..4),
    ) {
        let (_, saved) = play(&inputs);
        let Some(mut state) = saved.last().cloned() else { return Ok(()) };
        for (what, k, text, n) in edits {
            let (ki, kw) = (k % state.inflight.len().max(1), k % state.waiters.len().max(1));
            let (ka, kr) = (k % state.attempts.len().max(1), k % state.retries.len().max(1));
            match what {
                0 => if let Some(i) = state.inflight.get_mut(ki) { i.step = text },
                1 => if let Some(i) = state.inflight.get_mut(ki) { i.event.name = text },
                2 => if let Some(i) = state.inflight.get_mut(ki) { i.id = n },
                3 => state.next_invocation = n,
                4 => if let Some(w) = state.waiters.get_mut(kw) { w.invocation = n },
                5 => if let Some(a) = state.attempts.get_mut(ka) { a.invocation = n },
                6 => if let Some(r) = state.retries.get_mut(kr) { r.step = text },
                7 => if let Some(r) = state.retries.get_mut(kr) { r.attempt = n as u32 },
                8 => state.recoveries.push((text, n as u32)),
                9 => state.invocations.push((text, n)),
                _ => if !state.inflight.is_empty() { state.inflight.remove(k % state.inflight.len()); },
            }
        }
        if let Ok(r) = Machine::restore(random_spec(), play_config(), state) {
            check_invariants(&r);
        }
    }
}

/// A step that sends `A` to a second step, then waits for an answer.
fn sender() -> Toy {
    Toy::new(&[("one", 1, &["Start"]), ("two", 1, &["A", "B"])])
}

/// Start `sender`: `one` sends A (so `two` starts) and is answered;
/// the machine recorded all of it.
fn sent_and_answered() -> (Machine<Toy>, Inv) {
    let mut m = machine(sender());
    m.record();
    m.start(Ev("Start", 0));
    let one = invs(&drain(&mut m))[0];
    m.send(Ev("A", 1), Some(one), T0).unwrap();
    let cmds = drain(&mut m);
    assert_eq!(starts(&m, &cmds), [("two", Ev("A", 1))]);
    assert!(matches!(
        m.wait(one, 0, &answer_spec(), None, T0),
        WaitPoll::Pending
    ));
    m.send(Ev("Answer", 5), None, T0).unwrap();
    drain(&mut m);
    assert!(matches!(
        m.wait(one, 0, &answer_spec(), None, T0),
        WaitPoll::Ready(Ev("Answer", 5))
    ));
    (m, one)
}

/// After a restart, `one` runs again from its input: what it sent before
/// is not taken twice, its wait has its answer at once, what it sends
/// past that point is new.
fn runs_again_without_repeating(mut m: Machine<Toy>, one: Inv) {
    m.resume();
    let again = drain(&mut m);
    let started = starts(&m, &again);
    assert_eq!(started, [("one", Ev("Start", 0)), ("two", Ev("A", 1))]);
    let one = invs(&again).into_iter().find(|i| i.id == one.id).unwrap();
    m.send(Ev("A", 1), Some(one), T0).unwrap();
    assert_eq!(m.queued_len(), 0, "A was taken before the restart");
    assert!(matches!(
        m.wait(one, 0, &answer_spec(), None, T0),
        WaitPoll::Ready(Ev("Answer", 5))
    ));
    m.send(Ev("B", 2), Some(one), T0).unwrap();
    assert_eq!(m.queued_len(), 1, "B is new: queued for busy `two`");
}

#[test]
fn a_restored_execution_does_not_send_twice_and_keeps_its_answer() {
    let (m, one) = sent_and_answered();
    let state = m.save().unwrap();
    assert_eq!(state.inflight[0].sends, 1);
    let m = Machine::restore(sender(), Config::default(), state).unwrap();
    runs_again_without_repeating(m, one);
}

#[test]
fn a_replayed_execution_does_not_send_twice_and_keeps_its_answer() {
    let (mut m, one) = sent_and_answered();
    let inputs = m.take_inputs().unwrap();
    let json = serde_json::to_string(&inputs).unwrap();
    let inputs: Vec<Input> = serde_json::from_str(&json).unwrap();
    let replayed = Machine::replay(sender(), Config::default(), inputs).unwrap();
    assert_eq!(replayed.save().unwrap(), m.save().unwrap());
    runs_again_without_repeating(replayed, one);
}

#[test]
fn inputs_of_another_workflow_do_not_replay() {
    let (mut m, _) = sent_and_answered();
    let inputs = m.take_inputs().unwrap();
    let other = Toy::new(&[("one", 1, &["Start"])]);
    let err = Machine::replay(other, Config::default(), inputs.clone())
        .err()
        .expect("`two` does not exist there");
    assert!(matches!(err, ReplayError::Mismatch { .. }), "{err}");
    let mut bad = inputs;
    bad.insert(
        1,
        Input::Finish {
            inv: 99,
            outcome: RecordedOutcome::Nothing,
            now: None,
        },
    );
    let err = Machine::replay(sender(), Config::default(), bad)
        .err()
        .unwrap();
    assert_eq!(
        err.to_string(),
        "input 1 does not fit the run: invocation 99 is not running"
    );
}

// ---- joins and fan-ins ----

/// Finish `inv` with these events.
fn emit(m: &mut Machine<Toy>, inv: Inv, evs: &[Ev]) {
    m.finish(inv, Outcome::Emitted(Emitted::Many(evs.to_vec())), T0);
}

/// start -> a (A, B, in any order) -> join(A, B) -> stop.
fn joining() -> Toy {
    Toy::new(&[("a", 4, &["Start"]), ("j", 1, &["A", "B"])]).join("j")
}

#[test]
fn a_join_fires_once_one_of_each_arrived_in_either_order_fifo_per_parameter() {
    let mut m = machine(joining());
    m.start(Ev("Start", 0));
    let a = invs(&drain(&mut m))[0];
    // B first, then two A's, then another B: two batches, FIFO per parameter.
    emit(&mut m, a, &[Ev("B", 1), Ev("A", 2), Ev("A", 3)]);
    let cmds = drain(&mut m);
    assert_eq!(
        starts(&m, &cmds),
        [("j", Ev("Batch", 21))],
        "parameter order, not arrival order"
    );
    let saved = m.save().unwrap();
    assert_eq!(
        saved.joins.len(),
        1,
        "the second A waits in the join: {saved:?}"
    );
    let mut r = Machine::restore(joining(), Config::default(), saved.clone()).unwrap();
    assert_eq!(r.save().unwrap(), saved);
    r.resume();
    let cmds = drain(&mut r);
    let j = invs(&cmds)[0];
    r.send(Ev("B", 4), None, T0).unwrap();
    emit(&mut r, j, &[]);
    let cmds = drain(&mut r);
    assert_eq!(starts(&r, &cmds), [("j", Ev("Batch", 34))]);
}

/// start -> split (Vec<A>) -> work (A -> B, or nothing) -> sum (Vec<B>) -> stop.
fn fanning(take: Option<u32>) -> Toy {
    Toy::new(&[
        ("split", 1, &["Start"]),
        ("work", 8, &["A"]),
        ("sum", 1, &["B"]),
    ])
    .fan_in("sum", take, &["split"])
}

#[test]
fn a_fan_in_waits_for_every_branch_not_for_dropped_members_and_keeps_member_order() {
    let mut m = machine(fanning(None));
    m.start(Ev("Start", 0));
    let split = invs(&drain(&mut m))[0];
    emit(&mut m, split, &[Ev("A", 1), Ev("A", 2), Ev("A", 3)]);
    let work = invs(&drain(&mut m));
    assert_eq!(work.len(), 3);
    emit(&mut m, work[2], &[Ev("B", 3)]);
    emit(&mut m, work[1], &[]); // dropped: not waited for
    let cmds = drain(&mut m);
    assert!(starts(&m, &cmds).is_empty(), "member 1 still runs");
    let saved = m.save().unwrap();
    assert_eq!(saved.fanouts.len(), 1);
    assert_eq!(saved.fanouts[0].open, 1);
    let mut r = Machine::restore(fanning(None), Config::default(), saved.clone()).unwrap();
    assert_eq!(r.save().unwrap(), saved);
    r.resume();
    let cmds = drain(&mut r);
    emit(&mut r, invs(&cmds)[0], &[Ev("B", 1)]);
    let cmds = drain(&mut r);
    assert_eq!(
        starts(&r, &cmds),
        [("sum", Ev("Batch", 13))],
        "in member order"
    );
    assert!(r.save().unwrap().fanouts.is_empty());
}

#[test]
fn an_empty_fan_out_gives_an_empty_batch() {
    let mut m = machine(fanning(None));
    m.start(Ev("Start", 0));
    let split = invs(&drain(&mut m))[0];
    emit(&mut m, split, &[]);
    let cmds = drain(&mut m);
    assert_eq!(starts(&m, &cmds), [("sum", Ev("Batch", 0))]);
}

#[test]
fn a_quorum_fires_on_the_nth_arrival_while_the_others_run_on() {
    let mut m = machine(fanning(Some(2)));
    m.start(Ev("Start", 0));
    let split = invs(&drain(&mut m))[0];
    emit(&mut m, split, &[Ev("A", 1), Ev("A", 2), Ev("A", 3)]);
    let work = invs(&drain(&mut m));
    emit(&mut m, work[2], &[Ev("B", 3)]);
    emit(&mut m, work[0], &[Ev("B", 1)]);
    let cmds = drain(&mut m);
    assert_eq!(
        starts(&m, &cmds),
        [("sum", Ev("Batch", 31))],
        "arrival order"
    );
    assert_eq!(
        m.inflight_len(),
        2,
        "member 2 keeps running beside the fan-in"
    );
    emit(&mut m, work[1], &[Ev("B", 2)]);
    let cmds = drain(&mut m);
    assert!(starts(&m, &cmds).is_empty(), "later arrivals are dropped");
}

#[test]
fn nested_fan_outs_join_at_the_innermost_level() {
    // start -> outer (Vec<A>) -> inner (A -> Vec<B>) -> part (Vec<B> -> C) -> all (Vec<C>)
    let spec = || {
        Toy::new(&[
            ("outer", 1, &["Start"]),
            ("inner", 4, &["A"]),
            ("part", 4, &["B"]),
            ("all", 1, &["C"]),
        ])
        .fan_in("part", None, &["inner"])
        .fan_in("all", None, &["outer"])
    };
    let mut m = machine(spec());
    m.start(Ev("Start", 0));
    let outer = invs(&drain(&mut m))[0];
    emit(&mut m, outer, &[Ev("A", 1), Ev("A", 2)]);
    let inner = invs(&drain(&mut m));
    emit(&mut m, inner[0], &[Ev("B", 1), Ev("B", 2)]);
    emit(&mut m, inner[1], &[Ev("B", 3)]);
    let cmds = drain(&mut m);
    assert_eq!(
        starts(&m, &cmds),
        [("part", Ev("Batch", 12)), ("part", Ev("Batch", 3))]
    );
    let parts = invs(&cmds);
    emit(&mut m, parts[1], &[Ev("C", 2)]);
    emit(&mut m, parts[0], &[Ev("C", 1)]);
    let cmds = drain(&mut m);
    assert_eq!(starts(&m, &cmds), [("all", Ev("Batch", 12))]);
}

#[test]
fn a_state_whose_fan_out_count_disagrees_does_not_restore() {
    let mut m = machine(fanning(None));
    m.start(Ev("Start", 0));
    let split = invs(&drain(&mut m))[0];
    emit(&mut m, split, &[Ev("A", 1), Ev("A", 2)]);
    let mut state = m.save().unwrap();
    state.fanouts[0].open = 5;
    assert!(matches!(
        Machine::restore(fanning(None), Config::default(), state.clone()),
        Err(RestoreError::Inconsistent(_))
    ));
    state.fanouts.clear();
    assert!(Machine::restore(fanning(None), Config::default(), state).is_err());
}

// ---- finishing directly ----

/// A workflow where most ends start one invocation plainly: `one` loops
/// on `A`, `two` (two workers) takes `B` and may build a backlog, `three`
/// has a timeout, and `four` joins a question and its answer.
fn direct_spec() -> Toy {
    Toy::new(&[
        ("one", 1, &["Start", "A"]),
        ("two", 2, &["B"]),
        ("three", 1, &["C"]),
        ("four", 1, &["Ask", "Answer"]),
        ("five", 1, &["Failed"]),
    ])
    .timeout("three", Duration::from_millis(40))
    .join("four")
    .handler("five", &["one", "two"], 1)
}

/// Apply `inputs` to a machine with `config`, finishing invocations with
/// [`Machine::finish_direct`] when `direct`; the commands and the state
/// after each input.
fn play_finishing(inputs: &[Act], config: Config, direct: bool) -> (Vec<String>, Vec<String>) {
    let mut m = Machine::new(direct_spec(), config);
    let mut states = Vec::new();
    let mut player = Player::new(direct);
    m.start(Ev("Start", 0));
    for input in inputs {
        player.drain(&mut m);
        if m.is_finished() {
            break;
        }
        player.apply(&mut m, input, |mut evs| match evs.len() {
            0 => Emitted::Nothing,
            1 => Emitted::One(evs.remove(0)),
            _ => Emitted::Many(evs),
        });
        check_invariants(&m);
        // The state as saved, and what saving leaves out: the number of
        // the next invocation.
        states.push(match m.is_finished() {
            true => "finished".to_owned(),
            false => format!("{:?} next {}", m.save().unwrap(), m.next_inv),
        });
    }
    (player.log, states)
}

/// Random inputs where most are ends with one event, most often `A` or
/// `B` (the loop and the backlog), seldom the stop event.
fn finishing_input() -> impl Strategy<Value = Act> {
    let name = prop_oneof![4 => Just(0usize), 4 => Just(1), 1 => Just(2), 1 => Just(3), 1 => Just(4), 1 => Just(5)];
    prop_oneof![
        8 => (0..4usize, name, 0..100i64).prop_map(|(k, e, n)| Act::Finish(k, vec![(e, n)])),
        2 => input(),
    ]
}

#[test]
fn finishing_directly_hands_back_the_next_invocation_in_place() {
    let mut m = Machine::new(direct_spec(), Config::default());
    m.start(Ev("Start", 0));
    let [first] = invs(&drain(&mut m))[..] else {
        panic!("one start")
    };
    // `one` loops on `A`: the next invocation takes the slot in place.
    let (next, step) = m
        .finish_direct(
            first,
            Outcome::Emitted(Emitted::One(Ev("A", 1))),
            Duration::ZERO,
        )
        .expect("a plain end starts its successor directly");
    assert_eq!((step, next.id), (0, first.id + 1));
    assert_eq!(m.input(next), Some(&Ev("A", 1)));
    assert!(m.input(first).is_none());
    assert!(drain(&mut m).is_empty(), "no start command for it");
    // Three `B`s for `two` (two workers): two start, one waits.
    for n in 0..3 {
        m.send(Ev("B", n), Some(next), Duration::ZERO).unwrap();
    }
    let twos = invs(&drain(&mut m));
    assert_eq!(twos.len(), 2);
    assert_eq!(m.queued_len(), 1);
    // The first `two` ends with `C`: its worker takes the queued `B(2)` in
    // its place, and `C` (for `three`, with a timeout, and the join) goes
    // the general way, as commands.
    let (taken, step) = m
        .finish_direct(
            twos[0],
            Outcome::Emitted(Emitted::One(Ev("C", 7))),
            Duration::ZERO,
        )
        .expect("the backlog is taken directly");
    assert_eq!(m.spec().step_name(step), "two");
    assert_eq!(m.input(taken), Some(&Ev("B", 2)));
    assert_eq!(m.queued_len(), 0);
    let after = drain(&mut m);
    assert_eq!(starts(&m, &after), [("three", Ev("C", 7))]);
    // `C(8)` waits for `three`'s one worker. When `three` ends, that
    // queued event is not taken directly: `three` has a timeout, so its
    // attempt is recorded, as `finish` does.
    let three = invs(&after)[0];
    let out = m.finish_direct(
        taken,
        Outcome::Emitted(Emitted::One(Ev("C", 8))),
        Duration::ZERO,
    );
    assert!(out.is_none());
    assert!(drain(&mut m).is_empty());
    let out = m.finish_direct(three, Outcome::Emitted(Emitted::Nothing), Duration::ZERO);
    assert!(out.is_none());
    let cmds = drain(&mut m);
    assert_eq!(starts(&m, &cmds), [("three", Ev("C", 8))]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// `finish_direct` gives the commands, states and invocation numbers
    /// of `finish`, with or without the options that turn it off.
    #[test]
    fn finishing_directly_is_finishing(
        inputs in proptest::collection::vec(finishing_input(), 0..60),
        options in 0..3u8,
    ) {
        let config = match options {
            0 => Config::default(),
            1 => Config { timeout: Some(Duration::from_millis(500)), outside_can_send: true, ..Config::default() },
            _ => Config { internal_events: true, trace: true, max_invocations: Some(12), ..Config::default() },
        };
        let general = play_finishing(&inputs, config.clone(), false);
        let direct = play_finishing(&inputs, config, true);
        prop_assert_eq!(general, direct);
    }
}
