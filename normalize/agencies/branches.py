"""Branches of bodies: "Chi nhánh" a body, and a national body's provincial or regional branch."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.words import fold
from normalize.agencies.cell import _Cell
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _current, _fold_pairs, _m
from normalize.agencies.units import _as_unit_of


def _branch_of(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A national body followed by "Chi nhánh ..." names its branch ("Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực
    II"): the gazetteer's branch of that body, with the branch's own words.

    >>> m = parse_agencies("Ngân hàng nhà nước Việt Nam - Chi nhánh Khu vực II").mentions[0]
    >>> m.agency_id, m.mention
    ('dp.ngan_hang_nha_nuoc_khu_vuc', 'Ngân hàng nhà nước Việt Nam - Chi nhánh Khu vực II')
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        branch = g.branches.get(prev.agency_id) if prev.agency_id else None
        if not (branch and m.kind == "unknown" and regex.match(r"(?:chi nhánh|chi nhanh)\b", key(m.mention))
                and regex.fullmatch(r"\s*[-–,]?\s*", cell.text[prev.end:m.start])):
            return None
        b = _m(g, cell.text, prev.start, m.end, branch, "pattern", 0.8)
        return replace(b, name=f"{g.agencies[prev.agency_id].name} - {fold(m.mention)}",
                       current_name=f"{_current(g, g.agencies[prev.agency_id]).name} - {fold(m.mention)}")
    return _fold_pairs(ms, join)


_BRANCH_BEFORE = regex.compile(r"(?:(?P<pl>các|những)\s+)?(?<![\p{L}\p{N}])chi\s+nhánh\s+$", regex.I)


def _branch_before(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"Chi nhánh" right before a known body names a branch of it ("Chi nhánh Văn phòng đăng ký đất đai": a unit,
    that body its parent); after "các", the group of its branches.

    >>> m = parse_agencies("Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai").mentions[1]
    >>> m.mention, m.kind, m.parent
    ('Chi nhánh Văn phòng đăng ký đất đai', 'sub_unit', 'Văn phòng đăng ký đất đai tỉnh')
    """
    out: list[Mention] = []
    for m in ms:
        floor = out[-1].start if out and _BRANCH_BEFORE.fullmatch(out[-1].mention + " ") \
            and not cell.text[out[-1].end:m.start].strip() else out[-1].end if out else 0   # "các Chi nhánh": a group first
        b = _BRANCH_BEFORE.search(cell.text, floor, m.start) if m.agency_id and m.kind != "collective" else None
        if b is not None:
            if out and out[-1].start >= b.start():
                out.pop()
            m = _as_unit_of(cell, m, b.start(), bool(b.group("pl")), left)
        out.append(m)
    return out
