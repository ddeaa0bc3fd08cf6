"""tasks.xlsx and the CSV files hold the same rows and values as the Parquet tables."""
from __future__ import annotations

import csv
import datetime as dt
import shutil

import pyarrow.parquet as pq
import pytest

from extract.export import HEADER_ROWS, joined, parse_formats, write_xlsx
from extract.labels import REVIEW_SHEET, column_title

openpyxl = pytest.importorskip("openpyxl")


def excel_value(v):
    """What a Parquet value becomes in a sheet, as openpyxl reads it back."""
    v = joined(v)
    if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
        return dt.datetime(v.year, v.month, v.day)
    return None if v == "" else v


def sheet_rows(ws):
    return [list(r) for r in ws.iter_rows(min_row=HEADER_ROWS + 1, values_only=True)]


@pytest.fixture(scope="module")
def book(handoff):
    _, out, _ = handoff
    wb = openpyxl.load_workbook(out / "tasks.xlsx", read_only=False)
    yield wb
    wb.close()


@pytest.mark.parametrize("name", ["tasks", "documents", "task_agencies"])
def test_each_table_is_a_sheet_with_the_same_rows_and_values(handoff, book, name):
    _, out, _ = handoff
    table = pq.read_table(out / f"{name}.parquet")
    ws = book[name]
    assert [c.value for c in ws[1]] == [column_title(f) for f in table.column_names]  # Vietnamese titles
    assert [c.value for c in ws[2]] == table.column_names  # and the field names under them
    expected = [[excel_value(row[f]) for f in table.column_names] for row in table.to_pylist()]
    assert sheet_rows(ws) == expected and len(expected) > 0
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref.startswith("A2:")
    widths = [ws.column_dimensions[c].width for c in ("A", "B", "C")]
    assert all(w and w > 8 for w in widths)


def test_sheet_values_are_typed_and_joined(handoff, book):
    _, out, _ = handoff
    ws = book["tasks"]
    fields = [c.value for c in ws[2]]
    row = dict(zip(fields, next(ws.iter_rows(min_row=3, max_row=3, values_only=True))))
    tasks = pq.read_table(out / "tasks.parquet").to_pylist()
    first = tasks[0]
    assert row["lead_agencies"] == "; ".join(first["lead_agencies"])
    assert isinstance(row["row_index"], int) and row["row_index"] == first["row_index"]
    due = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[fields.index("deadline_end")] is not None]
    assert due and isinstance(due[0][fields.index("deadline_end")], dt.datetime)  # a date cell, not text
    cell = ws.cell(row=3, column=fields.index("deadline_end") + 1)
    assert cell.number_format == "yyyy-mm-dd"


def test_review_sheet_lists_the_flagged_rows_with_their_reasons(handoff, book):
    _, out, _ = handoff
    flagged = [t for t in pq.read_table(out / "tasks.parquet").to_pylist() if t["needs_review"]]
    ws = book[REVIEW_SHEET]
    fields = [c.value for c in ws[2]]
    rows = [dict(zip(fields, r)) for r in sheet_rows(ws)]
    assert len(rows) == len(flagged) == 6
    assert [(r["source_path"], r["row_index"], r["reasons"]) for r in rows] == [
        (t["source_path"], t["row_index"], "; ".join(t["review_reasons"])) for t in flagged]


def test_sheets_split_at_the_row_limit(handoff, tmp_path):
    _, out, _ = handoff
    dest = tmp_path / "small.xlsx"
    counts = write_xlsx(out, dest, max_rows=HEADER_ROWS + 50)  # as if Excel held 50 rows a sheet
    wb = openpyxl.load_workbook(dest, read_only=True)
    n = pq.read_metadata(out / "tasks.parquet").num_rows
    names = [s for s in wb.sheetnames if s == "tasks" or s.startswith("tasks (")]
    assert names == ["tasks"] + [f"tasks ({i})" for i in range(2, len(names) + 1)] and len(names) == -(-n // 50)
    got = [r for s in names for r in sheet_rows(wb[s])]
    table = pq.read_table(out / "tasks.parquet")
    assert [r[3] for r in got] == table.column("row_index").to_pylist() and counts["tasks"] == n
    wb.close()


def test_csv_is_utf8_with_bom_and_the_same_rows(handoff):
    _, out, _ = handoff
    raw = (out / "tasks.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out / "tasks.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    tasks = pq.read_table(out / "tasks.parquet").to_pylist()
    assert len(rows) == len(tasks)
    for got, want in zip(rows, tasks):
        assert got["task"] == want["task"] and got["lead_agencies"] == "; ".join(want["lead_agencies"])
        assert got["deadline_end"] == (want["deadline_end"].isoformat() if want["deadline_end"] else "")
        assert "[" not in got["lead_agencies"]  # no Python or DuckDB list syntax
    assert {p.name for p in out.glob("*.csv")} == {"tasks.csv", "documents.csv", "task_agencies.csv", "issues.csv",
                                                   "tables.csv"}


def test_formats_option():
    assert parse_formats("parquet") == ("parquet",)
    assert parse_formats("csv,xlsx") == ("parquet", "xlsx", "csv")
    with pytest.raises(ValueError, match="unknown format pdf"):
        parse_formats("xlsx,pdf")


def test_exports_are_written_with_the_tables_and_follow_the_options(handoff, tmp_path, monkeypatch):
    from extract import export
    from extract.batch import run_batch

    src, out, _ = handoff
    work = tmp_path / "out"
    shutil.copytree(out, work)
    before = {p.name: p.read_bytes() for p in work.iterdir() if p.is_file()}

    def broken(folder, dest, *a, **k):
        dest.write_bytes(b"half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("extract.handoff.write_xlsx", broken)
    with pytest.raises(OSError):
        run_batch([src], work, workers=1, force=True, formats=("parquet", "xlsx"), report=True)
    assert {p.name: p.read_bytes() for p in work.iterdir() if p.is_file()} == before  # all or nothing
    assert not list(work.glob(".staging.*"))
    monkeypatch.setattr("extract.handoff.write_xlsx", export.write_xlsx)

    run_batch([src], work, workers=1, force=True, report=True)  # no xlsx or csv asked: old ones would be stale
    assert not (work / "tasks.xlsx").exists() and not list(work.glob("*.csv")) and (work / "report.html").exists()
    batch = run_batch([src], work, workers=1, formats=("parquet", "xlsx"), report=True)
    assert batch.output_unchanged and (work / "tasks.xlsx").exists()  # nothing new, but the xlsx asked for is made
