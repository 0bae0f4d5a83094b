// Meshwork room: the map panel around the drawing: the stream's records turned into
// the map's, the list of cards (the map's text alternative), the sheet that shows
// a card whole, and linking one's own card to another.
"use strict";

(function (ns) {
  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(text, label, onClick, className) {
    const b = el("button", className || "small secondary", text);
    b.type = "button";
    if (label) b.setAttribute("aria-label", label);
    b.addEventListener("click", onClick);
    return b;
  }

  // A short sample of a link kind's line, for the legend and the kind chooser.
  function sample(kind) {
    const SVG = "http://www.w3.org/2000/svg";
    const look = ns.LINK_LOOKS[kind] || ns.LINK_LOOKS["hand-off"];
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "54");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    const line = document.createElementNS(SVG, "line");
    for (const [k, v] of Object.entries({ x1: 2, y1: 8, x2: 42, y2: 8, stroke: look.colour, "stroke-width": look.width })) {
      line.setAttribute(k, v);
    }
    if (look.dash) line.setAttribute("stroke-dasharray", look.dash);
    const head = document.createElementNS(SVG, "path");
    const shapes = { filled: "M40 2 L52 8 L40 14 Z", open: "M40 2 L52 8 L40 14", diamond: "M40 8 L46 3 L52 8 L46 13 Z", bar: "M50 1 L50 15" };
    head.setAttribute("d", shapes[look.head]);
    head.setAttribute("stroke", look.colour);
    head.setAttribute("stroke-width", look.head === "bar" ? 4 : 2);
    head.setAttribute("fill", look.head === "open" || look.head === "bar" ? "none" : look.colour);
    svg.append(line, head);
    return svg;
  }

  // Lists are redrawn: put the focus back on the same button (found by its label), so
  // a keyboard or screen reader user does not lose their place.
  function keepFocus(work) {
    const active = document.activeElement;
    const label = active && active.closest && active.closest("ul") ? active.getAttribute("aria-label") : null;
    work();
    if (!label || document.contains(active)) return;
    const again = [...document.querySelectorAll("ul button")].find((b) => b.getAttribute("aria-label") === label);
    if (again && !again.disabled) again.focus();
  }

  function MapPanel(options) {
    const { api, say, kindLabel } = options;
    let me = null;             // my participant id
    let linkKinds = [];        // [{value, label}] from the state
    let linking = null;        // the card a link is being made from
    let target = null;         // the card picked to link to
    let sheetCard = null;      // the card shown in the sheet
    const items = new Map();   // card id -> its <li> in the list
    const dirty = new Set();   // card ids whose list item must be redrawn
    let reorder = false;

    const view = ns.MapView($("map"), { tap: tapped, changed: redrawList });

    // -- from the stream -----------------------------------------------------------
    function cardRecord(card) {
      // Face down for this phone: another's hidden card (the server sends no words for it).
      return Object.assign({}, card, { face_down: !!card.hidden && card.participant_id !== me });
    }

    function zoneRecord(zone) {
      return Object.assign({}, zone, { points: Array.isArray(zone.outline) ? zone.outline : [] });
    }

    function applyState(state) {
      me = state.me ? state.me.participant_id : null;
      linkKinds = state.link_kinds || [];
      $("map-off").hidden = state.whole_map !== false;
      $("map-heading").textContent = state.canvas ? t("Map: %1", state.canvas.name) : t("Map (no canvas yet)");
      view.clear();
      for (const li of items.values()) li.remove();
      items.clear();
      (state.roster || []).forEach((p) => view.put("participants", p));
      (state.zones || []).forEach((z) => view.put("zones", zoneRecord(z)));
      (state.cards || []).forEach((c) => { view.put("cards", cardRecord(c)); dirty.add(c.id); });
      (state.links || []).forEach((l) => view.put("links", l));
      reorder = true;
      fillLegend();
      if (linking && !view.card(linking)) stopLinking();
    }

    // In the contract's order: upserts roster, zones, cards, links; then removals the other way round.
    function applyDelta(delta) {
      (delta.roster || []).forEach((p) => { view.put("participants", p); cardsBy(p.id).forEach((id) => dirty.add(id)); });
      (delta.zones || []).forEach((z) => view.put("zones", zoneRecord(z)));
      for (const c of delta.cards || []) {
        const old = view.card(c.id);
        if (!old || old.x !== c.x || old.y !== c.y) reorder = true;
        view.put("cards", cardRecord(c));
        touch(c.id);
      }
      for (const l of delta.links || []) { view.put("links", l); touch(l.source_id); touch(l.target_id); }
      for (const id of delta.links_removed || []) {
        const l = view.link(id);
        if (l) { touch(l.source_id); touch(l.target_id); }
        view.remove("links", id);
      }
      for (const id of delta.cards_removed || []) { touch(id); view.remove("cards", id); }
      (delta.zones_removed || []).forEach((id) => view.remove("zones", id));
      (delta.roster_removed || []).forEach((id) => view.remove("participants", id));
      if (linking && !view.card(linking)) stopLinking();
      if (sheetCard && $("sheet").open) fillSheet(sheetCard);
    }

    // A card's list item, and those of the cards it is linked with (they name it).
    function touch(id) {
      dirty.add(id);
      for (const l of view.linksOf(id)) { dirty.add(l.source_id); dirty.add(l.target_id); }
    }
    const cardsBy = (personId) => view.cards().filter((c) => c.participant_id === personId).map((c) => c.id);

    // -- the list: every card as text, in reading order ------------------------------
    function cardName(card) {
      if (!card) return t("a card");
      return card.face_down ? t("a face-down card") : t("“%1”", card.text);
    }

    function author(card) {
      const p = view.person(card.participant_id);
      if (!p) return "";
      return p.name + (p.role ? " (" + p.role + ")" : "");
    }

    function linkLabel(kind) {
      const k = linkKinds.find((x) => x.value === kind);
      return k ? t(k.label) : kind;
    }

    function linkSentences(card) {
      return view.linksOf(card.id).map((l) => {
        const out = l.source_id === card.id;
        const other = view.card(out ? l.target_id : l.source_id);
        const text = out ? t("This %1 %2", linkLabel(l.kind), cardName(other))
          : t("%1 %2 this", cardName(other), linkLabel(l.kind));
        return { link: l, text: text.charAt(0).toUpperCase() + text.slice(1), mine: mine(view.card(l.source_id)) };
      });
    }

    const mine = (card) => !!card && !!me && card.participant_id === me;

    function listItem(card) {
      const li = el("li");
      li.dataset.card = card.id;
      const person = view.person(card.participant_id);
      if (person && person.colour) li.style.borderLeftColor = person.colour;  // CSSOM: allowed by the CSP
      if (card.face_down) {
        li.classList.add("face-down");
        li.appendChild(el("p", "text", t("Face down until the reveal")));
      } else {
        li.appendChild(el("p", "kind", mine(card) ? t("%1 · yours", kindLabel(card.kind)) : kindLabel(card.kind)));
        li.appendChild(el("p", "text", card.text));
      }
      const by = author(card);
      if (by) li.appendChild(el("p", "author", t("by %1", by)));
      const sentences = linkSentences(card);
      if (sentences.length) {
        const ul = el("ul", "links");
        sentences.forEach((s) => ul.appendChild(el("li", "", s.text)));
        li.appendChild(ul);
      }
      const name = card.face_down ? (by ? t("face-down card by %1", by) : t("face-down card")) : card.text;
      if (linking && linking !== card.id) li.appendChild(button(t("Link here"), t("Link to: %1", name), () => picked(card.id), "small"));
      else li.appendChild(button(t("Read"), t("Read card: %1", name), () => openSheet(card.id)));
      li.appendChild(button(t("Show on map"), t("Show on map: %1", name), () => { view.show(card.id); $("map").focus(); }));
      return li;
    }

    function redrawList() {
      keepFocus(redrawItems);
      if (linking) markPicked(linking, true);  // a redrawn card is a new node
      if (options.changed) options.changed();
    }

    function redrawItems() {
      const list = $("map-list");
      for (const id of dirty) {
        const card = view.card(id);
        const old = items.get(id);
        if (!card) { if (old) old.remove(); items.delete(id); continue; }
        const fresh = listItem(card);
        if (old) old.replaceWith(fresh); else { list.appendChild(fresh); reorder = true; }
        items.set(id, fresh);
      }
      dirty.clear();
      if (reorder) {
        const order = view.cards().sort((a, b) => a.y - b.y || a.x - b.x);
        list.append(...order.map((c) => items.get(c.id)).filter(Boolean));
        reorder = false;
      }
      $("card-count").textContent = String(items.size);
    }

    function redrawAll() {
      for (const c of view.cards()) dirty.add(c.id);
      redrawList();
    }

    function fillLegend() {
      const list = $("legend-list");
      if (list.childElementCount || !linkKinds.length) return;
      for (const k of linkKinds) {
        const li = el("li");
        li.append(sample(k.value), el("span", "", t(k.label)));
        list.appendChild(li);
      }
    }

    // -- the sheet: a card whole -----------------------------------------------------
    function tapped(id) {
      if (linking) picked(id); else openSheet(id);
    }

    function openSheet(id) {
      sheetCard = id;
      fillSheet(id);
      const sheet = $("sheet");
      if (!sheet.open) sheet.showModal();
      $("sheet-close").focus();
    }

    function fillSheet(id) {
      const card = view.card(id);
      if (!card) { $("sheet").close(); return; }
      const by = author(card);
      const p = view.person(card.participant_id);
      $("sheet-error").textContent = "";
      $("sheet-kind").textContent = card.face_down ? t("Face down") : kindLabel(card.kind);
      $("sheet-title").textContent = card.face_down ? t("This card is face down until the facilitator reveals the cards.")
        : card.text;
      $("sheet-why").textContent = card.why ? t("Why: %1", card.why) : "";
      $("sheet-author").textContent = by ? (p.role ? t("By %1, role: %2", p.name, p.role) : t("By %1", p.name)) : t("Typed at the desktop");
      $("sheet-tags").textContent = card.tags && card.tags.length ? t("Tags: %1", card.tags.map((tag) => "#" + tag).join(" ")) : "";
      const links = $("sheet-links");
      links.replaceChildren();
      const sentences = linkSentences(card);
      $("sheet-links-heading").hidden = sentences.length === 0;
      for (const s of sentences) {
        const li = el("li");
        li.appendChild(el("span", "", s.text));
        if (s.mine) li.appendChild(button(t("Remove"), t("Remove link: %1", s.text), () => unlink(s.link)));
        links.appendChild(li);
      }
      $("sheet-link").hidden = !mine(card);
      $("sheet-link").setAttribute("aria-label", t("Link this card to another: %1", card.text || ""));
    }

    $("sheet-close").addEventListener("click", () => $("sheet").close());
    $("sheet").addEventListener("close", () => { sheetCard = null; });
    $("sheet-link").addEventListener("click", () => {
      const id = sheetCard;
      $("sheet").close();
      startLinking(id);
    });

    async function unlink(link) {
      try {
        await api("DELETE", "/api/links?id=" + encodeURIComponent(link.id));
        say(t("Link removed"));
        view.remove("links", link.id);  // the stream says so too; this is at once
        touch(link.source_id); touch(link.target_id);
        if (sheetCard) fillSheet(sheetCard);
      } catch (e) {
        $("sheet-error").textContent = e.message;
        say(e.message, true);
      }
    }

    // -- linking: from one's own card to any face-up card ---------------------------
    function startLinking(id) {
      const card = view.card(id);
      if (!card) return;
      linking = id;
      $("link-prompt").textContent = t("Linking from “%1”: tap the card it connects to, or pick it in the list.", card.text);
      $("link-mode").hidden = false;
      markPicked(id, true);
      redrawAll();
      $("link-cancel").focus();
    }

    function stopLinking() {
      if (linking) markPicked(linking, false);
      linking = null;
      target = null;
      $("link-mode").hidden = true;
      redrawAll();
    }

    function markPicked(id, on) {
      const g = $("map").querySelector('[data-card="' + CSS.escape(id) + '"]');
      if (g) g.classList.toggle("picked", on);
    }

    $("link-cancel").addEventListener("click", () => { stopLinking(); say(t("Linking cancelled")); });

    function picked(id) {
      if (!linking) return;
      target = id;
      const from = view.card(linking), to = view.card(id);
      if (!from || !to) { stopLinking(); return; }
      $("kind-pair").textContent = t("From %1 to %2", cardName(from), cardName(to));
      $("kind-error").textContent = "";
      const choices = $("kind-choices");
      choices.replaceChildren();
      for (const k of linkKinds) {
        const b = button("", t("“%1” %2 %3", from.text, t(k.label), cardName(to)), () => link(k.value), "kind-choice");
        b.dataset.kind = k.value;
        b.append(sample(k.value), el("span", "", t(k.label)));
        choices.appendChild(b);
      }
      $("kind-sheet").showModal();
      choices.firstChild && choices.firstChild.focus();
    }

    async function link(kind) {
      try {
        await api("POST", "/api/links", { source_id: linking, target_id: target, kind });
        $("kind-sheet").close();
        say(t("Linked: %1 %2 %3", cardName(view.card(linking)), linkLabel(kind), cardName(view.card(target))));
        stopLinking();
      } catch (e) {
        $("kind-error").textContent = e.message;  // the API's own words
        say(e.message, true);
      }
    }

    $("kind-cancel").addEventListener("click", () => $("kind-sheet").close());

    // -- the tools -------------------------------------------------------------------
    $("zoom-in").addEventListener("click", () => view.zoomBy(1.25));
    $("zoom-out").addEventListener("click", () => view.zoomBy(0.8));
    $("zoom-fit").addEventListener("click", () => view.fit());

    return {
      applyState, applyDelta, view,
      startLinking,
      shown: () => view.settle(),
    };
  }

  ns.MapPanel = MapPanel;
  ns.keepFocus = keepFocus;
})(window.Meshwork = window.Meshwork || {});
