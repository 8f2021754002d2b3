//! Typed state across a loop, and a resource.
//!
//! `cargo run --example typed_state`
//!
//! The workflow reads a text page by page, a loop of one step, and keeps
//! its tally in typed state (`#[workflow(state = Tally)]`): each page is
//! one `ctx.edit_state(..)`. The words it does not count come from a
//! resource, made once per workflow value by a `#[resource]` factory and
//! given to the step as a parameter: two runs load them once.

use eventflow::prelude::*;

const PAGES: [&str; 3] = [
    "the cat sat on the mat",
    "a cat and a dog met on a mat",
    "the dog barked and the cat ran off into the garden",
];

/// What the run counts.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Tally {
    pages: u32,
    words: u32,
    longest: String,
}

/// Words not worth counting: a resource, loaded once.
struct StopWords(Vec<&'static str>);

#[event]
struct Page {
    number: usize,
}

#[derive(Default)]
struct WordCount {
    resources: Resources,
}

#[workflow(state = Tally, resources = resources)]
impl WordCount {
    #[resource]
    fn stop_words(&self) -> StopWords {
        println!("loading the stop words");
        StopWords(vec!["the", "a", "an", "and", "on"])
    }

    #[step]
    async fn begin(&self, _ev: StartEvent) -> Page {
        Page { number: 0 }
    }

    #[step]
    async fn read(
        &self,
        ctx: &Context,
        #[resource] stop: &StopWords,
        page: Page,
    ) -> Result<Either<Page, StopEvent<Tally>>, WorkflowError> {
        let counted = ctx.edit_state(|tally| {
            tally.pages += 1;
            let words = PAGES[page.number]
                .split_whitespace()
                .filter(|w| !stop.0.contains(w));
            let mut counted = 0;
            for word in words {
                counted += 1;
                if word.len() > tally.longest.len() {
                    tally.longest = word.to_owned();
                }
            }
            tally.words += counted;
            counted
        })?;
        println!("page {}: {counted} words", page.number + 1);
        if page.number + 1 < PAGES.len() {
            Ok(Either::Left(Page {
                number: page.number + 1,
            }))
        } else {
            Ok(Either::Right(StopEvent::new(ctx.state()?)))
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), WorkflowError> {
    let flow = WordCount::default();
    for run in 1..=2 {
        let tally = flow.run(StartEvent::new()).await?;
        println!(
            "run {run}: {} pages, {} words, the longest {:?}",
            tally.pages, tally.words, tally.longest
        );
    }
    Ok(())
}
