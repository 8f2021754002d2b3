#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

pub use eventflow_core::start;

#[cfg(feature = "sqlite")]
pub use eventflow_core::journal;
/// LLM calls from steps, over async-openai (the `llm` feature, on by
/// default); see [`eventflow_core::llm`].
#[cfg(feature = "llm")]
pub use eventflow_core::llm;
pub use eventflow_core::{
    child, draw, handlers, machine, resource, retry, snapshot, state, testing, BoxError, Budget,
    ChildEvent, Collect, Context, DynEvent, Either, Either3, Event, EventSet, EventStream, Handler,
    HumanResponseEvent, InputRequiredEvent, Provide, Resources, RetryPolicy, Run, RunResult,
    SharedWorkflow, Snapshot, SnapshotError, StartEvent, Stateful, StepContext, StepFailed,
    StepRef, StepStateChanged, StopEvent, Store, WaitFor, Workflow, WorkflowError, WorkflowState,
};

/// What a step may return; named in compiler messages. Implemented for
/// events, unions, `Option`, `Vec` and `Result` of them; not meant to be
/// implemented by hand.
#[doc(inline)]
pub use eventflow_core::StepOutput;

// Named in compiler messages about a step's signature; re-exported so the
// messages name them plainly. Not an API.
#[doc(hidden)]
pub use eventflow_core::context::{
    is_context, AcceptedBy, Awaited, Declared, DeclaredChild, IsContext, Member,
};
#[doc(hidden)]
pub use eventflow_core::graph::child_workflow;
#[doc(hidden)]
pub use eventflow_core::result_type::{same_result, SameResult};
#[doc(hidden)]
pub use eventflow_core::RunsBorrowed;

/// An event type's compile-time identity and role, as `Event::ID` holds
/// them.
pub mod event {
    pub use eventflow_core::event::{EventId, EventKind};
}

/// A workflow's graph as data: every step and event type and how they
/// connect, from the compile-time graph
/// ([`WorkflowGraph::of`](crate::graph::WorkflowGraph::of)), with a JSON,
/// Mermaid, Graphviz DOT and HTML form.
pub mod graph {
    pub use eventflow_core::graph::{
        Edge, EdgeKind, EventRole, Node, NodeKind, NodeRun, RunSummary, WorkflowGraph,
    };
}

/// Marks an inherent impl block as a workflow whose `#[step]` methods are
/// its steps.
///
/// # Input
///
/// ```ignore
/// #[workflow]                      // options: start = MyStartEvent, state = MyState, resources = field, crate = "path::to::eventflow"
/// impl MyFlow {
///     #[step]                      // options: workers = N, emits = [EventType, ..]
///     async fn name(&self, [ctx: &Context,] ev: InputEvents) -> OutputEvents { .. }
/// }
/// ```
///
/// A step takes `&self`, optionally the run's `&Context` (in any position),
/// and one event parameter: an event type or a union (`Either<A, B>`,
/// `Either3<A, B, C>`, an enum deriving [`EventSet`]). It returns an event,
/// a union, `Option<_>` of one ("no event"), `Vec<E>` (fan-out: each event
/// is routed) or `Result<_, E>` of any of these, where `E` converts into
/// `Box<dyn Error + Send + Sync>` (so `?` works).
/// Events sent with `ctx.send_event` are declared with `emits = [..]`.
/// Runs begin with a [`StartEvent`] (keyword data), or with the workflow's
/// own event type named by `#[workflow(start = MyStart)]`: then
/// `run(MyStart { .. })` takes it, typed.
/// A parameter marked `#[resource]` (`#[resource] llm: &Llm`) is filled by
/// the workflow's [`#[resource]`](macro@resource) factory of that type.
/// `#[workflow(state = MyState)]` gives the steps a typed state
/// (`ctx.state()`, `ctx.edit_state(|s| ..)`); see [`state`].
/// Methods without `#[step]` or `#[resource]` stay ordinary methods.
///
/// # What it generates
///
/// The impl block unchanged but for the `#[step]` markers, and, in a
/// `const _: () = { .. };` block: a `const` table of the steps and their
/// event types, one `const` check per graph rule and place, a function per
/// step that turns a routed event into the call, and
/// `impl Workflow for MyFlow` with `type Output` (the `R` of its
/// `StopEvent<R>`) and a routing table built once per type. Set
/// `EVENTFLOW_EXPAND=1` (or `=MyFlow`) while building to print it.
///
/// # Equivalent code without the macro
///
/// For
///
/// ```ignore
/// #[workflow]
/// impl Flow {
///     #[step]
///     async fn first(&self, ev: StartEvent) -> Result<Query, WorkflowError> {
///         Ok(Query(ev.get("q")?))
///     }
///
///     #[step]
///     async fn second(&self, ev: Query) -> StopEvent<String> {
///         StopEvent::new(ev.0.to_uppercase())
///     }
/// }
/// ```
///
/// the macro writes the code below (this example compiles and runs it, and
/// a test checks it is what the macro writes): the impl block as it was,
/// then, in one `const _: () = { .. };`, the graph from the types in the
/// signatures (`__NODES`, `__GRAPH`), one `const` per rule and place,
/// spanned at your tokens (a broken rule is a compile-time panic reported
/// there), a function per step that turns a routed event into the call, and
/// `impl Workflow` with the result type found from the types and the
/// routing table built once from a static step table.
///
#[doc = include_str!("equivalent_code.md")]
///
/// # Errors it reports
///
/// A step that produces an event no step takes:
///
/// ```compile_fail,E0080
/// use eventflow::prelude::*;
/// #[derive(Clone, Serialize, Deserialize, Event)]
/// struct Orphan;
/// struct Flow;
/// #[workflow]
/// impl Flow {
///     #[step]
///     async fn only(&self, ev: StartEvent) -> Either<Orphan, StopEvent<()>> {
///         // error: `Orphan` is produced by step `only` but no step accepts it
///         Either::Right(StopEvent::new(()))
///     }
/// }
/// ```
///
/// A run that can start but never reach `StopEvent`:
///
/// ```compile_fail,E0080
/// use eventflow::prelude::*;
/// #[derive(Clone, Serialize, Deserialize, Event)]
/// struct Ping;
/// #[derive(Clone, Serialize, Deserialize, Event)]
/// struct Pong;
/// struct Flow;
/// // error: no path leads from `StartEvent` to `StopEvent`
/// #[workflow]
/// impl Flow {
///     #[step]
///     async fn begin(&self, ev: StartEvent) -> Ping { Ping }
///     #[step]
///     async fn spin(&self, ev: Ping) -> Ping { Ping }
///     // error: step `echo` can never run (and `finish`, below)
///     #[step]
///     async fn echo(&self, ev: Pong) -> Pong { Pong }
///     #[step]
///     async fn finish(&self, ev: Pong) -> StopEvent<()> { StopEvent::new(()) }
/// }
/// ```
///
/// An event sent through the context that the step does not declare:
///
/// ```compile_fail,E0277
/// use eventflow::prelude::*;
/// #[derive(Clone, Serialize, Deserialize, Event)]
/// struct Work;
/// struct Flow;
/// #[workflow]
/// impl Flow {
///     #[step]
///     async fn dispatch(&self, ctx: &Context, ev: StartEvent) -> Option<StopEvent<()>> {
///         ctx.send_event(Work); // error: this step sends `Work` through the context without declaring it
///         None
///     }
///     #[step]
///     async fn work(&self, ev: Work) -> StopEvent<()> { StopEvent::new(()) }
/// }
/// ```
///
/// A step that is not `async`:
///
/// ```compile_fail
/// use eventflow::prelude::*;
/// struct Flow;
/// #[workflow]
/// impl Flow {
///     #[step]
///     fn only(&self, ev: StartEvent) -> StopEvent<()> { StopEvent::new(()) } // error: step `only` must be async
/// }
/// ```
pub use eventflow_macros::workflow;

/// Marks a step inside a `#[workflow]` impl block; see [`workflow`].
///
/// Options:
///
/// - `workers = N`: how many invocations run at once (4 by default);
/// - `emits = [A, B]`: events the step sends through the context rather
///   than returns, so the checked graph is the graph that runs;
/// - `waits_for = [A]`: events the step awaits with `ctx.wait_for_event()`;
/// - `children = [Writer]`: workflows the step runs as its children with
///   `ctx.run_child(..)`, so the graph and its pictures show them;
/// - `allow(rule, ..)`: rules of the graph the step opts out of;
/// - `retry = RetryPolicy::exponential(Duration::from_millis(100))..`: when
///   a failed attempt runs again ([`RetryPolicy`], a `const` expression);
/// - `timeout = Duration::from_secs(5)`: how long one attempt may take;
/// - `catch = [fetch, parse]` (or `catch` alone for every step), with
///   `recoveries = N` (1 by default): the step is an error handler that
///   receives the [`StepFailed`] of those steps;
/// - `blocking`: a synchronous `fn` step, run on tokio's blocking pool;
/// - `spawn`: each invocation runs as a task of its own, so a
///   multi-thread runtime runs them in parallel.
///
/// A workflow with `blocking` or `spawn` steps runs from an `Arc`
/// (`Arc::new(flow).run(..)`). Outside a `#[workflow]` impl block
/// `#[step]` is an error.
pub use eventflow_macros::step;

/// Marks a resource factory inside a `#[workflow]` impl block, and a step
/// parameter such a factory fills; see [`resource`](mod@resource).
///
/// ```
/// use eventflow::prelude::*;
///
/// struct Config {
///     greeting: String,
/// }
///
/// #[derive(Default)]
/// struct Greeter {
///     resources: Resources,
/// }
///
/// #[workflow(resources = resources)]
/// impl Greeter {
///     /// Read once per workflow value, when a step first asks for it.
///     #[resource]
///     fn config(&self) -> Config {
///         Config { greeting: "hello".into() }
///     }
///
///     #[step]
///     async fn greet(&self, #[resource] config: &Config, ev: StartEvent) -> Result<StopEvent<String>, WorkflowError> {
///         let name: String = ev.get("name")?;
///         Ok(StopEvent::new(format!("{} {name}", config.greeting)))
///     }
/// }
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), WorkflowError> {
/// # assert_eq!(Greeter::default().run(start! { name: "Ferris" }).await?, "hello Ferris");
/// # Ok(())
/// # }
/// ```
///
/// Options on a factory: `#[resource(per_call)]` makes a new resource for
/// every step call that asks. A factory is `fn` or `async fn`, takes
/// `&self` alone and returns the resource or `Result<Resource, E>`. A step
/// asking for a type no factory makes does not compile.
pub use eventflow_macros::resource;

/// Makes a struct or enum an event.
///
/// The type must be `Clone`, `Serialize`, `Deserialize`, `Send`, `Sync` and
/// `'static`; a missing bound is an error at the type's name. Option:
/// `#[event(crate = "path::to::eventflow")]` for a renamed dependency.
pub use eventflow_macros::Event;

/// Makes a struct or an enum an event: `#[event]` adds the derives an
/// event needs (`Clone`, `Serialize`, `Deserialize` through eventflow's own
/// path to serde, so your crate needs no serde dependency, and `Event`),
/// leaving out those the type derives already.
///
/// ```
/// use eventflow::prelude::*;
///
/// #[event]
/// #[derive(Debug)]
/// struct Query {
///     text: String,
/// }
///
/// #[event(name = "billing.Invoice", human_response)]
/// struct Invoice(u32);
/// ```
///
/// Options (the same as for `#[derive(Event)]`, written after the derive):
/// `name = ".."` (the stable name snapshots store the event under; the
/// type's path by default), `input_required` or `human_response` (a
/// question for, or an answer from, the outside world), and
/// `crate = "path::to::eventflow"` for a renamed dependency.
pub use eventflow_macros::event;
/// Makes an enum whose variants each hold one event a union of events, for
/// a step that accepts or returns any of them.
///
/// ```
/// use eventflow::prelude::*;
///
/// #[derive(Debug, Clone, Serialize, Deserialize, Event)]
/// struct Query(String);
///
/// #[derive(EventSet)]
/// enum Incoming {
///     Start(StartEvent),
///     Query(Query),
/// }
/// ```
pub use eventflow_macros::EventSet;

/// The names a workflow module needs: `use eventflow::prelude::*;`.
pub mod prelude {
    pub use crate::{
        event, resource, start, step, workflow, ChildEvent, Context, Either, Either3, Event,
        EventSet, HumanResponseEvent, InputRequiredEvent, Resources, RetryPolicy, SharedWorkflow,
        StartEvent, StepFailed, StopEvent, Workflow, WorkflowError,
    };
    pub use serde::{Deserialize, Serialize};
}

#[doc(hidden)]
pub use eventflow_core::__private;
