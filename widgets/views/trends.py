"""Trends across a series: a chart of every metric over the sessions in date
order, tables of what recurs, appears and vanishes (activities, role-to-role
links, themes) and the emergent clusters followed from session to session.

matplotlib is imported only when the charts are first drawn, so opening the
app never pays for it. Clicking a point asks the window to open that session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis import glossary
from app.analysis.clusters import Cluster, find_clusters, follow_series
from app.analysis.loading import load_series
from app.analysis.matching import DEFAULT_THRESHOLD, choices_between, match_sessions
from app.analysis.trends import Trends, trends_of
from app.library import Library
from storage import matches, sessions
from storage.library import reader
from widgets.panels.tables import fill_series
from widgets.screen_fit import fit_to_screen

COLUMNS = 3
MAX_TICKS = 12  # dates under each chart
IN_BACKGROUND = 12  # a series longer than this is analysed on a worker thread
ROW_HEIGHT_PX = 210
PICK_RADIUS = 8  # points: how close a click must land to a session's point
POINT_COLOUR = "#0B57D0"


def analyse(db, series_id: str, threshold: float = DEFAULT_THRESHOLD) -> tuple[Trends, list[list[Cluster]]]:
    """The trends and the followed clusters of a series: plain data, no Qt, so it may
    run on a worker thread (with that thread's own connection)."""
    data = load_series(db, series_id)
    choices = matches.in_series(db, series_id)
    matchings = [match_sessions(a, b, threshold, choices_between(choices, a, b))
                 for a, b in zip(data, data[1:], strict=False)]
    return trends_of(data, matchings, series_id), follow_series([find_clusters(d) for d in data], matchings)


def _label(name: str) -> str:
    return glossary.label(name)


def sessions_text(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("trends", "1 session")
    return QCoreApplication.translate("trends", "{n} sessions").format(n=n)


@dataclass
class ChartFigure:
    """The charts as a plain matplotlib Figure: built without Qt, so a worker thread can
    build (and draw once, warming matplotlib's text layout) a long series' charts."""

    figure: Any
    names: list[str]
    rows: int
    lines: dict = field(default_factory=dict)  # metric name -> Line2D
    axes_names: dict = field(default_factory=dict)  # axes -> metric name


def build_figure(trends: Trends, warm: bool = False) -> ChartFigure:
    # Lazy on purpose: the first trends view pays for matplotlib, app start-up does not.
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    table = trends.table()
    names = [k for k in (table[0] if table else {}) if k not in ("session_id", "title", "date")]
    rows = max(1, -(-len(names) // COLUMNS))
    built = ChartFigure(Figure(figsize=(COLUMNS * 3.6, rows * 2.2), layout="constrained"), names, rows)
    xs = list(range(len(trends.sessions)))
    ticks = [m.date[5:] if len(m.date) >= 10 else m.date for m in trends.sessions]
    # A label per session is unreadable past a dozen, and matplotlib lays out every
    # one: 200 sessions took half a minute to draw. Every step-th session is labelled.
    step = -(-len(xs) // MAX_TICKS) if xs else 1
    tick_xs, ticks = xs[::step], ticks[::step]
    for n, name in enumerate(names):
        axes = built.figure.add_subplot(rows, COLUMNS, n + 1)
        values = trends.metric(name)
        (line,) = axes.plot(xs, values, marker="o", color=POINT_COLOUR,
                            markersize=6, linewidth=1.6, picker=True, pickradius=PICK_RADIUS)
        line.set_gid(name)
        built.lines[name] = line
        built.axes_names[axes] = name
        axes.set_title(_label(name), fontsize=9, loc="left")
        axes.set_xticks(tick_xs, ticks, fontsize=7)
        axes.tick_params(axis="y", labelsize=7)
        axes.grid(True, alpha=0.25)
        axes.spines[["top", "right"]].set_visible(False)
        axes.margins(x=0.08, y=0.15)
        if glossary.whole_numbers(name) or all(float(v).is_integer() for v in values):
            # counts: no 4.2 cards on the axis, and a flat line of zeros shows 0, not ±0.04
            axes.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
            low, high = min(values, default=0), max(values, default=0)
            axes.set_ylim(min(0, low) - 0.5 if low == high else None, high + 1 if low == high else None)
    if warm:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(built.figure).draw()
    return built


class TrendCharts(QWidget):
    """One small chart per metric; ``lines[name]`` is that metric's Line2D."""

    session_clicked = Signal(int)  # index of the session in date order

    def __init__(self, trends: Trends, parent: QWidget | None = None, built: ChartFigure | None = None):
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        built = built or build_figure(trends)
        self.names, self.figure = built.names, built.figure
        self.lines, self.axes_names = built.lines, built.axes_names
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setMinimumHeight(built.rows * ROW_HEIGHT_PX)
        self.canvas.setAccessibleName(self.tr("Trend charts; click a point to open that session"))
        self.canvas.mpl_connect("pick_event", self._picked)
        self.canvas.mpl_connect("motion_notify_event", self._hovered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def _picked(self, event) -> None:
        indices = list(getattr(event, "ind", ()))  # a numpy array: never test its truth
        if indices:
            self.session_clicked.emit(int(indices[0]))

    def _hovered(self, event) -> None:
        name = self.axes_names.get(event.inaxes)
        self.canvas.setToolTip(f"{_label(name)}: {glossary.explain(name)}" if name else
                               self.tr("Point at a chart for what it measures; click a point to open that session"))

    def close_figure(self) -> None:
        self.figure.clear()


class TrendsView(QWidget):
    """Its own window; ``set_series(id)`` shows that series' trends."""

    session_activated = Signal(str)  # the window opens this session
    computed = Signal()  # trends worked out on the worker thread are shown

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.background = None  # made on the first long series
        self.busy = False
        self._wanted: tuple[str, float] | None = None
        self.trends: Trends | None = None
        self.clusters: list[list[Cluster]] = []
        self.charts: TrendCharts | None = None
        self.setWindowTitle(self.tr("Trends — Meshwork"))
        self.series_box = QComboBox(self)
        self.series_box.setAccessibleName(self.tr("Series"))
        self.series_box.setMinimumWidth(240)
        self.series_box.activated.connect(lambda _i: self.set_series(self.series_box.currentData()))
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)  # a long line wraps instead of widening the window
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Series:"), self))
        top.addWidget(self.series_box)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        self.tabs = QTabWidget(self)
        self.chart_area = QScrollArea(self)
        self.chart_area.setWidgetResizable(True)
        self.tabs.addTab(self.chart_area, self.tr("Charts"))
        self.activities = self._tree([self.tr("Activity"), self.tr("Role")], self.tr("Recurring, new and vanished "
                                                                                     "activities"))
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.role_links = self._table(self.tr("Role-to-role links per session"))
        self.tabs.addTab(self.role_links, self.tr("Role links"))
        self.themes = self._table(self.tr("Themes (tags) per session"))
        self.tabs.addTab(self.themes, self.tr("Themes"))
        self.cluster_tree = self._tree(
            [self.tr("Cluster"), self.tr("Cards"), self.tr("Thread")], self.tr("Emergent clusters per session")
        )
        self.tabs.addTab(self.cluster_tree, self.tr("Clusters"))
        self.glossary = self._glossary()
        self.tabs.addTab(self.glossary, self.tr("Glossary"))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.fill_series_box()
        fit_to_screen(self, 1200, 860)

    def _tree(self, header: list[str], name: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(header)
        tree.setAccessibleName(name)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        return tree

    def _glossary(self) -> QTableWidget:
        """What every metric means, in the words of docs/glossary.md."""
        table = self._table(self.tr("Glossary of metrics"))
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Metric"), self.tr("What it means")])
        table.setRowCount(len(glossary.GLOSSARY))
        table.setWordWrap(True)
        for r, (name, text, meaning) in enumerate(glossary.entries()):
            table.setItem(r, 0, QTableWidgetItem(text))
            table.setItem(r, 1, QTableWidgetItem(meaning))
            table.item(r, 0).setToolTip(name)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        return table

    def fill_series_box(self) -> None:
        fill_series(self.series_box, self.library)

    # -- showing a series -------------------------------------------------------------

    def set_series(self, series_id: str | None, threshold: float = DEFAULT_THRESHOLD) -> None:
        """Show a series' trends. A long series (a library of years) is loaded and matched
        on a worker thread with its own connection: the window keeps answering meanwhile,
        ``busy`` is True and ``computed`` says when the trends are shown."""
        if not series_id:
            return
        self.series_box.setCurrentIndex(max(self.series_box.findData(series_id), 0))
        path = self.library.path
        count = len(sessions.in_series(self.library.db, series_id)) if path else 0
        if count <= IN_BACKGROUND or not Path(path).is_file():
            self._show(analyse(self.library.db, series_id, threshold))
            return
        self._wanted = (series_id, threshold)
        if self.busy:
            return  # the running job's result is dropped for the newest wish when it comes back
        self._start(path, series_id, threshold)

    def _start(self, path: str, series_id: str, threshold: float) -> None:
        from widgets.background import Background

        if self.background is None:
            self.background = Background(self)
        self.busy = True
        self.summary.setText(self.tr("Working out the trends of {0}…").format(self.series_box.currentText()))

        def job():
            db = reader(path)
            try:
                trends, clusters = analyse(db, series_id, threshold)
            finally:
                db.close()
            # The charts too, drawn once: the GUI thread then only shows them.
            return series_id, threshold, (trends, clusters, build_figure(trends, warm=True))
        self.background.run("trends", job, self._computed, self._failed)

    def _computed(self, outcome) -> None:
        series_id, threshold, result = outcome
        self.busy = False
        if self._wanted != (series_id, threshold):  # another series was chosen meanwhile
            self._start(self.library.path, *self._wanted)
            return
        self._show(result)
        self.computed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.summary.setText(self.tr("The trends could not be worked out: {0}").format(exc))

    def _show(self, result: tuple) -> None:
        self.trends, self.clusters, *built = result
        self.summary.setText(
            self.tr(
                "{0}, in date order · click a point to open that session · point at a chart for what it measures"
            ).format(sessions_text(len(self.trends.sessions)))
        )
        self.show_charts(*built)
        self.fill_activities()
        self.fill_counts(
            self.role_links, self.tr("Roles"), {f"{a} ↔ {b}": n for (a, b), n in self.trends.role_links.items()}
        )
        self.fill_counts(self.themes, self.tr("Theme"), self.trends.themes)
        self.fill_clusters()

    def show_charts(self, built: ChartFigure | None = None) -> None:
        if self.charts is not None:
            self.charts.close_figure()
        self.charts = TrendCharts(self.trends, built=built)
        self.charts.session_clicked.connect(self._session_clicked)
        self.chart_area.setWidget(self.charts)  # the scroll area deletes the previous one

    def _session_clicked(self, index: int) -> None:
        if self.trends is not None and 0 <= index < len(self.trends.sessions):
            self.session_activated.emit(self.trends.sessions[index].session_id)

    def _session_name(self, index: int) -> str:
        m = self.trends.sessions[index]
        return f"{m.date} · {m.title}"

    def fill_activities(self) -> None:
        self.activities.clear()
        for i, step in enumerate(self.trends.steps):
            head = QTreeWidgetItem([f"{self._session_name(i)}  →  {self._session_name(i + 1)}", ""])
            self.activities.addTopLevelItem(head)
            for label, found in (
                (self.tr("Recurring"), step.recurring),
                (self.tr("New"), step.new),
                (self.tr("Vanished"), step.vanished),
            ):
                group = QTreeWidgetItem(head, [f"{label} ({len(found)})", ""])
                for activity in found:
                    QTreeWidgetItem(group, [activity.text, activity.role])
                group.setExpanded(label != "Recurring" or len(found) <= 8)
            for label, names in (
                (self.tr("New role links"), step.new_role_links),
                (self.tr("Vanished role links"), step.vanished_role_links),
                (self.tr("New themes"), step.new_themes),
                (self.tr("Vanished themes"), step.vanished_themes),
            ):
                if names:
                    text = ", ".join(" ↔ ".join(n) if isinstance(n, tuple) else n for n in names)
                    QTreeWidgetItem(head, [f"{label}: {text}", ""])
            head.setExpanded(True)

    def fill_counts(self, table: QTableWidget, first: str, counts: dict[str, list[int]]) -> None:
        sessions = self.trends.sessions
        table.clear()
        table.setColumnCount(1 + len(sessions))
        table.setHorizontalHeaderLabels([first] + [f"{m.date}\n{m.title}" for m in sessions])
        table.setRowCount(len(counts))
        for r, (name, values) in enumerate(counts.items()):
            table.setItem(r, 0, QTableWidgetItem(name))
            for c, value in enumerate(values, start=1):
                cell = QTableWidgetItem(str(value) if value else "—")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, cell)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def fill_clusters(self) -> None:
        self.cluster_tree.clear()
        for i, clusters in enumerate(self.clusters):
            head = QTreeWidgetItem([self._session_name(i), str(len(clusters)), ""])
            self.cluster_tree.addTopLevelItem(head)
            for cluster in clusters:
                carried = "" if cluster.followed_from is None else self.tr(" (continues)")
                QTreeWidgetItem(head, [cluster.name, str(len(cluster.cards)), f"#{cluster.thread + 1}{carried}"])
            if not clusters:
                QTreeWidgetItem(head, [self.tr("(no clusters of linked cards yet)"), "", ""])
            head.setExpanded(True)

    def shutdown(self) -> None:
        if self.background is not None:
            self.background.shutdown()
        if self.charts is not None:
            self.charts.close_figure()
