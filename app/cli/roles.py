"""`meshwork roles`: role profiles, headless (issue 18).

SESSION|SERIES is a session id or title, or a series id or name. A session gives
every role's profile (or one with --role); a series gives the role over its
sessions, with what changed from one to the next. A readable summary by default;
``--md`` for the Markdown export, ``--json`` for JSON (docs/role-profile.schema.json).
Face-down cards are left out, as in every other export, unless asked for."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.common import fail, format_table, open_or_exit
from app.cli.words import fill, translate


def add_parsers(sub, library_arg) -> None:
    roles = sub.add_parser(
        "roles", help=translate("Cli", "role profiles: what each role does, uses and needs from others"),
        description=translate("Cli", "SESSION|SERIES is a session id or title, or a series id or name (see "
                                     "`meshwork sessions`). "
                    "For a series, each role is shown over its sessions with what changed."))
    library_arg(roles, False)
    roles.add_argument("target", metavar="SESSION|SERIES")
    roles.add_argument("--role", metavar="NAME", help=translate("Cli", "only this role (any case and spacing)"))
    roles.add_argument("--include-face-down", action="store_true",
                       help=translate("Cli", "include face-down cards (left out by default, as in every export)"))
    output = roles.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true",
                        help=translate("Cli", "print JSON (docs/role-profile.schema.json)"))
    output.add_argument("--md", action="store_true", help=translate("Cli", "print Markdown"))
    roles.set_defaults(run=cmd_roles)


def _one(found: list[dict[str, Any]], what: str, name: str) -> dict[str, Any] | str | None:
    """The one row named ``name``, a message when several are, None when none is."""
    if len(found) > 1:
        return f"{len(found)} {what} are named {name!r}: give the id"
    return found[0] if found else None


def resolve(db, target: str) -> tuple[str, dict[str, Any]] | str:
    """('session', row) or ('series', row) for an id or a name; otherwise a message."""
    from storage import series, sessions

    if (row := sessions.get(db, target)) is not None:
        return "session", row
    if (row := series.get(db, target)) is not None:
        return "series", row
    name = target.casefold()
    for kind, rows, key in (("series", series.all_series(db), "name"),
                            ("session", series.session_list(db), "title")):
        found = _one([r for r in rows if (r[key] or "").casefold() == name], "series" if kind == "series"
                     else "sessions", target)
        if isinstance(found, str):
            return found
        if found is not None:
            return kind, (sessions.get(db, found["id"]) if kind == "session" else found)
    return fill(translate("Cli", "no session or series %1 (see `meshwork sessions`)"), repr(target))


def cmd_roles(args: argparse.Namespace) -> int:
    from app.analysis import roles as analysis
    from app.analysis.loading import load_session
    from app.io.role_profiles import speaking

    db = open_or_exit(args.library, reads_only=True)
    try:
        found = resolve(db, args.target)
        if isinstance(found, str):
            return fail(found)
        kind, row = found
        try:
            if kind == "session":
                data = load_session(db, row["id"], include_hidden=args.include_face_down)
                if args.role is not None:
                    profiles = [analysis.role_profile(data, args.role)]
                else:
                    profiles = analysis.role_profiles(data)
                with speaking(translate):  # the Markdown in the command line's language
                    return _print_session(args, row, profiles)
            with speaking(translate):
                return _print_series(args, db, row)
        except analysis.UnknownRole as exc:
            return fail(exc.said(translate))
    finally:
        db.close()


def _print_session(args: argparse.Namespace, session: dict[str, Any], profiles: list) -> int:
    from app.io import role_profiles as fmt

    if args.json:
        print(json.dumps(fmt.profiles_json(session, profiles), indent=2, ensure_ascii=False))
    elif args.md:
        print(fmt.profiles_markdown(session["title"], profiles), end="")
    elif not profiles:
        print(f"{session['title']}: {fmt.no_roles()}")
    elif len(profiles) == 1:
        print(fmt.profile_markdown(profiles[0], level=1), end="")
    else:
        print(fill(translate("Cli", "Role profiles of %1 (%2); --role NAME for one in full"), session["title"],
                   session["date"]))
        print()
        print(format_table(HEADER, [_row(p.role, p.figures()) for p in profiles]))
    return 0


HEADER = ["Role", "People", "Cards", "Activities", "Resources", "Inputs", "Outputs", "Roles linked",
          "Betweenness", "At risk", "Pain points"]
_COLUMNS = ["people", "cards", "activities", "resources", "inputs", "outputs", "roles_connected",
            "betweenness", "at_risk", "pain_points"]


def _row(first: str, figures: dict[str, float]) -> list[str]:
    return [first, *[f"{figures[n]:.2f}" if isinstance(figures[n], float) else str(figures[n]) for n in _COLUMNS]]


def _print_series(args: argparse.Namespace, db, series_row: dict[str, Any]) -> int:
    from app.analysis import roles as analysis
    from app.analysis.loading import normalise_role
    from app.analysis.trends import matched_series
    from app.io import role_profiles as fmt

    sessions, matchings = matched_series(db, series_row["id"], include_hidden=args.include_face_down)
    if args.role is None:
        roles = analysis.all_role_changes(sessions, matchings)
    elif not any(normalise_role(args.role) in d.role_names for d in sessions):
        return fail(fill(translate("Cli", "no role %1 in series %2"), repr(args.role), repr(series_row["name"])))
    else:
        roles = [analysis.role_changes(sessions, args.role, matchings)]
    if args.json:
        print(json.dumps(fmt.series_json(series_row, roles), indent=2, ensure_ascii=False))
    elif args.md:
        print(fmt.series_markdown(series_row["name"], roles), end="")
    elif not roles:
        print(f"{series_row['name']}: {fmt.no_roles(series=True)}")
    else:
        titles = [c.profile.session_title for c in roles[0]]
        print(fill(translate("Cli", "Roles over %1 (%2 sessions); --role NAME --md for one in full"),
                   series_row["name"], len(titles)))
        for changes in roles:
            print()
            print(changes[0].profile.role)
            print(format_table(["Session", *HEADER[1:]],
                               [_row(c.profile.session_title, c.profile.figures()) for c in changes]))
    return 0
