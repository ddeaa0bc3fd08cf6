"""A DocumentResult as plain JSON data and back, checked: what the cache stores instead of pickles.

Only data goes in and out: strings, numbers, booleans, null, lists, objects, and two tagged values
(``{"$date": "2026-12-31"}`` for a date, ``{"$tuple": [...]}`` for a pair of ``extra``).  Decoding never
runs code; :func:`decode` checks the shape, every issue's code and every record against the Arrow schema
the writer will use, and raises :class:`InvalidEntry` for anything else.

>>> import datetime as dt
>>> from extract.issues import Issue
>>> r = DocumentResult({"source_path": "a.pdf", "status": "failed", "decision_date": dt.date(2026, 1, 2)},
...                    issues=[Issue("file_empty", message="empty file (0 bytes)")])
>>> back = decode(encode(r, "k"), "k", check_schema=False)
>>> back.document["decision_date"], back.issues[0].code
(datetime.date(2026, 1, 2), 'file_empty')
>>> decode(b'{"format": 3, "key": "other"}', "k")
Traceback (most recent call last):
...
extract.batch.codec.InvalidEntry: the entry is for another key
"""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

from ..issues import Issue
from ..result import STATUSES, DocumentResult

FORMAT = 3  # 1 was a pickle; 3 holds the tables rows


class InvalidEntry(ValueError):
    """A cache entry that is not what this program writes."""


def _default(value):
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"$date": value.isoformat()}
    raise TypeError(f"not storable in the cache: {type(value).__name__}")


def _plain(value):
    """Tuples tagged (JSON has none), everything else as it is."""
    if isinstance(value, tuple):
        return {"$tuple": [_plain(v) for v in value]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _tagged(obj: dict):
    if len(obj) == 1 and "$date" in obj:
        return dt.date.fromisoformat(obj["$date"])
    if len(obj) == 1 and "$tuple" in obj and isinstance(obj["$tuple"], list):
        return tuple(obj["$tuple"])
    return obj


def encode(result: DocumentResult, key: str) -> bytes:
    data = {"format": FORMAT, "key": key, "document": result.document, "tasks": result.tasks,
            "agencies": result.agencies, "issues": [i.to_dict() for i in result.issues], "tables": result.tables}
    return json.dumps(_plain(data), default=_default, ensure_ascii=False, allow_nan=True).encode("utf-8")


def decode(raw: bytes, key: str, check_schema: bool = True) -> DocumentResult:
    """The result stored in *raw* for *key*; :class:`InvalidEntry` when it is anything else."""
    try:
        data = json.loads(raw.decode("utf-8"), object_hook=_tagged)
    except (UnicodeDecodeError, ValueError, TypeError, RecursionError) as exc:
        raise InvalidEntry(f"not a JSON entry ({type(exc).__name__})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidEntry("not an entry of this format")
    if data.get("key") != key:
        raise InvalidEntry("the entry is for another key")
    document, tasks, agencies, issues, tables = (data.get(k) for k in ("document", "tasks", "agencies", "issues",
                                                                         "tables"))
    if not isinstance(document, dict) or not all(isinstance(x, list) for x in (tasks, agencies, issues, tables)):
        raise InvalidEntry("the entry's parts are not where they belong")
    if not all(isinstance(r, dict) for r in (*tasks, *agencies, *issues, *tables)):
        raise InvalidEntry("records are not objects")
    if document.get("status") not in STATUSES or not isinstance(document.get("source_path"), str):
        raise InvalidEntry("the documents row has no valid status or source path")
    try:
        result = DocumentResult(document, tasks, agencies, [Issue.from_dict(i) for i in issues], tables)
    except (ValueError, TypeError, KeyError) as exc:
        raise InvalidEntry(f"an issue does not validate ({exc})") from None
    if check_schema:
        _check_schema(result)
    return result


def _check_schema(result: DocumentResult) -> None:
    """Every record must have exactly the schema's fields, each value of its Arrow type (checked in plain
    Python: a cache hit costs no conversion)."""
    checks = _schema_checks()
    for name, records in result.records().items():
        fields = checks[name]
        for record in records:
            unknown = set(record) - set(fields)
            if unknown:
                raise InvalidEntry(f"{name}: fields not in the schema: {sorted(unknown)[:3]}")
            for field, (ok, nullable) in fields.items():
                value = record.get(field)
                if value is None and not nullable or value is not None and not ok(value):
                    raise InvalidEntry(f"{name}.{field}: {type(value).__name__} does not fit the schema")


@lru_cache(maxsize=1)
def _schema_checks() -> dict[str, dict[str, tuple]]:
    from schemas.tables import SCHEMAS

    return {name: {f.name: (_check_for(f.type), f.nullable) for f in schema} for name, schema in SCHEMAS.items()}


def _check_for(t):
    """A predicate: does a Python value fit the Arrow type *t* (as pyarrow would convert it)?"""
    import pyarrow as pa

    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return lambda v: isinstance(v, str)
    if pa.types.is_boolean(t):
        return lambda v: isinstance(v, bool)
    if pa.types.is_integer(t):
        lo, hi = (-(2 ** (t.bit_width - 1)), 2 ** (t.bit_width - 1) - 1) if pa.types.is_signed_integer(t) \
            else (0, 2 ** t.bit_width - 1)
        return lambda v: isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi
    if pa.types.is_floating(t):
        return lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
    if pa.types.is_date(t):
        return lambda v: isinstance(v, dt.date) and not isinstance(v, dt.datetime)
    if pa.types.is_map(t):
        key, item = _check_for(t.key_type), _check_for(t.item_type)
        return lambda v: isinstance(v, (list, tuple)) and all(
            isinstance(p, (list, tuple)) and len(p) == 2 and key(p[0]) and (p[1] is None or item(p[1])) for p in v)
    if pa.types.is_struct(t):
        members = {t.field(i).name: _check_for(t.field(i).type) for i in range(t.num_fields)}
        return lambda v: isinstance(v, dict) and set(v) == set(members) and all(
            v[k] is None or ok(v[k]) for k, ok in members.items())
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        each = _check_for(t.value_type)
        return lambda v: isinstance(v, list) and all(x is None or each(x) for x in v)
    return lambda v: False  # a type this check does not know: no entry passes, the file is extracted again
