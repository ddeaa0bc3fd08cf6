"""A head noun printed once for a list of fields ("Sở Y tế, Nội vụ, GD&ĐT": the departments of health, of home
affairs and of education): a bare field after it is the body of that field with the same head, not the ministry
its bare name would otherwise be.

The ministries' fields alone already read as ministries ("Bộ Công an, Khoa học và Công nghệ"), so only a head whose
bodies are not ministries is carried over: "Sở" of a provincial department.
"""
from __future__ import annotations

import regex

from normalize.text import key
from normalize.agencies.words import _squeeze_key
from normalize.agencies.cell import _Cell
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.model import Mention
from normalize.agencies.mentions import _m

__all__ = ["_elided_heads"]

_JOIN = regex.compile(r"\s*(?:,|và|&)\s*")
_HEADS = {"sở": "Sở"}       # the key of a head noun -> as printed in front of a field to read it


def _elided_heads(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """Bare fields read as ministries, listed right after a department named with its head ("Sở Y tế, Nội vụ,
    GD&ĐT, NN&MT": set 58, a plan of Lào Cai, 2026), as that head's bodies; each carries the head to the next.

    >>> from normalize.agencies import parse_agencies
    >>> [m.agency_id for m in parse_agencies("Sở Y tế, Nội vụ, GD&ĐT").mentions]
    ['dp.so_y_te', 'dp.so_noi_vu', 'dp.so_giao_duc_dao_tao']
    >>> [m.agency_id for m in parse_agencies("Bộ Công an, Khoa học và Công nghệ").mentions]
    ['bo.cong_an', 'bo.khoa_hoc_cong_nghe']
    """
    out: list[Mention] = []
    head, carried = None, False
    for m in ms:
        prev = out[-1] if out else None
        if prev is None or prev.kind != "provincial_body":
            head = None
        elif not carried:
            head = _HEADS.get(key(prev.mention).split(" ", 1)[0])
        carried = False
        if head and m.kind == "ministry" and not key(m.mention).startswith("bộ") \
                and _JOIN.fullmatch(cell.text, prev.end, m.start):
            aid = g.alias.get(_squeeze_key(f"{head} {m.mention}"))
            if aid is not None and g.agencies[aid].kind == "provincial_body":
                m, carried = _m(g, cell.text, m.start, m.end, aid, "pattern", 0.9), True
        out.append(m)
    return out
