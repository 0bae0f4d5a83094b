"""The Excalidraw peer: the harness in ../shared/peers/excalidraw (the real
@excalidraw/excalidraw in headless Chromium) run in the same benchmark run, its
figures written next to Meshwork's matching ones with the Meshwork/Excalidraw ratio.

The harness folder is read-only: it is copied to a cache folder, installed
(`npm ci`) and built (`npm run build`) once, and the built copy is kept for the next
run under a name made from its files' hash. It needs node, npm and Chromium; without
them the peer is skipped with the reason and the run goes on."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

from benchmarks.measure import Figure

ROOT = Path(__file__).resolve().parent.parent
NAME = "excalidraw"
# Meshwork's figure -> the harness's median (ms) it is set against.
PAIRS = {
    "export_svg_cli_5000_s": "exportToSvg",
    "export_png_5000_s": "exportToBlobPng",
    "open_paint_5000_s": "mountFirstFrame",
    "repaint_fit_5000_ms": "fitToContentRerender",
}
LABELS = {"exportToSvg": "exportToSvg", "exportToBlobPng": "exportToBlob png", "mountFirstFrame": "mount→frame",
          "fitToContentRerender": "fit re-render"}
SKIP_NAMES = {"exportToSvg": "svg", "exportToBlobPng": "png", "mountFirstFrame": "mount", "fitToContentRerender": "fit"}
TIMEOUT_S = 1800


class PeerSkipped(Exception):
    """The peer cannot run here; the message says why."""


def source() -> Path:
    return Path(os.environ.get("MESHWORK_PEER_EXCALIDRAW") or ROOT.parent / "shared" / "peers" / "excalidraw")


def chromium() -> str:
    return os.environ.get("CHROMIUM") or "/usr/bin/chromium"


def missing() -> str | None:
    """Why the peer cannot run here, or None."""
    if not (source() / "bench.mjs").is_file():
        return f"no Excalidraw harness at {source()}"
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not os.access(chromium(), os.X_OK):
        return f"no Chromium at {chromium()} (apt-get install chromium, or set CHROMIUM)"
    return None


def cache_dir() -> Path:
    """Where built copies of the harness are kept between runs ($MESHWORK_PEER_CACHE, else the user's cache)."""
    if os.environ.get("MESHWORK_PEER_CACHE"):
        return Path(os.environ["MESHWORK_PEER_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "meshwork-benchmarks" / "peers"


def _fingerprint(folder: Path) -> str:
    """A hash of the harness's own files (not node_modules or dist), so a changed harness is rebuilt."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()
                       and not {"node_modules", "dist"} & set(p.relative_to(folder).parts)):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _writable(folder: Path) -> None:
    """The source is read-only and its modes are copied: let the copy be written (and deleted)."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def _step(args: list[str], cwd: Path, log: Callable[[str], None], timeout: float = 900) -> None:
    log(f"  peer: {' '.join(args)}")
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {(done.stderr or done.stdout)[-1500:]}")


def prepare(cache: Path, log: Callable[[str], None] = print) -> Path:
    """A built copy of the harness in ``cache``: reused when its files have not changed."""
    src = source()
    built = cache / f"{NAME}-{_fingerprint(src)}"
    if (built / ".built").is_file():
        log(f"  peer: using the built harness in {built}")
        return built
    if built.exists():
        _writable(built)
        shutil.rmtree(built)  # a build that stopped half-way
    cache.mkdir(parents=True, exist_ok=True)
    shutil.copytree(src, built)
    _writable(built)
    _step(["npm", "ci", "--no-audit", "--no-fund"], built, log)
    _step(["npm", "run", "build"], built, log)
    (built / ".built").write_text("npm ci && npm run build\n")
    return built


def bench(folder: Path, cards: int, runs: int, skip: list[str], log: Callable[[str], None] = print) -> dict:
    """Run the harness once; the medians (ms) of its one result and what it said about the run."""
    out = folder / "out.json"
    out.unlink(missing_ok=True)
    args = ["node", "bench.mjs", "--n", str(cards), "--runs", str(runs), "--json", str(out)]
    if skip:
        args += ["--skip", ",".join(skip)]
    _step(args, folder, log, timeout=TIMEOUT_S)
    data = json.loads(out.read_text())
    result = data["results"][0]
    return {"medians": result["medianMs"], "chromium": data.get("chromium", ""),
            "excalidraw": data.get("versions", {}).get("@excalidraw/excalidraw", ""),
            "elements": result.get("elements"), "json": str(out)}


def attach(figures: dict[str, Figure], run: dict) -> list[str]:
    """Set each Meshwork figure's peer (Excalidraw's median in the figure's unit) and
    ratio; the names of the pairs left out because Meshwork's figure is missing."""
    left_out = []
    for name, key in PAIRS.items():
        fig = figures.get(name)
        ms = run["medians"].get(key)
        if fig is None or fig.value is None or ms is None:
            left_out.append(name)
            continue
        value = ms / 1000 if fig.unit == "s" else ms
        fig.peer = {"name": f"{NAME} {LABELS[key]}", "value": value, "unit": fig.unit,
                    "ratio": fig.value / value if value else None,
                    "version": f"@excalidraw/excalidraw {run['excalidraw']}, Chromium {run['chromium']}"}
    return left_out


def measure(figures: dict[str, Figure], cards: int, runs: int, log: Callable[[str], None] = print) -> str:
    """Run the peer for the pairs whose Meshwork figure was measured; one line saying what happened."""
    reason = missing()
    if reason:
        return f"skipped: {reason}"
    wanted = {key for name, key in PAIRS.items() if figures.get(name) and figures[name].value is not None}
    if not wanted:
        return "skipped: none of " + ", ".join(PAIRS) + " was measured"
    folder = prepare(cache_dir(), log)
    run = bench(folder, cards, runs, sorted(SKIP_NAMES[k] for k in set(PAIRS.values()) - wanted), log)
    left_out = attach(figures, run)
    return (f"{NAME} {run['excalidraw']} in Chromium {run['chromium']}, {run['elements']} elements, "
            f"{runs} run(s)" + (f"; no Meshwork figure for {', '.join(left_out)}" if left_out else "")
            + f"; its JSON: {run['json']}")
