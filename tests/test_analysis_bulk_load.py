"""A series loads in one query per table (storage/bulk.py); what it gives must be what
loading each session on its own gives, hidden cards and all."""

from app.analysis.loading import load_series, load_session
from storage import bulk, series
from tests.analysis_builder import Build


def fields(data):
    return (data.session, data.participants, data.canvases, data.zones, data.cards, list(data.cards),
            data.links, data.votes, data.role_names)


def build_series(db):
    s = series.create(db, "Claims")["id"]
    first, second = Build(db, s, "Q1", "2026-02-01"), Build(db, s, "Q2", "2026-05-01")
    for w, n in ((first, 3), (second, 2)):
        ann, bo = w.person("Ann", "Adjuster"), w.person("Bo", "Clerk")
        lane = w.zone("Clerks", role="Clerk")
        cards = [w.card(f"step {i}", by=ann if i % 2 else bo, zone=lane, tags_=[f"t{i}", "shared"])
                 for i in range(n)]
        private = w.card("Private", hidden=1, by=ann)
        w.link(cards[0], cards[1])
        w.link(cards[0], private)
        w.vote(cards[0], ann)
        w.vote(private, bo)
    Build(db, series.create(db, "Other")["id"], "Elsewhere").card("not in the series")
    return s, first, second


def test_series_load_matches_loading_each_session(db):
    s, first, second = build_series(db)
    for hidden in (True, False):
        together = load_series(db, s, include_hidden=hidden)
        alone = [load_session(db, w.id, include_hidden=hidden) for w in (first, second)]
        assert [fields(d) for d in together] == [fields(d) for d in alone]
    assert load_series(db, series.create(db, "Empty")["id"]) == []


def test_bulk_rows_are_grouped_by_session(db):
    s, first, second = build_series(db)
    columns, grouped = bulk.rows_by_session(db, "cards", [first.id, second.id])
    assert "text" in columns and set(grouped) == {first.id, second.id}
    assert [r[columns.index("text")] for r in grouped[second.id]] == ["step 0", "step 1", "Private"]
    tags = bulk.tags_by_session(db, [first.id])
    assert sorted(tags[first.id][grouped[first.id][0][columns.index("id")]]) == ["shared", "t0"]
