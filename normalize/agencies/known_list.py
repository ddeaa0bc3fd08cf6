"""A cell that is nothing but names the gazetteer knows, between commas, semicolons and "và" ("Bộ Công an, Bộ Tư
pháp và các bộ, ngành liên quan"): its names are its mentions, read by the alias scan alone.

The passes of :func:`normalize.agencies.parse._parse_names` read prose: the words that qualify a group, a unit and
the parent printed after it, a place inside a name, a name cut before its verb.  On a plain list of known names
none of them finds anything to do, and the chain costs several times the scan.  The shapes kept here are those on
which both readings were compared on every held-out and real cell (tests/test_known_list.py): names of the kinds in
:data:`_PLAIN`, nothing but commas, semicolons and "và" between them (no colon, bracket or dash), typed with
diacritics; two groups in a row only where the reading of groups keeps them apart.
"""
from __future__ import annotations

import datetime
import re

from normalize.agencies.cell import _Cell
from normalize.agencies.collectives import _merge_collectives
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.model import AgencyParse
from normalize.agencies.mentions import _at_date, _m
from normalize.agencies.scan import _scan

__all__ = ["known_list"]

# kinds whose alias is the whole of the body's name wherever it stands; a province, a provincial body, a unit or an
# enterprise may take a place, a parent or a level from the words around it, and is left to the passes
_PLAIN = frozenset(("ministry", "ministerial_agency", "government_agency", "central_body", "judiciary", "collective"))
# (the standard library's engine, faster on such short patterns: a key's only white space is a space)
_OPEN = re.compile(r"[ \-+*•]*")              # before the first name: a bullet
_BETWEEN = re.compile(r" *(?:[,;] *(?:và +)?|và +)")
_CLOSE = re.compile(r"[ .,;]*")


def known_list(g: _Gazetteer, cell: _Cell, text: str, as_of: datetime.date | None,
               issuer: str | None) -> AgencyParse | None:
    """The mentions of a cell made only of known names of the plain kinds and separators; None for any other cell.

    >>> from normalize.agencies.gazetteer import gazetteer
    >>> [m.agency_id for m in known_list(gazetteer(), _Cell("Bộ Công an, Bộ Tư pháp và Văn phòng Chính phủ"),
    ...                                  "Bộ Công an, Bộ Tư pháp và Văn phòng Chính phủ", None, None).mentions]
    ['bo.cong_an', 'bo.tu_phap', 'cqnb.van_phong_chinh_phu']
    >>> known_list(gazetteer(), _Cell("Bộ Công an chủ trì"), "Bộ Công an chủ trì", None, None) is None
    True
    """
    k = cell.k
    if not k or k.isascii():
        return None
    spans = _scan(g, cell, False)
    if not spans or any(g.agencies[aid].kind not in _PLAIN for _, _, aid in spans):
        return None
    groups = [aid.startswith("coll.") for _, _, aid in spans]
    if any(groups) and issuer is not None and g.agencies[issuer].kind not in _PLAIN:
        return None     # a local issuer's groups may be its own bodies ("UBND xã" in a commune's plan)
    pos = 0
    for n, (i, j, _) in enumerate(spans):
        if not (_OPEN if n == 0 else _BETWEEN).fullmatch(k, pos, i):
            return None
        pos = j
    if not _CLOSE.fullmatch(k, pos):
        return None
    ms = [_m(g, text, cell.start(i), cell.end(j), aid, "alias", 1.0) for i, j, aid in spans]
    if any(a and b for a, b in zip(groups, groups[1:])) and _merge_collectives(g, cell, ms) != ms:
        return None     # two groups in a row that are one ("các cơ quan, đơn vị, địa phương")
    if as_of is not None:
        ms = [_at_date(g, m, as_of) for m in ms]
    return AgencyParse(tuple(ms), ())
