"""Tests for normalize.agencies: gazetteer, real-looking cells, the seed, properties."""
from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from normalize.agencies import (KINDS, alias_keys, gazetteer, is_separator_text, load_gazetteer,
                                parse_agencies, _keymap, _squeeze_key)
from normalize.text import key, nfc

SEED = Path(__file__).resolve().parents[1] / "samples" / "source" / "phu_luc_ii_de_an_06.txt"

CA = "Bộ Công an"
TP = "Bộ Tư pháp"
KHCN = "Bộ Khoa học và Công nghệ"
VPCP = "Văn phòng Chính phủ"
TC = "Bộ Tài chính"
NV = "Bộ Nội vụ"
NHNN = "Ngân hàng Nhà nước Việt Nam"
CT = "Bộ Công Thương"
NNMT = "Bộ Nông nghiệp và Môi trường"
XD = "Bộ Xây dựng"
YT = "Bộ Y tế"
GDDT = "Bộ Giáo dục và Đào tạo"
QP = "Bộ Quốc phòng"
NG = "Bộ Ngoại giao"
CY = "Ban Cơ yếu Chính phủ"
TTCP = "Thanh tra Chính phủ"
DOAN = "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"


# ----------------------------------------------------------------------------- gazetteer
def test_gazetteer_loads_and_is_consistent():
    entries = load_gazetteer()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    by_id = {e.id: e for e in entries}
    owner: dict[str, str] = {}
    for e in entries:
        assert e.kind in KINDS, e
        assert e.name == nfc(e.name)
        for k in alias_keys(e):
            assert owner.setdefault(k, e.id) == e.id, f"alias key {k!r} points to {owner[k]} and {e.id}"
        for ref in (e.successor, e.parent):
            assert ref is None or ref in by_id, (e.id, ref)
        if e.successor:
            assert e.valid_to is not None, e.id
        if e.valid_from and e.valid_to:
            assert e.valid_from < e.valid_to


def test_gazetteer_coverage():
    entries = load_gazetteer()
    day = datetime.date(2025, 8, 1)
    kinds = Counter(e.kind for e in entries if e.valid_at(day))
    assert kinds["ministry"] == 14
    assert kinds["ministerial_agency"] == 3
    assert kinds["province"] == 34
    before = datetime.date(2024, 6, 1)
    assert sum(1 for e in entries if e.kind == "province" and e.valid_at(before)) == 63
    merged = {e.name: e.successor for e in entries if e.kind in ("ministry", "ministerial_agency") and e.successor}
    g = gazetteer()
    assert {n: g.agencies[s].name for n, s in merged.items()} == {
        "Bộ Kế hoạch và Đầu tư": TC, "Bộ Giao thông vận tải": XD, "Bộ Tài nguyên và Môi trường": NNMT,
        "Bộ Nông nghiệp và Phát triển nông thôn": NNMT, "Bộ Thông tin và Truyền thông": KHCN,
        "Bộ Lao động - Thương binh và Xã hội": NV, "Ủy ban Dân tộc": "Bộ Dân tộc và Tôn giáo"}
    for e in entries:
        if e.successor:
            assert g.agencies[e.successor].successor is None or e.kind == "province"


def test_source_comment_heads_the_file():
    head = (Path(__file__).resolve().parents[1] / "normalize" / "data" / "agencies.yaml").read_text("utf-8")[:2000]
    assert head.startswith("#") and "176/2025/QH15" in head and "202/2025/QH15" in head


@pytest.mark.parametrize("s", ["Bộ Khoa học  và Công nghệ", "UBND các tỉnh / thành phố", "Uỷ ban Dân tộc",
                               "Bộ LĐ – TB & XH", "KH&CN,  Bộ Tư pháp", "Khánh Hoà\tKhánh Hòa", "  x  ,  y "])
def test_keymap_matches_text_key(s):
    k, _, _ = _keymap(s)
    assert k.strip() == _squeeze_key(s)


# ----------------------------------------------------------------------------- real-looking cells
CASES = [
    # plain lists
    ("Bộ Công an", [CA]),
    ("Văn phòng Chính phủ, Bộ Tư pháp", [VPCP, TP]),
    ("Bộ Tư pháp, Bộ Khoa học và Công nghệ, Bộ Tài chính,", [TP, KHCN, TC]),
    ("Bộ Nội vụ, Thanh tra Chính phủ, Bộ Công an", [NV, TTCP, CA]),
    ("Bộ Quốc phòng, Bộ Ngoại giao và Bộ Y tế", [QP, NG, YT]),
    ("Bộ Công Thương và Bộ Xây dựng", [CT, XD]),
    ("Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch"]),
    ("Bộ Văn hóa, Thể thao và Du lịch, Bộ Giáo dục và Đào tạo", ["Bộ Văn hóa, Thể thao và Du lịch", GDDT]),
    ("Bộ Dân tộc và Tôn giáo, Bộ Nội vụ", ["Bộ Dân tộc và Tôn giáo", NV]),
    ("Ngân hàng Nhà nước, Ban Cơ yếu Chính phủ và các bộ, ngành có liên quan", [NHNN, CY]),
    ("Ngân hàng nhà nước Việt Nam", [NHNN]),
    ("Bộ Công an, Bộ Công an", [CA]),
    # casing and tone marks
    ("BỘ CÔNG AN, BỘ TƯ PHÁP", [CA, TP]),
    ("bộ công thương", [CT]),
    ("Bộ Công thương, Ngân hàng Nhà nước Việt Nam", [CT, NHNN]),
    ("Uỷ ban Dân tộc", ["Ủy ban Dân tộc"]),
    ("Ủy ban Dân tộc, Bộ Nội vụ", ["Ủy ban Dân tộc", NV]),
    ("Uỷ ban nhân dân tỉnh Khánh Hoà", ["Ủy ban nhân dân tỉnh Khánh Hòa"]),
    ("Ủy ban nhân dân tỉnh Khánh Hòa", ["Ủy ban nhân dân tỉnh Khánh Hòa"]),
    ("Bộ Văn hoá, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch"]),
    # missing diacritics
    ("Bo Cong an, Bo Tu phap", [CA, TP]),
    ("Bo Khoa hoc va Cong nghe va cac bo, nganh lien quan", [KHCN]),
    ("Van phong Chinh phu", [VPCP]),
    ("BO CONG AN, BO KHOA HOC VA CONG NGHE", [CA, KHCN]),
    ("Bộ Công an, Bo Tai chinh", [CA, TC]),
    # abbreviations
    ("BCA, VPCP, NHNN", [CA, VPCP, NHNN]),
    ("Bộ KH&CN, Bộ TT&TT", [KHCN, "Bộ Thông tin và Truyền thông"]),
    ("KH&CN", [KHCN]),
    ("Bộ KH & CN", [KHCN]),
    ("Bộ GD&ĐT", [GDDT]),
    ("Bộ NN&PTNT, Bộ TN&MT", ["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Tài nguyên và Môi trường"]),
    ("Bộ LĐ-TB&XH", ["Bộ Lao động - Thương binh và Xã hội"]),
    ("Bộ LĐ - TB&XH, Bộ GTVT", ["Bộ Lao động - Thương binh và Xã hội", "Bộ Giao thông vận tải"]),
    ("Bộ KH&ĐT", ["Bộ Kế hoạch và Đầu tư"]),
    ("Bộ Nông nghiệp và PTNT, Bộ KH và CN", ["Bộ Nông nghiệp và Phát triển nông thôn", KHCN]),
    ("Bộ VH-TT&DL", ["Bộ Văn hóa, Thể thao và Du lịch"]),
    ("UBND TP. Hồ Chí Minh", ["Ủy ban nhân dân thành phố Hồ Chí Minh"]),
    ("TTXVN, VTV, VOV", ["Thông tấn xã Việt Nam", "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"]),
    ("BHXH Việt Nam", ["Bảo hiểm xã hội Việt Nam"]),
    # old ministry names
    ("Bộ Thông tin và Truyền thông", ["Bộ Thông tin và Truyền thông"]),
    ("Bộ Kế hoạch và Đầu tư, Bộ Tài chính", ["Bộ Kế hoạch và Đầu tư", TC]),
    ("Bộ Lao động - Thương binh và Xã hội", ["Bộ Lao động - Thương binh và Xã hội"]),
    ("Bộ Lao động, Thương binh và Xã hội", ["Bộ Lao động - Thương binh và Xã hội"]),
    ("Bộ Giao thông vận tải và các địa phương", ["Bộ Giao thông vận tải"]),
    ("Bộ Tài nguyên và Môi trường, Bộ Nông nghiệp và Phát triển nông thôn",
     ["Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn"]),
    # repaired head noun
    ("Bộ Công an, Khoa học và Công nghệ, Bộ Nông nghiệp và Môi trường và các bộ, ngành có liên", [CA, KHCN, NNMT]),
    ("Bộ Công an, Tư pháp", [CA, TP]),
    ("Tài chính, Xây dựng", [TC, XD]),
    # collective groups only
    ("Các bộ, ngành, UBND các tỉnh/ thành phố", []),
    ("Các bộ, ngành, địa phương", []),
    ("Các ngành, Bộ, địa phương", []),
    ("UBND các địa phương", []),
    ("Địa phương được lựa chọn", []),
    ("Các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố;", []),
    ("các cơ quan, đơn vị có liên quan", []),
    ("Các bộ, ngành, địa phương, các tổ chức chính trị - xã hội, các cơ quan Đảng ở Trung ương", []),
    ("các bộ ngành, tổ chức có liên quan.", []),
    ("UBND các xã, phường", []),
    ("Công an các tỉnh, thành phố", []),
    ("các sở, ban, ngành", []),
    ("ngành", []),
    ("địa phương", []),
    ("liên quan", []),
    ("các bộ", []),
    ("có liên", []),
    ("Bộ", []),
    # provinces and provincial bodies
    ("UBND tỉnh Lào Cai", ["Ủy ban nhân dân tỉnh Lào Cai"]),
    ("UBND thành phố Hà Nội, UBND thành phố Hồ Chí Minh",
     ["Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Hồ Chí Minh"]),
    ("Ủy ban nhân dân tỉnh Hà Giang", ["Ủy ban nhân dân tỉnh Hà Giang"]),
    ("tỉnh Bắc Giang, tỉnh Bắc Ninh", ["Ủy ban nhân dân tỉnh Bắc Giang", "Ủy ban nhân dân tỉnh Bắc Ninh"]),
    ("Hà Nội, TP. Hồ Chí Minh, Đà Nẵng", ["Ủy ban nhân dân thành phố Hà Nội",
                                         "Ủy ban nhân dân thành phố Hồ Chí Minh",
                                         "Ủy ban nhân dân thành phố Đà Nẵng"]),
    ("Sở Tài chính, Sở Nội vụ", ["Sở Tài chính", "Sở Nội vụ"]),
    ("Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng", ["Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng"]),
    ("Sở Tài nguyên và Môi trường, Sở Nông nghiệp và Phát triển nông thôn",
     ["Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn"]),
    ("Văn phòng UBND tỉnh, Công an tỉnh", ["Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh"]),
    ("Công an tỉnh Nghệ An", ["Công an tỉnh Nghệ An"]),
    ("Sở KH&CN, Sở TT&TT", ["Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông"]),
    ("UBND tỉnh", ["Ủy ban nhân dân tỉnh"]),
    ("Sở Xây dựng thành phố Hải Phòng", ["Sở Xây dựng thành phố Hải Phòng"]),
    # semicolon and bullet lists
    ("Bộ Công an; Bộ Tư pháp; Văn phòng Chính phủ", [CA, TP, VPCP]),
    ("- Bộ Ngoại giao liên hệ mời; - Bộ Công an, Bộ Khoa học và Công nghệ tổ chức chương trình", [NG, CA, KHCN]),
    ("- Bộ Công an;\n- Bộ Tư pháp", [CA, TP]),
    ("+ Bộ Y tế\n+ Bộ Giáo dục và Đào tạo", [YT, GDDT]),
    ("• Bộ Công an\n• Ban Cơ yếu Chính phủ", [CA, CY]),
    ("1. Bộ Công an; 2. Bộ Tư pháp", [CA, TP]),
    ("a) Bộ Tài chính; b) Ngân hàng Nhà nước Việt Nam", [TC, NHNN]),
    ("(1) Bộ Nội vụ (2) Bộ Y tế", [NV, YT]),
    # notes inside cells, HTML
    ("Bộ Khoa học và Công nghệ, Bộ Nội vụ, Trung ương Đoàn TNCS Hồ Chí Minh. Đề xuất phối hợp: Văn phòng Trung ương "
     "Đảng trong việc tích hợp vào chương trình giáo dục chính trị tư tưởng",
     [KHCN, NV, DOAN, "Văn phòng Trung ương Đảng"]),
    ("Bộ Công an (chủ trì), Bộ Tư pháp (phối hợp)", [CA, TP]),
    ("<p>Bộ Công an, Bộ Tư pháp</p>", [CA, TP]),
    ("Bộ Công an<br/>Bộ Y tế", [CA, YT]),
    ("Bộ KH&amp;CN", [KHCN]),
    ("Cơ quan chủ trì", []),
    ("Bộ Công an chủ trì, phối hợp với Bộ Tư pháp", [CA, TP]),
    ("Bộ Công an; các cơ quan báo chí", [CA]),
    ("Các bộ: Công an, Tư pháp", [CA, TP]),
    ("chương trình", []),
    ("Bộ Công an tổ chức", [CA]),
    # central bodies, judiciary, mass organisations
    ("Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, Kiểm toán nhà nước",
     ["Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán nhà nước"]),
    ("Toà án nhân dân tối cao", ["Tòa án nhân dân tối cao"]),
    ("Văn phòng Quốc hội, Văn phòng Trung ương Đảng", ["Văn phòng Quốc hội", "Văn phòng Trung ương Đảng"]),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]),
    ("Trung ương Đoàn TNCS Hồ Chí Minh", [DOAN]),
    ("Ban Tuyên giáo Trung ương", ["Ban Tuyên giáo Trung ương"]),
    ("Tổng Liên đoàn Lao động Việt Nam, Hội Liên hiệp Phụ nữ Việt Nam",
     ["Tổng Liên đoàn Lao động Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"]),
    ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", ["Viện Hàn lâm Khoa học và Công nghệ Việt Nam"]),
    ("Viện Hàn lâm Khoa học xã hội Việt Nam, Đài Truyền hình Việt Nam",
     ["Viện Hàn lâm Khoa học xã hội Việt Nam", "Đài Truyền hình Việt Nam"]),
    # fuzzy (typos)
    ("Bộ Khoa hoc và Công nghệ", [KHCN]),
    ("Ngân hàng Nhà nuớc Việt Nam", [NHNN]),
]


def test_case_count():
    assert len(CASES) >= 80


@pytest.mark.parametrize("cell,expected", CASES, ids=[c[:40] for c, _ in CASES])
def test_cells(cell, expected):
    p = parse_agencies(cell)
    assert list(p.names) == expected
    assert all(m.kind != "collective" for m in p.specific)
    _assert_covered(cell, p)


def test_methods_and_kinds():
    p = parse_agencies("Bộ Công an, Khoa học và Công nghệ, các bộ, ngành, Bộ Phát triển Đô thị")
    got = [(m.mention, m.kind, m.method) for m in p.mentions]
    assert got == [("Bộ Công an", "ministry", "alias"), ("Khoa học và Công nghệ", "ministry", "repaired"),
                   ("các bộ, ngành", "collective", "alias"), ("Bộ Phát triển Đô thị", "unknown", "unknown")]
    assert p.unknown[0].agency_id is None and p.unknown[0].score == 0.0
    m = parse_agencies("Bộ Khoa hoc và Công nghệ").mentions[0]
    assert m.method == "fuzzy" and 0.92 <= m.score < 1
    for m in parse_agencies("Bộ Công an, UBND tỉnh Lào Cai").mentions:
        assert 0 <= m.score <= 1


def test_old_name_current_name():
    m = parse_agencies("Bộ Thông tin và Truyền thông", as_of=datetime.date(2025, 6, 1)).mentions[0]
    assert m.name == "Bộ Thông tin và Truyền thông"
    assert m.current_name == KHCN
    assert m.agency_id == "bo.thong_tin_truyen_thong"
    m = parse_agencies("UBND tỉnh Hà Giang").mentions[0]
    assert (m.name, m.current_name) == ("Ủy ban nhân dân tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Tuyên Quang")
    m = parse_agencies("Sở Tài nguyên và Môi trường tỉnh Quảng Nam").mentions[0]
    assert m.current_name == "Sở Nông nghiệp và Môi trường thành phố Đà Nẵng"
    assert parse_agencies("Bộ Công an").mentions[0].current_name == CA


def test_as_of_picks_the_predecessor_of_a_short_form():
    old = parse_agencies("Huế", as_of=datetime.date(2024, 3, 1)).mentions[0]
    assert (old.name, old.current_name) == ("Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Ủy ban nhân dân thành phố Huế")
    assert parse_agencies("Huế", as_of=datetime.date(2025, 3, 1)).names == ("Ủy ban nhân dân thành phố Huế",)
    # the full official name is never rewritten, whatever the date
    m = parse_agencies("Bộ Nông nghiệp và Môi trường", as_of=datetime.date(2024, 3, 1)).mentions[0]
    assert m.name == NNMT


def test_ascii_cells_score_below_exact():
    p = parse_agencies("Bo Cong an, BCA")
    assert [(m.method, m.score) for m in p.mentions] == [("alias", 0.95), ("alias", 1.0)]


def test_offsets_point_into_nfc_input():
    import unicodedata
    s = unicodedata.normalize("NFD", "Bộ Công an,  Bộ Tư pháp và Bộ KH & CN")
    p = parse_agencies(s)
    t = nfc(s)
    for m in p.mentions:
        assert t[m.start:m.end] == m.mention
    assert [m.mention for m in p.mentions] == ["Bộ Công an", "Bộ Tư pháp", "Bộ KH & CN"]


# ----------------------------------------------------------------------------- the seed
def _seed_cells():
    out = []
    for n, line in enumerate(SEED.read_text("utf-8").split("\n"), 1):
        c = line.split("\t")
        if len(c) == 6 and c[0] != "STT":
            out.append((n, "lead", c[2]))
            out.append((n, "coordinating", c[3]))
    return out


# Every distinct lead / coordinating cell of the seed with the specific agencies it names.
SEED_EXPECTED = {
    "": [],
    "Bộ Công an": [CA],
    "Bộ Tư pháp": [TP],
    "Bộ Tài chính": [TC],
    "Bộ Y tế": [YT],
    "Bộ Nội vụ": [NV],
    "Bộ Quốc phòng": [QP],
    "Bộ Khoa học và Công nghệ": [KHCN],
    "Bộ Giáo dục và Đào tạo": [GDDT],
    "Ban Cơ yếu Chính phủ": [CY],
    "Ngân hàng nhà nước Việt Nam": [NHNN],
    "Văn phòng Chính phủ, Bộ Tư pháp": [VPCP, TP],
    "Bộ Tư pháp, Văn phòng Chính phủ": [TP, VPCP],
    "Bộ Tư pháp, Bộ Khoa học và Công nghệ, Bộ Tài chính,": [TP, KHCN, TC],
    "Ngân hàng Nhà nước, Ban Cơ yếu Chính phủ và các bộ, ngành có liên quan": [NHNN, CY],
    "Bộ Khoa học và Công nghệ, Bộ Công Thương, Bộ Tư pháp và các bộ, ngành liên quan": [KHCN, CT, TP],
    "Văn phòng Chính phủ, Bộ Tư pháp, Bộ Nông nghiệp và Môi trường, Bộ Xây dựng,": [VPCP, TP, NNMT, XD],
    "Bộ Tư pháp, các bộ, ngành có liên quan": [TP],
    "Bộ Khoa học và Công nghệ, Bộ Tư pháp, Văn phòng Chính phủ, các bộ, ngành, địa phương": [KHCN, TP, VPCP],
    "Văn phòng Chính phủ, Bộ Tư pháp, Bộ Công Thương": [VPCP, TP, CT],
    "Bộ Công an, Bộ Tư pháp và các bộ, ngành liên quan": [CA, TP],
    "Bộ Khoa học và Công nghệ, Văn phòng Chính phủ, các bộ, ngành, địa phương": [KHCN, VPCP],
    "Các bộ, ngành, UBND các tỉnh/ thành phố": [],
    "Các bộ, ngành, địa phương": [],
    "Các bộ, ngành": [],
    "Các Bộ, ngành": [],
    "Văn phòng Chính phủ, các bộ ngành, địa phương": [VPCP],
    "Văn phòng Chính phủ, Bộ Khoa học và Công nghệ": [VPCP, KHCN],
    "UBND các địa phương": [],
    "Bộ Công an, Bộ Tư pháp, Bộ Khoa học và Công nghệ, Bộ Y tế": [CA, TP, KHCN, YT],
    "Bộ Công an, Văn phòng Chính phủ, Bộ Khoa học và Công nghệ và các bộ, ngành có liên quan": [CA, VPCP, KHCN],
    "Bộ Công an, Bộ Khoa học và Công nghệ": [CA, KHCN],
    "Các bộ, ngành, địa phương, các tổ chức chính trị - xã hội, các cơ quan Đảng ở Trung ương, các cơ quan, "
    "ủy ban của Quốc hội": [],
    "Bộ Công an, Bộ Khoa học và Công nghệ, Văn phòng Chính phủ": [CA, KHCN, VPCP],
    "Bộ Khoa học và Công nghệ, các bộ ngành, tổ chức có liên quan.": [KHCN],
    "Bộ Khoa học và Công nghệ, Bộ Giáo dục và Đào tạo": [KHCN, GDDT],
    "Bộ Công an, Khoa học và Công nghệ, Bộ Nông nghiệp và Môi trường và các bộ, ngành có liên quan": [CA, KHCN, NNMT],
    "Bộ Khoa học và Công nghệ, Bộ Nội vụ, Trung ương Đoàn TNCS Hồ Chí Minh. Đề xuất phối hợp: Văn phòng Trung ương "
    "Đảng trong việc tích hợp vào chương trình giáo dục chính trị tư tưởng": [KHCN, NV, DOAN, "Văn phòng Trung ương Đảng"],
    "Bộ, ngành, địa phương": [],
    "Các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố;": [],
    "Bộ Công an, Bộ Tài chính, Bộ Khoa học và Công nghệ": [CA, TC, KHCN],
    "Bộ Công an, các bộ, ngành, địa phương": [CA],
    "<p>Bộ Khoa học và Công nghệ, Ban Cơ yếu Chính phủ, Bộ Giáo dục và Đào tạo, Bộ Y tế, Bộ Tài chính, Bộ Xây dựng, "
    "Bộ Tư pháp, Bộ Nội vụ, Bộ Nông nghiệp và Môi trường, Bộ Công thương, Ngân hàng Nhà nước Việt Nam, các bộ, ngành, "
    "địa phương, cơ quan, tổ chức, doanh nghiệp có liên quan</p>": [KHCN, CY, GDDT, YT, TC, XD, TP, NV, NNMT, CT, NHNN],
    "Địa phương được lựa chọn": [],
    "Bộ Công an, Bộ Khoa học và Công nghệ, các bộ, ngành, địa phương": [CA, KHCN],
    "Văn phòng Chính phủ, Bộ Tài chính, Bộ Khoa học và Công nghệ": [VPCP, TC, KHCN],
    "Bộ Khoa học và Công nghệ, Văn phòng Chính phủ và các đơn vị có liên quan": [KHCN, VPCP],
    "Bộ Công an, Văn phòng Chính phủ": [CA, VPCP],
    "Bộ Nội vụ, Bộ Khoa học và Công nghệ, Bộ Tài chính, Ngân hàng Nhà nước Việt Nam": [NV, KHCN, TC, NHNN],
    "Bộ Công an, Bộ Tài chính, Bộ Nội vụ, Bộ Khoa học và Công nghệ": [CA, TC, NV, KHCN],
    "Bộ Khoa học và Công nghệ, Bộ Tài chính": [KHCN, TC],
    "Bộ Khoa học và Công nghệ, Bộ Tư pháp": [KHCN, TP],
    "- Bộ Ngoại giao liên hệ mời; - Bộ Công an, Bộ Khoa học và Công nghệ tổ chức": [NG, CA, KHCN],
    "Văn phòng Chính phủ, các bộ, ngành liên quan": [VPCP],
    "chương trình": [],
    "Văn phòng Chính phủ, Bộ Công an": [VPCP, CA],
    "Các ngành, Bộ, địa phương": [],
    "Các ngành, địa phương": [],
    "Bộ Nội vụ, Thanh tra Chính phủ, Bộ Công an": [NV, TTCP, CA],
}
FRAGMENTS = {key(w) for w in ("ngành", "địa phương", "liên quan", "các bộ", "bộ", "có liên", "các bộ, ngành",
                              "các ngành", "tổ chức", "doanh nghiệp", "cơ quan")}


def test_seed_cells_all_listed():
    cells = {c for _, _, c in _seed_cells()}
    assert cells == set(SEED_EXPECTED)


@pytest.mark.parametrize("line,role,cell", _seed_cells(), ids=[f"{n}-{r}" for n, r, _ in _seed_cells()])
def test_seed_cell(line, role, cell):
    p = parse_agencies(cell, as_of=datetime.date(2026, 5, 1))
    assert list(p.names) == SEED_EXPECTED[cell]
    for m in p.specific:
        assert key(m.mention) not in FRAGMENTS and m.agency_id
    assert not p.unknown
    _assert_covered(cell, p)


def test_seed_cut_cells_joined():
    p = parse_agencies("- Bộ Ngoại giao liên hệ mời; - Bộ Công an, Bộ Khoa học và Công nghệ tổ chức chương trình")
    assert p.names == (NG, CA, KHCN)
    assert p.leftover == ("liên hệ mời", "tổ chức chương trình")


# ----------------------------------------------------------------------------- properties
def _assert_covered(text: str, p) -> None:
    t = nfc(text)
    chars = list(t)
    for m in p.mentions:
        assert t[m.start:m.end] == m.mention
        for i in range(m.start, m.end):
            chars[i] = "\0"
    for a, b in p.leftover_spans:
        for i in range(a, b):
            chars[i] = "\0"
    rest = "".join(" " if c == "\0" else c for c in chars)
    assert is_separator_text(rest), (text, rest)
    assert len(p.leftover) == len(p.leftover_spans)


NAMES = ["Bộ Công an", "Bộ Khoa học và Công nghệ", "các bộ, ngành", "địa phương", "UBND các tỉnh/ thành phố",
         "Khoa học và Công nghệ", "Văn phòng Chính phủ", "Uỷ ban Dân tộc", "Bộ KH&CN", "liên hệ mời", "tổ chức",
         "Sở Tài chính", "tỉnh Lào Cai", "Bộ Phát triển Đô thị", "có liên", "Bo Tu phap", "BCA", "<p>", "</p>",
         "Ngân hàng nhà nước Việt Nam", "chương trình", "TP. Hồ Chí Minh", "(chủ trì)", "Đề xuất phối hợp:"]
SEPS = [", ", ",", "; ", " và ", "\n- ", " - ", "/", " ", "\n+ ", "; - ", ". ", " & ", "  ", "\t", ": "]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(s):
    p = parse_agencies(s)
    _assert_covered(s, p)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(SEPS)), max_size=8),
       st.sampled_from(["", "- ", " ", "<p>"]))
# found by this property in the seventeenth session: a run listed with commas inside a ";" list ended at a new name
# and the rest of the run was lost ("Bộ Phát triển Đô thị" neither a mention nor left over)
@example([("các bộ, ngành", ": "), ("Bộ Công an", "; - "), ("liên hệ mời", ", "), ("Bộ Phát triển Đô thị", ", ")], "")
def test_built_cells(parts, lead):
    s = lead + "".join(n + sep for n, sep in parts)
    p = parse_agencies(s)
    _assert_covered(s, p)
    for m in p.specific:
        assert key(m.mention) not in FRAGMENTS
    if parts and all(n in ("Bộ Công an", "Văn phòng Chính phủ") for n, _ in parts):
        assert set(p.names) == {n for n, _ in parts}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="BộCôngaKhọcvàệ ,;/-&ÁáÀàẢảÃãẠạỦủUuYyÝýOoÒòÓó\n\t", max_size=40))
def test_keymap_consistent(s):
    k, _, _ = _keymap(s)
    assert k.strip() == _squeeze_key(s)


# ----------------------------------------------------------------------------- real strings, by error class
# (cell, issuer, [(mention, kind, name)]) for every mention, in order; "*" for a name not checked.
REAL = [
    # Names that hold "và" or commas stay whole.  Issue 14's examples.
    ("Cục Phát thanh, truyền hình và Thông tin điện tử", None,
     [("Cục Phát thanh, truyền hình và Thông tin điện tử", "sub_unit", "Cục Phát thanh, truyền hình và thông tin điện tử")]),
    ("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", None,
     [("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "mass_organisation", "*")]),
    ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch", None,
     [("Trung tâm Xúc tiến đầu tư, thương mại và du lịch", "provincial_body", "*")]),
    # a Vụ exists only inside a ministry: a ministry's unit, its ministry unknown without an issuer
    ("Vụ Kế hoạch - Tài chính", None, [("Vụ Kế hoạch - Tài chính", "sub_unit", "Vụ Kế hoạch - Tài chính")]),
    ("Vụ Kế hoạch - Tài chính", "BỘ Y TẾ", [("Vụ Kế hoạch - Tài chính", "sub_unit", "Vụ Kế hoạch - Tài chính")]),
    # A place inside an organisation's name.  Issue 14; "Trường Đại học Nông Lâm TP. Hồ Chí Minh" and "Đài Khí
    # tượng Thủy văn Khu vực Nam Bộ": a project footer in a public repository (find_string id 53451445463).
    ("Trường Đại học Cần Thơ", None, [("Trường Đại học Cần Thơ", "university", "Trường Đại học Cần Thơ")]),
    ("Đài Phát thanh và Truyền hình Hà Nội", None, [("Đài Phát thanh và Truyền hình Hà Nội", "provincial_body", "*")]),
    ("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", None,
     [("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "provincial_body", "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh")]),
    ("Trường Đại học Nông Lâm TP. Hồ Chí Minh", None, [("Trường Đại học Nông Lâm TP. Hồ Chí Minh", "university", "*")]),
    ("Sở Nông nghiệp và Môi trường TP. Hồ Chí Minh, Đài Khí tượng Thủy văn Khu vực Nam Bộ", None,
     [("Sở Nông nghiệp và Môi trường TP. Hồ Chí Minh", "provincial_body",
       "Sở Nông nghiệp và Môi trường thành phố Hồ Chí Minh"),
      ("Đài Khí tượng Thủy văn Khu vực Nam Bộ", "sub_unit", "*")]),
    # Provincial branches are provincial.  Issue 14; "Bảo hiểm Xã hội tỉnh Bình Dương": a directory in a public
    # repository (id 62127783380); "Kho bạc Nhà nước Khu vực II" (id 59751510327); "Cục Thuế tỉnh Lâm Đồng"
    # (id 70695949436).
    ("Bảo hiểm xã hội tỉnh, Công an tỉnh, Thuế tỉnh, Kho bạc Nhà nước khu vực", None,
     [("Bảo hiểm xã hội tỉnh", "provincial_branch", "Bảo hiểm xã hội tỉnh"),
      ("Công an tỉnh", "provincial_branch", "Công an tỉnh"), ("Thuế tỉnh", "provincial_branch", "Thuế tỉnh"),
      ("Kho bạc Nhà nước khu vực", "provincial_branch", "Kho bạc Nhà nước khu vực")]),
    ("Bảo hiểm Xã hội tỉnh Bình Dương", None,
     [("Bảo hiểm Xã hội tỉnh Bình Dương", "provincial_branch", "Bảo hiểm xã hội tỉnh Bình Dương")]),
    ("Kho bạc Nhà nước Khu vực II", None, [("Kho bạc Nhà nước Khu vực II", "provincial_branch", "Kho bạc Nhà nước khu vực II")]),
    ("Cục Thuế tỉnh Lâm Đồng", None, [("Cục Thuế tỉnh Lâm Đồng", "provincial_branch", "Cục Thuế tỉnh Lâm Đồng")]),
    # Collective groups at their level.  Issue 14; "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban
    # nhân dân các tỉnh, thành phố trực thuộc trung ương": Công văn 2390/BTTTT-THH 2020 (thuviennhadat.vn);
    # "Các sở, ban, ngành thuộc tỉnh; Các đơn vị sự nghiệp công lập thuộc tỉnh; UBND các xã, phường, đặc khu":
    # a Sở KH&CN Quảng Ninh letter of 2026 in a public repository (id 60514154437).
    ("UBND cấp xã", None, [("UBND cấp xã", "collective", "Ủy ban nhân dân cấp xã")]),
    ("UBND các xã, phường, đặc khu", None, [("UBND các xã, phường, đặc khu", "collective", "Ủy ban nhân dân cấp xã")]),
    ("các cơ quan thuộc Chính phủ", None, [("các cơ quan thuộc Chính phủ", "collective", "Các cơ quan thuộc Chính phủ")]),
    ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
     None, [("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "collective", "*"),
            ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "collective", "*")]),
    ("Các sở, ban, ngành thuộc tỉnh; Các đơn vị sự nghiệp công lập thuộc tỉnh; UBND các xã, phường, đặc khu.", None,
     [("Các sở, ban, ngành thuộc tỉnh", "collective", "Các sở, ban, ngành"),
      ("Các đơn vị sự nghiệp công lập thuộc tỉnh", "collective", "Các đơn vị sự nghiệp công lập"),
      ("UBND các xã, phường, đặc khu", "collective", "Ủy ban nhân dân cấp xã")]),
    # Items of a list are kept.  Issue 14; "Giám đốc các Sở, ngành: ...": Quyết định 2177/QĐ-UBND 2014 of Quảng Trị
    # (thuvienphapluat.vn); "Giám đốc các Sở: ...": Quyết định 40/2024/QĐ-UBND of Đồng Nai (thuvienphapluat.vn).
    ("Các Cục: Quản lý giá; Đầu tư nước ngoài; Quản lý nợ và Kinh tế đối ngoại", None,
     [("Quản lý giá", "sub_unit", "Cục Quản lý giá"), ("Đầu tư nước ngoài", "sub_unit", "Cục Đầu tư nước ngoài"),
      ("Quản lý nợ và Kinh tế đối ngoại", "sub_unit", "Cục Quản lý nợ và Kinh tế đối ngoại")]),
    ("Giám đốc các Sở, ngành: Tư pháp, Lao động, Thương binh và Xã hội, Y tế, Tài chính, Công an tỉnh, Đài Phát "
     "thanh Truyền hình tỉnh, Báo Quảng Trị và Thủ trưởng các cơ quan có liên quan", "UBND tỉnh Quảng Trị",
     [("Tư pháp", "provincial_body", "Sở Tư pháp tỉnh Quảng Trị"),
      ("Lao động, Thương binh và Xã hội", "provincial_body", "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị"),
      ("Y tế", "provincial_body", "Sở Y tế tỉnh Quảng Trị"), ("Tài chính", "provincial_body", "Sở Tài chính tỉnh Quảng Trị"),
      ("Công an tỉnh", "provincial_branch", "Công an tỉnh Quảng Trị"),
      ("Đài Phát thanh Truyền hình tỉnh", "provincial_body", "Đài Phát thanh và Truyền hình tỉnh Quảng Trị"),
      ("Báo Quảng Trị", "provincial_body", "Báo Quảng Trị"),
      ("các cơ quan có liên quan", "collective", "*")]),
    ("Giám đốc các Sở: Khoa học và Công nghệ, Tài chính, Nội vụ; Chủ tịch Liên hiệp các Hội Khoa học Kỹ thuật tỉnh",
     None, [("Khoa học và Công nghệ", "provincial_body", "Sở Khoa học và Công nghệ"),
            ("Tài chính", "provincial_body", "Sở Tài chính"), ("Nội vụ", "provincial_body", "Sở Nội vụ"),
            ("Liên hiệp các Hội Khoa học Kỹ thuật tỉnh", "provincial_body", "*")]),
    ("các địa phương Bắc Ninh, Hưng Yên, An Giang", None,
     [("các địa phương", "collective", "*"), ("Bắc Ninh", "province", "Ủy ban nhân dân tỉnh Bắc Ninh"),
      ("Hưng Yên", "province", "Ủy ban nhân dân tỉnh Hưng Yên"), ("An Giang", "province", "Ủy ban nhân dân tỉnh An Giang")]),
    ("Cơ quan thuế, các cơ quan đại diện Việt Nam ở nước ngoài, các trường đại học, viện nghiên cứu", None,
     [("Cơ quan thuế", "collective", "Cơ quan thuế"),
      ("các cơ quan đại diện Việt Nam ở nước ngoài", "collective", "Các cơ quan đại diện Việt Nam ở nước ngoài"),
      ("các trường đại học, viện nghiên cứu", "collective", "Các trường đại học, viện nghiên cứu")]),
    # A cell that points elsewhere.  Issue 14.
    ("Theo phân công tại Quyết định số 1234/QĐ-UBND của Chủ tịch UBND tỉnh", None,
     [("Theo phân công tại Quyết định số 1234/QĐ-UBND của Chủ tịch UBND tỉnh", "by_reference", "*")]),
    # A generic provincial body in a provincial plan.  "phối hợp Công an tỉnh và UBND các xã, phường, đặc khu":
    # a 2025 Quyết định of a province on mineral management, summarised in a public repository (id 70647174588).
    ("Sở Tư pháp", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", [("Sở Tư pháp", "provincial_body", "Sở Tư pháp tỉnh Quảng Ninh")]),
    ("Công an tỉnh và UBND các xã, phường, đặc khu", "UBND tỉnh Khánh Hòa",
     [("Công an tỉnh", "provincial_branch", "Công an tỉnh Khánh Hòa"),
      ("UBND các xã, phường, đặc khu", "collective", "Ủy ban nhân dân cấp xã")]),
]


@pytest.mark.parametrize("cell,issuer,expected", REAL, ids=[c[:40] for c, _, _ in REAL])
def test_real_cells(cell, issuer, expected):
    p = parse_agencies(cell, issuer=issuer)
    got = [(m.mention, m.kind, m.name) for m in p.mentions]
    assert [(a, b) for a, b, _ in got] == [(a, b) for a, b, _ in expected]
    assert all(e in ("*", c) for (_, _, c), (_, _, e) in zip(got, expected)), got
    _assert_covered(cell, p)


def test_sub_units_have_their_ministry_and_successor():
    m = parse_agencies("Tổng cục Thuế", as_of=datetime.date(2024, 6, 1)).mentions[0]
    assert (m.kind, m.name, m.current_name, m.parent) == ("sub_unit", "Tổng cục Thuế", "Cục Thuế", "Bộ Tài chính")
    m = parse_agencies("Công an tỉnh Nghệ An").mentions[0]
    assert (m.kind, m.parent) == ("provincial_branch", "Ủy ban nhân dân tỉnh Nghệ An")
    m = parse_agencies("Sở Tư pháp", issuer="UBND tỉnh Hà Giang").mentions[0]
    assert (m.name, m.current_name) == ("Sở Tư pháp tỉnh Hà Giang", "Sở Tư pháp tỉnh Tuyên Quang")
    assert parse_agencies("Sở Tư pháp").mentions[0].name == "Sở Tư pháp"       # no issuer: as before


def test_unknown_mentions_keep_their_text():
    p = parse_agencies("Ban Chỉ đạo Xyz, Bộ Công an")
    assert [(m.mention, m.kind, m.agency_id) for m in p.unknown] == [("Ban Chỉ đạo Xyz", "unknown", None)]


def test_agency_words_file_names_its_sources():
    from normalize.agencies import WORDS
    head = WORDS.read_text("utf-8")
    assert head.startswith("#") and "Sources" in head[:1500]


@pytest.mark.parametrize("cell,expected", [
    # A unit named with its ministry is one mention (forms as in the Điều 3 lists of ministries' decisions); after a
    # dash the mention is the unit's own name, the ministry its parent (the labels of sets 12 and 13 read it so).
    ("Vụ Pháp chế - Bộ Tư pháp", [("Vụ Pháp chế", "sub_unit", "Bộ Tư pháp")]),
    # In brackets the ministry is named again, its own mention (every labelled set: 13, 20, 26, 48, 49)
    ("Vụ Pháp chế (Bộ Tư pháp), Cục Quản lý giá thuộc Bộ Tài chính",
     [("Vụ Pháp chế", "sub_unit", "Bộ Tư pháp"), ("Bộ Tư pháp", "ministry", None),
      ("Cục Quản lý giá thuộc Bộ Tài chính", "sub_unit", "Bộ Tài chính")]),
    # A bare "các" before a list of provinces is no group of its own.
    ("các tỉnh Bắc Ninh, Hưng Yên", [("tỉnh Bắc Ninh", "province", None), ("Hưng Yên", "province", None)]),
])
def test_units_with_their_ministry(cell, expected):
    p = parse_agencies(cell)
    assert [(m.mention, m.kind, m.parent) for m in p.mentions] == expected
    _assert_covered(cell, p)


# ----------------------------------------------------------------------------- real strings, second pass of issue 14
# (cell, issuer, [(mention, kind, name)]), as REAL above; the classes the third held-out set and the first pass's
# named gaps showed.  Sources per block (find_string ids: the public-repository index).
REAL_2 = [
    # Party and steering bodies, by name or by their head and level.  Nghị quyết 86/NQ-CP 2025 (baothanhhoa.vn);
    # Kết luận 127-KL/TW 2025 (societynewstech.com); Công điện 201/CĐ-TTg 2025 (baochinhphu.vn); Quyết định
    # 44/2025/QĐ-CTUBND Gia Lai (nhansu.vn).
    ("Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư", None,
     [("Ban Chấp hành Trung ương", "central_body", "Ban Chấp hành Trung ương Đảng"),
      ("Bộ Chính trị", "central_body", "*"), ("Ban Bí thư", "central_body", "*")]),
    ("Ban Chỉ đạo Trung ương tổng kết Nghị quyết 18", None,
     [("Ban Chỉ đạo Trung ương tổng kết Nghị quyết 18", "central_body", "*")]),
    ("Cơ quan Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
     None, [("Cơ quan Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
             "chuyển đổi số", "central_body", "*")]),
    ("Ban Thường vụ Đảng ủy UBND tỉnh", None, [("Ban Thường vụ Đảng ủy UBND tỉnh", "provincial_body", "*")]),
    # District bodies (before 2025-07-01), whole.  Huyện Tứ Kỳ, Hải Dương (daihop1.tuky.haiduong.gov.vn); Kế hoạch
    # 1576/KH-UBND 2019, TP. Hồ Chí Minh (thuviennhadat.vn).
    ("Văn phòng HĐND&UBND huyện", None,
     [("Văn phòng HĐND&UBND huyện", "district_body", "Văn phòng HĐND và UBND huyện")]),
    # "UBND huyện Đăk Hà", "Phòng Nội vụ": xã Đăk Ngọk's 2023 administrative-reform plan
    # (dakngok.huyendakha.kontum.gov.vn): the district's name stays in the mention; a Phòng is a unit.
    ("UBND huyện Đăk Hà", None, [("UBND huyện Đăk Hà", "district_body", "Ủy ban nhân dân huyện Đăk Hà")]),
    ("Phòng Nội vụ", None, [("Phòng Nội vụ", "sub_unit", "*")]),
    ("các sở, ban, ngành, Ủy ban nhân dân quận, huyện, xã, phường, thị trấn", None,
     [("các sở, ban, ngành", "collective", "*"),
      ("Ủy ban nhân dân quận, huyện, xã, phường, thị trấn", "collective", "Ủy ban nhân dân các cấp")]),
    # Abbreviations either way.  Sở Công Thương Lào Cai 2026 (ids 54567011954, 68591187231, 54532788857); a
    # provincial body list of 2025 (id 59666992396); Khánh Hòa 2026 (id 67232932571).
    ("BQL các KCN; BQL Khu kinh tế tỉnh", None,
     [("BQL các KCN", "provincial_body", "*"), ("BQL Khu kinh tế tỉnh", "provincial_body", "*")]),
    ("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh", None,
     [("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh", "provincial_body",
       "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh")]),
    ("Công an tỉnh (phần thẩm quyền CA) + SCT (5 nội dung a–đ Điều 6 NĐ 105/2025)", None,
     [("Công an tỉnh", "provincial_branch", "*"), ("SCT", "provincial_body", "Sở Công Thương")]),
    ("Ban Quản lý Vườn QG Núi Chúa – Phước Bình", None,
     [("Ban Quản lý Vườn QG Núi Chúa – Phước Bình", "provincial_body", "*")]),
    ("Ban Quản lý Khu kinh tế và Khu công nghiệp", None,
     [("Ban Quản lý Khu kinh tế và Khu công nghiệp", "provincial_body", "Ban Quản lý các khu công nghiệp tỉnh")]),
    # Provincial bodies the gazetteer lacked.  An Giang 2025-2026 (ids 6844434633, 52266074231); a seed list in a
    # public repository (id 56230917688).
    ("Sở Tài chính, Chi nhánh Ngân hàng chính sách xã hội tỉnh An Giang", None,
     [("Sở Tài chính", "provincial_body", "*"),
      ("Chi nhánh Ngân hàng chính sách xã hội tỉnh An Giang", "provincial_branch",
       "Chi nhánh Ngân hàng Chính sách xã hội tỉnh An Giang")]),
    ("Ban của Hội đồng nhân dân tỉnh", None, [("Ban của Hội đồng nhân dân tỉnh", "provincial_body", "*")]),
    ("Văn phòng Đăng ký Đất đai tỉnh, Chi cục Thuế tỉnh", None,
     [("Văn phòng Đăng ký Đất đai tỉnh", "provincial_body", "*"), ("Chi cục Thuế tỉnh", "provincial_branch", "*")]),
    # A unit of a department; an opening verb is no name; a qualifier stays with its group; "huyện/xã".  Kế hoạch
    # 157/KH-SCT 2026, Lâm Đồng (id 70118164938); a Khánh Hòa reporting schedule (id 63246762371).
    ("Phòng KH-TH", None, [("Phòng KH-TH", "sub_unit", "*")]),
    ("Phối hợp các phòng thuộc Sở, UBND cấp xã", None,
     [("các phòng thuộc Sở", "collective", "*"), ("UBND cấp xã", "collective", "Ủy ban nhân dân cấp xã")]),
    ("Phối hợp Ban Quản lý các KCN tỉnh, UBND cấp huyện/xã", None,
     [("Ban Quản lý các KCN tỉnh", "provincial_body", "*"),
      ("UBND cấp huyện/xã", "collective", "Ủy ban nhân dân các cấp")]),
    ("UBND các xã, phường trọng điểm và các sở, ban, ngành", None,
     [("UBND các xã, phường trọng điểm", "collective", "Ủy ban nhân dân cấp xã"),
      ("các sở, ban, ngành", "collective", "*")]),
    # A company or group: kind enterprise, the state groups by name (Viettel), any other by its head ("Công ty").
    # Lào Cai 2026 (id 54567011954); Công văn 6582 of Hà Nội (id 62127217087).
    ("Công ty Điện lực Lào Cai", None, [("Công ty Điện lực Lào Cai", "enterprise", "Công ty Điện lực Lào Cai")]),
    ("Sở KHCN, Tập đoàn Viettel", None,
     [("Sở KHCN", "provincial_body", "Sở Khoa học và Công nghệ"), ("Tập đoàn Viettel", "enterprise",
                                                                  "Tập đoàn Công nghiệp - Viễn thông Quân đội")]),
]


@pytest.mark.parametrize("cell,issuer,expected", REAL_2, ids=[c[:40] for c, _, _ in REAL_2])
def test_real_cells_second_pass(cell, issuer, expected):
    test_real_cells(cell, issuer, expected)


@pytest.mark.parametrize("cell,expected", [
    # "Vụ X, Bộ Y": a comma between a Vụ or Cục and its ministry is no list (Điều 3 lists of ministries' decisions,
    # e.g. Quyết định 1589/QĐ-TTg 2025 cites "Vụ ..., Bộ Nội vụ"); a Ban before a ministry stays a list item.
    ("Vụ Pháp chế, Bộ Tư pháp", [("Vụ Pháp chế, Bộ Tư pháp", "sub_unit", "Bộ Tư pháp")]),
    ("Ban Chỉ đạo Xyz, Bộ Công an", [("Ban Chỉ đạo Xyz", "unknown", None), ("Bộ Công an", "ministry", None)]),
])
def test_units_after_a_comma(cell, expected):
    test_units_with_their_ministry(cell, expected)


# ----------------------------------------------------------------------------- real strings, third pass of issue 14
# (cell, issuer, [(mention, kind, name)]), as REAL above: the classes the fourth held-out set (tests/data/heldout.yaml,
# agencies_v4) showed.  Sources: Nghị quyết 03/NQ-CP 2025 Phụ lục II and Kế hoạch 3260-KH/ĐĐQH15 2025 (repository
# thetrungdtt/VNMasterplan); find_string ids of the public-repository index for the local ones.
_AN_THOI_DONG = "ỦY BAN NHÂN DÂN XÃ AN THỚI ĐÔNG"      # a commune's plan rules, 2025-2026 (id 55107769037)
_CONG_HAI = "ĐẢNG UỶ XÃ CÔNG HẢI"                        # a commune Party committee's draft plan, 2026 (id 70278330122)
REAL_3 = [
    # Communes, wards and special zones from 2025-07-01: their bodies by name or abbreviation, the issuer's own
    # for a bare name, a commune named after its level word (Cao Bằng 2026, id 53796754098; Tuyên Quang, id
    # 70739769132); a bare "UBND xã" in any other decision stays the group of communes.
    ("TT CUDVC", _AN_THOI_DONG, [("TT CUDVC", "commune_body", "Trung tâm Cung ứng dịch vụ công xã")]),
    ("VP HĐND-UBND", _AN_THOI_DONG, [("VP HĐND-UBND", "commune_body", "Văn phòng HĐND và UBND xã")]),
    ("Phòng VH-XH; UBMTTQ", _AN_THOI_DONG,
     [("Phòng VH-XH", "commune_body", "Phòng Văn hóa - Xã hội"),
      ("UBMTTQ", "commune_body", "Ủy ban Mặt trận Tổ quốc Việt Nam xã")]),
    ("TT PVHCC; các phòng", _AN_THOI_DONG,
     [("TT PVHCC", "commune_body", "Trung tâm Phục vụ hành chính công xã"), ("các phòng", "collective", "*")]),
    ("UBND xã; DN viễn thông", _AN_THOI_DONG,
     [("UBND xã", "commune_body", "Ủy ban nhân dân xã"), ("DN viễn thông", "collective", "Các doanh nghiệp")]),
    ("UBND xã", None, [("UBND xã", "collective", "Ủy ban nhân dân cấp xã")]),
    ("Uỷ ban nhân dân xã", _CONG_HAI, [("Uỷ ban nhân dân xã", "commune_body", "Ủy ban nhân dân xã")]),
    ("Cơ quan Uỷ ban Kiểm tra Đảng uỷ xã", _CONG_HAI,
     [("Cơ quan Uỷ ban Kiểm tra Đảng uỷ xã", "commune_body", "Ủy ban Kiểm tra Đảng ủy xã")]),
    ("UBND xã Đàm Thủy", None, [("UBND xã Đàm Thủy", "commune_body", "Ủy ban nhân dân xã Đàm Thủy")]),
    ("UBND Phường Nùng Trí Cao", None,
     [("UBND Phường Nùng Trí Cao", "commune_body", "Ủy ban nhân dân phường Nùng Trí Cao")]),
    ("Xã Mậu Duệ", None, [("Xã Mậu Duệ", "commune_body", "Xã Mậu Duệ")]),
    # A person's title that ends with a head noun ("Cán bộ") is no part of a name (Lào Cai, id 69358417211).
    ("Cán bộ Công an tỉnh", None, [("Công an tỉnh", "provincial_branch", "Công an tỉnh")]),
    ("Chuyên viên Văn phòng UBND tỉnh", None,
     [("Văn phòng UBND tỉnh", "provincial_body", "Văn phòng Ủy ban nhân dân tỉnh")]),
    # Bodies of a Party committee, at its level; level words are read with their marks ("cơ quan" is no "quận").
    ("Ban Nội chính Tỉnh ủy", None, [("Ban Nội chính Tỉnh ủy", "provincial_body", "*")]),
    ("Cơ quan UBKT Tỉnh ủy", None, [("Cơ quan UBKT Tỉnh ủy", "provincial_body", "*")]),
    ("Đảng ủy Các cơ quan Đảng tỉnh", None, [("Đảng ủy Các cơ quan Đảng tỉnh", "provincial_body", "*")]),
    ("Đảng ủy cơ quan Văn phòng Quốc hội", None, [("Đảng ủy cơ quan Văn phòng Quốc hội", "central_body", "*")]),
    ("Lãnh đạo Ban Dân nguyện", None, [("Ban Dân nguyện", "central_body", "Ban Dân nguyện")]),
    # A national organisation named bare in a province's decision is the province's.
    ("Hội nông dân", "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
     [("Hội nông dân", "provincial_body", "Hội Nông dân tỉnh Cao Bằng")]),
    ("Hội nông dân", None, [("Hội nông dân", "mass_organisation", "Hội Nông dân Việt Nam")]),
    # Names written with "&" for "và", or without their "Việt Nam".
    ("Sở Khoa học & công nghệ", None, [("Sở Khoa học & công nghệ", "provincial_body", "Sở Khoa học và Công nghệ")]),
    ("Bộ Quốc phòng, Viện Hàn lâm Khoa học và Công nghệ và các bộ, ngành, địa phương", None,
     [("Bộ Quốc phòng", "ministry", "*"),
      ("Viện Hàn lâm Khoa học và Công nghệ", "government_agency", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"),
      ("các bộ, ngành, địa phương", "collective", "*")]),
    # The merged provincial press and broadcaster (2025), with its province's name.
    ("Lãnh đạo Báo và Phát thanh, Truyền hình Lào Cai", None,
     [("Báo và Phát thanh, Truyền hình Lào Cai", "provincial_body", "Báo và Phát thanh, Truyền hình tỉnh Lào Cai")]),
    ("Báo và Phát thanh, truyền hình Cao Bằng", None,
     [("Báo và Phát thanh, truyền hình Cao Bằng", "provincial_body", "Báo và Phát thanh, Truyền hình tỉnh Cao Bằng")]),
    # A Phòng of a department, after a comma.
    ("Lãnh đạo Phòng PBGDPL, Sở Tư pháp", None, [("Phòng PBGDPL, Sở Tư pháp", "sub_unit", "*")]),
    # Groups keep what qualifies them, and the same group named twice is one.
    ("Các thành phố trực thuộc Trung ương và một số tỉnh đủ điều kiện", None,
     [("Các thành phố trực thuộc Trung ương và một số tỉnh đủ điều kiện", "collective", "*")]),
    ("Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành", None,
     [("Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành", "collective", "*")]),
    ("Các Đoàn đại biểu Quốc hội, các đại biểu Quốc hội", None,
     [("Các Đoàn đại biểu Quốc hội, các đại biểu Quốc hội", "collective", "Các Đoàn đại biểu Quốc hội")]),
    ("Các trường học", None, [("Các trường học", "collective", "Các trường học")]),
    # Bodies the gazetteer does not name, typed by their head and level, a province inside the name.
    ("Ban QLDA Đầu tư và Xây dựng tỉnh Cao Bằng", None,
     [("Ban QLDA Đầu tư và Xây dựng tỉnh Cao Bằng", "provincial_body", "*")]),
    ("Hiệp hội Thủy sản tỉnh An Giang", None, [("Hiệp hội Thủy sản tỉnh An Giang", "provincial_body", "*")]),
    ("Trường Chính trị tỉnh", None, [("Trường Chính trị tỉnh", "provincial_body", "*")]),
    ("Quỹ phát triển đất", None, [("Quỹ phát triển đất", "provincial_body", "*")]),
]


@pytest.mark.parametrize("cell,issuer,expected", REAL_3, ids=[f"{c[:32]}|{bool(i)}" for c, i, _ in REAL_3])
def test_real_cells_third_pass(cell, issuer, expected):
    test_real_cells(cell, issuer, expected)


def test_a_commune_issuer_is_read():
    """The issuer of a commune's decision is the commune's People's Committee or Party committee."""
    from normalize.agencies import _issuer_id
    assert _issuer_id(_AN_THOI_DONG) == "cx.ubnd_xa"
    assert _issuer_id(_CONG_HAI) == "cx.dang_uy_xa"


# Issue 14, fifth pass: the classes set 5 showed, each with its real strings (sources in tests/data/heldout.yaml).
SET5_CLASSES = [
    # colon lists whose head names more kinds of body, or what they are; a gloss after an item
    ("Các Bộ, cơ quan: Tài chính, Xây dựng, Văn hóa, Thể thao và Du lịch, Tập đoàn Điện lực Việt Nam", "VĂN PHÒNG CHÍNH PHỦ",
     [("Tài chính", "bo.tai_chinh"), ("Xây dựng", "bo.xay_dung"),
      ("Văn hóa, Thể thao và Du lịch", "bo.van_hoa_the_thao_du_lich"), ("Tập đoàn Điện lực Việt Nam", "dn.evn")]),
    ("Các Bộ, cơ quan: NNMT, DTTG, TC, XD, YT, GDĐT, VHTTDL, NV, TP, KHCN, NHNNVN", "VĂN PHÒNG CHÍNH PHỦ",
     [("NNMT", "bo.nong_nghiep_moi_truong"), ("DTTG", "bo.dan_toc_ton_giao"), ("TC", "bo.tai_chinh"),
      ("XD", "bo.xay_dung"), ("YT", "bo.y_te"), ("GDĐT", "bo.giao_duc_dao_tao"),
      ("VHTTDL", "bo.van_hoa_the_thao_du_lich"), ("NV", "bo.noi_vu"), ("TP", "bo.tu_phap"),
      ("KHCN", "bo.khoa_hoc_cong_nghe"), ("NHNNVN", "cqnb.ngan_hang_nha_nuoc")]),
    ("các Bộ, cơ quan là Ủy viên Ban Chỉ đạo: Công an, Nông nghiệp và Môi trường (NNMT), Kiểm toán Nhà nước",
     "VĂN PHÒNG CHÍNH PHỦ", [("Công an", "bo.cong_an"), ("Nông nghiệp và Môi trường (NNMT)", "bo.nong_nghiep_moi_truong"),
                             ("Kiểm toán Nhà nước", "tp.kiem_toan_nha_nuoc")]),
    # lists of provinces: the items are provinces, also a city named bare
    ("Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp", "VĂN PHÒNG CHÍNH PHỦ",
     [("Tuyên Quang", "prov.tuyen_quang"), ("Đồng Nai", "prov.dong_nai"), ("Hồ Chí Minh", "prov.ho_chi_minh"),
      ("Đồng Tháp", "prov.dong_thap")]),
    # a group phrase written without a comma is the group; a closed group ends before the next group
    ("Văn phòng UBND tỉnh, Sở Nội vụ, các sở ngành", "UBND TỈNH ĐẮK LẮK",
     [("Văn phòng UBND tỉnh", "dp.van_phong_ubnd_tinh"), ("Sở Nội vụ", "dp.so_noi_vu"),
      ("các sở ngành", "coll.so_ban_nganh")]),
    ("Văn phòng Chính phủ, Bộ Tài chính, các bộ, ngành địa phương liên quan", "THỦ TƯỚNG CHÍNH PHỦ",
     [("Văn phòng Chính phủ", "cqnb.van_phong_chinh_phu"), ("Bộ Tài chính", "bo.tai_chinh"),
      ("các bộ, ngành địa phương liên quan", "coll.bo_nganh_dia_phuong")]),
    ("các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương, "
     "cơ quan, tổ chức khác có liên quan", "THỦ TƯỚNG CHÍNH PHỦ",
     [("các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "coll.bo_cqnb_cqtcp"),
      ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "coll.ubnd_cac_tinh"),
      ("cơ quan, tổ chức khác có liên quan", "coll.other")]),
    # group qualifiers and clauses stay in the group
    ("Các địa phương có đảo", "VĂN PHÒNG CHÍNH PHỦ", [("Các địa phương có đảo", "coll.ubnd_cac_dia_phuong")]),
    ("Bộ Xây dựng, các địa phương, cơ quan chủ quản các dự án đang triển khai thi công", "VĂN PHÒNG CHÍNH PHỦ",
     [("Bộ Xây dựng", "bo.xay_dung"), ("các địa phương", "coll.ubnd_cac_dia_phuong"),
      ("cơ quan chủ quản các dự án đang triển khai thi công", "coll.other")]),
    # an abbreviation after a comma is another body; "&" between abbreviations joins a name
    ("các bộ, ngành, Tập đoàn FPT, CMC", "VĂN PHÒNG CHÍNH PHỦ",
     [("các bộ, ngành", "coll.bo_nganh"), ("Tập đoàn FPT", "dn.fpt"), ("CMC", "dn.cmc")]),
    ("UBND tỉnh Đồng Nai, ACV", "VĂN PHÒNG CHÍNH PHỦ", [("UBND tỉnh Đồng Nai", "prov.dong_nai"), ("ACV", "dn.acv")]),
    ("Văn phòng, Phòng KHCN & HTQT", "TRƯỜNG ĐẠI HỌC HÙNG VƯƠNG", [("Văn phòng", None), ("Phòng KHCN & HTQT", None)]),
    # a level shared back over a comma
    ("HĐND, UBND tỉnh", "UBND TỈNH ĐẮK LẮK", [("HĐND", "dp.hoi_dong_nhan_dan_tinh"), ("UBND tỉnh", "prov.dak_lak")]),
    # a centrally-run city's bodies ("... thành phố"), a place inside a name, "của Quốc hội"
    ("Ban Chỉ huy Bộ đội Biên phòng thành phố", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
     [("Ban Chỉ huy Bộ đội Biên phòng thành phố", "dp.bo_chi_huy_bien_phong_tinh")]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội",
     "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "dp.uy_ban_mttq_tinh"),
      ("các tổ chức chính trị - xã hội", "coll.to_chuc_chinh_tri_xa_hoi")]),
    ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
     [("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "dp.ban_quan_ly_khu_cong_nghiep")]),
    ("Ủy ban Kinh tế và Tài chính của Quốc hội, Hội đồng dân tộc của Quốc hội và các Ủy ban của Quốc hội",
     "VĂN PHÒNG CHÍNH PHỦ", [("Ủy ban Kinh tế và Tài chính của Quốc hội", "tw.uy_ban_kinh_te_tai_chinh"),
                             ("Hội đồng dân tộc của Quốc hội", "tw.hoi_dong_dan_toc"),
                             ("các Ủy ban của Quốc hội", "coll.co_quan_quoc_hoi")]),
]


@pytest.mark.parametrize("cell,issuer,want", SET5_CLASSES)
def test_set5_agency_classes(cell, issuer, want):
    ms = parse_agencies(cell, issuer=issuer).mentions
    assert [(m.mention, m.agency_id) for m in ms] == want, [(m.mention, m.kind, m.agency_id) for m in ms]


def test_a_bare_head_that_is_no_unit_of_every_body_is_not_a_mention():
    """"Tập đoàn, doanh nghiệp công nghệ số" (set 4): "Tập đoàn" is not named alone like "Văn phòng"."""
    assert "Tập đoàn" not in [m.mention for m in parse_agencies("Tập đoàn, doanh nghiệp công nghệ số").mentions]


# The classes of sets 6 and 7 (issue 14, fifth and sixth passes), one real string or more each, with its source:
# (cell, issuer, [(mention, agency id or "kind:<kind>")]).
SETS_6_7_CLASSES = [
    # a centre or institute named with its level (Quyết định 2820/QĐ-UBND 2025, Thành phố Hồ Chí Minh)
    ("Sở Khoa học và Công nghệ, Trung tâm Chuyển đổi số Thành phố", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
     [("Sở Khoa học và Công nghệ", "dp.so_khoa_hoc_cong_nghe"), ("Trung tâm Chuyển đổi số Thành phố", "kind:provincial_body")]),
    # ... or with none: the issuer's level (Kế hoạch 980/KH-UBND 2025, Nghệ An)
    ("Văn phòng Ban Chỉ huy; các sở, ban, ngành", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
     [("Văn phòng Ban Chỉ huy", "kind:provincial_body"), ("các sở, ban, ngành", "coll.so_ban_nganh")]),
    # a board named by the zones it runs (Thành phố Hồ Chí Minh 2025; Kế hoạch 179/KH-UBND 2025, Đồng Nai)
    ("Ban Quản lý các khu công nghệ cao và khu công nghiệp", None,
     [("Ban Quản lý các khu công nghệ cao và khu công nghiệp", "dp.ban_quan_ly_khu_cong_nghiep")]),
    ("Ban Quản lý các Khu công nghiệp, khu kinh tế, Sở Tài chính", None,
     [("Ban Quản lý các Khu công nghiệp, khu kinh tế", "dp.ban_quan_ly_khu_cong_nghiep"), ("Sở Tài chính", "dp.so_tai_chinh")]),
    # groups: two sectors stay two (Kế hoạch 141/KH-UBND 2025, Bắc Ninh); closing words (Quyết định 2629/QĐ-TTg 2025)
    ("Sở, ban, ngành, tổ chức chính trị - xã hội", None,
     [("Sở, ban, ngành", "coll.so_ban_nganh"), ("tổ chức chính trị - xã hội", "coll.to_chuc_chinh_tri_xa_hoi")]),
    ("UBND Thành phố Hồ Chí Minh và các tỉnh/thành phố khác", None,
     [("UBND Thành phố Hồ Chí Minh", "prov.ho_chi_minh"), ("các tỉnh/thành phố khác", "coll.ubnd_cac_tinh")]),
    ("Các bộ ngành và các địa phương", None, [("Các bộ ngành và các địa phương", "coll.bo_nganh_dia_phuong")]),
    # words that qualify a group (Kế hoạch 310/KH-UBND 2025, Hà Nội)
    ("Các doanh nghiệp đầu tư hạ tầng", None, [("Các doanh nghiệp đầu tư hạ tầng", "coll.doanh_nghiep")]),
    # a national body with "tỉnh X", a department named with its province (Kế hoạch 179/KH-UBND 2025, Đồng Nai)
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai", None,
     [("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai", "dp.tinh_doan")]),
    ("Thuế Đồng Nai", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", [("Thuế Đồng Nai", "dp.thue_tinh")]),
    ("Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II", None,
     [("Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II", "dp.ngan_hang_nha_nuoc_khu_vuc")]),
    # the Quốc hội's committees in its standing committee's plan (Nghị quyết 1339/NQ-UBTVQH15)
    ("Ủy ban Xã hội chủ trì thẩm tra [2]", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", [("Ủy ban Xã hội", "kind:central_body")]),
    ("Trung ương Mặt trận Tổ quốc Việt Nam", None, [("Trung ương Mặt trận Tổ quốc Việt Nam", "tw.mat_tran_to_quoc")]),
    # a ministry's units (Quyết định 110/QĐ-BXD 2025)
    ("Thanh tra Bộ Xây dựng", "BỘ XÂY DỰNG", [("Thanh tra Bộ Xây dựng", "kind:sub_unit")]),
    ("Vụ Pháp chế, Trung tâm thông tin, các đơn vị liên quan.", "BỘ XÂY DỰNG",
     [("Vụ Pháp chế", "kind:sub_unit"), ("Trung tâm thông tin", "kind:sub_unit"),
      ("các đơn vị liên quan", "coll.co_quan_don_vi_lien_quan")]),
    # a unit in brackets; bare heads; communes in a colon list (Kế hoạch 552/KH-UBND 2025, Đồng Tháp)
    ("Sở Y tế (Chi Cục Dân số - Xã hội)", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
     [("Sở Y tế", "dp.so_y_te"), ("Chi Cục Dân số - Xã hội", "kind:sub_unit")]),
    ("Viện, Trường; Sở, ban, ngành có liên quan", None,
     [("Viện, Trường", "coll.truong_dai_hoc_vien_nghien_cuu"), ("Sở, ban, ngành có liên quan", "coll.so_ban_nganh")]),
    ("Ủy ban nhân dân các xã: Gia Thuận, Tân Điền", None,
     [("Gia Thuận", "kind:commune_body"), ("Tân Điền", "kind:commune_body")]),
    # set 8: a group then the verb of its assignment; a colon list ended by a clause; enterprises as a group
    # (Nghị quyết 109/NQ-CP 2026); a body named bare in a province's plan, "cấp xã" after a commune's body (Kế hoạch
    # 1026/KH-UBND 2025 of Nghệ An); zones sharing "khu" (Quyết định 2853/QĐ-UBND 2025, Thành phố Hồ Chí Minh)
    ("1. Bộ Nội vụ chủ trì tổng hợp, đề xuất 2. Các bộ, cơ quan rà soát, sửa đổi thuộc lĩnh vực quản lý", "CHÍNH PHỦ",
     [("Bộ Nội vụ", "bo.noi_vu"), ("Các bộ, cơ quan", "coll.bo_nganh")]),
    ("Các Bộ: Tài chính, Xây dựng, Quốc phòng theo chức năng, nhiệm vụ rà soát, hoàn thiện", "CHÍNH PHỦ",
     [("Tài chính", "bo.tai_chinh"), ("Xây dựng", "bo.xay_dung"), ("Quốc phòng", "bo.quoc_phong")]),
    ("Các bộ, cơ quan, địa phương, Tập đoàn kinh tế, Tổng công ty", None,
     [("Các bộ, cơ quan, địa phương", "coll.bo_nganh_dia_phuong"), ("Tập đoàn kinh tế, Tổng công ty", "coll.doanh_nghiep")]),
    ("Liên đoàn Lao động, Hội Nông dân", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
     [("Liên đoàn Lao động", "dp.lien_doan_lao_dong_tinh"), ("Hội Nông dân", "dp.hoi_nong_dan_tinh")]),
    ("Văn phòng HĐND - UBND cấp xã", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
     [("Văn phòng HĐND - UBND cấp xã", "cx.van_phong_hdnd_ubnd_xa")]),
    ("Ban Quản lý các Khu chế xuất và công nghiệp Thành phố", None,
     [("Ban Quản lý các Khu chế xuất và công nghiệp Thành phố", "dp.ban_quan_ly_khu_cong_nghiep")]),
    # set 9: a central text names every province's body (Quyết định 28/2026/QĐ-TTg, Chỉ thị 21/CT-TTg); a colon list
    # ended by "và" and a new body; "quy tập" is no "quỹ" (Quyết định 798/QĐ-TTg); a lower-case known name glued to
    # an unknown body (Quyết định 892/QĐ-TTg); a national body with a bare "tỉnh" (Kế hoạch 0124/KH-UBND, Đắk Lắk)
    ("các bộ ngành, Ủy ban nhân dân cấp tỉnh", "THỦ TƯỚNG CHÍNH PHỦ",
     [("các bộ ngành", "coll.bo_nganh"), ("Ủy ban nhân dân cấp tỉnh", "coll.ubnd_cac_tinh")]),
    ("Ban Thường vụ Tỉnh ủy, Thành ủy", "THỦ TƯỚNG CHÍNH PHỦ",
     [("Ban Thường vụ Tỉnh ủy, Thành ủy", "coll.tinh_uy_thanh_uy")]),
    ("Các Bộ: Y tế, Tài chính và Ủy ban nhân dân tỉnh, thành phố", "THỦ TƯỚNG CHÍNH PHỦ",
     [("Y tế", "bo.y_te"), ("Tài chính", "bo.tai_chinh"), ("Ủy ban nhân dân tỉnh, thành phố", "coll.ubnd_cac_tinh")]),
    ("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ", "THỦ TƯỚNG CHÍNH PHỦ",
     [("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ", "kind:central_body")]),
    ("Chính phủ, Hội đồng quản lý bảo hiểm xã hội", "THỦ TƯỚNG CHÍNH PHỦ",
     [("Chính phủ", "tw.chinh_phu"), ("Hội đồng quản lý bảo hiểm xã hội", "kind:central_body")]),
    ("các cấp ủy Đảng, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
     [("các cấp ủy Đảng", "coll.cap_uy_to_chuc_dang"), ("Mặt trận Tổ quốc Việt Nam tỉnh", "dp.uy_ban_mttq_tinh"),
      ("các tổ chức chính trị - xã hội tỉnh", "coll.to_chuc_chinh_tri_xa_hoi")]),
    ("Các Trung tâm y tế", None, [("Các Trung tâm y tế", "coll.other")]),
    # set 10: a ward named like a former province (Lào Cai 2026); "của" + a known body inside a name (Công văn
    # 174/CV-BCĐ 2025)
    ("UBND phường Yên Bái", "UBND TỈNH LÀO CAI", [("UBND phường Yên Bái", "kind:commune_body")]),
    ("Ban Chỉ đạo của Chính phủ (qua Bộ Nội vụ)", None,
     [("Ban Chỉ đạo của Chính phủ", "kind:central_body"), ("Bộ Nội vụ", "bo.noi_vu")]),
]


@pytest.mark.parametrize("cell,issuer,want", SETS_6_7_CLASSES, ids=[c[0][:40] for c in SETS_6_7_CLASSES])
def test_set6_and_set7_agency_classes(cell, issuer, want):
    ms = parse_agencies(cell, issuer=issuer).mentions
    got = [(m.mention, f"kind:{m.kind}" if w.startswith("kind:") else m.agency_id) for m, (_, w) in zip(ms, want)]
    assert len(ms) == len(want) and got == want, [(m.mention, m.kind, m.agency_id) for m in ms]


# The classes of set 11 (Lâm Đồng 2025-2026 drafts of vpubnd49/VBAI, Công văn 5973/UBND-KT of Lào Cai, Thông báo
# 659/TB-VPCP: tests/data/heldout.yaml agencies_v11), one real string each: (cell, issuer, [(mention, id or kind)]).
LD = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
SET11_CLASSES = [
    # a known body's name glued to the verb of its assignment
    ("Sở Văn hóa Thể thao Du lịch chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh).", LD,
     [("Sở Văn hóa Thể thao Du lịch", "dp.so_van_hoa_the_thao_du_lich"), ("Văn phòng UBND tỉnh", "dp.van_phong_ubnd_tinh"),
      ("Trung tâm Phục vụ hành chính công tỉnh", "dp.trung_tam_phuc_vu_hcc")]),
    # the merged provincial press named with "Đài"; a person's title before it
    ("Báo và Đài Phát thanh, Truyền hình Lâm Đồng", LD,
     [("Báo và Đài Phát thanh, Truyền hình Lâm Đồng", "dp.bao_va_phat_thanh_truyen_hinh_tinh")]),
    ("Tổng biên tập Báo và Phát thanh Truyền hình Lâm Đồng;", LD,
     [("Báo và Phát thanh Truyền hình Lâm Đồng", "dp.bao_va_phat_thanh_truyen_hinh_tinh")]),
    # "CN" for "Chi nhánh"
    ("Ngân hàng Nhà nước CN Khu vực 10", LD, [("Ngân hàng Nhà nước CN Khu vực 10", "dp.ngan_hang_nha_nuoc_khu_vuc")]),
    # a title of a rank on the body's head noun; titles in a row
    ("Trưởng ban Quản lý các Khu Công nghiệp tỉnh;", LD,
     [("ban Quản lý các Khu Công nghiệp tỉnh", "dp.ban_quan_ly_khu_cong_nghiep")]),
    ("Đại diện Lãnh đạo Ban Nội chính Tỉnh ủy, Ủy ban kiểm tra Tỉnh ủy, Văn phòng UBND tỉnh và các sở, ban, ngành có liên quan.", LD,
     [("Ban Nội chính Tỉnh ủy", "kind:provincial_body"), ("Ủy ban kiểm tra Tỉnh ủy", "kind:provincial_body"),
      ("Văn phòng UBND tỉnh", "dp.van_phong_ubnd_tinh"), ("các sở, ban, ngành có liên quan", "coll.so_ban_nganh")]),
    # units known by a code
    ("Lãnh đạo Công an tỉnh và đại diện lãnh đạo PV01, PC04, PH10 và các đơn vị liên quan.", LD,
     [("Công an tỉnh", "dp.cong_an_tinh"), ("PV01", "kind:sub_unit"), ("PC04", "kind:sub_unit"), ("PH10", "kind:sub_unit"),
      ("các đơn vị liên quan", "coll.co_quan_don_vi_lien_quan")]),
    # a numbered region's command; verbs naming the bodies acted on; a class noun before a name
    ("Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng và đề nghị Bộ tư lệnh Vùng Cảnh sát biển 3", LD,
     [("Bộ Chỉ huy quân sự tỉnh", "dp.bo_chi_huy_quan_su_tinh"), ("Bộ đội Biên phòng", "dp.bo_chi_huy_bien_phong_tinh"),
      ("Bộ tư lệnh Vùng Cảnh sát biển 3", "kind:provincial_branch")]),
    ("Bộ Nông nghiệp và Môi trường chỉ đạo cơ quan chức năng", LD,
     [("Bộ Nông nghiệp và Môi trường", "bo.nong_nghiep_moi_truong"), ("cơ quan chức năng", "coll.other")]),
    # a class noun in small letters opens a group; "phòng, chống" separates nothing
    ("lực lượng chuyên trách phòng, chống tội phạm về ma túy", LD,
     [("lực lượng chuyên trách phòng, chống tội phạm về ma túy", "coll.other")]),
    # a Phòng with its provincial branch; a company's unit in a province
    ("Phòng Cảnh sát QLHC về TTXH, Công an tỉnh", LD, [("Phòng Cảnh sát QLHC về TTXH, Công an tỉnh", "kind:sub_unit")]),
    ("đại diện VNPT Lâm Đồng và các đơn vị liên quan", LD,
     [("VNPT Lâm Đồng", "kind:enterprise"), ("các đơn vị liên quan", "coll.co_quan_don_vi_lien_quan")]),
    # a group "của" a province; the ground of an assignment ends a group; a qualifier listed on after a comma
    ("đại diện Bộ Nội vụ, Văn phòng Chính phủ và đại diện lãnh đạo các sở, ngành, địa phương của thành phố Đà Nẵng", None,
     [("Bộ Nội vụ", "bo.noi_vu"), ("Văn phòng Chính phủ", "cqnb.van_phong_chinh_phu"),
      ("các sở, ngành, địa phương của thành phố Đà Nẵng", "coll.so_ban_nganh")]),
    ("Các bộ, ngành trên cơ sở nhiệm vụ được giao", None, [("Các bộ, ngành", "coll.bo_nganh")]),
    ("các sở, ban, ngành và các doanh nghiệp cung cấp dịch vụ an toàn thông tin, công nghệ thông tin", LD,
     [("các sở, ban, ngành", "coll.so_ban_nganh"),
      ("các doanh nghiệp cung cấp dịch vụ an toàn thông tin, công nghệ thông tin", "coll.doanh_nghiep")]),
    # ... but not over another group's words (set 6: Kế hoạch 310/KH-UBND 2025, Hà Nội)
    ("Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư", None,
     [("Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư", "coll.doanh_nghiep")]),
]


# The classes of set 12 (Lâm Đồng 2025-2026 letters and reports of vpubnd49/VBAI: tests/data/heldout.yaml agencies_v12), one
# real string each.
SET12_CLASSES = [
    # a body with a head noun and a local level word
    ("Đoàn Luật sư tỉnh Lâm Đồng (cũ), Đoàn Luật sư tỉnh Bình Thuận (cũ), Đoàn Luật sư tỉnh Đắk Nông (cũ)", LD,
     [("Đoàn Luật sư tỉnh Lâm Đồng", "kind:provincial_body"), ("Đoàn Luật sư tỉnh Bình Thuận", "kind:provincial_body"),
      ("Đoàn Luật sư tỉnh Đắk Nông", "kind:provincial_body")]),
    # a 2025 commune with its former district after a dash; a commune's unit with its commune after a comma
    ("Công chức Văn phòng HĐND và UBND, UBND phường Xuân Hương - Đà Lạt", LD,
     [("Văn phòng HĐND và UBND, UBND phường Xuân Hương - Đà Lạt", "kind:commune_body")]),
    # a colon list's separator outside brackets
    ("lãnh đạo các sở, ngành: Khoa học và Công nghệ (và đại diện lãnh đạo các phòng chuyên môn, đơn vị trực thuộc); Tài chính; "
     "Nội vụ ; Văn phòng UBND tỉnh", LD,
     [("Khoa học và Công nghệ", "dp.so_khoa_hoc_cong_nghe"), ("Tài chính", "dp.so_tai_chinh"), ("Nội vụ", "dp.so_noi_vu"),
      ("Văn phòng UBND tỉnh", "dp.van_phong_ubnd_tinh")]),
    # a body's short name in brackets: one mention, the abbreviation part of it as printed
    ("UBND tỉnh Lâm Đồng và Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)", LD,
     [("UBND tỉnh Lâm Đồng", "prov.lam_dong"), ("Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)", "dt.phong_thuong_mai_cong_nghiep")]),
    # banks and firms by their head, with their province
    ("Giám đốc Ngân hàng MB chi nhánh Lâm Đồng", LD, [("Ngân hàng MB chi nhánh Lâm Đồng", "kind:enterprise")]),
    ("Phó Giám đốc Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng;", LD,
     [("Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng", "kind:enterprise")]),
    # a group ends where its predicate begins; a standing board
    ("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành khẩn trương báo cáo, đề xuất lại danh mục", LD,
     [("Sở Khoa học và Công nghệ", "dp.so_khoa_hoc_cong_nghe"), ("các sở, ngành", "coll.so_ban_nganh")]),
    ("Kính gửi: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", LD,
     [("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "dp.uy_ban_mttq_tinh")]),
    # a national system's body named bare before a province; a capitalised verb opening the cell
    ("Chỉ đạo Công an TP Hồ Chí Minh", LD, [("Công an TP Hồ Chí Minh", "dp.cong_an_tinh")]),
    # a title's word after a name's dash; a person's unit written as an address after the title
    ("Trưởng phòng/Phó Trưởng phòng Công chức - Viên chức, Sở Nội vụ;", LD,
     [("phòng Công chức - Viên chức, Sở Nội vụ", "kind:sub_unit")]),
    ("Phó Giám đốc Trung tâm Hạ tầng và Công nghệ số, Sở Khoa học và Công nghệ", LD,
     [("Trung tâm Hạ tầng và Công nghệ số, Sở Khoa học và Công nghệ", "kind:sub_unit")]),
    # "Thường trực" after a person's title is the title's
    ("Phó Bí thư Thường trực Tỉnh Đoàn.", LD, [("Tỉnh Đoàn", "dp.tinh_doan")]),
]


HN, BYT = "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "BỘ Y TẾ"
# The classes of held-out set 13 (Hà Nội 2025: the Đề án of the technology exchange, Quyết định 2858/QĐ-UBND; Bộ Y
# tế: Quyết định 2093/QĐ-BYT), fixed after its first run; "constructed" marks a variant written here, not printed.
SET13_CLASSES = [
    # a province's committee named by the bare place
    ("Ký kết các thỏa thuận hợp tác cấp vùng giữa UBND Hà Nội với các tỉnh, thành", HN,
     [("UBND Hà Nội", "prov.ha_noi"), ("các tỉnh, thành", "coll.ubnd_cac_tinh")]),
    ("UBND Đồng Nai chủ trì", None, [("UBND Đồng Nai", "prov.dong_nai")]),                      # constructed
    # a department before "các tỉnh, thành phố": every province's; before "tỉnh, thành phố" the department as a kind
    # (set 13 labels it a group; sets 9, 19, 20 and 22 label the same form the provincial body, and their reading is
    # followed since the sixth session)
    ("Sở Y tế tỉnh, thành phố trực thuộc TƯ;", BYT, [("Sở Y tế tỉnh, thành phố trực thuộc TƯ", "dp.so_y_te")]),
    ("Thủ trưởng các Sở Y tế các tỉnh, thành phố trực thuộc Trung ương và Thủ trưởng các đơn vị có liên quan", BYT,
     [("các Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "kind:collective"),
      ("các đơn vị có liên quan", "coll.co_quan_don_vi_lien_quan")]),
    # the office or inspectorate a title names; heads after a plural head
    ("Chánh Văn phòng Bộ; Cục trưởng Cục Phòng bệnh; Thủ trưởng các Vụ, Cục", BYT,
     [("Văn phòng Bộ", "kind:sub_unit"), ("Cục Phòng bệnh", "kind:sub_unit"), ("các Vụ, Cục", "kind:collective")]),
    ("Chánh Thanh tra Sở Xây dựng; Chủ tịch UBND quận Bắc Từ Liêm", HN,
     [("Thanh tra Sở Xây dựng", "kind:sub_unit"), ("UBND quận Bắc Từ Liêm", "kind:district_body")]),
    ("Chánh Văn phòng Sở Tư pháp", HN, [("Văn phòng Sở Tư pháp", "kind:sub_unit")]),              # constructed
    # a name inside prose, a dash inside a name, a bare place ending a name
    ("Theo đề nghị của Cục trưởng Cục Phòng bệnh.", BYT, [("Cục Phòng bệnh", "kind:sub_unit")]),
    ("công văn số 37/TC-QC ngày 22/01/2025 của Cục Tác chiến - Bộ Tổng tham mưu", HN,
     [("Cục Tác chiến", "kind:sub_unit"), ("Bộ Tổng tham mưu", "su.bqp_bo_tong_tham_muu")]),
    ("Miễn tiền thuê mặt bằng tại Trung tâm Giao dịch công nghệ thường xuyên Hà Nội", HN,
     [("Trung tâm Giao dịch công nghệ thường xuyên Hà Nội", "kind:provincial_body")]),
    ("Xét đề nghị của Giám đốc Sở Quy hoạch - Kiến trúc Hà Nội", HN,
     [("Sở Quy hoạch - Kiến trúc Hà Nội", "kind:provincial_body")]),
    ("Sở Quy hoạch - Kiến trúc kiểm tra, xác nhận hồ sơ, bản vẽ đồ án", HN,
     [("Sở Quy hoạch - Kiến trúc", "kind:provincial_body")]),
    ("Ra Quyết định thành lập Công ty cổ phần Sàn Giao dịch công nghệ Hà Nội", HN,
     [("Công ty cổ phần Sàn Giao dịch công nghệ Hà Nội", "kind:enterprise")]),
    # a Party committee of a body named inside prose
    ("Nghị quyết số 12-NQ/ĐU ngày 30/12/2021 của Ban thường vụ Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh", HN,
     [("Ban thường vụ Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh", "kind:central_body")]),
    # a class of bodies, then its members: the label is no mention, unlisted members take the class's kind
    ("Các quỹ đầu tư: VinaCapital, VinVentures, Dragon Capital, Mekong Capital,....", HN,
     [("VinaCapital", "kind:enterprise"), ("VinVentures", "kind:enterprise"), ("Dragon Capital", "kind:enterprise"),
      ("Mekong Capital", "kind:enterprise")]),
    ("Các tập đoàn công nghệ: FPT, CMC, Viettel, VNPT,…", HN,
     [("FPT", "dn.fpt"), ("CMC", "dn.cmc"), ("Viettel", "dn.viettel"), ("VNPT", "dn.vnpt")]),
    # a colon list's last item before "và các ...", an unlisted department in a list of Sở
    ("Giao các Sở: Tài chính, Nông nghiệp và Môi trường, Xây dựng và các cơ quan liên quan của Thành phố", HN,
     [("Tài chính", "dp.so_tai_chinh"), ("Nông nghiệp và Môi trường", "dp.so_nong_nghiep_moi_truong"),
      ("Xây dựng", "dp.so_xay_dung"), ("các cơ quan liên quan của Thành phố", "kind:collective")]),
    ("Thủ trưởng các Sở, ban, ngành: Quy hoạch - Kiến trúc, Xây dựng", HN,
     [("Quy hoạch - Kiến trúc", "kind:provincial_body"), ("Xây dựng", "dp.so_xay_dung")]),
    # bodies "thuộc" a group are a group; a role's label before a colon is no body
    ("Cơ quan thực hiện thủ tục hành chính: Cơ quan chuyên môn về y tế thuộc Uỷ ban nhân dân cấp tỉnh", BYT,
     [("Cơ quan chuyên môn về y tế thuộc Uỷ ban nhân dân cấp tỉnh", "kind:collective")]),
    ("Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp: Sở Nội vụ", LD,                               # constructed
     [("Sở Tư pháp", "dp.so_tu_phap"), ("Sở Nội vụ", "dp.so_noi_vu")]),
    # a unit and its parent joined by a dash: the unit, its parent that body (no mention of its own; after a comma
    # the mention takes the parent in, as sets 5, 11, 12 and 15 read "Phòng X, Sở Y")
    ("Cổng Thông tin điện tử - Bộ Y tế;", BYT, [("Cổng Thông tin điện tử", "kind:sub_unit")]),
    ("Ban QLDA Đầu tư xây dựng chuyên ngành - Học viện Chính trị quốc gia Hồ Chí Minh căn cứ các nội dung điều chỉnh", HN,
     [("Ban QLDA Đầu tư xây dựng chuyên ngành", "kind:sub_unit")]),
    # (a unit the gazetteer knows keeps its ministry after the dash as a mention of its own: sets 25-51, sixteen times)
    ("Cục Kiểm soát thủ tục hành chính - VPCP;", BYT, [("Cục Kiểm soát thủ tục hành chính", "su.cuc_kiem_soat_tthc"),
                                                      ("VPCP", "cqnb.van_phong_chinh_phu")]),
    # a group inside prose
    ("UBND TP Hà Nội cho phép ký kết biên bản ghi nhớ (MoU) với các tổ chức quốc tế", HN,
     [("UBND TP Hà Nội", "prov.ha_noi"), ("các tổ chức quốc tế", "kind:collective")]),
    # a body's Party committee before a group the verb takes (the group is no part of the name)
    ("Đảng ủy Bộ Giáo dục và Đào tạo phối hợp với các cơ quan liên quan", None,                  # constructed
     [("Đảng ủy Bộ Giáo dục và Đào tạo", "kind:central_body"), ("các cơ quan liên quan", "coll.co_quan_don_vi_lien_quan")]),
]


LM = "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH"
# The classes of held-out set 14 (a commune's Fatherland Front and election bodies, Lương Minh, Quảng Ninh, 11/2025-01/2026:
# LaHieu11/baucu-luongminh), fixed after its first run.
SET14_CLASSES = [
    # bodies named bare in a commune's document are the commune's; a province's body named so stays the province's
    ("kiến nghị với Ủy ban Bầu cử xã, Thường trực HĐND, UBND xã khắc phục, chỉ đạo khắc phục kịp thời", LM,
     [("Ủy ban Bầu cử xã", "kind:commune_body"), ("Thường trực HĐND", "cx.hdnd_xa"), ("UBND xã", "cx.ubnd_xa")]),
    ("Thường trực HĐND, UBND, Ủy ban bầu cử xã;", LM,                                             # constructed
     [("Thường trực HĐND", "cx.hdnd_xa"), ("UBND", "cx.ubnd_xa"), ("Ủy ban bầu cử xã", "kind:commune_body")]),
    ("Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng, VP Đảng uỷ;", LM,
     [("Uỷ ban Kiểm tra Đảng uỷ", "cx.uy_ban_kiem_tra_dang_uy_xa"), ("Ban xây dựng Đảng", "cx.ban_xay_dung_dang_xa"),
      ("VP Đảng uỷ", "cx.van_phong_dang_uy_xa")]),
    ("BTT Ủy ban MTTQ Việt Nam tỉnh (B/c);", LM, [("BTT Ủy ban MTTQ Việt Nam tỉnh", "dp.uy_ban_mttq_tinh")]),
    ("Chủ tịch, các Phó Chủ tịch Ủy ban MTTQ VN xã;", LM, [("Ủy ban MTTQ VN xã", "cx.uy_ban_mttq_xa")]),
    # a name that names its level ends there when small letters follow
    ("Uỷ ban bầu cử xã thực hiện các bước hiệp thương", LM, [("Uỷ ban bầu cử xã", "kind:commune_body")]),
    ("Ủy ban nhân dân xã xác minh", LM, [("Ủy ban nhân dân xã", "cx.ubnd_xa")]),
    ("phối hợp với Ủy ban nhân dân cùng cấp thực hiện các nội dung sau", LM, [("Ủy ban nhân dân cùng cấp", "cx.ubnd_xa")]),
    # a body named for the village level is every village's: a group
    ("Ban Công tác Mặt trận ở các thôn (khu dân cư) trên địa bàn xã.", LM,
     [("Ban Công tác Mặt trận ở các thôn", "kind:collective")]),
    ("Bí thư Chi bộ, Trưởng thôn, Ban công tác MT thôn;", LM,
     [("Chi bộ", "kind:collective"), ("Ban công tác MT thôn", "kind:collective")]),
    # election bodies (Luật Bầu cử 2015), "các" before a body's name, a commune body with its commune's name
    ("Các tổ chức phụ trách bầu cử ở xã (Ủy ban bầu cử xã, các Ban bầu cử, Tổ bầu cử).", LM,
     [("Ủy ban bầu cử xã", "cx.uy_ban_bau_cu_xa"), ("các Ban bầu cử", "kind:collective"), ("Tổ bầu cử", "cx.to_bau_cu")]),
    ("Thường trực Hội đồng nhân dân xã Lương Minh.", LM, [("Thường trực Hội đồng nhân dân xã Lương Minh", "cx.hdnd_xa")]),
    ("Ủy ban bầu cử có trách nhiệm", LM, [("Ủy ban bầu cử", "cx.uy_ban_bau_cu_xa")]),                 # constructed
    # ", các ..." opens another group
    ("Ủy ban MTTQ Việt Nam xã phối hợp với Hội đồng nhân dân, Ủy ban nhân dân, các tổ chức thành viên, các cơ quan "
     "tuyên truyền", LM,
     [("Ủy ban MTTQ Việt Nam xã", "cx.uy_ban_mttq_xa"), ("Hội đồng nhân dân", "cx.hdnd_xa"), ("Ủy ban nhân dân", "cx.ubnd_xa"),
      ("các tổ chức thành viên", "kind:collective"), ("các cơ quan tuyên truyền", "kind:collective")]),
    # a group's own noun is no predicate ("tổ chức"), its predicate is ("thực hiện", "tăng cường")
    ("phối hợp với các tổ chức thành viên thực hiện giám sát độc lập tại các điểm bỏ phiếu.", LM,
     [("các tổ chức thành viên", "kind:collective")]),
    ("Phối hợp với các tổ chức thành viên tăng cường công tác tuyên truyền về mục đích, ý nghĩa của cuộc bầu cử", LM,
     [("các tổ chức thành viên", "kind:collective")]),
    # a body whose level names it, in prose; "được" alone is no group
    ("được gửi ngay đến Hội đồng bầu cử quốc gia, Uỷ ban thường vụ Quốc hội", LM,
     [("Hội đồng bầu cử quốc gia", "kind:central_body"), ("Uỷ ban thường vụ Quốc hội", "tw.uy_ban_thuong_vu_quoc_hoi")]),
]


CB = "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"
# The classes of held-out set 15 (Quyết định 2028/QĐ-UBND 2025 of Cao Bằng: the Sở Nội vụ's procedures), fixed after its
# first run.
SET15_CLASSES = [
    # abbreviations of provincial bodies; a body before "các xã, phường" is every commune's
    ("- Bộ phận tiếp nhận và trả kết quả của Sở Nội vụ tại TTPVHCC tỉnh; - TTPVHCC các xã, phường;", CB,
     [("Bộ phận tiếp nhận và trả kết quả của Sở Nội vụ", "kind:sub_unit"), ("TTPVHCC tỉnh", "dp.trung_tam_phuc_vu_hcc"),
      ("TTPVHCC các xã, phường", "kind:collective")]),
    ("- Đoàn ĐBQH tỉnh;", CB, [("Đoàn ĐBQH tỉnh", "dp.doan_dbqh_tinh")]),
    ("- Viễn thông Cao Bằng;", CB, [("Viễn thông Cao Bằng", "kind:enterprise")]),    # a telecom group's provincial unit
    ("- Các Ban HĐND tỉnh;", CB, [("Các Ban HĐND tỉnh", "dp.ban_hdnd_tinh")]),
    ("- Cục KSTTHC, Văn phòng Chính phủ;", CB, [("Cục KSTTHC, Văn phòng Chính phủ", "su.cuc_kiem_soat_tthc")]),
    # a list item naming a group by its members' role
    ("- Cơ quan, đơn vị tiếp nhận công chức;", CB, [("Cơ quan, đơn vị tiếp nhận công chức", "kind:collective")]),
    ("Công an tỉnh - Cơ quan thường trực", LD, [("Công an tỉnh", "dp.cong_an_tinh")]),       # set 12: a role, no group
    # a unit named right before its department, no comma: one unit of it (a party committee's bodies apart)
    ("Đại diện Lãnh đạo Ban Nội chính Tỉnh ủy, Ủy ban kiểm tra Tỉnh ủy", LD,
     [("Ban Nội chính Tỉnh ủy", "kind:provincial_body"), ("Ủy ban kiểm tra Tỉnh ủy", "kind:provincial_body")]),
]


@pytest.mark.parametrize("cell,issuer,want", SET11_CLASSES + SET12_CLASSES + SET13_CLASSES + SET14_CLASSES + SET15_CLASSES,
                         ids=[c[0][:40] for c in SET11_CLASSES + SET12_CLASSES + SET13_CLASSES + SET14_CLASSES
                              + SET15_CLASSES])
def test_set11_to_set15_agency_classes(cell, issuer, want):
    ms = parse_agencies(cell, issuer=issuer).mentions
    got = [(m.mention, f"kind:{m.kind}" if w.startswith("kind:") else m.agency_id) for m, (_, w) in zip(ms, want)]
    assert len(ms) == len(want) and got == want, [(m.mention, m.kind, m.agency_id) for m in ms]


def test_prose_with_a_known_name_inside_reads_without_recursing():
    """A task cell of Nghị quyết 175/NQ-CP (tests/real, held out) that once sent the prose reader into itself without
    end (a RecursionError that cost the whole file): it reads, and finds the one body it names."""
    cell = ("Hướng dẫn, tư vấn các tiêu chuẩn, quy chuẩn phục vụ thiết kế triển khai các giải pháp bảo đảm phát hiện, "
            "ngăn chặn từ xa mọi hành vi xâm phạm Trung tâm dữ liệu quốc gia cả về địa lý và trên không gian mạng")
    assert [m.mention for m in parse_agencies(cell).mentions] == ["Trung tâm dữ liệu quốc gia"]


def test_a_defect_of_the_reader_costs_one_cell_not_the_file(monkeypatch):
    """parse_agencies never raises: a defect inside it gives the cell back as one unknown mention (method "error")."""
    import normalize.agencies as agencies

    def broken(*args):
        raise RecursionError("maximum recursion depth exceeded")
    agencies.clear_caches()     # (a reading cached whole never calls the reader again)
    monkeypatch.setattr(agencies, "_parse_cached", broken)
    ms = agencies.parse_agencies("Sở Tư pháp chủ trì").mentions
    assert [(m.mention, m.kind, m.method) for m in ms] == [("Sở Tư pháp chủ trì", "unknown", "error")]


# A body no entry names ends where the sentence's predicate begins (word classes, normalize/predicate.py); a name's
# own verb-led words stay in it.  Real strings: sets 15 (Cao Bằng QĐ 2028/2025, TT 33/2026/TT-BCA) and 7-13.
PREDICATE_CASES = [
    ("Lãnh đạo Phòng Xây dựng chính quyền và Cải cách hành chính chuyển chuyên viên thụ lý hồ sơ",
     ["Phòng Xây dựng chính quyền và Cải cách hành chính"]),
    ("Lãnh đạo Trung tâm Lưu trữ lịch sử quyết định việc sử dụng tài liệu lưu trữ của độc giả",
     ["Trung tâm Lưu trữ lịch sử"]),
    ("Cục Pháp chế và cải cách hành chính, tư pháp lập dự toán kinh phí gửi Cục Kế hoạch và tài chính để tổng hợp",
     ["Cục Pháp chế và cải cách hành chính, tư pháp", "Cục Kế hoạch và tài chính"]),
    # a standing body named inside prose, after a word in small letters (set 14: Lương Minh MTTQ 2025)
    ("chủ động phối hợp với Thường trực Hội đồng nhân dân, Uỷ ban bầu cử xã thực hiện các bước hiệp thương",
     ["Thường trực Hội đồng nhân dân", "Uỷ ban bầu cử xã"]),
    # a dash between words in small letters joins the halves of a name (set 16: Hà Nội 2026)
    ("giao Viện Nghiên cứu phát triển kinh tế - xã hội Hà Nội", ["Viện Nghiên cứu phát triển kinh tế - xã hội Hà Nội"]),
    # a body's act named by a verb that takes another body ("chỉ đạo", "hướng dẫn") ends its name; right after a
    # capitalised head the verb names the body (set 17: Đồng Nai CV 11016/UBND-KTNS 2025, Thông báo 432-TB/VPTW 2025);
    # the body the verb takes is read too (set 17 labels both; fourteenth session)
    ("Giao Trung tâm Phát triển Quỹ đất tỉnh chỉ đạo Trung tâm Phát triển Quỹ đất các chi nhánh",
     ["Trung tâm Phát triển Quỹ đất tỉnh", "Trung tâm Phát triển Quỹ đất các chi nhánh"]),
    ("phối hợp với Đảng uỷ Bộ Tài chính hướng dẫn xử lý về trụ sở cấp uỷ sau sắp xếp", ["Đảng uỷ Bộ Tài chính"]),
    # a name's own words after its head: no predicate
    ("Phối hợp với Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn", ["Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn"]),
    ("giao Ban Quản lý dự án đầu tư xây dựng số 1", ["Ban Quản lý dự án đầu tư xây dựng số 1"]),
    ("thành lập Ban Vì sự tiến bộ của phụ nữ tỉnh", ["Ban Vì sự tiến bộ của phụ nữ tỉnh"]),
]


@pytest.mark.parametrize("cell,want", PREDICATE_CASES, ids=[c[0][:40] for c in PREDICATE_CASES])
def test_an_unlisted_name_ends_at_its_predicate(cell, want):
    assert [m.mention for m in parse_agencies(cell, issuer=CB).mentions] == want


# Group nouns listed with the role their members play, in small letters, up to the list's end or to the predicate
# that follows in prose (sets 14-15: Quảng Ninh MTTQ xã 2025, Cao Bằng QĐ 2028/2025, Hà Tĩnh QĐ 2920/2025).
ROLE_GROUP_CASES = [
    ("- Cơ quan, đơn vị có thẩm quyền tuyển dụng viên chức; - Hội đồng tuyển dụng.",
     ["Cơ quan, đơn vị có thẩm quyền tuyển dụng viên chức", "Hội đồng tuyển dụng"]),
    ("cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm phối hợp với Ủy ban nhân dân xã",
     ["cơ quan, tổ chức, đơn vị giới thiệu người ứng cử", "Ủy ban nhân dân xã"]),
    ("Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này",
     ["Ủy ban nhân dân các xã, phường", "các tổ chức, cá nhân có liên quan"]),
    ("- Sở Nội vụ; - Cơ quan, đơn vị phối hợp tổ chức thi.", ["Sở Nội vụ", "Cơ quan, đơn vị phối hợp tổ chức thi"]),
    ("Các cơ quan, đơn vị có trách nhiệm phối hợp", ["Các cơ quan, đơn vị"]),       # a predicate, not a role
    # partners named by what they are, after "phối hợp với" or a comma (set 17: Đồng Nai CV 11016/UBND-KTNS 2025,
    # Chỉ thị 24/CT-TTg 2025); persons and other "các" + nouns are not
    ("phối hợp với Sở Công Thương, các chủ đầu tư dự án rà soát", ["Sở Công Thương", "các chủ đầu tư dự án"]),
    ("phối hợp với các hãng hàng không khác chủ động nghiên cứu", ["các hãng hàng không khác"]),
    ("rà soát các vướng mắc", []),
    # "Chi nhánh" before a known body: its branch; after "các", its branches (sets 15, 18: land procedures)
    ("phối hợp với Văn phòng đăng ký đất đai và các Chi nhánh Văn phòng đăng ký đất đai để tổ chức thực hiện",
     ["Văn phòng đăng ký đất đai", "các Chi nhánh Văn phòng đăng ký đất đai"]),
    # a unit named in brackets after its ministry, after "qua" (set 18: letters asking for comments, 2026)
    ("ý kiến góp ý xin gửi về Bộ Y tế (qua Cục Phòng bệnh) trước 16h00 ngày 24/8/2026", ["Bộ Y tế", "Cục Phòng bệnh"]),
    # "gồm" before the colon, a count for "các": the counted group heads the list of its members, no mention itself
    # (set 39: a Bộ Tài chính Công văn of 10/2025 listing who had not reported)
    ("06 Bộ, ngành gồm: Bộ Tư pháp, Bộ Tài chính, Bộ Dân tộc và Tôn giáo, Bộ Nông nghiệp và Môi trường.",
     ["Bộ Tư pháp", "Bộ Tài chính", "Bộ Dân tộc và Tôn giáo", "Bộ Nông nghiệp và Môi trường"]),
    ("02 địa phương gồm: Cao Bằng, Lai Châu.", ["Cao Bằng", "Lai Châu"]),
    # a head noun in small letters before a colon opens no colon list: it ends a name ("cán bộ:"; set 19, a Bộ Văn hóa
    # letter of 2025)
    ("2. Vụ Tổ chức cán bộ:", ["Vụ Tổ chức cán bộ"]),
    # "hoặc" joins alternatives as "và" joins a list (set 18: Hà Nội 2025)
    ("phối hợp với Công an xã, phường hoặc UBND các xã, phường chủ động tổ chức ra quân",
     ["Công an xã, phường", "UBND các xã, phường"]),
    # a class of forces after a group's "và" is a group of its own, ending at its act (set 18: Hà Nội 2025)
    ("Phối hợp với UBND các phường, xã và lực lượng chức năng trong công tác tuyên truyền",
     ["UBND các phường, xã", "lực lượng chức năng"]),
    # a group of People's Committees or Councils takes only the listed qualifiers: free words after it are its act
    # (set 16: Quyết định 125/2025/QĐ-UBND of Huế)
    ("Ủy ban nhân dân cấp xã tiếp nhận, xem xét, kiểm tra tổng hợp hồ sơ", ["Ủy ban nhân dân cấp xã"]),
    # a line of legal basis names the bodies that issued what it cites (sets 14-16); one that names none points
    # elsewhere, as "Theo phân công tại ..." does
    ("Căn cứ Quyết định số 03/QĐ-UBBC ngày 05/12/2025 của Ủy ban bầu cử xã Phố Bảng", ["Ủy ban bầu cử xã Phố Bảng"]),
    ("Căn cứ chức năng, nhiệm vụ được giao", ["Căn cứ chức năng, nhiệm vụ được giao"]),
    # a unit described in small letters "của" its body: one unit of it; after "các", a group of them
    ("- Bộ phận tiếp nhận và trả kết quả của Sở Nội vụ tại TTPVHCC tỉnh; - TTPVHCC các xã, phường;",
     ["Bộ phận tiếp nhận và trả kết quả của Sở Nội vụ", "TTPVHCC tỉnh", "TTPVHCC các xã, phường"]),
    ("Các tổ chức thành viên của Mặt trận Tổ quốc xã", ["Các tổ chức thành viên của Mặt trận Tổ quốc xã"]),
]


@pytest.mark.parametrize("cell,want", ROLE_GROUP_CASES, ids=[c[0][:40] for c in ROLE_GROUP_CASES])
def test_group_nouns_with_their_role_are_one_group(cell, want):
    ms = parse_agencies(cell, issuer=CB).mentions
    assert [m.mention for m in ms] == want
    assert all(m.kind == "collective" for m in ms if m.mention.split()[0].lower() in ("cơ", "các"))


# The city written short, "TP" (set 16: Quyết định 2610/QĐ-UBND 2025 of Cần Thơ, Hà Nội 2026), and titles written
# short before a body in lists of recipients; a "TP" that opens a place stays the place's.
CT = "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"
CITY_SHORT_CASES = [
    ("- Thường trực HĐND TP;", [("Thường trực HĐND TP", "dp.hoi_dong_nhan_dan_tinh")]),
    ("- CT, các PCT UBND TP;", [("UBND TP", "prov.can_tho")]),
    ("- VP UBND TP (2, 3);", [("VP UBND TP", "dp.van_phong_ubnd_tinh")]),
    ("UBND TP. Hồ Chí Minh", [("UBND TP. Hồ Chí Minh", "prov.ho_chi_minh")]),
    ("Sở Tư pháp TP.HCM", [("Sở Tư pháp TP.HCM", "dp.so_tu_phap")]),
    # a member school of a university after a dash, with or without spaces; "ĐH" for Đại học (set 16: Hà Nội 2026)
    ("Văn phòng UBND Thành phố; Trường ĐH Kinh tế-ĐH Quốc gia Hà Nội",
     [("Văn phòng UBND Thành phố", "dp.van_phong_ubnd_tinh"), ("Trường ĐH Kinh tế", None)]),
    # the Party's bodies written as the initials of every word; an issuer's code inside a document's symbol is no body
    # (set 16: a Hà Nội Thành ủy department's 2026 plan; set 14: Lương Minh 2025)
    ("Trình TTTU, BTVTU, BCHĐBTP thông qua Nghị quyết", [("TTTU", "dp.tinh_uy"), ("BTVTU", "dp.tinh_uy")]),
    ("Hướng dẫn số 20-HD/BTGDVTU, ngày 22/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh uỷ Quảng Ninh",
     [("Ban Tuyên giáo và Dân vận Tỉnh uỷ Quảng Ninh", "dp.ban_tuyen_giao_dan_van_tinh_uy")]),
    ("Bộ KH&CN/Chính phủ hỗ trợ", [("Bộ KH&CN", "bo.khoa_hoc_cong_nghe"), ("Chính phủ", "tw.chinh_phu")]),
    # a colon list goes on after a ";" with bare names its head completes, and ends at a name with its own head
    # (set 18: Hà Nội's air-pollution letter of 2025)
    ("Các sở: Y tế; Giáo dục và Đào tạo, Khoa học và Công nghệ; UBND các xã, phường.",
     [("Y tế", "dp.so_y_te"), ("Giáo dục và Đào tạo", "dp.so_giao_duc_dao_tao"),
      ("Khoa học và Công nghệ", "dp.so_khoa_hoc_cong_nghe"), ("UBND các xã, phường", "coll.ubnd_cap_xa")]),
    # a department written with its head and the initials of its name (set 16: Hà Nội 2026)
    ("Sở QHKT, Sở KHCN, Sở TC, Sở NNMT, Sở Nội vụ", [("Sở QHKT", None), ("Sở KHCN", "dp.so_khoa_hoc_cong_nghe"),
     ("Sở TC", "dp.so_tai_chinh"), ("Sở NNMT", "dp.so_nong_nghiep_moi_truong"), ("Sở Nội vụ", "dp.so_noi_vu")]),
]


@pytest.mark.parametrize("cell,want", CITY_SHORT_CASES, ids=[c[0] for c in CITY_SHORT_CASES])
def test_the_city_written_short(cell, want):
    assert [(m.mention, m.agency_id) for m in parse_agencies(cell, issuer=CT).mentions] == want


# A group's extent in prose (sets 15, 18, 19, 20): the words after it are the act asked of it when a qualifier closes
# it or a verb before it acts on it, unless the list of bodies goes on; a group noun with no "các" after a partner's
# comma names partners by what they are; a capitalised group noun right after a name opens a new item; a body with a
# level after it is a group.
# A list of levels after a body or group is the same body at each (normalize/agencies/force_lists.py level_lists):
# the units inside a commune too (Nghị định on thôn and tổ dân phố, set 34), a level word the parser had read as a
# group of its own taken in (Hải Dương 2025, set 41), the group then at the tier the list names.
LEVEL_LIST_CASES = [
    ("Bí thư Chi bộ, Trưởng Ban Công tác Mặt trận thôn, tổ dân phố, các tổ chức chính trị - xã hội",
     [("Chi bộ", "coll.cap_uy_to_chuc_dang"), ("Ban Công tác Mặt trận thôn, tổ dân phố", "coll.ban_cong_tac_mat_tran"),
      ("các tổ chức chính trị - xã hội", "coll.to_chuc_chinh_tri_xa_hoi")]),
    ("d) Phối hợp với Ban Công tác Mặt trận và các tổ chức chính trị - xã hội ở thôn, tổ dân phố, lực lượng tham gia "
     "bảo vệ an ninh, trật tự ở cơ sở",
     [("Ban Công tác Mặt trận", "coll.ban_cong_tac_mat_tran"),
      ("các tổ chức chính trị - xã hội ở thôn, tổ dân phố", "coll.to_chuc_chinh_tri_xa_hoi")]),
    ("1. Lớp bồi dưỡng dành cho lãnh đạo tỉnh, lãnh đạo các Sở/ngành, UBND thành phố, huyện",
     [("các Sở/ngành", "coll.so_ban_nganh"), ("UBND thành phố, huyện", "coll.ubnd_cap_huyen")]),
    ("dự án do Ủy ban nhân dân phường, xã làm chủ đầu tư", [("Ủy ban nhân dân phường, xã", "coll.ubnd_cap_xa")]),
]


@pytest.mark.parametrize("cell,want", LEVEL_LIST_CASES)
def test_a_list_of_levels_is_one_group(cell, want):
    assert [(m.mention, m.agency_id) for m in parse_agencies(cell).mentions] == want


GROUP_EXTENT_CASES = [
    # Thông báo 682/TB-VPCP 2025 (set 19); Công văn 17986/BTC-CT 2025 (set 18); Quyết định of Hà Tĩnh 2025 (set 15)
    ("phối hợp với Bộ Tư pháp và các cơ quan có liên quan nghiên cứu kiến nghị",
     [("Bộ Tư pháp", "bo.tu_phap"), ("các cơ quan có liên quan", "coll.co_quan_don_vi_lien_quan")]),
    ("phối hợp với các cơ quan liên quan xem xét Phương án cơ cấu lại các khoản vay",
     [("các cơ quan liên quan", "coll.co_quan_don_vi_lien_quan")]),
    ("phối hợp với chính quyền địa phương xử lý các vấn đề liên ngành, liên vùng",
     [("chính quyền địa phương", "coll.ubnd_cac_dia_phuong")]),
    # Lai Châu 2025 (set 20): acted on by "Chỉ đạo"
    ("- Chỉ đạo các Sở, ngành đánh giá thuận lợi, khó khăn", [("các Sở, ngành", "coll.so_ban_nganh")]),
    # Bộ Xây dựng 2025 (set 17): the list goes on, so "thi công" names the kind of contractor
    ("Chỉ đạo các Ban Quản lý dự án, chủ đầu tư, nhà thầu thi công, các đơn vị tư vấn có liên quan",
     [("các Ban Quản lý dự án", "coll.other"), ("chủ đầu tư", "coll.chu_dau_tu"),
      ("nhà thầu thi công", "coll.doanh_nghiep"), ("các đơn vị tư vấn có liên quan", "coll.other")]),
    # Bắc Ninh 2025 (set 20): a consultant named by its kind after a partner's comma
    ("trách nhiệm phối hợp với Sở Xây dựng, đơn vị tư vấn để tổ chức khảo sát",
     [("Sở Xây dựng", "dp.so_xay_dung"), ("đơn vị tư vấn", "coll.other")]),
    # guards: a verb after the comma ("tổ chức thực hiện"), the body itself ("đơn vị mình"), a group "của" a body
    ("phối hợp với cơ quan thuế và các đơn vị liên quan hướng dẫn, tổ chức thực hiện việc đăng ký",
     [("cơ quan thuế", "coll.co_quan_thue"), ("các đơn vị liên quan", "coll.co_quan_don_vi_lien_quan")]),
    ("Các doanh nghiệp đầu tư hạ tầng", [("Các doanh nghiệp đầu tư hạ tầng", "coll.doanh_nghiep")]),
    # a cell's two lines joined (tests/real qd_982: Quyết định 982/QĐ-TTg 2026): a capitalised group noun opens an item
    ("Bộ Tài chính Cơ quan, tổ chức, doanh nghiệp liên quan",
     [("Bộ Tài chính", "bo.tai_chinh"), ("Cơ quan, tổ chức, doanh nghiệp liên quan", "coll.other")]),
    # a body with a level after it is every such body at that level (tests/real kh_277: Hà Nội 2026); set 16
    ("UB MTTQ Việt Nam Thành phố, MTTQ cấp xã và Ban Công tác mặt trận",
     [("UB MTTQ Việt Nam Thành phố", "dp.uy_ban_mttq_tinh"), ("MTTQ cấp xã", "coll.other"),
      ("Ban Công tác mặt trận", "coll.ban_cong_tac_mat_tran")]),
    ("nộp 01 (một) hồ sơ đến Trung tâm phục vụ hành chính công cấp xã",
     [("Trung tâm phục vụ hành chính công cấp xã", "coll.other")]),
    # roles every project or body has, named by the role (sets 14, 17, 20), apart from the groups beside them
    ("Công đoàn cơ sở phối hợp, huy động nguồn lực của doanh nghiệp, chính quyền địa phương và công đoàn cấp trên",
     [("Công đoàn cơ sở", "coll.cong_doan"), ("doanh nghiệp", "coll.doanh_nghiep"),
      ("chính quyền địa phương", "coll.ubnd_cac_dia_phuong"), ("công đoàn cấp trên", "coll.cong_doan")]),
    ("hướng dẫn Ban Công tác Mặt trận các thôn triển khai thực hiện.",
     [("Ban Công tác Mặt trận các thôn", "coll.ban_cong_tac_mat_tran")]),
    # two known groups of the state joined by "và" (set 20: Cà Mau 2025); a list completed by "địa phương" (set 12)
    ("- Phối hợp với Ủy ban nhân dân xã, phường và cơ quan thuế nghiên cứu các phương án",
     [("Ủy ban nhân dân xã, phường", "coll.ubnd_cap_xa"), ("cơ quan thuế", "coll.co_quan_thue")]),
    ("các Sở, ngành và địa phương", [("các Sở, ngành và địa phương", "coll.so_ban_nganh")]),
    ("Ủy ban nhân dân cấp xã, cơ quan thuế.", [("Ủy ban nhân dân cấp xã", "coll.ubnd_cap_xa"),
                                              ("cơ quan thuế", "coll.co_quan_thue")]),     # set 18: Hà Tĩnh 2025
    # a group and where it is, in a short clause (set 18: Hà Tĩnh 2025); a long one runs into its act (set 16)
    # a province's body named with "cấp tỉnh" is that body as a kind (sets 19, 21); its committee is every province's
    ("phối hợp với Thường trực Hội đồng nhân dân cấp tỉnh xem xét",
     [("Thường trực Hội đồng nhân dân cấp tỉnh", "dp.hoi_dong_nhan_dan_tinh")]),
    ("UBND cấp tỉnh", [("UBND cấp tỉnh", "coll.ubnd_cac_tinh")]),
    # a body at a level relative to another is every such body (set 21: the voter-meeting resolution)
    ("Phối hợp với Đoàn đại biểu Quốc hội, Ủy ban nhân dân cùng cấp và các cơ quan",
     [("Đoàn đại biểu Quốc hội", "dp.doan_dbqh_tinh"), ("Ủy ban nhân dân cùng cấp", "coll.other"),
      ("các cơ quan", "coll.co_quan_don_vi_lien_quan")]),
    # what a group is related to stays in it (set 22: job-position circulars of 2023)
    ("Các cơ quan có liên quan đến công tác chuyên môn.",
     [("Các cơ quan có liên quan đến công tác chuyên môn", "coll.co_quan_don_vi_lien_quan")]),
    ("Các Sở, ban ngành thuộc UBND tỉnh, HĐND và các cơ quan, tổ chức, đơn vị, doanh nghiệp có liên quan đến công tác "
     "chuyên môn", [("Các Sở, ban ngành thuộc UBND tỉnh", "coll.so_ban_nganh"),
                    ("các cơ quan, tổ chức, đơn vị, doanh nghiệp có liên quan đến công tác chuyên môn", "coll.other")]),
    # a ministry's units written as the initials of their names (set 22: circulars of the Bộ Kế hoạch và Đầu tư)
    ("Cục ĐTNN", [("Cục ĐTNN", "su.cuc_dau_tu_nuoc_ngoai")]),
    ("TCTK", [("TCTK", "su.tong_cuc_thong_ke")]),
    ("Các Sở, ban, ngành và UBND cấp xã nơi có hoạt động thăm dò khoáng sản.",
     [("Các Sở, ban, ngành", "coll.so_ban_nganh"), ("UBND cấp xã nơi có hoạt động thăm dò khoáng sản", "coll.ubnd_cap_xa")]),
    # the People's Committees named by their level: every province's, in a province's own text its own (sets 9-20)
    ("chủ đầu tư chủ trì tổ chức khảo sát, đề xuất Ủy ban nhân dân cấp tỉnh quyết định",
     [("chủ đầu tư", "coll.chu_dau_tu"), ("Ủy ban nhân dân cấp tỉnh", "coll.ubnd_cac_tinh")]),
]


@pytest.mark.parametrize("cell,want", GROUP_EXTENT_CASES, ids=[c[0][:40] for c in GROUP_EXTENT_CASES])
def test_a_groups_extent_in_prose(cell, want):
    assert [(m.mention, m.agency_id) for m in parse_agencies(cell).mentions] == want


def test_the_committees_of_the_province_level_in_a_provinces_own_text():
    ms = parse_agencies("Ủy ban nhân dân cấp tỉnh", issuer="ỦY BAN NHÂN DÂN TỈNH LAI CHÂU").mentions
    assert [(m.mention, m.agency_id) for m in ms] == [("Ủy ban nhân dân cấp tỉnh", "prov.lai_chau")]


# A whole list item of "các" and words in small letters names actors by what they are (held-out set 23: Kế hoạch
# 275/KH-UBND 2025 and 188/KH-UBND 2026 of Huế; set 16).  Guards from set 14: persons written "Các đ/c ..." and
# documents after a comma in prose ("..., các văn bản lãnh đạo, ...") are no group.
ITEM_GROUPS = [
    ("Các đối tác truyền thông", [("Các đối tác truyền thông", "coll.other")]),
    ("Các cơ sở kinh doanh dịch vụ du lịch", [("Các cơ sở kinh doanh dịch vụ du lịch", "coll.other")]),
    ("Các cơ sở lưu trú, các homestay", [("Các cơ sở lưu trú, các homestay", "coll.other")]),
    ("Sở Văn hóa và Thể thao; Hiệp hội Du lịch thành phố Huế; UBND các xã, phường liên quan; Các điểm du lịch dịch vụ",
     [("Sở Văn hóa và Thể thao", "dp.so_van_hoa_the_thao"), ("Hiệp hội Du lịch thành phố Huế", None),
      ("UBND các xã, phường liên quan", "coll.ubnd_cap_xa"), ("Các điểm du lịch dịch vụ", "coll.other")]),
    ("Các đơn vị thuộc đối tượng thụ hưởng", [("Các đơn vị thuộc đối tượng thụ hưởng", "coll.other")]),
    ("Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã.",
     [("MTTQ xã", "cx.uy_ban_mttq_xa")]),
    ("tư tưởng của Hội đồng Bầu cử Quốc gia, các văn bản lãnh đạo, chỉ đạo của Tỉnh ủy",
     [("Hội đồng Bầu cử Quốc gia", "tw.hoi_dong_bau_cu_quoc_gia"), ("Tỉnh ủy", "dp.tinh_uy")]),
]


@pytest.mark.parametrize("text,expected", ITEM_GROUPS, ids=[t[:40] for t, _ in ITEM_GROUPS])
def test_item_groups(text, expected):
    assert [(m.mention, m.agency_id) for m in parse_agencies(text).mentions] == expected


# Initials joined as offices join them ("&" for "và", "-" or "," for a comma): every department's, from its name, not
# from a list of aliases.  "Sở VH&TT" is printed in Kế hoạch 275/KH-UBND 2025 of Huế (held-out set 23); "Sở LĐTB&XH"
# had been split into "Sở" and the ministry.
@pytest.mark.parametrize("text,aid", [
    ("Sở VH&TT", "dp.so_van_hoa_the_thao"),
    ("Sở LĐTB&XH", "dp.so_lao_dong_thuong_binh_xa_hoi"),
    ("Sở LĐ-TB&XH", "dp.so_lao_dong_thuong_binh_xa_hoi"),
    ("Sở VHTT&DL", "dp.so_van_hoa_the_thao_du_lich"),
    ("Sở NN&MT", "dp.so_nong_nghiep_moi_truong"),
])
def test_joined_initials(text, aid):
    assert [(m.mention, m.agency_id) for m in parse_agencies(text).mentions] == [(text, aid)]


# A name read whole but linked to nothing whose letters, marks aside, are a known body's is that body, as fuzzy:
# "Thể thạo" for "Thể thao" (a Công điện of 2025, held-out set 21).
@pytest.mark.parametrize("text,aid", [
    ("phối hợp với Bộ Văn hóa, Thể thạo và Du lịch và các cơ quan liên quan", "bo.van_hoa_the_thao_du_lich"),
    ("Sở Văn hóa, Thể thạo và Du lịch", "dp.so_van_hoa_the_thao_du_lich"),
])
def test_misspelt_marks(text, aid):
    m = parse_agencies(text).mentions[0]
    assert (m.agency_id, m.method) == (aid, "fuzzy") and m.score < 1


# Firms named by their trade ("hãng"), hospitals and religious bodies named without their place (held-out set 23:
# Kế hoạch 275/KH-UBND 2025 and 188/KH-UBND 2026 of Huế).
@pytest.mark.parametrize("text,expected", [
    ("Các hãng hàng không: Vietjet, Vietnam Airline; Bangkok Airways...",
     [("Vietjet", "enterprise"), ("Vietnam Airline", "enterprise"), ("Bangkok Airways", "enterprise")]),
    ("Bệnh viện Y học cổ truyền", [("Bệnh viện Y học cổ truyền", "provincial_body")]),
    ("Giáo hội Phật giáo TP; Hiệp hội du lịch thành phố",
     [("Giáo hội Phật giáo TP", "provincial_body"), ("Hiệp hội du lịch thành phố", "provincial_body")]),
])
def test_kinds_by_head(text, expected):
    got = parse_agencies(text, issuer="Ủy ban nhân dân thành phố Huế").mentions
    assert [(m.mention, m.kind) for m in got] == expected


# A provincial body no entry names whose head and next two syllables open one type's names is that type, as fuzzy
# (held-out set 23, Huế); guard from set 8: "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao" is no industrial zones'
# board (its stem "ban quản lý khu nông" opens no entry).
@pytest.mark.parametrize("text,aid", [
    ("Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ trợ doanh nghiệp", "dp.trung_tam_xuc_tien"),
    ("Sở Khoa học và Công nghệ; Trung tâm xúc tiến", "dp.trung_tam_xuc_tien"),
    ("Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên", None),
])
def test_stem_types(text, aid):
    m = parse_agencies(text, issuer="UBND thành phố Huế").mentions[-1]
    assert m.agency_id == aid and (aid is None or m.method == "fuzzy")


# A ministry's words in small letters after a comma are a unit's own name, not its parent; the unit in brackets after
# a ministry is that ministry's (held-out set 22: Thông tư 03/2025/TT-BKHĐT as the Công báo prints it). Before, the
# unit was given Bộ Tài nguyên và Môi trường for its parent, silently.
def test_small_ministry_words_are_a_units_name():
    ms = parse_agencies("Bộ Kế hoạch và Đầu tư (Vụ Khoa học, giáo dục, tài nguyên và môi trường)").mentions
    assert [(m.mention, m.kind, m.parent) for m in ms] == [
        ("Bộ Kế hoạch và Đầu tư", "ministry", None),
        ("Vụ Khoa học, giáo dục, tài nguyên và môi trường", "sub_unit", "Bộ Kế hoạch và Đầu tư")]


# A body no entry names that opens its numbered clause ends where its predicate begins, as inside a sentence (held-out
# set 24, Quyết định 74/2025/QĐ-UBND of Hà Nội: the name had run to the clause's end, then been linked by its type).
# Guards: a steering committee named for its field after "về" ("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập ...": set 9;
# "... Trung ương về phát triển khoa học, ...": set 3) is whole; a cell that is a name alone is whole.
@pytest.mark.parametrize("text,expected", [
    ("1. Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội cấp giấy phép xây dựng đối với việc xây "
     "dựng mới, sửa chữa, cải tạo, di dời các công trình thuộc địa bàn quản lý.",
     "Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội"),
    ("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ",
     "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ"),
    ("Cơ quan Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
     "Cơ quan Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp"),
])
def test_a_name_opening_its_clause_ends_at_its_predicate(text, expected):
    ms = parse_agencies(text, issuer="Ủy ban nhân dân thành phố Hà Nội").mentions
    assert ms[0].mention == expected


# A group named by its head, what its members do and the level they belong to ("Các Sở quản lý công trình xây dựng
# chuyên ngành Thành phố tham mưu ...": held-out set 24, Hà Nội) is one group up to that level; it had been dropped
# whole.  Guards: with nothing between head and level ("các cơ quan Trung ương đóng trên địa bàn tỉnh", the first
# held-out set) the rule does not apply, and a list (a comma before the level) is no such group.
@pytest.mark.parametrize("text,expected", [
    ("3. Các Sở quản lý công trình xây dựng chuyên ngành Thành phố tham mưu giúp UBND Thành phố giám định xây dựng",
     ["Các Sở quản lý công trình xây dựng chuyên ngành Thành phố", "UBND Thành phố"]),
    ("- Các cơ quan tham mưu quản lý nhà nước thuộc Bộ;", ["Các cơ quan tham mưu quản lý nhà nước thuộc Bộ"]),
    ("Giám đốc các sở, Thủ trưởng các ban ngành, đơn vị cấp tỉnh; các cơ quan Trung ương đóng trên địa bàn tỉnh",
     ["các sở", "các ban ngành, đơn vị cấp tỉnh", "các cơ quan Trung ương đóng trên địa bàn tỉnh"]),
])
def test_a_group_up_to_its_level(text, expected):
    ms = parse_agencies(text, issuer="Ủy ban nhân dân thành phố Hà Nội").mentions
    assert [m.mention for m in ms] == expected and ms[0].kind == "collective"


# A unit of the issuing ministry opening its lettered item, then a colon and its task ("e) Thanh tra Bộ: Xây dựng kế
# hoạch thanh tra, ...": held-out set 24) is that unit; the colon had been read as a list of the Bộ's members, giving
# the ministry itself and the task as an unknown body.  Guards: "Các Bộ: Tài chính, Tư pháp" and a title's colon list
# ("Giám đốc Sở: Tư pháp, Y tế") are lists.
@pytest.mark.parametrize("text,expected", [
    ("e) Thanh tra Bộ: Xây dựng kế hoạch thanh tra, phối hợp kiểm tra liên ngành", [("Thanh tra Bộ", "sub_unit")]),
    ("Các Bộ: Tài chính, Tư pháp", [("Tài chính", "ministry"), ("Tư pháp", "ministry")]),
    ("Giám đốc Sở: Tư pháp, Y tế", [("Tư pháp", "provincial_body"), ("Y tế", "provincial_body")]),
    # every head noun heads a colon list: "Các Tập đoàn: ..." (Quyết định 768/QĐ-TTg 2025, held-out set 25) ...
    ("- Các Tập đoàn: Điện lực Việt Nam, Công nghiệp - Năng lượng Quốc gia Việt Nam, Công nghiệp Than - Khoáng sản Việt "
     "Nam;", [("Điện lực Việt Nam", "enterprise"), ("Công nghiệp - Năng lượng Quốc gia Việt Nam", "enterprise"),
              ("Công nghiệp Than - Khoáng sản Việt Nam", "enterprise")]),
    # ... but not the last word of a body's name opening its item (held-out set 20)
    ("5. Đề nghị Ban Tuyên giáo và Dân vận Thành ủy: Định hướng các cơ quan thông tin, truyền hình",
     [("Ban Tuyên giáo và Dân vận Thành ủy", "provincial_body"), ("các cơ quan thông tin, truyền hình", "collective")]),
])
def test_a_unit_opening_its_item_before_a_colon_is_no_list_head(text, expected):
    ms = parse_agencies(text, issuer="Bộ Văn hóa, Thể thao và Du lịch").mentions
    assert [(m.mention, m.kind) for m in ms] == expected


# A group, "về" and a short field ending its piece ("cơ quan chuyên môn về xây dựng", "các tổ chức xã hội - nghề nghiệp
# về du lịch": held-out set 24) is one group; the field had been left over.  Guard: a longer tail is what the group
# does ("các cơ quan về ... theo quy định" stays as before), a capital after "về" starts a name.
@pytest.mark.parametrize("text,expected", [
    ("UBND Thành phố giao cơ quan chuyên môn về xây dựng, Sở Văn hóa và Thể thao chủ trì",
     ["UBND Thành phố", "cơ quan chuyên môn về xây dựng", "Sở Văn hóa và Thể thao"]),
    ("Phòng Thương mại và Công nghiệp Việt Nam, các tổ chức xã hội - nghề nghiệp về du lịch",
     ["Phòng Thương mại và Công nghiệp Việt Nam", "các tổ chức xã hội - nghề nghiệp về du lịch"]),
])
def test_a_group_and_its_short_field(text, expected):
    ms = parse_agencies(text, issuer="Ủy ban nhân dân thành phố Hà Nội").mentions
    assert [m.mention for m in ms] == expected


# A district's level and its name alone, in capitals as a table prints a column of executing units or in small letters
# ("HUYỆN TUY PHƯỚC", "thị xã An Nhơn", "THÀNH PHỐ QUY NHƠN": Quyết định 518/QĐ-UBND 2023 of Bình Định, held-out set
# 25) is that district acting: a district body (unlisted: no id, said so).  It had given nothing.  Guards: a province
# so named is the province ("Thành phố Huế"), and "quan hệ" in a marked text is no "quận" (held-out set 20).
@pytest.mark.parametrize("text,expected", [
    ("HUYỆN TUY PHƯỚC", [("HUYỆN TUY PHƯỚC", "district_body")]),
    ("thị xã An Nhơn", [("thị xã An Nhơn", "district_body")]),
    ("THÀNH PHỐ QUY NHƠN", [("THÀNH PHỐ QUY NHƠN", "district_body")]),
    ("Thành phố Huế", [("Thành phố Huế", "province")]),
    ("phối hợp với Ban quản lý khu công nghiệp, khu kinh tế, khu chế xuất khảo sát, nắm tình hình tiền lương, nợ lương, "
     "quan hệ lao động năm 2025", [("Ban quản lý khu công nghiệp, khu kinh tế, khu chế xuất", "provincial_body")]),
])
def test_a_district_named_alone_is_a_district_body(text, expected):
    ms = parse_agencies(text, issuer="Ủy ban nhân dân tỉnh Bình Định").mentions
    assert [(m.mention, m.kind) for m in ms] == expected


# A body named for each place of a kind ("Ban Chỉ đạo các quân khu", "Ban Chỉ đạo cấp quân khu", "Ban Chỉ đạo các
# tỉnh, thành phố trực thuộc Trung ương": Kế hoạch 252/KH-BCĐQG1237 2013, held-out set 25; "Phòng Kinh tế các xã": set
# 12) is a group; it had been read as one provincial body, an unknown, or a body and a group of provinces.  Guard: a
# listed body at its level stays that entry ("Trạm Y tế cấp xã").
@pytest.mark.parametrize("text,expected", [
    ("- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh.",
     [("Ban Chỉ đạo các quân khu", "collective"), ("Ban Chỉ đạo các tỉnh", "collective")]),
    ("4. Ban Chỉ đạo cấp quân khu, Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương",
     [("Ban Chỉ đạo cấp quân khu", "collective"), ("Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương", "collective")]),
    ("- Phòng KT, HT&ĐT các phường; - Phòng Kinh tế các xã;",
     [("Phòng KT, HT&ĐT các phường", "collective"), ("Phòng Kinh tế các xã", "collective")]),
    ("Trạm Y tế cấp xã", [("Trạm Y tế cấp xã", "commune_body")]),
    ("- Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp.",
     [("Mặt trận Tổ quốc Việt Nam", "central_body"), ("Hội Cựu chiến binh các cấp", "collective")]),
])
def test_a_body_of_each_place_is_a_group(text, expected):
    assert [(m.mention, m.kind) for m in parse_agencies(text).mentions] == expected


# Places of a level standing alone for their governments ("các tỉnh", "các huyện": Kế hoạch 252/KH-BCĐQG1237 2013,
# held-out set 25) are the group "UBND" before them names; a name cut at its predicate keeps no dash before it ("Cục
# A03 - để b/c", the same set).  Guard: places with no such group stay generic ("Các quân khu").
@pytest.mark.parametrize("text,expected", [
    ("- Các quân khu; các tỉnh.", [("Các quân khu", "coll.other"), ("các tỉnh", "coll.ubnd_cac_tinh")]),
    ("các huyện", [("các huyện", "coll.ubnd_cap_huyen")]),
    ("- Bộ Công an (Cục A03 - để b/c);", [("Bộ Công an", "bo.cong_an"), ("Cục A03", None)]),
])
def test_places_for_their_governments_and_no_dash_kept(text, expected):
    assert [(m.mention, m.agency_id) for m in parse_agencies(text).mentions] == expected


# A body named with the country's name and then a level, absolute or relative ("Ủy ban MTTQ Việt Nam cấp xã", "... Việt
# Nam cùng cấp", "... cấp dưới", "... các cấp"), is every such body at that level, with its standing board before it: one
# group (the joint resolution on meetings with voters, held-out set 21; Luật Bầu cử guidance, set 14; a Lào Cai plan,
# set 32).  The mention had stopped before "Việt Nam", the level was lost and "Ban Thường trực" read as an unknown body.
@pytest.mark.parametrize("text,expected", [
    ("Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã phối hợp với Ủy ban nhân dân cùng cấp",
     [("Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã", "collective"), ("Ủy ban nhân dân cùng cấp", "collective")]),
    ("phối hợp với Đoàn đại biểu Quốc hội, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp",
     [("Đoàn đại biểu Quốc hội", "provincial_body"),
      ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp", "collective")]),
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp dưới xây dựng kế hoạch tiếp xúc cử tri",
     [("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp dưới", "collective")]),
    ("thông qua Ủy ban Mặt trận Tổ quốc Việt Nam các cấp", [("Ủy ban Mặt trận Tổ quốc Việt Nam các cấp", "collective")]),
    ("Ủy ban MTTQ Việt Nam tỉnh Lào Cai", [("Ủy ban MTTQ Việt Nam tỉnh Lào Cai", "provincial_body")]),
])
def test_a_body_of_the_country_at_a_level_is_a_group(text, expected):
    assert [(m.mention, m.kind) for m in parse_agencies(text).mentions] == expected


# A province printed right after a body no entry names, or after a group, belongs to it: one mention ("Hội Thiện nguyện
# ... Bình Thuận tỉnh Lâm Đồng": a Lâm Đồng decision of 2025, set 55; "UBND cấp xã tỉnh Cao Bằng": set 48; "các tổ chức
# chính trị - xã hội tỉnh Lào Cai": set 52 - no label splits such a place off).  A group's words written as one body's
# name with the province's level ("Hiệp hội Doanh nghiệp tỉnh (Bình Thuận)") are that province's body.  Guards: lists
# and bodies of a government stay groups ("Sở, ban, ngành Thành phố": set 16).
@pytest.mark.parametrize("text,issuer,expected", [
    ("Điều 1. Cho phép đổi tên Hội Thiện nguyện Lan tỏa yêu thương tỉnh Bình Thuận thành Hội Thiện nguyện Lan tỏa yêu "
     "thương Bình Thuận tỉnh Lâm Đồng", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
     [("Hội Thiện nguyện Lan tỏa yêu thương tỉnh Bình Thuận", "provincial_body"),
      ("Hội Thiện nguyện Lan tỏa yêu thương Bình Thuận tỉnh Lâm Đồng", "provincial_body")]),
    ("- UBND cấp xã tỉnh Cao Bằng;", None, [("UBND cấp xã tỉnh Cao Bằng", "collective")]),
    ("Chủ tịch Hiệp hội Doanh nghiệp tỉnh Bình Thuận", "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN",
     [("Hiệp hội Doanh nghiệp tỉnh Bình Thuận", "provincial_body")]),
    ("gia hạn thời gian tổ chức Đại hội của Hiệp hội Doanh nghiệp tỉnh", "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN",
     [("Hiệp hội Doanh nghiệp tỉnh", "provincial_body")]),
    ("Sở, ban, ngành Thành phố", None, [("Sở, ban, ngành Thành phố", "collective")]),
])
def test_a_province_printed_after_a_body_is_its_own(text, issuer, expected):
    assert [(m.mention, m.kind) for m in parse_agencies(text, issuer=issuer).mentions] == expected


# A verb that opens a sentence is capitalised only as its first word: a body named right after it is read as after any
# verb in small letters (a Đắk Nông work plan, held-out set 12: the council had been lost).  Guard: a capitalised
# head noun first is a name of its own.
@pytest.mark.parametrize("text,expected", [
    ("Họp Hội đồng Nghĩa vụ quân sự tỉnh giao chỉ tiêu tuyển chọn và gọi công dân nhập ngũ cho các xã, phường",
     ["Hội đồng Nghĩa vụ quân sự tỉnh", "các xã, phường"]),
    ("- Họp Hội đồng Nghĩa vụ quân sự tỉnh", ["Hội đồng Nghĩa vụ quân sự tỉnh"]),
])
def test_a_body_after_a_sentence_s_first_verb(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# International organisations: "Tổ chức", a name ending with its scope and the short form when printed, or a
# capitalised name and its short form in brackets (sets 28, 34, 36, 42, 47 label each one unknown; they were read as
# nothing).  Guard: "Tổ chức" as a verb ("to hold a conference") names none.
@pytest.mark.parametrize("text,expected", [
    ("Chủ động liên hệ, làm việc với Tổ chức Y tế Thế giới (WHO) để thông tin ngay những vấn đề cần hỗ trợ khẩn cấp",
     [("Tổ chức Y tế Thế giới (WHO)", "unknown")]),
    ("c) Bộ Công an chuyển hồ sơ đến cơ quan có thẩm quyền của nước ngoài thông qua Tổ chức Cảnh sát hình sự quốc tế "
     "(INTERPOL).", [("Bộ Công an", "ministry"), ("cơ quan có thẩm quyền của nước ngoài", "collective"),
                     ("Tổ chức Cảnh sát hình sự quốc tế (INTERPOL)", "unknown")]),
    ("theo khuyến cáo của Tổ chức hàng không dân dụng quốc tế - ICAO",
     [("Tổ chức hàng không dân dụng quốc tế - ICAO", "unknown")]),
    ("các nước thành viên Tổ chức Hợp tác Hồi giáo (OIC)", [("Tổ chức Hợp tác Hồi giáo (OIC)", "unknown")]),
    ("Tổ chức hội nghị quốc tế về xúc tiến thương mại", []),
])
def test_international_organisations(text, expected):
    assert [(m.mention, m.kind) for m in parse_agencies(text).mentions] == expected


# A committee a ministry hosts or sets up ("Văn phòng Ban Chỉ đạo" of the Ban Chỉ đạo nhà nước in a decision of the Bộ
# Nông nghiệp và Phát triển nông thôn, held-out set 29) is a central body, not the ministry's unit as its own offices
# are ("Văn phòng Bộ").
@pytest.mark.parametrize("text,issuer,expected", [
    ("4. Văn phòng Ban Chỉ đạo chịu trách nhiệm quản lý tài chính", "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
     [("Văn phòng Ban Chỉ đạo", "central_body")]),
    ("- Văn phòng Bộ;", "BỘ XÂY DỰNG", [("Văn phòng Bộ", "sub_unit")]),
])
def test_a_ministry_s_committee_is_a_central_body(text, issuer, expected):
    assert [(m.mention, m.kind) for m in parse_agencies(text, issuer=issuer).mentions] == expected


# A commune or district and its province after a site's name and a comma, or after a word of place, are an address:
# where, not who (sets 30, 36, 47, 48, 53: the provinces had been read as People's Committees).  Guards: places a
# government names, and places right after a body they qualify, stay as read.
@pytest.mark.parametrize("text,expected", [
    ("Đầu tư xây dựng kết cấu hạ tầng Khu công nghiệp Bản Qua, xã Bát Xát, tỉnh Lào Cai;", []),
    ("trên thảm cỏ Quảng trường Ba Đình, quận Ba Đình, thành phố Hà Nội theo đúng Điều chỉnh", []),
    ("UBND xã Bát Xát, tỉnh Lào Cai", [("UBND xã Bát Xát", "cx.ubnd_xa"), ("tỉnh Lào Cai", "prov.lao_cai")]),
    # a route's ends (sets 37, 44): places
    ("- Dự án Đường dây 500kV Lào Cai - Vĩnh Yên: UBND tỉnh Phú Thọ", [("UBND tỉnh Phú Thọ", "prov.phu_tho")]),
    ("nằm trong hướng tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng di chuyển đến khu sản xuất mới", []),
])
def test_a_site_s_places_are_its_address(text, expected):
    assert [(m.mention, m.agency_id) for m in parse_agencies(text).mentions] == expected


# One syllable of a group's word, alone, is no group ("quyền" of "chính quyền", "Trung" of "trung ương": sets 38, 40);
# a head noun alone still is ("hội": associations, set 31).
@pytest.mark.parametrize("text,expected", [
    ("sáng nay bão số 11 đã đi vào đất liền (gần khu vực biên giới Việt - Trung) và suy yếu", []),
    ("phối hợp với các bộ, ngành, tổ chức chính trị - xã hội, hội, hiệp hội nghề nghiệp xem xét",
     ["các bộ, ngành", "tổ chức chính trị - xã hội", "hội"]),
])
def test_a_group_word_s_syllable_alone_is_no_group(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# A state named after a body: this country by its full name is the same body; another state makes it that state's,
# an unknown body (Nghị quyết 235/NQ-CP 2026, set 55; Nghị định of 2026 on loans, set 34).
@pytest.mark.parametrize("text,expected", [
    ("Điều 1. Phê duyệt Thỏa thuận thực hiện theo Điều 6 Thỏa thuận Paris giữa Chính phủ nước Cộng hòa xã hội chủ "
     "nghĩa Việt Nam và Chính phủ nước Cộng hòa Singapore (gọi tắt là Thỏa thuận)",
     [("Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "tw.chinh_phu"),
      ("Chính phủ nước Cộng hòa Singapore", None)]),
])
def test_a_state_named_after_a_body(text, expected):
    assert [(m.mention, m.agency_id) for m in parse_agencies(text).mentions] == expected


# A group of companies, banks or associations keeps the "do ..." clause that says who owns or steers them (sets 9, 29,
# 34, 46, 50), to its end; a council is no association ("các Hội đồng ... do Bộ trưởng ... thành lập": set 54).
@pytest.mark.parametrize("text,expected", [
    ("bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh, tập đoàn, tổng công ty, công ty do Thủ tướng Chính phủ quyết "
     "định thành lập", ["bộ, cơ quan ngang bộ", "Ủy ban nhân dân cấp tỉnh",
                        "tập đoàn, tổng công ty, công ty do Thủ tướng Chính phủ quyết định thành lập"]),
    ("các ngân hàng thương mại do nhà nước nắm tối thiểu 50% cổ phần để báo cáo Bộ Tài chính",
     ["các ngân hàng thương mại do nhà nước nắm tối thiểu 50% cổ phần", "Bộ Tài chính"]),
    ("và các Hội đồng, tổ chức tư vấn khác do Bộ trưởng Bộ Nông nghiệp và Môi trường thành lập",
     ["các Hội đồng, tổ chức tư vấn khác", "Bộ Nông nghiệp và Môi trường"]),
])
def test_a_group_keeps_who_owns_it(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# "trên địa bàn" and the place after a group is where its members are: part of the group (sets 12-55 keep it 87 times,
# cut it 6), the province named there no mention of its own.
@pytest.mark.parametrize("text,expected", [
    ("- Các doanh nghiệp bưu chính, viễn thông trên địa bàn tỉnh tổ chức triển khai xây dựng",
     ["Các doanh nghiệp bưu chính, viễn thông trên địa bàn tỉnh"]),
    ("phối hợp với các đoàn thể trên địa bàn thông tin, tuyên truyền", ["các đoàn thể trên địa bàn"]),
    ("cơ quan chức năng trên địa bàn tỉnh Lào Cai hướng dẫn, đôn đốc", ["cơ quan chức năng trên địa bàn tỉnh Lào Cai"]),
])
def test_a_group_keeps_where_its_members_are(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# "thành phố" typed with another mark on its second syllable is still the level word (sets 20, 47, 54): the group runs
# on over it, as printed.
@pytest.mark.parametrize("text,expected", [
    ("Ủy ban nhân dân các tỉnh, thành phổ trực thuộc trung ương, Bộ trưởng",
     [("Ủy ban nhân dân các tỉnh, thành phổ trực thuộc trung ương", "coll.ubnd_cac_tinh")]),
    ("Ủy ban nhân dân các tỉnh, thành phô trực thuộc trung ương",
     [("Ủy ban nhân dân các tỉnh, thành phô trực thuộc trung ương", "coll.ubnd_cac_tinh")]),
])
def test_a_level_word_typed_with_another_mark(text, expected):
    assert [(m.mention, m.agency_id) for m in parse_agencies(text).mentions] == expected


# A group of a kind of body keeps the body or the scope it belongs to after "thuộc" (sets 1-55 keep it 462 times, cut
# it once): a body named there is part of the group.
@pytest.mark.parametrize("text,issuer,expected", [
    ("Chủ trì, chỉ đạo các đơn vị chức năng thuộc Bộ thực hiện giám sát tài chính đối với:", "BỘ CÔNG THƯƠNG",
     ["các đơn vị chức năng thuộc Bộ"]),
    ("Chỉ đạo các cơ quan, đơn vị thuộc phạm vi quản lý.", None, ["các cơ quan, đơn vị thuộc phạm vi quản lý"]),
    ("đơn vị sự nghiệp công lập thuộc thẩm quyền quản lý sau khi có quyết định phê duyệt", None,
     ["đơn vị sự nghiệp công lập thuộc thẩm quyền quản lý"]),
])
def test_a_group_keeps_what_it_belongs_to(text, issuer, expected):
    assert [m.mention for m in parse_agencies(text, issuer=issuer).mentions] == expected


# An office named by its function keeps the field it serves after "về", and its level (a heritage decree of 2024, set
# 27; Nghị định on environmental incidents, set 18: the labels keep the field 64 times of 70).
@pytest.mark.parametrize("text,expected", [
    ("cơ quan chuyên môn về văn hóa cấp tỉnh lập hồ sơ khoa học", ["cơ quan chuyên môn về văn hóa cấp tỉnh"]),
    ("Ban Chỉ huy Phòng thủ dân sự cấp xã, cơ quan chuyên môn về bảo vệ môi trường cấp xã nơi xảy ra sự cố.",
     ["Ban Chỉ huy Phòng thủ dân sự cấp xã", "cơ quan chuyên môn về bảo vệ môi trường cấp xã nơi xảy ra sự cố"]),
])
def test_an_office_keeps_the_field_it_serves(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# A group keeps "trong" and what holds its members (sets 28-52 label it so 41 times); "trong việc ...", "trong quá
# trình ..." are acts (148 times cut).
@pytest.mark.parametrize("text,expected", [
    ("phối hợp với các doanh nghiệp trong cụm công nghiệp thực hiện", ["các doanh nghiệp trong cụm công nghiệp"]),
    ("Vụ Tổ chức cán bộ chủ trì, phối hợp với các đơn vị liên quan trong Bộ triển khai",
     ["Vụ Tổ chức cán bộ", "các đơn vị liên quan trong Bộ"]),
    ("phối hợp với các tổ chức trong và ngoài nước", ["các tổ chức trong và ngoài nước"]),
    ("các sở, ban, ngành trong việc tham mưu", ["các sở, ban, ngành"]),
])
def test_a_group_keeps_what_holds_its_members(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# A group of a kind of body keeps "của" and whose it is (sets 1-55: 125 times kept, 3 cut, after teams): the body or
# group named there (a specific group gives its id), or a state named bare.
@pytest.mark.parametrize("text,expected", [
    ("phối hợp với cơ quan trung ương của các tổ chức chính trị - xã hội",
     [("cơ quan trung ương của các tổ chức chính trị - xã hội", "coll.to_chuc_chinh_tri_xa_hoi")]),
    ("c) Bộ Công an chuyển hồ sơ đến cơ quan có thẩm quyền của nước ngoài",
     [("Bộ Công an", "bo.cong_an"), ("cơ quan có thẩm quyền của nước ngoài", "coll.other")]),
    ("các cơ quan, đơn vị liên quan của Bộ Xây dựng triển khai",
     [("các cơ quan, đơn vị liên quan của Bộ Xây dựng", "coll.co_quan_don_vi_lien_quan")]),
    # a state or party named as printed, capitalised (sets 19, 36: the owner words had matched in small letters only);
    # not the first word of a longer name (set 50: "của Đảng Cộng sản, Đảng cầm quyền của các nước")
    ("phối hợp với các cơ quan có liên quan của Việt Nam và bên tiếp nhận viện trợ tổ chức kiểm tra khi cần thiết",
     [("các cơ quan có liên quan của Việt Nam", "coll.co_quan_don_vi_lien_quan")]),
    ("phối hợp với Bộ Ngoại giao, Tòa án nhân dân có thẩm quyền giải quyết yêu cầu dẫn độ và các cơ quan có thẩm quyền "
     "khác của Việt Nam",
     [("Bộ Ngoại giao", "bo.ngoai_giao"), ("Tòa án nhân dân", "coll.other"),
      ("các cơ quan có thẩm quyền khác của Việt Nam", "coll.other")]),
    ("Chủ động hợp tác nghiên cứu với các cơ quan liên quan của Đảng Cộng sản, Đảng cầm quyền của các nước",
     [("các cơ quan liên quan", "coll.co_quan_don_vi_lien_quan")]),
])
def test_a_group_keeps_whose_it_is(text, expected):
    assert [(m.mention, m.agency_id) for m in parse_agencies(text).mentions] == expected


# A company's name printed with a dash runs on over it (sets 10, 12, 17 label each one whole); a body or another
# company after the dash is a mention of its own (set 45's lists, set 44's joint venture).
@pytest.mark.parametrize("text,expected", [
    ("Công ty Tân Cảng - Petro Cam Ranh phối hợp", ["Công ty Tân Cảng - Petro Cam Ranh"]),
    ("Công ty Cổ phần DAP số 2- Vinachem", ["Công ty Cổ phần DAP số 2- Vinachem"]),
    ("- Công ty CP KS và TM Hà Tĩnh - VP UBND tỉnh", ["Công ty CP KS và TM Hà Tĩnh", "VP UBND tỉnh"]),
    ("Liên danh Công ty cổ phần Tập đoàn Đông Đô - Công ty cổ phần Đầu tư xây dựng số 9 Bắc Giang;",
     ["Công ty cổ phần Tập đoàn Đông Đô", "Công ty cổ phần Đầu tư xây dựng số 9 Bắc Giang"]),
])
def test_a_company_s_dashed_name(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# A group keeps "có" and what its members have (the labels keep it every time but before a duty, a right or an act:
# "có trách nhiệm", "có quyền", "có ý kiến"), to a stop, a verb or the cell's end.
@pytest.mark.parametrize("text,expected", [
    ("Ủy ban nhân dân cấp xã có cụm công nghiệp trên địa bàn.", ["Ủy ban nhân dân cấp xã có cụm công nghiệp trên địa bàn"]),
    ("các địa phương có rừng khẩn trương xây dựng cơ sở dữ liệu", ["các địa phương có rừng"]),
    ("Các sở, ban, ngành có trách nhiệm triển khai", ["Các sở, ban, ngành"]),
])
def test_a_group_keeps_what_its_members_have(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# A group never opens with "của": the word says whose something is, and belongs to the prose (set 45's work programme:
# "... của các cơ quan, tổ chức ở Trung ương").
def test_a_group_never_opens_with_cua():
    got = [m.mention for m in parse_agencies("tham gia ý kiến của các cơ quan, tổ chức ở Trung ương").mentions]
    assert not any(m.lower().startswith("của ") for m in got) and "các cơ quan, tổ chức ở Trung ương" in got


# "và" then "các" and a head noun opens a group of its own, never the name before it going on ("Văn phòng Trung ương
# và các Ban của Đảng": the recipients' list of the Government's decisions, held-out sets 25 and 26, read as one
# unknown body); a group written with "của" is the known group without it ("các Ban của Đảng": "các ban Đảng").
# Guard: "và các" and no head noun goes on ("Ban Quản lý các khu công nghiệp và các khu chế xuất").
@pytest.mark.parametrize("text,expected", [
    ("- Văn phòng Trung ương và các Ban của Đảng;",
     [("Văn phòng Trung ương", None), ("các Ban của Đảng", "coll.co_quan_dang_trung_uong")]),
    ("Ban Quản lý các khu công nghiệp và các khu chế xuất",
     [("Ban Quản lý các khu công nghiệp và các khu chế xuất", "dp.ban_quan_ly_khu_cong_nghiep")]),
])
def test_and_a_plural_head_opens_a_group(text, expected):
    assert [(m.mention, m.agency_id) for m in parse_agencies(text).mentions] == expected


# "và" then a capitalised word after a name's dash goes on with the name ("Phòng Lao động - Thương binh và Xã hội":
# held-out set 26, Tuyên Quang and Gia Lai; "Xã hội" had been read as a group of communes and the office cut at "và");
# "xã hội" (society) is no commune's word.  Guards: a predicate after the dash part is still cut ("Sở Quy hoạch - Kiến
# trúc kiểm tra, ..."), and "và các" opens a group.
@pytest.mark.parametrize("text,expected", [
    ("Phòng Lao động - Thương binh và Xã hội, Ủy ban nhân dân các xã",
     ["Phòng Lao động - Thương binh và Xã hội", "Ủy ban nhân dân các xã"]),
    ("Sở Quy hoạch - Kiến trúc kiểm tra, giám sát", ["Sở Quy hoạch - Kiến trúc"]),
    ("Phòng Văn hóa - Xã hội và các xã", ["Phòng Văn hóa - Xã hội", "các xã"]),
])
def test_and_a_capital_after_a_dashed_name_goes_on(text, expected):
    assert [m.mention for m in parse_agencies(text, issuer="Ủy ban nhân dân tỉnh Gia Lai").mentions] == expected


# A closing qualifier ends its group inside a piece: "các bộ, ban, ngành liên quan tổ chức, triển khai ..." (held-out
# set 26; "tổ chức" here the verb, "organise") is the group to "liên quan".  Guards: what places the group stays in it
# ("các cơ quan khác của Nhà nước", set 14; "có liên quan đến công tác chuyên môn", set 22).
@pytest.mark.parametrize("text,expected", [
    ("phối hợp với các bộ, ban, ngành liên quan tổ chức, triển khai thực hiện Kế hoạch.", ["các bộ, ban, ngành liên quan"]),
    ("các cơ quan khác của Nhà nước", ["các cơ quan khác của Nhà nước"]),
    ("các cơ quan có liên quan đến công tác chuyên môn", ["các cơ quan có liên quan đến công tác chuyên môn"]),
])
def test_a_closing_qualifier_ends_its_group(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# A body named inside prose whose head's own next word is a verb of assignments ("Hội đồng thẩm định cấp tỉnh": held-out
# set 27, Nghị định 308/2025/NĐ-CP; "Ủy ban Kiểm tra Thành ủy", set 16) runs past that word to its predicate; it had
# been cut to the bare head and dropped.
@pytest.mark.parametrize("text,expected", [
    ("sau khi có ý kiến của Hội đồng thẩm định cấp tỉnh", ["Hội đồng thẩm định cấp tỉnh"]),
    ("Bàn giao bản KKTS các đ/c TTTU về Ủy ban Kiểm tra Thành ủy", ["TTTU", "Ủy ban Kiểm tra Thành ủy"]),
])
def test_a_heads_own_word_is_no_predicate(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# The verbs that assign the lead ("chủ trì", "có trách nhiệm") are never a body's own word, even right after a
# capitalised head noun, where "chỉ đạo" is ("Ban chỉ đạo"): "Văn phòng Bộ chủ trì, phối hợp với ..." (Quyết định
# 389/QĐ-BCT 2014, held-out set 28) had read "Văn phòng Bộ chủ trì".
@pytest.mark.parametrize("text,expected", [
    ("b) Văn phòng Bộ chủ trì, phối hợp với các đơn vị rà soát kỹ các chương trình kiểm tra,", ["Văn phòng Bộ", "các đơn vị"]),
    ("Văn phòng Ban chỉ đạo phòng thủ dân sự", ["Văn phòng Ban chỉ đạo phòng thủ dân sự"]),
])
def test_a_lead_verb_ends_a_name_even_after_its_head(text, expected):
    assert [m.mention for m in parse_agencies(text, issuer="BỘ CÔNG THƯƠNG").mentions] == expected


# A region after a group says which of them: "các địa phương vùng Tây Nguyên", "các địa phương trong vùng", "Ủy ban nhân
# dân các tỉnh vùng Tây Nguyên" (Quyết định 124/QĐ-TTg 2014, held-out set 28; "liên kết các địa phương trong vùng",
# set 24); a region in small letters ("vùng lũ") is no name and stays out.
@pytest.mark.parametrize("text,expected", [
    ("phối hợp với các Bộ, cơ quan liên quan các địa phương vùng Tây Nguyên tăng cường công tác bồi dưỡng,",
     ["các Bộ, cơ quan liên quan", "các địa phương vùng Tây Nguyên"]),
    ("7. Ban Chỉ đạo Tây Nguyên chỉ đạo, kiểm tra, đôn đốc các địa phương trong vùng triển khai thực hiện Đề án.",
     ["Ban Chỉ đạo Tây Nguyên", "các địa phương trong vùng"]),
    ("10. Ủy ban nhân dân các tỉnh vùng Tây Nguyên: Thành lập Ban chỉ đạo", ["Ủy ban nhân dân các tỉnh vùng Tây Nguyên"]),
])
def test_a_region_after_a_group_is_part_of_it(text, expected):
    assert [m.mention for m in parse_agencies(text, issuer="THỦ TƯỚNG CHÍNH PHỦ").mentions][:len(expected)] == expected


# A colon list's item may run on into the predicate, the list's last or one alone ("Các Bộ: ..., Văn hóa, Thể thao và Du
# lịch khẩn trương nghiên cứu ...": Nghị quyết 01/NQ-CP 2014, set 28; "các Bộ: Quốc phòng, Công an chủ động chỉ đạo",
# set 19); a group item ("..., Công Thương, các Bộ, cơ quan liên quan") ends the list.
@pytest.mark.parametrize("text,expected", [
    ("2. Các Bộ: Tư pháp, Thông tin và Truyền thông, Văn hóa, Thể thao và Du lịch khẩn trương nghiên cứu xây dựng chính sách,",
     [("Tư pháp", "bo.tu_phap"), ("Thông tin và Truyền thông", "bo.thong_tin_truyen_thong"),
      ("Văn hóa, Thể thao và Du lịch", "bo.van_hoa_the_thao_du_lich")]),
    ("+ Các Bộ: Lao động - Thương binh và Xã hội, Kế hoạch và Đầu tư chủ trì, phối hợp với các Bộ, cơ quan, địa phương:",
     [("Lao động - Thương binh và Xã hội", "bo.lao_dong_thuong_binh_xa_hoi"), ("Kế hoạch và Đầu tư", "bo.ke_hoach_dau_tu")]),
    ("b) Các Bộ: Nông nghiệp và Phát triển nông thôn, Khoa học và Công nghệ, Công Thương, các Bộ, cơ quan liên quan theo "
     "chức năng, nhiệm vụ được giao:", [("Nông nghiệp và Phát triển nông thôn", "bo.nong_nghiep_phat_trien_nong_thon"),
                                        ("Khoa học và Công nghệ", "bo.khoa_hoc_cong_nghe"), ("Công Thương", "bo.cong_thuong"),
                                        ("các Bộ, cơ quan liên quan", "coll.bo_nganh")]),
])
def test_a_colon_lists_item_running_into_the_predicate_is_cut(text, expected):
    got = [(m.mention, m.agency_id) for m in parse_agencies(text, issuer="CHÍNH PHỦ").mentions]
    assert got[:len(expected)] == expected


# A head noun printed in small letters as the second syllable of a word with the one before it names no body: "cơ sở y
# tế" (a health facility: Nghị định 02/2014/NĐ-CP, held-out set 29) had read "Sở Y tế", "toàn bộ tài chính" (the whole
# of the finances) "Bộ Tài chính", silently; a title on its head ("Phó Trưởng phòng Văn hóa - Xã hội") still names it.
@pytest.mark.parametrize("text,expected", [
    ("cơ sở y tế có trách nhiệm thông báo và gửi giấy chứng tử cho trường giáo dưỡng.", []),
    ("công khai toàn bộ tài chính của dự án", []),
    ("Sở Y tế chủ trì, phối hợp với các cơ sở y tế", ["Sở Y tế"]),
    ("Đồng chí Phó Trưởng phòng Văn hóa - Xã hội", ["phòng Văn hóa - Xã hội"]),
])
def test_a_head_inside_a_word_names_no_body(text, expected):
    got = [m.mention for m in parse_agencies(text).mentions if m.kind != "collective"]
    assert got == expected


# A proposer's body whose name holds a document's word ("Vụ Kế hoạch", "Bộ Kế hoạch và Đầu tư") is no reference to a
# document: "Theo đề nghị của Vụ trưởng Vụ Kế hoạch" (Quyết định 389/QĐ-BCT 2014, set 28) had been one by_reference
# mention.  The head of a body is its head noun and "trưởng", made from the head nouns ("Tổng cục trưởng Tổng cục Lâm
# nghiệp": Quyết định 115/QĐ-BNN-TCLN 2014, set 29), a title before the name, not part of it.
@pytest.mark.parametrize("text,expected", [
    ("Theo đề nghị của Vụ trưởng Vụ Kế hoạch,", ["Vụ Kế hoạch"]),
    ("Theo đề nghị của Bộ trưởng Bộ Kế hoạch và Đầu tư;", ["Bộ Kế hoạch và Đầu tư"]),
    ("Theo đề nghị của Tổng cục trưởng Tổng cục Lâm nghiệp,", ["Tổng cục Lâm nghiệp"]),
    ("Theo Kế hoạch số 12/KH-UBND ngày 5/1/2026", ["Theo Kế hoạch số 12/KH-UBND ngày 5/1/2026"]),
    # a request's author, though the request is carried by a document (Bình Thuận's decisions of 2025, set 55; a Quảng
    # Ngãi plan, set 20): read, not one reference
    ("Theo đề nghị của Ban Chủ nhiệm Đoàn Luật sư tỉnh Bình Thuận tại Tờ trình số 02-TTr/ĐLS ngày 29 tháng 4 năm 2025 "
     "và Giám đốc Sở Tư pháp tại Công văn số 788/STP-HCBT ngày 16 tháng 5 năm 2025.",
     ["Ban Chủ nhiệm Đoàn Luật sư tỉnh Bình Thuận", "Sở Tư pháp"]),
    ("theo đề nghị của Thường trực HĐND tỉnh tại Công văn 203/HĐND-KTNS năm 2025", ["Thường trực HĐND tỉnh"]),
])
def test_a_proposer_named_with_its_head_s_title(text, expected):
    assert [m.mention for m in parse_agencies(text, issuer="BỘ CÔNG THƯƠNG").mentions] == expected


# Set 30 (Công văn 193/UBND-KT, Quyết định 2170 and 1696/QĐ-UBND 2026 of Lào Cai; tuned on since) and set 18:
# - a capitalised head that makes a word with the small word after it is no new body: "Hội nghị" (a conference);
# - a head and a capitalised word are a unit's name though group words make it up ("Phòng Doanh nghiệp");
# - a group noun and its qualifier inside prose is a group ("kiến nghị cơ quan có thẩm quyền sửa đổi"), ending there
#   after a verb that addresses it ("trình cấp có thẩm quyền xem xét");
# - a group the gazetteer names whole and a group with its own qualifier are two ("chính quyền địa phương và cơ quan
#   liên quan"); nouns of any kind of body make one group whatever the sectors ("Tổ chức, doanh nghiệp ...");
# - an abbreviation is a whole name: no "TCTN và đề xuất, kiến nghị cơ quan".
@pytest.mark.parametrize("text,expected", [
    ("- Trung tâm Thông tin và Hội nghị tỉnh;", [("Trung tâm Thông tin và Hội nghị tỉnh", "provincial_body")]),
    ("chứng nhận thay đổi lần thứ hai ngày 03/12/2025 do Phòng Doanh nghiệp - Sở Tài chính tỉnh Lào Cai cấp.",
     [("Phòng Doanh nghiệp", "sub_unit")]),
    # (since the twenty-fourth session the acronym is no mention at all: listed beside "VLNCN", it names a thing, as
    # set 30's reader labels it)
    ("a) Rà soát các quy định hiện hành về quản lý VLNCN, TCTN và đề xuất, kiến nghị cơ quan có thẩm quyền sửa đổi, "
     "bổ sung hoặc ban hành quy định", [("cơ quan có thẩm quyền", "collective")]),
    ("Đề xuất giá dịch vụ trong Khu công nghiệp trình cấp có thẩm quyền xem xét, phê duyệt theo quy định.",
     [("cấp có thẩm quyền", "collective")]),
    ("phải dừng ngay mọi hoạt động và báo cho cơ quan chức năng xử lý theo quy định;", [("cơ quan chức năng", "collective")]),
    ("Chỉ đạo các đơn vị nghiệp vụ làm tốt công tác nắm bắt địa bàn, tăng cường tuần tra",
     [("các đơn vị nghiệp vụ", "collective")]),
    ("c) Chủ trì, phối hợp với Sở Công Thương, chính quyền địa phương và cơ quan liên quan tăng cường công tác kiểm tra",
     [("Sở Công Thương", "provincial_body"), ("chính quyền địa phương", "collective"),
      ("cơ quan liên quan", "collective")]),
    ("Tích cực phối hợp với cơ quan chức năng, chính quyền địa phương trong triển khai thực hiện Luật Trật tự",
     [("cơ quan chức năng", "collective"), ("chính quyền địa phương", "collective")]),
    # what the members do is part of the group (normalize/agencies/traits.py; held-out set 30 labels it so)
    ("- Tổ chức, doanh nghiệp hoạt động trong lĩnh vực vật liệu nổ công nghiệp, tiền chất thuốc nổ.",
     [("Tổ chức, doanh nghiệp hoạt động trong lĩnh vực vật liệu nổ công nghiệp, tiền chất thuốc nổ", "collective")]),
    ("Phối hợp với Ủy ban nhân dân cấp xã, doanh nghiệp cung ứng dịch vụ bưu chính công ích trong thực hiện tống đạt",
     [("Ủy ban nhân dân cấp xã", "collective"), ("doanh nghiệp cung ứng dịch vụ bưu chính công ích", "collective")]),
    ("Kính gửi: Các tổ chức, cá nhân khai thác, thu hồi khoáng sản trên địa bàn tỉnh Lào Cai.",
     [("Các tổ chức, cá nhân khai thác, thu hồi khoáng sản trên địa bàn tỉnh Lào Cai", "collective")]),
    ("Điều 23. Trách nhiệm của Hội Công chứng viên thành phố, các tổ chức hành nghề công chứng và cá nhân có liên quan",
     [("Hội Công chứng viên thành phố", "provincial_body"), ("các tổ chức hành nghề công chứng", "collective")]),
    # (persons alone, "cá nhân có liên quan", are no body: held-out set 33 labels none here)
    ("Sở Nông nghiệp và Môi trường yêu cầu các đơn vị khai thác khoáng sản nghiêm túc thực hiện",
     [("Sở Nông nghiệp và Môi trường", "provincial_body"), ("các đơn vị khai thác khoáng sản", "collective")]),
    ("4. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản đề nghị của Bộ Công an quy định tại khoản 3 của "
     "Điều này, cơ quan tiếp nhận hồ sơ yêu cầu dẫn độ chuyển hồ sơ đến cơ quan có thẩm quyền của nước ngoài",
     [("Bộ Công an", "ministry"), ("cơ quan tiếp nhận hồ sơ yêu cầu dẫn độ", "collective"),
      ("cơ quan có thẩm quyền của nước ngoài", "collective")]),
    # held-out set 44 (a Sở Công Thương Lào Cai report and working minute, 2026): a name cut at its verb read again; a
    # numbered body's verb is its own; the doer of a passive keeps no verb
    ("Hội nghị được tổ chức để triển khai Văn bản số 4135/UBND-KT ngày 21/5/2026 của UBND tỉnh Lào Cai giao Sở Công "
     "Thương chủ trì", [("UBND tỉnh Lào Cai", "province"), ("Sở Công Thương", "provincial_body")]),
    ("Dự án đường trục chính Cụm công nghiệp Phú Thịnh 1,2,3 (Ban Quản lý dự án đầu tư xây dựng số 1 làm chủ đầu tư) "
     "triển khai chậm", [("Ban Quản lý dự án đầu tư xây dựng số 1", "provincial_body")]),
    ("a) Nhóm 1: 16 cụm công nghiệp do UBND cấp xã, phường quản lý, hạ tầng được đầu tư từ ngân sách nhà nước",
     [("UBND cấp xã, phường", "collective")]),
    # a manner adverb opens the predicate of a name no entry holds (set 37); "Công ty" alone before its act (set 36)
    ("- Dự án trung nguồn: Công ty Điều hành Đường ống Tây Nam chủ động phối hợp với các địa phương",
     [("Công ty Điều hành Đường ống Tây Nam", "enterprise"), ("các địa phương", "collective")]),
    ("Để bảo đảm việc hoạt động khai thác khoáng sản theo quy định của pháp luật, Sở Nông nghiệp và Môi trường đề nghị "
     "Công ty thực hiện đầy đủ các nội dung sau:",
     [("Sở Nông nghiệp và Môi trường", "provincial_body"), ("Công ty", "enterprise")]),
    # kh_ct11 (tests/real): was returned unread (tests/test_unread.py) until groups of members at work were read
    ("Các Sở, ban, ngành, địa phương và các tổ chức hoạt động khai thác khoáng sản liên quan",
     [("Các Sở, ban, ngành, địa phương", "collective"),
      ("các tổ chức hoạt động khai thác khoáng sản liên quan", "collective")]),
    # a work programme's cell, its dash-led lines run together (UBND tỉnh Hà Tĩnh 2017, set 45): a spaced dash before a
    # place of a level or a head written short opens another body; not inside "Sở VH - TT và DL"
    ("- Huyện Can Lộc - Thị xã Kỳ Anh - VP BĐP NTM - TT HCC tỉnh - BQL KKT tỉnh",
     [("Huyện Can Lộc", "district_body"), ("Thị xã Kỳ Anh", "district_body"), ("VP BĐP NTM", "provincial_body")]),
    ("- Sở NN và PTNT, các địa phương - Đài PT và TH, Sở VH - TT và DL",
     [("Sở NN và PTNT", "provincial_body"), ("các địa phương", "collective"), ("Đài PT và TH", "provincial_body"),
      ("Sở VH - TT và DL", "provincial_body")]),
    ("Giao UBND huyện H. Sơn chủ trì", [("UBND huyện H. Sơn", "district_body")]),   # an initial in a place's name
    # "ban hành văn bản" is the verb "ban hành", though "hành văn" is a word too (sets 34, 43); "Ban công tác" a Ban
    ("Bộ Công an đã có Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị Cục Đăng kiểm Việt Nam ban hành văn bản hướng "
     "dẫn trước ngày 05/02/2026", [("Bộ Công an", "ministry"), ("Cục Đăng kiểm Việt Nam", "sub_unit")]),
    # a company's name does not go on over "và" into a group noun in small letters (set 40)
    ("phối hợp chặt chẽ với Công ty TNHH MTV Vận hành hệ thống điện và thị trường điện Quốc gia và đơn vị cung cấp than",
     [("Công ty TNHH MTV Vận hành hệ thống điện và thị trường điện Quốc gia", "enterprise")]),
    ("- Sở NN và PTNT, các ĐV liên quan - VP HĐND tỉnh",          # "ĐV": đơn vị, a group's word written short
     [("Sở NN và PTNT", "provincial_body"), ("các ĐV liên quan", "collective"), ("VP HĐND tỉnh", "provincial_body")]),
    ("kết nối các doanh nghiệp phân phối và các nhà cung cấp hàng hóa thiết yếu",
     [("các doanh nghiệp phân phối", "collective"), ("các nhà cung cấp hàng hóa thiết yếu", "collective")]),
    ("chủ động phối hợp với lực lượng công an địa phương trong công tác bảo vệ, phòng ngừa tội phạm.",
     [("lực lượng công an địa phương", "collective")]),
    ("01 bản cấp cho Công ty Cổ phần đầu tư hạ tầng Châu Giang, 01 bản gửi Ban Quản lý Khu kinh tế tỉnh",
     [("Công ty Cổ phần đầu tư hạ tầng Châu Giang", "enterprise")]),
])
def test_groups_and_names_in_prose(text, expected):
    got = [(m.mention, m.kind) for m in parse_agencies(text, issuer="UỶ BAN NHÂN DÂN TỈNH LÀO CAI").mentions]
    assert got[:len(expected)] == expected


def test_a_verb_in_small_letters_still_ends_a_name():
    """"ban hành" (to issue) is a word, but in small letters after "và" it is no part of the name before it (set 18)."""
    ms = parse_agencies("Hội đồng Nhân dân TP. Hà Nội đã thông qua và ban hành Nghị quyết 19/NQ-HĐND").mentions
    assert ms and ms[0].kind == "provincial_body" and "ban hành" not in ms[0].mention


# Set 31 (Nghị định 142/2026/NĐ-CP; tuned on since): a group of a level or class the gazetteer names and, after "và",
# the offices concerned are two groups; "các bộ, ngành và tổ chức liên quan" (set 7) stays one.
@pytest.mark.parametrize("text,expected", [
    ("3. Bộ Công an chủ trì, phối hợp với Bộ Khoa học và Công nghệ, các bộ, cơ quan ngang bộ và cơ quan có liên quan "
     "thực hiện điều phối", ["Bộ Công an", "Bộ Khoa học và Công nghệ", "các bộ, cơ quan ngang bộ", "cơ quan có liên quan"]),
    ("Ủy ban nhân dân cấp tỉnh và cơ quan có liên quan", ["Ủy ban nhân dân cấp tỉnh", "cơ quan có liên quan"]),
    ("phối hợp với các bộ, ngành và tổ chức liên quan", ["các bộ, ngành và tổ chức liên quan"]),
])
def test_a_named_level_and_the_offices_concerned_are_two_groups(text, expected):
    assert [m.mention for m in parse_agencies(text, issuer="CHÍNH PHỦ").mentions] == expected


# Set 31 (Lào Cai 2026 letters; tuned on since): a colon list of communes ends at its first name that runs into words
# in small letters ("Yên Bái, Văn Phú tăng cường hướng dẫn, kiểm tra, giám sát ..." had made "kiểm tra" and the rest
# commune People's Committees, silently); a known group with its closing qualifier keeps its id ("Ủy ban nhân dân các
# phường có liên quan" is the communes' People's Committees).
def test_a_colon_list_of_communes_ends_at_its_predicate():
    ms = parse_agencies("giao các sở, ngành liên quan và UBND các phường: Yên Bái, Văn Phú tăng cường hướng dẫn, kiểm "
                        "tra, giám sát việc chấp hành quy định pháp luật về đất đai, môi trường",
                        issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI").mentions
    assert [(m.mention, m.kind) for m in ms] == [("các sở, ngành liên quan", "collective"),
                                                  ("Yên Bái", "commune_body"), ("Văn Phú", "commune_body")]


def test_a_known_group_with_its_qualifier_keeps_its_id():
    ms = parse_agencies("Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành và Chủ tịch Ủy ban nhân dân các phường có "
                        "liên quan khẩn trương triển khai thực hiện", issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI").mentions
    assert (ms[-1].mention, ms[-1].agency_id) == ("Ủy ban nhân dân các phường có liên quan", "coll.ubnd_cap_xa")


# Offices named by their function in small letters inside prose (set 31, Nghị định 152/2026/NĐ-CP; tuned on since):
# "cơ quan" and the words that name what it does, as long as each pair of syllables is bonded in real legal text
# (the Công báo's bigrams), with its level after it; a second such office after "và" / "hoặc" is its own.
@pytest.mark.parametrize("text,expected", [
    ("2. Định kỳ hằng tháng, cơ quan thi hành án dân sự trích xuất danh sách việc thi hành án kết thúc để thông báo",
     ["cơ quan thi hành án dân sự"]),
    ("cưỡng chế thi hành án dân sự giữa cơ quan thi hành án dân sự và cơ quan công an",
     ["cơ quan thi hành án dân sự", "cơ quan công an"]),
    ("3. Trưởng Ban Chỉ đạo thi hành án dân sự cấp tỉnh có trách nhiệm chỉ đạo cơ quan công an cùng cấp phối hợp",
     ["Ban Chỉ đạo thi hành án dân sự cấp tỉnh", "cơ quan công an cùng cấp"]),
    # "liên hệ" is no function of an office here; "Quý cơ quan" is the letter's addressee (coll.quy_co_quan, as
    # sets 39, 42, 46, 52 and 54 label it; set 17 lists no mention for it)
    ("kính đề nghị Quý cơ quan liên hệ Sở Giáo dục và Đào tạo", ["Quý cơ quan", "Sở Giáo dục và Đào tạo"]),
])
def test_an_office_named_by_its_function_in_prose(text, expected):
    assert [m.mention for m in parse_agencies(text, issuer="CHÍNH PHỦ").mentions] == expected


# Words that look like bodies and are none (set 32 of tests/data/heldout.yaml showed each class; the strings here are
# from earlier held-out sets, every one read wrong without a warning before): a ministry's name without its head in
# small letters is a verb or a field ("xây dựng" had been Bộ Xây dựng 16 times over sets 21-32), an issuer's code in
# a document's symbol is no body ("Tờ trình số 4861/TTr-SNV"), a head noun that makes a listed word with the next word
# is none ("ban hành Quy chế ...", "Trường hợp ..."), a province after a word of place is where ("trên địa bàn tỉnh
# Tiền Giang"), and a level after a noun is that noun's ("cán bộ cấp xã").
@pytest.mark.parametrize("text,issuer,expected", [
    ("c) Chủ trì, phối hợp với các bộ, ngành liên quan xây dựng", "CHÍNH PHỦ", ["các bộ, ngành liên quan"]),
    ("b) Chủ trì, phối hợp với các bộ, ngành xây dựng và tổ chức thực hiện chính sách", "CHÍNH PHỦ",
     ["các bộ, ngành"]),
    ("Theo đề nghị của Sở Nội vụ tại Tờ trình số 4861/TTr-SNV ngày 14 tháng 10 năm 2025;",
     "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", ["Sở Nội vụ"]),
    ("- Quyết định 83/2024/QĐ-UBND của Ủy ban nhân dân tỉnh Tiền Giang ban hành Quy chế quản lý cụm công nghiệp trên "
     "địa bàn tỉnh Tiền Giang", None, ["Ủy ban nhân dân tỉnh Tiền Giang"]),
    ("Trường hợp di tích đáp ứng tiêu chí theo quy định của UNESCO", "CHÍNH PHỦ", []),
    ("phối hợp các Sở, ngành có kế hoạch đào tạo nghiệp vụ cho cán bộ cấp xã", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
     ["các Sở, ngành"]),
    # ... while a level standing as an item, a unit's head and a capitalised name after a head stay
    ("UBND cấp tỉnh; cấp xã", None, ["UBND cấp tỉnh", "cấp xã"]),
    ("công văn số 37/TC-QC ngày 22/01/2025 của Cục Tác chiến - Bộ Tổng tham mưu", None,
     ["Cục Tác chiến", "Bộ Tổng tham mưu"]),
    ("các Bộ: Xây dựng, Tài chính", None, ["Xây dựng", "Tài chính"]),
])
def test_words_that_look_like_bodies_and_are_none(text, issuer, expected):
    assert [m.mention for m in parse_agencies(text, issuer=issuer).mentions] == expected


# A group's qualifier stops before a word that makes a listed word with the next ("bản", a village, typed plain as
# "ban" of "ban hành"), and People's Committees of a level then nouns of any body are two groups (sets 21, 26-27).
@pytest.mark.parametrize("text,expected", [
    ("Sở Khoa học và Công nghệ chủ trì, phối hợp với các đơn vị, địa phương liên quan ban hành kế hoạch",
     ["Sở Khoa học và Công nghệ", "các đơn vị, địa phương liên quan"]),
    ("- Bộ phận Tiếp nhận và trả kết quả của: UBND cấp xã, UBND cấp huyện, tổ chức hành nghề công chứng.",
     ["UBND cấp xã", "UBND cấp huyện", "tổ chức hành nghề công chứng"]),
])
def test_a_group_ends_before_a_verb_and_committees_before_other_bodies(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions][-len(expected):] == expected


# A body then its ministry with no comma is the ministry's unit; two groups with a predicate between them stay two
# (Nghị định 170/2026/NĐ-CP and Quyết định 16/2026/QĐ-UBND of Lào Cai, set 32).
def test_a_unit_before_its_ministry_and_groups_apart():
    ms = parse_agencies("8. Cơ quan quản lý thi hành án hình sự Bộ Công an, Cơ quan quản lý thi hành án hình sự Bộ "
                        "Quốc phòng phối hợp với", issuer="CHÍNH PHỦ").mentions
    assert [(m.mention, m.kind, m.parent) for m in ms][:2] == [
        ("Cơ quan quản lý thi hành án hình sự Bộ Công an", "sub_unit", "Bộ Công an"),
        ("Cơ quan quản lý thi hành án hình sự Bộ Quốc phòng", "sub_unit", "Bộ Quốc phòng")]
    ms = parse_agencies("3. Phối hợp với Sở Công Thương, Công an tỉnh, Uỷ ban nhân dân cấp xã và các cơ quan chức năng "
                        "liên quan thực hiện xử lý vi phạm hoặc kiến nghị cấp có thẩm quyền xử lý vi phạm hành chính",
                        issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI").mentions
    assert [m.mention for m in ms][-2:] == ["các cơ quan chức năng liên quan", "cấp có thẩm quyền"]
    # an enterprise "do" (owned by) a ministry is no unit of it
    ms = parse_agencies("Công ty cổ phần có vốn nhà nước do Bộ Công Thương làm đại diện chủ sở hữu").mentions
    assert "Bộ Công Thương" in [m.mention for m in ms]


# A group's qualifier words alone name no group, and "tại địa phương" is a place (sets 9, 12, 24, 31-32).
@pytest.mark.parametrize("text,expected", [
    ("gửi Sở Công Thương, Ủy ban nhân dân cấp xã 01 bản chậm nhất 05 ngày làm việc kể từ ngày phê duyệt để theo "
     "dõi, quản lý;", ["Sở Công Thương", "Ủy ban nhân dân cấp xã"]),
    ("Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án", ["Các Sở, ngành"]),
    ("c) Thực hiện sơ kết, tổng kết kế hoạch phát triển du lịch tại địa phương gửi Bộ Văn hóa, Thể thao và Du lịch",
     ["Bộ Văn hóa, Thể thao và Du lịch"]),
    # ... right after a group they still qualify it
    ("Văn phòng, Các đơn vị thuộc và trực thuộc", ["Văn phòng", "Các đơn vị thuộc và trực thuộc"]),
])
def test_qualifier_words_alone_and_places_name_no_group(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


# An establishment named by its function in prose is a group as an office is ("cơ sở giam giữ phạm nhân": Nghị định
# 170/2026/NĐ-CP, set 32; "cơ sở giáo dục bắt buộc", "cơ sở y tế": set 29); not a thing ("cơ sở dữ liệu") or a
# ground ("Trên cơ sở đề nghị của ...").
@pytest.mark.parametrize("text,expected", [
    ("3. Sở Tư pháp phối hợp với cơ sở giam giữ phạm nhân tổ chức tuyên truyền, phổ biến, giáo dục pháp luật",
     ["Sở Tư pháp", "cơ sở giam giữ phạm nhân"]),
    ("cơ sở y tế có trách nhiệm thông báo và gửi giấy chứng tử cho trường giáo dưỡng.", ["cơ sở y tế"]),
    ("Trên cơ sở đề nghị của Sở Xây dựng và Sở Lao động - Thương binh và Xã hội, Sở Tài chính thẩm định",
     ["Sở Xây dựng", "Sở Lao động - Thương binh và Xã hội", "Sở Tài chính"]),
    ("phối hợp với Bộ Công an xây dựng cơ sở dữ liệu quốc gia về dân cư", ["Bộ Công an"]),
])
def test_an_establishment_named_by_its_function(text, expected):
    assert [m.mention for m in parse_agencies(text, issuer="CHÍNH PHỦ").mentions] == expected


# A ministry's standard unit (Nghị định 123/2016/NĐ-CP, Điều 8) ends before the small letters of what it does
# (Thông tư 28/2024/TT-BKHĐT, set 33; a Bộ Nông nghiệp decision of 2014, set 29).
@pytest.mark.parametrize("text,expected", [
    ("phối hợp với Vụ Pháp chế xem xét hồ sơ", ["Vụ Pháp chế"]),
    ("b) Phối hợp với Vụ Tổ chức cán bộ tham mưu giúp Bộ trưởng Bộ Kế hoạch và Đầu tư thực hiện bổ nhiệm",
     ["Vụ Tổ chức cán bộ", "Bộ Kế hoạch và Đầu tư"]),
    ("phối hợp với Vụ Tài chính thực hiện giám sát tài chính doanh nghiệp.", ["Vụ Tài chính"]),
    ("Vụ Kế hoạch và Tài chính", ["Vụ Kế hoạch và Tài chính"]),
])
def test_a_standard_unit_ends_before_what_it_does(text, expected):
    assert [m.mention for m in parse_agencies(text, issuer="BỘ KẾ HOẠCH VÀ ĐẦU TƯ").mentions] == expected


def test_a_body_at_every_level_is_a_group():
    """"Hội Nông dân các cấp" is the association at every level, a group; its "các cấp" had been dropped, leaving the
    national association (set 33 names "Tòa án nhân dân các cấp", "Tòa án quân sự các cấp" in the same way)."""
    ms = parse_agencies("phối hợp với Hội Nông dân các cấp").mentions
    assert [(m.mention, m.kind) for m in ms] == [("Hội Nông dân các cấp", "collective")]
    ms = parse_agencies("Ủy ban nhân dân các cấp").mentions       # a group the gazetteer names keeps its id
    assert [(m.mention, m.agency_id) for m in ms] == [("Ủy ban nhân dân các cấp", "coll.ubnd_cac_cap")]


# Set 34's classes (its first run at 1d83830; tuned on since): a body's units in every place are a group (Thông tư
# 81/2025/TT-BCA; set 15 likewise); "TT." before a body in a Nơi nhận list is its standing board (Quyết định
# 137/2025/QĐ-UBND of Đồng Tháp; set 30 likewise); a cited document ends a name no entry holds (a Lào Cai report, 2026).
@pytest.mark.parametrize("text,issuer,expected", [
    ("Trong quá trình thực hiện, nếu có vướng mắc, Công an đơn vị, địa phương báo cáo về Bộ Công an", "BỘ CÔNG AN",
     [("Công an đơn vị, địa phương", "collective"), ("Bộ Công an", "ministry")]),
    ("Hằng năm, Công an các đơn vị, địa phương kiểm tra, thẩm định", "BỘ CÔNG AN",
     [("Công an các đơn vị, địa phương", "collective")]),
    ("- TT. Tỉnh ủy, TT. HĐND tỉnh;", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
     [("TT. Tỉnh ủy", "provincial_body"), ("TT. HĐND tỉnh", "provincial_body")]),
    ("Ngày 18/12/2025, Cục Địa chất và Khoáng sản Việt Nam có Văn bản số 3633/ĐCKS-PCKS xin được thanh lý",
     "UỶ BAN NHÂN DÂN TỈNH LÀO CAI", [("Cục Địa chất và Khoáng sản Việt Nam", "sub_unit")]),
    ("Trường Tiểu học số 1", None, [("Trường Tiểu học số 1", "unknown")]),   # a school's number is its name's
    # another state's government is no mention (Nghị định 118/2026/NĐ-CP); ours, capitalised, is
    ("b) Trường hợp chính phủ nước ngoài đề xuất vay theo phương thức khác, Bộ Tài chính báo cáo Chính phủ", "CHÍNH PHỦ",
     [("Bộ Tài chính", "ministry"), ("Chính phủ", "central_body")]),
    ("Chính phủ nước nhận vốn vay có trách nhiệm hoàn trả", "CHÍNH PHỦ", []),
    # a ministry's name without its head opening a clause in small letters is its verb (Nghị định 185/2026/NĐ-CP)
    ("g) Xây dựng và thực hiện quy chế phối hợp giữa Trưởng thôn với Ban Công tác Mặt trận", "CHÍNH PHỦ",
     [("Ban Công tác Mặt trận", "collective")]),
    # a national body's branch in a ministry's force (Thông tư 81/2025/TT-BCA) or another ministry
    ("Cục trưởng Cục Tổ chức cán bộ, Giám đốc Bảo hiểm xã hội Công an nhân dân báo cáo Bộ trưởng", "BỘ CÔNG AN",
     [("Cục Tổ chức cán bộ", "sub_unit"), ("Bảo hiểm xã hội Công an nhân dân", "sub_unit")]),
    ("Bảo hiểm xã hội Bộ Quốc phòng", None, [("Bảo hiểm xã hội Bộ Quốc phòng", "sub_unit")]),
    # ... its name ends at the force's when its verb runs on (Nghị định 188/2025/NĐ-CP, set 35)
    ("phối hợp với Bảo hiểm xã hội Công an nhân dân lập dự toán thu, chi quỹ bảo hiểm y tế", None,
     [("Bảo hiểm xã hội Công an nhân dân", "sub_unit")]),
    # local government at a level is that level's People's Committees (Nghị định 185/2026/NĐ-CP)
    ("2. Hoạt động phối hợp, hỗ trợ chính quyền địa phương cấp xã tại địa bàn dân cư", "CHÍNH PHỦ",
     [("chính quyền địa phương cấp xã", "collective")]),
    # a level word making a word with the next one is no level ("kinh tế - xã hội khó khăn": Nghị định 188/2025/NĐ-CP)
    # (and "người dân" is the public, no body: session 15)
    ("người dân tộc thiểu số sinh sống tại vùng có điều kiện kinh tế - xã hội khó khăn quy định tại điểm o khoản 3",
     None, []),
    ("phối hợp với huyện đảo Cồn Cỏ", None, [("huyện đảo Cồn Cỏ", "district_body")]),
    # a document's symbol with words after it names no body ("2755/UBND-NCKSTTHC ngày ...": a Bình Thuận Công văn, set 35;
    # "12-KL/TW ngày ...": set 28)
    ("Thực hiện Công văn số 2755/UBND-NCKSTTHC ngày 24 tháng 7 năm 2024 của Chủ tịch UBND tỉnh", None,
     [("UBND tỉnh", "provincial_body")]),
    ("Căn cứ Kết luận số 12-KL/TW ngày 24 tháng 10 năm 2011 của Bộ Chính trị", None, [("Bộ Chính trị", "central_body")]),
    # "ban hành" after a body is its verb, also before a capitalised document word ("hành quyết" is a word elsewhere)
    ("- Tham mưu UBND tỉnh ban hành Quyết định số 2468/QĐ-UBND ngày 09/12/2025", None, [("UBND tỉnh", "provincial_body")]),
    ("Bảo hiểm xã hội Việt Nam", None, [("Bảo hiểm xã hội Việt Nam", "government_agency")]),
    # a name carries the country's name after it (set 34; sets 29, 32); a level after it is the level rules'
    ("2. Phối hợp với Bộ Tài chính đánh giá tác động đối với Chính phủ Việt Nam", "CHÍNH PHỦ",
     [("Bộ Tài chính", "ministry"), ("Chính phủ Việt Nam", "central_body")]),
    ("Cơ quan thông tấn, báo chí Việt Nam chỉ đạo cơ quan thường trú", None,
     [("Cơ quan thông tấn, báo chí Việt Nam", "collective")]),
    # a group opening its clause runs to its role verb (Nghị định 127/2026/NĐ-CP; sets 29, 31, 32), up to an adverbial
    ("2. Các tổ chức, cá nhân, doanh nghiệp, hộ nông dân, hợp tác xã, tổ hợp tác có trách nhiệm:", "CHÍNH PHỦ",
     [("Các tổ chức, cá nhân, doanh nghiệp, hộ nông dân, hợp tác xã, tổ hợp tác", "collective")]),
    ("8. Các doanh nghiệp thuộc diện giám sát tài chính đặc biệt có trách nhiệm:", "BỘ CÔNG THƯƠNG",
     [("Các doanh nghiệp thuộc diện giám sát tài chính đặc biệt", "collective")]),
    ("2. Các bộ, cơ quan ngang bộ trong phạm vi thẩm quyền có trách nhiệm:", "CHÍNH PHỦ",
     [("Các bộ, cơ quan ngang bộ", "collective")]),
    # a university named without "Trường" (a Lào Cai report of 2026)
    ("các cơ quan, viện nghiên cứu ở Trung ương, trường Đại học (Đại học Mỏ - Địa chất)", "UỶ BAN NHÂN DÂN TỈNH LÀO CAI",
     [("các cơ quan", "collective"), ("viện nghiên cứu ở Trung ương", "central_body"), ("trường Đại học", "university"),
      ("Đại học Mỏ - Địa chất", "university")]),
])
def test_set34_classes(text, issuer, expected):
    assert [(m.mention, m.kind) for m in parse_agencies(text, issuer=issuer).mentions] == expected


# Session 14's classes.  A group's noun that is also a verb ("tổ chức": to organise) is an action where the tagger
# reads the verb (Nghị định 185/2026/NĐ-CP, sets 21, 26), and a body where it is plural, a list's item or a list of
# kinds of body.
@pytest.mark.parametrize("text,issuer,expected", [
    ("1. Hội đồng nhân dân cấp xã quyết định thành lập, sắp xếp, tổ chức lại, giải thể, đặt tên thôn", "CHÍNH PHỦ",
     [("Hội đồng nhân dân cấp xã", "collective")]),
    ("Bộ Quốc phòng, Bộ Công an phối hợp với các Bộ, cơ quan liên quan chủ động chuẩn bị, tổ chức lễ diễu binh", None,
     [("Bộ Quốc phòng", "ministry"), ("Bộ Công an", "ministry"), ("các Bộ, cơ quan liên quan", "collective")]),
    ("4. Ủy ban nhân dân xã, phường, thị trấn có trách nhiệm tiếp nhận quà, tổ chức gặp mặt thăm hỏi", None,
     [("Ủy ban nhân dân xã, phường, thị trấn", "collective")]),
    ("2. Bộ Nội vụ có trách nhiệm chủ trì, phối hợp với các bộ, ngành, tổ chức chính trị - xã hội xem xét", None,
     [("Bộ Nội vụ", "ministry"), ("các bộ, ngành", "collective"), ("tổ chức chính trị - xã hội", "collective")]),
    ("Tiếp nhận và trả kết quả của: UBND cấp xã, UBND cấp huyện, tổ chức hành nghề công chứng.", None,
     [("UBND cấp xã", "collective"), ("UBND cấp huyện", "collective"), ("tổ chức hành nghề công chứng", "collective")]),
    ("tổ chức, cá nhân có liên quan", None, [("tổ chức, cá nhân có liên quan", "collective")]),
    # a postal address names where an office sits, not who acts (a Hồ Chí Minh City procedure, set 26)
    ("- Bộ phận Một cửa Sở Khoa học và Công nghệ (244 Điện Biên Phủ, Phường Xuân Hòa, TP.HCM). - Trung tâm phục vụ "
     "hành chính công (Đường Lê Lợi, Phường Bình Dương, Thành phố Hồ Chí Minh).", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
     [("Bộ phận Một cửa Sở Khoa học và Công nghệ", "sub_unit"), ("Trung tâm phục vụ hành chính công", "provincial_body")]),
    # ... a bracket of bodies is no address
    ("UBND tỉnh (Sở Tư pháp, Phường Xuân Hòa)", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
     [("UBND tỉnh", "province"), ("Sở Tư pháp", "provincial_body"), ("Phường Xuân Hòa", "commune_body")]),
    # "địa phương" alone as a place, a level or an adjective (sets 28-35); after "với" or a verb a body
    ("e) Căn cứ khả năng ngân sách của địa phương và các nguồn kinh phí hợp pháp khác", None, []),
    ("Trên cơ sở khả năng cân đối ngân sách địa phương, Ủy ban nhân dân cấp tỉnh xem xét, quyết định", None,
     [("Ủy ban nhân dân cấp tỉnh", "collective")]),
    ("Hằng năm được sự quan tâm của các ngành, các cấp từ Trung ương đến địa phương", None, [("các ngành", "collective")]),
    ("kể từ ngày về địa phương, người đã chấp hành xong quyết định", None, []),
    ("Sở Y tế phối hợp với địa phương", None, [("Sở Y tế", "provincial_body"), ("địa phương", "collective")]),
    # ... and "doanh nghiệp" alone after a noun is its complement (set 29); after "với" a body
    ("b) Chủ trì lập kế hoạch thanh tra tài chính doanh nghiệp hàng năm gửi Thanh tra Chính phủ", None,
     [("Thanh tra Chính phủ", "ministerial_agency")]),
    ("Sở Tài chính phối hợp với doanh nghiệp", None, [("Sở Tài chính", "provincial_body"), ("doanh nghiệp", "collective")]),
    # what a name's verb cut off is read again: another body may follow the verb (sets 21, 28, 34)
    ("4. Hằng năm, Cục Tổ chức cán bộ phối hợp với Cục Kế hoạch và tài chính hoàn thành việc thanh toán", "BỘ CÔNG AN",
     [("Cục Tổ chức cán bộ", "sub_unit"), ("Cục Kế hoạch và tài chính", "sub_unit")]),
    ("a) Vụ Tổ chức cán bộ chủ trì phối hợp với Tổng cục Năng lượng, Cục Hóa chất", "BỘ CÔNG THƯƠNG",
     [("Vụ Tổ chức cán bộ", "sub_unit"), ("Tổng cục Năng lượng", "sub_unit"), ("Cục Hóa chất", "sub_unit")]),
    # a bare class noun named by its role is the body in that role (a decision on investment disputes, set 29);
    # before a colon it labels a list
    ("3. Cơ quan chủ trì phối hợp với Tổ Công tác liên ngành", "CHÍNH PHỦ",
     [("Cơ quan chủ trì", "collective"), ("Tổ Công tác liên ngành", "central_body")]),
    ("a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.", None, [("Bộ Quốc phòng", "ministry"), ("Bộ Tài chính", "ministry")]),
    # a reference that only opens a clause of assignment is no bare reference (Lâm Đồng reports of 2026, set 36)
    ("Theo Kế hoạch, Sở Nội vụ sẽ chủ trì, phối hợp với các ngành có liên quan tổ chức kiểm tra", "UBND TỈNH LÂM ĐỒNG",
     [("Sở Nội vụ", "provincial_body"), ("các ngành có liên quan", "collective")]),
    # a national body's branch named by a force that no rule read (Nghị định 188/2025 and 233/2025/NĐ-CP, sets 35-36)
    ("b) Định kỳ hằng tháng, Bảo hiểm xã hội Quân đội, Bảo hiểm xã hội Công an nhân dân chuyển tiền", "CHÍNH PHỦ",
     [("Bảo hiểm xã hội Quân đội", "sub_unit"), ("Bảo hiểm xã hội Công an nhân dân", "sub_unit")]),
    # a capitalised name no entry holds ends before an auxiliary or the passive's marker (a Lào Cai Công văn, set 36)
    ("Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô được Bộ Nông nghiệp và Môi trường cho phép khai thác", None,
     [("Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô", "enterprise"),
      ("Bộ Nông nghiệp và Môi trường", "ministry")]),
    ("Hàng năm, Quỹ Bảo trợ nạn nhân chất độc da cam và Hội Chữ thập đỏ Việt Nam tiến hành kiểm tra", None,
     [("Quỹ Bảo trợ nạn nhân chất độc da cam", "unknown"), ("Hội Chữ thập đỏ Việt Nam", "mass_organisation")]),
    # a group that opens with a kind of body takes the kinds listed before it; a closing qualifier ends it; kinds of state
    # bodies "có liên quan" are the related bodies' group (Nghị định 155/2026/NĐ-CP, set 36)
    ("2. Trưởng Công an cấp xã có trách nhiệm thực hiện hoặc phối hợp với cơ quan, tổ chức, đơn vị có liên quan áp dụng "
     "các biện pháp bảo đảm trật tự công cộng", "CHÍNH PHỦ",
     [("Công an cấp xã", "collective"), ("cơ quan, tổ chức, đơn vị có liên quan", "collective")]),
    ("Điều 8. Trách nhiệm của cơ quan, tổ chức, cá nhân trong việc phối hợp xử lý", None,
     [("cơ quan, tổ chức, cá nhân", "collective")]),
    # ... or before a time phrase (Nghị định 233/2025/NĐ-CP, set 36)
    ("lập báo cáo quyết toán, trình Hội đồng quản lý trước ngày 05 tháng 6 để thông qua và gửi về Bộ Tài chính",
     "CHÍNH PHỦ", [("Hội đồng quản lý", "central_body"), ("Bộ Tài chính", "ministry")]),
    # a unit then a comma and a list of ministries is a list, no unit and its parent (set 36); one ministry is its parent
    ("báo cáo Hội đồng quản lý, Bộ Tài chính, Bộ Nội vụ, Bộ Y tế về tình hình thu", "CHÍNH PHỦ",
     [("Hội đồng quản lý", "central_body"), ("Bộ Tài chính", "ministry"), ("Bộ Nội vụ", "ministry"), ("Bộ Y tế", "ministry")]),
    ("Vụ Kế hoạch - Tài chính, Bộ Nội vụ", None, [("Vụ Kế hoạch - Tài chính, Bộ Nội vụ", "sub_unit")]),
    # a national system's name in small letters after "cơ quan" names its offices (sets 34-36), not the national body
    ("Sở Y tế phối hợp với cơ quan bảo hiểm xã hội thực hiện tra cứu", None,
     [("Sở Y tế", "provincial_body"), ("cơ quan bảo hiểm xã hội", "collective")]),
    # "ngành" and a ministry's field or a national system is that sector's bodies (sets 15-36); after a noun its
    # complement
    ("phối hợp với ngành y tế điều tra bệnh nghề nghiệp", None, [("ngành y tế", "collective")]),
    ("Bộ Y tế (cung cấp chất thải độc hại ngành Y tế).", None, [("Bộ Y tế", "ministry")]),
    # a province's department or council named with its province as the issuer gives the province ("UBND tỉnh" in a
    # Sở Công Thương tỉnh Lào Cai document is Lào Cai's: set 12; a Hà Nội council's "Ủy ban nhân dân Thành phố": set 21)
    ("- UBND tỉnh (b/c);", "SỞ CÔNG THƯƠNG TỈNH LÀO CAI", [("UBND tỉnh", "province")]),
    # a group described by two verbs with one object runs over the comma between them (sets 20, 34-35)
    ("a) Phối hợp với cơ sở khám bệnh, chữa bệnh rà soát các nguyên nhân", None, [("cơ sở khám bệnh, chữa bệnh", "collective")]),
    ("các đơn vị có liên quan, triển khai thực hiện", None, [("các đơn vị có liên quan", "collective")]),
    # a unit with no parent takes the one ministry its cell names before it, over the issuer's (set 37, after its run)
    ("phối hợp chặt chẽ với Bộ Y tế, Ban Quản lý dự án để hoàn thành", "VĂN PHÒNG CHÍNH PHỦ",
     [("Bộ Y tế", "ministry"), ("Ban Quản lý dự án", "sub_unit")]),
    # ... and "cơ quan" with a sector names its offices (Nghị quyết 79/2025/NQ-HĐND of Hà Nội, set 37, after its run)
    ("thì cơ quan Công an có trách nhiệm tổng hợp, thông báo danh sách", None, [("cơ quan Công an", "collective")]),
    # a list that ends with one province's body: its bare bodies are that province's, also in a central text (set 37)
    ("- Tỉnh ủy, HĐND, UBND tỉnh Ninh Bình;", "VĂN PHÒNG CHÍNH PHỦ",
     [("Tỉnh ủy", "provincial_body"), ("HĐND", "provincial_body"), ("UBND tỉnh Ninh Bình", "province")]),
    ("- Tỉnh ủy, UBND các tỉnh;", "VĂN PHÒNG CHÍNH PHỦ", [("Tỉnh ủy", "collective"), ("UBND các tỉnh", "collective")]),
    # a deputy's title is a person's, the seat's building a place (set 37, after its run); the Prime Minister stays
    ("Ngày 02 tháng 10 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Bùi Thanh Sơn chủ trì", None, []),
    ("kịp thời báo cáo Thủ tướng Chính phủ, Phó Thủ tướng phụ trách", None, [("Thủ tướng Chính phủ", "central_body")]),
    ("Theo phân công tại Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh", None,
     [("Theo phân công tại Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh", "by_reference")]),
])
def test_session14_classes(text, issuer, expected):
    assert [(m.mention, m.kind) for m in parse_agencies(text, issuer=issuer).mentions] == expected


_HD_SO = "UBND TỈNH HẢI DƯƠNG SỞ THÔNG TIN VÀ TRUYỀN THÔNG"


@pytest.mark.parametrize("text, issuer, expected", [
    # a department's own text: its bare "Sở" and its units (Sở Thông tin và Truyền thông Hải Dương, set 38, after its run)
    ("- Là đầu mối tổng hợp, định kỳ hàng năm tham mưu Giám đốc Sở báo cáo UBND tỉnh kết quả", _HD_SO,
     [("Sở", "provincial_body", "dp.so_thong_tin_truyen_thong"), ("UBND tỉnh", "province", "prov.hai_duong")]),
    ("- Lãnh đạo Sở (b/c);", _HD_SO, [("Sở", "provincial_body", "dp.so_thong_tin_truyen_thong")]),
    ("2. Thanh tra Sở", _HD_SO, [("Thanh tra Sở", "sub_unit", None)]),
    ("- Các Sở, ngành: Xây dựng, Công Thương", _HD_SO,
     [("Xây dựng", "provincial_body", "dp.so_xay_dung"), ("Công Thương", "provincial_body", "dp.so_cong_thuong")]),
    # ... and a ministry's bare "Bộ" that ends its item (set 19)
    ("Giao Văn phòng Bộ tổng hợp chung về kết quả thực hiện, báo cáo Lãnh đạo Bộ.", "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
     [("Văn phòng Bộ", "sub_unit", None), ("Bộ", "ministry", "bo.van_hoa_the_thao_du_lich")]),
    # a national system without its level is its bodies (Chỉ thị 07/CT-UBND 2018 of Quảng Ngãi, set 38; sets 31-36)
    ("đ) Phối hợp chặt chẽ với cơ quan Thi hành án dân sự trong việc theo dõi thi hành án hành chính", None,
     [("cơ quan Thi hành án dân sự", "collective", "coll.other")]),
    ("1. Sau khi nhận được quyết định của Tòa án nhân dân về việc dẫn độ cho nước ngoài", None,
     [("Tòa án nhân dân", "collective", "coll.other")]),
    ("thống nhất với Tòa án nhân dân tối cao", None, [("Tòa án nhân dân tối cao", "judiciary", "tp.toa_an_nhan_dan_toi_cao")]),
    # two field nouns of one group (set 38; Kế hoạch of set 18 "các cơ quan báo chí, truyền hình")
    ("- Phối hợp Sở Thông tin và Truyền thông hướng dẫn các doanh nghiệp bưu chính, viễn thông tổ chức triển khai", None,
     [("Sở Thông tin và Truyền thông", "provincial_body", "dp.so_thong_tin_truyen_thong"),
      ("các doanh nghiệp bưu chính, viễn thông", "collective", "coll.doanh_nghiep")]),
    # a field head after a name's dash (set 38)
    ("+ Đơn vị chủ trì: Phòng Bưu chính - Viễn thông - Công nghệ thông tin.", _HD_SO,
     [("Phòng Bưu chính - Viễn thông - Công nghệ thông tin", "sub_unit", None)]),
    # a unit's abbreviation ends it before a verb (set 38; "Phòng CCHC theo dõi", set 26)
    ("Phối hợp với phòng BCVT&CNTT tham mưu lãnh đạo Sở đảm bảo kinh phí", _HD_SO,
     [("phòng BCVT&CNTT", "sub_unit", None), ("Sở", "provincial_body", "dp.so_thong_tin_truyen_thong")]),
    ("Ban QLDA ĐTXD các công trình giao thông", None, [("Ban QLDA ĐTXD các công trình giao thông", "provincial_body", None)]),
    # a manner adverb before the verb opens the predicate (Công văn 6795/SNNMT-KS 2026 of Lào Cai, set 36; set 17)
    ("Sở Nông nghiệp và Môi trường yêu cầu Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô nghiêm túc thực hiện",
     None, [("Sở Nông nghiệp và Môi trường", "provincial_body", "dp.so_nong_nghiep_moi_truong"),
            ("Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô", "enterprise", None)]),
    # a plural head with bracketed members, the Tỉnh ủy's Ban Chấp hành, "TT" for Thường trực (set 38)
    ("- Tổ chức Hội nghị họp với các doanh nghiệp viễn thông, các Sở ngành (Tài chính, Xây dựng)", _HD_SO,
     [("các doanh nghiệp viễn thông", "collective", "coll.doanh_nghiep"), ("Tài chính", "provincial_body", "dp.so_tai_chinh"),
      ("Xây dựng", "provincial_body", "dp.so_xay_dung")]),
    ("Nghị quyết số 06-NQ/TU ngày 26/3/2021 của BCH Đảng bộ tỉnh Hải Dương về chuyển đổi số", None,
     [("BCH Đảng bộ tỉnh Hải Dương", "provincial_body", "dp.tinh_uy")]),
    ("- TT Tỉnh ủy; TT HĐND tỉnh;", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
     [("TT Tỉnh ủy", "provincial_body", "dp.tinh_uy"), ("TT HĐND tỉnh", "provincial_body", "dp.hoi_dong_nhan_dan_tinh")]),
    ("Ban Chỉ huy Phòng thủ dân sự tỉnh", None, [("Ban Chỉ huy Phòng thủ dân sự tỉnh", "provincial_body", None)]),
    ("Phối hợp với Sở Tư pháp và Ủy ban nhân dân các huyện, thành phố trong tỉnh thực hiện", None,
     [("Sở Tư pháp", "provincial_body", "dp.so_tu_phap"),
      ("Ủy ban nhân dân các huyện, thành phố trong tỉnh", "collective", "coll.ubnd_cap_huyen")]),
    ("- Các doanh nghiệp hoạt động trong lĩnh vực viễn thông cần xây dựng và phát triển mới hạ tầng", None,
     [("Các doanh nghiệp hoạt động trong lĩnh vực viễn thông", "collective", "coll.doanh_nghiep")]),
])
def test_session15_classes(text, issuer, expected):
    assert [(m.mention, m.kind, m.agency_id) for m in parse_agencies(text, issuer=issuer).mentions] == expected


@pytest.mark.parametrize("cell,expected", [
    # a company's organ named alone is every company's: a group (Công điện of the Prime Minister 10/2025, set 39)
    ("- Chủ tịch Hội đồng thành viên/Hội đồng quản trị, Tổng giám đốc các Tập đoàn, Tổng công ty, doanh nghiệp nhà "
     "nước (danh sách kèm theo).",
     [("Hội đồng thành viên", "coll.other"), ("Hội đồng quản trị", "coll.other"),
      ("các Tập đoàn, Tổng công ty, doanh nghiệp nhà nước", "coll.doanh_nghiep")]),
    # before a company's name, that company's (a Thông báo of the Văn phòng Chính phủ 2025, set 37)
    ("trình Bộ Tài chính phê duyệt FS của dự án để Hội đồng thành viên PVN quyết định đầu tư;",
     [("Bộ Tài chính", "bo.tai_chinh"), ("Hội đồng thành viên PVN", "dn.pvn")]),
])
def test_company_organs(cell, expected):
    assert [(m.mention, m.agency_id) for m in parse_agencies(cell).mentions] == expected


def test_a_list_of_recipients_names_the_units_of_the_body_that_labels_its_item():
    """The Văn phòng Chính phủ's own line in the recipients of a Công điện (set 39, 10/2025): its leaders are persons,
    the abbreviations after "các vụ, cục:" its units, "Cổng TTĐTCP" the Government's portal."""
    got = [(m.mention, m.kind, m.agency_id, m.parent) for m in parse_agencies(
        "- VPCP: BTCN, các PCN, các vụ, cục: TH, QHĐP, NN, KSTTHC, Cổng TTĐTCP;", issuer="tw.thu_tuong").mentions]
    vpcp = "Văn phòng Chính phủ"
    assert got == [("VPCP", "ministerial_agency", "cqnb.van_phong_chinh_phu", None),
                   *((u, "sub_unit", None, vpcp) for u in ("TH", "QHĐP", "NN", "KSTTHC")),
                   ("Cổng TTĐTCP", "state_media", "bc.bao_chinh_phu", vpcp)]   # run by the Văn phòng (seventeenth session)


@pytest.mark.parametrize("text, expected", [
    # the verb "ban hành" before "văn bản" ("hành văn" is a word too, but real text prints "ban hành" 18 times more):
    # no body "Ban" (held-out sets 34 and 43 read "ban hành văn bản" as an unknown body)
    ("Bộ Công an đã có Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị Cục Đăng kiểm Việt Nam ban hành văn bản hướng dẫn "
     "trước ngày 05/02/2026", ["Bộ Công an", "Cục Đăng kiểm Việt Nam"]),
    ("b) Chủ trì, phối hợp với Bộ Khoa học và Công nghệ ban hành văn bản hướng dẫn chi tiết",
     ["Bộ Khoa học và Công nghệ"]),
    ("Ban công tác Mặt trận khu dân cư", ["Ban công tác Mặt trận khu dân cư"]),     # "công tác" holds: a Ban
    # the predicate after a group is no qualifier of it: the group inside it is read (set 40)
    ("6. Bộ trưởng Bộ Công an chỉ đạo lực lượng Công an các đơn vị, địa phương tiếp tục phối hợp chặt chẽ với các lực "
     "lượng chức năng liên quan tăng cường các biện pháp",
     ["Bộ Công an", "Công an các đơn vị, địa phương", "các lực lượng chức năng liên quan"]),
])
def test_a_verb_over_two_words_is_no_head(text, expected):
    assert [m.mention for m in parse_agencies(text).mentions] == expected


@pytest.mark.parametrize("cell,expected", [
    # a level's alternative in brackets is the same body's (a Bộ Quốc phòng VBHN of 2025, 94/VBHN-BQP, set 47)
    ("a) [5] Ủy ban Nhân dân tỉnh (thành phố) gửi Bộ Quốc phòng (qua Trung tâm Hành động bom mìn quốc gia Việt Nam)",
     [("Ủy ban Nhân dân tỉnh (thành phố)", "provincial_body", None),
      ("Bộ Quốc phòng", "ministry", None), ("Trung tâm Hành động bom mìn quốc gia Việt Nam", "sub_unit", None)]),
    # a name ends before a date or a contact (Quyết định 1610/QĐ-TTPVHCC and a Công văn of the UBND Hà Nội, 11/2025)
    ("hoặc Sở Tài chính (Phòng Đấu thầu, Thẩm định và Giám sát đầu tư, SĐT 091.207.5567)",
     [("Sở Tài chính", "provincial_body", None), ("Phòng Đấu thầu, Thẩm định và Giám sát đầu tư", "sub_unit", None)]),
    # the army's formations (Công điện 227/CĐ-TTg, 23/11/2025; Thông báo kết luận of the VPCP, 11/2025)
    ("2. Bộ trưởng Bộ Quốc phòng chỉ đạo Quân khu 5, Quân khu 7, các đơn vị quân đội đóng ở trong và gần khu vực",
     [("Bộ Quốc phòng", "ministry", None), ("Quân khu 5", "provincial_branch", None),
      ("Quân khu 7", "provincial_branch", None)]),
    ("Các tập đoàn PVN, TKV, Binh đoàn 19, Vinachem... đẩy mạnh hơn nữa việc khai thác khoáng sản bền vũng",
     [("PVN", "enterprise", None), ("TKV", "enterprise", None),     # the plural head no mention (set 48's labels)
      ("Binh đoàn 19", "sub_unit", "Bộ Quốc phòng"), ("Vinachem", "enterprise", None)]),
    # a standing committee is its committee's (a Công văn of the UBND thành phố Hà Nội, 11/2025; Công điện 159/CĐ-TTg)
    ("Thực hiện chỉ đạo của Ban Thường vụ Thành ủy tại Văn bản số 43-CV/TU ngày 12/11/2025",
     [("Ban Thường vụ Thành ủy", "provincial_body", None)]),
])
def test_twentieth_session_classes(cell, expected):
    """Real cells of held-out set 47 for the classes fixed after its first run: each mention's text and kind, and the
    parent where one is given."""
    got = parse_agencies(cell).mentions
    assert [(m.mention, m.kind) for m in got] == [(t, k) for t, k, _p in expected]
    assert all(m.parent == p for m, (_t, _k, p) in zip(got, expected) if p)


@pytest.mark.parametrize("cell,expected", [
    # two abbreviations glued ("VPUBND"), as a Bắc Ninh decision's recipients print them (11/2025, held-out set 48),
    # and a province's "Trung tâm TT" (its office's information centre), which an alias of abbreviations alone written
    # out ("TT&TT" -> "trung tâm&trung tâm") had made the Bộ Thông tin và Truyền thông
    ("- VPUBND tỉnh: Lãnh đạo, Trung tâm TT, NC;",
     [("VPUBND tỉnh", "dp.van_phong_ubnd_tinh"), ("Trung tâm TT", None), ("NC", None)]),
    ("- VP UBND tỉnh; CVP, các PCVP, Trung tâm TT, KTTH;",
     [("VP UBND tỉnh", "dp.van_phong_ubnd_tinh"), ("Trung tâm TT", None), ("KTTH", None)]),
])
def test_abbreviations_glued_and_written_out(cell, expected):
    got = parse_agencies(cell, issuer="ỦY BAN NHÂN DÂN TỈNH BẮC NINH").mentions
    assert [(m.mention, m.agency_id) for m in got] == expected


@pytest.mark.parametrize("cell,issuer,expected", [
    # a national force named bare is the national command in a central text (a Bộ Quốc phòng VBHN of 2025, set 47)...
    ("b) [14] Quân khu, quân chủng, quân đoàn, Bộ đội Biên phòng, Bộ Tư lệnh Thủ đô Hà Nội thẩm định phương án kỹ thuật",
     "BỘ QUỐC PHÒNG", ("Bộ đội Biên phòng", "su.bqp_bo_doi_bien_phong")),
    # ... and the province's command in a province's (a Lâm Đồng plan, set 16); its full name is the national one
    ("phối hợp với lực lượng Bộ đội Biên phòng, Hải quan", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
     ("Bộ đội Biên phòng", "dp.bo_chi_huy_bien_phong_tinh")),
    ("Bộ Tư lệnh Bộ đội Biên phòng", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
     ("Bộ Tư lệnh Bộ đội Biên phòng", "su.bqp_bo_doi_bien_phong")),
])
def test_a_national_force_by_the_issuers_level(cell, issuer, expected):
    assert expected in [(m.mention, m.agency_id) for m in parse_agencies(cell, issuer=issuer).mentions]


@pytest.mark.parametrize("cell,issuer,expected", [
    # a colon list's head gives its items the kind the head gives a body ("Công chức Phòng: ...": an office plan of
    # the Văn phòng UBND tỉnh Ninh Bình, 11/2025, held-out set 48): each a unit, none unknown
    ("+ Công chức Phòng: Nông nghiệp và Môi trường, Xây dựng, Tài chính-Thương mại, Nội chính, Đầu tư, Ngoại vụ;",
     "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
     [("Nông nghiệp và Môi trường", "sub_unit", None), ("Xây dựng", "sub_unit", None),
      ("Tài chính-Thương mại", "sub_unit", None), ("Nội chính", "sub_unit", None), ("Đầu tư", "sub_unit", None),
      ("Ngoại vụ", "sub_unit", None)]),
    # a body named with its levels listed is every such body, one group (Quyết định 3760/QĐ-UBND of Nghệ An, 2025;
    # a Cao Bằng decision of 11/2025: set 48)
    ("Công chức, viên chức tại Trung tâm Phục vụ Hành chính công tỉnh hoặc Trung tâm Phục vụ Hành chính công xã, phường",
     "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
     [("Trung tâm Phục vụ Hành chính công tỉnh", "provincial_body", "dp.trung_tam_phuc_vu_hcc"),
      ("Trung tâm Phục vụ Hành chính công xã, phường", "collective", "coll.other")]),
    ("Giám đốc Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã; Thủ trưởng các cơ quan", "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
     [("Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã", "collective", "coll.other"),
      ("các cơ quan", "collective", "coll.co_quan_don_vi_lien_quan")]),
    # a province's governing body named bare in its own text (a Nghị quyết of the HĐND Thành phố Hà Nội, 11/2025)
    ("- Thường trực HĐND, UBND, UB MTTQVN TP;", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI",
     [("Thường trực HĐND", "provincial_body", "dp.hoi_dong_nhan_dan_tinh"), ("UBND", "province", "prov.ha_noi"),
      ("UB MTTQVN TP", "provincial_body", "dp.uy_ban_mttq_tinh")]),
    # ... but not where it shares the level of the communes' group after it (a Quảng Ninh plan of 2025, set 14): there
    # it is the communes' councils' standing boards, a group (dropped before the twenty-third session)
    ("- Thường trực HĐND, UBND các xã, phường;", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
     [("Thường trực HĐND", "collective", "coll.other"), ("UBND các xã, phường", "collective", "coll.ubnd_cap_xa")]),
    # a unit with its parent named again in brackets: two mentions (Thông tư 26/2026/TT-BCT's Nơi nhận, set 49)
    ("- Cục Kiểm soát TTHC (Văn phòng Chính phủ);", "BỘ CÔNG THƯƠNG",
     [("Cục Kiểm soát TTHC", "sub_unit", "su.cuc_kiem_soat_tthc"),
      ("Văn phòng Chính phủ", "ministerial_agency", "cqnb.van_phong_chinh_phu")]),
    # state bodies "có liên quan" whose kind says they are the state's: the related bodies' group (Nghị định
    # 26/2026/NĐ-CP, set 49)
    ("b) Bộ Quốc phòng chủ trì, phối hợp với cơ quan nhà nước có liên quan tổ chức thẩm định", "CHÍNH PHỦ",
     [("Bộ Quốc phòng", "ministry", "bo.quoc_phong"),
      ("cơ quan nhà nước có liên quan", "collective", "coll.co_quan_don_vi_lien_quan")]),
    # a group right after a verb that addresses it is that verb's object (Nghị định 26/2026/NĐ-CP, set 49)
    ("3. Bộ Xây dựng ban hành theo thẩm quyền hoặc trình cơ quan có thẩm quyền ban hành các quy chuẩn", "CHÍNH PHỦ",
     [("Bộ Xây dựng", "ministry", "bo.xay_dung"), ("cơ quan có thẩm quyền", "collective", "coll.other")]),
    # a working unit named by its function, in the singular: one unit, what it does left over (procedure steps of a
    # Bắc Ninh decision, 11/2025, set 48); with the body it belongs to named after it, the whole name (set 41)
    ("Lãnh đạo phòng chuyên môn xem xét dự thảo Báo cáo thẩm định/ văn bản đề nghị nhà đầu tư giải trình",
     "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", [("phòng chuyên môn", "sub_unit", None), ("nhà đầu tư", "collective", "coll.doanh_nghiep")]),
    ("- Phòng Chuyên môn thuộc Ban Dân tộc tỉnh (giao Ban Dân tộc tỉnh thông báo);", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
     [("Phòng Chuyên môn thuộc Ban Dân tộc tỉnh", "sub_unit", None), ("Ban Dân tộc tỉnh", "provincial_body", "dp.ban_dan_toc_tinh")]),
    # a provincial office's own list: a national body's initials there are the office's unit (a Cao Bằng decision's
    # Nơi nhận, 11/2025, set 48: "TTTT" had been the Bộ Thông tin và Truyền thông, silently)
    ("- VP UBND tỉnh: LĐVP, KT, TTTT, TTPVHCC;", "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
     [("VP UBND tỉnh", "provincial_body", "dp.van_phong_ubnd_tinh"), ("LĐVP", "sub_unit", None), ("KT", "sub_unit", None),
      ("TTTT", "sub_unit", None), ("TTPVHCC", "provincial_body", "dp.trung_tam_phuc_vu_hcc")]),
    # a body named with the place it is picked by: the short "nơi ..." clause is part of its mention (sets 12-34 keep it
    # 42 times, cut it 5; Nghị định 110/2013/NĐ-CP's school rules, set 29)
    ("Hiệu trưởng trường giáo dưỡng có trách nhiệm thông báo cho Tòa án nhân dân cấp huyện nơi đã ra quyết định, Ủy ban "
     "nhân dân cấp xã nơi đã lập hồ sơ và cha, mẹ", "CHÍNH PHỦ",
     [("trường giáo dưỡng", "unknown", None), ("Tòa án nhân dân cấp huyện nơi đã ra quyết định", "collective", "coll.other"),
      ("Ủy ban nhân dân cấp xã nơi đã lập hồ sơ", "collective", "coll.ubnd_cap_xa")]),
    # a group of kinds of bodies keeps the passive clause that says which of them (a Bắc Ninh procedure, 11/2025, set 48)
    ("Các cơ quan, đơn vị được xin ý kiến về nội dung đề xuất dự án của nhà đầu tư, có trách nhiệm xem xét và gửi văn bản "
     "cho ý kiến về Sở Tài chính", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
     [("Các cơ quan, đơn vị được xin ý kiến", "collective", "coll.other"), ("nhà đầu tư", "collective", "coll.doanh_nghiep"),
      ("Sở Tài chính", "provincial_body", "dp.so_tai_chinh")]),
])
def test_twenty_first_session_classes(cell, issuer, expected):
    got = parse_agencies(cell, issuer=issuer).mentions
    assert [(m.mention, m.kind, m.agency_id) for m in got] == expected


# An unnamed group takes the collective its class nouns name (normalize/agencies/group_family.py), real strings of
# held-out sets 16-39; a noun narrowed by a word of its own ("đơn vị tư vấn", "hội viên", "Viện kiểm sát") or a level
# that is no family's ("cùng cấp", "thuộc UBND huyện") stays an unnamed group.
@pytest.mark.parametrize("cell, want", [
    ("các sở, ngành, đoàn thể", "coll.so_ban_nganh"),                       # set 35
    ("các Sở, ban, ngành, đơn vị thuộc Thành phố", "coll.so_ban_nganh"),    # set 21
    ("các Bộ, địa phương", "coll.bo_nganh_dia_phuong"),                     # set 19
    ("các cơ quan liên quan ở địa phương", "coll.co_quan_don_vi_lien_quan"),  # set 26
    ("cơ quan trực thuộc Chính phủ", "coll.co_quan_thuoc_chinh_phu"),       # set 39
    ("lực lượng công an cấp xã", "coll.cong_an_cac_dia_phuong"),            # set 31
    ("các tổ chức chính trị - xã hội cấp xã", "coll.to_chuc_chinh_tri_xa_hoi"),   # set 16
    ("các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "coll.so_ban_nganh"),    # set 46
    ("các đơn vị tư vấn có liên quan", "coll.other"),
    ("Các đơn vị thuộc đối tượng thụ hưởng", "coll.other"),
    ("các tổ chức thành viên", "coll.other"),      # "hội viên" alone: people, no body (not_bodies._persons)
    ("Ủy ban nhân dân cùng cấp", "coll.other"),
    ("các cơ quan chuyên môn thuộc UBND huyện", "coll.other"),
])
def test_group_family(cell, want):
    assert [m.agency_id for m in parse_agencies(cell).mentions] == [want]


# A plural head before two names or more in capitals, with no colon, is a list of that head's bodies (Công điện of
# the Prime Minister 11/2025, set 51); type names ("Các Trường Đại học, Cao đẳng") and full names each printed with
# the head are no such list.
@pytest.mark.parametrize("cell, want", [
    ("- Các Tập đoàn EVN, VNPT, Viettel, Mobifone", ["dn.evn", "dn.vnpt", "dn.viettel", "dn.mobifone"]),
    ("Các Bộ Quốc phòng, Công an phối hợp", ["bo.quoc_phong", "bo.cong_an"]),
    ("Các Trường Đại học, Cao đẳng trên địa bàn tỉnh", ["coll.truong_dai_hoc_vien_nghien_cuu"]),
    ("các cơ quan Trung ương, Bộ Tài chính", ["coll.other", "bo.tai_chinh"]),
])
def test_plural_head_lists(cell, want):
    assert [m.agency_id for m in parse_agencies(cell).mentions] == want


# A head noun whose second part is a verb keeps it in small letters ("Ban chỉ đạo"), and an hour ends a name (Công
# điện of the Prime Minister 11/2025, set 51; Quyết định of the Bộ Nông nghiệp 2012 as set 29 quotes it).
@pytest.mark.parametrize("cell, want", [
    ("gửi Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia trước 13 giờ hằng ngày",
     ["Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"]),
    ("2. Đơn vị chủ trì gửi Văn phòng Ban chỉ đạo để tổng hợp", ["Văn phòng Ban chỉ đạo"]),
    ("Ban Quản lý dự án chủ trì, phối hợp", ["Ban Quản lý dự án"]),
])
def test_head_verbs_and_hours(cell, want):
    assert [m.mention for m in parse_agencies(cell).mentions] == want


# A body "của" a ministry or a court is that body's unit (set 27: a 2024 decree on heritage; set 33); "của" the
# Government it is a central body of its own (set 51).
@pytest.mark.parametrize("cell, kind, parent", [
    ("Hội đồng thẩm định cấp bộ của Bộ Văn hóa, Thể thao và Du lịch", "sub_unit", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Cơ quan điều tra của Viện kiểm sát nhân dân tối cao", "sub_unit", "Viện kiểm sát nhân dân tối cao"),
    ("Ban Chỉ đạo của Chính phủ về sắp xếp đơn vị hành chính", "central_body", None),
])
def test_body_of_a_ministry(cell, kind, parent):
    m = parse_agencies(cell).mentions[0]
    assert (m.kind, m.parent) == (kind, parent)


# The stock market's state companies are enterprises, no province's "Sở" (Quyết định 232/QĐ-TTg 2025, set 53).
@pytest.mark.parametrize("cell, want", [
    ("Sở Giao dịch chứng khoán Hà Nội, Sở Giao dịch chứng khoán Việt Nam",
     ["dn.so_giao_dich_chung_khoan_ha_noi", "dn.so_giao_dich_chung_khoan_viet_nam"]),
    ("HOSE, HNX và VSDC", ["dn.so_giao_dich_chung_khoan_tp_hcm", "dn.so_giao_dich_chung_khoan_ha_noi", "dn.vsdc"]),
])
def test_stock_exchanges(cell, want):
    assert [m.agency_id for m in parse_agencies(cell, issuer="THỦ TƯỚNG CHÍNH PHỦ").mentions] == want


# Units a list names by their head only ("Các Vụ: NSNN; KTN"), in a ministry's own text, are that ministry's: Nơi nhận
# lines of the Bộ Tài chính (held-out set 39) and of the Bộ Nông nghiệp và Phát triển nông thôn (set 29); in a text of
# the Government or the Prime Minister they are left without a parent (whose units they are, the line says elsewhere).
@pytest.mark.parametrize("text,issuer,parent", [
    ("- Các Vụ: NSNN; KTN; KTĐP; PC;", "BỘ TÀI CHÍNH", "Bộ Tài chính"),
    ("- Các Vụ: TC, KH;", "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("- Các Vụ: TC, KH;", "THỦ TƯỚNG CHÍNH PHỦ", None),
])
def test_listed_units_belong_to_the_issuing_ministry(text, issuer, parent):
    ms = parse_agencies(text, issuer=issuer).mentions
    assert ms and all(m.kind == "sub_unit" and m.parent == parent for m in ms)


# Where a mention ends, read by the classes of the twenty-seventh session (each comment names its class and sets).
@pytest.mark.parametrize("cell, want", [
    # A group governed by a verb ends where the act asked of it begins, read from word classes (held-out sets
    # 17-55), not where the words of an office named by its function or a group's description go on.
    ("- Bộ Quốc phòng phát huy tinh thần, chỉ đạo các quân khu hỗ trợ xe máy, thiết bị, nhân lực",
     ["Bộ Quốc phòng", "các quân khu"]),
    ("phối hợp, hỗ trợ địa phương tập trung ứng phó, khắc phục nhanh hậu quả mưa, lũ,", ["địa phương"]),
    ("- Chỉ đạo lực lượng biên phòng cơ sở duy trì chế độ trực, tuần tra thường xuyên;",
     ["lực lượng biên phòng cơ sở"]),
    ("29. Chủ trì, phối hợp với các bộ, ngành, cơ quan liên quan giải quyết kiến nghị của các cơ quan, tổ chức, đơn vị",
     ["các bộ, ngành, cơ quan liên quan", "các cơ quan, tổ chức, đơn vị"]),
    # a one-syllable head that makes a word with the next is no other group after the comma ("ban hành")
    ("- Phối hợp với các cơ quan liên quan nghiên cứu, ban hành chính sách đối với người bị ảnh hưởng",
     ["các cơ quan liên quan"]),
    # not cut: an office named by its function, a group's description, a name in capitals
    ("phối hợp với cơ quan quản lý nhà nước có liên quan tổ chức thẩm định, phê duyệt Kế hoạch",
     ["cơ quan quản lý nhà nước có liên quan"]),
    ("a) Phối hợp với cơ sở khám bệnh, chữa bệnh rà soát các nguyên nhân", ["cơ sở khám bệnh, chữa bệnh"]),
    ("- Chủ trì làm việc với các địa phương và doanh nghiệp có hoạt động khoáng sản than khẩn trương rà soát",
     ["các địa phương", "doanh nghiệp có hoạt động khoáng sản than"]),
    ("hộ gia đình và cá nhân nộp 01 (một) hồ sơ đến Trung tâm phục vụ hành chính công cấp xã.",
     ["Trung tâm phục vụ hành chính công cấp xã"]),
    # "phi chính phủ" is a word (non-governmental): no Government inside it; a class of bodies after a plural word is a
    # group whatever other use its noun has; a group with words of its own is one item of a list, the next after a comma
    # another, unless the list shares an owner (held-out set 56, Đề án REDD+ of a province; sets 15, 22, 32, 36, 51).
    ("Ủy ban Dân tộc, Bộ Tư pháp, các tổ chức chính trị - xã hội, các tổ chức phi chính phủ, các cơ quan liên quan.",
     ["Ủy ban Dân tộc", "Bộ Tư pháp", "các tổ chức chính trị - xã hội", "các tổ chức phi chính phủ",
      "các cơ quan liên quan"]),
    ("Bộ Tư pháp, Bộ Tài nguyên và Môi trường, Ủy ban nhân dân tỉnh, tổ chức phi chính phủ, cơ quan liên quan.",
     ["Bộ Tư pháp", "Bộ Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh", "tổ chức phi chính phủ",
      "cơ quan liên quan"]),
    ("phối hợp với các tổ chức phi lợi nhuận", ["các tổ chức phi lợi nhuận"]),
    ("2. Cơ quan chuyên môn, tổ chức hành chính khác thuộc Ủy ban nhân dân thành phố",
     ["Cơ quan chuyên môn, tổ chức hành chính khác thuộc Ủy ban nhân dân thành phố"]),
    # A word no name ends on is matched with its marks where the text has them: "thiên tai" ends on "tai", no
    # "tại" (the held-out sets' "Cơ quan Thường trực về Phòng, chống thiên tai" had lost its last word); text typed
    # without marks is still matched without them.
    ("Cơ quan Thường trực về Phòng, chống thiên tai", ["Cơ quan Thường trực về Phòng, chống thiên tai"]),
    ("Báo cáo Đảng ủy Bộ Nông nghiệp và Môi trường để báo cáo", ["Đảng ủy Bộ Nông nghiệp và Môi trường"]),
    ("Bao cao Dang uy Bo Tai chinh de", ["Dang uy Bo Tai chinh"]),
    # A level's party committee is a word of a unit's name ("Ban Tổ chức tỉnh ủy": no name ending at "tỉnh" before
    # words in small letters), and its twin for the other kind of province after a comma is the same unit (sets 21,
    # 40, 48, 50).
    ("Ban Tổ chức tỉnh ủy chủ trì", ["Ban Tổ chức tỉnh ủy"]),
    ("phối hợp chặt chẽ với Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy, các cơ quan báo chí",
     ["Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy", "các cơ quan báo chí"]),
    ("Ủy ban Bầu cử xã chuyển sang", ["Ủy ban Bầu cử xã"]),
    # A group's predicate word that starts inside its plural run ("các đơn vị chủ động": "chủ" is a group's word, of
    # "chủ rừng") still ends the group (sets 37 and 48: "- Các đơn vị chủ động, tích cực triển khai kế hoạch").
    ("- Các đơn vị chủ động, tích cực triển khai kế hoạch nhằm đảm bảo thực hiện đúng tiến độ.", ["Các đơn vị"]),
    ("các cơ quan chủ động phối hợp", ["các cơ quan"]),
    ("các tổ chức thành viên thực hiện", ["các tổ chức thành viên"]),
])
def test_where_a_mention_ends(cell, want):
    assert [m.mention for m in parse_agencies(cell).mentions] == want


# A known group printed without its list's commas is that group ("các cơ quan thông tấn báo chí": the alias has "thông
# tấn, báo chí"), also before what it is asked to do (sets 28, 56).
@pytest.mark.parametrize("cell, want", [
    ("Chỉ đạo các cơ quan thông tấn báo chí thực hiện các nội dung tuyên truyền",
     [("các cơ quan thông tấn báo chí", "coll.co_quan_bao_chi")]),
    ("các cơ quan thông tấn, báo chí", [("các cơ quan thông tấn, báo chí", "coll.co_quan_bao_chi")]),
])
def test_a_known_group_without_its_commas(cell, want):
    assert [(m.mention, m.agency_id) for m in parse_agencies(cell).mentions] == want


# A head printed once for a list of fields: "Sở Y tế, Nội vụ, GD&ĐT, NN&MT" (a plan of Lào Cai, 2026, set 58) names
# four departments, not one department and three ministries; after "Bộ" the bare fields stay ministries (the seed).
@pytest.mark.parametrize("cell, issuer, want", [
    ("Sở Y tế, Nội vụ, GD&ĐT, NN&MT", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
     ["dp.so_y_te", "dp.so_noi_vu", "dp.so_giao_duc_dao_tao", "dp.so_nong_nghiep_moi_truong"]),
    ("Bộ Công an, Khoa học và Công nghệ, Bộ Nông nghiệp và Môi trường và các bộ, ngành có liên quan", None,
     ["bo.cong_an", "bo.khoa_hoc_cong_nghe", "bo.nong_nghiep_moi_truong", "coll.bo_nganh"]),
    ("Sở Tư pháp, Công an tỉnh, Nội vụ", None, ["dp.so_tu_phap", "dp.cong_an_tinh", "bo.noi_vu"]),
])
def test_a_head_printed_once_for_a_list(cell, issuer, want):
    got = parse_agencies(cell, issuer=issuer).mentions
    assert [m.agency_id for m in got] == want
    assert all(m.method == "pattern" for m in got[1:] if m.agency_id.startswith("dp.so_"))   # inferred, and says so


# Communes named after their committee without a colon are one group over the names, which are no longer left over
# (set 58); a second body with its own level word stays a body of its own.
@pytest.mark.parametrize("cell, want", [
    ("Phối hợp: Sở NN&MT (đất đai, môi trường), Sở Tài chính, BQL các KCN tỉnh, UBND các xã Xuân Ái, Gia Phú, Bảo Thắng, "
     "Mường Hum, doanh nghiệp.", "UBND các xã Xuân Ái, Gia Phú, Bảo Thắng, Mường Hum"),
    ("Sở Công Thương; Sở KH&CN; UBND xã Gia Phú, Bảo Thắng, Bảo Hà", "UBND xã Gia Phú, Bảo Thắng, Bảo Hà"),
    ("Chủ trì: Sở Công Thương (theo dõi chuỗi, cấp phép mỏ, cấp phép hóa chất, xúc tiến); Sở NN&MT, UBND các xã Bát "
     "Xát, Cốc San, phường Cam Đường (GPMB, thuê đất, môi trường)", "UBND các xã Bát Xát, Cốc San, phường Cam Đường"),
])
def test_communes_named_after_their_committee(cell, want):
    p = parse_agencies(cell, issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI")
    group = [m for m in p.mentions if m.mention == want]
    assert len(group) == 1 and group[0].kind == "collective" and group[0].method == "pattern"
    assert not any(w in " ".join(p.leftover) for w in ("Gia Phú", "Bảo Thắng", "Cốc San"))


@pytest.mark.parametrize("cell, want", [
    ("Phối hợp: Công an tỉnh, Sở Tài chính, UBND xã Tằng Loỏng, xã Chiềng Ken, doanh nghiệp.",
     ["Công an tỉnh", "Sở Tài chính", "UBND xã Tằng Loỏng", "xã Chiềng Ken", "doanh nghiệp"]),
    # a title after the committee is no commune (set 13)
    ("Chủ tịch UBND quận Bắc Từ Liêm, Chủ tịch UBND phường Cổ Nhuế 2, Chủ tịch UBND phường Xuân Đỉnh",
     ["UBND quận Bắc Từ Liêm", "UBND phường Cổ Nhuế 2", "UBND phường Xuân Đỉnh"]),
])
def test_what_is_not_a_named_commune(cell, want):
    assert [m.mention for m in parse_agencies(cell).mentions] == want


# A region named by a province's name is part of the branch's name, not that province's committee (set 58).
def test_a_region_named_by_a_province():
    ms = parse_agencies("Phối hợp: Công an tỉnh, Thuế tỉnh, Chi cục Hải quan khu vực Lào Cai, Thống kê tỉnh",
                        issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI").mentions
    assert [(m.mention, m.agency_id) for m in ms][2] == ("Chi cục Hải quan khu vực Lào Cai", "dp.hai_quan_khu_vuc")
    assert not any(m.kind == "province" for m in ms)


# A group qualified by a ministry's field is a group, and no ministry is named (sets 13 and 57); after a comma the
# field is the ministry again.
@pytest.mark.parametrize("cell, want", [
    ("Kết nối hệ thống dữ liệu với Cục Sở hữu trí tuệ, các viện - trường, doanh nghiệp KH&CN và các sàn quốc "
     "gia/địa phương khác", "doanh nghiệp KH&CN"),
    ("Điều 21. Trách nhiệm của các bộ, ngành, địa phương, doanh nghiệp, tổ chức khoa học và công nghệ, cơ sở giáo dục "
     "đại học", "tổ chức khoa học và công nghệ"),
])
def test_a_group_of_a_field(cell, want):
    ms = parse_agencies(cell).mentions
    assert any(m.mention.endswith(want) and m.kind == "collective" for m in ms)
    assert not any(m.agency_id == "bo.khoa_hoc_cong_nghe" for m in ms)


def test_a_field_after_a_comma_is_the_ministry():
    assert [m.agency_id for m in parse_agencies("các doanh nghiệp, Khoa học và Công nghệ").mentions] == [
        "coll.doanh_nghiep", "bo.khoa_hoc_cong_nghe"]


# Two kinds of body paired by a dash or a slash are one group (set 13); a dash before what a group does is not.
@pytest.mark.parametrize("cell, want", [
    ("Kết nối hệ thống dữ liệu với Cục Sở hữu trí tuệ, các viện - trường, doanh nghiệp KH&CN",
     ["Cục Sở hữu trí tuệ", "các viện - trường", "doanh nghiệp KH&CN"]),
    ("doanh nghiệp - hỗ trợ vốn", ["doanh nghiệp"]),
    # a qualifier after a plural body is the group's (set 17)
    ("phối hợp với các Sở Xây dựng liên quan tổ chức trực, phân luồng từ xa", ["các Sở Xây dựng liên quan"]),
])
def test_paired_and_qualified_groups(cell, want):
    assert [m.mention for m in parse_agencies(cell).mentions] == want


# The central level ends a name when only words in small letters follow (set 50), not before the topic a steering
# body is named for.
@pytest.mark.parametrize("cell, want", [
    ("Ban Chỉ đạo Cải cách tư pháp Trung ương lãnh đạo, chỉ đạo", ["Ban Chỉ đạo Cải cách tư pháp Trung ương"]),
    ("phối hợp với các ban đảng và đảng uỷ trực thuộc Trung ương tham mưu, giúp Bộ Chính trị, Ban Bí thư chỉ đạo kiểm tra",
     ["các ban đảng", "đảng uỷ trực thuộc Trung ương", "Bộ Chính trị", "Ban Bí thư"]),
    ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng", ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"]),
])
def test_the_central_level_ends_a_name(cell, want):
    assert [m.mention for m in parse_agencies(cell).mentions] == want


# A list item's mark ("a)", "đ)", "(1)") glues no group to what stands before it: "đ) Các Bộ, ..." names the ministries
# as a group (set 45) as the same cell without its mark does; and a group that opens with its own "các" is another
# item, though it is of the same collective as the one before (set 56).
@pytest.mark.parametrize("cell, issuer, want", [
    ("đ) Các Bộ, Ủy ban nhân dân cấp tỉnh có trách nhiệm phối hợp với Bộ Tư pháp thực hiện các hoạt động của Chương "
     "trình.", None, ["Các Bộ", "Ủy ban nhân dân cấp tỉnh", "Bộ Tư pháp"]),
    ("d) Các tổ chức chính trị, xã hội, nghề nghiệp, các đoàn thể quần chúng, các tổ chức phi chính phủ và doanh nghiệp",
     "THỦ TƯỚNG CHÍNH PHỦ", ["Các tổ chức chính trị, xã hội, nghề nghiệp", "các đoàn thể quần chúng",
                            "các tổ chức phi chính phủ", "doanh nghiệp"]),
])
def test_an_item_mark_and_an_item_of_its_own(cell, issuer, want):
    assert [m.mention for m in parse_agencies(cell, issuer=issuer).mentions] == want


# An association named to "Việt Nam" over words that also name a group is one body (sets 32, 45 and 56), at a level
# a group of its bodies; a known body inside the span keeps it apart.
@pytest.mark.parametrize("cell, want", [
    ("- Cơ quan phối hợp: Bộ Tài chính, Bộ Kế hoạch và Đầu tư, Liên đoàn Luật sư Việt Nam, Hiệp hội doanh nghiệp nhỏ và "
     "vừa Việt Nam", [("Bộ Tài chính", "ministry"), ("Bộ Kế hoạch và Đầu tư", "ministry"),
                      ("Liên đoàn Luật sư Việt Nam", "mass_organisation"),
                      ("Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam", "unknown")]),
    ("Ủy ban nhân dân tỉnh, Hội chủ rừng Việt Nam, Hiệp hội gỗ và lâm sản Việt Nam, cơ quan liên quan",
     [("Ủy ban nhân dân tỉnh", "provincial_body"), ("Hội chủ rừng Việt Nam", "unknown"),
      ("Hiệp hội gỗ và lâm sản Việt Nam", "unknown"), ("cơ quan liên quan", "collective")]),
    ("a) Hướng dẫn, chỉ đạo các cơ sở giam giữ phạm nhân phối hợp với Hội Liên hiệp Thanh niên Việt Nam cấp tỉnh tổ "
     "chức các hoạt động,", [("các cơ sở giam giữ phạm nhân", "collective"),
                             ("Hội Liên hiệp Thanh niên Việt Nam cấp tỉnh", "collective")]),
    ("Hội Nông dân, Mặt trận Tổ quốc Việt Nam", [("Hội Nông dân", "mass_organisation"),
                                                ("Mặt trận Tổ quốc Việt Nam", "central_body")]),
])
def test_an_association_named_to_viet_nam(cell, want):
    assert [(m.mention, m.kind) for m in parse_agencies(cell).mentions] == want


# "liên quan" closes a group: a verb after it is what the group does (sets 51, 56); an owner or a place after it is
# the group's (set 18).
@pytest.mark.parametrize("cell, want", [
    ("phối hợp với các đơn vị liên quan quản lý, kiểm soát chất lượng hàng hóa", ["các đơn vị liên quan"]),
    ("phối hợp với các Bộ, ngành liên quan nghiên cứu, xây dựng và ban hành văn bản hướng dẫn",
     ["các Bộ, ngành liên quan"]),
    ("các cơ quan, đơn vị có liên quan trực thuộc Ủy ban nhân dân tỉnh",
     ["các cơ quan, đơn vị có liên quan trực thuộc Ủy ban nhân dân tỉnh"]),
])
def test_a_group_closed_by_lien_quan(cell, want):
    assert [m.mention for m in parse_agencies(cell).mentions] == want


# "Cơ quan" or "Đơn vị" and words in small letters name bodies by what they do: a group, though a sentence's capital
# opens them (sets 15, 31, 47); a capitalised name after the noun is a body's name.
@pytest.mark.parametrize("cell, want", [
    ("3. Cơ quan quân sự địa phương có trách nhiệm phối hợp chặt chẽ với chủ đầu tư",
     [("Cơ quan quân sự địa phương", "collective"), ("chủ đầu tư", "collective")]),
    ("- Cơ quan có thẩm quyền tuyển dụng viên chức.", [("Cơ quan có thẩm quyền tuyển dụng viên chức", "collective")]),
    ("Cơ quan Thường trực về Phòng, chống thiên tai", [("Cơ quan Thường trực về Phòng, chống thiên tai", "unknown")]),
])
def test_a_class_noun_named_by_what_it_does(cell, want):
    assert [(m.mention, m.kind) for m in parse_agencies(cell).mentions] == want


# The owners of forests and a programme's donors are groups of their own (set 56), and a known group with its own
# qualifier after "và", or after a single noun, is another item (sets 40, 56); a list of nouns shares its qualifier
# (set 4).
@pytest.mark.parametrize("cell, want", [
    ("Bộ Tài chính, Bộ Tài nguyên và Môi trường, Bộ Kế hoạch và Đầu tư, Kiểm toán Nhà nước, nhà tài trợ, tổ chức phi "
     "chính phủ.", ["bo.tai_chinh", "bo.tai_nguyen_moi_truong", "bo.ke_hoach_dau_tu", "tp.kiem_toan_nha_nuoc",
                   "coll.nha_tai_tro", "coll.other"]),
    ("Các bộ, ngành, địa phương và doanh nghiệp liên quan", ["coll.bo_nganh_dia_phuong", "coll.doanh_nghiep"]),
    ("Các bộ, ngành, địa phương, doanh nghiệp liên quan", ["coll.other"]),     # one group of four kinds
])
def test_groups_of_their_own(cell, want):
    assert [m.agency_id for m in parse_agencies(cell).mentions] == want


def test_forest_owners_beside_the_offices_concerned():
    # set 56: three items, the owners a group of their own, the offices with their own qualifier
    ms = parse_agencies("Ủy ban Dân tộc, Ủy ban nhân dân tỉnh, chủ rừng, cơ quan liên quan.").mentions
    assert [m.mention for m in ms][-2:] == ["chủ rừng", "cơ quan liên quan"]


# A People's Council named bare is every locality's in a ministry's text (set 57), the issuer's own in a province's.
@pytest.mark.parametrize("issuer, want", [
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ("collective", "coll.other")),
    ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", ("provincial_body", "dp.hoi_dong_nhan_dan_tinh")),
])
def test_a_council_named_bare(issuer, want):
    cell = "Bộ Nông nghiệp và Môi trường đề nghị Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố khẩn trương"
    m = next(m for m in parse_agencies(cell, issuer=issuer).mentions if m.mention == "Hội đồng nhân dân")
    assert (m.kind, m.agency_id) == want


# Bodies named by their kind in small letters, a whole item of a list the parser reads as none, are flagged (set 58,
# qd_222 of tests/real), not dropped without a word; a word that only starts like a head is not ("trường hợp").
def test_a_kind_of_body_left_over_is_flagged():
    from normalize.unread import unread_bodies
    cell = "Các bộ, cơ quan ngang bộ; Ủy ban nhân dân cấp tỉnh; viện nghiên cứu, trường đại học; cơ quan, tổ chức có liên quan"
    assert unread_bodies(cell, parse_agencies(cell)) == ("viện nghiên cứu", "trường đại học")
    cell = "Sở Tư pháp, trường hợp cần thiết"
    assert unread_bodies(cell, parse_agencies(cell)) == ()


# A name's tail no other rule read: an elected body's term (sets 13, 20), a regional court's province after its dash
# (set 12), a renamed body's second field (sets 14, 15); never a person or an abbreviation after a dash.
@pytest.mark.parametrize("cell, want", [
    ("Quốc hội khóa XV", ["Quốc hội khóa XV"]),
    ("Tòa án nhân dân khu vực 1 - Quảng Trị", ["Tòa án nhân dân khu vực 1 - Quảng Trị"]),
    ("Ban Dân tộc - Tôn giáo.", ["Ban Dân tộc - Tôn giáo"]),
    ("- Chủ tịch, Phó CT UBND tỉnh - Nguyễn Hồng Hải;", ["UBND tỉnh"]),
])
def test_a_names_tail(cell, want):
    assert [m.mention for m in parse_agencies(cell).mentions] == want


def test_a_class_noun_over_misread_letters_stays_unknown():
    # qd_222 of tests/real, a scan: "Cơ quan thống tân" (OCR for "thông tấn") is no group named in words of the
    # language; it stays an unknown body, so its row keeps a warning
    ms = parse_agencies("- Các bộ, cơ quan ngang bộ - Ủy ban nhân dân các cấp - Cơ quan thống tân, báo chí").mentions
    assert [(m.mention, m.kind) for m in ms][-1] == ("Cơ quan thống tân", "unknown")


# Session of 2026-12-07 (second): the classes sets 59 and 60 showed, once they became tuning material.
# A province's name inside a longer proper name is no province (Nghị quyết 12/NQ-CP 2023: "châu Á - Thái Bình Dương").
@pytest.mark.parametrize("cell, want", [
    ("quốc tế của Việt Nam tại Diễn đàn hợp tác kinh tế châu Á - Thái Bình Dương (APEC), Diễn đàn hợp tác Á - Âu", []),
    ("Sở Tài chính, Bình Dương và Thái Bình", ["Sở Tài chính", "Bình Dương", "Thái Bình"]),
])
def test_a_province_inside_a_longer_name(cell, want):
    assert [m.mention for m in parse_agencies(cell).mentions if m.kind == "province"] \
        == [w for w in want if w != "Sở Tài chính"]


# Groups at the level their members name, with the whole country or the regions after them (set 60), each group
# named again with "các" a group of its own (set 60), inside and outside a sector (Quyết định 2439/QĐ-BTC 2022, set 59).
@pytest.mark.parametrize("cell, want", [
    ("1. Đối với các bộ, ngành, cơ quan thuộc Chính phủ", [("các bộ, ngành, cơ quan thuộc Chính phủ", "coll.bo_cqnb_cqtcp")]),
    ("- Các tỉnh, thành phố trong cả nước, nhất là", [("Các tỉnh, thành phố trong cả nước", "coll.ubnd_cac_tinh")]),
    ("hợp tác với các tỉnh, thành phố trong cả nước và các tỉnh, thành phố trong vùng kinh tế trọng điểm Bắc Bộ, "
     "vùng đồng bằng sông Hồng, vùng Thủ đô, vùng Trung du và miền núi phía Bắc, vùng Bắc Trung Bộ,",
     [("các tỉnh, thành phố trong cả nước", "coll.ubnd_cac_tinh"),
      ("các tỉnh, thành phố trong vùng kinh tế trọng điểm Bắc Bộ, vùng đồng bằng sông Hồng, vùng Thủ đô, vùng Trung du "
       "và miền núi phía Bắc, vùng Bắc Trung Bộ", "coll.ubnd_cac_tinh")]),
    ("- Phối hợp với các địa phương trong vùng Thủ đô Hà Nội thực hiện có hiệu quả",
     [("các địa phương trong vùng Thủ đô Hà Nội", "coll.ubnd_cac_dia_phuong")]),
    ("Các đơn vị có liên quan trong và ngoài ngành Thuế",
     [("Các đơn vị có liên quan trong và ngoài ngành Thuế", "coll.co_quan_don_vi_lien_quan")]),
])
def test_groups_at_their_level_and_extent(cell, want):
    assert [(m.mention, m.agency_id) for m in parse_agencies(cell).mentions] == want


# An OCR misread of the first syllable of "Tổng cục" left "cục Thuế" (the Cục Thuế of 2025) linked without a doubt
# (Quyết định 2439/QĐ-BTC 2022 as scanned, set 59): the whole is the Tổng cục, linked as fuzzy, a review reason.
@pytest.mark.parametrize("cell, want", [
    ("Téng cục Thuế (Cục CNTT)", ("Téng cục Thuế", "su.tong_cuc_thue", "fuzzy")),
    ("Tống cục Thuế", ("Tống cục Thuế", "su.tong_cuc_thue", "fuzzy")),
    ("Tong cục Hải quan, Vụ Pháp chê,", ("Tong cục Hải quan", "su.tong_cuc_hai_quan", "fuzzy")),
    ("Cục Thuế", ("Cục Thuế", "su.cuc_thue", "alias")),
])
def test_a_misread_head_syllable(cell, want):
    m = parse_agencies(cell).mentions[0]
    assert (m.mention, m.agency_id, m.method)[:2] == want[:2] and (m.method == "fuzzy") == (want[2] == "fuzzy")


# The units of four bodies by their structure decrees (Nghị định 351/2026, 276/2026, 196/2026, 198/2026): a unit
# only one body has is linked to it; a unit every ministry has stays a pattern, its parent the issuer's.
@pytest.mark.parametrize("cell, issuer, want", [
    ("10. Cục Hóa chất.", None, ("su.cuc_hoa_chat", "Bộ Công Thương")),
    ("Cục Phòng vệ thương mại", None, ("su.cuc_phong_ve_thuong_mai", "Bộ Công Thương")),
    ("Vụ Chính quyền địa phương", None, ("su.vu_chinh_quyen_dia_phuong", "Bộ Nội vụ")),
    ("Cục Quản lý ngoại hối", None, ("su.cuc_quan_ly_ngoai_hoi", "Ngân hàng Nhà nước Việt Nam")),
    ("4. Vụ Pháp chế.", "BỘ CÔNG THƯƠNG", (None, "Bộ Công Thương")),
    ("Vụ Tài chính Kế toán, Ban Thực hiện chính sách BHXH - Bảo hiểm xã hội Việt Nam", None, (None, None)),
])
def test_ministry_units_by_their_decrees(cell, issuer, want):
    m = parse_agencies(cell, issuer=issuer).mentions[0]
    assert (m.agency_id, m.parent) == want


# "Các Bộ X và Y" names two ministries, the second without its head (Công điện of 2025, set 51), no group of "Bộ X"s;
# a notice's closing "(để ...) biết" is whom it is told to, no word of their name (sets 37 and 54).
@pytest.mark.parametrize("cell, want", [
    ("4. Các Bộ Xây dựng và Công an: Phối hợp với Công an các địa phương rà soát",
     [("Bộ Xây dựng", "bo.xay_dung"), ("Công an", "bo.cong_an"), ("Công an các địa phương", "coll.cong_an_cac_dia_phuong")]),
    ("Văn phòng Chính phủ thông báo để các bộ, cơ quan và địa phương biết, thực hiện./.",
     [("Văn phòng Chính phủ", "cqnb.van_phong_chinh_phu"), ("các bộ, cơ quan và địa phương", "coll.bo_nganh_dia_phuong")]),
    ("Thông báo để Công ty TNHH Đại Đồng Tiến biết, thực hiện.", [("Công ty TNHH Đại Đồng Tiến", None)]),
])
def test_named_ministries_and_the_closing_formula(cell, want):
    assert [(m.mention, m.agency_id) for m in parse_agencies(cell).mentions] == want


# A Chi cục no entry names is a department's branch office, a unit (sets 27 and 52), a district's body where a
# district is named; the gazetteer's own (Chi cục Thuế khu vực) stays as it is.
@pytest.mark.parametrize("cell, want", [
    ("- Chi cục Kiểm lâm;", ("sub_unit", None)),
    ("Chi cục Thống kê huyện Long Thành", ("district_body", None)),
    ("Chi cục Thuế khu vực XV", ("provincial_branch", "dp.chi_cuc_thue")),
])
def test_a_branch_office_by_its_head(cell, want):
    m = parse_agencies(cell).mentions[0]
    assert (m.kind, m.agency_id) == want


# The office of a province's National Assembly delegation and People's Council is one office, named for either
# ("VP Đoàn ĐBQH": Nơi nhận lists of set 45), not the delegation itself.
@pytest.mark.parametrize("cell", ["- VP Đoàn ĐBQH;", "Văn phòng Đoàn ĐBQH tỉnh", "VP HĐND tỉnh"])
def test_the_office_of_the_delegation_and_council(cell):
    assert parse_agencies(cell).mentions[0].agency_id == "dp.van_phong_doan_dbqh_hdnd"


# A steering committee as Nơi nhận lists print it short ("BCĐ": set 17) is a committee at the level its name says.
def test_a_steering_committee_written_short():
    m = parse_agencies("- BCĐ Phòng thủ dân sự quốc gia (để b/c);").mentions[0]
    assert (m.mention, m.kind) == ("BCĐ Phòng thủ dân sự quốc gia", "central_body")


# "VP" opens a Văn phòng, also over a list ("Các VP: Đoàn ĐBQH&HĐND, UBND TP;": the offices, not the delegation and
# the city, set 45).
def test_offices_listed_after_vp():
    ms = parse_agencies("- Các VP: Đoàn ĐBQH&HĐND, UBND TP;", issuer="UBND THÀNH PHỐ HÀ NỘI").mentions
    assert [m.agency_id for m in ms] == ["dp.van_phong_doan_dbqh_hdnd", "dp.van_phong_ubnd_tinh"]


# Thirty-first session, from set 62 (Chỉ thị 11/CT-UBND of Hà Nội, 2025; Kế hoạch 3070/KH-UBND of the UBND thị xã Bỉm
# Sơn, 2024) and the classes it showed over sets 1-62: persons alone, a commune's level alone or as a place, the body a
# law is named for, the model of two-tier government, a field written short after a group, a district's own
# departments.  Each guard (the same words where they do name a body) stays as it was.
@pytest.mark.parametrize("cell, issuer, want", [
    ("1. Trưởng các phòng ban, đơn vị; UBND các phường, xã, các cá nhân có liên quan căn cứ Kế hoạch này nghiêm túc "
     "thức hiện;", "UỶ BAN NHÂN DÂN THỊ XÃ BỈM SƠN",
     [("các phòng ban, đơn vị", "coll.other"), ("UBND các phường, xã", "coll.ubnd_cap_xa")]),
    ("Các cá nhân, cơ quan, đơn vị liên quan thực hiện", None, [("Các cá nhân, cơ quan, đơn vị liên quan", "coll.other")]),
    ("- Phối hợp với các Sở, ban, ngành triển khai toàn diện các TTHC, dịch vụ công trực tuyến đến người dân, doanh "
     "nghiệp tại các xã, phường, bảo đảm đáp ứng các quy định", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
     [("các Sở, ban, ngành", "coll.so_ban_nganh")]),
    ("Sở Công Thương đang rà soát, hướng dẫn các xã, phường xử lý theo quy định", None,
     [("Sở Công Thương", "dp.so_cong_thuong"), ("các xã, phường", "coll.ubnd_cap_xa")]),
    ("cử đoàn viên tham gia hỗ trợ tại 126 xã, phường trên địa bàn", None, []),
    ("phối hợp Sở Khoa học và Công nghệ và UBND 126 xã, phường", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
     [("Sở Khoa học và Công nghệ", "dp.so_khoa_hoc_cong_nghe"), ("UBND 126 xã, phường", "coll.ubnd_cap_xa")]),
    ("ngày Quốc hội thông qua Luật Tổ chức chính quyền địa phương).", None, [("Quốc hội", "tw.quoc_hoi")]),
    ("trong giai đoạn đầu vận hành mô hình chính quyền địa phương hai cấp, Chủ tịch UBND Thành phố yêu cầu",
     "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", [("UBND Thành phố", "prov.ha_noi")]),
    ("- Phối hợp chặt chẽ với chính quyền địa phương và các cơ quan liên quan", None,
     [("chính quyền địa phương", "coll.ubnd_cac_dia_phuong"), ("các cơ quan liên quan", "coll.co_quan_don_vi_lien_quan")]),
    ("phối hợp các doanh nghiệp CNTT, viễn thông, các trường đại học, cao đẳng trên địa bàn",
     "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
     [("các doanh nghiệp CNTT, viễn thông", "coll.doanh_nghiep"),
      ("các trường đại học, cao đẳng trên địa bàn", "coll.truong_dai_hoc_vien_nghien_cuu")]),
    ("8. Đề nghị các doanh nghiệp viễn thông, công nghệ thông tin triển khai kênh truyền", None,
     [("các doanh nghiệp viễn thông, công nghệ thông tin", "coll.doanh_nghiep")]),
    ("phối hợp VNPT, Viettel triển khai", None, [("VNPT", "dn.vnpt"), ("Viettel", "dn.viettel")]),
    ("2. Giao phòng Tài chính – Kế hoạch tham mưu, bố trí kinh phí cho công tác bảo vệ BMNN", "UỶ BAN NHÂN DÂN THỊ XÃ BỈM SƠN",
     [("phòng Tài chính – Kế hoạch", "dh.phong_tai_chinh_ke_hoach")]),
    ("2. Giao phòng Tài chính – Kế hoạch tham mưu, bố trí kinh phí cho công tác bảo vệ BMNN", None,
     [("phòng Tài chính – Kế hoạch", None)]),
])
def test_set62_agency_classes(cell, issuer, want):
    assert [(m.mention, m.agency_id) for m in parse_agencies(cell, issuer=issuer).mentions] == want


# "TU" is the Tỉnh ủy (or Thành ủy) as Nơi nhận lists print it after its standing board ("- TT.TU, TT HĐND tỉnh;":
# sets 20, 33, 53, 56, 57); a name of three letters or fewer counts only as printed with a capital ("tu bổ di tích").
@pytest.mark.parametrize("cell, want", [
    ("- TT.TU, TT HĐND tỉnh;", [("TT.TU", "dp.tinh_uy"), ("TT HĐND tỉnh", "dp.hoi_dong_nhan_dan_tinh")]),
    ("- TT: TU, HĐND, UBND tỉnh;", [("TU", "dp.tinh_uy"), ("HĐND", "dp.hoi_dong_nhan_dan_tinh"),
                                   ("UBND tỉnh", "prov.lao_cai")]),
    ("Phối hợp với Bộ Kế hoạch và Đầu tư thực hiện việc sửa chữa, tu bổ, xây dựng kè sông, suối biên giới.",
     [("Bộ Kế hoạch và Đầu tư", "bo.ke_hoach_dau_tu")]),
])
def test_a_party_committee_written_short(cell, want):
    assert [(m.mention, m.agency_id) for m in parse_agencies(cell, issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI").mentions] == want
