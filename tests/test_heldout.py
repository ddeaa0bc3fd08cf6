"""The normalizers on the held-out sets (tests/data/heldout.yaml): the measured figures may not fall.

First run, before anything was changed for this set: agencies precision 0.597, recall 0.690, cells whole and
linked right 0.600, unknown share 0.090; deadlines accuracy 0.870 (40/46).  The set then served to fix the
error classes it showed (collective groups split at commas, person titles before bodies, a fuzzy match of a
name with words missing, times of day, "kể từ ngày ký", "tháng sau", "lần/năm"; two labels changed because two
entries were added): the figures held below are the ones after, on a set that is no longer held out.
In the second pass of issue 14, five gold labels of sets 1 and 2 that read "unknown" (the legend's "no gazetteer
entry", not a reader's kind) were given the body's kind or new entry: Ban Chỉ đạo Trung ương (central_body), Ban
Chấp hành Trung ương (twice), Văn phòng HĐND&UBND huyện, Văn phòng Đăng ký Đất đai tỉnh, Đảng ủy UBND tỉnh.

Each set's floors are one entry of the tables below (every figure of tests/heldout.py a floor, "unknown_share" a
ceiling), with the set's history in the comment above it: its first run (the honest figure for text never seen),
the classes it showed and fixed, and the figures since.  A new set is one more entry.
"""
import pytest

from tests.heldout import agency_scores, coordinating_scores, deadline_scores, load

DATA = load()
CEILINGS = frozenset({"unknown_share"})

AGENCY_FLOORS: dict[str, dict] = {
    # one of the 58 (a body no entry names: Ủy ban Quốc gia về chuyển đổi số)
    "agencies": {"mentions_gold": 55, "precision": 0.96, "recall": 0.96, "cell_accuracy": 0.94, "unknown_share": 0.02},
    # Found and labelled after the fixes above; its first run (the honest figure): precision 0.870, recall 0.909,
    # cells 0.857, unknown 0. Two general rules were added after it ("Đảng ủy UBND tỉnh" is the party committee of a
    # body; "các sở, ban, ngành thuộc UBND tỉnh" is one group), giving 1.0 / 1.0 / 1.0 now.
    "agencies_v2": {"mentions_gold": 20, "precision": 0.95, "recall": 0.95, "cell_accuracy": 0.92},
    # Third set (2025-2026 strings), found and labelled before any change of the second pass. First run, the honest
    # figure: precision 0.690 (40/58), recall 0.678 (40/59), cells 0.595 (25/42), unknown share 0.224 (13/58). After
    # fixing the classes it showed (abbreviations, kinds by head and level, district bodies, qualifiers, opening
    # verbs, "huyện/xã", missing provincial bodies): 1.0 / 1.0 / 1.0, unknown 0.034 (the two enterprises, Công ty Điện
    # lực Lào Cai and Tập đoàn Viettel, which no kind covers: their gold is unknown).
    "agencies_v3": {"mentions_gold": 59, "precision": 0.97, "recall": 0.97, "cell_accuracy": 0.97,
                    "unknown_share": 0.04},
    # Fourth set (third pass of issue 14): 105 cells, 195 mentions of 2025-2026 (Nghị quyết 03/NQ-CP Phụ lục II, Kế
    # hoạch 3260-KH/ĐĐQH15, provincial, party and commune bodies), labelled before its first run. First run, the
    # honest figure for text never seen: precision 0.746 (138/185), recall 0.708 (138/195), cells whole 0.514
    # (54/105), unknown share 0.070 (13/185); coordinating cells: recall 0.828 (82/99), whole 0.711 (27/38). After
    # fixing the classes it showed (commune bodies from 2025-07-01 and the commune as issuer, person titles ending in
    # a head noun, bodies of a Party committee, level words read with their marks, a national organisation named bare
    # in a province's decision, "&" for "và" and names without "Việt Nam", the merged provincial press with its
    # province, a Phòng of a Sở, group qualifiers): precision 0.979 (189/193), recall 0.969 (189/195), cells whole
    # 0.924 (97/105), unknown 0; coordinating recall 0.970 (96/99), whole 0.868 (33/38). What is left: "Tổ CNSCĐ 12
    # ấp" (an abbreviated community team), "Tập đoàn, doanh nghiệp công nghệ số" read as "doanh nghiệp", "Tổ đảng ở
    # Thường trực Ủy ban KH,CN&MT", "Các chi bộ trực thuộc Đảng uỷ".
    "agencies_v4": {"mentions_gold": 195, "precision": 0.97, "recall": 0.96, "cell_accuracy": 0.92,
                    "unknown_share": 0.01, "coordinating": {"recall": 0.97, "cell_accuracy": 0.86}},
    # Fifth set (fourth pass of issue 14): 64 cells, 173 mentions (29 coordinating cells, 69 mentions) of 2025-2026
    # from sources no earlier set used (Kế hoạch 05-KH/TGV 2026 of Đắk Lắk; Thông báo 624, 627, 631, 648/TB-VPCP,
    # Quyết định 2623/QĐ-TTg and Công điện 224/CĐ-TTg of 2025; plans of Lai Châu, Cần Thơ, Quảng Ngãi; a Phú Thọ
    # university's task sheet), labelled before its first run. First run, the honest figure for text never seen:
    # precision 0.857 (144/168), recall 0.832 (144/173), cells whole 0.641 (41/64), unknown share 0.048 (8/168);
    # coordinating cells: recall 0.855 (59/69), whole 0.724 (21/29). Three labels changed after it ("Phòng ..." of the
    # issuing university: "unknown" -> "kind:sub_unit", set 3's convention); with them the same run reads 145/168.
    # After fixing the classes it showed (colon lists whose head names more kinds of body or what they are, of
    # provinces, with glossed items; group phrases without commas; closed groups; group qualifiers and clauses;
    # abbreviations after a comma; "&" inside abbreviated names; a level shared back over a comma; a centrally-run
    # city's bodies; a place inside a name; "của Quốc hội"): precision 1.0, recall 1.0, cells whole 1.0; coordinating
    # 1.0 / 1.0. Unknown share 0.064 (11/173): all gold "unknown" (state groups Viettel, VNPT, EVN, FPT, CMC, ACV; a
    # university's Văn phòng), bodies no kind of the gazetteer covered. With the kind enterprise (and the state groups
    # in the gazetteer, the labels relabelled to match): unknown share 0.017 (3/173, the university's bare "Văn
    # phòng").
    "agencies_v5": {"mentions_gold": 173, "precision": 0.97, "recall": 0.97, "cell_accuracy": 0.97,
                    "unknown_share": 0.02, "coordinating": {"recall": 0.97, "cell_accuracy": 0.96}},
    # Sixth set (fifth pass of issue 14, first run 2026-12-05): 86 cells, 219 mentions (60 coordinating cells, 170
    # mentions) of 2025 documents no earlier set used (Kế hoạch 310/KH-UBND of Hà Nội; Quyết định 2820/QĐ-UBND and Kế
    # hoạch 172/KH-UBND of Thành phố Hồ Chí Minh; Kế hoạch 980/KH-UBND of Nghệ An; Kế hoạch 141/KH-UBND of Bắc Ninh;
    # Quyết định 2629, 2530 and 2597/QĐ-TTg), labelled by hand before its only run. First run, the honest figure for
    # text never seen, held here as floors (rounded down; the unknown share as a ceiling): precision 0.891 (196/220),
    # recall 0.895 (196/219), cells whole 0.733 (63/86), unknown share 0.050 (11/220); coordinating cells: recall
    # 0.924 (157/170), whole 0.767 (46/60). Misses by class: a Ban Quản lý named "các khu công nghệ cao và khu công
    # nghiệp"; provincial bodies with no entry (Trung tâm Chuyển đổi số, Viện Nghiên cứu phát triển, Trung tâm Thông
    # tin, Trung tâm Dịch vụ việc làm, the civil-defence Ban Chỉ huy and its Văn phòng) come out unknown; group
    # phrases cut short ("Các doanh nghiệp đầu tư hạ tầng", "các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam",
    # "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư", "UBND các tỉnh/thành phố vùng ..."), "cộng đồng người dân"
    # dropped, "Sở, ban, ngành, tổ chức chính trị - xã hội" not split, "các tỉnh/thành phố khác" and "Các Sở, ngành,
    # đơn vị" linked to coll.other, a level list "cấp tỉnh, cấp xã" split, an aside "(chủ trì chương trình tại địa
    # phương)" read as a body, "Các bộ ngành và các địa phương" split in two. After fixing those classes (a centre,
    # institute, command or board gets its kind from the level in its name, else from the issuer's level; a board
    # named by the zones it runs is the zones board; a group key ignores slashes, a repeated "các" and closing words
    # such as "khác"; a group phrase a known group spells whole is that group; known groups of two sectors - state,
    # market, party and mass, public - are two groups; the words after a group up to a separator qualify it unless a
    # name, verb, head or another group opens there; "cộng đồng người dân", investors and providers in the gazetteer):
    # precision 0.977 (217/222), recall 0.991, cells whole 0.953, unknown 0; coordinating recall 0.994, whole 0.950.
    # Left: "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã" (a body at two levels) and "UBND các tỉnh/thành phố vùng
    # đồng bằng sông Hồng và Đông Nam Bộ" (a region's name read as a ministry's "Bộ").
    "agencies_v6": {"mentions_gold": 219, "precision": 0.97, "recall": 0.98, "cell_accuracy": 0.95,
                    "unknown_share": 0.01, "coordinating": {"cells": 60, "recall": 0.99, "cell_accuracy": 0.95}},
    # Seventh set (sixth pass of issue 14): 79 cells, 141 mentions (38 coordinating cells, 80 mentions) of documents
    # no earlier set used (Kế hoạch 179/KH-UBND of Đồng Nai, 308/KH-UBND of Hà Nội, 157/KH-UBND of Cần Thơ, 552 and
    # 556/KH-UBND of Đồng Tháp, Nghị quyết 394/NQ-CP, Quyết định 110/QĐ-BXD, Nghị quyết 1339/NQ-UBTVQH15), labelled by
    # hand and committed before its only run. First run, the honest figure for text never seen, held here as floors
    # (rounded down; the unknown share as a ceiling): precision 0.721 (101/140), recall 0.716 (101/141), cells whole
    # 0.557 (44/79), unknown share 0.086 (12/140); coordinating cells: recall 0.838 (67/80), whole 0.684 (26/38).
    # Misses by class: a name cut short by the gazetteer's shorter alias ("Ban Quản lý các Khu công nghiệp, khu kinh
    # tế" read as "Ban Quản lý các Khu công nghiệp"); provincial branches and bodies named with the province instead
    # of "tỉnh" ("Thuế Đồng Nai" read as the province, "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai" and "Mặt
    # trận Tổ quốc Việt Nam tỉnh Đồng Nai" as the central body plus the province); the State Bank's regional branch
    # split ("Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II" as the central bank plus an unknown "Chi nhánh Khu vực
    # II"); "Liên hiệp các Hội Khoa học và Kỹ thuật" in a province's plan linked to the national union; "Trung ương
    # Mặt trận Tổ quốc Việt Nam" split at "Trung ương"; units of a ministry with no pattern ("Thanh tra Bộ Xây dựng"
    # read as the ministry, "Trung tâm thông tin" dropped); committees of Quốc hội before 2025 and other bodies with
    # no entry come out unknown with the verb kept ("Ủy ban Pháp luật chủ trì thẩm tra", "Ủy ban Tài chính, Ngân sách
    # chủ trì thẩm tra", "Viện Nghiên cứu lập pháp phối hợp chuẩn bị dự thảo", "Ủy ban Đối ngoại") or are dropped
    # ("Thường trực Ủy ban Pháp luật", "Ban soạn thảo do UBTVQH thành lập", read as "UBTVQH"), "Thường trực Hội đồng
    # Dân tộc" read as "Hội đồng Dân tộc"; a Sở's unit in brackets unknown or split ("Ban Thi đua - Khen thưởng", "Chi
    # Cục Dân số - Xã hội"); group phrases cut short or mis-split ("Các doanh nghiệp cung cấp dịch vụ bưu chính / viễn
    # thông" read as "Các doanh nghiệp", "Viện, Trường" dropped, "Doanh nghiệp, Sở, ban, ngành có liên quan" one
    # coll.other group, "Sở, ban ngành liên quan" coll.other, "Các trường: Đại học, Cao đẳng, Trung cấp ..." split
    # into three unknowns, "Đài Truyền hình và các cơ quan thông tấn, báo chí tại địa phương" read as Đài Truyền hình
    # Việt Nam, "Các cơ quan quản lý các lĩnh vực trọng điểm tại điểm d ..." not read); "Hiệp hội Doanh nghiệp" of a
    # province read as the collective of associations; a colon list of communes ("Ủy ban nhân dân các xã: Gia Thuận,
    # Tân Điền, ...") read as the commune collective; extra mentions ("Quốc hội" out of "Tổng Thư ký Quốc hội -Văn
    # phòng Quốc hội", "Sở" out of the typo "Sở Sở Công thương"). With the fixes made for set 6 (not for this set),
    # the same set read 0.729 / 0.723 / 0.582: they barely carried over. After fixing this set's classes (a level word
    # of a name's own - "các" in "Liên hiệp các Hội" - does not stop the issuer's twin; a national body followed by
    # "tỉnh X" is X's twin; a department named with its province for "tỉnh"; "Thường trực" or "Trung ương" before a
    # body is part of it; a verb cuts an unknown body; the issuer's level for central and ministry issuers; a unit
    # head right before a ministry; bare heads listed are a group; a unit in brackets after a body is its sub-unit; a
    # dash joins the halves of a name; "xã hội" is no commune; the zones board goes on over more zones; a national
    # body's "Chi nhánh ..." is its branch; colon lists of communes; a head of two words names a body in lower case;
    # "liên quan" and "tham gia" close a group): precision 0.923 (131/142), recall 0.929, cells whole 0.873;
    # coordinating recall 0.963, whole 0.921. Left: "Ban soạn thảo do UBTVQH thành lập" and the standing body inside
    # its brackets, "Đài Truyền hình và các cơ quan thông tấn, báo chí tại địa phương" (one group to a reader), "Các
    # trường: Đại học, Cao đẳng, Trung cấp ..." (a colon list of kinds), "Hiệp hội Doanh nghiệp" of a province, "Doanh
    # nghiệp, Sở, ban, ngành có liên quan" (two groups to this reader, one to set 4's for a like list), "Các cơ quan
    # quản lý các lĩnh vực trọng điểm tại điểm d ...", the extra "Quốc hội" and "Sở".
    # 0.021 (3/142)
    "agencies_v7": {"mentions_gold": 141, "precision": 0.92, "recall": 0.92, "cell_accuracy": 0.87,
                    "unknown_share": 0.025, "coordinating": {"cells": 38, "recall": 0.96, "cell_accuracy": 0.92}},
    # Eighth set (seventh pass of issue 14): 86 cells, 200 mentions (45 coordinating cells, 107 mentions) from
    # documents no earlier set used (Nghị quyết 109/NQ-CP 2026; Công điện 226/CĐ-TTg; Kế hoạch 144/KH-UBND of Bắc
    # Ninh, Quyết định 2853/QĐ-UBND of Thành phố Hồ Chí Minh, Kế hoạch 1026/KH-UBND and Quyết định 98/2025/QĐ-UBND of
    # Nghệ An, Chỉ thị 010/CT-UBND and Kế hoạch 0129/KH-UBND of Đắk Lắk, Kế hoạch 624/KH-UBND of Hà Tĩnh), labelled
    # and committed before its only run, which came after the fixes for sets 6 and 7. First run 2026-12-05, the honest
    # figure for text never seen, held as floors: precision 0.858 (175/204), recall 0.875 (175/200), cells whole
    # 0.709, unknown share 0.039; coordinating cells: recall 0.897 (96/107), whole 0.778. Misses by class: groups
    # followed by what they do ("các bộ, cơ quan tham mưu, đề xuất", "Các bộ, cơ quan rà soát"); a colon list's last
    # item with a clause ("Quốc phòng theo chức năng, nhiệm vụ ..."); generic enterprise groups read as one enterprise
    # ("Tập đoàn kinh tế, Tổng công ty", "các Tổng công ty Điện lực", "Tập đoàn, tổng công ty, doanh nghiệp nhà
    # nước"); two known groups of one sector joined by "và" read as one ("Các địa phương và cơ quan, đơn vị liên
    # quan"); a provincial body named bare in a province's plan ("Liên đoàn Lao động"); kinds of schools listed
    # ("trường đại học, cao đẳng", "Các cơ sở đào tạo đại học, sau đại học"); a zones board naming "Khu chế xuất và
    # công nghiệp"; a group with its level in it ("các sở, ban, ngành, đơn vị Thành phố liên quan"); a body with its
    # level after it ("Văn phòng HĐND - UBND cấp xã"); "hội, đoàn thể" merged with the political-social organisations;
    # "Bộ Tư lệnh Thành phố". After fixing the classes (a lower-case group piece ends at the verb of an assignment; a
    # colon list ends at a clause opener; generic enterprise groups - "Tập đoàn kinh tế", a bare "Tổng công ty", "các
    # Tổng công ty ..." - are enterprises as a group, and a generic group's sector comes from its words; a province's
    # body named bare is the province's; "cấp xã" after a commune's body is its level; a zones board's zones may share
    # "khu"): precision 0.945 (190/201), recall 0.950, cells whole 0.884; coordinating recall 0.944, whole 0.911.
    # Left: "Các địa phương và cơ quan, đơn vị liên quan" (two groups to this reader; "và" joins one group in set 6's
    # "các Hiệp hội và Doanh nghiệp ..."), a shared "có liên quan" read over the list, kinds of schools listed, "Các
    # cơ sở đào tạo đại học, sau đại học", "Bộ Tư lệnh Thành phố", "hội, đoàn thể".
    # group too, which this set's reader left out (the bodies in brackets only)
    "agencies_v8": {"mentions_gold": 200, "precision": 0.94, "recall": 0.94, "cell_accuracy": 0.87,
                    "unknown_share": 0.02, "coordinating": {"cells": 45, "recall": 0.94, "cell_accuracy": 0.91}},
    # Ninth set (eighth pass of issue 14): 97 cells, 191 mentions (43 coordinating cells, 79 mentions), mostly bodies
    # named in "Tổ chức thực hiện" sections and "chủ trì, phối hợp với ..." phrases of documents no earlier set used
    # (Kế hoạch 159, 160, 165/KH-UBND of Cần Thơ; 0124, 0130/KH-UBND and 012/CT-UBND of Đắk Lắk; 982/KH-UBND of Nghệ
    # An; 4385/QĐ-BVHTTDL; Công điện 217, 228/CĐ-TTg; Thông báo 637/TB-VPCP; Kết luận 212, 221-KL/TW; Quyết định 892,
    # 798, 28/2026/QĐ-TTg; Nghị quyết 113, 126/NQ-CP ...), labelled and committed before its only run, which came
    # after the fixes for sets 6, 7 and 8. First run 2026-12-05, the honest figure for text never seen, held as
    # floors: precision 0.786 (154/196), recall 0.806 (154/191), cells whole 0.649, unknown share 0.010; coordinating
    # recall 0.810, whole 0.698. Misses by class: group phrases this reader reads whole split or dropped ("các ngành,
    # các cấp", "Các đoàn thể, tổ chức xã hội", "các cơ quan, đơn vị, địa phương, doanh nghiệp", "các cơ quan có thẩm
    # quyền", "các cơ quan chức năng (của Nhà nước)", "Các Trung tâm y tế", "các tổ chức thành viên", "các cấp ủy
    # Đảng", "ngành công thương"); "Ủy ban nhân dân cấp tỉnh" in a central text read as the issuer's province (a
    # reader: all provinces); "Ban Thường vụ Tỉnh ủy, Thành ủy" in a PM's directive; a province's body with "tỉnh"
    # after a national name ("Mặt trận Tổ quốc Việt Nam tỉnh" before "và"); a colon list's last item before "và" ("Tài
    # chính và Ủy ban nhân dân tỉnh, thành phố"); a long central list (Quyết định 28/2026/QĐ-TTg) with bare kinds;
    # units of a ministry or a Sở named bare ("Ban Quản lý dự án" of Bộ Y tế, "Trung tâm Kiểm soát bệnh tật tỉnh");
    # "Cục ..., Bộ Công an" read as one mention; central committees with no entry ("Hội đồng quản lý bảo hiểm xã hội",
    # "Ban Chỉ đạo quốc gia về ..."). After fixing classes (head nouns without their marks only in text typed without
    # marks - "quy tập" is no "quỹ"; qualifiers of purpose - "có thẩm quyền", "chức năng", "thành viên", "các cấp";
    # generic groups joined by a comma even after "các"; "các" + a head noun is bodies of a kind as a group; in a
    # central text a province's body named bare is every province's - "Ủy ban nhân dân cấp tỉnh", "Tỉnh ủy, Thành ủy";
    # a national body with a bare "tỉnh" is the province's twin; a colon list ends at "và" + a new body; a known name
    # in lower case glued to an unknown body is part of it; a body "các cấp" is a group): precision 0.865 (173/200),
    # recall 0.906, cells whole 0.794; coordinating recall 0.924, whole 0.860. Left: readings this set does not share
    # with earlier ones (one group or two for "Các đoàn thể, tổ chức xã hội" and "các cơ quan, đơn vị, địa phương,
    # doanh nghiệp"; a Sở's centre and a ministry's project board as their sub-units; "Cục ..., Bộ Công an" as the Cục
    # alone), the long list of Quyết định 28/2026/QĐ-TTg, "ngành công thương", "các cấp ủy Đảng", a range of provinces
    # "từ Hà Tĩnh đến Khánh Hòa".
    "agencies_v9": {"mentions_gold": 191, "precision": 0.86, "recall": 0.9, "cell_accuracy": 0.79,
                    "unknown_share": 0.02, "coordinating": {"cells": 43, "recall": 0.92, "cell_accuracy": 0.86}},
    # Tenth set (ninth pass of issue 14): 58 cells, 117 mentions (24 coordinating cells, 61 mentions) from documents
    # no earlier set used (the "Cơ quan phụ trách" column of a 2026 report of the Lào Cai People's Committee office on
    # industrial clusters; Công văn 174/CV-BCĐ 2025 of the Government's steering committee; Nghị quyết 74/NQ-CP 2025),
    # labelled and committed before its only run, which came after the fixes for sets 6 to 9. First run 2026-12-05,
    # the honest figure for text never seen, held as floors: precision 0.866 (103/119), recall 0.880 (103/117), cells
    # whole 0.810, unknown share 0; coordinating recall 0.902, whole 0.833. Misses: wards named like a former province
    # ("UBND phường Yên Bái", "UBND phường Lào Cai" read as the group of communes plus the province); a commune-level
    # body or group with "cấp xã" and "hoặc" ("Ban Quản lý dự án đầu tư xây dựng cấp xã hoặc Trung tâm dịch vụ tổng
    # hợp cấp xã"); "các chủ đầu tư hạ tầng cụm công nghiệp"; "Ban Chỉ đạo của Chính phủ" cut at "của"; "các Bộ, ngành
    # trung ương và các địa phương" read as one known group (two to this reader); a consortium ("Liên danh ...");
    # "tỉnh (thành) ủy" and a bare "Hội đồng nhân dân" in a central list. After two class fixes (a ward or commune
    # named like a province is that commune; an unknown body ending in "của" + a known body is one name): precision
    # 0.914, recall 0.906, cells whole 0.862.
    "agencies_v10": {"mentions_gold": 117, "precision": 0.91, "recall": 0.9, "cell_accuracy": 0.86,
                     "unknown_share": 0.01, "coordinating": {"cells": 24, "recall": 0.9, "cell_accuracy": 0.83}},
    # Eleventh set (held-out check of issue 14): 104 cells, 209 mentions (17 coordinating cells, 26 mentions) from
    # documents no earlier set used - ten 2025-2026 drafts of the Lâm Đồng People's Committee and its Đề án 06
    # steering committee (plans on drugs and on CCHC emulation, a conference's conclusions, directives, the data
    # steering committee's founding decision) and one of Bình Thuận (vpubnd49/VBAI), Công văn 5973/UBND-KT 2026 of Lào
    # Cai, Thông báo 659 and 641/TB-VPCP and Công điện 223/CĐ-TTg of November 2025 - with lead cells, partner phrases,
    # "X chủ trì, phối hợp với Y" clauses and attendees, members, addressees and Nơi nhận (role other); labelled and
    # committed before its only run, which came after the fixes for sets 6 to 10. First run 2026-12-05, the honest
    # figure for text never seen, held as floors (rounded down; the unknown share as a ceiling): precision 0.870
    # (180/207), recall 0.861 (180/209), cells whole 0.740 (77/104), unknown share 0.024 (5/207); coordinating cells:
    # recall 0.846 (22/26), whole 0.765 (13/17). Misses by class: a name cut by the verb after it or by a gloss ("Sở
    # Văn hóa Thể thao Du lịch chủ trì" kept whole, "Báo và Đài Phát thanh, Truyền hình Lâm Đồng", "Báo và Phát thanh
    # Truyền hình Lâm Đồng" without its comma, "Ngân hàng Nhà nước CN Khu vực 10", "Trưởng ban Quản lý các Khu Công
    # nghiệp tỉnh", "Trưởng Ban Quản lý các khu công nghiệp" dropped); Party bodies of a Tỉnh ủy ("Ban Nội chính Tỉnh
    # ủy", "Ủy ban kiểm tra Tỉnh ủy") split into "Tỉnh ủy" and "Ủy ban"; police unit codes (C04, PV01, PC04, PH10)
    # unread or unknown; a regional command ("Bộ tư lệnh Vùng Cảnh sát biển 3") dropped or unknown, "lực lượng Bộ đội
    # Biên phòng" dropped; central bodies with no entry ("Văn phòng Tổng Bí thư", "Trung tâm dự báo khí tượng thủy văn
    # quốc gia") unknown or not a ministry's unit; group phrases cut or dropped ("các doanh nghiệp cung cấp dịch vụ an
    # toàn thông tin ...", "các cơ quan truyền thông, báo chí", "cấp ủy, chính quyền địa phương khu vực biên giới, cửa
    # khẩu và trên biển", "lực lượng chuyên trách phòng, chống tội phạm về ma túy ...", "các đơn vị quân đội, công an
    # đóng trên địa bàn", "cơ quan chức năng" after "chỉ đạo", "các sở, ngành, địa phương của thành phố Đà Nẵng"), a
    # group running into its clause ("Các bộ, ngành trên cơ sở nhiệm vụ được giao"); a company's provincial unit
    # ("VNPT Lâm Đồng") split into the group and the province; a unit with its ministry after a dash kept whole ("Ban
    # TĐKT Trung ương - BNV") or the ministry alone ("C04 - Bộ Công an"); a Phòng with its provincial body after a
    # comma split; a colon list's head read as a group ("Các Tập đoàn: EVN, ..."); a bracketed qualifier read as a
    # group ("(kể cả các địa phương khu vực lân cận)"). The classes were then fixed as mechanisms
    # (tests/test_agencies.py SET11_CLASSES): a chunk naming a known body ends at its verb; titles of a rank on the
    # body's head noun, titles in a row; a Party committee's body whose own words were left over; a Phòng with its
    # provincial branch; unit codes (data); a numbered region's body is a regional branch; a company's unit in a
    # province; "CN" for "Chi nhánh"; verbs in small letters naming the bodies acted on; "phòng, chống" no separator;
    # a class noun ("lực lượng"); a group "của" a province; "trên cơ sở" ends a group; a qualifier listed on after a
    # comma; two gazetteer entries. After: precision 0.967 (203/210), recall 0.971 (203/209), cells whole 0.923,
    # unknown 0.005; coordinating recall 0.923, whole 0.882 (tuned: no longer held out). Left: "C04 - Bộ Công an" and
    # "Ban TĐKT Trung ương - BNV" read whole, as set 4's "Vụ X - Bộ Y" convention says (the set 11 labels take the
    # unit alone: the two conventions disagree); "các cơ quan truyền thông, báo chí"; "cấp ủy, chính quyền địa phương
    # khu vực biên giới, cửa khẩu và trên biển"; "các đơn vị quân đội, công an đóng trên địa bàn"; "... của lực lượng
    # Công an, Hải quan".
    "agencies_v11": {"mentions_gold": 209, "precision": 0.96, "recall": 0.96, "cell_accuracy": 0.91,
                     "unknown_share": 0.01, "coordinating": {"cells": 17, "recall": 0.92, "cell_accuracy": 0.88}},
    # Twelfth set (held-out check of issue 14): 137 cells, 282 mentions (14 coordinating cells, 23 mentions) from
    # documents no earlier set used - four conclusions of April 2026 and twenty letters, decisions and reports of
    # August 2025 - April 2026 of the Lâm Đồng People's Committee and its Đề án 06 steering committee (vpubnd49/VBAI
    # files no set or tests/real names: CCHC indices, drug control, Đề án 06, the women's-advancement board, the
    # labour-safety council, the cyber-incident team's members, lawyers' bar, youth, veterans' and other
    # associations), 2026 letters of the Lào Cai Sở Công Thương, Thông báo 81-TB/TW, Kết luận 157-KL/TW with Hướng dẫn
    # 31-HD/BTCTW, Công văn 17899/BTC-VP, Quyết định 172/QĐ-BCĐPTCNBD, Kế hoạch 54/KH-UBND of Thái Nguyên and Nghị
    # quyết 81/2025/UBTVQH15 - with lead cells, partner phrases, "X chủ trì, phối hợp với Y" clauses and members,
    # attendees, addressees, senders and Nơi nhận (role other); labelled and committed before its only run, which came
    # after the fixes for sets 6 to 11. First run 2026-12-05, the honest figure for text never seen, held as floors
    # (rounded down; the unknown share as a ceiling): precision 0.648 (190/293), recall 0.674 (190/282), cells whole
    # 0.496 (68/137), unknown share 0.099 (29/293); coordinating cells: recall 0.783 (18/23), whole 0.714 (10/14).
    # Misses by class: associations, bars, funds and founding committees with no entry unknown (Đoàn Luật sư, Hội Liên
    # hiệp Thanh niên, Hội Cựu Công an nhân dân, Hội Cựu quân nhân Quân đoàn II, Ban Vận động ...); companies and bank
    # branches not read by their head or split (Ngân hàng TMCP ..., Ngân hàng MB chi nhánh, Chi nhánh ... - Vimico,
    # Doanh nghiệp tư nhân, Xí nghiệp ... - Công ty ..., Viễn thông Lâm Đồng, MobiFone Vùng 3, a province or a state
    # group split off a company's name); a unit followed by its body after a comma split or its unit dropped (Trung
    # tâm/Ban/Văn phòng/Phòng of a Sở, a Chi cục, a procuracy, the military command, the provincial police) and wards
    # named with a dash cut ("UBND phường Xuân Hương - Đà Lạt", "Phường 1 - Bảo Lộc", "xã Đinh Văn - Lâm Hà"); "X - Bộ
    # Y" kept whole (set 4's convention against the set 9/11 labels) and units of Bảo hiểm xã hội Việt Nam unread;
    # police forces and a Cục of Bộ Công an with no entry ("Cảnh sát giao thông", "Cục Cảnh sát điều tra tội phạm về
    # ma túy") unknown or linked to C06; "Ban Thường trực"/"TT." and titles ("Phó Bí thư Thường trực", "Quản lý")
    # misread; groups running into their verb or losing their qualifier, or dropped ("các cơ quan nhà nước có liên
    # quan đến ...", "Các đơn vị hoạt động hóa chất ...", "các Trung tâm Y tế khu vực"); "Tỉnh, thành ủy" / "các tỉnh,
    # thành ủy" (elided "ủy") split; bare department names and codes after "các sở, ngành:" read as ministries or
    # unknown ("Tài chính; Nội vụ", "TC; XD; CT; YT ..."); known names cut ("Chi cục Thuế khu vực XIII", "Tổ Công tác
    # triển khai Đề án 06 Chính phủ", "Công an TP Hồ Chí Minh", "Đảng uỷ Mặt trận Tổ quốc Việt Nam"); a bracketed
    # abbreviation ("(VCCI)") read as a second mention; bodies after a clause verb dropped ("là cơ quan thường trực
    # Ban Vì sự tiến bộ ...", "Họp Hội đồng Nghĩa vụ quân sự tỉnh", "Đội ứng cứu sự cố"). Classes then fixed as
    # mechanisms (tests/test_agencies.py SET12_CLASSES): a body with a head noun and a local level word; a commune
    # named with its former district after a dash, and a commune unit with its commune after a comma; a colon list's
    # separator found outside brackets; a bracketed short name of the same body; banks and firms by their head and
    # with their province; a group's predicate openers; "Ban Thường trực" before a body; department codes in a colon
    # list; a region's number; the Ministry of Public Security's departments by name; "Thường trực" after a title;
    # "Công an" + a province; a title's word after a name's dash; a person's unit written as an address after the
    # title. After: precision 0.794, recall 0.809, cells whole 0.679 (tuned; the floors stay at the first run's
    # figures, rounded down, so the first run stays the record).
    "agencies_v12": {"mentions_gold": 282, "precision": 0.64, "recall": 0.67, "cell_accuracy": 0.49,
                     "unknown_share": 0.1, "coordinating": {"cells": 14, "recall": 0.78, "cell_accuracy": 0.71}},
    # Thirteenth set (held-out check of issue 14): 51 cells, 104 mentions (6 coordinating cells, 14 mentions) from
    # documents no earlier set used, of kinds and issuers new to the sets - the draft Đề án of the Hà Nội technology
    # exchange (9/2025, huyvq8/skhcnHN), Quyết định 2858/QĐ-UBND of Hà Nội (10/6/2025, a local change of a detailed
    # urban plan, districts still standing), Quyết định 2093/QĐ-BYT (24/6/2025, procedures of the prevention field)
    # and a 2025 appendix of procedures of Lai Châu (Tungbeoi/Vietlexibot); labelled and committed before its only
    # run, which came after the fixes for sets 6 to 12. First run 2026-12-05, the honest figure for text never seen,
    # held as floors (rounded down; the unknown share as a ceiling): precision 0.570 (61/107), recall 0.587 (61/104),
    # cells whole 0.314 (16/51), unknown share 0.065 (7/107); coordinating cells: recall 0.714 (10/14), whole 0.500
    # (3/6). Misses by class: a body whose name ends with the city ("Sàn Giao dịch công nghệ Hà Nội", "Công ty cổ phần
    # Sàn ... Hà Nội", "Trung tâm Giao dịch công nghệ thường xuyên Hà Nội", "Sở Quy hoạch - Kiến trúc Hà Nội") read as
    # the city alone; "Sở Quy hoạch - Kiến trúc" cut at its dash ("Sở Quy hoạch") or, bare after "các Sở, ban,
    # ngành:", unknown; "X - Học viện Chính trị quốc gia Hồ Chí Minh" (a project board of the Academy) split into a
    # provincial body and the Academy, and "Cục Tác chiến - Bộ Tổng tham mưu" read as the unknown "Bộ Tổng tham mưu";
    # "X - VPCP", "X - VPB" kept whole, "Cổng Thông tin điện tử - Bộ Y tế" split with the unit unknown; a bracketed
    # parent kept inside the unit ("Cục Đổi mới sáng tạo (Bộ KH&CN)"); "Cục Phòng bệnh" (no entry) unread or with no
    # parent; "Văn phòng Bộ" read as "Bộ" (a group); "Thanh tra Sở Xây dựng" read as the department; the city's
    # People's Committee by its short names ("UBND" bare, "UBND Hà Nội" cut to "Hà Nội", the misprint "UNBD Thành phố
    # Hà Nội" cut to "Thành phố Hà Nội"); groups cut or split ("các viện - trường", "doanh nghiệp KH&CN" -> "doanh
    # nghiệp" + the ministry "KH&CN", "các sàn quốc gia/địa phương khác", "các tỉnh, thành" -> "thành", "các Vụ, Cục"
    # -> "các Vụ", "các Sở Y tế các tỉnh, thành phố ..." and "Sở Y tế tỉnh, thành phố trực thuộc TƯ" split at the
    # province, "các trường đại học lớn trong nước có uy tín" losing its qualifier, "Xây dựng và các cơ quan liên quan
    # của Thành phố" joined and unknown); "Cơ quan chuyên môn về y tế thuộc Uỷ ban nhân dân cấp tỉnh" split into an
    # unknown and the provinces; names after a colon list of a group ("Các quỹ đầu tư: VinaCapital, ...") dropped for
    # the group; bodies with no cue dropped ("NIC Hòa Lạc", "các tổ chức quốc tế", "nhân dân", "Hội đồng tư vấn thẩm
    # định", "Ban thường vụ Đảng ủy Học viện ..."). Classes then fixed as mechanisms (tests/test_agencies.py
    # SET13_CLASSES): a name inside prose, a dash inside a name, a bare place ending a name, legal forms, class labels
    # with members, groups in prose, "Chánh Văn phòng/Thanh tra X", Cục/Vụ as units, "UBND <place>", departments of
    # every province, bodies "thuộc" a group, role labels, dash-joined units of central bodies. After: precision
    # 0.835, recall 0.827, cells 0.647, unknown 0.010 (tuned). Still missed: the dash-joined "X - VPCP", "X - Bộ Y
    # tế", "Ban QLDA ... - Học viện ..." kept whole with the parent (the convention of sets 5, 11 and 12 for "Phòng X,
    # Sở Y"; this set's labels give the unit alone), the bracketed parent, "Sàn Giao dịch ..." (no head noun), "NIC
    # Hòa Lạc", "nhân dân", bare "UBND", "doanh nghiệp KH&CN", "các viện - trường", "Hội đồng tư vấn thẩm định" in
    # small letters.
    "agencies_v13": {"mentions_gold": 104, "precision": 0.56, "recall": 0.58, "cell_accuracy": 0.31,
                     "unknown_share": 0.07, "coordinating": {"cells": 6, "recall": 0.71, "cell_accuracy": 0.5}},
    # Fourteenth set (held-out check of issue 14): 136 cells, 266 mentions (21 coordinating cells, 29 mentions) from
    # documents of a commune's Fatherland Front and election bodies (xã Lương Minh, Quảng Ninh, 11/2025-01/2026; Quảng
    # Ninh's provincial Front; xã Phố Bảng, Tuyên Quang: LaHieu11/baucu-luongminh), a domain and a level no earlier
    # set used; labelled and committed before its only run, which came after the fixes for set 13. First run
    # 2026-12-05 at 819c648, the honest figure: precision 0.498 (122/245), recall 0.459 (122/266), cells whole 0.235,
    # unknown share 0.082; coordinating cells: recall 0.483 (14/29), whole 0.381. Held as floors. Misses by class: a
    # commune body's name running on into its predicate ("Ủy ban bầu cử xã theo quy định", "UBND xã khắc phục"); bare
    # "Thường trực HĐND", "Hội đồng nhân dân", "UBND", "MTTQ", "Đảng ủy" in a commune's document not read as the
    # commune's; "Ủy ban MTTQ tỉnh" read as the commune's Front in a commune's document; election bodies with no entry
    # ("Ủy ban bầu cử xã", "Ban bầu cử", "Tổ bầu cử", "Hội đồng bầu cử quốc gia"); groups of the commune ("các tổ chức
    # thành viên", "đoàn thể xã", "Ban công tác Mặt trận thôn", "các thôn", "chi hội, chi đoàn ở thôn") lost, cut or
    # read as bodies; the commune's branches of mass organisations read as the national ones.
    "agencies_v14": {"mentions_gold": 266, "precision": 0.49, "recall": 0.45, "cell_accuracy": 0.23,
                     "unknown_share": 0.09, "coordinating": {"cells": 21, "recall": 0.48, "cell_accuracy": 0.38}},
    # Fifteenth set (held-out check of issue 14, after the fixes of sets 13 and 14): 104 cells, 208 mentions (24
    # coordinating cells, 45 mentions) from seven documents no earlier set used: Quyết định 2028/QĐ-UBND of Cao Bằng
    # (the Sở Nội vụ's procedures: its Phòng, centre and desks), 2920/QĐ-UBND of Hà Tĩnh (the Sở Nội vụ's structure),
    # 163/2025/ QĐ-CTUBND of Ninh Bình and 95/2025/QĐ-UBND of Nghệ An (tnt305/tai_lieu_noi_bo), Thông tư
    # 33/2026/TT-BCA and 148/2025/ TT-BTC (the ministries' own Cục and Vụ) and Nghị định 191/2026/NĐ-CP (the
    # Government's working rules; hrmaster1982-dev/phapluat-8chude-data); labelled and committed before its only run.
    # First run 2026-12-05 at a82a7d2, the honest figure for text never seen after this session's work: precision
    # 0.592 (122/206), recall 0.587 (122/208), cells whole 0.413, unknown share 0.039; coordinating cells: recall
    # 0.733 (33/45), whole 0.500. Held as floors. Misses by class: a department's unit named after its head with no
    # separator ("Phòng Tổ chức bộ máy và Công chức, viên chức Sở Nội vụ", "Văn thư Sở Nội vụ", "Bộ phận tiếp nhận và
    # trả kết quả của Sở Nội vụ") cut or read as the department; abbreviations of provincial bodies ("TTPVHCC", "Trung
    # tâm CB-TH", "Cổng TTĐT", "VP UBND", "Đoàn ĐBQH") unread; a ministry's unit named with a comma in its name ("Cục
    # Pháp chế và cải cách hành chính, tư pháp") cut or run into its predicate; a department's centres ("Trung tâm Lưu
    # trữ lịch sử tỉnh" of the Sở Nội vụ) read as provincial bodies where the labels read units; role groups ("Cơ
    # quan, đơn vị phối hợp tổ chức thi", "cơ quan chủ trì soạn thảo") cut at the comma or lost; "Lãnh đạo Sở" / "lãnh
    # đạo Bộ" with no name.
    "agencies_v15": {"mentions_gold": 208, "precision": 0.59, "recall": 0.58, "cell_accuracy": 0.41,
                     "unknown_share": 0.04, "coordinating": {"cells": 24, "recall": 0.73, "cell_accuracy": 0.5}},
    # Sixteenth set (120 cells, 267 mentions, 55 coordinating cells; Hà Nội's task appendix of March 2026 and a Thành
    # ủy department's plan, QĐ 2610/QĐ-UBND Cần Thơ, QĐ 125/2025/QĐ-UBND Huế, QĐ 1147-QĐ/BTGDVTW, QĐ 4001/QĐ-BKHCN;
    # labelled by hand and committed at 426ba9e before its only run), first run 2026-12-05 at 5229628, after the fixes
    # of sets 14 and 15's classes that session: precision 0.664, recall 0.629, cells 0.467, unknown 0.075;
    # coordinating recall 0.741, cells 0.527. Held as floors. What it showed: Hà Nội's "TP" for the city ("Văn phòng
    # UBND TP", "Thường trực HĐND TP", "Cổng TTĐT TP") not read; abbreviations of departments and boards never seen
    # ("Sở NNMT", "Sở QHKT", "Công an TPHN", "BQL Khu CNC HN", "Quỹ ĐTPT TP"); a university's member school after a
    # dash ("Trường ĐH Kinh tế-ĐH Quốc gia Hà Nội"); lists of kinds of body with a qualifier cut at their commas ("các
    # viện, trường, cơ sở nghiên cứu, thí nghiệm trên địa bàn Thành phố"); a name's "kinh tế - xã hội" cut at its
    # dash; "Căn cứ ..." lines, read as one reference where the labels name the bodies in them; a group run into its
    # predicate ("Ủy ban nhân dân cấp xã tiếp nhận, xem xét").
    "agencies_v16": {"mentions_gold": 267, "precision": 0.66, "recall": 0.62, "cell_accuracy": 0.46,
                     "unknown_share": 0.08, "coordinating": {"cells": 55, "recall": 0.74, "cell_accuracy": 0.52}},
    # Seventeenth set (113 cells, 231 mentions, 42 coordinating; Đồng Nai CV 11016/UBND-KTNS, TP.HCM CV 4001/UBND-ĐT
    # and CV 5155/SGDĐT, 89/VBHN-BQP, Công điện 96/CĐ-BXD, Chỉ thị 24/CT-TTg, Kết luận 155-KL/TW, Thông báo
    # 432-TB/VPTW, An Giang and Đắk Lắk legal-text tracking sheets; labelled by hand and committed at 0fb3d6a before
    # its only run), first run 2026-12-05 at 55fd328, after the fixes of set 16's classes: precision 0.765, recall
    # 0.719, cells 0.558, unknown 0.051; coordinating recall 0.653, cells 0.5. Held as floors.
    "agencies_v17": {"mentions_gold": 231, "precision": 0.76, "recall": 0.71, "cell_accuracy": 0.55,
                     "unknown_share": 0.06, "coordinating": {"cells": 42, "recall": 0.65, "cell_accuracy": 0.5}},
    # Eighteenth set (104 cells, 208 mentions, 40 coordinating; Hà Nội's air-pollution letter and commune-merger plan
    # of 2025, Quyết định 1032/QĐ-BKHCN, land procedures of Bộ Nông nghiệp và Môi trường, Hà Tĩnh decisions, a Lâm
    # Đồng plan, a Bộ Tài chính department's 2026 tracking sheet, a Bảo hiểm xã hội Việt Nam letter; labelled by hand
    # and committed at fa3b610 before its only run), first run 2026-12-05 at 67de44c, after the fixes of sets 16 and
    # 17: precision 0.668, recall 0.659, cells 0.452, unknown 0.015; coordinating recall 0.703, cells 0.5. Held as
    # floors. What it showed: a colon list of departments cut after its ";" ("Các sở: ...; Giáo dục và Đào tạo");
    # "UBND Thành phố" read as the generic committee where the labels read the city; a person's title before a group
    # dropped where the labels keep it ("Chủ tịch UBND các phường, xã"); a known group run on over "và" and its next
    # group ("UBND các phường, xã và lực lượng chức năng ..."); "cơ quan báo chí, truyền hình" cut at its comma; "cơ
    # quan thuế" after a group's comma folded into it; a group "của"/"thuộc" two ministries read as the ministries.
    "agencies_v18": {"mentions_gold": 208, "precision": 0.66, "recall": 0.65, "cell_accuracy": 0.45,
                     "unknown_share": 0.02, "coordinating": {"cells": 40, "recall": 0.7, "cell_accuracy": 0.5}},
    # Nineteenth set (93 cells, 161 mentions, 31 coordinating; Công điện 231/CĐ-TTg, three Bộ Văn hóa, Thể thao và Du
    # lịch letters with no letterhead on their pages, Quy định 384-QĐ/TW, Nghị định 305/2025/NĐ-CP, Công văn
    # 17986/BTC-CT, 11306/VPCP-NN and 11583/VPCP-CN of late 2025; labelled by hand and committed at 4258c24 before its
    # only run), first run 2026-12-05 at d3b77c7, the session's last code: precision 0.662, recall 0.646, cells 0.462,
    # unknown 0.051; coordinating recall 0.535, cells 0.387. Held as floors. What it showed: a ministry's own units in
    # its letters read with no parent where the page prints no issuer ("Vụ Pháp chế", "Cục Điện ảnh", "Văn phòng Bộ");
    # a minister's title kept by the labels ("Bộ trưởng Bộ Nông nghiệp và Môi trường"); "cơ quan chức năng của Bộ X"
    # read as the ministry; a colon list's item run into its predicate ("Công an chủ động chỉ đạo"); "Vụ Tổ chức cán
    # bộ" cut at "bộ".
    "agencies_v19": {"mentions_gold": 161, "precision": 0.66, "recall": 0.64, "cell_accuracy": 0.46,
                     "unknown_share": 0.06, "coordinating": {"cells": 31, "recall": 0.53, "cell_accuracy": 0.38}},
    # Twentieth set (122 cells, 265 mentions, 38 coordinating; letters, plans and decisions of 2025 of Hà Nội, Đồng
    # Nai, Gia Lai, Bắc Ninh, Cà Mau, Cần Thơ, Vĩnh Long, Lai Châu, Hà Tĩnh, Quảng Ngãi, of Văn phòng Chính phủ, the
    # Prime Minister, Bộ Tài chính, Bộ Y tế, Bộ Nội vụ, the Fatherland Front and the Labour Confederation; labelled by
    # hand and committed at 24df2b2 before its only run), first run 2026-12-05 at e60bee9: precision 0.795, recall
    # 0.732, cells 0.549, unknown 0.016; coordinating recall 0.742, cells 0.579. Held as floors. What it showed: lists
    # of collectives cut or run together at their commas and "và" ("các cơ quan thông tin, truyền hình, báo chí"; "Ủy
    # ban nhân dân xã, phường và cơ quan thuế"; "các hiệp hội, đại lý thuế, công ty kế toán"); a collective run into
    # its predicate ("các cơ quan có liên quan nghiên cứu kiến nghị"); unnamed partners dropped ("đơn vị tư vấn", "chủ
    # đầu tư", "Ban Công tác Mặt trận", "công đoàn cơ sở"); abbreviations of a recipients' list ("TT.TU", "TT.HĐNDTP",
    # "Tổ chức CTXHTP"); a body's unit in brackets or after a dash ("Cục KSTTHC (VP Chính phủ)", "Cục Kiểm soát TTHC -
    # VPCP"); "Cơ quan Bảo hiểm xã hội tỉnh, thành phố" cut after "Cơ quan".
    "agencies_v20": {"mentions_gold": 265, "precision": 0.79, "recall": 0.73, "cell_accuracy": 0.54,
                     "unknown_share": 0.02, "coordinating": {"cells": 38, "recall": 0.74, "cell_accuracy": 0.57}},
    # Twenty-first set (113 cells, 270 mentions, 63 coordinating; assignment clauses as printed in 22 documents of
    # 2025: Đồng Nai, Bắc Ninh, Hải Phòng, Đồng Tháp, Lai Châu, Hà Nội, Kiên Giang; Government công điện and nghị
    # quyết; five ministries; Nghị quyết 72-NQ/TW; the joint resolution of the UBTVQH and the Front on meetings with
    # voters; labelled by hand and committed at fcd8f12 before its only run), first run 2026-12-05 at 257be3d, the
    # session's code after the fixes of sets 18-20: precision 0.712, recall 0.696, cells 0.504, unknown 0.042;
    # coordinating recall 0.664, cells 0.54. Held as floors. What it showed: forces named as a class ("lực lượng Kiểm
    # lâm", "Cơ quan Công an", "chủ rừng") read as nothing or as the provincial police; bodies named by their level
    # relative to another ("Ủy ban nhân dân cùng cấp", "Thường trực Hội đồng nhân dân cấp trên", "... cấp dưới");
    # "Đoàn đại biểu Quốc hội" bare in a provincial text read as a group where the labels read the province's
    # delegation; "Mặt trận Tổ quốc" bare without an issuer read as the central committee where the labels read a
    # group; names running into their predicate ("Tập đoàn Vingroup tiếp tục"); a misspelt ministry ("Thể thạo") not
    # matched.
    "agencies_v21": {"mentions_gold": 270, "precision": 0.71, "recall": 0.69, "cell_accuracy": 0.5,
                     "unknown_share": 0.05, "coordinating": {"cells": 63, "recall": 0.66, "cell_accuracy": 0.53}},
    # Twenty-second set (99 table cells, 155 mentions, 57 coordinating; the lead and coordinating columns of tables in
    # circulars and a resolution as the Công báo prints them: TT 10/2023/TT-BKHĐT, 10 and 11/2023/TT-BLĐTBXH, 03/2025,
    # 19/2022 and 20/2024/TT-BKHĐT, 02/2025/TT-BLĐTBXH, 52/2026/TT-BTC, NQ 17/2026/NQ-CP; labelled by hand and
    # committed at 1c3c38d before its only run), first run 2026-12-05 at 257be3d: precision 0.81, recall 0.80, cells
    # 0.737, unknown 0.0; coordinating recall 0.771, cells 0.667. Held as floors. What it showed: groups qualified by
    # "có liên quan đến công tác chuyên môn" cut at "có liên quan"; a group "thuộc" two bodies ("thuộc Chính phủ, Quốc
    # hội") cut at the comma; ministries' units written as initials ("Cục ĐTNN", "Cục QLĐKKD", "TCTK") not linked;
    # "Thống kê tỉnh, thành phố" read as a group (the labels read the provincial office, as sets 19 and 20).
    "agencies_v22": {"mentions_gold": 155, "precision": 0.8, "recall": 0.79, "cell_accuracy": 0.73,
                     "unknown_share": 0.01, "coordinating": {"cells": 57, "recall": 0.77, "cell_accuracy": 0.66}},
    # Twenty-third set (123 cells, 229 mentions, 80 coordinating cells: the lead and coordinating columns of the
    # appendix tables of Kế hoạch 275/KH-UBND 2025 and 188/KH-UBND 2026 of Huế and Quyết định 382/QĐ-TTg 2025, and
    # assignment clauses of Kế hoạch 75/KH-UBND 2026 of Ninh Bình and Quyết định 509/QĐ-TTg 2024; labelled by hand and
    # committed at 553510b before its only run), first run 2026-12-05 at 38ed773: precision 0.918, recall 0.882, cells
    # 0.805, unknown 0.009; coordinating recall 0.876, cells 0.775. Held as floors. What it showed: a provincial body
    # written as initials ("TTBT Di tích Cố đô Huế", "TTXTĐT, TM&HTDN") read as the province or unknown; groups of
    # businesses named by their trade ("Các cơ sở kinh doanh dịch vụ du lịch", "Các điểm du lịch dịch vụ", "Các đối
    # tác truyền thông") dropped; a colon list of airlines ("Các hãng hàng không: Vietjet, ...") dropped; bodies the
    # gazetteer lacks under another name ("Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ doanh nghiệp", "Sở VH&TT")
    # left without an id; "Giáo hội Phật giáo thành phố" dropped.
    "agencies_v23": {"mentions_gold": 229, "precision": 0.91, "recall": 0.88, "cell_accuracy": 0.8,
                     "unknown_share": 0.01, "coordinating": {"cells": 80, "recall": 0.87, "cell_accuracy": 0.77}},
    # Twenty-fourth set (108 cells, 195 mentions, 27 coordinating cells: the assignment clauses of Quyết định
    # 147/QĐ-TTg 2020, a Bộ Văn hóa, Thể thao và Du lịch decision of 2023 on night-time tourism, Quyết định
    # 1074/QĐ-BXD 2026, Công văn 7432/UBND-XD 2026 of Lào Cai and Quyết định 74/2025/QĐ-UBND of Hà Nội; labelled by
    # hand and committed at 3766e10 before its only run), first run 2026-12-05 at 2443832: precision 0.844, recall
    # 0.918, cells 0.704, unknown 0.014; coordinating recall 0.977, cells 0.815. Held as floors. What it showed: a
    # body's name running on into its clause ("Ban Quản lý ... thành phố Hà Nội cấp giấy phép xây dựng ..."); groups
    # named by what they manage or their field ("Các Sở quản lý công trình xây dựng chuyên ngành Thành phố", "cơ quan
    # chuyên môn về xây dựng", "các tổ chức xã hội - nghề nghiệp về du lịch") dropped or cut; a ministry's units
    # heading a clause ("Thanh tra Bộ:", "Quỹ Hỗ trợ phát triển du lịch:") read as the ministry or unknown.
    "agencies_v24": {"mentions_gold": 195, "precision": 0.84, "recall": 0.91, "cell_accuracy": 0.7,
                     "unknown_share": 0.015, "coordinating": {"cells": 27, "recall": 0.97, "cell_accuracy": 0.81}},
    # Twenty-fifth set (124 cells, 235 mentions, 30 coordinating cells: Kế hoạch 252/KH-BCĐQG1237 2013, Quyết định
    # 254/QĐ-UBND 2023 of Sơn La, 518/QĐ-UBND 2023 of Bình Định, 3210/QĐ-UBND 2014 of TP. Hồ Chí Minh, 16/2010/QĐ-UBND
    # of Lai Châu and 768/QĐ-TTg 2025; district bodies, abbreviations, state groups; labelled by hand and committed at
    # 28f888c before its only run), first run 2026-12-05 at 1b28ea9 (after set 24's fixes): precision 0.767, recall
    # 0.702, cells 0.629, unknown 0.037; coordinating recall 0.685, cells 0.70. Held as floors.
    "agencies_v25": {"mentions_gold": 235, "precision": 0.76, "recall": 0.7, "cell_accuracy": 0.62,
                     "unknown_share": 0.04, "coordinating": {"cells": 30, "recall": 0.68, "cell_accuracy": 0.7}},
    # Twenty-sixth set (153 cells, 317 mentions, 25 coordinating cells: eleven documents of 2011-2025 - Quyết định
    # 773/QĐ-TTg 2018, 22/2013/QĐ-TTg, Chỉ thị 31/CT-TTg 2012, Thông tư 98/2013/TT-BTC and 40/2012/TT-BTC, and
    # decisions of Quảng Ngãi, Bình Thuận (a table), Tuyên Quang, Gia Lai and Đồng Tháp; pre-2025 names, district
    # bodies, acronyms; labelled by hand and committed at 2cb15df before its only run), first run 2026-12-05 at
    # b561770 (after set 25's fixes): precision 0.781, recall 0.823, cells 0.66, unknown 0.03; coordinating recall
    # 0.821, cells 0.60. Held as floors.
    "agencies_v26": {"mentions_gold": 317, "precision": 0.78, "recall": 0.82, "cell_accuracy": 0.65,
                     "unknown_share": 0.031, "coordinating": {"cells": 25, "recall": 0.82, "cell_accuracy": 0.6}},
    # Twenty-seventh set (141 cells, 332 mentions; 102 lead or coordinating: Nghị định 308/2025/NĐ-CP on cultural
    # heritage - its procedures, 95 cells -, Quyết định 2817/QĐ-UBND 2025 of TP. Hồ Chí Minh (a table) and five 2025
    # provincial decisions as pages quote them; labelled by hand and committed at d9d53a3 before its only run), first
    # run 2026-12-05 at 5be72b7 (after every fix of the eighth session): precision 0.621, recall 0.648, cells 0.376,
    # unknown 0.032; deadlines 43/43. Held as floors. What it showed: a decree's bodies named by what they do, at a
    # level ("cơ quan chuyên môn về văn hóa cấp tỉnh", "cơ quan tham mưu, quản lý nhà nước về di sản văn hóa ở trung
    # ương"), repeated through long procedural sentences, are cut or lost; councils ("Hội đồng thẩm định cấp chuyên
    # ngành"); UNESCO and its committee.
    "agencies_v27": {"mentions_gold": 332, "precision": 0.62, "recall": 0.64, "cell_accuracy": 0.37,
                     "unknown_share": 0.033, "coordinating": {"cells": 3, "recall": 0.75}},
    # Twenty-eighth set (157 cells, 439 mentions; 96 lead, 35 coordinating: Nghị quyết 01/NQ-CP 2014 on the year's
    # tasks, Quyết định 389/QĐ-BCT 2014 (a ministry assigning its own Vụ, Cục, Tổng cục), 244/QĐ-TTg 2014, 124/QĐ-TTg
    # 2014 and 123/QĐ-TTg 2010, Word .doc files of LuatVietnam's store; labelled by hand by a helper before any run),
    # first run 2026-12-05 (ninth session) at 229cec8: precision 0.833, recall 0.843, cells 0.535, coordinating recall
    # 0.855, unknown 0.025; deadlines 43/48. After its classes were fixed (tuned: a lead verb ends a name even after
    # its head, a region after a group is part of it, a colon list's item running into the predicate is cut and a
    # group item ends the list): 0.868 / 0.872, cells 0.611, unknown 0.011. The floors hold the tuned figures.
    "agencies_v28": {"mentions_gold": 439, "precision": 0.86, "recall": 0.87, "cell_accuracy": 0.61,
                     "unknown_share": 0.012, "coordinating": {"cells": 35, "recall": 0.85}},
    # Twenty-ninth set (158 cells, 369 mentions, 134 of them groups; 85 lead, 27 coordinating: Quyết định 03/2014 and
    # 04/2014/QĐ-TTg - two Quy chế that hand work to defined roles, "các Bộ", "Cơ quan chủ trì" -, Nghị định
    # 02/2014/NĐ-CP, Quyết định 68/QĐ-TTg, 22/QĐ-BCT and 115/QĐ-BNN-TCLN of 2014, Word .doc files of LuatVietnam's
    # store; labelled by hand by a helper before any run), first run 2026-12-05 (ninth session) at 98eb710, after
    # every fix of that session: precision 0.598, recall 0.572, cells 0.323, coordinating recall 0.677, unknown 0.048;
    # deadlines 43/45. Held as floors. Three classes fixed after it (tuned: a head inside a word, "cơ sở y tế" read
    # "Sở Y tế"; a proposer's body holding a document's word, "Bộ Kế hoạch và Đầu tư", read as a reference; "<head>
    # trưởng" titles): 0.618 / 0.583.
    "agencies_v29": {"mentions_gold": 369, "precision": 0.59, "recall": 0.57, "cell_accuracy": 0.32,
                     "unknown_share": 0.049, "coordinating": {"cells": 27, "recall": 0.67}},
    # Thirtieth set (73 cells, 160 mentions; 16 lead, 12 coordinating: four 2026 text PDFs of the Lào Cai People's
    # Committee - Công văn 193/UBND-KT on industrial explosives, two investor approvals 2170 and 2463/QĐ-UBND, the
    # delegation 1696/QĐ-UBND - labelled by hand by a helper before any run), first run 2026-12-05 (tenth session) at
    # a50d146: precision 0.786, recall 0.850, cells 0.589, coordinating recall 0.821, unknown 0.029; deadlines 37/42.
    # Its classes fixed in the eleventh session (tuned now): groups in prose ("kiến nghị cơ quan có thẩm quyền sửa
    # đổi"), "chính quyền địa phương và cơ quan liên quan" as two groups, "Tổ chức, doanh nghiệp ..." as one, "Trung
    # tâm Thông tin và Hội nghị tỉnh" whole, forces in prose, a count after a company's name: precision 0.833, recall
    # 0.906, cells 0.671, coordinating recall 0.929. Still open: a unit joined to its ministry by a dash keeps the
    # ministry out of its mention (sets 11-13 label it so; this set takes it in), a group's "hoạt động trong lĩnh vực
    # ..." tail, "TT. Tỉnh ủy".
    "agencies_v30": {"mentions_gold": 160, "precision": 0.83, "recall": 0.9, "cell_accuracy": 0.67,
                     "unknown_share": 0.03, "coordinating": {"cells": 12, "recall": 0.92}},
    # Thirty-first set (125 cells, 264 mentions; 62 lead, 41 coordinating: three 2026 Government decrees read from the
    # Công báo text - 142/2026/NĐ-CP on AI, 138/2026/NĐ-CP on vocational skills, 152/2026/NĐ-CP on civil judgment
    # enforcement - and four Lào Cai People's Committee letters of 2026, labelled by hand by a helper before any run),
    # first run 2026-12-05 (eleventh session) at 4a979dd, after set 30's classes were fixed: precision 0.788, recall
    # 0.761, cells 0.616, coordinating recall 0.786, unknown 0.012; deadlines 49/54. Its classes fixed the same
    # session (tuned now): a named level and "và cơ quan có liên quan" two groups, a colon list of communes ending at
    # its predicate, a known group keeping its id under its qualifier, offices named by their function in prose ("cơ
    # quan thi hành án dân sự"): precision 0.820, recall 0.830, cells 0.672, coordinating recall 0.869.
    "agencies_v31": {"mentions_gold": 264, "precision": 0.81, "recall": 0.82, "cell_accuracy": 0.67,
                     "unknown_share": 0.013, "coordinating": {"cells": 41, "recall": 0.86}},
    # Thirty-second set (126 cells, 279 mentions; 61 coordinating cells: the Lào Cai Quy chế on industrial clusters,
    # Quyết định 16/2026/QĐ-UBND, three 2026 Government decrees - 170, 158 and 148/2026/NĐ-CP - and Thông tư
    # 03/2024/TT-BLĐTBXH, labelled by hand by a helper before any run), first run 2026-12-06 (twelfth session) at
    # e7ac7d8: precision 0.745, recall 0.735, cells 0.540, coordinating recall 0.652, unknown 0.022. Its classes fixed
    # the same session (tuned now): a ministry's headless name in small letters ("xây dựng", "tài chính") no ministry,
    # an issuer's code in a symbol ("3499/TTr-SCT") no body, "ban hành ..." no Ban, a province after "trên địa
    # bàn"/"tại" a place, a level after a noun ("tổ chức ... cấp xã") no group of its own, committees then other
    # bodies two groups, a unit before its ministry one mention, establishments named by function ("cơ sở giam giữ
    # phạm nhân"): precision 0.818, recall 0.789, cells 0.659, coordinating recall 0.748, unknown 0.007.
    "agencies_v32": {"mentions_gold": 279, "precision": 0.81, "recall": 0.78, "cell_accuracy": 0.65,
                     "unknown_share": 0.008, "coordinating": {"cells": 61, "recall": 0.74}},
    # Thirty-third set (128 cells, 223 mentions, 39 coordinating cells: Quyết định 211/2025/QĐ-UBND of Hải Phòng,
    # 79/2025/QĐ-UBND of Bắc Ninh, 11/2026/QĐ-UBND of Lào Cai, Thông tư 28/2024/TT-BKHĐT, Nghị định 207/2026/NĐ-CP),
    # labelled by a helper while the twelfth session's fixes were made and run once when they were done (8901e41):
    # precision 0.782, recall 0.758, cells 0.641, coordinating recall 0.782, unknown 0.019 (at e7ac7d8, before them:
    # 0.754 / 0.758 / 0.586). Not tuned on: a check, its floors its first run. Misses: "Vụ Pháp chế xem xét hồ sơ"
    # (a unit run into its verb: the tagger's clause rule wants a second verb), a ministry's own units without their
    # parent, abbreviated distribution lists ("TT.TU", "THA TP"). After the first of those classes (a ministry's
    # standard unit ends before what it does, same session): 0.826 / 0.807, cells 0.695, coordinating 0.909 (tuned).
    "agencies_v33": {"mentions_gold": 223, "precision": 0.82, "recall": 0.80, "cell_accuracy": 0.69,
                     "unknown_share": 0.02, "coordinating": {"cells": 39, "recall": 0.90}},
    # Thirty-fourth set (143 cells, 333 mentions, 45 coordinating cells: Quyết định 137/2025/QĐ-UBND of Đồng Tháp, a
    # 2026 report of Lào Cai, Nghị định 185, 127 and 118/2026/NĐ-CP, Thông tư 81/2025/TT-BCA), labelled by a helper
    # before any run; first run at 1d83830 (the thirteenth session's start): precision 0.655, recall 0.697, cells
    # 0.420, coordinating recall 0.677, unknown 0.037 - the lowest first run since set 29. Misses: groups in prose
    # ("các tổ chức chứng nhận Halal trong nước", "chính quyền địa phương cấp xã"), names run into their predicate in
    # small letters ("Cục Kế hoạch và tài chính tình hình đối tượng"), a force's unit ("Bảo hiểm xã hội Công an nhân
    # dân"), another state's government linked to ours ("chính phủ nước ngoài", fifteen times, silent). After those
    # classes (a body's units in every place, "TT." before a body, a cited document ends a name, another state's
    # body no mention, a headless ministry name opening a clause its verb, a national body's branch in a ministry's
    # force): 0.735 / 0.724, cells 0.517, unknown 0.018; with the session's later classes (a group up to its role
    # verb, local government at a level, the country's name, a document's symbol) 0.772 / 0.754, cells 0.552 (tuned).
    "agencies_v34": {"mentions_gold": 333, "precision": 0.77, "recall": 0.75, "cell_accuracy": 0.55,
                     "unknown_share": 0.01, "coordinating": {"cells": 45, "recall": 0.68}},
    # Thirty-fifth set (140 cells, 326 mentions, 42 coordinating cells: Nghị định 188/2025/NĐ-CP, two Lâm Đồng reports
    # of 2025-2026 on drug control, two Bình Thuận Công văn of 2024, Công văn 5141/SNNMT-KS 2025 of Lào Cai), labelled
    # by a helper while the thirteenth session's fixes were made and run once when they were done (83147c6):
    # precision 0.622, recall 0.626, cells 0.386, coordinating recall 0.621, unknown 0.037 (at 1d83830, before them:
    # 0.605 / 0.617 / 0.379, coordinating 0.609). A check, its floors its first run; four classes fixed after it
    # ("ban hành Quyết định" no body, a force's branch running into its verb, "xã hội" no commune, a document's
    # symbol no body): 0.642 / 0.632; the fourteenth session's classes (a force's branch no rule read, "cơ quan bảo
    # hiểm xã hội" the system's offices, "tính đến ngày" ...): 0.693 / 0.678, coordinating 0.713.
    "agencies_v35": {"mentions_gold": 326, "precision": 0.69, "recall": 0.67, "cell_accuracy": 0.45,
                     "unknown_share": 0.02, "coordinating": {"cells": 42, "recall": 0.71}},
    # Thirty-sixth set (142 cells, 342 mentions, 40 coordinating cells: Nghị định 167/2026, 155/2026, 233/2025/NĐ-CP,
    # two Lâm Đồng reports of 2026, Công văn 6795/SNNMT-KS 2026 of Lào Cai), labelled by a helper while the fourteenth
    # session's first fixes were made, run once at f256e67: precision 0.720, recall 0.690, cells 0.444, coordinating
    # 0.644, unknown 0.015 (50f023b, the session's start: the same, coordinating 0.632). Its classes fixed since (a
    # reference opening a clause of assignment, a force's branch, a name's auxiliary or time phrase, kinds of body
    # listed before a group, a list of ministries after a unit, a system's offices): 0.794 / 0.789, coordinating 0.770.
    "agencies_v36": {"mentions_gold": 342, "precision": 0.79, "recall": 0.78, "cell_accuracy": 0.5,
                     "unknown_share": 0.02, "coordinating": {"cells": 40, "recall": 0.77}},
    # Thirty-seventh set (165 cells, 436 mentions, 48 coordinating cells: Thông báo 537 and 541/TB-VPCP, Công điện 186
    # and 192/CĐ-TTg of 2025 - scans, their text corrected against the pages -, Nghị quyết 79/2025/NQ-HĐND of Hà Nội,
    # Thông tư 56/2025/TT-BCT), labelled by a helper while the fourteenth session's later fixes were made, run once
    # at ae6ed86 when they were all done: precision 0.749, recall 0.768, cells 0.479, coordinating 0.779, unknown
    # 0.025 (50f023b, the session's start: 0.729 / 0.748 / 0.442, coordinating 0.762). A check: its floors its first run.
    "agencies_v37": {"mentions_gold": 436, "precision": 0.74, "recall": 0.76, "cell_accuracy": 0.47,
                     "unknown_share": 0.03, "coordinating": {"cells": 48, "recall": 0.77}},
    # Thirty-eighth set (170 cells, 322 mentions, 50 coordinating cells: five Hải Dương plans and notices of 2022-2023,
    # four of them the Sở Thông tin và Truyền thông's own, a Quảng Ngãi Chỉ thị of 2018), labelled by a helper at the
    # fifteenth session's start, run at 7397a6b before any fix: precision 0.672, recall 0.643, cells 0.500,
    # coordinating 0.676, unknown 0.049 (with the letterhead as issuer). Tuned on since (a department's own "Sở",
    # systems without their level, brackets of members, abbreviations ...): 0.794 / 0.780, coordinating 0.794.
    "agencies_v38": {"mentions_gold": 322, "precision": 0.79, "recall": 0.77, "cell_accuracy": 0.62,
                     "unknown_share": 0.02, "coordinating": {"cells": 50, "recall": 0.79}},
    # Thirty-ninth and fortieth sets, the session's checks, labelled while its fixes were made and run once after them
    # (8e730b0). Set 39 (142 cells, 305 mentions, 12 coordinating: four Công điện, a Quyết định of the Prime Minister
    # and a Bộ Tài chính Công văn of 10/2025, scans): 0.646 / 0.689, cells 0.451, coordinating 0.897, unknown 0.055.
    # Set 40 (161 cells, 468 mentions, 40 coordinating: three Quảng Ngãi texts of 2024, a Chỉ thị and three Công điện
    # of the Prime Minister of 10/2025): 0.798 / 0.778, cells 0.578, coordinating 0.781, unknown 0.053. Floors: the
    # first runs.
    "agencies_v39": {"mentions_gold": 305, "precision": 0.64, "recall": 0.68, "cell_accuracy": 0.45,
                     "unknown_share": 0.06, "coordinating": {"cells": 12, "recall": 0.89}},
    "agencies_v40": {"mentions_gold": 468, "precision": 0.79, "recall": 0.77, "cell_accuracy": 0.57,
                     "unknown_share": 0.06, "coordinating": {"cells": 40, "recall": 0.78}},
    # Forty-first set (96 cells, 187 mentions, 28 coordinating: a Công điện of the Prime Minister, a Thông báo and a
    # Công văn of the Văn phòng Chính phủ with a Bộ Xây dựng letter, 10/2025; two Quảng Ngãi Thông báo of 2024-2025 and
    # a Hải Dương draft plan of 2023), labelled by a helper in the seventeenth session while its first fixes were made,
    # run once at 20bdaee: precision 0.750, recall 0.818, cells 0.615, coordinating 0.797, unknown 0.044 (7b07e65, the
    # session's start: the same but cells 0.604). Floors: the first run.
    "agencies_v41": {"mentions_gold": 187, "precision": 0.75, "recall": 0.81, "cell_accuracy": 0.61,
                     "unknown_share": 0.05, "coordinating": {"cells": 28, "recall": 0.79}},
    # Forty-second set (110 cells, 215 mentions, 13 coordinating: a Công điện of the Prime Minister and two Công văn
    # of the Văn phòng Chính phủ of 10/2025, scans; a Bộ Thông tin và Truyền thông letter with its model provincial
    # plan of 2023, a Sở Thông tin và Truyền thông Hải Dương plan of 2022, a ward's Công văn of Đồng Tháp 2026),
    # labelled by a helper in the seventeenth session and run once at c96275b, after the session's fixes of sets
    # 38-41: precision 0.767, recall 0.735, cells 0.573, coordinating 0.630, unknown 0.024 (7b07e65, the session's
    # start: 0.738 / 0.721, cells 0.564, coordinating 0.556). Floors: the first run.
    "agencies_v42": {"mentions_gold": 215, "precision": 0.76, "recall": 0.73, "cell_accuracy": 0.57,
                     "unknown_share": 0.03, "coordinating": {"cells": 13, "recall": 0.63}},
    # Forty-third set (101 cells, 218 mentions, 17 coordinating: Quyết định 08/2022/QĐ-TTg on rent support, Công văn
    # 9766 and 9703/VPCP-CN of 10/2025 (scans), Nghị quyết 66.16/2026/NQ-CP, a Lào Cai Công văn 3686/UBND-XD of 2026),
    # labelled by a helper in the eighteenth session while its first fix was made, run once at e277d30: precision
    # 0.863, recall 0.894, cells 0.703, coordinating 0.919, unknown 0.022 (the same at 9047100, the session's start).
    # Floors: the first run.
    "agencies_v43": {"mentions_gold": 218, "precision": 0.86, "recall": 0.89, "cell_accuracy": 0.70,
                     "unknown_share": 0.03, "coordinating": {"cells": 17, "recall": 0.91}},
    # Forty-fourth set (108 cells, 223 mentions, 26 coordinating: a Sở Công Thương Lào Cai report, a joint working
    # minute and two Công văn on industrial clusters of 2026, a conference paper of the UBND tỉnh Điện Biên of 2025, a
    # ward office's Công văn of 2026), labelled by a helper in the eighteenth session and run once at 3aed322, after the
    # session's fixes of sets 20-43: precision 0.832, recall 0.843, cells 0.639, coordinating 0.792, unknown 0.009
    # (the same at 9047100, the session's start: those fixes moved nothing here). Floors: the first run.
    "agencies_v44": {"mentions_gold": 223, "precision": 0.83, "recall": 0.84, "cell_accuracy": 0.63,
                     "unknown_share": 0.01, "coordinating": {"cells": 26, "recall": 0.79}},
    # Forty-fifth set (124 cells, 421 mentions, 12 coordinating; 85 lead TABLE cells: the "Cơ quan Chuẩn bị" and "Lãnh
    # đạo Chủ trì" columns of three monthly work programmes of the UBND tỉnh Hà Tĩnh, 2017, and Quyết định 585/QĐ-TTg
    # 2010's appendices), labelled by a helper in the eighteenth session and run once at fd4bc33: precision 0.782,
    # recall 0.705, cells 0.355, coordinating 0.641, unknown 0.032 (the same at 9047100). The lowest first run since
    # set 29: a provincial office's shorthand ("TT + VP Tỉnh ủy", "Sở KH&ĐT") and 2010 names. Floors: the first run.
    "agencies_v45": {"mentions_gold": 421, "precision": 0.78, "recall": 0.70, "cell_accuracy": 0.35,
                     "unknown_share": 0.04, "coordinating": {"cells": 12, "recall": 0.64}},
    # Forty-sixth set (141 cells, 312 mentions, 30 coordinating: Công điện 232/CĐ-TTg, Công văn 10988/BNV-CQĐP and
    # fifteen provincial Quyết định of 11-12/2025 with "Giao Sở ... chủ trì, phối hợp với ..." clauses and Nơi nhận
    # lists, as thuvienphapluat.vn printed them), labelled by a helper in the nineteenth session and run once at
    # a5c3bb0, the session's start: precision 0.844, recall 0.830, cells 0.688, coordinating 0.885, unknown 0.016.
    # Floors: the first run.
    "agencies_v46": {"mentions_gold": 312, "precision": 0.84, "recall": 0.83, "cell_accuracy": 0.68,
                     "unknown_share": 0.02, "coordinating": {"cells": 30, "recall": 0.88}},
    # Forty-seventh set (160 cells, 464 mentions, 35 coordinating: three Công điện of the Thủ tướng, a Nghị quyết of the
    # Chính phủ, Thông báo kết luận and Công văn of the Văn phòng Chính phủ, a Bộ Nội vụ assignment, a Bộ Quốc phòng VBHN,
    # and Hà Nội, Lạng Sơn, Đồng Nai, Bắc Ninh and Cao Bằng documents of 4-12/2025 as thuvienphapluat.vn and news pages
    # print them), labelled by a helper in the twentieth session and run once at bf42a93, the session's start:
    # precision 0.777, recall 0.812, cells 0.537, coordinating 0.892, unknown 0.035. Floors: the first run.
    "agencies_v47": {"mentions_gold": 464, "precision": 0.77, "recall": 0.81, "cell_accuracy": 0.53,
                     "unknown_share": 0.04, "coordinating": {"cells": 35, "recall": 0.89}},
    # Forty-eighth set (160 cells, 349 mentions, 26 coordinating: fifteen provincial Quyết định and a Nghị quyết of
    # 11/2025 - Bắc Ninh, Nghệ An, Đồng Nai, Hà Nội, Lâm Đồng, Cao Bằng, Lai Châu - and a Ninh Bình office's plan, as
    # thuvienphapluat.vn and a news page print them), labelled by a helper in the twentieth session and run once at
    # 821470c, after that session's fixes for set 47: precision 0.768, recall 0.777, cells 0.588, coordinating 0.911,
    # unknown 0.042 - the same figures as the session's starting code (bf42a93) gives: none of its classes recurred.
    # Floors: the first run.
    "agencies_v48": {"mentions_gold": 349, "precision": 0.76, "recall": 0.77, "cell_accuracy": 0.58,
                     "unknown_share": 0.05, "coordinating": {"cells": 26, "recall": 0.91}},
    # Forty-ninth set (158 cells, 290 mentions, 31 coordinating: Nghị định 25/2026, 26/2026 and 146/2025 of the
    # Government, Thông tư 26/2026 and 01/2026 of the Bộ Công Thương, 13/2026 of the Bộ Quốc phòng, a Lào Cai report of
    # 2026, as DOCX a Lào Cai Sở Công Thương keeps), labelled by a helper in the twenty-first session and run once at
    # 114d9b7 (the same figures as at the session's start, 57ddc5a): precision 0.839, recall 0.862, cells 0.696,
    # coordinating 0.870, unknown 0.000. Floors: the first run.
    "agencies_v49": {"mentions_gold": 290, "precision": 0.83, "recall": 0.86, "cell_accuracy": 0.69,
                     "unknown_share": 0.01, "coordinating": {"cells": 31, "recall": 0.87}},
    # Fiftieth set (162 cells, 399 mentions, 52 coordinating: the functions and structure of five central Party bodies,
    # Nghị định 25/2025 and 55/2025 and a decree on the Bộ Tài chính, Nghị quyết 05/2025/NQ-CP, a decree on enforcing
    # fines, the Prime Minister's conclusions on social housing, as thuvienphapluat.vn and the Government portal print
    # them), labelled by a helper in the twenty-first session while that session's fixes were made, and run once at
    # f77733c, after them: precision 0.746, recall 0.782, cells 0.519, coordinating 0.866, unknown 0.017 (at the
    # session's start, 57ddc5a: 0.743, 0.782, 0.506: none of its classes recurred). Floors: the first run.
    "agencies_v50": {"mentions_gold": 399, "precision": 0.74, "recall": 0.78, "cell_accuracy": 0.51,
                     "unknown_share": 0.02, "coordinating": {"cells": 52, "recall": 0.86}},
    # Fifty-first set (169 cells, 347 mentions, 16 coordinating: Quyết định of Cao Bằng, Lai Châu, Đồng Nai (two), Cần
    # Thơ and Phú Thọ of 11/2025 on procedures, delegation, public assets and dykes; three Công điện of the Prime
    # Minister on the floods and the economy and a Công văn of the Government's steering committee, 11/2025, as
    # thuvienphapluat.vn prints them), labelled by a helper in the twenty-second session and run once at 41eba9e, the
    # session's first commit (an unnamed group's collective from its nouns, drawn from sets 1-50): precision 0.742,
    # recall 0.761, cells 0.503, coordinating 0.818, unknown 0.008. Floors: the first run.
    "agencies_v51": {"mentions_gold": 347, "precision": 0.74, "recall": 0.76, "cell_accuracy": 0.50,
                     "unknown_share": 0.01, "coordinating": {"cells": 16, "recall": 0.81}},
    # Fifty-second set (207 cells, 372 mentions, 59 coordinating: Kế hoạch 134/KH-UBND and four Công văn of 2026 of
    # Lào Cai (the UBND tỉnh, its Đảng ủy, its Sở Công Thương), Quyết định 2200/QĐ-BNNMT 2026 and Công văn
    # 9389/BNNMT-BĐKH 2025 of the Bộ Nông nghiệp và Môi trường, Kế hoạch 09/KH-BTNMT 2024, two with task tables, as
    # Trangsct/skill-sct keeps their text), labelled by a helper in the twenty-second session while that session's fixes
    # were made, and run once at fbff928, after them: precision 0.811, recall 0.820, cells 0.647, coordinating 0.845,
    # unknown 0.024 (at the session's start, 1625175: the same; none of its classes recurred). Floors: the first run.
    "agencies_v52": {"mentions_gold": 372, "precision": 0.81, "recall": 0.82, "cell_accuracy": 0.64,
                     "unknown_share": 0.03, "coordinating": {"cells": 59, "recall": 0.84}},
    # Fifty-third set (193 cells, 393 mentions, 49 coordinating: Nghị quyết 88/NQ-CP 2022, Quyết định 232/QĐ-TTg 2025
    # and Chỉ thị 13/CT-TTg 2024, Quyết định 836/QĐ-BXD 2019, Chương trình hành động 31-CTr/TW 2026, Lào Cai's Quyết
    # định 3556/QĐ-UBND and Chương trình 104-CTr/TU 2026, a ward's Thông báo 831/TB-UBND 2026; four with task tables, as
    # Trangsct/skill-sct keeps their text), labelled by a helper at the end of the twenty-second session and run once at
    # bc29e01, the session's last change: precision 0.812, recall 0.837, cells 0.674, coordinating 0.879, unknown 0.007
    # (at the session's start, 1625175: 0.802, 0.827, 0.658, 0.871). Floors: the first run.
    "agencies_v53": {"mentions_gold": 393, "precision": 0.81, "recall": 0.83, "cell_accuracy": 0.67,
                     "unknown_share": 0.01, "coordinating": {"cells": 49, "recall": 0.87}},
    # Fifty-fourth set (208 cells, 432 mentions, 32 coordinating: Quyết định 896/QĐ-TTg 2022, 334/QĐ-TTg 2023 and
    # 1422/QĐ-TTg 2024, Thông báo 467/TB-VPCP 2024, Nghị quyết 66.25/2026/NQ-CP, Công văn 8388/BTC-QLCS 2026, Lào Cai's
    # Quyết định 2867 and 2272/QĐ-UBND and Công văn 8129/UBND-KT 2026; "Tổ chức thực hiện" paragraphs, Căn cứ and Nơi
    # nhận lines as Trangsct/skill-sct keeps their text), labelled blind by a helper at the start of the twenty-third
    # session, run once at the session's start (5cee8fd): precision 0.806, recall 0.829, cells 0.702, coordinating
    # 0.939, unknown 0.02. Floors: that run.
    "agencies_v54": {"mentions_gold": 432, "precision": 0.80, "recall": 0.82, "cell_accuracy": 0.70,
                     "unknown_share": 0.03, "coordinating": {"cells": 32, "recall": 0.93}},
    # Fifty-fifth set (156 cells, 295 mentions, 7 coordinating: Công văn 648/VPCP-NN 2022 and 9416/VPCP-QHQT 2023,
    # Nghị quyết 235/NQ-CP 2026, Quyết định 699/QĐ-BNNMT 2026, Báo cáo 452/BC-TTCP 2026 (OCR text); Bình Thuận's and Lâm
    # Đồng's letters, decisions and drafts of 2025 on associations, from vpubnd49/VBAI), labelled blind by a helper at
    # the start of the twenty-fourth session, run once on the session's starting code (055b982): precision 0.700,
    # recall 0.759, cells 0.558, coordinating 0.643, unknown 0.059. Floors: that run.
    "agencies_v55": {"mentions_gold": 295, "precision": 0.70, "recall": 0.75, "cell_accuracy": 0.55,
                     "unknown_share": 0.06, "coordinating": {"cells": 7, "recall": 0.64}},
    # Fifty-sixth set (146 cells, 395 mentions, 76 coordinating: Quyết định 419/QĐ-TTg 2017 (the REDD+ programme, its
    # whole task table) and 1775/QĐ-TTg 2012 (its task list), a draft Đề án of the Tỉnh ủy Lào Cai 2025; Trangsct/skill-
    # sct), labelled blind by a helper at the start of the twenty-fifth session, run once on the session's starting code
    # (968b03c): precision 0.835, recall 0.767, cells 0.534, coordinating 0.815, unknown 0.017. Floors: that run.
    "agencies_v56": {"mentions_gold": 395, "precision": 0.83, "recall": 0.76, "cell_accuracy": 0.53,
                     "unknown_share": 0.02, "coordinating": {"cells": 76, "recall": 0.81}},
    # Fifty-seventh set (90 cells, 176 mentions, 12 coordinating, all prose clauses: Nghị định 125/2026/NĐ-CP and
    # 147/2026/NĐ-CP from hrmaster1982-dev/phapluat-8chude-data, Quyết định 28/2025/QĐ-UBND of Lào Cai and Công văn
    # 1153/BNNMT-QLĐĐ 2026 from Trangsct/skill-sct), labelled blind by a helper at the start of the twenty-sixth
    # session, run once on the session's starting code (d2d8fa3): precision 0.923, recall 0.881, cells 0.800,
    # coordinating 0.895, unknown 0.006. Floors: that run.
    "agencies_v57": {"mentions_gold": 176, "precision": 0.92, "recall": 0.88, "cell_accuracy": 0.80,
                     "unknown_share": 0.01, "coordinating": {"cells": 12, "recall": 0.89}},
    # Fifty-eighth set (47 cells, 170 mentions, 20 coordinating: the task table of a draft Kế hoạch of the UBND tỉnh Lào
    # Cai on "Bài toán lớn số 2" 2026-2030 and the appendix of Công văn 7323/UBND-TH 2026 on the NQ 169 indicators, both
    # from Trangsct/skill-sct's dacn-sct-vn folder), labelled blind by a helper at the start of the twenty-seventh
    # session, run once on the session's starting code (3256705, with one unrelated unit rule in the working tree):
    # precision 0.880, recall 0.906, cells 0.660, coordinating 0.900, unknown 0.011. Floors: that run.
    "agencies_v58": {"mentions_gold": 170, "precision": 0.88, "recall": 0.90, "cell_accuracy": 0.66,
                     "unknown_share": 0.012, "coordinating": {"cells": 20, "recall": 0.90}},
    # Fifty-ninth set (47 cells, 76 mentions, 11 coordinating: the task tables of Quyết định 2439/QĐ-BTC 2022, the
    # Ministry of Finance's plan for reforming the tax system to 2025, as OCR text of the signed PDF in
    # teije05-art/clone-pjj-tax-legal-22dec, OCR spellings kept), labelled blind by a helper in the twenty-eighth
    # session, run once on 76e1377 (the session's first commit, not tuned on it): precision 0.527, recall 0.513, cells
    # 0.404, coordinating 0.467, unknown 0.014. Tuning material from the twenty-ninth session (39449aa: precision
    # 0.644, recall 0.618, cells 0.553, coordinating 0.800; thirtieth session's end: 0.645, 0.645, 0.574). Floors: the
    # thirtieth session's end.
    "agencies_v59": {"mentions_gold": 76, "precision": 0.64, "recall": 0.64, "cell_accuracy": 0.57,
                     "unknown_share": 0.015, "coordinating": {"cells": 11, "recall": 0.80}},
    # Sixtieth set (89 cells, 180 mentions, 14 coordinating: the task appendix and closing clauses of Nghị quyết
    # 12/NQ-CP 2023 on Hà Nội, typed text the index holds inside a test script whose repository it does not name, and
    # the units, closing clauses and Nơi nhận of Nghị định 351/2026/NĐ-CP on the Ministry of Industry and Trade, from
    # Trangsct/skill-sct), labelled blind by a helper in the twenty-eighth session, run once on ef42f29 (not tuned on
    # it): precision 0.746, recall 0.750, cells 0.528, coordinating 0.950, unknown 0.028. Tuning material from the
    # twenty-ninth session (39449aa: precision 0.888, recall 0.883, cells 0.775, coordinating 1.000, unknown 0.017;
    # the units of Nghị định 351/2026 are in the gazetteer since, from that same decree). Floors: that commit.
    "agencies_v60": {"mentions_gold": 180, "precision": 0.88, "recall": 0.88, "cell_accuracy": 0.77,
                     "unknown_share": 0.018, "coordinating": {"cells": 14, "recall": 1.0}},
    # Sixty-first set (66 cells, 151 mentions, only 2 coordinating cells: no task table; Công văn 464/TTg-CĐS 2026,
    # a scanned letter of the Prime Minister, OCR corrected by hand, and Nghị định 45/2026/NĐ-CP on state-funded IT
    # investment, both from hwolp/RAG_TongHopVBHC), labelled blind by a helper in the twenty-ninth session, run once on
    # 39449aa (not tuned on it): precision 0.783, recall 0.788, cells 0.621, coordinating 1.000, unknown 0.007.
    # Tuning material from the thirtieth session (its end: precision 0.789, recall 0.795, cells 0.636). In the thirty-
    # first, "chính quyền địa phương 02 cấp" became the model of government, no body, as 13 of 14 cells label it over
    # sets 1-62; this set's one cell labels it a body (recall 0.788). Floors: that.
    "agencies_v61": {"mentions_gold": 151, "precision": 0.78, "recall": 0.78, "cell_accuracy": 0.62,
                     "unknown_share": 0.008, "coordinating": {"cells": 2, "recall": 1.0}},
    # Sixty-second set (89 cells, 166 mentions, 18 coordinating; no task table: Chỉ thị 11/CT-UBND 2025 of the Hà Nội
    # People's Committee on the 45-day digital campaign, a scan with OCR corrected by hand, and Kế hoạch 3070/KH-UBND
    # 2024 of the town of Bỉm Sơn, Thanh Hóa, on protecting state secrets, both from Tungbeoi/Vietlexibot), labelled
    # blind by a helper in the thirtieth session, run once on ec5c5ee: precision 0.630, recall 0.699, cells 0.449,
    # coordinating 0.690, unknown 0.043. Tuning material of the thirty-first session (its classes fixed for the
    # class); floors raised in the thirty-second to where it stands: 0.774, 0.741, 0.596, 0.759, 0.013.
    "agencies_v62": {"mentions_gold": 166, "precision": 0.77, "recall": 0.74, "cell_accuracy": 0.59,
                     "unknown_share": 0.014, "coordinating": {"cells": 18, "recall": 0.75}},
    # Sixty-third set (92 cells, 242 mentions, 9 coordinating; no task table: Quyết định 2222/QĐ-TTg 2025 setting up
    # the steering committee for the Hanoi Convention's signing, and Quyết định 143/QĐ-UBQGNCT 2025, the rules of the
    # National Committee on the Elderly, both scans from m1htan/Law_in_Tech with OCR corrected by hand; a Lâm Đồng
    # draft decision on an administrative-reform working group, a .doc from vpubnd49/VBAI), labelled blind by a
    # helper in the thirty-first session, run once on 50e2f44 (not tuned on it): precision 0.783, recall 0.640,
    # cells 0.467, coordinating 0.981, unknown 0.081. Floors: that run.
    "agencies_v63": {"mentions_gold": 242, "precision": 0.78, "recall": 0.64, "cell_accuracy": 0.46,
                     "unknown_share": 0.082, "coordinating": {"cells": 9, "recall": 0.98}},
    # Sixty-fourth set (124 cells, 274 mentions, 13 coordinating; no task table: three unnumbered drafts of June 2026
    # by the Ban Thường vụ Tỉnh ủy Thanh Hóa - OKR/KPI evaluation rules, a 2026-2030 plan, the digital-competence
    # framework - a born-digital PDF of sonthkh-alt/hdndthkpi; Công điện 29/CĐ-TTg 2025 on online fraud, a scan of
    # Anh7895/congtrungtamcongnghe with OCR corrected by hand), labelled blind by a helper in the thirty-second
    # session, run once on 0111fb8 (not tuned on it): precision 0.770, recall 0.818, cells 0.573, coordinating 0.889
    # (whole 0.692), unknown 0.010. Floors: that run.
    "agencies_v64": {"mentions_gold": 274, "precision": 0.77, "recall": 0.81, "cell_accuracy": 0.57,
                     "unknown_share": 0.011, "coordinating": {"cells": 13, "recall": 0.88}},
}

DEADLINE_FLOORS: dict[str, dict] = {
    # First run 10 of 11 ("Tờ trình số: 421/..." read as a date: "số:" with a colon); 11 of 11 since.
    "deadlines_v2": {"n": 11, "accuracy": 0.97},
    "deadlines": {"n": 45, "accuracy": 0.97},
    # First run 24 of 28 (0.857): abbreviated citations ("QĐ 955/QĐ-SKHCN ngày ...", "TT 28/2018/TT-BTC") read as
    # dates or left unparsed, "tới cuối năm 2025" given a start, a span of hours losing the day's start; 28 of 28
    # since.
    "deadlines_v3": {"n": 28, "accuracy": 0.97},
    # First run 39 of 40 (0.975): "trước ngày 20 của tháng cuối quý và trước ngày 15/11 hằng năm" read as yearly
    # ("tháng cuối quý" was no quarterly cue); 40 of 40 since.
    "deadlines_v4": {"n": 40, "accuracy": 0.97},
    # First run 54 of 62 (0.871): recurring dates given in brackets or with two days ("Định kỳ hằng năm (trước ngày 15
    # tháng 12)", "trước ngày 01/6 và 15/11 hằng năm", "trước ngày 30 tháng 01 năm sau") lose their day; a text of
    # several steps keeps only its first ("Quý II/2026, từ 01/7/2026, cuối năm 2026"); a law's schedule ("Theo tiến độ
    # được giao của Luật An ninh mạng 2025") read as the year 2025; "kể từ ngày nhận Kế hoạch này", "từ ngày Quyết
    # định này có hiệu lực thi hành", "chậm nhất 01 ngày trước ngày hết hạn" left unparsed. 62 of 62 since (a "từ"
    # step between dated ends is a milestone).
    "deadlines_v5": {"n": 62, "accuracy": 0.97},
    # Sixth set, first run 2026-12-05: 54 of 61 (0.885), held as a floor. Misses: "Thường xuyên, định kỳ hằng quý báo
    # cáo ..." read as continuous (a reader: quarterly); "Theo kế hoạch ... hàng năm" read as yearly (a reader: by
    # reference to that plan); a dated step followed by upkeep ("Hoàn thành đầu tư giai đoạn 2026 - 2027, vận hành
    # thường xuyên ...", "Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục", "Hoàn thành kiểm kê lần đầu
    # trong năm 2026. Định kỳ cập nhật ...") typed by the upkeep; "... Tháng hành động năm 2025 ... trước ngày 16
    # tháng 12 năm 2025" read as milestones ending 2025-12-31 (the year in the event's name taken as a step). After
    # fixing those classes (an explicit recurrence is more precise than "thường xuyên"; a cell opening "theo" + a kind
    # of document follows that document; a completion dated with its year before a recurring upkeep keeps its period,
    # continuing; a bare year in running words before a finer deadline of that year names what is reported on) and one
    # relabel to the schema's rule (a start with continuing work is continuous with that start): 61 of 61.
    "deadlines_v6": {"n": 61, "accuracy": 0.98},
    # Seventh set, first run: 56 of 72 (0.778), held as a floor. Misses: a recurrence named without its period word
    # left with none ("định kỳ (hằng năm)", "định kỳ báo cáo ... trước ngày 20/11", "báo cáo định kỳ (trước ngày 15
    # tháng 12)": a reader, yearly; "Định kỳ 03 tháng": quarterly; "định kỳ 01 tháng 01 lần": monthly; "(01
    # lần/ngày)", "01 tuần/lần", "thứ Sáu hàng tuần": daily and weekly, which the reader has and the normalizer does
    # not); a period inside brackets never read ("Cao điểm tập trung trong 10 ngày làm việc (từ ngày 20 tháng 11 năm
    # 2025 đến ngày 03 tháng 12 năm 2025)" and "Thực hiện vét ... (từ ngày 08 đến ngày 10 tháng 12 năm 2025)" typed
    # by_reference; the two dated steps of Nghị quyết 1339's "Tiến độ", whose months are in brackets, unparsed); a day
    # range sharing its month ("từ ngày 08 đến ngày 10 tháng 12 năm 2025") unparsed; a cited document's date taken as
    # the start ("tại Kế hoạch thanh tra số 1505/KH-TTCP ngày 22/7/2025 trước ngày 26/11/2025" read as a range from
    # 22/7); references with no cue word ("Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành.", "05 ngày kể từ
    # ngày Sở Nội vụ tiếp nhận đủ giấy tờ") unparsed. After fixing these classes as mechanisms (an interval's length
    # names the recurrence, weekly and daily recurrences, a bare "định kỳ" with a yearless day and month is yearly,
    # brackets read when the text outside names no period, a day takes the next date's month, words between a document
    # and "số", "theo" anywhere and a count of days with no period are references; tests/test_deadlines.py SET7_*): 72
    # of 72, held as the floor. 56/72 stays the figure for new text.
    "deadlines_v7": {"n": 72, "right": 72},
    # Eighth set, first run 2026-12-05 (after the fixes for sets 6 and 7): 63 of 67 (0.940), held as a floor. Misses:
    # "Quý IV2026" (the year glued to the numeral) unparsed; a day and month "của năm xét tặng" / "của năm cuối kỳ kế
    # hoạch" (a year named by an event: by reference to a reader) read as a date of the decision's year; "trước ngày
    # 30 tháng 11 năm trước của năm kế hoạch" (yearly to a reader) read as a date. After fixing those classes (a Roman
    # quarter glued to its year; "của năm" + an event is by reference; "năm trước của ..." is yearly; "của năm"
    # between a date and its year): 67 of 67.
    "deadlines_v8": {"n": 67, "accuracy": 0.98},
    # Ninth set, first run 2026-12-05 (after the fixes for sets 6, 7 and 8): 65 of 68 (0.956), held as a floor.
    # Misses: a year qualifying what is paid for ("xong trước ngày 01 tháng 8 năm 2026 đối với chi phí năm 2024")
    # taken as a step; "kể từ ngày 29 tháng 4 năm 2026 đến trước ngày 01 tháng 3 năm 2027" read as open-ended (the
    # "đến trước" end lost); "Tổng điều tra lăng quăng ngay khi nước rút." (an event: by reference) unparsed. After
    # fixing those classes (an earlier year after an end qualifies what it names; "đến trước" is one end cue; "khi" /
    # "ngay khi" name an event): 68 of 68.
    "deadlines_v9": {"n": 68, "accuracy": 0.98},
    # Tenth set, first run 2026-12-05 (after the fixes for sets 6 to 9): 36 of 40 (0.900), held as a floor. Misses: a
    # council session as the time ("... tại kỳ họp giữa năm 2026": by reference to a reader) read as the year; "(thời
    # hạn 15 ngày)" unparsed; "... năm 2025 trước ngày 08/4/2025" read as a range from the year's start; a date
    # followed by weekly reports given the date as its start too. After two class fixes (a year "trước" a date of that
    # year is the date's; a duration wholly in brackets points elsewhere) and a third (the day of the week before a
    # date is a filler): 39 of 40.
    "deadlines_v10": {"n": 40, "accuracy": 0.95},
    # Eleventh set, first run 2026-12-05 (after the fixes for sets 6 to 10): 56 of 60 (0.933), held as a floor.
    # Misses: a year restated by its last day ("trong năm 2026 và tính đến hết ngày 31/12/2026") read as milestones; a
    # quarter followed by the year a result is named by ("Quý I/2027, ... chỉ số CCHC năm 2026 ...") read as
    # milestones; two consecutive years joined by "và chuyển sang" ("trong năm 2025 và chuyển sang năm 2026") read as
    # milestones, not the range; an event with no cue word ("trong thời gian mưa lũ") unparsed (a reader: by
    # reference). After the four class fixes (a date on the last day of a period already named is that period's end;
    # an earlier year after the period that opens the cell is a name; "chuyển sang" joins a range; "trong thời gian" +
    # an event is by reference; tests/test_deadlines.py SET11_CLASSES): 60 of 60, held as the floor. 56/60 stays the
    # honest figure.
    "deadlines_v11": {"n": 60, "right": 60},
    # Twelfth set, first run 2026-12-05 (after the fixes for sets 6 to 11): 61 of 68 (0.897), held as a floor. Misses:
    # a week of a month ("Dự kiến tuần 1 tháng 01 năm 2026", "Xong trước tuần 2 tháng 01/2026") read as the whole
    # month (and the "trước" lost); "từ ngày 1/7/2025, phấn đấu hoàn thành trước ngày 15/7/2025" read as open from 1/7
    # (the end after the comma lost); a year then the range that holds it ("năm 2025 và giai đoạn 2025 - 2030") read
    # as milestones; "2 lần/năm" read as yearly (six-monthly: no recurrence); an event ("Sau khi VCCI tổ chức công bố
    # kết quả PCI năm 2025") read as the year it names; "tổ chức thi công ngay, đảm bảo đúng tiến độ đề ra" unparsed
    # (a reader: by reference). Classes then fixed as mechanisms (tests/test_deadlines.py SET12_CLASSES): a week of a
    # month is a period; a start then an end in one sentence is a range; a period then the range that holds it is the
    # range; a count of times per unit repeats every unit/count; a bare year in an event's clause is a name; with no
    # period, a schedule set elsewhere is by reference. After: 68 of 68 (tuned; the floor stays at the first run's
    # figure, so the first run stays the record).
    "deadlines_v12": {"n": 68, "right": 61},
    # Thirteenth set, first run 2026-12-05 (after the fixes for sets 6 to 12): 26 of 33 (0.788), held as a floor.
    # Misses: a stage heading with no period ("1. Giai đoạn 1 - Chuẩn bị và khởi động") and a project stage ("trong
    # giai đoạn lập dự án đầu tư xây dựng") unparsed (a reader: by reference); "theo quý hoặc theo từng lĩnh vực" read
    # as by reference, not quarterly; a past event's day after "Tiếp đến ngày" read as an end with no start, not the
    # day; a cited plan's period or years ("Kế hoạch ... giai đoạn 2021-2025 của UBND Hà Nội", "Kế hoạch 58/KH-UBND
    # ... năm 2025 và định hướng đến năm 2030") read as a range / milestones, and a cited Tờ trình's day as a date
    # (the sets' convention: a cited document is no period). Classes then fixed as mechanisms (tests/test_deadlines.py
    # SET13_CLASSES): a stage of a project with no year is by reference; "theo quý" / "theo tháng" inside a sentence
    # is a recurrence (as printed, with its marks); "Tiếp đến" opening a sentence is no end cue; a cited document's
    # number may have a space before its slash, and its title's period or horizon (after its issuer and subject, or
    # before "của" and an issuing body) is the document's. After: 33 of 33 (tuned; the floor stays at the first run's
    # figure, so the first run stays the record).
    "deadlines_v13": {"n": 33, "right": 26},
    # Fourteenth set, first run 2026-12-05 at 819c648 (after the fixes for set 13): 43 of 49 (0.878), held as a floor.
    # After the fixes for set 14's classes (a term of office, "sau ngày D", "sau mỗi <event>", an event's day with its
    # date or bracket) it reads 49 of 49; the floor stays the first run.
    "deadlines_v14": {"n": 49, "right": 43},
    # Fifteenth set, first run 2026-12-05 at a82a7d2: 38 of 44 (0.864), held as a floor. Misses: a recurring day named
    # by its place in the period ("chậm nhất vào ngày làm việc đầu tiên của tháng đầu quý", "... của tháng", "thứ Năm
    # của tuần trước", "trước ngày 20 của tháng") read as by reference or unparsed; several recurrences listed ("Hằng
    # năm, 06 tháng, hằng quý") read as the first, not the most frequent; a six-monthly report's day ("báo cáo 06
    # tháng gửi chậm nhất vào ngày 25 tháng 6") read as one date. After the fixes of these classes (branch dl15): 44
    # of 44, every other set unchanged; the floor stays the first run's.
    "deadlines_v15": {"n": 44, "right": 38},
    # Sixteenth set, first run 2026-12-05 at 5229628: 40 of 42 (0.952), held as a floor. Misses: "Theo từng nhiệm vụ
    # đầu tư của năm 2026" read as the year (labelled by reference), and a blank form's "từ ngày … đến hết ngày … (03
    # ngày làm việc)" left unparsed (with its warning).
    "deadlines_v16": {"n": 42, "right": 40},
    # Seventeenth set, first run 2026-12-05 at 55fd328: 33 of 43 (0.767), held as a floor. Misses: a council session
    # named as the time ("Kỳ họp giữa năm 2026", five of them) read as the year; "Từ ngày 15 tháng 9 năm 2025 đến 30
    # tháng 11 năm 2025" read as open-ended (its end lost: the end has no "ngày"); "Trước tháng 3/2027" read as March,
    # not before it; "trong 6 tháng sau khi Chính phủ ban hành ..." read as recurring; "Quý II/năm 2026" and "Tháng
    # 12//2026" read as milestones.
    "deadlines_v17": {"n": 43, "right": 33},
    # Eighteenth set, first run 2026-12-05 at 67de44c: 38 of 41 (0.927), held as a floor. Misses: "12/2026 hoặc 1/2027
    # (tuỳ thời điểm ...)" read as milestones, not the range; "Tuỳ thuộc vào thời điểm Luật NSNN sửa đổi" left
    # unparsed (labelled by reference); a date printed with spaces inside its year ("25 / 8 /202 6") unparsed.
    "deadlines_v18": {"n": 41, "right": 38},
    # Nineteenth set, first run 2026-12-05 at d3b77c7: 31 of 33 (0.939), held as a floor. Misses: a cited letter alone
    # in brackets ("(Công văn số 282/TTg-TKBT ngày 10/11/2025)") unparsed, labelled by reference; "Trước ngày 31 tháng
    # 8 năm thứ năm của Đề án ..." (the fifth year of a project) read as a date.
    "deadlines_v19": {"n": 33, "right": 31},
    # Twentieth set, first run 2026-12-05 at e60bee9: 34 of 41 (0.829), held as a floor. Misses: a window of days in a
    # recurring text ("từ ngày 10 đến ngày 15 tháng 12" with "hằng năm") unparsed, twice; a year in an event's name
    # ("Ngày hội ... 2025") taken over the day range after it; "Tết Dương lịch, Tết Nguyên đán năm 2026" read as the
    # year (labelled by reference); "Trong quý I của năm liền kề đánh giá" read as recurring (labelled by reference);
    # "chậm nhất trong tháng 01/2026" read with no start (labelled as the month); a day in a sentence with no cue read
    # as a one-day period where the label has only its end. The first two classes are fixed (37 of 41 now).
    "deadlines_v20": {"n": 41, "right": 34},
    # Twenty-first set, first run 2026-12-05 at 257be3d: 42 of 47 (0.894), held as a floor. Misses: a watch kept
    # "12/24 giờ" / "24/24 giờ trong ngày" unparsed (labelled daily / continuous); "định kỳ trước kỳ họp thường lệ"
    # read as recurring (labelled by reference: the sessions' dates); "Từ năm 2026, ... khám sức khỏe định kỳ" read as
    # recurring (labelled open-ended: "định kỳ" qualifies the check-ups); a day and a year-end read as milestones
    # (labelled the year).
    "deadlines_v21": {"n": 47, "right": 42},
    # Twenty-second set, first run 2026-12-05 at 257be3d: 33 of 47 (0.702), held as a floor. Every deadline is a
    # report's due date in a statistical circular; misses: the reporting year written as a variable ("năm N", "năm báo
    # cáo (N)", "năm sau (N+1)") read as this year's date; several yearly due days of one report read as milestones of
    # one year; a report due twice a year (six months and the year) read as yearly (labelled with no recurrence).
    "deadlines_v22": {"n": 47, "right": 33},
    # Twenty-third set, first run 2026-12-05 at 38ed773: 42 of 43 (0.977), held as a floor. The miss: a report due
    # "trước ngày 10/12 của từng giai đoạn" (each two-year stage) read as one date (labelled recurring with no
    # recurrence).
    "deadlines_v23": {"n": 43, "right": 42},
    # Twenty-fourth set, first run 2026-12-05 at 2443832: 35 of 41 (0.854), held as a floor. The misses: the date of a
    # cited law or decision ("Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017", "Điều 3 Quyết định số 07/2022/QĐ-UBND
    # ngày 13/01/2022 ...") read as a due date, and a law cited by number alone left unparsed; all labelled
    # by_reference.
    "deadlines_v24": {"n": 41, "right": 35},
    # Twenty-fifth set, first run 2026-12-05 at 1b28ea9: 39 of 47 (0.830), held as a floor.
    "deadlines_v25": {"n": 47, "right": 39},
    # Twenty-sixth set, first run 2026-12-05 at b561770: 60 of 66 (0.909), held as a floor.
    "deadlines_v26": {"n": 66, "right": 60},
    # Twenty-seventh set, first run 2026-12-05 at 5be72b7: 43 of 43 (30 of them by_reference), held as a floor.
    "deadlines_v27": {"n": 43, "right": 43},
    # Twenty-eighth set, first run 2026-12-05 (ninth session) at 229cec8: 43 of 48; 45 after its two classes were
    # fixed (tuned: two days of a month in words, "ngày 23 - 24 tháng 12 năm 2013"; a term of office after a word that
    # places it in time, "đạt chuẩn cho nhiệm kỳ 2016 - 2021 ...", is the period); the other three are readings the
    # parser's documented conventions give otherwise (a member's term "thành viên Hội đồng ... nhiệm kỳ 2014 - 2016"
    # is no period; two years in a row are a range; "sơ kết hằng năm và tổng kết vào năm 2020" recurring). Held as a
    # floor.
    "deadlines_v28": {"n": 48, "right": 45},
    # Twenty-ninth set, first run 2026-12-05 (ninth session) at 98eb710: 43 of 45, held as a floor.
    "deadlines_v29": {"n": 45, "right": 43},
    # Thirtieth set, first run 2026-12-05 (tenth session) at a50d146: 37 of 42, held as a floor (missed: a date line
    # with "01năm" glued, a cited Tờ trình whose number prints "1856/TTr -SCT", a "Căn cứ" line's term of office read
    # as a range, "định kỳ hoặc thường xuyên", the misprinted "tháng 54"); after the eleventh session's fixes (glued
    # date words, a spaced hyphen in a cited symbol, a body's term of office after a comma) 40 of 42 (tuned).
    "deadlines_v30": {"n": 42, "right": 40},
    # Thirty-first set, first run 2026-12-05 (eleventh session) at 4a979dd: 49 of 54; after its classes ("06 tháng một
    # lần" recurring, time limits in hours, "24 tháng liên tục" a count) 52 (tuned).
    "deadlines_v31": {"n": 54, "right": 52},
    # Thirty-second set, first run 2026-12-06 (twelfth session) at e7ac7d8: 53 of 57; after feast days ("ngày 01 tháng
    # 6 dương lịch") and treaties named with their year, 56 (tuned).
    "deadlines_v32": {"n": 57, "right": 56},
    # Thirty-third set, run once at 8901e41 (not tuned on): 53 of 54.
    "deadlines_v33": {"n": 54, "right": 53},
    # First run 57 of 60 (set 34, at 1d83830); 58 since a cited plan's title may hold commas.
    "deadlines_v34": {"n": 60, "right": 58},
    # First run 48 of 57 (set 35, at 83147c6; the same at 1d83830); 52 since its classes were fixed (a day with no
    # "ngày" after "đến hết", "thời điểm" before a period, a cited plan's title with commas): tuned.
    "deadlines_v35": {"n": 57, "right": 53},
    # First run 53 of 65 (set 36, at f256e67; the same at 50f023b); 57 since a clause opened by a cited document is
    # its title and a report's status date ("Tính đến ngày ...") no deadline: tuned.
    "deadlines_v36": {"n": 65, "right": 57},
    # First run 58 of 66 (set 37, at ae6ed86; the same at 50f023b): a check, not tuned.
    "deadlines_v37": {"n": 66, "right": 58},
    # First run 54 of 64 (set 38, at 7397a6b); 59 since a legal basis's formula, a draft's blank number and an ordinal
    # day were read: tuned.
    "deadlines_v38": {"n": 64, "right": 59},
    # First runs (8e730b0, checks): set 39 38 of 44 (40 since counted months of a year), set 40 46 of 60.
    "deadlines_v39": {"n": 44, "right": 38},
    "deadlines_v40": {"n": 60, "right": 46},
    # First run (20bdaee, the same at 7b07e65): set 41 36 of 50.
    "deadlines_v41": {"n": 50, "right": 36},
    # First run (c96275b, the same at 7b07e65): set 42 39 of 49.
    "deadlines_v42": {"n": 49, "right": 39},
    # First run (e277d30, the same at 9047100): set 43 44 of 50.
    "deadlines_v43": {"n": 50, "right": 44},
    # First run (3aed322, the same at 9047100): set 44 36 of 49.
    "deadlines_v44": {"n": 49, "right": 36},
    # First run (fd4bc33, the same at 9047100): set 45 34 of 60.
    "deadlines_v45": {"n": 60, "right": 34},
    # First run (a5c3bb0, the session's start): set 46 53 of 56.
    "deadlines_v46": {"n": 56, "right": 53},
    # First run (bf42a93, the session's start): set 47 55 of 60.
    "deadlines_v47": {"n": 60, "right": 55},
    # First run (821470c; the same at bf42a93): set 48 51 of 58.
    "deadlines_v48": {"n": 58, "right": 51},
    # First run (114d9b7; the same at 57ddc5a): set 49 54 of 62.
    "deadlines_v49": {"n": 62, "right": 54},
    # First run (f77733c; the same at 57ddc5a): set 50 41 of 45.
    "deadlines_v50": {"n": 45, "right": 41},
    # First run (41eba9e): set 51 43 of 56.
    "deadlines_v51": {"n": 56, "right": 43},
    # First run (fbff928; the same at 1625175): set 52 53 of 62.
    "deadlines_v52": {"n": 62, "right": 53},
    # First run (bc29e01; the same at 1625175): set 53 68 of 70.
    "deadlines_v53": {"n": 70, "right": 68},
    # First run (5cee8fd, the session's start): set 54 63 of 68.
    "deadlines_v54": {"n": 68, "right": 63},
    # First run (055b982, the session's start): set 55 55 of 69.
    "deadlines_v55": {"n": 69, "right": 55},
    # First run (968b03c, the session's start): set 56 56 of 60.
    "deadlines_v56": {"n": 60, "right": 56},
    # First run (d2d8fa3, the session's start): set 57 24 of 29.
    "deadlines_v57": {"n": 29, "right": 24},
    # First run (3256705, the session's start): set 58 17 of 20.
    "deadlines_v58": {"n": 20, "right": 17},
    # First run (76e1377): set 59 27 of 31.
    "deadlines_v59": {"n": 31, "right": 27},
    # First run (ef42f29): set 60 33 of 36.
    "deadlines_v60": {"n": 36, "right": 33},
    # First run (39449aa): set 61 32 of 32 (21 of them by_reference: a letter and a decree, no task table).
    "deadlines_v61": {"n": 32, "right": 32},
    # First run (ec5c5ee): set 62 26 of 33; 30 since it was tuning material (thirty-first session).
    "deadlines_v62": {"n": 33, "right": 30},
    # First run (50e2f44): set 63 17 of 17 (12 of them by_reference).
    "deadlines_v63": {"n": 17, "right": 17},
    # First run (0111fb8): set 64 52 of 54.
    "deadlines_v64": {"n": 54, "right": 52},
}


def _holds(scores: dict, floors: dict) -> None:
    fallen = {k: (scores[k], v) for k, v in floors.items() if (scores[k] > v if k in CEILINGS else scores[k] < v)}
    assert not fallen, (fallen, {k: v for k, v in scores.items() if k != "misses"})


@pytest.mark.parametrize("name", list(AGENCY_FLOORS))
def test_agencies_keep_their_figures(name):
    floors = dict(AGENCY_FLOORS[name])
    coordinating = floors.pop("coordinating", None)
    _holds(agency_scores(DATA[name]), floors)
    if coordinating:
        _holds(coordinating_scores(DATA[name]), coordinating)


@pytest.mark.parametrize("name", list(DEADLINE_FLOORS))
def test_deadlines_keep_their_figures(name):
    _holds(deadline_scores(DATA[name]), DEADLINE_FLOORS[name])


def test_every_set_has_its_floors():
    """A set added to tests/data/heldout.yaml without a line here would be measured by nobody."""
    assert set(AGENCY_FLOORS) | set(DEADLINE_FLOORS) == {k for k in DATA if k.startswith(("agencies", "deadlines"))}
