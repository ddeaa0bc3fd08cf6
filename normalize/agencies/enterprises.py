"""Enterprises: company names read as mentions from the leftover text, and generic enterprise mentions."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _m
from normalize.agencies.patterns import (_ABBREVIATED_HEADS, _GROUP_START, _HEADS, _KIND_BY_HEAD, _KIND_HEADS, _LINK_WORDS,
                                         _MARKET_WORDS)
from normalize.agencies.where import _run_on


def _firm(m: Mention) -> bool:
    """A company or a bank not in the gazetteer, by its head ("Công ty ...", "Ngân hàng MB chi nhánh")."""
    k = key(m.mention)
    h = _KIND_HEADS.match(k)
    return m.kind == "enterprise" or bool(h and _KIND_BY_HEAD[h.group()] == "enterprise") \
        or (m.kind == "unknown" and k.startswith(("ngân hàng", "ngan hang")))


def _enterprise_pieces(g: _Gazetteer, cell: _Cell, left: list) -> list[Mention]:
    """Left-over pieces that name enterprises as a group ("Tổng công ty" bare in a list, "các Tổng công ty Điện
    lực"): group mentions, taken out of the left-over."""
    out = []
    for a, b in list(left):
        m = _generic_enterprise(g, cell, Mention(cell.text[a:b], a, b, None, "", "unknown", "", "unknown", 0.0))
        if m.agency_id:
            out.append(m)
            left.remove((a, b))
    return out


def _generic_enterprise(g: _Gazetteer, cell: _Cell, m: Mention) -> Mention:
    """"Tập đoàn kinh tế", "các Tổng công ty Điện lực", a bare "Tổng công ty" name no company: enterprises as a
    group (a company's own name is capitalised: "Tập đoàn Điện lực Việt Nam").

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Các bộ, cơ quan, địa phương, Tập đoàn kinh tế, Tổng công ty").mentions][1:]
    [('Tập đoàn kinh tế, Tổng công ty', 'coll.doanh_nghiep')]
    """
    if m.kind != "unknown":
        return m
    k = key(m.mention)
    plural = _GROUP_START.match(k)
    h = _KIND_HEADS.match(k[plural.end():].lstrip() if plural else k)
    if not h or _KIND_BY_HEAD[h.group()] != "enterprise" or not _MARKET_WORDS.match(h.group()):
        return m        # ("Viễn thông" bare is no group of firms)
    rest = m.mention[len(m.mention) - len(k) + (plural.end() if plural else 0):].lstrip()[len(h.group()):].strip()
    form = _COMPANY_FORMS.match(key(rest)).end()
    if form and rest[form:].strip() and not plural:
        return m        # "Công ty cổ phần Sàn Giao dịch ...", "Công ty TNHH MTV hạ tầng ...": one company
    if plural or not rest or not (rest[0].isupper() or rest[0].isdigit() or _trade_then_name(rest)):
        return _m(g, cell.text, m.start, m.end, "coll.doanh_nghiep", "pattern", 0.7, name=fold(m.mention))
    return m        # a company's name: capitalised, a number ("Tổng Công ty 36"), or a capitalised word after its trade
    #                 ("Tổng Công ty xây dựng Hà Nội": Thông báo 537/TB-VPCP 2025, set 37)


def _trade_then_name(rest: str) -> bool:
    """A trade in small letters (three words at most, no linking word), then a capitalised name: "xây dựng Hà Nội",
    "điện lực Đồng Nai", not "thuộc Bộ ..."."""
    words = rest.split()
    n = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    return n is not None and 0 < n <= 3 and not any(w in _LINK_WORDS for w in words[:n])


_COMPANY_FORMS = regex.compile(r"(?:(?:" + _word_alt(_WORDS["company_forms"]) + r")(?![\p{L}\p{N}])\s*)*")


def _organ_of_company(cell: _Cell, mentions: list[Mention]) -> list[Mention]:
    """A company's organ read as a group ("Hội đồng thành viên", ``kind_by_head`` "collective") right before a
    company's name is that company's ("Hội đồng thành viên PVN quyết định đầu tư": Thông báo of the Văn phòng Chính
    phủ 2025, set 37): one mention over both, linked to the company.

    >>> from normalize.agencies import parse_agencies
    >>> [(m.mention, m.agency_id) for m in parse_agencies("để Hội đồng thành viên PVN quyết định đầu tư").mentions]
    [('Hội đồng thành viên PVN', 'dn.pvn')]
    """
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "enterprise" and _KIND_BY_HEAD.get(key(prev.mention)) == "collective" \
                and not cell.text[prev.end:m.start].strip():
            out[-1] = replace(m, mention=cell.text[prev.start:m.end], start=prev.start)
            continue
        out.append(m)
    return out


# a company's name printed with a dash, then the rest of its name ("Công ty Tân Cảng - Petro Cam Ranh", "Liên danh
# Đông Đô - Bắc Giang số 9", "Công ty Cổ phần DAP số 2- Vinachem": sets 10, 12, 17 label each one whole, never cut)
_DASHED_REST = regex.compile(r"[ \t]*[-–][ \t]*(?P<rest>\p{Lu}[\p{L}\p{M}\p{N}&.]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}\p{N}&.]*|số|\d+))*)")


def dashed_company_names(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A company no entry names, then a dash and capitalised words that open no body's head: one company's name, the
    mentions read inside it (a province, a group's short name) its words.

    >>> [(m.mention, m.kind) for m in parse_agencies("Công ty Tân Cảng - Petro Cam Ranh phối hợp").mentions]
    [('Công ty Tân Cảng - Petro Cam Ranh', 'enterprise')]
    """
    def reach(m: Mention, nxt: Mention | None):
        d = _DASHED_REST.match(cell.text, m.end) if m.agency_id is None and _firm(m) else None
        if d is None:
            return None
        after = cell.text[d.start("rest"):d.start("rest") + 40]
        if nxt is not None and nxt.start == d.start("rest") and nxt.kind != "enterprise" or _HEADS.match(key(after)) \
                or after.split()[0] in _ABBREVIATED_HEADS:
            return None     # a body, or another company, after the dash: its own mention
        return m, d.end(), None, None
    return _run_on(cell, ms, left, reach)
