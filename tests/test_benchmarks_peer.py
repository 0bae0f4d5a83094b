"""`python -m benchmarks --peer excalidraw` with the browser part faked: Excalidraw's
medians land beside Meshwork's matching figures with their ratio, pairs without a
Meshwork figure are left out (and not run), a machine without node says why and
the run still succeeds; the harness is copied and built once, then reused."""

import json
import os
import stat
import sys

from benchmarks import peer
from benchmarks.__main__ import main

MEDIANS = {"exportToSvg": 3000.0, "exportToBlobPng": 29800.0, "mountFirstFrame": 3200.0,
           "fitToContentRerender": 10400.0}


def _fake_peer(monkeypatch, tmp_path, calls):
    monkeypatch.setattr(peer, "missing", lambda: None)
    monkeypatch.setattr(peer, "prepare", lambda cache, log=print: tmp_path)

    def bench(folder, cards, runs, skip, log=print):
        calls.append({"cards": cards, "runs": runs, "skip": skip})
        return {"medians": MEDIANS, "chromium": "1.0", "excalidraw": "0.18.1", "elements": 3 * cards,
                "json": str(folder / "out.json")}
    monkeypatch.setattr(peer, "bench", bench)


def test_peer_figures_sit_beside_meshwork_ones(tmp_path, monkeypatch, capsys):
    calls = []
    _fake_peer(monkeypatch, tmp_path, calls)
    out = tmp_path / "figures.json"
    assert main(["--tiny", "--only", "export_svg_cli_5000_s", "--peer", "excalidraw", "--json", str(out)]) == 0
    figures = {f["name"]: f for f in json.loads(out.read_text())}
    svg = figures["export_svg_cli_5000_s"]
    assert svg["peer"]["name"] == "excalidraw exportToSvg" and svg["peer"]["value"] == 3.0  # ms -> s
    assert svg["peer"]["ratio"] == svg["value"] / 3.0
    assert calls == [{"cards": 60, "runs": 1, "skip": ["fit", "mount", "png"]}]  # only what has a partner
    text = capsys.readouterr().out
    assert "vs peer" in text and "export_svg_cli_5000_s: peer is excalidraw exportToSvg" in text
    assert "no Meshwork figure for export_png_5000_s, open_paint_5000_s, repaint_fit_5000_ms" in text


def test_ratios_use_the_meshwork_figure_unit():
    from benchmarks.measure import figure

    figs = {"repaint_fit_5000_ms": figure("repaint_fit_5000_ms", 2.0, 1.0, 3),
            "open_paint_5000_s": figure("open_paint_5000_s", 0.5, 0.1, 3)}
    left_out = peer.attach(figs, {"medians": MEDIANS, "chromium": "1", "excalidraw": "0.18.1"})
    assert figs["repaint_fit_5000_ms"].peer["value"] == 10400.0  # ms stays ms
    assert figs["open_paint_5000_s"].peer["value"] == 3.2
    assert figs["open_paint_5000_s"].peer["ratio"] == 0.5 / 3.2
    assert left_out == ["export_svg_cli_5000_s", "export_png_5000_s"]


def test_without_node_the_peer_is_skipped_and_the_run_succeeds(tmp_path, monkeypatch, capsys):
    harness = tmp_path / "excalidraw"  # wherever the checkout is, a harness is there: only node is missing
    harness.mkdir()
    (harness / "bench.mjs").write_text("")
    monkeypatch.setattr(peer, "source", lambda: harness)
    monkeypatch.setattr(peer.shutil, "which", lambda tool: None)
    monkeypatch.setattr(peer, "prepare", lambda *a, **k: (_ for _ in ()).throw(AssertionError("no build")))
    assert main(["--tiny", "--only", "import_json_5000_s", "--peer", "excalidraw"]) == 0
    assert "peer excalidraw: skipped: node is not installed" in capsys.readouterr().out


def test_the_harness_is_copied_from_read_only_and_built_once(tmp_path, monkeypatch):
    source = tmp_path / "harness"
    (source / "src").mkdir(parents=True)
    (source / "bench.mjs").write_text("// bench")
    (source / "src" / "page.jsx").write_text("// page")
    log = tmp_path / "npm.log"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    npm = bin_dir / "npm"  # records each call and builds dist/ as `npm run build` would
    npm.write_text(f"#!{sys.executable}\nimport sys, pathlib\n"
                   f"open({str(log)!r}, 'a').write(' '.join(sys.argv[1:]) + '\\n')\n"
                   "if sys.argv[1:3] == ['run', 'build']:\n"
                   "    pathlib.Path('dist').mkdir(); pathlib.Path('dist/page.js').write_text('x')\n")
    npm.chmod(0o755)
    for path in [*source.rglob("*"), source]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    monkeypatch.setenv("MESHWORK_PEER_EXCALIDRAW", str(source))
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    try:
        built = peer.prepare(tmp_path / "cache", log=lambda _: None)
        assert (built / "dist" / "page.js").is_file() and (built / "bench.mjs").read_text() == "// bench"
        assert peer.prepare(tmp_path / "cache", log=lambda _: None) == built
        assert log.read_text().splitlines() == ["ci --no-audit --no-fund", "run build"]  # once
        (source / "bench.mjs").chmod(0o644)
        (source / "bench.mjs").write_text("// changed")
        assert peer.prepare(tmp_path / "cache", log=lambda _: None) != built  # a changed harness: built anew
    finally:
        for path in [source, *source.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
