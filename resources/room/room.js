// Meshwork room: the participant's page. Everything a person typed is shown with
// textContent (never as markup), so a card's text is always just text.
"use strict";

(function () {
  const TOKEN = document.documentElement.dataset.token;
  const DEVICE_KEY = "meshwork-room-device:" + TOKEN;  // a new join link means a new join
  const TAB_KEY = "meshwork-room-tab:" + TOKEN;
  const POLL_MS = 1500;     // only while joining, waiting to be let in or reconnecting
  const READY_POLL_MS = 20000;  // while live: the facilitator may clear the ready check
  const $ = (id) => document.getElementById(id);
  let device = localStorage.getItem(DEVICE_KEY);
  let last = null;          // the latest state, from /api/state or the stream
  let lastJson = "";        // to redraw only what changed
  let editing = null;       // id of the card being edited
  let deadline = null;      // when the step's time runs out, in this page's clock
  let kindsFilled = false;
  let stream = null;        // the live stream, once this device is admitted
  let live = false;         // the stream is connected: it brings every change
  let votes = null;         // the stream's "votes": my dots, or null
  let wholeMap = true;
  let poll = null;

  // -- talking to Meshwork -----------------------------------------------------------
  async function api(method, path, body) {
    const headers = { "X-Room-Token": TOKEN };
    if (device) headers["X-Room-Device"] = device;
    const init = { method, headers, cache: "no-store", credentials: "omit" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw new Error(t("Meshwork cannot be reached. Is the facilitator's laptop on this network?"));
    }
    let data = {};
    try { data = await response.json(); } catch (e) { /* an empty answer */ }
    if (!response.ok) {
      if (response.status === 401 && data.code === "not_joined") forget();
      const err = new Error(data.error || t("Error %1", response.status));
      err.status = response.status;
      throw err;
    }
    return data;
  }

  function say(message, isError) {
    const status = $("status");
    status.textContent = message;
    status.classList.toggle("error", !!isError);
  }

  function forget() {
    device = null;
    localStorage.removeItem(DEVICE_KEY);
    stopStream();
  }

  // -- drawing ---------------------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function kindLabel(value) {
    const kind = (last && last.kinds || []).find((k) => k.value === value);
    return kind ? t(kind.label) : value;
  }

  function show(view) {
    for (const id of ["join-view", "wait-view", "room-view"]) $(id).hidden = id !== view;
  }

  function render(state) {
    last = state;
    $("session-title").textContent = state.session.title || t("Meshwork room");
    document.title = t("%1 — room", state.session.title || "Meshwork");
    renderStep(state.step);
    const me = state.me;
    if (!me) { renderJoin(state); show("join-view"); return; }
    if (me.status !== "admitted") { show("wait-view"); return; }
    show("room-view");
    $("me").textContent = me.role ? t("You are %1 (%2).", me.name, me.role) : t("You are %1.", me.name);
    if (!kindsFilled) {
      for (const kind of state.kinds) {
        const option = el("option", "", t(kind.label));
        option.value = kind.value;
        $("card-kind").appendChild(option);
      }
      kindsFilled = true;
    }
    if (!live) {  // before the stream's first state (or while it reconnects): what /api/state says
      renderMine(state.cards, state.step);
      renderVote(state.voting);
    } else if (!wholeMap && "voting" in state) {
      renderVote(state.voting);  // the map holds only my cards: the ballot comes from /api/state
    }
    renderReady(me.ready);
    startStream();
  }

  function renderReady(ready) {
    const button = $("ready");
    button.setAttribute("aria-pressed", ready ? "true" : "false");
    button.textContent = ready ? t("Done ✓ (press to undo)") : t("I'm done");
  }

  function renderStep(step) {
    $("step").hidden = !step;
    if (!step) { deadline = null; return; }
    $("step-title").textContent = step.title || t("Current step");
    $("step-prompt").textContent = step.prompt;
    const badges = $("step-badges");
    badges.replaceChildren();
    if (step.status === "paused") badges.appendChild(el("span", "badge", t("Paused")));
    if (step.silent) badges.appendChild(el("span", "badge", t("Silent round")));
    if (step.voting) badges.appendChild(el("span", "badge", t("Voting")));
    deadline = step.status === "running" ? Date.now() + step.time_left_s * 1000 : null;
    tick(step.time_left_s);
  }

  function tick(seconds) {
    if (seconds === undefined) {
      if (deadline === null) return;
      seconds = (deadline - Date.now()) / 1000;
    }
    const whole = Math.max(0, Math.ceil(seconds));
    const text = String(Math.floor(whole / 60)).padStart(2, "0") + ":" + String(whole % 60).padStart(2, "0");
    $("time-left").textContent = whole > 0 ? t("%1 left", text) : t("Time is up");
  }

  function renderJoin(state) {
    const roster = $("roster");
    const chosen = roster.querySelector("input:checked");
    roster.replaceChildren();
    state.roster.forEach((person, i) => {
      const label = el("label");
      const input = el("input");
      input.type = "radio";
      input.name = "participant";
      input.value = person.id;
      input.id = "person-" + i;
      if (chosen && chosen.value === person.id) input.checked = true;
      label.appendChild(input);
      label.appendChild(el("span", "", person.name + (person.role ? " — " + person.role : "")));
      roster.appendChild(label);
    });
    $("pick-form").hidden = state.roster.length === 0;
  }

  function renderMine(cards, step) {
    const list = $("my-cards");
    $("no-cards").hidden = cards.length > 0;
    list.replaceChildren();
    for (const card of cards) {
      const item = el("li");
      item.appendChild(el("p", "kind", kindLabel(card.kind)));
      item.appendChild(el("p", "text", card.text));
      if (card.why) item.appendChild(el("p", "why", t("Why: %1", card.why)));
      if (card.tags.length) item.appendChild(el("p", "tags", card.tags.map((tag) => "#" + tag).join(" ")));
      if (card.hidden) item.appendChild(el("p", "face-down", t("Face down until the facilitator reveals the cards")));
      const edit = el("button", "small secondary", t("Edit"));
      edit.type = "button";
      edit.setAttribute("aria-label", t("Edit card: %1", card.text));
      edit.addEventListener("click", () => startEdit(card));
      const remove = el("button", "small secondary", t("Delete"));
      remove.type = "button";
      remove.setAttribute("aria-label", t("Delete card: %1", card.text));
      remove.addEventListener("click", () => deleteCard(card));
      item.appendChild(edit);
      item.appendChild(remove);
      if (live) {
        const link = el("button", "small secondary", t("Link…"));
        link.type = "button";
        link.setAttribute("aria-label", t("Link to another card: %1", card.text));
        link.addEventListener("click", () => { selectTab($("tab-map")); map.startLinking(card.id); });
        item.appendChild(link);
      }
      list.appendChild(item);
    }
  }

  function renderVote(voting) {
    $("vote").hidden = !voting;
    if (!voting) return;
    const left = voting.dots - voting.used;
    $("dots-left").textContent = tn("You have %n dot(s) left (of %1).", left, voting.dots);
    const list = $("ballot");
    list.replaceChildren();
    for (const card of voting.cards) {
      const item = el("li");
      item.appendChild(el("p", "kind", kindLabel(card.kind)));
      item.appendChild(el("p", "text", card.text));
      if (card.author) item.appendChild(el("p", "author", t("by %1", card.author)));
      item.appendChild(el("p", "author", t("Your dots: %1", card.my_votes)));
      const add = el("button", "small", t("+ dot"));
      add.type = "button";
      add.disabled = left <= 0;
      add.setAttribute("aria-label", t("Put a dot on: %1", card.text));
      add.addEventListener("click", () => vote(card, true));
      const take = el("button", "small secondary", t("− dot"));
      take.type = "button";
      take.disabled = card.my_votes <= 0;
      take.setAttribute("aria-label", t("Take a dot back from: %1", card.text));
      take.addEventListener("click", () => vote(card, false));
      item.appendChild(add);
      item.appendChild(take);
      list.appendChild(item);
    }
  }

  // -- actions ---------------------------------------------------------------------
  async function refresh() {
    try {
      const state = await api("GET", "/api/state");
      const json = JSON.stringify(state, (k, v) => (k === "time_left_s" ? undefined : v));
      if (json !== lastJson) {
        lastJson = json;
        window.Meshwork.keepFocus(() => render(state));
      } else {
        renderStep(state.step);
      }
      if ($("status").classList.contains("error") && $("status").dataset.kind === "offline") say("");
    } catch (e) {
      say(e.message, true);
      $("status").dataset.kind = e.status ? "" : "offline";
    }
  }

  async function act(work, done) {
    try {
      await work();
      if (done) say(done);
      if (!live) { lastJson = ""; await refresh(); }  // else the stream brings the change
    } catch (e) {
      say(e.message, true);
    }
  }

  // -- live: the stream keeps the map, the step, my cards and my dots up to date ------
  const map = window.Meshwork.MapPanel({ api, say, kindLabel, changed: mapChanged });

  function startStream() {
    if (stream || !device) return;
    stream = window.Meshwork.Stream(TOKEN, device, {
      state: onState, delta: onDelta, bye: onBye, live: showLive,
      closed: () => refresh(),  // refused: learn why (removed? waiting?) from /api/state
    });
  }

  function stopStream() {
    if (stream) stream.stop();
    stream = null;
    showLive(false);
  }

  function setPolling(ms) {
    if (poll !== null) clearInterval(poll);
    poll = setInterval(refresh, ms);
  }

  // Live, the page polls only for the ready check; else it falls back to polling.
  function showLive(on) {
    $("map-live").textContent = on ? t("Live") : (stream ? t("Reconnecting…") : "");
    $("map-live").classList.toggle("on", on);
    if (on !== live || poll === null) setPolling(on ? READY_POLL_MS : POLL_MS);
    live = on;
  }

  function onState(state) {
    last = Object.assign({}, last || {}, state);
    wholeMap = state.whole_map !== false;
    votes = state.votes;
    lastJson = "";
    render(last);
    map.applyState(state);
  }

  function onDelta(delta) {
    map.applyDelta(delta);
    if ("votes" in delta) {  // my dots alone change no card
      votes = delta.votes;
      window.Meshwork.keepFocus(renderBallot);
    }
  }

  // After the map (and so the cards) changed: my cards and the ballot follow it.
  function mapChanged() {
    if (!last || !last.me) return;
    const mine = map.view.cards().filter((c) => c.participant_id === last.me.participant_id);
    window.Meshwork.keepFocus(() => { renderMine(mine, last.step); renderBallot(); });
  }

  function renderBallot() {
    if (!votes) { renderVote(null); return; }
    if (!wholeMap) { refresh(); return; }  // the ballot lists cards this map does not hold
    const ballot = map.view.cards().filter((c) => !c.hidden).sort((a, b) => a.y - b.y || a.x - b.x);
    renderVote({ dots: votes.dots, used: votes.used, cards: ballot.map((c) => {
      const p = map.view.person(c.participant_id);
      return { id: c.id, kind: c.kind, text: c.text, author: p ? p.name : "", my_votes: votes.mine[c.id] || 0 };
    }) });
  }

  function onBye(data) {
    say(data.error || t("Meshwork closed the live map"), true);
    if (data.code === "not_joined") forget();
    stream = null;
    showLive(false);
    lastJson = "";
    refresh();
  }

  // -- tabs: your cards, the map ---------------------------------------------------
  const tabs = [$("tab-cards"), $("tab-map")];
  function selectTab(tab, focus) {
    for (const other of tabs) {
      const on = other === tab;
      other.setAttribute("aria-selected", on ? "true" : "false");
      other.tabIndex = on ? 0 : -1;
      $(other.getAttribute("aria-controls")).hidden = !on;
    }
    sessionStorage.setItem(TAB_KEY, tab.id);
    if (focus) tab.focus();
    if (tab.id === "tab-map") map.shown();
  }
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => selectTab(tab));
    tab.addEventListener("keydown", (e) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (step) { e.preventDefault(); selectTab(tabs[(i + step + tabs.length) % tabs.length], true); }
    });
  });
  if (sessionStorage.getItem(TAB_KEY) === "tab-map") selectTab($("tab-map"));

  $("pick-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = $("roster").querySelector("input:checked");
    if (!chosen) { say(t("Pick your name first"), true); return; }
    act(async () => {
      const answer = await api("POST", "/api/join", { participant_id: chosen.value });
      device = answer.device;
      localStorage.setItem(DEVICE_KEY, device);
    }, t("Joined"));
  });

  $("new-form").addEventListener("submit", (event) => {
    event.preventDefault();
    act(async () => {
      const answer = await api("POST", "/api/join", { name: $("new-name").value, role: $("new-role").value });
      device = answer.device;
      localStorage.setItem(DEVICE_KEY, device);
    }, t("Joined"));
  });

  function cardFromForm() {
    const tags = $("card-tags").value.split(/[\s,]+/).map((tag) => tag.replace(/^#/, "")).filter(Boolean);
    return { kind: $("card-kind").value, text: $("card-text").value, why: $("card-why").value, tags };
  }

  function resetForm() {
    editing = null;
    $("card-form").reset();
    $("card-submit").textContent = t("Add card");
    $("card-cancel").hidden = true;
    $("card-heading").textContent = t("Add a card");
  }

  function startEdit(card) {
    editing = card.id;
    $("card-kind").value = card.kind;
    $("card-text").value = card.text;
    $("card-why").value = card.why;
    $("card-tags").value = card.tags.join(" ");
    $("card-submit").textContent = t("Save changes");
    $("card-cancel").hidden = false;
    $("card-heading").textContent = t("Edit your card");
    $("card-text").focus();
  }

  $("card-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const fields = cardFromForm();
    const id = editing;
    act(async () => {
      if (id) await api("PATCH", "/api/cards", Object.assign({ id }, fields));
      else await api("POST", "/api/cards", fields);
      resetForm();
      $("card-text").focus();
    }, id ? t("Card saved") : t("Card added"));
  });

  $("card-cancel").addEventListener("click", resetForm);

  function deleteCard(card) {
    if (!window.confirm(t("Delete this card?") + "\n\n" + card.text)) return;
    act(() => api("DELETE", "/api/cards?id=" + encodeURIComponent(card.id)), t("Card deleted"));
  }

  function vote(card, add) {
    act(() => (add
      ? api("POST", "/api/votes", { card_id: card.id })
      : api("DELETE", "/api/votes?card_id=" + encodeURIComponent(card.id))),
    add ? t("Dot placed") : t("Dot taken back"));
  }

  $("ready").addEventListener("click", () => {
    const ready = $("ready").getAttribute("aria-pressed") !== "true";
    act(async () => {
      const answer = await api("POST", "/api/ready", { ready });
      renderReady(answer.ready);
    }, ready ? t("Marked as done") : t("Not done yet"));
  });

  function leave() {
    act(async () => {
      try { await api("POST", "/api/leave", {}); } finally { forget(); }
    }, t("You left the room"));
  }
  $("leave").addEventListener("click", leave);
  $("cancel-wait").addEventListener("click", leave);

  refresh();
  showLive(false);
  setInterval(() => tick(), 1000);
})();
