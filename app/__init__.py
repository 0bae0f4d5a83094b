"""The application core: domain types, undoable commands, the session document
and editor, facilitation, analysis, import/export and the Room join server. It
imports storage and Qt's non-widget modules (QtCore, QtGui, QtHttpServer), never
QtWidgets or widgets; only the entry points (``app.__main__``, ``app.cli``) may."""
