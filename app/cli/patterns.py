"""`meshwork compare` and `meshwork trends`: the comparison over time, headless.

Readable tables by default; ``--json`` for machine output (and ``--csv`` for
the trends table)."""

from __future__ import annotations

import argparse
import csv
import io
import json
from typing import TYPE_CHECKING, Any

from app.cli.common import BadInput, fail, find_session, format_table, open_or_exit
from app.cli.words import fill, translate

if TYPE_CHECKING:  # the analysis (networkx, rapidfuzz) is imported when compare or trends runs
    from app.analysis.diff import Diff
    from app.analysis.loading import SessionData
    from app.analysis.metrics import SessionMetrics

if TYPE_CHECKING:  # the analysis (networkx, rapidfuzz) is imported when compare or trends runs
    from app.analysis.diff import Diff
    from app.analysis.loading import SessionData
    from app.analysis.metrics import SessionMetrics


def add_parsers(sub, library_arg) -> None:
    compare = sub.add_parser(
        "compare", help=translate("Cli", "what changed from one session to another, and both sessions' metrics"),
        description=translate("Cli", "SESSION_A is the earlier session, SESSION_B the later one (session ids, see "
                    "`meshwork sessions`)."))
    library_arg(compare, False)
    compare.add_argument("session_a", metavar="SESSION_A")
    compare.add_argument("session_b", metavar="SESSION_B")
    compare.add_argument("--threshold", type=float, default=None, metavar="N",
                         help=translate("Cli", "text similarity (0-100) at which cards match (default 80)"))
    compare.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of tables"))
    compare.set_defaults(run=cmd_compare)
    trends = sub.add_parser("trends",
                            help=translate("Cli", "every metric over the sessions of a series, in date order"))
    library_arg(trends, False)
    trends.add_argument("series", metavar="SERIES", help=translate("Cli", "a series id or name"))
    trends.add_argument("--threshold", type=float, default=None, metavar="N",
                        help=translate("Cli", "text similarity (0-100) at which cards match (default 80)"))
    output = trends.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of tables"))
    output.add_argument("--csv", action="store_true", help=translate("Cli", "print the per-session metrics as CSV"))
    trends.set_defaults(run=cmd_trends)


def _threshold(args: argparse.Namespace) -> float | None:
    if args.threshold is not None and not 0 <= args.threshold <= 100:
        return None
    from app.analysis.matching import DEFAULT_THRESHOLD

    return DEFAULT_THRESHOLD if args.threshold is None else args.threshold


# -- compare ----------------------------------------------------------------------------

def cmd_compare(args: argparse.Namespace) -> int:
    from app.analysis.diff import diff_sessions
    from app.analysis.loading import load_session
    from app.analysis.matching import match_sessions
    from app.analysis.metrics import session_metrics
    from storage import matches

    threshold = _threshold(args)
    if threshold is None:
        return fail(translate("Cli", "--threshold must be between 0 and 100"))
    db = open_or_exit(args.library, reads_only=True)
    try:
        try:
            # An id or an unambiguous title, as `meshwork export` takes.
            ids = find_session(db, args.session_a)["id"], find_session(db, args.session_b)["id"]
            a, b = load_session(db, ids[0]), load_session(db, ids[1])
        except BadInput as exc:
            return fail(str(exc))
        except ValueError as exc:
            return fail(fill(translate("Cli", "%1 (see `meshwork sessions`)"), exc))
        matching = match_sessions(a, b, threshold, matches.between(db, a.id, b.id))
        diff = diff_sessions(a, b, matching)
        metrics = session_metrics(a), session_metrics(b)
    finally:
        db.close()
    result = compare_json(a, b, diff, *metrics, threshold)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(compare_text(result, *metrics))
    return 0


def _session(data: SessionData) -> dict[str, Any]:
    return {"id": data.id, "title": data.title, "date": data.date}


def _card(data: SessionData, card_id: str) -> dict[str, Any]:
    card = data.cards[card_id]
    return {"id": card_id, "text": card.text, "kind": card.kind, "author": data.author(card),
            "role": data.role_name(data.card_roles[card_id]), "zone": data.zone_label(card)}


def _link(data: SessionData, link) -> dict[str, Any]:
    return {"id": link.id, "kind": link.kind, "source": data.cards[link.source_id].text,
            "target": data.cards[link.target_id].text, "source_id": link.source_id,
            "target_id": link.target_id}


def metrics_json(m: SessionMetrics) -> dict[str, Any]:
    """A session's metrics as plain JSON: the numbers, then the lists behind them."""
    return {
        **m.numbers(),
        "cards_per_role": m.cards_per_role,
        "cards_per_kind": m.cards_per_kind,
        "participation": [{"name": n, "share": s} for n, s in m.participation],
        "role_links": [{"roles": list(pair), "links": n} for pair, n in m.role_links.items()],
        "broker_roles": [{"role": r, "betweenness": v} for r, v in m.brokers],
        "isolated_role_names": m.isolated_roles,
        "isolated_activity_ids": m.isolated_activities,
        "knowledge_at_risk": [{"card_id": h.card_id, "text": h.text, "role": h.role, "people": list(h.people)}
                              for h in m.single_holder_resources],
        "ashen_mix": m.ashen_mix,
        "top_tags": [{"tag": t, "cards": n} for t, n in m.top_tags],
        "top_voted": [{"card_id": c, "votes": n} for c, n in m.top_voted],
    }


def compare_json(a: SessionData, b: SessionData, diff: Diff, metrics_a: SessionMetrics,
                 metrics_b: SessionMetrics, threshold: float) -> dict[str, Any]:
    links_a = {lk.id: lk for lk in a.links}
    links_b = {lk.id: lk for lk in b.links}
    return {
        "session_a": _session(a),
        "session_b": _session(b),
        "threshold": threshold,
        "added": [_card(b, c) for c in diff.added],
        "removed": [_card(a, c) for c in diff.removed],
        "changed": [{"a": ch.a, "b": ch.b, "text": b.cards[ch.b].text,
                     "fields": {k: {"before": x, "after": y} for k, (x, y) in ch.fields.items()}}
                    for ch in diff.changed],
        "moved": [{"a": m.a, "b": m.b, "text": b.cards[m.b].text, "zone_a": m.zone_a, "zone_b": m.zone_b}
                  for m in diff.moved],
        "links_added": [_link(b, links_b[i]) for i in diff.links_added],
        "links_removed": [_link(a, links_a[i]) for i in diff.links_removed],
        "metrics": {"a": metrics_json(metrics_a), "b": metrics_json(metrics_b)},
    }


def compare_text(result: dict[str, Any], metrics_a: SessionMetrics, metrics_b: SessionMetrics) -> str:
    from app.analysis.glossary import label

    a, b = result["session_a"], result["session_b"]
    out = [fill(translate("Cli", "Compare %1 (%2) -> %3 (%4), text matched at %5"), a["title"], a["date"],
                b["title"], b["date"], f"{result['threshold']:g}"), ""]
    added, removed, changed = translate("Cli", "added"), translate("Cli", "removed"), translate("Cli", "changed")
    moved, no_zone = translate("Cli", "moved"), translate("Cli", "(no zone)")
    link_added, link_removed = translate("Cli", "link added"), translate("Cli", "link removed")
    rows = [[added, c["text"], c["role"]] for c in result["added"]]
    rows += [[removed, c["text"], c["role"]] for c in result["removed"]]
    rows += [[changed, ch["text"], "; ".join(f"{k}: {v['before']} -> {v['after']}"
                                             for k, v in ch["fields"].items())] for ch in result["changed"]]
    rows += [[moved, m["text"], f"{m['zone_a'] or no_zone} -> {m['zone_b'] or no_zone}"] for m in result["moved"]]
    rows += [[link_added, f"{lk['source']} -{lk['kind']}-> {lk['target']}", ""] for lk in result["links_added"]]
    rows += [[link_removed, f"{lk['source']} -{lk['kind']}-> {lk['target']}", ""]
             for lk in result["links_removed"]]
    out.append(format_table([translate("Cli", "Change"), translate("Cli", "Card"), translate("Cli", "Detail")], rows)
               if rows else translate("Cli", "No changes."))
    out.append("")
    numbers_a, numbers_b = metrics_a.numbers(), metrics_b.numbers()
    names = list(dict.fromkeys([*numbers_a, *numbers_b]))
    # Metrics by the glossary's labels in the command line's language (--json keeps the data names).
    out.append(format_table([translate("Cli", "Metric"), translate("Cli", "Earlier"), translate("Cli", "Later")],
                            [[label(n, translate), _fmt(numbers_a.get(n, 0)), _fmt(numbers_b.get(n, 0))]
                             for n in names]))
    return "\n".join(out)


def _fmt(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


# -- trends -----------------------------------------------------------------------------

def cmd_trends(args: argparse.Namespace) -> int:
    from app.analysis.trends import series_trends
    from storage import series

    threshold = _threshold(args)
    if threshold is None:
        return fail(translate("Cli", "--threshold must be between 0 and 100"))
    db = open_or_exit(args.library, reads_only=True)
    try:
        found = series.get(db, args.series)
        if found is None:
            named = [s for s in series.all_series(db) if s["name"].casefold() == args.series.casefold()]
            if len(named) > 1:
                return fail(fill(translate("Cli", "%1 series are named %2: give the series id"), len(named),
                                 repr(args.series)))
            found = named[0] if named else None
        if found is None:
            return fail(fill(translate("Cli", "no series %1 (see `meshwork sessions`)"), repr(args.series)))
        trends = series_trends(db, found["id"], threshold)
    finally:
        db.close()
    result = trends_json(found, trends)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    elif args.csv:
        print(trends_csv(trends), end="")
    else:
        print(trends_text(result))
    return 0


def trends_json(found: dict[str, Any], trends) -> dict[str, Any]:
    return {
        "series": {"id": found["id"], "name": found["name"]},
        "sessions": [{"id": m.session_id, "title": m.title, "date": m.date, "metrics": m.numbers(),
                      "top_broker": _top_broker(m)} for m in trends.sessions],
        "steps": [{
            "from": step.a, "to": step.b,
            "recurring_activities": [x.text for x in step.recurring],
            "new_activities": [x.text for x in step.new],
            "vanished_activities": [x.text for x in step.vanished],
            "new_role_links": [list(p) for p in step.new_role_links],
            "vanished_role_links": [list(p) for p in step.vanished_role_links],
            "new_themes": step.new_themes,
            "vanished_themes": step.vanished_themes,
        } for step in trends.steps],
        "role_links": [{"roles": list(pair), "per_session": n} for pair, n in trends.role_links.items()],
        "themes": [{"theme": t, "per_session": n} for t, n in trends.themes.items()],
    }


def _top_broker(m) -> dict[str, Any] | None:
    """The role that most often sits between two others (highest betweenness), if any."""
    if not m.brokers:
        return None
    role, value = m.brokers[0]
    return {"role": role, "betweenness": round(value, 3)}


def trends_csv(trends) -> str:
    table = trends.table()
    buffer = io.StringIO()
    names = list(dict.fromkeys(k for row in table for k in row)) if table else ["session_id", "title", "date"]
    writer = csv.DictWriter(buffer, fieldnames=names, restval=0, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return buffer.getvalue()


KEY_METRICS = ["cards", "participants", "roles", "cross_role_link_share", "role_graph_density",
               "gini_participation", "isolated_activities", "single_holder_resources"]


def _broker_text(broker: dict[str, Any] | None) -> str:
    return f"{broker['role']} ({_fmt(broker['betweenness'])})" if broker else "-"


def trends_text(result: dict[str, Any]) -> str:
    from app.analysis.glossary import label

    sessions = result["sessions"]
    heading = (translate("Cli", "Trends of %1: 1 session in date order") if len(sessions) == 1
               else translate("Cli", "Trends of %1: %2 sessions in date order"))
    out = [fill(heading, result["series"]["name"], len(sessions)), ""]
    header = [translate("Cli", "Date"), translate("Cli", "Session"), *[label(n, translate) for n in KEY_METRICS],
              translate("Cli", "top broker")]
    out.append(format_table(header, [[s["date"], s["title"], *[_fmt(s["metrics"].get(n, 0)) for n in KEY_METRICS],
                                      _broker_text(s["top_broker"])] for s in sessions]))
    titles = {s["id"]: s["title"] for s in sessions}
    step_line = translate("Cli", "%1 -> %2: %3 recurring, %4 new, %5 vanished activities")
    labels = [(translate("Cli", "new"), "new_activities", None),
              (translate("Cli", "vanished"), "vanished_activities", None),
              (translate("Cli", "new role link"), "new_role_links", " <-> "),
              (translate("Cli", "vanished role link"), "vanished_role_links", " <-> "),
              (translate("Cli", "new theme"), "new_themes", None),
              (translate("Cli", "vanished theme"), "vanished_themes", None)]
    for step in result["steps"]:
        out += ["", fill(step_line, titles[step["from"]], titles[step["to"]], len(step["recurring_activities"]),
                         len(step["new_activities"]), len(step["vanished_activities"]))]
        for word, key, joiner in labels:
            for item in step[key]:
                out.append(f"  {word}: {joiner.join(item) if joiner else item}")
    return "\n".join(out)
