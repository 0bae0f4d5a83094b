"""Patterns > Role Profiles…, as a facilitator uses it: opened from the menu with
keys, a role chosen, its activities read, an item leading back to its card on the
canvas, the profile following edits; a session without roles; and the role
profiles exported as an offline page and as PDF role cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from storage import rows, series, sessions
from storage.library import open_library

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
FAR = (5200.0, 3600.0)  # a card well outside the view a session opens with


def build(path, roles=True) -> str:
    """Ana and Bo (claims handlers), Cy (assessor); Ana's activity far down the map."""
    db = open_library(path)
    s = series.create(db, "Claims team")
    session = sessions.create(db, s["id"], "Q1 workshop", date="2026-01-15")
    sid = session["id"]
    canvas = rows.insert(db, "canvases", {"session_id": sid, "name": "Map"})
    people = {name: rows.insert(db, "participants", {"session_id": sid, "name": name,
                                                     "role": role if roles else "", "position": i})
              for i, (name, role) in enumerate([("Ana", "Claims handler"), ("Bo", "claims  handler"),
                                                ("Cy", "Assessor")])}

    def card(text, who, x, y, kind="activity", **extra):
        return rows.insert(db, "cards", {"canvas_id": canvas["id"], "text": text, "x": x, "y": y, "kind": kind,
                                         "participant_id": people[who]["id"], "lineage_id": "",
                                         "updated_at": "2026-01-15T10:00:00+00:00", **extra})

    check = card("Check the <b>claim</b> form & photos", "Ana", *FAR, why="So we pay only valid claims")
    card("Call the customer back", "Bo", 100, 100)
    inspect = card("Inspect the damage", "Cy", 400, 100)
    card("Claims system", "Ana", 100, 300, kind="resource", knowledge_type="artefact")
    rows.insert(db, "links", {"canvas_id": canvas["id"], "source_id": check["id"], "target_id": inspect["id"],
                              "kind": "hand-off"})
    db.close()
    return sid


def open_view(qtbot, window):
    """Alt+P opens the Patterns menu, R its Role Profiles… entry."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.patterns.menu)
    qtbot.keyClick(window.patterns.menu, Qt.Key.Key_R)
    view = window.patterns.role_profiles_view
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def items_under(view, section_title):
    """Each item of a section as it reads: its text, then its detail line."""
    from widgets.views.role_profiles import DETAIL

    head = view.profile.findItems(section_title, Qt.MatchFlag.MatchStartsWith)[0]
    items = [head.child(i) for i in range(head.childCount())]
    return [i.text(0) + (f"\n{i.data(0, DETAIL)}" if i.data(0, DETAIL) else "") for i in items]


def test_role_profiles_from_the_menu_lead_back_to_the_card(qtbot, make_window, library_path):
    sid = build(library_path)
    window = make_window()
    window.open_session(sid)
    view = open_view(qtbot, window)

    roles = [view.roles.item(i).text() for i in range(view.roles.count())]
    assert roles == ["Claims handler", "Assessor"]  # "claims  handler" is the same role
    assert view.roles.hasFocus()  # the list takes the keyboard when the view opens
    qtbot.keyClick(view.roles, Qt.Key.Key_Home)
    assert view.current_role() == "Claims handler"
    activities = items_under(view, "Activities")
    assert activities[0] == "Check the <b>claim</b> form & photos\nWhy: So we pay only valid claims · Ana"
    assert activities[1].startswith("Call the customer back")
    assert items_under(view, "Outputs")[0].startswith("To Assessor: hand-off")
    assert "Artefact" in items_under(view, "Resources")[0]

    # The card is out of sight on the canvas until the profile leads to it.
    canvas = window.tabs.current_view()
    card_item = canvas.canvas_scene.cards[next(i for i, c in canvas.canvas_scene.cards.items()
                                               if c.card.text.startswith("Check the"))]
    seen = lambda: canvas.mapToScene(canvas.viewport().rect()).boundingRect()  # noqa: E731
    assert not seen().contains(card_item.sceneBoundingRect())
    qtbot.keyClick(view.roles, Qt.Key.Key_Tab)  # into the profile
    assert view.profile.hasFocus()
    target = view.item_for("Check the <b>claim</b>")
    for _ in range(40):  # walk down the profile with the arrow key
        if view.profile.currentItem() is target:
            break
        qtbot.keyClick(view.profile, Qt.Key.Key_Down)
    qtbot.keyClick(view.profile, Qt.Key.Key_Return)
    assert canvas.canvas_scene.selected_card_ids() == [card_item.card_id]
    assert seen().contains(card_item.sceneBoundingRect())

    # Choosing the other role with the keyboard shows its profile.
    qtbot.keyClick(view.profile, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the roles
    assert view.roles.hasFocus()
    qtbot.keyClick(view.roles, Qt.Key.Key_Down)
    assert view.current_role() == "Assessor"
    assert items_under(view, "Activities") == ["Inspect the damage\nWhy: not written yet · Cy"]
    assert items_under(view, "Inputs")[0].startswith("From Claims handler: hand-off")


def test_the_profile_follows_edits(qtbot, make_window, library_path):
    sid = build(library_path)
    window = make_window()
    window.open_session(sid)
    view = open_view(qtbot, window)
    assert view.current_role() == "Claims handler"
    ana = next(p for p in window.editor.doc.all("participants") if p.name == "Ana")

    # A new activity captured for Ana appears in her role's profile.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(window.capture_bar.line, "@Ana do: Phone the garage")
    qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(t.startswith("Phone the garage") for t in items_under(view, "Activities")))
    db = window.library.db
    stored = [r for r in rows.where(db, "cards", "participant_id = ?", [ana.id]) if r["text"] == "Phone the garage"]
    assert len(stored) == 1 and stored[0]["kind"] == "activity"

    # Edited text follows; undo takes it back, and the profile follows again.
    window.editor.edit_card(stored[0]["id"], text="Phone the garage about the estimate")
    qtbot.waitUntil(lambda: any(t.startswith("Phone the garage about") for t in items_under(view, "Activities")))
    window.editor.stack.undo()
    qtbot.waitUntil(lambda: not any("about the estimate" in t for t in items_under(view, "Activities")))
    assert rows.get(db, "cards", stored[0]["id"])["text"] == "Phone the garage"


def test_a_session_without_roles_says_so(qtbot, make_window, library_path):
    sid = build(library_path, roles=False)
    window = make_window()
    window.open_session(sid)
    view = open_view(qtbot, window)
    assert view.message.isVisible() and not view.splitter.isVisible()
    assert "no roles" in view.message.text()


def test_no_session_open_says_so(qtbot, make_window):
    window = make_window()
    view = window.patterns.open_role_profiles()
    assert view.message.isVisible() and "Open a session" in view.message.text()


# -- exports ----------------------------------------------------------------------------

def test_role_profiles_html_is_offline_and_escaped(library_path, tmp_path):
    from app.io.registry import EXPORTERS
    from widgets.export.formats import register_drawn_formats

    sid = build(library_path)
    register_drawn_formats()
    out = tmp_path / "roles.html"
    db = open_library(library_path)
    try:
        EXPORTERS["roles-html"](db, sid, out)
    finally:
        db.close()
    page = out.read_text(encoding="utf-8")
    assert "Check the &lt;b&gt;claim&lt;/b&gt; form &amp; photos" in page
    assert "<b>claim</b>" not in page
    assert page.count('<section class="role"') == 2
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page


def test_one_role_html(library_path, tmp_path):
    from widgets.export.roles import export_roles_html

    sid = build(library_path)
    out = tmp_path / "assessor.html"
    db = open_library(library_path)
    try:
        export_roles_html(db, sid, out, role="assessor")
    finally:
        db.close()
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="role"') == 1 and "Inspect the damage" in page


def test_role_cards_pdf_one_page_per_role(qapp, library_path, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    from app.io.registry import EXPORTERS
    from widgets.export.formats import register_drawn_formats

    sid = build(library_path)
    register_drawn_formats()
    out = tmp_path / "roles.pdf"
    db = open_library(library_path)
    try:
        EXPORTERS["roles-pdf"](db, sid, out)
    finally:
        db.close()
    pdf = QPdfDocument()
    pdf.load(str(out))
    assert pdf.pageCount() == 2
    first, second = (pdf.getAllText(i).text() for i in range(2))
    assert first.startswith("Claims handler") and "Check the <b>claim</b> form & photos" in first
    assert second.startswith("Assessor") and "Inspect the damage" in second
    size = pdf.pagePointSize(0)
    assert size.height() > size.width()  # a portrait sheet to hand out


def test_one_role_exported_from_the_view(qtbot, make_window, library_path, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    sid = build(library_path)
    window = make_window()
    window.open_session(sid)
    view = open_view(qtbot, window)
    qtbot.keyClick(view.roles, Qt.Key.Key_End)
    assert view.current_role() == "Assessor"
    out = tmp_path / "assessor"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.keyClick(view.roles, Qt.Key.Key_Tab)  # the profile, then the export buttons
    qtbot.keyClick(view.profile, Qt.Key.Key_Tab)
    assert view.export_html.hasFocus()
    qtbot.keyClick(view.export_html, Qt.Key.Key_Space)
    page = (tmp_path / "assessor.html").read_text(encoding="utf-8")
    assert page.count('<section class="role"') == 1 and "Inspect the damage" in page
    assert "Check the &lt;b&gt;claim&lt;/b&gt; form &amp; photos" in page  # the input from the claims handler


def test_in_a_series_the_profile_says_what_changed(qtbot, make_window, library_path):
    from app.demo import build_demo

    db = open_library(library_path)
    latest, previous = sessions.in_series(db, build_demo(db))[:-3:-1]
    db.close()
    window = make_window()
    window.open_session(latest["id"])
    view = open_view(qtbot, window)
    view.choose_role("Claims handler")
    head = next(view.profile.topLevelItem(i) for i in range(view.profile.topLevelItemCount())
                if view.profile.topLevelItem(i).text(0).startswith("Since "))
    assert head.text(0) == f"Since {previous['title']}, {previous['date']}"
    groups = {head.child(i).text(0): head.child(i) for i in range(head.childCount())}
    vanished = groups["Vanished activities (1)"]
    assert vanished.child(0).text(0) == "Chase the customer for missing documents"
    assert "Recurring activities (5)" in groups
    over = next(view.profile.topLevelItem(i) for i in range(view.profile.topLevelItemCount())
                if view.profile.topLevelItem(i).text(0) == "Over the series")
    assert over.child(0).data(0, Qt.ItemDataRole.UserRole + 1).count("→") == 2  # three sessions


def test_moving_a_card_does_not_recompute_the_profile(qtbot, make_window, library_path):
    sid = build(library_path)
    window = make_window()
    window.open_session(sid)
    view = open_view(qtbot, window)
    card = next(c for c in window.editor.doc.all("cards") if c.text == "Call the customer back")
    window.editor.move("cards", {card.id: (900.0, 900.0)})
    assert rows.get(window.library.db, "cards", card.id)["x"] == 900.0
    assert not view.timer.isActive()  # a move changes nothing a profile shows
    window.editor.edit_card(card.id, why="So they know where the claim is")
    assert view.timer.isActive()  # an edit does: one refresh after the burst
    qtbot.waitUntil(lambda: any("So they know where" in t for t in items_under(view, "Activities")))


def test_meshwork_export_writes_role_profiles(qapp, library_path, tmp_path, capsys):
    from PySide6.QtPdf import QPdfDocument

    from app.cli.parser import main

    build(library_path)
    html, pdf = tmp_path / "roles.html", tmp_path / "roles.pdf"
    for fmt, out in (("roles-html", html), ("roles-pdf", pdf)):
        assert main(["export", "Q1 workshop", "--format", fmt, "--out", str(out),
                     "--library", str(library_path)]) == 0
    assert "Check the &lt;b&gt;claim&lt;/b&gt; form &amp; photos" in html.read_text(encoding="utf-8")
    document = QPdfDocument()
    document.load(str(pdf))
    assert document.pageCount() == 2
    document.close()


def test_a_role_without_cards_says_why(qtbot, make_window, library_path):
    from tests.helpers import make_session

    sid = make_session(library_path, participants=[("Ana", "Intake"), ("Di", "Broker liaison")],
                       cards=[("Log the claim", 0, 0)])
    window = make_window()
    window.open_session(sid)
    view = open_view(qtbot, window)
    qtbot.keyClick(view.roles, Qt.Key.Key_End)
    assert view.current_role() == "Broker liaison"
    assert items_under(view, "People") == ["Di\n0 cards"]
    assert items_under(view, "Nothing yet") == [
        "Nobody in this role wrote a card, and no card is in its lane, in this session."]
