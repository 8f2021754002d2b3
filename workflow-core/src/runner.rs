//! Running a workflow: the [`Run`] builder and the loop that routes events
//! between steps.
//!
//! A run is one future. It owns a FIFO queue per step and polls the step
//! invocations itself, so starting a run spawns nothing and costs nothing
//! per step or per worker: a step's invocation exists only while it has an
//! event to handle. A new invocation is polled once in the order it was
//! started; only if it has to wait is it parked in a `FuturesUnordered`,
//! which polls it again when it is woken. Steps of a run run concurrently,
//! interleaved at their `.await`s; runs are independent futures that a
//! multi-thread runtime runs in parallel.

use std::future::{Future, IntoFuture};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::task::{Context as TaskContext, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::stream::{FuturesUnordered, StreamExt};

use crate::context::Context;
use crate::error::{BoxError, WorkflowError};
use crate::event::{DynEvent, StopEvent};
use crate::output::Emit;
use crate::routing::{Routing, StepIndex};
use crate::Workflow;

/// Step polls one poll of a run may make before it yields to other tasks.
const POLL_BUDGET: u32 = 256;

/// A run being set up; `.await` it to run the workflow and get its result.
#[must_use = "a run does nothing until it is awaited"]
pub struct Run<'w, W: Workflow> {
    workflow: &'w W,
    start: W::Start,
    context: Option<&'w Context>,
    timeout: Option<Duration>,
    verbose: bool,
}

impl<'w, W: Workflow> Run<'w, W> {
    pub(crate) fn new(workflow: &'w W, start: W::Start) -> Self {
        Run {
            workflow,
            start,
            context: None,
            timeout: None,
            verbose: false,
        }
    }

    /// Fail the run with [`WorkflowError::Timeout`] if it has not stopped
    /// after `timeout`. Without it, a run has no time limit (a run that can
    /// never finish still fails at once with [`WorkflowError::Stalled`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Print `Running step NAME`, `Step NAME produced event EVENT` and
    /// `Step NAME produced no event` as steps run.
    pub fn verbose(mut self, verbose: bool) -> Self {
        self.verbose = verbose;
        self
    }

    /// Run with this context, so its store is shared with earlier and later
    /// runs that use it too.
    pub fn context(mut self, context: &'w Context) -> Self {
        self.context = Some(context);
        self
    }
}

impl<'w, W: Workflow> IntoFuture for Run<'w, W> {
    type Output = Result<W::Output, WorkflowError>;
    type IntoFuture = BoxFuture<'w, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            match self.context {
                Some(ctx) => {
                    drive(self.workflow, ctx, self.start, self.timeout, self.verbose).await
                }
                None => {
                    let ctx = Context::new();
                    drive(self.workflow, &ctx, self.start, self.timeout, self.verbose).await
                }
            }
        })
    }
}

async fn drive<W: Workflow>(
    workflow: &W,
    ctx: &Context,
    start: W::Start,
    timeout: Option<Duration>,
    verbose: bool,
) -> Result<W::Output, WorkflowError> {
    let _guard = ctx.begin_run().ok_or(WorkflowError::ContextInUse)?;
    let mut runner = Runner::new(workflow, ctx, verbose);
    tracing::debug!(workflow = std::any::type_name::<W>(), "run started");
    runner.route(DynEvent::new(start), None)?;
    let result = match timeout {
        None => std::future::poll_fn(|cx| runner.poll(cx)).await,
        Some(limit) => {
            let outcome =
                tokio::time::timeout(limit, std::future::poll_fn(|cx| runner.poll(cx))).await;
            outcome.unwrap_or_else(|_| {
                Err(WorkflowError::Timeout {
                    timeout: limit,
                    active: runner.active_steps(),
                })
            })
        }
    };
    tracing::debug!(ok = result.is_ok(), "run ended");
    result
}

/// How an invocation ended, other than with its output.
enum Failure {
    Error(BoxError),
    Panic(String),
}

/// One call of a step, polled by the run.
struct Invocation<'a> {
    step: StepIndex,
    name: &'static str,
    verbose: bool,
    started: bool,
    fut: BoxFuture<'a, Result<Emit, BoxError>>,
}

impl Future for Invocation<'_> {
    type Output = (StepIndex, Result<Emit, Failure>);

    fn poll(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        if !this.started {
            // Printed at the first poll, not at dispatch, so the lines of
            // steps that start together interleave as in the Python original.
            this.started = true;
            if this.verbose {
                println!("Running step {}", this.name);
            }
            tracing::debug!(step = this.name, "running step");
        }
        match catch_unwind(AssertUnwindSafe(|| this.fut.as_mut().poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(out)) => Poll::Ready((this.step, out.map_err(Failure::Error))),
            Err(payload) => Poll::Ready((this.step, Err(Failure::Panic(panic_message(payload))))),
        }
    }
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(payload) => match payload.downcast::<&'static str>() {
            Ok(s) => (*s).to_owned(),
            Err(_) => "a panic with a non-string payload".to_owned(),
        },
    }
}

struct Runner<'a, W: Workflow> {
    workflow: &'a W,
    ctx: &'a Context,
    routing: &'static Routing<W>,
    verbose: bool,
    /// Events waiting for a free worker, per step. Invariant: a step's queue
    /// is non-empty only while all its workers are busy.
    queues: Vec<std::collections::VecDeque<DynEvent>>,
    active: Vec<usize>,
    queued: usize,
    /// Invocations started but not yet polled, in start order.
    fresh: std::collections::VecDeque<Invocation<'a>>,
    /// Invocations that returned `Pending`, polled again when woken. Made
    /// when the first one waits: runs whose steps never wait skip it.
    inflight: Option<FuturesUnordered<Invocation<'a>>>,
    stop: Option<W::Output>,
    last_empty: Option<&'static str>,
    /// Scratch buffer for events sent through the context.
    sent: std::collections::VecDeque<DynEvent>,
}

impl<'a, W: Workflow> Runner<'a, W> {
    fn new(workflow: &'a W, ctx: &'a Context, verbose: bool) -> Self {
        let routing = W::__routing();
        let n = routing.steps().len();
        Runner {
            workflow,
            ctx,
            routing,
            verbose,
            queues: std::iter::repeat_with(Default::default).take(n).collect(),
            active: vec![0; n],
            queued: 0,
            fresh: Default::default(),
            inflight: None,
            stop: None,
            last_empty: None,
            sent: Default::default(),
        }
    }

    /// Give `ev` to every step that accepts its type, or take it as the
    /// run's result if it is the stop event.
    fn route(&mut self, ev: DynEvent, from: Option<StepIndex>) -> Result<(), WorkflowError> {
        if self.routing.is_stop(ev.type_id()) {
            if self.stop.is_none() {
                let stop = ev
                    .downcast::<StopEvent<W::Output>>()
                    .unwrap_or_else(|_| unreachable!("is_stop checked the type"));
                self.stop = Some(stop.result);
            }
            return Ok(());
        }
        let consumers = self.routing.consumers(ev.type_id());
        let Some((&last, rest)) = consumers.split_last() else {
            return Err(WorkflowError::Unroutable {
                step: from.map_or("(outside the run)", |s| self.step_name(s)),
                event: ev.name(),
            });
        };
        for &step in rest {
            self.deliver(step, ev.clone());
        }
        self.deliver(last, ev);
        Ok(())
    }

    fn deliver(&mut self, step: StepIndex, ev: DynEvent) {
        let i = step as usize;
        if self.active[i] < self.routing.steps()[i].workers {
            self.start(step, ev);
        } else {
            self.queues[i].push_back(ev);
            self.queued += 1;
        }
    }

    fn start(&mut self, step: StepIndex, ev: DynEvent) {
        let def = &self.routing.steps()[step as usize];
        self.active[step as usize] += 1;
        self.fresh.push_back(Invocation {
            step,
            name: def.name,
            verbose: self.verbose,
            started: false,
            fut: (def.invoke)(self.workflow, self.ctx, ev),
        });
    }

    fn step_name(&self, step: StepIndex) -> &'static str {
        self.routing.steps()[step as usize].name
    }

    fn finish(
        &mut self,
        step: StepIndex,
        outcome: Result<Emit, Failure>,
    ) -> Result<(), WorkflowError> {
        let i = step as usize;
        self.active[i] -= 1;
        let name = self.step_name(step);
        if self.verbose {
            match &outcome {
                Ok(Emit::Nothing) => println!("Step {name} produced no event"),
                Ok(Emit::Many(evs)) if evs.is_empty() => println!("Step {name} produced no event"),
                Ok(Emit::One(ev)) => println!("Step {name} produced event {}", ev.name()),
                Ok(Emit::Many(evs)) => {
                    for ev in evs {
                        println!("Step {name} produced event {}", ev.name());
                    }
                }
                Err(_) => {}
            }
        }
        if self.stop.is_some() {
            // The run is over; what finishes in the same pass is dropped.
            return Ok(());
        }
        match outcome {
            Err(Failure::Error(source)) => {
                tracing::debug!(step = name, error = %source, "step failed");
                return Err(WorkflowError::StepFailed { step: name, source });
            }
            Err(Failure::Panic(message)) => {
                return Err(WorkflowError::StepPanicked {
                    step: name,
                    message,
                })
            }
            Ok(Emit::Nothing) => self.last_empty = Some(name),
            Ok(Emit::One(ev)) => self.route(ev, Some(step))?,
            Ok(Emit::Many(evs)) => {
                if evs.is_empty() {
                    self.last_empty = Some(name);
                }
                for ev in evs {
                    self.route(ev, Some(step))?;
                }
            }
        }
        if let Some(ev) = self.queues[i].pop_front() {
            self.queued -= 1;
            self.start(step, ev);
        }
        Ok(())
    }

    fn route_sent(&mut self) -> Result<(), WorkflowError> {
        let mut sent = std::mem::take(&mut self.sent);
        self.ctx.take_sent(&mut sent);
        let routed = sent.drain(..).try_for_each(|ev| self.route(ev, None));
        // Keep the buffer's capacity for the next batch.
        self.sent = sent;
        routed
    }

    fn poll(&mut self, cx: &mut TaskContext<'_>) -> Poll<Result<W::Output, WorkflowError>> {
        self.ctx.set_polling(true, cx.waker());
        let polled = self.poll_inner(cx);
        self.ctx.set_polling(false, cx.waker());
        // A send from outside this poll (another task) between the last
        // check and `set_polling(false)` would have skipped its wake-up.
        let polled = match polled {
            Poll::Pending if self.ctx.has_sent() => {
                cx.waker().wake_by_ref();
                Poll::Pending
            }
            other => other,
        };
        match polled {
            Poll::Ready(Ok(())) => match self.stop.take() {
                Some(out) => Poll::Ready(Ok(out)),
                None => Poll::Ready(Err(WorkflowError::Stalled {
                    last_step: self.last_empty,
                })),
            },
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => Poll::Pending,
        }
    }

    /// Ready(Ok) when the run is over: stopped, or stalled if no stop came.
    fn poll_inner(&mut self, cx: &mut TaskContext<'_>) -> Poll<Result<(), WorkflowError>> {
        let mut budget = POLL_BUDGET;
        loop {
            if budget == 0 {
                // A run whose steps never wait would otherwise keep the
                // thread from every other task; let them in.
                cx.waker().wake_by_ref();
                return Poll::Pending;
            }
            budget -= 1;
            if self.stop.is_none() {
                self.route_sent()?;
            }
            if let Some(mut invocation) = self.fresh.pop_front() {
                match Pin::new(&mut invocation).poll(cx) {
                    Poll::Ready((step, outcome)) => self.finish(step, outcome)?,
                    Poll::Pending => self
                        .inflight
                        .get_or_insert_with(FuturesUnordered::new)
                        .push(invocation),
                }
                continue;
            }
            let woken = match &mut self.inflight {
                Some(inflight) => inflight.poll_next_unpin(cx),
                None => Poll::Ready(None),
            };
            match woken {
                Poll::Ready(Some((step, outcome))) => self.finish(step, outcome)?,
                Poll::Ready(None) | Poll::Pending => {
                    // Every invocation ready in this pass has been polled:
                    // a stop that came during it ends the run now.
                    if self.stop.is_some() {
                        return Poll::Ready(Ok(()));
                    }
                    if !self.fresh.is_empty() || self.ctx.has_sent() {
                        continue;
                    }
                    if self
                        .inflight
                        .as_ref()
                        .is_none_or(FuturesUnordered::is_empty)
                        && self.queued == 0
                    {
                        return Poll::Ready(Ok(()));
                    }
                    return Poll::Pending;
                }
            }
        }
    }

    fn active_steps(&self) -> Vec<&'static str> {
        (0..self.active.len())
            .filter(|&i| self.active[i] > 0 || !self.queues[i].is_empty())
            .map(|i| self.routing.steps()[i].name)
            .collect()
    }
}
