"""The Room join HTTP API, free of any HTTP server: a request goes in, a response
comes out. Every guard runs before any route; every edit goes through the
session's Editor, so a card from a phone is saved, logged and undoable like one
typed at the desktop. docs/room.md describes each route."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.editor import Editor
from app.room import links as room_links
from app.room import map_state, validate
from app.room import state as room_state
from app.room.assets import Assets
from app.room.devices import ADMITTED, Device, DeviceRegistry
from app.room.security import MAX_BODY, RateLimiter, is_json, origin_ok, token_ok
from app.room.validate import Invalid, said
from app.said import Said
from app.voting import Voting

log = logging.getLogger(__name__)
ADMIT, EVERYONE = "admit", "everyone"  # how new joiners get in


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # names in lower case
    body: bytes
    client: str  # the remote address: the rate limit's key


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    said: Said | None = None  # an error's words, said again in the phone's language before it is sent


@dataclass
class StreamGrant(Response):
    """The live map's stream may open for this device (app.room.stream sends it)."""

    device: Device | None = None


def reply(status: int, data: Any) -> Response:
    return Response(status, json.dumps(data, ensure_ascii=False).encode())


def error(status: int, message: str, code: str = "") -> Response:
    """An error the phone page shows as it is: a Said (app/said.py) is put into the
    phone's language by RoomApi.handle."""
    response = reply(status, {"error": str(message), "code": code or str(status)})
    if isinstance(message, Said):
        response.said = message
    return response


def in_language(response: Response, accept_language: str | None) -> Response:
    """An error's words in the language of the phone that asked (its Accept-Language,
    else the facilitator's), as the page's own words are (app/room/phone_words.py)."""
    if response.said is None:
        return response
    from app import i18n
    from app.room.phone_words import phone_language, speaker

    say = speaker(phone_language(accept_language, i18n.current()))
    data = json.loads(response.body)
    data["error"] = response.said.said(say)
    response.body = json.dumps(data, ensure_ascii=False).encode()
    response.said = None
    return response


class RoomApi:
    def __init__(self, editor: Editor, devices: DeviceRegistry, token: str, origin: str,
                 assets: Assets, limiter: RateLimiter,
                 canvas_id: Callable[[], str | None], clock: room_state.Clock = room_state.utc_now):
        self.editor = editor
        self.doc = editor.doc
        self.devices = devices
        self.token = token
        self.origin = origin  # the page's own origin: http://address:port
        self.host = origin.split("://", 1)[1]
        self.assets = assets
        self.limiter = limiter
        self.canvas_provider = canvas_id
        self.clock = clock
        self.admission = ADMIT
        self.voting = Voting(editor)
        # Set by the server: why a device may not open another stream, or None.
        self.stream_gate: Callable[[Device], tuple[int, str, str] | None] | None = None
        self.routes: dict[tuple[str, str], Callable[[Request], Response]] = {
            ("GET", "/"): self.page,
            ("GET", "/room.css"): self.asset,
            ("GET", "/room.js"): self.asset,
            ("GET", "/map.js"): self.asset,
            ("GET", "/map-panel.js"): self.asset,
            ("GET", "/stream.js"): self.asset,
            ("GET", "/words.js"): self.asset,
            ("GET", "/api/state"): self.get_state,
            ("POST", "/api/join"): self.join,
            ("POST", "/api/leave"): self.leave,
            ("POST", "/api/cards"): self.add_card,
            ("PATCH", "/api/cards"): self.edit_card,
            ("DELETE", "/api/cards"): self.delete_card,
            ("POST", "/api/votes"): self.add_vote,
            ("DELETE", "/api/votes"): self.remove_vote,
            ("POST", "/api/ready"): self.ready,
            ("GET", "/api/stream"): self.open_stream,
            ("POST", "/api/links"): self.add_link,
            ("DELETE", "/api/links"): self.remove_link,
        }
        self.paths = {path for _method, path in self.routes}

    # -- the guards, in order --------------------------------------------------------

    def handle(self, req: Request) -> Response:
        return in_language(self._handle(req), req.headers.get("accept-language"))

    def _handle(self, req: Request) -> Response:
        if not self.limiter.allow(req.client):
            response = error(429, said(QT_TRANSLATE_NOOP(
                "RoomErrors", "Too many requests: wait a moment")), "rate_limited")
            response.headers["Retry-After"] = str(self.limiter.retry_after(req.client))
            return response
        if not origin_ok(req.headers.get("origin"), self.origin):
            return error(403, said(QT_TRANSLATE_NOOP(
                "RoomErrors", "Requests from other sites are refused")), "foreign_origin")
        host = req.headers.get("host")
        if host is None:  # HTTP/1.1 requires it, and without it rebinding cannot be judged
            return error(400, said(QT_TRANSLATE_NOOP("RoomErrors", "The request has no Host header")), "no_host")
        if host != self.host:  # DNS rebinding
            return error(403, said(QT_TRANSLATE_NOOP("RoomErrors", "Unknown host")), "foreign_host")
        if (req.method, req.path) == ("GET", "/favicon.ico"):
            # Browsers ask for it on their own, without the token: answer, with nothing.
            return Response(204, b"", "")
        if not token_ok(req.query.get("t") or req.headers.get("x-room-token"), self.token):
            return error(401, said(QT_TRANSLATE_NOOP(
                "RoomErrors", "This join link is not valid (any more): scan the QR code again")), "token")
        if len(req.body) > MAX_BODY:
            return error(413, said(QT_TRANSLATE_NOOP("RoomErrors", "The request is larger than {0} bytes"), MAX_BODY),
                         "too_large")
        if req.path not in self.paths:
            return error(404, said(QT_TRANSLATE_NOOP("RoomErrors", "Not found")), "not_found")
        route = self.routes.get((req.method, req.path))
        if route is None:
            return error(405, said(QT_TRANSLATE_NOOP("RoomErrors", "Method not allowed")), "method")
        if req.method in ("POST", "PATCH") and not is_json(req.headers.get("content-type")):
            return error(415, said(QT_TRANSLATE_NOOP(
                "RoomErrors", "Send JSON (Content-Type: application/json)")), "content_type")
        try:
            return route(req)
        except Invalid as exc:
            return error(400, exc.args[0] if exc.args else str(exc), "invalid")

    def _device(self, req: Request, admitted: bool = True) -> Device | Response:
        device = self.devices.by_key(req.headers.get("x-room-device"))
        if device is None:
            return error(401, said(QT_TRANSLATE_NOOP("RoomErrors", "Join the room first")), "not_joined")
        if admitted and device.status != ADMITTED:
            return error(403, said(QT_TRANSLATE_NOOP(
                "RoomErrors", "Waiting for the facilitator to let you in")), "waiting")
        if admitted and self.doc.get("participants", device.participant_id) is None:
            self.devices.remove(device.id)
            return error(401, said(QT_TRANSLATE_NOOP(
                "RoomErrors", "You are no longer on the roster: join again")), "not_joined")
        return device

    def canvas_id(self) -> str | None:
        step = room_state.current_step(self.doc)
        if step is not None and step.canvas_id and self.doc.get("canvases", step.canvas_id):
            return step.canvas_id
        chosen = self.canvas_provider()
        if chosen and self.doc.get("canvases", chosen):
            return chosen
        canvases = self.doc.all("canvases")
        return canvases[0].id if canvases else None

    # -- the page --------------------------------------------------------------------

    def page(self, req: Request) -> Response:
        from app import i18n
        from app.room.phone_words import phone_language

        language = phone_language(req.headers.get("accept-language"), i18n.current())
        return Response(200, self.assets.page(self.token, language), "text/html; charset=utf-8",
                        {"Content-Language": language.replace("_", "-"), "Vary": "Accept-Language"})

    def asset(self, req: Request) -> Response:
        body, content_type = self.assets.get(req.path.removeprefix("/"))
        return Response(200, body, content_type)

    # -- reading ---------------------------------------------------------------------

    def get_state(self, req: Request) -> Response:
        device = self.devices.by_key(req.headers.get("x-room-device"))
        data = room_state.build(self.doc, self.canvas_id(), device, self.admission,
                                self.voting.dots(), self.clock())
        return reply(200, data)

    # -- joining ---------------------------------------------------------------------

    def join(self, req: Request) -> Response:
        data = validate.parse_json(req.body)
        if "participant_id" in data:
            validate.only(data, {"participant_id"})
            person = self.doc.get("participants", validate.record_id(data, "participant_id"))
            if person is None:
                return error(404, said(QT_TRANSLATE_NOOP("RoomErrors", "No such name on the roster")), "not_found")
            device, key = self.devices.join(person.name, person.role, person.id, req.client,
                                            admitted=self.admission == EVERYONE)
        else:
            validate.only(data, {"name"}, {"role"})
            name, role = validate.text(data, "name"), validate.text(data, "role", required=False)
            device, key = self.devices.join(name, role, None, req.client, admitted=False)
            if self.admission == EVERYONE and not self.admit(device.id):
                self.devices.remove(device.id)
                return error(503, said(QT_TRANSLATE_NOOP("RoomErrors", "Could not add you to the roster")), "not_saved")
        return reply(201, {"device": key, "status": device.status})

    def admit(self, device_id: str) -> bool:
        """Let a waiting device in; a new name joins the roster as an undoable edit."""
        device = self.devices.get(device_id)
        if device is None:
            return False
        person_id = device.participant_id
        if person_id is None:
            same = next((p for p in self.doc.all("participants")
                         if p.name.casefold() == device.name.casefold()
                         and p.role.casefold() == device.role.casefold()), None)
            person = same or self.editor.add_participant(device.name, device.role)
            if person is None:
                return False
            person_id = person.id
        self.devices.admit(device_id, person_id)
        return True

    def set_admission(self, mode: str) -> None:
        if mode not in (ADMIT, EVERYONE):
            raise ValueError(mode)
        self.admission = mode
        if mode == EVERYONE:
            for device in self.devices.all():
                if device.status != ADMITTED:
                    self.admit(device.id)

    def leave(self, req: Request) -> Response:
        device = self._device(req, admitted=False)
        if isinstance(device, Response):
            return device
        self.devices.remove(device.id)
        return reply(200, {"ok": True})

    # -- cards -----------------------------------------------------------------------

    def add_card(self, req: Request) -> Response:
        device = self._device(req)
        if isinstance(device, Response):
            return device
        data = validate.parse_json(req.body)
        validate.only(data, {"text"}, {"kind", "why", "tags"})
        fields = validate.card_fields(data, partial=False)
        canvas_id = self.canvas_id()
        if canvas_id is None:
            return error(409, said(QT_TRANSLATE_NOOP("RoomErrors", "There is no canvas to add to yet")), "no_canvas")
        extra = {"hidden": 1} if room_state.silent_running(self.doc) else {}
        card = self.editor.add_card(
            canvas_id, fields["text"], participant_id=device.participant_id, kind=fields["kind"],
            tags=fields["tags"], why=fields["why"], **extra)
        if card is None:
            return error(503, said(QT_TRANSLATE_NOOP(
                "RoomErrors", "The card was not saved: ask the facilitator")), "not_saved")
        return reply(201, {"card": room_state.card_json(card)})

    def _own_card(self, device: Device, card_id: str):
        card = self.doc.get("cards", card_id)
        if card is None:
            return error(404, said(QT_TRANSLATE_NOOP("RoomErrors", "No such card")), "not_found")
        if card.participant_id != device.participant_id:
            return error(403, said(QT_TRANSLATE_NOOP("RoomErrors", "You can only change your own cards")), "not_yours")
        return card

    def edit_card(self, req: Request) -> Response:
        device = self._device(req)
        if isinstance(device, Response):
            return device
        data = validate.parse_json(req.body)
        validate.only(data, {"id"}, {"kind", "text", "why", "tags"})
        card = self._own_card(device, validate.record_id(data, "id"))
        if isinstance(card, Response):
            return card
        fields = validate.card_fields(data, partial=True)
        changed = {k: v for k, v in fields.items() if getattr(card, k) != v}
        if changed and not self.editor.edit_card(card.id, **changed):
            return error(503, said(QT_TRANSLATE_NOOP(
                "RoomErrors", "The change was not saved: ask the facilitator")), "not_saved")
        return reply(200, {"card": room_state.card_json(self.doc.get("cards", card.id))})

    def delete_card(self, req: Request) -> Response:
        device = self._device(req)
        if isinstance(device, Response):
            return device
        card = self._own_card(device, validate.record_id(req.query, "id"))
        if isinstance(card, Response):
            return card
        if not self.editor.delete(card_ids=[card.id]):
            return error(503, said(QT_TRANSLATE_NOOP(
                "RoomErrors", "The card was not deleted: ask the facilitator")), "not_saved")
        return reply(200, {"ok": True})

    # -- votes and the ready check ----------------------------------------------------

    def add_vote(self, req: Request) -> Response:
        device = self._device(req)
        if isinstance(device, Response):
            return device
        data = validate.parse_json(req.body)
        validate.only(data, {"card_id"})
        card_id = validate.record_id(data, "card_id")
        if not room_state.voting_open(self.doc):
            return error(409, said(QT_TRANSLATE_NOOP("RoomErrors", "No vote is open right now")), "no_vote")
        card = self.doc.get("cards", card_id)
        if card is None or card.canvas_id != self.canvas_id():
            return error(404, said(QT_TRANSLATE_NOOP("RoomErrors", "No such card")), "not_found")
        outcome = self.voting.cast(card_id, device.participant_id)
        if not outcome.ok:
            return error(409, outcome.message, "vote_refused")
        return reply(201, {"ok": True, "left": self.voting.remaining(device.participant_id)})

    def remove_vote(self, req: Request) -> Response:
        device = self._device(req)
        if isinstance(device, Response):
            return device
        card_id = validate.record_id(req.query, "card_id")
        if not room_state.voting_open(self.doc):
            return error(409, said(QT_TRANSLATE_NOOP("RoomErrors", "No vote is open right now")), "no_vote")
        outcome = self.voting.take_back(card_id, device.participant_id)
        if not outcome.ok:
            return error(409, outcome.message, "vote_refused")
        return reply(200, {"ok": True, "left": self.voting.remaining(device.participant_id)})

    def ready(self, req: Request) -> Response:
        device = self._device(req)
        if isinstance(device, Response):
            return device
        data = validate.parse_json(req.body)
        validate.only(data, {"ready"})
        self.devices.set_ready(device, validate.flag(data, "ready"))
        return reply(200, {"ready": device.ready})

    # -- the live map: its stream and links from phones ---------------------------------

    def open_stream(self, req: Request) -> Response:
        # EventSource cannot send headers: the device key may come as ?d=.
        if "x-room-device" not in req.headers and req.query.get("d"):
            req.headers["x-room-device"] = req.query["d"]
        device = self._device(req)
        if isinstance(device, Response):
            return device
        if self.stream_gate is None:
            return error(503, said(QT_TRANSLATE_NOOP("RoomErrors", "The live map is not available")), "no_stream")
        refused = self.stream_gate(device)
        if refused is not None:
            status, code, message = refused
            return error(status, message, code)
        return StreamGrant(200, b"", "text/event-stream; charset=utf-8", device=device)

    def add_link(self, req: Request) -> Response:
        device = self._device(req)
        if isinstance(device, Response):
            return device
        data = validate.parse_json(req.body)
        try:
            link = room_links.add(self.editor, device.participant_id, self.canvas_id(), data)
        except room_links.Refused as no:
            return error(no.status, no.message, no.code)
        return reply(201, {"link": map_state.link_json(link)})

    def remove_link(self, req: Request) -> Response:
        device = self._device(req)
        if isinstance(device, Response):
            return device
        try:
            room_links.remove(self.editor, device.participant_id, validate.record_id(req.query, "id"))
        except room_links.Refused as no:
            return error(no.status, no.message, no.code)
        return reply(200, {"ok": True})
