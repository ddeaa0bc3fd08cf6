"""Communes or districts named after their committee, without a colon ("UBND các xã Xuân Ái, Gia Phú, Bảo Thắng",
"UBND xã Gia Phú, Bảo Thắng, Bảo Hà": a plan of Lào Cai, 2026, held-out set 58): the committee and the names are one
group, the committees of those places, not a group of every commune and a list of stray words.

The places are no gazetteer entries (communes and districts are too many and change too often), so the names are
read by their shape: capitalised words between commas or "và", each perhaps with its level ("phường Cam Đường"),
and only over words no other rule read. A list after a colon is left to :mod:`colons` (one body per place).
"""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.cell import _Cell, _carve, _in_left
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _word_alt, _WORDS

__all__ = ["_named_members"]

_LEVELS = _word_alt([*_WORDS["commune_levels"], *_WORDS["district_levels"], "thị trấn"])
# a place's name: capitalised words, ending where the list goes on or ends ("Chủ tịch", "Trung tâm Y tế": a title
# or a body's head, whose next word is in small letters, is no place)
_NAME = r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}(?=[ \t]*(?:[,;.()]|và(?![\p{L}])|$))"
_PLURAL_LEVEL = regex.compile(rf"(?<![\p{{L}}])(?:các|những)[ \t]+(?:{_LEVELS})(?:[ \t]*,[ \t]*(?:{_LEVELS}))*$")
_ONE_PLACE = regex.compile(rf"(?<![\p{{L}}])(?:{_LEVELS})[ \t]+{_NAME}$")
_FIRST = regex.compile(rf"[ \t]+(?P<n>{_NAME})")
_NEXT = regex.compile(rf"[ \t]*(?:,|và)[ \t]*(?P<n>(?:(?:{_LEVELS})[ \t]+)?{_NAME})")
_ANY_LEVEL = regex.compile(rf"(?<![\p{{L}}])(?:{_LEVELS})(?![\p{{L}}])")
_LOCAL_KINDS = frozenset(("collective", "commune_body", "district_body"))


def _named_members(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A local committee (a plural level group or one place's body) with the further places named after it, as one
    group over them; the places' names no longer left over, a place read with its level ("phường Cam Đường") taken in.

    >>> from normalize.agencies import parse_agencies
    >>> [(m.mention, m.kind) for m in parse_agencies("UBND các xã Xuân Ái, Gia Phú, Mường Hum, doanh nghiệp").mentions]
    [('UBND các xã Xuân Ái, Gia Phú, Mường Hum', 'collective'), ('doanh nghiệp', 'collective')]
    >>> [(m.mention, m.kind) for m in parse_agencies("UBND xã Tằng Loỏng, xã Chiềng Ken").mentions][0]
    ('UBND xã Tằng Loỏng', 'commune_body')
    """
    if not _ANY_LEVEL.search(cell.k):
        return ms
    out: list[Mention] = []
    taken: set[int] = set()
    for x, m in enumerate(ms):
        if x in taken:
            continue
        plural = m.kind == "collective" and bool(_PLURAL_LEVEL.search(key(m.mention)))
        if plural or m.kind in ("commune_body", "district_body") and _ONE_PLACE.search(m.mention):
            places = {(p.start, p.end): y for y, p in enumerate(ms) if y > x and p.agency_id is None
                      and p.kind in ("commune_body", "district_body")}
            end, took = _members_end(cell, m.end, left, plural, places)
            if end > m.end:
                taken |= took
                _carve(cell, left, m.end, end)
                t = cell.text[m.start:end]
                m = replace(m, mention=t, end=end, agency_id=m.agency_id if plural else "coll.other", name=fold(t),
                            kind="collective", current_name=fold(t), method="pattern", score=0.7, parent=None)
        out.append(m)
    return out


def _members_end(cell: _Cell, at: int, left: list, plural: bool, places: dict) -> tuple[int, set[int]]:
    """Where the places named from text offset *at* end (*at* when none), and the indexes of the places read as
    bodies among them (*places*: span -> index).  A plural group takes a first name right after it, then names after
    commas or "và", each perhaps with its level; after one place, only bare names (there "xã Chiềng Ken" names
    another body of its own)."""
    end, took = at, set()
    if plural and (f := _FIRST.match(cell.text, at)) and _in_left(left, f.start("n"), f.end()):
        end = f.end()
    while x := _NEXT.match(cell.text, end):
        span = (x.start("n"), x.end())
        if not plural and not x.group("n")[:1].isupper():
            break
        if span in places:
            took.add(places[span])
        elif not _in_left(left, *span):
            break
        end = x.end()
    return end, took
