"""Make docs/presenter.png: presenter mode at 1280 x 800 on the demo's largest
canvas during its voting step, with the room's dots cast.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tools/presenter_png.py [docs/presenter.png]

Builds the demo in a temporary library, opens its latest session, fits the
lanes to their cards (Editor.fit_lanes), starts the voting step, lets every
participant spend their dots on five activities, and grabs the presenter."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_window import open_demo_window  # noqa: E402


def main(out: str) -> None:
    app, window, latest = open_demo_window()
    doc, fac = window.editor.doc, window.facilitation
    largest = max(doc.all("canvases"), key=lambda c: len(doc.on_canvas("cards", c.id))).id
    fac.agenda.start(next(s for s in fac.agenda.steps() if s.voting).id)
    window.tabs.show_canvas(largest)
    window.editor.fit_lanes(largest)
    cards = sorted((c for c in doc.on_canvas("cards", largest) if not c.hidden), key=lambda c: (c.y, c.x))
    picks = [cards[i] for i in (2, 5, 9, 14, 20) if i < len(cards)]
    n = 0
    for person in doc.all("participants"):
        while fac.voting.remaining(person.id) > 0:
            fac.voting.cast(picks[n % len(picks)].id, person.id)
            n += 1 + (n % 3 == 2)  # spread the dots unevenly, as a room does
    fac.refresh()
    shown = fac.toggle_presenter()
    shown.showNormal()
    shown.setFixedSize(1280, 800)
    for _ in range(20):
        app.processEvents()
    shown.fit()
    app.processEvents()
    shown.grab().save(out)
    print(f"{out}: {len(doc.on_canvas('cards', largest))} cards, {len(shown.view.badges_drawn)} badges, "
          f"scale {shown.view.scale_factor():.2f}")
    window.shutdown()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/presenter.png")
