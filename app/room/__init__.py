"""Room join: participants add their own cards from their phones over the local
network. The HTTP server (server.py) is imported only when Room join is switched
on; the rest is plain Python around the session's Editor."""
