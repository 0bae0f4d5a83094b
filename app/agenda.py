"""The agenda a facilitator runs: its steps, the one step whose timer runs, and
the silent round that step may ask for.

The clock is injectable (a callable returning an aware UTC datetime), so tests
drive time by hand. Remaining time is never stored: it is computed from
``duration_s - elapsed_s - (now - started_at)`` while a step runs, so a crash or
a reopen mid-step loses nothing. Every change, including the timer's own
(start, pause, extend, skip), is an undoable edit through the editor, so it is
stored and recorded in the event log like any other edit.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

from app import placement
from app.commands import ChangeCommand
from app.editor import Editor
from app.model import AgendaStep
from storage.library import new_id, now

Clock = Callable[[], dt.datetime]
EXTEND_MERGE_KEY = 41  # a run of "+1 min" presses on one step is one undo step
FIELDS = ("title", "prompt", "duration_s", "canvas_id", "silent", "voting")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def mm_ss(seconds: float) -> str:
    """A countdown as the room reads it: 09:05, and 75:00 for long steps, in the
    locale's digits (٠٩:٠٥ in Arabic)."""
    whole = max(0, int(seconds + 0.999))  # 0.2 s left still shows 00:01
    locale = QLocale()

    def two(n: int) -> str:
        return locale.toString(n).rjust(2, locale.zeroDigit())
    return f"{two(whole // 60)}:{two(whole % 60)}"


@dataclass(frozen=True)
class Display:
    """What the room sees of the agenda at one moment."""

    title: str = ""
    prompt: str = ""
    clock: str = ""  # mm:ss left, 00:00 once time is up
    note: str = ""  # "Time's up (+01:10)", "Paused"
    over: bool = False
    flash: bool = False  # alternates twice a second once time is up
    status: str = ""
    face_down: str = ""  # "Silent round: Ana 3 · Ben 2 face-down"
    votes_shown: bool = False  # the room may see the dots (presenter mode's vote badges)


class Agenda(QObject):
    changed = Signal()  # steps added, edited, removed, started, paused, ...
    time_up = Signal(str)  # step id: its time ran out while it was running
    step_started = Signal(object)  # AgendaStep that just started running
    face_down_changed = Signal()  # a hidden card came, went or was revealed

    def __init__(self, editor: Editor, clock: Clock = utc_now, parent: QObject | None = None):
        super().__init__(parent)
        self.editor = editor
        self.doc = editor.doc
        self.clock = clock
        self._announced: set[str] = set()
        self.doc.added.connect(self._on_record)
        self.doc.changed.connect(self._on_record)
        self.doc.removed.connect(self._on_record)
        self._sync_silent()

    def detach(self) -> None:
        for signal in (self.doc.added, self.doc.changed, self.doc.removed):
            try:
                signal.disconnect(self._on_record)
            except (RuntimeError, TypeError):
                pass
        self.editor.new_cards_hidden = False

    # -- reading -------------------------------------------------------------------

    def steps(self) -> list[AgendaStep]:
        return sorted(self.doc.all("agenda_steps"), key=lambda s: (s.position, s.created_at))

    def step(self, step_id: str) -> AgendaStep | None:
        return self.doc.get("agenda_steps", step_id)

    def current(self) -> AgendaStep | None:
        """The running step, else a paused one, else the first step not yet taken."""
        steps = self.steps()
        for status in ("running", "paused", "pending"):
            found = next((s for s in steps if s.status == status), None)
            if found is not None:
                return found
        return None

    def running(self) -> AgendaStep | None:
        return next((s for s in self.steps() if s.status == "running"), None)

    def elapsed(self, step: AgendaStep) -> float:
        elapsed = step.elapsed_s
        if step.status == "running" and step.started_at:
            elapsed += (self.clock() - dt.datetime.fromisoformat(step.started_at)).total_seconds()
        return elapsed

    def remaining(self, step: AgendaStep) -> float:
        """Seconds left in the step; negative once its time is up."""
        return step.duration_s - self.elapsed(step)

    def is_over(self, step: AgendaStep | None = None) -> bool:
        step = step or self.current()
        return step is not None and step.status in ("running", "paused") and self.remaining(step) <= 0

    def silent_running(self) -> bool:
        step = self.running()
        return bool(step and step.silent)

    def voting_running(self) -> bool:
        step = self.running()
        return bool(step and step.voting)

    def face_down(self, canvas_id: str | None = None) -> list[tuple[str, int]]:
        """Hidden cards per author as (name, count), in roster order."""
        counts = Counter(
            c.participant_id for c in self.doc.all("cards")
            if c.hidden and (canvas_id is None or c.canvas_id == canvas_id)
        )
        out = [(p.name, counts.pop(p.id)) for p in self.doc.all("participants") if p.id in counts]
        if counts:
            out.append((self.tr("No author"), sum(counts.values())))
        return out

    def display(self, canvas_id: str | None = None) -> Display:
        step = self.current()
        down = self.face_down(canvas_id)
        face_down = ""
        if down:
            counts = " · ".join(f"{name} {n}" for name, n in down)
            face_down = self.tr("Silent round: {0} face-down").format(counts)
        votes = self.votes_shown()
        if step is None:
            return Display(face_down=face_down, votes_shown=votes)
        left = self.remaining(step)
        over = step.status in ("running", "paused") and left <= 0
        note = (self.tr("Time's up (+{0})").format(mm_ss(-left)) if over
                else self.tr("Paused") if step.status == "paused" else "")
        flash = over and int(-left * 2) % 2 == 0
        return Display(step.title, step.prompt, mm_ss(max(0.0, left)), note, over, flash,
                       step.status, face_down, votes)

    def votes_shown(self) -> bool:
        """Dots are shown to the room once a voting step has started (running, paused
        or done); an agenda without a voting step hides nothing."""
        voting = [s for s in self.steps() if s.voting]
        return not voting or any(s.status in ("running", "paused", "done") for s in voting)

    # -- editing the agenda (undoable) ---------------------------------------------

    def add_step(self, title: str, duration_s: int = 600, **fields: Any) -> AgendaStep | None:
        steps = self.steps()
        step = AgendaStep(
            id=new_id(), session_id=self.doc.session_id,
            position=(steps[-1].position + 1) if steps else 0,
            title=title.strip() or "Step", duration_s=max(0, int(duration_s)), created_at=now(),
            **{k: v for k, v in fields.items() if k in FIELDS},
        )
        self.editor.add_records("agenda_steps", [step], self.tr("Add agenda step “{0}”").format(step.title))
        return self.step(step.id)  # None when it was not saved: it is then not in the document

    def edit_step(self, step_id: str, **fields: Any) -> bool:
        fields = {k: v for k, v in fields.items() if k in FIELDS}
        if "duration_s" in fields:
            fields["duration_s"] = max(0, int(fields["duration_s"]))
        title = self.step(step_id).title
        return self.editor.change_records("agenda_steps", {step_id: fields},
                                          self.tr("Edit agenda step “{0}”").format(title))

    def remove_step(self, step_id: str) -> bool:
        title = self.step(step_id).title
        return self.editor.remove_records("agenda_steps", [step_id],
                                          self.tr("Remove agenda step “{0}”").format(title))

    def move_step(self, step_id: str, new_index: int) -> bool:
        order = [s.id for s in self.steps()]
        if step_id not in order or not 0 <= new_index < len(order):
            return False
        order.remove(step_id)
        order.insert(new_index, step_id)
        return self.editor.change_records(
            "agenda_steps", {sid: {"position": i} for i, sid in enumerate(order)},
            self.tr("Reorder agenda"))

    # -- running the timer (undoable too: see docs/facilitation.md) ---------------------

    def start(self, step_id: str | None = None) -> bool:
        """Start (or resume) a step; a different step that was running is paused,
        so only one step ever runs."""
        step = self.step(step_id) if step_id else self.current()
        if step is None or step.status == "running":
            return False
        now = self.clock()
        changes = self._stop_others(now)  # the step itself is not running
        fields: dict[str, Any] = {"status": "running", "started_at": now.isoformat()}
        if step.status in ("done", "skipped"):  # running a finished step again starts afresh
            fields["elapsed_s"] = 0.0
        changes[step.id] = fields
        text = (self.tr("Resume step “{0}”") if step.status == "paused" else self.tr("Start step “{0}”"))
        ok = self._push(changes, text.format(step.title))
        if ok:
            self.step_started.emit(self.step(step.id))
        return ok

    def pause(self) -> bool:
        step = self.running()
        if step is None:
            return False
        return self._push({step.id: self._halt(step, "paused", self.clock())},
                          self.tr("Pause step “{0}”").format(step.title))

    def resume(self) -> bool:
        step = self.current()
        return step is not None and step.status == "paused" and self.start()

    def toggle(self) -> bool:
        """The one Start/Pause button."""
        step = self.current()
        if step is None:
            return False
        return self.pause() if step.status == "running" else self.start()

    def extend(self, seconds: int) -> bool:
        step = self.current()
        if step is None:
            return False
        self._announced.discard(step.id)
        after = {step.id: {"duration_s": max(0, step.duration_s + int(seconds))}}
        return self.editor.push(ChangeCommand(
            self.doc, "agenda_steps", after, self.tr("Extend step “{0}”").format(step.title),
            merge_key=EXTEND_MERGE_KEY))

    def skip(self) -> bool:
        """Leave the current step undone; the next one waits to be started."""
        step = self.current()
        if step is None:
            return False
        return self._push({step.id: self._halt(step, "skipped", self.clock())},
                          self.tr("Skip step “{0}”").format(step.title))

    def finish(self) -> bool:
        step = self.current()
        if step is None:
            return False
        return self._push({step.id: self._halt(step, "done", self.clock())},
                          self.tr("Finish step “{0}”").format(step.title))

    def next(self) -> bool:
        """Finish the current step and start the one after it, as one undo step."""
        step = self.current()
        if step is None:
            return False
        now = self.clock()
        changes = {step.id: self._halt(step, "done", now)}
        following = next((s for s in self.steps()
                          if s.status == "pending" and s.id != step.id), None)
        if following is not None:
            changes[following.id] = {"status": "running", "started_at": now.isoformat()}
        text = (self.tr("Next step “{0}”").format(following.title) if following
                else self.tr("Finish step “{0}”").format(step.title))
        ok = self._push(changes, text)
        if ok and following is not None:
            self.step_started.emit(self.step(following.id))
        return ok

    def tick(self) -> None:
        """Called by the display's timer: announce, once, a running step whose time is up."""
        step = self.running()
        if step is None:
            return
        if self.remaining(step) <= 0:
            if step.id not in self._announced:
                self._announced.add(step.id)
                self.time_up.emit(step.id)
        else:
            self._announced.discard(step.id)

    # -- the silent round --------------------------------------------------------------

    def reveal(self) -> bool:
        """Turn every face-down card up, as one undoable edit; one that lies far from
        its author's face-up cards moves next to them (placement.beside_author)."""
        cards = self.doc.all("cards")
        hidden = [c for c in cards if c.hidden]
        changes: dict[str, dict[str, Any]] = {c.id: {"hidden": 0} for c in hidden}
        for card_id, spot in placement.beside_author(hidden, cards).items():
            changes[card_id].update(x=spot[0], y=spot[1])
        # English has no translation file: its "(s)" is settled here; a translation has its own forms.
        text = self.tr("Reveal %n silent card(s)", "", len(hidden)).replace("(s)", "" if len(hidden) == 1 else "s")
        return bool(hidden) and self.editor.change_records("cards", changes, text)

    # -- inside ----------------------------------------------------------------------

    def _halt(self, step: AgendaStep, status: str, now: dt.datetime) -> dict[str, Any]:
        return {"status": status, "elapsed_s": round(self._elapsed_at(step, now), 3),
                "started_at": None}

    def _elapsed_at(self, step: AgendaStep, now: dt.datetime) -> float:
        if step.status == "running" and step.started_at:
            return step.elapsed_s + (now - dt.datetime.fromisoformat(step.started_at)).total_seconds()
        return step.elapsed_s

    def _stop_others(self, now: dt.datetime) -> dict[str, dict[str, Any]]:
        return {s.id: self._halt(s, "paused", now) for s in self.steps() if s.status == "running"}

    def _push(self, changes: dict[str, dict[str, Any]], text: str) -> bool:
        return self.editor.change_records("agenda_steps", changes, text)

    def _on_record(self, table: str, record: Any, fields: Any = None) -> None:
        if table == "agenda_steps":
            self._sync_silent()
            self.changed.emit()
        elif table == "cards" and (record.hidden or (fields and "hidden" in fields)):
            self.face_down_changed.emit()

    def _sync_silent(self) -> None:
        # The editor hides new cards while a silent step runs (Editor.add_card honours this).
        self.editor.new_cards_hidden = self.silent_running()
