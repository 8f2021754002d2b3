//! The `#[workflow]` and stray `#[step]` entry points, on `proc_macro2`.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use crate::attr::WorkflowOptions;
use crate::ctxt::Ctxt;
use crate::{expand, fallback, parse};

/// The argument of a `#[step]` that `#[workflow]` has read.
const INERT: &str = "__read_by_workflow";

/// Environment variable that makes `#[workflow]` print its expansion.
const EXPAND_ENV: &str = "EVENTFLOW_EXPAND";

/// `#[workflow]`: the user's impl (steps stripped of `#[step]`), then the
/// generated items, or the impl and the errors.
pub fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut item: syn::ItemImpl = match syn::parse2(input.clone()) {
        Ok(item) => item,
        Err(_) => {
            let err = syn::Error::new_spanned(
                &input,
                "`#[workflow]` goes on an inherent impl block: `#[workflow] impl MyFlow { #[step] async fn .. }`",
            );
            let mut out = err.to_compile_error();
            out.extend(input);
            return out;
        }
    };
    let mut cx = Ctxt::new();
    let options = match syn::parse2::<WorkflowOptions>(args) {
        Ok(o) => Some(o),
        Err(e) => {
            cx.push(e);
            None
        }
    };
    let krate = options
        .as_ref()
        .map_or_else(|| syn::parse_quote!(::eventflow), |o| o.krate.clone());
    let result_guess = fallback::result_type(&item);
    let mut model = parse::workflow(&mut cx, &mut item, &krate);
    if let (Some(model), Some(options)) = (&mut model, &options) {
        for step in &mut model.steps {
            step.allow |= options.allow;
        }
    }
    if let (Some(model), Some(options)) = (&model, &options) {
        // A cached resource is kept in the workflow value: in the field
        // `resources = ..` names.
        if options.resources.is_none() {
            if let Some(f) = model.factories.iter().find(|f| !f.per_call) {
                let ty = model.self_ty.to_token_stream().to_string();
                cx.error_spanned_by(
                    &f.attr,
                    format!("resource `{}` is made once per workflow value and kept in it: give `{ty}` a field `resources: eventflow::Resources` and name it, `#[workflow(resources = resources)]`; or make one per step call with `#[resource(per_call)]`", f.name),
                );
            }
        }
    }
    let mut out = item.to_token_stream();
    match (cx.check(), options, model) {
        (None, Some(options), Some(model)) => {
            let generated = expand::workflow(&options, &model);
            print_expansion(&model, &generated);
            out.extend(generated);
        }
        (errors, options, _) => {
            out.extend(errors);
            let start = options.as_ref().and_then(|o| o.start.as_ref());
            let state = options.as_ref().and_then(|o| o.state.as_ref());
            out.extend(fallback::workflow_impl(
                &krate,
                &item,
                start,
                state,
                result_guess,
            ));
        }
    }
    out
}

fn print_expansion(model: &parse::Workflow, generated: &TokenStream) {
    let Some(wanted) = std::env::var_os(EXPAND_ENV) else {
        return;
    };
    let name = model.self_ty.to_token_stream().to_string();
    let wanted = wanted.to_string_lossy();
    if wanted == "1" || wanted == "all" || wanted == name {
        eprintln!("// #[workflow] expansion for {name}\n{generated}");
    }
}

/// `#[step]` where no `#[workflow]` consumed it.
pub fn stray_step(args: TokenStream, input: TokenStream) -> TokenStream {
    // What `#[workflow]` leaves after reading the step: nothing to do.
    if args.to_string() == INERT {
        return input;
    }
    let err = syn::Error::new(
        proc_macro2::Span::call_site(),
        "`#[step]` only works on a method inside a `#[workflow]` impl block: add `#[workflow]` to the impl, or remove `#[step]`",
    )
    .to_compile_error();
    quote!(#err #input)
}

/// `#[resource]` where no `#[workflow]` consumed it.
pub fn stray_resource(args: TokenStream, input: TokenStream) -> TokenStream {
    if args.to_string() == INERT {
        return input;
    }
    let err = syn::Error::new(
        proc_macro2::Span::call_site(),
        "`#[resource]` marks a resource factory, a method inside a `#[workflow]` impl block (and a step's parameter it fills): add `#[workflow]` to the impl, or remove `#[resource]`",
    )
    .to_compile_error();
    quote!(#err #input)
}
