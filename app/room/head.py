"""What the head of an HTTP request says, read before QtHttpServer sees it: where the
request ends, or why it can never be served. Plain Python on bytes, so every
refusal is tested without a socket. The gate (gate.py) acts on the answer."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_HEAD = 8 * 1024  # request line and headers; a phone sends under 1 KiB
MAX_LINE = 2 * 1024  # the request line: method, path with the token, version
MAX_FIELDS = 50
_REQUEST_LINE = re.compile(rb"^([A-Z]{1,16}) (/[!-~]*) HTTP/1\.[01]$")
_FIELD = re.compile(rb"^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$")


class Refused(Exception):
    """A request answered with an error before it reaches the API; the message is safe to show."""

    def __init__(self, status: int, message: str, code: str):
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


@dataclass(frozen=True)
class Head:
    size: int  # bytes up to and including the blank line
    body_length: int  # from Content-Length; 0 without one
    target: str  # the path with its query

    @property
    def total(self) -> int:
        return self.size + self.body_length


def _end(buffer: bytes) -> int | None:
    """Where the head ends (after its blank line), or None while it is incomplete.
    Bare LF line ends are taken too, as QtHttpServer takes them."""
    ends = [i + len(mark) for mark in (b"\r\n\r\n", b"\n\n") if (i := buffer.find(mark)) >= 0]
    return min(ends) if ends else None


def read_head(buffer: bytes, max_body: int) -> Head | None:
    """The head at the start of ``buffer``; None while more of it is to come.
    Raises Refused for a request that cannot be served, whatever follows."""
    end = _end(buffer)
    first_line_end = buffer.find(b"\n")
    if (first_line_end < 0 and len(buffer) > MAX_LINE) or first_line_end > MAX_LINE:
        raise Refused(414, "The address is too long", "url_too_long")
    if end is None:
        if len(buffer) > MAX_HEAD:
            raise Refused(431, "The request headers are too large", "headers_too_large")
        return None
    if end > MAX_HEAD:
        raise Refused(431, "The request headers are too large", "headers_too_large")
    # The head ends with a blank line, so its split ends with two empty pieces and
    # starts with the request line (empty when the head is nothing but the blank line).
    lines = [line.rstrip(b"\r") for line in buffer[:end].split(b"\n")][:-2]
    request_line = _REQUEST_LINE.match(lines[0])
    if request_line is None:
        raise Refused(400, "This is not an HTTP/1.1 request", "bad_request")
    if len(lines) - 1 > MAX_FIELDS:
        raise Refused(431, "The request has too many headers", "headers_too_large")
    lengths = set()
    for line in lines[1:]:
        field = _FIELD.match(line)  # also refuses folded lines and spaces before the colon
        if field is None:
            raise Refused(400, "The request has a malformed header", "bad_request")
        name = field.group(1).lower()
        if name == b"content-length":
            lengths.add(field.group(2))
        elif name == b"transfer-encoding":
            # Chunked bodies have no length up front; the page never sends them.
            raise Refused(411, "Send the body with a Content-Length", "length_required")
    if len(lengths) > 1 or any(not value.isdigit() for value in lengths):
        raise Refused(400, "The request has an invalid Content-Length", "bad_request")
    declared = lengths.pop().lstrip(b"0") if lengths else b"0"
    # Compare the digits' count first: int() of thousands of digits is itself refused.
    body_length = int(declared or b"0") if len(declared) <= 18 else max_body + 1
    if body_length > max_body:
        raise Refused(413, f"The request is larger than {max_body} bytes", "too_large")
    return Head(end, body_length, request_line.group(2).decode("ascii"))
