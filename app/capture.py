"""Parse a quick-capture line: ``@Ana why: review the claim #intake``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.vocabulary import KIND_PREFIXES

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


def resolve_participant(name: str, participants: list) -> object | None:
    """Exact name first, then a unique prefix of a name (case-insensitive)."""
    wanted = name.casefold()
    exact = [p for p in participants if p.name.casefold() == wanted]
    if exact:
        return exact[0]
    squashed = [p for p in participants if p.name.casefold().replace(" ", "") == wanted]
    if squashed:
        return squashed[0]
    starts = [p for p in participants if p.name.casefold().startswith(wanted)]
    return starts[0] if len(starts) == 1 else None


def lines_of(text: str) -> list[str]:
    """The non-empty lines of pasted text: several become one card each."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def why_empty(parsed: Capture, line: str) -> str:
    """Why a capture made no card, in words for the facilitator ('' when it has text)."""
    if parsed.text:
        return ""
    if parsed.participant:
        return f"No card made: type the card's words after @{parsed.participant}"
    prefix = _KIND.match(line)
    if parsed.kind and prefix:
        return f"No card made: type the card's words after “{prefix.group(1)}:”"
    if parsed.tags:
        return "No card made: a card needs words, not only tags"
    return "No card made: the line is empty"
