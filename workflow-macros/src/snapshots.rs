//! Expansion snapshots: what `#[workflow]` generates for a few
//! representative workflows, pretty-printed, compared with
//! `tests/expand/<name>.expanded.rs`. A reviewer reads the routing table
//! and the checks there. After a deliberate change to the generated code,
//! re-bless with `UPDATE_EXPAND=1 cargo test -p eventflow-macros`; a missing
//! snapshot fails the test unless asked to write it.

use std::path::Path;

use proc_macro2::TokenStream;

fn expand_file(input: &Path) -> String {
    let source = std::fs::read_to_string(input).unwrap();
    let mut item: syn::ItemImpl = syn::parse_str(&source).unwrap();
    // The attribute is the macro's input; take its arguments off the item.
    let attr = item.attrs.remove(0);
    let args = match attr.meta {
        syn::Meta::List(list) => list.tokens,
        _ => TokenStream::new(),
    };
    let out = crate::workflow::expand(args, quote::ToTokens::to_token_stream(&item));
    let file: syn::File = syn::parse2(out).expect("the expansion parses as a file");
    prettyplease::unparse(&file)
}

#[test]
fn expansions_match_their_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let update = std::env::var_os("UPDATE_EXPAND").is_some();
    let mut checked = 0;
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".expanded.rs"))
        .collect();
    inputs.sort();
    for input in inputs {
        let expanded = expand_file(&input);
        let snapshot = input.with_extension("expanded.rs");
        if update {
            std::fs::write(&snapshot, &expanded).unwrap();
        }
        assert!(
            snapshot.exists(),
            "{} has no snapshot: run with UPDATE_EXPAND=1 to write {} and review it",
            input.display(),
            snapshot.display()
        );
        let expected = std::fs::read_to_string(&snapshot).unwrap();
        assert!(
            expected == expanded,
            "{} differs from the expansion of {}; if the change is meant, re-bless with UPDATE_EXPAND=1\n--- expected\n{expected}\n--- got\n{expanded}",
            snapshot.display(),
            input.display()
        );
        checked += 1;
    }
    assert_eq!(checked, 7, "one snapshot per input in tests/expand");
}

/// The `#[workflow]` docs show the expansion of `tests/expand/two_steps.rs`
/// as "equivalent code without the macro", a doctest of the facade that
/// compiles and runs it: `src/equivalent_code.md` there, written from the
/// expansion (with the inert `#[step]` markers left out), so the docs
/// cannot drift from what the macro writes.
#[test]
fn the_docs_show_the_real_expansion() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let code: String = expand_file(&dir.join("tests/expand/two_steps.rs"))
        .lines()
        .filter(|l| !l.trim_start().starts_with("#[step("))
        .map(|l| format!("{l}\n"))
        .collect();
    let doc = format!(
        "```rust\n\
         # use eventflow::prelude::*;\n\
         # #[event]\n\
         # struct Query(String);\n\
         # struct Flow;\n\
         {code}\
         # #[tokio::main(flavor = \"current_thread\")]\n\
         # async fn main() {{\n\
         #     assert_eq!(Flow.run(start! {{ q: \"hi\" }}).await.unwrap(), \"HI\");\n\
         # }}\n\
         ```\n"
    );
    let path = dir.join("../src/equivalent_code.md");
    if std::env::var_os("UPDATE_EXPAND").is_some() {
        std::fs::write(&path, &doc).unwrap();
    }
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == doc,
        "{} does not show the macro's expansion of tests/expand/two_steps.rs; re-bless with UPDATE_EXPAND=1",
        path.display()
    );
}
