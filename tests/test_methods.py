"""Methods: the shipped templates, broken files, the command line, and saving a
session's set-up as a method."""

import json
import os
import subprocess
import sys

import pytest

from app import methods
from app.document import SessionDocument
from app.editor import Editor
from storage import entities, events, rows, series, sessions
from widgets.canvas.scene import CanvasScene

SHIPPED = sorted(p.stem for p in methods.shipped_dir().glob("*.json"))
ROSTER = [("Amira", "Claims handler", "#56B4E9"), ("Priya", "Loss assessor", "#009E73"),
          ("Jonas", "claims  handler", "#0072B2")]  # the same role as Amira's, spelled loosely


def new_session(db, roster=ROSTER, title="Workshop"):
    s = series.create(db, "Claims team")
    session = sessions.create(db, s["id"], title)
    for n, (name, role, colour) in enumerate(roster):
        rows.insert(db, "participants", {"session_id": session["id"], "name": name, "role": role,
                                         "colour": colour, "position": n})
    return session["id"]


def test_the_issue_s_methods_are_shipped():
    names = {m.name for m in methods.list_methods()}
    assert {"Activity map", "ASHEN knowledge map", "Value network", "Cynefin contextualisation",
            "Anecdote circle", "Free canvas"} <= names


@pytest.mark.parametrize("method_id", SHIPPED)
def test_shipped_method_validates_and_builds_its_canvases(method_id, db, qtbot):
    method = methods.load_file(methods.shipped_dir() / f"{method_id}.json")
    assert method.name and len(method.description) > 40
    assert all(len(step["prompt"]) > 40 for step in method.agenda)  # prompts a facilitator can read out

    session_id = new_session(db)
    events_before = events.count(db, session_id)
    made = methods.apply_method(db, session_id, method)

    canvases = entities.in_session(db, "canvases", session_id)
    assert [c["name"] for c in canvases] == [c["name"] for c in method.canvases]
    zones = entities.in_session(db, "zones", session_id)
    per_role = sum(1 for c in method.canvases for z in c.get("zones", []) if z.get("per_role"))
    fixed = sum(1 for c in method.canvases for z in c.get("zones", []) if not z.get("per_role"))
    assert len(zones) == fixed + 2 * per_role  # two distinct roles in the roster
    assert {z["role"] for z in zones if z["role"]} <= {"Claims handler", "Loss assessor"}
    steps = entities.in_session(db, "agenda_steps", session_id)
    assert [s["title"] for s in steps] == [s["title"] for s in method.agenda]
    by_key = {c["key"]: canvases[n]["id"] for n, c in enumerate(method.canvases)}
    assert [s["canvas_id"] for s in steps] == [by_key.get(s.get("canvas")) for s in method.agenda]
    assert [s["silent"] for s in steps] == [int(s.get("silent", False)) for s in method.agenda]
    stored = sessions.get(db, session_id)
    assert stored["method"] == method_id
    # Every row is in the event log, so a replay of the session sees the set-up.
    assert events.count(db, session_id) == events_before + len(made) + 1

    editor = Editor(SessionDocument(db, session_id))
    for canvas in canvases:
        scene = CanvasScene(editor, canvas["id"])
        assert len(scene.zones) == sum(1 for z in zones if z["canvas_id"] == canvas["id"])
        scene.clear()


def test_freeform_zone_keeps_its_outline(db):
    session_id = new_session(db)
    methods.apply_method(db, session_id, methods.get("cynefin-contextualisation"))
    disorder = next(z for z in entities.in_session(db, "zones", session_id) if z["label"] == "Disorder")
    spec = next(z for z in methods.get("cynefin-contextualisation").canvases[0]["zones"]
                if z["label"] == "Disorder")
    points = [[disorder["x"] + x, disorder["y"] + y] for x, y in json.loads(disorder["outline"])]
    assert points == spec["outline"]
    assert (disorder["width"], disorder["height"]) == (440, 420)


def test_swimlanes_follow_the_roster(db):
    session_id = new_session(db)
    methods.apply_method(db, session_id, methods.get("activity-map"))
    lanes = entities.in_session(db, "zones", session_id)
    assert [(z["label"], z["y"]) for z in lanes] == [("Claims handler", 0), ("Loss assessor", 324)]
    assert lanes[0]["colour"] == methods.pale("#56B4E9")


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def test_bad_json_names_the_file_and_the_place(tmp_path):
    path = write(tmp_path, "retro.json", '{"name": "Retro",\n "description": "x" "canvases": []}')
    with pytest.raises(methods.MethodError) as caught:
        methods.load_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert "not valid JSON" in message and "line 2" in message


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.pop("name"), "'name' is a required property (at the top level)"),
    (lambda d: d["agenda"][0].update(duration_s=-5), "at agenda[0].duration_s"),
    (lambda d: d["canvases"][0]["zones"][0].update(rect=[0, 0, 100]), "at canvases[0].zones[0].rect"),
    (lambda d: d["agenda"][1].update(canvas="nowhere"), "agenda step 2 (“What I do”) uses canvas 'nowhere'"),
    (lambda d: d.update(card_kinds=["activity", "rumour"]), "'rumour' is not one of"),
])
def test_schema_violation_names_the_file_and_the_problem(tmp_path, change, expected):
    data = json.loads((methods.shipped_dir() / "activity-map.json").read_text("utf-8"))
    change(data)
    path = write(tmp_path, "my-map.json", json.dumps(data))
    with pytest.raises(methods.MethodError) as caught:
        methods.load_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert expected in str(caught.value)


def test_a_broken_user_method_is_reported_and_the_rest_still_listed(tmp_path):
    write(tmp_path, "broken.json", "{")
    write(tmp_path, "activity-map.json", (methods.shipped_dir() / "activity-map.json").read_text("utf-8"))
    found, problems = methods.find_methods(tmp_path)
    assert [m.id for m in found] == [m.id for m in methods.list_methods(tmp_path / "none")]
    assert sorted(p.path.name for p in problems) == ["activity-map.json", "broken.json"]
    assert "already exists" in str(next(p for p in problems if p.path.name == "activity-map.json"))


def meshwork(*args, data_home):
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)],
                          capture_output=True, text=True, timeout=60, env=env)


def test_methods_json_lists_shipped_and_user_methods(tmp_path, db):
    session_id = new_session(db)
    methods.apply_method(db, session_id, methods.get("value-network"))
    folder = tmp_path / "Meshwork" / "methods"
    methods.save_session_as_method(db, session_id, "Broker network", "Our own variant.", folder=folder)

    result = meshwork("methods", "--json", data_home=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [m["id"] for m in listed][:len(SHIPPED)] == [m.id for m in methods.list_methods(tmp_path / "x")]
    mine = listed[-1]
    assert (mine["id"], mine["name"], mine["description"], mine["source"]) == (
        "broker-network", "Broker network", "Our own variant.", "user")
    assert all({"id", "name", "description"} <= m.keys() and m["description"] for m in listed)

    table = meshwork("methods", data_home=tmp_path)
    assert table.stdout.splitlines()[0].split()[:2] == ["Id", "Name"]
    assert any(line.startswith("cynefin-contextualisation") for line in table.stdout.splitlines())

    write(folder, "half.json", '{"name": ')
    broken = meshwork("methods", "--json", data_home=tmp_path)
    assert broken.returncode == 1
    assert "half.json" in broken.stderr and "not valid JSON" in broken.stderr
    assert len(json.loads(broken.stdout)) == len(listed)


def setup_of(db, session_id):
    """A session's set-up, without ids: what a method must reproduce."""
    names = {c["id"]: c["name"] for c in entities.in_session(db, "canvases", session_id)}
    zones = [(names[z["canvas_id"]], z["label"], z["role"], z["x"], z["y"], z["width"], z["height"],
              z["colour"], z["outline"]) for z in entities.in_session(db, "zones", session_id)]
    steps = [(s["title"], s["prompt"], s["duration_s"], names.get(s["canvas_id"]), s["silent"], s["voting"])
             for s in entities.in_session(db, "agenda_steps", session_id)]
    return sorted(names.values()), sorted(zones, key=str), steps


def test_save_session_as_method_round_trip(db, tmp_path):
    source = new_session(db)
    for method_id in ("activity-map", "cynefin-contextualisation", "value-network"):
        methods.apply_method(db, source, methods.get(method_id))
    # The facilitator tailored the session: a step of their own and a renamed canvas.
    rows.insert(db, "agenda_steps", {"session_id": source, "position": 99, "title": "Coffee",
                                     "prompt": "Ten minutes away from the wall.", "duration_s": 600})
    first = entities.in_session(db, "canvases", source)[0]
    entities.change(db, "canvases", first["id"], {"name": "Our claim journey"})

    saved = methods.save_session_as_method(db, source, "Quarterly deep dive", folder=tmp_path)
    assert saved.path == tmp_path / "quarterly-deep-dive.json"
    reloaded = methods.get("quarterly-deep-dive", folder=tmp_path)
    assert reloaded.user and reloaded.data == saved.data
    assert reloaded.card_kinds == methods.get("value-network").card_kinds  # the session's method

    target = new_session(db, title="Next quarter")
    methods.apply_method(db, target, reloaded)
    assert setup_of(db, target) == setup_of(db, source)

    again = methods.save_session_as_method(db, source, "Quarterly deep dive", folder=tmp_path)
    assert again.id == "quarterly-deep-dive-2"  # never overwrites a method


def test_saving_never_takes_a_shipped_id(db, tmp_path):
    session_id = new_session(db)
    saved = methods.save_session_as_method(db, session_id, "Activity map", folder=tmp_path)
    assert saved.id == "activity-map-2"
    assert methods.get("activity-map", folder=tmp_path).user is False
