"""Vietnamese titles of the output tables and columns, for people (xlsx headers, csv-free, the HTML report).

A column not listed here (added later) is shown by its field name.
"""
from __future__ import annotations

TABLE_TITLES = {
    "tasks": "Nhiệm vụ",
    "documents": "Văn bản",
    "task_agencies": "Cơ quan được giao",
    "issues": "Vấn đề",
    "tables": "Bảng",
}
REVIEW_SHEET = "Cần rà soát"

COLUMN_TITLES = {
    # tasks
    "doc_id": "Mã văn bản", "source_path": "Tệp nguồn", "table_index": "Số thứ tự bảng", "row_index": "Số thứ tự dòng",
    "appendix": "Phụ lục", "appendix_title": "Tên phụ lục", "section": "Mục", "section_title": "Tên mục",
    "parent": "Nhóm cha", "parent_titles": "Tên các nhóm cha", "stt": "STT", "task": "Nhiệm vụ",
    "lead_raw": "Cơ quan chủ trì (nguyên văn)", "coordinating_raw": "Cơ quan phối hợp (nguyên văn)",
    "deadline_raw": "Thời gian thực hiện (nguyên văn)", "result": "Kết quả, sản phẩm", "extra": "Cột khác",
    "pages": "Trang", "lead_agencies": "Cơ quan chủ trì", "coordinating_agencies": "Cơ quan phối hợp",
    "deadline_kind": "Loại thời hạn", "deadline_start": "Bắt đầu", "deadline_end": "Hạn hoàn thành",
    "deadline_recurrence": "Định kỳ", "deadline_milestones": "Các mốc", "deadline_note": "Ghi chú thời hạn",
    "deadline_year_inferred": "Năm suy ra", "warnings": "Cảnh báo", "reasons": "Lý do cần rà soát", "ocr_confidence": "Độ tin cậy OCR",
    "needs_review": "Cần rà soát", "review_reasons": "Lý do rà soát",
    # documents
    "format": "Định dạng", "sha256": "SHA-256", "size_bytes": "Dung lượng (byte)", "status": "Trạng thái",
    "error": "Lỗi", "tables_found": "Số bảng nhiệm vụ", "tables_ignored": "Số bảng bỏ qua",
    "tasks_found": "Số nhiệm vụ", "warnings_count": "Số cảnh báo", "ocr_pages": "Số trang OCR",
    "decision_number": "Số quyết định", "decision_date": "Ngày quyết định", "decision_year": "Năm quyết định",
    "issuer": "Cơ quan ban hành", "pipeline_version": "Phiên bản", "duplicate_of": "Bản sao của",
    # task_agencies
    "role": "Vai trò", "position": "Vị trí", "mention": "Cách ghi", "agency_id": "Mã cơ quan",
    "name": "Tên tại thời điểm ban hành", "kind": "Loại cơ quan", "current_name": "Tên hiện nay",
    "method": "Cách đối chiếu", "score": "Độ khớp",
    # issues
    "page": "Trang", "field": "Trường", "code": "Mã vấn đề", "severity": "Mức độ", "message": "Nội dung",
    "value": "Giá trị", "retryable": "Có thể chạy lại",
}


def column_title(field: str) -> str:
    """The Vietnamese title of a column, or its field name when it has none.

    >>> column_title("lead_agencies"), column_title("something_new")
    ('Cơ quan chủ trì', 'something_new')
    """
    return COLUMN_TITLES.get(field, field)
