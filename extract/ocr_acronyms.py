"""Acronyms a scanned document prints many times, read a letter off here and there.

A plan names its subject by acronyms it defines once and prints dozens of times ("RT/TTKB/TTPBVKHDHL" in
Quyết định 707/QĐ-TTg 2026: 38 "TTKB", 13 "TTPBVKHDHL"); OCR reads a few of them a letter off ("TTKEB", "TTIKB",
"TTPBVKHDMHL") and no word list knows them.  The document itself does: a capitalised token of four letters or more
that is one letter (two, for a token of eight or more) from an acronym the same document prints at least five
times and four times as often, and from no other such acronym, is that acronym.  Short tokens ("KT" for "RT") and
tokens with digits ("QH12", "NĐ") are left alone: legal codes and short acronyms differ by one letter on purpose.

>>> fixes = acronym_fixes(["RT/TTKB"] * 6 + ["tội TTKEB và TTPBVKHDHL"])
>>> fixes
{'TTKEB': 'TTKB'}
>>> fix_acronyms("tài trợ khủng bố (TTKEB)", fixes)
'tài trợ khủng bố (TTKB)'
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

import regex
from rapidfuzz.distance import Levenshtein

__all__ = ["acronym_fixes", "fix_acronyms"]

_TOKEN = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{4,16}(?![\p{L}\p{N}])")
MIN_SEEN = 5    # times the document prints the acronym
RATIO = 4       # ... and how many times as often as the variant


def _distance_allowed(token: str) -> int:
    return 1 + (len(token) >= 8)


def acronym_fixes(texts: Iterable[str]) -> dict[str, str]:
    """Variant -> the acronym it is a misreading of, from the counts of every capitalised token in *texts*."""
    seen = Counter(t for text in texts for t in _TOKEN.findall(text))
    common = [(s, n) for s, n in seen.items() if n >= MIN_SEEN]
    fixes = {}
    for token, n in seen.items():
        near = [s for s, m in common if s != token and m >= RATIO * n
                and Levenshtein.distance(s, token, score_cutoff=_distance_allowed(token)) <= _distance_allowed(token)]
        if len(near) == 1:
            fixes[token] = near[0]
    return fixes


def fix_acronyms(text: str, fixes: dict[str, str]) -> str:
    """*text* with every token of *fixes* replaced by its acronym."""
    if not fixes:
        return text
    return _TOKEN.sub(lambda m: fixes.get(m.group(), m.group()), text)
