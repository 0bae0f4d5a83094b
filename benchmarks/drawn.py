"""Drawn-export figures, each taken in a fresh process (time and peak memory):

export_png_5000_s, export_png_5000_rss_mb: ``meshwork export --format png --scale 1``
of the 5,000-card session, the whole process as a person runs it (start, open, draw,
write). Baseline: plain Qt in a fresh process drawing the same map's stock items
(benchmarks/baseline.py) into one QImage of the same size and saving it with
QImage.save, the way a plain Qt program writes a picture.

    python -m benchmarks.drawn plain-png LIBRARY CANVAS WIDTH HEIGHT OUT
"""

from __future__ import annotations

import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import Generated
from benchmarks.measure import Figure, figure

ROOT = Path(__file__).resolve().parent.parent


def run_process(args: list[str], folder: Path) -> tuple[float, float, float]:
    """Seconds a fresh ``python ARGS`` takes from start to exit, its peak memory in MiB
    and its CPU seconds (user + system: on a busy machine the steadier measure)."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(folder), XDG_DATA_HOME=str(folder), PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not all children's
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            out.seek(0)
            raise RuntimeError(f"{' '.join(args[:3])} failed: {out.read().decode(errors='replace')[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime  # ru_maxrss: KiB on Linux


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header, without decoding it."""
    with open(path, "rb") as f:
        head = f.read(24)
    return struct.unpack(">II", head[16:24])


def png_figures(lib: Generated, runs: int) -> list[Figure]:
    info = lib.sessions[0]
    apps, plains = [], []
    with tempfile.TemporaryDirectory(prefix="meshwork-png-") as tmp:
        folder = Path(tmp)
        out = folder / "map.png"
        export = ["-m", "app", "export", info.id, "--format", "png", "--scale", "1", "--out", str(out),
                  "--library", str(lib.path)]
        run_process(export, folder)  # a first start writes the .pyc files
        for _ in range(runs):
            out.unlink(missing_ok=True)
            apps.append(run_process(export, folder))
        width, height = png_size(out)
        plain = ["-m", "benchmarks.drawn", "plain-png", str(lib.path), info.canvas_id, str(width), str(height),
                 str(folder / "plain.png")]
        for _ in range(runs):
            plains.append(run_process(plain, folder))
    n = info.cards
    size = f"{width:,} × {height:,} px"
    cpu = f"CPU {statistics.median(c for *_, c in apps):.1f} s against {statistics.median(c for *_, c in plains):.1f} s"
    return [
        figure("export_png_5000_s", statistics.median(t for t, *_ in apps), statistics.median(t for t, *_ in plains),
               runs, n, f"whole `meshwork export --format png --scale 1` process, {size} ({cpu}); baseline: "
               "plain Qt, stock items of the same map drawn into one QImage of that size, QImage.save"),
        figure("export_png_5000_rss_mb", statistics.median(m for _, m, _ in apps),
               statistics.median(m for _, m, _ in plains), runs, n,
               "peak RSS (ru_maxrss, MiB) of those two processes"),
    ]


def plain_png(path: str, canvas_id: str, width: str, height: str, out: str) -> None:
    """The baseline: the stock-item scene drawn whole into one image and saved."""
    from benchmarks import baseline, qtenv

    qtenv.application()
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QImageWriter, QPainter

    scene = baseline.plain_scene(*baseline.read_canvas(path, canvas_id))
    image = QImage(int(width), int(height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), scene.itemsBoundingRect(),
                 Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    if not QImageWriter(out, b"png").write(image):
        raise SystemExit("could not write the baseline PNG")


if __name__ == "__main__":
    {"plain-png": plain_png}[sys.argv[1]](*sys.argv[2:])
