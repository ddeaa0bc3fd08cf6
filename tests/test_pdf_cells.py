"""Cell text in PDFs: wrapped lines joined, paragraphs kept apart, whatever the alignment."""
from rawpdf import table_page, write_pdf

from extract.pdf_reader import read_pdf

COLS = [40, 80, 330, 430, 530]
HEAD = ["STT", "Nhiem vu", "Co quan chu tri", "Thoi gian"]


def _cells(tmp_path, task_lines: str) -> str:
    page = table_page(COLS, [780, 750, 650], [HEAD, ["1", task_lines, "Bo Cong an", "Thang 6/2026"]])
    frag = read_pdf(write_pdf(tmp_path / "cell.pdf", [page])).fragments[0]
    return frag.rows[1][1].text


def test_wrapped_lines_are_joined_and_a_new_paragraph_stays_a_line(tmp_path):
    text = _cells(tmp_path, "Build the national data platform and\nconnect it to ministries.\nReport every quarter")
    assert text == "Build the national data platform and connect it to ministries.\nReport every quarter"


def test_a_short_line_is_a_wrap_when_the_next_word_would_not_have_fitted(tmp_path):
    text = _cells(tmp_path, "Amend Decree\n69/2024/ND-CP-on-electronic-identification")
    assert text == "Amend Decree 69/2024/ND-CP-on-electronic-identification"


def test_bullets_stay_lines(tmp_path):
    text = _cells(tmp_path, "- first item of the list that wraps onto\nthe next line\n- second item")
    assert text == "- first item of the list that wraps onto the next line\n- second item"
