"""Help: the facilitator's guide opens offline inside the app, and the keyboard
shortcuts list is read from the window's actions (so it cannot go stale)."""

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from widgets.views.guide import GuideView, guide_path
from widgets.views.shortcuts import ShortcutsView


def open_shortcuts(qtbot, window) -> ShortcutsView:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.help.shortcuts_view is not None and window.help.shortcuts_view.isVisible())
    return window.help.shortcuts_view


def test_help_is_the_last_menu_and_reachable_by_keyboard(make_window):
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Help"
    texts = [a.text() for a in window.help.menu.actions() if not a.isSeparator()]
    assert texts == ["&Facilitator's Guide", "&Keyboard Shortcuts", "&About Meshwork"]


def test_shortcuts_list_shows_the_actions_own_shortcuts(qtbot, make_window):
    window = make_window()
    view = open_shortcuts(qtbot, window)
    rows = view.rows()
    assert ("Ctrl+L", "Quick Capture", "Edit") in rows
    assert ("Ctrl+T", "New Canvas", "Canvas") in rows
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    assert any(keys == undo and place == "Edit" for keys, _action, place in rows)
    assert ("Ctrl+/", "Keyboard Shortcuts", "Help") in rows
    assert view.tree.accessibleName() == "Keyboard shortcuts"
    assert all(keys for keys, _a, _p in rows)
    assert len({(keys, action) for keys, action, _p in rows}) == len(rows)  # each once, in its menu
    # Every action in a menu that has a shortcut is listed: nothing is kept by hand.
    in_menus = {a.text().replace("&", "") for m in window.menuBar().findChildren(type(window.help.menu))
                for a in m.actions() if not a.shortcut().isEmpty()}
    assert in_menus <= {action for _k, action, _p in rows}


def test_a_new_action_appears_without_editing_any_list(qtbot, make_window):
    window = make_window()
    view = open_shortcuts(qtbot, window)
    assert not any(action == "Shuffle Cards" for _k, action, _p in view.rows())
    view.close()
    action = QAction("Sh&uffle Cards", window)
    action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.view_menu.addAction(action)
    view = open_shortcuts(qtbot, window)
    assert ("Ctrl+Alt+J", "Shuffle Cards", "View") in view.rows()


def test_typing_in_the_filter_narrows_the_list(qtbot, make_window):
    window = make_window()
    view = open_shortcuts(qtbot, window)
    qtbot.waitUntil(lambda: view.filter.hasFocus())
    qtbot.keyClicks(view.filter, "capture")
    assert [action for _k, action, _p in view.rows()] == ["Quick Capture"]
    view.filter.clear()
    assert len(view.rows()) > 10


def test_f1_opens_the_guide_offline_with_its_screenshots(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help.guide is not None and window.help.guide.isVisible())
    guide = window.help.guide
    browser = guide.browser
    assert browser.accessibleName() == "Facilitator's guide"
    qtbot.waitUntil(browser.hasFocus)
    text = browser.toPlainText()
    assert "facilitator's guide" in text.lower()
    images = guide.images()
    assert images, "the guide shows its screenshots"
    for _pos, _len, fmt in images:
        image = browser.document().resource(QTextDocument.ResourceType.ImageResource, fmt.name())
        assert image is not None and image.width() > 0, fmt.name()
        assert 0 < fmt.width() <= browser.viewport().width()  # scaled to the page, no sideways scrolling
    guide.resize(500, 600)
    QApplication.processEvents()
    assert all(f.width() <= browser.viewport().width() for _p, _l, f in guide.images())


def test_the_guide_contents_links_jump_to_their_sections(qtbot, make_window):
    window = make_window()
    window.help.show_guide()
    guide = window.help.guide
    qtbot.waitUntil(guide.isVisible)
    links = re.findall(r"\]\(#([^)]+)\)", guide_path().read_text("utf-8"))
    assert "running-the-session" in links
    bar = guide.browser.verticalScrollBar()
    positions = []
    for anchor in links:
        guide.browser.scrollToAnchor(anchor)
        QApplication.processEvents()
        positions.append(bar.value())
    assert positions == sorted(positions) and len(set(positions)) > len(links) // 2, positions


def test_every_image_the_guide_names_ships_beside_it():
    text = guide_path().read_text("utf-8")
    names = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert names
    for name in names:
        assert (guide_path().parent / name).is_file(), name


def test_a_missing_guide_says_so(qtbot, tmp_path):
    view = GuideView(None, Path(tmp_path / "nowhere.md"))
    qtbot.addWidget(view)
    assert "missing" in view.browser.toPlainText()
