"""Two kinds of body paired by a dash or a slash into one group ("các viện - trường": held-out set 13; so printed
with a slash, "hợp tác xã/doanh nghiệp"): the second noun, which no rule read alone, is the same group's, not words
left over.

Only a noun that some collective of the gazetteer lists ("trường", "hợp tác xã", "cơ sở đào tạo") is taken in, and
only words no other rule read, so that a dash before what the group does ("doanh nghiệp - hỗ trợ ...") stays apart.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from normalize.text import key
from normalize.agencies.cell import _Cell, _carve, _in_left
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.group_family import _index
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _WORDS

__all__ = ["_paired_groups"]

_WORDS_RUN = r"\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,4}"
_AFTER = regex.compile(rf"[ \t]*[-–/][ \t]*(?P<w>{_WORDS_RUN})(?=[ \t]*(?:[,;.()]|và(?![\p{{L}}])|$))")
_BEFORE = regex.compile(rf"(?:^|(?<=[,;(:][ \t]*))(?P<w>{_WORDS_RUN})[ \t]*/[ \t]*$")


@lru_cache(maxsize=4)
def _group_nouns(g_id: int) -> frozenset[str]:
    """Every noun a collective's aliases list ("viện", "trường"), and the nouns of members ("hợp tác xã"), for the
    gazetteer in force."""
    _whole, sets, _first = _index(g_id)
    listed = (n for entries in sets.values() for nouns, _ in entries for n in nouns)
    return frozenset((*listed, *(key(w) for w in (*_WORDS["member_nouns"], *_WORDS["class_noun_list"]))))


def _noun_led(words: str, nouns: frozenset[str]) -> bool:
    ws = key(words).split()
    return any(" ".join(ws[:n]) in nouns for n in range(1, min(3, len(ws)) + 1))


def _paired_groups(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Groups with the kind of body paired with theirs by a dash or a slash taken in (method "pattern").

    >>> from normalize.agencies import parse_agencies
    >>> [m.mention for m in parse_agencies("Cục Sở hữu trí tuệ, các viện - trường, doanh nghiệp").mentions]
    ['Cục Sở hữu trí tuệ', 'các viện - trường', 'doanh nghiệp']
    >>> [m.mention for m in parse_agencies("Sở Nông nghiệp và Môi trường, hợp tác xã/doanh nghiệp").mentions][-1]
    'hợp tác xã/doanh nghiệp'
    """
    if not any(c in cell.text for c in "-–/"):
        return ms
    nouns = _group_nouns(id(g))
    out = []
    for m in ms:
        if m.kind == "collective":
            a = _AFTER.match(cell.text, m.end)
            if a and _in_left(left, a.start("w"), a.end()) and _noun_led(a["w"], nouns):
                _carve(cell, left, m.end, a.end())
                m = _paired(cell, m, m.start, a.end())
            b = _BEFORE.search(cell.text, 0, m.start) if "/" in cell.text else None
            if b and _in_left(left, b.start("w"), b.end("w")) and _noun_led(b["w"], nouns):
                _carve(cell, left, b.start("w"), m.start)
                m = _paired(cell, m, b.start("w"), m.end)
        out.append(m)
    return out


def _paired(cell: _Cell, m: Mention, a: int, b: int) -> Mention:
    t = cell.text[a:b]
    return replace(m, mention=t, start=a, end=b, agency_id="coll.other", name=fold(t), current_name=fold(t),
                   method="pattern", score=min(m.score, 0.8), parent=None)
