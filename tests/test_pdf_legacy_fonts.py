"""A text layer in a legacy 8-bit Vietnamese font (TCVN3/VNI) is mojibake: such pages go to OCR, never to the tables."""
from rawpdf import table_page, write_pdf

from extract import ocr
from extract.pdf_reader import read_pdf
from extract.pipeline import process_file

COLS = [40, 80, 330, 430, 530]
# "Nhiệm vụ", "Cơ quan chủ trì", "Bộ Công an", "Bộ Tư pháp" as a TCVN3 (.VnTime) font's bytes read as Latin-1
ROWS = [["STT", "NhiÖm vô", "C¬ quan chñ tr×", "Thêi gian"],
        ["1", "X©y dùng hÖ thèng", "Bé C«ng an", "Th¸ng 6/2026"],
        ["2", "Rµ so¸t v¨n b¶n", "Bé T\xad ph¸p", "Quý I/2027"]]


def _legacy_pdf(tmp_path):
    return write_pdf(tmp_path / "tcvn3.pdf", [table_page(COLS, [780, 750, 710, 670], ROWS, above=["Phô lôc"])])


def test_a_legacy_font_page_is_no_usable_text_layer(tmp_path):
    read = read_pdf(_legacy_pdf(tmp_path))
    assert read.no_text_pages == [1] and read.legacy_pages == [1] and read.text_pages == 0


def test_without_ocr_it_fails_with_a_message_that_names_the_encoding(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    result = process_file(_legacy_pdf(tmp_path), tmp_path)
    assert result.document["status"] == "failed" and result.tasks == []
    assert result.document["error"].startswith("legacy font encoding: the text of pages 1 is set in an 8-bit "
                                               "Vietnamese font (TCVN3/VNI)")
    assert "tesseract" in result.document["error"].lower()
