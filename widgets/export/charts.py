"""Charts for the session report, drawn with matplotlib (imported only when a report
is made, so start-up stays fast). Each chart comes as SVG with its text kept as text
(for HTML) and as PNG (for the PDF)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from app.analysis.metrics import SessionMetrics
from app.analysis.trends import Trends
from widgets.export.words import translate
from widgets.vocabulary_text import kind_label

INK, MUTED, GRID, HIGHLIGHT = "#1F2328", "#57606A", "#D0D7DE", "#FFF4D6"
# Okabe-Ito, as on the canvas: distinguishable with the common colour-vision deficiencies.
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9"]
MARKERS = ["o", "s", "^", "D", "v", "P"]


@dataclass
class Chart:
    title: str
    svg: str
    png: bytes


def _figure(width: float = 7.5, height: float = 3.2):
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    figure = Figure(figsize=(width, height), layout="constrained")
    axes = figure.add_subplot()
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(GRID)
    axes.tick_params(colors=MUTED, labelsize=9)
    axes.grid(axis="y", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    return figure, axes


def _render(figure, title: str) -> Chart:
    import matplotlib

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "meshwork"}):
        svg = io.StringIO()
        figure.savefig(svg, format="svg", metadata={"Date": None})
        png = io.BytesIO()
        figure.savefig(png, format="png", dpi=160)
    return Chart(title, svg.getvalue(), png.getvalue())


def kinds_chart(metrics: SessionMetrics) -> Chart:
    """This session's cards per kind, as horizontal bars."""
    kinds = [k for k, n in metrics.cards_per_kind.items() if n] or list(metrics.cards_per_kind)[:1]
    counts = [metrics.cards_per_kind.get(k, 0) for k in kinds]
    figure, axes = _figure(7.5, 0.5 + 0.42 * max(len(kinds), 1))
    labels = [kind_label(k) for k in kinds]
    bars = axes.barh(labels[::-1], counts[::-1], color=COLOURS[0])
    axes.bar_label(bars, color=INK, fontsize=9, padding=3)
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", color=GRID, linewidth=0.6)
    title = translate("Export", "Cards per kind")
    axes.set_xlabel(translate("Export", "cards"), color=MUTED, fontsize=9)
    axes.set_title(title, color=INK, fontsize=11, loc="left")
    return _render(figure, title)


def trend_chart_specs() -> list[tuple[str, list[tuple[str, str]], tuple[float, float] | None]]:
    """(title, [(metric, label)], y limits) per chart, in the window's language."""
    return [
        (translate("Export", "Contributions per session"),
         [("cards", translate("Export", "cards")), ("links", translate("Export", "links")),
          ("votes", translate("Export", "votes")), ("participants", translate("Export", "participants"))], None),
        (translate("Export", "How roles connect"),
         [("cross_role_link_share", translate("Export", "cross-role link share")),
          ("role_graph_density", translate("Export", "role graph density")),
          ("gini_participation", translate("Export", "participation imbalance (Gini)"))], (0, 1.05)),
        (translate("Export", "Knowledge at risk"),
         [("single_holder_resources", translate("Export", "resources only one role holds")),
          ("isolated_activities", translate("Export", "activities linked to nothing"))], None),
    ]


def trend_charts(trends: Trends, current_session_id: str | None = None) -> list[Chart]:
    """One line chart per theme across the series, the current session shaded."""
    if len(trends.sessions) < 2:
        return []
    labels = [f"{m.date}\n{_short(m.title)}" for m in trends.sessions]
    xs = list(range(len(labels)))
    charts = []
    for title, series, limits in trend_chart_specs():
        figure, axes = _figure()
        for n, (key, label) in enumerate(series):
            axes.plot(xs, trends.metric(key), marker=MARKERS[n], color=COLOURS[n], linewidth=2,
                      markersize=5, label=label)
        for i, m in enumerate(trends.sessions):
            if m.session_id == current_session_id:
                axes.axvspan(i - 0.4, i + 0.4, color=HIGHLIGHT, zorder=0)
        axes.set_xticks(xs, labels)
        if limits:
            axes.set_ylim(*limits)
        else:
            axes.set_ylim(bottom=0)
            axes.yaxis.get_major_locator().set_params(integer=True)
        axes.set_title(title, color=INK, fontsize=11, loc="left")
        axes.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        charts.append(_render(figure, title))
    return charts


def _short(title: str, limit: int = 18) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"
