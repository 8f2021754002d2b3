//! Collects every error of one macro invocation, so a user sees all of
//! them in one build.

use proc_macro2::TokenStream;
use std::fmt::Display;

/// Errors found so far. Dropping it with errors unreported is a bug in the
/// macro, caught by a debug assertion.
#[derive(Default)]
pub struct Ctxt {
    errors: Option<syn::Error>,
    checked: bool,
}

impl Ctxt {
    pub fn new() -> Self {
        Ctxt {
            errors: None,
            checked: false,
        }
    }

    /// Record an error at the span of `tokens`.
    pub fn error_spanned_by<T: quote::ToTokens, M: Display>(&mut self, tokens: T, message: M) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// Record an error.
    pub fn push(&mut self, err: syn::Error) {
        match &mut self.errors {
            Some(all) => all.combine(err),
            None => self.errors = Some(err),
        }
    }

    /// Consume the collector: the errors as `compile_error!`s, if any.
    pub fn check(mut self) -> Option<TokenStream> {
        self.checked = true;
        self.errors.take().map(|e| e.to_compile_error())
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        debug_assert!(
            self.checked || std::thread::panicking(),
            "Ctxt dropped without check()"
        );
    }
}
