"""`meshwork export` starts quickly: it imports what the asked-for format needs and
none of the analysis (networkx, rapidfuzz), the network code the smoke check uses
(ssl), the schema checker of imports or the workbook writer of XLSX. (A drawn
export still loads jsonschema: the map's heading names the session's method, and
app.methods validates the whole method file to read its name.)"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import make_session

HEAVY = ["networkx", "rapidfuzz", "ssl", "jsonschema", "openpyxl", "matplotlib", "app.analysis.metrics"]
FOR_THE_METHOD_NAME = {"svg": ["jsonschema"]}
SCRIPT = f"""
import json, sys
from app.cli.parser import main
status = main(sys.argv[1:])
print(json.dumps({{"status": status, "loaded": [m for m in {HEAVY!r} if m in sys.modules]}}))
"""


def _run(*args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1]), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("fmt", ["svg", "json", "csv"])
def test_export_imports_nothing_it_does_not_need(tmp_path, fmt):
    library = tmp_path / "lib.db"
    make_session(library, participants=[("Ana", "Intake")], cards=[("Log the claim", 0, 0), ("Check", 300, 0)],
                 links=[(0, 1)])
    result = _run("export", "--library", str(library), "--format", fmt, "--out", str(tmp_path), "Workshop")
    assert result == {"status": 0, "loaded": FOR_THE_METHOD_NAME.get(fmt, [])}
    assert list(tmp_path.glob(f"*.{fmt}"))


def test_the_check_itself_sees_a_heavy_import(tmp_path):
    library = tmp_path / "lib.db"
    make_session(library, cards=[("Log the claim", 0, 0)])
    result = _run("export", "--library", str(library), "--format", "xlsx", "--out", str(tmp_path), "Workshop")
    assert result["status"] == 0 and result["loaded"] == ["openpyxl"]
