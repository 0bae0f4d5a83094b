"""Data exports and imports of the 5,000-card session, each against a bare baseline
doing the same kind of work in the same run:

- export_xlsx_5000_s: app.io.xlsx; baseline: the card rows read with sqlite3 and
  written by openpyxl's write-only mode to one sheet.
- export_html_5000_s: the offline HTML page; baseline: the stock-item scene written
  as SVG and the cards as an escaped HTML list, in one page.
- import_json_5000_s: `meshwork import` of the session's JSON into an empty library;
  baseline: json.loads and one executemany per table, no checks.
- export_svg_cli_5000_s: `meshwork export --format svg`, a whole process timed from
  outside; baseline: a Python process that imports PySide6, reads the rows with
  sqlite3 and writes the stock-item scene with QSvgGenerator
  (``python -m benchmarks.exports bare-svg LIBRARY CANVAS OUT``)."""

from __future__ import annotations

import html
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import Generated
from benchmarks.measure import Figure, figure, median_time, timed

ROOT = Path(__file__).resolve().parent.parent
CARD_COLUMNS = "id, canvas_id, text, kind, why, knowledge_type, participant_id, zone_id, x, y, hidden, lineage_id"


# -- the bare baselines ------------------------------------------------------------------

def bare_xlsx(path: Path, session_id: str, out: Path) -> None:
    from openpyxl import Workbook

    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute(f"SELECT {CARD_COLUMNS} FROM cards WHERE canvas_id IN "
                            "(SELECT id FROM canvases WHERE session_id = ?)", [session_id]).fetchall()
    finally:
        conn.close()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cards")
    sheet.append([c.strip() for c in CARD_COLUMNS.split(",")])
    for row in rows:
        sheet.append(row)
    book.save(out)


def _plain_svg(path: Path, canvas_id: str) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from benchmarks import baseline

    scene = baseline.plain_scene(*baseline.read_canvas(path, canvas_id))
    source = scene.itemsBoundingRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    buffer.close()
    return bytes(data.data()).decode("utf-8")


def bare_html(path: Path, canvas_id: str, out: Path) -> None:
    conn = sqlite3.connect(str(path))
    try:
        cards = conn.execute("SELECT text, kind, why FROM cards WHERE canvas_id = ? ORDER BY y, x",
                             [canvas_id]).fetchall()
    finally:
        conn.close()
    items = "".join(f"<li><div>{html.escape(text)}</div><div>{html.escape(kind)}</div>"
                    f"<div>{html.escape(why or '')}</div></li>" for text, kind, why in cards)
    out.write_text(f"<!doctype html><html><body>{_plain_svg(path, canvas_id)}<ol>{items}</ol></body></html>",
                   encoding="utf-8")


def bare_import(document: Path, empty: Path) -> None:
    """The same rows into the same schema: json.loads, one executemany per table, one transaction."""
    doc = json.loads(document.read_text(encoding="utf-8"))
    session = dict(doc["session"])
    tables: dict[str, list[dict]] = {"participants": [{**p, "session_id": session["id"]} for p in doc["participants"]],
                                     "canvases": [], "zones": [], "cards": [], "links": []}
    for canvas in doc["canvases"]:
        tables["canvases"].append({k: v for k, v in canvas.items() if k not in ("zones", "cards", "links")}
                                  | {"session_id": session["id"]})
        tables["zones"] += [{**z, "canvas_id": canvas["id"]} for z in canvas["zones"]]
        tables["cards"] += [{k: v for k, v in c.items() if k != "tags"} | {"canvas_id": canvas["id"]}
                            for c in canvas["cards"]]
        tables["links"] += [{**lk, "canvas_id": canvas["id"]} for lk in canvas["links"]]
    tag_ids = {t["name"]: t["id"] for t in doc.get("tags", [])}
    tables["tags"] = doc.get("tags", [])
    tables["card_tags"] = [{"card_id": c["id"], "tag_id": tag_ids[name]} for canvas in doc["canvases"]
                           for c in canvas["cards"] for name in dict.fromkeys(c.get("tags", []))]
    tables["votes"] = doc["votes"]
    tables["reflections"] = [{**r, "session_id": session["id"]} for r in doc["reflections"]]
    tables["events"] = [{**e, "session_id": session["id"], "payload": json.dumps(e["payload"])}
                        for e in doc.get("events", [])]
    conn = sqlite3.connect(str(empty), isolation_level=None)
    try:
        conn.execute("BEGIN")
        for table, rows in [("sessions", [session]), *tables.items()]:
            if rows:
                columns = list(dict.fromkeys(k for row in rows for k in row))
                conn.executemany(f"INSERT INTO [{table}] ({', '.join(columns)}) VALUES "
                                 f"({', '.join('?' for _ in columns)})",
                                 [[row.get(c) for c in columns] for row in rows])
        conn.execute("COMMIT")
    finally:
        conn.close()


def bare_svg_process(path: str, canvas_id: str, out: str) -> None:
    """The baseline process of export_svg_cli_5000_s (run as a child)."""
    from benchmarks import qtenv

    qtenv.application()
    Path(out).write_text(_plain_svg(Path(path), canvas_id), encoding="utf-8")


# -- the figures -------------------------------------------------------------------------

def _process(args: list[str]) -> float:
    """Seconds a fresh Python process running ``args`` takes, from start to exit."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled modules kept, as a person's Python does
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:3])} failed: {done.stderr.strip()[-1500:]}")
    return elapsed


def svg_cli_figure(lib: Generated, runs: int, folder: Path) -> Figure:
    info = lib.sessions[0]
    out = folder / "cli.svg"
    app = ["-m", "app", "export", "--library", str(lib.path), "--format", "svg", "--out", str(out), info.id]
    bare = ["-m", "benchmarks.exports", "bare-svg", str(lib.path), info.canvas_id, str(folder / "bare.svg")]
    _process(app)  # a first start writes the compiled modules
    value = statistics.median(_process(app) for _ in range(runs))
    base = statistics.median(_process(bare) for _ in range(runs))
    return figure("export_svg_cli_5000_s", value, base, runs, info.cards,
                  "fresh `python -m app export --format svg` process, start to exit; baseline: a process that "
                  "imports PySide6, reads the rows with sqlite3 and writes the stock-item scene as SVG")


def _pair(fn, bare, runs: int) -> tuple[float, float]:
    """Median seconds of ``fn`` (after one untimed warm-up: modules imported, caches filled,
    as in a running app) and of its bare baseline."""
    fn()
    return median_time(fn, runs), median_time(bare, runs)


def data_figures(lib: Generated, runs: int, folder: Path, only: set[str]) -> list[Figure]:
    """export_xlsx_5000_s, export_html_5000_s, import_json_5000_s (those in ``only``)."""
    from app.io import importing, session_json, xlsx
    from storage.library import open_library
    from widgets.export.html import export_html

    info, n = lib.sessions[0], lib.sessions[0].cards
    found = []
    db = open_library(lib.path)
    try:
        if "export_xlsx_5000_s" in only:
            value, base = _pair(lambda: xlsx.export(db, info.id, folder / "s.xlsx"),
                                lambda: bare_xlsx(lib.path, info.id, folder / "bare.xlsx"), runs)
            found.append(figure("export_xlsx_5000_s", value, base, runs, n,
                                "app.io.xlsx.export (7 sheets); baseline: card rows by sqlite3 into one "
                                "write-only sheet"))
        if "export_html_5000_s" in only:
            value, base = _pair(lambda: export_html(db, info.id, folder / "s.html"),
                                lambda: bare_html(lib.path, info.canvas_id, folder / "bare.html"), runs)
            found.append(figure("export_html_5000_s", value, base, runs, n,
                                "widgets.export.html.export_html; baseline: stock-item scene as SVG + escaped "
                                "card list"))
        document = folder / "s.json"
        session_json.export(db, info.id, document)
    finally:
        db.close()
    if "import_json_5000_s" in only:
        value, base = _imports(document, folder, runs, importing.import_path, open_library)
        found.append(figure("import_json_5000_s", value, base, runs, n,
                            "importing.import_path into an empty library (read, schema, row rules, references, "
                            "one transaction); baseline: json.loads + executemany per table, unchecked"))
    return found


def _imports(document: Path, folder: Path, runs: int, import_path, open_library) -> tuple[float, float]:
    """Median seconds of the real import and of the bare one, each into a fresh empty library."""
    empty = folder / "empty.db"
    open_library(empty).close()  # the current schema, made once, copied before each run (untimed)
    target = folder / "target.db"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(empty, target)

    real, bare = [], []
    fresh()
    db = open_library(target)
    import_path(db, document)  # a warm-up, untimed
    db.close()
    for _ in range(runs):
        fresh()
        db = open_library(target)
        real.append(timed(lambda db=db: import_path(db, document)))
        db.close()
        fresh()
        bare.append(timed(lambda: bare_import(document, target)))
    return statistics.median(real), statistics.median(bare)


def figures(lib: Generated, runs: int, only: set[str]) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="meshwork-exports-") as tmp:
        folder = Path(tmp)
        found = []
        if only & {"export_xlsx_5000_s", "export_html_5000_s", "import_json_5000_s"}:
            found += data_figures(lib, runs, folder, only)
        if "export_svg_cli_5000_s" in only:
            found.append(svg_cli_figure(lib, runs, folder))
        return found


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare-svg"]:
        bare_svg_process(*sys.argv[2:5])
