"""A range of years or dates OCR read with its dash lost, printed again as the document prints its other ranges (a
scan's own evidence, as :mod:`extract.ocr_doc_openings` is for first words).

A plan prints its periods one way ("2025 - 2035" forty times in Quyết định 2229/QĐ-TTg 2025, "01/3/2018 – 05/3/2018"
in Kế hoạch 239/KH-SYT 2018: scans of tests/real); Tesseract drops the thin dash of some ("2025 2027").  Two years or
two dates in order with nothing but a space between them are never printed so: they get the separator the document's
other ranges print, when :data:`REPEATED` of them agree and outnumber the other forms :data:`OUTNUMBER` times.  A
dash spaced otherwise ("2025-2027" among "2025 - 2035") is left: real documents mix both (15 cells of tests/real).
"""
from __future__ import annotations

import collections

import regex

REPEATED = 3    # ranges of the document printed in one form, at least
OUTNUMBER = 3   # ... and this many times more than all other forms
_END = r"(?:\d{1,2}/){0,2}(?:19|20)\d\d"
_RANGE = regex.compile(rf"(?<![\d/.,])(?P<a>{_END})(?P<sep>[ \t]*[-–—][ \t]*|[ \t]+)(?P<b>{_END})(?![\d/.,%])")


def range_fix(texts: list[str]) -> list[str]:
    """The cells of one document, each range read with its dash lost printed in the document's form.

    >>> range_fix(["2025 - 2035", "2025 - 2030", "Năm 2025 - 2027", "2025 2027", "2025-2027", "2030 2025"])
    ['2025 - 2035', '2025 - 2030', 'Năm 2025 - 2027', '2025 - 2027', '2025-2027', '2030 2025']
    """
    form = _form(texts)
    if form is None:
        return texts

    def mend(m: regex.Match) -> str:
        if m["a"].count("/") != m["b"].count("/") or int(m["a"][-4:]) > int(m["b"][-4:]):
            return m[0]         # not two ends of one period
        return m[0] if m["sep"].strip() else m["a"] + form + m["b"]
    return [_RANGE.sub(mend, t) for t in texts]


def _form(texts: list[str]) -> str | None:
    """The separator the document's ranges print (" - ", "-", " – "), when enough of them agree; else None."""
    seps = collections.Counter(m["sep"] for t in texts for m in _RANGE.finditer(t) if m["sep"].strip())
    if not seps:
        return None
    best, n = seps.most_common(1)[0]
    return best if n >= REPEATED and n >= OUTNUMBER * (sum(seps.values()) - n) else None
