"""Every issue code held to a real case (issue 16).

``CASES`` maps each code of ``extract.issues.CODES`` to a case: a real input (a sample built from the real
appendix, a committed layout, a real file damaged the way files arrive damaged, or a small plan whose
letterhead, header words and cells are copied from the real documents of ``tests/real/``) run through the
product's own entry points (``process_file``, ``extract_one``, ``run_batch``, ``run_pool``).  The test asserts
that the code comes out, with the severity and the field the vocabulary gives it.  A code without a case
fails ``test_every_code_has_a_real_case``: adding a code means adding its case here.

Real strings and where they come from (see ``tests/real/manifest.yaml`` for the sources):
- the letterhead, header words and deadline of ``TUYEN_TRUYEN``: ``kh_tuyen_truyen_cchc_2026_ubnd_lam_dong``
  (Kế hoạch tuyên truyền CCHC 2026, UBND tỉnh Lâm Đồng), whose lead column "Trách nhiệm thực hiện" is
  decided by content; its third lead, "Trường Cao đẳng luật miền Bắc", is from ``pl_kh_877_btp_nq03_2025``: a
  college whose ministry the cell does not name, so no gazetteer entry nor kind can be chosen (the "Trung tâm
  Thông tin" of ``kh_cchc_2026_2030_ubnd_lam_dong`` served here until a centre named bare in a province's plan
  became that province's body);
- the people of ``PEOPLE``: ``kh_3024_kiem_tra_sin_quyen_sct_lao_cai_2026`` (lead column "Người thực hiện");
- the "ĐIỀU, KHOẢN, ĐIỂM CẦN SỬA ĐỔI ..." column and its rows: ``nq_24_2026_cp_cat_giam_tthc`` (Nghị quyết
  24/2026/NQ-CP), which has no deadline column;
- the agenda: ``ct_hoi_nghi_cchc_2025_ubnd_lam_dong`` (a conference programme: time slots, "Chủ trì").
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable

import pyarrow.parquet as pq
import pytest

import badfiles
import hostile
from helpers import SAMPLES

from extract import ocr
from extract.batch import extract_one, find_inputs, plan_jobs, run_batch, run_pool, set_time_limits
from extract.issues import CODES
from extract.pipeline import process_file

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "tests" / "layouts"
SEED_TXT = ROOT / "samples" / "source"

LETTERHEAD = ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 120/KH-UBND", "Lâm Đồng, ngày 15 tháng 01 năm 2026",
              "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2026"]
TUYEN_TRUYEN = [
    ["STT", "Nội dung", "Trách nhiệm thực hiện", "Thời gian thực hiện"],
    ["1", "Giải đáp những vướng mắc, kiến nghị về công tác CCHC và các vấn đề mà người dân, doanh nghiệp "
          "đang rất quan tâm thuộc thẩm quyền giải quyết của Sở Công Thương",
     "Lãnh đạo Sở Công Thương", "Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1"],
    ["2", "Giải đáp những vướng mắc, kiến nghị về công tác CCHC thuộc thẩm quyền giải quyết của Công an tỉnh",
     "Lãnh đạo Công an tỉnh", "Tháng 4/2026"],
    ["3", "Tuyên truyền kết quả cải cách hành chính trên địa bàn tỉnh",
     "Trường Cao đẳng luật miền Bắc", "Tháng 5/2026"],
]
PEOPLE = [  # KH 3024/KH-SCT (Lào Cai, 2026): the people who carry each task out
    ["TT", "Nhiệm vụ thực hiện", "Người thực hiện", "Thời gian"],
    ["1", "Rà soát việc đáp ứng các điều kiện của học viên", "Đỗ Mạnh Cường\nVũ Việt Linh", "Tháng 3/2026"],
    ["2", "Tổ chức huấn luyện, kiểm tra", "Nguyễn Thị thúy Nhung", "Tháng 4/2026"],
]
NQ_24 = [
    ["STT", "CÁC LUẬT, NGHỊ ĐỊNH, QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ, THÔNG TƯ CẦN SỬA ĐỔI, BỔ SUNG, BÃI BỎ",
     "ĐIỀU, KHOẢN, ĐIỂM CẦN SỬA ĐỔI, BỔ SUNG, BÃI BỎ", "CƠ QUAN CHỦ TRÌ SOẠN THẢO"],
    ["1", "Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi hành một số điều của "
          "Luật An toàn thực phẩm", "Khoản 2 Điều 5; Điều 7", "Bộ Y tế"],
    ["2", "Thông tư số 43/2018/TT-BCT ngày 15/11/2018 của Bộ trưởng Bộ Công Thương quy định về quản lý an toàn "
          "thực phẩm thuộc trách nhiệm của Bộ Công Thương", "Điều 4", "Bộ Công Thương"],
]
AGENDA = [
    ["Thời gian", "Nội dung", "Chủ trì"],
    ["14h00 - 14h05", "Tuyên bố lý do, giới thiệu đại biểu", "Văn phòng UBND tỉnh"],
    ["14h05 - 14h20", "Báo cáo kết quả công tác cải cách hành chính năm 2025", "Sở Nội vụ"],
    ["14h20 - 16h00", "Thảo luận", "Chủ tịch UBND tỉnh"],
]
# A task table with the seed's header and one real row per gap: a task cell left empty, a lead left
# empty, a deadline left empty, a quarter without its year (read only when the plan's year is known: without a
# letterhead it is not), an agency name typed without its tone marks.
GAPS = [
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    ["1", "", "Sở Tư pháp", "", "Trước ngày 31/01 năm liền kề"],
    ["2", "Rà soát, đánh giá thủ tục hành chính hằng năm của tỉnh", "", "Văn phòng UBND tỉnh", "Hằng năm"],
    ["3", "Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực", "Sở Tư pháp", "", ""],
    ["4", "Tổ chức đối thoại với doanh nghiệp", "Sở Tai chinh", "Sở Công Thương", "Quý III"],
]
# The seed appendix (Phụ lục II, Đề án 06) with its section row "II" lost, as a scan may lose a merged row: the
# numbering of section II starts again under section I.
RESTARTS = [
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    ["I", "Hoàn thiện chính sách, pháp luật về phát triển, cung cấp ứng dụng, dịch vụ số liên quan đến thông tin dân cư",
     "", "", ""],
    ["1", "Trình cấp có thẩm quyền ban hành luật sửa đổi Luật Xử lý vi phạm hành chính", "Bộ Công an",
     "Văn phòng Chính phủ, Bộ Tư pháp", "Tháng 12/2026"],
    ["2", "Trình cấp có thẩm quyền đề xuất xây dựng Luật Định danh và xác thực điện tử", "Bộ Công an",
     "Văn phòng Chính phủ, Bộ Tư pháp", "Tháng 10/2026"],
    ["1", "Đưa vào vận hành Cổng Dịch vụ công quốc gia tại Trung tâm Dữ liệu quốc gia", "Bộ Công an", "Các bộ, ngành",
     "Tháng 5/2026"],
]
CUT_ROW = [  # Nghị quyết 168/NQ-CP 2022's appendix (tests/real, its scan): row 26, a line scanned across its cell,
    # came out as a row with the task's first line and a row with the same number and no task
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    ["25", "Đề án phát triển thành phố Vinh trở thành trung tâm văn hóa phía Bắc của vùng Bắc Trung Bộ và duyên hải "
           "Trung Bộ", "Ủy ban nhân dân tỉnh Nghệ An", "Các cơ quan và địa phương liên quan", "2023"],
    ["26", "Đề án phát triển thành phố Quy Nhơn trở thành trung tâm văn", "Ủy ban nhân dân tỉnh Bình Định",
     "Các cơ quan và địa phương liên quan", "2023"],
    ["26", "", "Ủy ban nhân dân tỉnh Bình Định", "Các cơ quan và địa phương liên quan", "2023"],
]
RECURS = [  # "Định kỳ 6 tháng": a real deadline cell of the first held-out set (tests/data/heldout.yaml, find_string id 68651414558)
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
    ["1", "Báo cáo kết quả thực hiện Kế hoạch", "Sở Tư pháp", "Định kỳ 6 tháng"],
]
BEFORE = [  # "trước tháng 7/2026": a real deadline of held-out set 20 (tests/data/heldout.yaml: "Chủ đầu tư phối hợp
    # chặt chẽ với UBND phường Âu Lâu hoàn thành GPMB trước tháng 7/2026"), due by 31/7 as read, by 30/6 to some readers
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
    ["1", "Hoàn thành giải phóng mặt bằng", "UBND phường Âu Lâu", "Hoàn thành GPMB trước tháng 7/2026"],
]
STATUS = [  # a real row of Nghị quyết 318/NQ-CP 2025's appendix (tests/real, nq_318_duong_sat_do_thi_cp_2025_scan): its
    # "Thời hạn" cell says the work is done, not when it is due
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
    ["1", "Quy định chi tiết phương pháp xác định mức thu", "Hội đồng nhân dân Thành phố Hồ Chí Minh", "Đã thực hiện"],
]
PAST = [  # a real row of kh_a2_quoc_phong_quan_su_dd_mien_nam_2024 (dated 01/3/2024): its deadline, the year before,
    # ends before the decision's date (here the letterhead's, 15/01/2026) as it did in its own plan
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
    ["1", "Thực hiện công tác huấn luyện, diễn tập, kiểm tra sẵn sàng chiến đấu theo hướng dẫn của BCH Quân sự Quận 3.",
     "BCH Quân sự Quận 3", "Trong năm 2023 theo KH của BCH Quân sự Quận 3"],
]
UNLISTED = [  # Quyết định 2858/QĐ-UBND (Hà Nội, 2025), Điều 2: a department the gazetteer has no entry for
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
    ["1", "Kiểm tra, xác nhận hồ sơ, bản vẽ đồ án", "Sở Quy hoạch - Kiến trúc", "Năm 2025"],
]
UNREAD = [  # the assignment table of Ủy ban nhân dân xã An Thới Đông (TP. Hồ Chí Minh), 2025-2026 plans (held-out
    # set 4, find_string id 55107769037): a village team written short, which the agency parser reads as no body
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    ["1", "Rà soát danh sách hộ dân cần hỗ trợ chuyển đổi số", "Phòng VH-XH", "TT PVHCC; Tổ CNSCĐ 12 ấp", "Năm 2026"],
]
TOTALS = [  # Kế hoạch 2668/KH-UBND of Bắc Giang (2010, tests/real set 17), its appendix: projects, their funding and
    # one lead column, closed by a "Tổng" row of figures only
    ["STT", "Danh mục Công trình", "Tổng kinh phí", "Đơn vị chủ trì và phối hợp thực hiện"],
    ["1", "Nâng cấp hệ thống thư điện tử của tỉnh", "800", "Sở TT&TT"],
    ["2", "Xây dựng hệ thống hội nghị truyền hình trực tuyến đến cấp huyện", "4,500", "Sở TT&TT"],
    ["Tổng", "", "5,300", ""],
]
PARTNERS = [  # Kế hoạch 2668/KH-UBND of Bắc Giang (2010, tests/real set 17): one column for the lead and its partners
    ["STT", "Danh mục Công trình", "Đơn vị chủ trì và phối hợp thực hiện", "Thời gian"],
    ["1", "Triển khai hệ thống phần mềm Một cửa điện tử tích hợp toàn tỉnh", "Sở TT&TT phối hợp với các sở, UBND các huyện",
     "2011-2015"],
]
NO_LEAD = [
    ["STT", "Nhiệm vụ", "Thời gian thực hiện", "Kết quả, sản phẩm"],
    ["1", "Rà soát, đánh giá thủ tục hành chính hằng năm của tỉnh", "Quý I/2026", "Báo cáo kết quả rà soát"],
    ["2", "Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực", "Hằng năm", "Quyết định công bố"],
]


def plan(dest: Path, table: list[list[str]], letterhead: bool = True) -> Path:
    dest.write_bytes(badfiles._docx_with(LETTERHEAD if letterhead else ["Phụ lục"], table))
    return dest


def issues_of(path: Path) -> list:
    return process_file(path, path.parent).issues


def batch_issues(out: Path) -> list[dict]:
    return pq.read_table(out / "issues.parquet").to_pylist()


def no_tesseract(monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)


def needs(tool: str):
    if tool == "soffice" and badfiles.soffice() is None or tool != "soffice" and shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")


# --- the cases: (tmp_path, monkeypatch) -> the issues the product made ---------------------------------

def case_file_unreadable(tmp, mp):
    hostile.links(tmp)
    return issues_of(tmp / "dangling.pdf")


def case_format_unknown(tmp, mp):
    path = tmp / "phu_luc.doc"  # the seed appendix as text, saved with a Word name
    shutil.copyfile(next(SEED_TXT.glob("*.txt")), path)
    return issues_of(path)


def case_file_empty(tmp, mp):
    (tmp / "qd.pdf").write_bytes(b"")
    return issues_of(tmp / "qd.pdf")


def case_needs_libreoffice(tmp, mp):
    needs("soffice")
    doc = badfiles.legacy_doc(tmp / "old.doc")
    empty = tmp / "bin"
    empty.mkdir()
    mp.setenv("PATH", str(empty))
    return issues_of(doc)


def case_conversion_failed(tmp, mp):
    needs("soffice")
    doc = badfiles.legacy_doc(tmp / "old.doc")
    data = doc.read_bytes()
    (tmp / "cut.doc").write_bytes(data[:1536])  # the OLE header and a little of the directory
    return issues_of(tmp / "cut.doc")


def case_timeout(tmp, mp):
    (tmp / "in").mkdir()
    shutil.copyfile(badfiles.GOOD_PDF, tmp / "in" / "slow.pdf")
    run_batch([tmp / "in"], tmp / "out", workers=1, timeout=0.05)
    return batch_issues(tmp / "out")


def case_worker_crashed(tmp, mp):
    (tmp / "in").mkdir()
    (tmp / "in" / "empty.pdf").write_bytes(b"")
    jobs = plan_jobs(find_inputs([tmp / "in"]))
    set_time_limits(jobs, 60)
    got = []
    run_pool(jobs, 1, lambda job, result, trouble: got.extend(result.issues), func=badfiles.crash_on_empty)
    return got


def case_internal_error(tmp, mp):
    import extract.pipeline as pipeline

    def broken(*args, **kwargs):
        raise KeyError("a bug in a reader")
    mp.setattr(pipeline, "stitch", broken)
    jobs = plan_jobs(find_inputs([badfiles.GOOD_DOCX]))
    return extract_one(jobs[0]).issues


def case_file_changed(tmp, mp):
    from extract.batch.inputs import hash_all

    path = tmp / "a.docx"
    shutil.copyfile(badfiles.GOOD_DOCX, path)
    jobs = plan_jobs(find_inputs([path]))
    hash_all(jobs, 1)
    shutil.copyfile(SAMPLES / "phu_luc_ii_nfd.docx", path)  # replaced after it was hashed, before it is read
    return extract_one(jobs[0]).issues


def case_cache_entry_invalid(tmp, mp):
    (tmp / "in").mkdir()
    shutil.copyfile(badfiles.GOOD_DOCX, tmp / "in" / "a.docx")
    run_batch([tmp / "in"], tmp / "out", workers=1)
    for entry in (tmp / "out" / ".cache").glob("[0-9a-f]*.json"):
        entry.write_bytes(entry.read_bytes()[:50])  # truncated, as by a full disk
    run_batch([tmp / "in"], tmp / "out", workers=1)
    return batch_issues(tmp / "out")


def case_duplicate_document(tmp, mp):
    (tmp / "in").mkdir()
    for name in ("quyet_dinh_full.docx", "quyet_dinh_full.pdf"):
        shutil.copyfile(SAMPLES / name, tmp / "in" / name)
    run_batch([tmp / "in"], tmp / "out", workers=1)
    return batch_issues(tmp / "out")


def case_scanned_no_ocr(tmp, mp):
    no_tesseract(mp)
    return issues_of(badfiles.scanned_pdf(tmp / "scan.pdf", pages=1))


def case_pages_not_read(tmp, mp):
    no_tesseract(mp)
    return issues_of(hostile.text_then_scans_pdf(tmp / "mixed.pdf"))


def case_legacy_font(tmp, mp):
    needs("tesseract")
    from test_pdf_legacy_fonts import _legacy_pdf
    return issues_of(_legacy_pdf(tmp))


def case_page_sideways(tmp, mp):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(SAMPLES / "phu_luc_ii_other_headers.pdf"))
    pdf[0].set_rotation(90)
    pdf.save(str(tmp / "turned.pdf"))
    pdf.close()
    return issues_of(tmp / "turned.pdf")


def case_ocr(tmp, mp):
    """Page 2 of the landscape sample scanned at 150 dpi, with a photocopier streak (blur and toner noise)
    across the middle rows: the rows under the streak are read with low confidence."""
    needs("tesseract")
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    pdf = pdfium.PdfDocument(str(badfiles.GOOD_PDF))
    page = np.asarray(pdf[1].render(scale=150 / 72).to_pil().convert("L"), dtype=float).copy()
    pdf.close()
    y0, y1 = int(page.shape[0] * 0.35), int(page.shape[0] * 0.6)
    band = Image.fromarray(page[y0:y1].astype("uint8")).filter(ImageFilter.GaussianBlur(1.6))
    page[y0:y1] = np.asarray(band, dtype=float) * 0.8 + np.random.default_rng(3).normal(0, 45, band.size[::-1])
    Image.fromarray(np.clip(page, 0, 255).astype("uint8")).save(tmp / "streak.pdf", "PDF", resolution=150)
    return issues_of(tmp / "streak.pdf")


def case_numbering_format_unknown(tmp, mp):
    """A plan whose TT column is Word list numbering (as in kh_3898 of tests/real/) in a format not rendered."""
    from test_docx_numbering import _plan
    return issues_of(_plan(tmp / "kh.docx", "4"))


def case_metadata_from_ocr(tmp, mp):
    """The whole sample decision (letterhead, number, date) printed and scanned at 200 dpi: page 1 read by OCR."""
    needs("tesseract")
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(SAMPLES / "quyet_dinh_full.pdf"))
    page = pdf[0].render(scale=200 / 72).to_pil().convert("L")
    pdf.close()
    page.save(tmp / "scan.pdf", "PDF", resolution=200)
    return issues_of(tmp / "scan.pdf")


def case_ocr_quarter(tmp, mp):
    """The 7-column plan of the scan corpus printed and scanned grey at 200 dpi (tests/scans/corpus.py): Tesseract
    reads some quarters' numerals "I1/2026", "11/2026"; their strokes are counted again and the rows say so."""
    needs("tesseract")
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parent / "scans"))
    import corpus
    return issues_of(corpus.scan("plan", "grey200"))


# An appendix with no letterhead, as a Đồng Tháp Sở Tài chính sent one (12/2025; the no_tables document
# pl_bo_sung_muc_tieu_ngan_sach_xa_stc_dong_thap_2025 of tests/real): its number and signing time stamped by the e-office
# system, its own line leaving the day blank and naming the department; here over the GAPS table.
STAMPED = ["Số: 5281/STC-QLNS", "Thời gian ký: 2025-12-17T07:52:25+07:00",
           "BỔ SUNG CÓ MỤC TIÊU NĂM 2025 CHO NGÂN SÁCH CẤP XÃ",
           "(Đính kèm Công văn số /STC-QLNS ngày /12/ 2025 của Sở Tài chính"]


def case_metadata_inferred(tmp, mp):
    path = tmp / "stamped.docx"
    path.write_bytes(badfiles._docx_with(STAMPED, GAPS))
    return issues_of(path)


def from_plan(table, letterhead=True):
    return lambda tmp, mp: issues_of(plan(tmp / "plan.docx", table, letterhead))


def from_file(path: Path):
    return lambda tmp, mp: issues_of(path)


def from_builder(build: Callable[[Path], Path], name: str):
    return lambda tmp, mp: issues_of(build(tmp / name))


CASES: dict[str, Callable] = {
    "file_empty": case_file_empty,
    "file_unreadable": case_file_unreadable,
    "file_corrupt": from_builder(badfiles.truncated_pdf, "truncated.pdf"),
    "file_encrypted": from_builder(badfiles.encrypted_pdf, "encrypted.pdf"),
    "file_refused": from_builder(badfiles.zip_bomb_docx, "bomb.docx"),
    "format_unknown": case_format_unknown,
    "needs_libreoffice": case_needs_libreoffice,
    "conversion_failed": case_conversion_failed,
    "timeout": case_timeout,
    "worker_crashed": case_worker_crashed,
    "internal_error": case_internal_error,
    "file_changed": case_file_changed,
    "cache_entry_invalid": case_cache_entry_invalid,
    "duplicate_document": case_duplicate_document,
    "scanned_no_ocr": case_scanned_no_ocr,
    "pages_not_read": case_pages_not_read,
    "legacy_font": case_legacy_font,
    "page_sideways": case_page_sideways,
    "no_task_table": from_plan(AGENDA),
    "table_ignored": from_plan(AGENDA),
    "column_role_inferred": from_plan(TUYEN_TRUYEN),
    "column_unmapped": from_plan(NQ_24),
    "table_no_lead_column": from_plan(NO_LEAD),
    "table_no_deadline_column": from_plan(NQ_24),
    "total_row": from_plan(TOTALS),
    "task_missing": from_plan(GAPS),
    "lead_missing": from_plan(GAPS),
    "deadline_missing": from_plan(GAPS),
    "value_inferred": from_file(SAMPLES / "phu_luc_ii_merged_lead.pdf"),
    "cells_merged": from_file(LAYOUTS / "caps.docx"),
    "note_row": from_file(LAYOUTS / "ghi_chu.pdf"),
    "numbering_format_unknown": case_numbering_format_unknown,
    "deadline_unparsed": from_plan(GAPS, letterhead=False),
    "agency_unknown": from_plan(TUYEN_TRUYEN),
    "agency_not_found": from_plan(PEOPLE),
    "agency_fuzzy": from_plan(GAPS),
    "agency_unlisted": from_plan(UNLISTED),
    "agency_text_unread": from_plan(UNREAD),
    "deadline_recurrence_unnamed": from_plan(RECURS),
    "deadline_before_period": from_plan(BEFORE),
    "deadline_before_decision": from_plan(PAST),
    "deadline_status": from_plan(STATUS),
    "agency_by_reference": from_file(LAYOUTS / "caps.docx"),
    "agency_role_from_text": from_plan(PARTNERS),
    "ocr_low_confidence": case_ocr,
    "ocr_repaired": case_ocr,
    "ocr_word_unknown": case_ocr,
    "ocr_word_uncertain": case_ocr,
    "ocr_word_unlikely": case_ocr,
    "numbering_restarts": from_plan(RESTARTS),
    "row_cut": from_plan(CUT_ROW),
    "ocr_quarter_uncertain": case_ocr_quarter,
    "metadata_missing": from_plan(GAPS, letterhead=False),
    "metadata_from_ocr": case_metadata_from_ocr,
    "metadata_inferred": case_metadata_inferred,
}
SLOW = {"metadata_from_ocr", "needs_libreoffice", "conversion_failed", "worker_crashed", "legacy_font", "ocr_low_confidence",
        "ocr_repaired", "ocr_quarter_uncertain", "ocr_word_unknown", "ocr_word_uncertain",
        "ocr_word_unlikely"}
# The field each row-level code names (the vocabulary's fields: task, lead, coordinating, deadline, ...).
FIELD = {"task_missing": "task", "lead_missing": "lead", "deadline_missing": "deadline",
         "deadline_unparsed": "deadline", "agency_fuzzy": "lead", "agency_unknown": "lead", "agency_unlisted": "lead", "deadline_recurrence_unnamed": "deadline",
         "deadline_before_period": "deadline", "deadline_before_decision": "deadline", "deadline_status": "deadline", "agency_role_from_text": "lead",
         "agency_text_unread": "coordinating",
         "agency_by_reference": "lead", "agency_not_found": "lead", "cells_merged": "coordinating", "column_role_inferred": "lead",
         "note_row": "extra", "ocr_quarter_uncertain": "deadline", "row_cut": "task"}


def test_every_code_has_a_real_case():
    assert set(CASES) == set(CODES), {"no case": sorted(set(CODES) - set(CASES)),
                                      "not a code": sorted(set(CASES) - set(CODES))}


def _code(issue) -> tuple:
    if isinstance(issue, dict):
        return issue["code"], issue["severity"], issue["field"] or "", issue["message"]
    return issue.code, issue.severity, issue.field or "", issue.message


@pytest.mark.parametrize("code", [pytest.param(c, marks=pytest.mark.slow) if c in SLOW else c for c in CODES])
def test_the_code_is_made_by_its_real_case(code, tmp_path, monkeypatch):
    made = [_code(i) for i in CASES[code](tmp_path, monkeypatch)]
    mine = [m for m in made if m[0] == code]
    assert mine, f"{code} not made; made: {sorted({m[0] for m in made})}"
    severity = CODES[code][0]
    assert all(m[1] == severity and m[3] for m in mine), mine
    if code in FIELD:
        assert FIELD[code] in {m[2] for m in mine}, mine


def test_rows_made_wrong_on_purpose_need_review(tmp_path):
    """A table whose lead column is lost (no lead column), values inferred across a page break: every such row
    is flagged, with the reason; the OCR case is in the slow test below."""
    lost = process_file(plan(tmp_path / "plan.docx", NO_LEAD), tmp_path)
    assert lost.tasks and all(t["needs_review"] and "lead_missing" in t["review_reasons"] for t in lost.tasks)
    assert lost.document["status"] == "partial"
    merged = process_file(SAMPLES / "phu_luc_ii_merged_lead.pdf", SAMPLES)
    inferred = [t for t in merged.tasks if any("merged cell continued across a page break" in w for w in t["warnings"])]
    assert inferred and all(t["needs_review"] and "value_inferred" in t["review_reasons"] for t in inferred)


@pytest.mark.slow
def test_a_row_read_under_a_photocopier_streak_needs_review(tmp_path, monkeypatch):
    needs("tesseract")
    case_ocr(tmp_path, monkeypatch)
    result = process_file(tmp_path / "streak.pdf", tmp_path)
    low = [t for t in result.tasks if t["ocr_confidence"] is not None and t["ocr_confidence"] < 0.8]
    assert low and all(t["needs_review"] and "ocr_low_confidence" in t["review_reasons"] for t in low)


def test_partners_in_a_lead_cell_are_coordinating(tmp_path):
    """The bodies after "phối hợp với" in a lead cell take the coordinating role, in the agency rows and the lists; the
    raw cell stays as printed and each moved body is named in a warning (Kế hoạch 2668/KH-UBND 2010, set 17)."""
    from extract.pipeline import process_file
    r = process_file(plan(tmp_path / "plan.docx", PARTNERS))
    task = r.tasks[0]
    assert task["lead_raw"] == "Sở TT&TT phối hợp với các sở, UBND các huyện"
    assert [(m["mention"], m["role"]) for m in r.agencies] == [
        ("Sở TT&TT", "lead"), ("các sở", "coordinating"), ("UBND các huyện", "coordinating")]
    assert sum("read as coordinating" in w for w in task["warnings"]) == 2


def test_a_count_under_a_header_of_days(tmp_path):
    """Rows of Công văn 6582/SYT-QLBHYTCNTT 2026 (tests/real, cv_6582): the column "Số ngày dự kiến" prints counts of
    days ("7", "30"): each is a time limit of that many days (by_reference, "7 ngày" in the note), not unparsed, and
    a sentence in the same column stays unparsed and warned."""
    table = [["TT", "Công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Số ngày dự kiến"],
             ["1", "Khảo sát hiện trạng hệ thống", "Sở Y tế", "Tập đoàn Viettel", "7"],
             ["2", "Chuẩn bị hạ tầng máy chủ", "Sở KHCN", "Sở Y tế", "Sở KHCN đưa ra kế hoạch"]]
    r = process_file(plan(tmp_path / "plan.docx", table), tmp_path)
    one, two = r.tasks
    assert (one["deadline_raw"], one["deadline_kind"], one["deadline_note"]) == ("7", "by_reference", "7 ngày")
    assert two["deadline_kind"] == "unparsed"
    assert [i.value for i in r.issues if i.code == "deadline_unparsed"] == ["Sở KHCN đưa ra kế hoạch"]
