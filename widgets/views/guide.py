"""Help > Facilitator's Guide: the guide (resources/guide/guide.md, with the
screenshots `make screenshots` takes) rendered offline in a text browser.
Screenshots are scaled down to the window's width so no one scrolls sideways.

A translated guide sits beside it as guide.<language>.md ("guide.de.md", the same
images); the window's language (app.i18n.language()) picks it, and a language
without one gets the English guide (docs/translating.md)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from app import i18n

IMAGE_MARGIN = 48  # room for the scroll bar and the page's margins


def heading_anchor(text: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    kept = "".join(ch for ch in text.strip().lower() if ch.isalnum() or ch in " -_")
    return kept.replace(" ", "-")


def guide_folder() -> Path:
    return Path(str(resources.files("resources") / "guide"))


def guide_path(language: str | None = None) -> Path:
    """The guide in ``language`` (default: the window's), e.g. guide.de.md or, for
    "pt_BR", guide.pt_BR.md then guide.pt.md; else the English guide.md."""
    code = i18n.language() if language is None else language
    folder = guide_folder()
    for candidate in dict.fromkeys((code, code.split("_")[0])):
        translated = folder / f"guide.{candidate}.md"
        if candidate and candidate != i18n.SOURCE_LANGUAGE and translated.is_file():
            return translated
    return folder / "guide.md"


def translated_guides() -> dict[str, Path]:
    """Every translated guide beside the English one, by language: {"de": …/guide.de.md}."""
    return {p.name.split(".")[1]: p for p in sorted(guide_folder().glob("guide.*.md"))}


class GuideView(QDialog):
    """A window of its own, beside the main one: the facilitator reads while the canvas stays usable."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.path = path or guide_path()
        self.setWindowTitle(self.tr("Facilitator's Guide — Meshwork"))
        self.setModal(False)
        self.resize(900, 760)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Facilitator's guide"))
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._natural: dict[str, tuple[float, float]] = {}  # image name -> its own size
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, activated=self.close)
        self.load()

    def load(self) -> None:
        if not self.path.is_file():
            self.browser.setPlainText(self.tr("The guide is missing from this installation ({0}).")
                                      .replace("{0}", str(self.path)))
            return
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)), QTextDocument.ResourceType.MarkdownResource)
        self.name_headings()
        self.fit_images()

    def name_headings(self) -> None:
        """Give each heading the anchor GitHub gives it, so the contents' #links work here too."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.length() > 1:
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setAnchor(True)
                fmt.setAnchorNames([heading_anchor(block.text())])
                cursor.mergeCharFormat(fmt)
            block = block.next()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.browser.setFocus()  # arrows and Page Down scroll at once

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_images()

    def images(self) -> list[tuple[int, int, QTextImageFormat]]:
        """(position, length, format) of every image in the document."""
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    found.append((fragment.position(), fragment.length(), fmt.toImageFormat()))
                it += 1
            block = block.next()
        return found

    def fit_images(self) -> None:
        """Show each screenshot at most as wide as the page, keeping its proportions."""
        document = self.browser.document()
        room = max(200, self.browser.viewport().width() - IMAGE_MARGIN)
        for position, length, fmt in self.images():
            name = fmt.name()
            if name not in self._natural:
                image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
                if image is None or not hasattr(image, "width") or image.width() == 0:
                    continue
                self._natural[name] = (image.width(), image.height())
            width, height = self._natural[name]
            scale = min(1.0, room / width)
            if abs(fmt.width() - width * scale) < 1:
                continue
            fmt.setWidth(width * scale)
            fmt.setHeight(height * scale)
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
