"""Records of a small decision built here: agencies named as at the decision's date, deadlines typed, warnings."""
import datetime as dt

from docx import Document

from extract.pipeline import process_file


def _decision(path, date_line, rows):
    doc = Document()
    doc.add_paragraph("Phụ lục")
    doc.add_paragraph("DANH MỤC NHIỆM VỤ")
    doc.add_paragraph(f"(Kèm theo Quyết định số 12/QĐ-TTg {date_line} của Thủ tướng Chính phủ)")
    table = doc.add_table(rows=1 + len(rows), cols=5)
    for c, h in enumerate(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]):
        table.cell(0, c).text = h
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(path)
    return path


def test_old_ministry_in_a_2025_decision_keeps_its_name_and_gets_its_successor(tmp_path):
    path = _decision(tmp_path / "qd.docx", "ngày 10 tháng 6 năm 2025", [
        ["1", "Xây dựng nền tảng", "Bộ Thông tin và Truyền thông", "Bộ Công an, các bộ, ngành", "Quý III"],
        ["2", "Hướng dẫn", "BCA", "Sở Tư pháp, UBND các xã, phường", "Theo kế hoạch riêng của đối tác"],
    ])
    result = process_file(path, tmp_path)
    assert result.document["decision_date"] == dt.date(2025, 6, 10)
    first, second = result.tasks
    assert first["lead_agencies"] == ["Bộ Thông tin và Truyền thông"]
    assert first["coordinating_agencies"] == ["Bộ Công an"]  # "các bộ, ngành" is a collective group
    lead = next(a for a in result.agencies if a["row_index"] == 0 and a["role"] == "lead")
    assert (lead["name"], lead["current_name"]) == ("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ")
    # "Quý III" names no year: the decision's year is used, and the record says so
    assert (first["deadline_kind"], first["deadline_start"], first["deadline_end"], first["deadline_year_inferred"]) \
        == ("quarter", dt.date(2025, 7, 1), dt.date(2025, 9, 30), True)
    assert second["lead_agencies"] == ["Bộ Công an"]
    assert second["coordinating_agencies"] == ["Sở Tư pháp"]
    kinds = {a["mention"]: (a["kind"], a["method"]) for a in result.agencies if a["row_index"] == 1}
    assert kinds == {"BCA": ("ministry", "alias"), "Sở Tư pháp": ("provincial_body", "alias"),
                     "UBND các xã, phường": ("collective", "alias")}
    assert second["deadline_kind"] == "by_reference" and second["deadline_end"] is None


def test_unparsed_deadline_and_unknown_agency_keep_their_text_with_a_warning(tmp_path):
    path = _decision(tmp_path / "qd.docx", "ngày 3 tháng 3 năm 2026", [
        ["1", "Việc", "Quỹ Xyz", "", "Tháng 13/2026"],
    ])
    result = process_file(path, tmp_path)
    (task,) = result.tasks
    assert (task["deadline_raw"], task["deadline_kind"], task["deadline_end"]) == ("Tháng 13/2026", "unparsed", None)
    assert task["lead_raw"] == "Quỹ Xyz" and task["lead_agencies"] == []
    assert task["warnings"] == ["deadline: unparsed: 'Tháng 13/2026'", "lead: unknown agency: 'Quỹ Xyz'"]
    (mention,) = result.agencies
    assert (mention["mention"], mention["kind"], mention["agency_id"]) == ("Quỹ Xyz", "unknown", None)


def test_rows_and_cells_inside_content_controls_are_read(tmp_path):
    """Word wraps rows, cells and whole tables in content controls (w:sdt): they are still read."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    path = _decision(tmp_path / "qd.docx", "ngày 3 tháng 3 năm 2026", [
        ["1", "Việc một", "Bộ Công an", "", "Tháng 6/2026"],
        ["2", "Việc hai", "Bộ Tư pháp", "", "Quý I/2027"],
    ])
    doc = Document(path)
    tbl = doc.tables[0]._tbl

    def wrap(el):
        sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        el.addprevious(sdt)
        content.append(el)
        sdt.append(content)

    rows = tbl.findall(qn("w:tr"))
    wrap(rows[2])  # a whole row
    wrap(rows[1].findall(qn("w:tc"))[2])  # one cell
    wrap(tbl)  # the table itself
    doc.save(path)
    tasks = process_file(path, tmp_path).tasks
    assert [(t["stt"], t["task"], t["lead_raw"], t["deadline_raw"]) for t in tasks] == [
        ("1", "Việc một", "Bộ Công an", "Tháng 6/2026"), ("2", "Việc hai", "Bộ Tư pháp", "Quý I/2027")]
