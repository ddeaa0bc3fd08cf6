"""The notebook API: read_document and read_output give typed pandas DataFrames; extract stays light."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from helpers import SAMPLES

pd = pytest.importorskip("pandas")


def check_types(t):
    assert isinstance(t.tasks.deadline_end.dtype, pd.ArrowDtype)
    due = t.tasks.deadline_end.dropna()
    assert len(due) and all(type(d) is dt.date for d in due)
    assert (t.tasks.deadline_end <= dt.date(2026, 12, 31)).fillna(False).sum() > 0
    assert all(isinstance(v, list) for col in ("lead_agencies", "pages", "warnings", "parent_titles")
               for v in t.tasks[col])
    assert t.tasks.explode("lead_agencies").lead_agencies.dropna().map(type).eq(str).all()
    assert all(isinstance(v, dict) for v in t.tasks.extra)
    assert t.tasks.row_index.dtype == "Int32" and t.tasks.task.dtype == "string"
    for df, col in ((t.tasks, "deadline_kind"), (t.documents, "status"), (t.documents, "format"),
                    (t.agencies, "role"), (t.agencies, "kind"), (t.agencies, "method")):
        assert df[col].dtype == "category", col
    assert isinstance(t.documents.decision_date.dtype, pd.ArrowDtype)


def test_read_document(tmp_path):
    from extract import read_document
    from extract.pipeline import process_file

    qd = read_document(SAMPLES / "phu_luc_ii_merged_lead.pdf")
    result = process_file(SAMPLES / "phu_luc_ii_merged_lead.pdf", SAMPLES)
    assert len(qd.tasks) == len(result.tasks) == 74 and len(qd.documents) == 1
    assert len(qd.agencies) == len(result.agencies)
    assert qd.tasks.task.tolist() == [t["task"] for t in result.tasks]
    check_types(qd)
    doc_issues = qd.issues[qd.issues.row_index.isna()]     # the seed's draft date "ngày ... tháng 5 năm 2026"
    assert doc_issues[["code", "field"]].astype(str).values.tolist() == [["metadata_missing", "date"]]
    issues = qd.issues[qd.issues.row_index.notna()]
    assert len(issues) == sum(len(t["warnings"]) for t in result.tasks) == 6
    assert set(issues.row_index) == {t["row_index"] for t in result.tasks if t["warnings"]}
    assert issues.field.astype(str).eq("lead").all() and issues.page.notna().all()
    broken = tmp_path / "x.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing")
    bad = read_document(broken)
    assert bad.documents.status.tolist() == ["failed"] and bad.tasks.empty and list(bad.tasks.columns)


def test_read_output_single_files_and_part_folders(handoff, tmp_path):
    from extract import read_output
    from extract.batch import run_batch

    src, out, _ = handoff
    single = read_output(out)
    check_types(single)
    assert len(single.tasks) == pq.read_metadata(out / "tasks.parquet").num_rows
    parts = tmp_path / "parts"
    run_batch([src], parts, workers=1, layout="dataset")
    assert (parts / "tasks" / "part-00000.parquet").exists()
    dataset = read_output(parts)
    for name in ("tasks", "documents", "agencies", "issues"):
        pd.testing.assert_frame_equal(getattr(dataset, name), getattr(single, name))
    with pytest.raises(FileNotFoundError):
        read_output(tmp_path / "nothing")


def test_importing_extract_stays_light():
    code = ("import sys, extract, extract.batch; "
            "heavy = [m for m in ('pandas', 'extract.api', 'pyarrow', 'xlsxwriter', 'PIL') if m in sys.modules]; "
            "print(heavy); assert callable(extract.read_output)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
