"""Render the layout test corpus: small decisions in the table shapes real documents use.

Run ``.venv/bin/python tests/layouts/build.py`` to rewrite the DOCX files (python-docx)
and, when ``soffice`` is on PATH, their PDFs (LibreOffice headless, private profile).
The outputs are committed so the tests never need LibreOffice.

A table is written as rows of cell specs: a string (paragraphs split on "\\n\\n",
line breaks on "\\n"), ``UP`` for a slot merged into the cell above (vertical merge)
or ``LEFT`` for a slot merged into the cell on its left (horizontal merge).
"""
from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path

from docx.enum.section import WD_SECTION

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
UP, LEFT = "<up>", "<left>"


def _samples_build():
    spec = importlib.util.spec_from_file_location("samples_build", ROOT / "samples" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


sb = _samples_build()  # document, page, font and table helpers shared with the samples


@dataclass(frozen=True)
class Table:
    widths_cm: tuple[float, ...]
    header: tuple[tuple[str, ...], ...]  # header rows (same spec as body rows)
    rows: tuple[tuple[str, ...], ...]
    borders: str = "single"
    repeat_header: bool = True


@dataclass(frozen=True)
class Layout:
    name: str
    blocks: tuple  # str paragraphs ("**" prefix: bold centred) and Tables
    landscape: bool = True
    notes: str = ""
    breaks: tuple[int, ...] = field(default=())  # block indexes that start a new (landscape) section


# ---------------------------------------------------------------- writing

def _spans(rows) -> dict[tuple[int, int], tuple[int, int]]:
    """Origin (row, col) -> (rowspan, colspan) of every cell in a block of row specs."""
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(rows):
        for c, spec in enumerate(row):
            if spec in (UP, LEFT):
                continue
            cs = 1
            while c + cs < len(row) and row[c + cs] == LEFT:
                cs += 1
            rs = 1
            while r + rs < len(rows) and rows[r + rs][c] == UP:
                rs += 1
            spans[(r, c)] = (rs, cs)
    return spans


def _fill(cell, text: str, w, bold: bool, size: float) -> None:
    for i, para in enumerate(text.split("\n\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        for j, line in enumerate(para.split("\n")):
            run = p.add_run(w.text(line))
            run.bold = bold or None
            run.font.size = sb.Pt(size)
            if j < len(para.split("\n")) - 1:
                run.add_break()


def add_table(doc, t: Table, w) -> None:
    rows = t.header + t.rows
    table = sb.fixed_table(doc, len(rows), t.widths_cm, t.borders)
    spans = _spans(rows)
    for (r, c), _ in spans.items():
        _fill(table.cell(r, c), rows[r][c], w, bold=r < len(t.header), size=11)
    for (r, c), (rs, cs) in spans.items():
        if rs > 1 or cs > 1:
            table.cell(r, c).merge(table.cell(r + rs - 1, c + cs - 1))
    if t.repeat_header:
        for r in range(len(t.header)):
            sb.set_repeat_header(table.rows[r])


def build_docx(layout: Layout, outdir: Path) -> Path:
    w = sb.Writer(sb.Variant(layout.name))
    doc = sb.new_document()
    sb.set_page(doc.sections[0], landscape=layout.landscape)
    for i, block in enumerate(layout.blocks):
        if i in layout.breaks:
            sb.set_page(doc.add_section(WD_SECTION.NEW_PAGE), landscape=True)
        if isinstance(block, Table):
            add_table(doc, block, w)
        elif block.startswith("**"):
            w.par(doc, block[2:], bold=True, center=True)
        elif block.startswith("(") and block.endswith(")"):
            w.par(doc, block, italic=True, center=True, space_after=12)
        else:
            w.par(doc, block, space_after=6)
    path = outdir / f"{layout.name}.docx"
    doc.save(path)
    return path




# ---------------------------------------------------------------- the corpus

def appendix(label: str, title: str, decision: str = "Quyết định số 1234/QĐ-TTg ngày 15 tháng 5 năm 2026 "
             "của Thủ tướng Chính phủ") -> tuple[str, ...]:
    return (f"**{label}", f"**{title}", f"(Kèm theo {decision})")


LONG = ("Rà soát, đánh giá toàn diện việc thực hiện các quy định pháp luật hiện hành, tổng hợp khó khăn, "
        "vướng mắc của các địa phương, đề xuất sửa đổi, bổ sung các quy định còn chồng chéo, "
        "bảo đảm thống nhất, đồng bộ với hệ thống pháp luật và phù hợp với thực tiễn triển khai")

TEN_NHIEM_VU = Layout("ten_nhiem_vu", appendix("Phụ lục", "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026") + (Table(
    (1.2, 8.5, 3.5, 4.5, 4.5, 3.0),
    (("TT", "Tên nhiệm vụ", "Cơ quan\nchủ trì", "Cơ quan\nphối hợp", "Kết quả", "Thời gian\nhoàn thành"),),
    (("A.", "NHIỆM VỤ XÂY DỰNG THỂ CHẾ", "", "", "", ""),
     ("1.", "Xây dựng Nghị định quy định chi tiết Luật Dữ liệu", "Bộ Công an", "Bộ Tư pháp, Bộ Tài chính",
      "Nghị định của Chính phủ", "Tháng 6/2026"),
     ("2.", "Sửa đổi Thông tư hướng dẫn về định danh điện tử", "Bộ Công an", "Văn phòng Chính phủ",
      "Thông tư", "Quý III/2026"),
     ("B.", "NHIỆM VỤ PHÁT TRIỂN HẠ TẦNG", "", "", "", ""),
     ("1.", "Nâng cấp Trung tâm dữ liệu quốc gia", "Bộ Công an", "Bộ Khoa học và Công nghệ",
      "Trung tâm dữ liệu được nâng cấp", "Năm 2026"),
     ("2.", "Kết nối cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư",
      "Bộ Nông nghiệp và Môi trường", "Bộ Công an", "Dữ liệu được kết nối", "Tháng 12/2026")),
),), notes="TT/Tên nhiệm vụ, wrapped header cells, Kết quả before Thời gian; A./B. group rows, numbering restarts")

THEO_DOI = Layout("theo_doi", appendix("PHỤ LỤC", "KẾ HOẠCH TRIỂN KHAI NĂM 2026",
                                        "Kế hoạch số 617/KH-UBND ngày 03 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Bắc Ninh")
                  + (Table(
    (1.1, 6.0, 2.6, 2.2, 2.3, 2.3, 2.2),
    (("STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện",
      "Theo dõi, kiểm tra, đôn đốc"),),
    (("I", "HOÀN THIỆN THỂ CHẾ", LEFT, LEFT, LEFT, LEFT, LEFT),
     ("1", "Rà soát văn bản quy phạm pháp luật", "", "", "", "", ""),
     ("1.1", LONG, "Báo cáo rà soát", "Tháng 6/2026", "Sở Tư pháp", "Các sở, ngành", "Văn phòng UBND tỉnh"),
     ("1.2", "Rà soát thủ tục hành chính", "", "", "", "", ""),
     ("1.2.1", "Rà soát thủ tục hành chính lĩnh vực đất đai. " + LONG, "Danh mục thủ tục",
      "Quý II/2026", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "Văn phòng UBND tỉnh"),
     ("1.2.2", "Rà soát thủ tục hành chính lĩnh vực tư pháp. " + LONG, "Danh mục thủ tục",
      "Quý III/2026", "Sở Tư pháp", "Công an tỉnh", "Văn phòng UBND tỉnh"),
     ("2", "Ban hành quy chế phối hợp chia sẻ dữ liệu. " + LONG, "Quy chế", "Tháng 9/2026",
      "Công an tỉnh", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh"),
     ("II", "PHÁT TRIỂN DỊCH VỤ CÔNG", LEFT, LEFT, LEFT, LEFT, LEFT),
     ("3", "Triển khai dịch vụ công trực tuyến", "", "", "", "", ""),
     ("3.1", "Cung cấp dịch vụ công trực tuyến toàn trình. " + LONG, "Dịch vụ công", "Năm 2026",
      "Sở Khoa học và Công nghệ", "Các sở, ngành", "Văn phòng UBND tỉnh"),
     ("3.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. " + LONG, "Hồ sơ được số hóa",
      "Hằng năm", "Các sở, ngành", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh")),
),), landscape=False, notes="Sản phẩm before deadline, Chủ trì/Phối hợp thực hiện, Theo dõi column to extra; "
                            "nested I → 1 → 1.1 → 1.2.1, numbering runs on; long rows cut by page breaks")

NHOM_NHIEM_VU = Layout("nhom_nhiem_vu", appendix("Phụ lục I", "CHƯƠNG TRÌNH HÀNH ĐỘNG") + (Table(
    (1.0, 3.0, 3.5, 4.0, 7.0, 3.5, 3.0),
    (("STT", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thuộc nhóm nhiệm vụ, hành động", "Nội dung nhiệm vụ",
      "Chỉ tiêu đạt được", "Thời hạn hoàn thành"),),
    (("1", "Bộ Tài chính", "Các bộ, ngành", "Nhóm 1: Thể chế", "Hoàn thiện khung pháp lý về đầu tư công",
      "100% dự án được giải ngân", "Năm 2026"),
     ("2", "Bộ Công an", "Bộ Tư pháp", "Nhóm 2: Chuyển đổi số", "Mở rộng ứng dụng VNeID",
      "80% người dân sử dụng", "Năm 2027"),
     ("3", "Bộ Y tế", "Bảo hiểm xã hội Việt Nam", "Nhóm 2: Chuyển đổi số", "Liên thông hồ sơ sức khỏe điện tử",
      "90% cơ sở khám chữa bệnh", "Quý IV/2026")),
),), notes="agencies before the task, a 'Thuộc nhóm nhiệm vụ' column and an indicator column to extra")

GIAI_PHAP = Layout("giai_phap", appendix("Phụ lục II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU") + (Table(
    (1.2, 8.0, 3.5, 4.5, 3.0, 4.5),
    (("STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện",
      "Sản phẩm đầu ra"),),
    (("1.", "Nâng cao chất lượng nguồn nhân lực", "", "", "", ""),
     ("a)", "Đào tạo kỹ năng số cho cán bộ, công chức", "Bộ Nội vụ", "Các bộ, ngành", "Năm 2026",
      "Cán bộ được đào tạo"),
     ("b)", "Tuyển dụng chuyên gia công nghệ", "Bộ Nội vụ", "Bộ Khoa học và Công nghệ", "2026 - 2027",
      "Chuyên gia được tuyển dụng"),
     ("2.", "Tăng cường truyền thông", "", "", "", ""),
     ("-", "Tuyên truyền trên báo chí về chuyển đổi số", "Bộ Văn hóa, Thể thao và Du lịch",
      "Đài Truyền hình Việt Nam", "Hằng năm", "Tin, bài"),
     ("-", "Tổ chức hội nghị phổ biến", "Bộ Khoa học và Công nghệ", "Các địa phương", "Quý II/2026",
      "Hội nghị được tổ chức")),
),), notes="Nhiệm vụ, giải pháp / Đơn vị thực hiện / Sản phẩm đầu ra; groups 1., 2. over a) and - items")

CAPS = Layout("caps", appendix("PHỤ LỤC III", "NHIỆM VỤ VÀ GIẢI PHÁP") + (Table(
    (1.3, 10.0, 5.0, 5.5, 3.0),
    (("STT", "NHIỆM VỤ VÀ GIẢI PHÁP", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN"),),
    (("1.", "Về thể chế", "", "", ""),
     ("1.1", "Xây dựng đề án phát triển kinh tế số", "Bộ Khoa học và Công nghệ", "Các bộ, ngành", "Năm 2026"),
     ("1.2", "Triển khai các nhiệm vụ được giao tại Quyết định số 06/QĐ-TTg",
      "Theo phân công tại Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022", LEFT, "Hằng năm"),
     ("2.", "Về hạ tầng", "", "", ""),
     ("2.1", "Phát triển mạng di động 5G", "Bộ Khoa học và Công nghệ", "Các doanh nghiệp viễn thông",
      "Năm 2027")),
),), notes="headers in capitals; 1. → 1.1; a cell merged across lead and coordinating")

KINH_PHI = Layout("kinh_phi", appendix("Phụ lục", "DANH MỤC NHIỆM VỤ") + (Table(
    (1.0, 7.0, 3.5, 4.0, 3.0, 3.5, 3.0),
    (("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian dự kiến hoàn thành",
      "Kết quả dự kiến", "Nguồn kinh phí"),),
    (("1", "Xây dựng cơ sở dữ liệu chuyên ngành và kết nối với Cơ sở dữ liệu quốc gia về dân cư",
      "Bộ Tư pháp", "Bộ Công an", "Năm 2026", "Cơ sở dữ liệu hộ tịch", "Ngân sách trung ương"),
     (UP, UP, "Bộ Y tế", "Bộ Công an", "Năm 2027", "Cơ sở dữ liệu y tế", "Ngân sách trung ương"),
     (UP, UP, "Bộ Giáo dục và Đào tạo", "Bộ Công an", "Năm 2027", "Cơ sở dữ liệu giáo dục", "Ngân sách trung ương"),
     ("2", "Tổ chức đánh giá kết quả thực hiện", "Bộ Công an", "Các bộ, ngành", "Hằng năm", "Báo cáo đánh giá",
      "Ngân sách nhà nước")),
),), notes="one task merged over three assignment rows; Nguồn kinh phí to extra")

NGUOI_DUNG_DAU = Layout("nguoi_dung_dau", appendix("Phụ lục", "NHIỆM VỤ CỤ THỂ") + (Table(
    (1.0, 8.0, 4.5, 4.0, 4.5, 3.0),
    (("STT", "Tên nhiệm vụ", "Người đứng đầu chịu trách nhiệm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"),),
    (("1", "Hoàn thành kết nối dữ liệu bảo hiểm", "Tổng Giám đốc Bảo hiểm xã hội Việt Nam",
      "Bảo hiểm xã hội Việt Nam", "Bộ Công an", "Tháng 10/2026"),
     ("2", "Cấp chứng thư số cho người dân", "Bộ trưởng Bộ Công an", "Bộ Công an", "Ban Cơ yếu Chính phủ",
      "Năm 2026")),
),), notes="a responsible-head column is extra, not lead")

TWO_ROW = Layout("two_row_header", appendix("Phụ lục", "KẾ HOẠCH THỰC HIỆN") + (Table(
    (1.2, 8.5, 4.0, 5.0, 3.0, 3.0),
    (("STT", "Nhiệm vụ", "Cơ quan thực hiện", LEFT, "Thời gian hoàn thành", "Kinh phí"),
     (UP, UP, "Chủ trì", "Phối hợp", UP, UP),
     ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")),
    (("1", "Xây dựng bản đồ số dùng chung", "Bộ Nông nghiệp và Môi trường", "Bộ Quốc phòng", "Năm 2027",
      "Ngân sách nhà nước"),
     ("2", "Chuẩn hóa dữ liệu doanh nghiệp", "Bộ Tài chính", "Bộ Công an, Bộ Tư pháp", "Quý IV/2026",
      "Ngân sách nhà nước")),
),), notes="two-row header: 'Cơ quan thực hiện' over 'Chủ trì' | 'Phối hợp', then a row of column numbers")

UBND_HEAD = Table(
    (7.0, 10.0),
    (), (("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 125/QĐ-UBND",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBắc Ninh, ngày 20 tháng 3 năm 2026"),),
    borders="nil", repeat_header=False)
TARGETS = Table(
    (1.2, 8.0, 3.0, 3.0, 3.0),
    (("STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2030"),),
    (("1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "50", "80"),
     ("2", "Tỷ lệ người dân có tài khoản định danh điện tử", "%", "70", "95")))
BODY_TASKS = Table(
    (1.2, 7.0, 4.0, 4.0, 3.0),
    (("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"),),
    (("1", "Ban hành kế hoạch tuyên truyền", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ngành", "Tháng 4/2026"),))
SIGN = Table((8.5, 8.5), (), (("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.", "CHỦ TỊCH\n\n\n\nNguyễn Văn B"),),
             borders="nil", repeat_header=False)
DECISION = Layout("quyet_dinh_ubnd", (
    UBND_HEAD, "",
    "**QUYẾT ĐỊNH", "**Ban hành Kế hoạch chuyển đổi số tỉnh Bắc Ninh năm 2026",
    "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Điều 1. Ban hành Kế hoạch chuyển đổi số tỉnh Bắc Ninh năm 2026 với các chỉ tiêu sau:",
    TARGETS,
    "Điều 2. Giao các sở, ngành thực hiện ngay nhiệm vụ sau:",
    BODY_TASKS,
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    SIGN,
    *appendix("Phụ lục I", "NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026",
              "Quyết định số 125/QĐ-UBND ngày 20 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"),
    Table((1.2, 8.5, 4.0, 5.0, 3.0, 4.0),
          (("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kết quả, sản phẩm"),),
          (("I", "CHUYỂN ĐỔI SỐ TRONG CƠ QUAN NHÀ NƯỚC", LEFT, LEFT, LEFT, LEFT),
           ("1", "Triển khai hệ thống quản lý văn bản điều hành", "Văn phòng UBND tỉnh", "Các sở, ngành",
            "Quý II/2026", "Hệ thống vận hành"),
           ("II", "KINH TẾ SỐ", LEFT, LEFT, LEFT, LEFT),
           ("1", "Hỗ trợ doanh nghiệp nhỏ chuyển đổi số", "Sở Công Thương", "Hiệp hội doanh nghiệp tỉnh",
            "Năm 2026", "Doanh nghiệp được hỗ trợ"))),
    *appendix("Phụ lục II", "NHIỆM VỤ BẢO ĐẢM AN TOÀN THÔNG TIN",
              "Quyết định số 125/QĐ-UBND ngày 20 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"),
    Table((1.2, 9.0, 5.0, 5.0, 4.0),
          (("TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ"),),
          (("1", "Giám sát an toàn thông tin", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Thường xuyên"),
           ("2", "Diễn tập ứng cứu sự cố", "Công an tỉnh", "Các sở, ngành", "Quý III/2026"))),
), landscape=False, breaks=(12,), notes="a whole provincial decision: letterhead, indicator and task tables "
                                         "in the body, signature, Phụ lục I and Phụ lục II")

# Nghị quyết 116/NQ-CP 2026 (Công báo số 277), Phụ lục, section IV: under task 3 a row with no number prints one
# cell across every column after TT, a note on the task above; task 4 follows in sequence (the real cells).
NQ116_3 = ("Rà soát, ưu tiên nguồn lực trong kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 và nguồn dự phòng "
           "ngân sách hằng năm để tổ chức thực hiện chiến lược, quy hoạch, kế hoạch, chương trình tổng thể, dự án trọng "
           "điểm về phòng, chống thiên tai; ưu tiên nguồn lực cho các dự án đầu tư công trọng điểm: (i) Dự án bố trí, "
           "sắp xếp dân cư vùng thường xuyên bị ảnh hưởng thiên tai, trọng tâm là dân cư sinh sống ở các vùng sạt lở "
           "đất, lũ quét, sạt lở bờ sông, bờ biển, ven biển. (ii) Dự án đầu tư nâng cấp cơ sở hạ tầng phòng, chống thiên "
           "tai. (iii) Dự án phòng, chống ngập lụt đối với một số khu vực đô thị lớn thường xuyên bị ngập lụt.")
NQ116_NOTE = ("Các bộ, cơ quan, địa phương trong đó mô tả các hoạt động của dự án, sản phẩm, kết quả của dự án, cơ quan "
              "thực hiện và thời gian thực hiện (chi tiết trong Kế hoạch của cơ quan, đơn vị).")
NQ116_4 = ("Đầu tư trang thiết bị, phương tiện chuyên dụng, lưỡng dụng, hiện đại, mua sắm bổ sung vật chất hậu cần dự trữ "
           "cho nhiệm vụ đột xuất, vật tư thiết yếu về y tế, dân sinh phù hợp với yêu cầu công tác cứu hộ, cứu nạn trong "
           "từng tình huống thiên tai.")
GHI_CHU = Layout("ghi_chu", appendix("PHỤ LỤC", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU") + (Table(
    (1.2, 10.0, 4.5, 4.0, 3.0),
    (("TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp", "Thời gian"),),
    (("IV", "Huy động và sử dụng hiệu quả nguồn lực cho công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai",
      LEFT, LEFT, LEFT),
     ("3", NQ116_3, "Bộ Tài chính, Bộ NN&MT, UBND các tỉnh, thành phố", "Các bộ, cơ quan", "Giai đoạn 2026 - 2030"),
     ("", NQ116_NOTE, LEFT, LEFT, LEFT),
     ("4", NQ116_4, "Bộ Quốc phòng", "Các bộ, cơ quan, địa phương", "Giai đoạn 2026 - 2030")),
),), notes="an unnumbered row across the table between tasks 3 and 4: a note on task 3 (Nghị quyết 116/NQ-CP)")

LAYOUTS = (TEN_NHIEM_VU, THEO_DOI, NHOM_NHIEM_VU, GIAI_PHAP, CAPS, KINH_PHI, NGUOI_DUNG_DAU, TWO_ROW, DECISION,
           GHI_CHU)


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else HERE
    outdir.mkdir(parents=True, exist_ok=True)
    docs = [build_docx(layout, outdir) for layout in LAYOUTS]
    print("wrote", *[p.name for p in docs])
    if sb.convert_to_pdf(docs, outdir):
        print("wrote the PDFs")
    else:
        print("WARNING: soffice not found: the PDFs were NOT rebuilt", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
