"""Find and filter: search cards by text; highlight or filter by participant,
role, kind and tag; select the matches or a card's neighbourhood."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.editor import Editor
from app.model import Card
from app.vocabulary import CARD_KINDS
from widgets.access import reads_its_text
from widgets.announce import announce
from widgets.vocabulary_text import kind_label

ANY = QCoreApplication.translate("find", "Any")


class FindPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor: Editor | None = None
        self.scene_getter: Callable[[], object] = lambda: None
        self._match_index = -1
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Find cards (Ctrl+F)"))
        self.query.setAccessibleName(self.tr("Find cards by text"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.apply)
        self.query.returnPressed.connect(self.next_match)
        self.participant = self._combo(self.tr("Participant"))
        self.role = self._combo(self.tr("Role"))
        self.kind = self._combo(self.tr("Kind"))
        self.tag = self._combo(self.tr("Tag"))
        self.highlight = QRadioButton(self.tr("&Highlight"))
        self.filter = QRadioButton(self.tr("&Filter"))
        self.highlight.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.highlight)
        modes.addButton(self.filter)
        self.highlight.toggled.connect(self.apply)
        self.count = QLabel("")
        reads_its_text(self.count, self.tr("Matches"))
        select = QPushButton(self.tr("&Select Matches"))
        select.clicked.connect(self.select_matches)
        clear = QPushButton(self.tr("C&lear"))
        clear.clicked.connect(self.clear)
        form = QFormLayout()
        form.addRow(self.query)
        for label, combo in (
            (self.tr("Participant"), self.participant),
            (self.tr("Role"), self.role),
            (self.tr("Kind"), self.kind),
            (self.tr("Tag"), self.tag),
        ):
            form.addRow(label + ":", combo)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.highlight)
        mode_row.addWidget(self.filter)
        buttons = QHBoxLayout()
        buttons.addWidget(select)
        buttons.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(mode_row)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        layout.addStretch()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        # As narrow as a side panel needs, whatever the longest role or tag: a combo sized to
        # its contents on first show would push the panel past the dock's edge.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        said = self.tr("Filter by {0}")  # English runs the noun in lower case; a translation keeps its own
        combo.setAccessibleName(said.format(name.lower() if said == "Filter by {0}" else name))
        combo.currentIndexChanged.connect(self.apply)
        return combo

    def set_editor(self, editor: Editor | None, scene_getter: Callable[[], object]) -> None:
        if self.editor is not None:
            for signal in (self.editor.doc.added, self.editor.doc.changed, self.editor.doc.removed):
                signal.disconnect(self._doc_changed)
        self.editor = editor
        self.scene_getter = scene_getter
        if editor is not None:
            for signal in (editor.doc.added, editor.doc.changed, editor.doc.removed):
                signal.connect(self._doc_changed)
        self.refresh_choices()

    def _doc_changed(self, table: str, *_args) -> None:
        if table in ("participants", "cards"):
            self.refresh_choices()

    def refresh_choices(self) -> None:
        doc = self.editor.doc if self.editor else None
        people = [(p.name, p.id) for p in doc.all("participants")] if doc else []
        roles = sorted({p.role for p in doc.all("participants") if p.role}) if doc else []
        tags = sorted({t for c in doc.all("cards") for t in c.tags}, key=str.casefold) if doc else []
        self._fill(self.participant, people)
        self._fill(self.role, [(r, r) for r in roles])
        self._fill(self.kind, [(kind_label(k), k) for k in CARD_KINDS])
        self._fill(self.tag, [("#" + t, t) for t in tags])

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(ANY, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- matching --------------------------------------------------------------------

    def predicate(self) -> Callable[[Card], bool] | None:
        text = self.query.text().strip().casefold()
        person, role = self.participant.currentData(), self.role.currentData()
        kind, tag = self.kind.currentData(), self.tag.currentData()
        if not (text or person or role or kind or tag):
            return None
        doc = self.editor.doc
        role_of = {p.id: p.role for p in doc.all("participants")}

        def keep(card: Card) -> bool:
            if (
                text
                and text not in card.text.casefold()
                and text not in card.why.casefold()
                and not any(text in t.casefold() for t in card.tags)
            ):
                return False
            if person and card.participant_id != person:
                return False
            if role and role_of.get(card.participant_id) != role:
                return False
            if kind and card.kind != kind:
                return False
            return not (tag and tag.casefold() not in (t.casefold() for t in card.tags))

        return keep

    def apply(self, *_args) -> None:
        scene = self.scene_getter()
        if scene is None or self.editor is None:
            self.count.setText("")
            return
        predicate = self.predicate()
        scene.set_filter(predicate, "filter" if self.filter.isChecked() else "highlight")
        self._match_index = -1
        if predicate is None:
            self.count.setText("")
        else:
            total = len(scene.cards)
            found = len(scene.matching(predicate))
            said = self.tr("{found} of {total} cards match").format(found=found, total=total)
            if said != self.count.text() and self.isAncestorOf(QApplication.focusWidget()):
                announce(self, said)  # heard while typing the search, not on every later edit
            self.count.setText(said)

    def matches(self) -> list[str]:
        scene, predicate = self.scene_getter(), self.predicate()
        if scene is None or predicate is None:
            return []
        found = set(scene.matching(predicate))
        return [i for i in scene.reading_order() if i in found]

    def select_matches(self) -> None:
        found = self.matches()
        scene = self.scene_getter()
        if scene is not None:
            scene.select_cards(found)

    def next_match(self) -> None:
        """Enter in the search box walks through the matches, focusing each in turn."""
        found = self.matches()
        scene = self.scene_getter()
        if not found or scene is None:
            return
        self._match_index = (self._match_index + 1) % len(found)
        scene.focus_card(found[self._match_index])

    def clear(self) -> None:
        for combo in (self.participant, self.role, self.kind, self.tag):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.query.clear()
        self.apply()

    def focus_search(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
