"""SQLite through sqlite-utils: opening a library (pragmas, lock, transactions),
numbered migrations, plain reads and writes per entity group, the event log,
backups and health checks. Imports no Qt and nothing of app or widgets."""
