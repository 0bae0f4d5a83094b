"""SIGKILL at random moments: during a stream of edits, and during an import."""

from __future__ import annotations

import random

from conftest import Worker, rounds

from storage import integrity
from storage.library import open_library, read_only_reason


def cards_in(path) -> dict[str, dict]:
    db = open_library(path)
    try:
        assert read_only_reason(db) is None, "the killed process's lock outlived it"
        return {r["id"]: r for r in db.query("SELECT id, text, x, y FROM cards")}
    finally:
        db.close()


def apply(model: dict, op: dict) -> None:
    if op["kind"] == "add":
        model[op["id"]] = {"text": op["text"], "x": op["x"], "y": op["y"]}
    elif op["kind"] == "move":
        model[op["id"]].update(x=op["x"], y=op["y"])
    else:
        model[op["id"]]["text"] = op["text"]


def matches(row: dict, want: dict) -> bool:
    return (row["text"] == want["text"] and abs(row["x"] - want["x"]) < 1e-6
            and abs(row["y"] - want["y"]) < 1e-6)


def test_sigkill_during_edits_loses_no_acknowledged_edit(tmp_path, tally):
    path = tmp_path / "kill me – ünïcode" / "library.db"
    rng = random.Random(7)
    model: dict[str, dict] = {}
    kills = rounds(10)
    for round_ in range(kills):
        worker = Worker("edits", path, round_, 100_000)
        worker.until(lambda r: r["op"] == "ready")
        wanted = rng.randint(1, 40)
        acks = 0
        while acks < wanted:
            if worker.until(lambda r: r["op"] in ("ack", "failed"))["op"] == "failed":
                raise AssertionError(worker.lines[-1])
            acks += 1
        worker.kill()
        ops = [r for r in worker.lines if r["op"] in ("will", "ack")]
        acked = [r for r in ops if r["op"] == "ack"]
        in_flight = ops[-1] if ops and ops[-1]["op"] == "will" else None
        tally["acknowledged edits"] += len(acked)
        for op in acked:
            apply(model, op)

        report = integrity.inspect(path)
        assert report.integrity == [] and report.foreign_keys == [], report
        found = cards_in(path)
        extra = set(found) - set(model)
        if in_flight and in_flight["kind"] == "add":
            # the edit in flight may have committed before the kill; nothing else may appear
            assert len(extra) <= 1
            for card_id in extra:
                assert found[card_id]["text"] == in_flight["text"]
                model[card_id] = {k: found[card_id][k] for k in ("text", "x", "y")}
                tally["in-flight edits that landed"] += 1
        else:
            assert not extra
        for card_id, want in model.items():
            assert card_id in found, f"acknowledged card lost: {want['text'][:40]}"
            row = found[card_id]
            if matches(row, want):
                continue
            # only the one unacknowledged edit in flight may differ from the last ack
            assert in_flight is not None and in_flight.get("id") == card_id, (row, want)
            landed = dict(want)
            if in_flight["kind"] == "move":
                landed.update(x=in_flight["x"], y=in_flight["y"])
            else:
                landed["text"] = in_flight["text"]
            assert matches(row, landed), (row, want, in_flight)
            model[card_id] = landed
            tally["in-flight edits that landed"] += 1


def test_sigkill_during_an_import_leaves_all_of_the_session_or_none(tmp_path, tally):
    path = tmp_path / "imports.db"
    open_library(path).close()
    rng = random.Random(11)
    outcomes = {"whole": 0, "none": 0}
    for round_ in range(rounds(5)):
        worker = Worker("import", path, round_, 1500)
        start = worker.until(lambda r: r["op"] == "start")
        stop_after = rng.randint(0, 9)
        seen = 0
        while seen < stop_after:
            record = worker.until(lambda r: r["op"] in ("progress", "ack"))
            if record["op"] == "ack":
                break
            seen += 1
        worker.kill()
        tally["imports killed"] += 1
        db = open_library(path)
        sid = start["session"]
        session = db.execute("SELECT count(*) FROM sessions WHERE id = ?", [sid]).fetchone()[0]
        cards = db.execute("SELECT count(*) FROM cards WHERE text LIKE ?", [f"import-{sid}%"]).fetchone()[0]
        links = db.execute(
            "SELECT count(*) FROM links WHERE canvas_id IN (SELECT id FROM canvases WHERE session_id = ?)",
            [sid]).fetchone()[0]
        acked = any(r["op"] == "ack" for r in worker.lines)
        db.close()
        if session:
            assert (cards, links) == (start["cards"], start["links"])
            outcomes["whole"] += 1
        else:
            assert not acked and (cards, links) == (0, 0)
            outcomes["none"] += 1
        assert integrity.inspect(path).healthy
    assert outcomes["none"] >= 1, outcomes  # the kills did land inside the transaction
