"""``meshwork check``: a readable health report on a library file, without writing to it."""

from __future__ import annotations

import argparse
from pathlib import Path

from storage import integrity, migrations

EXIT_HEALTHY = 0
EXIT_PROBLEMS = 1
EXIT_UNREADABLE = 2


def run(path: Path) -> tuple[int, str]:
    """(exit status, report text) for the library at ``path``."""
    report = integrity.inspect(path)
    return status(report), format_report(report)


def status(report: integrity.Report) -> int:
    if not report.readable:
        return EXIT_UNREADABLE
    return EXIT_HEALTHY if report.healthy else EXIT_PROBLEMS


def format_report(report: integrity.Report) -> str:
    lines = [f"Library: {report.path}"]
    if not report.readable:
        lines += [f"Problem: {report.fatal}", "Result:  cannot be used (the file was not changed)"]
        return "\n".join(lines)
    lines.append(f"Size:    {report.size:,} bytes, journal {report.journal_mode}")
    if report.integrity:
        lines.append(f"Integrity: DAMAGED ({len(report.integrity)} problem(s) found)")
        lines += [f"  - {p}" for p in report.integrity[:10]]
    else:
        lines.append("Integrity: ok")
    if report.foreign_keys:
        lines.append(f"References: {len(report.foreign_keys)} broken")
        lines += [f"  - {p}" for p in report.foreign_keys[:10]]
    else:
        lines.append("References: ok")
    known = len(migrations.known_steps())
    steps = f"{len(report.applied)} step(s) applied, this Meshwork knows {known}"
    if report.unknown_steps:
        lines.append(f"Schema:  {steps}; made by a NEWER Meshwork ({', '.join(report.unknown_steps)})")
    elif report.pending_steps:
        lines.append(f"Schema:  {steps}; older, upgraded when opened ({', '.join(report.pending_steps)})")
    else:
        lines.append(f"Schema:  {steps}; up to date"
                     + (f" ({report.applied[-1]})" if report.applied else ""))
    lines.append("Rows:")
    width = max((len(t) for t in report.counts), default=0)
    lines += [f"  {table.ljust(width)}  {n:>8,}" for table, n in report.counts.items()]
    bad = {name: n for name, n in report.orphans.items() if n}
    if bad:
        lines.append("Orphans:")
        lines += [f"  {n:,} {integrity.ORPHANS[name][0]}" for name, n in bad.items()]
    else:
        lines.append("Orphans: none")
    if report.unfit_tables:
        lines.append("Tables: " + "; ".join(report.unfit_tables))
    if report.broken_rows:
        lines.append(f"Rows that break the rules: {len(report.broken_rows)}")
        lines += [f"  - {problem}" for problem in report.broken_rows]
    else:
        lines.append("Rows that break the rules: none")
    lines.append("Result:  healthy" if report.healthy
                 else "Result:  PROBLEMS FOUND (the file was not changed)")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    from app.paths import default_library

    code, text = run(Path(getattr(args, "library", None) or default_library()))
    print(text)
    return code
