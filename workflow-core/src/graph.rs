//! The workflow graph as `const` data, and the checks `#[workflow]` runs on
//! it while the user's crate compiles.
//!
//! `#[workflow]` emits a [`StepNode`] per step, built from the event-set
//! types of the step's signature, a [`Graph`] computed from them once, and
//! then one `const` item per check, spanned at the user's token the check
//! is about (the event type in a return type, a step's name). Each check is
//! a `#[track_caller]` `const fn` that panics with the rule and the fix,
//! which rustc reports as `evaluation panicked: <message>` at that span.
//! Every check is its own item, so every broken rule is reported in one
//! build.
//!
//! Identity is by type: the nodes hold [`EventId`]s that come from the types
//! themselves, so aliases and paths do not matter. The same functions run at
//! run time in unit tests.
//!
//! The work is linear in steps and event mentions (after one sort): the
//! graph lists every mention of an event in a signature, sorted by the
//! event's identity, so each event's mentions sit together; reachability
//! is one search forward from the start event and one backward from the
//! steps that stop. A 1,000-step workflow checks in well under a second.
//!
//! Adding a rule is adding a function here and one call in the macro's
//! generator.
//!
//! The same table, as a value to draw or serialize, is [`WorkflowGraph`].

use crate::event::{str_eq, EventId, EventKind, StartEvent, STOP_EVENT_ID};
use crate::handlers::STEP_FAILED_ID;
use crate::Event;

mod data;
#[cfg(test)]
pub(crate) use data::{build, short_type_name};
pub use data::{Edge, EdgeKind, EventRole, Node, NodeKind, NodeRun, RunSummary, WorkflowGraph};

/// A step's opt-outs (`#[step(allow(..))]`, `#[workflow(allow(..))]`): the
/// rules that do not apply to it. Bits of [`StepNode::allow`].
pub mod allow {
    /// `dead_end`: the step need not lead to `StopEvent`.
    pub const DEAD_END: u8 = 1;
    /// `unreachable`: the step need not be reachable from the start event.
    pub const UNREACHABLE: u8 = 2;
    /// `unconsumed`: what the step produces need not be accepted by a step
    /// (it goes to the run's stream, for the outside world).
    pub const UNCONSUMED: u8 = 4;
    /// `unproduced`: what the step accepts need not be produced by a step
    /// (it comes from outside the run).
    pub const UNPRODUCED: u8 = 8;
}

/// One step, as the graph checks see it.
#[derive(Debug, Clone, Copy)]
pub struct StepNode {
    /// The method's name.
    pub name: &'static str,
    /// The event types of each input parameter.
    pub accepts: &'static [&'static [EventId]],
    /// The event types of each output: the return type's members and the
    /// types declared with `#[step(emits = [..])]`.
    pub emits: &'static [&'static [EventId]],
    /// The event types the step waits for inside its body, declared with
    /// `#[step(waits_for = [..])]`: they count as accepted by it.
    pub waits: &'static [&'static [EventId]],
    /// The rules the step opts out of: bits of [`allow`].
    pub allow: u8,
    /// What the step has to do with error handlers.
    pub role: StepRole,
    /// The event types the step fans out: members of a `Vec` it returns.
    pub fan_out: &'static [EventId],
    /// The child workflows the step runs, declared with
    /// `#[step(children = [..])]`. The checks do not read them: a child is
    /// a run of its own, not events of this workflow.
    pub children: &'static [ChildNode],
}

/// A child workflow a step declares (`#[step(children = [..])]`): how to
/// tell its type apart and how to get its graph.
#[derive(Clone, Copy)]
pub struct ChildNode {
    /// The child type's full name (`std::any::type_name`).
    pub type_name: fn() -> &'static str,
    /// The child's graph, given the full names of the workflows above it
    /// (a child among them is not expanded again).
    pub graph: fn(&mut Vec<&'static str>) -> WorkflowGraph,
}

/// The entry of child workflow `C` in the node of a step that declares
/// it; used by generated code, spanned at the type the user declared: a
/// type that is not a workflow is one error there.
pub const fn child_workflow<C: crate::child::Child>() -> ChildNode {
    ChildNode {
        type_name: std::any::type_name::<C>,
        graph: WorkflowGraph::nested::<C>,
    }
}

impl std::fmt::Debug for ChildNode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("ChildNode")
            .field(&(self.type_name)())
            .finish()
    }
}

/// What a step has to do with error handlers (`#[step(catch ..)]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepRole {
    /// Its failures fail the run (after its retries).
    Plain,
    /// Its failures go to an error handler, as `StepFailed`: to the
    /// graph, the step may produce `StepFailed` (but it does not lead to
    /// `StopEvent` that way: a step is a dead end if only its failures
    /// lead on).
    Caught,
    /// It is an error handler: it takes `StepFailed`.
    Handler,
}

impl StepNode {
    /// A step left out by its `#[cfg(..)]`: it mentions no event and no
    /// rule applies to it.
    pub const fn absent(name: &'static str) -> Self {
        StepNode {
            name,
            accepts: &[],
            emits: &[],
            waits: &[],
            allow: allow::DEAD_END | allow::UNREACHABLE | allow::UNCONSUMED | allow::UNPRODUCED,
            role: StepRole::Plain,
            fan_out: &[],
            children: &[],
        }
    }
}

const STOP: EventId = STOP_EVENT_ID;

/// How a step mentions an event.
const ACCEPT: u8 = 0;
const EMIT: u8 = 1;
const WAIT: u8 = 2;
/// The step's failures go to an error handler as `StepFailed`.
const FAIL: u8 = 3;

/// One mention of an event in a step's signature.
#[derive(Debug, Clone, Copy)]
struct Mention {
    key: u64,
    step: u32,
    role: u8,
    /// For an accepted event: which event parameter (a join has several).
    param: u8,
    id: EventId,
}

impl Mention {
    const EMPTY: Mention = Mention {
        key: 0,
        step: 0,
        role: 0,
        param: 0,
        id: STOP,
    };
}

/// How many event mentions the steps' signatures hold: the `M` of
/// [`Graph`].
pub const fn mention_count(steps: &[StepNode]) -> usize {
    let mut n = 0;
    let mut s = 0;
    while s < steps.len() {
        n += sets_len(steps[s].accepts) + sets_len(steps[s].emits) + sets_len(steps[s].waits);
        if matches!(steps[s].role, StepRole::Caught) {
            n += 1;
        }
        s += 1;
    }
    n
}

const fn sets_len(sets: &[&[EventId]]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < sets.len() {
        n += sets[i].len();
        i += 1;
    }
    n
}

/// The workflow graph of `N` steps with `M` event mentions, and what the
/// checks need to know about it.
#[derive(Debug, Clone, Copy)]
pub struct Graph<const N: usize, const M: usize> {
    /// Every mention, sorted by event identity.
    mentions: [Mention; M],
    /// For each mention, the position of the first mention of its event:
    /// the event's index.
    head: [u32; M],
    /// Per event (at its head): some step accepts it or waits for it.
    accepted: [bool; M],
    /// Per event (at its head): some step emits it.
    emitted: [bool; M],
    /// Each step's mentions: `by_step[step_start[s]..step_start[s + 1]]`.
    step_start: [u32; N],
    step_end: [u32; N],
    by_step: [u32; M],
    /// Step `i` can run in some run: it is reachable from the start event.
    pub from_start: [bool; N],
    /// From step `i` some path leads to a `StopEvent`.
    pub to_stop: [bool; N],
    /// Every event step `i` accepts can arrive.
    inputs_arrive: [bool; N],
    /// Every event step `i` emits is taken.
    outputs_taken: [bool; N],
    start_accepted: bool,
    stop_emitted: bool,
    /// Two event types with one stable name, if any.
    clash: Option<(EventId, EventId)>,
    /// Per step: which of its event parameters some run can fill (bits).
    params_seen: [u64; N],
    /// Per event (at its head): it is, or descends from, a member of a
    /// `Vec` fan-out.
    fanned: [bool; M],
}

impl<const N: usize, const M: usize> Graph<N, M> {
    /// Build the graph of `steps` for a workflow that starts with `start`.
    /// `steps.len()` must be `N` and [`mention_count`] of them `M`.
    pub const fn new(steps: &[StepNode], start: &EventId) -> Self {
        assert!(steps.len() == N, "the step table and N disagree");
        assert!(
            mention_count(steps) == M,
            "the mention count and M disagree"
        );
        let mut g = Graph {
            mentions: [Mention::EMPTY; M],
            head: [0; M],
            accepted: [false; M],
            emitted: [false; M],
            step_start: [0; N],
            step_end: [0; N],
            by_step: [0; M],
            from_start: [false; N],
            to_stop: [false; N],
            inputs_arrive: [true; N],
            outputs_taken: [true; N],
            start_accepted: false,
            stop_emitted: false,
            clash: None,
            params_seen: [0; N],
            fanned: [false; M],
        };
        // Every mention, then sorted so each event's mentions sit together.
        let mut m = 0;
        let mut s = 0;
        while s < N {
            let lists: [&[&[EventId]]; 3] = [steps[s].accepts, steps[s].emits, steps[s].waits];
            let roles = [ACCEPT, EMIT, WAIT];
            let mut l = 0;
            while l < 3 {
                let mut i = 0;
                while i < lists[l].len() {
                    let mut j = 0;
                    while j < lists[l][i].len() {
                        let id = lists[l][i][j];
                        g.mentions[m] = Mention {
                            key: id.key(),
                            step: s as u32,
                            role: roles[l],
                            param: if l == 0 { i as u8 } else { 0 },
                            id,
                        };
                        m += 1;
                        j += 1;
                    }
                    i += 1;
                }
                l += 1;
            }
            if matches!(steps[s].role, StepRole::Caught) {
                g.mentions[m] = Mention {
                    key: STEP_FAILED_ID.key(),
                    step: s as u32,
                    role: FAIL,
                    param: 0,
                    id: STEP_FAILED_ID,
                };
                m += 1;
            }
            s += 1;
        }
        sort_mentions(&mut g.mentions);
        // Events: the head of each run of equal identities.
        let mut i = 0;
        while i < M {
            let same_as_previous = i > 0
                && g.mentions[i].key == g.mentions[i - 1].key
                && g.mentions[i].id.same(&g.mentions[i - 1].id);
            g.head[i] = if same_as_previous {
                g.head[i - 1]
            } else {
                i as u32
            };
            let h = g.head[i] as usize;
            match g.mentions[i].role {
                EMIT | FAIL => g.emitted[h] = true,
                _ => g.accepted[h] = true,
            }
            if g.mentions[i].role == ACCEPT && g.mentions[i].id.same(start) {
                g.start_accepted = true;
            }
            if g.mentions[i].role == EMIT && g.mentions[i].id.same(&STOP) {
                g.stop_emitted = true;
            }
            i += 1;
        }
        // Each step's mentions, by counting.
        let mut count = [0u32; N];
        i = 0;
        while i < M {
            count[g.mentions[i].step as usize] += 1;
            i += 1;
        }
        let mut at = 0;
        s = 0;
        while s < N {
            g.step_start[s] = at;
            g.step_end[s] = at;
            at += count[s];
            s += 1;
        }
        i = 0;
        while i < M {
            let s = g.mentions[i].step as usize;
            g.by_step[g.step_end[s] as usize] = i as u32;
            g.step_end[s] += 1;
            i += 1;
        }
        g.fill_step_facts(steps, start);
        g.search_forward(steps, start);
        g.search_backward();
        g.search_fanned(steps);
        g.clash = stable_clash(&g.mentions, &g.head, start);
        g
    }

    /// Whether each step's inputs can arrive and its outputs are taken.
    const fn fill_step_facts(&mut self, steps: &[StepNode], start: &EventId) {
        let mut s = 0;
        while s < N {
            let allow = steps[s].allow;
            let mut k = self.step_start[s];
            while k < self.step_end[s] {
                let i = self.by_step[k as usize] as usize;
                let mention = self.mentions[i];
                let h = self.head[i] as usize;
                // Only error handlers take `StepFailed`: for any other
                // step it never arrives (its own rule says so).
                let failure_to_plain =
                    mention.id.same(&STEP_FAILED_ID) && !matches!(steps[s].role, StepRole::Handler);
                if mention.role == ACCEPT
                    && (mention.id.same(&STOP)
                        || failure_to_plain
                        || (!self.emitted[h]
                            && !mention.id.same(start)
                            && !arrives_from_outside(&mention.id)
                            && allow & allow::UNPRODUCED == 0))
                {
                    self.inputs_arrive[s] = false;
                }
                if mention.role == EMIT
                    && !self.accepted[h]
                    && !mention.id.same(&STOP)
                    && !goes_outside(&mention.id)
                    && allow & allow::UNCONSUMED == 0
                {
                    self.outputs_taken[s] = false;
                }
                k += 1;
            }
            s += 1;
        }
    }

    /// Steps reachable from the start event: one breadth-first search over
    /// steps and events.
    const fn search_forward(&mut self, steps: &[StepNode], start: &EventId) {
        let mut queue = [0u32; N];
        let (mut head, mut tail) = (0, 0);
        let mut event_seen = [false; M];
        // The start event, answers from the outside world and what steps
        // allow to come from outside start runs.
        let mut s = 0;
        while s < N {
            let mut k = self.step_start[s];
            while k < self.step_end[s] {
                let i = self.by_step[k as usize] as usize;
                let id = &self.mentions[i].id;
                if self.mentions[i].role == ACCEPT && (id.same(start) || arrives_from_outside(id)) {
                    self.params_seen[s] |= 1 << self.mentions[i].param;
                }
                if self.mentions[i].role == ACCEPT
                    && !self.from_start[s]
                    && (self.all_params_seen(steps, s) || steps[s].allow & allow::UNPRODUCED != 0)
                {
                    self.from_start[s] = true;
                    queue[tail] = s as u32;
                    tail += 1;
                }
                k += 1;
            }
            s += 1;
        }
        while head < tail {
            let s = queue[head] as usize;
            head += 1;
            let mut k = self.step_start[s];
            while k < self.step_end[s] {
                let i = self.by_step[k as usize] as usize;
                let h = self.head[i] as usize;
                let role = self.mentions[i].role;
                if role == FAIL && !event_seen[h] {
                    event_seen[h] = true;
                    // A step that runs may fail: the error handlers run
                    // (whatever their parameter says; that has its own
                    // rule).
                    let mut t = 0;
                    while t < N {
                        if matches!(steps[t].role, StepRole::Handler) && !self.from_start[t] {
                            self.from_start[t] = true;
                            queue[tail] = t as u32;
                            tail += 1;
                        }
                        t += 1;
                    }
                } else if role == EMIT && !event_seen[h] {
                    event_seen[h] = true;
                    // Every step that accepts this event runs for it (a
                    // join, once each of its parameters can be filled).
                    let mut j = h;
                    while j < M && self.head[j] as usize == h {
                        let t = self.mentions[j].step as usize;
                        if self.mentions[j].role == ACCEPT {
                            self.params_seen[t] |= 1 << self.mentions[j].param;
                            if !self.from_start[t] && self.all_params_seen(steps, t) {
                                self.from_start[t] = true;
                                queue[tail] = t as u32;
                                tail += 1;
                            }
                        }
                        j += 1;
                    }
                }
                k += 1;
            }
        }
    }

    /// Whether some run can fill every event parameter of step `s`.
    const fn all_params_seen(&self, steps: &[StepNode], s: usize) -> bool {
        let n = steps[s].accepts.len();
        let all = if n >= 64 { u64::MAX } else { (1u64 << n) - 1 };
        self.params_seen[s] & all == all
    }

    /// The first event parameter of step `s` no run can fill, if it is a
    /// join and one is.
    const fn unfilled_param(&self, steps: &[StepNode], s: usize) -> Option<usize> {
        if steps[s].accepts.len() < 2 || self.all_params_seen(steps, s) {
            return None;
        }
        let mut p = 0;
        while p < steps[s].accepts.len() {
            if self.params_seen[s] & (1 << p) == 0 {
                return Some(p);
            }
            p += 1;
        }
        None
    }

    /// Events that are, or descend from, members of a `Vec` fan-out: one
    /// search forward from every fan-out's members.
    const fn search_fanned(&mut self, steps: &[StepNode]) {
        let mut queue = [0u32; M];
        let (mut head, mut tail) = (0, 0);
        let mut s = 0;
        while s < N {
            let mut k = 0;
            while k < steps[s].fan_out.len() {
                if let Some(h) = self.find(&steps[s].fan_out[k]) {
                    if !self.fanned[h] {
                        self.fanned[h] = true;
                        queue[tail] = h as u32;
                        tail += 1;
                    }
                }
                k += 1;
            }
            s += 1;
        }
        let mut step_seen = [false; N];
        while head < tail {
            let h = queue[head] as usize;
            head += 1;
            let mut j = h;
            while j < M && self.head[j] as usize == h {
                let t = self.mentions[j].step as usize;
                if self.mentions[j].role == ACCEPT && !step_seen[t] {
                    step_seen[t] = true;
                    let mut k = self.step_start[t];
                    while k < self.step_end[t] {
                        let i = self.by_step[k as usize] as usize;
                        let e = self.head[i] as usize;
                        if self.mentions[i].role == EMIT && !self.fanned[e] {
                            self.fanned[e] = true;
                            queue[tail] = e as u32;
                            tail += 1;
                        }
                        k += 1;
                    }
                }
                j += 1;
            }
        }
    }

    /// Steps from which a path leads to `StopEvent`: one breadth-first
    /// search backward from the steps that stop.
    const fn search_backward(&mut self) {
        let mut queue = [0u32; N];
        let (mut head, mut tail) = (0, 0);
        let mut event_seen = [false; M];
        let mut answers_lead_to_stop = false;
        let mut s = 0;
        while s < N {
            let mut k = self.step_start[s];
            while k < self.step_end[s] {
                let i = self.by_step[k as usize] as usize;
                if self.mentions[i].role == EMIT
                    && self.mentions[i].id.same(&STOP)
                    && !self.to_stop[s]
                {
                    self.to_stop[s] = true;
                    queue[tail] = s as u32;
                    tail += 1;
                }
                k += 1;
            }
            s += 1;
        }
        while head < tail {
            let t = queue[head] as usize;
            head += 1;
            let mut k = self.step_start[t];
            while k < self.step_end[t] {
                let i = self.by_step[k as usize] as usize;
                let h = self.head[i] as usize;
                let role = self.mentions[i].role;
                if (role == ACCEPT || role == WAIT) && !event_seen[h] {
                    event_seen[h] = true;
                    if arrives_from_outside(&self.mentions[i].id) {
                        answers_lead_to_stop = true;
                    }
                    // Every step that emits what `t` takes leads to stop.
                    let mut j = h;
                    while j < M && self.head[j] as usize == h {
                        let s = self.mentions[j].step as usize;
                        if self.mentions[j].role == EMIT && !self.to_stop[s] {
                            self.to_stop[s] = true;
                            queue[tail] = s as u32;
                            tail += 1;
                        }
                        j += 1;
                    }
                }
                k += 1;
            }
            if head == tail && answers_lead_to_stop {
                // A question to the outside world leads to its answer.
                answers_lead_to_stop = false;
                let mut i = 0;
                while i < M {
                    let s = self.mentions[i].step as usize;
                    if self.mentions[i].role == EMIT
                        && goes_outside(&self.mentions[i].id)
                        && !self.to_stop[s]
                    {
                        self.to_stop[s] = true;
                        queue[tail] = s as u32;
                        tail += 1;
                    }
                    i += 1;
                }
            }
        }
    }

    /// The event `id` stands for in this graph: the position of its first
    /// mention, if any step mentions it.
    const fn find(&self, id: &EventId) -> Option<usize> {
        let key = id.key();
        let (mut lo, mut hi) = (0, M);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.mentions[mid].key < key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        while lo < M && self.mentions[lo].key == key {
            if self.mentions[lo].id.same(id) {
                return Some(self.head[lo] as usize);
            }
            lo += 1;
        }
        None
    }

    /// Whether some step accepts `id` or waits for it.
    pub const fn is_accepted(&self, id: &EventId) -> bool {
        match self.find(id) {
            Some(h) => self.accepted[h],
            None => false,
        }
    }

    /// Whether some step emits `id`.
    pub const fn is_emitted(&self, id: &EventId) -> bool {
        match self.find(id) {
            Some(h) => self.emitted[h],
            None => false,
        }
    }

    /// Whether some run can go from the start event to a `StopEvent`.
    pub const fn start_reaches_stop(&self) -> bool {
        let mut s = 0;
        while s < N {
            if self.from_start[s] && self.to_stop[s] {
                return true;
            }
            s += 1;
        }
        false
    }

    /// No event anywhere is produced without a taker or taken without a
    /// producer.
    const fn events_all_connected(&self) -> bool {
        let mut s = 0;
        while s < N {
            if !self.inputs_arrive[s] || !self.outputs_taken[s] {
                return false;
            }
            s += 1;
        }
        true
    }
}

/// An answer from the outside world: it needs no producer among the steps.
const fn arrives_from_outside(id: &EventId) -> bool {
    matches!(id.kind, EventKind::HumanResponse)
}

/// A question for the outside world: it needs no consumer among the steps.
const fn goes_outside(id: &EventId) -> bool {
    matches!(id.kind, EventKind::InputRequired)
}

/// Heapsort by key, in `const`.
const fn sort_mentions<const M: usize>(a: &mut [Mention; M]) {
    if M < 2 {
        return;
    }
    let mut start = M / 2;
    while start > 0 {
        start -= 1;
        sift_down(a, start, M);
    }
    let mut end = M;
    while end > 1 {
        end -= 1;
        let tmp = a[0];
        a[0] = a[end];
        a[end] = tmp;
        sift_down(a, 0, end);
    }
}

const fn sift_down<const M: usize>(a: &mut [Mention; M], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && a[child].key < a[child + 1].key {
            child += 1;
        }
        if a[root].key >= a[child].key {
            return;
        }
        let tmp = a[root];
        a[root] = a[child];
        a[child] = tmp;
        root = child;
    }
}

/// Whether `a` sorts before `b`, byte by byte.
const fn str_before(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// Two different event types with one stable name, among the mentioned
/// events and the start event.
const fn stable_clash<const M: usize>(
    mentions: &[Mention; M],
    head: &[u32; M],
    start: &EventId,
) -> Option<(EventId, EventId)> {
    // One entry per event, sorted by stable-name hash.
    let mut events = [Mention::EMPTY; M];
    let mut n = 0;
    let mut i = 0;
    while i < M {
        if head[i] as usize == i {
            let id = mentions[i].id;
            if str_eq(id.stable, start.stable) && !id.same(start) {
                return Some((id, *start));
            }
            events[n] = Mention {
                key: id.stable_key(),
                step: 0,
                role: 0,
                param: 0,
                id,
            };
            n += 1;
        }
        i += 1;
    }
    // Unused slots sort last.
    i = n;
    while i < M {
        events[i].key = u64::MAX;
        i += 1;
    }
    sort_mentions(&mut events);
    i = 1;
    while i < n {
        let (a, b) = (&events[i - 1], &events[i]);
        if a.key == b.key && str_eq(a.id.stable, b.id.stable) && !a.id.same(&b.id) {
            // In a fixed order, so the message is the same in every build.
            return Some(if str_before(b.id.module, a.id.module) {
                (b.id, a.id)
            } else {
                (a.id, b.id)
            });
        }
        i += 1;
    }
    None
}

/// A message built during `const` evaluation (no allocation there).
pub struct Message {
    buf: [u8; 1024],
    len: usize,
}

impl Message {
    /// An empty message.
    pub const fn new() -> Self {
        Message {
            buf: [0; 1024],
            len: 0,
        }
    }

    /// Append text; what does not fit is cut at a character boundary.
    pub const fn push(mut self, s: &str) -> Self {
        let bytes = s.as_bytes();
        if self.len + bytes.len() > self.buf.len() {
            return self;
        }
        let mut i = 0;
        while i < bytes.len() {
            self.buf[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
        self
    }

    /// The text.
    pub const fn as_str(&self) -> &str {
        let (used, _) = self.buf.split_at(self.len);
        match core::str::from_utf8(used) {
            Ok(s) => s,
            Err(_) => "(message is not UTF-8)",
        }
    }
}

impl Default for Message {
    fn default() -> Self {
        Self::new()
    }
}

#[track_caller]
const fn fail(msg: Message) -> ! {
    panic!("{}", msg.as_str())
}

/// Why an accepted event can never arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    /// No step emits it.
    NotProduced,
    /// It is `StopEvent`, which ends the run instead of being delivered.
    AcceptsStop,
}

/// The first event of `set` (emitted by a step) that no step accepts.
/// `StopEvent` needs none, nor an input-required event, which goes to the
/// outside world.
pub const fn unconsumed<const N: usize, const M: usize>(
    graph: &Graph<N, M>,
    set: &[EventId],
) -> Option<EventId> {
    let mut i = 0;
    while i < set.len() {
        if !set[i].same(&STOP) && !goes_outside(&set[i]) && !graph.is_accepted(&set[i]) {
            return Some(set[i]);
        }
        i += 1;
    }
    None
}

/// The first event of `set` (accepted by a step) that no step emits, other
/// than the start event `start` and answers from outside; or `StopEvent`
/// if `set` holds it.
pub const fn unproduced<const N: usize, const M: usize>(
    graph: &Graph<N, M>,
    set: &[EventId],
    start: &EventId,
) -> Option<(EventId, Broken)> {
    let mut i = 0;
    while i < set.len() {
        if set[i].same(&STOP) {
            return Some((set[i], Broken::AcceptsStop));
        }
        // `StepFailed` comes from the engine, to error handlers; a step
        // that is not one breaks its own rule.
        if !set[i].same(start)
            && !arrives_from_outside(&set[i])
            && !set[i].same(&STEP_FAILED_ID)
            && !graph.is_emitted(&set[i])
        {
            return Some((set[i], Broken::NotProduced));
        }
        i += 1;
    }
    None
}

/// How a message names an event: as the user wrote it at the place the
/// error points to, when that place names exactly this one event, with the
/// event's own name added when the spelling hides it (an alias).
const fn spell(msg: Message, written: &str, set: &[EventId], ev: &EventId) -> Message {
    if set.len() != 1 {
        return msg.push("`").push(ev.name).push("`");
    }
    let msg = msg.push("`").push(written).push("`");
    if ends_with_name(written, ev.name) {
        msg
    } else {
        msg.push(" (the event `").push(ev.name).push("`)")
    }
}

/// Whether the path `written` ends in `name` (`a::Query` and `Query<T>`
/// end in `Query`).
const fn ends_with_name(written: &str, name: &str) -> bool {
    let (w, n) = (written.as_bytes(), name.as_bytes());
    // Drop generic arguments: `StopEvent<String>` -> `StopEvent`.
    let mut end = w.len();
    let mut i = 0;
    while i < w.len() {
        if w[i] == b'<' {
            end = i;
            break;
        }
        i += 1;
    }
    while end > 0 && w[end - 1] == b' ' {
        end -= 1;
    }
    if end < n.len() {
        return false;
    }
    let start = end - n.len();
    if start > 0 && w[start - 1] != b':' && w[start - 1] != b' ' {
        return false;
    }
    let mut j = 0;
    while j < n.len() {
        if w[start + j] != n[j] {
            return false;
        }
        j += 1;
    }
    true
}

/// Rule: every event a step emits is accepted by some step. `output` is
/// one member of the step's output, `written` as the user wrote it.
#[track_caller]
pub const fn check_output_consumed<const N: usize, const M: usize>(
    steps: &[StepNode],
    graph: &Graph<N, M>,
    step: usize,
    output: &[EventId],
    written: &str,
) {
    if steps[step].allow & allow::UNCONSUMED != 0 {
        return;
    }
    if let Some(ev) = unconsumed(graph, output) {
        let name = steps[step].name;
        let msg = spell(Message::new(), written, output, &ev)
            .push(" is produced by step `")
            .push(name)
            .push("` but no step accepts it\nhelp: add a step that takes ");
        let msg = spell(msg, written, output, &ev)
            .push(" as its event parameter, or stop producing it in `")
            .push(name)
            .push("` (if something outside the workflow takes it, say so with `#[step(allow(unconsumed))]`: it then goes to the run's stream)");
        fail(msg)
    }
}

/// Rule: every event a step accepts is emitted by some step, or is the
/// start event; and no step accepts `StopEvent`. `input` is one member of
/// the step's input, `written` as the user wrote it.
#[track_caller]
pub const fn check_input_produced<const N: usize, const M: usize>(
    steps: &[StepNode],
    graph: &Graph<N, M>,
    step: usize,
    input: &[EventId],
    written: &str,
    start: &EventId,
) {
    let name = steps[step].name;
    let allowed = steps[step].allow & allow::UNPRODUCED != 0;
    if !matches!(steps[step].role, StepRole::Handler) && takes_failure(input) {
        fail(
            Message::new()
                .push("step `")
                .push(name)
                .push("` takes `StepFailed`, but only error handlers receive it, so `")
                .push(name)
                .push("` never runs for it\nhelp: make `")
                .push(name)
                .push("` an error handler with `#[step(catch = [step, ..])]` (or `#[step(catch)]` for every step), or take another event"),
        )
    }
    match unproduced(graph, input, start) {
        None => {}
        Some((_, Broken::AcceptsStop)) => fail(
            Message::new()
                .push("step `")
                .push(name)
                .push("` accepts `StopEvent`, but a StopEvent ends the run and is never given to a step\nhelp: remove `StopEvent` from the parameters of `")
                .push(name)
                .push("`; to act on a result, await the run's result instead"),
        ),
        Some(_) if allowed => {}
        Some((ev, _)) if ev.same(&StartEvent::ID) => fail(
            Message::new()
                .push("step `")
                .push(name)
                .push("` accepts `StartEvent`, but this workflow starts with `")
                .push(start.name)
                .push("` (`#[workflow(start = ..)]`), so no run gives it a `StartEvent`\nhelp: take `")
                .push(start.name)
                .push("` instead, or remove `start = ..` to start runs with `StartEvent`"),
        ),
        Some((ev, _)) => {
            let msg = Message::new().push("step `").push(name).push("` accepts ");
            let msg = spell(msg, written, input, &ev)
                .push(" but no step produces it, so `")
                .push(name)
                .push("` never runs for it\nhelp: return ");
            let msg = spell(msg, written, input, &ev)
                .push(" from a step (or send it through the context from a step that declares it in `#[step(emits = [..])]`), or remove it from `")
                .push(name)
                .push("` (if it comes from outside the run, say so with `#[step(allow(unproduced))]`)");
            fail(msg)
        }
    }
}

/// Whether `set` holds `StepFailed`.
const fn takes_failure(set: &[EventId]) -> bool {
    let mut i = 0;
    while i < set.len() {
        if set[i].same(&STEP_FAILED_ID) {
            return true;
        }
        i += 1;
    }
    false
}

/// Rule: a step accepts each event type once; a type named twice (two
/// spellings, two variants of a union) would run the step twice for every
/// such event.
#[track_caller]
pub const fn check_input_unique(steps: &[StepNode], step: usize) {
    let sets = steps[step].accepts;
    let mut i = 0;
    while i < sets.len() {
        let mut j = 0;
        while j < sets[i].len() {
            let a = &sets[i][j];
            // Compare with every later member, in this set and the next.
            let mut k = i;
            let mut l = j + 1;
            while k < sets.len() {
                while l < sets[k].len() {
                    if a.same(&sets[k][l]) && k != i {
                        let name = steps[step].name;
                        fail(
                            Message::new()
                                .push("step `")
                                .push(name)
                                .push("` joins `")
                                .push(a.name)
                                .push("` in two parameters, so no arrival could tell which one it fills\nhelp: join distinct event types: take each type in one parameter of `")
                                .push(name)
                                .push("` (to gather several events of one type, take `Vec<")
                                .push(a.name)
                                .push(">` from a fan-out)"),
                        )
                    }
                    if a.same(&sets[k][l]) {
                        let name = steps[step].name;
                        fail(
                            Message::new()
                                .push("step `")
                                .push(name)
                                .push("` accepts `")
                                .push(a.name)
                                .push("` twice, so it would run twice for every `")
                                .push(a.name)
                                .push("`\nhelp: name each event type once in the event parameter of `")
                                .push(name)
                                .push("` (two aliases or two union variants of one type count as one type)"),
                        )
                    }
                    l += 1;
                }
                k += 1;
                l = 0;
            }
            j += 1;
        }
        i += 1;
    }
}

/// Rule: no two event types of a workflow share a stable name (the name
/// snapshots store events under).
#[track_caller]
pub const fn check_stable_names<const N: usize, const M: usize>(graph: &Graph<N, M>) {
    if let Some((a, b)) = graph.clash {
        fail(
            Message::new()
                .push("two event types of this workflow share the stable name `")
                .push(a.stable)
                .push("`: `")
                .push(a.name)
                .push("` in `")
                .push(a.module)
                .push("` and `")
                .push(b.name)
                .push("` in `")
                .push(b.module)
                .push("`; snapshots store events by this name, so it must be unique\nhelp: give one of them its own name with `#[event(name = \"..\")]`"),
        )
    }
}

/// Rule: some step accepts the start event.
#[track_caller]
pub const fn check_start_accepted<const N: usize, const M: usize>(
    graph: &Graph<N, M>,
    start: &EventId,
) {
    if !graph.start_accepted {
        fail(
            Message::new()
                .push("no step accepts `")
                .push(start.name)
                .push("`, so no run can begin\nhelp: give one step an event parameter of type `")
                .push(start.name)
                .push("` (for example `ev: ")
                .push(start.name)
                .push("`)"),
        )
    }
}

/// Rule: some step emits `StopEvent`.
#[track_caller]
pub const fn check_stop_emitted<const N: usize, const M: usize>(graph: &Graph<N, M>) {
    if !graph.stop_emitted {
        fail(Message::new().push(
            "no step returns `StopEvent`, so no run can finish\nhelp: return `StopEvent<R>` (alone, or in `Either<.., StopEvent<R>>`) from the step that produces the result",
        ))
    }
}

/// Rule: a path leads from the start event to `StopEvent`.
#[track_caller]
pub const fn check_start_reaches_stop<const N: usize, const M: usize>(
    graph: &Graph<N, M>,
    start: &EventId,
) {
    // With no start consumer, no stop producer, or an event produced and
    // not consumed (or the reverse), the rules for those report the cause;
    // this one reports a chain broken in every event-level way at once.
    if graph.start_accepted
        && graph.stop_emitted
        && graph.events_all_connected()
        && !graph.start_reaches_stop()
    {
        fail(
            Message::new()
                .push("no path leads from `")
                .push(start.name)
                .push("` to `StopEvent`: the steps that start a run never lead to a step that stops it\nhelp: make a step reachable from `")
                .push(start.name)
                .push("` return an event that leads to a step returning `StopEvent`"),
        )
    }
}

/// Rule: every step can run: a path leads to it from the start event.
#[track_caller]
pub const fn check_reachable<const N: usize, const M: usize>(
    steps: &[StepNode],
    graph: &Graph<N, M>,
    step: usize,
    start: &EventId,
) {
    // A step whose own input is never produced is reported by
    // `check_input_produced`; this rule covers steps cut off further up.
    if !graph.from_start[step]
        && graph.inputs_arrive[step]
        && graph.start_accepted
        && steps[step].allow & allow::UNREACHABLE == 0
    {
        let name = steps[step].name;
        if let Some(p) = graph.unfilled_param(steps, step) {
            let missing = match steps[step].accepts[p].first() {
                Some(id) => id.name,
                None => "?",
            };
            fail(
                Message::new()
                    .push("step `")
                    .push(name)
                    .push("` can never run: it is a join, fired by one event of each of its parameters, and no path of events leads to `")
                    .push(missing)
                    .push("` from `")
                    .push(start.name)
                    .push("`\nhelp: return `")
                    .push(missing)
                    .push("` from a step that runs, or remove that parameter from `")
                    .push(name)
                    .push("`"),
            )
        }
        fail(
            Message::new()
                .push("step `")
                .push(name)
                .push("` can never run: no path of events leads to it from `")
                .push(start.name)
                .push("`\nhelp: return one of the events `")
                .push(name)
                .push("` accepts from a step that runs, or remove `")
                .push(name)
                .push("` (or keep it with `#[step(allow(unreachable))]`)"),
        )
    }
}

/// Rule: a fan-in (`Vec<E>`) takes the branches of a `Vec` fan-out, so
/// some step returns a `Vec` whose members lead to `E` (or are `E`).
/// `written` is the event type as the user wrote it. (An `E` no step
/// produces is the rule of [`check_input_produced`], reported alone.)
#[track_caller]
pub const fn check_fan_in<const N: usize, const M: usize>(
    steps: &[StepNode],
    graph: &Graph<N, M>,
    step: usize,
    written: &str,
) {
    let Some(set) = steps[step].accepts.first() else {
        return;
    };
    let mut i = 0;
    while i < set.len() {
        let ev = &set[i];
        let fanned = match graph.find(ev) {
            Some(h) => graph.fanned[h],
            None => false,
        };
        if graph.is_emitted(ev) && !fanned {
            let name = steps[step].name;
            let msg = Message::new()
                .push("step `")
                .push(name)
                .push("` takes `Vec<")
                .push(written)
                .push(">`, a fan-in of the branches of a `Vec` fan-out, but no step returns a `Vec` that leads to ");
            let msg = spell(msg, written, set, ev)
                .push(", so there is nothing to gather\nhelp: return `Vec<..>` from a step upstream (each member starts a branch; `")
                .push(name)
                .push("` gets what they all bring, once they finished), or take ");
            let msg = spell(msg, written, set, ev).push(" alone to handle each one as it comes");
            fail(msg)
        }
        i += 1;
    }
}

/// Rule: from every step a path leads to `StopEvent` (no dead ends).
#[track_caller]
pub const fn check_reaches_stop<const N: usize, const M: usize>(
    steps: &[StepNode],
    graph: &Graph<N, M>,
    step: usize,
) {
    // A step whose own output is never consumed is reported by
    // `check_output_consumed`; this rule covers the rest.
    // With no path from start to stop at all, that is the one error for
    // the steps a run reaches (they are all dead ends by definition).
    let no_path_reported = !graph.start_reaches_stop() && graph.from_start[step];
    if !graph.to_stop[step]
        && !no_path_reported
        && graph.outputs_taken[step]
        && graph.stop_emitted
        && steps[step].allow & allow::DEAD_END == 0
    {
        let name = steps[step].name;
        fail(
            Message::new()
                .push("step `")
                .push(name)
                .push("` is a dead end: none of the events it produces leads to `StopEvent`\nhelp: return `StopEvent<R>` from `")
                .push(name)
                .push("` or an event that leads to a step returning it (if its only job is a side effect, say so with `#[step(allow(dead_end))]`)"),
        )
    }
}

#[cfg(test)]
mod tests;
