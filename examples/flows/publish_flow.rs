//! Child workflows: `Publisher`'s step `draft` runs a `Writer`, its step
//! `review` an `Editor`, and the `Editor` runs a `SpellChecker` of its
//! own. Each step declares the children it runs
//! (`#[step(children = [..])]`), so the graph and its pictures show them.

use eventflow::prelude::*;

/// The `Writer`'s start event.
#[event]
pub struct Brief {
    pub topic: String,
}

/// The `Writer`'s progress, on its stream.
#[event]
pub struct Section {
    pub n: u32,
    pub title: String,
}

/// A draft: the `Publisher` reviews it; the `Editor` and the
/// `SpellChecker` start with it.
#[event]
pub struct Draft {
    pub text: String,
}

/// A reviewed draft, ready to publish.
#[event]
pub struct Reviewed {
    pub text: String,
    pub typos: u32,
}

/// Writes three sections on a topic.
pub struct Writer;

#[workflow(start = Brief)]
impl Writer {
    #[step]
    async fn write(&self, ctx: &Context, ev: Brief) -> StopEvent<String> {
        let mut sections = Vec::new();
        for (n, part) in (1..).zip(["why", "how", "what next"]) {
            let title = format!("{}: {part}", ev.topic);
            ctx.write_event_to_stream(Section {
                n,
                title: title.clone(),
            });
            sections.push(title);
        }
        StopEvent::new(sections.join("\n"))
    }
}

/// Counts the typos in a draft.
pub struct SpellChecker;

#[workflow(start = Draft)]
impl SpellChecker {
    #[step]
    async fn check(&self, ev: Draft) -> StopEvent<u32> {
        StopEvent::new(ev.text.matches("teh").count() as u32)
    }
}

/// Reviews a draft with a `SpellChecker`.
pub struct Editor {
    pub checker: SpellChecker,
}

#[workflow(start = Draft)]
impl Editor {
    #[step(children = [SpellChecker])]
    async fn edit(&self, ctx: &Context, ev: Draft) -> Result<StopEvent<u32>, WorkflowError> {
        let typos: u32 = ctx.run_child(&self.checker, ev).await?;
        Ok(StopEvent::new(typos))
    }
}

/// Drafts with a `Writer`, reviews with an `Editor`, then publishes.
pub struct Publisher {
    pub writer: Writer,
    pub editor: Editor,
}

impl Publisher {
    pub fn new() -> Self {
        Publisher {
            writer: Writer,
            editor: Editor {
                checker: SpellChecker,
            },
        }
    }
}

#[workflow]
impl Publisher {
    #[step(children = [Writer])]
    async fn draft(&self, ctx: &Context, ev: StartEvent) -> Result<Draft, WorkflowError> {
        let topic: String = ev.get("topic")?;
        // The child's result, typed: `Writer` stops with a `String`.
        let text: String = ctx.run_child(&self.writer, Brief { topic }).await?;
        Ok(Draft { text })
    }

    #[step(children = [Editor])]
    async fn review(&self, ctx: &Context, ev: Draft) -> Result<Reviewed, WorkflowError> {
        let typos: u32 = ctx.run_child(&self.editor, ev.clone()).await?;
        Ok(Reviewed {
            text: ev.text,
            typos,
        })
    }

    #[step]
    async fn publish(&self, ev: Reviewed) -> StopEvent<String> {
        StopEvent::new(format!(
            "published {} sections, {} typos",
            ev.text.lines().count(),
            ev.typos
        ))
    }
}
