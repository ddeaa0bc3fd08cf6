"""Junk into every normalizer: nothing raises, every result keeps its contract."""
from __future__ import annotations

import datetime
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

import normalize.deadlines as dl
from normalize import text as nt
from normalize.agencies import KINDS, parse_agencies

JUNK = [
    "", " ", "\x00", "\u200b\u200b", "\ufeffBộ Công an", "\r\n\r\n", "-" * 500, "," * 300, ";;;::::", "()" * 50,
    "Bộ " * 400, "các " * 300 + "Bộ Công an", "và " * 200, "Quý " * 100, "2026 " * 200, "31/12/" * 50,
    "<p><br/></p>&amp;&nbsp;", "🙂 Bộ Tư pháp 🙂", "Бюро Công an", "部 Công an", "İSTANBUL", "ß" * 20,
    unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Khánh Hòa; Quý IV/2025"), "a\u0301\u0301\u0301",
    "Các Cục:", "Các Cục: ;;;", ":", "Các Sở, ngành:::", "Theo", "Theo Quyết định số", "Kế hoạch số .../KH-UBND",
    "ngày 99/99/9999", "Quí 0/0", "trước ngày 31/02 hằng năm", "ngày 32 của tháng liền kề", "Tháng 13 hằng năm",
    "9" * 1000, "x" * 5000, "Hòa Bình, Hòa Bình, Thái Bình", "Kho bạc Nhà nước khu vực XIIIIIIII",
]


@pytest.mark.parametrize("s", JUNK, ids=[repr(s[:20]) for s in JUNK])
def test_agencies_take_junk(s):
    for issuer in (None, "UBND tỉnh Bắc Ninh", "BỘ TÀI CHÍNH", "x", ""):
        p = parse_agencies(s, as_of=datetime.date(2025, 7, 1), issuer=issuer)
        t = nt.nfc(s)
        for m in p.mentions:
            assert m.kind in KINDS + ("unknown",) and 0 <= m.score <= 1
            assert t[m.start:m.end] == m.mention and m.mention.strip()
        assert len(p.leftover) == len(p.leftover_spans)
        spans = [(m.start, m.end) for m in p.mentions]
        assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:])), spans    # in order, never overlapping


@pytest.mark.parametrize("s", JUNK, ids=[repr(s[:20]) for s in JUNK])
def test_deadlines_take_junk(s):
    for year in (None, 2026, 1900, 2199):
        d = dl.read_deadline(s, year)
        assert d.kind in dl.KINDS and d == dl.parse_deadline(s, default_year=year)
        if d.start and d.end:
            assert d.start <= d.end


@pytest.mark.parametrize("s", JUNK, ids=[repr(s[:20]) for s in JUNK])
def test_text_helpers_take_junk(s):
    assert len(nt.fold_key(nt.nfc(s))) == len(nt.nfc(s))
    assert nt.key(s) == nt.key(nt.key(s))
    nt.ascii_key(s), nt.clean_cell(s), nt.fold_ws(s), nt.strip_diacritics(s)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from([None, "UBND tỉnh Lào Cai", "Bộ Công an"]))
def test_agencies_with_issuer_never_raise(s, issuer):
    parse_agencies(s, issuer=issuer)


def test_non_strings_do_not_raise():
    assert dl.parse_deadline(None).kind == "unparsed"  # type: ignore[arg-type]
    assert dl.parse_deadline(12).kind in dl.KINDS  # type: ignore[arg-type]
