//! Steps that gather the input of one invocation from several events:
//! **joins** (a step with several event parameters fires once one event of
//! each has arrived, FIFO per parameter) and **fan-ins** (a step taking
//! `Vec<E>` gets what every branch of a `Vec` fan-out brought, once all
//! of them have finished).
//!
//! # Fan-out bookkeeping
//!
//! A step whose `Vec` feeds a fan-in ([`Spec::fans_in_to`]) opens a
//! *fan-out*: each member is routed with a [`Branch`] tag (the fan-out and
//! the member's index), and every event an invocation of that branch
//! returns or sends carries the tag on. A fan-out counts its *open units*:
//! the tagged inputs queued, in flight, waiting to retry or buffered in a
//! join, and the fan-outs nested in it while they are open. An event of a
//! branch that reaches a fan-in step is an *arrival*, kept in the fan-out,
//! not a unit. When the count drops to zero, every branch has arrived or
//! ended (a branch that returned nothing is not waited for), and each
//! fan-in step the fan-out feeds gets its arrivals, in member order (an
//! empty fan-out gives an empty `Vec`), in the branch of the enclosing
//! fan-out: nested fan-outs join at the innermost level. Each member costs
//! a constant amount of work (a map lookup by fan-out, a push), whatever
//! the number of members; the arrivals are sorted once, at the end.
//!
//! A quorum (`#[step(take = n)]`) fires on the n-th arrival with the first
//! n, in arrival order; later arrivals of that fan-out are dropped, and the
//! other branches keep running. A fan-out that ends with fewer than n
//! arrivals gives what came.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde::{Deserialize, Serialize};

use super::{
    Clock, EncodedEvent, Machine, MachineState, Now, RestoreError, SaveError, Spec, StepIndex,
};

/// How a step gathers the input of one invocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gather {
    /// One event per invocation.
    One,
    /// A join: one event for each of its `n` event parameters.
    Join(u16),
    /// A fan-in (`Vec<E>`): what the branches of the innermost fan-out
    /// brought; with `take`, the first `take` to arrive.
    FanIn {
        /// The quorum (`#[step(take = n)]`), if any.
        take: Option<u32>,
    },
}

/// Which branch of which fan-out an event belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Branch {
    pub(super) fanout: u32,
    pub(super) member: u32,
}

/// An event's branch, if it belongs to a fan-out.
pub(super) type Tag = Option<Branch>;

/// A machine's joins and fan-outs.
#[derive(Debug, Clone)]
pub(super) struct Gathering<E> {
    /// Join buffers of steps that hold parts, in the order they were made.
    joins: Vec<JoinBuffer<E>>,
    /// Open fan-outs, by id.
    fanouts: BTreeMap<u32, FanOut<E>>,
    next_fanout: u32,
}

impl<E> Default for Gathering<E> {
    fn default() -> Self {
        Gathering {
            joins: Vec::new(),
            fanouts: BTreeMap::new(),
            next_fanout: 0,
        }
    }
}

#[derive(Debug, Clone)]
struct JoinBuffer<E> {
    step: StepIndex,
    /// Per parameter, its events in arrival order.
    slots: Vec<VecDeque<(E, Tag)>>,
}

#[derive(Debug, Clone)]
struct FanOut<E> {
    /// The step that fanned out.
    origin: StepIndex,
    /// The branch of the enclosing fan-out, where the fan-in goes on.
    parent: Tag,
    /// Open units: see the module docs.
    open: u32,
    arrivals: Vec<Arrival<E>>,
    /// Quorum steps that fired already.
    fired: Vec<StepIndex>,
    /// Arrivals so far per quorum step.
    counts: Vec<(StepIndex, u32)>,
}

#[derive(Debug, Clone)]
struct Arrival<E> {
    step: StepIndex,
    member: u32,
    event: E,
}

impl<S: Spec> Machine<S> {
    fn gathering(&mut self) -> &mut Gathering<S::Event> {
        self.gathering.get_or_insert_with(Default::default)
    }

    /// One more open unit in `tag`'s fan-out.
    #[inline]
    pub(super) fn hold(&mut self, tag: Tag) {
        if let Some(b) = tag {
            if let Some(f) = self.gathering().fanouts.get_mut(&b.fanout) {
                f.open += 1;
            }
        }
    }

    /// One open unit of `tag`'s fan-out is done; the last one closes it.
    #[inline]
    pub(super) fn release<C: Clock>(&mut self, tag: Tag, now: &mut Now<C>) {
        if tag.is_some() {
            self.release_branch(tag, now);
        }
    }

    fn release_branch<C: Clock>(&mut self, tag: Tag, now: &mut Now<C>) {
        let Some(b) = tag else { return };
        let Some(g) = self.gathering.as_mut() else {
            return;
        };
        let Some(f) = g.fanouts.get_mut(&b.fanout) else {
            return;
        };
        f.open = f.open.saturating_sub(1);
        if f.open == 0 {
            self.close(b.fanout, now);
        }
    }

    /// Every branch of fan-out `id` has arrived or ended: each fan-in it
    /// feeds gets its arrivals, in member order.
    fn close<C: Clock>(&mut self, id: u32, now: &mut Now<C>) {
        let Some(f) = self.gathering().fanouts.remove(&id) else {
            return;
        };
        let FanOut {
            origin,
            parent,
            mut arrivals,
            fired,
            ..
        } = f;
        let mut targets: Vec<StepIndex> = self.spec.fans_in_to(origin).to_vec();
        targets.extend(arrivals.iter().map(|a| a.step));
        targets.sort_unstable();
        targets.dedup();
        // Stable: a branch that brought several keeps their order.
        arrivals.sort_by_key(|a| (a.step, a.member));
        let mut arrivals = arrivals.into_iter().peekable();
        for step in targets {
            let mut parts = Vec::new();
            while let Some(a) = arrivals.next_if(|a| a.step == step) {
                parts.push(a.event);
            }
            if self.finished || fired.contains(&step) {
                continue;
            }
            let bundle = self.spec.bundle(step, parts);
            self.deliver_one(step, bundle, parent, now);
        }
        // The fan-out's own unit in the enclosing one.
        self.release(parent, now);
    }

    /// `step` returned `events`, a fan-out that feeds a fan-in.
    pub(super) fn fan_out<C: Clock>(
        &mut self,
        step: StepIndex,
        events: Vec<S::Event>,
        parent: Tag,
        now: &mut Now<C>,
    ) {
        self.hold(parent);
        let g = self.gathering();
        let id = g.next_fanout;
        g.next_fanout = g.next_fanout.wrapping_add(1);
        // One unit while the members are routed, so a member that
        // completes a join cannot close the fan-out before the rest.
        g.fanouts.insert(
            id,
            FanOut {
                origin: step,
                parent,
                open: 1,
                arrivals: Vec::new(),
                fired: Vec::new(),
                counts: Vec::new(),
            },
        );
        for (member, ev) in events.into_iter().enumerate() {
            if self.finished {
                break;
            }
            let tag = Some(Branch {
                fanout: id,
                member: member as u32,
            });
            let _ = self.route(ev, Some(step), tag, now);
        }
        self.release(
            Some(Branch {
                fanout: id,
                member: 0,
            }),
            now,
        );
    }

    /// `ev`, of branch `tag`, reaches `step`, a join or a fan-in.
    pub(super) fn gather_in<C: Clock>(
        &mut self,
        step: StepIndex,
        gather: Gather,
        ev: S::Event,
        tag: Tag,
        now: &mut Now<C>,
    ) {
        match gather {
            Gather::One => self.deliver_one(step, ev, tag, now),
            Gather::Join(n) => self.join(step, n as usize, ev, tag, now),
            Gather::FanIn { take } => self.arrive(step, take, ev, tag, now),
        }
    }

    fn join<C: Clock>(
        &mut self,
        step: StepIndex,
        n: usize,
        ev: S::Event,
        tag: Tag,
        now: &mut Now<C>,
    ) {
        let slot = self.spec.join_slot(step, &ev).min(n.saturating_sub(1));
        self.hold(tag);
        let g = self.gathering();
        let at = match g.joins.iter().position(|j| j.step == step) {
            Some(at) => at,
            None => {
                g.joins.push(JoinBuffer {
                    step,
                    slots: (0..n).map(|_| VecDeque::new()).collect(),
                });
                g.joins.len() - 1
            }
        };
        let buffer = &mut g.joins[at];
        buffer.slots[slot].push_back((ev, tag));
        if buffer.slots.iter().any(VecDeque::is_empty) {
            return;
        }
        let (parts, tags): (Vec<S::Event>, Vec<Tag>) = buffer
            .slots
            .iter_mut()
            .map(|q| {
                q.pop_front()
                    .unwrap_or_else(|| unreachable!("checked non-empty"))
            })
            .unzip();
        if buffer.slots.iter().all(VecDeque::is_empty) {
            g.joins.remove(at);
        }
        // The invocation goes on in the first part's branch; the others
        // end here.
        let tag = tags.iter().find_map(|t| *t);
        let bundle = self.spec.bundle(step, parts);
        self.deliver_one(step, bundle, tag, now);
        for t in tags {
            self.release(t, now);
        }
    }

    fn arrive<C: Clock>(
        &mut self,
        step: StepIndex,
        take: Option<u32>,
        ev: S::Event,
        tag: Tag,
        now: &mut Now<C>,
    ) {
        let Some(b) = tag else {
            // Outside any fan-out: a batch of one.
            let bundle = self.spec.bundle(step, vec![ev]);
            return self.deliver_one(step, bundle, None, now);
        };
        let g = self.gathering();
        let Some(f) = g.fanouts.get_mut(&b.fanout) else {
            return;
        };
        if f.fired.contains(&step) {
            return;
        }
        f.arrivals.push(Arrival {
            step,
            member: b.member,
            event: ev,
        });
        let Some(n) = take else { return };
        let count = match f.counts.iter_mut().find(|(s, _)| *s == step) {
            Some((_, c)) => {
                *c += 1;
                *c
            }
            None => {
                f.counts.push((step, 1));
                1
            }
        };
        if count < n {
            return;
        }
        f.fired.push(step);
        let parent = f.parent;
        let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut f.arrivals)
            .into_iter()
            .partition(|a| a.step == step);
        f.arrivals = rest;
        let parts = mine.into_iter().map(|a| a.event).collect();
        let bundle = self.spec.bundle(step, parts);
        self.deliver_one(step, bundle, parent, now);
    }
}

// ---- as data ----

/// A fan-out branch, in a snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BranchState {
    /// The fan-out's id.
    pub fanout: u32,
    /// The member's index in it, from 0.
    pub member: u32,
}

/// An event with the fan-out branch it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaggedEvent {
    /// The event.
    pub event: EncodedEvent,
    /// Its branch, if it belongs to a fan-out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<BranchState>,
}

/// A join step's buffered events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinState {
    /// The step's name.
    pub step: String,
    /// Per parameter, its events in arrival order.
    pub slots: Vec<Vec<TaggedEvent>>,
}

/// An event of a branch that reached a fan-in step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArrivalState {
    /// The fan-in step's name.
    pub step: String,
    /// The branch's member index.
    pub member: u32,
    /// The event.
    pub event: EncodedEvent,
}

/// An open fan-out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FanOutState {
    /// Its id.
    pub id: u32,
    /// The step that fanned out.
    pub origin: String,
    /// The branch of the enclosing fan-out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<BranchState>,
    /// Open units: inputs of its branches queued, in flight, waiting to
    /// retry or in join buffers, and fan-outs open inside it.
    pub open: u32,
    /// What its branches brought to fan-in steps, in arrival order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub arrivals: Vec<ArrivalState>,
    /// Quorum steps that fired, with how many arrivals each has had.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fired: Vec<String>,
    /// Arrivals counted per quorum step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<(String, u32)>,
}

/// The branch of a queued event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueuedBranch {
    /// The step whose queue holds it.
    pub step: String,
    /// Its position in the queue.
    pub at: u32,
    /// Its branch.
    pub branch: BranchState,
}

pub(super) fn branch_state(tag: Tag) -> Option<BranchState> {
    tag.map(|b| BranchState {
        fanout: b.fanout,
        member: b.member,
    })
}

pub(super) fn tag_of(b: Option<BranchState>) -> Tag {
    b.map(|b| Branch {
        fanout: b.fanout,
        member: b.member,
    })
}

impl<S: Spec> Machine<S> {
    /// Join buffers, fan-outs and the branches of queued events, into `state`.
    pub(super) fn save_gathering(&self, state: &mut MachineState) -> Result<(), SaveError> {
        for (i, slot) in self.steps.iter().enumerate() {
            for (at, (_, tag)) in slot.queue.iter().enumerate() {
                if let Some(branch) = branch_state(*tag) {
                    state.queued_branches.push(QueuedBranch {
                        step: self.spec.step_name(i as StepIndex).to_owned(),
                        at: at as u32,
                        branch,
                    });
                }
            }
        }
        let Some(g) = &self.gathering else {
            return Ok(());
        };
        let name = |s: StepIndex| self.spec.step_name(s).to_owned();
        for j in &g.joins {
            let slots = j
                .slots
                .iter()
                .map(|q| {
                    q.iter()
                        .map(|(e, t)| {
                            Ok(TaggedEvent {
                                event: self.encode(e)?,
                                branch: branch_state(*t),
                            })
                        })
                        .collect::<Result<Vec<_>, SaveError>>()
                })
                .collect::<Result<_, _>>()?;
            state.joins.push(JoinState {
                step: name(j.step),
                slots,
            });
        }
        for (id, f) in &g.fanouts {
            state.fanouts.push(FanOutState {
                id: *id,
                origin: name(f.origin),
                parent: branch_state(f.parent),
                open: f.open,
                arrivals: f
                    .arrivals
                    .iter()
                    .map(|a| {
                        Ok(ArrivalState {
                            step: name(a.step),
                            member: a.member,
                            event: self.encode(&a.event)?,
                        })
                    })
                    .collect::<Result<_, SaveError>>()?,
                fired: f.fired.iter().map(|s| name(*s)).collect(),
                counts: f.counts.iter().map(|(s, n)| (name(*s), *n)).collect(),
            });
        }
        state.next_fanout = g.next_fanout;
        Ok(())
    }

    /// Join buffers, fan-outs and the branches of queued events, from
    /// `state`, checked: every part and arrival is one its step takes,
    /// every branch names an open fan-out, and each fan-out's count of
    /// open units is what the rest of the state holds.
    pub(super) fn restore_gathering(
        &mut self,
        state: &MachineState,
        decode: impl Fn(&S, &EncodedEvent) -> Result<S::Event, RestoreError>,
        step_index: impl Fn(&S, &str) -> Result<StepIndex, RestoreError>,
    ) -> Result<(), RestoreError> {
        let inconsistent = |what: String| Err(RestoreError::Inconsistent(what));
        for q in &state.queued_branches {
            let step = step_index(&self.spec, &q.step)?;
            match self.steps[step as usize].queue.get_mut(q.at as usize) {
                Some((_, tag)) if tag.is_none() => *tag = tag_of(Some(q.branch)),
                _ => {
                    return inconsistent(format!(
                        "a branch is given for position {} of the queue of `{}`, which holds no event there, or has one already",
                        q.at, q.step
                    ))
                }
            }
        }
        let mut g = Gathering {
            next_fanout: state.next_fanout,
            ..Gathering::default()
        };
        for j in &state.joins {
            let step = step_index(&self.spec, &j.step)?;
            let n = match self.spec.gather(step) {
                Gather::Join(n) => n as usize,
                _ => {
                    return inconsistent(format!(
                        "join buffers are given for `{}`, which is not a join",
                        j.step
                    ))
                }
            };
            if j.slots.len() != n || g.joins.iter().any(|b| b.step == step) {
                return inconsistent(format!(
                    "the join buffers of `{}` are given twice, or not one per parameter",
                    j.step
                ));
            }
            let mut slots = Vec::with_capacity(n);
            for (i, events) in j.slots.iter().enumerate() {
                let mut q = VecDeque::new();
                for e in events {
                    let ev = decode(&self.spec, &e.event)?;
                    if !super::routes_to(&self.spec, &ev, step)
                        || self.spec.join_slot(step, &ev) != i
                    {
                        return inconsistent(format!(
                            "an event `{}` waits in parameter {i} of the join `{}`, which does not take it there",
                            e.event.name, j.step
                        ));
                    }
                    q.push_back((ev, tag_of(e.branch)));
                }
                slots.push(q);
            }
            if slots.iter().all(VecDeque::is_empty) || slots.iter().all(|q| !q.is_empty()) {
                return inconsistent(format!(
                    "the join `{}` holds no event, or one of each and has not fired",
                    j.step
                ));
            }
            g.joins.push(JoinBuffer { step, slots });
        }
        for f in &state.fanouts {
            let origin = step_index(&self.spec, &f.origin)?;
            let mut arrivals = Vec::with_capacity(f.arrivals.len());
            for a in &f.arrivals {
                let step = step_index(&self.spec, &a.step)?;
                let ev = decode(&self.spec, &a.event)?;
                if !matches!(self.spec.gather(step), Gather::FanIn { .. })
                    || !super::routes_to(&self.spec, &ev, step)
                {
                    return inconsistent(format!(
                        "an event `{}` arrived at `{}`, which is not a fan-in of it",
                        a.event.name, a.step
                    ));
                }
                arrivals.push(Arrival {
                    step,
                    member: a.member,
                    event: ev,
                });
            }
            let steps = |names: &[String]| {
                names
                    .iter()
                    .map(|n| step_index(&self.spec, n))
                    .collect::<Result<Vec<_>, _>>()
            };
            let fired = steps(&f.fired)?;
            let counted: Vec<String> = f.counts.iter().map(|(n, _)| n.clone()).collect();
            let counts = steps(&counted)?
                .into_iter()
                .zip(f.counts.iter().map(|(_, c)| *c))
                .collect();
            if f.id >= state.next_fanout || f.open == 0 || g.fanouts.contains_key(&f.id) {
                return inconsistent(format!(
                    "fan-out {} is numbered twice or beyond the next number, or has nothing open",
                    f.id
                ));
            }
            g.fanouts.insert(
                f.id,
                FanOut {
                    origin,
                    parent: tag_of(f.parent),
                    open: f.open,
                    arrivals,
                    fired,
                    counts,
                },
            );
        }
        // Every open unit, counted from the rest of the state.
        let mut units: BTreeMap<u32, u32> = BTreeMap::new();
        let tags = self
            .steps
            .iter()
            .flat_map(|s| s.queue.iter().map(|(_, t)| *t))
            .chain(self.inflight.iter().map(|(_, i)| i.tag))
            .chain(self.retries().iter().map(|r| r.tag))
            .chain(
                g.joins
                    .iter()
                    .flat_map(|j| j.slots.iter().flatten().map(|(_, t)| *t)),
            )
            .chain(g.fanouts.values().map(|f| f.parent));
        for b in tags.flatten() {
            *units.entry(b.fanout).or_default() += 1;
        }
        let open: BTreeSet<u32> = g.fanouts.keys().copied().collect();
        if units.keys().any(|id| !open.contains(id)) {
            return inconsistent("an event belongs to a fan-out that is not open".into());
        }
        if g.fanouts
            .iter()
            .any(|(id, f)| units.get(id).copied().unwrap_or(0) != f.open)
        {
            return inconsistent(
                "a fan-out's count of open branches disagrees with the events it has".into(),
            );
        }
        if !g.joins.is_empty() || !g.fanouts.is_empty() || g.next_fanout > 0 {
            self.gathering = Some(Box::new(g));
        }
        Ok(())
    }

    /// The open units of each fan-out, counted, against their records
    /// The first join holding events for some parameters and none for
    /// others: the step, the parameters still waiting (from 1) and how
    /// many it joins.
    pub(super) fn half_filled_join(&self) -> Option<(StepIndex, Vec<usize>, usize)> {
        let g = self.gathering.as_ref()?;
        g.joins.iter().find_map(|j| {
            let waiting: Vec<usize> = (0..j.slots.len())
                .filter(|i| j.slots[*i].is_empty())
                .map(|i| i + 1)
                .collect();
            (!waiting.is_empty() && waiting.len() < j.slots.len()).then_some((
                j.step,
                waiting,
                j.slots.len(),
            ))
        })
    }

    /// (for tests).
    #[cfg(test)]
    pub(super) fn check_gathering(&self) {
        let Some(g) = &self.gathering else { return };
        let mut units: BTreeMap<u32, u32> = BTreeMap::new();
        let tags = self
            .steps
            .iter()
            .flat_map(|s| s.queue.iter().map(|(_, t)| *t))
            .chain(self.inflight.iter().map(|(_, i)| i.tag))
            .chain(self.retries().iter().map(|r| r.tag))
            .chain(
                g.joins
                    .iter()
                    .flat_map(|j| j.slots.iter().flatten().map(|(_, t)| *t)),
            )
            .chain(g.fanouts.values().map(|f| f.parent));
        for b in tags.flatten() {
            *units.entry(b.fanout).or_default() += 1;
        }
        if self.finished {
            return;
        }
        for (id, f) in &g.fanouts {
            assert_eq!(
                units.get(id).copied().unwrap_or(0),
                f.open,
                "open units of fan-out {id}"
            );
            assert!(f.open > 0, "a fan-out with nothing open is closed");
        }
        for j in &g.joins {
            assert!(j.slots.iter().any(VecDeque::is_empty), "a full join fires");
        }
    }
}
