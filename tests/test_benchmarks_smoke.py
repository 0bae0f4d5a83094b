"""A tiny run of the benchmark runner: it produces every figure in the JSON shape.
Benchmarks are not tests, so no time is asserted here."""

import json

from benchmarks.__main__ import main
from benchmarks.measure import TARGETS

KEYS = {"name", "value", "unit", "baseline", "ratio", "target"}


def test_tiny_run_writes_every_figure_as_json(tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert main(["--tiny", "--json", str(out), "--keep", str(tmp_path / "libs")]) == 0
    figures = json.loads(out.read_text())
    assert [f["name"] for f in figures] == list(TARGETS)
    for f in figures:
        assert KEYS <= set(f)
        assert f["unit"] == TARGETS[f["name"]][0]
        assert f["target"] == TARGETS[f["name"]][1]
        if f["value"] is None:  # skipped, with the reason given
            assert f["note"].startswith("skipped:")
        else:
            assert f["value"] > 0
            if f["baseline"]:
                assert f["ratio"] == f["value"] / f["baseline"]
    assert "window_shown_s" in capsys.readouterr().out
