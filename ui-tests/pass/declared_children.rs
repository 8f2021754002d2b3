//! Declared children: a step runs two, named by path or alias, one step
//! declares a child it runs only sometimes, and the graph holds each child
//! once, with its own graph.
use eventflow::graph::{EdgeKind, NodeKind, WorkflowGraph};
use eventflow::prelude::*;

mod crew {
    use eventflow::prelude::*;

    pub struct Writer;

    #[workflow]
    impl Writer {
        #[step]
        async fn write(&self, _ev: StartEvent) -> StopEvent<String> {
            StopEvent::new("draft".into())
        }
    }

    pub struct Reviewer;

    #[workflow]
    impl Reviewer {
        #[step]
        async fn review(&self, _ev: StartEvent) -> StopEvent<bool> {
            StopEvent::new(true)
        }
    }
}

type Checker = crew::Reviewer;

#[event]
struct Draft {
    text: String,
}

struct Editor;

#[workflow]
impl Editor {
    #[step(children = [crew::Writer, Checker])]
    async fn draft(&self, ctx: &Context, _ev: StartEvent) -> Result<Draft, WorkflowError> {
        let text: String = ctx.run_child(&crew::Writer, StartEvent::new()).await?;
        let _fine: bool = ctx.run_child(&crew::Reviewer, StartEvent::new()).await?;
        Ok(Draft { text })
    }

    #[step(children = [crew::Reviewer])]
    async fn publish(&self, ctx: &Context, ev: Draft) -> Result<StopEvent<String>, WorkflowError> {
        if ev.text.is_empty() {
            ctx.run_child(&crew::Reviewer, StartEvent::new()).await?;
        }
        Ok(StopEvent::new(ev.text))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Editor.run(StartEvent::new()).await.unwrap(), "draft");
    let graph = WorkflowGraph::of::<Editor>();
    let children: Vec<&str> = graph
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Workflow { .. }))
        .map(|n| n.label.as_str())
        .collect();
    assert_eq!(children, ["Writer", "Reviewer"]);
    let runs = graph.edges.iter().filter(|e| e.kind == EdgeKind::Runs).count();
    assert_eq!(runs, 3);
    assert_eq!(graph.children.len(), 2);
}
