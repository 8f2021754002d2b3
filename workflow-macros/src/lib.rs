//! Procedural macros of the `eventflow` crate. Use them through
//! `eventflow`, which documents them; this crate is a thin shell over plain
//! functions on `proc_macro2` types.

mod attr;
mod ctxt;
mod derive;
mod expand;
mod fallback;
mod parse;
#[cfg(test)]
mod snapshots;
mod workflow;

use proc_macro::TokenStream;

/// Turns an impl block into a workflow; see the `eventflow` crate.
#[proc_macro_attribute]
pub fn workflow(args: TokenStream, input: TokenStream) -> TokenStream {
    workflow::expand(args.into(), input.into()).into()
}

/// Marks a method of a `#[workflow]` impl block as a step; see the
/// `eventflow` crate. On its own it is an error.
#[proc_macro_attribute]
pub fn step(args: TokenStream, input: TokenStream) -> TokenStream {
    workflow::stray_step(args.into(), input.into()).into()
}

/// Marks a resource factory inside a `#[workflow]` impl block; see the
/// `eventflow` crate. On its own it is an error.
#[proc_macro_attribute]
pub fn resource(args: TokenStream, input: TokenStream) -> TokenStream {
    workflow::stray_resource(args.into(), input.into()).into()
}

/// Makes a struct or enum an event; see the `eventflow` crate.
#[proc_macro_derive(Event, attributes(event))]
pub fn derive_event(input: TokenStream) -> TokenStream {
    match syn::parse(input) {
        Ok(input) => derive::event(input).into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// Makes an enum whose variants each hold one event a union of events; see
/// the `eventflow` crate.
#[proc_macro_derive(EventSet, attributes(event))]
pub fn derive_event_set(input: TokenStream) -> TokenStream {
    match syn::parse(input) {
        Ok(input) => derive::event_set(input).into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// Makes a struct or enum an event with the derives it needs; see the
/// `eventflow` crate.
#[proc_macro_attribute]
pub fn event(args: TokenStream, input: TokenStream) -> TokenStream {
    derive::event_attribute(args.into(), input.into()).into()
}
