"""A head noun of two syllables whose first syllable OCR misread ("Téng cục Thuế", "Tống cục Thuế" for "Tổng cục
Thuế": Quyết định 2439/QĐ-BTC 2022 as scanned, held-out set 59).  The second syllable starts a known name of its own
in small letters ("cục Thuế", the Cục Thuế of 2025), so the misread word was left before it and the name was linked
to the wrong body without a doubt.  The misread word and the name read together are the known body when their
letters, marks aside, are a known name's, the misread syllable one letter from the head's: that body, linked as
fuzzy (a review reason).

And a known name OCR printed with other marks or case as a whole ("BO Tài chính", "Bô Công an", "Tổng cục Thuê"),
which no rule read as a body: :func:`misread_names`."""
from __future__ import annotations

import regex
from rapidfuzz.distance import Levenshtein

from normalize.text import ascii_key
from normalize.agencies.cell import _Cell
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _m
from normalize.agencies.model import Mention
from normalize.agencies.qualifiers import _word_runs_on
from normalize.agencies.words import _squeeze_key, _WORDS


def _two_syllable_heads() -> dict[str, set[str]]:
    """The head nouns of two syllables, marks aside: second syllable -> the first syllables it follows ("cuc" ->
    {"tong", "chi"})."""
    out: dict[str, set[str]] = {}
    for first, second in (w for w in (ascii_key(h).split() for h in _WORDS["head_nouns"]) if len(w) == 2):
        out.setdefault(second, set()).add(first)
    return out


_TWO_SYLLABLE_HEADS = _two_syllable_heads()

# a capitalised word right before the mention, with nothing but a space between
_WORD_BEFORE = regex.compile(r"(?:(?<=^)|(?<=[\s(,;:\-–]))\p{Lu}[\p{L}\p{M}]{1,5}[ \t]+$")


def misread_heads(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Mentions *ms* with each known name that opens with the second syllable of a head in small letters, after a
    word one letter from the head's first syllable, read as the body the whole names (see the module).

    >>> from normalize.agencies import parse_agencies
    >>> [(m.mention, m.agency_id, m.method) for m in parse_agencies("Téng cục Thuế (Cục CNTT)").mentions][:1]
    [('Téng cục Thuế', 'su.tong_cuc_thue', 'fuzzy')]
    >>> [(m.mention, m.agency_id) for m in parse_agencies("Cục Thuế").mentions]
    [('Cục Thuế', 'su.cuc_thue')]
    """
    out = []
    for m in ms:
        whole = _whole(g, cell, m, ms)
        if whole is not None:
            left[:] = [(a, b) for a, b in left if not (whole.start <= a and b <= m.start)]
        out.append(whole or m)
    return out


def _whole(g: _Gazetteer, cell: _Cell, m: Mention, ms: list[Mention]) -> Mention | None:
    if not m.mention[:1].islower() or m.agency_id is None:     # (most mentions: no key made for them)
        return None
    words = ascii_key(m.mention).split()
    if not words or words[0] not in _TWO_SYLLABLE_HEADS:
        return None
    w = _WORD_BEFORE.search(cell.text, max(0, m.start - 8), m.start)
    if w is None or any(o.start < m.start and w.start() < o.end for o in ms if o is not m):
        return None
    read = ascii_key(w.group().strip())
    near = sorted((Levenshtein.distance(read, f), f) for f in _TWO_SYLLABLE_HEADS[words[0]])
    first = near[0][1] if near and near[0][0] <= 1 else None
    aid = g.aalias.get(ascii_key(_squeeze_key(f"{first} {m.mention}"))) if first else None
    if aid is None or aid == m.agency_id:
        return None
    return _m(g, cell.text, w.start(), m.end, aid, "fuzzy", 0.8)


_CAPITAL_WORD = regex.compile(r"(?<![\p{L}\p{N}\p{M}])\p{Lu}[\p{L}\p{M}]*")
_WORD_RUN = regex.compile(r"[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)*")
NAME_WORDS = 6      # words a misread name may have, at most


def misread_names(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A known name whose marks OCR misread ("BO Tài chính", "Bô Công an", "Tổng cục Thuê": Quyết định 2439/QĐ-BTC
    2022 as scanned, set 59) is read as nothing, or as an unknown body running on into the sentence: its letters,
    marks and case aside, are a known name's.  Words left over, or an unknown body's first words, that open with a
    capital and spell a name of two words at least that way are that body, linked as fuzzy (a review reason), never
    where the name would end inside a listed two-syllable word ("Công an quản lý" is no "Công an quận":
    :func:`normalize.agencies.qualifiers._word_runs_on`).

    >>> from normalize.agencies import parse_agencies
    >>> [(m.mention, m.agency_id, m.method) for m in parse_agencies("các dự án được BO Tài chính phê duyệt").mentions]
    [('BO Tài chính', 'bo.tai_chinh', 'fuzzy')]
    >>> [m.mention for m in parse_agencies("bỏ tài chính công").mentions]
    []
    """
    out = list(ms)
    for a, b in list(left):
        found = _misread_in(g, cell.text, a, b)
        if found is not None:
            start, end, aid = found
            out.append(_m(g, cell.text, start, end, aid, "fuzzy", 0.8))
            left.remove((a, b))
            left.extend(s for s in ((a, start), (end, b)) if s[1] > s[0])
    for m in [m for m in out if m.agency_id is None and m.kind == "unknown"]:
        found = _misread_in(g, cell.text, m.start, m.end)
        if found is not None and found[0] == m.start:      # an unknown body's first words only
            start, end, aid = found
            out[out.index(m)] = _m(g, cell.text, start, end, aid, "fuzzy", 0.8)
            left.append((end, m.end))
    return sorted(out, key=lambda m: m.start)


def _misread_in(g: _Gazetteer, text: str, a: int, b: int) -> tuple[int, int, str] | None:
    """The first run of words in text[a:b] that opens with a capital and spells a known name of two words or more with
    its letters (not as printed): its start, end and id."""
    for w in _CAPITAL_WORD.finditer(text, a, b):
        run = _WORD_RUN.match(text, w.start(), b)
        words = list(regex.finditer(r"[\p{L}\p{M}]+", run.group())) if run else []
        for n in range(min(NAME_WORDS, len(words)), 1, -1):
            end = w.start() + words[n - 1].end()
            t = text[w.start():end]
            k = _squeeze_key(t)
            aid = g.aalias.get(ascii_key(k))
            if aid is not None and k not in g.alias and len(k) >= 8 and not _word_runs_on(text, end):
                return w.start(), end, aid
    return None
