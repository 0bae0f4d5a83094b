"""Where the default library lives."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path


def default_library() -> Path:
    return user_data_path("Meshwork", appauthor=False) / "meshwork.db"
