"""Links never pass under a card unmarked: A→C goes around B, on the canvas and in
the drawn exports; a link with no way around is drawn over the card with a halo,
and a label never hides under a card."""

from PySide6.QtCore import QRectF

from tests.helpers import make_session, shot
from widgets.canvas.link_item import OVER_CARDS
from widgets.canvas.link_route import blocked, route


def test_route_bends_around_a_card_in_between():
    def finder(rects):  # what the scene's index answers: the cards a leg passes
        return lambda p, q: [r for r in rects if blocked((p, q), [r])]

    a, b, c = QRectF(0, 0, 200, 100), QRectF(300, 0, 200, 100), QRectF(600, 300, 200, 100)
    straight = route(a, c, finder([]))
    assert len(straight.points) == 2 and not straight.crossing
    b_low = QRectF(300, 120, 200, 100)  # on the straight line from A to C
    around = route(a, c, finder([b_low]))
    assert len(around.points) == 3 and not around.crossing
    assert not blocked(around.points, [b_low])
    # in one row: A → C goes over (or under) B, never through it
    row = route(a, QRectF(600, 20, 200, 100), finder([b]))
    assert len(row.points) == 4 and not row.crossing and not blocked(row.points, [b])
    # boxed in: no way is clear, so the route stays straight and says it crosses
    box = [QRectF(-500, -500, 1800, 300), QRectF(-500, 600, 1800, 300), QRectF(-500, -500, 300, 1400),
           QRectF(1000, -500, 300, 1400), QRectF(250, -200, 100, 800)]
    assert route(a, c, finder(box)).crossing


def scene_of(window):
    return window.tabs.current_view().canvas_scene


def link_of(window):
    return next(iter(scene_of(window).links.values()))


def card(window, text):
    return next(i for i in scene_of(window).cards.values() if i.card.text == text)


def test_a_link_goes_around_the_card_between_and_follows_moves(qtbot, make_window, library_path):
    # A and C in one row with B between them: the straight line would read A→B→C
    make_session(library_path, participants=[("Ana", "Claims handler")],
                 cards=[("A open the claim", 0, 0), ("B check cover", 400, 0), ("C pay out", 800, 30)],
                 links=[(0, 2)])
    window = make_window()
    link = link_of(window)
    b = card(window, "B check cover")
    path = link.shape()
    assert not path.intersects(b.scene_rect().adjusted(4, 4, -4, -4))  # clear of B
    assert not link.crossing
    window.grab().save(shot("link-around.png"))

    # the facilitator drags B out of the way: the link straightens (and the move is stored)
    view = window.tabs.current_view()
    window.editor.move("cards", {b.card_id: (400, 700)})
    qtbot.waitUntil(lambda: not link._bends)
    stored = window.library.db.execute("SELECT x, y FROM cards WHERE text = 'B check cover'").fetchone()
    assert tuple(stored) == (400, 700)
    # and moves it back onto the straight line: it bends again
    window.editor.move("cards", {b.card_id: (400, 20)})
    qtbot.waitUntil(lambda: bool(link._bends))
    assert not link.shape().intersects(card(window, "B check cover").scene_rect().adjusted(4, 4, -4, -4))
    assert view.isVisible()


def test_a_link_walled_in_is_drawn_over_the_cards_with_its_label(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler")],
                 cards=[("A", 0, 0), ("wall across", -300, 200), ("wall down", 300, -400), ("C", 700, 500)],
                 links=[(0, 3)])
    db_path = library_path
    window = make_window()
    # a tall and a wide card leave no clear bend between A and C
    wide, tall = card(window, "wall across"), card(window, "wall down")
    window.editor.resize("cards", wide.card_id, (-300, 200, 1400, 60))
    window.editor.resize("cards", tall.card_id, (300, -400, 60, 1400))
    link = link_of(window)
    window.editor.edit_link(link.link_id, label="sends the file")
    qtbot.waitUntil(lambda: link.crossing)
    assert link.zValue() == OVER_CARDS > wide.zValue()  # over the cards, marked by its halo
    assert link.link.label == "sends the file"
    assert window.library.db.execute("SELECT label FROM links").fetchone()[0] == "sends the file"
    assert db_path.exists()


def test_drawn_exports_route_links_too(tmp_path):
    from storage.library import open_library

    path = tmp_path / "l.db"
    session_id = make_session(path, participants=[("Ana", "Claims handler")],
                              cards=[("A", 0, 0), ("B", 400, 0), ("C", 800, 30)], links=[(0, 2)])
    db = open_library(path)
    from widgets.export.files import export_svg

    out = tmp_path / "m.svg"
    export_svg(db, session_id, out)
    text = out.read_text()
    db.close()
    # the link's path has a bend: three points, not a straight line
    import re

    paths = [p for p in re.findall(r'<path[^>]* d="([^"]+)"', text) if p.count("L") >= 2]
    assert paths, "the exported link bends around the card in between"


def test_a_link_that_must_cross_a_card_is_drawn_over_it_with_a_halo_in_the_svg(tmp_path):
    import re

    from storage import rows
    from storage.library import open_library
    from widgets.export.files import export_svg

    path = tmp_path / "w.db"
    session_id = make_session(path, participants=[("Ana", "Claims handler")],
                              cards=[("A", 0, 0), ("wall across", -300, 200), ("wall down", 300, -400),
                                     ("C", 700, 500)], links=[(0, 3)])
    db = open_library(path)
    for text, (w, h) in (("wall across", (1400, 60)), ("wall down", (60, 1400))):
        card_id = db.execute("SELECT id FROM cards WHERE text = ?", [text]).fetchone()[0]
        rows.update(db, "cards", card_id, {"width": w, "height": h})
    out = tmp_path / "w.svg"
    export_svg(db, session_id, out)
    db.close()
    svg = out.read_text()
    link_at = svg.index("hand-off link from “A” to “C”")
    assert svg.index("wall across") < link_at  # drawn after (over) the card it crosses
    group = svg[link_at: svg.index("</g>", link_at)]
    strokes = re.findall(r'stroke="(#[0-9a-fA-F]{6})"', group)
    assert "#fafaf7" in [s.lower() for s in strokes]  # the halo in the canvas colour


def test_a_map_opened_routes_its_links_as_the_moved_cards_would(tmp_path):
    """Opening a map routes every link through a grid of the cards (card_grid) instead of
    the scene's index; the routes must be the ones the index gives once a card moves."""
    from app.document import SessionDocument
    from app.editor import Editor
    from benchmarks.generate import build_library
    from storage.library import open_library
    from widgets.canvas.scene import CanvasScene

    path = tmp_path / "routes.db"
    build_library(path, [150], seed=3)
    db = open_library(path)
    session_id = db.execute("SELECT id FROM sessions").fetchone()[0]
    canvas_id = db.execute("SELECT id FROM canvases WHERE session_id = ? ORDER BY rowid", [session_id]).fetchone()[0]
    scene = CanvasScene(Editor(SessionDocument(db, session_id)), canvas_id)
    try:
        assert scene.card_grid is None  # a snapshot: dropped once the links are routed
        opened = {key: (item._line, item._bends, item.crossing) for key, item in scene.links.items()}
        assert sum(1 for _line, bends, _crossing in opened.values() if bends) >= 5  # some really go round
        for item in scene.links.values():
            item.adjust()  # as after a move: the scene's index answers
        again = {key: (item._line, item._bends, item.crossing) for key, item in scene.links.items()}
        assert again == opened
    finally:
        scene.shutdown()
        db.close()
