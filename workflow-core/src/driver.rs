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
//! a lock shared by the driver and the steps' contexts, the way quinn
//! shares a `quinn_proto::Connection` with its streams. The driver holds
//! it for the length of each poll and steps, polled inside, take it again
//! re-entrantly (no atomic operation per call). The handler never takes
//! it: what it sends, cancels or asks for goes through an inbox the driver
//! empties into the machine, so one run's step may talk to another run's
//! handler without any risk of the two waiting on each other. (A step
//! must not hand its context to another thread while it is being polled:
//! that thread would wait for the poll to end.)
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
//!
//! A step marked `#[step(spawn)]` runs each invocation as a task of its
//! own and `#[step(blocking)]` on tokio's blocking pool ([`crate::tasks`]):
//! the driver polls their handles. Those steps own what they use (the
//! workflow's `Arc`, the run's shared link), so a workflow with them runs
//! only from an `Arc` (`Workflow::run` on a borrowed workflow does not
//! compile for it), and its link is shared even without a handler.
//!
//! The clock is read only when the machine asks ([`crate::machine::Clock`]):
//! a step with a timeout starts, or a step with a retry policy fails. An
//! attempt past its step's timeout is dropped when the machine says so
//! ([`Command::Abort`]): a fresh one is taken out of the queue, a parked
//! one (wrapped in an `Abortable` when its step has a timeout) is aborted
//! and woken.

use std::cell::RefCell;
use std::future::{Future, IntoFuture};
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::task::{Context as TaskContext, Poll, Waker};
use std::time::Duration;

use futures::future::{AbortHandle, BoxFuture, FutureExt};
use futures::stream::{FuturesUnordered, StreamExt};
use futures::task::AtomicWaker;
use parking_lot::ReentrantMutex;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::oneshot;
use tokio::time::{Instant, Sleep};

use crate::context::{Context, OwnedCx, Port, RunGuard, StepCx};
use crate::error::WorkflowError;
use crate::event::{DynEvent, StopEvent};
use crate::fifo::Fifo;
use crate::handler::{Handler, StepStateChanged};
use crate::machine::{
    Command, Config, Emitted, Inv, Machine, Outcome, SendRefused, StepIndex, WaitPoll, WaitSpec,
};
use crate::pool::{FuturePool, StepFuture};
use crate::routing::{Invoker, Routing, Table, WorkflowSpec};
use crate::snapshot::{Snapshot, SnapshotError, FORMAT, VERSION};
use crate::testing::Recorder;
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
    /// Go on with a live run of the journal given with [`Run::journal`].
    #[cfg(feature = "sqlite")]
    Journal(String),
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
    max_invocations: Option<u64>,
    max_invocations_per_step: Option<u64>,
    recorder: Option<Arc<Mutex<Recorder>>>,
    #[cfg(feature = "sqlite")]
    journal: Option<crate::journal::Journal>,
}

impl<'w, W: Workflow> Run<'w, W> {
    pub(crate) fn new(workflow: &'w W, start: W::Start) -> Self {
        Self::with(Held::Borrowed(workflow), Begin::Start(start))
    }

    pub(crate) fn resumed(workflow: &'w W, snapshot: Snapshot) -> Self {
        Self::with(Held::Borrowed(workflow), Begin::Resume(Box::new(snapshot)))
    }

    #[cfg(feature = "sqlite")]
    pub(crate) fn from_journal(
        workflow: &'w W,
        journal: &crate::journal::Journal,
        run_id: String,
    ) -> Self {
        Self::with(Held::Borrowed(workflow), Begin::Journal(run_id)).journal(journal)
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
            max_invocations: None,
            max_invocations_per_step: None,
            recorder: None,
            #[cfg(feature = "sqlite")]
            journal: None,
        }
    }

    /// Keep the run in `journal` (feature `sqlite`), so it outlives this
    /// process: every input its machine accepts is written down before
    /// its effects leave the process, and [`Workflow::resume_journaled`]
    /// goes on with it in a later one. Its id ([`Run::run_id`], or a new
    /// one) must not be the id of a live run in the journal. See
    /// [`journal`](crate::journal).
    #[cfg(feature = "sqlite")]
    pub fn journal(mut self, journal: &crate::journal::Journal) -> Self {
        self.journal = Some(journal.clone());
        self
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

    /// Fail the run with [`WorkflowError::BudgetExceeded`] instead of
    /// starting its `limit + 1`-th step invocation (retries count), naming
    /// the busiest steps: for agent loops that must not spin forever.
    pub fn max_invocations(mut self, limit: u64) -> Self {
        self.max_invocations = Some(limit);
        self
    }

    /// Fail the run with [`WorkflowError::BudgetExceeded`] instead of
    /// starting any one step a `limit + 1`-th time: a bound on the hops of
    /// every loop.
    pub fn max_invocations_per_step(mut self, limit: u64) -> Self {
        self.max_invocations_per_step = Some(limit);
        self
    }

    /// Record every routed event and everything streamed into `recorder`.
    pub(crate) fn recorder(mut self, recorder: Arc<Mutex<Recorder>>) -> Self {
        self.recorder = Some(recorder);
        self
    }

    fn setup(
        self,
        stream: Option<UnboundedSender<DynEvent>>,
    ) -> Result<Setup<'w, W>, WorkflowError> {
        let routing = W::__routing();
        // Steps on their own task or thread own the workflow and the link.
        let spawns = routing.spawned_step();
        if let (Some(step), Held::Borrowed(_)) = (spawns, &self.workflow) {
            return Err(WorkflowError::NeedsSharedWorkflow { step });
        }
        let shared = stream.is_some() || spawns.is_some();
        let context = self.context.unwrap_or_default();
        let guard = context.begin_run().ok_or(WorkflowError::ContextInUse)?;
        let config = Config {
            timeout: self.timeout,
            outside_can_send: stream.is_some(),
            internal_events: self.internal_events,
            seed: 0,
            max_invocations: self.max_invocations,
            max_invocations_per_step: self.max_invocations_per_step,
            trace: self.recorder.is_some(),
        };
        let beginning = match self.begin {
            Begin::Start(start) => Beginning::Start(DynEvent::new(start)),
            Begin::Resume(snapshot) => Beginning::Resume(snapshot),
            #[cfg(feature = "sqlite")]
            Begin::Journal(id) => Beginning::Journal(id),
        };
        let link = begin(
            Origin {
                table: routing.table(),
                retries: routing.has_retries(),
                check_state: W::__check_state,
            },
            beginning,
            config,
            self.run_id,
            &context,
            shared,
            #[cfg(feature = "sqlite")]
            self.journal,
        )?;
        let link = match shared {
            true => Link::Shared(Arc::new(link)),
            false => Link::Owned(link),
        };
        Ok(Setup {
            state: RunState {
                workflow: self.workflow,
                context,
                _guard: guard,
                link,
                recorder: self.recorder,
                pool: FuturePool::default(),
            },
            out: RunOut {
                verbose: self.verbose,
                stream,
            },
        })
    }
}

/// How a run begins, free of the workflow type.
enum Beginning {
    Start(DynEvent),
    Resume(Box<Snapshot>),
    #[cfg(feature = "sqlite")]
    Journal(String),
}

/// What [`begin`] needs to know of the workflow.
struct Origin {
    table: &'static Table,
    retries: bool,
    check_state: fn(&serde_json::Map<String, serde_json::Value>) -> Result<(), SnapshotError>,
}

/// Make the run's machine and link: new, restored from a snapshot, or
/// replayed from a journal. Not generic: compiled once, here.
#[inline(never)]
fn begin(
    origin: Origin,
    beginning: Beginning,
    mut config: Config,
    given_id: Option<String>,
    context: &Context,
    shared: bool,
    #[cfg(feature = "sqlite")] journal: Option<crate::journal::Journal>,
) -> Result<RunLink, WorkflowError> {
    let spec = WorkflowSpec(origin.table);
    #[cfg(feature = "sqlite")]
    let mut journal_link = None;
    let (mut machine, run_id, elapsed, start, children) = match beginning {
        Beginning::Start(start) => {
            let run_id = RunId::new(given_id);
            if origin.retries {
                // A resumed run keeps the seed of its snapshot.
                config.seed = crate::retry::seed_of(run_id.get());
            }
            let can_send = config.outside_can_send;
            #[allow(unused_mut)]
            let mut machine = Machine::new(spec, config);
            #[cfg(feature = "sqlite")]
            if let Some(journal) = journal {
                let link = crate::durable::JournalLink::begin(
                    journal,
                    run_id.get(),
                    origin.table.workflow,
                )?;
                journal_link = Some(Box::new(link));
                machine.record();
                machine.set_outside_can_send(can_send);
            }
            let _ = can_send;
            (machine, run_id, Duration::ZERO, Some(start), Vec::new())
        }
        #[cfg(feature = "sqlite")]
        Beginning::Journal(id) => {
            let journal =
                journal.unwrap_or_else(|| unreachable!("a journaled resume has its journal"));
            let run_id = RunId::new(Some(id));
            if origin.retries {
                config.seed = crate::retry::seed_of(run_id.get());
            }
            let can_send = config.outside_can_send;
            let recovered = crate::durable::recover(journal, run_id.get(), origin.table.workflow)?;
            let mut machine = Machine::replay(spec, config, recovered.inputs).map_err(|e| {
                crate::durable::failed(format!("run `{}` cannot be replayed: {e}", run_id.get()))
            })?;
            context.store.replace(recovered.store);
            journal_link = Some(Box::new(recovered.link));
            machine.record();
            machine.set_outside_can_send(can_send);
            (machine, run_id, recovered.alive, None, Vec::new())
        }
        Beginning::Resume(snapshot) => {
            #[cfg(feature = "sqlite")]
            if journal.is_some() {
                // A journal replays a run from its start; a snapshot holds
                // no inputs to replay.
                return Err(crate::durable::failed(
                    "a run resumed from a snapshot cannot be kept in a journal; start it with the journal instead",
                ));
            }
            let Snapshot {
                format,
                version,
                workflow,
                run_id,
                elapsed,
                store,
                run,
                children,
            } = *snapshot;
            if format != FORMAT {
                return Err(SnapshotError::Format(format).into());
            }
            if version != VERSION {
                return Err(SnapshotError::Version { found: version }.into());
            }
            if workflow != origin.table.workflow {
                return Err(SnapshotError::Workflow {
                    found: workflow,
                    expected: origin.table.workflow.to_owned(),
                }
                .into());
            }
            let machine = Machine::restore(spec, config, run).map_err(SnapshotError::from)?;
            (origin.check_state)(&store)?;
            if let Some(c) = children
                .iter()
                .find(|c| machine.step_name_of_id(c.invocation) != Some(c.step.as_str()))
            {
                return Err(SnapshotError::Child {
                    step: c.step.clone(),
                    invocation: c.invocation,
                }
                .into());
            }
            context.store.replace(store);
            let run_id = RunId::new(Some(given_id.unwrap_or(run_id)));
            (machine, run_id, elapsed, None, children)
        }
    };
    match start {
        Some(ev) => machine.start(ev),
        // A run replayed to its end (its process died after its last step
        // and before it wrote its end down) only ends, with its result.
        None if machine.is_finished() => {}
        None => machine.resume(),
    }
    // Everything else first: the machine is moved once, into its place.
    let outside = (shared || !children.is_empty()).then(|| {
        Box::new(Outside {
            inbox: Mutex::new(Vec::new()),
            over: AtomicBool::new(false),
            waker: AtomicWaker::new(),
            children: Mutex::new(crate::child::Children::resumed(children)),
        })
    });
    let base = Instant::now() - elapsed;
    Ok(RunLink {
        #[cfg(feature = "sqlite")]
        journaled: journal_link.is_some(),
        core: ReentrantMutex::new(RefCell::new(Core {
            machine,
            wakers: thin_vec::ThinVec::new(),
            #[cfg(feature = "sqlite")]
            journal: journal_link,
        })),
        outside,
        dirty: AtomicBool::new(true),
        polling: AtomicBool::new(false),
        waited: AtomicBool::new(false),
        base,
        run_id,
    })
}

impl<W: Workflow> Run<'static, W> {
    /// Start the run as a task on the current tokio runtime and return its
    /// [`Handler`]: await the result, stream events, send events in,
    /// cancel, snapshot. The workflow must be shared
    /// (`Arc::new(flow).run(..)`, with [`SharedWorkflow`])
    /// or `'static`.
    ///
    /// # Panics
    /// Outside a tokio runtime.
    pub fn start(self) -> Handler<W> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        match self.setup(Some(tx)) {
            Ok(setup) => {
                let Link::Shared(link) = &setup.state.link else {
                    unreachable!("a run with a stream has a shared link")
                };
                let link = link.clone();
                let context = setup.state.context.clone();
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
        // Set up before the future is made, so the future holds the run's
        // state and not also the builder.
        match self.setup(None) {
            // Into memory allocated first: the future is written once.
            Ok(setup) => {
                let run = Box::write(Box::new_uninit(), drive(setup));
                Box::into_pin(run)
            }
            Err(e) => Box::pin(std::future::ready(Err(e))),
        }
    }
}

impl<'w, W: Workflow> Run<'w, W> {
    /// The run as a future that hands what it streams to `stream`, with no
    /// handler to send it events: a child run, inside its parent's step.
    /// With it, how to take the child's snapshot while it runs.
    pub(crate) fn into_child_future(
        self,
        stream: UnboundedSender<DynEvent>,
    ) -> (
        BoxFuture<'w, Result<W::Output, WorkflowError>>,
        Option<crate::child::TakeSnapshot>,
    ) {
        match self.setup(Some(stream)) {
            Ok(setup) => {
                // Nothing outside can send a child events: a child left
                // waiting for them is stalled, not waiting.
                setup
                    .state
                    .link
                    .get()
                    .with(|core| core.machine.set_outside_can_send(false));
                let take = match &setup.state.link {
                    Link::Shared(link) => {
                        let link = link.clone();
                        let store = setup.state.context.store.clone();
                        let take: crate::child::TakeSnapshot = Box::new(move || {
                            link.with(|core| link.take_snapshot(core, store.to_map()))
                        });
                        Some(take)
                    }
                    Link::Owned(_) => None,
                };
                (Box::pin(drive(setup)), take)
            }
            Err(e) => (Box::pin(std::future::ready(Err(e))), None),
        }
    }
}

/// Runs that hold their workflow in an [`Arc`], so they can be
/// [started](Run::start) as tasks that outlive the caller.
pub trait SharedWorkflow<W: Workflow> {
    /// Start a run with this start event; see [`Workflow::run`].
    fn run(&self, start: W::Start) -> Run<'static, W>;
    /// Resume a run from a snapshot; see [`Workflow::resume`].
    fn resume(&self, snapshot: Snapshot) -> Run<'static, W>;
    /// Go on with a live run kept in a journal; see
    /// [`Workflow::resume_journaled`].
    #[cfg(feature = "sqlite")]
    fn resume_journaled(&self, journal: &crate::journal::Journal, run_id: &str) -> Run<'static, W>;
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
    #[cfg(feature = "sqlite")]
    fn resume_journaled(&self, journal: &crate::journal::Journal, run_id: &str) -> Run<'static, W> {
        Run::with(
            Held::Shared(self.clone()),
            Begin::Journal(run_id.to_owned()),
        )
        .journal(journal)
    }
}

/// A run's id: given, or made from a process-wide number when first asked.
struct RunId {
    id: OnceLock<Box<str>>,
    number: u64,
}

impl RunId {
    fn new(given: Option<String>) -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        RunId {
            id: given.map_or_else(OnceLock::new, |id| OnceLock::from(id.into_boxed_str())),
            number: NEXT.fetch_add(1, Ordering::Relaxed),
        }
    }

    fn get(&self) -> &str {
        self.id.get_or_init(|| {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            format!("run-{nanos:x}-{:x}-{}", std::process::id(), self.number).into_boxed_str()
        })
    }
}

/// The run's link: in the run's own future, or shared with a handler.
// Inline on purpose: a run without a handler keeps its state in its one
// future, with no allocation of its own.
#[allow(clippy::large_enum_variant)]
enum Link {
    Owned(RunLink),
    Shared(Arc<RunLink>),
}

impl Link {
    fn get(&self) -> &RunLink {
        match self {
            Link::Owned(link) => link,
            Link::Shared(link) => link,
        }
    }
}

/// Everything a run owns while it runs.
struct Setup<'w, W: Workflow> {
    state: RunState<'w, W>,
    out: RunOut,
}

/// What the run's steps borrow: the driver holds one reference to it.
struct RunState<'w, W: Workflow> {
    workflow: Held<'w, W>,
    context: Context,
    _guard: RunGuard,
    link: Link,
    recorder: Option<Arc<Mutex<Recorder>>>,
    /// Memory for the steps' futures, reused from step to step.
    pool: FuturePool,
}

impl<W: Workflow> RunState<'_, W> {
    /// The workflow and the link, when shared: for steps that run on their
    /// own task or thread.
    fn shared(&self) -> Option<(&Arc<W>, &Arc<RunLink>)> {
        match (&self.workflow, &self.link) {
            (Held::Shared(w), Link::Shared(l)) => Some((w, l)),
            _ => None,
        }
    }
}

/// Where the run writes: the driver alone.
struct RunOut {
    verbose: Option<VerboseWriter>,
    stream: Option<UnboundedSender<DynEvent>>,
}

/// The run's future. An `async` block that only borrows what it captures,
/// so the run's state is stored once in the future (an `async fn` would
/// keep its argument twice).
#[allow(clippy::manual_async_fn)]
fn drive<W: Workflow>(
    mut setup: Setup<'_, W>,
) -> impl Future<Output = Result<W::Output, WorkflowError>> + Send + '_ {
    async move {
        let Setup { state, out } = &mut setup;
        let state = &*state;
        let link = state.link.get();
        let span = tracing::info_span!(
            "run",
            run_id = link.run_id.get(),
            workflow = std::any::type_name::<W>()
        );
        // A span nobody listens to is not kept in the run's state.
        let span = (!span.is_disabled()).then(|| Box::new(span));
        let sleep = std::pin::pin!(None::<Sleep>);
        let mut driver = Driver {
            state,
            out,
            workflow: state.workflow.get(),
            link,
            aborts: thin_vec::ThinVec::new(),
            routing: W::__routing(),
            fresh: Fifo::default(),
            waiting: None,
            inflight: None,
            sleep,
            armed: None,
            result: None,
        };
        tracing::debug!(parent: span.as_deref().and_then(tracing::Span::id), "run started");
        let result = std::future::poll_fn(|cx| {
            let _enter = span.as_deref().map(tracing::Span::enter);
            driver.poll(cx)
        })
        .await;
        tracing::debug!(parent: span.as_deref().and_then(tracing::Span::id), ok = result.is_ok(), "run ended");
        result
    }
}

/// What the driver, the steps and the handler share: the machine behind
/// its lock, the handler's inbox, and how to wake the driver.
pub(crate) struct RunLink {
    core: ReentrantMutex<RefCell<Core>>,
    /// What only a run with a handler needs.
    outside: Option<Box<Outside>>,
    /// The machine or the inbox may have something for the driver.
    dirty: AtomicBool,
    /// The driver is polling: an input now is seen before the poll ends.
    polling: AtomicBool,
    /// Some step has waited, so the run may be stuck on outside input.
    waited: AtomicBool,
    /// When the run's elapsed time was zero.
    base: Instant,
    run_id: RunId,
    /// The run is kept in a journal: the driver writes to it (a run
    /// without one takes no lock for it).
    #[cfg(feature = "sqlite")]
    journaled: bool,
}

/// The part of a run's link that a handler talks through.
struct Outside {
    /// What the handler asks, for the driver to carry out.
    inbox: Mutex<Vec<Inbound>>,
    /// The run has ended.
    over: AtomicBool,
    /// The driver's waker, for inputs from outside its own poll.
    waker: AtomicWaker,
    /// Child workflows running in the run's steps, for its snapshots.
    children: Mutex<crate::child::Children>,
}

/// The machine of every workflow's runs: one type, whatever the workflow,
/// so its code is compiled once, in this crate.
pub(crate) type RunMachine = Machine<WorkflowSpec>;

struct Core {
    machine: RunMachine,
    /// Wakers of waiting steps, by invocation number.
    wakers: thin_vec::ThinVec<(u64, Waker)>,
    /// Where the run is written down, if it is kept in a journal.
    #[cfg(feature = "sqlite")]
    journal: Option<Box<crate::durable::JournalLink>>,
}

// The machine's inputs from the driver's generic code go through these,
// so the machine is compiled here once rather than for every workflow.
impl Core {
    /// Invocation `inv` ended; the invocation that starts in its place,
    /// if any ([`Machine::finish_direct`]).
    #[inline(never)]
    fn finish(
        &mut self,
        inv: Inv,
        outcome: Outcome<DynEvent>,
        base: Instant,
    ) -> Option<(Inv, StepIndex)> {
        self.machine.finish_direct(inv, outcome, Elapsed(base))
    }

    /// Time passed: what was due happened; the next deadline after `now`.
    #[inline(never)]
    fn tick(&mut self, now: Duration) -> Option<Duration> {
        self.machine.tick(now);
        self.machine.next_deadline().filter(|at| *at > now)
    }

    /// Fail the run if only outside input could move it and none can come.
    #[inline(never)]
    fn fail_stuck(&mut self) {
        self.machine.fail_stuck();
    }

    /// Write down what the machine recorded, for a run kept in a journal.
    #[cfg(feature = "sqlite")]
    #[inline(never)]
    fn journal_flush(
        &mut self,
        store: &crate::Store,
        alive: Duration,
    ) -> Result<(), WorkflowError> {
        match &mut self.journal {
            Some(j) => j.flush(&mut self.machine, store, alive),
            None => Ok(()),
        }
    }

    /// The run ended: for a run kept in a journal, write down the rest and
    /// how it ended.
    #[cfg(feature = "sqlite")]
    #[inline(never)]
    fn journal_end(
        &mut self,
        store: &crate::Store,
        alive: Duration,
        result: &Result<DynEvent, Box<WorkflowError>>,
    ) -> Result<(), WorkflowError> {
        let Some(j) = &mut self.journal else {
            return Ok(());
        };
        let outcome = match result {
            Ok(stop) => Ok(stop.to_json().map_err(crate::durable::failed)?),
            Err(e) => Err(&**e),
        };
        j.end(&mut self.machine, store, alive, outcome)
    }
}

/// The run's elapsed time, read from the clock when the machine asks.
#[derive(Clone, Copy)]
struct Elapsed(Instant);

impl crate::machine::Clock for Elapsed {
    fn now(&mut self) -> Duration {
        Instant::now().saturating_duration_since(self.0)
    }
}

/// What a handler asks of its run.
enum Inbound {
    Send(DynEvent),
    Cancel,
    /// The handler is gone: nothing outside can send any more.
    Release,
    Snapshot(oneshot::Sender<Result<Snapshot, WorkflowError>>),
}

impl RunLink {
    /// Work on the machine under its lock (re-entrant: the driver holds it
    /// while it polls the steps that call this).
    fn with<R>(&self, f: impl FnOnce(&mut Core) -> R) -> R {
        let guard = self.core.lock();
        let mut core = guard.borrow_mut();
        f(&mut core)
    }

    /// The run's elapsed time.
    fn now(&self) -> Duration {
        Instant::now().saturating_duration_since(self.base)
    }

    /// An input made commands: make sure the driver sees them.
    fn kick(&self) {
        self.dirty.store(true, Ordering::Release);
        if let Some(outside) = &self.outside {
            if !self.polling.load(Ordering::Acquire) {
                outside.waker.wake();
            }
        }
    }

    pub(crate) fn run_id_str(&self) -> &str {
        self.run_id.get()
    }

    fn ask(&self, inbound: Inbound) -> Result<(), WorkflowError> {
        let over = WorkflowError::Refused {
            event: "",
            reason: "the run is over",
        };
        let Some(outside) = &self.outside else {
            return Err(over);
        };
        if outside.over.load(Ordering::Acquire) {
            return Err(over);
        }
        outside
            .inbox
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(inbound);
        self.kick();
        Ok(())
    }

    /// Send an event in from outside the run.
    pub(crate) fn send_outside(&self, ev: DynEvent) -> Result<(), WorkflowError> {
        let name = ev.name();
        self.ask(Inbound::Send(ev))
            .map_err(|_| WorkflowError::Refused {
                event: name,
                reason: "the run is over",
            })
    }

    pub(crate) fn cancel(&self) {
        // A run that is over keeps its result.
        let _ = self.ask(Inbound::Cancel);
    }

    /// The handler went away.
    pub(crate) fn release(&self) {
        let _ = self.ask(Inbound::Release);
    }

    pub(crate) async fn snapshot(&self) -> Result<Snapshot, WorkflowError> {
        let (tx, rx) = oneshot::channel();
        self.ask(Inbound::Snapshot(tx))
            .map_err(|_| WorkflowError::NotRunning { what: "snapshot" })?;
        rx.await
            .map_err(|_| WorkflowError::NotRunning { what: "snapshot" })?
    }

    /// The run's state now, as a snapshot.
    fn take_snapshot(
        &self,
        core: &Core,
        store: serde_json::Map<String, serde_json::Value>,
    ) -> Result<Snapshot, WorkflowError> {
        let run = core.machine.save().map_err(SnapshotError::from)?;
        let children = self
            .children(|c| c.snapshots())
            .transpose()?
            .unwrap_or_default();
        Ok(Snapshot {
            format: FORMAT.to_owned(),
            version: VERSION,
            workflow: core.machine.spec().0.workflow.to_owned(),
            run_id: self.run_id.get().to_owned(),
            elapsed: self.now(),
            store,
            run,
            children,
        })
    }

    /// Work on the registry of child runs, if the run can be snapshotted
    /// (only a run with a handler, or a child, can).
    fn children<R>(&self, f: impl FnOnce(&mut crate::child::Children) -> R) -> Option<R> {
        let outside = self.outside.as_ref()?;
        let mut children = outside
            .children
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Some(f(&mut children))
    }

    /// Give what the handler asked to the machine; `store` is the run's.
    fn empty_inbox(&self, core: &mut Core, store: &crate::Store) {
        let Some(outside) = &self.outside else {
            return;
        };
        let inbound = std::mem::take(
            &mut *outside
                .inbox
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        );
        for item in inbound {
            match item {
                Inbound::Send(ev) => {
                    let name = ev.name();
                    if core.machine.send(ev, None, || self.now()).is_err() {
                        tracing::warn!(event = name, "an event sent from outside was not taken");
                    }
                }
                Inbound::Cancel => core.machine.cancel(),
                Inbound::Release => core.machine.set_outside_can_send(false),
                Inbound::Snapshot(reply) => {
                    let _ = reply.send(self.take_snapshot(core, store.to_map()));
                }
            }
        }
    }
}

impl Port for RunLink {
    fn send(&self, ev: DynEvent, from: Inv) -> Result<(), SendRefused> {
        let sent = self.with(|core| core.machine.send(ev, Some(from), || self.now()));
        self.kick();
        sent
    }

    fn send_to(&self, ev: DynEvent, from: Inv, to: &'static str) -> Result<(), SendRefused> {
        let sent = self.with(|core| match core.machine.step_named(to) {
            Some(to) => core.machine.send_to(ev, Some(from), to, || self.now()),
            None => Err(SendRefused::Unroutable),
        });
        self.kick();
        sent
    }

    fn collect(&self, key: &str, want: &[&'static str], ev: DynEvent) -> Option<Vec<DynEvent>> {
        self.with(|core| core.machine.collect(key, want, ev))
    }

    fn collect_n(
        &self,
        key: &'static str,
        ev: DynEvent,
        n: usize,
        sink: &mut dyn FnMut(DynEvent),
    ) -> bool {
        self.with(|core| core.machine.collect_n_into(key, ev, n, sink))
    }

    fn step_name(&self, inv: Inv) -> &'static str {
        self.with(|core| core.machine.step_name_of(inv))
    }

    fn write_stream(&self, ev: DynEvent) {
        self.with(|core| core.machine.write_stream(ev));
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
        let (poll, has_commands) = self.with(|core| {
            let poll = core.machine.wait(inv, seq, spec, ask, now);
            match &poll {
                WaitPoll::Pending => match core.wakers.iter_mut().find(|(i, _)| *i == inv.id) {
                    Some((_, w)) => w.clone_from(waker),
                    None => core.wakers.push((inv.id, waker.clone())),
                },
                _ => core.wakers.retain(|(i, _)| *i != inv.id),
            }
            (poll, core.machine.has_commands())
        });
        if has_commands {
            self.kick();
        }
        poll
    }

    fn run_id(&self) -> &str {
        self.run_id.get()
    }

    fn child_saved(&self, inv: Inv, nth: u32) -> Option<Snapshot> {
        self.children(|c| c.take_saved(inv.id, nth)).flatten()
    }

    fn child_live(&self, inv: Inv, nth: u32, step: &'static str, take: crate::child::TakeSnapshot) {
        self.children(|c| c.live(step, inv.id, nth, take));
    }

    fn child_over(&self, inv: Inv, nth: u32) {
        self.children(|c| c.over(inv.id, nth));
    }

    fn attempt(&self, inv: Inv) -> (u32, Option<String>) {
        self.with(|core| {
            let m = &core.machine;
            (m.attempt(inv), m.last_error(inv).map(str::to_owned))
        })
    }

    #[cfg(feature = "sqlite")]
    fn is_journaled(&self) -> bool {
        self.journaled
    }

    #[cfg(feature = "sqlite")]
    fn effect(
        &self,
        inv: Inv,
        name: &str,
        nth: u32,
        store: &crate::Store,
    ) -> Result<Option<serde_json::Value>, WorkflowError> {
        self.with(|core| match &mut core.journal {
            Some(j) => j.effect(&mut core.machine, store, self.now(), inv.id, name, nth),
            None => Ok(None),
        })
    }

    #[cfg(feature = "sqlite")]
    fn record_effect(
        &self,
        inv: Inv,
        name: &str,
        nth: u32,
        value: &serde_json::Value,
    ) -> Result<(), WorkflowError> {
        self.with(|core| match &core.journal {
            Some(j) => j.record_effect(inv.id, name, nth, value),
            None => Ok(()),
        })
    }
}

/// One call of a step, polled by the driver. Its [`Inv`] is kept in
/// parts, so the step index fits beside them.
struct Invocation<'a> {
    id: u64,
    slot: u32,
    step: StepIndex,
    fut: StepFuture<'a>,
}

impl Invocation<'_> {
    fn inv(&self) -> Inv {
        Inv::from_parts(self.slot, self.id)
    }
}

impl Future for Invocation<'_> {
    type Output = (Inv, StepIndex, Outcome<DynEvent>);

    fn poll(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let outcome = match catch_unwind(AssertUnwindSafe(|| Pin::new(&mut this.fut).poll(cx))) {
            Ok(Poll::Pending) => return Poll::Pending,
            Ok(Poll::Ready(Ok(emitted))) => Outcome::Emitted(emitted),
            Ok(Poll::Ready(Err(e))) => Outcome::Failed(e),
            Err(payload) => Outcome::Panicked(crate::panic_message(payload)),
        };
        Poll::Ready((this.inv(), this.step, outcome))
    }
}

struct Driver<'a, 'w, W: Workflow> {
    /// What the steps borrow (the workflow, the context, the pool).
    state: &'a RunState<'w, W>,
    out: &'a mut RunOut,
    /// `state`'s workflow and link, looked up once.
    workflow: &'a W,
    link: &'a RunLink,
    /// How to abort the attempts of steps with a timeout, by invocation.
    aborts: thin_vec::ThinVec<(u64, AbortHandle)>,
    routing: &'static Routing<W>,
    /// Invocations started but not yet polled, in start order.
    fresh: Fifo<Invocation<'a>>,
    /// The first invocation that returned `Pending`, polled again once per
    /// poll of the run: most runs wait in one step at a time, and need no
    /// more than this.
    waiting: Option<Invocation<'a>>,
    /// Invocations that returned `Pending` while `waiting` was taken,
    /// polled again when woken. Made when a second one waits.
    inflight: Option<FuturesUnordered<Invocation<'a>>>,
    /// Sleeps until `armed`; made when the first timer is asked for.
    sleep: Pin<&'a mut Option<Sleep>>,
    /// The elapsed time the sleep ends at: the machine's next deadline.
    armed: Option<Duration>,
    result: Option<Result<DynEvent, Box<WorkflowError>>>,
}

impl<'a, W: Workflow> Driver<'a, '_, W> {
    /// Carry out every command the machine has, under its lock.
    fn run_commands(&mut self, core: &mut Core) {
        while let Some(command) = core.machine.poll_command() {
            match command {
                Command::Start { inv, step } => {
                    let invocation = self.invocation(&core.machine, inv, step);
                    self.fresh.push_back(invocation);
                }
                Command::Abort { inv } => self.abort(inv),
                Command::Trace { from, event } => {
                    if let Some(recorder) = &self.state.recorder {
                        let step = from.map(|s| self.routing.steps()[s as usize].name);
                        lock(recorder).routed(step, event);
                    }
                }
                Command::Publish { event, .. } => {
                    if let Some(recorder) = &self.state.recorder {
                        lock(recorder).streamed(event.clone());
                    }
                    if let Some(stream) = &self.out.stream {
                        // A dropped receiver only means nobody reads.
                        let _ = stream.send(event);
                    }
                }
                Command::StepState(change) => {
                    if let Some(stream) = &self.out.stream {
                        let _ = stream.send(DynEvent::new(StepStateChanged {
                            step: change.step.to_owned(),
                            invocation: change.invocation,
                            state: change.state,
                        }));
                    }
                }
                Command::ArmTimer { at } => {
                    if self.armed.is_none_or(|armed| at < armed) {
                        self.arm(Some(at));
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

    /// The future of invocation `inv` of `step`, made from its input.
    #[inline]
    fn invocation(&mut self, machine: &RunMachine, inv: Inv, step: StepIndex) -> Invocation<'a> {
        let def = &self.routing.steps()[step as usize];
        let ev = machine
            .input(inv)
            .unwrap_or_else(|| unreachable!("a started invocation has its input"));
        let fut = match def.invoke {
            Invoker::Inline(invoke) => {
                let cx = StepCx {
                    ctx: &self.state.context,
                    port: self.link,
                    inv,
                };
                invoke(self.workflow, cx, ev, &self.state.pool)
            }
            Invoker::Spawned(invoke) => {
                let Some((workflow, link)) = self.state.shared() else {
                    unreachable!("the setup shares a workflow with spawned steps")
                };
                let port: Arc<dyn Port> = link.clone();
                let cx = OwnedCx {
                    ctx: self.state.context.clone(),
                    port,
                    inv,
                };
                invoke(workflow.clone(), cx, ev).into()
            }
        };
        let fut = match def.timeout {
            Some(_) => self.abortable(inv, fut),
            None => fut,
        };
        Invocation {
            id: inv.id,
            slot: inv.slot(),
            step,
            fut,
        }
    }

    /// `fut`, dropped when the machine aborts `inv` (its step's timeout).
    #[cold]
    fn abortable(&mut self, inv: Inv, fut: StepFuture<'a>) -> StepFuture<'a> {
        let (abortable, handle) = futures::future::abortable(fut);
        self.aborts.push((inv.id, handle));
        let fut: BoxFuture<'a, _> =
            Box::pin(abortable.map(|r| r.unwrap_or_else(|a| Err(Box::new(a)))));
        fut.into()
    }

    /// Carry out what the handler asked and what the machine decided.
    fn commands(&mut self) {
        let link = self.link;
        link.with(|core| {
            link.empty_inbox(core, &self.state.context.store);
            self.run_commands(core);
        });
    }

    /// Invocation `inv` ended; `core` is the machine, locked for this poll.
    fn finished(
        &mut self,
        core: &RefCell<Core>,
        inv: Inv,
        step: StepIndex,
        outcome: Outcome<DynEvent>,
    ) {
        if !self.aborts.is_empty() {
            self.aborts.retain(|(id, _)| *id != inv.id);
        }
        if let (Some(out), Outcome::Emitted(emitted)) = (&mut self.out.verbose, &outcome) {
            print_produced(out, self.routing.steps()[step as usize].name, emitted);
        }
        if let Outcome::Failed(e) = &outcome {
            if e.is::<futures::future::Aborted>() {
                // Its attempt overran the step's timeout: the machine has
                // already dealt with it.
                return;
            }
            tracing::debug!(step = self.routing.steps()[step as usize].name, error = %e, "step failed");
        }
        let mut core = core.borrow_mut();
        if let Some((next, step)) = core.finish(inv, outcome, self.link.base) {
            // The steady state: an invocation started in its place, first
            // of what its end started.
            let invocation = self.invocation(&core.machine, next, step);
            self.fresh.push_back(invocation);
            if !core.machine.has_commands() {
                return;
            }
        }
        self.run_commands(&mut core);
    }

    /// Drop the attempt `inv`: taken out of the queue of fresh
    /// invocations, or aborted (its future is dropped when next polled).
    fn abort(&mut self, inv: Inv) {
        self.fresh.remove_first(|i| i.inv() == inv);
        if let Some(at) = self.aborts.iter().position(|(id, _)| *id == inv.id) {
            self.aborts.swap_remove(at).1.abort();
        }
    }

    fn poll(&mut self, cx: &mut TaskContext<'_>) -> Poll<Result<W::Output, WorkflowError>> {
        if let Some(outside) = &self.link.outside {
            outside.waker.register(cx.waker());
        }
        self.link.polling.store(true, Ordering::Release);
        let link = self.link;
        let polled = {
            // Held for the whole poll; steps take it again re-entrantly.
            let hold = link.core.lock();
            self.poll_inner(cx, &hold)
        };
        self.link.polling.store(false, Ordering::Release);
        if let (Some(outside), true) = (&self.link.outside, polled.is_ready()) {
            outside.over.store(true, Ordering::Release);
        }
        // An input from another thread between the last check and
        // `polling = false` would have skipped its wake-up.
        if polled.is_pending() && self.link.dirty.load(Ordering::Acquire) {
            cx.waker().wake_by_ref();
        }
        polled
    }

    fn poll_inner(
        &mut self,
        cx: &mut TaskContext<'_>,
        core: &RefCell<Core>,
    ) -> Poll<Result<W::Output, WorkflowError>> {
        let mut budget = POLL_BUDGET;
        // `waiting` is polled once per poll of the run: it shares the run's
        // waker, so a wake-up for it is a new poll of the run.
        let mut waiting_polled = false;
        // Time first: a run whose steps never wait keeps `fresh` full and
        // would otherwise never get to its timers.
        self.poll_timers(cx);
        loop {
            if self.link.dirty.load(Ordering::Acquire)
                && self.link.dirty.swap(false, Ordering::AcqRel)
            {
                self.commands();
            }
            if let Some(result) = self.result.take() {
                let result = self.journal_end(result);
                return Poll::Ready(self.end(result, cx));
            }
            if budget == 0 {
                if let Err(e) = self.journal_flush() {
                    self.result = Some(Err(Box::new(e)));
                    continue;
                }
                // A run whose steps never wait would otherwise keep the
                // thread from every other task; let them in.
                cx.waker().wake_by_ref();
                return Poll::Pending;
            }
            budget -= 1;
            if let Some(mut invocation) = self.fresh.pop_front() {
                self.announce(&invocation);
                match Pin::new(&mut invocation).poll(cx) {
                    Poll::Ready((inv, step, outcome)) => {
                        // Its future's memory goes back to the pool first,
                        // for the step that its event starts.
                        drop(invocation);
                        self.finished(core, inv, step, outcome);
                    }
                    Poll::Pending if self.waiting.is_none() => {
                        self.waiting = Some(invocation);
                        waiting_polled = true;
                    }
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
            if let (false, Some(waiting)) = (waiting_polled, &mut self.waiting) {
                waiting_polled = true;
                if let Poll::Ready((inv, step, outcome)) = Pin::new(waiting).poll(cx) {
                    self.waiting = None;
                    self.finished(core, inv, step, outcome);
                    continue;
                }
            }
            let woken = match &mut self.inflight {
                Some(inflight) => inflight.poll_next_unpin(cx),
                None => Poll::Ready(None),
            };
            match woken {
                Poll::Ready(Some((inv, step, outcome))) => self.finished(core, inv, step, outcome),
                Poll::Ready(None) | Poll::Pending => {
                    if self.link.dirty.load(Ordering::Acquire) || !self.fresh.is_empty() {
                        continue;
                    }
                    if self.link.waited.load(Ordering::Relaxed) {
                        let link = self.link;
                        link.with(|core| {
                            core.fail_stuck();
                            self.run_commands(core);
                        });
                        if self.result.is_some() {
                            continue;
                        }
                    }
                    if let Err(e) = self.journal_flush() {
                        self.result = Some(Err(Box::new(e)));
                        continue;
                    }
                    return Poll::Pending;
                }
            }
        }
    }

    /// Write down what the machine recorded, for a run kept in a journal.
    fn journal_flush(&mut self) -> Result<(), WorkflowError> {
        #[cfg(feature = "sqlite")]
        let flushed = match self.link.journaled {
            true => {
                let link = self.link;
                let store = &self.state.context.store;
                link.with(|core| core.journal_flush(store, link.now()))
            }
            false => Ok(()),
        };
        #[cfg(not(feature = "sqlite"))]
        let flushed = Ok(());
        flushed
    }

    /// The run ended: for a run kept in a journal, write down the rest and
    /// how it ended; an error doing so is the run's result.
    fn journal_end(
        &mut self,
        result: Result<DynEvent, Box<WorkflowError>>,
    ) -> Result<DynEvent, Box<WorkflowError>> {
        #[cfg(feature = "sqlite")]
        if self.link.journaled {
            let link = self.link;
            let store = &self.state.context.store;
            if let Err(e) = link.with(|core| core.journal_end(store, link.now(), &result)) {
                return Err(Box::new(e));
            }
        }
        result
    }

    /// Sleep until `at` in the run's elapsed time (or not at all).
    fn arm(&mut self, at: Option<Duration>) {
        self.armed = at;
        let Some(at) = at else { return };
        let deadline = self.link.base + at;
        match self.sleep.as_mut().as_pin_mut() {
            Some(sleep) => sleep.reset(deadline),
            None => self.sleep.set(Some(tokio::time::sleep_until(deadline))),
        }
    }

    /// Tell the machine the time when its deadline came; whether it had.
    fn poll_timers(&mut self, cx: &mut TaskContext<'_>) -> bool {
        if self.armed.is_none() {
            return false;
        }
        let due = match self.sleep.as_mut().as_pin_mut() {
            Some(sleep) => sleep.poll(cx).is_ready(),
            None => false,
        };
        if !due {
            return false;
        }
        let now = self.link.now();
        let link = self.link;
        link.with(|core| {
            let next = core.tick(now);
            self.arm(next);
            self.run_commands(core);
        });
        true
    }

    /// The first poll of an invocation: the `Running step` line. Printed
    /// here, not when it is made, so the lines of steps that start
    /// together interleave as in the Python original.
    fn announce(&mut self, invocation: &Invocation<'_>) {
        let name = self.routing.steps()[invocation.step as usize].name;
        if let Some(out) = &mut self.out.verbose {
            let _ = writeln!(out, "Running step {name}");
        }
    }

    /// The machine finished the run.
    fn end(
        &mut self,
        result: Result<DynEvent, Box<WorkflowError>>,
        cx: &mut TaskContext<'_>,
    ) -> Result<W::Output, WorkflowError> {
        let stop = result.map_err(|e| *e)?;
        // Invocations already started in the pass that stopped the run are
        // polled once, as the Python original lets them run; what they
        // return is dropped.
        while let Some(mut invocation) = self.fresh.pop_front() {
            self.announce(&invocation);
            if let Poll::Ready((_, step, Outcome::Emitted(emitted))) =
                Pin::new(&mut invocation).poll(cx)
            {
                if let Some(out) = &mut self.out.verbose {
                    print_produced(out, self.routing.steps()[step as usize].name, &emitted);
                }
            }
        }
        if let Some(stream) = self.out.stream.take() {
            let _ = stream.send(stop.clone());
        }
        match stop.downcast::<StopEvent<W::Output>>() {
            Ok(stop) => Ok(stop.result),
            Err(ev) => unreachable!("the machine stops only on the stop event, got {ev:?}"),
        }
    }
}

/// A lock on the recorder (one whose holder panicked is still good: it
/// only holds what was recorded).
fn lock(recorder: &Mutex<Recorder>) -> std::sync::MutexGuard<'_, Recorder> {
    recorder
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn print_produced(out: &mut VerboseWriter, step: &str, emitted: &Emitted<DynEvent>) {
    if emitted.is_empty() {
        let _ = writeln!(out, "Step {step} produced no event");
    }
    for ev in emitted.iter() {
        let _ = writeln!(out, "Step {step} produced event {}", ev.name());
    }
}
