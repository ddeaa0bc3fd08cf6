"""An acronym OCR misread, mended from the acronyms the same document prints (a scan's own evidence).

A plan names the same bodies again and again ("Sở NN&MT", "Chi nhánh VPĐKĐĐ", "Bộ TT&TT"), and Tesseract reads most
of them right: a capital word of the document that no list knows and that the document does not repeat is the one
acronym the document prints twice or more (or the one a list knows) that it can be a misreading of:

* the same letters once the strokes OCR confuses are one (:data:`LOOK_ALIKE`: I, L, T, 1, l, |, ' are an upright
  stroke; D and Đ; O, Q and 0): "BILII", "BLLLI" -> "BTTTT", "VPĐKDD" -> "VPĐKĐĐ" (from a list, only an acronym
  of :data:`LISTED_LEN` letters or more: "NQI" is no "NOT");
* or one letter added, dropped or changed, past the first (which OCR kept in every misread of the scans), from an
  acronym the document prints twice or more: "NN&MIT" -> "NN&MT", "DQTTV" -> "DQTV".

A capital word a list knows (``extract/data/ocr_acronyms*.txt``) is left as read, and so is one the document
prints twice or more, unless the acronym it is a misreading of is printed :data:`OUTNUMBER` times more (the same
misread repeats: "NN&MIT" 3 times beside "NN&MT" 10 times).
"""
from __future__ import annotations

import collections
from typing import Iterable

import regex

# letters (and marks read for letters) OCR confuses in capitals, each group folded to its first
LOOK_ALIKE: tuple[str, ...] = ("|IlLT1'", "DĐ", "OQ0")
_FOLD = {c: g[0] for g in LOOK_ALIKE for c in g}
REPEATED = 2  # times a document prints an acronym for it to be the document's own
OUTNUMBER = 3  # ... and this many times more than a capital word it mends that the document repeats too
MENDED_LEN = 4  # a capital word shorter is left: three letters share their strokes with too many ("ICT", "TCT")
LISTED_LEN = 5  # a listed acronym is a misreading's only when this long: short ones share strokes ("NQI", "NOT")
_ACRONYM = regex.compile(r"(?<![\p{L}\d&'|])\p{Lu}[\p{L}&'|1]*[\p{L}1](?![\p{L}\d&'|])")


def _is_acronym(word: str) -> bool:
    return len(word) >= 3 and sum(c.isupper() for c in word) >= 2


def document_acronyms(texts: Iterable[str]) -> collections.Counter:
    """Capital words (two capitals at least, three characters) of a document's cells, counted."""
    return collections.Counter(w for t in texts for w in _ACRONYM.findall(t) if _is_acronym(w))


def _fold(word: str) -> str:
    return "".join(_FOLD.get(c, c) for c in word)


def _one_edit(a: str, b: str) -> bool:
    from rapidfuzz.distance import Levenshtein
    return a[0] == b[0] and Levenshtein.distance(a, b, score_cutoff=1) == 1


def acronym_of(word: str, counts: collections.Counter, known: frozenset[str]) -> str | None:
    """The one acronym *word* (read once in its document, no list's) is a misreading of, or None.

    >>> counts = collections.Counter({"NN&MT": 5, "NN&MIT": 1, "BILII": 1})
    >>> acronym_of("NN&MIT", counts, frozenset()), acronym_of("BILII", counts, frozenset({"BTTTT"}))
    ('NN&MT', 'BTTTT')
    """
    if not _is_acronym(word) or len(word) < MENDED_LEN or word in known:
        return None
    least = max(REPEATED, OUTNUMBER * counts[word]) if counts[word] >= REPEATED else REPEATED
    own = {w for w, n in counts.items() if n >= least and w != word}
    folded = _fold(word)
    pool = own | {w for w in known if len(w) >= LISTED_LEN}
    cands = {w for w in pool if w != word and w[0] == word[0] and _fold(w) == folded}
    cands |= {w for w in own if _one_edit(word, w)}
    return next(iter(cands)) if len(cands) == 1 else None


def fix_acronyms(text: str, counts: collections.Counter, known: frozenset[str]) -> str:
    """*text* with every capital word that :func:`acronym_of` mends mended."""
    return _ACRONYM.sub(lambda m: acronym_of(m[0], counts, known) or m[0], text)
