"""The application core: domain types, undoable commands, the session document
and editor, facilitation, analysis, import/export and the Room join server. It
imports storage and Qt's non-widget modules (QtCore, QtGui, QtHttpServer), never
QtWidgets or widgets; only the entry points (``app.__main__``, ``app.cli``) may."""

# The one place the version lives: pyproject.toml reads it (dynamic version), `meshwork --version` prints it.
__version__ = "0.1.0"

# storage first, so sqlite-utils is imported its way (without numpy: storage/__init__.py),
# whichever of app's modules a command or the window imports first.
import storage  # noqa: E402, F401
