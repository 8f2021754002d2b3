//! The page around the picture: one HTML file with the SVG, the style
//! (`page.css`), the graph as JSON and the script (`page.js`) inline, and
//! no external reference.

use std::fmt::Write;

use super::svg::escape;
use super::Look;
use crate::graph::{EdgeKind, NodeKind, WorkflowGraph};

const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

pub(super) fn render(graph: &WorkflowGraph, svg: &str) -> String {
    let title = format!("{}, {}", graph.workflow, graph.subject());
    let mut out = String::with_capacity(svg.len() + STYLE.len() + SCRIPT.len() + 4096);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"eventflow\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&title));
    out.push_str("<style>\n");
    out.push_str(&palette());
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header>\n");
    let _ = writeln!(
        out,
        "<div class=\"heading\"><h1>{}</h1><p class=\"subtitle\">{}</p></div>",
        escape(&graph.workflow),
        escape(&subtitle(graph))
    );
    out.push_str(&legend(graph));
    out.push_str(concat!(
        "<div class=\"tools\">",
        "<input id=\"find\" type=\"search\" placeholder=\"Find a step or event\" aria-label=\"Find a step or event\">",
        "<button id=\"zoom-out\" type=\"button\" title=\"Zoom out (-)\">&minus;</button>",
        "<button id=\"zoom-reset\" type=\"button\" title=\"Actual size (0)\">100%</button>",
        "<button id=\"zoom-in\" type=\"button\" title=\"Zoom in (+)\">+</button>",
        "<button id=\"zoom-fit\" type=\"button\" title=\"Fit to the window (f)\">Fit</button>",
        "</div>\n</header>\n<main>\n<div id=\"canvas\">\n"
    ));
    out.push_str(svg);
    out.push_str("\n</div>\n<aside id=\"details\" aria-live=\"polite\"><div id=\"details-body\">");
    out.push_str("<p class=\"hint\">Hover over or click a step or event to see its details.</p>");
    out.push_str("</div></aside>\n</main>\n");
    out.push_str("<script type=\"application/json\" id=\"graph-data\">");
    // `<` never appears raw inside the script element, so no text can
    // close it; JSON reads `\u003c` back as `<`.
    out.push_str(&graph.to_json().replace('<', "\\u003c"));
    out.push_str("</script>\n<script>\n");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// `2 steps · 4 event types`, the child workflows if any, and for a run
/// how it went.
fn subtitle(graph: &WorkflowGraph) -> String {
    let steps = super::step_count(graph);
    let events = graph
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::EventType { .. }))
        .count();
    let children = graph
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Workflow { .. }))
        .count();
    let plural = |n: usize, one: &str, many: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    };
    let mut text = format!(
        "{} · {} · {}",
        graph.subject(),
        plural(steps, "step", "steps"),
        plural(events, "event type", "event types")
    );
    if children > 0 {
        let _ = write!(
            text,
            " · {}",
            plural(children, "child workflow", "child workflows")
        );
    }
    if let Some(run) = &graph.run {
        let _ = write!(
            text,
            " · {} · {}",
            plural(
                run.invocations as usize,
                "step invocation",
                "step invocations"
            ),
            if run.stopped {
                "ended with its stop event"
            } else {
                "did not reach its stop event"
            }
        );
    }
    text
}

/// The kinds of node and edge this picture has, and what they look like.
fn legend(graph: &WorkflowGraph) -> String {
    let mut out = String::from("<ul class=\"legend\">");
    for look in Look::ALL {
        if !graph.nodes.iter().any(|n| Look::of(n) == look) {
            continue;
        }
        let text = match look {
            Look::Step => "step",
            Look::Event => "event",
            Look::Start => "start event",
            Look::Stop => "stop event",
            Look::Human => "human in the loop",
            Look::Outside => "outside world",
            Look::Workflow => "child workflow",
        };
        let _ = write!(
            out,
            "<li><span class=\"swatch {}\"></span>{text}</li>",
            look.class()
        );
    }
    if graph.edges.iter().any(|e| super::dashed(e.kind)) {
        let mut what: Vec<&str> = Vec::new();
        let has = |kinds: &[EdgeKind]| graph.edges.iter().any(|e| kinds.contains(&e.kind));
        if has(&[EdgeKind::Sends]) {
            what.push("sent through the context");
        }
        if has(&[EdgeKind::WaitsFor]) {
            what.push("waited for");
        }
        if has(&[EdgeKind::Asks, EdgeKind::Answers]) {
            what.push("to and from outside");
        }
        if has(&[EdgeKind::Fails]) {
            what.push("failures to an error handler");
        }
        let what = format!("dashed: {}", what.join(", "));
        let _ = write!(out, "<li><span class=\"swatch dashed\"></span>{what}</li>");
    }
    if graph.run.is_some() {
        out.push_str("<li><span class=\"swatch count\">2</span>times in this run; numbers on edges: order of events</li>");
    }
    out.push_str("</ul>\n");
    out
}

/// The colours of each kind of node, as rules for the page.
fn palette() -> String {
    let mut out = String::new();
    for look in Look::ALL {
        let (class, fill, stroke, text) = (look.class(), look.fill(), look.stroke(), look.text());
        let _ = writeln!(
            out,
            ".node.{class} rect {{ fill: {fill}; stroke: {stroke}; }} .node.{class} text {{ fill: {text}; }} .node.{class} .ring, .node.{class} .bars {{ stroke: {stroke}; }} .swatch.{class}, .chip.{class} {{ background: {fill}; border-color: {stroke}; color: {text}; }}"
        );
    }
    out
}
