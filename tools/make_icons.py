"""Render the app icon's PNGs (resources/desktop/icons/NxN.png) from its SVG with
Qt's own SVG renderer, so the checked-in PNGs are never drawn by hand.
Run: QT_QPA_PLATFORM=offscreen python tools/make_icons.py [OUT_DIR]"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.desktop import APP_ID, ICON_SIZES  # noqa: E402

SVG = ROOT / "resources" / "desktop" / f"{APP_ID}.svg"


def render(size: int, svg: Path = SVG) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        target = out / f"{size}x{size}.png"
        if not render(size).save(str(target)):
            raise SystemExit(f"cannot write {target}")
        print(target)


if __name__ == "__main__":
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "desktop" / "icons")
