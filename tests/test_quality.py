"""Quality as data (issue 16) and unseen wordings (issue 12) through the whole pipeline.

A provincial plan as such plans are printed (letterhead table, "Số:" line, a body that quotes other
decisions, a task table whose lead and deadline columns are headed by words no list had, a row with an
empty lead, and a conference agenda after it) goes through ``process_file`` and a real batch; the
issues, review flags, table roles, metadata and --vocab are checked on what comes out.
"""
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from docx import Document

from extract.batch import run_batch
from extract.issues import CODES
from extract.pipeline import process_file

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["STT", "Nội dung", "Đơn vị tham mưu", "Đơn vị phối hợp", "Mốc hoàn thành"]
ROWS = [
    ["1", "Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "Sở Nội vụ",
     "Các sở, ban, ngành tỉnh", "Quý I/2026"],
    ["2", "Xây dựng cơ sở dữ liệu về cán bộ, công chức, viên chức của tỉnh", "Sở Nội vụ",
     "Sở Khoa học và Công nghệ", "Tháng 6/2026"],
    ["3", "Triển khai nền tảng số dùng chung phục vụ chỉ đạo, điều hành của tỉnh", "Sở Khoa học và Công nghệ",
     "Công an tỉnh", "Năm 2026"],
    ["4", "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã", "", "Sở Nội vụ", "Thường xuyên"],
]
AGENDA = [["Thời gian", "Nội dung", "Chủ trì"], ["14h00 - 14h05", "Tuyên bố lý do", "Văn phòng UBND tỉnh"],
          ["14h05 - 14h30", "Báo cáo kết quả", "Sở Nội vụ"]]


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            first, *more = text.split("\n")  # each line a paragraph, as letterheads are typed
            t.cell(r, c).text = first
            for line in more:
                t.cell(r, c).add_paragraph(line)
    return t


def provincial_plan(path: Path) -> Path:
    doc = Document()
    _table(doc, [["ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                 ["Số: 123/KH-UBND", "Đồng Tháp, ngày 12 tháng 3 năm 2026"]])
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Thực hiện Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ"
                      " (nâng cao năng lực cạnh tranh của nền kinh tế)")
    _table(doc, [HEADER] + ROWS)
    doc.add_paragraph("CHƯƠNG TRÌNH HỘI NGHỊ")
    _table(doc, AGENDA)
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return provincial_plan(tmp_path_factory.mktemp("plan") / "ke_hoach_123.docx")


def test_metadata_comes_from_the_letterhead_not_the_body(plan):
    doc = process_file(plan, plan.parent).document
    assert (doc["decision_number"], str(doc["decision_date"])) == ("123/KH-UBND", "2026-03-12")
    assert doc["issuer"] == "Ủy ban nhân dân tỉnh Đồng Tháp" and doc["issuer_id"] == "prov.dong_thap"
    assert doc["issuer_raw"] == "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP"  # as printed, on two lines, as in the PDF


def test_unknown_headers_are_settled_by_content_reported_and_flagged(plan):
    r = process_file(plan, plan.parent)
    assert [t["lead_raw"] for t in r.tasks] == ["Sở Nội vụ", "Sở Nội vụ", "Sở Khoa học và Công nghệ", ""]
    assert [t["deadline_raw"] for t in r.tasks] == [row[4] for row in ROWS]
    inferred = [i for i in r.issues if i.code == "column_role_inferred"]
    assert sorted((i.field, i.value) for i in inferred) == [("deadline", "Mốc hoàn thành"), ("lead", "Đơn vị tham mưu")]
    # every row of a table with an inferred column needs a look; the row with no lead says why
    assert all(t["needs_review"] for t in r.tasks)
    assert r.tasks[3]["review_reasons"] == ["column_role_inferred", "lead_missing"]
    assert "lead: empty lead cell" in r.tasks[3]["warnings"]
    (table,) = r.tables
    roles = {c["label"]: (c["role"], c["how"]) for c in table["columns"]}
    assert roles["Đơn vị tham mưu"] == ("lead", "content") and roles["STT"] == ("stt", "words")
    assert table["complete_rows_share"] == 0.75 and 0 < table["quality"] < 1


def test_the_agenda_beside_the_task_table_is_counted_by_kind_not_read(plan):
    r = process_file(plan, plan.parent)
    assert not any("Tuyên bố" in t["task"] for t in r.tasks)
    assert dict(r.document["tables_ignored_kinds"]) == {"agenda": 1, "letterhead": 1}
    assert r.document["status"] == "ok"


def test_users_vocabulary_maps_their_header_words(plan, tmp_path, monkeypatch):
    vocab = tmp_path / "vocab.yaml"
    vocab.write_text("headers:\n  fields:\n    lead: [Đơn vị tham mưu]\n    deadline: [Mốc hoàn thành]\n",
                     encoding="utf-8")
    monkeypatch.setenv("VN_TASKS_VOCAB", str(vocab))
    r = process_file(plan, plan.parent)
    assert not [i for i in r.issues if i.code == "column_role_inferred"]
    assert [t["needs_review"] for t in r.tasks] == [False, False, False, True]


@pytest.mark.parametrize("text, says", [
    ("headers:\n  fields:\n    boss: [Sếp]\n", "unknown field 'boss'"),
    ("agencies:\n  - {id: x, name: Sở X}\n", "needs 'id', 'name' and 'kind'"),
    ("headers: [1, 2\n", "not UTF-8 YAML"),
])
def test_a_bad_vocabulary_file_is_refused_with_what_is_wrong(tmp_path, text, says):
    vocab = tmp_path / "vocab.yaml"
    vocab.write_text(text, encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "extract", str(ROOT / "samples" / "phu_luc_ii_nfd.docx"),
                        "-o", str(tmp_path / "out"), "--vocab", str(vocab), "--workers", "1", "-q"],
                       capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert p.returncode == 2 and says in p.stderr
    assert not (tmp_path / "out").exists()


def test_batch_writes_issues_and_tables_that_join_tasks(plan, tmp_path):
    out = tmp_path / "out"
    run_batch([plan.parent], out, workers=1)
    issues = pq.read_table(out / "issues.parquet").to_pylist()
    tasks = pq.read_table(out / "tasks.parquet").to_pylist()
    tables = pq.read_table(out / "tables.parquet").to_pylist()
    assert all(i["code"] in CODES and i["severity"] in ("info", "warning", "error") for i in issues)
    by_row = {(i["doc_id"], i["row_index"]) for i in issues if i["row_index"] is not None}
    for t in tasks:  # every flagged row has its reasons in the issues table
        if t["needs_review"] and set(t["review_reasons"]) - {"column_role_inferred"}:
            assert (t["doc_id"], t["row_index"]) in by_row
    assert [(t["table_index"], t["rows"]) for t in tables] == [(0, 4)]
    assert pq.read_schema(out / "issues.parquet").metadata[b"table"] == b"issues"


def test_the_same_decision_as_pdf_and_docx_gives_one_primary(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("phu_luc_ii_landscape.pdf", "phu_luc_ii_landscape.docx", "quyet_dinh_full.docx"):
        (src / name).write_bytes((ROOT / "samples" / name).read_bytes())
    out = tmp_path / "out"
    run_batch([src], out, workers=1)
    docs = {d["source_path"]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    primary = docs["phu_luc_ii_landscape.docx"]
    assert primary["duplicate_of"] is None
    # the landscape appendix and the whole decision carry the same task table: same decision, DOCX first
    assert docs["phu_luc_ii_landscape.pdf"]["duplicate_of"] == primary["doc_id"]
    issues = pq.read_table(out / "issues.parquet").to_pylist()
    assert [i["doc_id"] for i in issues if i["code"] == "duplicate_document"] == \
        [d["doc_id"] for d in docs.values() if d["duplicate_of"]]


def test_every_record_the_pipeline_makes_has_exactly_its_schema_fields(plan, tmp_path):
    from schemas.records import RECORDS

    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    for path in (plan, ROOT / "samples" / "quyet_dinh_full.pdf", empty):
        r = process_file(path, path.parent)
        for table, rows in r.records().items():
            for row in rows:
                RECORDS[table].from_dict(row)  # a missing or an extra field raises


@pytest.mark.parametrize("name", ["quyet_dinh_full.docx", "quyet_dinh_full.pdf"])
def test_a_whole_decision_gives_its_number_date_and_issuer_in_both_formats(name):
    doc = process_file(ROOT / "samples" / name, ROOT / "samples").document
    assert (doc["decision_number"], str(doc["decision_date"]), doc["issuer"], doc["issuer_id"]) == \
        ("1234/QĐ-TTg", "2026-05-15", "Thủ tướng Chính phủ", "tw.thu_tuong")


def test_no_product_function_is_over_80_lines():
    import ast

    long = []
    for folder in ("extract", "normalize", "schemas"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 80:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert long == []


def test_a_row_read_by_ocr_below_the_threshold_needs_review():
    from extract.pipeline import _low_confidence
    from extract.review import OCR_REVIEW_BELOW, review_of
    from extract.stitch import TaskRow

    row = TaskRow(0, "3", {}, {}, "I", "", "I", [2], [])
    task = {"ocr_confidence": OCR_REVIEW_BELOW - 0.2, "warnings": []}
    issues = _low_confidence(task, 7, row)
    assert [(i.code, i.row_index, i.page) for i in issues] == [("ocr_low_confidence", 7, 2)]
    assert review_of(issues, set()) == (True, ["ocr_low_confidence"]) and task["warnings"]
    assert _low_confidence({"ocr_confidence": OCR_REVIEW_BELOW + 0.01, "warnings": []}, 7, row) == []


def test_every_issue_code_is_made_somewhere_and_every_code_made_is_known():
    import regex

    from extract.issues import CODES

    source = "\n".join(p.read_text(encoding="utf-8") for folder in ("extract", "normalize")
                       for p in (ROOT / folder).rglob("*.py") if p.name not in ("issues.py", "review.py"))
    made = set(regex.findall(r'Issue\(\s*"([a-z_]+)"', source)) | set(regex.findall(r'code="([a-z_]+)"', source))
    assert made <= set(CODES), made - set(CODES)
    unused = {c for c in CODES if f'"{c}"' not in source}
    assert unused == set(), f"codes no code path makes: {sorted(unused)}"
