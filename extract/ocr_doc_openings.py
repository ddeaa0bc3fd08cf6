"""A cell's first word OCR read with other marks, mended from the same opening the document prints elsewhere (a
scan's own evidence, as :mod:`extract.ocr_doc_acronyms` is for acronyms).

A table names the same bodies again and again at the start of its cells ("Tổ thẩm định", "Tổ chuyên gia"), and
Tesseract reads most of them right and some with a mark lost ("Tô thẩm định": Kế hoạch 239/KH-SYT 2018 of Kiên
Giang, a scan of tests/real).  At a cell's start the word has one neighbour only, too little for the bigrams of
:func:`extract.ocr_fix.tone_fix` to overrule a word that is itself Vietnamese.  The document is better evidence: a
cell's first word becomes the form, with the same letters and other marks, that the document prints before the same
second word :data:`REPEATED` times at least and :data:`OUTNUMBER` times more than the form as read.  A different
second word is no evidence ("Tờ trình" stays beside many "Tổ chức").
"""
from __future__ import annotations

import collections
import regex

from normalize.text import strip_diacritics

REPEATED = 2  # openings of the document that agree, at least
OUTNUMBER = 2  # ... and this many times more than the opening as read
_OPENING = regex.compile(r"(\p{Lu}\p{Ll}*)[ \t]+(\p{Ll}+)")


def opening_fix(texts: list[str]) -> list[str]:
    """The cells of one document, each with its first word as the document prints it before the same second word.

    >>> opening_fix(["Tổ thẩm định", "Tổ thẩm định", "Tô thẩm định", "Tờ trình UBND", "Tổ chức họp"])
    ['Tổ thẩm định', 'Tổ thẩm định', 'Tổ thẩm định', 'Tờ trình UBND', 'Tổ chức họp']
    """
    openings = [_OPENING.match(t) for t in texts]
    counts = collections.Counter((m[1], m[2]) for m in openings if m)
    forms: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for first, second in counts:
        forms[(strip_diacritics(first), second)].append(first)
    out = []
    for t, m in zip(texts, openings):
        best = _better(m[1], m[2], counts, forms[(strip_diacritics(m[1]), m[2])]) if m else None
        out.append(best + t[m.end(1):] if best else t)
    return out


def _better(first: str, second: str, counts: collections.Counter, alike: list[str]) -> str | None:
    """The form of *alike* (the document's first words with the letters of *first*) printed before *second* often
    enough to replace *first*, or None."""
    rivals = sorted(((counts[(f, second)], f) for f in alike if f != first), reverse=True)
    if not rivals:
        return None
    n, f = rivals[0]
    return f if n >= REPEATED and n >= OUTNUMBER * counts[(first, second)] else None
