"""Methods: workshop templates kept as JSON files (shipped in resources/methods,
the user's own beside the default library), checked against
resources/method.schema.json, and applied to a session as canvases, zones and
agenda steps. A method's id is its file name without ``.json``."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlite_utils import Database

from app.paths import default_library
from app.said import Said, Translate, said
from app.vocabulary import CARD_KINDS, LINK_KINDS, PALETTE
from storage import entities, events, rows, sessions
from storage.library import new_id, transaction

FREE = "free"  # the sessions table's default method
SOURCE_LANGUAGE = "en"  # a method file's own words, unless it says otherwise
MAX_BYTES = 1_000_000  # a method is a few kilobytes; refuse anything that is clearly not one
Rows = list[tuple[str, dict[str, Any]]]  # (table, row) in insertion order


class MethodError(Exception):
    """A method file that cannot be used; the message names the file and the problem.
    ``str()`` is English; ``said()`` says it in the window's language (or the one
    ``translate`` speaks; context "Method")."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def said(self, translate: Translate | None = None) -> str:
        return f"{self.path}: {said(self.problem, translate)}"


def _problem(text: str, *args: Any) -> Said:
    return Said("Method", text, *args)


@dataclass(frozen=True)
class Method:
    id: str
    data: dict[str, Any] = field(repr=False)
    path: Path | None = None
    user: bool = False  # saved by the user rather than shipped
    shown: str = ""  # the language its words are in, when a translation was picked
    original: dict[str, Any] | None = field(default=None, repr=False, compare=False)  # the file's own words

    @property
    def name(self) -> str:
        return self.data["name"]

    @property
    def description(self) -> str:
        return self.data["description"]

    @property
    def canvases(self) -> list[dict[str, Any]]:
        return self.data["canvases"]

    @property
    def agenda(self) -> list[dict[str, Any]]:
        return self.data["agenda"]

    @property
    def card_kinds(self) -> list[str]:
        return self.data.get("card_kinds") or list(CARD_KINDS)

    @property
    def link_kinds(self) -> list[str]:
        return self.data.get("link_kinds") or list(LINK_KINDS)

    @property
    def language(self) -> str:
        return self.data.get("language", SOURCE_LANGUAGE)

    @property
    def shown_language(self) -> str:
        return self.shown or self.language

    @property
    def languages(self) -> list[str]:
        """Every language the method's words are written in, its own first."""
        return [self.language, *sorted(set(self.data.get("translations", {})) - {self.language})]

    def in_language(self, language: str | None) -> Method:
        """The method with its words in ``language`` ("de", "de_CH") where the file has
        them; whatever a translation leaves out keeps the file's own words."""
        base = self.original or self.data
        code = best_language(self.languages, language)
        words = base.get("translations", {}).get(code) if code != self.language else None
        if not words:
            return Method(self.id, base, self.path, self.user) if self.original else self
        data = copy.deepcopy(base)
        data.update({k: words[k] for k in ("name", "description") if k in words})
        for canvas in data["canvases"]:
            canvas_words = words.get("canvases", {}).get(canvas["key"], {})
            canvas["name"] = canvas_words.get("name", canvas["name"])
            for zone, label in zip(canvas.get("zones", []), canvas_words.get("zones", []), strict=False):
                if not zone.get("per_role"):  # a per-role lane is labelled with the role: data
                    zone["label"] = label
        for step, step_words in zip(data["agenda"], words.get("agenda", []), strict=False):
            step.update(step_words)
        return Method(self.id, data, self.path, self.user, shown=code, original=base)

    def summary(self) -> dict[str, Any]:
        """What ``meshwork methods --json`` prints for this method."""
        return {
            "id": self.id, "name": self.name, "description": self.description,
            "source": "user" if self.user else "shipped", "path": str(self.path or ""),
            "canvases": [c["name"] for c in self.canvases], "steps": len(self.agenda),
            "minutes": round(sum(s["duration_s"] for s in self.agenda) / 60),
            "card_kinds": self.card_kinds, "link_kinds": self.link_kinds, "languages": self.languages,
        }


def best_language(available: Sequence[str], wanted: str | None) -> str:
    """The available language closest to ``wanted`` ("de_AT" finds "de_AT", then "de",
    then any "de_…"); the first available (the method's own) when none is close."""
    if wanted:
        wanted = wanted.replace("-", "_")
        base = wanted.split("_")[0]
        for candidate in (wanted, base):
            if candidate in available:
                return candidate
        for code in available:
            if code.split("_")[0] == base:
                return code
    return available[0]


# -- finding and reading ----------------------------------------------------------


def shipped_dir() -> Path:
    return Path(str(resources.files("resources") / "methods"))


def user_dir() -> Path:
    """The user's own methods live beside the default library, in the data folder."""
    return default_library().parent / "methods"


@cache
def _validator():
    # jsonschema is imported when a method is first read, not at start-up (~0.2 s).
    from jsonschema import Draft202012Validator

    schema = json.loads((Path(str(resources.files("resources"))) / "method.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _where(error) -> str:
    parts = ""
    for part in error.absolute_path:
        parts += f"[{part}]" if isinstance(part, int) else f".{part}"
    return parts.lstrip(".") or _problem(QT_TRANSLATE_NOOP("Method", "the top level"))


def validate(data: Any, path: Path | str = "<method>") -> None:
    """Raise MethodError if ``data`` is not a usable method."""
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(data))
    if error is not None:
        raise MethodError(path, _problem(QT_TRANSLATE_NOOP("Method", "{0} (at {1})"), error.message, _where(error)))
    keys = [c["key"] for c in data["canvases"]]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise MethodError(path, _problem(QT_TRANSLATE_NOOP("Method", "canvas key {0!r} is used more than once"),
                                         twice[0]))
    for n, step in enumerate(data["agenda"]):
        if step.get("canvas") is not None and step["canvas"] not in keys:
            raise MethodError(path, _problem(QT_TRANSLATE_NOOP(
                "Method", "agenda step {0} (“{1}”) uses canvas {2!r}, which the method does not define"),
                n + 1, step["title"], step["canvas"]))
    for code, words in data.get("translations", {}).items():
        _check_translation(path, data, code, words)


def _check_translation(path: Path | str, data: dict[str, Any], code: str, words: dict[str, Any]) -> None:
    """A translation may leave words out, but not name what the method does not have."""
    canvases = {c["key"]: c for c in data["canvases"]}
    for key, canvas_words in words.get("canvases", {}).items():
        if key not in canvases:
            raise MethodError(path, _problem(QT_TRANSLATE_NOOP(
                "Method", "the {0!r} translation names canvas {1!r}, which the method does not define"), code, key))
        zones = canvases[key].get("zones", [])
        if len(canvas_words.get("zones", [])) > len(zones):
            raise MethodError(path, _problem(QT_TRANSLATE_NOOP(
                "Method", "the {0!r} translation gives canvas {1!r} {2} zone labels; it has {3} zones"),
                code, key, len(canvas_words["zones"]), len(zones)))
    if len(words.get("agenda", [])) > len(data["agenda"]):
        raise MethodError(path, _problem(QT_TRANSLATE_NOOP(
            "Method", "the {0!r} translation has {1} agenda steps; the method has {2}"),
            code, len(words["agenda"]), len(data["agenda"])))


def load_file(path: Path | str, user: bool = False) -> Method:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise MethodError(path, _problem(QT_TRANSLATE_NOOP("Method", "is larger than {0} kB; not a method file"),
                                             MAX_BYTES // 1000))
        text = path.read_text("utf-8")
    except OSError as exc:
        raise MethodError(path, _problem(QT_TRANSLATE_NOOP("Method", "cannot be read ({0})"), exc.strerror)) from None
    except UnicodeDecodeError:
        raise MethodError(path, _problem(QT_TRANSLATE_NOOP("Method", "is not UTF-8 text"))) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MethodError(path, _problem(QT_TRANSLATE_NOOP("Method", "is not valid JSON: {0} at line {1}, column {2}"),
                                         exc.msg, exc.lineno, exc.colno)) from None
    except RecursionError:
        raise MethodError(path, _problem(QT_TRANSLATE_NOOP("Method", "is nested too deeply"))) from None
    validate(data, path)
    return Method(path.stem, data, path, user)


def find_methods(folder: Path | None = None) -> tuple[list[Method], list[MethodError]]:
    """Every method (shipped first, then the user's), and the files that are broken.

    A user method whose id is taken by a shipped one is reported, not loaded."""
    found: list[Method] = []
    problems: list[MethodError] = []
    folder = user_dir() if folder is None else folder
    for directory, user in ((shipped_dir(), False), (folder, True)):
        try:
            paths = sorted(directory.glob("*.json")) if directory.is_dir() else []
        except OSError:
            paths = []
        for path in paths:
            try:
                method = load_file(path, user)
            except MethodError as exc:
                problems.append(exc)
                continue
            if any(m.id == method.id for m in found):
                problems.append(MethodError(path, _problem(QT_TRANSLATE_NOOP(
                    "Method", "a method with the id {0!r} already exists"), method.id)))
                continue
            found.append(method)
    found.sort(key=lambda m: (m.user, m.data.get("order", 1000), m.name.casefold()))
    return found, problems


def list_methods(folder: Path | None = None) -> list[Method]:
    return find_methods(folder)[0]


def get(method_id: str, folder: Path | None = None) -> Method:
    """The method with this id; MethodError if it is unknown or its file is broken."""
    for directory, user in ((shipped_dir(), False), (user_dir() if folder is None else folder, True)):
        path = directory / f"{method_id}.json"
        if re.fullmatch(r"[\w.-]+", method_id) and path.is_file():
            return load_file(path, user)
    raise MethodError(f"{method_id}.json",
                      _problem(QT_TRANSLATE_NOOP("Method", "no method with this id (shipped or saved)")))


# -- applying ----------------------------------------------------------------------


def method_name(method_id: str | None, language: str | None = None) -> str:
    """The method's name for people to read, in ``language`` where the method has it;
    its id when it is not installed here."""
    try:
        return get(method_id).in_language(language).name
    except Exception:  # a method from another machine, or none: the id still says something
        return method_id or "free"


def roles_of(participants: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    """(role, colour) per distinct role, in roster order, each with its first holder's colour."""
    seen: dict[str, tuple[str, str]] = {}
    for n, person in enumerate(participants):
        role = " ".join((person.get("role") or "").split())
        if role and role.casefold() not in seen:
            seen[role.casefold()] = (role, person.get("colour") or PALETTE[n % len(PALETTE)])
    return list(seen.values())


def pale(colour: str, amount: float = 0.8) -> str:
    """A pale version of a colour, for a zone behind cards."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    r, g, b = (round(c + (255 - c) * amount) for c in (r, g, b))
    return f"#{r:02X}{g:02X}{b:02X}"


def _zone_rows(spec: dict[str, Any], canvas_id: str, roles: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
    base = {"canvas_id": canvas_id, "colour": spec.get("colour", "#DDDDDD")}
    if spec.get("per_role"):
        x0, y0, w, h = spec["rect"]
        gap, arrange = spec.get("gap", 20), spec.get("arrange", "rows")
        columns = {"rows": 1, "columns": max(1, len(roles)), "grid": spec.get("grid_columns", 3)}[arrange]
        made = []
        for n, (role, colour) in enumerate(roles):
            row, col = divmod(n, columns)
            made.append({**base, "id": new_id(), "label": role, "role": role, "colour": pale(colour),
                         "x": x0 + col * (w + gap), "y": y0 + row * (h + gap), "width": w, "height": h})
        return made
    zone = {**base, "id": new_id(), "label": spec["label"], "role": spec.get("role")}
    if "outline" in spec:
        # Stored as the bounding box plus the points relative to its top-left corner,
        # so moving the zone moves its outline with it.
        xs, ys = [p[0] for p in spec["outline"]], [p[1] for p in spec["outline"]]
        x, y = min(xs), min(ys)
        zone.update(x=x, y=y, width=max(xs) - x, height=max(ys) - y,
                    outline=json.dumps([[float(px - x), float(py - y)] for px, py in spec["outline"]]))
    else:
        zone.update(zip(("x", "y", "width", "height"), spec["rect"], strict=True))
    return [zone]


def method_rows(method: Method, session_id: str, roles: Sequence[tuple[str, str]] = (),
                first_canvas: int = 0, first_step: int = 0) -> Rows:
    """The canvases, zones and agenda steps a method gives a session, with new ids.

    ``roles`` is [(role, colour)] for per-role zones (see ``roles_of``); the
    positions continue after a session's existing canvases and steps."""
    made: Rows = []
    canvas_ids: dict[str, str] = {}
    for n, canvas in enumerate(method.canvases):
        canvas_ids[canvas["key"]] = new_id()
        made.append(("canvases", {"id": canvas_ids[canvas["key"]], "session_id": session_id,
                                  "name": canvas["name"], "position": first_canvas + n}))
        for spec in canvas.get("zones", []):
            made.extend(("zones", z) for z in _zone_rows(spec, canvas_ids[canvas["key"]], roles))
    for n, step in enumerate(method.agenda):
        made.append(("agenda_steps", {
            "id": new_id(), "session_id": session_id, "position": first_step + n,
            "title": step["title"], "prompt": step["prompt"], "duration_s": step["duration_s"],
            "canvas_id": canvas_ids.get(step.get("canvas") or ""),
            "silent": int(step.get("silent", False)), "voting": int(step.get("voting", False)),
        }))
    return made


def insert_logged(db: Database, session_id: str | None, made: Rows, via: str = "edit") -> None:
    """Insert rows, each with its event, so a replay of the session sees them.
    Call inside the caller's transaction."""
    for table, row in made:
        stored = rows.insert(db, table, row)
        events.append(db, session_id, "add", table, stored["id"], {**stored, "via": via})


def apply_method(db: Database, session_id: str, method: Method) -> Rows:
    """Give an existing session the method's canvases, zones and agenda (after
    what it has), record the method on the session; one transaction, with events."""
    participants = entities.in_session(db, "participants", session_id)
    made = method_rows(method, session_id, roles_of(participants),
                       len(entities.in_session(db, "canvases", session_id)),
                       len(entities.in_session(db, "agenda_steps", session_id)))
    with transaction(db):
        insert_logged(db, session_id, made, via="method")
        fields = {"method": method.id}
        if "dots_per_participant" in method.data:
            fields["dots_per_participant"] = method.data["dots_per_participant"]
        before = {k: (sessions.get(db, session_id) or {}).get(k) for k in fields}
        sessions.update(db, session_id, **fields)
        events.append(db, session_id, "change", "sessions", session_id, {"before": before, "after": fields})
    return made


# -- saving a session's set-up as a method ---------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:50] or "method"


def _role_lanes(zones: list[dict[str, Any]]) -> dict[str, Any]:
    """Swimlanes that follow the roster become one per-role entry again, laid out
    the way the first two lanes are."""
    first = zones[0]
    spec: dict[str, Any] = {"per_role": True, "rect": [first["x"], first["y"], first["width"], first["height"]]}
    if len(zones) > 1:
        second = zones[1]
        if second["x"] == first["x"]:
            spec.update(arrange="rows", gap=max(0.0, second["y"] - first["y"] - first["height"]))
        elif second["y"] == first["y"]:
            same_row = sum(1 for z in zones if z["y"] == first["y"])
            arrange = "columns" if same_row == len(zones) else "grid"
            spec.update(arrange=arrange, gap=max(0.0, second["x"] - first["x"] - first["width"]))
            if arrange == "grid":
                spec["grid_columns"] = same_row
    return spec


def _zone_spec(zone: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = {"label": zone["label"] or "Zone", "colour": zone["colour"]}
    points = json.loads(zone["outline"]) if zone.get("outline") else None
    if points and len(points) >= 3:
        spec["outline"] = [[zone["x"] + px, zone["y"] + py] for px, py in points]
    else:
        spec["rect"] = [zone["x"], zone["y"], zone["width"], zone["height"]]
    return spec


def method_from_session(db: Database, session_id: str, name: str, description: str = "",
                        language: str | None = None) -> dict[str, Any]:
    """A session's canvases, zones and agenda as method data (its cards stay behind);
    ``language`` is the language its words are written in, when known."""
    session = sessions.get(db, session_id)
    if session is None:
        raise ValueError(f"no session {session_id!r}")
    canvases, keys = [], {}
    for canvas in entities.in_session(db, "canvases", session_id):
        key = slug(canvas["name"])
        while key in keys.values():
            key += "-2"
        keys[canvas["id"]] = key
        zones = [z for z in entities.in_session(db, "zones", session_id) if z["canvas_id"] == canvas["id"]]
        lanes = [z for z in zones if z["role"]]
        specs = ([_role_lanes(lanes)] if lanes else []) + [_zone_spec(z) for z in zones if not z["role"]]
        canvases.append({"key": key, "name": canvas["name"], **({"zones": specs} if specs else {})})
    agenda = [
        {"title": s["title"] or f"Step {n + 1}", "prompt": s["prompt"], "duration_s": int(s["duration_s"]),
         "canvas": keys.get(s["canvas_id"]), "silent": bool(s["silent"]), "voting": bool(s["voting"])}
        for n, s in enumerate(entities.in_session(db, "agenda_steps", session_id))
    ]
    data: dict[str, Any] = {
        "name": name.strip(),
        "description": description.strip() or f"Set up like the session “{session['title']}” of {session['date']}.",
        "canvases": canvases or [{"key": "canvas", "name": "Canvas 1"}],
        "agenda": agenda,
        "dots_per_participant": session.get("dots_per_participant", 3),
    }
    if language and re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", language) and language.split("_")[0] != SOURCE_LANGUAGE:
        data["language"] = language.split("_")[0]
    try:  # keep the card and link kinds of the method the session was made with
        source = get(session["method"])
        for key in ("card_kinds", "link_kinds"):
            if key in source.data:
                data[key] = source.data[key]
    except MethodError:
        pass
    return data


def save_session_as_method(db: Database, session_id: str, name: str, description: str = "",
                           folder: Path | None = None, language: str | None = None) -> Method:
    """Write the session's set-up as a new method in the user's methods folder."""
    folder = user_dir() if folder is None else folder
    data = method_from_session(db, session_id, name, description, language)
    taken = {m.id for m in list_methods(folder)} | {p.stem for p in shipped_dir().glob("*.json")}
    method_id, n = slug(name), 1
    while method_id in taken or (folder / f"{method_id}.json").exists():
        n += 1
        method_id = f"{slug(name)}-{n}"
    path = folder / f"{method_id}.json"
    validate(data, path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".json.part")  # never a half-written method file
        partial.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
        partial.replace(path)
    except OSError as exc:
        raise MethodError(path, _problem(QT_TRANSLATE_NOOP("Method", "cannot be written ({0})"),
                                         exc.strerror)) from None
    return Method(method_id, data, path, user=True)
