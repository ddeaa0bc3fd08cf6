"""Exports for people: ``tasks.xlsx`` (a sheet per table and a review sheet) and ``<table>.csv``.

Both are made from the Parquet tables just written (single files or folders of parts), read back batch by
batch, so memory stays bounded whatever the batch size.  Lists are joined with "; ", a map column
(``extra``) as "header: text; ...", dates stay dates in xlsx (ISO ``YYYY-MM-DD`` in csv).  CSV is UTF-8 with
a byte-order mark so that Excel opens Vietnamese text correctly.

The xlsx workbook (XlsxWriter, in constant-memory mode): one sheet per table (``tasks``, ``documents``,
``task_agencies``, and ``issues`` / ``tables`` when the output has them) plus the review sheet
"Cần rà soát"; row 1 holds the Vietnamese column titles, row 2 the field names (``pd.read_excel(...,
header=1)`` gives the field names), both frozen, with filters on row 2.  A table longer than Excel's limit
(1,048,576 rows a sheet) goes on over ``tasks (2)``, ``tasks (3)``, ...
"""
from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path
from typing import Any, Iterable

from .labels import REVIEW_SHEET, column_title
from .readback import iter_batches, schema_of, tables_in
from .review import review_reasons

FORMATS = ("parquet", "xlsx", "csv")
XLSX_NAME = "tasks.xlsx"
EXCEL_MAX_ROWS = 1_048_576  # rows a sheet holds, headers included
HEADER_ROWS = 2
MAX_CELL = 32_767  # characters an Excel cell holds
WRAP_FIELDS = {"task", "result", "section_title", "appendix_title", "error", "reasons", "message",
               "lead_raw", "coordinating_raw", "deadline_raw", "parent_titles"}
MAX_WIDTH = 60
REVIEW_COLUMNS = ("source_path", "pages", "table_index", "row_index", "stt", "task", "lead_raw", "deadline_raw",
                  "reasons", "doc_id")


def parse_formats(text: str) -> tuple[str, ...]:
    """'parquet,xlsx' -> ('parquet', 'xlsx'); Parquet is always written (it is what the cache and every
    other output are made from).

    >>> parse_formats("xlsx, CSV")
    ('parquet', 'xlsx', 'csv')
    """
    wanted = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {', '.join(unknown)} (choose among {', '.join(FORMATS)})")
    return tuple(f for f in FORMATS if f == "parquet" or f in wanted)


def joined(value: Any) -> Any:
    """A value as one cell: lists joined with "; ", a map as "key: value; ...", NaN as None.

    >>> joined(["Bộ Tài chính", "Bộ Tư pháp"]), joined([("Nguồn kinh phí", "NSNN")]), joined([])
    ('Bộ Tài chính; Bộ Tư pháp', 'Nguồn kinh phí: NSNN', '')
    >>> joined([dt.date(2026, 3, 31)])
    '2026-03-31'
    """
    if isinstance(value, (list, tuple)):
        return "; ".join(_item(v) for v in value if v is not None)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _item(v: Any) -> str:
    if isinstance(v, tuple) and len(v) == 2:  # a map entry, as pyarrow gives it
        return f"{v[0]}: {v[1]}"
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def csv_text(value: Any) -> str:
    """One CSV field.

    >>> csv_text(dt.date(2026, 1, 2)), csv_text(True), csv_text(None), csv_text(["a", "b"])
    ('2026-01-02', 'true', '', 'a; b')
    """
    value = joined(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# ---------------------------------------------------------------- csv

def write_csv(folder: Path, name: str, dest: Path) -> int:
    """Table *name* of *folder* as CSV (UTF-8 with BOM, field names in the header); returns the rows written."""
    fields = schema_of(folder, name).names
    n = 0
    with open(dest, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(fields)
        for batch in iter_batches(folder, name):
            for row in batch.to_pylist():
                out.writerow([csv_text(row.get(k)) for k in fields])
                n += 1
    return n


# ---------------------------------------------------------------- xlsx

class _Sheets:
    """Rows of one table into as many sheets as Excel's row limit needs; headers, widths and filters."""

    def __init__(self, book, base: str, fields: list[str], formats: dict, max_rows: int):
        self.book, self.base, self.fields, self.formats = book, base, fields, formats
        self.max_data = max_rows - HEADER_ROWS
        self.sheets: list[tuple[Any, int]] = []  # (worksheet, data rows)
        self.widths = [min(MAX_WIDTH, max(len(column_title(f)), len(f)) + 2) for f in fields]
        self.sampled = 0
        self._new_sheet()

    def _new_sheet(self) -> None:
        name = self.base if not self.sheets else f"{self.base} ({len(self.sheets) + 1})"
        ws = self.book.add_worksheet(name[:31])
        for c, f in enumerate(self.fields):  # row by row: constant-memory mode writes a row out once left
            ws.write_string(0, c, column_title(f), self.formats["title"])
        for c, f in enumerate(self.fields):
            ws.write_string(1, c, f, self.formats["field"])
        ws.freeze_panes(HEADER_ROWS, 0)
        self.sheets.append((ws, 0))

    def add(self, values: list[Any]) -> None:
        ws, n = self.sheets[-1]
        if n >= self.max_data:
            self._new_sheet()
            ws, n = self.sheets[-1]
        r = HEADER_ROWS + n
        for c, (f, v) in enumerate(zip(self.fields, values)):
            _write_cell(ws, r, c, joined(v), f, self.formats)
            if self.sampled < 2000 and isinstance(v, (str, list)):
                longest = max((len(line) for line in str(joined(v)).split("\n")), default=0)
                self.widths[c] = min(MAX_WIDTH, max(self.widths[c], longest + 2))
        self.sampled += 1
        self.sheets[-1] = (ws, n + 1)

    def finish(self) -> None:
        last = len(self.fields) - 1
        for ws, n in self.sheets:
            for c, w in enumerate(self.widths):
                ws.set_column(c, c, w)
            ws.autofilter(HEADER_ROWS - 1, 0, HEADER_ROWS - 1 + n, last)


def _write_cell(ws, r: int, c: int, v: Any, field: str, formats: dict) -> None:
    if v is None or v == "":  # a blank cell ("(Blanks)" in a filter), whether the value was null or empty
        return
    if isinstance(v, bool):
        ws.write_boolean(r, c, v)
    elif isinstance(v, dt.datetime):
        ws.write_datetime(r, c, v, formats["datetime"])
    elif isinstance(v, dt.date):
        ws.write_datetime(r, c, v, formats["date"])
    elif isinstance(v, (int, float)):
        ws.write_number(r, c, v)
    else:
        text = str(v)
        if len(text) > MAX_CELL:
            text = text[:MAX_CELL - 1] + "…"
        ws.write_string(r, c, text, formats["wrap"] if field in WRAP_FIELDS else None)


def _book_formats(book) -> dict:
    return {
        "title": book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7",
                                  "border": 1}),
        "field": book.add_format({"italic": True, "font_color": "#666666", "bg_color": "#F2F2F2", "border": 1}),
        "date": book.add_format({"num_format": "yyyy-mm-dd"}),
        "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
    }


def review_records(folder: Path) -> Iterable[dict]:
    """The task rows that need review, with their reasons (joined), in output order."""
    for batch in iter_batches(folder, "tasks"):
        for row in batch.to_pylist():
            reasons = review_reasons(row)
            if reasons:
                yield {**{k: row.get(k) for k in REVIEW_COLUMNS}, "reasons": reasons}


def write_xlsx(folder: Path, dest: Path, max_rows: int = EXCEL_MAX_ROWS) -> dict[str, int]:
    """The workbook of every table in *folder* plus the review sheet; returns rows written per sheet base."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(dest), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False})
    formats = _book_formats(book)
    counts: dict[str, int] = {}
    try:
        for name in tables_in(folder):
            fields = schema_of(folder, name).names
            sheets = _Sheets(book, name, fields, formats, max_rows)
            for batch in iter_batches(folder, name):
                for row in batch.to_pylist():
                    sheets.add([row.get(f) for f in fields])
            sheets.finish()
            counts[name] = sum(n for _, n in sheets.sheets)
        review = _Sheets(book, REVIEW_SHEET, list(REVIEW_COLUMNS), formats, max_rows)
        for rec in review_records(folder):
            review.add([rec[f] for f in REVIEW_COLUMNS])
        review.finish()
        counts[REVIEW_SHEET] = sum(n for _, n in review.sheets)
    finally:
        book.close()
    return counts
