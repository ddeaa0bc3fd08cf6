"""Table shapes of real documents, built cell by cell from their pages and stitched: the shapes the documents set
10 showed (tests/real, 2026-12-05), so that CI checks them without the documents."""
from extract.grid import Cell, Fragment, build_rows
from extract.stitch import stitch


def _frag(cells, nrows, ncols, page=5):
    return Fragment(build_rows(nrows, ncols, cells), page=page)


def test_groups_numbered_in_a_second_number_column_are_sections_not_tasks():
    """Kế hoạch 277/KH-UBND 2026 of Hà Nội: "Stt" over TT | Chi tiết; a group row has no TT and its number in Chi
    tiết, with a cell of its own and a coordinating cell merged down over its tasks; a row with a TT and a group
    number in Chi tiết is a task at the groups' level; the next group's heading at a page top is no cut row."""
    p1 = _frag([(0, 0, Cell("Stt", colspan=2)), (0, 2, Cell("Tên nhiệm vụ", rowspan=2)),
                (0, 3, Cell("Đơn vị chủ trì", rowspan=2)), (0, 4, Cell("Đơn vị phối hợp", rowspan=2)),
                (0, 5, Cell("Thời hạn", rowspan=2)), (1, 0, Cell("TT")), (1, 1, Cell("Chi tiết")),
                (2, 0, Cell("")), (2, 1, Cell("1")), (2, 2, Cell("Làm sạch, di trú dữ liệu thiết yếu")),
                (2, 3, Cell("")), (2, 4, Cell("Sở Khoa học và Công nghệ", rowspan=3)), (2, 5, Cell("30/8/2026", rowspan=3)),
                (3, 0, Cell("1")), (3, 1, Cell("a)")), (3, 2, Cell("Dữ liệu quy hoạch")), (3, 3, Cell("Sở Quy hoạch - Kiến trúc")),
                (4, 0, Cell("2")), (4, 1, Cell("b)")), (4, 2, Cell("Dữ liệu y tế")), (4, 3, Cell("Sở Y tế"))], 5, 6)
    p2 = _frag([(0, 0, Cell("Stt", colspan=2)), (0, 2, Cell("Tên nhiệm vụ", rowspan=2)),
                (0, 3, Cell("Đơn vị chủ trì", rowspan=2)), (0, 4, Cell("Đơn vị phối hợp", rowspan=2)),
                (0, 5, Cell("Thời hạn", rowspan=2)), (1, 0, Cell("TT")), (1, 1, Cell("Chi tiết")),
                (2, 0, Cell("")), (2, 1, Cell("2")), (2, 2, Cell("Số hóa dữ liệu đất đai")),
                (2, 3, Cell("Sở Nông nghiệp và Môi trường")), (2, 4, Cell("")), (2, 5, Cell("Theo từng mốc thời hạn dưới đây")),
                (3, 0, Cell("3")), (3, 1, Cell("a)")), (3, 2, Cell("Đối với khoảng 3,2 triệu thửa đất")),
                (3, 3, Cell("Sở Nông nghiệp và Môi trường")), (3, 4, Cell("")), (3, 5, Cell("30/7/2026")),
                (4, 0, Cell("4")), (4, 1, Cell("8")), (4, 2, Cell("Phát triển kinh tế đêm sáng tạo")),
                (4, 3, Cell("Sở Văn hóa và Thể thao")), (4, 4, Cell("")), (4, 5, Cell("100 ngày"))], 5, 6, page=6)
    _, rows, _ = stitch([p1, p2])
    got = [(r.section, r.stt, r.fields["task"], r.fields["coordinating"]) for r in rows]
    assert got == [("1", "1", "Dữ liệu quy hoạch", "Sở Khoa học và Công nghệ"),
                   ("1", "2", "Dữ liệu y tế", "Sở Khoa học và Công nghệ"),
                   ("2", "3", "Đối với khoảng 3,2 triệu thửa đất", ""),
                   ("", "4", "Phát triển kinh tế đêm sáng tạo", "")]
    assert rows[2].extra.get("deadline (nhóm)") == "Theo từng mốc thời hạn dưới đây"    # the group's own cell kept


def test_header_words_in_a_sliver_column_name_the_body_column_under_them():
    """Công văn 6582/SYT-QLBHYTCNTT 2026 of Hà Nội's Sở Y tế (e-signed PDF): the header's rules stand a few points
    off the body's, so "Đơn vị" / "thực hiện" sit in a sliver between two empty slivers over body cells three grid
    columns wide; "Số ngày dự kiến" counts each step's days: a deadline column."""
    cells = [(0, 0, Cell("TT", rowspan=2)), (0, 1, Cell("Công việc", rowspan=2)),
             (0, 2, Cell("", rowspan=2)), (0, 3, Cell("Đơn vị")), (0, 4, Cell("", rowspan=2)),
             (0, 5, Cell("", rowspan=2)), (0, 6, Cell("Đơn vị phối")), (0, 7, Cell("", rowspan=2)),
             (0, 8, Cell("", rowspan=2)), (0, 9, Cell("Số ngày")), (0, 10, Cell("", rowspan=2)),
             (1, 3, Cell("thực hiện")), (1, 6, Cell("hợp")), (1, 9, Cell("dự kiến"))]
    body = [("1", "Xây dựng kế hoạch di trú dữ liệu sau khi chốt phương án", "Sở Y tế", "Sở KHCN, Tập đoàn Viettel", "7"),
            ("2", "Cài đặt CSDL và ứng dụng", "Tập đoàn Viettel", "Sở Y tế", "10")]
    for i, (n, task, lead, coord, days) in enumerate(body, start=2):
        cells += [(i, 0, Cell(n)), (i, 1, Cell(task)), (i, 2, Cell(lead, colspan=3)), (i, 5, Cell(coord, colspan=3)),
                  (i, 8, Cell(days, colspan=3))]
    _, rows, _ = stitch([_frag(cells, 4, 11, page=8)])
    assert [(r.stt, r.fields["lead"], r.fields["coordinating"], r.fields["deadline"]) for r in rows] == [
        ("1", "Sở Y tế", "Sở KHCN, Tập đoàn Viettel", "7"), ("2", "Tập đoàn Viettel", "Sở Y tế", "10")]


def test_one_action_per_row_beside_a_merged_content_column_is_the_task():
    """Quyết định 707/QĐ-TTg 2026 (a signed scan, tests/real set 15): STT | Nội dung hành động | Hành động cụ thể |
    Bộ ngành chủ trì | Bộ ngành phối hợp | Thời hạn hoàn thành.  The number and "Nội dung hành động" are merged down
    over several "Hành động cụ thể" rows, each with its own lead and deadline: the specific action is the task, the
    merged content goes to extra, the section title standing in it is a section.  On the next page (no header) the
    number cell is merged from the page before: a row whose task goes on mid-sentence is the cut row's rest, a
    row whose deadline "6/2027" starts with a digit is an assignment of its own, and a list's next "- " item with
    no deadline of its own goes on the row above."""
    head = ["STT", "Nội dung hành động", "Hành động cụ thể", "Bộ ngành chủ trì", "Bộ ngành phối hợp",
            "Thời hạn hoàn thành"]
    p1 = _frag([*[(0, c, Cell(t)) for c, t in enumerate(head)],
                (1, 0, Cell("I")), (1, 1, Cell("Hoàn thiện khuôn khổ pháp lý")), *[(1, c, Cell("")) for c in range(2, 6)],
                (2, 0, Cell("1.", rowspan=3)), (2, 1, Cell("Thực hiện các hành động để giải quyết các thiếu hụt", rowspan=3)),
                (2, 2, Cell("Nghiên cứu, đề xuất sửa đổi Bộ luật Hình sự")), (2, 3, Cell("Bộ Công an")),
                (2, 4, Cell("Bộ Tư pháp")), (2, 5, Cell("10/2027")),
                (3, 2, Cell("Nghiên cứu xây dựng cơ chế thu hồi tài sản không qua thủ tục kết án")),
                (3, 3, Cell("Các bộ, ngành liên quan")), (3, 4, Cell("")), (3, 5, Cell("12/2027")),
                (4, 2, Cell("- Tăng cường ký kết Hiệp định tương trợ tư pháp với các quốc gia")),
                (4, 3, Cell("Bộ Công an")), (4, 4, Cell("Bộ Ngoại giao")), (4, 5, Cell("Liên tục"))], 5, 6)
    p2 = _frag([(0, 0, Cell("", rowspan=2)), (0, 1, Cell("", rowspan=2)),
                (0, 2, Cell("- Tăng cường ký bản ghi nhớ trao đổi thông tin (MOU)")), (0, 3, Cell("Bộ Tư pháp")),
                (0, 4, Cell("")), (0, 5, Cell("")),
                (1, 2, Cell("Rà soát sửa đổi quy định đảm bảo giải quyết Khuyến nghị 14")),
                (1, 3, Cell("Ngân hàng Nhà nước Việt Nam")), (1, 4, Cell("Các bộ, ngành liên quan")), (1, 5, Cell("6/2027"))],
               2, 6, page=6)
    _, rows, _ = stitch([p1, p2])
    got = [(r.section, r.stt, r.fields["task"].split()[:3], r.fields["lead"], r.fields["deadline"]) for r in rows]
    assert got == [("I", "1", ["Nghiên", "cứu,", "đề"], "Bộ Công an", "10/2027"),
                   ("I", "1", ["Nghiên", "cứu", "xây"], "Các bộ, ngành liên quan", "12/2027"),
                   ("I", "1", ["-", "Tăng", "cường"], "Bộ Công an Bộ Tư pháp", "Liên tục"),
                   ("I", "1", ["Rà", "soát", "sửa"], "Ngân hàng Nhà nước Việt Nam", "6/2027")]
    assert "(MOU)" in rows[2].fields["task"]
    assert rows[0].extra.get("Nội dung hành động", "").startswith("Thực hiện các hành động")


def test_a_page_top_assignment_under_a_task_merged_across_the_break():
    """Quyết định 222/QĐ-TTg 2025 (a scan, tests/real set 16): task 2.2.2 is merged over two assignment rows and the
    page breaks between them; the second row, alone at the top of the next page under empty number and task
    cells, has a whole deadline in figures ("2025 - 2035") under a row whose deadline was whole ("2025 - 2030"): an
    assignment of its own, not the rest of the row above."""
    head = ["TT", "Nhiệm vụ, hoạt động cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Giai đoạn thực hiện"]
    p1 = _frag([*[(0, c, Cell(t)) for c, t in enumerate(head)],
                (1, 0, Cell("2.2.2", rowspan=2)), (1, 1, Cell("Rà soát, sửa đổi, ban hành các tiêu chuẩn", rowspan=2)),
                (1, 2, Cell("Bộ Tài nguyên và Môi trường")), (1, 3, Cell("Các bộ")), (1, 4, Cell("2025 - 2026")),
                (2, 2, Cell("Bộ Khoa học và Công nghệ")), (2, 3, Cell("Các bộ, cơ quan ngang bộ")),
                (2, 4, Cell("2025 - 2030"))], 3, 5, page=15)
    p2 = _frag([(0, 0, Cell("")), (0, 1, Cell("")), (0, 2, Cell("Các bộ, cơ quan ngang bộ")),
                (0, 3, Cell("Bộ Khoa học và Công nghệ")), (0, 4, Cell("2025 - 2035"))], 1, 5, page=16)
    _, rows, _ = stitch([p1, p2])
    assert [(r.stt, r.fields["lead"], r.fields["deadline"]) for r in rows] == [
        ("2.2.2", "Bộ Tài nguyên và Môi trường", "2025 - 2026"), ("2.2.2", "Bộ Khoa học và Công nghệ", "2025 - 2030"),
        ("2.2.2", "Các bộ, cơ quan ngang bộ", "2025 - 2035")]


def test_a_funded_project_list_with_one_lead_and_partner_column_is_a_task_table():
    """Kế hoạch 2668/KH-UBND of Bắc Giang 2010 (a scan, tests/real set 17), its appendix: projects, their funding
    per year, and one column "Đơn vị chủ trì và phối hợp thực hiện" naming the lead and then its partners (the
    lead's column: the role named first leads), group rows "I. Ứng dụng CNTT" printed in one cell over number and
    name beside the group's subtotals: a task table whose groups are sections, not an indicator table; its closing
    "Tổng" row (figures only) is a total, kept on the table, not a task."""
    head = ["STT", "Danh mục Công trình", "2011", "2012", "Tổng kinh phí", "Đơn vị chủ trì và phối hợp thực hiện"]
    cells = [*[(0, c, Cell(t)) for c, t in enumerate(head)],
             (1, 0, Cell("I. Ứng dụng CNTT", colspan=2)), (1, 2, Cell("2,700")), (1, 3, Cell("2,000")),
             (1, 4, Cell("4,700")), (1, 5, Cell("")),
             (2, 0, Cell("1")), (2, 1, Cell("Mua sắm, triển khai phần mềm quản lý văn bản và điều hành qua mạng")),
             (2, 2, Cell("1,200")), (2, 3, Cell("2,000")), (2, 4, Cell("3,200")), (2, 5, Cell("Sở TT&TT")),
             (3, 0, Cell("2")), (3, 1, Cell("Triển khai hệ thống phần mềm Một cửa điện tử tích hợp toàn tỉnh")),
             (3, 2, Cell("1,500")), (3, 3, Cell("0")), (3, 4, Cell("1,500")),
             (3, 5, Cell("Sở TT&TT phối hợp với các sở, UBND các huyện")),
             (4, 0, Cell("II. Đào tạo CNTT", colspan=2)), (4, 2, Cell("200")), (4, 3, Cell("200")),
             (4, 4, Cell("400")), (4, 5, Cell("")),
             (5, 0, Cell("3")), (5, 1, Cell("Đào tạo, bồi dưỡng CNTT cho cán bộ chuyên trách CNTT các sở, ngành")),
             (5, 2, Cell("200")), (5, 3, Cell("200")), (5, 4, Cell("400")), (5, 5, Cell("Sở TT&TT")),
             (6, 0, Cell("Tổng", colspan=2)), (6, 2, Cell("2,900")), (6, 3, Cell("2,200")), (6, 4, Cell("5,100")),
             (6, 5, Cell(""))]
    tables, rows, ignored = stitch([_frag(cells, 7, 6, page=15)])
    assert [(r.section, r.stt, r.fields["lead"]) for r in rows] == [
        ("I", "1", "Sở TT&TT"), ("I", "2", "Sở TT&TT phối hợp với các sở, UBND các huyện"), ("II", "3", "Sở TT&TT")]
    assert not ignored
    assert tables[0].totals == [(15, "Tổng | 2,900 | 2,200 | 5,100")]


def test_a_total_label_beside_a_task_or_an_agency_is_no_total_row():
    """"Tổng kết" begins a task, and a row labelled "Cộng" that names an agency is no sum: both stay tasks."""
    head = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"]
    cells = [*[(0, c, Cell(t)) for c, t in enumerate(head)],
             (1, 0, Cell("1")), (1, 1, Cell("Tổng kết, đánh giá việc thực hiện Kế hoạch")), (1, 2, Cell("Sở Nội vụ")),
             (1, 3, Cell("Quý IV/2026")),
             (2, 0, Cell("Cộng")), (2, 1, Cell("")), (2, 2, Cell("Sở Tài chính")), (2, 3, Cell("2027"))]
    tables, rows, _ = stitch([_frag(cells, 3, 4)])
    assert [r.fields["lead"] for r in rows] == ["Sở Nội vụ", "Sở Tài chính"] and not tables[0].totals


def test_a_group_row_named_by_a_word_and_its_number():
    """Quyết định 166/QĐ-TTg 2014 (a Word .doc, tests/real set 19): group rows printed across the table as "Nội dung 1:
    Phòng ngừa, ...", tasks numbered "01" ... "20" straight through the groups.  The group is a section numbered "1",
    its numbering apart from the tasks' (they were tasks, and the tasks had no section)."""
    head = ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    cells = [*[(0, c, Cell(t)) for c, t in enumerate(head)],
             (1, 0, Cell("Nội dung 1: Phòng ngừa, ngăn chặn việc phát sinh các nguồn gây ô nhiễm", colspan=5)),
             (2, 0, Cell("01")), (2, 1, Cell("Đề án tăng cường năng lực kiểm soát hoạt động nhập khẩu phế liệu")),
             (2, 2, Cell("Bộ TN&MT")), (2, 3, Cell("Bộ Công Thương")), (2, 4, Cell("2014 - 2020")),
             (3, 0, Cell("Nội dung 2: Kiểm soát, xử lý, giảm thiểu phát sinh các nguồn gây ô nhiễm", colspan=5)),
             (4, 0, Cell("02")), (4, 1, Cell("Kế hoạch hành động quốc gia về kiểm soát ô nhiễm không khí")),
             (4, 2, Cell("Bộ TN&MT")), (4, 3, Cell("Bộ GTVT")), (4, 4, Cell("2014 - 2020"))]
    _, rows, _ = stitch([_frag(cells, 5, 5)])
    assert [(r.section, r.stt, r.section_title[:20]) for r in rows] == [
        ("1", "01", "Phòng ngừa, ngăn chặ"), ("2", "02", "Kiểm soát, xử lý, gi")]


def test_start_and_end_under_one_time_header():
    """Quyết định 178/QĐ-BNN-TCTL 2014 (a Word .doc, tests/real set 20): "Phân công" over "Chủ trì | Phối hợp" and
    "Thời gian" over "Bắt đầu | Hoàn thành".  "Hoàn thành" alone names no field, "Thời gian hoàn thành" does: the
    deadline is the end, the start goes to extra (the table had had no deadline column)."""
    cells = [(0, 0, Cell("TT", rowspan=2)), (0, 1, Cell("Nội dung công việc", rowspan=2)),
             (0, 2, Cell("Phân công", colspan=2)), (0, 4, Cell("Sản phẩm", rowspan=2)), (0, 5, Cell("Thời gian", colspan=2)),
             (1, 2, Cell("Chủ trì")), (1, 3, Cell("Phối hợp")), (1, 5, Cell("Bắt đầu")), (1, 6, Cell("Hoàn thành")),
             (2, 0, Cell("1")), (2, 1, Cell("Xây dựng Đề cương chi tiết Luật Thủy lợi")), (2, 2, Cell("Tổng cục Thủy lợi")),
             (2, 3, Cell("Vụ Pháp chế")), (2, 4, Cell("Đề cương")), (2, 5, Cell("2/2012")), (2, 6, Cell("5/2012"))]
    _, rows, _ = stitch([_frag(cells, 3, 7)])
    r = rows[0]
    assert (r.fields["lead"], r.fields["coordinating"], r.fields["deadline"]) == ("Tổng cục Thủy lợi", "Vụ Pháp chế", "5/2012")
    assert r.extra.get("Thời gian - Bắt đầu") == "2/2012"


def test_an_approval_column_is_no_partner():
    """Quyết định 113/QĐ-BNN-KHCN 2014 (set 20): a "Người phê duyệt" column names who approves ("Bộ trưởng Bộ
    NN&PTNT", "Thủ tướng Chính phủ"): bodies in its cells, but no coordinating column (it had been taken as one)."""
    head = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành", "Người phê duyệt"]
    cells = [*[(0, c, Cell(t)) for c, t in enumerate(head)],
             (1, 0, Cell("1")), (1, 1, Cell("Xây dựng Đề án sắp xếp, đổi mới Viện Chăn nuôi")),
             (1, 2, Cell("Viện Chăn nuôi")), (1, 3, Cell("Tháng 3/2014")), (1, 4, Cell("Bộ trưởng Bộ NN&PTNT")),
             (2, 0, Cell("2")), (2, 1, Cell("Trình Thủ tướng Chính phủ phê duyệt Đề án")),
             (2, 2, Cell("Vụ Tổ chức cán bộ")), (2, 3, Cell("Tháng 6/2014")), (2, 4, Cell("Thủ tướng Chính phủ"))]
    _, rows, _ = stitch([_frag(cells, 3, 5)])
    assert [r.fields["coordinating"] for r in rows] == ["", ""]
    assert rows[0].extra.get("Người phê duyệt") == "Bộ trưởng Bộ NN&PTNT"


def test_a_budget_table_group_and_its_closing_lines():
    """Quyết định 99/QĐ-TTg 2014 (set 20), a budget table of its Phụ lục II: "1 | Đầu tư ... gồm 8 dự án sau | 2014-2020
    | (no lead) | 280" over "1.1", "1.2" that name their leads is a group (its period and subtotal kept on its tasks);
    the unnumbered lines after the tasks ("Dự phòng (10%) | | | | 28", "Tổng cộng vốn đầu tư phát triển | | | | 308")
    are the table's summary, not tasks."""
    head = ["TT", "Nhiệm vụ/Dự án", "Thời gian thực hiện", "Cơ quan chỉ đạo/chủ trì", "Tổng số (tỷ VND)"]
    body = [("1", "Đầu tư nâng cao năng lực, chất lượng đào tạo và nghiên cứu, gồm 8 dự án sau", "2014-2020", "", "280"),
            ("1.1", "Đầu tư xây dựng hoặc mua chương trình đào tạo tiên tiến", "2014 -2015", "Bộ Giáo dục và Đào tạo", "35"),
            ("1.2", "Đầu tư nâng cao năng lực, chất lượng đào tạo", "2014-2020", "Bộ Quốc phòng (Học viện Kỹ thuật quân sự)",
             "35"),
            ("", "Dự phòng (10%)", "", "", "28"), ("", "Tổng cộng vốn đầu tư phát triển", "", "", "308")]
    cells = [*[(0, c, Cell(t)) for c, t in enumerate(head)]]
    cells += [(r, c, Cell(t)) for r, row in enumerate(body, start=1) for c, t in enumerate(row)]
    tables, rows, _ = stitch([_frag(cells, 6, 5)])
    assert [(r.section, r.stt, r.fields["lead"][:13]) for r in rows] == [("1", "1.1", "Bộ Giáo dục v"),
                                                                        ("1", "1.2", "Bộ Quốc phòng")]
    assert rows[0].extra.get("deadline (nhóm)") == "2014-2020"
    assert [t for _, t in tables[0].totals] == ["Dự phòng (10%) | 28", "Tổng cộng vốn đầu tư phát triển | 308"]


def test_body_words_under_a_one_column_header_are_never_joined_into_it():
    """Công văn 295 of Thanh Hóa (a scoring annex, tests/real, no task table): a continuation page of body rows, tried
    as a header of one to four rows, must not join their words into labels ("... Phối hợp công tác với các sở ..."
    made a coordinating column, and the scoring table a task table, in a first version of the sub-column rule)."""
    from extract.stitch import find_header
    body = [("II.B.30", "Tổng hợp báo cáo công tác", "Báo cáo tháng/quý/năm; Phụ lục số liệu", "N3", "≤300", "180–260"),
            ("II.B.31", "Phối hợp công tác với các sở, ban, ngành, địa phương", "Văn bản phối hợp; Báo cáo kết quả "
             "phối hợp", "N2", "≤200", "100–160"),
            ("II.B.32", "Phục vụ hoạt động đối ngoại, trao đổi kinh nghiệm", "Kế hoạch; Chương trình; Tài liệu tập "
             "huấn; Báo cáo", "N2", "≤200", "100–160"),
            ("II.B.33", "Tham mưu cải cách hành chính, chuyển đổi số", "Kế hoạch CCHC/CĐS; Báo cáo đánh giá", "N2",
             "≤200", "200–280")]
    cells = [(r, c, Cell(t)) for r, row in enumerate(body) for c, t in enumerate(row)]
    found = find_header(_frag(cells, 4, 6))
    assert found is None or "coordinating" not in found[0].fields


def test_a_section_printed_from_the_task_column_over_the_rest():
    """Quyết định 07/QĐ-BTC 2014 (a Word .doc, tests/real set 21): section rows leave the number cell empty and print
    "I. Nhiệm vụ cải cách thể chế" in one cell from the task column over every column but the last ("Ghi chú"); they
    were read as tasks with no number, and no task had a section."""
    head = ["TT", "Nhiệm vụ cụ thể", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú"]
    cells = [*[(0, c, Cell(t)) for c, t in enumerate(head)],
             (1, 0, Cell("")), (1, 1, Cell("I. Nhiệm vụ cải cách thể chế", colspan=5)), (1, 6, Cell("")),
             (2, 0, Cell("1.")), (2, 1, Cell("Tổng kết đánh giá luật Ngân sách Nhà nước năm 2002")),
             (2, 2, Cell("Dự thảo Luật Ngân sách sửa đổi")), (2, 3, Cell("Vụ Ngân sách nhà nước")),
             (2, 4, Cell("Vụ HCSN, Vụ ĐT, Kho bạc NN")), (2, 5, Cell("Theo phân công của Thủ tướng Chính phủ")),
             (2, 6, Cell("Thời gian hoàn thành theo chương trình xây dựng luật"))]
    _, rows, _ = stitch([_frag(cells, 3, 7)])
    assert [(r.section, r.section_title, r.stt) for r in rows] == [("I", "Nhiệm vụ cải cách thể chế", "1")]


def test_a_cut_row_whose_words_read_as_a_header_word_continues_the_table():
    """Quyết định 3004/QĐ-BKHCN 2025 (tests/real, set 32): row II.2 is cut by the page break; the next page opens with
    its rest under an empty STT cell, whose deadline "đi vào hoạt động" reads as a task header word ("hoạt động").  A
    header of another table names two fields at least: this is the row's rest, and the page's rows are tasks."""
    head = [(0, 0, Cell("STT")), (0, 1, Cell("Chỉ tiêu, nội dung nhiệm vụ")), (0, 2, Cell("Kết quả dự kiến")),
            (0, 3, Cell("Thời hạn")), (0, 4, Cell("Đơn vị chủ trì điều phối triển khai (đầu mối Bộ KHCN)")),
            (0, 5, Cell("Đơn vị phối hợp"))]
    p1 = _frag(head + [(1, 0, Cell("2")), (1, 1, Cell("Hoàn thiện, bảo đảm trong quy hoạch, kế hoạch xây dựng triển "
                                                        "khai Trung tâm tài chính quốc tế tại Thành")),
                       (1, 2, Cell("")), (1, 3, Cell("Ngay sau khi TTTC")),
                       (1, 4, Cell("Cơ quan điều hành Trung tâm tài chính quốc tế")),
                       (1, 5, Cell("Sở KHCN TP Hồ Chí Minh, TP Đà Nẵng"))], 2, 6, page=7)
    p2 = _frag([(0, 0, Cell("")), (0, 1, Cell("phố Hồ Chí Minh, thành phố Đà Nẵng phải sẵn sàng cho phát triển hạ tầng "
                                              "viễn thông, hạ tầng số")),
                (0, 2, Cell("")), (0, 3, Cell("đi vào hoạt động")), (0, 4, Cell("")),
                (0, 5, Cell("Cục VT theo dõi, đôn đốc")),
                (1, 0, Cell("3")), (1, 1, Cell("Thúc đẩy, hỗ trợ các doanh nghiệp đầu tư phát triển hạ tầng số")),
                (1, 2, Cell("")), (1, 3, Cell("2025-2026")), (1, 4, Cell("Cơ quan điều hành Trung tâm tài chính quốc tế")),
                (1, 5, Cell("Sở KHCN TP Hồ Chí Minh, TP Đà Nẵng"))], 2, 6, page=8)
    _, rows, _ = stitch([p1, p2])
    assert [(r.stt, r.fields["deadline"]) for r in rows] == [("2", "Ngay sau khi TTTC đi vào hoạt động"),
                                                              ("3", "2025-2026")]
    assert rows[0].fields["task"].endswith("tại Thành phố Hồ Chí Minh, thành phố Đà Nẵng phải sẵn sàng cho phát triển "
                                           "hạ tầng viễn thông, hạ tầng số")
