"""Decision metadata on the first lines of real documents (tests/real), one case per class of failure seen.

Each head text is what the pipeline's reader gives for that file (``head_text``), cut to its first lines.
The policy (tests/real/README.md, Records): a file's metadata is that of the document it is or belongs to.
"""
from __future__ import annotations

import datetime as dt

import pytest

from extract.metadata import find_metadata
from extract.ocr import OcrRead, merge_reads
from extract.pdf_geometry import PdfRead

CASES = [
    # a. the letterhead's issuer wins over the "của X" of the Kèm theo line (pl_kh_877_btp_nq03_2025.docx)
    ("pl_877_docx", "BỘ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPHỤ LỤC\n"
     "CHI TIẾT NỘI DUNG KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 03/NQ-CP NGÀY 09/01/2025 của \n"
     " (Ban hành kèm theo Quyết định số 877/QĐ-BTP ngày 03/3/2025 của Bộ trưởng Bộ Tư pháp)",
     "877/QĐ-BTP", dt.date(2025, 3, 3), "Bộ Tư pháp", "BỘ TƯ PHÁP"),
    # a. the same, read from the LibreOffice PDF: the motto's cell comes first
    ("pl_877_pdf", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỘ TƯ PHÁP\nĐộc lập - Tự do - Hạnh phúc\nPHỤ LỤC\n"
     "(Ban hành kèm theo Quyết định số 877/QĐ-BTP ngày 03/3/2025 của Bộ trưởng Bộ Tư pháp)\n2",
     "877/QĐ-BTP", dt.date(2025, 3, 3), "Bộ Tư pháp", "BỘ TƯ PHÁP"),
    # b. glued words in the Kèm theo line, no letterhead: the line's "của X" (bo_chi_so_cchc_cap_tinh_qd_1187_bnv_2025)
    ("qd_1187", "Bảng 2\nCHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP TỈNH\n"
     "(Ban hành kèm theo Quyết định số1187/QĐ-BNV ngày15tháng10năm 2025 của Bộ Nội vụ)\n2",
     "1187/QĐ-BNV", dt.date(2025, 10, 15), "Bộ Nội vụ", "Bộ Nội vụ"),
    # b. a numeric date with a space, a page number above the letterhead (pl2_hd_cham_diem_cv_12094_bnv_2025)
    ("cv_12094", "1\nBỘ NỘI VỤ\nPhụ lục 2\nHƯỚNG DẪN CHẤM ĐIỂM CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN CHỈ SỐ CẢI CÁCH HÀNH "
     "CHÍNH CẤP TỈNH\n(Kèm theo Công văn số12094/BNV-CCHC ngày15/ 12/2025 của Bộ Nội vụ)\n2",
     "12094/BNV-CCHC", dt.date(2025, 12, 15), "Bộ Nội vụ", "BỘ NỘI VỤ"),
    # an appendix whose title in capitals is not a letterhead: the line's "của X"
    ("title_not_letterhead", "HƯỚNG DẪN CHẤM ĐIỂM\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/1/2026 của Ủy ban nhân dân "
     "tỉnh Lâm Đồng)", "12/KH-UBND", dt.date(2026, 1, 5), "Ủy ban nhân dân tỉnh Lâm Đồng",
     "Ủy ban nhân dân tỉnh Lâm Đồng"),
    # c. an e-signature stamp block above the letterhead (tb_565_ket_luan_ctmtqg_ubnd_quang_ngai_2024.pdf)
    ("tb_565", "TRUNG TÂM CÔNG\nBÁO VÀ TIN HỌC\nttcbth@quangngai.gov.vn\n18.11.2024 07:25:14\n+07:00\n"
     "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n"
     "Số:565 /TB-UBND Quảng Ngãi, ngày 15 tháng 11 năm 2024\nTHÔNG BÁO",
     "565/TB-UBND", dt.date(2024, 11, 15), "Ủy ban nhân dân tỉnh Quảng Ngãi", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI"),
    # d. the motto wrapped in a narrow column: "NAM" on the issuer's line (tb_ket_luan_ccn_vp_ubnd_lao_cai_2026.pdf)
    ("tb_vp_lao_cai", "UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nVĂN PHÒNG NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: /TB-VP Lào Cai, ngày tháng 6 năm 2026\nTHÔNG BÁO",
     "/TB-VP", None, "Văn phòng tỉnh Lào Cai", "UBND TỈNH LÀO CAI\nVĂN PHÒNG"),
    # e. a legacy-font text layer read as text: mojibake is never an issuer (kh_1105_dkt_..._lao_cai_2026.pdf)
    # the Party's blank number, its type in small letters (ctr_du_thao_tinh_uy_thai_nguyen_2025, set 29)
    ("ctr_tu_thai_nguyen", "TỈNH ỦY THÁI NGUYÊN ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố -CTr/TU Thái Nguyên, ngày tháng 9 năm 2025\n"
     "Dự thảo\nCHƯƠNG TRÌNH HÀNH ĐỘNG", "-CTr/TU", None, "Tỉnh Ủy Thái Nguyên", "TỈNH ỦY THÁI NGUYÊN"),
    # "Số" read "Sô" by OCR (kh_70_dan_van_ubnd_can_tho_2025_scan, set 29)
    ("kh_70_ocr", "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ CẦN THƠ Độc lập - Tự do - Hạnh phúc\n"
     "Sô: 70 /KH-UBND Cân Thơ, ngày 15 tháng 9 năm 2025\nKẺ HOẠCH", "70/KH-UBND", dt.date(2025, 9, 15),
     "Ủy ban nhân dân thành phố Cần Thơ", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ"),
    ("kh_1105_text_layer", "6Ӣ C‘NG 7+ѬѪ1* &Ӝ1* H“A XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM\nĈ2¬1 .,ӆ0 TRA ĈӝF OұS - 7ӵ do - +ҥQK Ph˙c\n"
     "THEO 48<ӂ7 Ĉӎ1+\n6Ӕ 4Ĉ6&7 L‡o Cai, ng‡y 10 th·ng 3 QăP 2026\n6ӕ 1105.+Ĉ.7", "", None, "", ""),
    # e. the same page read by OCR: the letterhead's last line shares its line with the place and date
    ("kh_1105_ocr", "SỞ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐOÀN KIỂM TRA Độc lập - Tự do - Hạnh Phúc\n"
     "THEO QUYẾT ĐỊNH\nSỐ 1050/QĐ-SCT Lào Cai, ngày 10 tháng 3 năm 2026\nSố: 1105/KH-ĐKT\nKẾ HOẠCH",
     "1105/KH-ĐKT", dt.date(2026, 3, 10), "Sở Công thương đoàn kiểm tra theo quyết định số 1050/qđ-sct",
     "SỞ CÔNG THƯƠNG\nĐOÀN KIỂM TRA\nTHEO QUYẾT ĐỊNH\nSỐ 1050/QĐ-SCT"),
    # f. a page number printed above the letterhead (cv_tb_tham_dinh_tkxd_tinh_dau_que_sct_lao_cai_2025.pdf)
    ("cv_sct_lao_cai", "1\nUBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG Độc lập – Tự do – Hạnh phúc\n"
     "Số: /SCT-CN Lào Cai, ngày tháng năm 2025\nV/v thông báo kết quả thẩm\nđịnh thiết kế xây dựng triển khai",
     "/SCT-CN", None, "Sở Công thương tỉnh Lào Cai", "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG"),
    # rule 3: an e-office registration stamp is the only number (hd_cham_diem_cchc_so_nganh_lam_dong_2025.pdf)
    ("stamp_2775", "Số: 2775/SNV-CCHC&amp;VTLT; 10/11/2025; 10:59:46;\nPHỤ LỤC I:\nHƯỚNG DẪN CHẤM ĐIỂM",
     "2775/SNV-CCHC&VTLT", dt.date(2025, 11, 10), "", ""),
    # a scan's letterhead read by OCR with "HÓA" for "HÒA": the motto is still cut off (ttr_409_..._scan.pdf)
    ("ttr_409_ocr", "- .\n%\nBỘ CÔNG AN CỘNG HÓA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc\n"
     "Số: 409 /TTr-CAT(PC04) Lâm Đồng, ngày 26 tháng 11 năm 2025\nTỜ TRÌNH",
     "409/TTr-CAT(PC04)", dt.date(2025, 11, 26), "Công an tỉnh Lâm Đồng", "BỘ CÔNG AN\nCÔNG AN TỈNH LÂM ĐỒNG"),
    # a scan's motto read with its last word garbled, its end on the line below, a rule of specks, "SỐ:" in capitals
    # after a speck and a day OCR could not read (nq_168_2022_cp_bac_trung_bo_scan.pdf, as Tesseract reads it)
    ("nq_168_ocr", "\"¬\nCHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA TIẾY\nVIỆT NAM\n——— Độc lập - Tự do - Hạnh phúc\n——____D__B_S__\n"
     "crlỦtaThuÊuTllltuSï) - _ò.. =SỐ: 168 /NQ-CP Q Hà ỳ Nội, Nội. ngà ị š\ncà ngày #,3 tháng 12 năm 2022\n",
     "168/NQ-CP", None, "Chính phủ", "CHÍNH PHỦ"),
    # Law_in_Tech's drafts (m1htan/Law_in_Tech, thirty-third session's batch): a date line whose blanks are one
    # ellipsis each, and the date of a decision the body cites, which had stood in for the blank one
    ("draft_byt_ellipsis", "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Hà Nội, ngày … tháng … năm 2025\nBẢN ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH,\nTheo Quyết định số 1201/QĐ-BYT, ngày 09 "
     "tháng 04 năm 2025 của Bộ trưởng Bộ Y tế về việc công bố thủ tục hành chính", "", None, "Bộ Y tế", "BỘ Y TẾ"),
    ("report_cited_date", "TÍNH THỐNG NHẤT CỦA DỰ THẢO LUẬT ĐẤT ĐAI (SỬA ĐỔI) VỚI LUẬT ĐÊ ĐIỀU\n"
     "Báo cáo số 86/BC-BTNMT, ngày 03 tháng 8 năm 2022 của Bộ Tài nguyên và Môi trường về kết quả rà soát", "",
     None, "", ""),
    # a date printed with its day blank under an e-signature stamp signed that month: the stamp's day fills it
    # (Quyết định 2061/QĐ-UBND 2026, dangminhtai/ubndxaphumybac "1. Danh muc chung .pdf", as pdfplumber reads it)
    ("stamp_fills_blank_day", "Số: 2061/QĐ-UBND\nThời gian ký: 2026-05-13T14:41:57+07:00\nDANH MỤC SẢN PHẨM/ CÔNG VIỆC "
     "CHUNG CHO CÁC SỞ, NGÀNH, ỦY BAN NHÂN DÂN CẤP XÃ\nTHUỘC ỦY BAN NHÂN DÂN TỈNH TRONG ĐÁNH GIÁ, XẾP LOẠI CÔNG CHỨC\n"
     "(Ban hành kèm theo Quyết định số: /QĐ-UBND ngày tháng 5 năm 2026 của UBND tỉnh)", "2061/QĐ-UBND",
     dt.date(2026, 5, 13), "UBND tỉnh", "UBND tỉnh"),
    # a table of contents before the letterhead: the issuer is the block just above "Số:"
    ("toc_then_letterhead", "MỤC LỤC\nI. SỰ CẦN THIẾT BAN HÀNH LUẬT\t3\n1. Về căn cứ chính trị, pháp lý………….3\n"
     "VII.  NHỮNG NỘI DUNG  CÒN CÓ Ý KIẾN KHÁC NHAU\t22\n3. Liên quan đến vấn đề tư vấn pháp lý cho người đề nghị can "
     "thiệp y học để chuyển đổi\nBAN SOẠN THẢO\nLUẬT CHUYỂN ĐỔI GIỚI TÍNH\nSố: 16/TTr-BST\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày  24 tháng 11 năm 2023\nTỜ TRÌNH",
     "16/TTr-BST", dt.date(2023, 11, 24), "Ban soạn thảo luật chuyển đổi giới tính",
     "BAN SOẠN THẢO\nLUẬT CHUYỂN ĐỔI GIỚI TÍNH"),
]


@pytest.mark.parametrize(("head", "number", "date", "issuer", "issuer_raw"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_metadata_of_real_heads(head, number, date, issuer, issuer_raw):
    m = find_metadata(head)
    assert (m.number, m.date, m.issuer, m.issuer_raw) == (number, date, issuer, issuer_raw)


def test_ocr_head_first_when_the_first_page_was_read_by_ocr():
    """A legacy-font or scanned first page: its OCR text is the head, before the text pages' (the text reader
    leaves out the head of a page without a usable text layer)."""
    text = PdfRead([], "page two text", 2, 1, no_text_pages=[1])
    ocr = OcrRead([], "SỞ CÔNG THƯƠNG\nSố: 1105/KH-ĐKT", 2, 0, ocr_pages=[1])
    assert merge_reads(text, ocr).head_text.startswith("SỞ CÔNG THƯƠNG")
    ocr2 = OcrRead([], "scanned page two", 2, 0, ocr_pages=[2])
    assert merge_reads(PdfRead([], "UBND TỈNH", 2, 1), ocr2).head_text == "UBND TỈNH\nscanned page two"


def test_a_speck_before_an_ocr_letterhead_is_no_part_of_the_issuer():
    """Kế hoạch 2668/KH-UBND of Bắc Giang (2010, a scan, tests/real set 17): OCR read a speck of the page before the
    letterhead's first line ("» ỦY BAN NHÂN DÂN"); the issuer is the letterhead's name alone."""
    from extract.metadata import find_metadata
    m = find_metadata("» ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: /KH-UBND", by_ocr=True)
    assert m.issuer_raw == "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG"


def test_a_gazette_title_in_place_of_the_letterhead():
    """Nghị quyết 03/NQ-CP 2010 as a legal database keeps it (tests/real set 21): no letterhead, no "Số:" line; the
    title says the kind, the issuer, the number and the date."""
    from extract.metadata import find_metadata
    m = find_metadata("NGHỊ QUYẾT\nCỦA CHÍNH PHỦ SỐ 03/NQ-CP NGÀY 15 THÁNG 01 NĂM 2010\nVỀ NHỮNG GIẢI PHÁP CHỦ YẾU")
    assert (m.number, str(m.date), m.issuer) == ("03/NQ-CP", "2010-01-15", "Chính phủ")


def test_a_cover_page_and_its_blank_back_before_the_letterhead(tmp_path):
    """The draft action programme of the Thái Nguyên provincial Party committee 2025 (tests/real set 29) opens with a
    cover page (title, "LUU HANH NOI BO") and a blank page; its letterhead and "Số" line are on page 3.  The head read
    for metadata goes on past the cover while no "Số" line is read, and the cover is then no letterhead."""
    from rawpdf import write_pdf
    from extract.pdfium_reader import read_pdf

    def page(lines):
        return "\n".join(f"BT /F1 11 Tf 80 {780 - 16 * k} Td ({t}) Tj ET" for k, t in enumerate(lines))

    cover = page(["DANG CONG SAN VIET NAM", "BAN CHAP HANH DANG BO TINH THAI NGUYEN", "DU THAO CHUONG TRINH HANH DONG",
                  "LUU HANH NOI BO", "THANG 9 - 2025"])
    letterhead = page(["TINH UY THAI NGUYEN", "*", "So 12-CTr/TU", "Thai Nguyen, ngay 05 thang 9 nam 2025",
                       "CHUONG TRINH HANH DONG thuc hien Nghi quyet Dai hoi dai bieu Dang bo tinh lan thu I"])
    path = write_pdf(tmp_path / "cover.pdf", [cover, "", letterhead])
    meta = find_metadata(read_pdf(path).head_text)
    assert (meta.number, meta.date, meta.issuer_raw) == ("12-CTr/TU", dt.date(2025, 9, 5), "TINH UY THAI NGUYEN")


def test_a_day_ocr_cannot_read_keeps_year_and_month_and_no_cited_date_stands_in():
    """Kế hoạch 239/KH-SYT 2018 (set 31), a scan with the day handwritten: OCR reads "ngày Ơ+ tháng 3 năm 2018" and an
    OCR'd title "KÉ HOẠCH"; the first run had taken the next "Căn cứ" line's date (2014-06-26) and lost the issuer
    beside the motto behind a speck."""
    head = ("ˆ UBND TỈNH KIÊN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ Độc lập - Tự do - Hạnh phúc\n"
            "Số: 22 /KH-SYT Kiên Giang, ngày Ơ+ tháng 3 năm 2018\nKÉ HOẠCH\n"
            "Tổ chức đấu thầu cung ứng thuốc, VTYT năm 2019 - 2020\n"
            "Căn cứ Nghị định số 63/2014/NĐ-CP ngày 26 tháng 06 năm 2014 quy định")
    m = find_metadata(head, by_ocr=True)
    assert (m.date, m.year, m.month, m.day) == (None, 2018, 3, None)
    assert m.issuer_raw == "UBND TỈNH KIÊN GIANG\nSỞ Y TẾ"


@pytest.mark.parametrize("date_line, month, day", [
    ("Lào Cai, ngày15 tháng 54 năm 2026", None, 15),      # the e-signature's figures over the month (Trangsct/skill-sct)
    ("Hà Nội, ngày 45 tháng 02 năm 2026", 2, None),
])
def test_a_month_or_day_no_calendar_has_is_unread_and_the_file_is_read(tmp_path, date_line, month, day):
    """Quyết định 1696/QĐ-UBND 2026 of Lào Cai as its signed PDF prints its date line: the file stopped with "internal
    error ... month must be in 1..12" before the thirty-second session (a batch over the fetched repositories)."""
    from docx import Document

    from extract.pipeline import process_file

    meta = find_metadata(f"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 1696 /QĐ-UBND\n{date_line}\nQUYẾT ĐỊNH\nVề việc ủy quyền")
    assert (meta.date, meta.year, meta.month, meta.day) == (None, 2026, month, day)
    doc = Document()
    for line in ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 1696 /QĐ-UBND", date_line, "QUYẾT ĐỊNH"]:
        doc.add_paragraph(line)
    doc.save(tmp_path / "qd.docx")
    r = process_file(tmp_path / "qd.docx", tmp_path)
    assert r.document["status"] != "failed" and r.document["decision_number"] == "1696/QĐ-UBND"
    assert "metadata_missing" in {i.code for i in r.issues}
