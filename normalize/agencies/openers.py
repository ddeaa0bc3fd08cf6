"""Where a name starts or ends inside a chunk of prose: object verbs, lead verbs, class nouns, person titles."""
from __future__ import annotations

import regex

from normalize.agencies.words import _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.separators import _WEAK_VN
from normalize.agencies.patterns import (_CLASS_NOUN, _GROUP_START, _HEAD_WORDS, _HEADS, _LEAD_VERBS, _REST_STOPS,
                                         _TITLES, _TITLES_ON_HEAD)


def _name_part_end(cell: _Cell, a: int, b: int) -> int:
    """Where the part of a name after its dash, at key span [a, b), ends: before "và", a slash, a comma or a word
    that opens a predicate (``group_rest_stops``)."""
    ends = [m.start() for m in (_WEAK_VN.search(cell.k, a, b), regex.compile(r",").search(cell.k, a, b),
                                _REST_STOPS.search(cell.k, a + 1, b)) if m is not None]
    return len(cell.k[:min(ends)].rstrip()) if ends else b


_OBJECT_VERBS = regex.compile(r"(?:" + _word_alt(_WORDS["object_verbs"]) + r")\s+(?=\S)")


def _object_verb(cell: _Cell, a: int, b: int, opens_chunk: bool = False) -> regex.Match | None:
    """A verb in small letters (or capitalised where it opens a chunk: "Chỉ đạo Công an TP Hồ Chí Minh"; no body's
    name starts with it) that opens key span [a, b) and names what follows, a head noun, a group or a capitalised
    name, as the bodies acted on."""
    v = _OBJECT_VERBS.match(cell.k, a, b)
    if not v or not (cell.text[cell.start(a)].islower() or opens_chunk):
        return None
    rest = cell.k[v.end():b]     # a body or a group follows ("hướng dẫn chuyên môn" names none)
    return v if _HEADS.match(rest) or _GROUP_START.match(rest) or cell.text[cell.start(v.end())].isupper() else None


# persons' titles after a plural word ("- Chủ tịch, các PCT UBND;": Nơi nhận of a Bắc Ninh decision, 11/2025, set 48)
_PLURAL_TITLES = regex.compile(r"(?:các|những)\s+" + _TITLES.pattern)


def _opener(cell: _Cell, a: int, b: int) -> regex.Match | None:
    """What opens key span [a, b) and is no part of a body: a person's title (also after "các"), a lead verb, a verb
    naming the bodies acted on, or a class noun before a name."""
    k = cell.k
    return _TITLES.match(k, a, b) or _PLURAL_TITLES.match(k, a, b) or _LEAD_VERBS.match(k, a, b) \
        or _object_verb(cell, a, b, opens_chunk=True) or _class_before_name(cell, a, b)


def _class_before_name(cell: _Cell, a: int, b: int) -> regex.Match | None:
    """A class noun ("lực lượng") that opens key span [a, b) before a capitalised name: left over."""
    c = _CLASS_NOUN.match(cell.k, a, b)
    return c if c and cell.text[cell.end(c.end()):].lstrip()[:1].isupper() else None


def _title_end(cell: _Cell, a: int, b: int) -> int:
    """Where the person's title at key span [a, b) ends: before its last word when it is a rank and a head noun
    (``titles_on_head``) that a capitalised name follows ("Trưởng Ban Nội chính Tỉnh ủy": the Ban is the body's)."""
    title = " ".join(cell.k[a:b].split())
    nxt = cell.text[cell.end(b):].lstrip()[:1]
    if title not in _TITLES_ON_HEAD or not nxt.isupper():
        return b
    words = title.split()        # the head is the longest run of last words that is a head noun ("văn phòng")
    head = next(" ".join(words[i:]) for i in range(1, len(words)) if " ".join(words[i:]) in _HEAD_WORDS)
    return b - len(head)
