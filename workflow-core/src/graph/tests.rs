use super::*;
use std::collections::{HashSet, VecDeque};

const START: EventId = StartEvent::ID;

/// Ids for test events `E0..E15`.
const IDS: [EventId; 16] = {
    let mut ids = [EventId::new("t", "E", 0, 0); 16];
    let mut i = 0;
    while i < 16 {
        ids[i] = EventId::new("t", "E", 1, i as u32);
        i += 1;
    }
    ids
};

fn leak(sets: Vec<Vec<EventId>>) -> &'static [&'static [EventId]] {
    let sets: Vec<&'static [EventId]> = sets
        .into_iter()
        .map(|s| &*Box::leak(s.into_boxed_slice()))
        .collect();
    Box::leak(sets.into_boxed_slice())
}

/// Reference reachability by breadth-first search over events.
fn reference(steps: &[StepNode]) -> (Vec<bool>, Vec<bool>) {
    let n = steps.len();
    let mut from_start = vec![false; n];
    let mut seen_events: HashSet<(u32, &str)> = HashSet::new();
    let key = |e: &EventId| (e.column + 1000 * e.line, e.name);
    let mut queue: VecDeque<EventId> = VecDeque::from([START]);
    seen_events.insert(key(&START));
    while let Some(ev) = queue.pop_front() {
        for (i, s) in steps.iter().enumerate() {
            if s.accepts.iter().flat_map(|x| x.iter()).any(|a| a.same(&ev)) && !from_start[i] {
                from_start[i] = true;
                for out in s.emits.iter().flat_map(|x| x.iter()) {
                    if seen_events.insert(key(out)) {
                        queue.push_back(*out);
                    }
                }
            }
        }
    }
    // to_stop: reverse search from steps emitting StopEvent.
    let mut to_stop: Vec<bool> = steps
        .iter()
        .map(|s| s.emits.iter().flat_map(|x| x.iter()).any(|e| e.same(&STOP)))
        .collect();
    loop {
        let mut changed = false;
        for a in 0..n {
            if to_stop[a] {
                continue;
            }
            let feeds_stop_step = (0..n).any(|b| {
                to_stop[b]
                    && steps[a].emits.iter().flat_map(|x| x.iter()).any(|e| {
                        steps[b]
                            .accepts
                            .iter()
                            .flat_map(|x| x.iter())
                            .any(|x| x.same(e))
                    })
            });
            if feeds_stop_step {
                to_stop[a] = true;
                changed = true;
            }
        }
        if !changed {
            return (from_start, to_stop);
        }
    }
}

/// A tiny deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }
}

fn random_steps(rng: &mut Rng, n: usize) -> Vec<StepNode> {
    let pick = |rng: &mut Rng| match rng.next(10) {
        0 => START,
        1 => STOP,
        _ => IDS[rng.next(8)],
    };
    (0..n)
        .map(|_| {
            let accepts = (0..1 + rng.next(2)).map(|_| pick(rng)).collect();
            let emits = (0..rng.next(3)).map(|_| pick(rng)).collect();
            StepNode {
                name: "s",
                accepts: leak(vec![accepts]),
                emits: leak(vec![emits]),
                waits: &[],
                allow: 0,
                role: StepRole::Plain,
                fan_out: &[],
                children: &[],
            }
        })
        .collect()
}

macro_rules! check_random {
    ($n:literal, $rounds:expr) => {{
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ $n);
        for _ in 0..$rounds {
            let steps: [StepNode; $n] = random_steps(&mut rng, $n).try_into().unwrap();
            let graph = graph(&steps, &START);
            let (from_start, to_stop) = reference(&steps);
            assert_eq!(graph.reached(), from_start, "{steps:#?}");
            assert_eq!(graph.to_stop(), to_stop, "{steps:#?}");
            let expect_path = (0..$n).any(|i| from_start[i] && to_stop[i]);
            assert_eq!(graph.start_reaches_stop(), expect_path);
        }
    }};
}

#[test]
fn reachability_matches_a_reference_search_on_random_graphs() {
    check_random!(1, 200);
    check_random!(3, 500);
    check_random!(6, 500);
    check_random!(12, 300);
}

fn node(name: &'static str, accepts: &[EventId], emits: &[EventId]) -> StepNode {
    StepNode {
        name,
        accepts: leak(vec![accepts.to_vec()]),
        emits: leak(vec![emits.to_vec()]),
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[],
    }
}

/// The graph of `steps` (any number), as the macro builds it.
fn graph<const N: usize>(steps: &[StepNode; N], start: &EventId) -> Box<dyn Facts> {
    fn build<const N: usize, const M: usize>(
        steps: &[StepNode],
        start: &EventId,
    ) -> Box<dyn Facts> {
        Box::new(Graph::<N, M>::new(steps, start))
    }
    let m = mention_count(steps);
    // Const generics need the count at compile time: pick from a few sizes.
    macro_rules! sizes {
        ($($m:literal)*) => {
            match m {
                $($m => build::<N, $m>(steps, start),)*
                _ => panic!("add {m} to the sizes"),
            }
        };
    }
    sizes!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60)
}

/// What the tests read of a graph, whatever its sizes.
trait Facts {
    fn reached(&self) -> Vec<bool>;
    fn to_stop(&self) -> Vec<bool>;
    fn start_reaches_stop(&self) -> bool;
    fn unconsumed(&self, set: &[EventId]) -> Option<EventId>;
    fn unproduced(&self, set: &[EventId], start: &EventId) -> Option<(EventId, Broken)>;
    fn clash(&self) -> Option<(EventId, EventId)>;
}

impl<const N: usize, const M: usize> Facts for Graph<N, M> {
    fn reached(&self) -> Vec<bool> {
        self.from_start.to_vec()
    }
    fn to_stop(&self) -> Vec<bool> {
        self.to_stop.to_vec()
    }
    fn start_reaches_stop(&self) -> bool {
        Graph::start_reaches_stop(self)
    }
    fn unconsumed(&self, set: &[EventId]) -> Option<EventId> {
        unconsumed(self, set)
    }
    fn unproduced(&self, set: &[EventId], start: &EventId) -> Option<(EventId, Broken)> {
        unproduced(self, set, start)
    }
    fn clash(&self) -> Option<(EventId, EventId)> {
        self.clash
    }
}

#[test]
fn unconsumed_and_unproduced_events_are_found() {
    let (a, b) = (IDS[0], IDS[1]);
    let steps = [
        node("first", &[START], &[a, b]),
        node("second", &[a], &[STOP]),
    ];
    let g = graph(&steps, &START);
    assert!(g.unconsumed(steps[0].emits[0]).unwrap().same(&b));
    assert!(
        g.unconsumed(steps[1].emits[0]).is_none(),
        "StopEvent needs no consumer"
    );
    let steps = [node("first", &[START, b], &[STOP])];
    let (ev, why) = graph(&steps, &START)
        .unproduced(steps[0].accepts[0], &START)
        .unwrap();
    assert!(ev.same(&b) && why == Broken::NotProduced);
    let steps = [
        node("first", &[START], &[STOP]),
        node("late", &[STOP], &[STOP]),
    ];
    assert_eq!(
        graph(&steps, &START)
            .unproduced(steps[1].accepts[0], &START)
            .unwrap()
            .1,
        Broken::AcceptsStop
    );
}

#[test]
fn a_loop_with_an_exit_passes_and_a_closed_loop_is_a_dead_end() {
    let (q, f) = (IDS[0], IDS[1]);
    let looping = [
        node("answer", &[START, q], &[f, STOP]),
        node("improve", &[f], &[q, STOP]),
    ];
    let g = graph(&looping, &START);
    assert_eq!(g.reached(), [true, true]);
    assert_eq!(g.to_stop(), [true, true]);
    let closed = [
        node("enter", &[START], &[q, STOP]),
        node("ping", &[q], &[f]),
        node("pong", &[f], &[q]),
    ];
    let g = graph(&closed, &START);
    assert_eq!(g.to_stop(), [true, false, false]);
    assert!(g.start_reaches_stop());
}

#[test]
fn messages_are_built_in_const_and_cut_cleanly() {
    const M: Message = Message::new().push("a `").push("b").push("`");
    assert_eq!(M.as_str(), "a `b`");
    let long = "x".repeat(2000);
    assert_eq!(Message::new().push("ok").push(&long).as_str(), "ok");
}

#[test]
#[should_panic(expected = "`E` is produced by step `first` but no step accepts it")]
fn checks_panic_with_the_rule_and_the_fix() {
    const STEPS: [StepNode; 1] = [StepNode {
        name: "first",
        accepts: &[&[START]],
        emits: &[&[IDS[3], STOP]],
        waits: &[],
        allow: 0,
        role: StepRole::Plain,
        fan_out: &[],
        children: &[],
    }];
    let g = Graph::<1, 3>::new(&STEPS, &START);
    check_output_consumed(&STEPS, &g, 0, STEPS[0].emits[0], "E");
}

#[test]
fn spelled_names_keep_the_users_words_and_reveal_aliases() {
    assert!(ends_with_name("a::b::Query", "Query"));
    assert!(ends_with_name("StopEvent < String >", "StopEvent"));
    assert!(ends_with_name("Query", "Query"));
    assert!(!ends_with_name("MyQuery", "Query"));
    assert!(!ends_with_name("Ask", "Query"));
    let id = EventId::new("m", "Query", 1, 1);
    let one = [id];
    assert_eq!(
        spell(Message::new(), "chat::Query", &one, &id).as_str(),
        "`chat::Query`"
    );
    assert_eq!(
        spell(Message::new(), "Ask", &one, &id).as_str(),
        "`Ask` (the event `Query`)"
    );
    let two = [id, IDS[0]];
    assert_eq!(
        spell(Message::new(), "Union", &two, &id).as_str(),
        "`Query`"
    );
}

#[test]
fn a_typed_start_event_starts_the_graph_and_needs_no_producer() {
    let begin = EventId::new("t", "Begin", 9, 9);
    let steps = [
        node("first", &[begin], &[IDS[0]]),
        node("second", &[IDS[0]], &[STOP]),
    ];
    assert!(graph(&steps, &begin)
        .unproduced(steps[0].accepts[0], &begin)
        .is_none());
    assert!(graph(&steps, &begin).start_reaches_stop());
    // With `StartEvent` as the start, `Begin` is an event nobody produces.
    assert!(graph(&steps, &START)
        .unproduced(steps[0].accepts[0], &START)
        .is_some());
    assert!(!graph(&steps, &START).start_reaches_stop());
}

#[test]
fn asking_the_outside_world_connects_to_the_steps_that_take_its_answer() {
    use crate::event::EventKind;
    let ask = EventId::new("t", "Ask", 9, 1).kind(EventKind::InputRequired);
    let answer = EventId::new("t", "Answer", 9, 2).kind(EventKind::HumanResponse);
    let steps = [
        node("ask", &[START], &[ask]),
        node("answer", &[answer], &[STOP]),
    ];
    // Neither needs a consumer nor a producer among the steps.
    assert!(graph(&steps, &START).unconsumed(&[ask]).is_none());
    assert!(graph(&steps, &START)
        .unproduced(&[answer], &START)
        .is_none());
    let graph = graph(&steps, &START);
    assert_eq!(graph.reached(), [true, true]);
    assert_eq!(graph.to_stop(), [true, true]);
    assert!(graph.start_reaches_stop());
}

#[test]
fn waited_events_count_as_accepted_and_connect_their_producers() {
    let (work, done) = (IDS[0], IDS[1]);
    let mut waiter = node("waiter", &[START], &[STOP]);
    waiter.waits = leak(vec![vec![done]]);
    let steps = [
        waiter,
        node("worker", &[work], &[done]),
        node("start", &[START], &[work]),
    ];
    assert!(graph(&steps, &START).unconsumed(&[done]).is_none());
    let graph = graph(&steps, &START);
    assert_eq!(graph.to_stop(), [true, true, true]);
}

#[test]
fn stable_names_must_be_unique_per_workflow() {
    let a = EventId::new("m", "A", 1, 1).stable("shared");
    let b = EventId::new("n", "B", 2, 1).stable("shared");
    let steps = [node("one", &[START], &[a]), node("two", &[a], &[STOP])];
    assert!(graph(&steps, &START).clash().is_none());
    let steps = [
        node("one", &[START], &[a, b]),
        node("two", &[a, b], &[STOP]),
    ];
    let (x, y) = graph(&steps, &START).clash().unwrap();
    assert!((x.same(&a) && y.same(&b)) || (x.same(&b) && y.same(&a)));
}

#[test]
fn opt_outs_lift_their_rule_for_their_step_only() {
    let (a, out) = (IDS[0], IDS[1]);
    // `side` produces `out`, which nobody takes, and never leads to stop.
    let mut side = node("side", &[START], &[out]);
    let steps = [node("main", &[START], &[STOP]), side];
    let g = graph(&steps, &START);
    assert!(g.unconsumed(&[out]).is_some());
    side.allow = allow::UNCONSUMED | allow::DEAD_END;
    let steps = [node("main", &[START], &[STOP]), side];
    let g = graph(&steps, &START);
    assert_eq!(
        g.to_stop(),
        [true, false],
        "allowing does not change the graph"
    );
    // `outside` takes `a`, which only the outside world produces.
    let mut outside = node("outside", &[a], &[STOP]);
    let steps = [node("main", &[START], &[STOP]), outside];
    assert_eq!(graph(&steps, &START).reached(), [true, false]);
    outside.allow = allow::UNPRODUCED;
    let steps = [node("main", &[START], &[STOP]), outside];
    assert_eq!(graph(&steps, &START).reached(), [true, true]);
}
