"""The languages Meshwork speaks: one Qt Linguist source per language in
resources/i18n (meshwork_<code>.ts), compiled to .qm by `make translations`, by
the Makefile before `make run`/`make test`, by the bundle's spec, or here at
start-up when the .qm is missing or older than its .ts. The list of languages is
whatever .ts/.qm files are present, so a new language is one new file
(docs/translating.md). English is the source language and needs no file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import resources

FOLDER = Path(resources.__file__).resolve().parent / "i18n"
PREFIX = "meshwork_"
SOURCE_LANGUAGE = "en"
SETTING = "view/language"  # "" (the system's language) or a code such as "de"
OVERRIDE = "MESHWORK_LANGUAGE"  # for tests and screenshots: MESHWORK_LANGUAGE=de

_installed: list[QTranslator] = []  # kept alive while installed: Qt does not own them
_language = [SOURCE_LANGUAGE]  # the language install() put in place (English until then)


def languages() -> list[str]:
    """Every language with a translation, plus English, e.g. ["de", "en"]."""
    found = {p.stem.removeprefix(PREFIX) for p in FOLDER.glob(f"{PREFIX}*") if p.suffix in (".ts", ".qm")}
    return sorted(found | {SOURCE_LANGUAGE})


def native_name(code: str) -> str:
    """The language named in itself: "Deutsch", "Français"."""
    if code == SOURCE_LANGUAGE:
        return "English"  # not Qt's "American English": the source is no country's
    name = QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def chosen() -> str:
    """The language picked in View > Language; "" means the system's."""
    return str(QSettings().value(SETTING, "") or "")


def choose(code: str) -> None:
    QSettings().setValue(SETTING, code)


def match(wanted: list[str]) -> str:
    """The first of ``wanted`` (locale names such as "de-AT", "de_DE" or "de") that has
    a translation, by full name and then by language alone; else English."""
    available = languages()
    for name in wanted:
        name = name.replace("-", "_")
        for candidate in (name, name.split("_")[0]):
            if candidate in available:
                return candidate
            if candidate == SOURCE_LANGUAGE:
                return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def fill(text: str, *args: object) -> str:
    """%1, %2 … in a translated text filled from ``args`` in one pass, so a value that
    itself holds "%2" stays as it is."""
    return re.sub(r"%(\d+)", lambda m: str(args[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(args)
                  else m.group(0), text)


def wanted() -> str:
    """The locale asked for, whether or not Meshwork speaks its language: $MESHWORK_LANGUAGE,
    else View > Language, else the system's ("ar_EG", "de", "en_GB")."""
    return os.environ.get(OVERRIDE, "").strip() or chosen() or QLocale.system().name()


def follow_locale(app) -> None:
    """Dates, numbers and the window's direction follow the locale asked for: a chosen
    language sets the default locale, and Arabic or Hebrew mirror the window (as Qt
    does for a right-to-left translation) even before Meshwork has their words."""
    name = wanted()
    if os.environ.get(OVERRIDE, "").strip() or chosen():
        QLocale.setDefault(QLocale(name))
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication: the command line has none
        app.setLayoutDirection(QLocale(name).textDirection())


def current() -> str:
    """The language to start in: $MESHWORK_LANGUAGE, else View > Language, else the system's."""
    override = os.environ.get(OVERRIDE, "").strip()
    if override:
        return match([override])
    picked = chosen()
    if picked:
        return match([picked])
    return match(QLocale.system().uiLanguages())


def language() -> str:
    """The language the window speaks now: the one install() put in place ("de"), else
    English. What the window shows beside Qt's words (the guide) follows this."""
    return _language[0]


def counted(text: str, n: int) -> str:
    """A text translated with a count (``self.tr("%n card(s)", "", n)``, %n filled by
    Qt): English, which has no translation file, settles its "(s)" here; a translation
    brings its own plural forms."""
    return text.replace("(s)", "" if n == 1 else "s")


def lrelease() -> Path | None:
    """Qt's lrelease as PySide6 ships it (not in a frozen bundle, whose spec compiles beforehand)."""
    if getattr(sys, "frozen", False):
        return None
    try:
        import PySide6
    except ImportError:
        return None
    exe = Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    return exe if exe.is_file() else None


def cache_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("Meshwork", "Meshwork")) / "i18n"


def compile_ts(ts: Path, qm: Path) -> bool:
    tool = lrelease()
    if tool is None:
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and qm.is_file()


def compile_all() -> list[Path]:
    """Compile every .ts beside itself (the spec and `python -m app.i18n` call this)."""
    built = []
    for ts in sorted(FOLDER.glob(f"{PREFIX}*.ts")):
        qm = ts.with_suffix(".qm")
        if not compile_ts(ts, qm):
            raise SystemExit(f"meshwork: could not compile {ts} (is PySide6's lrelease installed?)")
        built.append(qm)
    return built


def qm_file(code: str) -> Path | None:
    """The compiled translation for ``code``, compiled now when missing or stale;
    None if there is none and it cannot be made (the window then stays English)."""
    ts, qm = FOLDER / f"{PREFIX}{code}.ts", FOLDER / f"{PREFIX}{code}.qm"
    if not ts.is_file():
        return qm if qm.is_file() else None
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    if os.access(FOLDER, os.W_OK) and compile_ts(ts, qm):
        return qm
    cached = cache_folder() / qm.name
    if cached.is_file() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    if compile_ts(ts, cached):
        return cached
    return qm if qm.is_file() else None  # an old translation beats none


def install(code: str | None = None) -> str:
    """Install Meshwork's and Qt's own translators for ``code`` (default: current())
    into the running application, replacing any installed before; the language used."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language[0] = SOURCE_LANGUAGE
    code = current() if code is None else code
    if code == SOURCE_LANGUAGE:
        return code
    qm = qm_file(code)
    if qm is None:
        return SOURCE_LANGUAGE
    ours = QTranslator(app)
    if not ours.load(str(qm)):
        return SOURCE_LANGUAGE
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):  # Qt's buttons and standard dialogs ("Cancel", "Open File")
        theirs = QTranslator(app)
        if theirs.load(f"{name}_{code}", qt_folder):
            app.installTranslator(theirs)
            _installed.append(theirs)
            break
    app.installTranslator(ours)
    _installed.append(ours)
    _language[0] = code
    return code


if __name__ == "__main__":  # `python -m app.i18n`: compile every .ts (the Makefile's translations)
    for path in compile_all():
        print(path)
