"""Reading a session's records: one API for the live document and for a replayed moment."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.model import Record, Zone


class RecordsView:
    """Mixed into anything holding ``self.records``: {table: {id: record}}."""

    records: dict[str, dict[str, Record]]

    def get(self, table: str, record_id: str) -> Any:
        return self.records[table].get(record_id)

    def all(self, table: str) -> list[Any]:
        items = list(self.records[table].values())
        if table in ("canvases", "participants"):
            items.sort(key=lambda r: r.position)
        return items

    def on_canvas(self, table: str, canvas_id: str) -> list[Any]:
        return [r for r in self.records[table].values() if r.canvas_id == canvas_id]

    def links_of(self, card_ids: Iterable[str]) -> list[Any]:
        ids = set(card_ids)
        return [link for link in self.records["links"].values()
                if link.source_id in ids or link.target_id in ids]

    def votes_on(self, card_id: str) -> list[Any]:
        return [v for v in self.records["votes"].values() if v.card_id == card_id]

    def zone_at(self, canvas_id: str, x: float, y: float) -> Zone | None:
        """The smallest zone containing the point: a nested zone wins over its host."""
        inside = [z for z in self.on_canvas("zones", canvas_id) if z.contains(x, y)]
        return min(inside, key=lambda z: z.width * z.height, default=None)
