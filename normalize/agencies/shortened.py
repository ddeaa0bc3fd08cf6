"""A known body's name written with some of its words shortened to their initials ("Bộ Giáo dục và ĐT", "Viện
KSND tối cao", "Trung tâm CNTT&TT") or with its "và" left out: found by matching the written words against the
gazetteer's names word by word (:func:`_shortened`)."""
from __future__ import annotations

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _relink


_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
_AND = frozenset({"và", "va"})
_INDEX: dict[int, tuple[_Gazetteer, dict[str, list[tuple[tuple[str, ...], str]]]]] = {}


def _initials(word: str) -> str | None:
    """The initials a written word stands for, in small letters, when it is two capitals or more and no small
    letter ("ĐT" -> "đt", "KSND" -> "ksnd"); None for a word as written.

    >>> _initials("ĐT"), _initials("KSND"), _initials("Đào"), _initials("MobiFone")
    ('đt', 'ksnd', None, None)
    """
    letters = [c for c in word if c.isalpha()]
    return word.lower() if len(letters) >= 2 and all(c.isupper() for c in letters) else None


def _index(g: _Gazetteer) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> (the words of every name, "và" left out; its id), for the gazetteer's specific bodies (worked
    out once per gazetteer)."""
    held = _INDEX.get(id(g))
    if held is not None and held[0] is g:
        return held[1]
    idx: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for k, aid in g.alias.items():
        words = tuple(w for w in _TOKEN.findall(k) if w not in _AND)
        if len(words) >= 2 and g.agencies[aid].kind != "collective":
            idx.setdefault(words[0], []).append((words, aid))
    _INDEX[id(g)] = (g, idx)
    return idx


def _fits(written: list[tuple[str, bool]], name: tuple[str, ...]) -> bool:
    """Do the written words (each a word, or initials when flagged) spell *name* exactly, initials standing for as
    many words as they have letters?

    >>> _fits([("bộ", False), ("giáo", False), ("dục", False), ("đt", True)], ("bộ", "giáo", "dục", "đào", "tạo"))
    True
    """
    j = 0
    for w, initials in written:
        n = len(w) if initials else 1
        part = name[j:j + n]
        if len(part) < n or (initials and "".join(x[0] for x in part) != w) or (not initials and part[0] != w):
            return False
        j += n
    return j == len(name)


def _shortened(g: _Gazetteer, m: Mention) -> Mention:
    """A body linked to nothing whose written words, initials spelt out and "và" aside, are one known body's name,
    and no other's: that body, linked as fuzzy (a review reason).

    >>> m = parse_agencies("Bộ Giáo dục và ĐT").mentions[0]
    >>> m.agency_id, m.method
    ('bo.giao_duc_dao_tao', 'fuzzy')
    >>> parse_agencies("Viện KSND tối cao").mentions[0].agency_id
    'tp.vien_kiem_sat_nhan_dan_toi_cao'
    """
    if m.agency_id is not None or m.kind in ("collective", "by_reference"):
        return m
    words = [w for w in _TOKEN.findall(m.mention) if key(w) not in _AND]
    written = [(i, True) if (i := _initials(w)) else (key(w), False) for w in words]
    if len(written) < 2 or written[0][1]:
        return m
    ids = {aid for name, aid in _index(g).get(written[0][0], ()) if _fits(written, name)}
    if len(ids) != 1:
        return m
    return _relink(g, m, ids.pop(), "fuzzy", 0.8)
