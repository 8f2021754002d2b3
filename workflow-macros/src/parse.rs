//! From the `#[workflow]` impl block to the model: the steps, their
//! parameters and the event types in their signatures. Malformed steps are
//! reported here, each at the user's token.

use syn::spanned::Spanned;
use syn::{
    FnArg, GenericArgument, ImplItem, ImplItemFn, ItemImpl, PathArguments, ReturnType, Type,
};

use crate::attr::{is_resource_attr, is_step_attr, resource_per_call, step_options, Catch, Mode};
use crate::ctxt::Ctxt;
use crate::expand;
use quote::ToTokens;

/// A `#[workflow]` impl block, read.
pub struct Workflow {
    /// The type the impl is for.
    pub self_ty: Type,
    /// The steps, sorted by name.
    pub steps: Vec<Step>,
    /// The `#[resource]` factories, in the order written.
    pub factories: Vec<Factory>,
}

/// A `#[resource]` method: a factory of a resource steps can ask for.
pub struct Factory {
    pub name: syn::Ident,
    /// The resource type: the return type, or `T` of `Result<T, E>`.
    pub ty: Type,
    /// Whether it returns `Result<T, E>`.
    pub fallible: bool,
    pub is_async: bool,
    /// `#[resource(per_call)]`: made for every step call that asks.
    pub per_call: bool,
    /// The `#[resource]` attribute, where errors about the factory as a
    /// whole point.
    pub attr: syn::Attribute,
}

/// How a step parameter is filled.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Arg {
    /// The run's context (`ctx: &Context`).
    Context,
    /// The `i`-th event parameter (a join has several).
    Event(usize),
    /// A resource (`#[resource] llm: &Llm`): the index in
    /// [`Step::resources`].
    Resource(usize),
}

/// One `#[step]` method.
pub struct Step {
    pub name: syn::Ident,
    pub workers: usize,
    /// The parameters after `&self`, in the user's order.
    pub args: Vec<Arg>,
    /// The (first) event parameter's type; for a fan-in, `E` of `Vec<E>`.
    pub input: Type,
    /// Every event parameter's type, in order: more than one is a join.
    pub inputs: Vec<Type>,
    /// The event parameter is `Vec<E>`: a fan-in (`input` is `E`).
    pub fan_in: bool,
    /// `#[step(take = N)]`: the fan-in's quorum.
    pub take: Option<u32>,
    /// The members of `input` as written (`Either<A, B>` gives `A`, `B`),
    /// so checks can point at each.
    pub input_members: Vec<Type>,
    /// The return type.
    pub output: Type,
    /// The event types written in the return type, unwrapped from
    /// `Option`, `Result` and `Either`.
    pub output_members: Vec<Type>,
    /// The event types of `#[step(emits = [..])]`, sent through the context.
    pub emits: Vec<Type>,
    /// The event types of `#[step(waits_for = [..])]`, awaited in the body.
    pub waits_for: Vec<Type>,
    /// The workflow types of `#[step(children = [..])]`, run as children
    /// in the body.
    pub children: Vec<Type>,
    /// The context parameter's type as written (behind its `&`).
    pub context: Option<Type>,
    /// The types of its resource parameters (behind their `&`), in order.
    pub resources: Vec<Type>,
    /// The rules the step opts out of, as bits (the workflow's included).
    pub allow: u8,
    /// The predicates of the step's `#[cfg(..)]` attributes: with one
    /// false, the step is not part of the workflow.
    pub cfg: Vec<proc_macro2::TokenStream>,
    /// `retry = ..`: the retry policy expression.
    pub retry: Option<syn::Expr>,
    /// `timeout = ..`: the timeout expression.
    pub timeout: Option<syn::Expr>,
    /// `catch ..`: the step is an error handler for these steps.
    pub catch: Option<Catch>,
    /// `recoveries = N` of an error handler.
    pub recoveries: Option<u32>,
    /// Where its invocations run.
    pub mode: Mode,
}

impl Step {
    /// Whether the step is an error handler.
    pub fn is_handler(&self) -> bool {
        self.catch.is_some()
    }

    /// Whether its invocations run on a task or thread of their own.
    pub fn is_spawned(&self) -> bool {
        !matches!(self.mode, Mode::Inline)
    }
}

/// Method names a step cannot have: they would hide the `Workflow` trait's.
const RESERVED: &[&str] = &["run", "resume"];

/// Whether a typed receiver is `&Self` (`self: &Self`).
fn is_shared_self(ty: &Type) -> bool {
    matches!(ty, Type::Reference(r) if r.mutability.is_none() && matches!(&*r.elem, Type::Path(p) if p.path.is_ident("Self")))
}

/// Read the impl block. Returns `None` when it is not a workflow at all;
/// step problems are recorded in `cx` and the step is left out.
///
/// A context parameter's type is replaced by `&StepContext<'_, S, A, Self, K>`,
/// `S` listing the event types the step may send (its output members and
/// its `emits`), `A` those it may wait for and `K` the child workflows it
/// may run, so sending, waiting for or running anything else does not
/// compile.
pub fn workflow(cx: &mut Ctxt, item: &mut ItemImpl, krate: &syn::Path) -> Option<Workflow> {
    let mut ok = true;
    if let Some((_, path, _)) = &item.trait_ {
        cx.error_spanned_by(
            path,
            "`#[workflow]` goes on an inherent impl block (`impl MyFlow { .. }`), not on a trait impl",
        );
        ok = false;
    }
    if !item.generics.params.is_empty() {
        cx.error_spanned_by(
            &item.generics,
            "a workflow cannot be generic: write `#[workflow]` on an impl of a concrete type",
        );
        ok = false;
    }
    let mut steps = Vec::new();
    // Every step's name, also of steps with mistakes: a handler naming
    // one of those names a step.
    let mut names = Vec::new();
    let mut factories: Vec<Factory> = Vec::new();
    for impl_item in &mut item.items {
        let ImplItem::Fn(method) = impl_item else {
            continue;
        };
        if let Some(pos) = method.attrs.iter().position(is_resource_attr) {
            let attr = method.attrs.remove(pos);
            let path = attr.path();
            method
                .attrs
                .push(syn::parse_quote_spanned!(attr.span()=> #[#path(__read_by_workflow)]));
            if method.attrs.iter().any(is_step_attr) {
                cx.error_spanned_by(
                    &attr,
                    "a method is a step or a resource factory, not both: remove `#[resource]` or `#[step]`",
                );
                ok = false;
                continue;
            }
            match factory(cx, attr, method) {
                Some(f) => {
                    let written = expand::written(&f.ty);
                    if let Some(first) =
                        factories.iter().find(|g| expand::written(&g.ty) == written)
                    {
                        cx.error_spanned_by(
                            &f.ty,
                            format!("`{}` and `{}` both make a `{written}`: a step asks for a resource by its type, so one factory per type", first.name, f.name),
                        );
                        ok = false;
                    } else {
                        factories.push(f);
                    }
                }
                None => ok = false,
            }
            continue;
        }
        let Some(pos) = method.attrs.iter().position(is_step_attr) else {
            continue;
        };
        let attr = method.attrs.remove(pos);
        names.push(method.sig.ident.clone());
        while let Some(extra) = method.attrs.iter().position(is_step_attr) {
            let dup = method.attrs.remove(extra);
            cx.error_spanned_by(&dup, "`#[step]` is given twice on this method");
        }
        // Left in place, inert, under the path the user wrote: the name
        // they imported to write it is used, so no unused-import warning.
        let path = attr.path();
        method
            .attrs
            .push(syn::parse_quote_spanned!(attr.span()=> #[#path(__read_by_workflow)]));
        if let Some(step) = step(cx, &attr, method, krate) {
            steps.push(step);
        } else {
            ok = false;
        }
    }
    if ok && steps.is_empty() {
        cx.error_spanned_by(
            &item.self_ty,
            "this workflow has no steps: mark its async methods with `#[step]`",
        );
        ok = false;
    }
    ok &= check_handlers(cx, &steps, &names);
    steps.sort_by_key(|s| s.name.to_string());
    ok.then(|| Workflow {
        self_ty: (*item.self_ty).clone(),
        steps,
        factories,
    })
}

/// Read a `#[resource]` method: `[async] fn name(&self) -> T` or
/// `-> Result<T, E>`.
fn factory(cx: &mut Ctxt, attr: syn::Attribute, method: &ImplItemFn) -> Option<Factory> {
    let sig = &method.sig;
    let name = &sig.ident;
    let mut ok = true;
    let per_call = match resource_per_call(&attr) {
        Ok(per_call) => per_call,
        Err(e) => {
            cx.push(e);
            ok = false;
            false
        }
    };
    if !sig.generics.params.is_empty() || sig.generics.where_clause.is_some() {
        cx.error_spanned_by(
            &sig.generics,
            format!(
                "resource factory `{name}` cannot be generic: steps ask for a resource by its type"
            ),
        );
        ok = false;
    }
    let takes_ref_self = matches!(
        sig.inputs.first(),
        Some(FnArg::Receiver(r)) if (r.reference.is_some() && r.mutability.is_none() && r.colon_token.is_none()) || (r.colon_token.is_some() && is_shared_self(&r.ty))
    );
    if !takes_ref_self || sig.inputs.len() != 1 {
        cx.error_spanned_by(
            &sig.inputs,
            format!("resource factory `{name}` takes `&self` and nothing else: `fn {name}(&self) -> MyResource`"),
        );
        ok = false;
    }
    let ReturnType::Type(_, output) = &sig.output else {
        cx.error_spanned_by(
            name,
            format!("resource factory `{name}` returns nothing: return the resource (`-> Llm`), or `Result<Llm, E>` if making it can fail"),
        );
        return None;
    };
    let (ty, fallible) = match result_ok(output) {
        Some(ok) => (ok.clone(), true),
        None => ((**output).clone(), false),
    };
    ok.then(|| Factory {
        name: name.clone(),
        ty,
        fallible,
        is_async: sig.asyncness.is_some(),
        per_call,
        attr,
    })
}

/// `T` of a type written `Result<T, E>` (or `Result<T>`, an alias).
fn result_ok(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

fn step(
    cx: &mut Ctxt,
    attr: &syn::Attribute,
    method: &mut ImplItemFn,
    krate: &syn::Path,
) -> Option<Step> {
    let (mut ok, options) = step_options(cx, attr);
    let mut fail = |cx: &mut Ctxt, tokens: &dyn quote::ToTokens, msg: String| {
        cx.error_spanned_by(tokens, msg);
        ok = false;
    };
    let sig = &method.sig;
    let name = sig.ident.clone();
    if RESERVED.contains(&name.to_string().as_str()) {
        fail(
            cx,
            &sig.ident,
            format!("a step cannot be named `{name}`: it would hide `Workflow::{name}`, so `MyFlow.{name}(..)` would call the step instead of the engine; rename the step"),
        );
    }
    match (options.mode, &sig.asyncness) {
        // `blocking` and `spawn` both given: that is the error reported.
        _ if options.mode_conflict => {}
        (Mode::Blocking, Some(token)) => fail(
            cx,
            token,
            format!("step `{name}` is `blocking`: it is a plain `fn`, run on tokio's blocking pool; remove `async` (or remove `blocking` and keep the step async)"),
        ),
        (Mode::Blocking, None) => {}
        (_, None) => fail(
            cx,
            &sig.fn_token,
            format!("step `{name}` must be async: write `async fn {name}(..)` (a synchronous step that blocks its thread is `#[step(blocking)] fn {name}(..)`)"),
        ),
        (_, Some(_)) => {}
    }
    if !sig.generics.params.is_empty() || sig.generics.where_clause.is_some() {
        fail(
            cx,
            &sig.generics,
            format!("step `{name}` cannot be generic: its event types must be known for the workflow graph"),
        );
    }
    let mut params = sig.inputs.iter().peekable();
    if let Some(FnArg::Receiver(_)) = params.peek() {
        params.next();
    }
    match sig.inputs.first() {
        Some(FnArg::Receiver(r)) if r.reference.is_some() && r.mutability.is_none() && r.colon_token.is_none() => {}
        Some(FnArg::Receiver(r)) if r.colon_token.is_some() && is_shared_self(&r.ty) => {}
        Some(FnArg::Receiver(r)) => fail(
            cx,
            r,
            format!("step `{name}` takes `&self`: steps share the workflow value, so `self`, `mut self` and `&mut self` are not allowed (keep mutable state in `ctx.store`)"),
        ),
        _ => fail(
            cx,
            &sig.ident,
            format!("step `{name}` takes `&self` first: write `async fn {name}(&self, ev: SomeEvent)`"),
        ),
    }
    let mut args = Vec::new();
    let mut inputs: Vec<Type> = Vec::new();
    let mut context_at = None;
    let mut context_ty = None;
    let receiver = usize::from(matches!(sig.inputs.first(), Some(FnArg::Receiver(_))));
    let mut resources = Vec::new();
    let mut resource_attrs = Vec::new();
    for (at, arg) in params.enumerate() {
        let FnArg::Typed(pat) = arg else { continue };
        if let Some(attr) = pat.attrs.iter().find(|a| is_resource_attr(a)) {
            resource_attrs.push(at + receiver);
            if !matches!(attr.meta, syn::Meta::Path(_)) {
                fail(
                    cx,
                    attr,
                    format!("step `{name}` marks a resource parameter with `#[resource]` alone: how a resource is made (`per_call` or not) is said on its factory"),
                );
            }
            match &*pat.ty {
                Type::Reference(r) if r.mutability.is_none() => {
                    args.push(Arg::Resource(resources.len()));
                    resources.push((*r.elem).clone());
                }
                other => {
                    let written = match other {
                        Type::Reference(r) => (*r.elem).to_token_stream(),
                        _ => other.to_token_stream(),
                    };
                    fail(
                        cx,
                        &pat.ty,
                        format!(
                            "step `{name}` takes a resource by shared reference: `&{}` (a resource may be shared by every step of the workflow)",
                            written.to_string().replace(' ', "")
                        ),
                    );
                }
            }
            continue;
        }
        if let Type::Reference(r) = &*pat.ty {
            context_at = Some(at + receiver);
            // Any spelling of the context (an alias too); the generated code
            // checks the type is the context, at this token.
            context_ty = Some((*r.elem).clone());
            if args.contains(&Arg::Context) {
                fail(
                    cx,
                    &pat.ty,
                    format!(
                        "step `{name}` has two context parameters; one `ctx: &Context` is enough"
                    ),
                );
            } else if r.mutability.is_some() {
                fail(
                    cx,
                    &pat.ty,
                    format!("step `{name}` takes the context as `&Context`, not `&mut Context`"),
                );
            }
            args.push(Arg::Context);
        } else if is_context(&pat.ty) {
            fail(
                cx,
                &pat.ty,
                format!("step `{name}` takes the context by value; take it by reference: `ctx: &Context`"),
            );
        } else {
            args.push(Arg::Event(inputs.len()));
            inputs.push((*pat.ty).clone());
        }
    }
    for at in resource_attrs {
        if let FnArg::Typed(pat) = &mut method.sig.inputs[at] {
            pat.attrs.retain(|a| !is_resource_attr(a));
        }
    }
    let sig = &method.sig;
    let fan_in = match inputs.as_slice() {
        [only] => vec_element(only).cloned(),
        _ => None,
    };
    if inputs.len() > 1 {
        for ty in inputs.iter().filter(|t| vec_element(t).is_some()) {
            fail(
                cx,
                ty,
                format!("step `{name}` is a join (it has several event parameters), and a join takes one event per parameter; a fan-in `Vec<E>` must be a step's only event parameter: move it to a step of its own"),
            );
        }
        if inputs.len() > 64 {
            fail(
                cx,
                &sig.ident,
                format!("step `{name}` joins more than 64 events; join at most 64"),
            );
        }
    }
    if let (Some((take, _)), None) = (&options.take, &fan_in) {
        fail(
            cx,
            take,
            format!("`take = N` is the quorum of a fan-in: step `{name}` fires on the N-th arrival of its `Vec<E>` parameter, so its event parameter must be `Vec<E>`"),
        );
    }
    if let Some(element) = &fan_in {
        inputs[0] = element.clone();
    }
    let Some(input) = inputs.first().cloned() else {
        // A reference to something other than the context, and no event
        // by value: the event, taken by reference.
        match &context_ty {
            Some(ty) if !is_context(ty) => fail(
                cx,
                ty,
                format!(
                    "step `{name}` takes its event by reference; take it by value: `ev: {}`",
                    quote::ToTokens::to_token_stream(ty).to_string().replace(' ', "")
                ),
            ),
            _ => fail(
                cx,
                &sig.ident,
                format!("step `{name}` has no event parameter: add the event it handles, for example `ev: StartEvent`"),
            ),
        }
        return None;
    };
    let output = match &sig.output {
        ReturnType::Type(_, ty) => (**ty).clone(),
        ReturnType::Default => {
            fail(
                cx,
                &sig.ident,
                format!("step `{name}` returns nothing: return the event it produces, `Option<_>` of one for \"no event\", or `StopEvent<R>` to end the run"),
            );
            return None;
        }
    };
    let mut output_members = Vec::new();
    members(
        &output,
        &["Option", "Result", "Vec", "Either", "Either3"],
        &mut output_members,
    );
    let mut input_members = Vec::new();
    for input in &inputs {
        members(input, &["Either", "Either3"], &mut input_members);
    }
    if !ok {
        return None;
    }
    if let Some(at) = context_at {
        let declared = type_list(output_members.iter().chain(&options.emits));
        let awaited = type_list(options.waits_for.iter());
        let children = type_list(options.children.iter());
        if let FnArg::Typed(pat) = &mut method.sig.inputs[at] {
            // Spanned at the macro, not at the user's `&Context`: lints
            // about the length of a type (clippy's `type_complexity`)
            // are about what the user wrote, and the user wrote `&Context`.
            *pat.ty =
                syn::parse_quote!(&#krate::StepContext<'_, #declared, #awaited, Self, #children>);
        }
    }
    Some(Step {
        name: name.clone(),
        workers: options.workers,
        args,
        input,
        inputs,
        fan_in: fan_in.is_some(),
        take: options.take.map(|(_, n)| n),
        input_members,
        output,
        output_members,
        emits: options.emits,
        waits_for: options.waits_for,
        children: options.children,
        context: context_ty,
        resources,
        allow: options.allow,
        cfg: method
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("cfg"))
            .filter_map(|a| a.meta.require_list().ok().map(|l| l.tokens.clone()))
            .collect(),
        retry: options.retry,
        timeout: options.timeout,
        catch: options.catch,
        recoveries: options.recoveries,
        mode: options.mode,
    })
}

/// The rules of error handlers, each an error at the user's token: every
/// step a handler names is a step of this workflow and not a handler; no
/// step has two handlers; one catch-all at most. `steps` are in the
/// order written, so the second claim is the one reported; `every_step`
/// names every `#[step]`, also those with mistakes.
fn check_handlers(cx: &mut Ctxt, steps: &[Step], every_step: &[syn::Ident]) -> bool {
    let mut ok = true;
    let mut claimed: Vec<(String, &syn::Ident)> = Vec::new();
    let mut catch_all: Option<&syn::Ident> = None;
    for handler in steps {
        match &handler.catch {
            None => {}
            Some(Catch::All(token)) => {
                if let Some(first) = catch_all {
                    cx.error_spanned_by(
                        token,
                        format!("`{first}` and `{}` both catch every step (`#[step(catch)]`); a workflow has one catch-all handler at most: keep one, and name the steps of the other (`catch = [step, ..]`)", handler.name),
                    );
                    ok = false;
                }
                catch_all.get_or_insert(&handler.name);
            }
            Some(Catch::Steps(names)) => {
                for name in names {
                    let target = steps.iter().find(|s| s.name == *name);
                    let message = match target {
                        None if every_step.contains(name) => continue,
                        None => {
                            let handler_named = |n: &syn::Ident| {
                                steps.iter().any(|s| s.name == *n && s.is_handler())
                            };
                            let mut all: Vec<String> = every_step
                                .iter()
                                .filter(|n| !handler_named(n))
                                .map(|n| format!("`{n}`"))
                                .collect();
                            all.sort();
                            format!("`{name}` is not a step of this workflow, so `{}` cannot catch its failures; the steps it can name are {}", handler.name, all.join(", "))
                        }
                        Some(t) if t.is_handler() => format!("`{name}` is an error handler itself: a handler's own failures are not caught (they fail the run), so `{}` cannot name it in `catch`", handler.name),
                        Some(_) => match claimed.iter().find(|(n, _)| name == n) {
                            Some((_, first)) => format!("step `{name}` already has an error handler, `{first}`: a step's failures go to one handler; remove `{name}` from one of the two `catch` lists"),
                            None => {
                                claimed.push((name.to_string(), &handler.name));
                                continue;
                            }
                        },
                    };
                    cx.error_spanned_by(name, message);
                    ok = false;
                }
            }
        }
    }
    ok
}

/// The types as a type-level list `(A, (B, ()))`, each type once: a type
/// listed twice would make its position in the list ambiguous to the
/// compiler.
pub fn type_list<'a>(types: impl Iterator<Item = &'a Type>) -> proc_macro2::TokenStream {
    let mut seen = std::collections::HashSet::new();
    let unique: Vec<&Type> = types
        .filter(|ty| seen.insert(quote::ToTokens::to_token_stream(ty).to_string()))
        .collect();
    unique
        .iter()
        .rev()
        .fold(quote::quote!(()), |list, ty| quote::quote!((#ty, #list)))
}

/// The event types written inside `ty`, looking through the wrappers named
/// in `wrappers`. `Result` contributes only its first argument.
///
/// This is only for pointing errors at the right token: which types the
/// graph holds is decided by the traits on the types themselves.
fn members(ty: &Type, wrappers: &[&str], out: &mut Vec<Type>) {
    match ty {
        Type::Paren(p) => return members(&p.elem, wrappers, out),
        Type::Group(g) => return members(&g.elem, wrappers, out),
        Type::Path(p) if p.qself.is_none() => {
            if let Some(last) = p.path.segments.last() {
                let name = last.ident.to_string();
                if let (true, PathArguments::AngleBracketed(args)) =
                    (wrappers.contains(&name.as_str()), &last.arguments)
                {
                    let types = args.args.iter().filter_map(|a| match a {
                        GenericArgument::Type(t) => Some(t),
                        _ => None,
                    });
                    let take = if name == "Result" { 1 } else { usize::MAX };
                    for t in types.take(take) {
                        members(t, wrappers, out);
                    }
                    return;
                }
            }
        }
        _ => {}
    }
    out.push(ty.clone());
}

/// `E` of a parameter written `Vec<E>` (any path to `Vec`).
fn vec_element(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != "Vec" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(t) if args.args.len() == 1 => Some(t),
        _ => None,
    }
}

/// Whether a referenced type is spelled as the context (`Context`,
/// `eventflow::Context`, ..). Used only to reject other references early
/// with a clear message.
fn is_context(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Context" && s.arguments.is_none()))
}

/// The span to report whole-workflow errors at.
pub fn workflow_span(wf: &Workflow) -> proc_macro2::Span {
    wf.self_ty.span()
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    fn names(ty: &str, wrappers: &[&str]) -> Vec<String> {
        let ty: Type = syn::parse_str(ty).unwrap();
        let mut out = Vec::new();
        members(&ty, wrappers, &mut out);
        out.iter()
            .map(|t| t.to_token_stream().to_string().replace(' ', ""))
            .collect()
    }

    #[test]
    fn members_look_through_wrappers() {
        let all = ["Option", "Result", "Vec", "Either", "Either3"];
        assert_eq!(
            names("Result<Option<Either<A, m::B>>, E>", &all),
            ["A", "m::B"]
        );
        assert_eq!(names("StopEvent<String>", &all), ["StopEvent<String>"]);
        assert_eq!(names("Result<Vec<Work>, E>", &all), ["Work"]);
        assert_eq!(names("Either3<A, B, C>", &["Either3"]), ["A", "B", "C"]);
        assert_eq!(names("Option<A>", &["Either"]), ["Option<A>"]);
    }

    fn read(src: &str) -> (Option<Workflow>, Option<String>) {
        let mut item: ItemImpl = syn::parse_str(src).unwrap();
        let mut cx = Ctxt::new();
        let wf = workflow(&mut cx, &mut item, &syn::parse_quote!(::eventflow));
        (wf, cx.check().map(|e| e.to_string()))
    }

    #[test]
    fn steps_are_read_sorted_and_stripped() {
        let (wf, errors) = read(
            "impl F {
                #[step] async fn b(&self, ctx: &Context, ev: Either<StartEvent, Q>) -> Either<Q, StopEvent<u8>> { todo!() }
                #[step(workers = 2, emits = [W])] async fn a(&self, ev: Q) -> Option<Q> { todo!() }
                fn helper(&self) {}
            }",
        );
        assert!(errors.is_none(), "{errors:?}");
        let wf = wf.unwrap();
        let names: Vec<_> = wf.steps.iter().map(|s| s.name.to_string()).collect();
        assert_eq!(names, ["a", "b"]);
        assert_eq!(wf.steps[0].workers, 2);
        assert_eq!(wf.steps[0].output_members.len(), 1);
        assert_eq!(wf.steps[0].emits.len(), 1);
        assert_eq!(wf.steps[1].args, [Arg::Context, Arg::Event(0)]);
        assert_eq!(wf.steps[1].input_members.len(), 2);
    }

    #[test]
    fn malformed_steps_are_all_reported() {
        let (wf, errors) = read(
            "impl F {
                #[step] fn not_async(&self, ev: A) -> B { todo!() }
                #[step] async fn by_value(self, ev: A) -> B { todo!() }
                #[step] async fn no_event(&self) -> B { todo!() }
                #[step(workers = 0)] async fn zero(&self, ev: A) -> B { todo!() }
                #[step(retries = 3)] async fn unknown(&self, ev: A) -> B { todo!() }
                #[step] async fn generic<T>(&self, ev: A) -> B { todo!() }
            }",
        );
        assert!(wf.is_none());
        let errors = errors.unwrap();
        for needle in [
            "step `not_async` must be async",
            "step `by_value` takes `&self`",
            "step `no_event` has no event parameter",
            "`workers = 0` would never run the step",
            "unknown step option `retries`",
            "step `generic` cannot be generic",
        ] {
            assert!(errors.contains(needle), "missing {needle:?} in {errors}");
        }
    }

    #[test]
    fn children_are_read_and_their_mistakes_reported() {
        let (wf, errors) = read(
            "impl F {
                #[step(children = [W, m::R])] async fn a(&self, ctx: &Context, ev: StartEvent) -> StopEvent<u8> { todo!() }
            }",
        );
        assert!(errors.is_none(), "{errors:?}");
        let wf = wf.unwrap();
        assert_eq!(wf.steps[0].children.len(), 2);
        let (wf, errors) = read(
            "impl F {
                #[step(children = [])] async fn empty(&self, ev: A) -> B { todo!() }
                #[step(children = [W], children = [R])] async fn twice(&self, ev: A) -> B { todo!() }
                #[step(children = W)] async fn bare(&self, ev: A) -> B { todo!() }
                #[step(children = [1])] async fn number(&self, ev: A) -> B { todo!() }
            }",
        );
        assert!(wf.is_none());
        let errors = errors.unwrap();
        for needle in [
            "`children = []` names no workflow",
            "`children` is given twice",
            "`children` takes a list of workflow types in brackets",
            "expected a workflow type",
        ] {
            assert!(errors.contains(needle), "missing {needle:?} in {errors}");
        }
    }

    #[test]
    fn handler_rules_and_run_modes_are_checked() {
        let (wf, errors) = read(
            "impl F {
                #[step] async fn fetch(&self, ev: StartEvent) -> B { todo!() }
                #[step(catch = [fetch, nope])] async fn first(&self, ev: StepFailed) -> B { todo!() }
                #[step(catch = [fetch, first])] async fn second(&self, ev: StepFailed) -> B { todo!() }
                #[step(catch)] async fn all(&self, ev: StepFailed) -> B { todo!() }
                #[step(catch)] async fn all_again(&self, ev: StepFailed) -> B { todo!() }
                #[step(blocking)] async fn sync_only(&self, ev: A) -> B { todo!() }
                #[step(blocking, spawn)] fn both(&self, ev: A) -> B { todo!() }
                #[step(recoveries = 2)] async fn lonely(&self, ev: A) -> B { todo!() }
            }",
        );
        assert!(wf.is_none());
        let errors = errors.unwrap();
        for needle in [
            "`nope` is not a step of this workflow, so `first` cannot catch its failures; the steps it can name are `both`, `fetch`, `lonely`, `sync_only`",
            "`first` is an error handler itself",
            "step `fetch` already has an error handler, `first`",
            "`all` and `all_again` both catch every step",
            "step `sync_only` is `blocking`: it is a plain `fn`",
            "`blocking` and `spawn` exclude each other",
            "`recoveries` is the budget of an error handler",
        ] {
            assert!(errors.contains(needle), "missing {needle:?} in {errors}");
        }
        // One error for `both`: its `async` is not judged.
        assert!(!errors.contains("step `both` must be async"), "{errors}");

        let (wf, errors) = read(
            "impl F {
                #[step(retry = RetryPolicy::constant(D), timeout = D)] async fn fetch(&self, ev: StartEvent) -> B { todo!() }
                #[step(blocking)] fn crunch(&self, ev: B) -> C { todo!() }
                #[step(spawn)] async fn send(&self, ev: C) -> D { todo!() }
                #[step(catch = [fetch], recoveries = 3)] async fn rescue(&self, ev: StepFailed) -> B { todo!() }
            }",
        );
        assert!(errors.is_none(), "{errors:?}");
        let wf = wf.unwrap();
        let names: Vec<_> = wf.steps.iter().map(|s| s.name.to_string()).collect();
        assert_eq!(names, ["crunch", "fetch", "rescue", "send"]);
        assert!(wf.steps[0].mode == Mode::Blocking && wf.steps[3].mode == Mode::Spawn);
        assert!(wf.steps[1].retry.is_some() && wf.steps[1].timeout.is_some());
        assert!(wf.steps[2].is_handler() && wf.steps[2].recoveries == Some(3));
    }
}
