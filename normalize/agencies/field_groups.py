"""A group qualified by a ministry's field ("doanh nghiệp KH&CN", "các tổ chức khoa học và công nghệ": enterprises
and organisations of science and technology, categories of the law): the field is the group's, not the ministry.

A field printed without its "Bộ" right after a group, with no comma or "và" between, names what the group's members
do; read alone it had become the Ministry of Science and Technology, a body the cell never named (held-out set 13:
"các viện - trường, doanh nghiệp KH&CN").  A field cut at its own "và" ("tổ chức khoa học" + "và công nghệ": set 57)
is joined again when the words make a field whole.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.cell import _Cell, _carve, _in_left
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _squeeze_key

__all__ = ["_field_groups"]

_FIELD_KINDS = frozenset(("ministry", "ministerial_agency"))
_AND_WORDS = regex.compile(r"[ \t]+và[ \t]+(?P<w>\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,2})")


def _field(g: _Gazetteer, m: Mention) -> bool:
    """Is *m* a ministry named by its field alone ("Khoa học và Công nghệ", "KH&CN"), without "Bộ"?"""
    k = _squeeze_key(m.mention)
    return m.kind in _FIELD_KINDS and not k.startswith("bộ") and (k in g.headless or "&" in k)


def _field_groups(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Groups with the field that qualifies them taken in, as one group.

    >>> from normalize.agencies import parse_agencies
    >>> [(m.mention, m.kind) for m in parse_agencies("doanh nghiệp KH&CN, Sở Tài chính").mentions]
    [('doanh nghiệp KH&CN', 'collective'), ('Sở Tài chính', 'provincial_body')]
    >>> [m.mention for m in parse_agencies("các tổ chức khoa học và công nghệ").mentions]
    ['các tổ chức khoa học và công nghệ']
    >>> [m.agency_id for m in parse_agencies("các doanh nghiệp, Khoa học và Công nghệ").mentions]
    ['coll.doanh_nghiep', 'bo.khoa_hoc_cong_nghe']
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "collective" and _field(g, m) and cell.text[prev.end:m.start].isspace():
            out[-1] = _grown(cell, prev, m.end)
            continue
        if m.kind == "collective":
            m = _cut_field(g, cell, m, left)
        out.append(m)
    return out


def _cut_field(g: _Gazetteer, cell: _Cell, m: Mention, left: list) -> Mention:
    """Group *m* run on over "và" and the words left after it, where the last words of *m* and those make a field
    whole ("khoa học" + "và công nghệ")."""
    a = _AND_WORDS.match(cell.text, m.end)
    if a is None:
        return m
    words, more = key(m.mention).split(), list(regex.finditer(r"\S+", a["w"]))
    for j in range(len(more), 0, -1):
        end = a.start("w") + more[j - 1].end()
        field = key(a["w"][:more[j - 1].end()])
        for i in range(1, min(3, len(words)) + 1):
            if f"{' '.join(words[-i:])} và {field}" in g.headless and _in_left(left, a.start("w"), end):
                _carve(cell, left, m.end, end)
                return _grown(cell, m, end)
    return m


def _grown(cell: _Cell, m: Mention, end: int) -> Mention:
    t = cell.text[m.start:end]
    return replace(m, mention=t, end=end, name=fold(t), current_name=fold(t), method="pattern",
                   score=min(m.score, 0.8), parent=None)
