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
_OPENING = regex.compile(r"(\p{Lu}\p{Ll}*)([ \t]+)(\p{Ll}+)")


def _opening(text: str) -> regex.Match | None:
    return _OPENING.match(text)


def opening_fix(texts: list[str]) -> list[str]:
    """The cells of one document, each with its first word as the document prints it before the same second word.

    >>> opening_fix(["Tổ thẩm định", "Tổ thẩm định", "Tô thẩm định", "Tờ trình UBND", "Tổ chức họp"])
    ['Tổ thẩm định', 'Tổ thẩm định', 'Tổ thẩm định', 'Tờ trình UBND', 'Tổ chức họp']
    """
    counts: collections.Counter = collections.Counter()
    for t in texts:
        m = _opening(t)
        if m:
            counts[(m[1], m[3])] += 1
    forms: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for first, second in counts:
        forms[(strip_diacritics(first), second)].append(first)
    out = []
    for t in texts:
        m = _opening(t)
        best = _better(m[1], m[3], counts, forms) if m else None
        out.append(best + t[m.end(1):] if best else t)
    return out


def _better(first: str, second: str, counts: collections.Counter, forms: dict) -> str | None:
    read = counts[(first, second)]
    rivals = sorted(((counts[(f, second)], f) for f in forms[(strip_diacritics(first), second)] if f != first),
                    reverse=True)
    if not rivals:
        return None
    n, f = rivals[0]
    return f if n >= REPEATED and n >= OUTNUMBER * read else None
