"""A word OCR read one letter off, that is no syllable at all, put back as the syllable that makes a listed word with
a neighbour.

Tesseract drops a thin letter ("nghệp" for "nghiệp", "lnh" for "lĩnh"), takes one letter for another ("shuẩn" for
"chuẩn", "tậr" for "tập") or a figure for a letter ("g1ao" for "giao"): Quyết định 222/QĐ-TTg 2025 and Kế hoạch
239/KH-SYT 2018, scans of tests/real.  Such a token is no Vietnamese syllable, so the printed text never has it;
the syllables one edit away (a letter inserted, dropped or replaced, marks included) are its candidates, and one is
taken when

* it makes a listed two-syllable word (underthesea's list) with a neighbour that is itself a syllable,
* real text prints that word :data:`~extract.ocr_pairs.PAIR_EVIDENCE` times at least, and
* :data:`~extract.ocr_marks.OVER` times more than any other candidate beside its neighbours.

Candidates are found through an index of every syllable with one letter deleted (the symmetric-delete idea of
SymSpell): two strings one edit apart share a one-deletion form.
"""
from __future__ import annotations

from functools import lru_cache

from .ocr_marks import OVER, Evidence
from .ocr_pairs import PAIR_EVIDENCE


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=4)
def _index(syllables: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each syllable and each of its one-letter deletions -> the syllables it comes from."""
    out: dict[str, set[str]] = {}
    for s in syllables:
        for d in _deletions(s) | {s}:
            out.setdefault(d, set()).add(s)
    return {k: frozenset(v) for k, v in out.items()}


def one_edit(word: str, syllables: frozenset[str]) -> set[str]:
    """The syllables one insertion, deletion or replacement away from *word* (NFC letters, marks included).

    >>> sorted(one_edit("nghệp", frozenset({"nghiệp", "nghệ", "ngập", "nghe"})))
    ['nghiệp', 'nghệ']
    """
    index = _index(syllables)
    found: set[str] = set(index.get(word, ()))                    # a letter dropped from the syllable
    for d in _deletions(word):
        found |= {s for s in index.get(d, ()) if len(s) == len(word)}   # one letter replaced
        if d in syllables:                                        # a letter added
            found.add(d)
    return found


def slip_fix(prev: str, word: str, nxt: str, syllables: frozenset[str], ev: Evidence) -> str | None:
    """The syllable OCR read as *word* (small letters, no syllable) between *prev* and *nxt* ("" for none), or None.

    >>> ev = Evidence({"doanh nghiệp": 9000, "doanh nghệ": 0}, {}, frozenset({"doanh nghiệp"}), lambda w: (w,))
    >>> slip_fix("doanh", "nghệp", "", frozenset({"doanh", "nghiệp", "nghệ"}), ev)
    'nghiệp'
    """
    if word in syllables or len(word) < 2:
        return None
    scored = []
    for c in one_edit(word, syllables):
        left = ev.counts.get(f"{prev} {c}", 0) if f"{prev} {c}" in ev.pairs else 0
        right = ev.counts.get(f"{c} {nxt}", 0) if f"{c} {nxt}" in ev.pairs else 0
        seen = ev.counts.get(f"{prev} {c}", 0) + ev.counts.get(f"{c} {nxt}", 0)
        scored.append((max(left, right), seen, c))
    if not scored:
        return None
    scored.sort(reverse=True)
    best, _, c = scored[0]
    rival = max((s for _, s, x in scored[1:]), default=0)
    if best >= PAIR_EVIDENCE and best >= OVER * rival:
        return c
    return _by_neighbours(scored)


def _by_neighbours(scored: list[tuple[int, int, str]]) -> str | None:
    """Where no candidate makes a listed word, the one real text prints beside these neighbours far more often than
    any other ("giao | nhiệm", "Giai | đoạn": 338 and 1,080 times, every other candidate never), under the same
    bounds.

    >>> _by_neighbours([(0, 338, "giao"), (0, 0, "gao")]), _by_neighbours([(0, 60, "giao"), (0, 40, "gao")])
    ('giao', None)
    """
    ranked = sorted(((seen, c) for _, seen, c in scored), reverse=True)
    rival = ranked[1][0] if len(ranked) > 1 else 0
    return ranked[0][1] if ranked[0][0] >= PAIR_EVIDENCE and ranked[0][0] >= OVER * rival else None
