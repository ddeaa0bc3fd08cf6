"""The two PDF readers give the same records: pdfium (the default) against pdfplumber (the reference).

On every PDF we have: the samples, the layout corpus, tests/real/ when present, and PDFs built here
the way the other tests build them (rows cut with no border, cell paragraphs, tables drawn sideways,
pages with a /Rotate entry, a legacy-font text layer, bad files).  Scanned PDFs are compared on what
the readers give OCR (no text layer on the same pages; OCR itself does not depend on the reader).
"""
import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from rawpdf import sideways, table_page, write_pdf

import badfiles
from extract import pdf_reader, pdfium_reader
from helpers import ROOT, SAMPLES, extracted_file, jsonable

LAYOUTS = ROOT / "tests" / "layouts"
REAL = ROOT / "tests" / "real"


def _corpus() -> list[Path]:
    return sorted(SAMPLES.glob("*.pdf")) + sorted(LAYOUTS.glob("*.pdf"))


def _real_score():
    """tests/real/score.py, the corpus's scorer (where its documents are, the manifest, the records)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("real_score_readers", REAL / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


SCORE = _real_score()


def _real() -> list[Path]:
    """The real PDFs of tests/real, wherever its documents folder is (a symlinked folder too: ``rglob`` does not
    follow one, and until 2026-12-05 this test never saw them)."""
    docs = SCORE.docs_dir()
    return sorted(docs.glob("*.pdf")) if docs.is_dir() else []


CORPUS = _corpus()
TEXT_PDFS = [p for p in CORPUS if not p.name.startswith("scanned_")]
SCANNED = [p for p in CORPUS if p.name.startswith("scanned_")]
REAL_PDFS = _real()


def _records(path: Path, reader: str) -> dict:
    result = extracted_file(path, reader)  # once per session: the pdfium run is the samples' and layouts' too
    return jsonable({"document": result.document, "tasks": result.tasks, "agencies": result.agencies})


def _same_records(path: Path) -> None:
    want, got = _records(path, "pdfplumber"), _records(path, "pdfium")
    assert got["document"] == want["document"]
    assert got["tasks"] == want["tasks"]
    assert got["agencies"] == want["agencies"]


@pytest.mark.parametrize("path", TEXT_PDFS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_both_readers_give_the_same_records(path):
    _same_records(path)


@pytest.mark.slow
@pytest.mark.parametrize("path", REAL_PDFS, ids=lambda p: p.name)
def test_real_pdf_pdfium_reads_no_worse_than_the_reference(path):
    """On real PDFs the default reader is measured against the hand-checked records, not against pdfplumber:
    pdfminer's reading of Word 2019 PDFs splits words that PDFium reads whole ("Ng hiên cứu", "T h ường xuyên":
    Nghị quyết 109/NQ-CP and 105/NQ-CP 2026, 32 and 5 rows), so the records may differ, and then PDFium's must be
    the better: as many rows exact, and its metadata right wherever the reference's is."""
    score = SCORE
    entry = next((d for d in score.load_manifest()["documents"] if path.name in score.files_of(d)), None)
    if entry is None:
        pytest.skip(f"{path.name} is not in tests/real/manifest.yaml")
    expected = [score.norm_record(r) for r in score.load_expected(entry["id"])]
    meta = (entry.get("file_metadata") or {}).get(path.name, entry.get("metadata"))
    scores = {}
    for reader in ("pdfplumber", "pdfium"):
        result = extracted_file(path, reader)
        found = [score.norm_record(t) for t in result.tasks]
        exact = sum(all(expected[i][k] == found[j][k] for k in score.FIELDS) for i, j in score._align(expected, found))
        scores[reader] = (exact, len(found) == len(expected), score.compare_metadata(meta, result.document))
    (ref_exact, ref_count, ref_meta), (exact, count, meta_ok) = scores["pdfplumber"], scores["pdfium"]
    assert exact >= ref_exact and (count or not ref_count), scores
    assert all(meta_ok[k] for k in meta_ok if ref_meta[k]), scores


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: p.name)
def test_both_readers_send_the_same_scanned_pages_to_ocr(path):
    a, b = pdf_reader.read_pdf(path), pdfium_reader.read_pdf(path)
    assert (b.pages, b.text_pages, b.no_text_pages, b.legacy_pages, b.fragments) == \
           (a.pages, a.text_pages, a.no_text_pages, a.legacy_pages, a.fragments)


COLS = [40, 80, 260, 360, 460, 540]
HEAD = ["STT", "Nhiem vu", "Co quan chu tri", "Co quan phoi hop", "Thoi gian thuc hien"]


def _built(tmp: Path) -> list[Path]:
    """PDFs drawn as some exporters draw them (tests/rawpdf.py), and samples turned by a /Rotate entry."""
    out = []
    p1 = table_page(COLS, [780, 750, 700, 650, 600], [
        HEAD, ["1", "Task one", "Bo Cong an", "", "Thang 6/2026"],
        ["2", "- first item of the list that wraps onto\nthe next line\n- second item", "Bo Tu phap", "", "2026"],
        ["3", "Build the national data platform and\nconnect it to ministries.\nReport every quarter", "Bo Y te",
         "Bo Cong an", "Thang 8/2026"]], bottom_border=False, above=["Phu luc I", "DANH MUC NHIEM VU"])
    p2 = table_page(COLS, [780, 750, 700], [["", "and goes on here", "", "", ""],
                                            ["4", "Amend Decree\n69/2024/ND-CP-on-electronic-identification",
                                             "Bo Noi vu", "", "Quy I/2027"]], top_border=False)
    out.append(write_pdf(tmp / "open_rows.pdf", [p1, p2]))
    side = [40, 80, 420, 560, 700, 800]
    rows = [HEAD, ["1", "Task one", "Bo Cong an", "Bo Tu phap", "Thang 6/2026"], ["2", "Task two", "Bo Y te", "", "Quy I/2027"]]
    out.append(write_pdf(tmp / "sideways.pdf", [sideways(table_page(side, [540, 510, 470, 430], rows, above=["Phu luc II"]))]))
    legacy = [["STT", "NhiÖm vô", "C¬ quan chñ tr×", "Thêi gian"], ["1", "X©y dùng hÖ thèng", "Bé C«ng an", "Th¸ng 6/2026"]]
    out.append(write_pdf(tmp / "tcvn3.pdf", [table_page([40, 80, 330, 430, 530], [780, 750, 710], legacy)]))
    for rotation in (90, 180, 270):
        pdf = pdfium.PdfDocument(str(LAYOUTS / "theo_doi.pdf"))  # two pages (tests/test_pdf_sideways turns a sample)
        for i in range(len(pdf)):
            pdf[i].set_rotation(rotation)
        pdf.save(str(tmp / f"rotate{rotation}.pdf"))
        pdf.close()
        out.append(tmp / f"rotate{rotation}.pdf")
    return out


def test_both_readers_give_the_same_records_on_built_pdfs(tmp_path):
    for path in _built(tmp_path):
        _same_records(path)


def test_bad_pdfs_fail_the_same_way(tmp_path):
    for name, build, phrase in (("truncated.pdf", badfiles.truncated_pdf, "corrupt PDF"),
                                ("corrupt.pdf", badfiles.corrupt_pdf, "corrupt PDF"),
                                ("encrypted.pdf", badfiles.encrypted_pdf, "encrypted PDF: a password is needed")):
        path = build(tmp_path / name)
        want, got = _records(path, "pdfplumber"), _records(path, "pdfium")
        assert got["document"]["status"] == want["document"]["status"] == "failed"
        assert phrase in got["document"]["error"] and phrase in want["document"]["error"]
        assert got["tasks"] == want["tasks"] == []


def test_the_reader_is_part_of_the_cache_key(tmp_path):
    from extract.batch import run_batch

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.pdf").write_bytes((LAYOUTS / "caps.pdf").read_bytes())
    first = run_batch([src], tmp_path / "out", workers=1, pdf_reader="pdfplumber")
    again = run_batch([src], tmp_path / "out", workers=1, pdf_reader="pdfplumber")
    other = run_batch([src], tmp_path / "out", workers=1, pdf_reader="pdfium")
    assert (len(first.reused), len(again.reused), len(other.reused)) == (0, 1, 0)


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_white_boxes_behind_text_lines_are_no_ruling_lines(tmp_path, reader):
    """The Công báo paints a white, unstroked box behind every text line of a cell (QĐ 844/QĐ-TTg, 2026): their
    edges must not cut a cell into one row per line (Helvetica here: the words without their tone marks)."""
    from extract.pipeline import process_file

    cols, ys = [40, 80, 330, 450, 560], [780, 750, 690, 650]
    rows = [["STT", "Nhiem vu", "Co quan chu tri", "Thoi gian"],
            ["1", "Tang cuong lanh dao, chi dao\nxay dung va to chuc thuc hien\nchinh sach bao hiem y te", "Bo Y te",
             "Hang nam"],
            ["2", "Hoan thien the che", "Bo Y te", "Nam 2026"]]
    boxes = ["1 g"] + [f"82 {738 - 11 * k:.1f} 240 10 re f" for k in range(3)] + ["0 g"]
    page = "\n".join(boxes) + "\n" + table_page(cols, ys, rows)
    result = process_file(write_pdf(tmp_path / "white.pdf", [page]), tmp_path, pdf_reader=reader)
    assert [(t["stt"], t["task"].replace("\n", " ")) for t in result.tasks] == [
        ("1", "Tang cuong lanh dao, chi dao xay dung va to chuc thuc hien chinh sach bao hiem y te"),
        ("2", "Hoan thien the che")]


def test_a_space_pdfiums_text_page_drops_still_parts_words(tmp_path):
    """A real space written as a text object of its own, overlapped by the glyph after it (Word does so in condensed
    cells: "1. Bộ Tài chính" of Nghị quyết 109/NQ-CP, Phụ lục IV) gives PDFium's text page no character; the reader
    takes it back from the object, as pdfminer reads it.  A space of another run a few points off the baseline,
    inside a word, stays out (Word leaves those too: "Nghiên" stays whole)."""
    from extract.pdf_geometry import words_of

    content = "\n".join(["BT /F1 10 Tf 100 700 Td (1.) Tj ET", "BT /F1 10 Tf 107.6 700 Td ( ) Tj ET",
                         "BT /F1 10 Tf 108.9 700 Td (Bo Tai) Tj ET",
                         "BT /F1 10 Tf 100 680 Td (Ng) Tj ET", "BT /F1 8 Tf 112.5 677.5 Td ( ) Tj ET",
                         "BT /F1 10 Tf 112.78 680 Td (hien cuu) Tj ET"])
    path = write_pdf(tmp_path / "lost_space.pdf", [content])
    pdf = pdfium.PdfDocument(str(path))
    try:
        assert "1.Bo" in pdf[0].get_textpage().get_text_range()      # PDFium's text page alone glues them
        page = pdfium_reader._load_page(ctypes.cast(pdf.raw, ctypes.c_void_p).value, 0)
        words = [w["text"] for w in words_of(pdfium_reader.flat_page(page, False).chars)]
        pdfium_reader._C.FPDF_ClosePage(page)
    finally:
        pdf.close()
    assert words == ["1.", "Bo", "Tai", "Nghien", "cuu"]


# The letterhead of Quyết định 3004/QĐ-BKHCN 2025 (tests/real, set 32) as PDFium gives it: letters set condensed,
# overlapping by about 1.1 points, words 1.2 points apart, and no space character (PDFium drops the space glyphs);
# the boxes are the real page's (pdfplumber's x0, x1 in points).
CONDENSED_LETTERHEAD = [("B", 79.1, 88.1), ("Ộ", 87.0, 97.6), ("K", 98.8, 109.3), ("H", 108.1, 118.7),
                        ("O", 117.5, 128.0), ("A", 126.9, 136.6), ("H", 137.9, 148.4), ("Ọ", 147.2, 157.8),
                        ("C", 156.6, 166.4), ("V", 167.6, 177.4), ("À", 176.2, 185.9), ("C", 187.1, 196.9),
                        ("Ô", 195.7, 206.3), ("N", 205.1, 214.9), ("G", 213.8, 224.4), ("N", 225.5, 235.3),
                        ("G", 234.1, 244.6), ("H", 243.6, 254.1), ("Ệ", 252.9, 262.0)]


def test_a_condensed_line_without_its_spaces_is_parted_by_its_gaps():
    from extract.pdf_geometry import text_of, words_of

    chars = [{"text": t, "x0": a, "x1": b, "top": 53.0, "bottom": 66.5, "upright": True}
             for t, a, b in CONDENSED_LETTERHEAD]
    assert text_of(chars) == "BỘ KHOA HỌC VÀ CÔNG NGHỆ"
    assert [w["text"] for w in words_of(chars)] == ["BỘ", "KHOA", "HỌC", "VÀ", "CÔNG", "NGHỆ"]
    # letters that abut, as most lines set them, are one word whatever their small gaps
    plain = [{**c, "x0": 10.0 * i, "x1": 10.0 * i + 9.8} for i, c in enumerate(chars)]
    assert text_of(plain) == "BỘKHOAHỌCVÀCÔNGNGHỆ"
