"""Typed records, one class per output table, made from the Arrow schemas: column names are spelled once.

``TaskRecord``, ``DocumentRecord``, ``AgencyRecord``, ``IssueRecord`` and
``TableRecord`` are frozen dataclasses whose fields are the schema's columns,
in order.  :meth:`from_dict` is strict: a missing or an extra field is an
error (the tests run every record the pipeline makes through it), so a column
added to a schema and forgotten by the code that fills it fails loudly instead
of coming out null.  :func:`new_document` is the one constructor of a
documents row, used by the pipeline and by the batch's failure path alike.

>>> d = new_document("qd.pdf", doc_id="0" * 16)
>>> DocumentRecord.from_dict(d).status, d["tables_found"], d["tables_ignored_kinds"]
('failed', 0, [])
>>> TaskRecord.from_dict({"doc_id": "x"})  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
schemas.records.RecordError: tasks: missing fields: ['appendix', 'appendix_title', 'coordinating_agencies', ...]
"""
from __future__ import annotations

import dataclasses

import pyarrow as pa

from .tables import SCHEMAS


class RecordError(ValueError):
    """A record whose fields do not match its table's schema."""


def _record_class(table: str, class_name: str):
    schema = SCHEMAS[table]

    def from_dict(cls, d: dict):
        names = set(schema.names)
        missing, extra = sorted(names - set(d)), sorted(set(d) - names)
        if missing or extra:
            parts = ([f"missing fields: {missing}"] if missing else []) + (
                [f"fields not in the schema: {extra}"] if extra else [])
            raise RecordError(f"{table}: {'; '.join(parts)}")
        return cls(**{n: d[n] for n in schema.names})

    cls = dataclasses.make_dataclass(class_name, [(f.name, object) for f in schema], frozen=True,
                                     namespace={"from_dict": classmethod(from_dict),
                                                "to_dict": dataclasses.asdict, "table": table})
    cls.__module__ = __name__
    return cls


TaskRecord = _record_class("tasks", "TaskRecord")
DocumentRecord = _record_class("documents", "DocumentRecord")
AgencyRecord = _record_class("task_agencies", "AgencyRecord")
IssueRecord = _record_class("issues", "IssueRecord")
TableRecord = _record_class("tables", "TableRecord")
RECORDS = {c.table: c for c in (TaskRecord, DocumentRecord, AgencyRecord, IssueRecord, TableRecord)}


def _default(t: pa.DataType):
    if pa.types.is_list(t) or pa.types.is_map(t):
        return []
    if pa.types.is_string(t):
        return ""
    return None


_COUNTS = ("tables_found", "tables_ignored", "tasks_found", "warnings_count", "issues_count")


def new_document(source_path: str, **values) -> dict:
    """A documents row: every column, with its empty value (status failed until the file is read)."""
    d = {f.name: _default(f.type) for f in SCHEMAS["documents"]}
    d.update({k: 0 for k in _COUNTS}, source_path=source_path, format="unknown", status="failed", issuer_id=None,
             duplicate_of=None)
    unknown = set(values) - set(d)
    if unknown:
        raise RecordError(f"documents: fields not in the schema: {sorted(unknown)}")
    d.update(values)
    return d
