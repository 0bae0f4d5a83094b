// Meshwork room: the shared map, drawn as SVG built with createElementNS (never
// markup), so a card's text is always just text. Records are kept keyed by id and
// only the ones that changed are redrawn, once per frame: 500 cards stay fluid.
"use strict";

(function (ns) {
  const SVG = "http://www.w3.org/2000/svg";
  // The desktop canvas's looks (widgets/canvas/style.py), so the phone map reads the same.
  const KIND_GLYPHS = {
    "activity": "▶", "purpose": "◎", "resource": "⚙", "outcome": "★",
    "question": "?", "insight": "✦", "pain point": "⚠", "story": "❝",
  };
  const LINK_LOOKS = {
    "hand-off": { colour: "#0072B2", dash: "", width: 3, head: "filled" },
    "depends on": { colour: "#D55E00", dash: "10 6", width: 2.5, head: "open" },
    "uses": { colour: "#009E73", dash: "2 5", width: 3, head: "diamond" },
    "informs": { colour: "#7A5195", dash: "12 5 2 5", width: 2.5, head: "open" },
    "conflicts with": { colour: "#B00020", dash: "", width: 4, head: "bar" },
  };
  const NO_AUTHOR = "#BBBBBB";
  const TEXT_PX = 16, LINE_PX = 20, PAD = 10, TEXT_LEFT = 34, FOOTER = 24, FOOTER_PX = 12;
  // Semantic zoom: each level shows what still reads at 12 px or more on screen.
  const SUMMARY_PX = 26, SUMMARY_LINE = 30;  // zoomed out: the first words, large
  const GIST_PX = 44, GIST_LINE = 48;        // further out: the first word or two, larger still
  const FAR_BELOW = 0.75;                      // below this scale full text (16 px) is under 12 px
  const FARTHER_BELOW = 0.47;                  // below this the summary (26 px) is under 12 px
  const FOOTER_FROM = 1;                       // "role · name" (12 px) only where it reads at 12 px
  const READABLE = 0.5;                        // the smallest first view: first words (26 px) at 13 px
  const MIN_SCALE = 0.03, MAX_SCALE = 4;
  const TAP_SLOP = 10;                         // px a finger may wander and still tap

  const measure = document.createElement("canvas").getContext("2d");

  function node(tag, attrs, text) {
    const n = document.createElementNS(SVG, tag);
    for (const key in attrs || {}) n.setAttribute(key, attrs[key]);
    if (text !== undefined) n.textContent = text;
    return n;
  }

  function rgb(hex) {
    const m = /^#?([0-9a-f]{6})$/i.exec(hex || "");
    const v = m ? parseInt(m[1], 16) : 0xbbbbbb;
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  const hex = (c) => "#" + c.map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, "0")).join("");
  // A light tint of the author's colour, so dark text stays readable on it (as on the desktop).
  const tint = (colour) => hex(rgb(colour).map((v) => v + (255 - v) * 0.72));
  const darker = (colour, f) => hex(rgb(colour).map((v) => v / f));

  function linkLook(kind) { return LINK_LOOKS[kind] || LINK_LOOKS["hand-off"]; }

  // Word widths are measured once per font size: 500 cards share most of their words.
  const widths = new Map();
  function widthOf(text, px) {
    const key = px + "|" + text;
    let w = widths.get(key);
    if (w === undefined) {
      measure.font = px + "px system-ui, sans-serif";
      w = measure.measureText(text).width;
      if (widths.size > 20000) widths.clear();
      widths.set(key, w);
    }
    return w;
  }

  // Cut a word to the longest start that fits (for words longer than a line).
  function cutToFit(word, px, width) {
    let lo = 1, hi = word.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (widthOf(word.slice(0, mid), px) <= width) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // Greedy word wrap; the last line that fits ends with an ellipsis when text is left over.
  // Full text breaks a word longer than a line across lines; the large first words of a
  // zoomed-out card (whole = false) end at such a word, cut with an ellipsis instead.
  function wrap(text, px, width, maxLines, whole = true) {
    const space = widthOf(" ", px);
    const lines = [];
    let line = [], used = 0;
    const words = String(text).split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length && lines.length <= maxLines; i++) {
      let word = words[i], w = widthOf(word, px);
      if (w > width && !whole) {
        if (line.length) { lines.push(line.join(" ")); line = []; }
        if (lines.length < maxLines) {
          lines.push(word.slice(0, cutToFit(word, px, width - widthOf("…", px))) + "…");
        } else {
          lines.push("");  // one line too many: the last line that fits gets the ellipsis
        }
        break;
      }
      if (w > width) {  // longer than a line: cut it, a line at a time
        if (line.length) { lines.push(line.join(" ")); line = []; used = 0; }
        while (w > width && lines.length <= maxLines) {
          const cut = cutToFit(word, px, width);
          lines.push(word.slice(0, cut));
          word = word.slice(cut);
          w = widthOf(word, px);
        }
      }
      if (!word) continue;
      if (line.length && used + space + w > width) { lines.push(line.join(" ")); line = []; used = 0; }
      used += (line.length ? space : 0) + w;
      line.push(word);
    }
    if (line.length) lines.push(line.join(" "));
    if (lines.length > maxLines) {
      const words = lines[maxLines - 1].split(" ");
      const ellipsis = whole ? " …" : "…";  // large type has no room for the space
      const dots = widthOf(ellipsis, px);
      while (words.length > 1 && words.reduce((sum, x) => sum + widthOf(x, px) + space, 0) + dots > width) words.pop();
      let last = words.join(" ");
      if (widthOf(last, px) + dots > width) last = last.slice(0, cutToFit(last, px, width - dots));
      lines.length = maxLines;
      lines[maxLines - 1] = last + ellipsis;
    }
    return lines;
  }

  function textBlock(cls, x, y, px, lineHeight, lines) {
    const block = node("text", { class: cls, x, y, "font-size": px });
    lines.forEach((line, i) => block.appendChild(node("tspan", { x, y: y + i * lineHeight }, line)));
    return block;
  }

  // Where the segment from a card's centre towards (tx, ty) leaves the card's rectangle.
  function border(card, tx, ty, gap) {
    const cx = card.x + card.width / 2, cy = card.y + card.height / 2;
    const dx = tx - cx, dy = ty - cy;
    if (!dx && !dy) return [cx, cy];
    const sx = dx ? (card.width / 2 + gap) / Math.abs(dx) : Infinity;
    const sy = dy ? (card.height / 2 + gap) / Math.abs(dy) : Infinity;
    const s = Math.min(sx, sy, 1);
    return [cx + dx * s, cy + dy * s];
  }

  function markers(defs) {
    for (const kind in LINK_LOOKS) {
      const look = LINK_LOOKS[kind];
      const m = node("marker", { id: "head-" + kind.replace(/\W+/g, "-"), viewBox: "0 0 16 16", refX: 14, refY: 8,
        markerWidth: 16, markerHeight: 16, markerUnits: "userSpaceOnUse", orient: "auto" });
      const paint = { fill: look.colour, stroke: look.colour, "stroke-width": 2, "stroke-linejoin": "round" };
      if (look.head === "filled") m.appendChild(node("path", Object.assign({}, paint, { d: "M1 2 L15 8 L1 14 Z" })));
      else if (look.head === "open") m.appendChild(node("path", Object.assign({}, paint, { d: "M2 2 L14 8 L2 14", fill: "none" })));
      else if (look.head === "diamond") m.appendChild(node("path", Object.assign({}, paint, { d: "M1 8 L8 3 L15 8 L8 13 Z" })));
      else m.appendChild(node("path", Object.assign({}, paint, { d: "M12 1 L12 15", "stroke-width": 4 })));
      defs.appendChild(m);
    }
    // A face-down card's back: diagonal stripes, the same for everyone, no text.
    const back = node("pattern", { id: "card-back", width: 14, height: 14, patternUnits: "userSpaceOnUse",
      patternTransform: "rotate(45)" });
    back.appendChild(node("rect", { width: 14, height: 14, fill: "#d8dce3" }));
    back.appendChild(node("rect", { width: 6, height: 14, fill: "#c4cad4" }));
    defs.appendChild(back);
  }

  function MapView(svg, handlers) {
    const cards = new Map(), links = new Map(), zones = new Map(), people = new Map();
    const nodes = { cards: new Map(), links: new Map(), zones: new Map() };
    const dirty = { cards: new Set(), links: new Set(), zones: new Set() };
    const linksOf = new Map();  // card id -> Set of link ids, to move links with their cards
    let view = { x: 0, y: 0, s: 0.5 };
    let frame = null, fitted = false;
    let moved = false;  // the person has panned or zoomed: stop framing the map for them

    const defs = node("defs");
    markers(defs);
    const world = node("g", { class: "world" });
    const layers = { zones: node("g"), links: node("g"), cards: node("g") };
    world.append(layers.zones, layers.links, layers.cards);
    svg.replaceChildren(defs, world);

    // -- the records ---------------------------------------------------------------
    function put(table, record) {
      const store = { cards, links, zones, participants: people }[table];
      if (!store) return;
      if (table === "links") {
        const old = links.get(record.id);
        if (old) unindex(old);
        index(record);
      }
      store.set(record.id, record);
      if (table === "participants") {
        for (const card of cards.values()) if (card.participant_id === record.id) dirty.cards.add(card.id);
      } else {
        dirty[table].add(record.id);
        if (table === "cards") for (const id of linksOf.get(record.id) || []) dirty.links.add(id);
      }
      schedule();
    }

    function remove(table, id) {
      const store = { cards, links, zones, participants: people }[table];
      if (!store || !store.has(id)) return;
      if (table === "links") unindex(links.get(id));
      if (table === "cards") for (const l of linksOf.get(id) || []) dirty.links.add(l);  // drawn to a card that is gone
      store.delete(id);
      if (dirty[table]) dirty[table].add(id);
      schedule();
    }

    function clear() {
      for (const store of [cards, links, zones, people]) store.clear();
      linksOf.clear();
      for (const table in nodes) { nodes[table].forEach((n) => n.remove()); nodes[table].clear(); dirty[table].clear(); }
      fitted = false;
      schedule();
    }

    function index(link) {
      for (const end of [link.source_id, link.target_id]) {
        if (!linksOf.has(end)) linksOf.set(end, new Set());
        linksOf.get(end).add(link.id);
      }
    }
    function unindex(link) {
      for (const end of [link.source_id, link.target_id]) {
        const set = linksOf.get(end);
        if (set) { set.delete(link.id); if (!set.size) linksOf.delete(end); }
      }
    }

    // -- drawing, once per frame ---------------------------------------------------
    function schedule() {
      if (frame !== null) return;
      // A frame, or a short timeout when frames are throttled (a hidden tab still updates).
      const run = () => { if (frame !== null) { frame = null; flush(); } };
      frame = requestAnimationFrame(run);
      setTimeout(run, 200);
    }

    function flush() {
      const changed = dirty.cards.size + dirty.links.size + dirty.zones.size > 0;
      for (const id of dirty.zones) draw("zones", id, zones.get(id), drawZone);
      for (const id of dirty.cards) draw("cards", id, cards.get(id), drawCard);
      for (const id of dirty.links) draw("links", id, links.get(id), drawLink);
      dirty.zones.clear(); dirty.cards.clear(); dirty.links.clear();
      if (!fitted && cards.size) { fitted = true; if (!moved) start(); }
      if (changed && handlers.changed) handlers.changed();
    }

    function draw(table, id, record, make) {
      const old = nodes[table].get(id);
      if (!record) { if (old) old.remove(); nodes[table].delete(id); return; }
      const fresh = make(record);
      if (!fresh) { if (old) old.remove(); nodes[table].delete(id); return; }
      if (old) old.replaceWith(fresh); else layers[table].appendChild(fresh);
      nodes[table].set(id, fresh);
    }

    function drawZone(zone) {
      const colour = zone.colour || "#DDDDDD";
      const g = node("g", { class: "zone" });
      const shape = { fill: colour, "fill-opacity": 0.45, stroke: darker(colour, 1.4), "stroke-width": 1.5 };
      const points = zone.points || [];
      if (points.length > 2) g.appendChild(node("polygon", Object.assign(shape, { points: points.map((p) => p.join(",")).join(" ") })));
      else g.appendChild(node("rect", Object.assign(shape, { x: zone.x, y: zone.y, width: zone.width, height: zone.height })));
      if (zone.label) g.appendChild(node("text", { class: "zone-label", x: zone.x + 12, y: zone.y + 40 }, zone.label));
      return g;
    }

    function drawCard(card) {
      const person = people.get(card.participant_id);
      const colour = person && person.colour ? person.colour : NO_AUTHOR;
      const w = card.width, h = card.height;
      const g = node("g", { class: "card", "data-card": card.id, transform: `translate(${card.x} ${card.y})` });
      if (card.face_down) {
        g.classList.add("face-down");
        g.appendChild(node("rect", { width: w, height: h, rx: 8, fill: "url(#card-back)", stroke: darker(colour, 1.3), "stroke-width": 2 }));
        return g;
      }
      g.appendChild(node("rect", { width: w, height: h, rx: 8, fill: tint(colour), stroke: darker(colour, 1.3), "stroke-width": 1.5 }));
      g.appendChild(node("rect", { x: 0, y: 0, width: 6, height: h, rx: 3, fill: colour }));
      g.appendChild(node("text", { class: "glyph", x: 20, y: 28, "text-anchor": "middle" }, KIND_GLYPHS[card.kind] || "•"));
      const maxLines = Math.max(1, Math.floor((h - PAD - FOOTER) / LINE_PX));
      g.appendChild(textBlock("full", TEXT_LEFT, PAD + TEXT_PX, TEXT_PX, LINE_PX,
        wrap(card.text || "(empty)", TEXT_PX, w - TEXT_LEFT - PAD, maxLines)));
      const summaryLines = Math.max(1, Math.min(3, Math.floor((h - PAD) / SUMMARY_LINE)));
      g.appendChild(textBlock("summary", PAD + 4, PAD + SUMMARY_PX, SUMMARY_PX, SUMMARY_LINE,
        wrap(card.text || "(empty)", SUMMARY_PX, w - 2 * PAD - 4, summaryLines, false)));
      const gistLines = Math.max(1, Math.min(2, Math.floor((h - PAD) / GIST_LINE)));
      g.appendChild(textBlock("gist", PAD + 4, PAD + GIST_PX - 6, GIST_PX, GIST_LINE,
        wrap(card.text || "(empty)", GIST_PX, w - 2 * PAD - 4, gistLines, false)));
      const footer = person ? [person.role, person.name].filter(Boolean).join(" · ") : "";
      if (footer) g.appendChild(textBlock("footer", PAD + 2, h - 8, FOOTER_PX, 0, wrap(footer, FOOTER_PX, w - 2 * PAD, 1)));
      return g;
    }

    function drawLink(link) {
      const a = cards.get(link.source_id), b = cards.get(link.target_id);
      if (!a || !b) return null;
      const look = linkLook(link.kind);
      const [bx, by] = [b.x + b.width / 2, b.y + b.height / 2];
      const [ax, ay] = [a.x + a.width / 2, a.y + a.height / 2];
      const [x1, y1] = border(a, bx, by, 2), [x2, y2] = border(b, ax, ay, 4);
      const attrs = { class: "link", x1, y1, x2, y2, stroke: look.colour, "stroke-width": look.width,
        "marker-end": `url(#head-${(link.kind in LINK_LOOKS ? link.kind : "hand-off").replace(/\W+/g, "-")})`,
        "data-link": link.id, "data-kind": link.kind };
      if (look.dash) attrs["stroke-dasharray"] = look.dash;
      return node("line", attrs);
    }

    // -- the view: pan, zoom, fit ----------------------------------------------------
    function apply() {
      world.setAttribute("transform", `translate(${view.x} ${view.y}) scale(${view.s})`);
      svg.classList.toggle("far", view.s < FAR_BELOW && view.s >= FARTHER_BELOW);
      svg.classList.toggle("farther", view.s < FARTHER_BELOW);
      svg.classList.toggle("near", view.s >= FOOTER_FROM);
    }

    function size() {
      const r = svg.getBoundingClientRect();
      return { w: r.width || 360, h: r.height || 400, left: r.left, top: r.top };
    }

    function bounds() {
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const c of cards.values()) {
        x0 = Math.min(x0, c.x); y0 = Math.min(y0, c.y);
        x1 = Math.max(x1, c.x + c.width); y1 = Math.max(y1, c.y + c.height);
      }
      if (x0 === Infinity) for (const z of zones.values()) {
        x0 = Math.min(x0, z.x); y0 = Math.min(y0, z.y);
        x1 = Math.max(x1, z.x + z.width); y1 = Math.max(y1, z.y + z.height);
      }
      return x0 === Infinity ? null : { x0: x0 - 20, y0: y0 - 20, x1: x1 + 20, y1: y1 + 20 };
    }

    // Fit the cards (not the empty lane area around them).
    function fit() {
      const b = bounds(), { w, h } = size();
      if (!b) { view = { x: 0, y: 0, s: 0.5 }; apply(); return; }
      const s = clampScale(Math.min(w / (b.x1 - b.x0), h / (b.y1 - b.y0)));
      view = { s, x: (w - (b.x1 - b.x0) * s) / 2 - b.x0 * s, y: (h - (b.y1 - b.y0) * s) / 2 - b.y0 * s };
      apply();
    }

    // The first view: the whole map if its text is readable so, else the top-left
    // of the cards at a scale where first words read.
    function start() {
      fit();
      if (view.s >= READABLE) return;
      const b = bounds();
      view = { s: READABLE, x: 8 - b.x0 * READABLE, y: 8 - b.y0 * READABLE };
      apply();
    }

    const clampScale = (s) => Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));

    // The map was hidden (its tab) or resized: frame it again unless the person has moved it.
    function settle() {
      if (!moved && cards.size) start();
    }

    function zoomAt(factor, sx, sy) {
      const s = clampScale(view.s * factor);
      const k = s / view.s;
      view = { s, x: sx - (sx - view.x) * k, y: sy - (sy - view.y) * k };
      apply();
    }

    function zoomBy(factor) { moved = true; const { w, h } = size(); zoomAt(factor, w / 2, h / 2); }
    function panBy(dx, dy) { view = { s: view.s, x: view.x + dx, y: view.y + dy }; apply(); }

    // Bring a card into the middle of the map (after picking it from the list).
    function show(id) {
      const c = cards.get(id);
      if (!c) return;
      const { w, h } = size();
      const s = Math.max(view.s, FAR_BELOW);
      view = { s, x: w / 2 - (c.x + c.width / 2) * s, y: h / 2 - (c.y + c.height / 2) * s };
      apply();
    }

    // -- fingers, mouse and keys -----------------------------------------------------
    const pointers = new Map();
    let tap = null;

    svg.addEventListener("pointerdown", (e) => {
      svg.setPointerCapture(e.pointerId);
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      moved = true;
      const hit = e.target.closest && e.target.closest("[data-card]");
      tap = pointers.size === 1 ? { x: e.clientX, y: e.clientY, id: hit ? hit.dataset.card : null } : null;
    });
    svg.addEventListener("pointermove", (e) => {
      const before = pointers.get(e.pointerId);
      if (!before) return;
      const now = { x: e.clientX, y: e.clientY };
      if (pointers.size === 1) {
        panBy(now.x - before.x, now.y - before.y);
      } else if (pointers.size === 2) {
        const other = [...pointers.entries()].find(([id]) => id !== e.pointerId)[1];
        const d0 = Math.hypot(before.x - other.x, before.y - other.y) || 1;
        const d1 = Math.hypot(now.x - other.x, now.y - other.y) || 1;
        const { left, top } = size();
        panBy((now.x - before.x) / 2, (now.y - before.y) / 2);
        zoomAt(d1 / d0, (now.x + other.x) / 2 - left, (now.y + other.y) / 2 - top);
      }
      pointers.set(e.pointerId, now);
      if (tap && Math.hypot(now.x - tap.x, now.y - tap.y) > TAP_SLOP) tap = null;
    });
    function lift(e) {
      pointers.delete(e.pointerId);
      if (e.type === "pointerup" && tap && tap.id && pointers.size === 0 && handlers.tap) handlers.tap(tap.id);
      tap = null;
    }
    svg.addEventListener("pointerup", lift);
    svg.addEventListener("pointercancel", lift);
    svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      moved = true;
      const { left, top } = size();
      zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - left, e.clientY - top);
    }, { passive: false });
    svg.addEventListener("keydown", (e) => {
      const step = 60;
      const keys = {
        ArrowLeft: () => panBy(step, 0), ArrowRight: () => panBy(-step, 0),
        ArrowUp: () => panBy(0, step), ArrowDown: () => panBy(0, -step),
        "+": () => zoomBy(1.25), "=": () => zoomBy(1.25), "-": () => zoomBy(0.8), "0": fit,
      };
      if (keys[e.key]) { e.preventDefault(); moved = true; keys[e.key](); }
    });

    apply();
    return {
      put, remove, clear, fit, zoomBy, show, flush, settle,
      card: (id) => cards.get(id),
      link: (id) => links.get(id),
      cards: () => [...cards.values()],
      person: (id) => people.get(id),
      linksOf: (id) => [...(linksOf.get(id) || [])].map((l) => links.get(l)).filter(Boolean),
      links: () => [...links.values()],
      scale: () => view.s,
    };
  }

  ns.MapView = MapView;
  ns.LINK_LOOKS = LINK_LOOKS;
  ns.KIND_GLYPHS = KIND_GLYPHS;
})(window.Meshwork = window.Meshwork || {});
