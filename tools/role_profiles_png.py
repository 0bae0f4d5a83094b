"""Make docs/role-profiles.png: Patterns > Role Profiles… at 1280 x 800 on the demo's
latest session, the claims handler's profile with an activity chosen.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tools/role_profiles_png.py [docs/role-profiles.png]

Builds the demo in a temporary library, opens its latest session and the view,
folds most sections so what changed since the
previous session is in sight too, and grabs the view."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_window import open_demo_window  # noqa: E402

ROLE = "Claims handler"
FOLDED = ("served", "resources", "inputs", "outputs", "raised", "reflections", "risk", "graph")


def main(out: str) -> None:
    app, window, latest = open_demo_window()
    view = window.patterns.open_role_profiles()
    view.resize(1280, 800)
    view.choose_role(ROLE)
    for index, section in enumerate(view.sections):
        if section.key in FOLDED:
            view.profile.topLevelItem(index).setExpanded(False)
    activities = next(i for i, s in enumerate(view.sections) if s.key == "activities")
    view.profile.setCurrentItem(view.profile.topLevelItem(activities).child(2))
    view.profile.setFocus()
    for _ in range(20):
        app.processEvents()
    view.grab().save(out)
    print(f"{out}: {view.roles.count()} roles, {ROLE} with {len(view.sections)} sections")
    window.shutdown()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/role-profiles.png")
