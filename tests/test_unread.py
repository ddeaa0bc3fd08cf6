"""Text of an agency cell that reads like a body but was read as none is returned, to be warned
(``normalize/unread.py``, issue code ``agency_text_unread``). Real cells: held-out sets (tests/data/heldout.yaml,
their sources named there) and tests/real."""
from __future__ import annotations

import pytest

from normalize.agencies import parse_agencies
from normalize.unread import unread_bodies

SUSPECT = [  # (cell, a piece that must be returned)
    ("Phòng VH-XH; UBMTTQ; Tổ CNSCĐ 12 ấp", "Tổ CNSCĐ 12 ấp"),              # xã An Thới Đông, set 4
    ("Trung đội DQTV", "Trung đội DQTV"),                                   # kh_a2 (tests/real)
    ("Ban soạn thảo do UBTVQH thành lập (Văn phòng Quốc hội là cơ quan thường trực của Ban soạn thảo)",
     "Ban soạn thảo do"),                                                   # set 7
    ("Thường trực Hội đồng nhân dân cấp trên chủ trì, phối hợp với Tổ đại biểu Hội đồng nhân dân cùng cấp",
     "Tổ đại biểu Hội đồng nhân dân cùng cấp"),                            # set 21: the voter-meeting resolution
]
CLEAR = [  # cells whose leftover is a title, a verb, a gloss, a list's head or a document symbol
    "UBND xã Gia Phú (GPMB); Sở Nông nghiệp và Môi trường (chồng lấn).",    # set 10
    "Bộ trưởng Bộ Nội vụ",                                                  # set 3
    "Giao UBND các xã: Đức Trọng, Hiệp Thạnh, Đinh Văn Lâm Hà",             # set 12
    "C04 - Bộ Công an",                                                     # set 11
    "Kế hoạch số 555-KH/TU, ngày 20/6/2025 của Ban Thường vụ Tỉnh uỷ Quảng Ninh",   # set 14
    "- Chủ tịch, các PCT UBND tỉnh;",                                       # set 15
    "Tổ trưởng TDP",                                                        # kh_155 (tests/real)
    "THUỘC PHẠM VI, CHỨC NĂNG QUẢN LÝ CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LAI CHÂU",  # set 13
]


@pytest.mark.parametrize("cell,piece", SUSPECT)
def test_a_body_read_as_none_is_returned(cell, piece):
    assert piece in unread_bodies(cell, parse_agencies(cell))


@pytest.mark.parametrize("cell", CLEAR)
def test_titles_verbs_glosses_and_symbols_are_not(cell):
    assert unread_bodies(cell, parse_agencies(cell)) == ()


def test_offsets_hold_for_decomposed_text():
    import unicodedata
    cell = unicodedata.normalize("NFD", "Phòng VH-XH; UBMTTQ; Tổ CNSCĐ 12 ấp")
    assert unread_bodies(cell, parse_agencies(cell)) == ("Tổ CNSCĐ 12 ấp",)


from hypothesis import given, settings, strategies as st

_ALPHABET = st.sampled_from(list("abcđêôơưăâ ÁĐỦỨ,;.:-()/&\n0123") + ["Tổ ", "Ban ", "các ", "UBND ", "Sở ", "CNSCĐ "])


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_every_piece_returned_is_text_of_the_cell(cell):
    """Any text: no exception, and every piece returned is a piece of the (NFC) cell, never empty."""
    import unicodedata
    pieces = unread_bodies(cell, parse_agencies(cell))
    assert all(p and p in unicodedata.normalize("NFC", cell) for p in pieces)
