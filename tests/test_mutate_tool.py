"""The mutation run's own rules (tools/mutate.py), without running mutmut: every
named module and its tests exist, a module under the minimum fails the run and
its surviving mutants are written down, and the changed-modules choice follows git."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def mutate(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("mutate_tool", ROOT / "tools" / "mutate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path / "mutation")
    return module


def test_every_named_module_and_some_of_its_tests_exist(mutate):
    for module in mutate.MODULES:
        assert (ROOT / module).is_file(), module
        assert mutate.tests_for(module), module
        assert all((ROOT / t).is_file() for t in mutate.tests_for(module))
    for wanted in ("app/room/security.py", "app/room/validate.py", "app/room/api.py", "app/capture.py",
                   "app/voting.py", "storage/library.py", "app/io/csv_io.py", "app/analysis/diff.py"):
        assert wanted in mutate.MODULES


def row(module, killed, survived, timeout=0, finished=True):
    total = killed + survived + timeout
    dotted = module.removesuffix(".py").replace("/", ".")
    missed = {f"{dotted}.x_f__mutmut_{i}": {"status": "survived", "diff": f"-    a = {i}\n+    a = {i + 1}"}
              for i in range(survived)}
    return {"module": module, "tests": [], "mutants": total, "killed": killed, "timeout": timeout,
            "survived": survived, "no_tests": 0, "other": 0,
            "score": round(100 * (killed + timeout) / total, 1), "seconds": 1, "mutmut_exit": 0,
            "finished": finished, "missed": missed}


def test_a_module_under_the_minimum_fails_the_run_and_its_survivors_are_listed(mutate, monkeypatch, capsys):
    scores = {"app/voting.py": row("app/voting.py", 84, 16), "app/capture.py": row("app/capture.py", 80, 10, 10)}
    monkeypatch.setattr(mutate, "run_module", lambda module, *args: scores[module])
    assert mutate.main(["app/voting.py", "app/capture.py", "--min", "85"]) == 1
    assert "app/voting.py is under 85 %" in capsys.readouterr().err
    report = (mutate.OUT / "report.md").read_text()
    assert "| app/voting.py | 100 | 84 | 0 | 16 | 0 | 0 | 84.0 % | UNDER |" in report
    assert "| app/capture.py | 100 | 80 | 10 | 10 | 0 | 0 | 90.0 % | ok |" in report
    assert "### app.voting.x_f__mutmut_3 (survived)" in report and "+    a = 4" in report
    saved = json.loads((mutate.OUT / "report.json").read_text())
    assert [m["module"] for m in saved["modules"]] == ["app/capture.py", "app/voting.py"]  # the table's order

    assert mutate.main(["app/voting.py", "--min", "84"]) == 0  # MUTATE_MIN lowered
    monkeypatch.setattr(mutate, "run_module", lambda module, *args: row("app/voting.py", 5, 95, finished=False))
    assert mutate.main(["app/voting.py"]) == 0  # stopped at the time budget: reported, not judged
    assert "| app/voting.py | 100 | 5 | 0 | 95 | 0 | 0 | 5.0 % | unfinished |" in (
        mutate.OUT / "report.md").read_text()


def test_an_unknown_module_is_refused(mutate):
    with pytest.raises(SystemExit):
        mutate.main(["app/nowhere.py"])


def test_the_changed_modules_are_those_whose_source_or_tests_differ(mutate, monkeypatch):
    monkeypatch.setattr(mutate.subprocess, "run", fake_git(["app/voting.py", "README.md"], ["tests/test_io_csv.py"]))
    assert mutate.changed_modules("main") == ["app/voting.py", "app/io/csv_io.py"]
    monkeypatch.setattr(mutate.subprocess, "run", fake_git(["docs/guide.md"], []))
    assert mutate.changed_modules("main") == []


def fake_git(changed, untracked):
    class Done:
        def __init__(self, out):
            self.returncode, self.stdout, self.stderr = 0, out, ""

    def run(args, **_kwargs):
        if args[:2] == ["git", "merge-base"]:
            return Done("abc123\n")
        if args[:2] == ["git", "diff"]:
            return Done("\n".join(changed) + "\n")
        if args[:2] == ["git", "ls-files"]:
            return Done("\n".join(untracked) + "\n")
        raise AssertionError(args)

    return run


def test_ci_on_main_runs_the_days_rotation_and_reports_without_failing(mutate, monkeypatch, capsys):
    """Nothing changed (CI on a clean main): a few modules of the day run, their scores are
    written down, and a low one does not fail CI; a changed module still must meet the bar."""
    monkeypatch.setattr(mutate, "changed_modules", lambda base: [])
    ran = []

    def run_module(module, *args):
        ran.append(module)
        return row(module, 50, 50)
    monkeypatch.setattr(mutate, "run_module", run_module)
    assert mutate.main(["--changed", "--or-rotate", "2"]) == 0
    assert len(ran) == 2 and ran == mutate.rotation(2)
    assert "today's rotation (report only)" in capsys.readouterr().out
    assert "UNDER" in (mutate.OUT / "report.md").read_text()
    # Over a month of days, every module of the table comes round.
    assert {m for day in range(1, 32) for m in mutate.rotation(2, day)} == set(mutate.MODULES)

    monkeypatch.setattr(mutate, "changed_modules", lambda base: ["app/voting.py"])
    assert mutate.main(["--changed", "--or-rotate", "2"]) == 1  # a change is judged


def test_only_the_survivors_listed_as_equivalent_are_set_aside(mutate):
    def diff(minus, plus):
        return (f"--- storage/library.py\n+++ storage/library.py\n@@ -1,2 +1,2 @@\n def f():\n"
                f"-    {minus}\n+    {plus}\n")

    library = "storage/library.py"
    assert mutate.is_equivalent(library, diff('db.execute("PRAGMA journal_mode = WAL")',
                                              'db.execute("pragma journal_mode = wal")'))
    assert mutate.is_equivalent(library, diff('conn = sqlite3.connect(u, uri=True, isolation_level=None)',
                                              'conn = sqlite3.connect(u, isolation_level=None)'))
    assert mutate.is_equivalent(library, diff("key = None", 'key = ""'))
    # a message's words, a flag that matters and the same change in another module all still count
    assert not mutate.is_equivalent(library, diff('raise LibraryError(f"cannot open {path}: {exc}")',
                                                  "raise LibraryError(None)"))
    assert not mutate.is_equivalent(library, diff('db.execute("PRAGMA journal_mode = WAL")',
                                                  'db.execute("PRAGMA journal_mode = DELETE")'))
    assert not mutate.is_equivalent(library, diff("check_same_thread=False", "check_same_thread=True"))
    assert not mutate.is_equivalent("app/voting.py", diff("key = None", 'key = ""'))


def test_only_a_translation_markers_context_is_set_aside_for_the_imports(mutate):
    def diff(minus, plus):
        return f"--- a\n+++ b\n@@ -1,1 +1,1 @@\n-    {minus}\n+    {plus}\n"

    csv = "app/io/csv_io.py"
    marker = 'raise ImportRefused(path, problem(QT_TRANSLATE_NOOP("Import", "has more than {0} cards"), MAX_ROWS),'
    for context in ("None", '"XXImportXX"', '"import"', '"IMPORT"'):
        assert mutate.is_equivalent(csv, diff(marker, marker.replace('"Import"', context)))
    second_line = '"Import", "a cell is longer than {0} characters"), MAX_CELL), line(start))'
    assert mutate.is_equivalent("app/io/library_merge.py", diff(second_line, second_line.replace('"Import"', "None")))
    # the marker's text, a translate() the German is found by, and another module all still count
    assert not mutate.is_equivalent(csv, diff(marker, marker.replace("has more", "XXhas more")))
    called = '"label": role or translate("Import", "Cards"),'
    assert not mutate.is_equivalent(csv, diff(called, called.replace('"Import"', '"import"')))
    assert not mutate.is_equivalent("app/agenda.py", diff(marker, marker.replace('"Import"', "None")))


def test_a_module_measured_in_part_names_functions_it_has(mutate):
    import ast

    for module, names in mutate.FUNCTIONS.items():
        tree = ast.parse((ROOT / module).read_text())
        defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
        defined |= {f"{cls.name}.{node.name}" for cls in tree.body if isinstance(cls, ast.ClassDef)
                    for node in cls.body if isinstance(node, ast.FunctionDef)}
        assert names and set(names) <= defined, module
    assert "CanvasScene.mousePressEvent" in mutate.FUNCTIONS["widgets/canvas/scene.py"]
    assert mutate.mutant_patterns("app/voting.py") == []  # not in FUNCTIONS: the whole module


def test_only_the_named_functions_mutants_are_run_and_counted(mutate, monkeypatch):
    monkeypatch.setitem(mutate.FUNCTIONS, "app/voting.py", ["Voting.cast", "tally"])
    assert mutate.mutant_patterns("app/voting.py") == [
        "app.voting.x\u01c1Voting\u01c1cast__mutmut_*", "app.voting.x_tally__mutmut_*"]
    monkeypatch.setattr(mutate, "prepare", lambda module, work: None)
    started = []

    class Run:
        returncode, pid = 0, 0

        def __init__(self, args, **_kwargs):
            started.append(args)

        def communicate(self, timeout=None):
            return "", None

    class Done:
        def __init__(self, out):
            self.stdout, self.returncode = out, 0

    results = ("    app.voting.x\u01c1Voting\u01c1cast__mutmut_1: killed\n"
               "    app.voting.x\u01c1Voting\u01c1cast__mutmut_2: survived\n"
               "    app.voting.x_tally__mutmut_1: segfault\n"
               "    app.voting.x_tally_all__mutmut_1: not checked\n"  # another function, by a longer name
               "    app.voting.x\u01c1Voting\u01c1undo__mutmut_1: not checked\n")
    monkeypatch.setattr(mutate.subprocess, "Popen", Run)
    monkeypatch.setattr(mutate.subprocess, "run",
                        lambda args, **_kw: Done(results if "results" in args else "diff"))
    with open(mutate.OUT.parent / "log", "w") as log:
        row = mutate.run_module("app/voting.py", 1, log)
    assert started[0][-2:] == mutate.mutant_patterns("app/voting.py")
    # A crash under a mutant is caught: the suite noticed.
    assert (row["mutants"], row["killed"], row["crashed"], row["survived"], row["score"]) == (3, 2, 1, 1, 66.7)
    assert list(row["missed"]) == ["app.voting.x\u01c1Voting\u01c1cast__mutmut_2"]
    assert row["functions"] == ["Voting.cast", "tally"]
    mutate.write_report([row], 85)
    assert "| app/voting.py (2 functions) | 3 | 2 | 0 | 1 | 0 | 0 | 66.7 % | UNDER |" in (
        mutate.OUT / "report.md").read_text()


def test_a_translation_marks_context_is_equivalent_but_its_words_and_a_said_context_are_not(mutate):
    def diff(minus, plus):
        return f"--- a\n+++ b\n@@ -1 +1 @@\n-    {minus}\n+    {plus}\n"

    validate = "app/room/validate.py"
    marked = 'raise Invalid(said(QT_TRANSLATE_NOOP("RoomErrors", "Missing field: {0}"), name))'
    for context in ("None", '"roomerrors"', '"XXRoomErrorsXX"'):
        assert mutate.is_equivalent(validate, diff(marked, marked.replace('"RoomErrors"', context)))
    assert mutate.is_equivalent(validate, diff(
        '"RoomErrors", "{0} holds a text-direction control (U+{1:04X}) at position {2}"), name, ord(turn.group()),',
        'None, "{0} holds a text-direction control (U+{1:04X}) at position {2}"), name, ord(turn.group()),'))
    # the words the phone reads, and the context the Said is said in, still count
    assert not mutate.is_equivalent(validate, diff(marked, marked.replace("Missing", "XXMissing")))
    assert not mutate.is_equivalent(validate, diff('return Said("RoomErrors", text, *args)',
                                                   'return Said("roomerrors", text, *args)'))
    assert not mutate.is_equivalent(validate, diff('translate("Capture", "No card made")',
                                                   'translate("capture", "No card made")'))
    assert not mutate.is_equivalent("app/agenda.py", diff(marked, marked.replace('"RoomErrors"', "None")))
