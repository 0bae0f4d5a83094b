"""Card text that a spreadsheet would run, or that starts with an apostrophe of
its own, goes out to CSV and comes back exactly as the participant wrote it."""

import csv

import pytest

from app.analysis.loading import load_session
from app.io import csv_io
from app.io.errors import ImportRefused


def import_texts(db, tmp_path, texts, name="in.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Card"])
        writer.writerows([t] for t in texts)
    return csv_io.import_file(db, path)


def texts_of(db, session_id):
    return sorted(c.text for c in load_session(db, session_id).cards.values())


def exported_cells(db, session_id, tmp_path):
    cards_path, _ = csv_io.export(db, session_id, tmp_path / "out.csv")
    with cards_path.open(encoding="utf-8-sig", newline="") as fh:
        return cards_path, [row["text"] for row in csv.DictReader(fh)]


@pytest.mark.parametrize("text", ["=SUM(A1)", "+44 20 7946", "-1 day", "@SUM(A1)"])
def test_formula_like_text_is_shielded_in_the_file_and_comes_back(db, tmp_path, text):
    sid = import_texts(db, tmp_path, [text])
    out, cells = exported_cells(db, sid, tmp_path)
    assert cells == ["'" + text]  # a spreadsheet shows it as text instead of running it
    again = csv_io.import_file(db, out)
    assert texts_of(db, again) == [text]


def test_text_starting_with_a_tab_or_carriage_return_is_shielded():
    assert csv_io.shield("\tindented") == "'\tindented"
    assert csv_io.shield("\rreturn") == "'\rreturn"
    assert csv_io.shield("plain") == "plain" and csv_io.shield(3) == 3


def test_a_leading_apostrophe_of_the_writers_own_stays(db, tmp_path):
    sid = import_texts(db, tmp_path, ["'Tis the season for claims", "'"])
    out, cells = exported_cells(db, sid, tmp_path)
    assert sorted(cells) == ["'", "'Tis the season for claims"]
    again = csv_io.import_file(db, out)
    assert texts_of(db, again) == ["'", "'Tis the season for claims"]


def test_an_apostrophe_before_a_formula_sign_is_taken_off_on_import(db, tmp_path):
    # what the export writes for "=SUM(A1)", or what a person typed to make a spreadsheet keep it as text
    sid = import_texts(db, tmp_path, ["'=SUM(A1)", "'@home"])
    assert texts_of(db, sid) == ["=SUM(A1)", "@home"]


@pytest.mark.parametrize("text", ["'=A1 is text", "'Tis", "=1+1", "@home", "''=A1", "'''@home", "'", "'+", "' =1"])
def test_a_card_survives_export_and_re_import_unchanged(qapp, db, session_doc, tmp_path, text):
    """Whatever a person typed on a card comes back from its CSV exactly: an
    apostrophe of their own before a formula sign is kept, not taken for the
    export's shield."""
    from app.editor import Editor

    editor = Editor(session_doc)
    assert editor.add_card(session_doc.all("canvases")[0].id, text) is not None
    sid = session_doc.session_id
    assert texts_of(db, sid) == [text]
    out, _ = exported_cells(db, sid, tmp_path)
    again = csv_io.import_file(db, out)
    assert texts_of(db, again) == [text]
    out, _ = exported_cells(db, again, tmp_path)  # a second round trip changes nothing either
    assert texts_of(db, csv_io.import_file(db, out)) == [text]


def test_an_apostrophe_before_a_formula_sign_gets_a_second_one_in_the_file(qapp, db, session_doc, tmp_path):
    # A spreadsheet shows ''=A1 as '=A1 and never runs it: the file shows what the card says.
    from app.editor import Editor

    editor = Editor(session_doc)
    for text in ["'=A1 is text", "'Tis", "=1+1"]:
        editor.add_card(session_doc.all("canvases")[0].id, text)
    _, cells = exported_cells(db, session_doc.session_id, tmp_path)
    assert sorted(cells) == ["''=A1 is text", "'=1+1", "'Tis"]


def table_of(tmp_path, text, name="cards.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return csv_io.read_table(path)


def test_imported_cards_are_laid_out_in_rows_of_six_inside_one_lane_per_role(tmp_path):
    lines = "".join(f"Intake task {n},Ana,Intake\n" for n in range(7)) + "Loose note,,\n"
    dump = csv_io.to_dump(table_of(tmp_path, "Card,Person,Role\n" + lines),
                          {"text": "Card", "participant": "Person", "role": "Role"}, "Wall")
    assert dump["session"]["method"] == "free" and dump["session"]["title"] == "Wall"
    assert [(c["name"], c["position"]) for c in dump["canvases"]] == [("Imported cards", 0)]
    lanes = [(z["label"], z["role"], z["x"], z["y"], z["width"], z["height"]) for z in dump["zones"]]
    assert lanes == [("Intake", "Intake", 0.0, 0.0, 1360.0, 300.0),  # two rows of cards
                     ("Cards", None, 0.0, 320.0, 1360.0, 170.0)]  # a card without a role
    spots = [(c["x"], c["y"], c["width"], c["height"]) for c in dump["cards"]]
    assert spots[:2] == [(20.0, 20.0, 200.0, 110.0), (240.0, 20.0, 200.0, 110.0)]
    assert spots[5:] == [(1120.0, 20.0, 200.0, 110.0), (20.0, 150.0, 200.0, 110.0), (20.0, 340.0, 200.0, 110.0)]
    assert [c["zone_id"] for c in dump["cards"]] == [dump["zones"][0]["id"]] * 7 + [dump["zones"][1]["id"]]
    assert dump["cards"][7]["participant_id"] is None
    assert {k: dump[k] for k in ("links", "votes", "reflections", "agenda_steps", "events")} == {
        "links": [], "votes": [], "reflections": [], "agenda_steps": [], "events": []}


@pytest.mark.parametrize("written, kind", [("Pain point", "pain point"), ("painpoint", "pain point"),
                                           ("why:", "purpose"), ("Q", "question"), ("", "activity"),
                                           ("Purpose (why)", "purpose"), (":do", None)])
def test_kinds_are_read_from_what_people_write(written, kind):
    assert csv_io.kind_of(written) == kind


def test_tags_lose_their_hash_and_empty_ones_are_dropped():
    assert csv_io.split_tags("#a, b;; # ;#c d ,a") == ["a", "b", "c d"]


def test_the_delimiter_is_read_from_the_header_outside_quotes():
    assert csv_io.dialect_of('"a;b;c",d,e\n1;2;3;4;5;6\n').delimiter == ","
    assert csv_io.dialect_of("a;b;c\n1,2,3,4,5,6\n").delimiter == ";"
    assert csv_io.dialect_of('"x\ny";b;c\n').delimiter == ";"  # a line break inside quotes is not the end
    assert csv_io.dialect_of("a\tb,c\td\n").delimiter == "\t"


def test_a_mapping_guess_uses_each_column_once():
    assert csv_io.guess_mapping(["Title", "Activity"]) == {
        "text": "Activity", "kind": None, "participant": None, "role": None, "tags": None, "why": None}
    guess = csv_io.guess_mapping(["Name", "Owner"])
    assert guess["participant"] == "Name" and guess["text"] is None


def test_refusals_name_the_file_and_the_place(db, tmp_path):
    table = table_of(tmp_path, "Card,Type\nAssess,wibble\n,\n")
    with pytest.raises(ImportRefused) as refused:
        csv_io.to_dump(table, {"text": "Card", "kind": "Type"}, "t")
    assert refused.value.path == str(table.path) and "line 2, column Type" in str(refused.value)
    with pytest.raises(ImportRefused, match="has no column named 'Nope'") as refused:
        csv_io.to_dump(table, {"text": "Nope"}, "t")
    assert "line 1" in str(refused.value) and refused.value.path == str(table.path)
    with pytest.raises(ImportRefused, match="no column is chosen for the card text"):
        csv_io.to_dump(table, {"text": None}, "t")
    empty = table_of(tmp_path, "Card,Type\n,activity\n", "empty.csv")
    with pytest.raises(ImportRefused, match="has no rows with card text in column 'Card'") as refused:
        csv_io.to_dump(empty, {"text": "Card"}, "t")
    assert refused.value.path == str(empty.path)
    with pytest.raises(ImportRefused, match="there is no series 'ghost'") as refused:
        csv_io.import_table(db, table, {"text": "Card"}, series_id="ghost")
    assert refused.value.path == str(table.path)


def test_a_blank_text_row_is_skipped_and_the_rows_after_it_still_come_in(tmp_path):
    dump = csv_io.to_dump(table_of(tmp_path, "Card,Note\nFirst,x\n,sub-total\nLast,y\n"), {"text": "Card"}, "t")
    assert [c["text"] for c in dump["cards"]] == ["First", "Last"]


def test_export_writes_team_knowledge_type_canvas_and_zero_votes(db, tmp_path):
    from tests.test_io_sample import build_sample

    sid = build_sample(db)
    cards_path, links_path = csv_io.export(db, sid, tmp_path / "Map.CSV")
    assert cards_path.name == "Map-cards.csv"
    raw = cards_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,") and b"\r\n" in raw  # spreadsheets read accents and rows right
    with cards_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["text"]: r for r in csv.DictReader(fh)}
    with links_path.open(encoding="utf-8-sig", newline="") as fh:
        links = list(csv.DictReader(fh))
    assert {r["canvas"] for r in rows.values()} <= {"Who does what", "Pain points"}
    assert {lk["canvas"] for lk in links} <= {"Who does what", "Pain points"} and links
    assert rows["Call the customer back"]["team"] == "North"
    assert {r["team"] for t, r in rows.items() if t != "Call the customer back"} == {""}
    assert {r["votes"] for r in rows.values()} >= {"0"}
    assert any(r["knowledge_type"] == "artefact" for r in rows.values())
    assert {r["knowledge_type"] for r in rows.values()} <= {"artefact", "skill", "heuristic", "experience",
                                                              "natural talent", ""}
    everything, _ = csv_io.export(db, sid, tmp_path / "all.csv", include_face_down=True)
    with everything.open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) > len(rows)  # face-down cards only when asked for
