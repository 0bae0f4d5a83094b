"""Room join's guards as small pure functions, at their exact limits: the origin
comparison, the rate-limit bucket (a fake clock), the media type, and what a
phone may send (lengths, tags, ids, kinds). The loopback tests in
test_room_security.py show the same refusals as a phone sees them; these pin
each boundary to the character, where a limit moved by one would otherwise pass."""

from __future__ import annotations

import base64

import pytest

from app.room import validate
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
    None, "application/json; charset=Xutf-8X", 'application/json; charset="utf-16"',
    "application/json; charset=utf-8x", "application/json; =utf-8", "application/json; charset=a b"])
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
