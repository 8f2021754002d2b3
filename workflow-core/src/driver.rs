//! The in-process tokio driver: it runs what the [run machine](crate::machine)
//! decides.
//!
//! # The boundary
//!
//! The machine decides; the driver acts. The driver gives the machine
//! every input (a step's outcome, a timer that fired, the run's elapsed
//! time) and carries out every [`Command`] it hands back: it makes and
//! polls step futures, keeps timers, feeds the handler's stream, wakes
//! waiting steps and ends the run. Nothing else decides anything, so a
//! second driver (a journal that records each input before acting, a
//! distributed engine) drives the same machine without changing it.
//!
//! Steps reach their run synchronously (`send_event`, `collect_events`,
//! `wait_for_event`, `write_event_to_stream`), so the machine sits behind
//! one lock shared by the driver, the steps' contexts and the handler, the
//! way quinn shares a `quinn_proto::Connection`. The driver never polls a
//! step while holding it.
//!
//! # Polling
//!
//! A run is one future: starting it spawns nothing and costs nothing per
//! step or per worker. A new invocation is polled once in the order it was
//! started; only if it has to wait is it parked in a `FuturesUnordered`,
//! which polls it again when it is woken. Steps of a run run concurrently,
//! interleaved at their `.await`s; runs are independent futures that a
//! multi-thread runtime runs in parallel. [`Run::start`] spawns the run as
//! a task and returns its [`Handler`].

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::future::{Future, IntoFuture};
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context as TaskContext, Poll, Waker};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::stream::{FuturesUnordered, StreamExt};
use futures::task::AtomicWaker;
use tokio::sync::mpsc::UnboundedSender;
use tokio::time::{Instant, Sleep};

use crate::context::{Context, Port, RunGuard, StepCx};
use crate::error::{BoxError, WorkflowError};
use crate::event::{DynEvent, StopEvent};
use crate::handler::{Handler, StepStateChanged};
use crate::machine::{
    Command, Config, Emitted, Inv, Machine, Outcome, SendRefused, StepIndex, TimerId, WaitPoll,
    WaitSpec,
};
use crate::output::Emit;
use crate::routing::{Routing, WorkflowSpec};
use crate::snapshot::{Snapshot, SnapshotError, FORMAT, VERSION};
use crate::Workflow;

/// Step polls one poll of a run may make before it yields to other tasks.
const POLL_BUDGET: u32 = 256;

/// Where `verbose` lines go.
pub type VerboseWriter = Box<dyn Write + Send>;

/// The workflow value a run uses: borrowed, or shared for a run that
/// outlives its caller.
enum Held<'w, W> {
    Borrowed(&'w W),
    Shared(Arc<W>),
}

impl<W> Held<'_, W> {
    fn get(&self) -> &W {
        match self {
            Held::Borrowed(w) => w,
            Held::Shared(w) => w,
        }
    }
}

/// How a run begins.
enum Begin<W: Workflow> {
    Start(W::Start),
    Resume(Box<Snapshot>),
}

/// A run being set up; `.await` it to run the workflow and get its result,
/// or [`start`](Run::start) it to get a [`Handler`].
#[must_use = "a run does nothing until it is awaited or started"]
pub struct Run<'w, W: Workflow> {
    workflow: Held<'w, W>,
    begin: Begin<W>,
    context: Option<Context>,
    timeout: Option<Duration>,
    verbose: Option<VerboseWriter>,
    run_id: Option<String>,
    internal_events: bool,
}

impl<'w, W: Workflow> Run<'w, W> {
    pub(crate) fn new(workflow: &'w W, start: W::Start) -> Self {
        Self::with(Held::Borrowed(workflow), Begin::Start(start))
    }

    pub(crate) fn resumed(workflow: &'w W, snapshot: Snapshot) -> Self {
        Self::with(Held::Borrowed(workflow), Begin::Resume(Box::new(snapshot)))
    }

    fn with(workflow: Held<'w, W>, begin: Begin<W>) -> Self {
        Run {
            workflow,
            begin,
            context: None,
            timeout: None,
            verbose: None,
            run_id: None,
            internal_events: false,
        }
    }

    /// Fail the run with [`WorkflowError::Timeout`] if it has not stopped
    /// after `timeout` of its own running time. Without it, a run has no
    /// time limit (a run that can never finish still fails at once with
    /// [`WorkflowError::Stalled`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Print `Running step NAME`, `Step NAME produced event EVENT` and
    /// `Step NAME produced no event` on standard output as steps run.
    pub fn verbose(mut self, verbose: bool) -> Self {
        self.verbose = verbose.then(|| Box::new(std::io::stdout()) as VerboseWriter);
        self
    }

    /// Write the `verbose` lines to `writer` instead of standard output.
    pub fn verbose_to(mut self, writer: impl Write + Send + 'static) -> Self {
        self.verbose = Some(Box::new(writer));
        self
    }

    /// Run with this context, so its store is shared with earlier and later
    /// runs that use it too.
    pub fn context(mut self, context: &Context) -> Self {
        self.context = Some(context.clone());
        self
    }

    /// Name the run (a generated id otherwise; a resumed run keeps its
    /// snapshot's id unless given one).
    pub fn run_id(mut self, id: impl Into<String>) -> Self {
        self.run_id = Some(id.into());
        self
    }

    /// Also publish [`StepStateChanged`] events on the handler's stream: a
    /// step invocation started, finished or failed.
    pub fn internal_events(mut self, on: bool) -> Self {
        self.internal_events = on;
        self
    }

    fn setup(
        self,
        stream: Option<UnboundedSender<DynEvent>>,
    ) -> Result<Setup<'w, W>, WorkflowError> {
        let context = self.context.unwrap_or_default();
        let guard = context.begin_run().ok_or(WorkflowError::ContextInUse)?;
        let spec = WorkflowSpec(W::__routing());
        let config = Config {
            timeout: self.timeout,
            outside_can_send: stream.is_some(),
            internal_events: self.internal_events,
        };
        let (machine, run_id, elapsed, start) = match self.begin {
            Begin::Start(start) => (
                Machine::new(spec, config),
                self.run_id.unwrap_or_else(new_run_id),
                Duration::ZERO,
                Some(DynEvent::new(start)),
            ),
            Begin::Resume(snapshot) => {
                let Snapshot {
                    format,
                    version,
                    workflow,
                    run_id,
                    elapsed,
                    store,
                    run,
                } = *snapshot;
                if format != FORMAT {
                    return Err(SnapshotError::Format(format).into());
                }
                if version != VERSION {
                    return Err(SnapshotError::Version { found: version }.into());
                }
                let expected = std::any::type_name::<W>();
                if workflow != expected {
                    return Err(SnapshotError::Workflow {
                        found: workflow,
                        expected: expected.to_owned(),
                    }
                    .into());
                }
                let machine = Machine::restore(spec, config, run).map_err(SnapshotError::from)?;
                context.store.replace(store);
                (machine, self.run_id.unwrap_or(run_id), elapsed, None)
            }
        };
        let link = Arc::new(RunLink {
            core: Mutex::new(Core {
                machine,
                wakers: Vec::new(),
            }),
            waker: AtomicWaker::new(),
            dirty: AtomicBool::new(false),
            polling: AtomicBool::new(false),
            waited: AtomicBool::new(false),
            base: Instant::now() - elapsed,
            run_id,
        });
        {
            let mut core = link.lock();
            let now = link.now();
            match start {
                Some(ev) => core.machine.start(ev, now),
                None => core.machine.resume(now),
            }
        }
        link.dirty.store(true, Ordering::Release);
        Ok(Setup {
            workflow: self.workflow,
            context,
            _guard: guard,
            link,
            verbose: self.verbose,
            stream,
        })
    }
}

impl<W: Workflow> Run<'static, W> {
    /// Start the run as a task on the current tokio runtime and return its
    /// [`Handler`]: await the result, stream events, send events in,
    /// cancel, snapshot. The workflow must be shared
    /// (`Arc::new(flow).run(..)`, with [`SharedWorkflow`](crate::SharedWorkflow))
    /// or `'static`.
    ///
    /// # Panics
    /// Outside a tokio runtime.
    pub fn start(self) -> Handler<W> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        match self.setup(Some(tx)) {
            Ok(setup) => {
                let link = setup.link.clone();
                let context = setup.context.clone();
                let task = tokio::spawn(drive(setup));
                Handler::new(link, context, rx, task)
            }
            Err(e) => Handler::failed(e, rx),
        }
    }
}

impl<'w, W: Workflow> IntoFuture for Run<'w, W> {
    type Output = Result<W::Output, WorkflowError>;
    type IntoFuture = BoxFuture<'w, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move { drive(self.setup(None)?).await })
    }
}

/// Runs that hold their workflow in an [`Arc`], so they can be
/// [started](Run::start) as tasks that outlive the caller.
pub trait SharedWorkflow<W: Workflow> {
    /// Start a run with this start event; see [`Workflow::run`].
    fn run(&self, start: W::Start) -> Run<'static, W>;
    /// Resume a run from a snapshot; see [`Workflow::resume`].
    fn resume(&self, snapshot: Snapshot) -> Run<'static, W>;
}

impl<W: Workflow> SharedWorkflow<W> for Arc<W> {
    fn run(&self, start: W::Start) -> Run<'static, W> {
        Run::with(Held::Shared(self.clone()), Begin::Start(start))
    }
    fn resume(&self, snapshot: Snapshot) -> Run<'static, W> {
        Run::with(
            Held::Shared(self.clone()),
            Begin::Resume(Box::new(snapshot)),
        )
    }
}

fn new_run_id() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("run-{:x}-{:x}-{n}", nanos, std::process::id())
}

/// Everything a run owns while it runs.
struct Setup<'w, W: Workflow> {
    workflow: Held<'w, W>,
    context: Context,
    _guard: RunGuard,
    link: Arc<RunLink<W>>,
    verbose: Option<VerboseWriter>,
    stream: Option<UnboundedSender<DynEvent>>,
}

async fn drive<W: Workflow>(setup: Setup<'_, W>) -> Result<W::Output, WorkflowError> {
    let span = tracing::info_span!(
        "run",
        run_id = %setup.link.run_id,
        workflow = std::any::type_name::<W>()
    );
    let mut driver = Driver {
        workflow: setup.workflow.get(),
        ctx: &setup.context,
        link: &setup.link,
        routing: W::__routing(),
        verbose: setup.verbose,
        fresh: VecDeque::new(),
        inflight: None,
        timers: BinaryHeap::new(),
        sleep: None,
        stream: setup.stream,
        result: None,
    };
    tracing::debug!(parent: &span, "run started");
    let result = std::future::poll_fn(|cx| {
        let _enter = span.enter();
        driver.poll(cx)
    })
    .await;
    tracing::debug!(parent: &span, ok = result.is_ok(), "run ended");
    result
}

/// What the driver, the steps and the handler share: the machine behind
/// its lock, and how to wake the driver.
pub(crate) struct RunLink<W: Workflow> {
    core: Mutex<Core<W>>,
    /// The driver's waker, for inputs from outside its own poll.
    waker: AtomicWaker,
    /// The machine may have commands for the driver.
    dirty: AtomicBool,
    /// The driver is polling: an input now is seen before the poll ends.
    polling: AtomicBool,
    /// Some step has waited, so the run may be stuck on outside input.
    waited: AtomicBool,
    /// When the run's elapsed time was zero.
    base: Instant,
    run_id: String,
}

struct Core<W: Workflow> {
    machine: Machine<WorkflowSpec<W>>,
    /// Wakers of waiting steps, by invocation number.
    wakers: Vec<(u64, Waker)>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // The machine's methods do not panic on any input; a panic elsewhere
    // while the lock is held (a user's `Clone`) leaves it consistent.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl<W: Workflow> RunLink<W> {
    fn lock(&self) -> MutexGuard<'_, Core<W>> {
        lock(&self.core)
    }

    /// The run's elapsed time.
    fn now(&self) -> Duration {
        Instant::now().saturating_duration_since(self.base)
    }

    /// An input made commands: make sure the driver sees them.
    fn kick(&self) {
        self.dirty.store(true, Ordering::Release);
        if !self.polling.load(Ordering::Acquire) {
            self.waker.wake();
        }
    }

    pub(crate) fn run_id_str(&self) -> &str {
        &self.run_id
    }

    /// Send an event in from outside the run.
    pub(crate) fn send_outside(&self, ev: DynEvent) -> Result<(), WorkflowError> {
        let name = ev.name();
        let sent = self.lock().machine.send(ev, None);
        match sent {
            Ok(()) => {
                self.kick();
                Ok(())
            }
            Err(SendRefused::Unroutable) => Err(WorkflowError::Refused {
                event: name,
                reason: "no step is waiting for it and no step accepts it",
            }),
            Err(SendRefused::Closed) => Err(WorkflowError::Refused {
                event: name,
                reason: "the run is over",
            }),
        }
    }

    pub(crate) fn cancel(&self) {
        self.lock().machine.cancel();
        self.kick();
    }

    /// The handler went away: nothing outside can send any more.
    pub(crate) fn release(&self) {
        self.lock().machine.set_outside_can_send(false);
        self.kick();
    }

    pub(crate) fn snapshot(
        &self,
        store: serde_json::Map<String, serde_json::Value>,
    ) -> Result<Snapshot, WorkflowError> {
        let elapsed = self.now();
        let run = self.lock().machine.save().map_err(SnapshotError::from)?;
        Ok(Snapshot {
            format: FORMAT.to_owned(),
            version: VERSION,
            workflow: std::any::type_name::<W>().to_owned(),
            run_id: self.run_id.clone(),
            elapsed,
            store,
            run,
        })
    }
}

impl<W: Workflow> Port for RunLink<W> {
    fn send(&self, ev: DynEvent, from: Inv) -> Result<(), SendRefused> {
        let sent = self.lock().machine.send(ev, Some(from));
        self.kick();
        sent
    }

    fn collect(&self, key: &str, want: &[&'static str], ev: DynEvent) -> Option<Vec<DynEvent>> {
        self.lock().machine.collect(key, want, ev)
    }

    fn collect_n(&self, key: &'static str, ev: DynEvent, n: usize) -> Option<Vec<DynEvent>> {
        self.lock().machine.collect_n(key, ev, n)
    }

    fn write_stream(&self, ev: DynEvent) {
        self.lock().machine.write_stream(ev);
        self.kick();
    }

    fn wait(
        &self,
        inv: Inv,
        seq: u32,
        spec: &WaitSpec,
        ask: Option<DynEvent>,
        waker: &Waker,
    ) -> WaitPoll<DynEvent> {
        self.waited.store(true, Ordering::Relaxed);
        let now = self.now();
        let mut core = self.lock();
        let poll = core.machine.wait(inv, seq, spec, ask, now);
        match &poll {
            WaitPoll::Pending => match core.wakers.iter_mut().find(|(i, _)| *i == inv.id) {
                Some((_, w)) => w.clone_from(waker),
                None => core.wakers.push((inv.id, waker.clone())),
            },
            _ => core.wakers.retain(|(i, _)| *i != inv.id),
        }
        let has_commands = core.machine.has_commands();
        drop(core);
        if has_commands {
            self.kick();
        }
        poll
    }

    fn run_id(&self) -> &str {
        &self.run_id
    }
}

/// One call of a step, polled by the driver.
struct Invocation<'a> {
    inv: Inv,
    step: StepIndex,
    fut: BoxFuture<'a, Result<Emit, BoxError>>,
    span: tracing::Span,
}

impl Future for Invocation<'_> {
    type Output = (Inv, StepIndex, Outcome<DynEvent>);

    fn poll(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let _enter = this.span.enter();
        let outcome = match catch_unwind(AssertUnwindSafe(|| this.fut.as_mut().poll(cx))) {
            Ok(Poll::Pending) => return Poll::Pending,
            Ok(Poll::Ready(Ok(emitted))) => Outcome::Emitted(emitted),
            Ok(Poll::Ready(Err(e))) => Outcome::Failed(e),
            Err(payload) => Outcome::Panicked(panic_message(payload)),
        };
        Poll::Ready((this.inv, this.step, outcome))
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

struct Driver<'a, W: Workflow> {
    workflow: &'a W,
    ctx: &'a Context,
    link: &'a RunLink<W>,
    routing: &'static Routing<W>,
    verbose: Option<VerboseWriter>,
    /// Invocations started but not yet polled, in start order.
    fresh: VecDeque<Invocation<'a>>,
    /// Invocations that returned `Pending`, polled again when woken. Made
    /// when the first one waits: runs whose steps never wait skip it.
    inflight: Option<FuturesUnordered<Invocation<'a>>>,
    /// Timers the machine asked for, earliest first.
    timers: BinaryHeap<Reverse<(Duration, TimerId)>>,
    /// Sleeps until the earliest timer; made when the first is armed.
    sleep: Option<Pin<Box<Sleep>>>,
    stream: Option<UnboundedSender<DynEvent>>,
    result: Option<Result<DynEvent, WorkflowError>>,
}

impl<'a, W: Workflow> Driver<'a, W> {
    /// Carry out every command the machine has, under its lock.
    fn run_commands(&mut self, core: &mut Core<W>) {
        while let Some(command) = core.machine.poll_command() {
            match command {
                Command::Start { inv, step } => {
                    let def = &self.routing.steps()[step as usize];
                    let ev = core
                        .machine
                        .input(inv)
                        .unwrap_or_else(|| unreachable!("a started invocation has its input"));
                    let span = tracing::debug_span!("step", step = def.name, event = ev.name());
                    let cx = StepCx {
                        ctx: self.ctx,
                        port: self.link,
                        inv,
                    };
                    let fut = (def.invoke)(self.workflow, cx, ev);
                    self.fresh.push_back(Invocation {
                        inv,
                        step,
                        fut,
                        span,
                    });
                }
                Command::Publish { event, .. } => {
                    if let Some(stream) = &self.stream {
                        // A dropped receiver only means nobody reads.
                        let _ = stream.send(event);
                    }
                }
                Command::StepState {
                    step,
                    invocation,
                    state,
                    ..
                } => {
                    if let Some(stream) = &self.stream {
                        let _ = stream.send(DynEvent::new(StepStateChanged {
                            step: step.to_owned(),
                            invocation,
                            state,
                        }));
                    }
                }
                Command::ArmTimer { timer, at } => {
                    let earliest = self.timers.peek().is_none_or(|Reverse((t, _))| at < *t);
                    self.timers.push(Reverse((at, timer)));
                    if earliest {
                        let deadline = self.link.base + at;
                        match &mut self.sleep {
                            Some(sleep) => sleep.as_mut().reset(deadline),
                            None => self.sleep = Some(Box::pin(tokio::time::sleep_until(deadline))),
                        }
                    }
                }
                Command::Wake { inv } => {
                    if let Some(at) = core.wakers.iter().position(|(i, _)| *i == inv.id) {
                        core.wakers.swap_remove(at).1.wake();
                    }
                }
                Command::Finish(result) => self.result = Some(result),
            }
        }
    }

    fn commands(&mut self) {
        let link = self.link;
        let mut core = link.lock();
        self.run_commands(&mut core);
    }

    fn finished(&mut self, inv: Inv, step: StepIndex, outcome: Outcome<DynEvent>) {
        if let (Some(out), Outcome::Emitted(emitted)) = (&mut self.verbose, &outcome) {
            print_produced(out, self.routing.steps()[step as usize].name, emitted);
        }
        if let Outcome::Failed(e) = &outcome {
            tracing::debug!(step = self.routing.steps()[step as usize].name, error = %e, "step failed");
        }
        let link = self.link;
        let mut core = link.lock();
        core.machine.finish(inv, outcome);
        self.run_commands(&mut core);
    }

    fn poll(&mut self, cx: &mut TaskContext<'_>) -> Poll<Result<W::Output, WorkflowError>> {
        self.link.waker.register(cx.waker());
        self.link.polling.store(true, Ordering::Release);
        let polled = self.poll_inner(cx);
        self.link.polling.store(false, Ordering::Release);
        // An input from another thread between the last check and
        // `polling = false` would have skipped its wake-up.
        if polled.is_pending() && self.link.dirty.load(Ordering::Acquire) {
            cx.waker().wake_by_ref();
        }
        polled
    }

    fn poll_inner(&mut self, cx: &mut TaskContext<'_>) -> Poll<Result<W::Output, WorkflowError>> {
        let mut budget = POLL_BUDGET;
        loop {
            if self.link.dirty.swap(false, Ordering::AcqRel) {
                self.commands();
            }
            if let Some(result) = self.result.take() {
                return Poll::Ready(self.end(result, cx));
            }
            if budget == 0 {
                // A run whose steps never wait would otherwise keep the
                // thread from every other task; let them in.
                cx.waker().wake_by_ref();
                return Poll::Pending;
            }
            budget -= 1;
            if let Some(mut invocation) = self.fresh.pop_front() {
                self.announce(&invocation);
                match Pin::new(&mut invocation).poll(cx) {
                    Poll::Ready((inv, step, outcome)) => self.finished(inv, step, outcome),
                    Poll::Pending => self
                        .inflight
                        .get_or_insert_with(FuturesUnordered::new)
                        .push(invocation),
                }
                continue;
            }
            if self.poll_timers(cx) {
                continue;
            }
            let woken = match &mut self.inflight {
                Some(inflight) => inflight.poll_next_unpin(cx),
                None => Poll::Ready(None),
            };
            match woken {
                Poll::Ready(Some((inv, step, outcome))) => self.finished(inv, step, outcome),
                Poll::Ready(None) | Poll::Pending => {
                    if self.link.dirty.load(Ordering::Acquire) || !self.fresh.is_empty() {
                        continue;
                    }
                    if self.link.waited.load(Ordering::Relaxed) {
                        let link = self.link;
                        let mut core = link.lock();
                        core.machine.fail_stuck();
                        self.run_commands(&mut core);
                        if self.result.is_some() {
                            continue;
                        }
                    }
                    return Poll::Pending;
                }
            }
        }
    }

    /// Fire the timers that are due; whether any was.
    fn poll_timers(&mut self, cx: &mut TaskContext<'_>) -> bool {
        let Some(sleep) = &mut self.sleep else {
            return false;
        };
        if sleep.as_mut().poll(cx).is_pending() {
            return false;
        }
        let now = self.link.now();
        let link = self.link;
        let mut core = link.lock();
        while let Some(Reverse((at, timer))) = self.timers.peek().copied() {
            if at > now {
                break;
            }
            self.timers.pop();
            core.machine.timer_fired(timer, now);
        }
        match self.timers.peek() {
            Some(Reverse((at, _))) => {
                let deadline = self.link.base + *at;
                if let Some(sleep) = &mut self.sleep {
                    sleep.as_mut().reset(deadline);
                }
            }
            None => self.sleep = None,
        }
        self.run_commands(&mut core);
        true
    }

    /// The first poll of an invocation: the `Running step` line. Printed
    /// here, not when it is made, so the lines of steps that start
    /// together interleave as in the Python original.
    fn announce(&mut self, invocation: &Invocation<'_>) {
        let name = self.routing.steps()[invocation.step as usize].name;
        if let Some(out) = &mut self.verbose {
            let _ = writeln!(out, "Running step {name}");
        }
        tracing::debug!(parent: &invocation.span, "running step");
    }

    /// The machine finished the run.
    fn end(
        &mut self,
        result: Result<DynEvent, WorkflowError>,
        cx: &mut TaskContext<'_>,
    ) -> Result<W::Output, WorkflowError> {
        let stop = result?;
        // Invocations already started in the pass that stopped the run are
        // polled once, as the Python original lets them run; what they
        // return is dropped.
        while let Some(mut invocation) = self.fresh.pop_front() {
            self.announce(&invocation);
            if let Poll::Ready((_, step, Outcome::Emitted(emitted))) =
                Pin::new(&mut invocation).poll(cx)
            {
                if let Some(out) = &mut self.verbose {
                    print_produced(out, self.routing.steps()[step as usize].name, &emitted);
                }
            }
        }
        if let Some(stream) = self.stream.take() {
            let _ = stream.send(stop.clone());
        }
        match stop.downcast::<StopEvent<W::Output>>() {
            Ok(stop) => Ok(stop.result),
            Err(ev) => unreachable!("the machine stops only on the stop event, got {ev:?}"),
        }
    }
}

fn print_produced(out: &mut VerboseWriter, step: &str, emitted: &Emitted<DynEvent>) {
    if emitted.is_empty() {
        let _ = writeln!(out, "Step {step} produced no event");
    }
    for ev in emitted.iter() {
        let _ = writeln!(out, "Step {step} produced event {}", ev.name());
    }
}
