"""Word's automatic list numbering (issue 12): numbering.xml fragments counted and rendered, and a DOCX built
here whose STT column is Word list numbering, read through the pipeline."""
import io
import zipfile

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from extract.docx_numbering import W, ListCounter, format_number, paragraph_numbering, parse_numbering
from extract.pipeline import process_file


def _lvl(ilvl, fmt="decimal", text=None, start=1, extra=""):
    text = f"%{ilvl + 1}." if text is None else text
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def _numbering(abstracts: dict, nums: dict) -> str:
    """numbering.xml: {abstractNumId: [w:lvl xml]}, {numId: (abstractNumId, override xml)}."""
    body = "".join(f'<w:abstractNum w:abstractNumId="{a}">{"".join(lvls)}</w:abstractNum>'
                   for a, lvls in abstracts.items())
    body += "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{ov}</w:num>'
                    for n, (a, ov) in nums.items())
    return f'<w:numbering xmlns:w="{W}">{body}</w:numbering>'


def _labels(xml: str, paragraphs) -> list:
    counter = ListCounter(parse_numbering(etree.fromstring(xml)))
    out = []
    for num_id, ilvl in paragraphs:
        item = counter.advance(num_id, ilvl)
        out.append(None if item is None else (item.unknown or item.label or ("•" if item.bullet else "")))
    return out


@pytest.mark.parametrize("fmt, start, expected", [
    ("decimal", 1, ["1.", "2.", "3."]),
    ("decimal", 0, ["0.", "1.", "2."]),
    ("decimalZero", 8, ["08.", "09.", "10."]),
    ("lowerLetter", 25, ["y.", "z.", "aa."]),
    ("upperLetter", 1, ["A.", "B.", "C."]),
    ("lowerRoman", 3, ["iii.", "iv.", "v."]),
    ("upperRoman", 8, ["VIII.", "IX.", "X."]),
    ("bullet", 1, ["•", "•", "•"]),
    ("none", 1, [".", ".", "."]),  # the number hidden, the rest of lvlText "%1." printed
    ("vietnameseCounting", 1, ["vietnameseCounting"] * 3),  # not rendered: named
])
def test_formats(fmt, start, expected):
    xml = _numbering({"0": [_lvl(0, fmt, start=start)]}, {"1": ("0", "")})
    assert _labels(xml, [("1", 0)] * 3) == expected


@pytest.mark.parametrize("text, expected", [
    ("%1.", ["1.", "1.", "2."]), ("%2)", ["1.", "a)", "2."]), ("%1.%2.", ["1.", "1.a.", "2."]),
    ("(%1-%2)", ["1.", "(1-a)", "2."]), ("Điều %1.%2", ["1.", "Điều 1.a", "2."]),
])
def test_level_text_patterns(text, expected):
    xml = _numbering({"0": [_lvl(0), _lvl(1, "lowerLetter", text)]}, {"1": ("0", "")})
    assert _labels(xml, [("1", 0), ("1", 1), ("1", 0)]) == expected


def test_levels_below_reset_when_a_level_above_is_used():
    xml = _numbering({"0": [_lvl(0, "upperRoman"), _lvl(1), _lvl(2, "lowerLetter", "%3)")]}, {"1": ("0", "")})
    seq = [0, 1, 1, 2, 2, 1, 2, 0, 2, 1]
    assert _labels(xml, [("1", i) for i in seq]) == [
        "I.", "1.", "2.", "a)", "b)", "3.", "a)", "II.", "a)", "1."]


def test_level_restart_zero_never_restarts_and_legal_numbering_is_decimal():
    xml = _numbering({"0": [_lvl(0, "upperRoman"), _lvl(1, extra='<w:lvlRestart w:val="0"/>'),
                            _lvl(2, text="%1.%2.%3", extra="<w:isLgl/>")]}, {"1": ("0", "")})
    assert _labels(xml, [("1", i) for i in (0, 1, 1, 0, 1, 2)]) == ["I.", "1.", "2.", "II.", "3.", "2.3.1"]


def test_instances_of_one_list_run_on_and_a_start_override_restarts_once():
    xml = _numbering({"0": [_lvl(0)], "1": [_lvl(0, "lowerLetter", "%1)")]}, {
        "1": ("0", ""), "2": ("0", ""),
        "3": ("0", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
        "4": ("1", ""),
    })
    seq = ["1", "1", "2", "4", "3", "3", "4", "3"]
    assert _labels(xml, [(n, 0) for n in seq]) == ["1.", "2.", "3.", "a)", "1.", "2.", "b)", "3."]


def test_level_override_replaces_the_level_and_undefined_instances_print_nothing():
    xml = _numbering({"0": [_lvl(0)]}, {"1": ("0", ""), "2": ("0", '<w:lvlOverride w:ilvl="0">'
                                                                  + _lvl(0, "upperLetter", "%1/", start=3)
                                                                  + "</w:lvlOverride>"), "5": ("9", "")})
    assert _labels(xml, [("2", 0), ("2", 0), ("5", 0), ("7", 0), ("1", 0)]) == ["C/", "D/", None, None, "5."]
    # the override formats its own instance only; the count is the list's and runs on


def test_format_number_beyond_the_alphabet_and_unknown_formats():
    assert [format_number(n, "upperLetter") for n in (26, 27, 52, 53)] == ["Z", "AA", "ZZ", "AAA"]
    assert format_number(3, "ordinal") is None and format_number(0, "lowerLetter") == ""


STYLES = f"""<w:styles xmlns:w="{W}">
  <w:style w:type="paragraph" w:styleId="Numbered"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Child"><w:basedOn w:val="Numbered"/></w:style>
  <w:style w:type="paragraph" w:styleId="Sub"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>
  </w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Plain"/>
</w:styles>"""


def _p(style=None, num_id=None, ilvl=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num_id is not None or ilvl is not None:
        ppr += "<w:numPr>" + (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") + (
            f'<w:numId w:val="{num_id}"/>' if num_id is not None else "") + "</w:numPr>"
    return etree.fromstring(f'<w:p xmlns:w="{W}"><w:pPr>{ppr}</w:pPr></w:p>')


def test_paragraph_style_numbering_through_based_on_and_linked_levels_and_num_id_zero():
    lvl1 = _lvl(1, "lowerLetter", "%2)")
    heading = _lvl(0, "upperRoman", extra='<w:pStyle w:val="Heading1"/>')
    xml = _numbering({"0": [_lvl(0), lvl1], "1": [heading]}, {"1": ("0", ""), "2": ("1", "")})
    numbering = parse_numbering(etree.fromstring(xml), etree.fromstring(STYLES))
    assert paragraph_numbering(_p("Child"), numbering) == ("1", None)
    assert paragraph_numbering(_p("Heading1"), numbering) == ("2", 0)  # the level linked to the style
    assert paragraph_numbering(_p("Numbered", num_id="0"), numbering) is None  # numId 0: numbering taken away
    assert paragraph_numbering(_p("Plain"), numbering) is None
    counter = ListCounter(numbering)
    items = [counter.paragraph(p) for p in (_p("Numbered"), _p("Sub"), _p("Child"), _p("Plain"),
                                            _p("Child", ilvl=1), _p("Heading1"), _p(num_id="1"))]
    assert [i and i.label for i in items] == ["1.", "a)", "2.", None, "a)", "I.", "3."]


def test_num_style_link_follows_the_numbering_style():
    styles = f"""<w:styles xmlns:w="{W}"><w:style w:type="numbering" w:styleId="Outline">
        <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"""
    xml = _numbering({"0": [_lvl(0, "upperLetter")], "1": ['<w:numStyleLink w:val="Outline"/>']},
                     {"1": ("0", ""), "2": ("1", "")})
    counter = ListCounter(parse_numbering(etree.fromstring(xml), etree.fromstring(styles)))
    assert [counter.advance(n, 0).label for n in ("2", "2", "1")] == ["A.", "B.", "C."]


# --- through the pipeline -----------------------------------------------------------------

NUMBERING = _numbering(
    {"0": [_lvl(0)], "1": [_lvl(0, "upperRoman")], "2": [_lvl(0, "ordinal")]},
    {"1": ("0", ""), "2": ("0", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
     "3": ("1", ""), "4": ("2", "")})
HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"]


def _number(paragraph, num_id: str, ilvl: int = 0) -> None:
    num_pr = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", str(ilvl)), ("w:numId", num_id)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        num_pr.append(el)
    paragraph._p.get_or_add_pPr().append(num_pr)


def _with_numbering(path, numbering_xml: str) -> None:
    """Replace word/numbering.xml of the DOCX at *path* (python-docx's template has one)."""
    data = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        assert "word/numbering.xml" in zin.namelist()
        for info in zin.infolist():
            body = numbering_xml.encode() if info.filename == "word/numbering.xml" else zin.read(info)
            zout.writestr(info, body)
    path.write_bytes(out.getvalue())


def _plan(path, stt_num: str, rows: int = 3, body_items: int = 2):
    """A plan whose body has *body_items* items of list 1 and whose task table's STT cells are empty
    paragraphs numbered by instance *stt_num*."""
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    for k in range(body_items):
        _number(doc.add_paragraph(f"Mục tiêu thứ {k + 1} của kế hoạch"), "1")
    doc.add_paragraph("PHÂN CÔNG NHIỆM VỤ")
    table = doc.add_table(rows=1 + rows, cols=4)
    table.style = "Table Grid"
    for c, h in enumerate(HEADER):
        table.cell(0, c).text = h
    tasks = [("Xây dựng kế hoạch chuyển đổi số", "Sở Tư pháp", "Quý I/2026"),
             ("Tổ chức tập huấn cho cán bộ", "Sở Nội vụ", "Tháng 6/2026"),
             ("Tổng kết, báo cáo kết quả", "Sở Tài chính", "Tháng 12/2026")]
    for r in range(rows):
        _number(table.cell(1 + r, 0).paragraphs[0], stt_num)
        for c, text in enumerate(tasks[r % 3], start=1):
            table.cell(1 + r, c).text = text
    doc.save(path)
    _with_numbering(path, NUMBERING)
    return path


@pytest.mark.parametrize("stt_num, expected", [
    ("2", ["1", "2", "3"]),  # a new instance restarting at 1 after the body's two items
    ("1", ["3", "4", "5"]),  # the body's list runs on into the table, as Word prints it
    ("3", ["I", "II", "III"]),
])
def test_a_task_table_numbered_by_word_reads_its_numbers(tmp_path, stt_num, expected):
    result = process_file(_plan(tmp_path / "kh.docx", stt_num), tmp_path)
    assert [t["stt"] for t in result.tasks] == expected
    assert [t["task"] for t in result.tasks][0] == "Xây dựng kế hoạch chuyển đổi số"
    codes = {i.code for i in result.issues}
    assert "value_inferred" not in codes and "numbering_format_unknown" not in codes
    assert not any(t["needs_review"] for t in result.tasks)


def test_body_paragraphs_keep_their_text_without_the_list_label(tmp_path):
    from extract.docx_reader import read_docx

    read = read_docx(_plan(tmp_path / "kh.docx", "2"))
    assert "- Mục tiêu thứ 1 của kế hoạch" in read.head_text.splitlines()
    assert "1. Mục tiêu" not in read.head_text
    assert [read.fragments[0].text(r, 0) for r in range(1, 4)] == ["1.", "2.", "3."]


def test_an_unknown_numbering_format_is_an_issue_of_each_row_and_leaves_the_number_out(tmp_path):
    path = _plan(tmp_path / "kh.docx", "4")
    result = process_file(path, tmp_path)
    issues = [i for i in result.issues if i.code == "numbering_format_unknown"]
    assert [(i.row_index, i.table_index, i.value, i.severity) for i in issues] == [
        (r, 0, "ordinal", "warning") for r in range(3)]
    assert all(t["stt"] in ("", None) and t["needs_review"] and "numbering_format_unknown" in t["review_reasons"]
               and any("'ordinal'" in w for w in t["warnings"]) for t in result.tasks)


def test_an_unknown_format_outside_the_task_rows_is_a_document_issue(tmp_path):
    path = _plan(tmp_path / "kh.docx", "2")
    doc = Document(path)
    _number(doc.tables[0].cell(0, 0).paragraphs[0], "4")  # the header's STT cell: "STT" after an ordinal
    doc.save(path)
    _with_numbering(path, NUMBERING)
    result = process_file(path, tmp_path)
    (issue,) = [i for i in result.issues if i.code == "numbering_format_unknown"]
    assert (issue.row_index, issue.value) == (None, "ordinal") and "1 Word list number" in issue.message
    assert [t["stt"] for t in result.tasks] == ["1", "2", "3"]


def test_hostile_definitions_end_quietly():
    """A numStyleLink and a basedOn chain that loop, a start past Word's bound, levels out of range."""
    styles = f"""<w:styles xmlns:w="{W}">
      <w:style w:styleId="Loop"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:styleId="A"><w:basedOn w:val="B"/></w:style><w:style w:styleId="B"><w:basedOn w:val="A"/></w:style>
    </w:styles>"""
    xml = _numbering({"0": ['<w:numStyleLink w:val="Loop"/>'], "1": [_lvl(0, "upperRoman", start=10**15),
                                                                    _lvl(12), _lvl(-1)]},
                     {"1": ("0", ""), "2": ("1", "")})
    numbering = parse_numbering(etree.fromstring(xml), etree.fromstring(styles))
    counter = ListCounter(numbering)
    assert counter.advance("1", 0) is None and counter.paragraph(_p("A")) is None
    assert counter.advance("2", 0).label == f"{10**15}." and counter.advance("2", 12) is None


def test_a_paragraph_whose_num_id_is_zero_is_printed_bare():
    """numId 0 takes numbering away: a cell's "STT" and "1" as printed (a .doc of 2012 whose table cells carry a
    heading style and an empty numPr, hpbaotho/04-quanly-vanban-quanhuyen), not "- STT" and "- 1" as the DOCX read
    them while the PDF printed them bare."""
    from extract.docx_reader import _paragraph_text

    def p(num_pr: str):
        return etree.fromstring(f'<w:p xmlns:w="{W}"><w:pPr>{num_pr}</w:pPr><w:r><w:t>STT</w:t></w:r></w:p>')
    assert _paragraph_text(p('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')) == "STT"
    assert _paragraph_text(p('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>')) == "- STT"
    assert _paragraph_text(p("")) == "STT"
