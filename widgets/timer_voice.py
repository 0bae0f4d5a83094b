"""The step timer, spoken: a facilitator who cannot see the countdown hears a
step start, pause and resume, each whole minute, the last ten seconds and time
added (time-up is said by widgets/facilitation.py when the agenda signals it).
Fed by the facilitation's tick; it compares each tick with the one before, so
it says each thing once whatever the tick rate."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject

from app.agenda import Agenda, mm_ss
from widgets.announce import announce, plural

LAST_SECONDS = 10


def tr(text: str) -> str:
    # pyside6-lupdate files a bare tr("...") under the empty context, so it is looked up there.
    return QCoreApplication.translate("", text)


class TimerVoice(QObject):
    def __init__(self, source: QObject):
        super().__init__(source)
        self.source = source  # the window: announcements come from it
        self._last: tuple[str, str, int] | None = None  # step id, status, whole seconds left

    def forget(self) -> None:
        """A session opened or closed: its state is not news."""
        self._last = None

    def tick(self, agenda: Agenda | None) -> None:
        step = agenda.current() if agenda is not None else None
        if step is None:
            self._last = None
            return
        left = max(0, math.ceil(agenda.remaining(step)))
        now = (step.id, step.status, left)
        before, self._last = self._last, now
        if before is None:
            return
        said = self._news(before, now, step.title)
        if said:
            announce(self.source, said)

    def _news(self, before: tuple, now: tuple, title: str) -> str:
        (old_id, old_status, old_left), (step_id, status, left) = before, now
        clock = mm_ss(left)
        if step_id != old_id or status != old_status:
            if status == "running" and step_id == old_id and old_status == "paused":
                return tr("Resumed: %1, %2 left").replace("%1", title).replace("%2", clock)
            if status == "running":
                return tr("Step started: %1, %2 left").replace("%1", title).replace("%2", clock)
            if status == "paused":
                return tr("Paused: %1, %2 left").replace("%1", title).replace("%2", clock)
            if step_id != old_id:
                return tr("Next step: %1").replace("%1", title)
            return ""
        if left > old_left + 1:  # a minute or five added
            return tr("Time added: %1 left").replace("%1", clock)
        if status != "running":
            return ""
        if 0 < left <= LAST_SECONDS and left < old_left:  # the last ten: "10 seconds left", "9", … "1"
            if old_left <= LAST_SECONDS:
                return str(left)
            return tr("%1 left").replace("%1", plural(left, tr("second"), tr("seconds")))
        crossed = 60 * ((old_left - 1) // 60)  # the last whole minute before the old time
        if left > LAST_SECONDS and 60 <= crossed and left <= crossed:
            return tr("%1 left").replace("%1", plural(math.ceil(left / 60), tr("minute"), tr("minutes")))
        return ""
