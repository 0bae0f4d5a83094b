"""Dialogs that are more than a message box."""
