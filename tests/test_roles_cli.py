"""`meshwork roles SESSION|SERIES [--role NAME] [--json | --md]`, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from app.cli.parser import main
from app.io.role_profile_schema import SCHEMA
from storage import series
from storage.library import open_library
from tests.analysis_builder import Build


@pytest.fixture
def library(library_path):
    """A file library: the demo series, and a session 'Kick-off' with one role and a face-down card."""
    from app.demo import build_demo

    db = open_library(library_path)
    built = {"series": build_demo(db)}
    b = Build(db, title="Kick-off")
    ana = b.person("Ana", "Claims handler")
    built["kickoff"] = b.id
    built["register"] = b.card("Register the claim", by=ana)
    built["secret"] = b.card("Secret workaround", by=ana, hidden=1)
    built["bare"] = Build(db, title="No roles here").id  # nobody has a role
    db.close()
    return built


def run(capsys, library_path, *args):
    status = main(["roles", *map(str, args), "--library", str(library_path)])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_session_by_id_as_json_valid_against_the_schema(capsys, library_path, library):
    status, out, err = run(capsys, library_path, library["kickoff"], "--json")
    assert status == 0, err
    doc = json.loads(out)
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(doc)) == []
    assert doc["kind"] == "session" and doc["session"]["title"] == "Kick-off"
    [profile] = doc["profiles"]
    assert profile["role"] == "Claims handler"
    # Face-down cards are left out, as in every export, unless asked for.
    assert profile["card_ids"] == [library["register"]]
    status, out, _ = run(capsys, library_path, library["kickoff"], "--json", "--include-face-down")
    assert json.loads(out)["profiles"][0]["card_ids"] == [library["register"], library["secret"]]


def test_a_session_by_title_as_a_table_then_one_role_as_markdown(capsys, library_path, library):
    status, out, _ = run(capsys, library_path, "q1: mapping the CLAIM journey")
    assert status == 0
    assert out.startswith("Role profiles of Q1: Mapping the claim journey")
    rows = {line.split("  ")[0]: line for line in out.splitlines()}
    assert {"Customer service agent", "Claims handler", "Loss assessor", "Fraud analyst", "Team lead"} <= set(rows)
    status, out, _ = run(capsys, library_path, "Q1: Mapping the claim journey", "--role", "loss ASSESSOR", "--md")
    assert status == 0
    assert out.startswith("# Role profiles: Q1: Mapping the claim journey\n\n## Loss assessor\n")
    assert "### Activities" in out and "### Knowledge at risk" in out and "## Claims handler" not in out


def test_a_series_by_name_shows_the_role_over_time(capsys, library_path, library):
    status, out, err = run(capsys, library_path, "demo: motor claims team, QUARTERLY", "--role", "Loss assessor",
                           "--json")
    assert status == 0, err
    doc = json.loads(out)
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(doc)) == []
    [role] = doc["roles"]
    assert role["role"] == "Loss assessor" and len(role["sessions"]) == 3
    assert role["figures"]["roles_connected"] == [1, 1, 2]
    assert role["sessions"][0]["changes"]["previous_session_id"] is None
    assert role["sessions"][2]["changes"]["dependencies_gained"][0]["role"] == "Customer service agent"

    status, out, _ = run(capsys, library_path, library["series"], "--role", "Loss assessor", "--md")
    assert status == 0 and out.startswith("# Loss assessor over Demo: motor claims team, quarterly")
    assert "- **New activities:** Assess simple damage from the customer's photos" in out
    status, out, _ = run(capsys, library_path, library["series"])
    assert status == 0 and "Broker liaison" in out and out.count("Q3: Value flows with our brokers") == 6


@pytest.mark.parametrize(("args", "message"), [
    (("nobody's session",), "meshwork: no session or series \"nobody's session\" (see `meshwork sessions`)"),
    (("Kick-off", "--role", "Underwriter"),
     "meshwork: no role 'Underwriter' in session 'Kick-off' (its roles: Claims handler)"),
    (("Demo: motor claims team, quarterly", "--role", "Underwriter"),
     "meshwork: no role 'Underwriter' in series 'Demo: motor claims team, quarterly'"),
])
def test_unknown_names_give_one_line_and_status_2(capsys, library_path, library, args, message):
    status, out, err = run(capsys, library_path, *args)
    assert (status, out, err) == (2, "", message + "\n")


def test_two_sessions_of_one_title_ask_for_the_id(capsys, library_path, library):
    db = open_library(library_path)
    Build(db, series.create(db, "Other")["id"], title="Kick-off")
    db.close()
    status, _, err = run(capsys, library_path, "Kick-off")
    assert status == 2 and err == "meshwork: 2 sessions are named 'Kick-off': give the id\n"


def test_a_session_with_no_roles_says_so(capsys, library_path, library):
    status, out, _ = run(capsys, library_path, "No roles here")
    assert status == 0 and out == "No roles here: This session has no roles: give its participants a role, " \
                                  "or its lanes one, to see role profiles.\n"
    status, out, _ = run(capsys, library_path, "No roles here", "--md")
    assert status == 0 and "This session has no roles" in out
    status, out, _ = run(capsys, library_path, "No roles here", "--json")
    assert status == 0 and json.loads(out)["profiles"] == []


def test_json_and_md_together_are_refused(capsys, library_path, library):
    with pytest.raises(SystemExit) as exit_:
        main(["roles", "Kick-off", "--json", "--md", "--library", str(library_path)])
    assert exit_.value.code == 2


def test_the_meshwork_command_runs_it(library_path, library):
    result = subprocess.run([sys.executable, "-m", "app", "roles", "Kick-off", "--md", "--library",
                             str(library_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "## Claims handler" in result.stdout and "Register the claim" in result.stdout
