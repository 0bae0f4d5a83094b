"""Comparison over time, headless: load sessions, match their cards, diff, metrics,
clusters, trends and the series map. No Qt here, so the command line and the
exports can use it as well as the compare and trends views."""
