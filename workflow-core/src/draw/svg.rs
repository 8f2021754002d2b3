//! The graph as inline SVG: `layout-rs` places the nodes and routes the
//! edges (a layered layout, top to bottom, with crossings reduced); this
//! module draws what it placed through its [`RenderBackend`] trait, with
//! classes the page's style and script use.

use std::fmt::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};

use layout::core::base::Orientation;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::StyleAttr;
use layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
use layout::topo::layout::VisualGraph;

use super::{edge_ends, edge_label, DrawError, Look};
use crate::graph::{EdgeKind, NodeKind, WorkflowGraph};

/// Text size in the picture, px; the page's style uses the same.
const FONT: f64 = 13.0;
/// A generous width of one character at [`FONT`], so labels fit their box
/// in any sans-serif or monospace font.
const CHAR: f64 = FONT * 0.62;
const NODE_HEIGHT: f64 = 34.0;
const PAD_X: f64 = 28.0;
const MARGIN: f64 = 24.0;

/// The graph's picture as an `<svg>` element.
pub(super) fn render(graph: &WorkflowGraph) -> Result<String, DrawError> {
    let mut vg = VisualGraph::new(Orientation::TopToBottom);
    let handles: Vec<_> = graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            let size = Point::new(width(node), NODE_HEIGHT);
            let shape = ShapeKind::new_box(&node.label);
            let look = StyleAttr::simple();
            // The node's index comes back with each draw call.
            let element = Element::create_with_properties(
                shape,
                look,
                Orientation::TopToBottom,
                size,
                i.to_string(),
            );
            vg.add_node(element)
        })
        .collect();
    for (i, (from, to, _)) in edge_ends(graph).into_iter().enumerate() {
        let arrow = Arrow::simple_with_properties("", i.to_string());
        vg.add_edge(arrow, handles[from], handles[to]);
    }
    let mut canvas = Canvas::new(graph);
    let laid = catch_unwind(AssertUnwindSafe(|| {
        vg.do_it(false, false, false, &mut canvas);
    }));
    if let Err(panic) = laid {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "it panicked".to_owned());
        return Err(DrawError::Layout {
            workflow: graph.workflow.clone(),
            message,
        });
    }
    Ok(canvas.finish())
}

/// A node's width: its label's, and room for the bars of a child workflow.
fn width(node: &crate::graph::Node) -> f64 {
    let bars = match node.kind {
        NodeKind::Workflow { .. } => 2.0 * BAR,
        _ => 0.0,
    };
    (node.label.chars().count() as f64 * CHAR + PAD_X + bars).max(72.0)
}

/// How far inside its box a child workflow's bars are drawn.
const BAR: f64 = 9.0;

/// Receives the placed shapes from `layout-rs` and writes them as SVG.
struct Canvas<'g> {
    graph: &'g WorkflowGraph,
    ends: Vec<(usize, usize, &'g crate::graph::Edge)>,
    nodes: String,
    edges: String,
    labels: String,
    min: Point,
    max: Point,
}

impl<'g> Canvas<'g> {
    fn new(graph: &'g WorkflowGraph) -> Self {
        Canvas {
            graph,
            ends: edge_ends(graph),
            nodes: String::new(),
            edges: String::new(),
            labels: String::new(),
            min: Point::splat(f64::INFINITY),
            max: Point::splat(f64::NEG_INFINITY),
        }
    }

    fn grow(&mut self, p: Point) {
        self.min = Point::new(self.min.x.min(p.x), self.min.y.min(p.y));
        self.max = Point::new(self.max.x.max(p.x), self.max.y.max(p.y));
    }

    fn finish(self) -> String {
        let (min, max) = if self.min.x.is_finite() {
            (self.min, self.max)
        } else {
            (Point::zero(), Point::zero())
        };
        let (x, y) = (min.x - MARGIN, min.y - MARGIN);
        let (w, h) = (max.x - min.x + 2.0 * MARGIN, max.y - min.y + 2.0 * MARGIN);
        let title = escape(&format!(
            "{}, {}",
            self.graph.workflow,
            self.graph.subject()
        ));
        let mut out = String::new();
        let _ = write!(
            out,
            "<svg id=\"flow\" viewBox=\"{x:.1} {y:.1} {w:.1} {h:.1}\" width=\"{w:.0}\" height=\"{h:.0}\" role=\"img\" aria-labelledby=\"flow-title\">\n<title id=\"flow-title\">{title}</title>\n"
        );
        out.push_str(concat!(
            "<defs>",
            "<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,1 L10,5 L0,9 z\" class=\"head\"/></marker>",
            "<marker id=\"arrow-hot\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"12\" markerHeight=\"12\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,1 L10,5 L0,9 z\" class=\"head hot\"/></marker>",
            "</defs>\n"
        ));
        out.push_str("<g class=\"edges\">\n");
        out.push_str(&self.edges);
        out.push_str("</g>\n<g class=\"nodes\">\n");
        out.push_str(&self.nodes);
        out.push_str("</g>\n<g class=\"edge-labels\">\n");
        out.push_str(&self.labels);
        out.push_str("</g>\n</svg>");
        out
    }

    fn node(&mut self, index: usize, corner: Point, size: Point) {
        let Some(node) = self.graph.nodes.get(index) else {
            return;
        };
        self.grow(corner);
        self.grow(corner.add(size));
        let look = Look::of(node);
        // `event` for every event, and the look: `start`, `stop`, `human`.
        let class = match (&node.kind, look) {
            (NodeKind::EventType { .. }, look) if look != Look::Event => {
                format!("event {}", look.class())
            }
            _ => look.class().to_owned(),
        };
        let radius = match node.kind {
            NodeKind::Step { .. } => 6.0,
            NodeKind::EventType { .. } => size.y / 2.0,
            NodeKind::Outside => 2.0,
            NodeKind::Workflow { .. } => 3.0,
        };
        let center = corner.add(size.scale(0.5));
        let _ = write!(
            self.nodes,
            "<g class=\"node {class}\" id=\"n{index}\" data-id=\"{}\" tabindex=\"0\" role=\"button\" aria-label=\"{}\">",
            escape(&node.id),
            escape(&node.label),
        );
        let _ = write!(self.nodes, "<title>{}</title>", escape(&title(node)));
        let _ = write!(
            self.nodes,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"{radius:.1}\"/>",
            corner.x, corner.y, size.x, size.y
        );
        if look == Look::Workflow {
            // A subroutine: a bar inside each side.
            let (left, right) = (corner.x + BAR, corner.x + size.x - BAR);
            let _ = write!(
                self.nodes,
                "<path class=\"bars\" d=\"M {left:.1} {:.1} V {:.1} M {right:.1} {:.1} V {:.1}\"/>",
                corner.y,
                corner.y + size.y,
                corner.y,
                corner.y + size.y
            );
        }
        if look == Look::Stop {
            // A second outline: the run ends here.
            let _ = write!(
                self.nodes,
                "<rect class=\"ring\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"{:.1}\"/>",
                corner.x - 4.0,
                corner.y - 4.0,
                size.x + 8.0,
                size.y + 8.0,
                radius + 4.0
            );
        }
        let _ = write!(
            self.nodes,
            "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            center.x,
            center.y,
            escape(&node.label)
        );
        if let Some(run) = &node.run {
            let at = Point::new(corner.x + size.x - 2.0, corner.y + 2.0);
            let _ = write!(
                self.nodes,
                "<g class=\"badge{}\"><circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"10\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text></g>",
                if run.errors.is_empty() { "" } else { " failed" },
                at.x,
                at.y,
                at.x,
                at.y,
                run.count
            );
        }
        self.nodes.push_str("</g>\n");
    }
}

/// A node's tooltip: its name and kind.
fn title(node: &crate::graph::Node) -> String {
    match &node.kind {
        NodeKind::Step { workers } => format!("step {}, {workers} workers", node.label),
        NodeKind::EventType { role, .. } => {
            let role = serde_json::to_value(role)
                .ok()
                .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
                .unwrap_or_default();
            format!("{} ({role} event)", node.label)
        }
        NodeKind::Outside => "the outside world".to_owned(),
        NodeKind::Workflow { .. } => format!("child workflow {}", node.label),
    }
}

impl RenderBackend for Canvas<'_> {
    fn draw_rect(
        &mut self,
        xy: Point,
        size: Point,
        _look: &StyleAttr,
        properties: Option<String>,
        _clip: Option<ClipHandle>,
    ) {
        if let Some(index) = properties.and_then(|p| p.parse().ok()) {
            self.node(index, xy, size);
        }
    }

    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {
        // Only drawn in the layout's debug mode.
    }

    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {
        // Only drawn in the layout's debug mode; every node is a box.
    }

    fn draw_text(&mut self, _: Point, _: &str, _: &StyleAttr) {
        // Node labels are drawn with their node.
    }

    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _dashed: bool,
        head: (bool, bool),
        _look: &StyleAttr,
        properties: Option<String>,
        _text: &str,
    ) {
        let Some(index) = properties.and_then(|p| p.parse::<usize>().ok()) else {
            return;
        };
        let Some(&(from, to, edge)) = self.ends.get(index) else {
            return;
        };
        if path.len() < 2 {
            return;
        }
        // The same curve `layout-rs` draws: the first pair is the start
        // and its control point, each later pair a control point and a
        // point the curve passes through.
        let mut d = format!(
            "M {:.1} {:.1} C {:.1} {:.1}, {:.1} {:.1}, {:.1} {:.1}",
            path[0].0.x,
            path[0].0.y,
            path[0].1.x,
            path[0].1.y,
            path[1].0.x,
            path[1].0.y,
            path[1].1.x,
            path[1].1.y
        );
        for (control, point) in &path[2..] {
            let _ = write!(
                d,
                " S {:.1} {:.1}, {:.1} {:.1}",
                control.x, control.y, point.x, point.y
            );
        }
        let points: Vec<Point> = std::iter::once(path[0].0)
            .chain(path[1..].iter().map(|p| p.1))
            .collect();
        for p in &points {
            self.grow(*p);
        }
        // The layout turns edges that close a loop around; the arrow head
        // then goes at the start.
        let reversed = head.0 && !head.1;
        let marker = if reversed {
            "marker-start=\"url(#arrow)\""
        } else {
            "marker-end=\"url(#arrow)\""
        };
        let kind = kind_class(edge.kind);
        let weight = match edge.order.len() {
            0 | 1 => String::new(),
            n => format!(
                " style=\"stroke-width:{:.1}px\"",
                1.5 + (n.min(6) as f64) * 0.5
            ),
        };
        let _ = writeln!(
            self.edges,
            "<path class=\"edge {kind}{}\" id=\"e{index}\" data-from=\"n{from}\" data-to=\"n{to}\" d=\"{d}\" {marker}{weight}/>",
            if reversed { " rev" } else { "" },
        );
        let label = edge_label(self.graph, edge);
        if !label.is_empty() {
            let at = midpoint(&points);
            let _ = writeln!(
                self.labels,
                "<text class=\"edge-label {kind}\" data-edge=\"e{index}\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                at.x + 6.0,
                at.y,
                escape(&label)
            );
        }
    }

    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        // Only records (which this picture has none of) ask for clips.
        0
    }
}

fn kind_class(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::Accepts => "accepts",
        EdgeKind::WaitsFor => "waits-for",
        EdgeKind::Returns => "returns",
        EdgeKind::Sends => "sends",
        EdgeKind::Asks => "asks",
        EdgeKind::Answers => "answers",
        EdgeKind::Fails => "fails",
        EdgeKind::Runs => "runs",
    }
}

/// The point halfway along a polyline.
fn midpoint(points: &[Point]) -> Point {
    let lengths: Vec<f64> = points.windows(2).map(|w| w[0].distance_to(w[1])).collect();
    let mut left = lengths.iter().sum::<f64>() / 2.0;
    for (w, len) in points.windows(2).zip(&lengths) {
        if left <= *len && *len > 0.0 {
            let t = left / len;
            return Point::new(
                w[0].x + (w[1].x - w[0].x) * t,
                w[0].y + (w[1].y - w[0].y) * t,
            );
        }
        left -= len;
    }
    points.first().copied().unwrap_or_else(Point::zero)
}

/// Text for HTML and SVG: `&`, `<`, `>` and quotes escaped.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
