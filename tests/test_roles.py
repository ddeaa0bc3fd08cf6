"""Column roles by meaning, table kinds and page breaks as real exporters print them (issue 12).

Header words and cell texts below are as printed in real 2025-2026 decisions and plans (the shapes the
issue reports: a provincial plan whose lead column is headed by words no list had, a programme whose task
column is named for what it lists, conference agendas, a self-assessment scoring guide).
"""
import pytest

from helpers import frag

from extract.pipeline import no_tables_message, table_issues
from extract.roles import column_evidence, table_kind
from extract.stitch import classify, group_tables, raw_rows, stitch

AGENCIES = ["Sở Nội vụ", "Sở Tài chính; Sở Tư pháp", "Công an tỉnh", "Sở Khoa học và Công nghệ"]
TASKS = ["Rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh",
         "Xây dựng cơ sở dữ liệu về cán bộ, công chức, viên chức của tỉnh",
         "Triển khai nền tảng số dùng chung phục vụ chỉ đạo, điều hành",
         "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã"]
DEADLINES = ["Quý I/2026", "Tháng 6/2026", "Năm 2026", "Thường xuyên"]


def table(header, n=4, lead=AGENCIES, deadline=DEADLINES, task=TASKS, page=None):
    cols = {"stt": [str(i + 1) for i in range(n)], "task": task, "lead": lead, "deadline": deadline}
    order = [k for k, _ in header]
    rows = [[h for _, h in header]] + [[cols[k][i] if k in cols else "" for k in order] for i in range(n)]
    return frag(rows, page=page)


def only_table(*frags):
    tables, ignored = group_tables(list(frags))
    assert len(tables) == 1, ignored
    return tables[0]


def test_unknown_lead_header_is_settled_by_agency_names_and_reported():
    t = only_table(table([("stt", "STT"), ("task", "Nhiệm vụ"), ("lead", "Đơn vị tham mưu"),
                          ("deadline", "Thời gian hoàn thành")]))
    assert t.header.fields == ("stt", "task", "lead", "deadline")
    d = t.decisions[2]
    assert (d.field, d.how) == ("lead", "content") and d.confidence >= 0.75
    (issue,) = [i for i in table_issues([t]) if i.code == "column_role_inferred"]
    assert issue.field == "lead" and issue.value == "Đơn vị tham mưu" and "column 3" in issue.message


def test_unknown_deadline_header_is_settled_by_the_deadline_parser():
    t = only_table(table([("stt", "STT"), ("task", "Nội dung công việc"), ("lead", "Cơ quan chủ trì"),
                          ("deadline", "Mốc hoàn thành")]))
    assert t.header.fields[3] == "deadline" and t.decisions[3].how == "content"


def test_task_column_named_for_what_it_lists_is_found_by_its_content():
    t = only_table(table([("stt", "STT"), ("task", "Tên đề án ưu tiên"), ("lead", "Cơ quan chủ trì"),
                          ("coord", "Cơ quan phối hợp"), ("deadline", "Thời hạn hoàn thành")]))
    assert t.header.fields == ("stt", "task", "lead", "coordinating", "deadline")


def test_name_column_is_the_task_over_a_description_column():
    rows = [["STT", "Tên dự án, nhiệm vụ", "Nội dung chính", "Cơ quan chủ trì", "Thời gian thực hiện"],
            ["1", "Đề án chuyển đổi số tỉnh", "Xây dựng hạ tầng số, dữ liệu số và nhân lực số của tỉnh",
             "Sở Khoa học và Công nghệ", "2026-2027"]]
    t = only_table(frag(rows))
    assert t.header.fields[1] == "task" and t.header.fields[2] is None


def test_first_agency_column_is_lead_unless_its_header_says_phoi_hop():
    rows = [["STT", "Nhiệm vụ", "Đơn vị tham mưu", "Đơn vị cùng tham gia", "Thời hạn"]] + [
        [str(i + 1), TASKS[i], AGENCIES[i], AGENCIES[-1 - i], DEADLINES[i]] for i in range(4)]
    assert only_table(frag(rows)).header.fields == ("stt", "task", "lead", "coordinating", "deadline")


def test_a_known_extra_header_keeps_its_column_in_extra_even_with_agency_names():
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Theo dõi, kiểm tra, đôn đốc", "Thời hạn"]] + [
        [str(i + 1), TASKS[i], AGENCIES[i], "Văn phòng UBND tỉnh", DEADLINES[i]] for i in range(4)]
    t = only_table(frag(rows))
    assert t.header.fields[3] is None and t.decisions[3].how == "words"


def test_agenda_with_time_of_day_slots_is_not_a_task_table():
    rows = [["Thời gian", "Nội dung", "Chủ trì"],
            ["14h00 - 14h05", "Tuyên bố lý do, giới thiệu đại biểu", "Văn phòng UBND tỉnh"],
            ["14h05 - 14h30", "Báo cáo kết quả thực hiện Đề án 06 năm 2025", "Công an tỉnh"],
            ["14h30 - 15h30", "Thảo luận", "Chủ tịch UBND tỉnh"]]
    tables, ignored = group_tables([frag(rows, page=1)])
    assert tables == [] and [t.kind for t in ignored] == ["agenda"]
    assert "agenda on page 1 ['Thời gian', 'Nội dung', 'Chủ trì']" in no_tables_message(ignored)


def test_scoring_guide_is_not_a_task_table():
    rows = [["STT", "Nội dung tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng"],
            ["1", "Ban hành kế hoạch chuyển đổi số năm 2026", "10", "", "Kế hoạch số .../KH-UBND"],
            ["2", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "15", "", "Báo cáo"]]
    tables, ignored = group_tables([frag(rows)])
    assert tables == [] and [t.kind for t in ignored] == ["scoring"]


def test_indicator_table_with_columns_of_figures_is_not_a_task_table():
    rows = [["STT", "Chỉ tiêu", "Năm 2025", "Năm 2030", "Cơ quan theo dõi"],
            ["1", "Tỷ lệ dân số có danh tính điện tử", "80%", "95%", "Công an tỉnh"],
            ["2", "Tỷ lệ thủ tục hành chính trực tuyến toàn trình", "60%", "80%", "Văn phòng UBND tỉnh"]]
    tables, ignored = group_tables([frag(rows)])
    assert tables == [] and ignored[0].kind in ("indicator", "other")


HEAD = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]


def test_repeated_header_never_absorbs_the_cut_row_below_it():
    p1 = frag([HEAD, ["1", "Xây dựng kế hoạch", "Sở Nội vụ", "Các sở, ngành", "Quý I/2026"],
               ["2", "Triển khai hệ thống thông tin", "Sở Khoa học và Công nghệ", "Công an tỉnh,", "Năm 2026"]],
              page=1, col_edges=(0, 30, 200, 300, 400, 480))
    # the rest of row 2, cut by the page break, under the repeated header: its words ("phối hợp") must not
    # make it part of the header
    p2 = frag([HEAD, ["", "và phối hợp với các đơn vị liên quan", "", "Sở Tài chính", ""],
               ["3", "Tổng kết", "Sở Nội vụ", "", "Tháng 12/2026"]],
              page=2, col_edges=(0, 30, 200, 300, 400, 480))
    _, rows, _ = stitch([p1, p2])
    assert [r.stt for r in rows] == ["1", "2", "3"]
    assert rows[1].fields["task"] == "Triển khai hệ thống thông tin và phối hợp với các đơn vị liên quan"
    assert rows[1].fields["coordinating"] == "Công an tỉnh, Sở Tài chính" and rows[1].pages == [1, 2]


@pytest.mark.parametrize("repeat", [
    ["ST\nT", "Nhiệm\nvụ", "Cơ quan\nchủ trì", "Cơ quan phối\nhợp", "Thời gian\nthực hiện"],  # wraps differently
    ["SIT", "Nhiệm vu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiên"],  # OCR slips
])
def test_repeated_header_is_matched_by_its_words(repeat):
    p1 = frag([HEAD, ["1", "Việc một", "Sở Nội vụ", "", "Năm 2026"]], page=1)
    p2 = frag([repeat, ["2", "Việc hai", "Sở Tài chính", "", "Năm 2027"]], page=2)
    tables, rows, ignored = stitch([p1, p2])
    assert len(tables) == 1 and [r.stt for r in rows] == ["1", "2"]


def test_sub_header_rows_inside_a_table_are_not_tasks():
    rows = [HEAD, ["1", "Việc một", "Sở Nội vụ", "", "Năm 2026"],
            ["", "Nội dung", "", "", "Thời gian thực hiện"],
            ["2", "Việc hai", "Sở Tài chính", "", "Năm 2027"]]
    _, task_rows, _ = stitch([frag(rows)])
    assert [r.fields["task"] for r in task_rows] == ["Việc một", "Việc hai"]


def test_a_lead_cell_merged_across_a_page_break_fills_every_row_it_covers_with_a_warning():
    p1 = frag([HEAD, ["1", "Việc một", "Sở Nội vụ", "", "Năm 2026"],
               ["2", "Việc hai", "Sở Tài chính", "", "Năm 2026"],
               ["3", "Việc ba", "^", "", "Năm 2026"]], page=1)
    p2 = frag([HEAD, ["4", "Việc bốn", "", "", "Năm 2027"], ["5", "Việc năm", "^", "", "Năm 2027"],
               ["6", "Việc sáu", "^", "", "Năm 2027"], ["7", "Việc bảy", "Sở Y tế", "", "Năm 2027"]], page=2)
    _, rows, _ = stitch([p1, p2])
    assert [r.fields["lead"] for r in rows] == ["Sở Nội vụ"] + ["Sở Tài chính"] * 5 + ["Sở Y tế"]
    for r in rows[3:6]:
        assert [(i.code, i.field) for i in r.issues] == [("value_inferred", "lead")]


def test_table_without_a_deadline_column_says_so():
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"],
            ["1", "Việc một", "Sở Nội vụ", "Sở Tài chính"]]
    t = only_table(frag(rows))
    assert [i.code for i in table_issues([t])] == ["table_no_deadline_column"]


@pytest.mark.parametrize("cells, kind", [
    (AGENCIES, "agency"), (DEADLINES, "deadline"), (["1", "2", "3", "II", "a)"], "number"),
    (["Thông báo số 12/TB-VPCP ngày 10/01/2026", "Công văn số 345/UBND-KT"], "reference"),
    (TASKS, "long_text"), (["14h00 - 14h05", "8h30-9h00"], "clock"), (["10", "15", "20%"], "quantity"),
])
def test_column_evidence_votes_for_what_its_cells_hold(cells, kind):
    ev = column_evidence(cells)
    assert getattr(ev, kind) >= 0.75
    others = {"agency", "deadline", "clock", "reference"} - {kind}
    assert all(getattr(ev, o) < 0.5 for o in others)


def test_table_kind_needs_a_task_and_a_lead_or_a_deadline():
    from extract.headers import map_header

    ev = [column_evidence([]) for _ in range(3)]
    assert table_kind(map_header(["STT", "Nhiệm vụ", "Cơ quan chủ trì"]), ev) == "task"
    assert table_kind(map_header(["STT", "Nhiệm vụ", "Ghi chú"]), ev) == "other"


def test_a_lead_column_of_bodies_the_gazetteer_does_not_know_is_found_by_the_shape_of_their_names():
    # Kế hoạch tuyên truyền CCHC 2026, Lâm Đồng: "Trách nhiệm thực hiện" over communes' People's Committees
    leads = ["Lãnh đạo UBND phường Xuân Hương - Đà Lạt", "Lãnh đạo UBND xã Đức Trọng", "Lãnh đạo UBND xã Đơn Dương",
             "Lãnh đạo UBND Phường 3 Bảo Lộc"]
    rows = [["TT", "Nội dung", "Trách nhiệm thực hiện", "Thời gian (Năm 2026)"]] + [
        [str(i + 1), TASKS[i], leads[i], DEADLINES[i]] for i in range(4)]
    t = only_table(frag(rows))
    assert t.header.fields[2] == "lead" and t.decisions[2].how == "content"


def test_the_last_assignment_of_a_merged_task_cut_by_a_page_break_is_joined_not_a_new_row():
    # Kế hoạch CCHC 2026-2030 (Lâm Đồng), VII/2: number and task merged over two assignment rows, the second
    # cut by the page break; its rest on the next page has no lead and goes on mid-sentence
    p1 = frag([HEAD, ["2", "Tham mưu ban hành Kế hoạch kiểm tra", "Sở Nội vụ", "", "Tháng 01 hằng năm"],
               ["^", "^", "Các cơ quan, đơn vị", "", "Ban hành kế hoạch trong tháng 01 hằng"]], page=25)
    p2 = frag([HEAD, ["", "", "", "", "năm; tổ chức kiểm tra chậm nhất trong tháng 6 hằng năm"],
               ["3", "Tham mưu ban hành Kế hoạch tuyên truyền", "Sở Nội vụ", "", "Tháng 01 hằng năm"]], page=26)
    _, rows, _ = stitch([p1, p2])
    assert [(r.stt, r.fields["lead"]) for r in rows] == [("2", "Sở Nội vụ"), ("2", "Các cơ quan, đơn vị"),
                                                         ("3", "Sở Nội vụ")]
    assert rows[1].fields["deadline"] == ("Ban hành kế hoạch trong tháng 01 hằng năm; tổ chức kiểm tra chậm nhất"
                                          " trong tháng 6 hằng năm") and rows[1].pages == [25, 26]


def test_a_merged_tasks_next_assignment_at_a_page_top_is_a_row_of_its_own_with_its_fills_flagged():
    # The same shape as above, but the page break falls between two assignment rows: number, task and lead
    # merged over both, the second starting the next page with a whole deadline of its own ("Quý III/2026")
    p1 = frag([HEAD, ["2", "Tham mưu ban hành Kế hoạch kiểm tra", "Sở Nội vụ", "", "Quý I/2026"],
               ["^", "^", "^", "", "Tháng 01 hằng năm"]], page=25)
    p2 = frag([HEAD, ["", "", "", "", "Quý III/2026"],
               ["3", "Tham mưu ban hành Kế hoạch tuyên truyền", "Sở Nội vụ", "", "Tháng 01 hằng năm"]], page=26)
    _, rows, _ = stitch([p1, p2])
    assert [(r.stt, r.fields["lead"], r.fields["deadline"]) for r in rows] == [
        ("2", "Sở Nội vụ", "Quý I/2026"), ("2", "Sở Nội vụ", "Tháng 01 hằng năm"), ("2", "Sở Nội vụ", "Quý III/2026"),
        ("3", "Sở Nội vụ", "Tháng 01 hằng năm")]
    assert rows[2].pages == [26] and rows[2].fields["task"] == "Tham mưu ban hành Kế hoạch kiểm tra"
    assert {i.field for i in rows[2].issues if i.code == "value_inferred"} == {"stt", "task", "lead"}


def test_a_lead_column_of_people_listed_one_per_line_is_found_by_content():
    # KH 3024/KH-SCT (Lào Cai, 2026): "Người thực hiện", cells of two or three people, one per line, one name
    # typed with a lower-case middle syllable
    people = ["Đỗ Mạnh Cường\nVũ Việt Linh\nNguyễn Thị thúy Nhung", "Vũ Việt Linh\nĐỗ Mạnh Cường", "Đỗ Mạnh Cường",
              "Nguyễn Thị thúy Nhung\nVũ Việt Linh"]
    rows = [["TT", "Nhiệm vụ thực hiện", "Người thực hiện", "Ghi chú"]] + [
        [str(i + 1), TASKS[i], people[i], ""] for i in range(4)]
    t = only_table(frag(rows))
    assert t.header.fields[2] == "lead" and t.decisions[2].how == "content"


NQ_HEAD = ["STT", "<", "Các văn bản cần sửa đổi, bổ sung", "Điều, khoản, điểm cần sửa đổi", "Cơ quan chủ trì soạn thảo"]


def test_a_column_only_section_rows_draw_is_folded_away_and_the_sections_are_read():
    # Nghị quyết 66.19/2026/NQ-CP, Phụ lục VII B: "STT" printed over two grid columns, because the section rows
    # put "I" and "LUẬT" in two cells while number cells span both
    rows = [NQ_HEAD, ["I", "LUẬT", "<", "<", "<"],
            ["1.", "<", "Luật Tài nguyên nước số 28/2023/QH15", "Điều 37; Điều 38", "Bộ Nông nghiệp và Môi trường"],
            ["II", "NGHỊ ĐỊNH", "<", "<", "<"],
            ["1.", "<", "Nghị định số 53/2024/NĐ-CP", "Điều 47; Điều 48", "Bộ Nông nghiệp và Môi trường"]]
    p2 = [["", "được sửa đổi, bổ sung bởi Nghị định số 23/2026/NĐ-CP", "", ""]]
    _, got, _ = stitch([frag(rows, page=45, col_edges=(70, 90, 110, 240, 350, 540)),
                        frag(p2, page=46, col_edges=(70, 110, 240, 350, 540))])
    assert [(r.section, r.stt, r.fields["task"]) for r in got] == [
        ("I", "1", "Luật Tài nguyên nước số 28/2023/QH15"),
        ("II", "1", "Nghị định số 53/2024/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 23/2026/NĐ-CP")]
    assert got[0].section_title == "LUẬT"


def test_the_rest_of_a_header_cut_by_a_page_break_is_not_a_task():
    # Nghị quyết 66.19/2026/NQ-CP: a header row alone at the foot of page 39, its last words on page 40
    head = ["STT", "Các văn bản cần sửa đổi", "Điều, khoản, điểm cần sửa đổi, bổ sung, bãi bỏ để cắt giảm",
            "Cơ quan chủ trì soạn thảo"]
    law = "Luật Thủy sản số 18/2017/QH14 được sửa đổi, bổ sung bởi Luật số 146/2025/QH15"
    decree = "Nghị định số 40/2026/NĐ-CP ngày 25/01/2026 của Chính phủ quy định chi tiết một số điều của Luật Thủy sản"
    p2 = [["", "", "TTHC", ""], ["1.", law, "Khoản 2 Điều 25", "Bộ Nông nghiệp và Môi trường"],
          ["2.", decree, "Điều 12; Điều 13", "Bộ Nông nghiệp và Môi trường"]]
    _, got, _ = stitch([frag([head], page=39, col_edges=(70, 110, 240, 440, 540)),
                        frag(p2, page=40, col_edges=(70, 110, 240, 440, 540))])
    assert [(r.stt, r.fields["task"]) for r in got] == [("1", law), ("2", decree)]


def test_a_statistics_form_whose_headers_hold_task_and_deadline_words_is_not_a_task_table():
    # Nghị quyết 66.18/2026/NQ-CP keeps blank report forms beside its task table: "Công việc cho thuê lại" reads as a
    # task header and "Số lao động theo thời hạn ..." as a deadline one, but that column counts workers
    head = ["TT", "Tên doanh nghiệp thuê lại lao động", "Công việc cho thuê lại", "Số lao động thuê lại (người)",
            "Số lao động theo thời hạn cho thuê lại lao động (người)", "Tiền lương, thu nhập của người lao động thuê lại"]
    rows = [head, ["", "", "", "", "Dưới 01 tháng", "Thu nhập (đồng/người/tháng)"], ["1", "2", "3", "4", "5", "6"],
            ["", "", "", "", "", ""]]
    tables, ignored = group_tables([frag(rows)])
    assert tables == [] and [t.kind for t in ignored] != []


def test_a_task_merged_over_two_assignments_whose_first_is_cut_by_the_page_break_gives_both_whole():
    # Nghị quyết 97/NQ-CP (2026): number and task merged over two assignment rows; the first is cut by the page
    # break, and on the next page the merged number and task cells open with the cut row's rest
    task = "Thể chế hóa đầy đủ, kịp thời các chủ trương, định hướng phát triển kinh tế tư nhân"
    p1 = frag([HEAD, ["15", task, "Bộ Tài chính", "Các bộ, cơ quan ngang", "Tháng 5/2026"]], page=7)
    p2 = frag([["", "", "", "bộ và địa phương", ""], ["^", "^", "Bộ Tài chính", "", "Tháng 12/2026"],
               ["16", "Tiếp tục thể chế hóa các chủ trương", "Bộ Y tế", "", "Tháng 02/2026"]], page=8)
    _, rows, _ = stitch([p1, p2])
    assert [(r.stt, r.fields["task"], r.fields["coordinating"], r.fields["deadline"]) for r in rows] == [
        ("15", task, "Các bộ, cơ quan ngang bộ và địa phương", "Tháng 5/2026"), ("15", task, "", "Tháng 12/2026"),
        ("16", "Tiếp tục thể chế hóa các chủ trương", "", "Tháng 02/2026")]
    assert {i.field for i in rows[1].issues if i.code == "value_inferred"} == {"stt", "task"}


def test_a_bare_numbered_title_over_an_unnumbered_assignment_is_a_group():
    # Nghị quyết 116/NQ-CP (2026), III.6: a numbered title with no other cell over one unnumbered row that names its
    # lead and deadline: the title heads the assignment, it is no task with empty cells
    rows = [HEAD, ["III", "<", "<", "<", "<"], ["5", "Cập nhật bản đồ rủi ro thiên tai", "Bộ NN&MT", "", "Năm 2026"],
            ["6", "Đẩy mạnh phát triển nguồn nhân lực chất lượng cao", "", "", ""],
            ["", "Thực hiện đặt hàng, giao nhiệm vụ đối với nguồn nhân lực", "Bộ Giáo dục và Đào tạo", "", "Năm 2027"]]
    rows[1][1:] = ["KHOA HỌC CÔNG NGHỆ", "<", "<", "<"]
    _, got, _ = stitch([frag(rows)])
    assert [(r.stt, r.parent, r.fields["lead"]) for r in got] == [("5", "III", "Bộ NN&MT"),
                                                                   ("", "III/6", "Bộ Giáo dục và Đào tạo")]


def test_the_next_assignment_of_a_merged_task_at_a_page_top_is_its_own_row_when_its_merge_is_not_drawn():
    # Kế hoạch CCHC 2026 (Lâm Đồng), VII/5: number and task merged over two assignments, the page break between
    # them; at the foot of the page the merged cells look like plain ones, the next page starts with an empty
    # number and task, a lead and a whole deadline of its own.  VII/4 merges two assignments on one page.
    p1 = frag([HEAD, ["4", "Tham mưu tổ chức Hội nghị tổng kết", "Sở Nội vụ", "", "Quý I/2026"],
               ["^", "^", "Sở Tư pháp", "", "Quý II/2026"],
               ["5", "Tham mưu UBND tỉnh đánh giá, công bố chỉ số cải cách hành chính", "Các cơ quan, đơn vị, địa phương",
                "", "Thường xuyên trong tháng"]], page=28)
    p2 = frag([HEAD, ["", "", "Sở Nội vụ", "", "Trước ngày 05 của tháng liền kề"],
               ["6", "Tổng kết công tác cải cách hành chính", "Sở Nội vụ", "", "Tháng 12/2026"]], page=29)
    _, rows, _ = stitch([p1, p2])
    assert [(r.stt, r.fields["lead"], r.fields["deadline"]) for r in rows] == [
        ("4", "Sở Nội vụ", "Quý I/2026"), ("4", "Sở Tư pháp", "Quý II/2026"),
        ("5", "Các cơ quan, đơn vị, địa phương", "Thường xuyên trong tháng"),
        ("5", "Sở Nội vụ", "Trước ngày 05 của tháng liền kề"), ("6", "Sở Nội vụ", "Tháng 12/2026")]
    assert rows[3].fields["task"] == rows[2].fields["task"]
    assert {i.field for i in rows[3].issues if i.code == "value_inferred"} == {"stt", "task"}


# Nghị quyết 23/2026/NQ-CP (Công báo, set 8): the drafting tables at the end of each appendix.
NQ23_HEAD = ["STT", "Văn bản quy phạm pháp luật cần sửa đổi, bổ sung, bãi bỏ",
             "Điều, khoản, điểm cần sửa đổi, bổ sung, bãi bỏ", "Cơ quan chủ trì soạn thảo"]


def test_sub_cells_of_an_unmapped_column_beside_one_task_are_one_task():
    """The task and lead merged over two ruled sub-rows of the articles column: one task, both articles kept."""
    rows = [NQ23_HEAD,
            ["I", "NGHỊ QUYẾT", "<", "<"],
            ["1", "Nghị quyết số 66.16/2026/NQ-CP", "Khoản A.III, mục 1, Phụ lục I.3", "Bộ Tư pháp"],
            ["^", "^", "Khoản A.VII, mục 1, Phụ lục I.3", "^"]]
    _, got, _ = stitch([frag(rows)])
    assert [(r.section, r.stt, r.fields["task"], r.fields["lead"]) for r in got] == \
        [("I", "1", "Nghị quyết số 66.16/2026/NQ-CP", "Bộ Tư pháp")]
    assert list(got[0].extra.values()) == ["Khoản A.III, mục 1, Phụ lục I.3\nKhoản A.VII, mục 1, Phụ lục I.3"]


def test_a_title_in_capitals_with_no_number_heads_the_numbered_rows():
    """"NGHỊ ĐỊNH" with no number over rows 1, 2 is their heading (section_title), not a task."""
    rows = [NQ23_HEAD,
            ["", "NGHỊ ĐỊNH", "", ""],
            ["1", "Nghị định số 125/2024/NĐ-CP", "Điều 98, Điều 99", "Bộ Giáo dục và Đào tạo"],
            ["2", "Nghị định số 91/2026/NĐ-CP", "điểm c khoản 2 Điều 9", "Bộ Giáo dục và Đào tạo"]]
    _, got, _ = stitch([frag(rows)])
    assert [(r.section, r.section_title, r.stt) for r in got] == [("", "NGHỊ ĐỊNH", "1"), ("", "NGHỊ ĐỊNH", "2")]


# Quyết định 77/QĐ-TCHQ 2014 (set 28): a training plan whose "Địa điểm" column names the venues (places, and the
# bodies that host them) and whose "Giáo viên" column names the bodies that send teachers: neither leads nor
# coordinates the course, though the gazetteer knows some of their names.
VENUES = ["Hà Nội", "Học viện Cảnh sát nhân dân", "Hà Nội và Tp.HCM", "Miền Bắc, miền Trung"]
TEACHERS = ["Học viện Cảnh sát nhân dân", "Cục ĐTCBL", "Cục C69", "Học viện Hải quân"]


@pytest.mark.parametrize("label, cells", [("Địa điểm", VENUES), ("Địa điểm (Dự kiến)", VENUES), ("Giáo viên", TEACHERS)])
def test_a_column_of_venues_or_teachers_gets_no_agency_role_from_its_bodies(label, cells):
    rows = [["STT", "Tên lớp", "Thời gian mở lớp", label, "Đơn vị chủ trì nội dung"]]
    rows += [[str(i + 1), TASKS[i], DEADLINES[i], cells[i], "Cục ĐTCBL"] for i in range(4)]
    t = only_table(frag(rows))
    assert t.header.fields == ("stt", "task", "deadline", None, "lead")


def test_a_column_of_bare_place_names_is_no_agency_column():
    ev = column_evidence(["Hà Nội", "Vũng Tàu", "Hà Nội, HCM", "Nha Trang - Khánh Hòa", "Trung Quốc"])
    assert ev.agency < 0.5
    assert column_evidence(["UBND tỉnh Lâm Đồng", "Sở Nội vụ", "Công an tỉnh"]).agency == 1.0


def test_a_header_cut_by_a_page_break_with_its_column_numbers_opening_the_next_page_is_no_task():
    # Quyết định 77/QĐ-TCHQ 2014, Phụ lục II as LibreOffice prints it: the header at the foot of one page, its last
    # line ("TL") and the row of column numbers at the top of the next
    head = ["TT", "Tên lớp", "Đối tượng", "Thời gian mở lớp", "Đơn vị chủ trì", "Thời gian chuẩn bị giáo trình,"]
    p2 = [["", "", "", "", "", "TL"], ["1", "2", "3", "7", "9", "11"],
          ["1", "Bồi dưỡng nghiệp vụ Điều tra tội phạm", "Công chức làm công tác kiểm soát", "- Tháng 5", "Cục ĐTCBL",
           "Đã có"],
          ["2", "Bồi dưỡng nghiệp vụ về công tác chống hàng giả", "Cán bộ Hải quan", "Quý II, III", "Cục ĐTCBL", "10 ngày"]]
    edges = (50, 80, 200, 300, 360, 430, 520)
    _, got, _ = stitch([frag([head], page=6, col_edges=edges), frag(p2, page=7, col_edges=edges)])
    assert [(r.stt, r.fields["lead"]) for r in got] == [("1", "Cục ĐTCBL"), ("2", "Cục ĐTCBL")]


def test_group_rows_over_tasks_numbered_in_brackets_are_groups():
    # the draft action programme of the Thái Nguyên provincial Party committee 2025 (tests/real set 29): group rows
    # "1", sub-groups "2.1" with no lead, tasks "(1)", "(2)" restarting under each; its two time columns, "Thời gian
    # ban hành" and "Thời gian triển khai thực hiện": the second holds the whole synonym "Thời gian ... thực hiện"
    head = ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian ban hành", "Thời gian triển khai thực hiện"]
    rows = [head,
            ["1", "Công tác lãnh đạo, chỉ đạo, triển khai thực hiện Nghị quyết", "", "", ""],
            ["(1)", "Tổ chức hội nghị quán triệt, triển khai thực hiện Nghị quyết Đại hội", "Ban Thường vụ Tỉnh ủy",
             "Tháng 09 năm 2025", "Tháng 9 và 10/2025"],
            ["2", "Công tác xây dựng Đảng và hệ thống chính trị", "", "", ""],
            ["2.1", "Công tác xây dựng Đảng", "", "", ""],
            ["(1)", "Xây dựng Đề án nâng cao chất lượng tổ chức cơ sở đảng", "Ban Tổ chức Tỉnh ủy", "Quý I năm 2026",
             "Giai đoạn 2026 - 2030"],
            ["(2)", "Ban hành Kế hoạch kiểm tra, giám sát", "Ủy ban Kiểm tra Tỉnh ủy", "Quý IV năm 2025", "Hằng năm"]]
    _, got, _ = stitch([frag(rows)])
    assert [(r.section, r.stt, r.fields["deadline"]) for r in got] == [
        ("1", "1", "Tháng 9 và 10/2025"), ("2", "1", "Giai đoạn 2026 - 2030"), ("2", "2", "Hằng năm")]
    assert got[1].parent == "2/2.1"


def test_a_result_header_over_bodies_is_the_lead_in_a_table_with_no_lead():
    """Kế hoạch 239/KH-SYT 2018 of Kiên Giang (set 31): "Người thực hiện & kết quả" over "Sở Y tế", "Tổ thẩm định",
    "UBND tỉnh" is who acts, the header's "kết quả" notwithstanding; over documents it stays the result."""
    bodies = ["Sở Y tế", "Tổ thẩm định", "Các bệnh viện và trung tâm y tế có giường bệnh", "UBND tỉnh"]
    header = [("stt", "STT"), ("task", "Công việc"), ("deadline", "Thời gian"), ("lead", "Người thực hiện & kết quả")]
    t = only_table(table(header, lead=bodies))
    assert t.header.fields == ("stt", "task", "deadline", "lead") and t.decisions[3].how == "content"
    products = ["Kế hoạch", "Quyết định của UBND tỉnh", "Báo cáo", "Văn bản hướng dẫn"]
    t = only_table(table(header, lead=products))
    assert t.header.fields[3] == "result"


def test_a_stray_network_name_in_a_sparse_column_makes_no_agenda():
    """Quyết định 3004/QĐ-BKHCN 2025 (tests/real, set 32): the result column is filled on two rows of twelve, one of them
    "... phủ sóng 5G"; "5G" is no time of day ("g" for giờ is written in small letters: "8g30"), and an agenda prints its
    slots on most rows.  The table was reported no_tables at its first run."""
    rows = [["STT", "Chỉ tiêu, nội dung nhiệm vụ", "Kết quả dự kiến", "Thời hạn",
             "Đơn vị chủ trì điều phối triển khai (đầu mối Bộ KHCN)", "Đơn vị phối hợp"],
            ["1", "Phủ sóng 5G toàn bộ khu vực triển khai Trung tâm tài chính quốc tế",
             "100% khu vực triển khai TTTC phủ sóng 5G", "Ngay sau khi TTTC đi vào hoạt động", "Cục Viễn thông",
             "Các DNVT di động"],
            ["2", "Triển khai tối thiểu 01 tuyến cáp quang biển quốc tế mới", "", "2025-2026", "Cục Viễn thông", "Các DNVT"],
            ["3", "Hình thành 1 trung tâm dữ liệu mới đạt tiêu chuẩn xanh", "", "2025-2026", "Cục VT", "Các DNVT"],
            ["4", "Xây dựng, bảo đảm năng lực, sẵn sàng triển khai thử nghiệm mạng di động 6G", "", "2025-2030", "Cục VT",
             "Các đơn vị thuộc Bộ KHCN"]]
    t = only_table(frag(rows))
    assert t.kind == "task" and t.header.fields[2:] == ("result", "deadline", "lead", "coordinating")
    assert column_evidence(["phủ sóng 5G", "6G", "8g30 - 9g00"]).clock == round(1 / 3, 3)


# Tables of real circulars and decisions with no task table that the start of the nineteenth session read as task
# tables (a run over the 402 PDFs of the Công báo repository, tests/real's tt_05_2025, qd_169_2025, tt_24_2022,
# tt_17_2021): the header and cells as printed.
_NOT_ASSIGNMENTS = {
    "blank form (Thông tư 24/2022/TT-BLĐTBXH)": [
        ["TT", "Nghề, công việc", "Kết quả đo các yếu tố nguy hiểm, có hại", "Cơ quan thực hiện đo", "Ghi chú"],
        ["1", "", "", "", ""], ["2", "", "", "", ""], ["3", "", "", "", ""], ["...", "", "", "", ""]],
    "labour hours (Thông tư 05/2025/TT-BLĐTBXH)": [
        ["TT", "Nội dung công việc", "Số lượng và\nđơn vị tính", "Máy móc thiết bị\ncần thiết",
         "Công lao động (giờ)\nkhông tính thời gian chạy máy", "Ghi chú"],
        ["1.2", "Mẫu hài cốt sử dụng ngay bảo\nquản ở nhiệt độ 4°C đến 10°C", "", "Tủ lạnh", "", ""],
        ["1.3", "Mẫu hài cốt bảo quản lâu dài ở\nnhiệt độ -20°C", "", "Tủ lạnh - 20°C\nđến - 30°C", "", ""],
        ["2", "Tách chiết ADN (QT03.01/HCLS)", "", "", "08 giờ/1 người",
         "Số người 04 (02\ngiám định viên +\n02 kỹ thuật viên)"],
        ["", "Giấy lau", "", "", "", "Có thể sử dụng\nhóa chất và thiết\nbị tương tự"]],
    "a form without numbers (Thông tư 17/2021/TT-BLĐTBXH)": [
        ["Nội dung", "Môi chất thử", "Áp suất thử\n(bar)", "Thời gian duy trì\n(phút)"],
        ["Thử bền", "", "", ""], ["Thử giãn nở thể tích", "", "", ""], ["Thử kín", "", "", ""]],
    "dates of expiry (Quyết định 169/QĐ-BLĐTBXH 2025)": [
        ["STT", "Văn bản hết hiệu lực một phần", "Nội dung, quy định hết hiệu lực", "Lý do hết hiệu lực",
         "Ngày hết hiệu lực"],
        ["1", "Thông tư số 11/2020/TT-BLĐTBXH", "Điều 4", "Được sửa đổi bởi Thông tư số 09/2024/TT-BLĐTBXH", "25/6/2024"],
        ["2", "Thông tư số 12/2021/TT-BLĐTBXH", "Khoản 2 Điều 5", "Bị bãi bỏ bởi Thông tư số 01/2024/TT-BLĐTBXH",
         "10/4/2024"],
        ["3", "Thông tư số 03/2022/TT-BLĐTBXH", "Điều 7", "Được thay thế bởi Thông tư số 04/2024/TT-BLĐTBXH", "01/7/2024"]],
}


@pytest.mark.parametrize("name", list(_NOT_ASSIGNMENTS))
def test_a_table_that_assigns_no_work_is_no_task_table(name):
    tables, ignored = group_tables([frag(_NOT_ASSIGNMENTS[name])])
    assert tables == [] and [t.kind for t in ignored] in (["other"], ["indicator"])


def test_a_plan_without_a_lead_column_whose_deadlines_read_stays_a_task_table():
    rows = [["TT", "Nội dung công việc", "Thời gian thực hiện"], ["1", "Rà soát thủ tục hành chính", "Quý I/2026"],
            ["2", "Tổ chức tập huấn cho cán bộ", "Tháng 6/2026"], ["3", "Tổng kết, đánh giá", "Tháng 12/2026"]]
    assert only_table(frag(rows)).header.fields[:3] == ("stt", "task", "deadline")


def test_a_unit_of_measure_printed_short_is_no_lead_column():
    """Thông tư 13/2023/TT-BKHĐT's cost table: "ĐV tính" (đơn vị tính) over "DN" (per enterprise) had been taken for a
    lead column by content, and its 53 rows for tasks; its column-label row "a | b | c | ..." too."""
    rows = [["TT", "Hoạt động/Nội dung", "ĐV tính", "Số lượng", "Đơn giá", "Thành tiền", "Ghi chú"],
            ["a", "b", "c", "d", "e", "g=dxe", "h"],
            ["1", "Tư vấn tìm kiếm, lựa chọn, giải mã và chuyển giao công nghệ", "DN", "", "", "", ""],
            ["2", "Tư vấn về sở hữu trí tuệ, khai thác và phát triển tài sản trí tuệ", "DN", "", "", "", ""],
            ["3", "Tư vấn xây dựng hệ thống quản lý", "DN", "", "", "", ""]]
    tables, ignored = group_tables([frag(rows)])
    assert tables == [] and [t.kind for t in ignored] == ["indicator"]


def test_header_cells_read_again_under_the_header_and_a_label_row_are_no_tasks():
    """Thông tư 10/2022/TT-BLĐTBXH's budget table: its header cells merged down over the sub-headers were read again
    on each row ("STT | Tên cơ sở ... | Nội dung ... | Số lượng"), then a row of column labels with two columns in one
    cell ("A | B | C | 1 | 2 | 3 4"); each had been a task."""
    head = ["STT", "Tên cơ sở giáo dục nghề nghiệp/Tên đơn vị thực hiện", "Nội dung, hoạt động cụ thể",
            "Thời gian thực hiện", "Tổng vốn", "Ghi chú"]
    rows = [head, ["STT", head[1], head[2], head[3], "Số lượng", "Huy động"],
            ["A", "B", "C", "1", "2", "3 4"],
            ["1", "Trường Cao đẳng Kỹ thuật Công nghệ", "Hỗ trợ đầu tư cơ sở vật chất, thiết bị đào tạo", "2023-2025",
             "12.000", ""],
            ["2", "Trường Cao đẳng Du lịch", "Xây dựng chuẩn đầu ra các ngành, nghề trọng điểm", "2024", "3.500", ""]]
    tables, rows_out, _ = stitch([frag(rows)])
    assert [(r.stt, r.fields["lead"][:6]) for r in rows_out] == [("1", "Trường"), ("2", "Trường")]


# Model forms and lists of the Công báo's 2014 circulars and decisions (tests/real set 32, hieuhan/LuatVietNam): the
# batch read each as a task table before the thirty-second session.
@pytest.mark.parametrize("rows", [
    # Thông tư 05/2014/TT-BTP: a list of procedures with stand-ins, numbered "1", "2", "n"
    [["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện"],
     ["1", "Thủ tục a", "", ""], ["2", "Thủ tục b", "", ""], ["n", "…………………", "", ""],
     ["1", "Thủ tục c", "", ""], ["2", "Thủ tục d", "", ""], ["n", "…………………", "", ""]],
    # Thông tư 01/2014/TT-BKHĐT: a task-shaped form whose rows hold nothing, not even a number
    [["TT", "Tên dự án", "Loại vướng mắc", "Nội dung vướng mắc", "Thời hạn giải quyết", "Cơ quan chủ trì",
      "Cơ quan phối hợp"]] + [[""] * 7 for _ in range(4)],
    # Quyết định 04/QĐ-BVHTTDL: the list of procedures a decision publishes, and the body that handles each
    [["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Cơ quan thực hiện"],
     ["1", "Thu hồi giấy phép trong trường hợp doanh nghiệp chấm dứt hoạt động kinh doanh lữ hành", "Du lịch",
      "Tổng cục Du lịch"],
     ["2", "Cấp giấy phép kinh doanh lữ hành quốc tế đối với doanh nghiệp kinh doanh lữ hành quốc tế đưa khách du "
           "lịch vào Việt Nam", "Du lịch", "Tổng cục Du lịch"],
     ["3", "Cấp lại giấy phép kinh doanh lữ hành quốc tế trong trường hợp giấy phép bị hư hỏng hoặc bị mất",
      "Du lịch", "Tổng cục Du lịch"]],
], ids=["stand-ins", "empty-rows", "procedures"])
def test_model_forms_and_lists_of_things_are_no_task_tables(rows):
    tables, ignored = group_tables([frag(rows)])
    assert tables == [] and [i.kind for i in ignored] == ["other"]


def test_a_counting_header_is_never_the_task_column():
    from extract.headers import map_header
    from extract.roles import settle_roles

    hmap = map_header(["TT", "Đơn vị thực hiện", "Số TTHC dự kiến/ được quy định mới"])
    hmap = type(hmap)((hmap.fields[0], hmap.fields[1], "task"), hmap.labels)   # as the two-row header mapped it
    ev = [column_evidence(c) for c in (["1", "2"], ["Tổng cục/Cục/Vụ", "…"], ["", ""])]
    fields, _decisions = settle_roles(hmap, ev, [True, True, False])
    assert "task" not in fields.fields


def test_a_list_under_a_lead_header_that_assigns_stays_a_task_table():
    # Nghị quyết 24/2026/NQ-CP: the laws to amend and the body that drafts each ("Cơ quan chủ trì soạn thảo")
    rows = [["STT", "Các luật, nghị định cần sửa đổi, bổ sung, bãi bỏ", "Điều, khoản cần sửa đổi", "Cơ quan chủ trì "
             "soạn thảo"],
            ["1", "Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi hành một số điều "
                  "của Luật An toàn thực phẩm", "Khoản 2 Điều 5; Điều 7", "Bộ Y tế"],
            ["2", "Thông tư số 43/2018/TT-BCT ngày 15/11/2018 của Bộ trưởng Bộ Công Thương quy định về quản lý an "
                  "toàn thực phẩm thuộc trách nhiệm của Bộ Công Thương", "Điều 4", "Bộ Công Thương"]]
    assert only_table(frag(rows)).kind == "task"


# Inspection minutes and a report of Lào Cai's Sở Công Thương and Văn phòng, 2026 (Trangsct/skill-sct, found by a
# batch over the fetched repositories in the thirty-second session): registers and a status report, read as task
# tables before it.
@pytest.mark.parametrize("rows", [
    # the vehicles of a licensing inspection: things and their validity dates
    [["TT", "Loại xe, Biển kiểm soát", "Trọng tải được phép chở (kg)", "Thời hạn kiểm định", "Niên hạn"],
     ["1", "Ô tô tải (có mui) (sở hữu của Công ty)", "1.950", "22/06/2027", "2045"],
     ["2", "Ô tô tải thùng kín (thuê theo hợp đồng số 01/HĐTX/DG)", "990", "10/12/2025", "2040"]],
    # its drivers: a naming header of persons
    [["TT", "Tên người điều khiển / Số định danh cá nhân", "Thời hạn giấy phép lái xe, Giấy chứng nhận hoàn thành "
      "chương trình huấn luyện"],
     ["1", "Đinh Xuân Biên, số định danh: 015087006716", "Hạng FC; số 150100000481; có giá trị đến 12/3/2030"],
     ["2", "Phạm Văn Trinh, số định danh: 008077001819", "Hạng FC; số 150095003629; có giá trị đến 02/8/2031"]],
], ids=["vehicles", "drivers"])
def test_registers_of_things_and_persons_are_no_task_tables(rows):
    tables, ignored = group_tables([frag(rows)])
    assert tables == [] and len(ignored) == 1


def test_a_column_of_where_the_work_stands_is_no_deadline_column():
    rows = [["TT", "Cụm công nghiệp (vị trí, diện tích)", "Tiến độ hiện tại", "Cơ quan phụ trách"],
            ["1", "CCN Thống Nhất 1 Vị trí: xã Gia Phú. Diện tích 75 ha (đất công nghiệp 52 ha)",
             "Đã kiểm đếm 152/152 hộ; GPMB đến 01/6/2026 đạt 24 ha", "Chủ trì: Công ty LCIDI (CĐT)"]]
    tables, ignored = group_tables([frag(rows)])
    assert all("deadline" not in t.header.fields for t in tables)


def test_a_register_of_questions_is_no_task_table():
    # Quyết định 30/QĐ-BTC 2014 (hieuhan/LuatVietNam): the receipt dates are records, not deadlines, and the officers
    # who answer are persons; with the weak "Nội dung hỏi" header nothing says work is assigned
    rows = [["Số phiếu hỏi", "Ngày nhận câu hỏi", "Tên người hỏi", "Email", "Địa chỉ", "Nội dung hỏi", "Đơn vị trả lời",
             "Ngày nhận câu trả lời", "Thông tin cán bộ trả lời"],
            ["01", "28/8/2013", "Nguyễn Văn A", "a@gmail.com", "Hà Nội", "Thuế TNCN", "Tổng cục Thuế", "30/8/2013",
             "Nguyễn Thị B"],
            ["02", "28/8/2013", "Trần Văn C", "c@gmail.com", "Hải Phòng", "Hóa đơn", "Tổng cục Thuế", "30/8/2013",
             "Nguyễn Thị B"]]
    tables, ignored = group_tables([frag(rows)])
    assert tables == [] and len(ignored) == 1


def test_a_column_holding_one_text_on_every_row_is_never_the_task():
    """Bộ Y tế's assessment of the draft Luật Phòng bệnh (2025, m1htan/Law_in_Tech): its list of procedures gave 5
    "tasks", each the same decree, as "VBQPPL quy định nội dung sửa đổi, bổ sung" holds "nội dung"; the procedures
    are named in "Tên thủ tục hành chính" and the table assigns no work."""
    decree = "Nghị định số 42/2025/NĐ-CP ngày 27/02/2025 của Chính phủ"
    rows = [["STT", "Mã TTHC", "Tên thủ tục hành chính", "VBQPPL quy định thủ tục hành chính",
             "VBQPPL quy định nội dung sửa đổi, bổ sung", "Lĩnh vực", "Cơ quan thực hiện"],
            ["1.", "2.001229", "Cấp giấy phép nhập khẩu mẫu bệnh phẩm",
             "Căn cứ Nghị định số 89/2018/NĐ-CP ngày 25/6/2018 của Chính phủ", decree, "Y tế dự phòng", "Cục Phòng bệnh"],
            ["2.", "2.001089", "Cấp mới giấy chứng nhận cơ sở xét nghiệm đạt tiêu chuẩn an toàn sinh học cấp III",
             "Căn cứ Nghị định số 103/2016/NĐ-CP ngày 01/7/2016 của Chính phủ", decree, "Y tế dự phòng",
             "Cục Phòng bệnh"],
            ["3.", "2.001080", "Cấp lại giấy chứng nhận cơ sở xét nghiệm đạt tiêu chuẩn an toàn sinh học cấp III",
             "Căn cứ Nghị định số 103/2016/NĐ-CP ngày 01/7/2016 của Chính phủ", decree, "Y tế dự phòng",
             "Cục Phòng bệnh"]]
    tables, ignored = group_tables([frag(rows)])
    assert tables == [] and len(ignored) == 1
    # a task merged over its rows keeps its column when the rows differ elsewhere: two cells are no repetition
    assert not column_evidence(["Rà soát văn bản", "Rà soát văn bản"]).one_value
