"""A body's working unit named by its function, in the singular ("phòng chuyên môn", "bộ phận chuyên môn": the
specialist division that handles a file, in the steps of a procedure): one unit (sub_unit), the words after it what it
does.  Plural ("các phòng chuyên môn") it is a group and stays one (:func:`_function_units`)."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.agencies.cell import _Cell
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _word_alt, _WORDS

# the unit's words, not after a plural word ("các", "những") nor inside a longer name ("Trưởng phòng chuyên môn" is a
# person: a title stands before it, left to the title rules)
_UNIT = regex.compile(r"(?<![\p{L}\p{N}])(?<!(?:các|những|mọi|Các|Những)\s+)(?:" + _word_alt(_WORDS["function_units"])
                      + r")(?![\p{L}\p{N}])", regex.I)


# the body it belongs to, named right after it ("Phòng Chuyên môn thuộc Ban Dân tộc tỉnh": set 41): part of its name
_OWNER = regex.compile(r"\s+(?:(?:thuộc|của|trực thuộc)\s+|\p{Lu})")


def _function_units(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Each singular function unit: a mention that opens with one is cut to it (what follows is left over), one read
    as a group becomes the unit, and one in the left-over words becomes a mention.

    >>> [(m.mention, m.kind) for m in parse_agencies("Lãnh đạo phòng chuyên môn xem xét dự thảo Báo cáo thẩm định").mentions]
    [('phòng chuyên môn', 'sub_unit')]
    >>> [(m.mention, m.kind) for m in parse_agencies("trình Lãnh đạo phòng chuyên môn xem xét.").mentions]
    [('phòng chuyên môn', 'sub_unit')]
    >>> [(m.mention, m.kind) for m in parse_agencies("các phòng chuyên môn").mentions]
    [('các phòng chuyên môn', 'collective')]
    """
    out = []
    for m in ms:
        u = _UNIT.match(cell.text, m.start) if m.agency_id in (None, "coll.other") else None
        if u is not None and u.end() <= m.end and not _OWNER.match(cell.text, u.end(), m.end):
            if u.end() < m.end:
                left.append((u.end(), m.end))
            m = _unit(cell, u.start(), u.end(), m)
        out.append(m)
    for a, b in list(left):
        for u in _UNIT.finditer(cell.text, a, b):
            nxt = min((x.start for x in out if x.start >= u.end()), default=None)
            owned = nxt is not None and regex.fullmatch(r"\s*(?:(?:thuộc|của|trực thuộc)\s*)?", cell.text[u.end():nxt])
            if not owned and not any(x.start <= u.start() < x.end for x in out):
                left.remove((a, b))
                left.extend(p for p in ((a, u.start()), (u.end(), b)) if p[0] < p[1])
                out.append(_unit(cell, u.start(), u.end(), None))
                break
    return sorted(out, key=lambda m: m.start)


def _unit(cell: _Cell, a: int, b: int, m: Mention | None) -> Mention:
    t = cell.text[a:b]
    if m is None:
        return Mention(t, a, b, None, fold(t), "sub_unit", fold(t), "pattern", 0.6)
    return replace(m, mention=t, start=a, end=b, agency_id=None, name=fold(t), current_name=fold(t), kind="sub_unit",
                   method="pattern", score=0.6, parent=None)
