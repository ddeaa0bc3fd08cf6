"""Cells of a form to fill in: what a model table prints where an office writes its own content.

A circular's model report or a template prints its rows with stand-ins, not content: fill marks ("…………",
"xxxxxxxxxx", "….."), a word with a blank after it ("Đơn vị …", "Sở, ngành …", "Lĩnh vực … (Ví dụ lĩnh vực Đất
đai)") and names numbered in sequence ("Thủ tục a", "Thủ tục b"; "Dự án 1", "Dự án 2"; "TTHC 1", "TTHC 2";
"Nguyễn Văn A", "Nguyễn Văn B"): Thông tư 05/2014/TT-BTP, Thông tư 01/2014/TT-BKHĐT (hieuhan/LuatVietNam), whose
model tables the pipeline read as task tables of "tasks" such as "Thủ tục a" and "…………………".  A column whose cells
are such stand-ins holds no content: :func:`blank_placeholders` empties them before a column's content votes
(:func:`extract.roles.column_evidence`), so a model table is a blank form, not a task table.

Names numbered in sequence are found by structure, not by words: two cells or more of one column that share every
word but a last one-letter or one- or two-figure enumerator, the enumerators differing.  One such cell alone
("Giai đoạn 1") is kept.
"""
from __future__ import annotations

import collections

import regex

from normalize.text import fold_ws

# only fill marks: dots, ellipses, underscores, a run of x ("xxxxxxxxxx"), with spaces
_MARKS = regex.compile(r"^(?=.*[.…_xX])[.…_ \t]*(?:[xX]{3,}[.…_ \t]*)?$")
# a stem of three words at most and a blank after it, maybe an example in brackets: "Đơn vị …", "Lĩnh vực … (Ví dụ ...)"
_STEM_BLANK = regex.compile(r"^\p{L}+(?:[\s,/]+\p{L}+){0,2}\s*(?:…+|\.{3,})\s*(?:\((?:ví dụ|VD)\b[^)]*\))?\s*$",
                            regex.I)
# a name and its enumerator: "Thủ tục a", "Dự án 1", "Hoạt động 1.1", "Nguyễn Văn A"
_ENUMERATED = regex.compile(r"^(?P<stem>\p{L}[\p{L}\s,]{0,40}?)\s+(?P<n>[a-zđA-ZĐ]|\d{1,2}(?:\.\d{1,2})?)$")


def fill_marks(text: str) -> bool:
    """Is the cell a stand-in by its own text: fill marks only, or a stem of a few words and a blank?

    >>> fill_marks("…………………"), fill_marks("xxxxxxxxxx"), fill_marks("….."), fill_marks("Đơn vị …")
    (True, True, True, True)
    >>> fill_marks("Lĩnh vực … (Ví dụ lĩnh vực Đất đai)"), fill_marks("-"), fill_marks("Sở Tư pháp")
    (True, False, False)
    >>> fill_marks("Triển khai các nhiệm vụ khác ..."), fill_marks("")
    (False, False)
    """
    t = fold_ws(text)
    return bool(t) and bool(_MARKS.match(t) or _STEM_BLANK.match(t))


def _enumerated(texts: list[str]) -> set[str]:
    """The cells that are names numbered in sequence: two or more sharing a stem, with different enumerators."""
    by_stem: dict[str, set[str]] = collections.defaultdict(set)
    cells: dict[str, list[str]] = collections.defaultdict(list)
    for t in texts:
        m = _ENUMERATED.match(t)
        if m:
            by_stem[m["stem"].casefold()].add(m["n"].casefold())
            cells[m["stem"].casefold()].append(t)
    return {t for stem, ns in by_stem.items() if len(ns) >= 2 for t in cells[stem]}


def blank_placeholders(cells: list[str]) -> list[str]:
    """A column's cells with every stand-in emptied (see the module's note).

    >>> blank_placeholders(["Thủ tục a", "Thủ tục b", "…………", "Thủ tục c"])
    ['', '', '', '']
    >>> blank_placeholders(["Giai đoạn 1", "Xây dựng Đề án", "Sở, ngành …"])
    ['Giai đoạn 1', 'Xây dựng Đề án', '']
    >>> blank_placeholders(["Dự án 1", "Dự án 2", "Rà soát quy hoạch"])
    ['', '', 'Rà soát quy hoạch']
    """
    texts = [fold_ws(c) for c in cells]
    numbered = _enumerated(texts)
    return ["" if t in numbered or fill_marks(t) else c for c, t in zip(cells, texts)]
