"""Making and joining mentions: a :class:`Mention` from a gazetteer entry (its current name through successors),
a body joined to its province, two mentions spanned into one, a mention at the decision's date."""
from __future__ import annotations

import datetime
from dataclasses import replace

from rapidfuzz import fuzz

from normalize.text import ascii_key, key
from normalize.agencies.model import Agency, Mention
from normalize.agencies.words import _squeeze_key
from normalize.agencies.cell import _Cell
from normalize.agencies.gazetteer import _comma_free, _Gazetteer


def _current(g: _Gazetteer, a: Agency) -> Agency:
    seen = {a.id}
    while a.successor and a.successor in g.agencies and a.successor not in seen:
        a = g.agencies[a.successor]
        seen.add(a.id)
    return a


def _short_province(a: Agency) -> str:
    return a.name.replace("Ủy ban nhân dân ", "", 1)


def _m(g: _Gazetteer, text: str, a: int, b: int, aid: str | None, method: str, score: float,
       kind: str | None = None, name: str | None = None, current: str | None = None) -> Mention:
    if aid is None:
        return Mention(text[a:b], a, b, None, name or text[a:b], kind or "unknown", current or name or text[a:b],
                       method, score)
    ag = g.agencies[aid]
    parent = g.agencies[ag.parent].name if ag.parent in g.agencies else None
    return Mention(text[a:b], a, b, aid, name or ag.name, kind or ag.kind, current or _current(g, ag).name,
                   method, score, parent)


def _with_province(g: _Gazetteer, body: Agency, prov: Agency, m: Mention, start: int, end: int,
                   text: str, method: str | None = None) -> Mention:
    """*body* (a provincial department or branch) of province *prov*: names then and now, the province as parent."""
    def base(name: str) -> str:
        return name.rsplit(" tỉnh", 1)[0] if name.endswith(" tỉnh") else name
    now = _current(g, prov)
    return Mention(text[start:end], start, end, body.id, f"{base(body.name)} {_short_province(prov)}", body.kind,
                   f"{base(_current(g, body).name)} {_short_province(now)}", method or m.method, m.score, prov.name)


def _at_date(g: _Gazetteer, m: Mention, day: datetime.date) -> Mention:
    """A short form ("Huế") of an entry that did not exist yet at *day* names its only predecessor then."""
    if m.agency_id is None or m.agency_id not in g.agencies:
        return m
    a = g.agencies[m.agency_id]
    if a.valid_at(day) or _squeeze_key(m.mention) == _squeeze_key(a.name):
        return m
    preds = [g.agencies[p] for p in g.predecessors.get(a.id, ()) if g.agencies[p].valid_at(day)]
    if len(preds) != 1 or a.valid_from is None or day >= a.valid_from:
        return m
    return Mention(m.mention, m.start, m.end, preds[0].id, preds[0].name, preds[0].kind, m.current_name,
                   m.method, m.score)


def _fold_pairs(ms: list[Mention], join) -> list[Mention]:
    """Mentions in order, each one *join* (previous, next) -> merged mention or None folds into the one before it."""
    out: list[Mention] = []
    for m in ms:
        merged = join(out[-1], m) if out else None
        if merged is None:
            out.append(m)
        else:
            out[-1] = merged
    return out


def _spanning(cell: _Cell, a: Mention, b: Mention) -> Mention:
    """Mention *a* stretched over *b*."""
    return replace(a, mention=cell.text[a.start:b.end], end=b.end)


def _relinked(g: _Gazetteer, m: Mention) -> Mention:
    """A generic group whose words, commas aside, are a known group's ("các sở ngành"): that group."""
    aid = g.groups.get(_comma_free(key(m.mention))) if m.agency_id == "coll.other" else None
    if aid is None:
        return m
    return replace(_m(g, m.mention, 0, len(m.mention), aid, m.method, m.score), start=m.start, end=m.end)


def _misspelt(g: _Gazetteer, m: Mention) -> Mention:
    """A name read whole but linked to nothing whose letters, marks aside, are a known body's ("Bộ Văn hóa, Thể thạo
    và Du lịch": a Công điện of 2025, set 21): that body, linked as fuzzy (a review reason), at its head's kind.

    >>> from normalize.agencies import parse_agencies
    >>> m = parse_agencies("phối hợp với Bộ Văn hóa, Thể thạo và Du lịch").mentions[0]
    >>> m.agency_id, m.method
    ('bo.van_hoa_the_thao_du_lich', 'fuzzy')
    """
    if m.agency_id is not None or m.kind == "collective":
        return m
    k = _squeeze_key(m.mention)
    aid = g.aalias.get(ascii_key(k))
    if aid is None or m.kind != "unknown" and g.agencies[aid].kind != m.kind:
        return m
    score = round(max(fuzz.ratio(k, g.asource.get(ascii_key(k), k)) / 100, 0.5), 3)
    return replace(_m(g, m.mention, 0, len(m.mention), aid, "fuzzy", score), start=m.start, end=m.end)
