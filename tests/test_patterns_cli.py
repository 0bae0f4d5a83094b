"""`meshwork compare` and `meshwork trends`, run as a user would."""

import csv
import io
import json
import subprocess
import sys

from tests.patterns_series import build_series_file


def meshwork(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_compare_json_has_every_diff_category_and_both_metrics(library_path):
    built = build_series_file(library_path)
    result = meshwork("compare", built["q1"], built["q2"], "--library", library_path, "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    for key in ("added", "removed", "moved", "links_added", "links_removed"):
        assert isinstance(out[key], list) and len(out[key]) == 1, key
    assert out["added"][0]["id"] == built["b"]["email"] and out["added"][0]["text"] == "Email the customer"
    assert out["removed"][0]["id"] == built["a"]["fax"]
    assert [c["fields"] for c in out["changed"]] == [
        {"text": {"before": "Call the customer", "after": "Call the customer back"}},
        {"zone": {"before": "Intake", "after": "Review"}}]
    assert out["moved"][0]["zone_a"] == "Intake" and out["moved"][0]["zone_b"] == "Review"
    assert out["links_added"][0]["kind"] == "informs"
    assert out["metrics"]["a"]["cards"] == 4 and out["metrics"]["b"]["single_holder_resources"] == 0
    assert out["session_a"]["id"] == built["q1"] and out["threshold"] == 80


def test_compare_table_and_threshold(library_path):
    built = build_series_file(library_path)
    result = meshwork("compare", built["q1"], built["q2"], "--library", library_path)
    assert result.returncode == 0, result.stderr
    assert "added         Email the customer" in result.stdout
    assert "moved" in result.stdout and "Intake -> Review" in result.stdout
    assert "Links across roles" in result.stdout and "cross_role_link_share" not in result.stdout
    bad = meshwork("compare", built["q1"], "nope", "--library", library_path)
    assert bad.returncode == 2 and "no session" in bad.stderr and "Traceback" not in bad.stderr
    assert meshwork("compare", built["q1"], built["q2"], "--threshold", "101", "--library", library_path
                    ).returncode == 2


def test_trends_json_by_series_name_one_entry_per_session_in_date_order(library_path):
    built = build_series_file(library_path, third=True)
    result = meshwork("trends", "claims TEAM", "--library", library_path, "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["series"] == {"id": built["series"], "name": "Claims team"}
    assert [s["id"] for s in out["sessions"]] == [built["q1"], built["q2"], built["q3"]]
    for entry in out["sessions"]:
        assert {"cards", "participants", "roles", "cross_role_link_share", "role_graph_density",
                "gini_participation", "isolated_activities", "single_holder_resources"} <= set(entry["metrics"])
    assert [s["metrics"]["cards"] for s in out["sessions"]] == [4, 4, 5]
    assert out["steps"][0]["new_activities"] == ["Email the customer"]
    by_id = meshwork("trends", built["series"], "--library", library_path, "--json")
    assert json.loads(by_id.stdout)["sessions"] == out["sessions"]


def test_trends_csv_and_table(library_path):
    built = build_series_file(library_path, third=True)
    result = meshwork("trends", built["series"], "--library", library_path, "--csv")
    assert result.returncode == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["title"] for r in table] == ["Q1 workshop", "Q2 workshop", "Q3 workshop"]
    assert [r["cards"] for r in table] == ["4", "4", "5"]
    text = meshwork("trends", "Claims team", "--library", library_path)
    assert "Trends of Claims team: 3 sessions" in text.stdout and "new: Email the customer" in text.stdout
    missing = meshwork("trends", "Nobody", "--library", library_path)
    assert missing.returncode == 2 and "no series" in missing.stderr


def test_compare_takes_unambiguous_titles_as_export_does(library_path):
    built = build_series_file(library_path)
    by_title = meshwork("compare", "Q1 workshop", "q2 WORKSHOP", "--library", library_path, "--json")
    assert by_title.returncode == 0, by_title.stderr
    out = json.loads(by_title.stdout)
    assert (out["session_a"]["id"], out["session_b"]["id"]) == (built["q1"], built["q2"])
    missing = meshwork("compare", "Q1 workshop", "Q9 workshop", "--library", library_path)
    assert missing.returncode == 2 and "no session 'Q9 workshop'" in missing.stderr


def test_trends_names_the_top_broker_and_its_value_per_session(library_path):
    from app.analysis.trends import series_trends
    from app.demo import build_demo
    from storage.library import open_library

    db = open_library(library_path)
    series_id = build_demo(db)
    expected = [m.brokers[0] if m.brokers else None for m in series_trends(db, series_id).sessions]
    db.close()
    assert any(expected), "the demo series has brokers"
    out = json.loads(meshwork("trends", series_id, "--library", library_path, "--json").stdout)
    assert [s["top_broker"] for s in out["sessions"]] == [
        {"role": e[0], "betweenness": round(e[1], 3)} if e else None for e in expected]
    text = meshwork("trends", series_id, "--library", library_path).stdout
    assert "top broker" in text
    role, value = next(e for e in expected if e)
    shown = f"{round(value, 3):.3f}".rstrip("0").rstrip(".")
    assert f"{role} ({shown})" in text
