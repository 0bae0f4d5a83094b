"""Right-to-left card text: a card written in Arabic or Hebrew is laid out from
the right on the canvas, in the SVG and in the HTML export, while Latin text
stays left-aligned; quick capture's prefixes work in front of Arabic text."""

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter
from PySide6.QtWidgets import QApplication

from app.bidi import right_to_left
from app.model import Card
from storage import tags
from storage.library import open_library
from tests.helpers import make_session
from widgets.canvas import style
from widgets.canvas.card_item import TEXT_LEFT, CardItem, lay_out
from widgets.export.files import export_svg
from widgets.export.html import export_html

ARABIC = "نتحقق من تغطية الوثيقة قبل الاتصال بالعميل 2026"
HEBREW = "בודקים את הכיסוי לפני שמתקשרים ללקוח"


def test_the_first_strong_letter_decides_the_direction():
    assert right_to_left(ARABIC) and right_to_left(HEBREW)
    assert right_to_left("2026: " + ARABIC)  # digits and punctuation have no direction
    assert not right_to_left("Check the cover " + ARABIC)
    assert not right_to_left("") and not right_to_left("123 …")


def card(text: str) -> Card:
    return Card(id="c", canvas_id="k", text=text, x=0, y=0, width=200, height=120)


def test_arabic_lines_end_at_the_cards_right_edge_and_latin_lines_start_at_its_left(qapp):
    width = 200 - TEXT_LEFT - 10  # the text column (no vote dot)
    metrics = style.metrics(style.CARD_TEXT_PT)
    face = lay_out(card(ARABIC), None, 0)
    assert face.rtl and len(face.lines) >= 2
    for at, line in face.lines:
        assert abs(at.x() + metrics.horizontalAdvance(line) - (TEXT_LEFT + width)) < 0.5
    latin = lay_out(card("Check the policy cover before calling the customer back"), None, 0)
    assert not latin.rtl and {at.x() for at, _ in latin.lines} == {TEXT_LEFT}


def ink_columns(item: CardItem) -> list[int]:
    """The x of every dark pixel of the card's words (the glyph and footer left out)."""
    image = QImage(200, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    item.paint(painter, _option(), None)
    painter.end()
    return [x for x in range(int(TEXT_LEFT), 196) for y in range(8, 80)
            if image.pixelColor(x, y).lightness() < 100]


def _option():
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    return QStyleOptionGraphicsItem()


def test_an_arabic_card_is_drawn_against_its_right_edge(qapp):
    arabic = ink_columns(CardItem(card("تحقق من الوثيقة"), None, 0))
    latin = ink_columns(CardItem(card("Check policy"), None, 0))
    assert arabic and latin
    assert max(arabic) > 185 and min(arabic) > TEXT_LEFT + 20  # right-aligned, room on the left
    assert min(latin) < TEXT_LEFT + 4 and max(latin) < 150


def test_the_svg_and_html_exports_keep_the_direction(qapp, tmp_path):
    session = make_session(tmp_path / "lib.meshwork", participants=[("Amira", "Claims handler")],
                           cards=[(ARABIC, 0, 0), ("Call the garage", 300, 0)])
    db = open_library(tmp_path / "lib.meshwork")
    export_svg(db, session, tmp_path / "map.svg")
    export_html(db, session, tmp_path / "map.html")
    db.close()
    texts = ET.parse(tmp_path / "map.svg").getroot().iter("{http://www.w3.org/2000/svg}text")
    directions = {"".join(t.itertext()): (t.get("direction"), t.get("text-anchor")) for t in texts}
    arabic_lines = [d for text, d in directions.items() if right_to_left(text)]
    assert arabic_lines and set(arabic_lines) == {("rtl", "end")}
    assert directions["Call the garage"] == (None, None)
    page = (tmp_path / "map.html").read_text("utf-8")
    assert re.search(r'<div class="card-text" dir="auto">' + re.escape(ARABIC), page)


def type_text(widget, text: str) -> None:
    """Type as a keyboard layout for the script would: one key event per character
    (QTest's keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_quick_capture_prefixes_work_before_arabic_text(qtbot, make_window, library_path):
    make_session(library_path, participants=[("Amira", "Claims handler")])
    window = make_window()
    for line in ("why: حتى لا ينتظر العميل #عاجل", "uses: نظام المطالبات", "q: من يوافق على الدفع؟"):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        type_text(window.capture_bar.line, line)
        qtbot.keyClick(window.capture_bar.line, Qt.Key.Key_Return)
    db = window.library.db
    rows = list(db.execute("SELECT kind, text, id FROM cards ORDER BY rowid"))
    assert [r[:2] for r in rows] == [("purpose", "حتى لا ينتظر العميل"), ("resource", "نظام المطالبات"),
                                     ("question", "من يوافق على الدفع؟")]
    assert tags.by_card(db, window.editor.doc.session_id).get(rows[0][2]) == ["عاجل"]
    drawn = [i for i in window.tabs.current_view().canvas_scene.items() if isinstance(i, CardItem)]
    assert drawn and all(item.face().rtl for item in drawn)
