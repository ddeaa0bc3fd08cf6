"""A foreign word OCR read a letter or two off, mended from the same word the document prints right elsewhere (a
scan's own evidence, as :mod:`extract.ocr_doc_acronyms` is for acronyms and :mod:`extract.ocr_doc_openings` for
first words).

Tesseract's Vietnamese model knows no English: a loanword a plan repeats in every row ("logistics" in Quyết định
2229/QĐ-TTg 2025, a scan of tests/real) comes out right most times and as "logIstics", "logisfics", "logstics" or
"Ìogistics" the rest.  Such a word is no Vietnamese syllable, so the word list cannot mend it; the document can.  A
word of :data:`LONG` letters or more that is no syllable becomes the document's word within :data:`EDITS` edits of it
(letters compared in small letters without marks) that the document prints :data:`REPEATED` times at least and
:data:`OUTNUMBER` times more often than the form as read, when exactly one word is so.
"""
from __future__ import annotations

import collections

import regex
from rapidfuzz.distance import Levenshtein

from normalize.text import strip_diacritics

LONG = 5        # letters of a word this repair looks at, at least (a syllable misread is the word list's)
EDITS = 2       # letters inserted, dropped or replaced, at most (and a quarter of the word's letters)
REPEATED = 3    # times the document prints the word, at least
OUTNUMBER = 2   # ... and this many times more than the form as read
_WORD = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}]{%d,}(?![\p{L}\p{N}])" % LONG)


def word_fix(texts: list[str], syllables: frozenset[str]) -> list[str]:
    """The cells of one document, each foreign word misread put back as the document prints it.  The document's words
    are those it prints in small letters (a capital first at most) :data:`REPEATED` times: "VNeID", printed so, is
    nobody's misreading; "logIstics" beside three "logistics" is.

    >>> cells = ["dịch vụ logistics", "Trung tâm logistics", "ngành logistics", "dịch vụ logIstics", "LogIstics xanh"]
    >>> word_fix(cells + ["ứng dụng VNeID"], frozenset({"dịch", "vụ", "trung", "tâm", "ngành", "xanh", "ứng", "dụng"}))[3:]
    ['dịch vụ logistics', 'Logistics xanh', 'ứng dụng VNeID']
    """
    words = [w for t in texts for w in _WORD.findall(t) if w.lower() not in syllables]
    plain = collections.Counter(w.lower() for w in words if w[1:].islower())    # as print sets a word
    printed = collections.Counter(words)
    known = [w for w, n in plain.items() if n >= REPEATED]
    fixes = {w: k for w in {w.lower() for w in words} - set(known) if (k := _known_form(w, known))}

    def mend(m: regex.Match) -> str:
        word = m[0]
        target = fixes.get(word.lower()) or (word.lower() if word.lower() in known else None)
        if target is None or word[1:].islower() and target == word.lower() or word.isupper() \
                or plain[target] < OUTNUMBER * printed[word]:
            return word         # no known word, printed as the document prints it, a heading, or too few to tell
        return _recase(target, word)
    return [_WORD.sub(mend, t) for t in texts]


def _known_form(word: str, known: list[str]) -> str | None:
    """The one word of *known* that *word* (not one of them) is a misreading of, or None."""
    bare = strip_diacritics(word)
    near = [k for k in known if k != word
            and Levenshtein.distance(bare, strip_diacritics(k)) <= min(EDITS, len(k) // 4)]
    return near[0] if len(near) == 1 else None


def _recase(word: str, like: str) -> str:
    """*word* with the first letter in the case of *like*'s first ("LogIstics" -> "Logistics"), when that letter is
    the same ("Ìogistics": its capital is the misread "l"'s, no evidence of case).

    >>> _recase("logistics", "LogIstics"), _recase("logistics", "Ìogistics")
    ('Logistics', 'logistics')
    """
    same = strip_diacritics(like[:1].lower()) == word[:1]
    return word[:1].upper() + word[1:] if same and like[:1].isupper() else word
