"""A real-plan-like provincial plan (7 columns) for the scan corpus, built as DOCX with python-docx.

    STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì | Phối hợp | Theo dõi

Six sections (I..VI, bold, spanning the columns), 52 tasks numbered from 1 in
each section; the texts are drawn with a fixed seed from the words such plans
use, so the plan is the same on every machine.  ``expected()`` is the oracle:
(section, number, cells) per task, in reading order.  The DOCX and its PDF
(LibreOffice) are committed beside this file; ``python tests/scans/plan.py``
rewrites them.
"""
from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def _layouts_build():
    name = "layouts_build"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "layouts" / "build.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


lb = _layouts_build()  # tests/layouts/build.py: Layout, Table, build_docx

NAME = "ke_hoach_7_cot"
SEED = 20260515
SECTIONS = ("HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH", "PHÁT TRIỂN HẠ TẦNG SỐ", "PHÁT TRIỂN DỊCH VỤ CÔNG TRỰC TUYẾN",
            "BẢO ĐẢM AN TOÀN, AN NINH MẠNG", "PHÁT TRIỂN NGUỒN NHÂN LỰC SỐ", "TỔ CHỨC THỰC HIỆN")
TASKS_PER_SECTION = (10, 9, 10, 8, 8, 7)  # 52
VERBS = ("Xây dựng", "Triển khai", "Rà soát, đánh giá", "Nâng cấp", "Tổ chức", "Hoàn thiện", "Ban hành",
         "Đẩy mạnh", "Kiểm tra, giám sát", "Tuyên truyền, phổ biến")
OBJECTS = ("kế hoạch chuyển đổi số của tỉnh", "cơ sở dữ liệu dân cư", "hệ thống thông tin giải quyết thủ tục hành chính",
           "nền tảng tích hợp, chia sẻ dữ liệu", "quy chế quản lý, vận hành Trung tâm điều hành thông minh",
           "dịch vụ công trực tuyến toàn trình", "hạ tầng mạng viễn thông tại các xã vùng sâu, vùng xa",
           "chữ ký số cho cán bộ, công chức", "kho dữ liệu dùng chung của tỉnh", "phương án bảo đảm an toàn thông tin",
           "mô hình Tổ công nghệ số cộng đồng", "hồ sơ sức khỏe điện tử của người dân",
           "thanh toán không dùng tiền mặt trong trường học, bệnh viện", "ứng dụng định danh điện tử VNeID")
TAILS = ("", "", " theo quy định của pháp luật", " trên địa bàn tỉnh", " đáp ứng yêu cầu quản lý, điều hành",
         " bảo đảm kết nối, liên thông với các hệ thống của Trung ương",
         ", đồng thời đề xuất sửa đổi, bổ sung những nội dung còn bất cập, chồng chéo")
PRODUCTS = ("Kế hoạch của UBND tỉnh", "Báo cáo kết quả", "Quyết định của UBND tỉnh", "Hệ thống được nâng cấp",
            "Văn bản hướng dẫn", "Cơ sở dữ liệu", "Quy chế", "Hội nghị, lớp tập huấn")
DEADLINES = ("Tháng 6/2026", "Quý II/2026", "Quý III/2026", "Năm 2026", "Thường xuyên", "Tháng 12/2026",
             "Hằng năm", "Quý IV/2026", "2026 - 2027")
LEADS = ("Sở Khoa học và Công nghệ", "Công an tỉnh", "Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính",
         "Sở Y tế", "Sở Giáo dục và Đào tạo", "Văn phòng UBND tỉnh", "Sở Nông nghiệp và Môi trường")
COORDS = ("Các sở, ban, ngành", "UBND các xã, phường", "Sở Tài chính", "Công an tỉnh",
          "Sở Khoa học và Công nghệ; các cơ quan, đơn vị liên quan", "Viễn thông Bắc Ninh")
MONITORS = ("Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", "Sở Nội vụ")
HEADER = ("STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì", "Phối hợp", "Theo dõi")
WIDTHS_CM = (1.1, 5.4, 2.6, 2.5, 2.4, 2.6, 2.2)
FIELDS = ("task", "result", "deadline", "lead", "coordinating", "monitor")


def expected() -> list[tuple[str, str, dict[str, str]]]:
    """(section numeral, task number, field -> cell text) of every task, in order."""
    rnd = random.Random(SEED)
    out = []
    for s, (title, n) in enumerate(zip(SECTIONS, TASKS_PER_SECTION)):
        numeral = ("I", "II", "III", "IV", "V", "VI")[s]
        for k in range(1, n + 1):
            task = f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)}{rnd.choice(TAILS)}"
            cells = dict(zip(FIELDS, (task, rnd.choice(PRODUCTS), rnd.choice(DEADLINES), rnd.choice(LEADS),
                                      rnd.choice(COORDS), rnd.choice(MONITORS))))
            out.append((numeral, str(k), cells))
    return out


def section_titles() -> dict[str, str]:
    return dict(zip(("I", "II", "III", "IV", "V", "VI"), SECTIONS))


def layout() -> lb.Layout:
    rows: list[tuple[str, ...]] = []
    titles = section_titles()
    last = None
    for numeral, number, cells in expected():
        if numeral != last:
            rows.append((numeral, titles[numeral], *[lb.LEFT] * 5))
            last = numeral
        rows.append((number, *(cells[f] for f in FIELDS)))
    table = lb.Table(WIDTHS_CM, (HEADER,), tuple(rows))
    return lb.Layout(NAME, lb.appendix("PHỤ LỤC", "KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH BẮC NINH NĂM 2026",
                                       "Kế hoạch số 617/KH-UBND ngày 03 tháng 3 năm 2026 của Ủy ban nhân dân "
                                       "tỉnh Bắc Ninh") + (table,), landscape=False)


def main() -> int:
    path = lb.build_docx(layout(), HERE)
    print("wrote", path.name)
    if not lb.sb.convert_to_pdf([path], HERE):
        print("WARNING: soffice not found: the PDF was NOT rebuilt", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
