"""A body's own abbreviation printed in brackets right after its name ("Tập đoàn Điện lực Việt Nam (EVN)", "Bộ
Thông tin và Truyền thông (Bộ TTTT)"): part of the mention as printed (:func:`_with_abbreviation`)."""
from __future__ import annotations

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.cell import _Cell
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _run_to
from normalize.agencies.patterns import _HEAD_WORDS
from normalize.vietnamese import unmarked_syllables


_BRACKET = regex.compile(r"[ \t]*\(\s*([^()\n]{2,30}?)\s*\)")
# kinds that print an abbreviation of their own after the name; a local body's bracket holds its role in the task
# ("UBND xã Gia Phú (GPMB)": the land clearance, set 10) or its unit's code ("Công an tỉnh (PC06)", set 36)
_NAMED_KINDS = frozenset({"ministry", "ministerial_agency", "government_agency", "central_body", "judiciary",
                          "mass_organisation", "state_media", "university", "enterprise", "unknown"})


def _abbreviation_word(w: str) -> bool:
    """A word of an abbreviation: two capitals or more ("EVN", "MobiFone", "KH&CN"), a number alone ("Vinafood 1"),
    or a capitalised Latin word that is no Vietnamese syllable ("Petrolimex", "Viettel"); never a word of Vietnamese
    letters ("Hà Nội"), an "Đ" (a role's initials: "CĐT", chủ đầu tư) or a code of letters and digits ("C06").

    >>> [_abbreviation_word(w) for w in ("EVN", "MobiFone", "1", "Petrolimex", "Nội", "Thanh", "CĐT", "C06")]
    [True, True, True, True, False, False, False, False]
    """
    if w.isdigit():
        return True
    if not w.isascii() or regex.search(r"\d", w):
        return False
    if sum(c.isupper() for c in w) >= 2:
        return True
    return w[:1].isupper() and len(w) >= 5 and w.lower() not in unmarked_syllables()


def _abbreviation(g: _Gazetteer, m: Mention, inside: str) -> bool:
    """Is *inside* (the bracket's text) *m*'s own abbreviation: words of an abbreviation, with a head noun before
    them at most ("Bộ TTTT"), and no other known body's name ("Cục KSTTHC (VPCP)": its ministry)."""
    words = inside.split()
    if words and key(words[0]) in _HEAD_WORDS and len(words) > 1:
        words = words[1:]
    if not words or len(words) > 3 or not all(_abbreviation_word(w) for w in words) \
            or all(w.isdigit() for w in words):
        return False
    return g.alias.get(key(inside), m.agency_id) == m.agency_id


def _with_abbreviation(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A named body's abbreviation in brackets right after it is part of its mention (a mention of the same body
    inside the brackets goes with it).

    >>> [m.mention for m in parse_agencies("Tập đoàn Điện lực Việt Nam (EVN); Tập đoàn Xăng dầu Việt Nam (Petrolimex)").mentions]
    ['Tập đoàn Điện lực Việt Nam (EVN)', 'Tập đoàn Xăng dầu Việt Nam (Petrolimex)']
    >>> [m.mention for m in parse_agencies("Công ty LCIDI (CĐT); Công an tỉnh (PC06)").mentions][0]
    'Công ty LCIDI'
    """
    out: list[Mention] = []
    for m in ms:
        if out and out[-1].end >= m.end and m.agency_id == out[-1].agency_id:
            continue        # the same body's name inside the bracket just joined
        b = _BRACKET.match(cell.text, m.end)
        if b and m.kind in _NAMED_KINDS and _abbreviation(g, m, b.group(1)):
            m = _run_to(cell, m, b.end(), left)
        out.append(m)
    return out
