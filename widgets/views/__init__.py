"""Whole views and windows: presenter mode, replay, compare (with its overlay),
trends, the series map and the welcome page. They draw with widgets.canvas and
may use the panels' shared builders; nothing at the top imports them at start-up
but the main window's wiring."""
