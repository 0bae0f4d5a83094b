"""`make screenshots`: the facilitator's guide's pictures (resources/guide/*.png),
taken from the real window, offscreen at 1280 × 800, on the demo series. The
guide's images are made by this script only, never drawn by hand.

Then the looks: the main window, Compare Sessions, Trends and the Series Map at
1280 × 800 and 1024 × 700, light, dark and high contrast, into docs/screenshots/
(named view-WxH-theme.png), each window opened as it opens for a person and
then given the screen's size, to be looked at for clipped labels and overlaps.

Run: QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUT_DIR [LOOKS_DIR]]
Settings go to a throwaway folder, so your own window layout is neither used nor changed."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1280, 800)
SIZES = [(1280, 800), (1024, 700)]
THEMES = {"light": ("light", False), "dark": ("dark", False), "high-contrast": ("light", True)}
READABLE = 0.7  # the smallest canvas zoom at which a picture's card text can still be read
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MESHWORK_LANGUAGE", "en")  # the guide is English; MESHWORK_LANGUAGE=de shows the German window
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="meshwork-shots-config-")

from PySide6.QtCore import QEventLoop, QRectF, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from storage import sessions  # noqa: E402
from storage.library import open_library  # noqa: E402
from widgets.app_main import make_application  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402


class FakeClock:
    """The agenda's clock, so the countdown in the pictures shows a fixed time."""

    def __init__(self):
        import datetime as dt

        self.now = dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC)

    def __call__(self):
        return self.now

    def advance(self, seconds: float) -> None:
        import datetime as dt

        self.now += dt.timedelta(seconds=seconds)


def settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def shoot(widget: QWidget, out: Path, name: str) -> Path:
    from widgets.canvas.minimap import Minimap

    settle()
    # A view that draws on a worker (Trends) says when its picture is the one to take.
    settled, deadline = getattr(widget, "settled", None), time.monotonic() + 60
    while callable(settled) and not settled() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for minimap in widget.findChildren(Minimap):
        minimap.refresh()  # it redraws a moment after changes; the picture cannot wait
    target = out / f"{name}.png"
    if not widget.grab().save(str(target)):
        raise SystemExit(f"cannot write {target}")
    print(target)
    return target


def sized(widget: QWidget, size: tuple[int, int] = SIZE) -> QWidget:
    widget.show()
    widget.resize(*size)
    settle()
    return widget


def raise_dock(dock) -> None:
    dock.show()
    dock.raise_()
    settle()


def main(out: Path, looks: Path | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = make_application()
    QSettings().clear()
    folder = Path(tempfile.mkdtemp(prefix="meshwork-shots-"))
    library = folder / "workshops.meshwork"
    window = MainWindow(open_library(library), str(library))
    clock = FakeClock()
    window.facilitation.clock = clock
    sized(window)
    try:
        take(window, clock, out)
        if looks is not None:
            take_looks(window, looks)
    finally:
        window.facilitation.close_presenter()
        window.room_panel.switch_off()
        window.close()
        window.shutdown()
        settle()
        shutil.rmtree(folder, ignore_errors=True)  # the throwaway library and its backups
        shutil.rmtree(os.environ["XDG_CONFIG_HOME"], ignore_errors=True)
    app.processEvents()


def take(window: MainWindow, clock: FakeClock, out: Path) -> None:
    window.layout().activate()  # the docks' tab bars in place before the first picture
    settle()
    shoot(window, out, "welcome")
    series_id = window.starter.create_demo()
    built = sessions.in_series(window.library.db, series_id)
    q1, q2, q3 = (s["id"] for s in built)

    # The demo's first session: a finished activity map, at 100 %.
    window.open_session(q1)
    readable(window)
    shoot(window, out, "canvas")

    # After a session: the last one's votes and reflections.
    window.open_session(q3)
    raise_dock(window.facilitation.voting_dock)
    raise_dock(window.reflections_dock)
    readable(window)
    shoot(window, out, "voting-reflections")

    # Over time: continue, compare, trends, series map (before a fourth session skews them).
    dialog = window.patterns.continue_session(q3)
    shoot(sized(dialog, (640, 420)), out, "continue")
    dialog.reject()
    compare = window.patterns.open_compare(q1, q2)
    shoot(sized(compare), out, "compare")
    compare.close()
    trends = window.patterns.open_trends(series_id)
    shoot(sized(trends), out, "trends")
    trends.close()
    series_map = window.patterns.open_series_map(series_id)
    shoot(sized(series_map), out, "series-map")
    series_map.close()

    # Preparing: the series' next session, its method and the people copied from the last one.
    dialog = window.starter.open_dialog()
    dialog.title.setText("Q4: Where claims still get stuck")
    dialog.facilitator.setText("Dana Whitfield")
    dialog.purpose.setPlainText("Which hand-offs still break, and who could fix them?")
    dialog.copy_previous()
    shoot(sized(dialog, (820, 720)), out, "new-session")
    dialog.accept()
    settle()

    # Running: quick capture, a few cards, the agenda's timer, presenter mode, Room join.
    line = window.capture_bar.line
    for text in CAPTURED:
        line.setText(text)
        window.capture_bar.submit()
    raise_dock(window.facilitation.agenda_dock)
    window.facilitation.actions["toggle"].trigger()
    clock.advance(2 * 60 + 40)
    window.facilitation.refresh()
    raise_dock(window.inspector_dock)
    readable(window)
    window.capture_bar.focus()
    line.setText("@Jonas uses: the garage's photo portal #photos")
    shoot(window, out, "capture-timer")
    line.clear()
    window.focus_canvas()

    presenter = window.facilitation.toggle_presenter()
    if presenter is not None:
        presenter.showNormal()
        sized(presenter)
        presenter.fit()  # its own framing, as on the projector
        shoot(presenter, out, "presenter")
        window.facilitation.close_presenter()

    if window.room_panel.switch_on("127.0.0.1"):
        # The Room Join panel on its own, with room to show its code, then the code for the projector.
        window.facilitation.agenda_dock.hide()
        window.facilitation.voting_dock.hide()
        raise_dock(window.room_dock)
        window.room_dock.setFloating(True)  # wide enough to read, as a facilitator may drag it out
        shoot(sized(window.room_dock, (560, 700)), out, "room-join")
        window.room_dock.setFloating(False)
        window.room_panel.show_qr_full_screen()
        qr = window.room_panel.qr_window
        qr.showNormal()
        shoot(sized(qr), out, "room-qr")
        qr.close()
        window.room_panel.switch_off()
        window.facilitation.agenda_dock.show()
    window.room_dock.hide()
    window.facilitation.actions["toggle"].trigger()  # pause the step

    window.help.show_shortcuts()
    shoot(sized(window.help.shortcuts_view, (640, 760)), out, "shortcuts")
    window.help.shortcuts_view.close()


def take_looks(window: MainWindow, out: Path) -> None:
    """Each window at each screen size in each theme: what a person sees on a laptop
    and on a projector, light, dark and high contrast."""
    out.mkdir(parents=True, exist_ok=True)
    library = window.library
    series_id = next(s["id"] for s in library.all_series() if s["name"].startswith("Demo"))
    q1, q2, q3 = [s["id"] for s in sessions.in_series(library.db, series_id)][:3]
    window.open_session(q3)
    for theme, (mode, high_contrast) in THEMES.items():
        window.theme.set_mode(mode)
        window.theme.set_high_contrast(high_contrast)
        for width, height in SIZES:
            tag = f"{width}x{height}-{theme}"
            sized(window, (width, height))
            window.window_layout.reset()
            raise_dock(window.facilitation.agenda_dock)
            readable(window)
            shoot(window, out, f"window-{tag}")
            for name, view in (("compare", window.patterns.open_compare(q1, q2)),
                               ("trends", window.patterns.open_trends(series_id)),
                               ("series-map", window.patterns.open_series_map(series_id))):
                shoot(sized(view, (width, height)), out, f"{name}-{tag}")
                view.close()
    window.theme.set_high_contrast(False)
    window.theme.set_mode("light")
    sized(window)


def cards_rect(scene) -> QRectF:
    from widgets.canvas.card_item import CardItem

    rect = QRectF()
    for item in scene.items():
        if isinstance(item, CardItem):
            rect = rect.united(item.sceneBoundingRect())
    return rect


def readable(window: MainWindow) -> None:
    """Card text readable in the picture: the cards fitted if that keeps them large
    enough, else the map's top left at a zoom that can still be read."""
    settle()
    view = window.tabs.current_view()
    if view is None:
        return
    rect = cards_rect(view.scene())
    view.zoom_to_rect(rect)
    if view.scale_factor() < READABLE:
        view.resetTransform()
        view.scale(READABLE, READABLE)
    # The map's top left near the view's top left, as scrolling there would show it.
    scale, half = view.scale_factor(), view.viewport().rect().center()
    view.centerOn(rect.left() + (half.x() - 60) / scale, rect.top() + (half.y() - 50) / scale)
    settle()


# Cards typed into quick capture for the new session (participants of the demo series).
CAPTURED = [
    "@Tom Take the first notice of loss by phone",
    "@Tom pain: customers still call to ask where their claim is",
    "@Amira Check policy cover and excess",
    "@Jonas Request the repair estimate from the garage",
    "@Priya Inspect the damage from the photos",
    "@Priya q: do we need a site visit under 2,000?",
    "@Lena Screen flagged claims for fraud",
    "@Sam Allocate new claims every morning",
    "@Daniel pain: broker claims still arrive as spreadsheets",
]


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "guide",
         Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshots")
