"""The editor owns a session's undo stack and turns a person's gestures into
commands. Widgets call these methods; nothing else writes to the document."""

from __future__ import annotations

import json
import sqlite3
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app import capture as capture_parser
from app import lanes, placement, read_only
from app.commands import AddCommand, ChangeCommand, Command, RemoveCommand, SessionCommand
from app.document import SessionDocument
from app.model import Canvas, Card, Link, Participant, Zone
from app.said import field_problems
from app.vocabulary import CARD_SIZE, PALETTE
from storage import rules
from storage.library import new_id

NUDGE_MERGE_KEY = 1
FIELD_NAMES = {  # undo texts, translated where they are used (context "Editor")
    "text": QT_TRANSLATE_NOOP("Editor", "Edit card text"), "why": QT_TRANSLATE_NOOP("Editor", "Edit why"),
    "kind": QT_TRANSLATE_NOOP("Editor", "Change kind"),
    "knowledge_type": QT_TRANSLATE_NOOP("Editor", "Change knowledge type"),
    "tags": QT_TRANSLATE_NOOP("Editor", "Edit tags"), "participant_id": QT_TRANSLATE_NOOP("Editor", "Change author"),
    "label": QT_TRANSLATE_NOOP("Editor", "Edit label"), "name": "Rename",
    "colour": QT_TRANSLATE_NOOP("Editor", "Change colour"), "role": QT_TRANSLATE_NOOP("Editor", "Change role"),
    "team": QT_TRANSLATE_NOOP("Editor", "Change team"),
}


# how: (coordinate, size, which point of the card lines up (0 start, 0.5 centre, 1 end),
#       how the common line is chosen, words for the Edit menu)
ALIGNMENTS = {
    "left": ("x", "width", 0.0, min, QT_TRANSLATE_NOOP("Editor", "left edges")),
    "right": ("x", "width", 1.0, max, QT_TRANSLATE_NOOP("Editor", "right edges")),
    "top": ("y", "height", 0.0, min, QT_TRANSLATE_NOOP("Editor", "top edges")),
    "bottom": ("y", "height", 1.0, max, QT_TRANSLATE_NOOP("Editor", "bottom edges")),
    "hcentre": ("x", "width", 0.5, statistics.fmean, QT_TRANSLATE_NOOP("Editor", "centres in a column")),
    "vcentre": ("y", "height", 0.5, statistics.fmean, QT_TRANSLATE_NOOP("Editor", "centres in a row")),
}


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def counted(text: str, n: int) -> str:
    """A tr() text with %n already filled: English, which has no translation file, settles
    its "(s)" here; a translation brings its own plural forms."""
    return text.replace("(s)", "" if n == 1 else "s")


def describe(exc: Exception) -> str:
    """A write error in words a facilitator can act on."""
    if isinstance(exc, UnicodeEncodeError):
        return (f"the text holds a character that cannot be stored "
                f"(U+{ord(exc.object[exc.start]):04X} at position {exc.start + 1})")
    return str(exc) or type(exc).__name__


class Editor(QObject):
    current_participant_changed = Signal(object)  # participant id or None
    failed = Signal(str)  # a message fit to show
    pending_changed = Signal(int)  # edits kept in memory because their write failed

    def __init__(self, doc: SessionDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self.stack = QUndoStack(self)
        self.current_participant_id: str | None = None
        # True while a silent round runs (set by app.agenda): new cards start face down.
        self.new_cards_hidden = False
        participants = doc.all("participants")
        if participants:
            self.current_participant_id = participants[0].id
        # Edits whose write failed for a passing reason, oldest first, retried until saved.
        self._pending: list[Command] = []
        self._last_error: Exception | None = None
        self._dropped: list[Command] = []
        self._announced = 0
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self.retry_pending)
        doc.removed.connect(self._on_removed)

    # -- the one way in --------------------------------------------------------

    def push(self, command: Command) -> bool:
        """Run the command, then put it on the stack, so undo history and library agree.

        A write that fails for a passing reason (a full disk, a locked or unwritable
        file) is never dropped: the command is kept in memory, reported through
        ``failed`` and ``pending_changed``, and retried in order, on a timer and
        before the next edit. On a read-only library edits are refused at once."""
        reason = read_only.notice(self.doc.db)
        if reason:
            self.failed.emit(self.tr("“{0}” was not saved. {1}").format(command.text(), reason.said()))
            return False
        problems = self.rule_problems(command)
        if problems:  # it could never be written: say why, keep nothing, let the next edit go on
            said = field_problems(problems).said()  # the row rules' words, in the window's language
            self.failed.emit(self.tr("“{0}” was not saved: {1}").format(command.text(), said))
            return False
        queue = self._pending
        queue.append(command)
        self.retry_pending()
        if any(c is command for c in queue):
            self.failed.emit(
                self.tr("Could not save “{0}”: {1}. ").format(command.text(), self._last_error)
                + counted(self.tr("%n edit(s) kept in memory and retried until saved.", "", len(queue)), len(queue))
            )
            return False
        return not any(c is command for c in self._dropped)

    def rule_problems(self, command: Command) -> list[rules.Problem]:
        """What the edit's new field values break of the row rules (storage.rules);
        removals and undo bring back only what was there, so they are not checked."""
        if isinstance(command, _Macro):
            return [p for child in command.children_ for p in self.rule_problems(child)]
        if isinstance(command, AddCommand):
            problems = []
            for record in command.records:
                row = record.row()
                if command.table == "cards":
                    row["tags"] = list(record.tags)
                problems += rules.check_row(command.table, row)
            return problems
        if isinstance(command, ChangeCommand):
            return [p for record_id, fields in command.after.items()
                    for p in rules.check_fields(command.table, fields, record_id)]
        if isinstance(command, SessionCommand):
            return rules.check_fields("sessions", command.after, self.doc.session_id)
        return []

    # Errors that will not go away by trying again: report and drop the edit.
    _PERMANENT = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError,
                  sqlite3.DataError, sqlite3.NotSupportedError)
    RETRY_MS = 3000

    def pending_count(self) -> int:
        return len(self._pending)

    def last_error_text(self) -> str:
        """Why the kept edits could not be written, last time it was tried."""
        return describe(self._last_error) if self._last_error else ""

    def retry_pending(self) -> int:
        """Write the kept edits, oldest first; return how many are still waiting."""
        queue = self._pending
        self._dropped = []
        while queue:
            command = queue[0]
            try:
                command.apply()
            except self._PERMANENT as exc:
                self._drop(command, exc)
                continue
            except (sqlite3.Error, OSError) as exc:
                self._last_error = exc
                break
            except Exception as exc:  # noqa: BLE001 - an edit that can never be written
                # (bad text, a bug) must not hold up every edit queued behind it.
                self._drop(command, exc)
                continue
            queue.pop(0)
            command.done = True
            self.stack.push(command)
        if queue:
            self._retry_timer.start(self.RETRY_MS)
        else:
            self._retry_timer.stop()
        if len(queue) != self._announced:
            self._announced = len(queue)
            self.pending_changed.emit(len(queue))
        return len(queue)

    def _drop(self, command: Command, exc: Exception) -> None:
        self._dropped.append(self._pending.pop(0))
        self.failed.emit(self.tr("“{0}” could not be saved and was dropped: {1}").format(command.text(), describe(exc)))

    def macro(self, text: str, commands: list[Command]) -> bool:
        """Several commands as one undo step."""
        commands = [c for c in commands if c is not None]
        if not commands:
            return False
        if len(commands) == 1:
            commands[0].setText(text)
            return self.push(commands[0])
        parent = _Macro(text)
        parent.children_.extend(commands)
        return self.push(parent)

    # -- participants ------------------------------------------------------------

    def set_current_participant(self, participant_id: str | None) -> None:
        if participant_id != self.current_participant_id:
            self.current_participant_id = participant_id
            self.current_participant_changed.emit(participant_id)

    def current_participant(self) -> Participant | None:
        if self.current_participant_id is None:
            return None
        return self.doc.get("participants", self.current_participant_id)

    def add_participant(self, name: str, role: str = "", team: str = "", colour: str | None = None):
        existing = self.doc.all("participants")
        used = {p.colour for p in existing}
        colour = colour or next((c for c in PALETTE if c not in used), PALETTE[len(existing) % 8])
        person = Participant(
            id=new_id(), session_id=self.doc.session_id, name=name.strip(), role=role.strip(),
            team=team.strip(), colour=colour, position=len(existing),
        )
        text = self.tr("Add participant {0}").format(person.name)
        if self.push(AddCommand(self.doc, "participants", [person], text)):
            if self.current_participant_id is None:
                self.set_current_participant(person.id)
            return person
        return None

    def edit_participant(self, participant_id: str, **fields: Any) -> bool:
        return self._change("participants", {participant_id: fields}, "participant")

    def remove_participant(self, participant_id: str) -> bool:
        person = self.doc.get("participants", participant_id)
        return self.push(
            RemoveCommand(self.doc, "participants", [participant_id],
                          self.tr("Remove participant {0}").format(person.name))
        )

    def _on_removed(self, table: str, record: Any) -> None:
        if table == "participants" and record.id == self.current_participant_id:
            rest = self.doc.all("participants")
            self.set_current_participant(rest[0].id if rest else None)

    # -- canvases ----------------------------------------------------------------

    def add_canvas(self, name: str) -> Canvas | None:
        canvas = Canvas(
            id=new_id(), session_id=self.doc.session_id, name=name.strip() or "Canvas",
            position=len(self.doc.all("canvases")),
        )
        ok = self.push(AddCommand(self.doc, "canvases", [canvas], self.tr("Add canvas {0}").format(canvas.name)))
        return canvas if ok else None

    def rename_canvas(self, canvas_id: str, name: str) -> bool:
        return self.push(
            ChangeCommand(self.doc, "canvases", {canvas_id: {"name": name}}, self.tr("Rename canvas"))
        )

    def move_canvas(self, canvas_id: str, new_index: int) -> bool:
        order = [c.id for c in self.doc.all("canvases")]
        if canvas_id not in order or not 0 <= new_index < len(order):
            return False
        order.remove(canvas_id)
        order.insert(new_index, canvas_id)
        after = {cid: {"position": i} for i, cid in enumerate(order)}
        return self.push(ChangeCommand(self.doc, "canvases", after, self.tr("Reorder canvases")))

    def delete_canvas(self, canvas_id: str) -> bool:
        canvas = self.doc.get("canvases", canvas_id)
        return self.push(
            RemoveCommand(self.doc, "canvases", [canvas_id], self.tr("Delete canvas {0}").format(canvas.name))
        )

    # -- cards -------------------------------------------------------------------

    def capture(self, line: str, canvas_id: str) -> Card | None:
        """Quick capture: prefixes choose the participant, kind and tags."""
        parsed = capture_parser.parse(line)
        if not parsed.text:
            return None
        participant_id = self.current_participant_id
        if parsed.participant:
            people = self.doc.all("participants")
            person = capture_parser.resolve_participant(parsed.participant, people)
            if person is None:
                self.failed.emit(capture_parser.no_one_called(parsed.participant, people))
                return None
            participant_id = person.id
            self.set_current_participant(person.id)
        return self.add_card(
            canvas_id, parsed.text, participant_id=participant_id,
            kind=parsed.kind or "activity", tags=parsed.tags,
        )

    def capture_lines(self, lines: list[str], canvas_id: str) -> list[Card]:
        """Several captured lines, one card each, undone as one step."""
        self.stack.beginMacro(counted(self.tr("Add %n card(s)", "", len(lines)), len(lines)))
        try:
            made = [self.capture(line, canvas_id) for line in lines]
        finally:
            self.stack.endMacro()
        return [card for card in made if card is not None]

    def add_card(
        self,
        canvas_id: str,
        text: str,
        participant_id: str | None = None,
        kind: str = "activity",
        tags: Iterable[str] = (),
        pos: tuple[float, float] | None = None,
        **fields: Any,
    ) -> Card | None:
        w, h = CARD_SIZE
        lane = None
        if pos is None:
            pos, lane = self._spot_and_lane(canvas_id, participant_id, w, h)
        if self.new_cards_hidden:
            fields.setdefault("hidden", 1)
        card_id = new_id()
        card = Card(
            id=card_id, canvas_id=canvas_id, participant_id=participant_id, kind=kind,
            text=text, x=pos[0], y=pos[1], width=w, height=h, lineage_id=card_id,
            tags=list(tags), **fields,
        )
        name = f"Add {kind} card"
        ok = self.macro(name, [AddCommand(self.doc, "cards", [card], name), self._lanes_grown([card], lane)])
        return self.doc.get("cards", card_id) if ok else None

    def spot_for(self, canvas_id: str, participant_id: str | None, w: float, h: float):
        return self._spot_and_lane(canvas_id, participant_id, w, h)[0]

    def _spot_and_lane(self, canvas_id: str, participant_id: str | None, w: float, h: float):
        """Where a new card goes, and the lane it goes in (or None): in the author's role
        lane, the lane's next free slot (past its end when the lane is full: the lane then
        grows to hold it); otherwise next to the author's previous card."""
        cards = self.doc.on_canvas("cards", canvas_id)
        theirs = [c for c in cards if c.participant_id == participant_id]
        anchor = max(theirs, key=lambda c: c.created_at, default=None)
        role = self.doc.get("participants", participant_id).role if participant_id else ""
        zone = next((z for z in self.doc.on_canvas("zones", canvas_id) if role and z.role == role), None)
        if zone is not None and lanes.is_lane(zone) and (anchor is None or anchor.zone_id == zone.id):
            return lanes.spot_in_lane(zone, cards, w, h), zone
        return placement.free_spot(cards, w, h, anchor=anchor, zone=None if anchor else zone), None

    def edit_card(self, card_id: str, **fields: Any) -> bool:
        return self._change("cards", {card_id: fields}, "card")

    def edit_cards(self, changes: Mapping[str, Mapping[str, Any]], text: str) -> bool:
        return self.push(ChangeCommand(self.doc, "cards", changes, text))

    def move(self, table: str, positions: Mapping[str, tuple[float, float]]) -> bool:
        """One undo step for a whole drag, however many items moved."""
        after = {
            i: {"x": x, "y": y} for i, (x, y) in positions.items()
            if (self.doc.get(table, i).x, self.doc.get(table, i).y) != (x, y)
        }
        if not after:
            return False
        text = counted(self.tr("Move %n card(s)", "", len(after)) if table == "cards"
                       else self.tr("Move %n zone(s)", "", len(after)), len(after))
        commands = [ChangeCommand(self.doc, table, after, text)]
        if table == "cards":
            commands.append(self._lanes_grown(
                [self.doc.get("cards", i).copy(**fields) for i, fields in after.items()]))
        return self.macro(text, commands)

    def nudge(self, table: str, ids: Iterable[str], dx: float, dy: float) -> bool:
        after = {}
        for i in ids:
            record = self.doc.get(table, i)
            after[i] = {"x": record.x + dx, "y": record.y + dy}
        if not after:
            return False
        nudge = ChangeCommand(self.doc, table, after, self.tr("Nudge"), merge_key=NUDGE_MERGE_KEY)
        grow = self._lanes_grown([self.doc.get(table, i).copy(**f) for i, f in after.items()]) \
            if table == "cards" else None
        # Nudges merge into one undo step; the rare one that grows a lane is a step of its own.
        return self.push(nudge) if grow is None else self.macro(self.tr("Nudge"), [nudge, grow])

    def resize(self, table: str, record_id: str, rect: tuple[float, float, float, float]) -> bool:
        x, y, w, h = rect
        after = {record_id: {"x": x, "y": y, "width": w, "height": h}}
        text = self.tr("Resize card") if table == "cards" else self.tr("Resize zone")
        commands = [ChangeCommand(self.doc, table, after, text)]
        if table == "cards":
            commands.append(self._lanes_grown([self.doc.get("cards", record_id).copy(**after[record_id])]))
        return self.macro(text, commands)

    def align(self, card_ids: list[str], how: str) -> bool:
        """Line up cards: left, right, top, bottom, hcentre, vcentre."""
        cards = [self.doc.get("cards", i) for i in card_ids]
        if len(cards) < 2:
            return False
        axis, size, anchor, pick, words = ALIGNMENTS[how]
        line = pick([getattr(c, axis) + getattr(c, size) * anchor for c in cards])
        after = {c.id: {axis: line - getattr(c, size) * anchor} for c in cards}
        text = self.tr("Align {0} cards: {1}").format(len(cards), QCoreApplication.translate("Editor", words))
        return self.push(ChangeCommand(self.doc, "cards", after, text))

    def delete(self, card_ids: Iterable[str] = (), link_ids: Iterable[str] = (),
               zone_ids: Iterable[str] = ()) -> bool:
        card_ids, link_ids, zone_ids = list(card_ids), list(link_ids), list(zone_ids)
        n = len(card_ids) + len(link_ids) + len(zone_ids)
        what = "card" if n == len(card_ids) else "link" if n == len(link_ids) else (
            "zone" if n == len(zone_ids) else "item")
        named = {"card": self.tr("Delete %n card(s)", "", n), "link": self.tr("Delete %n link(s)", "", n),
                 "zone": self.tr("Delete %n zone(s)", "", n)}
        text = counted(named.get(what) or self.tr("Delete %n item(s)", "", n), n)
        # the one undo step's name (its parts show no name)
        commands = [RemoveCommand(self.doc, table, ids, text)
                    for table, ids in (("links", link_ids), ("cards", card_ids), ("zones", zone_ids)) if ids]
        return self.macro(text, commands)

    def paste(self, payload: Mapping[str, list[dict]], canvas_id: str,
              offset: tuple[float, float] = (30.0, 30.0)) -> list[str]:
        """Add copies of cards (and the links among them) to a canvas; new ids,
        same lineage, so a duplicate stays recognisable. Returns the new card ids."""
        id_map: dict[str, str] = {}
        participants = {p.id for p in self.doc.all("participants")}
        cards = []
        for row in payload.get("cards", []):
            new = Card.from_row(row)
            id_map[new.id] = new_id()
            cards.append(new.copy(
                id=id_map[new.id], canvas_id=canvas_id, x=new.x + offset[0], y=new.y + offset[1],
                participant_id=new.participant_id if new.participant_id in participants else None,
                created_at="", tags=list(new.tags),
                hidden=1 if self.new_cards_hidden else new.hidden,  # a copy is a new card in a silent round
            ))
        links = [
            Link.from_row(row).copy(
                id=new_id(), canvas_id=canvas_id, source_id=id_map[row["source_id"]],
                target_id=id_map[row["target_id"]], created_at="",
            )
            for row in payload.get("links", [])
            if row["source_id"] in id_map and row["target_id"] in id_map
        ]
        if not cards:
            return []
        text = counted(self.tr("Paste %n card(s)", "", len(cards)), len(cards))  # the one undo step's name
        commands: list[Command] = [AddCommand(self.doc, "cards", cards, text)]
        if links:
            commands.append(AddCommand(self.doc, "links", links, text))
        commands.append(self._lanes_grown(cards))
        return [c.id for c in cards] if self.macro(text, commands) else []

    def copy_payload(self, card_ids: Iterable[str]) -> dict[str, list[dict]]:
        ids = set(card_ids)
        cards = [self.doc.get("cards", i) for i in ids]
        return {
            "cards": [{**c.row(), "tags": list(c.tags)} for c in cards if c is not None],
            "links": [
                link.row() for link in self.doc.links_of(ids)
                if link.source_id in ids and link.target_id in ids
            ],
        }

    def duplicate(self, card_ids: Iterable[str]) -> list[str]:
        card_ids = list(card_ids)
        if not card_ids:
            return []
        canvas_id = self.doc.get("cards", card_ids[0]).canvas_id
        return self.paste(self.copy_payload(card_ids), canvas_id)

    # -- links -------------------------------------------------------------------

    def add_link(self, source_id: str, target_id: str, kind: str = "hand-off",
                 label: str = "") -> Link | None:
        if source_id == target_id:
            return None
        source = self.doc.get("cards", source_id)
        link = Link(id=new_id(), canvas_id=source.canvas_id, source_id=source_id,
                    target_id=target_id, kind=kind, label=label)
        text = self.tr("Link cards ({0})").format(QCoreApplication.translate("Vocabulary", kind))
        ok = self.push(AddCommand(self.doc, "links", [link], text))
        return link if ok else None

    def edit_link(self, link_id: str, **fields: Any) -> bool:
        return self._change("links", {link_id: fields}, "link")

    # -- zones -------------------------------------------------------------------

    def add_zone(self, canvas_id: str, label: str, rect: tuple[float, float, float, float],
                 role: str | None = None, colour: str = "#DDDDDD") -> Zone | None:
        zone = self._zone(canvas_id, label, rect, role, colour)
        ok = self.push(AddCommand(self.doc, "zones", [zone], self.tr("Add zone {0}").format(label)))
        return zone if ok else None

    def draw_zone(self, canvas_id: str, label: str, points: list[tuple[float, float]],
                  colour: str = "#E8E8F0") -> Zone | None:
        """A freeform zone drawn by hand (a Cynefin domain, say): the outline is kept
        relative to its bounding box, so moving the zone moves its outline."""
        if len(points) < 3:
            return None
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        x, y = min(xs), min(ys)
        zone = self._zone(canvas_id, label, (x, y, max(xs) - x, max(ys) - y), None, colour)
        zone.outline = json.dumps([[round(px - x, 1), round(py - y, 1)] for px, py in points])
        ok = self.push(AddCommand(self.doc, "zones", [zone], self.tr("Add zone {0}").format(label)))
        return zone if ok else None

    def _zone(self, canvas_id, label, rect, role=None, colour="#DDDDDD") -> Zone:
        x, y, w, h = rect
        return Zone(id=new_id(), canvas_id=canvas_id, label=label, role=role,
                    x=x, y=y, width=w, height=h, colour=colour)

    def swimlanes_from_roster(self, canvas_id: str) -> list[Zone]:
        """A horizontal lane per role in the roster, under any lanes already there, each
        long enough for the cards its role has on the canvas (app/lanes.py); lanes grow
        as cards are added to them."""
        have = {z.role for z in self.doc.on_canvas("zones", canvas_id) if z.role}
        roles: list[tuple[str, str]] = []
        for p in self.doc.all("participants"):
            if p.role and p.role not in have and p.role not in [r for r, _ in roles]:
                roles.append((p.role, p.colour))
        if not roles:
            return []
        role_of = {p.id: p.role for p in self.doc.all("participants")}
        counts = Counter(role_of.get(c.participant_id) for c in self.doc.on_canvas("cards", canvas_id))
        existing = self.doc.on_canvas("zones", canvas_id)
        top = max((z.y + z.height for z in existing), default=0.0) + (20 if existing else 0)
        zones = []
        for role, colour in roles:
            width, height = lanes.lane_size(counts[role])
            zones.append(self._zone(canvas_id, role, (0.0, top, width, height), role=role, colour=_tint(colour)))
            top += height + 20
        text = counted(self.tr("Add %n swimlane(s)", "", len(zones)), len(zones))
        ok = self.push(AddCommand(self.doc, "zones", zones, text))
        return zones if ok else []

    def edit_zone(self, zone_id: str, **fields: Any) -> bool:
        return self._change("zones", {zone_id: fields}, "zone")

    def fit_lanes(self, canvas_id: str) -> bool:
        """Every swimlane's length fitted to its cards (lanes side by side end together),
        in one undo step: a lane that keeps three times the room its cards need makes
        the fitted map unreadable."""
        rects = lanes.fitted_together(self.doc.on_canvas("zones", canvas_id), self.doc.on_canvas("cards", canvas_id))
        changes = {}
        for zone_id, rect in rects.items():
            zone = self.doc.get("zones", zone_id)
            if rect != (zone.x, zone.y, zone.width, zone.height):
                changes[zone_id] = dict(zip(("x", "y", "width", "height"), rect, strict=True))
        return bool(changes) and self.push(ChangeCommand(self.doc, "zones", changes, self.tr("Fit lanes to cards")))

    def _lanes_grown(self, cards: list[Card], lane: Zone | None = None) -> Command | None:
        """The change that grows the lanes these cards (as they will be) sit in, or
        ``lane`` when given, so each lies inside its lane with a margin; None when
        they already do."""
        if not cards:
            return None
        zones = self.doc.on_canvas("zones", cards[0].canvas_id)
        hosts: dict[str, list[Card]] = {}
        for card in cards:
            host = lane or self.doc.zone_at(card.canvas_id, *card.centre())
            if host is not None and lanes.is_lane(host):
                hosts.setdefault(host.id, []).append(card)
        changes = {}
        for zone_id, inside in hosts.items():
            rect = lanes.grown(self.doc.get("zones", zone_id), inside, zones)
            if rect is not None:
                changes[zone_id] = dict(zip(("x", "y", "width", "height"), rect, strict=True))
        return ChangeCommand(self.doc, "zones", changes, self.tr("Grow lanes")) if changes else None

    # -- any entity: for facilitation features (votes, reflections, agenda steps) --

    def add_records(self, table: str, records: Iterable[Any], text: str) -> bool:
        return self.push(AddCommand(self.doc, table, list(records), text))

    def change_records(self, table: str, changes: Mapping[str, Mapping[str, Any]], text: str) -> bool:
        changes = {
            i: {k: v for k, v in f.items() if getattr(self.doc.get(table, i), k) != v}
            for i, f in changes.items()
        }
        changes = {i: f for i, f in changes.items() if f}
        return bool(changes) and self.push(ChangeCommand(self.doc, table, changes, text))

    def remove_records(self, table: str, ids: Iterable[str], text: str) -> bool:
        ids = list(ids)
        return bool(ids) and self.push(RemoveCommand(self.doc, table, ids, text))

    def change_session(self, text: str, **fields: Any) -> bool:
        fields = {k: v for k, v in fields.items() if self.doc.session.get(k) != v}
        return bool(fields) and self.push(SessionCommand(self.doc, fields, text))

    # -- shared ------------------------------------------------------------------

    def _change(self, table: str, changes: Mapping[str, Mapping[str, Any]], noun: str) -> bool:
        changes = {
            i: {k: v for k, v in f.items() if getattr(self.doc.get(table, i), k) != v}
            for i, f in changes.items()
        }
        changes = {i: f for i, f in changes.items() if f}
        if not changes:
            return False
        fields = {k for f in changes.values() for k in f}
        edit = {"card": self.tr("Edit card"), "zone": self.tr("Edit zone"), "link": self.tr("Edit link"),
                "participant": self.tr("Edit participant"), "canvas": self.tr("Edit canvas")}.get(
            noun, self.tr("Edit {0}").format(noun))
        name = FIELD_NAMES.get(next(iter(fields)), edit) if len(fields) == 1 else edit
        if name == "Rename":
            name = {"zone": self.tr("Rename zone"), "participant": self.tr("Rename participant"),
                    "canvas": self.tr("Rename canvas")}.get(noun, self.tr("Rename {0}").format(noun))
        elif name != edit:
            name = QCoreApplication.translate("Editor", name)
        return self.push(ChangeCommand(self.doc, table, changes, name))


class _Macro(Command):
    """Runs child commands in order and undoes them in reverse."""

    def __init__(self, text: str):
        super().__init__(text)
        self.children_: list[Command] = []

    def apply(self) -> None:
        done: list[Command] = []
        try:
            for child in self.children_:
                child.apply()
                done.append(child)
        except BaseException:
            for child in reversed(done):  # all or nothing, like a single edit
                child.revert()
            raise

    def revert(self) -> None:
        for child in reversed(self.children_):
            child.revert()


def _tint(hex_colour: str, amount: float = 0.8) -> str:
    """A pale version of a participant colour for a swimlane background."""
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    r, g, b = (round(c + (255 - c) * amount) for c in (r, g, b))
    return f"#{r:02X}{g:02X}{b:02X}"
