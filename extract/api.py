"""The notebook API: typed pandas DataFrames in three lines.

    from extract import read_document, read_output
    qd = read_document("qd.pdf")      # one file, extracted now
    out = read_output("output/")      # what a run wrote: single files or folders of parts
    qd.tasks, qd.documents, qd.agencies, qd.issues

Columns keep their Parquet types as pandas understands them: dates are ``datetime.date`` values in an Arrow
date column (``.dt.year`` works, ``<= datetime.date(2026, 12, 31)`` compares), lists are Python lists
(``explode`` works), ``extra`` is a dict, integers and booleans are nullable, text is ``string``, and the
columns with few values (status, format, deadline_kind, role, kind, method, ...) are ``category``.

``issues`` is the issues table (one row per problem, with its code).  An output folder written before schema
1.1 has none: its issues are then made from the tasks' ``warnings`` (one row per warning, code
``legacy_warning``), by :func:`issues_from_tasks`.
Needs pandas (``pip install 'vn-decision-tasks[notebook]'``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

CATEGORICAL = ("format", "status", "deadline_kind", "deadline_recurrence", "role", "kind", "method", "severity",
               "code", "field")
ISSUE_COLUMNS = ("doc_id", "table_index", "row_index", "page", "field", "code", "severity", "message", "value",
                 "retryable")


@dataclass
class Tables:
    """The tables of one document or of an output folder, as pandas DataFrames."""

    tasks: "pd.DataFrame"
    documents: "pd.DataFrame"
    agencies: "pd.DataFrame"  # task_agencies
    issues: "pd.DataFrame"

    def __repr__(self) -> str:
        return (f"Tables({len(self.documents)} documents, {len(self.tasks)} tasks, {len(self.agencies)} agency "
                f"mentions, {len(self.issues)} issues)")


def _pandas():
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("the notebook API needs pandas: pip install 'vn-decision-tasks[notebook]'") from exc
    return pd


def to_pandas(table) -> "pd.DataFrame":
    """A pyarrow Table as a typed DataFrame (see the module's docstring)."""
    import pyarrow as pa

    pd = _pandas()

    mapper = {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(),
              pa.string(): pd.StringDtype(), pa.date32(): pd.ArrowDtype(pa.date32())}
    df = table.to_pandas(types_mapper=mapper.get)
    for f in table.schema:
        if pa.types.is_list(f.type) or pa.types.is_large_list(f.type):
            df[f.name] = pd.Series([v if v is not None else [] for v in table.column(f.name).to_pylist()],
                                   index=df.index, dtype=object)
        elif pa.types.is_map(f.type):
            df[f.name] = pd.Series([dict(v) if v is not None else {} for v in table.column(f.name).to_pylist()],
                                   index=df.index, dtype=object)
        elif f.name in CATEGORICAL and pa.types.is_string(f.type):
            df[f.name] = df[f.name].astype("category")
    return df


def issues_from_tasks(tasks: list[dict]) -> list[dict]:
    """Issue rows made from the tasks' warnings, until the pipeline writes an issues table.

    >>> issues_from_tasks([{"doc_id": "d", "table_index": 0, "row_index": 3, "pages": [2],
    ...                     "warnings": ["lead: unknown agency 'Sở X'"]}])[0]["field"]
    'lead'
    """
    rows = []
    for t in tasks:
        for w in t.get("warnings") or ():
            field = w.split(":", 1)[0].strip() if ":" in w else ""
            rows.append({"doc_id": t["doc_id"], "table_index": t.get("table_index"), "row_index": t.get("row_index"),
                         "page": (t.get("pages") or [None])[0], "field": field, "code": "legacy_warning",
                         "severity": "warning", "message": w, "value": None, "retryable": False})
    return rows


def _issues_table(tasks_table):
    import pyarrow as pa

    schema = pa.schema([("doc_id", pa.string()), ("table_index", pa.int32()), ("row_index", pa.int32()),
                        ("page", pa.int32()), ("field", pa.string()), ("code", pa.string()),
                        ("severity", pa.string()), ("message", pa.string()), ("value", pa.string()),
                        ("retryable", pa.bool_())])
    cols = [c for c in ("doc_id", "table_index", "row_index", "pages", "warnings") if c in tasks_table.column_names]
    rows = issues_from_tasks(tasks_table.select(cols).to_pylist())
    return pa.Table.from_pylist(rows, schema=schema)


def read_document(path: str | Path) -> Tables:
    """Extract one PDF, DOCX or DOC file now; its tables as DataFrames (a bad file gives a failed documents row)."""
    from schemas.tables import SCHEMAS
    from schemas.write import to_table

    from .pipeline import process_file

    _pandas()  # before the work: say what is missing at once
    path = Path(path)
    result = process_file(path, path.parent)
    tables = {name: to_table(name, rows) for name, rows in result.records().items() if name in SCHEMAS}
    return _frames(tables)


def read_output(folder: str | Path) -> Tables:
    """The tables a run wrote under *folder* (``tasks.parquet`` ... or ``tasks/part-*.parquet`` ...)."""
    from .readback import read_table, table_files

    _pandas()
    folder = Path(folder)
    if not table_files(folder, "documents"):
        raise FileNotFoundError(f"{folder}: no documents.parquet or documents/part-*.parquet: not an output folder")
    tables = {name: read_table(folder, name) for name in ("tasks", "documents", "task_agencies", "issues")}
    if tables["issues"] is None:
        tables["issues"] = _issues_table(tables["tasks"])
    return _frames(tables)


def _frames(tables: dict) -> Tables:
    return Tables(tasks=to_pandas(tables["tasks"]), documents=to_pandas(tables["documents"]),
                  agencies=to_pandas(tables["task_agencies"]), issues=to_pandas(tables["issues"]))
