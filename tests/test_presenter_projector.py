"""Presenter mode on a 1280 x 800 projector (issue 13, item 2): a slim step banner
(P shows the whole prompt), no band without a step, the purpose question (Q),
follow what the room works on (F), vote badges the back of the room can count,
and none of the facilitator's editing chrome on the wall."""

import pytest
from PySide6.QtCore import QPointF, QRectF, QSettings, Qt

from tests.helpers import make_session
from tests.test_agenda import FakeClock
from widgets.canvas import badges
from widgets.canvas.card_item import CardItem
from widgets.views.presenter import FOLLOW_KEY, PresenterWindow

PROMPT = ("Map what you do when a claim arrives: one card per activity, in your own lane, "
          "in the order you do them, with the hand-offs to the people you pass work to.\n"
          "Then add why you do each one.")
PURPOSE = "How does a claim travel from the first call to the payment?"


@pytest.fixture
def window(make_window, library_path):
    make_session(library_path, participants=[("Ana", "Claims handler"), ("Ben", "Assessor")],
                 cards=[("review the claim", 0, 0), ("inspect the damage", 400, 0),
                        ("call the customer back", 0, 300)])
    win = make_window()
    win.facilitation.clock = FakeClock()
    win.facilitation.timer.stop()  # the tests tick by hand
    return win


def present(qtbot, window) -> PresenterWindow:
    """F5, then the window as a 1280 x 800 projector shows it."""
    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = window.facilitation.presenter
    qtbot.waitUntil(shown.isVisible)
    shown.showNormal()
    shown.resize(1280, 800)
    qtbot.waitUntil(lambda: shown.size().width() == 1280 and shown.size().height() == 800)
    shown.activateWindow()
    qtbot.waitUntil(lambda: shown.banner.height() <= 800 and shown.view.height() > 0)
    shown.fit()
    return shown


def tick(window):
    window.facilitation.refresh()


def scene_of(window):
    return window.tabs.current_view().canvas_scene


def card_id(window, text):
    return next(i for i, item in scene_of(window).cards.items() if item.card.text == text)


def on_screen(shown, card):
    """Where the presenter draws the card, in its view's pixels."""
    item = shown.view.canvas_scene.cards[card]
    return shown.view.mapFromScene(item.scene_rect()).boundingRect()


def test_banner_is_slim_and_p_shows_the_whole_prompt(qtbot, window):
    fac = window.facilitation
    fac.agenda.add_step("Map what you do", 600, prompt=PROMPT)
    fac.agenda.start()
    shown = present(qtbot, window)
    tick(window)
    qtbot.waitUntil(lambda: shown.banner.isVisible() and shown.banner.height() > 0)
    assert shown.banner.height() <= 0.15 * 800
    assert shown.view.geometry().top() == shown.banner.geometry().bottom() + 1  # the map gets the rest
    assert shown.view.height() >= 0.85 * 800 - 1
    assert shown.title.text() == "Map what you do" and shown.clock.text() == "10:00"
    assert shown.prompt.text() == PROMPT  # what a screen reader reads: all of it
    short = shown.prompt.short_text()
    assert short.startswith("Map what you do when a claim arrives") and short.endswith("…")
    assert shown.banner.hint.isVisible() and "P" in shown.banner.hint.text()
    short_grab = shown.grab()

    qtbot.keyClick(shown, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: shown.banner.height() > 0.15 * 800)
    assert shown.prompt.full and shown.prompt.wordWrap()
    assert shown.prompt.height() >= 2 * shown.prompt.fontMetrics().height()  # wrapped, whole
    assert shown.grab().toImage() != short_grab.toImage()

    qtbot.keyClick(shown, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: shown.banner.height() <= 0.15 * 800)
    assert not shown.prompt.full


def test_no_step_running_means_no_band(qtbot, window):
    fac = window.facilitation
    shown = present(qtbot, window)
    tick(window)
    assert not shown.banner.isVisible()
    assert shown.view.geometry().top() == 0 and shown.view.height() == 800
    fac.agenda.add_step("Map what you do", 600, prompt="What do you do?")
    tick(window)
    assert not shown.banner.isVisible()  # waiting to start: the map keeps the screen
    fac.agenda.start()
    tick(window)
    qtbot.waitUntil(lambda: shown.banner.isVisible() and shown.view.geometry().top() > 0)
    fac.agenda.finish()
    tick(window)
    qtbot.waitUntil(lambda: not shown.banner.isVisible() and shown.view.geometry().top() == 0)


def test_q_shows_the_purpose_question(qtbot, window):
    window.editor.change_session("Set purpose", purpose=PURPOSE)
    shown = present(qtbot, window)
    assert not shown.purpose.isVisible()
    qtbot.keyClick(shown, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: shown.view.geometry().top() > 0)
    assert shown.purpose.isVisible()
    assert PURPOSE in shown.purpose.text()
    window.editor.change_session("Set purpose", purpose="Where do claims wait?")
    assert "Where do claims wait?" in shown.purpose.text()  # edited at the desk, read on the wall
    qtbot.keyClick(shown, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: shown.view.geometry().top() == 0)
    assert not shown.purpose.isVisible()


def test_follow_frames_the_cards_of_the_last_minute(qtbot, window):
    fac = window.facilitation
    canvas = window.tabs.current_canvas_id()
    far = window.editor.add_card(canvas, "far away", participant_id=window.editor.current_participant_id,
                                 pos=(6000, 3000))
    shown = present(qtbot, window)
    viewport = shown.view.viewport().rect()
    assert viewport.contains(on_screen(shown, far.id))  # not following: the whole map
    assert not shown.following_tag.isVisible()

    qtbot.keyClick(shown, Qt.Key.Key_F)
    assert shown.following and shown.following_tag.isVisible()
    assert QSettings().value(FOLLOW_KEY, type=bool) is True
    fac.clock.advance(90)  # "far away" is old news now
    new = window.editor.add_card(canvas, "a new activity", participant_id=window.editor.current_participant_id,
                                 pos=(20, 600))
    qtbot.waitUntil(lambda: viewport.contains(on_screen(shown, new.id))
                    and not viewport.intersects(on_screen(shown, far.id)))
    assert on_screen(shown, new.id).width() > 150  # framed close, not fitted from afar

    fac.clock.advance(61)  # a minute later nothing is recent: back to the whole map
    shown.follow_timer.timeout.emit()
    assert viewport.contains(on_screen(shown, far.id)) and viewport.contains(on_screen(shown, new.id))

    # remembered: a presenter opened later follows too
    later = PresenterWindow()
    qtbot.addWidget(later)
    assert later.following
    qtbot.keyClick(shown, Qt.Key.Key_F)
    assert not shown.following and QSettings().value(FOLLOW_KEY, type=bool) is False


def badge_pixels(shown, badge):
    """The badge's fill colour just inside its left edge (the middle holds the number)."""
    image = shown.view.viewport().grab().toImage()
    r = badge.rect
    ratio = image.devicePixelRatio()
    x, y = r.left() + r.width() * 0.22, r.center().y()
    return image.pixelColor(round(x * ratio), round(y * ratio))


def test_vote_badges_count_the_dots_during_a_voting_step(qtbot, window):
    fac = window.facilitation
    fac.agenda.add_step("Where it hurts", 300, prompt="Put your dots on the worst hand-offs", voting=1)
    inspect = card_id(window, "inspect the damage")
    view = window.tabs.current_view()
    view.setFocus()
    scene_of(window).focus_card(inspect)
    qtbot.keyClick(view, Qt.Key.Key_V)  # Ana votes before the step: nobody sees it yet
    shown = present(qtbot, window)
    tick(window)
    shown.view.viewport().grab()
    assert shown.view.badges_drawn == []

    fac.agenda.start()
    tick(window)
    qtbot.keyClick(view, Qt.Key.Key_V)
    window.editor.set_current_participant(next(p.id for p in window.editor.doc.all("participants")
                                               if p.name == "Ben"))
    scene_of(window).focus_card(card_id(window, "review the claim"))
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert window.library.db.execute("SELECT count(*) FROM votes").fetchone()[0] == 3
    qtbot.waitUntil(lambda: shown.view.viewport().grab() is not None
                    and {(b.card_id, b.count) for b in shown.view.badges_drawn}
                    == {(inspect, 2), (card_id(window, "review the claim"), 1)})
    badge = next(b for b in shown.view.badges_drawn if b.card_id == inspect)
    assert badge.rect.width() >= badges.MIN_PX  # readable from the back of the room
    assert on_screen(shown, inspect).contains(badge.rect.center().toPoint())  # on its card
    assert badge_pixels(shown, badge) == badges.FILL


def test_no_selection_or_focus_frame_reaches_the_wall(qtbot, window):
    shown = present(qtbot, window)
    card = card_id(window, "inspect the damage")
    view = window.tabs.current_view()
    area = on_screen(shown, card).adjusted(-8, -8, 8, 8)
    main_area = view.mapFromScene(scene_of(window).cards[card].scene_rect()).boundingRect().adjusted(-8, -8, 8, 8)

    def grabs():
        return (shown.view.viewport().grab(area).toImage(),
                view.viewport().grab(main_area).toImage())

    plain_wall, plain_desk = grabs()
    view.setFocus()
    scene_of(window).focus_card(card)  # selected and focused at the desk
    qtbot.waitUntil(lambda: scene_of(window).cards[card].isSelected())
    wall, desk = grabs()
    assert desk != plain_desk  # the facilitator sees the blue frame ...
    assert wall == plain_wall  # ... the room does not
    assert not any(isinstance(i, CardItem) and i.isSelected() for i in shown.view.items())

    # typing into a card at the desk shows no editor frame on the wall either
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: scene_of(window).editing_text())
    assert shown.view.viewport().grab(area).toImage() == plain_wall


class TextSizes:
    """Stands in for the painter a card paints with and notes how tall, in device
    pixels, each run of words is drawn (glyphs and single characters aside)."""

    def __init__(self, painter, card_id, sizes):
        self._painter, self._card_id, self._sizes = painter, card_id, sizes

    def __getattr__(self, name):
        return getattr(self._painter, name)

    def drawText(self, *args):
        text = next((a for a in args if isinstance(a, str)), "")
        if sum(ch.isalnum() for ch in text) >= 2:
            font = self._painter.font()
            px = font.pixelSize() if font.pixelSize() > 0 else \
                font.pointSizeF() * self._painter.device().logicalDpiY() / 72
            scale = self._painter.worldTransform().m22()
            self._sizes.setdefault(self._card_id, []).append(px * scale)
        return self._painter.drawText(*args)


def test_presenter_draws_card_text_at_12px_on_a_60_card_canvas(qtbot, make_window, library_path, monkeypatch):
    roles = [(f"Person {i}", f"Role {i}") for i in range(5)]
    cards = [(f"activity {n} of lane {lane}: check the papers", 40 + n * 230, 40 + lane * 170)
             for lane in range(5) for n in range(12)]
    make_session(library_path, participants=roles, cards=cards)
    window = make_window()
    window.facilitation.timer.stop()
    shown = present(qtbot, window)
    sizes: dict[str, list[float]] = {}
    paint = CardItem.paint

    def measured(item, painter, option, widget=None):
        if widget is shown.view.viewport():
            return paint(item, TextSizes(painter, item.card_id, sizes), option, widget)
        return paint(item, painter, option, widget)

    monkeypatch.setattr(CardItem, "paint", measured)
    shown.grab()
    monkeypatch.setattr(CardItem, "paint", paint)
    drawn = shown.view.canvas_scene.cards
    assert all(shown.view.viewport().rect().contains(on_screen(shown, i)) for i in drawn)  # all 60 shown
    assert set(sizes) == set(drawn)  # every card shows words ...
    assert min(max(s) for s in sizes.values()) >= 12  # ... at 12 px or more
    shown.grab().save(str(library_path.parent / "presenter-60.png"))


def test_badge_geometry_on_a_small_and_a_large_card():
    small = badges.badge_rect(QRectF(100, 100, 40, 20))
    large = badges.badge_rect(QRectF(100, 100, 400, 300))
    assert small.width() == badges.MIN_PX and large.width() == badges.MAX_PX
    assert large.bottomRight() == QRectF(100, 100, 400, 300).bottomRight() - QPointF(3, 3)  # inside the card


def test_find_highlight_shows_on_the_wall_too(qtbot, window):
    shown = present(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_panel.query, "damage")
    wall = shown.view.canvas_scene.cards
    assert wall[card_id(window, "inspect the damage")].opacity() == 1
    assert wall[card_id(window, "review the claim")].opacity() < 1  # dimmed for the room as at the desk
    window.find_panel.clear()
    assert all(item.opacity() == 1 for item in wall.values())
    window.tabs.show_canvas(window.editor.add_canvas("Resources").id)
    assert shown.view.canvas_scene.current_filter() == scene_of(window).current_filter()


def test_the_main_window_reaches_the_projector_keys(qtbot, window):
    """The facilitator's hands stay on the laptop: Shift+F5, Ctrl+F5 and Ctrl+Shift+F5
    do what P, Q and F do in the presenter window."""
    window.facilitation.agenda.add_step("Map what you do", 600, prompt=PROMPT)
    window.facilitation.agenda.start()
    shown = present(qtbot, window)
    tick(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert shown.prompt.full
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown.purpose.isVisible())
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shown.following
    assert shown.isVisible()  # none of them closed presenter mode


def test_a_long_title_is_cut_and_the_silent_counts_stay_whole(qtbot, window):
    fac = window.facilitation
    fac.agenda.add_step("Map, in silence, everything you do between the first call and the payment, "
                        "with every hand-off and every workaround", 300, prompt="Write, don't talk.", silent=1)
    fac.agenda.start()
    window.editor.add_card(window.tabs.current_canvas_id(), "secret",
                           participant_id=window.editor.current_participant_id)
    shown = present(qtbot, window)
    tick(window)
    qtbot.waitUntil(lambda: shown.banner.isVisible() and shown.face_down.width() > 0)
    assert shown.size().width() == 1280 and shown.banner.height() <= 0.15 * 800
    assert shown.title.short_text().endswith("…")
    assert shown.face_down.short_text() == "Silent round: Ana 1 face-down"
    assert not shown.banner.hint.isVisible()  # a short prompt has nothing more to show


def test_following_keeps_the_running_steps_canvas_on_the_wall(qtbot, window):
    fac = window.facilitation
    mapping = window.tabs.current_canvas_id()
    notes = window.editor.add_canvas("Facilitator notes").id
    fac.agenda.add_step("Map what you do", 600, canvas_id=mapping)
    fac.agenda.start()
    assert window.tabs.current_canvas_id() == mapping  # the step opened its canvas
    shown = present(qtbot, window)
    qtbot.keyClick(shown, Qt.Key.Key_F)
    window.tabs.show_canvas(notes)  # the facilitator looks something up at the desk
    tick(window)
    assert shown.view.canvas_scene.canvas_id == mapping  # the room keeps its map
    qtbot.keyClick(shown, Qt.Key.Key_F)
    assert shown.view.canvas_scene.canvas_id == notes  # not following: the wall mirrors the desk
    qtbot.keyClick(shown, Qt.Key.Key_F)
    assert shown.view.canvas_scene.canvas_id == mapping
    fac.agenda.finish()
    tick(window)
    assert shown.view.canvas_scene.canvas_id == notes  # no step running: back to the desk's canvas


def test_the_follow_tag_stays_in_the_maps_corner(qtbot, window):
    window.editor.change_session("Set purpose", purpose=PURPOSE)
    shown = present(qtbot, window)
    qtbot.keyClick(shown, Qt.Key.Key_F)
    qtbot.keyClick(shown, Qt.Key.Key_Q)  # the purpose strip takes height from the map
    qtbot.waitUntil(lambda: shown.view.geometry().top() > 0)
    tag = shown.following_tag
    assert tag.isVisible() and shown.view.rect().contains(tag.geometry())
    assert shown.view.height() - tag.geometry().bottom() < 24
