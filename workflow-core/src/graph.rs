//! The workflow graph as `const` data, and the checks `#[workflow]` runs on
//! it while the user's crate compiles.
//!
//! `#[workflow]` emits a [`StepNode`] per step, built from the event-set
//! types of the step's signature, and then one `const` item per check,
//! spanned at the user's token the check is about (the event type in a
//! return type, a step's name). Each check is a `#[track_caller]` `const fn`
//! that panics with the rule and the fix, which rustc reports as
//! `evaluation panicked: <message>` at that span. Every check is its own
//! item, so every broken rule is reported in one build.
//!
//! Identity is by type: the nodes hold [`EventId`]s that come from the types
//! themselves, so aliases and paths do not matter. The same functions run at
//! run time in unit tests.
//!
//! Adding a rule is adding a function here and one call in the macro's
//! generator.

use crate::event::{str_eq, EventId, EventKind, StartEvent, STOP_EVENT_ID};
use crate::Event;

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
}

const STOP: EventId = STOP_EVENT_ID;

const fn contains(sets: &[&[EventId]], id: &EventId) -> bool {
    let mut i = 0;
    while i < sets.len() {
        let mut j = 0;
        while j < sets[i].len() {
            if sets[i][j].same(id) {
                return true;
            }
            j += 1;
        }
        i += 1;
    }
    false
}

const fn intersects(a: &[&[EventId]], b: &[&[EventId]]) -> bool {
    let mut i = 0;
    while i < a.len() {
        let mut j = 0;
        while j < a[i].len() {
            if contains(b, &a[i][j]) {
                return true;
            }
            j += 1;
        }
        i += 1;
    }
    false
}

/// Whether some step accepts `id`, as its parameter or in a wait.
pub const fn is_accepted(steps: &[StepNode], id: &EventId) -> bool {
    let mut s = 0;
    while s < steps.len() {
        if contains(steps[s].accepts, id) || contains(steps[s].waits, id) {
            return true;
        }
        s += 1;
    }
    false
}

/// Whether some event in `sets` plays role `kind`.
const fn has_kind(sets: &[&[EventId]], kind: EventKind) -> bool {
    let mut i = 0;
    while i < sets.len() {
        let mut j = 0;
        while j < sets[i].len() {
            if sets[i][j].kind as u8 == kind as u8 {
                return true;
            }
            j += 1;
        }
        i += 1;
    }
    false
}

/// Whether events can flow from step `a` to step `b`: `a` emits what `b`
/// accepts or waits for, or `a` asks the outside world (an input-required
/// event) and `b` takes its answer (a human-response event).
const fn flows(a: &StepNode, b: &StepNode) -> bool {
    intersects(a.emits, b.accepts)
        || intersects(a.emits, b.waits)
        || (has_kind(a.emits, EventKind::InputRequired)
            && (has_kind(b.accepts, EventKind::HumanResponse)
                || has_kind(b.waits, EventKind::HumanResponse)))
}

/// Whether some step emits `id`.
pub const fn is_emitted(steps: &[StepNode], id: &EventId) -> bool {
    let mut s = 0;
    while s < steps.len() {
        if contains(steps[s].emits, id) {
            return true;
        }
        s += 1;
    }
    false
}

/// Reachability over the steps of one workflow (`N` steps).
#[derive(Debug, Clone, Copy)]
pub struct Graph<const N: usize> {
    /// Step `i` can run in some run: it is reachable from the start event.
    pub from_start: [bool; N],
    /// From step `i` some path leads to a `StopEvent`.
    pub to_stop: [bool; N],
}

impl<const N: usize> Graph<N> {
    /// Compute reachability from the workflow's start event `start`.
    /// `steps.len()` must be `N`.
    pub const fn new(steps: &[StepNode], start: &EventId) -> Self {
        assert!(steps.len() == N, "the step table and N disagree");
        // edge[a][b]: step a emits an event that step b accepts.
        let mut edge = [[false; N]; N];
        let mut a = 0;
        while a < N {
            let mut b = 0;
            while b < N {
                edge[a][b] = flows(&steps[a], &steps[b]);
                b += 1;
            }
            a += 1;
        }
        let mut from_start = [false; N];
        let mut to_stop = [false; N];
        let mut s = 0;
        while s < N {
            // The outside world may answer at any time once a run started.
            from_start[s] = contains(steps[s].accepts, start)
                || has_kind(steps[s].accepts, EventKind::HumanResponse);
            to_stop[s] = contains(steps[s].emits, &STOP);
            s += 1;
        }
        // Grow both sets to a fixed point: at most N rounds.
        let mut changed = true;
        while changed {
            changed = false;
            let mut a = 0;
            while a < N {
                let mut b = 0;
                while b < N {
                    if edge[a][b] {
                        if from_start[a] && !from_start[b] {
                            from_start[b] = true;
                            changed = true;
                        }
                        if to_stop[b] && !to_stop[a] {
                            to_stop[a] = true;
                            changed = true;
                        }
                    }
                    b += 1;
                }
                a += 1;
            }
        }
        Graph {
            from_start,
            to_stop,
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

/// The first event of `set` that no step accepts (`StopEvent` needs none,
/// nor an input-required event, which goes to the outside world).
pub const fn unconsumed(steps: &[StepNode], set: &[EventId]) -> Option<EventId> {
    let mut i = 0;
    while i < set.len() {
        if !set[i].same(&STOP)
            && !matches!(set[i].kind, EventKind::InputRequired)
            && !is_accepted(steps, &set[i])
        {
            return Some(set[i]);
        }
        i += 1;
    }
    None
}

/// The first event of `set` that no step emits (other than the start
/// event `start`), or `StopEvent` if `set` holds it.
pub const fn unproduced(
    steps: &[StepNode],
    set: &[EventId],
    start: &EventId,
) -> Option<(EventId, Broken)> {
    let mut i = 0;
    while i < set.len() {
        if set[i].same(&STOP) {
            return Some((set[i], Broken::AcceptsStop));
        }
        if !set[i].same(start)
            && !matches!(set[i].kind, EventKind::HumanResponse)
            && !is_emitted(steps, &set[i])
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
pub const fn check_output_consumed(
    steps: &[StepNode],
    step: usize,
    output: &[EventId],
    written: &str,
) {
    if let Some(ev) = unconsumed(steps, output) {
        let name = steps[step].name;
        let msg = spell(Message::new(), written, output, &ev)
            .push(" is produced by step `")
            .push(name)
            .push("` but no step accepts it\nhelp: add a step that takes ");
        let msg = spell(msg, written, output, &ev)
            .push(" as its event parameter, or stop producing it in `")
            .push(name)
            .push("`");
        fail(msg)
    }
}

/// Rule: every event a step accepts is emitted by some step, or is the
/// start event; and no step accepts `StopEvent`. `input` is one member of
/// the step's input, `written` as the user wrote it.
#[track_caller]
pub const fn check_input_produced(
    steps: &[StepNode],
    step: usize,
    input: &[EventId],
    written: &str,
    start: &EventId,
) {
    let name = steps[step].name;
    match unproduced(steps, input, start) {
        None => {}
        Some((_, Broken::AcceptsStop)) => fail(
            Message::new()
                .push("step `")
                .push(name)
                .push("` accepts `StopEvent`, but a StopEvent ends the run and is never given to a step\nhelp: remove `StopEvent` from the parameters of `")
                .push(name)
                .push("`; to act on a result, await the run's result instead"),
        ),
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
                .push("`");
            fail(msg)
        }
    }
}

/// Rule: no two event types of a workflow share a stable name (the name
/// snapshots store events under).
#[track_caller]
pub const fn check_stable_names(steps: &[StepNode], start: &EventId) {
    let mut s = 0;
    while s < steps.len() {
        let lists: [&[&[EventId]]; 3] = [steps[s].accepts, steps[s].emits, steps[s].waits];
        let mut l = 0;
        while l < 3 {
            let mut i = 0;
            while i < lists[l].len() {
                let mut j = 0;
                while j < lists[l][i].len() {
                    let a = &lists[l][i][j];
                    if let Some(b) = clash(steps, a, start) {
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
                    j += 1;
                }
                i += 1;
            }
            l += 1;
        }
        s += 1;
    }
}

/// Another event type of the workflow with `a`'s stable name.
const fn clash(steps: &[StepNode], a: &EventId, start: &EventId) -> Option<EventId> {
    if str_eq(a.stable, start.stable) && !a.same(start) {
        return Some(*start);
    }
    let mut s = 0;
    while s < steps.len() {
        let lists: [&[&[EventId]]; 3] = [steps[s].accepts, steps[s].emits, steps[s].waits];
        let mut l = 0;
        while l < 3 {
            let mut i = 0;
            while i < lists[l].len() {
                let mut j = 0;
                while j < lists[l][i].len() {
                    let b = &lists[l][i][j];
                    if a.stable.len() == b.stable.len() && str_eq(a.stable, b.stable) && !a.same(b)
                    {
                        return Some(*b);
                    }
                    j += 1;
                }
                i += 1;
            }
            l += 1;
        }
        s += 1;
    }
    None
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

/// Rule: some step accepts the start event.
#[track_caller]
pub const fn check_start_accepted(steps: &[StepNode], start: &EventId) {
    if !is_accepted(steps, start) {
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
pub const fn check_stop_emitted(steps: &[StepNode]) {
    if !is_emitted(steps, &STOP) {
        fail(Message::new().push(
            "no step returns `StopEvent`, so no run can finish\nhelp: return `StopEvent<R>` (alone, or in `Either<.., StopEvent<R>>`) from the step that produces the result",
        ))
    }
}

/// Rule: a path leads from the start event to `StopEvent`.
#[track_caller]
pub const fn check_start_reaches_stop<const N: usize>(
    steps: &[StepNode],
    graph: &Graph<N>,
    start: &EventId,
) {
    // With no start consumer, no stop producer, or an event produced and
    // not consumed (or the reverse), the rules for those report the cause;
    // this one reports a chain broken in every event-level way at once.
    if is_accepted(steps, start)
        && is_emitted(steps, &STOP)
        && events_all_connected(steps, start)
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
pub const fn check_reachable<const N: usize>(
    steps: &[StepNode],
    graph: &Graph<N>,
    step: usize,
    start: &EventId,
) {
    // A step whose own input is never produced is reported by
    // `check_input_produced`; this rule covers steps cut off further up.
    if !graph.from_start[step]
        && inputs_all_produced(steps, step, start)
        && is_accepted(steps, start)
    {
        let name = steps[step].name;
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
                .push("`"),
        )
    }
}

/// Rule: from every step a path leads to `StopEvent` (no dead ends).
#[track_caller]
pub const fn check_reaches_stop<const N: usize>(steps: &[StepNode], graph: &Graph<N>, step: usize) {
    // A step whose own output is never consumed is reported by
    // `check_output_consumed`; this rule covers the rest.
    // With no path from start to stop at all, that is the one error for
    // the steps a run reaches (they are all dead ends by definition).
    let no_path_reported = !graph.start_reaches_stop() && graph.from_start[step];
    if !graph.to_stop[step]
        && !no_path_reported
        && outputs_all_consumed(steps, step)
        && is_emitted(steps, &STOP)
    {
        let name = steps[step].name;
        fail(
            Message::new()
                .push("step `")
                .push(name)
                .push("` is a dead end: none of the events it produces leads to `StopEvent`\nhelp: return `StopEvent<R>` from `")
                .push(name)
                .push("` or an event that leads to a step returning it"),
        )
    }
}

/// No event anywhere is produced without a consumer or accepted without a
/// producer.
const fn events_all_connected(steps: &[StepNode], start: &EventId) -> bool {
    let mut s = 0;
    while s < steps.len() {
        if !inputs_all_produced(steps, s, start) || !outputs_all_consumed(steps, s) {
            return false;
        }
        s += 1;
    }
    true
}

const fn inputs_all_produced(steps: &[StepNode], step: usize, start: &EventId) -> bool {
    let mut i = 0;
    while i < steps[step].accepts.len() {
        if unproduced(steps, steps[step].accepts[i], start).is_some() {
            return false;
        }
        i += 1;
    }
    true
}

const fn outputs_all_consumed(steps: &[StepNode], step: usize) -> bool {
    let mut i = 0;
    while i < steps[step].emits.len() {
        if unconsumed(steps, steps[step].emits[i]).is_some() {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests;
