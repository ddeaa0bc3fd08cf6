"""What a body's name carries after it that no other rule read, left over though it is the name's: the term of an
elected body ("Quốc hội khóa XV", "HĐND tỉnh khóa XIII": held-out sets 13, 20), the province after a regional body's
dash ("Tòa án nhân dân khu vực 1 - Quảng Trị": set 12), the second field of a body renamed with a dash ("Ban Dân tộc -
Tôn giáo": sets 14, 15).

Only words left over are taken, up to the item's end; a person's title after a dash ("Sở Tư pháp - Giám đốc") and a
body of its own are never a name's tail.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.cell import _Cell, _carve, _in_left
from normalize.agencies.model import Mention
from normalize.agencies.patterns import _HEADS, _TITLES
from normalize.agencies.words import fold

__all__ = ["_name_tails"]

# a field's words: a capital, then small letters ("Tôn giáo"; a person's name or an abbreviation is none)
_CAPS = r"\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*){0,3}"
_END = r"(?=[ \t]*(?:[,;.()\n]|và(?![\p{L}])|$))"
_TERM = regex.compile(r"[ \t]+(?:khóa|khoá|nhiệm kỳ)[ \t]+[IVXLC]{1,6}(?![\p{L}\p{N}])")
_DASHED = regex.compile(rf"[ \t]*[-–][ \t]*(?P<w>{_CAPS}){_END}")
_DASH_ONLY = regex.compile(r"[ \t]*[-–][ \t]*")
_REGION = regex.compile(r"(?<![\p{L}])khu vực[ \t]+(?:\d{1,2}|[IVX]{1,5})$")
_ELECTED = frozenset(("tw.quoc_hoi", "dp.hoi_dong_nhan_dan_tinh", "cx.hdnd_xa", "dh.hdnd_huyen"))


def _name_tails(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Mentions *ms* with their names' tails taken in (see the module).

    >>> from normalize.agencies import parse_agencies
    >>> [m.mention for m in parse_agencies("Quốc hội khóa XV, Ban Dân tộc - Tôn giáo").mentions]
    ['Quốc hội khóa XV', 'Ban Dân tộc - Tôn giáo']
    >>> [m.mention for m in parse_agencies("UBND tỉnh - Nguyễn Hồng Hải").mentions]
    ['UBND tỉnh']
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "province" and _REGION.search(prev.mention) \
                and _DASH_ONLY.fullmatch(cell.text, prev.end, m.start):
            t = cell.text[prev.start:m.end]     # "Tòa án nhân dân khu vực 1 - Quảng Trị": the region's province
            out[-1] = replace(prev, mention=t, end=m.end, name=f"{prev.name} - {m.mention}",
                              current_name=f"{prev.current_name} - {m.mention}")
            continue
        end = _tail_end(cell, m, left)
        if end > m.end:
            _carve(cell, left, m.end, end)
            t = cell.text[m.start:end]
            m = replace(m, mention=t, end=end, method="pattern" if m.agency_id is None else m.method,
                        name=fold(t) if m.agency_id is None else m.name,
                        current_name=fold(t) if m.agency_id is None else m.current_name)
        out.append(m)
    return out


def _tail_end(cell: _Cell, m: Mention, left: list) -> int:
    """Where *m*'s name ends with its tail, *m.end* when it has none."""
    if m.kind == "collective":
        return m.end
    t = _TERM.match(cell.text, m.end) if m.agency_id in _ELECTED else None
    if t and _in_left(left, m.end + 1, t.end()):
        return t.end()
    d = _DASHED.match(cell.text, m.end)
    if d and _in_left(left, d.start("w"), d.end()) and _name_words(d["w"]) \
            and (m.agency_id is not None or _REGION.search(m.mention)):
        return d.end()
    return m.end


def _name_words(words: str) -> bool:
    """Are *words* no body's head and no person's title ("Tôn giáo", "Quảng Trị"; not "Giám đốc", "Sở Y tế")?"""
    k = key(words)
    return not _HEADS.match(k) and not _TITLES.match(k)
