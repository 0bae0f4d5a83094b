"""`meshwork install-desktop`: the launcher entry, icons, AppStream metainfo and
the .meshwork file types into the user's XDG folders (Linux), or out again."""

from __future__ import annotations

import argparse
import sys

from app.cli.words import fill, translate


def add_parsers(sub) -> None:
    install = sub.add_parser(
        "install-desktop",
        help=translate("Cli", "add Meshwork to the desktop's applications and file types (Linux, for this user)"),
        description=translate("Cli", "Writes into $XDG_DATA_HOME (default ~/.local/share): applications/, "
                                     "icons/hicolor/, "
                    "metainfo/ and mime/packages/, then runs update-desktop-database and "
                    "update-mime-database when they are installed."))
    install.add_argument("--uninstall", action="store_true",
                         help=translate("Cli", "remove what install-desktop put there"))
    install.set_defaults(run=cmd_install_desktop)


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from app import desktop

    home = desktop.data_home()
    try:
        done = desktop.uninstall(home) if args.uninstall else desktop.install(home)
    except OSError as exc:
        print(f"meshwork: {exc.strerror or exc}: {exc.filename or home}", file=sys.stderr)
        return 2
    done_text = (translate("Cli", "Removed %1 files in %2") if args.uninstall
                 else translate("Cli", "Installed %1 files in %2"))
    print(fill(done_text, len(done.files), home))
    for path in done.files:
        print(f"  {path}")
    if done.refreshed:
        print(fill(translate("Cli", "Refreshed with %1"), ", ".join(done.refreshed)))
    return 0
