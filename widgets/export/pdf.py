"""PDF documents built from map pages and text pages, with text kept as text.

Maps are drawn by the canvas's own painting code (landscape, fitted to the page);
text pages are HTML laid out by QTextDocument and split over as many pages as needed."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from widgets.canvas import style
from widgets.export.render import DrawnCanvas, ExportError
from widgets.export.words import translate

RESOLUTION = 96  # the screen's: fonts in points come out the size they have on the canvas
MAX_ZOOM = 1.6  # a small map is enlarged only so far, not blown up to fill the page
HEADER = 44.0


class PdfBook:
    """Pages written one after another into an open device (a QSaveFile)."""

    def __init__(self, device, title: str,
                 orientation: QPageLayout.Orientation = QPageLayout.Orientation.Landscape):
        self.writer = QPdfWriter(device)
        self.writer.setResolution(RESOLUTION)
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                              orientation, QMarginsF(12, 12, 12, 12),
                                              QPageLayout.Unit.Millimeter))
        self.writer.setTitle(title)
        self.writer.setCreator("Meshwork")
        self.painter = QPainter()
        self.pages = 0

    def _page(self) -> QRectF:
        """Start a page; return its paintable area in painter coordinates."""
        if self.pages == 0:
            if not self.painter.begin(self.writer):
                raise ExportError(translate("Export", "Could not start the PDF."))
            self.painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        elif not self.writer.newPage():
            raise ExportError(translate("Export", "Could not add a page to the PDF."))
        self.pages += 1
        rect = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        return QRectF(0, 0, rect.width(), rect.height())

    def map_page(self, drawn: DrawnCanvas, heading: str, subheading: str = "") -> None:
        page = self._page()
        p = self.painter
        p.setPen(style.INK)
        p.setFont(style.font(16, bold=True))
        p.drawText(QRectF(0, 0, page.width(), 26), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   heading)
        if subheading:
            p.setPen(style.MUTED_INK)
            p.setFont(style.font(9))
            p.drawText(QRectF(0, 26, page.width(), 16), Qt.AlignmentFlag.AlignLeft, subheading)
        area = page.adjusted(0, HEADER, 0, 0)
        source = drawn.rect()
        zoom = min(area.width() / source.width(), area.height() / source.height(), MAX_ZOOM)
        size = QSizeF(source.width() * zoom, source.height() * zoom)
        target = QRectF(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(), size.height())
        drawn.render(p, target, source)

    def text_pages(self, html: str, images: dict[str, QImage] | None = None) -> int:
        """Lay out HTML over as many pages as it needs; return how many it took."""
        document = QTextDocument()
        document.setDefaultFont(style.font(10))
        document.documentLayout().setPaintDevice(self.writer)
        for name, image in (images or {}).items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        document.setHtml(html)
        rect = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        document.setPageSize(QSizeF(rect.width(), rect.height()))
        count = document.pageCount()
        for index in range(count):
            page = self._page()
            self.painter.save()
            self.painter.translate(0, -index * page.height())
            document.drawContents(self.painter, QRectF(0, index * page.height(), page.width(), page.height()))
            self.painter.restore()
        return count

    def fitted_page(self, html: str, min_zoom: float = 0.5) -> int:
        """HTML on exactly one page, set smaller (never below ``min_zoom``) when it is
        too long: a handout that is one sheet. Text longer still runs on over more
        pages at ``min_zoom``; returns the pages it took."""
        rect = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        width, height = rect.width(), rect.height()
        document = QTextDocument()
        document.setDefaultFont(style.font(10))
        document.documentLayout().setPaintDevice(self.writer)
        document.setHtml(html)
        zoom = 1.0
        for _ in range(6):  # wider text is shorter: settle the zoom in a few steps
            document.setTextWidth(width / zoom)
            needed = document.size().height() * zoom
            if needed <= height or zoom <= min_zoom:
                break
            zoom = max(min_zoom, zoom * height / needed * 0.98)
        document.setPageSize(QSizeF(width / zoom, height / zoom))
        count = document.pageCount()
        for index in range(count):
            page = self._page()
            self.painter.save()
            self.painter.scale(zoom, zoom)
            self.painter.translate(0, -index * page.height() / zoom)
            document.drawContents(self.painter, QRectF(0, index * page.height() / zoom, page.width() / zoom,
                                                       page.height() / zoom))
            self.painter.restore()
        return count

    def finish(self) -> None:
        if self.pages == 0:
            self._page()  # a PDF needs at least one page
        if not self.painter.end():
            raise ExportError(translate("Export", "Could not finish the PDF."))

    def abandon(self) -> None:
        if self.painter.isActive():
            self.painter.end()
