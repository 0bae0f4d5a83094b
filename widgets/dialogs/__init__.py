"""Dialogs that are more than a message box: new session, continue a session,
CSV column mapping, restore from backup, a damaged library. They import app,
storage reads and the panels' shared builders; nothing imports a dialog but
the wiring that opens it."""
