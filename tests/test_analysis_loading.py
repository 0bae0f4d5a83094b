"""Loading a session for analysis: plain dataclasses, roles, hidden cards, and no Qt."""

import subprocess
import sys

import pytest

from app.analysis.loading import load_series, load_session, normalise_role
from app.model import Card, Link, Participant
from storage import series
from tests.analysis_builder import Build


def test_rows_become_dataclasses_with_tags_and_roles(db):
    w = Build(db, None, "Q1", "2026-03-01")
    ann = w.person("Ann", "  Claims   Adjuster ")
    lane = w.zone("Clerks", role="Clerk")
    a = w.card("Assess damage", by=ann, tags_=["damage", "#site"])
    b = w.card("File it", zone=lane)
    c = w.card("Unplaced")
    w.link(a, b)
    w.vote(a, ann)
    data = load_session(db, w.id)
    assert (data.id, data.title, data.date) == (w.id, "Q1", "2026-03-01")
    assert isinstance(data.cards[a], Card) and isinstance(data.links[0], Link)
    assert isinstance(data.participants[ann], Participant)
    assert data.cards[a].tags == ["damage", "site"]
    assert [data.role(data.cards[x]) for x in (a, b, c)] == ["claims adjuster", "clerk", ""]
    assert data.role_name("claims adjuster") == "Claims Adjuster"
    assert data.author(data.cards[a]) == "Ann" and data.zone_label(data.cards[b]) == "Clerks"
    assert len(data.votes) == 1


def test_hidden_cards_can_be_left_out_with_their_links_and_votes(db):
    w = Build(db, None, "Q1")
    p = w.person("Ann")
    shown, hidden = w.card("Shown"), w.card("Private", hidden=1)
    w.link(shown, hidden)
    w.vote(hidden, p)
    assert len(load_session(db, w.id).cards) == 2
    data = load_session(db, w.id, include_hidden=False)
    assert list(data.cards) == [shown] and data.links == [] and data.votes == []


def test_series_in_date_order_and_unknown_session(db):
    s = series.create(db, "Claims")["id"]
    later, earlier = Build(db, s, "B", "2026-05-01"), Build(db, s, "A", "2026-02-01")
    assert [d.id for d in load_series(db, s)] == [earlier.id, later.id]
    with pytest.raises(ValueError, match="no session"):
        load_session(db, "nope")


def test_normalise_role():
    assert normalise_role("  Claims   ADJUSTER ") == "claims adjuster"
    assert normalise_role(None) == ""


def test_analysis_runs_without_qt():
    code = ("import sys, app.analysis.trends, app.analysis.series_map, app.analysis.clusters, "
            "app.analysis.diff, storage.continuation; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'")
    subprocess.run([sys.executable, "-c", code], check=True)
