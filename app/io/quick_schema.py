"""A quick yes to "does this document follow the JSON Schema?", for the common case
of a file that does.

jsonschema names every problem with its place, but walks a 5,000-card session in
about 1.4 s. This compiles the schema into plain Python checks that run in a tenth
of that and answer only True (it follows the schema) or False (it may not). On
False the caller asks jsonschema, which then says what is wrong, so messages never
change. Every check here is at least as strict as jsonschema's: where the two
could differ (1.0 as an integer, a keyword this module does not know) the answer
is False and jsonschema decides."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

_ANNOTATIONS = {"$schema", "$id", "title", "description"}
# JSON type -> the exact Python types json.loads gives for it (bool is not a number here).
_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "integer": (int,), "number": (int, float),
                                       "object": (dict,), "array": (list,), "boolean": (bool,),
                                       "null": (type(None),)}


class Unknown(Exception):
    """The schema uses something this module does not check."""


def compile_schema(schema: dict[str, Any]) -> Check:
    """A check that is True only for values the schema accepts (see the module's note)."""
    try:
        return _compile(schema)
    except Unknown:
        return lambda _value: False  # never sure: jsonschema always decides


def _compile(schema: dict[str, Any]) -> Check:
    unknown = set(schema) - _ANNOTATIONS - {"type", "required", "properties", "additionalProperties", "const",
                                            "enum", "maxLength", "minLength", "pattern", "minimum", "items"}
    if unknown or schema.get("additionalProperties", False) is not False:
        raise Unknown(", ".join(sorted(unknown)) or "additionalProperties")
    checks: list[Check] = []
    if "type" in schema:
        names = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        types = tuple(t for name in names for t in _TYPES[name])
        checks.append(lambda v: type(v) in types)  # exact types: True is not 1 here
    for word in ("const", "enum"):
        if word in schema:
            allowed = [schema[word]] if word == "const" else schema[word]
            if not all(type(a) in (str, int) for a in allowed):
                raise Unknown(word)
            pairs = {(type(a), a) for a in allowed}
            checks.append(lambda v, pairs=pairs: type(v) in (str, int) and (type(v), v) in pairs)
    checks += _string_checks(schema)
    if "minimum" in schema:
        low = schema["minimum"]
        checks.append(lambda v: type(v) not in (int, float) or v >= low)
    if "items" in schema:
        item = _compile(schema["items"])
        checks.append(lambda v: type(v) is not list or all(map(item, v)))
    if "properties" in schema or "required" in schema:
        checks.append(_object_check(schema))
    return _all_of(checks)


def _all_of(checks: list[Check]) -> Check:
    """True when every check is; written out for the usual one to three (a generator per value is slow)."""
    if not checks:
        return lambda _v: True
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    if len(checks) == 3:
        first, second, third = checks
        return lambda v: first(v) and second(v) and third(v)
    return lambda v: all(check(v) for check in checks)


def _string_checks(schema: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "maxLength" in schema:
        most = schema["maxLength"]
        checks.append(lambda v: type(v) is not str or len(v) <= most)
    if "minLength" in schema:
        least = schema["minLength"]
        checks.append(lambda v: type(v) is not str or len(v) >= least)
    if "pattern" in schema:
        pattern = re.compile(schema["pattern"])
        checks.append(lambda v: type(v) is not str or pattern.search(v) is not None)
    return checks


def _object_check(schema: dict[str, Any]) -> Check:
    properties = {name: _compile(sub) for name, sub in schema.get("properties", {}).items()}
    required = frozenset(schema.get("required", ()))

    def check(v: Any) -> bool:
        if type(v) is not dict:
            return True  # "type" says whether it must be an object
        if not required.issubset(v.keys()):
            return False
        for name, value in v.items():
            sub = properties.get(name)
            if sub is None or not sub(value):  # additionalProperties is always False here
                return False
        return True
    return check
