"""GraphML, Markdown, XLSX, Excalidraw and GEXF exports: what is in them."""

import json
import os

import networkx as nx
import pytest

from app.analysis.loading import load_session
from app.io import atomic, excalidraw, gexf, graphml, markdown, xlsx
from storage import continuation, rows
from tests.test_io_sample import build_sample


def test_graphml_read_back_keeps_every_node_edge_and_attribute(db, tmp_path):
    sid = build_sample(db)
    out = tmp_path / "map.graphml"
    graphml.export(db, sid, out, include_face_down=True)
    written = graphml.to_graph(db, sid, include_face_down=True)
    read = nx.read_graphml(out)
    assert set(read.nodes) == set(written.nodes) == set(load_session(db, sid).cards)
    for node, attrs in written.nodes(data=True):
        assert read.nodes[node] == attrs, node
    assert read.graph["name"] == "Claims hand-offs"
    written_edges = {d["id"]: (u, v, d) for u, v, d in written.edges(data=True)}
    read_edges = {d["id"]: (u, v, d) for u, v, d in read.edges(data=True)}
    assert read_edges == written_edges and len(read_edges) == 5
    by_text = {d["label"]: n for n, d in read.nodes(data=True)}
    first = read.nodes[by_text["Log the claim & check the policy"]]
    assert first["tags"] == "intake; phone" and first["role"] == "Intake" and first["votes"] == 1
    assert first["x"] == 20.0 and (first["r"], first["g"], first["b"]) == (0xE6, 0x9F, 0x00)


def test_markdown_has_cards_links_votes_and_actions(db):
    sid = build_sample(db)
    text = markdown.render(markdown.load(db, sid))
    for needle in ["# Claims hand-offs", "**Purpose:** Where do claims get stuck?", "## Canvas: Who does what",
                   "### Intake", "Call the customer back — Cat", "*Why:* So nothing is lost",
                   "Log the claim & check the policy → Assess the damage \\<photos\\> (hand-off, “claim file”)",
                   "1. Assess the damage \\<photos\\> — 3 votes", "| Draft the checklist | Ana | 2026-04-01 |",
                   "Intake and assessment never meet", "Shared checklist", "Gut feeling for fraud (heuristic)"]:
        assert needle in text, needle
    assert "urgent" not in text  # a face-down card stays face down


def test_xlsx_sheets_and_rows(db, tmp_path):
    from openpyxl import load_workbook

    sid = build_sample(db)
    rows.insert(db, "cards", {"canvas_id": load_session(db, sid).cards[next(iter(load_session(db, sid).cards))]
                              .canvas_id, "text": "=HYPERLINK(\"x\")", "lineage_id": "", "updated_at": "t"})
    out = tmp_path / "s.xlsx"
    xlsx.export(db, sid, out)
    book = load_workbook(out)
    assert book.sheetnames == xlsx.SHEETS
    cards = list(book["Cards"].values)
    assert cards[0][:4] == ("Id", "Canvas", "Text", "Kind") and len(cards) == 1 + 7  # the face-down card left out
    assert "=HYPERLINK(\"x\")" in [r[2] for r in cards]
    assert book["Cards"]["C2"].data_type == "s"
    assert len(list(book["Links"].values)) == 1 + 4 and len(list(book["Participants"].values)) == 4
    assert len(list(book["Votes"].values)) == 6
    reflections = list(book["Reflections"].values)
    assert ("action", "Draft the checklist", "Ana", "2026-04-01", "Log the claim & check the policy") in reflections


def test_excalidraw_arrows_are_bound_to_their_notes(db, tmp_path):
    sid = build_sample(db)
    out = tmp_path / "s.excalidraw"
    excalidraw.export(db, sid, out)
    scene = json.loads(out.read_text(encoding="utf-8"))
    assert scene["type"] == "excalidraw" and scene["version"] == 2
    elements = {e["id"]: e for e in scene["elements"]}
    assert len(elements) == len(scene["elements"])
    data = load_session(db, sid)
    shown = {c.id for c in data.cards.values() if not c.hidden}
    for card_id in shown:
        note = elements[card_id]
        assert note["type"] == "rectangle"
        text = next(elements[b["id"]] for b in note["boundElements"] if b["type"] == "text")
        assert text["containerId"] == card_id and text["originalText"] == data.cards[card_id].text
    arrows = [e for e in scene["elements"] if e["type"] == "arrow"]
    assert len(arrows) == 4  # the link to the face-down card is not drawn
    for link in data.links:
        if link.source_id in shown and link.target_id in shown:
            arrow = elements[link.id]
            assert arrow["startBinding"]["elementId"] == link.source_id
            assert arrow["endBinding"]["elementId"] == link.target_id
            for end in (link.source_id, link.target_id):
                assert {"id": link.id, "type": "arrow"} in elements[end]["boundElements"]
            start = elements[link.source_id]
            x0, y0 = arrow["x"], arrow["y"]
            assert start["x"] - 10 <= x0 <= start["x"] + start["width"] + 10
            assert start["y"] - 10 <= y0 <= start["y"] + start["height"] + 10


def test_gexf_nodes_and_edges_carry_the_spans_of_their_sessions(db, tmp_path):
    first = build_sample(db, date="2026-01-10")
    group = db["sessions"].get(first)["series_id"]
    second = continuation.continue_session(db, first, date="2026-04-10")["id"]
    third = build_sample(db, title="Fresh start", date="2026-07-10", series_id=group)
    moved = next(c for c in load_session(db, second).cards.values() if c.text == "Call the customer back")
    rows.delete(db, "cards", moved["id"] if isinstance(moved, dict) else moved.id)
    out = tmp_path / "series.gexf"
    gexf.export(db, group, out)
    graph = nx.read_gexf(out)
    assert graph.graph["mode"] == "dynamic"
    labels = {d["label"]: d for _, d in graph.nodes(data=True)}
    # In all three sessions (the third matched by text): one spell over the whole series.
    assert labels["Log the claim & check the policy"]["spells"] == [("2026-01-10", "2026-07-10")]
    # Missing from the second session: two spells.
    assert labels["Call the customer back"]["spells"] == [("2026-01-10", "2026-04-09"), ("2026-07-10", "2026-07-10")]
    kinds = {(graph.nodes[u]["label"], graph.nodes[v]["label"]): d for u, v, d in graph.edges(data=True)}
    handoff = kinds[("Log the claim & check the policy", "Assess the damage <photos>")]
    assert handoff["spells"] == [("2026-01-10", "2026-07-10")] and handoff["sessions"] == 3
    informs = kinds[("Log the claim & check the policy", "Call the customer back")]
    assert informs["spells"] == [("2026-01-10", "2026-04-09"), ("2026-07-10", "2026-07-10")]
    assert third


def test_gexf_spells_join_consecutive_sessions():
    spans = gexf.session_spans(["2026-01-01", "2026-02-01", "2026-02-01", "2026-03-01"])
    assert spans == [("2026-01-01", "2026-01-31"), ("2026-02-01", "2026-02-01"), ("2026-02-01", "2026-02-28"),
                     ("2026-03-01", "2026-03-01")]
    assert gexf.spells([0, 1, 3], spans) == [("2026-01-01", "2026-02-01"), ("2026-03-01", "2026-03-01")]


def test_a_failed_export_leaves_the_old_file_and_no_temporary(tmp_path, db, monkeypatch):
    sid = build_sample(db)
    out = tmp_path / "s.md"
    out.write_text("old", encoding="utf-8")

    def broken(data):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(markdown, "render", broken)
    with pytest.raises(RuntimeError):
        markdown.export(db, sid, out)
    with pytest.raises(RuntimeError), atomic.atomic_write(out) as fh:
        fh.write("half")
        raise RuntimeError("stop")
    assert out.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["s.md"]
