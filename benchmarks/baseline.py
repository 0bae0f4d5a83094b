"""The bare baselines: a session's rows read with plain sqlite3, and the same map
drawn with plain QGraphicsRectItems, QGraphicsSimpleTextItems and line items."""

from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

CARDS = """SELECT c.id, c.x, c.y, c.width, c.height, c.text, coalesce(p.colour, '#BBBBBB')
             FROM cards c LEFT JOIN participants p ON p.id = c.participant_id
            WHERE c.canvas_id = ?"""
LINKS = "SELECT source_id, target_id, kind FROM links WHERE canvas_id = ?"
ZONES = "SELECT x, y, width, height, label, colour FROM zones WHERE canvas_id = ?"


def read_canvas(path: Path | str, canvas_id: str) -> tuple[list, list, list]:
    """Plain sqlite3: the rows one canvas needs, as tuples."""
    conn = sqlite3.connect(str(path))
    try:
        return (conn.execute(ZONES, [canvas_id]).fetchall(), conn.execute(CARDS, [canvas_id]).fetchall(),
                conn.execute(LINKS, [canvas_id]).fetchall())
    finally:
        conn.close()


def read_cards(path: Path | str, session_ids: list[str]) -> int:
    """Plain sqlite3: every card row of these sessions; returns how many."""
    conn = sqlite3.connect(str(path))
    try:
        n = 0
        for session_id in session_ids:
            n += len(conn.execute(
                "SELECT * FROM cards WHERE canvas_id IN (SELECT id FROM canvases WHERE session_id = ?)",
                [session_id]).fetchall())
        return n
    finally:
        conn.close()


def plain_scene(zones: list, cards: list, links: list) -> QGraphicsScene:
    """The same map with stock items: rects for zones and cards, wrapped simple text, lines."""
    scene = QGraphicsScene()
    for x, y, w, h, label, colour in zones:
        item = QGraphicsRectItem(0, 0, w, h)
        item.setPos(x, y)
        item.setBrush(QBrush(QColor(colour)))
        QGraphicsSimpleTextItem(label, item).setPos(12, 8)
        scene.addItem(item)
    centres = {}
    for card_id, x, y, w, h, text, colour in cards:
        item = QGraphicsRectItem(0, 0, w, h)
        item.setPos(x, y)
        item.setBrush(QBrush(QColor(colour).lighter(160)))
        item.setZValue(10)
        wrapped = "\n".join(textwrap.wrap(text, 26)[:4])
        QGraphicsSimpleTextItem(wrapped, item).setPos(10, 10)
        scene.addItem(item)
        centres[card_id] = (x + w / 2, y + h / 2)
    pen = QPen(QColor("#0072B2"), 3)
    for source, target, _kind in links:
        if source in centres and target in centres:
            line = QGraphicsLineItem(QLineF(*centres[source], *centres[target]))
            line.setPen(pen)
            line.setZValue(5)
            scene.addItem(line)
    bounds = scene.itemsBoundingRect()
    scene.setSceneRect(bounds.adjusted(-1500, -1500, 1500, 1500) if not bounds.isNull() else QRectF(0, 0, 1200, 800))
    return scene
