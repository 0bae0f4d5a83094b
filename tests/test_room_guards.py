"""Room join's guards as small pure functions, at their exact limits: the origin
comparison, the rate-limit bucket (a fake clock), the media type, and what a
phone may send (lengths, tags, ids, kinds). The loopback tests in
test_room_security.py show the same refusals as a phone sees them; these pin
each boundary to the character, where a limit moved by one would otherwise pass."""

from __future__ import annotations

import base64

import pytest

from app.room import validate
from app.room.head import MAX_FIELDS, MAX_HEAD, MAX_LINE, Refused, read_head
from app.room.security import RateLimiter, is_json, new_token, origin_ok
from app.room.validate import Invalid
from app.vocabulary import CARD_KINDS
from tests.test_room_support import FakeClock

OWN = "http://192.168.1.20:8765"

# -- the origin --------------------------------------------------------------------


@pytest.mark.parametrize("origin", [
    OWN + ".evil.example",  # a prefix test would let this host in
    OWN + "0",  # another port that starts with ours
    OWN[:-1],  # a port that ours starts with
    OWN + "/",
    "https://192.168.1.20:8765",
    "HTTP://192.168.1.20:8765x",
    "null",
    "",
])
def test_only_the_pages_own_origin_passes(origin):
    assert not origin_ok(origin, OWN)


def test_the_own_origin_or_none_passes():
    assert origin_ok(OWN, OWN)
    assert origin_ok(None, OWN)  # curl or a same-origin GET: judged by the token alone


def test_each_join_token_is_128_fresh_random_bits():
    tokens = {new_token() for _ in range(50)}
    assert len(tokens) == 50
    for token in tokens:
        assert len(base64.urlsafe_b64decode(token + "==")) == 16


# -- the rate limit ----------------------------------------------------------------


def limiter(capacity=2, period_s=10.0):
    clock = FakeClock()
    return RateLimiter(capacity=capacity, period_s=period_s, clock=clock), clock


def burst(rates: RateLimiter, client: str = "phone", tries: int = 10) -> int:
    """How many requests in a row are allowed right now."""
    allowed = 0
    for _ in range(tries):
        if not rates.allow(client):
            break
        allowed += 1
    return allowed


def test_a_long_quiet_spell_refills_the_bucket_only_to_its_capacity():
    rates, clock = limiter(capacity=2)
    assert burst(rates) == 2
    clock.advance(3600)  # an hour: 720 tokens' worth of time
    assert burst(rates) == 2
    clock.advance(10)
    assert burst(rates) == 2


def test_a_part_of_a_token_is_not_a_request():
    rates, clock = limiter(capacity=2, period_s=10)  # one token every 5 s
    assert burst(rates) == 2
    clock.advance(2.5)
    assert not rates.allow("phone")  # half a token
    clock.advance(2.4)
    assert not rates.allow("phone")  # 0.98 of one
    clock.advance(0.1)
    assert rates.allow("phone")
    assert not rates.allow("phone")


def test_a_refill_is_paced_by_the_period():
    rates, clock = limiter(capacity=4, period_s=8)  # a token every 2 s
    assert burst(rates) == 4
    clock.advance(4)
    assert burst(rates) == 2
    clock.advance(1.99)
    assert burst(rates) == 0


def test_retry_after_says_how_long_until_the_next_request_is_allowed():
    rates, clock = limiter(capacity=2, period_s=10)  # a token every 5 s
    burst(rates)
    assert rates.retry_after("phone") == 5
    clock.advance(2.5)
    assert not rates.allow("phone")
    assert rates.retry_after("phone") == 3  # 2.5 s, rounded up to whole seconds
    clock.advance(2.0)
    assert not rates.allow("phone")
    assert rates.retry_after("phone") == 1  # half a second is still one
    fast, _ = limiter(capacity=20, period_s=10)  # a token every 0.5 s
    burst(fast, tries=25)
    assert fast.retry_after("phone") == 1


def test_clients_have_buckets_of_their_own():
    rates, _clock = limiter(capacity=1)
    assert rates.allow("a") and not rates.allow("a")
    assert rates.allow("b") and not rates.allow("b")


def test_the_buckets_are_forgotten_only_past_ten_thousand_clients():
    rates, _clock = limiter(capacity=1)
    assert burst(rates, "flooder") == 1
    for n in range(9_999):  # 10,000 clients known, the flooder among them
        rates.allow(f"10.0.{n // 256}.{n % 256}")
    rates.allow("one more")  # 10,000 known when it came: nothing forgotten
    assert not rates.allow("flooder")
    rates.allow("and another")  # 10,001 known: all forgotten
    assert rates.allow("flooder")


# -- the media type ----------------------------------------------------------------


@pytest.mark.parametrize("content_type", [
    "application/json; charset=utf8", "application/json; charset=UTF8", 'application/json; charset="UTF-8"',
    "application/json; boundary=x", "application/json; ; charset=utf-8"])
def test_json_in_utf_8_with_any_parameters_is_json(content_type):
    assert is_json(content_type)


@pytest.mark.parametrize("content_type", [
    None, "application/json; charset=Xutf-8X", "application/json; ; charset=latin-1",
    'application/json; charset="utf-16"', "application/json; charset=utf-8x", "application/json; =utf-8",
    "application/json; charset=a b"])
def test_other_charsets_and_broken_parameters_are_not_json(content_type):
    assert not is_json(content_type)


# -- what a phone sends ---------------------------------------------------------------


@pytest.mark.parametrize("field, limit", [("name", 60), ("role", 60), ("text", 280), ("why", 500)])
def test_text_is_taken_up_to_its_limit_and_refused_one_character_over(field, limit):
    assert validate.text({field: "x" * limit}, field) == "x" * limit
    with pytest.raises(Invalid, match=f"{field} is longer than {limit} characters"):
        validate.text({field: "x" * (limit + 1)}, field)
    with pytest.raises(Invalid):
        validate.text({field: "x" * 600}, field)


def test_text_is_trimmed_and_an_empty_one_refused_only_when_required():
    assert validate.text({"name": "  Ana Lima \t"}, "name") == "Ana Lima"
    assert validate.text({}, "role", required=False) == ""
    assert validate.text({"why": "   "}, "why", required=False) == ""
    with pytest.raises(Invalid, match="^name must not be empty$"):
        validate.text({"name": "   "}, "name")
    with pytest.raises(Invalid, match="^text must not be empty$"):
        validate.text({}, "text")
    with pytest.raises(Invalid, match="^name must be a string$"):
        validate.text({"name": ["Ana"]}, "name")


def test_a_why_may_span_lines_but_a_name_may_not():
    assert validate.text({"why": "first\nsecond"}, "why", required=False) == "first\nsecond"
    with pytest.raises(Invalid, match="name holds a control character"):
        validate.text({"name": "Ana\nLima"}, "name")


@pytest.mark.parametrize("char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
                                  "\u2066", "\u2067", "\u2068", "\u2069"])
def test_text_direction_controls_are_refused_with_where_they_are(char):
    with pytest.raises(Invalid) as refused:
        validate.text({"text": f"pay{char}lcx.exe"}, "text")
    assert str(refused.value) == (f"text holds a text-direction control (U+{ord(char):04X}) at position 4")


@pytest.mark.parametrize("char", ["\u2029", "\u2065", "\u206a", "\u200f"])
def test_neighbouring_characters_are_not_direction_controls(char):
    text = validate.text({"why": f"a{char}b"}, "why", required=False)
    assert text == f"a{char}b"


def test_up_to_eight_tags_are_taken_and_repeats_kept_once():
    eight = [f"t{i}" for i in range(8)]
    assert validate.tags({"tags": eight}) == eight
    assert validate.tags({"tags": ["intake", "manual", "intake"]}) == ["intake", "manual"]
    assert validate.tags({}) == []
    with pytest.raises(Invalid, match="^tags must be a list of at most 8$"):
        validate.tags({"tags": [*eight, "t8"]})
    with pytest.raises(Invalid, match="at most 8"):
        validate.tags({"tags": "intake"})


@pytest.mark.parametrize("tag", ["a", "x" * 32, "in-take", "in_take", "Überweisung", "42"])
def test_a_tag_is_one_word_of_up_to_32_characters(tag):
    assert validate.tags({"tags": [tag]}) == [tag]


@pytest.mark.parametrize("tag", ["", "x" * 33, "two words", "#intake", "<b>", "a\n", 7, None])
def test_other_tags_are_refused(tag):
    with pytest.raises(Invalid, match="^each tag is 1–32 letters, digits, '-' or '_'$"):
        validate.tags({"tags": [tag]})


def test_the_kind_is_from_the_vocabulary_and_activity_by_default():
    assert validate.kind({}) == "activity"
    for kind in CARD_KINDS:
        assert validate.kind({"kind": kind}) == kind
    for wrong in ("Activity", "rumour", ["activity"], None):
        with pytest.raises(Invalid, match="^kind must be one of: activity, "):
            validate.kind({"kind": wrong})


ID = "0f8e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b"


def test_an_id_is_a_lower_case_uuid():
    assert validate.record_id({"card_id": ID}, "card_id") == ID
    for wrong in (ID.upper(), ID[:-1], ID + "0", "x" + ID[1:], ID.replace("-", ""), 7, None, f" {ID}", ID + "\n"):
        with pytest.raises(Invalid, match="^card_id must be an id$"):
            validate.record_id({"card_id": wrong}, "card_id")
    with pytest.raises(Invalid, match="^id must be an id$"):
        validate.record_id({}, "id")


def test_a_flag_is_true_or_false_and_nothing_else():
    assert validate.flag({"ready": True}, "ready") is True
    assert validate.flag({"ready": False}, "ready") is False
    for wrong in (1, 0, "true", None):
        with pytest.raises(Invalid, match="^ready must be true or false$"):
            validate.flag({"ready": wrong}, "ready")
    with pytest.raises(Invalid):
        validate.flag({}, "ready")


def test_only_the_known_fields_and_all_the_required_ones():
    validate.only({"text": "a", "kind": "activity"}, {"text"}, {"kind", "why"})
    validate.only({"text": "a"}, {"text"}, {"kind", "why"})
    with pytest.raises(Invalid, match="^Unknown field: admin$"):
        validate.only({"text": "a", "zeta": 1, "admin": True}, {"text"}, {"kind"})
    with pytest.raises(Invalid, match="^Missing field: name$"):
        validate.only({}, {"role", "name"})
    with pytest.raises(Invalid, match="^Missing field: text$"):
        validate.only({"kind": "activity"}, {"text"}, {"kind"})


@pytest.mark.parametrize("body, message", [
    (b"{not json", "The body is not valid JSON"),
    (b"\xff{}", "The body is not valid JSON"),
    (b"[" * 100_000, "The body is not valid JSON"),
    (b'{"x": NaN}', "The body is not valid JSON (NaN is not a JSON number)"),
    (b'{"x": -Infinity}', "The body is not valid JSON (-Infinity is not a JSON number)"),
    (b"[1]", "The body must be a JSON object"),
    (b'"text"', "The body must be a JSON object"),
])
def test_a_body_that_is_not_a_json_object_is_refused(body, message):
    with pytest.raises(Invalid) as refused:
        validate.parse_json(body)
    assert str(refused.value) == message


def test_a_json_object_is_read():
    assert validate.parse_json('{"text": "Café", "n": 1.5}'.encode()) == {"text": "Café", "n": 1.5}


def test_a_new_card_gets_every_field_and_an_edit_only_those_sent():
    assert validate.card_fields({"text": " Triage "}, partial=False) == {
        "kind": "activity", "text": "Triage", "why": "", "tags": []}
    assert validate.card_fields({"text": "Triage", "kind": "question", "why": "w", "tags": ["a"]},
                                partial=False) == {"kind": "question", "text": "Triage", "why": "w", "tags": ["a"]}
    assert validate.card_fields({"why": "because"}, partial=True) == {"why": "because"}
    assert validate.card_fields({"kind": "outcome"}, partial=True) == {"kind": "outcome"}
    assert validate.card_fields({"tags": ["b"]}, partial=True) == {"tags": ["b"]}
    assert validate.card_fields({"text": "New"}, partial=True) == {"text": "New"}
    assert validate.card_fields({}, partial=True) == {}


# -- the head of a request, before QtHttpServer sees it ----------------------------------------


def refused(buffer: bytes, max_body: int = 100) -> tuple[int, str, str]:
    with pytest.raises(Refused) as caught:
        read_head(buffer, max_body)
    assert str(caught.value) == caught.value.message  # what a log line shows
    return caught.value.status, caught.value.code, caught.value.message


def get(target: bytes = b"/", fields: bytes = b"Host: h\r\n", version: bytes = b"1.1") -> bytes:
    return b"GET " + target + b" HTTP/" + version + b"\r\n" + fields + b"\r\n"


def test_the_request_line_may_be_2048_bytes_and_no_more():
    at_limit = b"/" + b"a" * (MAX_LINE - len(b"GET / HTTP/1.1\r"))
    assert len(b"GET " + at_limit + b" HTTP/1.1\r") == MAX_LINE
    assert read_head(get(at_limit), 100).target == at_limit.decode()
    assert refused(get(at_limit + b"a")) == (414, "url_too_long", "The address is too long")
    # still arriving, with no line end yet: as long as a request line may be, then refused
    assert read_head(b"G" * MAX_LINE, 100) is None
    assert refused(b"G" * (MAX_LINE + 1))[0] == 414


def test_the_head_may_be_8_kib_and_no_more():
    start = b"GET / HTTP/1.1\r\nX: "
    arriving = start + b"a" * (MAX_HEAD - len(start))
    assert len(arriving) == MAX_HEAD and read_head(arriving, 100) is None
    assert refused(arriving + b"a") == (431, "headers_too_large", "The request headers are too large")
    whole = start + b"a" * (MAX_HEAD - len(start) - 4) + b"\r\n\r\n"
    assert len(whole) == MAX_HEAD and read_head(whole, 100).size == MAX_HEAD
    assert refused(start + b"a" * (MAX_HEAD - len(start) - 3) + b"\r\n\r\n") == (
        431, "headers_too_large", "The request headers are too large")


def test_fifty_header_fields_are_taken_and_fifty_one_refused():
    fields = b"".join(b"X-%d: 1\r\n" % i for i in range(MAX_FIELDS))
    assert read_head(get(fields=fields), 100) is not None
    assert refused(get(fields=fields + b"X-last: 1\r\n")) == (
        431, "headers_too_large", "The request has too many headers")


@pytest.mark.parametrize("line", [
    b"get / HTTP/1.1", b"GET / HTTP/1.2", b"GET / HTTP/2", b"GET x HTTP/1.1", b"GET /a b HTTP/1.1",
    b"GET  / HTTP/1.1", b"ABCDEFGHIJKLMNOPQ / HTTP/1.1", b" GET / HTTP/1.1", b"GET / HTTP/1.1 "])
def test_what_is_not_an_http_1_request_line_is_refused(line):
    assert refused(line + b"\r\nHost: h\r\n\r\n") == (400, "bad_request", "This is not an HTTP/1.1 request")


def test_http_1_0_and_long_method_names_are_request_lines():
    assert read_head(get(version=b"1.0"), 100).target == "/"
    assert read_head(b"ABCDEFGHIJKLMNOP / HTTP/1.1\r\n\r\n", 100).size == len(b"ABCDEFGHIJKLMNOP / HTTP/1.1\r\n\r\n")


@pytest.mark.parametrize("field", [b"Host : h", b" Host: h", b"Host h", b": h", b"Ho st: h"])
def test_a_malformed_header_field_is_refused(field):
    assert refused(b"GET / HTTP/1.1\r\n" + field + b"\r\n\r\n") == (
        400, "bad_request", "The request has a malformed header")


def test_the_body_length_is_read_from_content_length():
    assert read_head(get(fields=b"Content-Length: 100\r\n"), 100).body_length == 100
    assert refused(get(fields=b"Content-Length: 101\r\n")) == (413, "too_large", "The request is larger than 100 bytes")
    assert read_head(get(fields=b"content-length: 000\r\n"), 100).body_length == 0
    assert read_head(get(fields=b"Content-Length: 0050\r\n"), 100).body_length == 50
    assert read_head(get(fields=b"Content-Length: " + b"0" * 30 + b"7\r\n"), 100).body_length == 7
    assert read_head(get(fields=b"Content-Length: 7\r\nContent-Length: 7\r\n"), 100).body_length == 7
    assert read_head(get(), 100).body_length == 0
    head = read_head(get(fields=b"Content-Length: 9\r\n"), 100)
    assert head.total == head.size + 9


def test_a_huge_content_length_is_refused_without_reading_its_digits():
    eighteen = b"9" * 18
    assert read_head(get(fields=b"Content-Length: " + eighteen + b"\r\n"), 10**19).body_length == int(eighteen)
    # nineteen digits are never turned into a number: refused however large the limit
    assert refused(get(fields=b"Content-Length: 1" + b"0" * 18 + b"\r\n"), 10**20)[0] == 413
    assert refused(get(fields=b"Content-Length: " + b"9" * 5000 + b"\r\n"))[0] == 413


@pytest.mark.parametrize("fields", [
    b"Content-Length: 2\r\nContent-Length: 3\r\n", b"Content-Length: -1\r\n", b"Content-Length: 1e3\r\n",
    b"Content-Length: \r\n", b"Content-Length: +5\r\n", b"Content-Length: 5X\r\n", b"Content-Length: \xd9\xa3\r\n"])
def test_an_unclear_body_length_is_refused(fields):
    assert refused(get(fields=fields)) == (400, "bad_request", "The request has an invalid Content-Length")


@pytest.mark.parametrize("value", [b"chunked", b"identity", b"gzip, chunked"])
def test_any_transfer_encoding_is_refused(value):
    assert refused(get(fields=b"TRANSFER-ENCODING: " + value + b"\r\n")) == (
        411, "length_required", "Send the body with a Content-Length")


def test_the_head_ends_at_its_first_blank_line_with_either_line_end():
    crlf = b"GET / HTTP/1.1\r\nHost: h\r\n\r\n"
    assert read_head(crlf + b"body\n\nmore", 100).size == len(crlf)
    lf = b"GET / HTTP/1.1\nHost: h\n\n"
    assert read_head(lf + b"x\r\n\r\n", 100).size == len(lf)
    assert read_head(b"GET / HTTP/1.1\r\nHost: h\r\n", 100) is None
    assert read_head(crlf + b"x\r\n\r\n", 100).size == len(crlf)  # the first blank line, not the last
    assert read_head(lf + b"x\n\n", 100).size == len(lf)


@pytest.mark.parametrize("buffer", [b"\r\n\r\n", b"\n\n", b"\n\nGET / HTTP/1.1\r\n\r\n"])
def test_a_head_with_no_request_line_is_refused(buffer):
    assert refused(buffer) == (400, "bad_request", "This is not an HTTP/1.1 request")


def test_a_leading_blank_line_is_not_an_address_too_long():
    assert read_head(b"\n" + b"a" * (MAX_LINE + 100), 100) is None  # not a request line at all: wait for the end
