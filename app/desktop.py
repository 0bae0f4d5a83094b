"""Linux desktop integration: put the launcher entry, the icons, the AppStream
metainfo and the .meshwork file types (all shipped in resources/desktop/) into
the user's XDG data folder, and refresh the desktop's caches when their tools
are there. No Qt: this is file copying, run by `meshwork install-desktop`."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

APP_ID = "org.meshwork.Meshwork"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The entry names Meshwork's own command in the checked-in file; install writes the real one.
EXEC_PLACEHOLDER = "Exec=meshwork %f"


@dataclass
class Installed:
    files: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)  # the cache tools that ran


def source_folder() -> Path:
    return Path(str(resources.files("resources") / "desktop"))


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (the XDG Base Directory default)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """How this Meshwork is started again: the bundle's own executable, the
    installed `meshwork` script, or this Python with -m app (a checkout)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name in ("meshwork", "meshwork.exe") and script.is_file():
        return [str(script)]
    found = shutil.which("meshwork")
    if found and Path(found).resolve().parent == Path(sys.executable).resolve().parent:
        return [found]  # the script beside this interpreter, so the same installation
    return [sys.executable, "-m", "app"]


def exec_line(command: list[str]) -> str:
    """The entry's Exec key: each argument quoted as the Desktop Entry spec asks."""
    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")  # a literal percent sign, not a field code
        if arg and not any(ch in arg for ch in ' \t\n"\'\\><~|&;$*?#()`'):
            return arg
        return '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'

    # The file's string escapes apply on top of the quoting: a backslash is written twice.
    return "Exec=" + " ".join(quote(a) for a in command).replace("\\", "\\\\") + " %f"


def targets(home: Path) -> dict[Path, Path]:
    """Where each shipped file goes (source -> destination)."""
    src = source_folder()
    hicolor = home / "icons" / "hicolor"
    found = {
        src / f"{APP_ID}.desktop": home / "applications" / f"{APP_ID}.desktop",
        src / f"{APP_ID}.metainfo.xml": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        src / "meshwork-mime.xml": home / "mime" / "packages" / f"{APP_ID}.xml",
        src / f"{APP_ID}.svg": hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        found[src / "icons" / f"{size}x{size}.png"] = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return found


def install(home: Path | None = None, command: list[str] | None = None) -> Installed:
    home = home or data_home()
    done = Installed()
    for source, target in targets(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            text = source.read_text("utf-8").replace(EXEC_PLACEHOLDER, exec_line(command or launcher_command()))
            target.write_text(text, "utf-8")
        else:
            shutil.copyfile(source, target)
        done.files.append(target)
    done.refreshed = refresh_caches(home)
    return done


def uninstall(home: Path | None = None) -> Installed:
    home = home or data_home()
    done = Installed()
    for target in targets(home).values():
        if target.exists():
            target.unlink()
            done.files.append(target)
    done.refreshed = refresh_caches(home)
    return done


def refresh_caches(home: Path) -> list[str]:
    """Let the desktop see the new entry and file types now rather than at next login."""
    ran = []
    for tool, folder in (("update-desktop-database", home / "applications"), ("update-mime-database", home / "mime")):
        if shutil.which(tool) and folder.is_dir():
            import subprocess  # here: the window imports this module at every start

            result = subprocess.run([tool, str(folder)], capture_output=True, text=True, timeout=60)
            if result.returncode == 0:
                ran.append(tool)
            else:
                print(f"meshwork: {tool} failed: {result.stderr.strip() or result.returncode}", file=sys.stderr)
    return ran
