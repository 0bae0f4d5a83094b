"""The layers hold: widgets -> app -> storage, storage without Qt, app without
QtWidgets, only the entry points on top, and no module imports in a circle
(imports inside functions count too: they close a circle just the same)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "storage", "widgets")
ENTRY_POINTS = ("app.__main__", "app.cli")  # may import widgets: they start the window


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """The project modules (and outside names, as written) that a module imports."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in known else base)
    return found


def graph() -> nx.DiGraph:
    found = modules()
    known = set(found)
    g = nx.DiGraph()
    for name, path in found.items():
        g.add_node(name)
        for target in imports_of(path, name, known):
            g.add_edge(name, target)
    return g


def layer(name: str) -> str:
    return name.split(".")[0]


def is_entry_point(name: str) -> bool:
    return any(name == e or name.startswith(e + ".") for e in ENTRY_POINTS)


def breaking(g: nx.DiGraph, rule) -> list[str]:
    return sorted(f"{a} imports {b}" for a, b in g.edges if rule(a, b))


def test_storage_imports_no_qt_and_nothing_above_it():
    g = graph()
    assert breaking(g, lambda a, b: layer(a) == "storage" and layer(b) in ("PySide6", "shiboken6", "app",
                                                                           "widgets")) == []


def test_app_imports_no_widgets_except_the_entry_points():
    g = graph()
    assert breaking(g, lambda a, b: layer(a) == "app" and not is_entry_point(a) and (
        layer(b) == "widgets" or b.startswith("PySide6.QtWidgets"))) == []


# SQL as this project writes it: upper-case keywords in a statement's shape.
SQL = re.compile(r"\s*(SELECT\s.*\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\S+\s+SET\b|DELETE\s+FROM\b|PRAGMA\s"
                 r"|BEGIN\b|CREATE\s+(TABLE|INDEX|VIEW)\b|DROP\s+(TABLE|INDEX|VIEW)\b)", re.S)


def sql_calls(path: Path) -> list[int]:
    """Lines where a call is handed SQL text (a string starting with an SQL keyword)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant | ast.JoinedStr):
            first = node.args[0]
            text = first.value if isinstance(first, ast.Constant) else next(
                (v.value for v in first.values if isinstance(v, ast.Constant)), "")
            if isinstance(text, str) and SQL.match(text):
                found.append(node.lineno)
    return found


def test_sql_lives_only_in_storage():
    outside = {name: lines for name, path in modules().items()
               if layer(name) in ("app", "widgets") and (lines := sql_calls(path))}
    assert outside == {}


def test_no_module_imports_in_a_circle():
    g = graph().subgraph(modules())  # project modules only
    circles = [sorted(c) for c in nx.strongly_connected_components(g) if len(c) > 1]
    assert circles == []


def test_the_checker_sees_an_upward_import_a_circle_and_sql(tmp_path):
    g = nx.DiGraph([("storage.x", "app.y"), ("app.a", "app.b"), ("app.b", "app.a")])
    assert breaking(g, lambda a, b: layer(a) == "storage" and layer(b) == "app") == ["storage.x imports app.y"]
    assert [sorted(c) for c in nx.strongly_connected_components(g) if len(c) > 1] == [["app.a", "app.b"]]
    probe = tmp_path / "probe.py"
    probe.write_text('db.execute("SELECT 1 FROM t")\nprint("Select All")\nrows(f" DELETE FROM {x}")\n')
    assert sql_calls(probe) == [1, 3]
    here = imports_of(Path(__file__), "tests.test_layers", {"networkx"})
    assert {"ast", "networkx", "pathlib"} <= here
