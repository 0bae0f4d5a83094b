"""The drawn formats as the export registry calls them:
``write(db, session_id, out, **options) -> [paths written]``; options a format
does not use are ignored. Each file is written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlite_utils import Database

from widgets.export.map import scale_for, write_png, write_svg
from widgets.export.pdf import PdfBook
from widgets.export.progress import Progress
from widgets.export.render import atomic_file, session_scenes
from widgets.export.summary import cards_list, session_line, summarise, summary_html


def export_png(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
               scale: float | None = None, dpi: float | None = None, background: str = "white",
               include_face_down: bool = False, progress: Progress | None = None, **_: Any) -> list[Path]:
    factor = scale_for(scale, dpi)
    with session_scenes(db, session_id, canvas_id, include_face_down) as scenes:
        return write_png(scenes, out, factor, background, progress)


def export_svg(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
               include_face_down: bool = False, progress: Progress | None = None, **_: Any) -> list[Path]:
    with session_scenes(db, session_id, canvas_id, include_face_down) as scenes:
        write_svg(scenes, out, progress=progress)
    return [Path(out)]


def export_pdf(db: Database, session_id: str, out: Path, canvas_id: str | None = None,
               include_face_down: bool = False, progress: Progress | None = None, **_: Any) -> list[Path]:
    """One landscape page per canvas, then the summary (participants, counts, votes, reflections).
    Progress goes a page of map at a time: a map page is drawn in one go."""
    progress = progress or Progress()
    with session_scenes(db, session_id, canvas_id, include_face_down) as scenes, atomic_file(out) as device:
        title = scenes.session.get("title", "")
        progress.begin(len(scenes.canvases) + 1)
        book = PdfBook(device, title)
        try:
            for drawn in scenes.canvases:
                book.map_page(drawn, f"{title} — {drawn.canvas.name}", session_line(scenes.session))
                progress.step()
            summary = summarise(scenes.doc, scenes.face_down_left_out)
            shown = {drawn.canvas.id for drawn in scenes.canvases}
            cards = [c for c in scenes.doc.all("cards") if c.canvas_id in shown]
            book.text_pages(summary_html(summary) + cards_list(summary, cards))
            progress.step()
            book.finish()
        except BaseException:
            book.abandon()
            raise
    return [Path(out)]
