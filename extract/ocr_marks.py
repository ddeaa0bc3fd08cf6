"""Tone marks a scan's font loses above â, ê, ô and ă, put back (the bolder repair of a scan that
:func:`extract.ocr_fix.marks_lost` finds loses them).

Some fonts print the tone mark of â, ê, ô, ă stacked above the letter's own mark, and Tesseract's Vietnamese model
reads the letter bare: "vê" for "về", "sô" for "số", "phân mêm" for "phần mềm", "tôi thiêu" for "tối thiểu".
Tesseract loses that mark; it does not add one.  So a bare syllable of such a scan is, besides itself, one of its
*toned forms* (the same letters with a tone mark put on its bare â, ê, ô or ă, nothing else changed), and the
bigrams of real text (``extract/data/ocr_bigrams.txt``) choose, only where the choice is unambiguous:

* two neighbouring syllables, one bare at least, become the pair of their forms that real text prints
  :data:`OVER` times more than the pair as read and than any other pair of their forms, and
  :data:`EVIDENCE` times at least ("tôi thiêu" -> "tối thiểu");
* only a toned form real text prints :data:`FREQUENT` times more than the bare syllable replaces it ("sô" -> "số";
  "năm", "dân", "thông", "phân" are left, whatever their neighbours: each is printed as often as its toned forms);
  in a pair, one of the two changed syllables at least;
* a syllable that makes a listed word with a neighbour as read ("đê điều", "thủ đô") is left, and so is one
  seen beside a neighbour next to which the toned form never is ("xử lý nghiêm");
* one bare syllable becomes the toned form seen beside its neighbours :data:`OVER` times more than the
  syllable as read and than any other toned form, :data:`EVIDENCE` times at least ("liệu vê kho" -> "về");
* where neither the syllable nor any form is ever seen beside its neighbours, the toned form real text prints
  :data:`PRIOR` times more than the bare syllable and :data:`OVER` times more than any other toned form
  ("mêm" -> "mềm", "gôm" -> "gồm"; "thuê" stays: "thuế" is only 6 times as frequent).

The functions take the counts as an :class:`Evidence` (plain dicts) so that this module needs nothing of the repair.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Callable, Mapping

EVIDENCE = 3  # pairs of real text at least behind a choice
OVER = 10.0  # times more than the syllable (pair) as read and than the next form
FREQUENT = 10.0  # a toned form replaces a bare syllable only when real text prints it this many times more
PRIOR = 20.0  # ... and this many times, when no neighbour says anything
# a listed word printed this many times puts back a pair never printed as read, whatever its syllables' own counts
# ("thúc đây" -> "thúc đẩy": "đây" is far commoner than "đẩy"; Quyết định 222/QĐ-TTg 2025, a scan of tests/real)
LISTED_EVIDENCE = 50
_BARE = frozenset("âêôă")  # a vowel whose tone mark stands above its own mark
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


@dataclass(frozen=True)
class Evidence:
    """What real text says: pair counts ("về kho" -> 4), syllable counts, listed two-syllable words, and the
    syllables with a syllable's letters (itself first)."""
    counts: Mapping[str, int]
    unigrams: Mapping[str, int]
    pairs: frozenset[str]
    forms: Callable[[str], tuple[str, ...]]


def is_bare(word: str) -> bool:
    """*word* has â, ê, ô or ă and no tone mark: what such a font's syllable reads as.

    >>> is_bare("vê"), is_bare("về"), is_bare("văn"), is_bare("và")
    (True, False, True, False)
    """
    low = word.lower()
    return any(c in _BARE for c in low) and not any(c in _TONES for c in unicodedata.normalize("NFD", low))


def toned_back(word: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """The forms (syllables with *word*'s letters) that are *word* with a tone mark put on one of its bare
    â, ê, ô, ă and nothing else changed.

    >>> toned_back("vê", ("vê", "về", "vệ", "ve", "vẻ"))
    ('về', 'vệ')
    """
    if not is_bare(word):
        return ()
    out = []
    for f in forms:
        if len(f) != len(word) or f == word:
            continue
        diff = [(a, b) for a, b in zip(word, f) if a != b]
        if len(diff) == 1 and diff[0][0] in _BARE and untoned(diff[0][1]) == diff[0][0]:
            out.append(f)
    return tuple(out)


def untoned(text: str) -> str:
    """*text* without its tone marks, its hats, breves and horns kept ("sắp" -> "săp")."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text) if c not in _TONES))


def _clear_winner(scored: list[tuple[int, str]], printed: float, over: float, allowed) -> str | None:
    """The best of *scored* (count, form) when it is *allowed*, reaches :data:`EVIDENCE` and beats *printed*
    *over* times and the next form :data:`OVER` times."""
    if not scored:
        return None
    scored = sorted(scored, reverse=True)
    best, form = scored[0]
    rival = scored[1][0] if len(scored) > 1 else 0
    ok = best >= EVIDENCE and best >= over * printed and best >= OVER * rival
    return form if ok and allowed(form) else None


def _frequent(word: str, form: str, ev: Evidence, times: float = FREQUENT) -> bool:
    return ev.unigrams.get(form, 0) >= times * (ev.unigrams.get(word, 0) + 1)


def bound(prev: str, word: str, nxt: str, pairs: frozenset[str]) -> bool:
    """*word* makes a listed word with a neighbour as read ("đê điều")."""
    return bool(prev) and f"{prev} {word}" in pairs or bool(nxt) and f"{word} {nxt}" in pairs


def word_back(prev: str, word: str, nxt: str, ev: Evidence) -> str | None:
    """The toned form a bare *word* (small letters) lost its mark from, between *prev* and *nxt* ("" for
    none), or None when the choice is not clear.

    >>> ev = Evidence({"liệu về": 687, "về kho": 4}, {"về": 25166, "vệ": 2965, "vê": 2}, frozenset(),
    ...               lambda w: ("vê", "về", "vệ"))
    >>> word_back("liệu", "vê", "kho", ev), word_back("", "vê", "", ev)  # alone, "vệ" is too frequent a rival
    ('về', None)
    """
    cands = toned_back(word, ev.forms(word))
    if not cands or bound(prev, word, nxt, ev.pairs):
        return None

    def side(a: str, b: str) -> int:
        return ev.counts.get(f"{a} {b}", 0) if a and b else 0

    def beside(x: str) -> int:
        return side(prev, x) + side(x, nxt)

    scored = [(beside(c), c) for c in cands]
    printed = beside(word)
    if printed or any(n for n, _ in scored):
        def allowed(c: str) -> bool:  # frequent, and never unseen where the printed syllable is seen
            return _frequent(word, c, ev) and not (side(prev, word) and not side(prev, c)) \
                and not (side(word, nxt) and not side(c, nxt))
        return _clear_winner(scored, printed, OVER, allowed)
    return _clear_winner([(ev.unigrams.get(c, 0), c) for c in cands], ev.unigrams.get(word, 0) + 1, PRIOR,
                         lambda c: True)


def pair_back(before: str, a: str, b: str, after: str, ev: Evidence) -> tuple[str, str] | None:
    """The pair of forms two neighbouring syllables *a* *b* (small letters, one bare at least; *before*, *after*
    their outer neighbours or "") lost their marks from, or None when the choice is not clear.

    >>> ev = Evidence({"tối thiểu": 1661, "tôi thiếu": 3}, {"thiểu": 2086, "thiêu": 54}, frozenset(),
    ...               lambda w: {"tôi": ("tôi", "tối", "tội"), "thiêu": ("thiêu", "thiểu", "thiếu")}[w])
    >>> pair_back("", "tôi", "thiêu", "", ev)
    ('tối', 'thiểu')
    """
    if not (is_bare(a) or is_bare(b)) or bound(before, a, "", ev.pairs) or bound("", b, after, ev.pairs):
        return None
    options = [(x, y) for x in (a,) + toned_back(a, ev.forms(a)) for y in (b,) + toned_back(b, ev.forms(b))][1:]
    scored = [(ev.counts.get(f"{x} {y}", 0), f"{x} {y}") for x, y in options]

    def allowed(pair: str) -> bool:  # one changed syllable at least is far more frequent than as read, or the pair
        x, y = pair.split(" ")      # as read is never printed and the pair put back is a listed word of real text
        return (x != a and _frequent(a, x, ev)) or (y != b and _frequent(b, y, ev)) \
            or not ev.counts.get(f"{a} {b}") and pair in ev.pairs and ev.counts.get(pair, 0) >= LISTED_EVIDENCE
    best = _clear_winner(scored, ev.counts.get(f"{a} {b}", 0), OVER, allowed)
    return (best.split(" ")[0], best.split(" ")[1]) if best else None
