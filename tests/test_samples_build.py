"""The committed sample decisions (samples/*.docx, *.pdf) against the seed oracle.

Nothing here needs LibreOffice: the DOCX files are read with python-docx, the PDFs
with pdfplumber, and the rebuild test only runs the python-docx half of
samples/build.py.
"""
from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.oxml.ns import qn

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, SAMPLES / file)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build = _load("samples_build", "build.py")
seed_mod = build.seed_mod  # samples/seed.py, as build.py loaded it
SEED = seed_mod.load_seed()
VARIANTS = {v.name: v for v in build.VARIANTS}
NAMES = sorted(VARIANTS)
ROMAN = re.compile(r"^[IVXLC]+$")


def fold(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(s.split()))


def cell_text(cell) -> str:
    return fold(" ".join(p.text for p in cell.paragraphs))


def appendix_table(doc):
    return doc.tables[-1]  # the full decision has letterhead and signature tables first


def parse_rows(table, columns):
    """(sections, tasks) read back from the appendix table; header row skipped."""
    sections, tasks, section = [], [], None
    for row in table.rows[1:]:
        cells = row.cells
        if cells[1]._tc is cells[-1]._tc:  # title spans all columns after STT
            section = (cell_text(cells[0]), cell_text(cells[1]))
            sections.append(section)
            continue
        values = dict(zip(columns, (cell_text(c) for c in cells)))
        tasks.append((section[0], values.pop("stt"), values))
    return sections, tasks


@pytest.fixture(scope="module", params=NAMES)
def variant(request):
    return VARIANTS[request.param]


@pytest.fixture(scope="module")
def docs():
    return {name: Document(SAMPLES / f"{name}.docx") for name in NAMES}


def test_expected_variants():
    assert set(NAMES) == {
        "phu_luc_ii_landscape", "phu_luc_ii_portrait_narrow", "phu_luc_ii_no_repeat_header",
        "phu_luc_ii_merged_lead", "phu_luc_ii_nfd", "phu_luc_ii_other_headers", "quyet_dinh_full",
    }
    assert len(SEED.sections) == 10 and len(SEED.tasks) == 74


def test_files_exist(variant):
    docx_path, pdf_path = (SAMPLES / f"{variant.name}.{ext}" for ext in ("docx", "pdf"))
    assert zipfile.is_zipfile(docx_path)
    assert pdf_path.read_bytes()[:5] == b"%PDF-"


def test_docx_table_matches_seed(variant, docs):
    table = appendix_table(docs[variant.name])
    sections, tasks = parse_rows(table, variant.columns)
    assert sections == [(num, seed_mod.plain(title)) for num, title in SEED.sections]
    assert len(tasks) == len(SEED.tasks)
    for (section, stt, values), expected in zip(tasks, SEED.tasks):
        assert (section, stt) == (expected.section, expected.stt)
        assert values == {f: seed_mod.plain(v) for f, v in expected.cells.items()}, (section, stt)


def test_docx_table_layout(variant, docs):
    table = appendix_table(docs[variant.name])
    tblPr = table._tbl.tblPr
    assert tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    borders = tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"single"}
    widths = [round(c.width.cm, 1) for c in table.columns]
    assert widths == [round(w, 1) for w in variant.widths_cm]
    header = [cell_text(c) for c in table.rows[0].cells]
    assert header == list(variant.header or (SEED.header[build.FIELDS.index(c)]
                                             for c in variant.columns))
    section_row = table.rows[1]
    assert section_row.cells[1]._tc.tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "5"
    assert all(r.bold for r in section_row.cells[1].paragraphs[0].runs)
    appendix_section = docs[variant.name].sections[-1]
    assert (appendix_section.page_width > appendix_section.page_height) == variant.landscape


def test_bullets_and_paragraphs_are_real_paragraphs(docs):
    table = appendix_table(docs["phu_luc_ii_landscape"])
    rows = {}
    section = None
    for row in table.rows[1:]:
        cells = row.cells
        if cells[1]._tc is cells[-1]._tc:
            section = cell_text(cells[0])
        else:
            rows[(section, cell_text(cells[0]))] = dict(zip(build.FIELDS, cells))
    result = [p.text for p in rows[("VI", "7")]["result"].paragraphs]
    assert len(result) == 3 and all(p.startswith("+ ") for p in result)
    lead = [p.text for p in rows[("IX", "1")]["lead"].paragraphs]
    assert len(lead) == 2 and all(p.startswith("- ") for p in lead)
    assert "<" not in rows[("IV", "7")]["task"].text
    assert len(rows[("I", "1")]["task"].paragraphs) == 1


def test_other_headers_order(docs):
    header = [cell_text(c) for c in appendix_table(docs["phu_luc_ii_other_headers"]).rows[0].cells]
    assert header == ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
                      "Sản phẩm", "Thời hạn hoàn thành"]


def _all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [p.text for row in table.rows for c in row.cells for p in c.paragraphs]
    return "\n".join(parts)


def test_nfd_text_is_decomposed(docs):
    text = _all_text(docs["phu_luc_ii_nfd"])
    assert text == unicodedata.normalize("NFD", text)
    assert text != unicodedata.normalize("NFC", text)
    assert "\u0301" in text or "\u0300" in text  # combining acute / grave
    plain = _all_text(docs["phu_luc_ii_landscape"])
    assert plain == unicodedata.normalize("NFC", plain)


def _is_repeat_header(row) -> bool:
    trPr = row._tr.trPr
    return trPr is not None and trPr.find(qn("w:tblHeader")) is not None


def test_repeat_header_flag(variant, docs):
    rows = appendix_table(docs[variant.name]).rows
    assert _is_repeat_header(rows[0]) == variant.repeat_header
    assert not any(_is_repeat_header(r) for r in rows[1:])


def test_merged_lead_cells_hold_text_once(docs):
    table = appendix_table(docs["phu_luc_ii_merged_lead"])
    restarts, continues = [], []
    for row in table.rows[1:]:
        tcs = row._tr.tc_lst
        if len(tcs) < 6:
            continue  # section row
        vm = tcs[2].tcPr.find(qn("w:vMerge")) if tcs[2].tcPr is not None else None
        text = "".join(t.text or "" for t in tcs[2].iter(qn("w:t")))
        if vm is None:
            continue
        if vm.get(qn("w:val")) == "restart":
            restarts.append(text)
        else:
            continues.append(text)
    # runs of identical leads within a section, as in the seed
    runs = []
    for t_prev, t in zip(SEED.tasks, SEED.tasks[1:]):
        same = (t.section == t_prev.section
                and seed_mod.plain(t.cells["lead"]) == seed_mod.plain(t_prev.cells["lead"]))
        if same and (not runs or runs[-1][-1] is not t_prev):
            runs.append([t_prev, t])
        elif same:
            runs[-1].append(t)
    assert restarts == [seed_mod.plain(r[0].cells["lead"]) for r in runs]
    assert len(continues) == sum(len(r) - 1 for r in runs)
    assert continues and all(c == "" for c in continues)
    assert "Bộ Công an" in restarts


def test_full_decision_structure(docs):
    doc = docs["quyet_dinh_full"]
    body, appendix = doc.sections
    assert body.page_width < body.page_height and appendix.page_width > appendix.page_height
    text = _all_text(doc)
    for words in ("THỦ TƯỚNG CHÍNH PHỦ", "Số: 1234/QĐ-TTg", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 15 tháng 5 năm 2026",
                  "QUYẾT ĐỊNH", "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận:",
                  "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Văn A",
                  "(Kèm theo Quyết định số 1234/QĐ-TTg ngày 15 tháng 5 năm 2026"):
        assert words in text, words
    assert len(doc.tables) == 3
    for table in doc.tables[:2]:
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert {b.get(qn("w:val")) for b in borders} == {"nil"}


def test_rebuild_docx_is_identical(variant, tmp_path):
    """The committed DOCX is what build.py makes now (python-docx only, no soffice)."""
    path = build.build_docx(variant, tmp_path)

    def document_xml(p):
        with zipfile.ZipFile(p) as z:
            return z.read("word/document.xml").decode("utf-8")

    assert document_xml(path) == document_xml(SAMPLES / f"{variant.name}.docx")


# --- the committed PDFs (rendered by LibreOffice; read here with pdfplumber) ---------

def pdf_tables(name):
    """Per page, the rows of the ruled tables (cells NFC, line breaks folded)."""
    with pdfplumber.open(SAMPLES / f"{name}.pdf") as pdf:
        return [[[fold(c or "") for c in row] for t in page.extract_tables() for row in t]
                for page in pdf.pages]


def is_header(row) -> bool:
    return len(row) == 6 and row[1] in ("Nhiệm vụ", "Nội dung công việc")


@pytest.fixture(scope="module")
def landscape_pages():
    return pdf_tables("phu_luc_ii_landscape")


def test_landscape_pdf_repeats_header_and_cuts_rows(landscape_pages):
    assert len(landscape_pages) >= 5
    assert all(rows and is_header(rows[0]) for rows in landscape_pages)
    cut = [i for i, rows in enumerate(landscape_pages[1:], 2) if rows[1][0] == ""]
    assert len(cut) >= 3  # rows split by a page break: the continuation has no STT


def test_no_repeat_header_pdf_has_header_on_first_page_only():
    pages = pdf_tables("phu_luc_ii_no_repeat_header")
    assert len(pages) >= 5
    assert is_header(pages[0][0])
    assert not any(is_header(row) for rows in pages[1:] for row in rows)


def test_narrow_pdf_wraps_viii():
    """The STT column is too narrow for "VIII": it prints as "VII" over "I"."""
    wrapped = []
    with pdfplumber.open(SAMPLES / "phu_luc_ii_portrait_narrow.pdf") as pdf:
        assert pdf.pages[0].width < pdf.pages[0].height
        for page in pdf.pages:
            words = page.extract_words()
            assert not any(w["text"] == "VIII" for w in words)
            stt = [w for w in words if w["x0"] < 90]  # left margin 2 cm + STT column
            wrapped += [(a, b) for a in stt for b in stt
                        if a["text"] == "VII" and b["text"] == "I" and 0 < b["top"] - a["top"] < 20]
    assert len(wrapped) == 1


def test_merged_lead_pdf_run_crosses_page():
    pages = pdf_tables("phu_luc_ii_merged_lead")
    # I.1-I.13 share "Bộ Công an": the text is printed once (page 1, row I.1); the rows of
    # the run continue on page 2 with an empty lead cell.
    first = {row[0]: row[2] for row in pages[0][2:]}
    second = [row for row in pages[1] if not is_header(row)]
    assert first["1"] == "Bộ Công an" and first["2"] == ""
    assert second[0][0] in {str(n) for n in range(2, 14)} and second[0][2] == ""
