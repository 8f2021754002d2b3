//! `#[derive(Event)]` for event types and `#[derive(EventSet)]` for named
//! unions of events.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Path};

use crate::ctxt::Ctxt;

/// The options of `#[event(..)]`.
struct EventOptions {
    /// `crate = "path"`, else `::eventflow`.
    krate: Path,
    /// `name = ".."`: the stable name, else the type's path.
    name: Option<syn::LitStr>,
    /// `input_required` or `human_response`.
    kind: Option<syn::Ident>,
}

fn event_options(cx: &mut Ctxt, input: &DeriveInput) -> EventOptions {
    let mut options = EventOptions {
        krate: syn::parse_quote!(::eventflow),
        name: None,
        kind: None,
    };
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("event")) {
        let parsed = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                options.krate = lit.parse()?;
                Ok(())
            } else if meta.path.is_ident("name") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                if lit.value().trim().is_empty() {
                    return Err(syn::Error::new(lit.span(), "an event's stable name cannot be empty"));
                }
                options.name = Some(lit);
                Ok(())
            } else if meta.path.is_ident("input_required") || meta.path.is_ident("human_response") {
                let ident = meta.path.get_ident().cloned().unwrap_or_else(|| unreachable!());
                if let Some(first) = &options.kind {
                    return Err(meta.error(format!(
                        "an event plays one role: `{first}` is already given"
                    )));
                }
                options.kind = Some(ident);
                Ok(())
            } else {
                Err(meta.error(
                    "unknown event option; the options are `name = \"stable.name\"`, `input_required`, `human_response` and `crate = \"path::to::eventflow\"`",
                ))
            }
        });
        if let Err(e) = parsed {
            cx.push(e);
        }
    }
    options
}

/// `crate = "path"` in `#[event(..)]`, else `::eventflow`.
fn crate_path(cx: &mut Ctxt, input: &DeriveInput) -> Path {
    event_options(cx, input).krate
}

fn no_generics(cx: &mut Ctxt, input: &DeriveInput, what: &str) {
    if !input.generics.params.is_empty() {
        cx.error_spanned_by(
            &input.generics,
            format!("{what} cannot be generic: an event type has one identity in the workflow graph; use a concrete type"),
        );
    }
}

/// An event of one's own named like one of eventflow's hides it where it is
/// in scope: steps taking "`StartEvent`" would take this type, and no run
/// would start them.
fn builtin_name(cx: &mut Ctxt, input: &DeriveInput) {
    const BUILTIN: &[(&str, &str)] = &[
        ("StartEvent", "for runs that start with your own event, name it otherwise and write `#[workflow(start = YourEvent)]`"),
        ("StopEvent", "a run ends with `eventflow::StopEvent<R>`, whose `R` is the result"),
        ("InputRequiredEvent", "for your own question type, name it otherwise and mark it `#[event(input_required)]`"),
        ("HumanResponseEvent", "for your own answer type, name it otherwise and mark it `#[event(human_response)]`"),
    ];
    let name = input.ident.to_string();
    if let Some((_, help)) = BUILTIN.iter().find(|(b, _)| *b == name) {
        cx.error_spanned_by(
            &input.ident,
            format!("an event named `{name}` hides eventflow's own `{name}` where both are in scope; rename it: {help}"),
        );
    }
}

/// Events are owned data (they are cloned, queued, snapshotted and read
/// back): a borrowed field cannot be read back.
fn borrowed_fields(cx: &mut Ctxt, input: &DeriveInput) {
    let fields: Vec<&syn::Field> = match &input.data {
        Data::Struct(s) => s.fields.iter().collect(),
        Data::Enum(e) => e.variants.iter().flat_map(|v| v.fields.iter()).collect(),
        Data::Union(_) => Vec::new(),
    };
    for field in fields {
        if let syn::Type::Reference(r) = &field.ty {
            let owned = match &*r.elem {
                syn::Type::Path(p) if p.path.is_ident("str") => "String".to_owned(),
                syn::Type::Slice(s) => format!(
                    "Vec<{}>",
                    quote!(#s)
                        .to_string()
                        .trim_matches(|c| c == '[' || c == ']')
                        .trim()
                ),
                other => quote!(#other).to_string(),
            };
            let what = field
                .ident
                .as_ref()
                .map_or_else(|| "a field".to_owned(), |i| format!("field `{i}`"));
            cx.error_spanned_by(
                &field.ty,
                format!("{what} borrows its data, but an event owns its data (it is cloned, queued, snapshotted and read back): use `{owned}`"),
            );
        }
    }
}

/// A number for each type `#[derive(Event)]` expands in this compiler
/// process: with the crate, the module, the name and the place, it tells
/// apart even same-named types that one `macro_rules!` invocation makes.
fn next_unique() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// `#[derive(Event)]`.
pub fn event(input: DeriveInput) -> TokenStream {
    let mut cx = Ctxt::new();
    let options = event_options(&mut cx, &input);
    let krate = &options.krate;
    no_generics(&mut cx, &input, "an event");
    if let Data::Union(u) = &input.data {
        cx.error_spanned_by(
            u.union_token,
            "an event is a struct or an enum, not a union",
        );
    }
    builtin_name(&mut cx, &input);
    borrowed_fields(&mut cx, &input);
    if let Some(errors) = cx.check() {
        return errors;
    }
    let ident = &input.ident;
    let name = ident.to_string();
    let unique = next_unique();
    let stable = match &options.name {
        Some(lit) => quote!(#lit),
        None => quote!(::core::concat!(::core::module_path!(), "::", #name)),
    };
    let fields = field_descriptions(&input.data);
    let kind = match options.kind.as_ref().map(ToString::to_string).as_deref() {
        Some("input_required") => quote!(__wf::EventKind::InputRequired),
        Some("human_response") => quote!(__wf::EventKind::HumanResponse),
        _ => quote!(__wf::EventKind::Plain),
    };
    quote! {
        const _: () = {
            use #krate::__private as __wf;
            impl __wf::Event for #ident {
                const ID: __wf::EventId = __wf::EventId::new(
                    ::core::module_path!(),
                    #name,
                    ::core::line!(),
                    ::core::column!(),
                )
                .stable(#stable)
                .kind(#kind)
                .defined_in(
                    ::core::concat!(
                        ::core::env!("CARGO_PKG_NAME"),
                        "@",
                        ::core::env!("CARGO_PKG_VERSION")
                    ),
                    #unique,
                )
                .fields(&[#(#fields),*]);
                type __StopKind = ();
            }
        };
    }
}

/// What pictures of a workflow show of an event type: its fields as
/// written (`query: String`, `0: u32`), or its variants for an enum
/// (`Text(String)`, `Done`).
fn field_descriptions(data: &Data) -> Vec<String> {
    fn fields(fields: &Fields) -> Vec<String> {
        fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let name = f
                    .ident
                    .as_ref()
                    .map_or_else(|| i.to_string(), ToString::to_string);
                format!("{name}: {}", crate::expand::written(&f.ty))
            })
            .collect()
    }
    match data {
        Data::Struct(s) => fields(&s.fields),
        Data::Enum(e) => e
            .variants
            .iter()
            .map(|v| match &v.fields {
                Fields::Unit => v.ident.to_string(),
                Fields::Unnamed(_) => {
                    let types: Vec<String> = v
                        .fields
                        .iter()
                        .map(|f| crate::expand::written(&f.ty))
                        .collect();
                    format!("{}({})", v.ident, types.join(", "))
                }
                Fields::Named(_) => format!("{} {{ {} }}", v.ident, fields(&v.fields).join(", ")),
            })
            .collect(),
        Data::Union(_) => Vec::new(),
    }
}

/// `#[derive(EventSet)]` on an enum whose variants each hold one event.
pub fn event_set(input: DeriveInput) -> TokenStream {
    let mut cx = Ctxt::new();
    let krate = crate_path(&mut cx, &input);
    no_generics(&mut cx, &input, "an event union");
    let mut variants = Vec::new();
    match &input.data {
        Data::Enum(e) => {
            for v in &e.variants {
                match &v.fields {
                    Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                        variants.push((v.ident.clone(), f.unnamed[0].ty.clone()));
                    }
                    _ => cx.error_spanned_by(
                        v,
                        format!(
                            "variant `{}` must hold exactly one event, like `{}(SomeEvent)`",
                            v.ident, v.ident
                        ),
                    ),
                }
            }
            if e.variants.is_empty() {
                cx.error_spanned_by(&input.ident, "an event union needs at least one variant");
            }
        }
        _ => cx.error_spanned_by(
            &input.ident,
            "`#[derive(EventSet)]` goes on an enum whose variants each hold one event; for a single event type use `#[derive(Event)]`",
        ),
    }
    if let Some(errors) = cx.check() {
        return errors;
    }
    let ident = &input.ident;
    let ids = variants
        .iter()
        .map(|(_, ty)| quote_spanned!(ty.span()=> <#ty as __wf::Event>::ID));
    let type_ids = variants
        .iter()
        .map(|(_, ty)| quote!(__wf::TypeId::of::<#ty>()));
    let mut stop = quote!(__wf::NoStop);
    for (_, ty) in &variants {
        stop = quote_spanned!(ty.span()=> __wf::StopOf<#stop, <#ty as __wf::Event>::__StopKind>);
    }
    // Every stop event in the union agrees with the first one.
    let same_result = variants.iter().map(|(_, ty)| {
        quote_spanned! {ty.span()=>
            const _: () = __wf::same_result::<
                <#ty as __wf::Event>::__StopKind,
                __wf::ResultOf<<#ident as __wf::EventSet>::Stop>,
            >();
        }
    });
    let takes = variants.iter().map(|(v, ty)| {
        quote! {
            let ev = match ev.downcast::<#ty>() {
                ::core::result::Result::Ok(e) => return ::core::result::Result::Ok(#ident::#v(e)),
                ::core::result::Result::Err(ev) => ev,
            };
        }
    });
    let gives = variants
        .iter()
        .map(|(v, _)| quote!(#ident::#v(e) => __wf::DynEvent::new(e)));
    let copies = variants.iter().map(|(v, ty)| {
        quote! {
            if let ::core::option::Option::Some(e) = ev.cloned::<#ty>() {
                return ::core::option::Option::Some(#ident::#v(e));
            }
        }
    });
    let registers = variants
        .iter()
        .map(|(_, ty)| quote!(registry.add::<#ty>();));
    // A step returning the union may send any of its members.
    let members = variants
        .iter()
        .enumerate()
        .map(|(i, (_, ty))| quote!(impl __wf::Member<#ty, __wf::Variant<#i>> for #ident {}));
    quote! {
        const _: () = {
            use #krate::__private as __wf;
            impl __wf::EventSet for #ident {
                const IDS: &'static [__wf::EventId] = &[#(#ids),*];
                type Stop = #stop;
                fn type_ids() -> ::std::vec::Vec<__wf::TypeId> {
                    ::std::vec![#(#type_ids),*]
                }
                fn from_dyn(ev: __wf::DynEvent) -> ::core::result::Result<Self, __wf::DynEvent> {
                    #(#takes)*
                    ::core::result::Result::Err(ev)
                }
                fn from_dyn_ref(ev: &__wf::DynEvent) -> ::core::option::Option<Self> {
                    #(#copies)*
                    ::core::option::Option::None
                }
                fn into_dyn(self) -> __wf::DynEvent {
                    match self {
                        #(#gives,)*
                    }
                }
                fn register(registry: &mut __wf::Registry) {
                    #(#registers)*
                }
            }
            #(#same_result)*
            #(#members)*
        };
    }
}

/// `#[event]` / `#[event(options)]` as an attribute: the derives an event
/// needs (`Clone`, serde's `Serialize` and `Deserialize` through
/// `eventflow`'s own path to serde, and `Event`), those the item does not
/// derive already, and the options for `#[derive(Event)]`.
pub fn event_attribute(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut item: DeriveInput = match syn::parse2(input.clone()) {
        Ok(item) => item,
        Err(_) => {
            let err = syn::Error::new_spanned(
                &input,
                "`#[event]` goes on a struct or an enum: it makes the type an event",
            )
            .to_compile_error();
            return quote!(#err #input);
        }
    };
    // The options are read by `#[derive(Event)]`, from a helper attribute
    // after the derive; `crate = ..` is needed here too.
    let mut cx = Ctxt::new();
    let helper: syn::Attribute = if args.is_empty() {
        syn::parse_quote!(#[event()])
    } else {
        syn::parse_quote!(#[event(#args)])
    };
    let mut probe = item.clone();
    probe.attrs = vec![helper.clone()];
    let krate = crate_path(&mut cx, &probe);
    if let Some(errors) = cx.check() {
        return quote!(#errors #input);
    }
    let derived: Vec<String> = item
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .filter_map(|a| {
            a.parse_args_with(syn::punctuated::Punctuated::<Path, syn::Token![,]>::parse_terminated)
                .ok()
        })
        .flatten()
        .filter_map(|p| p.segments.last().map(|s| s.ident.to_string()))
        .collect();
    let has = |name: &str| derived.iter().any(|d| d == name);
    let mut add: Vec<TokenStream> = Vec::new();
    if !has("Clone") {
        add.push(quote!(::core::clone::Clone));
    }
    let adds_serde = !has("Serialize") || !has("Deserialize");
    if !has("Serialize") {
        add.push(quote!(#krate::__private::serde::Serialize));
    }
    if !has("Deserialize") {
        add.push(quote!(#krate::__private::serde::Deserialize));
    }
    if !has("Event") {
        add.push(quote!(#krate::Event));
    }
    if !add.is_empty() {
        item.attrs.push(syn::parse_quote!(#[derive(#(#add),*)]));
    }
    if adds_serde {
        let serde = format!(
            "{}::__private::serde",
            quote!(#krate).to_string().replace(' ', "")
        );
        item.attrs.push(syn::parse_quote!(#[serde(crate = #serde)]));
    }
    if !args.is_empty() {
        item.attrs.push(helper);
    }
    quote!(#item)
}
