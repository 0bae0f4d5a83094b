"""Parse a quick-capture line: ``@Ana why: review the claim #intake``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.vocabulary import KIND_PREFIXES

translate = QCoreApplication.translate  # the facilitator's messages in the window's language (context "Capture")

_MENTION = re.compile(r"(?<!\S)@(\S+)")
_TAG = re.compile(r"(?<!\S)#([\w-]+)")
_KIND = re.compile(r"^\s*([a-zA-Z]+):\s*")


@dataclass
class Capture:
    text: str
    participant: str | None = None  # the name typed after @, unresolved
    tags: list[str] = field(default_factory=list)
    kind: str | None = None


def parse(line: str) -> Capture:
    participant = None
    mention = _MENTION.search(line)
    if mention:
        participant = mention.group(1)
        line = line[: mention.start()] + line[mention.end():]
    tags = _TAG.findall(line)
    line = _TAG.sub("", line)
    kind = None
    prefix = _KIND.match(line)
    if prefix and prefix.group(1).lower() in KIND_PREFIXES:
        kind = KIND_PREFIXES[prefix.group(1).lower()]
        line = line[prefix.end():]
    text = " ".join(line.split())
    return Capture(text=text, participant=participant, tags=tags, kind=kind)


def candidates(name: str, participants: list) -> list:
    """Who ``@name`` may mean (case-insensitive): the one with exactly that name, else the one
    with that name once its spaces are gone, else everyone whose name begins with it."""
    wanted = name.casefold()
    for same in (lambda n: n == wanted, lambda n: n.replace(" ", "") == wanted):
        found = [p for p in participants if same(p.name.casefold())]
        if found:
            return found[:1]
    return [p for p in participants if p.name.casefold().startswith(wanted)]


def resolve_participant(name: str, participants: list) -> object | None:
    """The one participant ``@name`` means, or None when it means no one or several."""
    found = candidates(name, participants)
    return found[0] if len(found) == 1 else None


def no_one_called(name: str, participants: list) -> str:
    """Why ``@name`` chose no participant, in words for the facilitator."""
    found = [p.name for p in candidates(name, participants)]
    if len(found) < 2:
        return translate("Capture", "No participant called “{0}” in this session").format(name)
    return translate("Capture", "“@{0}” could be {1} or {2}: type more of the name").format(
        name, ", ".join(found[:-1]), found[-1])


def lines_of(text: str) -> list[str]:
    """The non-empty lines of pasted text: several become one card each."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def why_empty(parsed: Capture, line: str) -> str:
    """Why a capture made no card, in words for the facilitator ('' when it has text)."""
    if parsed.text:
        return ""
    if parsed.participant:
        return translate("Capture", "No card made: type the card's words after @{0}").format(parsed.participant)
    prefix = _KIND.match(line)
    if parsed.kind and prefix:
        return translate("Capture", "No card made: type the card's words after “{0}:”").format(prefix.group(1))
    if parsed.tags:
        return translate("Capture", "No card made: a card needs words, not only tags")
    return translate("Capture", "No card made: the line is empty")
