"""Words and marks of an OCR'd cell that are real Vietnamese but that real text does not print where they stand: the
misreads the word list cannot see, since a syllable misread into another syllable ("chế tà xử lý" for "chế tài")
or a speck read as a full stop ("Các. cơ quan") leaves no unknown word.  Named on the row so that a person looks
(never silent: before this, rows of the real scans of tests/real came out wrong with no warning at all).

Three signs, each measured on the 7311 hand-checked cells of tests/real (all correct text, none of them in the
bigrams' sources):

* **a syllable seen beside neither neighbour** in real text (``extract/data/ocr_bigrams.txt``), where a reading one
  mark or one letter away is seen beside both, :data:`EVIDENCE` times at least ("chế tà xử" -> "tài"): 15 correct
  cells flagged (0.2%), three of them misprints of their page ("hành nghè", "có thấm quyền");
* **a full stop inside a sentence**, between two words in small letters ("Xây dựng. hệ thống"): 1 correct cell, a
  misprint;
* **doubled punctuation** ("Bộ Công Thương. .", "liên quan.;"): none.

* **a syllable seen beside neither neighbour where a reading one slip away** (also "d" for "đ" and back, which
  Tesseract confuses) **is seen beside one of them** :data:`STRONG` times at least ("tự đo thế hệ" -> "tự do": nq_168's
  scan, a silent wrong row before): 17 more correct cells of 3,555 distinct ones flagged, nine of them misprints of
  their page ("công nghệp", "tập đòan", "máy tinh", "giai doạn"), the rest rare pairs ("trễ hẹn", "tài sản ảo").

Unlike :mod:`extract.ocr_words` nothing here is certain, so nothing is repaired: the row only says so.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from normalize.text import key

from .ocr_fix import _same_letters, _strip, bigram_counts, lexicon

EVIDENCE = 3  # times real text prints the other reading beside each neighbour
STRONG = 100  # times real text prints the other reading beside one neighbour, the word as read beside neither
_TOKEN = regex.compile(r"\p{L}+|[^\p{L}\s]+")
_STOP_INSIDE = regex.compile(r"(?<![\p{L}\p{N}])\p{L}\p{Ll}+\.\s+\p{Ll}{2,}(?![\p{L}\p{N}])")
_DOUBLED = regex.compile(r"[.,;:]\s+[.,;:](?![.,;:])|(?<!\.)\.\s*[,;]|[,;]\s*\.(?!\.)")
_LETTERS = "abcdeghiklmnopqrstuvxyđ"


@lru_cache(maxsize=4096)
def _readings(word: str) -> frozenset[str]:
    """The syllables one OCR slip away from *word*: other marks on the same letters, one letter more or less."""
    syllables = lexicon()[0]
    out = set(_same_letters().get(_strip(word), ()))
    out.update(a for i in range(len(word) + 1) for c in _LETTERS if (a := word[:i] + c + word[i:]) in syllables)
    out.update(a for i in range(len(word)) if (a := word[:i] + word[i + 1:]) in syllables)
    out.discard(word)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _stroke_readings(word: str) -> frozenset[str]:
    """:func:`_readings` and the syllables with one "d" read for "đ" or back ("đo" -> "do")."""
    syllables = lexicon()[0]
    swapped = {word[:i] + ("đ" if c == "d" else "d") + word[i + 1:] for i, c in enumerate(word) if c in "dđ"}
    return _readings(word) | frozenset(a for a in swapped if a in syllables)


def _alone(before: str, word: str, after: str) -> bool:
    """Is *word* printed beside neither neighbour, where a reading one slip away is printed beside one of them
    :data:`STRONG` times (a placement of the mark aside: "khoá" is "khóa")?"""
    pairs, w = bigram_counts(), key(word)
    if pairs.get(f"{before} {word}", 0) or pairs.get(f"{word} {after}", 0) \
            or pairs.get(f"{key(before)} {w}", 0) or pairs.get(f"{w} {key(after)}", 0):
        return False
    return any(max(pairs.get(f"{key(before)} {a}", 0), pairs.get(f"{a} {key(after)}", 0)) >= STRONG
               for a in _stroke_readings(word) if key(a) != w)


def _isolated(before: str, word: str, after: str) -> bool:
    pairs = bigram_counts()
    if pairs.get(f"{before} {word}", 0) or pairs.get(f"{word} {after}", 0):
        return False
    return any(pairs.get(f"{before} {a}", 0) >= EVIDENCE and pairs.get(f"{a} {after}", 0) >= EVIDENCE
               for a in _readings(word))


def unlikely_words(text: str) -> list[str]:
    """The words (with their neighbours, for a mark) of *text* real text does not print so, in order, each once.

    >>> unlikely_words("Rà soát, sửa đổi, ban hành các cơ chế, chính sách, pháp luật, các chế tà xử lý")
    ['tà']
    >>> unlikely_words("Xây dựng. hệ thống thông tin"), unlikely_words("Bộ Công Thương. .")
    (['dựng. hệ'], ['. .'])
    >>> unlikely_words("Rà soát, sửa đổi, ban hành các cơ chế, chính sách, pháp luật, các chế tài xử lý")
    []
    >>> unlikely_words("các hiệp định thương mại tự đo thế hệ mới"), unlikely_words("thương mại tự do thế hệ mới")
    (['đo'], [])
    """
    if not bigram_counts() or not lexicon()[0]:
        return []
    out = [" ".join(w.split()) for w in _STOP_INSIDE.findall(text) + _DOUBLED.findall(text)]   # a line break in it
    tokens = _TOKEN.findall(text)
    for before, word, after in zip(tokens, tokens[1:], tokens[2:]):
        if word.islower() and before.isalpha() and after.isalpha() and word.isalpha() \
                and (_isolated(before.lower(), word, after.lower()) or _alone(before.lower(), word, after.lower())):
            out.append(word)
    return list(dict.fromkeys(out))
