"""The README's example queries, run as written (DuckDB, pandas, Polars), agree with each other and with a
count made here by hand: current names, unknown and collective mentions left out, each decision once."""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import shutil
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pandas")
pytest.importorskip("polars")


def blocks() -> list[tuple[str, str]]:
    """(language, code) of the code blocks of the README's "Example queries" section."""
    section = README.split("### Example queries", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```(\w+)\n(.*?)```", section, flags=re.S)


def answers(folder: Path, monkeypatch) -> list[dict[str, int]]:
    """Each query's answer, agency -> tasks, run in a folder where output/ is *folder*."""
    monkeypatch.chdir(folder.parent)
    assert folder.name == "output"
    got = []
    for lang, code in blocks():
        if lang == "sql":
            got.append({a: n for a, n in duckdb.sql(code).fetchall()})
            continue
        scope: dict = {}
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(code, "README.md", "exec"), scope)
        result = scope["by_agency"]
        if hasattr(result, "to_dicts"):  # Polars
            got.append({r["current_name"]: r["tasks"] for r in result.to_dicts()})
        else:  # pandas Series
            got.append({k: int(v) for k, v in result.items()})
    return got


def by_hand(folder: Path) -> dict[str, int]:
    docs = pq.read_table(folder / "documents.parquet").to_pylist()
    seen, keep = set(), set()
    for d in sorted(docs, key=lambda d: d["source_path"]):
        if not d.get("duplicate_of") and d["sha256"] not in seen:
            keep.add(d["doc_id"])
        seen.add(d["sha256"])
    due = {(t["doc_id"], t["row_index"]) for t in pq.read_table(folder / "tasks.parquet").to_pylist()
           if t["deadline_end"] and t["deadline_end"] <= dt.date(2026, 12, 31)}
    pairs = {(a["doc_id"], a["row_index"], a["current_name"]) for a in pq.read_table(folder / "task_agencies.parquet").to_pylist()
             if a["role"] == "lead" and a["kind"] not in ("unknown", "collective") and a["doc_id"] in keep
             and (a["doc_id"], a["row_index"]) in due}
    return dict(Counter(p[2] for p in pairs))


def test_the_readme_has_the_three_queries():
    assert [lang for lang, _ in blocks()] == ["sql", "python", "python"]
    assert "import polars" in blocks()[2][1]


def test_readme_queries_agree_and_are_right(handoff, tmp_path, monkeypatch):
    _, out, _ = handoff
    work = tmp_path / "output"
    shutil.copytree(out, work, ignore=shutil.ignore_patterns(".cache"))
    # an unknown mention and a collective one, on a task due in 2026: neither may be counted
    agencies = pq.read_table(work / "task_agencies.parquet")
    tasks = pq.read_table(work / "tasks.parquet").to_pylist()
    t = next(t for t in tasks if t["deadline_end"] and t["deadline_end"].year == 2026)
    extra = [{**agencies.slice(0, 1).to_pylist()[0], "doc_id": t["doc_id"], "row_index": t["row_index"], "role": "lead",
              "position": 9, "mention": m, "agency_id": None, "name": m, "current_name": m, "kind": kind}
             for m, kind in (("Cục Không Có Thật", "unknown"), ("các bộ, ngành", "collective"))]
    pq.write_table(pa.concat_tables([agencies, pa.Table.from_pylist(extra, schema=agencies.schema)]),
                   work / "task_agencies.parquet")

    want = by_hand(work)
    assert want and "Cục Không Có Thật" not in want
    got = answers(work, monkeypatch)
    assert got == [want, want, want]
    # each decision once: the run marked the PDF twin and the copy in copies/ as duplicate_of the primary DOCX
    bca_due = sum(1 for t in tasks if t["source_path"] == "landscape.docx" and t["deadline_end"]
                  and t["deadline_end"] <= dt.date(2026, 12, 31) and "Bộ Công an" in t["lead_agencies"])
    assert want["Bộ Công an"] == bca_due
    docs = pq.read_table(work / "documents.parquet").to_pylist()
    assert sorted(d["source_path"] for d in docs if d["status"] == "ok" and d["duplicate_of"] is None) == [
        "copies/landscape_copy.docx"]
