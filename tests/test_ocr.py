"""Scanned decisions (issue 8): OCR of the image-only samples against the seed oracle.

The samples are built by samples/build_scanned.py from the landscape sample:
every page at 200 dpi, 1-bit, no text layer; and three pages turned by 1-2 degrees.
Tests that run Tesseract skip when it (or its Vietnamese model) is missing.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from functools import lru_cache

import pytest

from helpers import SAMPLES, load_seed, ocr_missing, plain
from normalize.text import fold_ws

from extract import ocr
from extract.grid import Cell, Fragment, build_rows
from extract import ocr_fix
from extract.ocr_fix import infer_numbers
from extract.pipeline import process_file
from extract.stitch import stitch


needs_tesseract = pytest.mark.skipif(bool(ocr_missing()), reason=ocr_missing() or "tesseract present")

pytestmark = pytest.mark.slow  # Tesseract on whole pages: make test, not test-fast

SCANNED = SAMPLES / "scanned_phu_luc_ii_landscape.pdf"
ROTATED = SAMPLES / "scanned_rotated.pdf"
CELLS = {"task": "task", "lead_raw": "lead", "coordinating_raw": "coordinating", "deadline_raw": "deadline",
         "result": "result"}





@lru_cache(maxsize=None)
def scanned_result():
    return process_file(SCANNED, SAMPLES)


@lru_cache(maxsize=None)
def rotated_read():
    return ocr.read_scanned(ROTATED)


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, fold_ws(a), b).ratio()


def similarity(tasks: list[dict], seed_tasks) -> float:
    ratios = [ratio(got[col], plain(want.cells[key])) for got, want in zip(tasks, seed_tasks)
              for col, key in CELLS.items()]
    return sum(ratios) / len(ratios)


def test_scanned_samples_have_no_text_layer():
    from extract.pdf_reader import read_pdf
    assert read_pdf(SCANNED).no_text_pages == list(range(1, 13))
    assert read_pdf(ROTATED).no_text_pages == [1, 2, 3]
    assert read_pdf(SAMPLES / "phu_luc_ii_landscape.pdf").no_text_pages == []


@needs_tesseract
def test_scanned_landscape_gives_every_seed_task(seed):
    result = scanned_result()
    doc = result.document
    assert doc["status"] == "ok", doc["error"]
    assert doc["ocr_pages"] == 12
    tasks = result.tasks
    assert len(tasks) == len(seed.tasks) == 74
    assert [(t["section"], t["stt"]) for t in tasks] == [(s.section, s.stt) for s in seed.tasks]
    titles = dict(seed.sections)
    assert len({t["section"] for t in tasks}) == 10
    for t in tasks:  # a spanning section title is one title, read close to the seed's
        assert ratio(t["section_title"], plain(titles[t["section"]])) >= 0.95, t["section_title"]
    sim = similarity(tasks, seed.tasks)
    print(f"mean cell similarity {sim:.4f}")
    assert sim >= 0.97


@needs_tesseract
def test_scanned_rows_carry_confidence_and_pages(seed):
    tasks = scanned_result().tasks
    assert all(t["ocr_confidence"] is not None and 0.5 <= t["ocr_confidence"] <= 1 for t in tasks)
    text = process_file(SAMPLES / "phu_luc_ii_landscape.pdf", SAMPLES).tasks  # the same pages, with a text layer
    assert [t["pages"] for t in tasks] == [t["pages"] for t in text]
    assert sum(len(t["pages"]) > 1 for t in tasks) >= 3  # rows cut by a page break are joined


@needs_tesseract
def test_scanned_appendix_label_and_title():
    doc = scanned_result().document
    assert doc["appendix"] == "Phụ lục II"
    assert doc["appendix_title"].startswith("DANH MỤC CÁC NHIỆM VỤ")
    assert doc["decision_year"] == 2026


@needs_tesseract
def test_rotated_pages_are_deskewed_and_read(seed):
    read = rotated_read()
    assert [round(abs(read.skew[p]), 1) for p in (1, 2, 3)] == [1.5, 1.2, 2.0]
    _, rows, _ = stitch(read.fragments)
    text = process_file(SAMPLES / "phu_luc_ii_landscape.pdf", SAMPLES).tasks  # where each seed task is printed
    whole = [s for s, t in zip(seed.tasks, text) if max(t["pages"]) <= 3]
    assert len(whole) >= 20
    got = {(r.section, r.stt): r for r in rows}
    assert all(key in got for key in ((s.section, s.stt) for s in whole))
    tasks = [{col: got[(s.section, s.stt)].fields[key] for col, key in CELLS.items()} for s in whole]
    assert similarity(tasks, whole) >= 0.97


def test_without_tesseract_a_scan_fails_clearly(monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    result = process_file(ROTATED, SAMPLES)
    doc = result.document
    assert doc["status"] == "failed" and not result.tasks
    assert "no text layer" in doc["error"] and "tesseract-ocr-vie" in doc["error"]
    # text PDFs do not need Tesseract at all
    assert process_file(SAMPLES / "phu_luc_ii_landscape.pdf", SAMPLES).document["status"] == "ok"


def _table(rows: list[list[str]], section_rows: dict[int, str], page: int, index: int) -> Fragment:
    """A 6-column fragment: header, then rows; rows in *section_rows* are number + one spanning title."""
    cells = [(0, c, Cell(h)) for c, h in enumerate(
        ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kết quả"))]
    for r, values in enumerate(rows, start=1):
        if r in section_rows:
            cells += [(r, 0, Cell(values[0])), (r, 1, Cell(section_rows[r], colspan=5))]
        else:
            cells += [(r, c, Cell(v)) for c, v in enumerate(values)]
    return Fragment(build_rows(len(rows) + 1, 6, cells), page=page, source_table=index,
                    col_edges=(0, 30, 200, 300, 400, 460, 560))


def test_lost_numbers_are_inferred_from_the_sequence_with_a_warning():
    task = ["Bộ Công an", "Bộ Tư pháp", "2026", "Báo cáo"]
    p1 = _table([["I", ""], ["1", "Việc một", *task], ["", "Việc hai", *task], ["3 _", "Việc ba", *task],
                 ["", "Việc bốn", *task]], {1: "Hoàn thiện thể chế"}, 1, 0)
    p2 = _table([["", "tiếp theo", "", "", "", ""], ["5", "Việc năm", *task], ["H", ""], ["", "Việc một", *task],
                 ["2", "Việc hai", *task]], {3: "Phục vụ người dân"}, 2, 1)
    read = ocr.OcrRead([p1, p2], "", 2, 0)
    infer_numbers(read)
    _, rows, _ = stitch(read.fragments)
    assert [(r.section, r.stt) for r in rows] == [("I", "1"), ("I", "2"), ("I", "3"), ("I", "4"), ("I", "5"),
                                                  ("II", "1"), ("II", "2")]
    assert rows[3].fields["task"] == "Việc bốn tiếp theo"  # the page-cut row is still joined, not numbered
    assert [r.section_title for r in rows][-1] == "Phục vụ người dân"
    warned = {key: w for key, w in read.row_warnings.items()}
    assert any("inferred as '2'" in w for ws in warned.values() for w in ws)
    assert any("taken as 'II'" in w for ws in warned.values() for w in ws)
    assert not any("'3'" in w for ws in warned.values() for w in ws)  # "3 _" is only cleaned


# ---------------------------------------------------------------- issue 15: structure from the sequence

def _read_of(*frags: Fragment) -> ocr.OcrRead:
    read = ocr.OcrRead(list(frags), "", len(frags), 0)
    ocr_fix.repair_headers(read)
    infer_numbers(read)
    return read


def test_many_misread_section_numerals_follow_their_place():
    task = ["Việc", "Bộ Công an", "Bộ Tư pháp", "2026", "Báo cáo"]
    readings = ["I", "H", "VI", "IV", "VH |", "o _", "VII", "VII", "IX", "X"]  # five misread of ten
    rows, sections = [], {}
    for k, numeral in enumerate(readings):
        sections[len(rows) + 1] = f"Phần {k + 1}"
        rows += [[numeral, ""], ["1", *task], ["2", *task]]
    _, out, _ = stitch(_read_of(_table(rows, sections, 1, 0)).fragments)
    assert [r.section for r in out[::2]] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def test_runs_of_unread_numbers_are_filled_and_junk_is_unread():
    task = ["Việc", "Bộ Công an", "Bộ Tư pháp", "2026", "Báo cáo"]
    numbers = ["1", "o _", "", "K)", "5", "6", "l3", "8", "", ""]  # "l3": misread 7; last two lost
    read = _read_of(_table([["I", ""]] + [[n, *task] for n in numbers], {1: "Thể chế"}, 1, 0))
    _, out, _ = stitch(read.fragments)
    assert [r.stt for r in out] == [str(n) for n in range(1, 11)]
    inferred = [i for v in read.issues.values() for i in v if i.code == "value_inferred"]
    assert sorted(i.value for i in inferred) == ["10", "2", "3", "4", "7", "9"]
    assert all(i.field == "stt" and i.page == 1 for i in inferred)
    assert sum(len(w) for w in read.row_warnings.values()) == 6


def test_misread_header_is_recognised_and_a_repeated_one_does_not_start_a_table():
    task = ["Việc", "Bộ Công an", "Bộ Tư pháp", "2026", "Báo cáo"]
    p1 = _table([["I", ""], ["1", *task], ["2", *task]], {1: "Thể chế"}, 1, 0)
    p2 = _table([["3", *task], ["4", *task]], {}, 2, 1)
    p1.rows[0][0] = Cell("SIT")  # "STT" misread
    p2.rows[0] = [Cell(t) for t in ("ST T1", "Nhiêm vụ", "Cơ quan chủ tri", "Cơ quan phôi hợp",
                                     "Thời gian thực hiên", "Kết qủa")]
    tables, out, _ = stitch(_read_of(p1, p2).fragments)
    assert len(tables) == 1
    assert [(r.section, r.stt) for r in out] == [("I", "1"), ("I", "2"), ("I", "3"), ("I", "4")]


def test_a_lost_lead_column_is_never_silent():
    frag = _table([["1", "Việc", "", "", "2026", ""]], {}, 1, 0)
    frag.rows[0][2] = Cell("Cơ qu@n ###")  # the lead header unreadable
    read = _read_of(frag)
    issues = [i for v in read.issues.values() for i in v]
    assert [i.code for i in issues] == ["table_no_lead_column"]
    assert any("no lead column" in w for ws in read.row_warnings.values() for w in ws)


def test_fuzzy_header_matching_is_off_by_default():
    from extract.headers import field_scores, map_header
    assert field_scores("SIT") == [] and map_header(["SIT", "Nhiêm vu"]).fields[0] is None
    assert map_header(["SIT", "Nhiêm vu"], tolerance=0.34).fields == ("stt", "task")


def test_colour_ink_is_dropped_and_black_under_it_kept():
    import numpy as np
    page = np.full((40, 40, 3), 250, np.uint8)
    page[10:30, 5:8] = 0  # a black stroke
    page[:, 20:] = (200, 30, 40)  # a red seal over the right half
    page[10:30, 25:28] = 0  # print under the seal
    grey = ocr.drop_colour_ink(page)
    assert grey[15, 6] == 0 and grey[15, 26] == 0 and grey[5, 30] == 255


def test_tone_repair_changes_no_correct_sample_cell(seed):
    """False-change rate of the word-list and bigram repair on correct text: every seed cell,
    every layout-corpus cell and the 7-column plan, <= 0.5% of cells."""
    from pathlib import Path
    cells = [plain(v) for t in seed.tasks for v in t.cells.values() if plain(v)]
    layouts = Path(__file__).resolve().parent / "layouts"
    for p in sorted(layouts.glob("*.pdf")) + [Path(__file__).resolve().parent / "scans" / "ke_hoach_7_cot.pdf"]:
        cells += [t[k] for t in process_file(p, p.parent).tasks
                  for k in ("task", "lead_raw", "coordinating_raw", "deadline_raw", "result") if t[k]]
    changed = [c for c in cells if ocr_fix.repair_text(c) != c]
    print(f"false changes: {len(changed)} of {len(cells)} cells")
    assert len(cells) > 700 and len(changed) <= 0.005 * len(cells)


def test_tone_repair_fixes_what_the_bigrams_make_certain():
    assert ocr_fix.repair_text("Trình cấp có thấm quyền ban hành") == "Trình cấp có thẩm quyền ban hành"
    assert ocr_fix.repair_text("Vẫn phòng Chính phủ") == "Văn phòng Chính phủ"


@needs_tesseract
def test_scanned_page_gives_image_cells_and_words():
    image, cells, words = ocr.scanned_page(ROTATED, 1)
    assert image.ndim == 2 and image.shape[0] > 2000
    assert len(cells) > 20 and all(len(b) == 4 and b[0] < b[2] and b[1] < b[3] for b in cells)
    box, text, conf = words[0]
    assert len(box) == 4 and isinstance(text, str) and 0 <= conf <= 100
    assert any(t == "Nhiệm" for _, t, _ in words)


def test_a_section_row_whose_span_the_scan_lost_is_still_a_section():
    """Kế hoạch CCHC 2026-2030 (Lâm Đồng) scanned at 200 dpi: the grid of the scan lost the span of "Cải cách thể
    chế" across the columns, and OCR read the numeral "I" as "l|"; a task row with an empty lead is no section."""
    from helpers import frag
    head = ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện"]
    f = frag([head, ["l|", "Cải cách thể chế", "", "", "", ""],
              ["1", "Thực hiện việc đăng tải văn bản", "Văn bản", "Hằng năm", "Sở Tư pháp", ""],
              ["2", "Rà soát văn bản", "", "", "", ""]])
    assert [ocr_fix._is_section_row(f, r, 0) for r in (1, 2, 3)] == [True, False, False]


def test_a_quarter_numeral_is_recounted_from_its_strokes():
    """Issue 15: Tesseract reads "Quý II/2027" for "Quý III/2027" at 200 dpi; the upright strokes before the slash
    (serifs above and below left out, touching strokes apart) settle it, and the row says so."""
    import numpy as np

    from extract.ocr import Word, settle_quarters, stroke_count

    page = np.full((60, 120), 255, dtype=np.uint8)
    for x in (10, 17, 24):                     # three strokes, the last two touching at a serif
        page[10:50, x:x + 4] = 0
    page[10:13, 17:28] = 0
    for y in range(10, 50):                    # the slash
        page[y, 45 - (y - 10) // 4: 47 - (y - 10) // 4] = 0
    page[20:40, 60:90] = 0                     # the year, as a blot
    word = Word("II/2027", 8, 10, 92, 50, 43.0)
    assert stroke_count(page, word) == 3
    notes = settle_quarters([Word("Quý", 0, 10, 6, 50, 90.0), word], page)
    assert word.text == "III/2027" and "3 strokes" in notes[0]


def test_a_section_numeral_read_as_a_figure_is_a_section_where_the_sections_agree():
    """Kế hoạch A2 (quốc phòng, quân sự) scanned grey at 200 dpi: the bold "I" of the first section row (a title,
    every other cell empty) is read "1"; the sections after it read "II", "III", so it is section I, warned. A bare
    task "1" under section I is no section (its place among the sections is II)."""
    from helpers import frag
    head = ["STT", "Nội dung", "Thời gian", "Chủ trì", "Thực hiện"]
    task = ["Thường xuyên", "Lãnh đạo Trung tâm", "BCH Quân sự"]
    f = frag([head, ["1", "Quán triệt, triển khai thực hiện", "", "", ""], ["1", "Tổ chức quán triệt", *task],
              ["2", "Xây dựng kế hoạch", *task], ["II", "Công tác giáo dục", "", "", ""], ["1", "Rà soát", *task],
              ["III", "Xây dựng lực lượng", "", "", ""], ["1", "Kiện toàn", "", "", ""], ["2", "Tham gia", *task]],
             page=1, source_table=0)
    read = _read_of(f)
    _, out, _ = stitch(read.fragments)
    assert [(r.section, r.stt) for r in out] == [("I", "1"), ("I", "2"), ("II", "1"), ("III", "1"), ("III", "2")]
    assert any("OCR read '1', taken as 'I'" in w for ws in read.row_warnings.values() for w in ws)


def test_a_second_number_column_on_a_scan_keys_groups_and_tasks():
    """Kế hoạch 277/KH-UBND (Hà Nội) scanned: "Stt" over TT | Chi tiết, tasks numbered 1.. in TT through groups
    numbered "1", "2" in Chi tiết (TT empty), their tasks lettered "a)", "b)". OCR reads "a)" as "4)" (no group
    number: the letters go by place, warned), TT "1" as "I" and "11" as "I1" (the TT sequence runs past the
    group rows), and a group-level task's "11" as "1" between 10 and 12."""
    from helpers import frag
    head = [["Stt", "<", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn"],
            ["TT", "Chi tiết", "^", "^", "^", "^", "^"]]
    task = ["Sở Tài chính", "Sở Khoa học và Công nghệ", "Dữ liệu", "30/8/2026"]
    body = [["", "1", "Làm sạch dữ liệu", "", "", "", ""], ["I", "4)", "Dữ liệu đầu tư", *task],
            ["2", "b)", "Dữ liệu quy hoạch", *task], ["3", "C)", "Dữ liệu đất đai", *task],
            ["", "2", "Tập trung cao điểm", *task], ["4", "q)", "Thửa đất đo đạc", *task],
            ["5", "b)", "Thửa đất còn lại", *task], ["6", "3", "Kinh tế đêm", *task],
            ["7", "1", "Du lịch số", *task], ["8", "5", "Thôn số", *task]]
    read = _read_of(frag(head + body, page=1, source_table=0))
    _, out, _ = stitch(read.fragments)
    assert [(r.section, r.stt) for r in out] == [("1", "1"), ("1", "2"), ("1", "3"), ("2", "4"), ("2", "5"),
                                                 ("", "6"), ("", "7"), ("", "8")]
    assert [dict(r.extra).get("Stt - Chi tiết") for r in out][:5] == ["a)", "b)", "c)", "a)", "b)"]
    assert dict(out[6].extra).get("Stt - Chi tiết") == "4"
    warned = [w for ws in read.row_warnings.values() for w in ws]
    assert any("OCR read '4)', inferred as 'a)'" in w for w in warned)
    assert any("OCR read 'I', inferred as '1'" in w for w in warned)


def test_borders_some_rows_draw_a_few_points_off_are_one_column():
    """Quyết định 707/QĐ-TTg 2026, a signed scan (tests/real set 15): on some pages each inner border stands 4-6
    points off from row to row (a Word table whose rows were sized one by one); they are one column's border, so
    the page has the table's six columns and stitches to the page before, not ten with slivers."""
    from extract.ocr import TableBox, table_fragment

    k = 300 / 72     # points to pixels at 300 dpi
    rows = [(0, 40), (40, 80)]
    edges = [[60, 97, 328, 533, 616, 723, 795], [60, 97, 332, 538, 622, 729, 795]]   # points, per row
    cells = [(round(a * k), round(t * k), round(b * k), round(u * k))
             for (t, u), xs in zip(rows, edges) for a, b in zip(xs, xs[1:])]
    frag, _, _ = table_fragment(TableBox((cells[0][0], 0, cells[-1][2], cells[-1][3]), cells),
                                [[] for _ in cells], {}, page_no=7, index=0, context="")
    assert frag.ncols == 6 and len(frag.rows) == 2


@needs_tesseract
def test_a_page_scanned_sideways_is_turned_upright():
    """A landscape appendix scanned as a portrait page (Kế hoạch 2668/KH-UBND of Bắc Giang, 2010, tests/real set 17:
    its appendix table gave nothing read as it lies): the 7-column plan's table page turned a quarter either way is
    turned back; the page as printed is left alone."""
    import numpy as np
    import pypdfium2 as pdfium

    from extract.ocr import check_available, render_page
    from extract.ocr_orient import upright

    pdf = pdfium.PdfDocument(str(Path(__file__).parent / "scans" / "ke_hoach_7_cot.pdf"))
    page = render_page(pdf, 0, 300)
    pdf.close()
    exe = check_available()
    assert upright(page, exe, 300)[1] == 0
    for k, want in ((1, 90), (-1, 270)):
        turned, turn = upright(np.ascontiguousarray(np.rot90(page, k)), exe, 300)
        assert turn == want and turned.shape == page.shape


def _three_columns(rows: list[list[str]], page: int, index: int, edges=(47.8, 79.6, 653.8, 792.7)) -> Fragment:
    """STT | NHIỆM VỤ | CƠ QUAN CHỦ TRÌ, the layout of Nghị quyết 03/NQ-CP 2010's appendix as its scan reads."""
    cells = [(0, c, Cell(h)) for c, h in enumerate(("STT", "NHIỆM VỤ", "CƠ QUAN CHỦ TRÌ"))]
    cells += [(r, c, Cell(v)) for r, values in enumerate(rows, start=1) for c, v in enumerate(values)]
    return Fragment(build_rows(len(rows) + 1, 3, cells), page=page, source_table=index, col_edges=edges)


def test_lettered_groups_and_their_roman_sub_groups_follow_the_letters_sequence():
    """Nghị quyết 03/NQ-CP 2010, its 300-dpi scan (tests/real, held out): letter groups A-H in capitals with Roman
    sub-groups I and II under A; OCR read the "II" as "H" (its 34 tasks had gone to group H) and the "G" as "6" (its
    title became a task of E, its 18 tasks E's). Each is settled by the letters' place, with a warning; a task of E
    with an empty lead numbered 6 stays a task."""
    def tasks(n, lead="Bộ Tư pháp"):
        return [[str(k), f"Xây dựng Luật số {k}", lead] for k in range(1, n + 1)]
    e_tasks = tasks(9)
    e_tasks[5][2] = ""      # a task with no lead, numbered 6: a letter's look-alike, but no group
    p1 = _three_columns([["A", "THÚC ĐẨY PHỤC HỒI KINH TẾ", ""], ["I", "Thúc đẩy phục hồi tốc độ tăng trưởng", ""],
                         *tasks(3), ["H", "Tập trung chuyển đổi cơ cấu kinh tế", ""], *tasks(2),
                         ["B", "ĐIỀU HÀNH CHÍNH SÁCH TÀI CHÍNH, TIỀN TỆ", ""], *tasks(2)], 3, 0)
    p2 = _three_columns([["C", "ĐẨY MẠNH PHÁT TRIỂN VĂN HÓA", ""], *tasks(2), ["D", "TẠO CHUYỂN BIẾN Y TẾ", ""],
                         *tasks(1), ["E", "TĂNG CƯỜNG BẢO VỆ MÔI TRƯỜNG", ""], *e_tasks,
                         ["6", "MỞ RỘNG QUAN HỆ QUỐC TẾ", ""], *tasks(3), ["H", "NÂNG CAO HIỆU LỰC QUẢN LÝ", ""],
                         *tasks(2)], 4, 1)
    read = _read_of(p1, p2)
    _, out, _ = stitch(read.fragments)
    keys = [(r.section, r.stt) for r in out]
    assert keys[:5] == [("A", "1"), ("A", "2"), ("A", "3"), ("A", "1"), ("A", "2")]
    assert [r.parent for r in out[:5]] == ["A/I"] * 3 + ["A/II"] * 2
    assert [k for k in keys if k[0] == "E"] == [("E", str(k)) for k in range(1, 10)]
    assert keys[-5:] == [("G", "1"), ("G", "2"), ("G", "3"), ("H", "1"), ("H", "2")]
    warned = [w for ws in read.row_warnings.values() for w in ws]
    assert sum("taken as 'II' from the letters' sequence" in w for w in warned) == 1
    assert sum("taken as 'G' from the letters' sequence" in w for w in warned) == 1
    inferred = sorted(i.value for v in read.issues.values() for i in v if i.code == "value_inferred")
    assert inferred == ["G", "II"]      # the task numbered 6 with no lead is left as read


def test_letters_and_numerals_are_left_alone_without_a_letter_sequence():
    """Two letters are no sequence: an "H" under "I" in a table of Roman sections stays what the Roman rules make of it."""
    from extract.ocr_letters import letter_groups
    assert letter_groups([("A", True, True), ("I", False, True), ("H", False, True)]) == ["", "", ""]
    assert letter_groups([("A", True, True), ("B", True, True), ("C", True, True), ("6", False, True)])[-1] == ""


def test_a_scanned_page_a_little_larger_still_continues_the_table():
    """The last page of Nghị quyết 03/NQ-CP 2010's scan is 0.6% wider than the others: its columns' edges 2-7 pt
    off. Its rows belong to the table above (they had become a table of their own, with no section)."""
    p1 = _three_columns([["A", "THÚC ĐẨY PHỤC HỒI KINH TẾ", ""], ["1", "Việc một", "Bộ Nội vụ"]], 17, 0)
    p2 = _three_columns([["2", "Việc hai", "Bộ Nội vụ"]], 18, 1, edges=(49.7, 81.7, 658.3, 799.4))
    far = _three_columns([["3", "Việc ba", "Bộ Nội vụ"]], 19, 2, edges=(49.7, 95.0, 640.0, 799.4))
    read = ocr.OcrRead([p1, p2, far], "", 3, 0)
    ocr.align_edges(read.fragments)
    tables, out, _ = stitch(read.fragments)
    assert [(r.table_index, r.section, r.stt) for r in out] == [(0, "A", "1"), (0, "A", "2"), (1, "", "3")]
