"""A speck OCR read as a mark or as a few letters standing alone between two words, dropped where the document prints
the same two words side by side (a scan's own evidence, as :mod:`extract.ocr_doc_words` is for foreign words).

A dot of dust or a seal's edge between two words comes out as "-", "_", "~" or "·" with a space each side: "Văn bản -
theo thẩm quyền", "Văn bản _ theo thẩm quyền" beside four "Văn bản theo thẩm quyền" (Quyết định 2229/QĐ-TTg 2025, a
scan of tests/real).  The same form is print elsewhere ("kinh tế - xã hội"), so no rule of the text alone can drop it;
the document can: the mark goes when the two words around it stand side by side :data:`REPEATED` times at least in
the document's cells and :data:`OUTNUMBER` times more often than with the mark.

A seal's or a signature's strokes over a cell come out as letters too: "Hiệp SA hội AC Doanh nghiệp" beside "Hiệp hội
Doanh nghiệp" in other cells of the same scan (Quyết định 2229/QĐ-TTg 2025).  One to three letters that are no
Vietnamese syllable (or a syllable in capitals), between two words the document prints side by side as above, go the same way
(:func:`junk_fix`); a token that is a syllable, or that the document prints more often than it stands there, stays.
"""
from __future__ import annotations

import collections

import regex

REPEATED = 2    # times the document prints the two words side by side, at least
OUTNUMBER = 2   # ... and this many times more than with the mark between them
_MARKED = regex.compile(r"(?<![\p{L}\p{N}])(\p{Ll}+)[ \t]+[-_~·–—][ \t]+(\p{Ll}+)(?![\p{L}\p{N}])")
_PAIR = regex.compile(r"(?<![\p{L}\p{N}])(\p{Ll}+)[ \t]+(?=(\p{Ll}+)(?![\p{L}\p{N}]))")


def speck_fix(texts: list[str]) -> list[str]:
    """The cells of one document, each lone mark between two words dropped where the document prints the two words
    side by side (see the module's docstring).

    >>> cells = ["Văn bản theo thẩm quyền"] * 3 + ["Văn bản - theo thẩm quyền", "phát triển kinh tế - xã hội"]
    >>> speck_fix(cells)[3:]
    ['Văn bản theo thẩm quyền', 'phát triển kinh tế - xã hội']
    """
    side = collections.Counter((a.lower(), b.lower()) for t in texts for a, b in _PAIR.findall(t))
    marked = collections.Counter((m[1].lower(), m[2].lower()) for t in texts for m in _MARKED.finditer(t))

    def mend(m: regex.Match) -> str:
        pair = (m[1].lower(), m[2].lower())
        if side[pair] >= REPEATED and side[pair] >= OUTNUMBER * marked[pair]:
            return f"{m[1]} {m[2]}"
        return m[0]
    return [_MARKED.sub(mend, t) if ("-" in t or "_" in t or "~" in t or "·" in t or "–" in t or "—" in t) else t
            for t in texts]


_JUNK = regex.compile(r"(?<![\p{L}\p{N}])(\p{L}+)[ \t]+(\p{L}{1,3})[ \t]+(?=(\p{L}+)(?![\p{L}\p{N}]))")
_WORDS_ANY = regex.compile(r"(?<![\p{L}\p{N}])(\p{L}+)[ \t]+(?=(\p{L}+)(?![\p{L}\p{N}]))")


def junk_fix(texts: list[str], syllables: frozenset[str]) -> list[str]:
    """The cells of one document, each token of one to three letters that is no syllable (of *syllables*, the word
    list's: :func:`extract.ocr_fix.lexicon`) dropped from between two words the document prints side by side (see the
    module's docstring); with no syllables (no word list) nothing is dropped.

    >>> cells = ["Hiệp hội Doanh nghiệp dịch vụ"] * 2 + ["Hiệp SA hội AC Doanh nghiệp", "Bộ GD và ĐT"]
    >>> junk_fix(cells, frozenset({"hiệp", "hội", "doanh", "nghiệp", "dịch", "vụ", "sa", "bộ", "và"}))[2:]
    ['Hiệp hội Doanh nghiệp', 'Bộ GD và ĐT']
    """
    if not syllables:
        return texts
    side = collections.Counter((a.lower(), b.lower()) for t in texts for a, b in _WORDS_ANY.findall(t))
    tokens = collections.Counter(w for t in texts for w in regex.findall(r"\p{L}+", t))
    def word(tok: str) -> bool:     # a syllable as written: "sa", "Sa"; "SA" in capitals among words is none
        return tok.lower() in syllables and not (len(tok) > 1 and tok.isupper())
    junk = collections.Counter((m[1].lower(), m[3].lower()) for t in texts for m in _JUNK.finditer(t) if not word(m[2]))

    def mend(m: regex.Match) -> str:
        pair = (m[1].lower(), m[3].lower())
        alone = tokens[m[2]] <= junk[pair]          # the token stands nowhere else in the document
        if not word(m[2]) and alone and side[pair] >= REPEATED and side[pair] >= OUTNUMBER * junk[pair]:
            return f"{m[1]} "
        return m[0]
    return [_JUNK.sub(mend, t) for t in texts]
