"""`make screenshots`: the facilitator's guide's pictures (resources/guide/*.png),
taken from the real window, offscreen at 1280 × 800, on the demo series. The
guide's images are made by this script only, never drawn by hand.

Run: QT_QPA_PLATFORM=offscreen python tools/screenshots.py [OUT_DIR]
Settings go to a throwaway folder, so your own window layout is neither used nor changed."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1280, 800)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="meshwork-shots-config-")

from PySide6.QtCore import QSettings  # noqa: E402
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
    settle()
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


def main(out: Path) -> None:
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
    finally:
        window.facilitation.close_presenter()
        window.room_panel.switch_off()
        window.close()
        window.shutdown()
        settle()
    app.processEvents()


def take(window: MainWindow, clock: FakeClock, out: Path) -> None:
    shoot(window, out, "welcome")
    series_id = window.starter.create_demo()
    built = sessions.in_series(window.library.db, series_id)
    q1, q2, q3 = (s["id"] for s in built)

    # Preparing: a new session of the series, participants copied from the last one.
    dialog = window.starter.open_dialog()
    dialog.copy_previous()
    shoot(sized(dialog, (760, 700)), out, "new-session")
    dialog.reject()

    # Running: the first session's activity map, quick capture, the agenda and timer.
    window.open_session(q1)
    window.library_panel.select("session", q1)
    settle()
    shoot(window, out, "canvas")
    window.capture_bar.focus()
    QApplication.focusWidget().insert("@Ana why: so the customer knows what happens next #phone")
    shoot(window, out, "capture")
    QApplication.focusWidget().clear()
    window.focus_canvas()

    raise_dock(window.facilitation.agenda_dock)
    window.facilitation.actions["toggle"].trigger()
    clock.advance(4 * 60 + 20)
    window.facilitation.refresh()
    shoot(window, out, "agenda-timer")

    presenter = window.facilitation.toggle_presenter()
    if presenter is not None:
        presenter.showNormal()
        shoot(sized(presenter), out, "presenter")
        window.facilitation.close_presenter()
    window.facilitation.actions["toggle"].trigger()  # pause the step again

    raise_dock(window.facilitation.voting_dock)
    shoot(window, out, "voting")

    url = window.room_panel.switch_on("127.0.0.1")
    if url:
        raise_dock(window.room_dock)
        shoot(window, out, "room-join")
        window.room_panel.switch_off()
    window.room_dock.hide()

    # After: the reflections of the last session.
    window.open_session(q3)
    raise_dock(window.reflections_dock)
    shoot(window, out, "reflections")

    # Over time: continue, compare, trends, series map.
    dialog = window.patterns.continue_session(q3)
    shoot(sized(dialog, (640, 520)), out, "continue")
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

    window.help.show_shortcuts()
    shoot(sized(window.help.shortcuts_view, (640, 700)), out, "shortcuts")
    window.help.shortcuts_view.close()
    window.activateWindow()
    settle()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "guide")
