"""Meshwork as a package and as a desktop bundle. The fast tests check what the
build reads (version, package data, the spec's Qt modules); the slow ones build
the wheel, the sdist and the PyInstaller bundle from a fresh clone and run them
outside the source tree (`make bundle-check`; `make test` leaves them out)."""

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def run(*args, cwd, env=None, timeout=900):
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


# -- fast ---------------------------------------------------------------------------

def test_the_version_lives_in_one_place(tmp_path):
    project = PYPROJECT["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}
    out = run(sys.executable, "-m", "app", "--version", cwd=tmp_path)
    assert out.strip() == f"meshwork {__version__}"
    assert f"## {__version__}" in (ROOT / "CHANGELOG.md").read_text("utf-8")


def test_every_file_under_resources_is_package_data():
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["resources"]
    folder = ROOT / "resources"
    shipped = {p for pattern in patterns for p in folder.glob(pattern)}
    files = {p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"}
    assert files - shipped == set(), "add a glob to [tool.setuptools.package-data] in pyproject.toml"


def test_the_index_sees_classifiers_keywords_and_urls():
    project = PYPROJECT["project"]
    assert any(c.startswith("Topic :: Office/Business") for c in project["classifiers"])
    assert "facilitation" in project["keywords"]
    assert {"Homepage", "Source", "Issues", "Changelog"} <= set(project["urls"])
    assert project["license"] == "MIT" and (ROOT / "LICENSE").is_file()


def qt_modules_imported() -> set[str]:
    found = set()
    for package in ("app", "widgets", "storage"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                    [a.name for a in node.names] if isinstance(node, ast.Import) else []
                found |= {n.split(".")[1] for n in names if n.startswith("PySide6.Qt")}
    return found


def test_the_bundle_keeps_exactly_the_qt_modules_meshwork_imports():
    spec = (ROOT / "packaging" / "meshwork.spec").read_text("utf-8")
    kept = set(ast.literal_eval(re.search(r"QT_USED = (\{.*?\})", spec).group(1)))
    # QtHttpServer's binding loads QtConcurrent and QtWebSockets; SVG icons (the window's, the
    # toolbar's) load through Qt's SVG plugins, which need QtSvg.
    assert kept == qt_modules_imported() | {"QtConcurrent", "QtWebSockets", "QtSvg"}


def test_make_test_leaves_the_slow_tests_to_bundle_check():
    options = PYPROJECT["tool"]["pytest"]["ini_options"]
    assert "-m 'not slow'" in options["addopts"] and any(m.startswith("slow:") for m in options["markers"])
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert re.search(r"^bundle-check:.*\n(\t.*\n)*\t.*-m slow", makefile, re.M)
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert ci.index("make test") < ci.index("make bundle-check")


def test_the_smoke_check_passes_from_the_source_tree(tmp_path):
    """What the bundle runs on itself, run here from the checkout: every step says ok."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = run(sys.executable, "-m", "app", "smoke", tmp_path / "smoke", cwd=tmp_path, env=env, timeout=180)
    assert [line.split(":")[0] for line in out.splitlines() if line.startswith(("ok ", "FAILED"))] == \
        ["ok demo", "ok export", "ok window", "ok help", "ok room"]
    assert out.rstrip().endswith("smoke check passed")


# -- slow: a fresh clone ------------------------------------------------------------

@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout")
    target = tmp_path_factory.mktemp("fresh") / "meshwork"
    run("git", "clone", "--quiet", "--no-hardlinks", ROOT, target, cwd=ROOT.parent)
    return target


def no_python_env(tmp: Path) -> dict:
    """An environment whose PATH has no Python at all (nor anything else)."""
    empty = tmp / "empty-bin"
    empty.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(PATH=str(empty), QT_QPA_PLATFORM="offscreen", HOME=str(tmp), LANG="C.UTF-8")
    assert shutil.which("python3", path=env["PATH"]) is None
    return env


@pytest.mark.slow
def test_wheel_and_sdist_build_pass_twine_and_run_outside_the_tree(clone, tmp_path):
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "build", "--outdir", dist, clone, cwd=clone)
    wheel = next(dist.glob("meshwork-*.whl"))
    sdist = next(dist.glob("meshwork-*.tar.gz"))
    assert wheel.name.startswith(f"meshwork-{__version__}-") and sdist.name == f"meshwork-{__version__}.tar.gz"
    assert "PASSED" in run(sys.executable, "-m", "twine", "check", "--strict", wheel, sdist, cwd=tmp_path)
    # The wheel alone (its dependencies are this venv's), imported from outside any checkout.
    target = tmp_path / "installed"
    run(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile", "--target", target, wheel,
        cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    where = run(sys.executable, "-c", "import app, resources; print(app.__file__); print(resources.__file__)",
                cwd=elsewhere, env=env)
    assert all(line.startswith(str(target)) for line in where.splitlines()), where
    assert run(sys.executable, "-m", "app", "--version", cwd=elsewhere, env=env).strip() == f"meshwork {__version__}"
    library = elsewhere / "demo.meshwork"
    assert "Built the demo series" in run(sys.executable, "-m", "app", "demo", "--library", library,
                                          cwd=elsewhere, env=env)
    assert len(json.loads(run(sys.executable, "-m", "app", "methods", "--json",
                                             cwd=elsewhere, env=env))) >= 6
    sessions = json.loads(run(sys.executable, "-m", "app", "sessions", "--library", library,
                                             "--json", cwd=elsewhere, env=env))
    first = sessions[0]["id"]
    for fmt in ("png", "html", "json"):
        out = elsewhere / f"first.{fmt}"
        run(sys.executable, "-m", "app", "export", first, "--library", library, "--format", fmt, "--out", out,
            cwd=elsewhere, env=env)
        assert out.stat().st_size > 1000
    for shipped in ("resources/guide/guide.md", "resources/room/index.html", "resources/desktop/icons/512x512.png",
                    "resources/methods/activity-map.json", "resources/high_contrast.qss"):
        assert (target / shipped).is_file(), shipped
    # install-desktop from the installed package: the shipped desktop files are complete.
    data_home = tmp_path / "xdg"
    run(sys.executable, "-m", "app", "install-desktop", cwd=elsewhere, env={**env, "XDG_DATA_HOME": str(data_home)})
    assert (data_home / "applications" / "org.meshwork.Meshwork.desktop").is_file()


@pytest.mark.slow
def test_the_bundle_builds_from_a_fresh_clone_and_passes_its_smoke_check(clone, tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "build"
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", dist,
        "--workpath", work, clone / "packaging" / "meshwork.spec", cwd=clone, timeout=1500)
    program = dist / "meshwork" / ("meshwork.exe" if sys.platform == "win32" else "meshwork")
    assert program.is_file()
    env = no_python_env(tmp_path)
    assert run(program, "--version", cwd=tmp_path, env=env).strip() == f"meshwork {__version__}"
    out = run(program, "smoke", tmp_path / "smoke", cwd=tmp_path, env=env, timeout=300)
    for step in ("ok demo", "ok export", "ok window", "ok help", "ok room", "smoke check passed"):
        assert step in out, out
    for name in ("smoke.png", "smoke.pdf", "smoke.html"):
        assert (tmp_path / "smoke" / name).stat().st_size > 1000
    size = sum(p.stat().st_size for p in (dist / "meshwork").rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle size: {size / 2**20:.0f} MiB")
    assert size < 400 * 2**20  # docs/install.md says how large it is; a jump means a Qt module crept in
