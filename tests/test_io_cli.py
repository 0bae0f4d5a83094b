"""meshwork export, export-series and import, run as a person would."""

import json
import subprocess
import sys

import pytest

from storage import imports
from storage.library import open_library
from tests.test_io_sample import build_sample


def meshwork(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True, timeout=120)


@pytest.fixture
def filled(library_path):
    db = open_library(library_path)
    sid = build_sample(db)
    db.close()
    return sid


def _counts(path):
    db = open_library(path)
    try:
        return imports.row_counts(db)
    finally:
        db.close()


@pytest.mark.parametrize("fmt, names", [("json", ["s.json"]), ("csv", ["s-cards.csv", "s-links.csv"]),
                                        ("graphml", ["s.graphml"]), ("excalidraw", ["s.excalidraw"]),
                                        ("md", ["s.md"]), ("xlsx", ["s.xlsx"])])
def test_export_each_format_by_title(library_path, filled, tmp_path, fmt, names):
    result = meshwork("export", "claims HAND-offs", "--format", fmt, "--out", tmp_path / f"s.{fmt}",
                      "--library", library_path)
    assert result.returncode == 0, result.stderr
    for name in names:
        assert (tmp_path / name).stat().st_size > 100
        assert str(tmp_path / name) in result.stdout


def test_export_to_a_folder_names_the_file(library_path, filled, tmp_path):
    result = meshwork("export", filled, "-f", "md", "-o", tmp_path, "--library", library_path)
    assert result.returncode == 0, result.stderr
    assert "Claims hand-offs" in (tmp_path / "Claims-hand-offs.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["export", "nope", "-f", "md", "-o", "{tmp}/x.md"], "no session 'nope'"),
    (["export", "Claims hand-offs", "-f", "doc", "-o", "{tmp}/x.doc"], "unknown export format 'doc'"),
    (["export", "Claims hand-offs", "-f", "md", "-o", "{tmp}/missing/x.md"], "does not exist"),
    (["export-series", "No such", "-o", "{tmp}/x.gexf"], "no series 'No such'"),
    (["import", "{tmp}/absent.json"], "no such file"),
])
def test_bad_input_is_one_line_and_status_2(library_path, filled, tmp_path, args, message):
    before = _counts(library_path)
    result = meshwork(*[a.format(tmp=tmp_path) for a in args], "--library", library_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert "Traceback" not in result.stderr
    assert _counts(library_path) == before


def test_import_json_round_trip_and_refusal_then_copy(library_path, filled, tmp_path):
    out = tmp_path / "s.json"
    assert meshwork("export", filled, "-f", "json", "-o", out, "--library", library_path).returncode == 0
    fresh = tmp_path / "fresh.db"
    result = meshwork("import", out, "--library", fresh)
    assert result.returncode == 0, result.stderr
    assert "Imported session “Claims hand-offs” (7 cards, 5 links)" in result.stdout and filled in result.stdout
    before = _counts(library_path)
    refused = meshwork("import", out, "--library", library_path)
    assert refused.returncode == 2 and "already in this library" in refused.stderr and "--new-ids" in refused.stderr
    assert _counts(library_path) == before
    copied = meshwork("import", out, "--new-ids", "--library", library_path)
    assert copied.returncode == 0, copied.stderr
    assert _counts(library_path)["cards"] == before["cards"] + 7


def test_broken_json_names_the_place(library_path, filled, tmp_path):
    out = tmp_path / "s.json"
    meshwork("export", filled, "-f", "json", "-o", out, "--library", library_path)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["canvases"][0]["cards"][0]["x"] = "far left"
    out.write_text(json.dumps(doc), encoding="utf-8")
    result = meshwork("import", out, "--new-ids", "--library", library_path)
    assert result.returncode == 2
    assert "$.canvases[0].cards[0].x" in result.stderr and "nothing was imported" in result.stderr


def test_import_csv_and_another_library_and_export_series(library_path, filled, tmp_path):
    meshwork("export", filled, "-f", "csv", "-o", tmp_path / "s.csv", "--include-face-down", "--library", library_path)
    other = tmp_path / "other.db"
    result = meshwork("import", tmp_path / "s-cards.csv", "--title", "From CSV", "--library", other)
    assert result.returncode == 0 and "Imported 7 cards as session “From CSV”" in result.stdout
    merged = meshwork("import", library_path, "--library", other)
    assert merged.returncode == 0 and "1 sessions added, 0 already here" in merged.stdout
    series = meshwork("export-series", "Claims team", "--out", tmp_path / "s.gexf", "--library", other)
    assert series.returncode == 0, series.stderr
    assert 'mode="dynamic"' in (tmp_path / "s.gexf").read_text(encoding="utf-8")
