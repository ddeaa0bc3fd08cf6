"""Render the seed appendix (samples/source/) as sample decisions: DOCX, then PDF.

Run ``.venv/bin/python samples/build.py [OUTDIR]`` (default: this folder).  The DOCX
files are written with python-docx only; each is then converted to PDF with
LibreOffice headless.  Without ``soffice`` on PATH the DOCX files are still built
and the script says that the PDFs were not rebuilt.  The outputs are committed so
that nothing downstream needs LibreOffice.

Each variant is one ``Variant`` (page orientation, column widths, header words and
order, repeated header, merged lead cells, NFD text, whole decision); ``build_docx``
turns one into a document.  The seed is read only through ``samples/seed.py``.
"""
from __future__ import annotations

import html
import importlib.util
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from extract.sources import soffice, soffice_convert

HERE = Path(__file__).resolve().parent
FONT = "Times New Roman"
BODY_PT, TABLE_PT = 13, 12


def _load_seed_module():
    spec = importlib.util.spec_from_file_location("samples_seed", HERE / "seed.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


seed_mod = _load_seed_module()
FIELDS = seed_mod.FIELDS  # stt, task, lead, coordinating, deadline, result


@dataclass(frozen=True)
class Variant:
    name: str
    landscape: bool = True
    widths_cm: tuple[float, ...] = (1.2, 8.0, 3.5, 5.0, 3.0, 5.0)  # in `columns` order
    columns: tuple[str, ...] = FIELDS
    header: tuple[str, ...] | None = None  # None: the seed's header words
    repeat_header: bool = True
    merge_lead: bool = False
    nfd: bool = False
    full_decision: bool = False
    table_pt: float = TABLE_PT


OTHER_HEADER = ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
                "Sản phẩm", "Thời hạn hoàn thành")
VARIANTS = (
    Variant("phu_luc_ii_landscape"),
    Variant("phu_luc_ii_portrait_narrow", landscape=False,
            widths_cm=(1.1, 5.2, 2.5, 3.2, 2.2, 2.8)),
    Variant("phu_luc_ii_no_repeat_header", repeat_header=False),
    Variant("phu_luc_ii_merged_lead", merge_lead=True),
    Variant("phu_luc_ii_nfd", nfd=True),
    Variant("phu_luc_ii_other_headers", header=OTHER_HEADER,
            columns=("stt", "task", "lead", "coordinating", "result", "deadline"),
            widths_cm=(1.2, 8.0, 3.5, 5.0, 5.0, 3.0)),
    Variant("quyet_dinh_full", full_decision=True),
)

DECISION_NO = "1234/QĐ-TTg"
DECISION_DATE = "ngày 15 tháng 5 năm 2026"


# --- seed cells -> paragraphs -------------------------------------------------

def cell_paragraphs(cell: str) -> list[str]:
    """Paragraphs of one seed cell: ``<p>`` blocks, or ``-``/``+`` bullets when the
    cell starts with such a marker (or with ``<ul>``); otherwise one paragraph."""
    cell = cell.strip()
    if cell.startswith("<p>"):
        parts = re.findall(r"<p>(.*?)(?:</p>|$)", cell, flags=re.S)
    else:
        text = " ".join(html.unescape(re.sub(r"<[^<>]+>", " ", cell)).split())
        marker = re.match(r"[-+] ", text) if cell.startswith(("- ", "+ ", "<ul")) else None
        parts = re.split(rf"\s+(?={re.escape(marker.group())})", text) if marker else [text]
    parts = [" ".join(html.unescape(re.sub(r"<[^<>]+>", " ", p)).split()) for p in parts]
    return [p for p in parts if p] or [""]


# --- low-level XML helpers -----------------------------------------------------

def _sub(parent, tag: str):
    """The child ``tag`` of ``parent``, created (appended) when missing."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    return el


def set_repeat_header(row) -> None:
    _sub(row._tr.get_or_add_trPr(), "w:tblHeader").set(qn("w:val"), "true")


def set_vmerge(cell, restart: bool) -> None:
    vm = _sub(cell._tc.get_or_add_tcPr(), "w:vMerge")
    if restart:
        vm.set(qn("w:val"), "restart")


def set_borders(table, style: str = "single") -> None:
    """All six table borders ``single`` (ruled) or ``nil`` (borderless)."""
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{edge}")
        b.set(qn("w:val"), style)
        if style != "nil":
            b.set(qn("w:sz"), "4")
            b.set(qn("w:space"), "0")
            b.set(qn("w:color"), "000000")
        borders.append(b)
    # schema order: tblStyle, ..., tblW, jc, ..., tblBorders, ..., tblLayout, ...
    anchor = tblPr.find(qn("w:tblLayout"))
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        tblPr.append(borders)


def set_fonts(rpr_owner, size_pt: float | None = None) -> None:
    """Times New Roman for every script (ascii, hAnsi, eastAsia, cs)."""
    rPr = rpr_owner.get_or_add_rPr()
    fonts = rPr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rPr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    if size_pt is not None:
        for tag in ("w:sz", "w:szCs"):
            _sub(rPr, tag).set(qn("w:val"), str(int(size_pt * 2)))


def fixed_table(doc, rows: int, widths_cm, borders: str):
    table = doc.add_table(rows=rows, cols=len(widths_cm))
    table.style = doc.styles["Table Grid"]
    table.autofit = False  # w:tblLayout fixed
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblW = _sub(table._tbl.tblPr, "w:tblW")
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
    set_borders(table, borders)
    return table


# --- document building ------------------------------------------------------------

class Writer:
    """Writes text into a document, applying the variant's Unicode form."""

    def __init__(self, variant: Variant):
        self.v = variant

    def text(self, s: str) -> str:
        return unicodedata.normalize("NFD" if self.v.nfd else "NFC", s)

    def par(self, container, s: str, *, bold=False, italic=False, center=False,
            size=None, first=False, space_after=0):
        """Add a paragraph (or fill the empty first one of a fresh cell)."""
        p = container.paragraphs[0] if first else container.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(space_after)
        run = p.add_run(self.text(s))
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
        return p

    def cell(self, cell, paragraphs, *, bold=False, center=False, size=None):
        for i, s in enumerate(paragraphs):
            self.par(cell, s, bold=bold, center=center, size=size, first=i == 0)


def new_document():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    set_fonts(normal.element)
    pf = normal.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.0
    props = doc.core_properties
    props.author = props.last_modified_by = "samples/build.py"
    props.created = props.modified = datetime(2026, 5, 15)
    props.revision = 1
    return doc


def set_page(section, landscape: bool) -> None:
    short, long_ = Cm(21.0), Cm(29.7)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long_, short) if landscape else (short, long_)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))


def add_decision_body(doc, w: Writer) -> None:
    """Letterhead, preamble, articles and signature block of the decision."""
    head = fixed_table(doc, 1, (6.5, 10.5), "nil")
    left, right = head.rows[0].cells
    w.par(left, "THỦ TƯỚNG CHÍNH PHỦ", bold=True, center=True, first=True)
    w.par(left, "_______", center=True)
    w.par(left, f"Số: {DECISION_NO}", center=True)
    w.par(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True, first=True)
    w.par(right, "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)
    w.par(right, "________________________", center=True)
    w.par(right, f"Hà Nội, {DECISION_DATE}", italic=True, center=True)

    w.par(doc, "")
    w.par(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    w.par(doc, "Phê duyệt Chương trình phát triển Đề án 06 giai đoạn 2026 - 2030",
          bold=True, center=True)
    w.par(doc, "_______", center=True, space_after=12)
    w.par(doc, "THỦ TƯỚNG CHÍNH PHỦ", bold=True, center=True, space_after=12)
    for basis in (
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
        "Căn cứ Luật Dữ liệu ngày 30 tháng 11 năm 2024;",
        "Theo đề nghị của Bộ trưởng Bộ Công an.",
    ):
        w.par(doc, basis, italic=True, space_after=6)
    w.par(doc, "QUYẾT ĐỊNH:", bold=True, center=True, space_after=12)
    for article in (
        "Điều 1. Phê duyệt Chương trình phát triển ứng dụng dữ liệu về dân cư, định danh "
        "và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06) giai đoạn 2026 - 2030, "
        "với danh mục các nhiệm vụ, giải pháp tại Phụ lục II kèm theo Quyết định này.",
        "Điều 2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các "
        "tỉnh, thành phố trực thuộc trung ương chủ động bố trí nguồn lực, tổ chức thực hiện "
        "các nhiệm vụ được giao; định kỳ hằng năm báo cáo kết quả về Bộ Công an để tổng hợp.",
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành. Các Bộ trưởng, "
        "Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban "
        "nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết "
        "định này./.",
    ):
        p = w.par(doc, article, space_after=6)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)

    w.par(doc, "")
    sign = fixed_table(doc, 1, (8.5, 8.5), "nil")
    left, right = sign.rows[0].cells
    w.par(left, "Nơi nhận:", bold=True, italic=True, size=12, first=True)
    for line in ("- Ban Bí thư Trung ương Đảng;", "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
                 "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
                 "- UBND các tỉnh, thành phố trực thuộc trung ương;",
                 "- VPCP: BTCN, các PCN, Cổng TTĐT;", "- Lưu: VT, KSTT (2b)."):
        w.par(left, line, size=11)
    w.par(right, "KT. THỦ TƯỚNG", bold=True, center=True, first=True)
    w.par(right, "PHÓ THỦ TƯỚNG", bold=True, center=True)
    for _ in range(4):
        w.par(right, "")
    w.par(right, "Nguyễn Văn A", bold=True, center=True)


def add_appendix(doc, seed, v: Variant, w: Writer) -> None:
    for i, line in enumerate(l for l in seed.title_lines if l):
        if v.full_decision:
            line = line.replace("số /QĐ-TTg ngày tháng 5 năm 2026",
                                f"số {DECISION_NO} {DECISION_DATE}")
        italic = line.startswith("(")
        w.par(doc, line, bold=not italic, italic=italic, center=True,
              space_after=12 if italic else 0)

    n = len(v.columns)
    table = fixed_table(doc, 1, v.widths_cm, "single")
    header = v.header or tuple(seed.header[FIELDS.index(c)] for c in v.columns)
    for cell, word in zip(table.rows[0].cells, header):
        w.cell(cell, [word], bold=True, center=True, size=v.table_pt)
    if v.repeat_header:
        set_repeat_header(table.rows[0])

    section, lead_run = None, None  # lead_run: (lead text, restart cell) of the open merge
    for task in seed.tasks:
        if task.section != section:
            section, lead_run = task.section, None
            cells = table.add_row().cells
            w.cell(cells[0], [task.section], bold=True, center=True, size=v.table_pt)
            title = cells[1].merge(cells[n - 1])  # gridSpan over the 5 other columns
            w.cell(title, [task.section_title], bold=True, size=v.table_pt)
        cells = table.add_row().cells
        for cell, field in zip(cells, v.columns):
            value = task.stt if field == "stt" else task.cells[field]
            if field == "lead" and v.merge_lead:
                key = seed_mod.plain(value)
                if lead_run and lead_run[0] == key:
                    set_vmerge(lead_run[1], restart=True)
                    set_vmerge(cell, restart=False)  # continuation: stays empty
                    continue
                lead_run = (key, cell)
            w.cell(cell, cell_paragraphs(value), center=field in ("stt", "deadline"),
                   size=v.table_pt)


def build_docx(v: Variant, outdir: Path, seed=None) -> Path:
    seed = seed or seed_mod.load_seed()
    w = Writer(v)
    doc = new_document()
    set_page(doc.sections[0], landscape=v.landscape and not v.full_decision)
    if v.full_decision:
        add_decision_body(doc, w)
        appendix = doc.add_section(WD_SECTION.NEW_PAGE)
        set_page(appendix, landscape=v.landscape)
    add_appendix(doc, seed, v, w)
    path = Path(outdir) / f"{v.name}.docx"
    doc.save(path)
    return path


def convert_to_pdf(docx_paths: list[Path], outdir: Path) -> bool:
    """DOCX -> PDF with LibreOffice headless, in a private profile.  False if no soffice."""
    if not soffice():
        return False
    soffice_convert(docx_paths, "pdf", outdir)
    missing = [p for p in docx_paths if not (outdir / f"{p.stem}.pdf").exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not produce PDFs for: {missing}")
    return True


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else HERE
    outdir.mkdir(parents=True, exist_ok=True)
    seed = seed_mod.load_seed()
    docs = [build_docx(v, outdir, seed) for v in VARIANTS]
    for p in docs:
        print("wrote", p)
    if convert_to_pdf(docs, outdir):
        for p in docs:
            print("wrote", p.with_suffix(".pdf"))
    else:
        print("WARNING: soffice (LibreOffice) not found: the PDFs were NOT rebuilt; "
              "the existing PDFs in", outdir, "may be stale.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
