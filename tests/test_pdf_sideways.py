"""Landscape tables printed sideways: read turned upright, whichever way they were turned."""
import pypdfium2 as pdfium
import pytest
from rawpdf import sideways, table_page, write_pdf

from extract.pipeline import process_file
from helpers import SAMPLES, load_seed, plain
from normalize.text import fold_ws


@pytest.mark.parametrize("rotation", [90, 270])
def test_pages_with_a_rotate_entry_are_read_upright(tmp_path, rotation):
    pdf = pdfium.PdfDocument(str(SAMPLES / "phu_luc_ii_other_headers.pdf"))
    for i in range(len(pdf)):
        pdf[i].set_rotation(rotation)  # the viewer shows the text running up (90) or down (270)
    path = tmp_path / f"rot{rotation}.pdf"
    pdf.save(str(path))
    result = process_file(path, tmp_path)
    assert result.document["status"] == "ok"
    seed = load_seed()
    got = [(t["section"], t["stt"], fold_ws(t["task"]), fold_ws(t["lead_raw"]), fold_ws(t["deadline_raw"]))
           for t in result.tasks]
    want = [(s.section, s.stt, plain(s.cells["task"]), plain(s.cells["lead"]), plain(s.cells["deadline"]))
            for s in seed.tasks]
    assert got == want


def test_a_table_drawn_sideways_without_a_rotate_entry_is_read(tmp_path):
    cols = [40, 80, 420, 560, 700, 800]
    rows = [["STT", "Nhiem vu", "Co quan chu tri", "Co quan phoi hop", "Thoi gian"],
            ["1", "Task one", "Bo Cong an", "Bo Tu phap", "Thang 6/2026"],
            ["2", "Task two", "Bo Y te", "", "Quy I/2027"]]
    page = sideways(table_page(cols, [540, 510, 470, 430], rows, above=["Phu luc II"]))
    result = process_file(write_pdf(tmp_path / "side.pdf", [page]), tmp_path)
    assert [(t["stt"], t["task"], t["lead_raw"], t["coordinating_raw"], t["deadline_raw"]) for t in result.tasks] == [
        ("1", "Task one", "Bo Cong an", "Bo Tu phap", "Thang 6/2026"), ("2", "Task two", "Bo Y te", "", "Quy I/2027")]
    assert result.document["appendix"] == "Phu luc II"


def test_inspect_draws_a_sideways_page_turned_upright(tmp_path):
    from PIL import Image

    from extract.inspect import main

    pdf = pdfium.PdfDocument(str(SAMPLES / "phu_luc_ii_landscape.pdf"))
    pdf[0].set_rotation(90)
    pdf.save(str(tmp_path / "rot.pdf"))
    assert main([str(tmp_path / "rot.pdf"), "--page", "1", "-o", str(tmp_path / "p.png"), "--resolution", "40"]) == 0
    width, height = Image.open(tmp_path / "p.png").size
    assert width > height  # drawn as the landscape page it is read as
