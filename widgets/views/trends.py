"""Trends across a series: a chart of every metric over the sessions in date
order, tables of what recurs, appears and vanishes (activities, role-to-role
links, themes) and the emergent clusters followed from session to session.

matplotlib is imported only when the charts are first drawn, so opening the
app never pays for it. Clicking a point asks the window to open that session.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis import glossary
from app.analysis.matching import DEFAULT_THRESHOLD
from app.library import Library
from storage import matches, sessions
from storage.library import reader
from widgets.panels.tables import fill_series
from widgets.screen_fit import fit_to_screen
from widgets.views.trend_picture import DPI, ChartImage, Picture, render
from widgets.views.trend_tables import CountsModel

if TYPE_CHECKING:
    from app.analysis.clusters import Cluster
    from app.analysis.trends import Trends

COLUMNS = 3
MAX_TICKS = 12  # dates under each chart
IN_BACKGROUND = 12  # a series longer than this is analysed on a worker thread
ROW_HEIGHT_PX = 210
PICK_RADIUS = 8  # points: how close a click must land to a session's point
POINT_COLOUR = "#0B57D0"
FILL_TURN_MS = 15  # the trees are filled in turns of the event loop this long
REDRAW_DELAY_MS = 150  # a resize is drawn anew once the person stops dragging for this long


def analyse(db, series_id: str, threshold: float = DEFAULT_THRESHOLD) -> tuple[Trends, list[list[Cluster]]]:
    """The trends and the followed clusters of a series: plain data, no Qt, so it may
    run on a worker thread (with that thread's own connection)."""
    # Imported here, on the worker for a long series: networkx alone took 0.16 s of the
    # GUI thread when the window first opened.
    from app.analysis.clusters import find_clusters, follow_series
    from app.analysis.loading import load_series
    from app.analysis.matching import choices_between, match_sessions
    from app.analysis.trends import trends_of

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
    build the charts of any series and draw them (trend_picture.render)."""

    figure: Any
    names: list[str]
    rows: int
    lines: dict = field(default_factory=dict)  # metric name -> Line2D
    axes_names: dict = field(default_factory=dict)  # axes -> metric name


def build_figure(trends: Trends) -> ChartFigure:
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
    return built


class TrendCharts(QWidget):
    """One small chart per metric, shown as the picture the worker drew
    (widgets/views/trend_picture.py); ``lines[name]`` is that metric's Line2D."""

    session_clicked = Signal(int)  # index of the session in date order

    def __init__(self, trends: Trends, built: ChartFigure, picture: Picture | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.trends = trends
        self.names, self.figure = built.names, built.figure
        self.lines, self.axes_names = built.lines, built.axes_names
        # PICK_RADIUS is in points, as matplotlib's pickradius was: at DPI, a point is DPI/72 pixels.
        self.canvas = ChartImage(PICK_RADIUS * DPI / 72, self)
        self.canvas.setMinimumHeight(built.rows * ROW_HEIGHT_PX)
        self.canvas.setAccessibleName(self.tr("Trend charts; click a point to open that session"))
        self.canvas.point_clicked.connect(self.session_clicked)
        self.canvas.pointed.connect(self._pointed)
        self._pointed("")
        if picture is not None:
            self.canvas.set_picture(picture)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def _pointed(self, name: str) -> None:
        self.canvas.setToolTip(f"{_label(name)}: {glossary.explain(name)}" if name else
                               self.tr("Point at a chart for what it measures; click a point to open that session"))

    def close_figure(self) -> None:
        self.figure.clear()


def draw_charts(trends: Trends, width: int, viewport_height: int, scrollbar: int,
                ratio: float) -> tuple[ChartFigure, Picture]:
    """Build the charts and draw them at the size the scroll area will give them: as wide
    as its viewport, less the scroll bar when they are taller than it. Worker thread."""
    built = build_figure(trends)
    height = max(viewport_height, built.rows * ROW_HEIGHT_PX)
    if height > viewport_height:
        width -= scrollbar
    return built, render(built.figure, built.lines, built.axes_names, QSize(width, height), ratio)


class TrendsView(QWidget):
    """Its own window; ``set_series(id)`` shows that series' trends."""

    session_activated = Signal(str)  # the window opens this session
    computed = Signal()  # trends worked out on the worker thread are shown
    drawn = Signal()  # a picture of the charts is shown (the first, or one for a new size)

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.background = None  # made on the first long series
        self.busy = False
        self._wanted: tuple[str, float] | None = None
        self.trends: Trends | None = None
        self.clusters: list[list[Cluster]] = []
        self.charts: TrendCharts | None = None
        self.pictures = 0  # drawn so far: a test sees a resize draw once, not at every step
        # matplotlib only ever runs on the worker; a resize asks for a new picture once it settles.
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.timeout.connect(self._draw)
        self._fills: list[list] = []  # [tree, make, next index, count]: trees still being filled
        self._fill_timer = QTimer(self)
        self._fill_timer.timeout.connect(self._fill_turn)
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
        self.role_links = self._counts_table(self.tr("Role-to-role links per session"))
        self.tabs.addTab(self.role_links, self.tr("Role links"))
        self.themes = self._counts_table(self.tr("Themes (tags) per session"))
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
        # Each row as tall as its text wrapped at the width the meaning column has now: measured
        # once here, at the table's first small width, the rows kept many lines' height.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        return table

    def _counts_table(self, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(CountsModel(table))
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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

    def _worker(self):
        from widgets.background import Background

        if self.background is None:
            self.background = Background(self)
        return self.background

    def _start(self, path: str, series_id: str, threshold: float) -> None:
        self._worker()
        self.busy = True
        self.summary.setText(self.tr("Working out the trends of {0}…").format(self.series_box.currentText()))

        def job():
            db = reader(path)
            try:
                trends, clusters = analyse(db, series_id, threshold)
            finally:
                db.close()
            return series_id, threshold, (trends, clusters)
        self.background.run("trends", job, self._computed, self._failed, quiet=True)

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
        self.trends, self.clusters = result
        self.summary.setText(
            self.tr(
                "{0}, in date order · click a point to open that session · point at a chart for what it measures"
            ).format(sessions_text(len(self.trends.sessions)))
        )
        if self.charts is not None:
            # The last series' picture stays until the worker has drawn this one: faded, and
            # deaf to clicks, whose points would name this series' sessions.
            self.charts.setEnabled(False)
        self._draw_timer.start(0)  # once the window has its size: it may be shown right after this
        self.fill_activities()
        self.fill_counts(
            self.role_links, self.tr("Roles"), {f"{a} ↔ {b}": n for (a, b), n in self.trends.role_links.items()}
        )
        self.fill_counts(self.themes, self.tr("Theme"), self.trends.themes)
        self.fill_clusters()

    # -- the charts, drawn on the worker ------------------------------------------------

    def settled(self) -> bool:
        """True once the charts of the series shown are drawn for the size they have, and
        the trees are filled."""
        return (not self.busy and self.trends is not None and self.charts is not None
                and self.charts.trends is self.trends and self.charts.canvas.fits()
                and not self._draw_timer.isActive() and "chart" not in self._worker().running
                and not self._fills)

    def _draw(self) -> None:
        """Ask the worker for what the charts lack: the figure of the series now shown, or a
        picture at the size they have now. One job at a time; the next is asked for when it
        comes back."""
        if self.trends is None or "chart" in self._worker().running:
            return
        charts, trends = self.charts, self.trends
        ratio = self.chart_area.devicePixelRatioF()
        if charts is None or charts.trends is not trends:
            viewport = self.chart_area.viewport()
            width, height = viewport.width(), viewport.height()
            if self.chart_area.verticalScrollBar().isVisible():
                width += self.chart_area.verticalScrollBar().width()  # gone once the old charts are
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

            def job():
                return trends, *draw_charts(trends, width, height, bar, ratio)
        elif not charts.canvas.fits():
            size = charts.canvas.size()

            def job():
                return trends, None, render(charts.figure, charts.lines, charts.axes_names, size, ratio)
        else:
            return
        self._worker().run("chart", job, self._drawn, self._draw_failed, quiet=True)

    def _drawn(self, outcome) -> None:
        trends, built, picture = outcome
        self.pictures += 1
        if built is not None and trends is self.trends:
            self.show_charts(built, picture)
        elif built is None and self.charts is not None and self.charts.trends is trends:
            self.charts.canvas.set_picture(picture)
        if self.charts is not None and self.charts.canvas.fits():
            self.drawn.emit()
        # A newer series may have come meanwhile: drawn at once. A new size only once the
        # scroll area has settled (it lays new charts out before it adds its scroll bar).
        newer = self.trends is not None and (self.charts is None or self.charts.trends is not self.trends)
        self._draw_timer.start(0 if newer else REDRAW_DELAY_MS)

    def _draw_failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("The charts could not be drawn: {0}").format(exc))

    def show_charts(self, built: ChartFigure, picture: Picture | None = None) -> None:
        self.charts = TrendCharts(self.trends, built, picture)
        self.charts.session_clicked.connect(self._session_clicked)
        # A resize draws anew once it settles; meanwhile the picture is stretched.
        self.charts.canvas.resized.connect(lambda: self._draw_timer.start(REDRAW_DELAY_MS))
        self.chart_area.setWidget(self.charts)  # the scroll area deletes the previous one

    def _session_clicked(self, index: int) -> None:
        if self.trends is not None and 0 <= index < len(self.trends.sessions):
            self.session_activated.emit(self.trends.sessions[index].session_id)

    def _session_name(self, index: int) -> str:
        m = self.trends.sessions[index]
        return f"{m.date} · {m.title}"

    # -- the trees, filled in turns ---------------------------------------------------
    # A long series makes tens of thousands of tree items: made all at once they held
    # the GUI thread for a fifth of a second, so they are made a few steps per turn of
    # the event loop, each turn under FILL_TURN_MS.

    def fill_activities(self) -> None:
        self._fill_in_turns(self.activities, self._activity_step, len(self.trends.steps))

    def _activity_step(self, i: int) -> tuple[QTreeWidgetItem, list[QTreeWidgetItem]]:
        step = self.trends.steps[i]
        head = QTreeWidgetItem([f"{self._session_name(i)}  →  {self._session_name(i + 1)}", ""])
        opened = [head]
        for label, found, recurring in (
            (self.tr("Recurring"), step.recurring, True),
            (self.tr("New"), step.new, False),
            (self.tr("Vanished"), step.vanished, False),
        ):
            group = QTreeWidgetItem(head, [f"{label} ({len(found)})", ""])
            for activity in found:
                QTreeWidgetItem(group, [activity.text, activity.role])
            if not recurring or len(found) <= 8:
                opened.append(group)
        for label, names in (
            (self.tr("New role links"), step.new_role_links),
            (self.tr("Vanished role links"), step.vanished_role_links),
            (self.tr("New themes"), step.new_themes),
            (self.tr("Vanished themes"), step.vanished_themes),
        ):
            if names:
                text = ", ".join(" ↔ ".join(n) if isinstance(n, tuple) else n for n in names)
                QTreeWidgetItem(head, [f"{label}: {text}", ""])
        return head, opened

    def fill_counts(self, table: QTableView, first: str, counts: dict[str, list[int]]) -> None:
        table.model().set_counts(first, [f"{m.date}\n{m.title}" for m in self.trends.sessions], counts)

    def fill_clusters(self) -> None:
        self._fill_in_turns(self.cluster_tree, self._cluster_session, len(self.clusters))

    def _cluster_session(self, i: int) -> tuple[QTreeWidgetItem, list[QTreeWidgetItem]]:
        clusters = self.clusters[i]
        head = QTreeWidgetItem([self._session_name(i), str(len(clusters)), ""])
        for cluster in clusters:
            carried = "" if cluster.followed_from is None else self.tr(" (continues)")
            QTreeWidgetItem(head, [cluster.name, str(len(cluster.cards)), f"#{cluster.thread + 1}{carried}"])
        if not clusters:
            QTreeWidgetItem(head, [self.tr("(no clusters of linked cards yet)"), "", ""])
        return head, [head]

    def _fill_in_turns(self, tree: QTreeWidget, make, count: int) -> None:
        """Empty ``tree`` now; fill it with ``make(0)`` … ``make(count - 1)`` (each a top-level
        item and the items to expand) over the next turns of the event loop."""
        tree.clear()
        self._fills = [task for task in self._fills if task[0] is not tree] + [[tree, make, 0, count]]
        self._fill_timer.start(0)

    def _fill_turn(self) -> None:
        began = time.perf_counter()

        def spent() -> bool:
            return (time.perf_counter() - began) * 1000 >= FILL_TURN_MS

        while self._fills and not spent():
            task = self._fills[0]
            tree, make, i, count = task
            made = []
            while i < count and not spent():
                made.append(make(i))
                i += 1
            tree.addTopLevelItems([head for head, _opened in made])
            for _head, opened in made:
                for item in opened:
                    item.setExpanded(True)
            task[2] = i
            if i >= count:
                self._fills.pop(0)
        if not self._fills:
            self._fill_timer.stop()

    def shutdown(self) -> None:
        if self.background is not None:
            self.background.shutdown()
        if self.charts is not None:
            self.charts.close_figure()
