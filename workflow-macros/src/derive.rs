//! `#[derive(Event)]` for event types and `#[derive(EventSet)]` for named
//! unions of events.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Path};

use crate::ctxt::Ctxt;

/// `crate = "path"` in `#[event(..)]`, else `::workflows`.
fn crate_path(cx: &mut Ctxt, input: &DeriveInput) -> Path {
    let mut krate: Path = syn::parse_quote!(::workflows);
    for attr in input.attrs.iter().filter(|a| a.path().is_ident("event")) {
        let parsed = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                krate = lit.parse()?;
                Ok(())
            } else {
                Err(meta.error(
                    "unknown event option; the only option is `crate = \"path::to::workflows\"`",
                ))
            }
        });
        if let Err(e) = parsed {
            cx.push(e);
        }
    }
    krate
}

fn no_generics(cx: &mut Ctxt, input: &DeriveInput, what: &str) {
    if !input.generics.params.is_empty() {
        cx.error_spanned_by(
            &input.generics,
            format!("{what} cannot be generic: an event type has one identity in the workflow graph; use a concrete type"),
        );
    }
}

/// `#[derive(Event)]`.
pub fn event(input: DeriveInput) -> TokenStream {
    let mut cx = Ctxt::new();
    let krate = crate_path(&mut cx, &input);
    no_generics(&mut cx, &input, "an event");
    if let Data::Union(u) = &input.data {
        cx.error_spanned_by(
            u.union_token,
            "an event is a struct or an enum, not a union",
        );
    }
    if let Some(errors) = cx.check() {
        return errors;
    }
    let ident = &input.ident;
    let name = ident.to_string();
    quote! {
        const _: () = {
            use #krate::__private as __wf;
            impl __wf::Event for #ident {
                const ID: __wf::EventId = __wf::EventId::new(
                    ::core::module_path!(),
                    #name,
                    ::core::line!(),
                    ::core::column!(),
                );
                type __StopKind = __wf::NoStop;
            }
        };
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
                fn into_dyn(self) -> __wf::DynEvent {
                    match self {
                        #(#gives,)*
                    }
                }
            }
        };
    }
}
