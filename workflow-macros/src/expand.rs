//! Code generation for `#[workflow]`: the routing table, the `Workflow`
//! impl and the `const` graph checks.
//!
//! Everything generated sits in one `const _: () = { .. };` and names the
//! runtime only through `<crate>::__private`.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::Type;

use crate::attr::{Catch, Mode, WorkflowOptions};
use crate::parse::{workflow_span, Arg, Factory, Step, Workflow};

/// The generated items that follow the user's impl block, for the
/// options of `#[workflow(..)]`.
pub fn workflow(wf_options: &WorkflowOptions, wf: &Workflow) -> TokenStream {
    let krate = &wf_options.krate;
    let start = wf_options.start.as_ref();
    let self_ty = &wf.self_ty;
    let start = match start {
        Some(ty) => quote_spanned!(type_span(ty)=> #ty),
        None => quote!(__wf::StartEvent),
    };
    let n = wf.steps.len();
    // A step under `#[cfg(..)]` gets its node, stop kind and functions as
    // items with a present and an absent version: all that names its
    // types exists only when the step does.
    let mut gated = TokenStream::new();
    let mut nodes = Vec::new();
    for (i, step) in wf.steps.iter().enumerate() {
        match gates(step) {
            None => nodes.push(node(wf, step)),
            Some((present, absent)) => {
                let id = format_ident!("__NODE_{}", i);
                let (real, name) = (node(wf, step), step.name.to_string());
                gated.extend(quote! {
                    #present const #id: __wf::StepNode = #real;
                    #absent const #id: __wf::StepNode = __wf::StepNode::absent(#name);
                });
                nodes.push(quote!(#id));
                let stop = stop_kind_name(i);
                let kind = step_stop_kind(step);
                gated.extend(quote! {
                    #present type #stop = #kind;
                    #absent type #stop = __wf::NoStop;
                });
            }
        }
    }
    let step_refs = wf.steps.iter().map(|s| step_ref(self_ty, s));
    let invokers = wf.steps.iter().map(|s| invoker(self_ty, s));
    let defs = wf.steps.iter().map(step_def);
    let options = wf.steps.iter().map(step_options);
    let checks = checks(wf);
    let output = output_type(wf);
    // Steps on their own task or thread own the workflow: its runs cannot
    // borrow it.
    let borrowed = (!wf.steps.iter().any(Step::is_spawned))
        .then(|| quote!(impl __wf::RunsBorrowed for #self_ty {}));
    let state = wf_options.state.as_ref().map(|ty| state_impl(self_ty, ty));
    let check_state = wf_options.state.as_ref().map(|_| {
        quote! {
            fn __check_state(
                store: &__wf::Map<::std::string::String, __wf::Value>,
            ) -> ::core::result::Result<(), __wf::SnapshotError> {
                <Self as __wf::Stateful>::check_snapshot(store)
            }
        }
    });
    let factories = wf
        .factories
        .iter()
        .map(|f| provide_impl(self_ty, f, wf_options.resources.as_ref()));

    quote! {
        const _: () = {
            use #krate::__private as __wf;

            #gated
            const __NODES: &[__wf::StepNode] = &[#(#nodes),*];
            const __START: __wf::EventId = <#start as __wf::Event>::ID;
            const __M: usize = __wf::mention_count(__NODES);
            static __GRAPH: __wf::Graph<#n, __M> = __wf::Graph::new(__NODES, &__START);
            #checks

            #[allow(dead_code)]
            impl #self_ty {
                #(#step_refs)*
            }

            #(#invokers)*
            #(#options)*
            #borrowed
            #state
            #(#factories)*

            impl __wf::Workflow for #self_ty {
                type Output = #output;
                type Start = #start;

                fn __routing() -> &'static __wf::Routing<Self> {
                    static STEPS: [__wf::StepDef<#self_ty>; #n] = [#(#defs),*];
                    static ROUTING: __wf::OnceLock<__wf::Routing<#self_ty>> = __wf::OnceLock::new();
                    ROUTING.get_or_init(|| __wf::Routing::new(&STEPS))
                }

                fn __nodes() -> &'static [__wf::StepNode] {
                    __NODES
                }

                #check_state
            }
        };
    }
}

/// The constant that names a step as the target of `send_event_to`: the
/// step's name in capitals, typed with the event types it accepts (none
/// for a fan-in, which takes whole batches).
fn step_ref(self_ty: &Type, step: &Step) -> TokenStream {
    let name = step.name.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name).to_owned();
    let konst = format_ident!("{}", name.to_uppercase(), span = step.name.span());
    let accepted: &[Type] = if step.fan_in {
        &[]
    } else if step.inputs.len() > 1 {
        &step.inputs
    } else {
        &step.input_members
    };
    let list = accepted
        .iter()
        .rev()
        .fold(quote!(()), |acc, ty| quote!((#ty, #acc)));
    let doc = format!(" The step `{name}`, as the target of `StepContext::send_event_to`.");
    let cfg = gates(step).map(|(present, _)| present);
    quote! {
        #[doc = #doc]
        #cfg
        pub const #konst: __wf::StepRef<#self_ty, #list> = __wf::StepRef::new(#name);
    }
}

/// `impl Stateful`, spanned at the user's state type: a type that cannot
/// be a state is one error there.
pub fn state_impl(self_ty: &Type, state: &Type) -> TokenStream {
    quote_spanned! {type_span(state)=>
        impl __wf::Stateful for #self_ty {
            type State = #state;
        }
    }
}

/// `impl Provide<T>` for a `#[resource]` factory, spanned at its resource
/// type. A cached factory's resources are kept in the workflow's field
/// `resources` (checked to be given before this is called).
fn provide_impl(self_ty: &Type, f: &Factory, resources: Option<&syn::Member>) -> TokenStream {
    let ty = &f.ty;
    let method = &f.name;
    let (written, name) = (written(ty), f.name.to_string());
    let call = match f.is_async {
        true => quote!(<#self_ty>::#method(self).await),
        false => quote!(<#self_ty>::#method(self)),
    };
    let made = match f.fallible {
        true => quote!(#call.map_err(::core::convert::Into::into)),
        false => quote!(::core::result::Result::Ok(#call)),
    };
    let cache = match (f.per_call, resources) {
        (false, Some(field)) => {
            quote_spanned!(field.span()=> ::core::option::Option::Some(&self.#field))
        }
        _ => quote!(::core::option::Option::None),
    };
    quote_spanned! {type_span(ty)=>
        impl __wf::Provide<#ty> for #self_ty {
            const RESOURCE: &'static str = #written;
            const FACTORY: &'static str = #name;

            fn make(&self) -> __wf::BoxFuture<'_, ::core::result::Result<#ty, __wf::BoxError>> {
                ::std::boxed::Box::pin(async move { #made })
            }

            fn cache(&self) -> ::core::option::Option<&__wf::Resources> {
                #cache
            }
        }
    }
}

fn node(wf: &Workflow, step: &Step) -> TokenStream {
    let name = step.name.to_string();
    let accepts = step.inputs.iter().map(ids_of_input);
    let emits = ids_of_output(&step.output);
    let output = &step.output;
    let fan_out = quote_spanned!(type_span(output)=> <#output as __wf::StepOutput>::FAN_OUT);
    let declared = step.emits.iter().map(ids_of_input);
    let waits = step.waits_for.iter().map(ids_of_input);
    // Spanned at the user's type: one that is not a workflow is one
    // error there.
    let children = step
        .children
        .iter()
        .map(|ty| quote_spanned!(type_span(ty)=> __wf::child_workflow::<#ty>()));
    let allow = step.allow;
    let role = if step.is_handler() {
        quote!(Handler)
    } else if is_caught(wf, step) {
        quote!(Caught)
    } else {
        quote!(Plain)
    };
    quote! {
        __wf::StepNode {
            name: #name,
            accepts: &[#(#accepts),*],
            emits: &[#emits #(, #declared)*],
            waits: &[#(#waits),*],
            allow: #allow,
            role: __wf::StepRole::#role,
            fan_out: #fan_out,
            children: &[#(#children),*],
        }
    }
}

/// Whether an error handler takes `step`'s failures: one names it, or
/// one catches every step (and `step` is not a handler).
fn is_caught(wf: &Workflow, step: &Step) -> bool {
    !step.is_handler()
        && wf.steps.iter().any(|h| match &h.catch {
            Some(Catch::All(_)) => true,
            Some(Catch::Steps(names)) => names.contains(&step.name),
            None => false,
        })
}

// Every use of a user's type is spanned at that type, so a type that is not
// an event gives one error there, not one per use.

fn ids_of_input(ty: &Type) -> TokenStream {
    quote_spanned!(type_span(ty)=> <#ty as __wf::EventSet>::IDS)
}

fn ids_of_output(ty: &Type) -> TokenStream {
    quote_spanned!(type_span(ty)=> <#ty as __wf::StepOutput>::IDS)
}

/// A type as the user wrote it, with the token spacing tidied.
pub fn written(ty: &Type) -> String {
    ty.to_token_stream()
        .to_string()
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" < ", "<")
        .replace(" <", "<")
        .replace("< ", "<")
        .replace(" >", ">")
        .replace(" ,", ",")
}

/// Where errors about a type point: the type's own name (`Query` in
/// `chat::Query`), else its first token.
pub fn type_span(ty: &Type) -> Span {
    match ty {
        Type::Path(p) => p
            .path
            .segments
            .last()
            .map_or_else(|| ty.span(), |seg| seg.ident.span()),
        _ => ty.span(),
    }
}

fn invoker_name(step: &Step) -> syn::Ident {
    format_ident!("__step_{}", step.name)
}

fn invoker(self_ty: &Type, step: &Step) -> TokenStream {
    let fn_name = invoker_name(step);
    let method = &step.name;
    let name = step.name.to_string();
    let input = &step.input;
    let output = &step.output;
    let takes_context = step.args.contains(&Arg::Context);
    let args: Vec<TokenStream> = step
        .args
        .iter()
        .map(|a| match a {
            Arg::Context => quote!(&__ctx),
            Arg::Event(0) if step.inputs.len() == 1 => quote!(ev),
            Arg::Event(i) => {
                let local = format_ident!("__p{}", i);
                quote!(#local)
            }
            Arg::Resource(i) => {
                let local = format_ident!("__resource{}", i);
                quote!(&*#local)
            }
        })
        .collect();
    // Each resource, made (or taken from the workflow's cache) before the
    // call, spanned at the parameter's type: a type the workflow does not
    // provide is one error there.
    let resources: Vec<TokenStream> = step
        .resources
        .iter()
        .enumerate()
        .map(|(i, ty)| {
            let local = format_ident!("__resource{}", i);
            // The workflow type too: rustc reports a missing
            // `Provide<T>` at the workflow's token.
            let span = type_span(ty);
            let owner = respan(self_ty.to_token_stream(), span);
            quote_spanned!(span=> let #local = __wf::resource::<#owner, #ty>(&*this).await?;)
        })
        .collect();
    let context = takes_context.then(|| quote!(let __ctx = __wf::StepContext::new(cx);));
    let cx = if takes_context {
        quote!(cx)
    } else {
        quote!(_cx)
    };
    // A step that runs elsewhere gets its view of the run owned.
    let (owned, owned_context) = if takes_context {
        (
            quote!(__owned),
            quote!(let __ctx = __wf::StepContext::new(__owned.cx());),
        )
    } else {
        (quote!(_), TokenStream::new())
    };
    let from_dyn = quote_spanned!(type_span(input)=> <#input as __wf::EventSet>::from_dyn_ref);
    let into_emit = quote_spanned!(type_span(output)=> <#output as __wf::StepOutput>::into_emit);
    let register_inputs = step
        .inputs
        .iter()
        .map(|ty| quote_spanned!(type_span(ty)=> <#ty as __wf::EventSet>::register(registry);));
    let register_output =
        quote_spanned!(type_span(output)=> <#output as __wf::StepOutput>::register);
    let register_more = step
        .emits
        .iter()
        .chain(&step.waits_for)
        .map(|ty| quote_spanned!(type_span(ty)=> <#ty as __wf::EventSet>::register(registry);));
    let events_fn = events_name(step);
    let waits_fn = waits_name(step);
    let n_waits = step.waits_for.len();
    let waited = step
        .waits_for
        .iter()
        .map(|ty| quote_spanned!(type_span(ty)=> <#ty as __wf::EventSet>::type_ids()));
    let accepts_fn = accepts_name(step);
    let accepts = step
        .inputs
        .iter()
        .map(|ty| quote_spanned!(type_span(ty)=> <#ty as __wf::EventSet>::type_ids()));
    let accepts = quote!([#(#accepts),*].concat());
    let routed = if step.fan_in {
        // A fan-in gets its events in one batch.
        let from_batch = quote_spanned!(type_span(input)=> __wf::fan_in::<#input>);
        quote! {
            let __routed = ev;
            let ev = match #from_batch(__routed) {
                ::core::option::Option::Some(ev) => ev,
                ::core::option::Option::None => return __wf::misrouted(#name, __routed),
            };
        }
    } else if step.inputs.len() > 1 {
        // A join gets one event per parameter, in one batch.
        let parts = step.inputs.iter().enumerate().map(|(i, ty)| {
            let local = format_ident!("__p{}", i);
            let part = quote_spanned!(type_span(ty)=> __wf::join_part::<#ty>);
            quote! {
                let #local = match #part(__routed, #i) {
                    ::core::option::Option::Some(ev) => ev,
                    ::core::option::Option::None => return __wf::misrouted(#name, __routed),
                };
            }
        });
        quote! {
            let __routed = ev;
            #(#parts)*
        }
    } else {
        quote! {
            let __routed = ev;
            let ev = match #from_dyn(__routed) {
                ::core::option::Option::Some(ev) => ev,
                ::core::option::Option::None => return __wf::misrouted(#name, __routed),
            };
        }
    };
    let call = match step.mode {
        Mode::Inline => quote! {
            fn #fn_name<'a>(
                this: &'a #self_ty,
                #cx: __wf::StepCx<'a>,
                ev: &__wf::DynEvent,
                __pool: &'a __wf::FuturePool,
            ) -> __wf::StepFuture<'a> {
                #routed
                __wf::in_span(#name, __routed, __pool.make(async move {
                    #(#resources)*
                    #context
                    let out: #output = <#self_ty>::#method(this, #(#args),*).await;
                    #into_emit(out)
                }))
            }
        },
        // What runs elsewhere owns the workflow and its view of the run.
        Mode::Spawn => quote! {
            fn #fn_name(
                this: __wf::Arc<#self_ty>,
                #owned: __wf::OwnedCx,
                ev: &__wf::DynEvent,
            ) -> __wf::BoxFuture<'static, ::core::result::Result<__wf::Emit, __wf::BoxError>> {
                #routed
                __wf::spawned(#name, __routed, async move {
                    #(#resources)*
                    #owned_context
                    let out: #output = <#self_ty>::#method(&this, #(#args),*).await;
                    #into_emit(out)
                })
            }
        },
        Mode::Blocking if step.resources.is_empty() => quote! {
            fn #fn_name(
                this: __wf::Arc<#self_ty>,
                #owned: __wf::OwnedCx,
                ev: &__wf::DynEvent,
            ) -> __wf::BoxFuture<'static, ::core::result::Result<__wf::Emit, __wf::BoxError>> {
                #routed
                __wf::blocking(#name, __routed, move || {
                    #owned_context
                    let out: #output = <#self_ty>::#method(&this, #(#args),*);
                    #into_emit(out)
                })
            }
        },
        // Resources are made in the run (their factories may be async),
        // then the call runs on the blocking pool.
        Mode::Blocking => quote! {
            fn #fn_name(
                this: __wf::Arc<#self_ty>,
                #owned: __wf::OwnedCx,
                ev: &__wf::DynEvent,
            ) -> __wf::BoxFuture<'static, ::core::result::Result<__wf::Emit, __wf::BoxError>> {
                #routed
                __wf::blocking_after(#name, __routed, async move {
                    #(#resources)*
                    ::core::result::Result::<_, __wf::BoxError>::Ok(move || {
                        #owned_context
                        let out: #output = <#self_ty>::#method(&this, #(#args),*);
                        #into_emit(out)
                    })
                })
            }
        },
    };
    // A step with one input and no `waits_for` (most) names its input's
    // list and an empty one directly in its table entry: no function of
    // its own to compile.
    let accepts_item = needs_accepts_fn(step).then(|| {
        quote! {
            fn #accepts_fn() -> ::std::vec::Vec<__wf::TypeId> {
                #accepts
            }
        }
    });
    let waits_item = needs_waits_fn(step).then(|| {
        quote! {
            fn #waits_fn() -> ::std::vec::Vec<__wf::TypeId> {
                let waits: [::std::vec::Vec<__wf::TypeId>; #n_waits] = [#(#waited),*];
                waits.concat()
            }
        }
    });
    let real = quote! {
        #accepts_item

        #call

        #waits_item

        fn #events_fn(registry: &mut __wf::Registry) {
            #(#register_inputs)*
            #register_output(registry);
            #(#register_more)*
        }
    };
    let Some((present, absent)) = gates(step) else {
        return real;
    };
    // Left out by its `#[cfg(..)]`: the table's entries exist, never used.
    let mut out = cfg_items(&present, real);
    let absent_call = match step.mode {
        Mode::Inline => quote! {
            #absent fn #fn_name<'a>(
                _: &'a #self_ty,
                _: __wf::StepCx<'a>,
                ev: &__wf::DynEvent,
                _: &'a __wf::FuturePool,
            ) -> __wf::StepFuture<'a> {
                __wf::misrouted(#name, ev)
            }
        },
        Mode::Spawn | Mode::Blocking => quote! {
            #absent fn #fn_name(
                _: __wf::Arc<#self_ty>,
                _: __wf::OwnedCx,
                ev: &__wf::DynEvent,
            ) -> __wf::BoxFuture<'static, ::core::result::Result<__wf::Emit, __wf::BoxError>> {
                __wf::misrouted(#name, ev)
            }
        },
    };
    out.extend(quote! {
        #absent fn #accepts_fn() -> ::std::vec::Vec<__wf::TypeId> {
            ::std::vec::Vec::new()
        }
        #absent_call
        #absent fn #waits_fn() -> ::std::vec::Vec<__wf::TypeId> {
            ::std::vec::Vec::new()
        }
        #absent fn #events_fn(_: &mut __wf::Registry) {}
    });
    out
}

/// `tokens` with every token at `span`.
fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tt| {
            if let proc_macro2::TokenTree::Group(g) = &tt {
                let mut group = proc_macro2::Group::new(g.delimiter(), respan(g.stream(), span));
                group.set_span(span);
                tt = proc_macro2::TokenTree::Group(group);
            }
            tt.set_span(span);
            tt
        })
        .collect()
}

/// Put `attr` on each item of `items` (a list of `fn` items).
fn cfg_items(attr: &TokenStream, items: TokenStream) -> TokenStream {
    let file: syn::File = match syn::parse2(items.clone()) {
        Ok(file) => file,
        Err(e) => return e.to_compile_error(),
    };
    file.items
        .into_iter()
        .map(|item| quote!(#attr #item))
        .collect()
}

/// Whether the step's table entry lists its accepted types through a
/// function of its own: a join (several inputs), or a step left out by
/// its `#[cfg(..)]` (whose entry must still name something).
fn needs_accepts_fn(step: &Step) -> bool {
    step.inputs.len() != 1 || !step.cfg.is_empty()
}

/// Whether the step's table entry lists the types it waits for through a
/// function of its own.
fn needs_waits_fn(step: &Step) -> bool {
    !step.waits_for.is_empty() || !step.cfg.is_empty()
}

fn accepts_name(step: &Step) -> syn::Ident {
    format_ident!("__accepts_{}", step.name)
}

fn waits_name(step: &Step) -> syn::Ident {
    format_ident!("__waits_{}", step.name)
}

fn events_name(step: &Step) -> syn::Ident {
    format_ident!("__events_{}", step.name)
}

fn step_def(step: &Step) -> TokenStream {
    let name = step.name.to_string();
    let workers = step.workers;
    let accepts = accepts_name(step);
    let invoke = invoker_name(step);
    let invoke = match step.mode {
        Mode::Inline => quote!(__wf::Invoker::Inline(#invoke)),
        Mode::Spawn | Mode::Blocking => quote!(__wf::Invoker::Spawned(#invoke)),
    };
    let accepts = match needs_accepts_fn(step) {
        true => accepts.to_token_stream(),
        false => {
            let ty = &step.inputs[0];
            quote_spanned!(type_span(ty)=> <#ty as __wf::EventSet>::type_ids)
        }
    };
    let events = events_name(step);
    let waits = match needs_waits_fn(step) {
        true => waits_name(step).to_token_stream(),
        false => quote!(::std::vec::Vec::new),
    };
    let allow = step.allow;
    let some = |present: bool, name: syn::Ident| match present {
        true => quote!(::core::option::Option::Some(#name)),
        false => quote!(::core::option::Option::None),
    };
    let retry = some(step.retry.is_some(), retry_name(step));
    let timeout = some(step.timeout.is_some(), timeout_name(step));
    let catch = match &step.catch {
        None => quote!(__wf::Catch::Nothing),
        Some(Catch::All(_)) => quote!(__wf::Catch::All),
        Some(Catch::Steps(names)) => {
            let names = names.iter().map(|n| n.to_string());
            quote!(__wf::Catch::Steps(&[#(#names),*]))
        }
    };
    let recoveries = match step.recoveries {
        Some(n) => quote!(#n),
        None => quote!(__wf::DEFAULT_RECOVERIES),
    };
    let gather = match (step.fan_in, step.take, step.inputs.len()) {
        (true, Some(n), _) => {
            quote!(__wf::Gather::FanIn { take: ::core::option::Option::Some(#n) })
        }
        (true, None, _) => quote!(__wf::Gather::FanIn {
            take: ::core::option::Option::None
        }),
        (false, _, 1) => quote!(__wf::Gather::One),
        (false, _, n) => {
            let n = n as u16;
            quote!(__wf::Gather::Join(#n))
        }
    };
    let params = match step.inputs.len() {
        1 => quote!(::std::vec::Vec::new),
        _ => {
            let sets = step
                .inputs
                .iter()
                .map(|ty| quote_spanned!(type_span(ty)=> <#ty as __wf::EventSet>::type_ids));
            quote!(|| __wf::params(&[#(#sets),*]))
        }
    };
    quote! {
        __wf::StepDef {
            name: #name,
            workers: #workers,
            allow: #allow,
            accepts: #accepts,
            waits: #waits,
            events: #events,
            invoke: #invoke,
            retry: #retry,
            timeout: #timeout,
            catch: #catch,
            recoveries: #recoveries,
            gather: #gather,
            params: #params,
        }
    }
}

/// Named at the user's expression, so what the compiler says about the
/// constant points there.
fn retry_name(step: &Step) -> syn::Ident {
    let span = step
        .retry
        .as_ref()
        .map_or_else(Span::call_site, |e| e.span());
    format_ident!("__RETRY_{}", step.name, span = span)
}

fn timeout_name(step: &Step) -> syn::Ident {
    let span = step
        .timeout
        .as_ref()
        .map_or_else(Span::call_site, |e| e.span());
    format_ident!("__TIMEOUT_{}", step.name, span = span)
}

/// A step's retry policy and timeout as `const`s, each spanned at the
/// user's expression: a wrong type or a setting out of range is an
/// error there. (A step left out by `#[cfg(..)]` keeps them: they name
/// no type of the step.)
fn step_options(step: &Step) -> TokenStream {
    let mut out = TokenStream::new();
    if let Some(expr) = &step.retry {
        let name = retry_name(step);
        out.extend(quote_spanned!(expr.span()=>
            #[allow(non_upper_case_globals)]
            const #name: __wf::RetryPolicy = #expr;
        ));
    }
    if let Some(expr) = &step.timeout {
        let name = timeout_name(step);
        out.extend(quote_spanned!(expr.span()=>
            #[allow(non_upper_case_globals)]
            const #name: __wf::Duration = #expr;
        ));
    }
    out
}

/// A step's `#[cfg(..)]` as the attributes of its present and absent
/// versions; none for a step without `#[cfg(..)]`.
fn gates(step: &Step) -> Option<(TokenStream, TokenStream)> {
    if step.cfg.is_empty() {
        return None;
    }
    let preds = &step.cfg;
    Some((
        quote!(#[cfg(all(#(#preds),*))]),
        quote!(#[cfg(not(all(#(#preds),*)))]),
    ))
}

/// `tokens` under the step's `#[cfg(..)]`, if it has one.
fn gated(step: &Step, tokens: TokenStream) -> TokenStream {
    match gates(step) {
        None => tokens,
        Some((present, _)) => quote!(#present const _: () = { #tokens };),
    }
}

fn stop_kind_name(i: usize) -> syn::Ident {
    format_ident!("__Stop{}", i)
}

/// The stop kind of what a step returns and the stop events it sends.
fn step_stop_kind(step: &Step) -> TokenStream {
    let out = &step.output;
    let mut acc = quote_spanned!(type_span(out)=> <#out as __wf::StepOutput>::Stop);
    // A stop event sent through the context ends the run too: its result
    // type is the workflow's as well. (Only what is written as
    // `StopEvent<..>`: any other type, fine or not, is checked where it is
    // declared, once.)
    for sent in step.emits.iter().filter(|t| is_stop_event(t)) {
        acc = quote_spanned! {type_span(sent)=>
            __wf::StopOf<#acc, <#sent as __wf::EventSet>::Stop>
        };
    }
    acc
}

/// `<.. as JoinStop<..>>::Out` folded over the steps, each fold spanned at
/// the step's return type.
fn output_type(wf: &Workflow) -> TokenStream {
    let mut acc = quote!(__wf::NoStop);
    for (i, step) in wf.steps.iter().enumerate() {
        let kind = match gates(step) {
            None => step_stop_kind(step),
            Some(_) => {
                let name = stop_kind_name(i);
                quote!(#name)
            }
        };
        let span = type_span(&step.output);
        acc = quote_spanned! {span=> __wf::StopOf<#acc, #kind>};
    }
    quote!(__wf::ResultOf<#acc>)
}

/// Whether `ty` is written as `StopEvent<..>` (any path to it).
fn is_stop_event(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "StopEvent"))
}

/// One check per stop event a step returns or sends, spanned at it: it
/// must agree with the workflow's result type. Only what is written as
/// `StopEvent<R>` is checked (it is its own stop kind, so the check asks
/// nothing else of the type and adds no second error for another mistake);
/// a stop event hidden behind an alias or a union is not.
fn result_checks(self_ty: &Type, step: &Step) -> TokenStream {
    let stops = step.output_members.iter().chain(&step.emits);
    stops
        .filter(|t| is_stop_event(t))
        .map(|ty| {
            let span = type_span(ty);
            // The workflow's result type, spanned where the compiler reports
            // a result type it cannot find (at `#[workflow]`): a mistake
            // there is reported once, not again here.
            let output = quote!(<#self_ty as __wf::Workflow>::Output);
            quote_spanned! {span=>
                const _: () = __wf::same_result::<#ty, #output>();
            }
        })
        .collect()
}

/// One `const` item per rule and place, each spanned at the user's token.
fn checks(wf: &Workflow) -> TokenStream {
    let whole = workflow_span(wf);
    let mut out = TokenStream::new();
    for step in &wf.steps {
        let mut own = result_checks(&wf.self_ty, step);
        if let Some(ctx) = &step.context {
            let span = type_span(ctx);
            own.extend(quote_spanned! {span=>
                const _: () = __wf::is_context::<#ctx>();
            });
        }
        if step.is_handler() {
            let input = &step.input;
            let span = type_span(input);
            own.extend(quote_spanned! {span=>
                const _: () = __wf::is_step_failed::<#input>();
            });
        }
        out.extend(gated(step, own));
    }
    let check = |span: Span, call: TokenStream| quote_spanned!(span=> const _: () = #call;);
    out.extend(check(
        whole,
        quote_spanned!(whole=> __wf::check_start_accepted(&__GRAPH, &__START)),
    ));
    out.extend(check(
        whole,
        quote_spanned!(whole=> __wf::check_stop_emitted(&__GRAPH)),
    ));
    out.extend(check(
        whole,
        quote_spanned!(whole=> __wf::check_start_reaches_stop(&__GRAPH, &__START)),
    ));
    out.extend(check(
        whole,
        quote_spanned!(whole=> __wf::check_stable_names(&__GRAPH)),
    ));
    for (i, step) in wf.steps.iter().enumerate() {
        let mut own = TokenStream::new();
        let span = type_span(&step.input);
        own.extend(check(
            span,
            quote_spanned!(span=> __wf::check_input_unique(__NODES, #i)),
        ));
        for member in &step.input_members {
            let span = type_span(member);
            let (ids, written) = (ids_of_input(member), written(member));
            own.extend(check(
                span,
                quote_spanned!(span=> __wf::check_input_produced(__NODES, &__GRAPH, #i, #ids, #written, &__START)),
            ));
        }
        if step.fan_in {
            let span = type_span(&step.input);
            let written = written(&step.input);
            own.extend(check(
                span,
                quote_spanned!(span=> __wf::check_fan_in(__NODES, &__GRAPH, #i, #written)),
            ));
        }
        let outputs = step.output_members.iter().map(|m| (m, ids_of_output(m)));
        let declared = step.emits.iter().map(|m| (m, ids_of_input(m)));
        for (member, ids) in outputs.chain(declared) {
            let span = type_span(member);
            let written = written(member);
            own.extend(check(
                span,
                quote_spanned!(span=> __wf::check_output_consumed(__NODES, &__GRAPH, #i, #ids, #written)),
            ));
        }
        let span = step.name.span();
        own.extend(check(
            span,
            quote_spanned!(span=> __wf::check_reachable(__NODES, &__GRAPH, #i, &__START)),
        ));
        own.extend(check(
            span,
            quote_spanned!(span=> __wf::check_reaches_stop(__NODES, &__GRAPH, #i)),
        ));
        out.extend(gated(step, own));
    }
    out
}
