"""The real-document corpus (tests/real/): every non-holdout file gives exactly its hand-checked records.

Holdout documents are never run here (the lead developer measures on them with
``tests/real/score.py --holdout``). A file the pipeline gets wrong today is listed under ``known_failures`` in
the manifest (key: the document id, or ``id/file name`` for one file of it) and is marked
``xfail(strict=True)``: fixing it makes the test fail until the entry is removed. The metadata (number, date,
issuer) must match the manifest too, except for the files under ``known_metadata_failures`` (strict as well).
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

_SCORE = Path(__file__).resolve().parent / "real" / "score.py"
_spec = importlib.util.spec_from_file_location("real_score", _SCORE)
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

MANIFEST = score.load_manifest()
DOCS = score.docs_dir()
KNOWN = MANIFEST.get("known_failures") or {}
KNOWN_METADATA = MANIFEST.get("known_metadata_failures") or {}
KINDS = {"task_tables", "no_tables"}
IGNORED_KINDS = {"agenda", "scoring", "indicator", "statistics", "participants", "letterhead", "signature", "other"}


def _cases():
    for entry in MANIFEST["documents"]:
        if entry.get("holdout"):
            continue
        for name in score.files_of(entry):
            reason = KNOWN.get(f"{entry['id']}/{name}") or KNOWN.get(entry["id"])
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            if entry.get("slow"):  # over 10 s (OCR of a scan)
                marks.append(pytest.mark.slow)
            yield pytest.param(entry, name, id=f"{entry['id']}/{name}", marks=marks)


@pytest.mark.parametrize(("entry", "name"), list(_cases()))
def test_real_document(entry, name):
    path = DOCS / name
    if not path.exists():
        pytest.skip(f"corpus file not present in {DOCS} (see tests/real/README.md)")
    if path.suffix.lower() == ".doc":
        import shutil
        if not (shutil.which("soffice") or shutil.which("libreoffice")):
            pytest.skip("legacy .doc needs LibreOffice")
    result = score.evaluate(entry, path)
    if "scanned: no text layer" in result["error"]:
        pytest.skip("a scan needs Tesseract: " + result["error"])
    assert not result["error"], result["error"]
    if entry["kind"] == "no_tables":
        assert result["found"] == 0, f"{result['found']} tasks taken from a document without task tables"
    else:
        assert result["found_records"] == result["expected_records"]
    known = KNOWN_METADATA.get(f"{entry['id']}/{name}") or KNOWN_METADATA.get(entry["id"])
    right = all(result["metadata"].values())
    if known:  # strict, like known_failures: a fixed file must leave the list
        assert not right, f"metadata now right: remove {entry['id']} from known_metadata_failures"
    else:
        assert right, f"metadata {result['metadata']}: found {result['found_metadata']}"


def test_manifest_well_formed():
    docs = MANIFEST["documents"]
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "ids must be unique"
    for d in docs:
        assert re.fullmatch(r"[a-z0-9_]+", d["id"]), d["id"]
        assert d["kind"] in KINDS, d["id"]
        assert d["level"] in {"central", "provincial"}, d["id"]
        assert isinstance(d.get("holdout"), bool), d["id"]
        assert str(d.get("source", "")).startswith("github:") and "@" in d["source"], f"{d['id']}: source not named"
        assert d.get("note"), d["id"]
        for meta in [d.get("metadata"), *(d.get("file_metadata") or {}).values()]:
            assert isinstance(meta, dict) and set(meta) == {"number", "date", "issuer"}, d["id"]
            if meta["date"] is not None:
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta["date"])), d["id"]
        assert set(d.get("file_metadata") or {}) <= set(score.files_of(d)), d["id"]
        assert set((d.get("ignored_tables") or {})) <= IGNORED_KINDS, d["id"]
        expected = Path(score.HERE, "expected", f"{d['id']}.jsonl")
        if d["kind"] == "task_tables":
            assert expected.exists() and score.load_expected(d["id"]), f"{d['id']}: expected records missing"
            for rec in score.load_expected(d["id"]):
                assert set(rec) == set(score.FIELDS), d["id"]
                assert rec["task"], f"{d['id']}: a record without a task"
        else:
            assert not expected.exists() or not score.load_expected(d["id"]), d["id"]
    for key in [*KNOWN, *KNOWN_METADATA]:
        assert key.split("/")[0] in ids, f"known_failures names an unknown document: {key}"
    held = [d["kind"] for d in docs if d["holdout"]]
    # about one task document in three is held out (never fewer than one, never more than half of them)
    n_tasks = sum(d["kind"] == "task_tables" for d in docs)
    assert 1 <= held.count("task_tables") <= max(3, n_tasks // 2), f"holdout kinds: {held}"
    assert 1 <= held.count("no_tables") <= 2, f"holdout kinds: {held}"
    assert any(d["kind"] == "task_tables" and not d["holdout"] for d in docs), "no task document left to test on"


def test_manifest_files_present():
    if not DOCS.is_dir():
        pytest.skip(f"corpus documents folder {DOCS} not present (see tests/real/README.md)")
    missing = [name for d in MANIFEST["documents"] for name in score.files_of(d) if not (DOCS / name).exists()]
    assert not missing, f"missing corpus files: {missing}"
    big = [p.name for p in DOCS.iterdir() if p.is_file() and p.stat().st_size > 2 * 1024 * 1024]
    assert not big, f"corpus files over 2 MB: {big}"


def test_every_source_can_be_restored_from():
    """tests/real/restore.py rebuilds the documents folder from the sources: each must name repo, path, commit."""
    spec = importlib.util.spec_from_file_location("real_restore", _SCORE.with_name("restore.py"))
    restore = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(restore)
    for d in MANIFEST["documents"]:
        p = restore.parse_source(d["source"])
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", p["repo"]) and p["path"] and len(p["commit"]) == 40, d["id"]
        assert not p["path"].endswith(")"), f"{d['id']}: a note left in the path: {p['path']}"
        if p["beside"]:
            assert any(t.endswith(".pdf") for t in d.get("twins") or []), d["id"]


def test_a_page_ruled_by_two_grids_reads_as_one_grid_and_inspect_draws_it(tmp_path):
    """Kế hoạch 1914/KH-UBND (Hải Dương, 2023), page 21: the rows from section IV on are ruled 4 points right of
    those above; the page must give the table's five columns (not six with a sliver), and inspect must draw it."""
    path = DOCS / "kh_1914_chuyen_doi_so_ubnd_hai_duong_2023.pdf"
    if not path.exists():
        pytest.skip(f"corpus file not present in {DOCS} (see tests/real/README.md)")
    from extract.inspect import main
    from extract.pdf_reader import read_pdf

    pages = {f.page: f for f in read_pdf(path).fragments if f.page in (20, 21, 22)}
    assert [pages[p].ncols for p in (20, 21, 22)] == [5, 5, 5]
    out = tmp_path / "p21.png"
    assert main([str(path), "--page", "21", "-o", str(out), "--resolution", "50"]) == 0 and out.stat().st_size > 0
