//! What `#[workflow]` emits beside its errors: a stand-in `impl Workflow`
//! (as thiserror's `fallback.rs` emits a stand-in `impl Error`), so that a
//! mistake in one step is one error there, not one more at every
//! `MyFlow.run(..)` in the crate.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{GenericArgument, ImplItem, ItemImpl, PathArguments, ReturnType, Type};

use crate::attr::is_step_attr;

/// The `R` of the first `StopEvent<R>` written in a step's return type
/// (steps in name order), read before the steps are checked: the stand-in
/// impl's result type, so call sites type-check as they will once the
/// mistake is fixed.
pub fn result_type(item: &ItemImpl) -> Option<Type> {
    let mut steps: Vec<_> = item
        .items
        .iter()
        .filter_map(|i| match i {
            ImplItem::Fn(f) if f.attrs.iter().any(is_step_attr) => Some(f),
            _ => None,
        })
        .collect();
    steps.sort_by_key(|f| f.sig.ident.to_string());
    steps.iter().find_map(|f| match &f.sig.output {
        ReturnType::Type(_, ty) => stop_result(ty),
        ReturnType::Default => None,
    })
}

/// The `R` of a `StopEvent<R>` anywhere in `ty`'s generic arguments.
fn stop_result(ty: &Type) -> Option<Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let mut types = args.args.iter().filter_map(|a| match a {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    });
    if last.ident == "StopEvent" {
        return types.next().cloned();
    }
    types.find_map(stop_result)
}

/// A stand-in `impl Workflow` for a workflow that did not compile; none
/// for an impl that cannot have one (generic, or a trait impl).
pub fn workflow_impl(
    krate: &syn::Path,
    item: &ItemImpl,
    start: Option<&Type>,
    state: Option<&Type>,
    result: Option<Type>,
) -> TokenStream {
    if item.trait_.is_some() || !item.generics.params.is_empty() {
        return TokenStream::new();
    }
    let self_ty = &item.self_ty;
    let output = result.map_or_else(|| quote!(()), |r| quote!(#r));
    let start = start.map_or_else(|| quote!(__wf::StartEvent), |s| quote!(#s));
    // Steps that edit the state still see one.
    let state = state.map(|ty| crate::expand::state_impl(self_ty, ty));
    quote! {
        const _: () = {
            use #krate::__private as __wf;
            #state
            impl __wf::RunsBorrowed for #self_ty {}
            impl __wf::Workflow for #self_ty {
                type Output = #output;
                type Start = #start;
                fn __routing() -> &'static __wf::Routing<Self> {
                    ::core::unreachable!("this workflow has compile errors")
                }
            }
        };
    }
}
