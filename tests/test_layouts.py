"""The layout corpus (tests/layouts/): every table shape of issue 7, PDF and DOCX, read with no settings.

Golden records live in tests/layouts/golden/ (rewritten only with UPDATE_GOLDEN=1);
the explicit assertions below say what each golden must show.  The stitch
functions are also tested on hand-built fragments, with a property: stitching
never loses the text of a cell.
"""
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import dumps, extracted_file, frag
from normalize.text import fold_ws

from extract.grid import Cell, Fragment, build_rows
from extract.stitch import classify, find_header, group_tables, raw_rows, stitch

LAYOUTS = Path(__file__).resolve().parent / "layouts"
GOLDEN = LAYOUTS / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
FILES = sorted(p.name for p in LAYOUTS.iterdir() if p.suffix in (".pdf", ".docx"))
STEMS = sorted({n.rsplit(".", 1)[0] for n in FILES})


def extracted(name: str):
    return extracted_file(LAYOUTS / name)  # once per session (tests/helpers.py)


def tasks(name):
    return extracted(name).tasks


def both(stem):
    return [f"{stem}.pdf", f"{stem}.docx"]


# ---------------------------------------------------------------- the corpus

def test_every_layout_has_a_pdf_and_a_docx():
    assert len(STEMS) >= 9
    assert all(f"{s}.pdf" in FILES and f"{s}.docx" in FILES for s in STEMS)


@pytest.mark.parametrize("name", FILES)
def test_golden(name):
    path = GOLDEN / (name.replace(".", "_") + ".jsonl")
    text = "".join(dumps({k: v for k, v in t.items() if k != "doc_id"}) + "\n" for t in tasks(name))
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run UPDATE_GOLDEN=1"
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_and_docx_give_the_same_records(stem):
    skip = {"doc_id", "source_path", "pages"}
    def comparable(t):
        return {k: (fold_ws(v) if isinstance(v, str) else v) for k, v in t.items() if k not in skip}
    pdf, docx = tasks(stem + ".pdf"), tasks(stem + ".docx")
    assert [comparable(t) for t in pdf] == [comparable(t) for t in docx]


@pytest.mark.parametrize("name", FILES)
def test_every_row_is_a_task_with_a_lead(name):
    assert extracted(name).document["status"] == "ok"
    for t in tasks(name):
        assert t["task"] and t["lead_raw"] and t["stt"], t
        assert len(t["parent_titles"]) == (t["parent"].count("/") + 1 if t["parent"] else 0)


@pytest.mark.parametrize("name", both("ten_nhiem_vu"))
def test_tt_ten_nhiem_vu_with_letter_groups_and_restarting_numbers(name):
    rows = tasks(name)
    assert [(t["parent"], t["stt"]) for t in rows] == [("A", "1"), ("A", "2"), ("B", "1"), ("B", "2")]
    assert rows[0]["section_title"] == "NHIỆM VỤ XÂY DỰNG THỂ CHẾ"
    assert rows[0]["result"] == "Nghị định của Chính phủ" and rows[0]["deadline_raw"] == "Tháng 6/2026"
    assert rows[0]["coordinating_raw"] == "Bộ Tư pháp, Bộ Tài chính" and rows[0]["extra"] == []


@pytest.mark.parametrize("name", both("theo_doi"))
def test_nested_groups_running_numbers_and_a_monitoring_column(name):
    rows = tasks(name)
    assert [(t["parent"], t["stt"]) for t in rows] == [
        ("I/1", "1.1"), ("I/1/1.2", "1.2.1"), ("I/1/1.2", "1.2.2"), ("I", "2"), ("II/3", "3.1"), ("II/3", "3.2")]
    assert rows[1]["parent_titles"] == ["HOÀN THIỆN THỂ CHẾ", "Rà soát văn bản quy phạm pháp luật",
                                        "Rà soát thủ tục hành chính"]
    assert {t["section"] for t in rows} == {"I", "II"}
    first = rows[0]
    assert (first["result"], first["deadline_raw"], first["lead_raw"]) == ("Báo cáo rà soát", "Tháng 6/2026", "Sở Tư pháp")
    assert first["extra"] == [("Theo dõi, kiểm tra, đôn đốc", "Văn phòng UBND tỉnh")]


def test_rows_cut_by_a_page_break_stay_tasks():
    rows = tasks("theo_doi.pdf")
    assert any(len(t["pages"]) == 2 for t in rows)
    assert [t["stt"] for t in rows] == [t["stt"] for t in tasks("theo_doi.docx")]


@pytest.mark.parametrize("name", both("nhom_nhiem_vu"))
def test_task_group_column_is_extra_and_agencies_come_first(name):
    rows = tasks(name)
    assert [t["task"] for t in rows][:2] == ["Hoàn thiện khung pháp lý về đầu tư công", "Mở rộng ứng dụng VNeID"]
    assert rows[0]["lead_raw"] == "Bộ Tài chính" and rows[0]["deadline_raw"] == "Năm 2026"
    assert [k for k, _ in rows[0]["extra"]] == ["Thuộc nhóm nhiệm vụ, hành động"]
    # a target column is the result when the table has no column named so
    assert rows[0]["result"] == "100% dự án được giải ngân"


@pytest.mark.parametrize("name", both("giai_phap"))
def test_letter_and_dash_items_under_numbered_groups(name):
    rows = tasks(name)
    assert [(t["parent"], t["stt"]) for t in rows] == [("1", "a"), ("1", "b"), ("2", "-"), ("2", "-")]
    assert rows[0]["section_title"] == "Nâng cao chất lượng nguồn nhân lực"
    assert rows[0]["lead_raw"] == "Bộ Nội vụ" and rows[0]["result"] == "Cán bộ được đào tạo"
    assert rows[1]["deadline_raw"] == "2026 - 2027"


@pytest.mark.parametrize("name", both("caps"))
def test_capital_headers_and_a_cell_merged_across_lead_and_coordinating(name):
    rows = tasks(name)
    assert [(t["parent"], t["stt"]) for t in rows] == [("1", "1.1"), ("1", "1.2"), ("2", "2.1")]
    merged = rows[1]
    assert merged["lead_raw"].startswith("Theo phân công tại Quyết định số 06/QĐ-TTg")
    assert merged["coordinating_raw"] == ""
    assert "coordinating: printed in one cell merged with lead; left empty" in merged["warnings"]
    assert rows[0]["deadline_raw"] == "Năm 2026" and rows[0]["result"] == ""


@pytest.mark.parametrize("name", both("kinh_phi"))
def test_one_task_over_several_assignment_rows(name):
    rows = tasks(name)
    assert [t["stt"] for t in rows] == ["1", "1", "1", "2"]
    assert len({t["task"] for t in rows[:3]}) == 1
    assert [t["lead_raw"] for t in rows[:3]] == ["Bộ Tư pháp", "Bộ Y tế", "Bộ Giáo dục và Đào tạo"]
    assert [t["deadline_raw"] for t in rows[:3]] == ["Năm 2026", "Năm 2027", "Năm 2027"]
    assert [t["result"] for t in rows[:3]] == ["Cơ sở dữ liệu hộ tịch", "Cơ sở dữ liệu y tế", "Cơ sở dữ liệu giáo dục"]
    assert rows[3]["extra"] == [("Nguồn kinh phí", "Ngân sách nhà nước")]


@pytest.mark.parametrize("name", both("nguoi_dung_dau"))
def test_responsible_head_is_extra_not_lead(name):
    rows = tasks(name)
    assert rows[0]["lead_raw"] == "Bảo hiểm xã hội Việt Nam"
    assert rows[0]["extra"] == [("Người đứng đầu chịu trách nhiệm", "Tổng Giám đốc Bảo hiểm xã hội Việt Nam")]
    assert rows[0]["deadline_raw"] == "Tháng 10/2026"


@pytest.mark.parametrize("name", both("two_row_header"))
def test_two_row_header_with_a_group_cell_and_column_numbers(name):
    rows = tasks(name)
    assert [t["stt"] for t in rows] == ["1", "2"]  # neither the sub-header nor "(1) (2) ..." is a row
    assert (rows[0]["lead_raw"], rows[0]["coordinating_raw"]) == ("Bộ Nông nghiệp và Môi trường", "Bộ Quốc phòng")
    assert rows[0]["extra"] == [("Kinh phí", "Ngân sách nhà nước")]


@pytest.mark.parametrize("name", both("quyet_dinh_ubnd"))
def test_whole_decision_with_body_tables_and_two_appendices(name):
    result = extracted(name)
    doc = result.document
    assert (doc["decision_number"], doc["decision_date"].isoformat()) == ("125/QĐ-UBND", "2026-03-20")
    assert "Bắc Ninh" in doc["issuer"]
    assert doc["tables_found"] == 3
    # the indicator table is ignored in both; the borderless letterhead and signature are tables only in DOCX
    assert doc["tables_ignored"] == (3 if name.endswith(".docx") else 1)
    labels = [(t["table_index"], t["appendix"], t["parent"], t["stt"]) for t in result.tasks]
    assert labels == [(0, "", "", "1"), (1, "Phụ lục I", "I", "1"), (1, "Phụ lục I", "II", "1"),
                      (2, "Phụ lục II", "", "1"), (2, "Phụ lục II", "", "2")]
    assert result.tasks[3]["appendix_title"] == "NHIỆM VỤ BẢO ĐẢM AN TOÀN THÔNG TIN"
    assert not any("Tỷ lệ" in t["task"] for t in result.tasks)


def test_appendix_only_plan_takes_its_issuer_from_the_wrapped_attachment_line():
    for name in both("theo_doi"):
        doc = extracted(name).document
        assert (doc["decision_number"], doc["issuer"]) == ("617/KH-UBND", "Ủy ban nhân dân tỉnh Bắc Ninh")


# ---------------------------------------------------------------- stitch units

HEAD = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]


def rows_of(*fragments):
    tables, task_rows, ignored = stitch(list(fragments))
    return task_rows


def test_two_row_header_band_takes_the_sub_columns():
    f = frag([["STT", "Nhiệm vụ", "Cơ quan thực hiện", "<", "Kinh phí", "<"],
              ["^", "^", "Chủ trì", "Phối hợp", "Ngân sách", "Khác"],
              ["1", "Việc", "Bộ A", "Bộ B", "10", "5"]])
    hmap, h = find_header(f)
    assert h == 2
    assert hmap.fields == ("stt", "task", "lead", "coordinating", None, None)
    assert hmap.labels[4:] == ("Kinh phí - Ngân sách", "Kinh phí - Khác")


def test_nested_groups_on_hand_built_rows():
    f = frag([HEAD, ["A", "Nhóm A", "", "", ""], ["I", "Mục I", "", "", ""], ["1", "Việc 1", "", "", ""],
              ["1.1", "Việc 1.1", "Bộ A", "", "2026"], ["2", "Việc 2", "Bộ B", "", "2026"],
              ["B", "Nhóm B", "", "", ""], ["1", "Việc B1", "Bộ C", "", ""]])
    got = [(t.parent, t.stt, t.section) for t in rows_of(f)]
    assert got == [("A/I/1", "1.1", "A"), ("A/I", "2", "A"), ("B", "1", "B")]


def test_a_bare_row_followed_by_a_sibling_is_a_task_not_a_group():
    f = frag([HEAD, ["1", "Việc chưa giao", "", "", ""], ["2", "Việc 2", "Bộ A", "", ""]])
    assert [(t.stt, t.parent) for t in rows_of(f)] == [("1", ""), ("2", "")]


def test_a_row_cut_by_a_page_break_is_joined_before_it_could_look_like_a_group():
    p1 = frag([HEAD, ["1", "Việc dài bị", "", "", ""]], page=1, col_edges=(0, 10, 20, 30, 40, 50))
    p2 = frag([["", "cắt ngang trang", "Bộ A", "Bộ B", "2026"], ["1.1", "Việc con", "Bộ C", "", ""]],
              page=2, col_edges=(0, 10, 20, 30, 40, 50))
    rows = rows_of(p1, p2)
    assert [(t.stt, t.fields["task"], t.fields["lead"], t.pages) for t in rows] == [
        ("1", "Việc dài bị cắt ngang trang", "Bộ A", [1, 2]), ("1.1", "Việc con", "Bộ C", [2])]


def test_assignment_rows_repeat_the_task_and_number():
    f = frag([HEAD, ["1", "Việc chung", "Bộ A", "", "2026"], ["^", "^", "Bộ B", "", "2027"]])
    assert [(t.stt, t.fields["task"], t.fields["lead"], t.fields["deadline"]) for t in rows_of(f)] == [
        ("1", "Việc chung", "Bộ A", "2026"), ("1", "Việc chung", "Bộ B", "2027")]


def test_cell_over_lead_and_coordinating_fills_lead_and_warns():
    f = frag([HEAD, ["1", "Việc", "Theo phân công tại Quyết định số 1/QĐ-TTg", "<", "2026"]])
    (row,) = rows_of(f)
    assert row.fields["lead"].startswith("Theo phân công") and row.fields["coordinating"] == ""
    assert row.warnings == ["coordinating: printed in one cell merged with lead; left empty"]


def test_non_task_tables_are_ignored_and_appendix_labels_kept():
    targets = frag([["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2030"], ["1", "Tỷ lệ", "%", "80"]])
    sign = frag([["Nơi nhận", "CHỦ TỊCH"]])
    t1 = frag([HEAD, ["1", "Việc", "Bộ A", "", ""]], context="PHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n(Kèm theo ...)")
    t2 = frag([HEAD, ["1", "Việc", "Bộ B", "", ""]], context="Phụ lục II\nNHIỆM VỤ KHÁC")
    tables, ignored = group_tables([targets, t1, sign, t2])
    assert [t.kind for t in ignored] == ["indicator", "signature"]
    assert [(t.label, t.title) for t in tables] == [("PHỤ LỤC I", "DANH MỤC NHIỆM VỤ"), ("Phụ lục II", "NHIỆM VỤ KHÁC")]


def test_rows_remember_where_they_were_printed():
    f = frag([HEAD, ["I", "Mục", "<", "<", "<"], ["1", "Việc", "Bộ A", "", ""]], page=1)
    tables, _ = group_tables([f])
    (row,) = classify(tables[0], raw_rows(tables[0]), 0)
    assert row.origin == [(0, 2)]


# ---------------------------------------------------------------- property: no cell is lost

NUMBERS = st.sampled_from(["", "1", "2.", "1.1", "1.1.2", "a)", "-", "A", "B.", "I", "II.", "IV"])
WORDS = st.text(alphabet="abcdeghiklmnoptuvxyđăâêôơư ", min_size=0, max_size=12).map(fold_ws)


@st.composite
def fragments(draw):
    """Task-table fragments over 1-3 pages: random numbers, texts, empty cells and vertical merges."""
    ncols = len(HEAD) + 1
    head = HEAD + ["Ghi chú"]
    pages, n = [], draw(st.integers(1, 3))
    for p in range(n):
        rows = [head] if p == 0 or draw(st.booleans()) else []
        for _ in range(draw(st.integers(1, 5))):
            row = [draw(NUMBERS)] + [draw(WORDS) for _ in range(ncols - 1)]
            if rows and rows[-1] is not head and draw(st.integers(0, 4)) == 0:
                row[0] = row[1] = "^"  # one task over several assignment rows
            rows.append(row)
        pages.append(frag(rows, page=p + 1, col_edges=tuple(range(0, 10 * (ncols + 1), 10))))
    return pages


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fragments())
def test_stitching_never_loses_a_cell(pages):
    _, rows, _ = stitch(pages)
    if not rows and all(not fold_ws(f.own_text(r, c)) or c == 0 for f in pages for r in range(1, len(f.rows))
                        for c in range(len(f.rows[r]))):
        return      # numbered blank rows under the header and nothing else: a form to fill in, ignored as one
    out = " ".join(" ".join([*t.fields.values(), *t.extra.values(), t.section_title, *t.parent_titles, t.stt,
                             *t.parent.split("/")])
                   for t in rows)
    out = fold_ws(out)
    for f in pages:
        for r, row in enumerate(f.rows):
            for c, slot in enumerate(row):
                text = fold_ws(f.own_text(r, c))
                if text and text not in HEAD + ["Ghi chú"]:
                    assert text.rstrip(".)") in out, (text, r, c)


# ---------------------------------------------------------------- visual QA

def test_inspect_draws_a_page_with_labelled_cells(tmp_path):
    from PIL import Image

    from extract.inspect import main, row_labels
    from extract.pdf_reader import read_pdf

    out = tmp_path / "page.png"
    assert main([str(LAYOUTS / "theo_doi.pdf"), "--page", "1", "-o", str(out), "--resolution", "60"]) == 0
    with Image.open(out) as img:
        assert img.size[0] > 400 and out.stat().st_size < 300_000
    tables, rows, _ = stitch(read_pdf(LAYOUTS / "theo_doi.pdf").fragments)
    labels = row_labels(tables, rows)
    first = tables[0].fragments[0].source_table
    assert [labels[(first, r)] for r in range(5)] == ["hdr", "grp", "grp", "#0", "grp"]
    cut = [t for t in rows if len(t.pages) == 2][0]
    assert len({labels[o] for o in cut.origin}) == 1 and len(cut.origin) == 2  # one label on both pages
    assert main([str(LAYOUTS / "theo_doi.pdf"), "--page", "9", "-o", str(out)]) == 2


def test_one_task_over_assignment_rows_that_cross_a_page_break():
    """The number and task cells merged over rows that go on past the page: new assignments, not a cut row."""
    edges = (0, 10, 20, 30, 40, 50)
    p1 = frag([HEAD, ["1", "Việc chung", "Bộ A", "", "2026"], ["^", "^", "Bộ B", "", "2027"]], page=1, col_edges=edges)
    p2 = frag([HEAD, ["", "", "Bộ C", "", "2028"], ["2", "Việc khác", "Bộ D", "", "2029"]], page=2, col_edges=edges)
    rows = rows_of(p1, p2)
    assert [(t.stt, t.fields["task"], t.fields["lead"], t.fields["deadline"]) for t in rows] == [
        ("1", "Việc chung", "Bộ A", "2026"), ("1", "Việc chung", "Bộ B", "2027"),
        ("1", "Việc chung", "Bộ C", "2028"), ("2", "Việc khác", "Bộ D", "2029")]
    assert rows[2].pages == [2] and any("across a page break" in w for w in rows[2].warnings)
    # without the merge above, the same empty-number row is the rest of a row the page break cut
    q1 = frag([HEAD, ["1", "Việc chung", "Bộ A", "", "2026"], ["2", "Việc", "Bộ B", "", "Tháng"]], page=1,
              col_edges=edges)
    rows = rows_of(q1, p2)
    assert [(t.stt, t.fields["lead"], t.fields["deadline"], t.pages) for t in rows] == [
        ("1", "Bộ A", "2026", [1]), ("2", "Bộ B Bộ C", "Tháng 2028", [1, 2]), ("2", "Bộ D", "2029", [2])]
