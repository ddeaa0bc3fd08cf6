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
* **doubled punctuation** ("Bộ Công Thương. .", "liên quan.;"): none;
* **"!" against a figure or inside a word** ("QH15!." for a footnote's "1": Nghị quyết 318/NQ-CP 2025 scanned): none.

* **a syllable seen beside neither neighbour where a reading one slip away** (also "d" for "đ" and back, which
  Tesseract confuses) **is seen beside one of them** :data:`STRONG` times at least ("tự đo thế hệ" -> "tự do": nq_168's
  scan, a silent wrong row before): 17 more correct cells of 3,555 distinct ones flagged, nine of them misprints of
  their page ("công nghệp", "tập đòan", "máy tinh", "giai doạn"), the rest rare pairs ("trễ hẹn", "tài sản ảo").
  For the "d"/"đ" slip alone :data:`STROKE` times is enough ("di đời công trình" -> "dời": 26 times in real text,
  Nghị quyết 318/NQ-CP 2025 scanned, a silent wrong row before): one more correct cell flagged (30 of 3,555).
* **two neighbours never printed together, nor beside their outer neighbours, that are with other marks a listed
  word** real text prints :data:`PAIR_DOUBT` times and beside an outer neighbour :data:`EVIDENCE` times ("các khoa;
  cô vân học tập" for "cố vấn": a scan of tests/real with both marks lost): one more correct cell (31 of 3,555).

Unlike :mod:`extract.ocr_words` nothing here is certain, so nothing is repaired: the row only says so.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from normalize.text import key

from .ocr_fix import _same_letters, _strip, bigram_counts, lexicon

EVIDENCE = 3  # times real text prints the other reading beside each neighbour
STRONG = 100  # times real text prints the other reading beside one neighbour, the word as read beside neither
STROKE = 20   # the same for the other reading "d" for "đ" or back
_TOKEN = regex.compile(r"\p{L}+|[^\p{L}\s]+")
_STOP_INSIDE = regex.compile(r"(?<![\p{L}\p{N}])\p{L}\p{Ll}+\.\s+\p{Ll}{2,}(?![\p{L}\p{N}])")
# "!" against a figure or inside a word ("Nghị quyết số 188/2025/QH15!."): a stroke, a "1" or an "l" misread; no cell
# of tests/real prints one (a slogan's "Tốt!" is left alone)
_BANG = regex.compile(r"[\p{L}\p{N}]*\p{N}![\p{L}\p{N}]*|[\p{L}\p{N}]*!\p{N}[\p{L}\p{N}]*|\p{L}+!\p{L}+")
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
    return any(max(pairs.get(f"{key(before)} {a}", 0), pairs.get(f"{a} {key(after)}", 0))
               >= (STROKE if _swapped(word, a) else STRONG) for a in _stroke_readings(word) if key(a) != w)


def _swapped(word: str, other: str) -> bool:
    """Is *other* *word* with one "d" read for "đ" or back, Tesseract's commonest slip ("di đời" for "di dời")?"""
    return len(word) == len(other) and [(x, y) for x, y in zip(word, other) if x != y] in ([("d", "đ")], [("đ", "d")])


def _isolated(before: str, word: str, after: str) -> bool:
    pairs = bigram_counts()
    if pairs.get(f"{before} {word}", 0) or pairs.get(f"{word} {after}", 0):
        return False
    return any(pairs.get(f"{before} {a}", 0) >= EVIDENCE and pairs.get(f"{a} {after}", 0) >= EVIDENCE
               for a in _readings(word))


PAIR_DOUBT = 10  # times real text prints a listed word whose marks two neighbours, never printed together, lack


def _pair_misread(before: str, a: str, b: str, after: str) -> bool:
    """Are neighbouring syllables *a* *b*, a pair real text never prints and no listed word, nor either beside its
    outer neighbour, the marks of a listed word real text prints :data:`PAIR_DOUBT` times and beside an outer
    neighbour :data:`EVIDENCE` times ("các khoa; cô vân học tập" for "cố vấn", "vấn học" printed: both marks lost,
    which the one-syllable signs cannot see, each syllable's other neighbour being wrong too)?"""
    pairs, listed = bigram_counts(), lexicon()[2]
    if pairs.get(f"{a} {b}", 0) or pairs.get(key(f"{a} {b}"), 0) \
            or before and pairs.get(f"{before} {a}", 0) or after and pairs.get(f"{b} {after}", 0):
        return False
    for w in listed.get(f"{_strip(a)} {_strip(b)}", ()):
        c1, c2 = w.split()
        if w != f"{a} {b}" and pairs.get(w, 0) >= PAIR_DOUBT and (
                before and pairs.get(f"{before} {c1}", 0) >= EVIDENCE or after and pairs.get(f"{c2} {after}", 0) >= EVIDENCE):
            return True
    return False


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
    out = [" ".join(w.split()) for w in _STOP_INSIDE.findall(text) + _DOUBLED.findall(text)   # a line break in it
           + _BANG.findall(text)]
    tokens = _TOKEN.findall(text)
    for before, word, after in zip(tokens, tokens[1:], tokens[2:]):
        if word.islower() and before.isalpha() and after.isalpha() and word.isalpha() \
                and (_isolated(before.lower(), word, after.lower()) or _alone(before.lower(), word, after.lower())):
            out.append(word)
    padded = ["", *tokens, ""]
    for before, a, b, after in zip(padded, padded[1:], padded[2:], padded[3:]):
        if a.isalpha() and b.isalpha() and a.islower() and b.islower() and _pair_misread(
                before.lower() if before.isalpha() else "", a, b, after.lower() if after.isalpha() else ""):
            out.append(f"{a} {b}")
    return list(dict.fromkeys(out))
