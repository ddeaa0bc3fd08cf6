"""Words of an OCR'd cell that are no Vietnamese word at all, after the repairs: where OCR misread letters and
nothing could mend them ("thuôc", "nghệp", "lnh"), named on the row so that a person looks (issue 15: a misread
letter inside a cell was silent unless the row's confidence was low).

A word counts when it is in small letters (names, acronyms and capitals are left: the word list does not hold them),
is not a syllable of underthesea's word list, and either carries a Vietnamese mark or has no vowel at all: a word of
plain letters with a vowel is most often a loanword printed so ("logistics", "online", "website"); one with no vowel
is no word of any language ("lnh", "nghp"); nor is one with a digit between or before its small letters ("g1ao",
"1rơ"; in correct real cells only the printed slip "01đến"), nor a lone letter opening a cell before a capitalised
word ("L Dự án": a numeral "I." misread).  E-mail and
web addresses are left out.  On the hand-checked cells of tests/real (7276 in session 15, all correct text) it flags
5, each a misprint of its document ("doạn", "đòan", "nghệp", "dôn", "hẳng"), and (since the seventeenth session) a slash
spaced on one side only, as print shows it in 3 of 7276 correct cells and Tesseract often ("vận tải/ Địa phương").
"""
from __future__ import annotations

import regex

from .ocr_fix import lexicon

_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}{2,}(?![\p{L}\p{N}])")
_VOWEL = regex.compile(r"[aeiouy]")
_ADDRESS = regex.compile(r"\S+@\S+|(?:https?://|www\.)\S+")
_MIXED = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}*\p{N}+\p{Ll}{2,}(?![\p{L}\p{N}])|"
                       r"(?<![\p{L}\p{N}])\p{Ll}+\p{N}+\p{Ll}+(?![\p{L}\p{N}])")
# a cell opening with one letter or mark standing alone before a capitalised word: no real cell of tests/real does
# ("L Dự án quy hoạch ...": the "I." of Quyết định 23/QĐ-TTg 2010's scan); "A" and "Y" are syllables
_LONE_OPENER = regex.compile(r"^\s*([B-XZ|\[\]!])(?=[ \t]+\p{Lu})")
# a mark print never puts in a cell (on the 7311 correct real cells only , / - . ; ( ) : – & % quotes * … ≤ + ≥ occur):
# what OCR makes of a stroke or a speck ("11UA Huua 4NGđ@111 Của V LUL1‡5-": nq_168's scan, a row of nothing)
_STRAY = regex.compile(r"\S*[@‡†®©¥¤§¶~^`¦|\\{}«»¢£_]\S*")
# ... or ending it after a word in small letters ("2023 vê L": nq_168's scan); no real cell does ("Nhóm B." does)
_LONE_CLOSER = regex.compile(r"(?<=(?<!\p{L})\p{Ll}+[ \t]+)([B-XZ|\[\]!])[.;,]?\s*$")


# a slash between two words with a space on one side only: print shows it in 3 of 7276 correct real cells, Tesseract
# often ("Bộ Giao thông vận tải/ Địa phương": nq_168's scan, tests/real, a row otherwise unflagged)
_HALF_SPACED = regex.compile(r"\p{L}+(?:/[ \t]+|[ \t]+/)\p{L}+")


def unknown_words(text: str) -> list[str]:
    """The words of *text* no Vietnamese word can be, in order, each once.

    >>> unknown_words("Các đơn vị mua thuôc, lnh vực logistics, Sở Y tế")
    ['thuôc', 'lnh']
    >>> unknown_words("Bộ, ngành theo chức năng nhiệm vụ được g1ao")
    ['g1ao']
    >>> unknown_words("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung 1rơ nơ")    # "Trung ương", Quyết định 23
    ['1rơ']
    >>> unknown_words("L Dự án quy hoạch phát triển hạ tầng"), unknown_words("Y tế cơ sở")
    (['L'], [])
    >>> unknown_words("2023 vê L"), unknown_words("hoàn thiện hồ sơ Nhóm C.")
    (['L'], [])
    >>> unknown_words("11UA Huua 4NGđ@111 Của V LUL1‡5-")
    ['LUL1‡5-']
    >>> unknown_words("Bộ Giao thông vận tải/ Địa phương")     # a slash spaced on one side: a misread spacing
    ['tải/ Địa']
    """
    syllables = lexicon()[0]
    if not syllables:
        return []
    text = _ADDRESS.sub(" ", text)      # an e-mail or web address ("...@hdg.vnpt.vn") holds no words
    out: list[str] = [w for w in dict.fromkeys(_MIXED.findall(text))]    # "g1ao", "1rơ": a digit read in a word
    out += [m[1] for m in (_LONE_OPENER.match(text), _LONE_CLOSER.search(text)) if m]
    out += [w for w in dict.fromkeys(_STRAY.findall(text)) if w not in out]
    out += [w for w in dict.fromkeys(_HALF_SPACED.findall(text)) if w not in out]
    for w in _WORD.findall(text):
        if w in syllables or w in out:
            continue
        if not w.isascii() or not _VOWEL.search(w):
            out.append(w)
    return out
