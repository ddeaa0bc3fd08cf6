"""A space OCR reads beside a slash between two words, dropped where the document prints its slashes glued (a scan's
own evidence, as :mod:`extract.ocr_doc_specks` is for specks).

A plan that lists alternatives with slashes ("Đề án/chương trình/kế hoạch/nhiệm vụ") prints them glued; Tesseract,
reading a slash in a narrow cell, puts a space after or before it once in a while ("chương trình/ nhiệm vụ": Quyết
định 222/QĐ-TTg 2025, a scan of tests/real).  A space beside a slash between two letters is dropped where the document
prints such slashes glued :data:`GLUED` times at least and :data:`OUTNUMBER` times as often as spaced; elsewhere,
where the document prints the same two words glued (a column that repeats "Bộ Giao thông vận tải/Địa phương").
"""
from __future__ import annotations

import collections

import regex

GLUED = 5       # slashes between two letters the document prints glued, at least
OUTNUMBER = 3   # ... and this many times as often as with a space beside
AFTER = 1       # times a word stands glued after a slash in the document, for a spaced slash before it to be glued
_GLUED = regex.compile(r"(?<=\p{L})/(?=\p{L})")
_SPACED = regex.compile(r"(?<=\p{L})(?:[ \t]+/[ \t]*|/[ \t]+)(?=\p{L})")


def slash_fix(texts: list[str]) -> list[str]:
    """The cells of one document, each slash between two words glued as the document prints them.

    >>> cells = ["Đề án/chương trình/kế hoạch/nhiệm vụ"] * 2 + ["dự án/đề tài"] + ["Chương trình/ nhiệm vụ"]
    >>> slash_fix(cells)[3]
    'Chương trình/nhiệm vụ'
    >>> slash_fix(["Văn bản/ Tờ trình", "Tổ/ Đội"])       # too few glued to tell
    ['Văn bản/ Tờ trình', 'Tổ/ Đội']
    """
    glued = sum(len(_GLUED.findall(t)) for t in texts)
    spaced = sum(len(_SPACED.findall(t)) for t in texts)
    if glued < GLUED or glued < OUTNUMBER * spaced:
        return _pairs_glued(texts)
    return [_SPACED.sub("/", t) for t in texts]


_PAIR_GLUED = regex.compile(r"(\p{L}+)/(\p{L}+)")
_PAIR_SPACED = regex.compile(r"(\p{L}+)(?:[ \t]+/[ \t]*|/[ \t]+)(\p{L}+)")


def _pairs_glued(texts: list[str]) -> list[str]:
    """Each spaced slash whose two words the document also prints glued ("tải/ Địa phương" where "tải/Địa phương"
    stands in another row: the lead column of Nghị quyết 168/NQ-CP 2022, a scan of tests/real, read glued four times
    and spaced six), or whose second word it prints glued after a slash :data:`AFTER` times ("Quốc phòng/ Địa
    phương"), glued.

    >>> _pairs_glued(["Bộ Giao thông vận tải/Địa phương", "Bộ Giao thông vận tải/ Địa phương", "Văn bản/ Tờ trình"])
    ['Bộ Giao thông vận tải/Địa phương', 'Bộ Giao thông vận tải/Địa phương', 'Văn bản/ Tờ trình']
    """
    pairs = [(a, b) for t in texts for a, b in _PAIR_GLUED.findall(t)]
    if not pairs:
        return texts
    seen, after = set(pairs), collections.Counter(b for _, b in pairs)
    glue = lambda m: f"{m[1]}/{m[2]}" if (m[1], m[2]) in seen or after[m[2]] >= AFTER else m[0]     # noqa: E731
    return [_PAIR_SPACED.sub(glue, t) for t in texts]
