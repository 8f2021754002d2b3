//! The options of `#[step(..)]` and `#[workflow(..)]`.

use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, Ident, LitStr, Path, Token, Type};

use crate::ctxt::Ctxt;

/// Workers per step when `#[step]` does not say.
pub const DEFAULT_WORKERS: usize = 4;

/// Whether `attr` is `#[step]` or `#[step(..)]`, matched by its last path
/// segment so `#[eventflow::step]` counts too.
pub fn is_step_attr(attr: &Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|seg| seg.ident == "step")
}

/// Whether `attr` is `#[resource]` or `#[resource(..)]` (a factory, or a
/// step parameter filled by one), matched by its last path segment.
pub fn is_resource_attr(attr: &Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|seg| seg.ident == "resource")
}

/// Whether a `#[resource]` factory's attribute says `per_call`; any other
/// argument is an error.
pub fn resource_per_call(attr: &Attribute) -> syn::Result<bool> {
    match &attr.meta {
        syn::Meta::Path(_) => Ok(false),
        _ => {
            let option: Ident = attr.parse_args().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    "`#[resource]` takes one option, `per_call` (a new resource for every step call); without it a resource is made once per workflow value",
                )
            })?;
            if option == "per_call" {
                Ok(true)
            } else {
                Err(syn::Error::new(
                    option.span(),
                    format!("unknown resource option `{option}`; the option is `per_call` (a new resource for every step call); without it a resource is made once per workflow value"),
                ))
            }
        }
    }
}

/// Options of one `#[step(..)]`.
pub struct StepOptions {
    pub workers: usize,
    /// Event types the step sends through the context.
    pub emits: Vec<Type>,
    /// Event types the step waits for with `ctx.wait_for_event()`.
    pub waits_for: Vec<Type>,
    /// Workflow types the step runs as children with `ctx.run_child(..)`.
    pub children: Vec<Type>,
    /// The rules the step opts out of (`allow(..)`), as bits.
    pub allow: u8,
    /// `retry = <policy>`: a `const` expression of type `RetryPolicy`.
    pub retry: Option<Expr>,
    /// `timeout = <duration>`: a `const` expression of type `Duration`.
    pub timeout: Option<Expr>,
    /// `catch` or `catch = [steps]`: the step is an error handler.
    pub catch: Option<Catch>,
    /// `recoveries = N`, for an error handler.
    pub recoveries: Option<u32>,
    /// Where the step's invocations run.
    pub mode: Mode,
    /// `blocking` and `spawn` were both given (an error already reported:
    /// whether the step is `async` is not checked again).
    pub mode_conflict: bool,
    /// `take = N`: a fan-in's quorum, with the `take` token.
    pub take: Option<(Ident, u32)>,
}

/// Whose failures an error handler takes.
pub enum Catch {
    /// `catch`: every step no other handler names; the `catch` token.
    All(Ident),
    /// `catch = [a, b]`: these steps.
    Steps(Vec<Ident>),
}

/// Where a step's invocations run.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Polled inside the run's future.
    Inline,
    /// `blocking`: a plain `fn` on tokio's blocking pool.
    Blocking,
    /// `spawn`: each invocation a task of its own.
    Spawn,
}

/// The rules a step or workflow may opt out of, and their bits (the same
/// as `eventflow::graph::allow`).
const RULES: &[(&str, u8)] = &[
    ("dead_end", 1),
    ("unreachable", 2),
    ("unconsumed", 4),
    ("unproduced", 8),
];

/// `allow(rule, ..)`: the bits of the rules named.
fn parse_allow(input: ParseStream) -> syn::Result<u8> {
    let content;
    syn::parenthesized!(content in input);
    let names = Punctuated::<syn::Ident, Token![,]>::parse_terminated(&content)?;
    let mut bits = 0;
    for name in names {
        match RULES.iter().find(|(rule, _)| name == rule) {
            Some((_, bit)) => bits |= bit,
            None => {
                let known: Vec<String> = RULES.iter().map(|(r, _)| format!("`{r}`")).collect();
                return Err(syn::Error::new(
                    name.span(),
                    format!(
                        "unknown rule `{name}` in `allow(..)`; a step or workflow may allow {}",
                        known.join(", ")
                    ),
                ));
            }
        }
    }
    Ok(bits)
}

impl Default for StepOptions {
    fn default() -> Self {
        StepOptions {
            workers: DEFAULT_WORKERS,
            emits: Vec::new(),
            waits_for: Vec::new(),
            children: Vec::new(),
            allow: 0,
            retry: None,
            timeout: None,
            catch: None,
            recoveries: None,
            mode: Mode::Inline,
            mode_conflict: false,
            take: None,
        }
    }
}

/// One `key = value` of `#[step(..)]`, before its value is checked.
enum StepOption {
    Workers(syn::Lit),
    Emits(Punctuated<Type, Token![,]>),
    WaitsFor(Punctuated<Type, Token![,]>),
    /// `children = [..]`: the brackets (where an empty list is reported)
    /// and the types.
    Children(proc_macro2::Span, Punctuated<Type, Token![,]>),
    Allow(u8),
    Retry(Ident, Expr),
    Timeout(Ident, Expr),
    Catch(Ident, Option<Punctuated<Ident, Token![,]>>),
    Recoveries(syn::Lit),
    Blocking(Ident),
    Spawn(Ident),
    Take(Ident, syn::Lit),
}

/// Every option, for the message about an unknown one.
const OPTIONS: &str = "`workers = N`, `emits = [EventType, ..]`, `waits_for = [EventType, ..]`, `children = [WorkflowType, ..]`, `allow(rule, ..)`, `retry = RetryPolicy::..`, `timeout = Duration::..`, `catch` or `catch = [step, ..]` with `recoveries = N`, `blocking`, `spawn`, and `take = N` for a `Vec<E>` fan-in";

impl Parse for StepOption {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let key: syn::Ident = input.parse()?;
        match key.to_string().as_str() {
            "allow" => Ok(StepOption::Allow(parse_allow(input)?)),
            "take" => {
                input.parse::<Token![=]>()?;
                let value: syn::Lit = input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "`take` takes a whole number, for example `take = 3`",
                    )
                })?;
                Ok(StepOption::Take(key, value))
            }
            "workers" => {
                input.parse::<Token![=]>()?;
                let value: syn::Lit = input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "`workers` takes a whole number, for example `workers = 8`",
                    )
                })?;
                Ok(StepOption::Workers(value))
            }
            "emits" | "waits_for" => {
                input.parse::<Token![=]>()?;
                if !input.peek(syn::token::Bracket) {
                    return Err(input.error(format!(
                        "`{key}` takes a list of event types in brackets, for example `{key} = [Work]`"
                    )));
                }
                let content;
                syn::bracketed!(content in input);
                let types = Punctuated::parse_terminated(&content)?;
                Ok(if key == "emits" {
                    StepOption::Emits(types)
                } else {
                    StepOption::WaitsFor(types)
                })
            }
            "children" => {
                input.parse::<Token![=]>()?;
                if !input.peek(syn::token::Bracket) {
                    return Err(input.error(
                        "`children` takes a list of workflow types in brackets, for example `children = [Writer]`",
                    ));
                }
                let content;
                let brackets = syn::bracketed!(content in input);
                let mut types = Punctuated::new();
                while !content.is_empty() {
                    let ty: Type = content.parse().map_err(|e| {
                        syn::Error::new(
                            e.span(),
                            "expected a workflow type: `children` lists the types of the workflows the step runs with `ctx.run_child(..)`, for example `children = [Writer, Reviewer]`",
                        )
                    })?;
                    types.push_value(ty);
                    if content.is_empty() {
                        break;
                    }
                    types.push_punct(content.parse::<Token![,]>()?);
                }
                Ok(StepOption::Children(brackets.span.join(), types))
            }
            "retry" | "timeout" => {
                input.parse::<Token![=]>()?;
                let value: Expr = input.parse()?;
                Ok(if key == "retry" {
                    StepOption::Retry(key, value)
                } else {
                    StepOption::Timeout(key, value)
                })
            }
            "catch" => {
                if !input.peek(Token![=]) {
                    return Ok(StepOption::Catch(key, None));
                }
                input.parse::<Token![=]>()?;
                if !input.peek(syn::token::Bracket) {
                    return Err(input.error(
                        "`catch` takes a list of steps in brackets, `catch = [fetch, parse]`, or nothing (`catch` alone catches every step)",
                    ));
                }
                let content;
                syn::bracketed!(content in input);
                Ok(StepOption::Catch(
                    key,
                    Some(Punctuated::parse_terminated(&content)?),
                ))
            }
            "recoveries" => {
                input.parse::<Token![=]>()?;
                let value: syn::Lit = input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "`recoveries` takes a whole number, for example `recoveries = 3`",
                    )
                })?;
                Ok(StepOption::Recoveries(value))
            }
            "blocking" => Ok(StepOption::Blocking(key)),
            "spawn" => Ok(StepOption::Spawn(key)),
            other => Err(syn::Error::new(
                key.span(),
                format!("unknown step option `{other}`; the options are {OPTIONS}"),
            )),
        }
    }
}

/// Read the options of a `#[step]` attribute: whether they are all good
/// (problems go to `cx`), and what could be read (so later checks of the
/// step do not report a second error for the same mistake).
pub fn step_options(cx: &mut Ctxt, attr: &Attribute) -> (bool, StepOptions) {
    let mut options = StepOptions::default();
    if matches!(attr.meta, syn::Meta::Path(_)) {
        return (true, options);
    }
    let mut bad = false;
    let parsed = attr.parse_args_with(Punctuated::<StepOption, Token![,]>::parse_terminated);
    let list = match parsed {
        Ok(list) => list,
        Err(e) => {
            cx.push(e);
            return (false, options);
        }
    };
    let (mut seen_workers, mut seen_emits, mut seen_waits) = (false, false, false);
    let mut seen_children = false;
    for option in list {
        match option {
            StepOption::Take(key, lit) => {
                let number = match &lit {
                    syn::Lit::Int(int) => int.base10_parse::<u32>(),
                    other => Err(syn::Error::new(other.span(), "not a number")),
                };
                match number {
                    _ if options.take.is_some() => {
                        error(cx, &mut bad, &key, "`take` is given twice")
                    }
                    Ok(0) => error(
                        cx,
                        &mut bad,
                        &lit,
                        "`take = 0` would fire before anything arrives; a quorum is 1 or more (`take = 3` fires on the third arrival)",
                    ),
                    Ok(n) => options.take = Some((key, n)),
                    Err(_) => error(
                        cx,
                        &mut bad,
                        &lit,
                        "`take` takes a whole number, for example `take = 3`",
                    ),
                }
            }
            StepOption::Workers(lit) => {
                if std::mem::replace(&mut seen_workers, true) {
                    error(cx, &mut bad, &lit, "`workers` is given twice");
                }
                let number = match &lit {
                    syn::Lit::Int(int) => int.base10_parse::<usize>(),
                    other => Err(syn::Error::new(other.span(), "not a number")),
                };
                match number {
                    Ok(0) => error(
                        cx,
                        &mut bad,
                        &lit,
                        "`workers = 0` would never run the step; use 1 or more (the default is 4)",
                    ),
                    Ok(n) => options.workers = n,
                    Err(_) => error(
                        cx,
                        &mut bad,
                        &lit,
                        "`workers` takes a whole number, for example `workers = 8`",
                    ),
                }
            }
            StepOption::Emits(types) => {
                if std::mem::replace(&mut seen_emits, true) {
                    error(
                        cx,
                        &mut bad,
                        &types,
                        "`emits` is given twice; list all types in one `emits = [..]`",
                    );
                }
                options.emits.extend(types);
            }
            StepOption::WaitsFor(types) => {
                if std::mem::replace(&mut seen_waits, true) {
                    error(
                        cx,
                        &mut bad,
                        &types,
                        "`waits_for` is given twice; list all types in one `waits_for = [..]`",
                    );
                }
                options.waits_for.extend(types);
            }
            StepOption::Children(brackets, types) => {
                if std::mem::replace(&mut seen_children, true) {
                    cx.push(syn::Error::new(
                        brackets,
                        "`children` is given twice; list all child workflows in one `children = [..]`",
                    ));
                    bad = true;
                } else if types.is_empty() {
                    cx.push(syn::Error::new(
                        brackets,
                        "`children = []` names no workflow: list the workflows this step runs with `ctx.run_child(..)`, for example `children = [Writer]`, or remove `children`",
                    ));
                    bad = true;
                }
                options.children.extend(types);
            }
            StepOption::Allow(bits) => options.allow |= bits,
            StepOption::Retry(key, expr) => {
                if options.retry.replace(expr).is_some() {
                    error(cx, &mut bad, &key, "`retry` is given twice");
                }
            }
            StepOption::Timeout(key, expr) => {
                if options.timeout.replace(expr).is_some() {
                    error(cx, &mut bad, &key, "`timeout` is given twice");
                }
            }
            StepOption::Catch(key, list) => {
                let catch = match list {
                    None => Catch::All(key.clone()),
                    Some(list) if list.is_empty() => {
                        error(cx, &mut bad,
                            &key,
                            "`catch = []` names no step: name the steps whose failures this handler takes, or write `catch` alone for every step",
                        );
                        continue;
                    }
                    Some(list) => Catch::Steps(list.into_iter().collect()),
                };
                if options.catch.replace(catch).is_some() {
                    error(
                        cx,
                        &mut bad,
                        &key,
                        "`catch` is given twice; name all steps in one `catch = [..]`",
                    );
                }
            }
            StepOption::Recoveries(lit) => {
                let number = match &lit {
                    syn::Lit::Int(int) => int.base10_parse::<u32>().ok(),
                    _ => None,
                };
                match number {
                    Some(0) => error(cx, &mut bad,
                        &lit,
                        "`recoveries = 0` would never let the handler run; use 1 or more (the default is 1)",
                    ),
                    Some(n) => {
                        if options.recoveries.replace(n).is_some() {
                            error(cx, &mut bad, &lit, "`recoveries` is given twice");
                        }
                    }
                    None => error(cx, &mut bad,
                        &lit,
                        "`recoveries` takes a whole number, for example `recoveries = 3`",
                    ),
                }
            }
            StepOption::Blocking(key) => set_mode(cx, &mut options, Mode::Blocking, &key, &mut bad),
            StepOption::Spawn(key) => set_mode(cx, &mut options, Mode::Spawn, &key, &mut bad),
        }
    }
    if let (Some(_), None) = (options.recoveries, &options.catch) {
        cx.error_spanned_by(
            attr,
            "`recoveries` is the budget of an error handler: add `catch = [step, ..]` (or `catch`) to this step, or remove `recoveries`",
        );
        bad = true;
    }
    (!bad, options)
}

/// Record an error at `tokens`; the options are then bad.
fn error(cx: &mut Ctxt, bad: &mut bool, tokens: &dyn quote::ToTokens, msg: &str) {
    cx.error_spanned_by(tokens, msg);
    *bad = true;
}

fn set_mode(cx: &mut Ctxt, options: &mut StepOptions, new: Mode, key: &Ident, bad: &mut bool) {
    let message = match (options.mode, new) {
        (Mode::Inline, _) => {
            options.mode = new;
            return;
        }
        (Mode::Blocking, Mode::Blocking) | (Mode::Spawn, Mode::Spawn) => {
            format!("`{key}` is given twice")
        }
        _ => {
            options.mode_conflict = true;
            "`blocking` and `spawn` exclude each other: a `blocking` step already runs on a thread of its own (use `spawn` for an `async fn`, `blocking` for a plain `fn`)".to_owned()
        }
    };
    cx.error_spanned_by(key, message);
    *bad = true;
}

/// Options of `#[workflow(..)]`.
pub struct WorkflowOptions {
    /// Path to the `eventflow` crate in generated code.
    pub krate: Path,
    /// The workflow's own start event type, if not `StartEvent`.
    pub start: Option<Type>,
    /// The rules every step opts out of (`allow(..)`), as bits.
    pub allow: u8,
    /// `state = MyState`: the workflow's typed state.
    pub state: Option<Type>,
    /// `resources = field`: the workflow's field that keeps the resources
    /// it has made.
    pub resources: Option<syn::Member>,
}

impl Parse for WorkflowOptions {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut options = WorkflowOptions {
            krate: syn::parse_quote!(::eventflow),
            start: None,
            allow: 0,
            state: None,
            resources: None,
        };
        while !input.is_empty() {
            let key: syn::Ident = if input.peek(Token![crate]) {
                let token: Token![crate] = input.parse()?;
                syn::Ident::new("crate", token.span)
            } else {
                input.parse()?
            };
            if key == "allow" {
                options.allow |= parse_allow(input)?;
                if !input.is_empty() {
                    input.parse::<Token![,]>()?;
                }
                continue;
            }
            input.parse::<Token![=]>()?;
            match key.to_string().as_str() {
                "crate" => {
                    let lit: LitStr = input.parse()?;
                    options.krate = lit.parse()?;
                }
                "start" => options.start = Some(input.parse()?),
                "state" => options.state = Some(input.parse()?),
                "resources" => {
                    options.resources = Some(input.parse().map_err(|e| {
                        syn::Error::new(
                            e.span(),
                            "`resources` names the workflow's field of type `eventflow::Resources` that keeps its resources: `resources = cache`",
                        )
                    })?)
                }
                other => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!("unknown workflow option `{other}`; the options are `start = MyStartEvent`, `state = MyState`, `resources = field`, `allow(rule, ..)` and `crate = \"path::to::eventflow\"`"),
                    ))
                }
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(options)
    }
}
