// The page of a workflow picture: details of the node under the pointer
// or clicked, highlighting of its edges, finding, zooming. The graph is
// the JSON in #graph-data (WorkflowGraph); node `n<i>` in the SVG is
// `nodes[i]` there.
(function () {
  "use strict";

  var graph = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.getElementById("flow");
  var canvas = document.getElementById("canvas");
  var details = document.getElementById("details-body");
  var find = document.getElementById("find");
  var nodeEls = Array.prototype.slice.call(svg.querySelectorAll(".node"));
  var edgeEls = Array.prototype.slice.call(svg.querySelectorAll(".edge"));
  var labelEls = Array.prototype.slice.call(svg.querySelectorAll(".edge-label"));
  var indexOf = {};
  graph.nodes.forEach(function (n, i) { indexOf[n.id] = i; });
  var pinned = null;

  var ROLE = {
    start: ["start event", "Every run begins with it."],
    stop: ["stop event", "Ends the run; its result is what the run returns."],
    plain: ["event", "Flows between steps."],
    input_required: ["input required", "Goes to the run's stream: it asks the outside world for input."],
    human_response: ["human response", "Comes in through the handler: the outside world's answer."]
  };
  var LOOK = { start: "start", stop: "stop", plain: "event", input_required: "human", human_response: "human" };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function nodeEl(index) { return document.getElementById("n" + index); }

  function orderText(order) {
    if (!order || order.length === 0) { return ""; }
    if (order.length === 1) { return "#" + order[0]; }
    return "×" + order.length + ": " + order.map(function (o) { return "#" + o; }).join(", ");
  }

  // A list of the nodes at the other end of this node's edges of `kinds`.
  function related(id, kinds, outgoing) {
    return graph.edges.filter(function (e) {
      return kinds.indexOf(e.kind) >= 0 && (outgoing ? e.from === id : e.to === id);
    }).map(function (e) {
      return { index: indexOf[outgoing ? e.to : e.from], order: e.order };
    }).filter(function (r) { return r.index !== undefined; });
  }

  function section(parent, title, items, empty) {
    if (items.length === 0 && !empty) { return; }
    parent.appendChild(el("h3", null, title));
    if (items.length === 0) {
      parent.appendChild(el("p", "muted", empty));
      return;
    }
    var ul = el("ul");
    items.forEach(function (r) {
      var li = el("li");
      var b = el("button", "link", graph.nodes[r.index].label);
      b.type = "button";
      b.addEventListener("click", function () { select(r.index, true); });
      li.appendChild(b);
      if (r.order && r.order.length) { li.appendChild(el("span", "order", orderText(r.order))); }
      ul.appendChild(li);
    });
    parent.appendChild(ul);
  }

  // A list of names that are not nodes of this picture.
  function names(parent, title, items, empty) {
    parent.appendChild(el("h3", null, title));
    if (items.length === 0) {
      parent.appendChild(el("p", "muted", empty));
      return;
    }
    var ul = el("ul");
    items.forEach(function (text) { ul.appendChild(el("li", "mono", text)); });
    parent.appendChild(ul);
  }

  // The graph of the child workflow a node stands for, if the page has it.
  function childGraph(n) {
    return (graph.children || []).filter(function (g) { return g.workflow === n.label; })[0];
  }

  function facts(parent, pairs) {
    var dl = el("dl");
    pairs.forEach(function (p) {
      dl.appendChild(el("dt", null, p[0]));
      dl.appendChild(el("dd", p[2] || null, p[1]));
    });
    parent.appendChild(dl);
  }

  function showNode(index) {
    var n = graph.nodes[index];
    var box = document.createDocumentFragment();
    if (n.type === "step") {
      box.appendChild(el("h2", "mono", n.label));
      box.appendChild(el("span", "chip step", "step"));
      facts(box, [["workers", String(n.workers) + " at once"]]);
      section(box, "Takes", related(n.id, ["accepts"], false));
      section(box, "Waits for", related(n.id, ["waits_for"], false));
      section(box, "Returns", related(n.id, ["returns"], true), "no event");
      section(box, "Sends through the context", related(n.id, ["sends"], true));
      section(box, "Runs as a child", related(n.id, ["runs"], true));
    } else if (n.type === "workflow") {
      var child = childGraph(n);
      box.appendChild(el("h2", "mono", n.label));
      box.appendChild(el("span", "chip workflow", "child workflow"));
      box.appendChild(el("p", null, "A workflow of its own, run inside a step of this one: its result comes back to the step, what it streams reaches this run's stream."));
      facts(box, [["type", n.type_name, "mono"]]);
      section(box, "Run by", related(n.id, ["runs"], false));
      if (child) {
        var of = function (type) {
          return child.nodes.filter(function (c) { return c.type === type; });
        };
        names(box, "Its steps", of("step").map(function (c) {
          return c.label + " (" + c.workers + " at once)";
        }), "none");
        names(box, "Its events", of("event").map(function (c) {
          var role = ROLE[c.role] || ROLE.plain;
          return c.role === "plain" ? c.label : c.label + " (" + role[0] + ")";
        }), "none");
        var grand = of("workflow").map(function (c) { return c.label; });
        if (grand.length) { names(box, "Its child workflows", grand); }
      } else {
        box.appendChild(el("p", "muted", "It runs a workflow above it, whose steps and events are in this picture or above it."));
      }
    } else if (n.type === "event") {
      var role = ROLE[n.role] || ROLE.plain;
      box.appendChild(el("h2", null, n.label));
      box.appendChild(el("span", "chip " + (LOOK[n.role] || "event"), role[0]));
      box.appendChild(el("p", null, role[1]));
      facts(box, [["type", n.stable_name, "mono"], ["module", n.module, "mono"]]);
      box.appendChild(el("h3", null, "Fields"));
      if (n.fields.length) {
        var ul = el("ul");
        n.fields.forEach(function (f) { ul.appendChild(el("li", "mono", f)); });
        box.appendChild(ul);
      } else {
        box.appendChild(el("p", "muted", n.role === "start" && n.stable_name === "StartEvent"
          ? "keyword data, as given to start! { .. }" : "none known"));
      }
      section(box, "Produced by", related(n.id, ["returns", "sends"], false));
      section(box, "Taken by", related(n.id, ["accepts"], true));
      section(box, "Waited for by", related(n.id, ["waits_for"], true));
      section(box, "Goes to", related(n.id, ["asks"], true));
      section(box, "Comes from", related(n.id, ["answers"], false));
    } else {
      box.appendChild(el("h2", null, n.label));
      box.appendChild(el("span", "chip outside", "outside the run"));
      box.appendChild(el("p", null, "Reads the questions from the run's stream and sends answers in through the handler."));
      section(box, "Reads", related(n.id, ["asks"], false));
      section(box, "Answers with", related(n.id, ["answers"], true));
    }
    if (n.run) {
      box.appendChild(el("h3", null, "In this run"));
      var what = n.type === "step" ? "ran "
        : n.type === "workflow" ? "the steps that run it ran " : "occurred ";
      box.appendChild(el("p", null, what + n.run.count + (n.run.count === 1 ? " time" : " times")));
      (n.run.errors || []).forEach(function (e) { box.appendChild(el("p", "error", e)); });
    }
    details.replaceChildren(box);
  }

  function showOverview() {
    var box = document.createDocumentFragment();
    box.appendChild(el("p", "hint", "Hover over or click a step or event to see its details."));
    if (graph.run) {
      var steps = [];
      graph.edges.forEach(function (e) {
        (e.order || []).forEach(function (o) { steps.push({ order: o, edge: e }); });
      });
      steps.sort(function (a, b) { return a.order - b.order; });
      box.appendChild(el("h3", null, "Order of events"));
      var ol = el("ol", "timeline");
      steps.forEach(function (s) {
        var li = el("li");
        li.value = s.order;
        [s.edge.from, s.edge.to].forEach(function (id, k) {
          if (k === 1) { li.appendChild(document.createTextNode(" → ")); }
          var b = el("button", "link", graph.nodes[indexOf[id]].label);
          b.type = "button";
          b.addEventListener("click", function () { select(indexOf[id], true); });
          li.appendChild(b);
        });
        ol.appendChild(li);
      });
      box.appendChild(ol);
    }
    details.replaceChildren(box);
  }

  function highlight(index) {
    nodeEls.forEach(function (e) { e.classList.remove("hot", "near"); });
    edgeEls.forEach(function (e) { e.classList.remove("hot"); });
    labelEls.forEach(function (e) { e.classList.remove("hot"); });
    if (index === null) { svg.classList.remove("focus"); return; }
    var id = "n" + index;
    svg.classList.add("focus");
    nodeEl(index).classList.add("hot");
    edgeEls.forEach(function (e) {
      var from = e.getAttribute("data-from"), to = e.getAttribute("data-to");
      if (from === id || to === id) {
        e.classList.add("hot");
        document.getElementById(from === id ? to : from).classList.add("near");
        labelEls.forEach(function (l) {
          if (l.getAttribute("data-edge") === e.id) { l.classList.add("hot"); }
        });
      }
    });
  }

  function select(index, scroll) {
    if (pinned !== null) { nodeEl(pinned).classList.remove("selected"); }
    pinned = index;
    if (index === null) {
      highlight(null);
      showOverview();
      setHash("");
      return;
    }
    var node = nodeEl(index);
    node.classList.add("selected");
    highlight(index);
    showNode(index);
    setHash("node=" + encodeURIComponent(graph.nodes[index].id));
    if (scroll && node.scrollIntoView) {
      node.scrollIntoView({ block: "center", inline: "center", behavior: "smooth" });
    }
  }

  function setHash(hash) {
    try {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    } catch (e) { /* some viewers forbid it; the link is only a convenience */ }
  }

  nodeEls.forEach(function (node) {
    var index = Number(node.id.slice(1));
    node.addEventListener("mouseenter", function () {
      highlight(index);
      if (pinned === null) { showNode(index); }
    });
    node.addEventListener("mouseleave", function () {
      highlight(pinned);
      if (pinned === null) { showOverview(); }
    });
    node.addEventListener("click", function (ev) {
      ev.stopPropagation();
      select(pinned === index ? null : index, false);
    });
    node.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(index, false); }
    });
  });
  canvas.addEventListener("click", function () { if (pinned !== null) { select(null); } });

  // Finding.
  find.addEventListener("input", function () {
    var q = find.value.trim().toLowerCase();
    svg.classList.toggle("finding", q.length > 0);
    nodeEls.forEach(function (node, i) {
      node.classList.toggle("match", q.length > 0 && graph.nodes[i].label.toLowerCase().indexOf(q) >= 0);
    });
  });
  find.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hit = nodeEls.filter(function (n) { return n.classList.contains("match"); })[0];
      if (hit) { select(Number(hit.id.slice(1)), true); }
    } else if (ev.key === "Escape") {
      find.value = "";
      find.dispatchEvent(new Event("input"));
    }
  });

  // Zooming: the SVG's own size times `scale`, so text stays sharp.
  var box = svg.viewBox.baseVal;
  var scale = 1;
  var reset = document.getElementById("zoom-reset");
  function zoom(to) {
    scale = Math.min(4, Math.max(0.1, to));
    svg.setAttribute("width", String(Math.round(box.width * scale)));
    svg.setAttribute("height", String(Math.round(box.height * scale)));
    reset.textContent = Math.round(scale * 100) + "%";
  }
  function fit() {
    var w = (canvas.clientWidth - 16) / box.width, h = (canvas.clientHeight - 16) / box.height;
    zoom(Math.min(w, h, 1));
  }
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(scale * 1.25); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(scale / 1.25); });
  reset.addEventListener("click", function () { zoom(1); });
  document.getElementById("zoom-fit").addEventListener("click", fit);
  canvas.addEventListener("wheel", function (ev) {
    if (ev.ctrlKey || ev.metaKey) {
      ev.preventDefault();
      zoom(scale * (ev.deltaY < 0 ? 1.1 : 1 / 1.1));
    }
  }, { passive: false });
  document.addEventListener("keydown", function (ev) {
    if (ev.target === find) { return; }
    if (ev.key === "+" || ev.key === "=") { zoom(scale * 1.25); }
    else if (ev.key === "-") { zoom(scale / 1.25); }
    else if (ev.key === "0") { zoom(1); }
    else if (ev.key === "f") { fit(); }
    else if (ev.key === "Escape") { select(null); }
    else if (ev.key === "/") { ev.preventDefault(); find.focus(); }
  });

  // A wide graph starts fitted to the width, but never so small that its
  // names cannot be read; scroll for the rest.
  zoom(Math.min(1, Math.max(0.6, (canvas.clientWidth - 16) / box.width)));
  showOverview();

  // `#node=<id>` in the address selects that node, as a click would.
  var wanted = /^#node=(.+)$/.exec(location.hash);
  if (wanted) {
    var at = indexOf[decodeURIComponent(wanted[1])];
    if (at !== undefined) { nodeEl(at).dispatchEvent(new MouseEvent("click", { bubbles: true })); }
  }

  // For checks of the page: how many nodes the browser drew with a size.
  var drawn = nodeEls.filter(function (n) { var b = n.getBBox(); return b.width > 0 && b.height > 0; });
  document.body.setAttribute("data-drawn", String(drawn.length));
  document.body.setAttribute("data-ready", "true");
}());
