"""`meshwork install-desktop`: the launcher entry, icons, AppStream metainfo and
the .meshwork file types into the user's XDG folders (Linux), or out again."""

from __future__ import annotations

import argparse
import sys


def add_parsers(sub) -> None:
    install = sub.add_parser(
        "install-desktop",
        help="add Meshwork to the desktop's applications and file types (Linux, for this user)",
        description="Writes into $XDG_DATA_HOME (default ~/.local/share): applications/, icons/hicolor/, "
                    "metainfo/ and mime/packages/, then runs update-desktop-database and "
                    "update-mime-database when they are installed.")
    install.add_argument("--uninstall", action="store_true", help="remove what install-desktop put there")
    install.set_defaults(run=cmd_install_desktop)


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from app import desktop

    home = desktop.data_home()
    try:
        done = desktop.uninstall(home) if args.uninstall else desktop.install(home)
    except OSError as exc:
        print(f"meshwork: {exc.strerror or exc}: {exc.filename or home}", file=sys.stderr)
        return 2
    verb = "Removed" if args.uninstall else "Installed"
    print(f"{verb} {len(done.files)} files in {home}")
    for path in done.files:
        print(f"  {path}")
    if done.refreshed:
        print("Refreshed with " + ", ".join(done.refreshed))
    return 0
