"""An association's name that runs to "Việt Nam" over words that also name a group ("Hiệp hội doanh nghiệp nhỏ và vừa
Việt Nam": held-out set 45, a Ministry of Justice programme; "Hội chủ rừng Việt Nam": set 56): one body, not the group
its inner words name ("doanh nghiệp", "chủ rừng") and words left over.

The head is capitalised and opens an association ("Hiệp hội", "Hội", "Liên hiệp", "Quỹ" ...: ``association_heads`` in
the data), the name ends at "Việt Nam", nothing but words between (no semicolon, bracket or item mark, no comma
before small letters), and every mention the span overlaps is a group or unknown: a known body inside ("Hội
Nông dân, Mặt trận Tổ quốc Việt Nam") keeps the span from being one name.
"""
from __future__ import annotations

import regex

from normalize.agencies.cell import _Cell, _carve, _in_left
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _m
from normalize.agencies.model import Mention
from normalize.agencies.words import _WORDS, fold

__all__ = ["national_names"]

_HEAD = "|".join(regex.escape(h[:1].upper() + h[1:]) for h in sorted(_WORDS["association_heads"], key=len, reverse=True))
_NAME = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_HEAD})[ \t]+(?:[\p{{L}}\p{{M}}&+\-]+"
                      rf"(?:,(?=[ \t]*\p{{Lu}}))?[ \t]+){{1,9}}?Việt[ \t]+Nam(?![\p{{L}}\p{{N}}])")
_OPEN_KINDS = frozenset(("collective", "unknown"))
# the association at a level after its name ("Hội Liên hiệp Thanh niên Việt Nam cấp tỉnh": set 32): its bodies there,
# a group
_LEVEL_AFTER = regex.compile(r"[ \t]+(?:cấp[ \t]+(?:tỉnh|huyện|xã|cơ[ \t]+sở)|các[ \t]+cấp)(?![\p{L}\p{N}])")


def national_names(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Mentions *ms* with each association named to "Việt Nam" over group words read as one unknown body.

    >>> from normalize.agencies import parse_agencies
    >>> [(m.mention, m.kind) for m in parse_agencies("Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam, Bộ Tư pháp").mentions]
    [('Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam', 'unknown'), ('Bộ Tư pháp', 'ministry')]
    >>> [m.mention for m in parse_agencies("Hội chủ rừng Việt Nam").mentions]
    ['Hội chủ rừng Việt Nam']
    >>> [m.mention for m in parse_agencies("Hội Nông dân, Mặt trận Tổ quốc Việt Nam").mentions]
    ['Hội Nông dân', 'Mặt trận Tổ quốc Việt Nam']
    """
    if "việt nam" not in cell.k:
        return ms
    for n in _NAME.finditer(cell.text):
        a, b = n.span()
        if _no_association(cell.text, a):
            continue        # "Hội nghị La Hay ... của Việt Nam": a conference, no association
        lv = _LEVEL_AFTER.match(cell.text, b)
        b = lv.end() if lv else b
        inside = [m for m in ms if m.start < b and a < m.end]
        if not inside and not _in_left(left, a, b) or any(m.kind not in _OPEN_KINDS or m.start < a or m.end > b for m in inside) \
                or len(inside) == 1 and (inside[0].start, inside[0].end) == (a, b):
            continue
        _carve(cell, left, a, b)
        named = _m(g, cell.text, a, b, "coll.other", "pattern", 0.7, name=fold(cell.text[a:b])) if lv else \
            _m(g, cell.text, a, b, None, "unknown", 0.0)
        ms = sorted([m for m in ms if m not in inside] + [named], key=lambda m: m.start)
    return ms


_NOT = frozenset(_WORDS["association_not"])


def _no_association(text: str, a: int) -> bool:
    """Does the head at text offset *a* make a word with the syllable after it that names no association ("Hội
    nghị", "Quỹ đất": ``association_not``)?"""
    return " ".join(text[a:].split(maxsplit=2)[:2]).lower() in _NOT
