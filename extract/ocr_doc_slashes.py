"""A space OCR reads beside a slash between two words, dropped where the document prints its slashes glued (a scan's
own evidence, as :mod:`extract.ocr_doc_specks` is for specks).

A plan that lists alternatives with slashes ("Đề án/chương trình/kế hoạch/nhiệm vụ") prints them glued; Tesseract,
reading a slash in a narrow cell, puts a space after or before it once in a while ("chương trình/ nhiệm vụ": Quyết
định 222/QĐ-TTg 2025, a scan of tests/real).  A space beside a slash between two letters is dropped where the document
prints such slashes glued :data:`GLUED` times at least and :data:`OUTNUMBER` times as often as spaced.
"""
from __future__ import annotations

import regex

GLUED = 5       # slashes between two letters the document prints glued, at least
OUTNUMBER = 3   # ... and this many times as often as with a space beside
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
        return texts
    return [_SPACED.sub("/", t) for t in texts]
