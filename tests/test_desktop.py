"""Linux desktop integration: the shipped entry, metainfo, icons and file types
are valid, and `meshwork install-desktop` puts them in the user's XDG folders."""

import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from app import __version__, desktop

SRC = desktop.source_folder()


def meshwork(*args, env=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          timeout=60, env=env, cwd=cwd)


def validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt: desktop-file-utils, appstream)")
    return path


def test_the_desktop_entry_passes_desktop_file_validate(tmp_path):
    tool = validator("desktop-file-validate")
    entry = SRC / f"{desktop.APP_ID}.desktop"
    result = subprocess.run([tool, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout
    text = entry.read_text("utf-8")
    assert desktop.EXEC_PLACEHOLDER in text.splitlines()
    assert "MimeType=application/x-meshwork-library;application/x-meshwork-session;" in text


def test_the_metainfo_passes_appstreamcli_and_names_this_version():
    tool = validator("appstreamcli")
    metainfo = SRC / f"{desktop.APP_ID}.metainfo.xml"
    result = subprocess.run([tool, "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f'<release version="{__version__}"' in metainfo.read_text("utf-8")


def far(a: int, b: int) -> bool:
    return any(abs((a >> shift & 255) - (b >> shift & 255)) > 48 for shift in (0, 8, 16, 24))


def test_the_icon_pngs_are_the_svg_rendered(qapp, tmp_path):
    """The checked-in PNGs come from tools/make_icons.py, never drawn apart from the SVG."""
    sys.path.insert(0, str(SRC.parent.parent / "tools"))
    try:
        import make_icons
    finally:
        sys.path.pop(0)
    for size in desktop.ICON_SIZES:
        shipped = QImage(str(SRC / "icons" / f"{size}x{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
        fresh = make_icons.render(size)
        assert (shipped.width(), shipped.height()) == (size, size)
        # Another Qt may anti-alias an edge a little differently: count only clearly different pixels.
        differing = sum(far(shipped.pixel(x, y), fresh.pixel(x, y)) for x in range(size) for y in range(0, size, 4))
        assert differing <= size * size // 4 // 50, f"{size}x{size}.png is not the SVG's render"


def test_install_desktop_writes_into_xdg_data_home_and_uninstalls(tmp_path, monkeypatch):
    home = tmp_path / "data home"
    env = {**__import__("os").environ, "XDG_DATA_HOME": str(home)}
    result = meshwork("install-desktop", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    entry = home / "applications" / f"{desktop.APP_ID}.desktop"
    assert entry.is_file()
    assert (home / "metainfo" / f"{desktop.APP_ID}.metainfo.xml").is_file()
    assert (home / "mime" / "packages" / f"{desktop.APP_ID}.xml").is_file()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{desktop.APP_ID}.svg").is_file()
    for size in desktop.ICON_SIZES:
        assert (home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{desktop.APP_ID}.png").is_file()
    # The entry starts this very Meshwork (here: this Python with -m app), whatever the PATH.
    exec_line = next(line for line in entry.read_text("utf-8").splitlines() if line.startswith("Exec="))
    assert exec_line == f"Exec={sys.executable} -m app %f"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    if shutil.which("update-mime-database"):
        assert "update-mime-database" in result.stdout
        assert (home / "mime" / "application" / "x-meshwork-library.xml").is_file()
    if shutil.which("update-desktop-database"):
        cache = (home / "applications" / "mimeinfo.cache").read_text("utf-8")
        assert f"application/x-meshwork-library={desktop.APP_ID}.desktop;" in cache
    removed = meshwork("install-desktop", "--uninstall", env=env, cwd=tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists() and not (home / "metainfo" / f"{desktop.APP_ID}.metainfo.xml").exists()


def test_the_bundle_launches_itself(monkeypatch, tmp_path):
    """Frozen (the PyInstaller bundle), the entry starts the bundle's own executable."""
    bundled = tmp_path / "meshwork folder" / "meshwork"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundled))
    assert desktop.launcher_command() == [str(bundled)]
    assert desktop.exec_line(desktop.launcher_command()) == f'Exec="{bundled}" %f'


def test_exec_line_quotes_paths_as_the_spec_asks():
    assert desktop.exec_line(["/opt/meshwork/meshwork"]) == "Exec=/opt/meshwork/meshwork %f"
    assert desktop.exec_line(["/home/a b/venv/bin/python", "-m", "app"]) == \
        'Exec="/home/a b/venv/bin/python" -m app %f'
    assert desktop.exec_line(["/x/50%"]) == "Exec=/x/50%% %f"


def test_the_window_carries_the_launcher_icon(qapp):
    from PySide6.QtWidgets import QApplication

    from widgets.app_main import make_application

    make_application()
    icon = QApplication.windowIcon()
    assert not icon.isNull() and icon.pixmap(48, 48).width() == 48
    assert QApplication.desktopFileName() == desktop.APP_ID
