"""PDFs drawn as some exporters draw them: a row cut by the page break has no bottom border."""
from rawpdf import table_page, write_pdf

from extract.pdf_reader import read_pdf
from extract.pipeline import process_file

COLS = [40, 80, 260, 360, 460, 540]
HEAD = ["STT", "Nhiem vu", "Co quan chu tri", "Co quan phoi hop", "Thoi gian thuc hien"]


def _open_table(tmp_path, *, bottom_border=False, top_border=True):
    p1 = table_page(COLS, [780, 750, 700, 650, 600], [
        HEAD, ["1", "Task one", "Bo Cong an", "", "Thang 6/2026"], ["2", "Task two", "Bo Tu phap", "", "Thang 7/2026"],
        ["3", "Task three is long", "Bo Y te", "Bo Cong an", "Thang 8/2026"]],
        bottom_border=bottom_border, above=["Phu luc I", "DANH MUC NHIEM VU"])
    p2 = table_page(COLS, [780, 750, 700, 650], [
        HEAD, ["", "and goes on here", "", "", ""], ["4", "Task four", "Bo Noi vu", "", "Quy I/2027"]],
        top_border=top_border)
    return write_pdf(tmp_path / "open.pdf", [p1, p2])


def test_a_row_with_no_bottom_border_at_the_page_break_is_not_lost(tmp_path):
    result = process_file(_open_table(tmp_path), tmp_path)
    got = [(t["stt"], t["task"], t["lead_raw"], t["deadline_raw"], t["pages"]) for t in result.tasks]
    assert got == [
        ("1", "Task one", "Bo Cong an", "Thang 6/2026", [1]),
        ("2", "Task two", "Bo Tu phap", "Thang 7/2026", [1]),
        ("3", "Task three is long and goes on here", "Bo Y te", "Thang 8/2026", [1, 2]),
        ("4", "Task four", "Bo Noi vu", "Quy I/2027", [2]),
    ]
    assert result.document["appendix"] == "Phu luc I"


def test_closed_tables_get_no_extra_line(tmp_path):
    closed = read_pdf(_open_table(tmp_path, bottom_border=True))
    assert [len(f.rows) for f in closed.fragments] == [4, 3]


def test_a_continuation_with_no_top_border_is_read_too(tmp_path):
    # the next page's part starts with no line above it: its first row is closed from above
    p2 = table_page(COLS, [780, 750, 700], [["", "rest of the text", "", "", ""], ["5", "Task five", "Bo Y te", "", "2027"]],
                    top_border=False)
    p1 = table_page(COLS, [780, 750, 700], [HEAD, ["4", "Task four", "Bo Noi vu", "", "Quy I/2027"]],
                    above=["Phu luc I"])
    path = write_pdf(tmp_path / "top.pdf", [p1, p2])
    tasks = process_file(path, tmp_path).tasks
    assert [(t["stt"], t["task"], t["pages"]) for t in tasks] == [
        ("4", "Task four rest of the text", [1, 2]), ("5", "Task five", [2])]
