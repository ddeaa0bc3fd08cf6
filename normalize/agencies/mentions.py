"""Making and joining mentions: a :class:`Mention` from a gazetteer entry (its current name through successors),
a body joined to its province, two mentions spanned into one, a mention at the decision's date."""
from __future__ import annotations

import datetime
from dataclasses import replace

import regex
from rapidfuzz import fuzz

from normalize.text import ascii_key, key
from normalize.agencies.model import Agency, Mention
from normalize.agencies.words import fold, _squeeze_key, _WORD, _word_alt, _WORDS
from normalize.agencies.cell import _Cell, _carve
from normalize.agencies.gazetteer import _comma_free, _Gazetteer
from normalize.agencies.patterns import _HEADS


def _current(g: _Gazetteer, a: Agency) -> Agency:
    if not a.successor:
        return a
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


def _relink(g: _Gazetteer, m: Mention, aid: str, method: str, score: float) -> Mention:
    """Mention *m*, the same text at the same place, linked to entry *aid* by *method* with *score*."""
    return replace(_m(g, m.mention, 0, len(m.mention), aid, method, score), start=m.start, end=m.end)


def _run_to(cell: _Cell, m: Mention, end: int, left: list) -> Mention:
    """Mention *m* running on to text offset *end* (its abbreviation in brackets, its "Trung ương Đảng"), the words
    it takes no longer left over."""
    _carve(cell, left, m.end, end)
    return replace(m, mention=cell.text[m.start:end], end=end)


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


def _respan(cell: _Cell, m: Mention, start: int, end: int) -> Mention:
    """Group *m* over text offsets [start, end): its words as printed, and the name a group no entry names takes from
    them (a known group keeps its entry's name)."""
    t = cell.text[start:end]
    return replace(m, mention=t, start=start, end=end, name=fold(t) if m.agency_id == "coll.other" else m.name)


_PLACES_ONLY = regex.compile(r"^(?:các|cac)\s+(?:" + _word_alt(_WORDS["each_place_words"]) + r")(?:[\s,]|$)")


def _relinked(g: _Gazetteer, m: Mention) -> Mention:
    """A generic group whose words, commas aside, are a known group's ("các sở ngành"): that group; places of a
    level standing for their governments ("các tỉnh", "các huyện": Kế hoạch 252/KH-BCĐQG1237 2013, set 25) are the
    group of those People's Committees, as "UBND" before them names it."""
    if m.agency_id in _WIDENING:
        return _widened(g, m)
    if m.agency_id != "coll.other":
        return m
    k = _comma_free(key(m.mention))
    aid = g.groups.get(k) or (g.groups.get("ubnd " + k) if _PLACES_ONLY.match(k) else None) \
        or g.groups.get(regex.sub(r" (?:của|cuả) ", " ", k))      # "các Ban của Đảng": "các ban Đảng"
    if aid is None:
        return m
    return _relink(g, m, aid, m.method, m.score)


_WIDENING: dict[str, dict[str, str]] = _WORDS["widening_members"]


def _widened(g: _Gazetteer, m: Mention) -> Mention:
    """A known group that names the members of a wider one among its own is that wider group (agency_words.yaml's
    widening_members).

    >>> from normalize.agencies import parse_agencies
    >>> parse_agencies("Các bộ, ngành, cơ quan thuộc Chính phủ").mentions[0].agency_id
    'coll.bo_cqnb_cqtcp'
    """
    k = key(m.mention)
    wider = next((aid for words, aid in _WIDENING[m.agency_id].items() if words in k), None)
    if wider is None:
        return m
    return _relink(g, m, wider, m.method, m.score)


def _misspelt(g: _Gazetteer, m: Mention) -> Mention:
    """A name read whole but linked to nothing whose letters, marks aside, are a known body's ("Bộ Văn hóa, Thể thạo
    và Du lịch": a Công điện of 2025, set 21): that body, linked as fuzzy (a review reason), at its head's kind.

    >>> from normalize.agencies import parse_agencies
    >>> m = parse_agencies("phối hợp với Bộ Văn hóa, Thể thạo và Du lịch").mentions[0]
    >>> m.agency_id, m.method
    ('bo.van_hoa_the_thao_du_lich', 'fuzzy')
    >>> parse_agencies("diễn biến").mentions, parse_agencies("Dien Bien").mentions[0].agency_id
    ((), 'prov.dien_bien')
    """
    if m.agency_id is not None or m.kind == "collective" or not m.mention[:1].isupper() and m.mention != ascii_key(m.mention):
        return m        # words in small letters, marks printed, are no name misspelt ("diễn biến": Điện Biên)
    k = _squeeze_key(m.mention)
    aid = g.aalias.get(ascii_key(k))
    if aid is None or m.kind != "unknown" and g.agencies[aid].kind != m.kind:
        return m
    score = round(max(fuzz.ratio(k, g.asource.get(ascii_key(k), k)) / 100, 0.5), 3)
    return _relink(g, m, aid, "fuzzy", score)


def _stem(k: str) -> str | None:
    """A name key's head noun and the two syllables after it ("trung tâm xúc tiến", "ban quản lý khu nông"), or None
    for a name with no head or too short to have them."""
    h = _HEADS.match(k)
    words = _WORD.findall(k)
    n = len(_WORD.findall(h.group())) + 2 if h else 0
    return " ".join(words[:n]) if h and len(words) >= n else None


_STEMS: dict[int, tuple[_Gazetteer, dict[str, frozenset[str]]]] = {}   # id -> (the gazetteer, its stems)


def _type_stems(g: _Gazetteer) -> dict[str, frozenset[str]]:
    """The stems of every provincial department or centre's names (:func:`_stem`) -> the ids that open with them
    (worked out once per gazetteer; the gazetteer is kept beside them, so its id is never another's)."""
    held = _STEMS.get(id(g))
    if held is not None and held[0] is g:
        return held[1]
    stems: dict[str, set[str]] = {}
    for k, aid in g.alias.items():
        st = _stem(k) if aid.startswith("dp.") and g.agencies[aid].kind == "provincial_body" else None
        if st is not None and st != k:
            stems.setdefault(st, set()).add(aid)
    _STEMS[id(g)] = (g, {k: frozenset(v) for k, v in stems.items()})
    return _STEMS[id(g)][1]


def _stem_type(g: _Gazetteer, m: Mention) -> Mention:
    """A provincial body no entry names whose head and next two syllables open one department or centre's names, and
    no other's, is that province's body of that type, named otherwise ("Trung tâm Xúc tiến Đầu tư, Thương mại và Hỗ
    trợ doanh nghiệp", "Trung tâm xúc tiến" for the investment promotion centre: Huế 2025-2026, set 23), linked as
    fuzzy (a review reason).

    >>> from normalize.agencies import parse_agencies
    >>> m = parse_agencies("Sở Khoa học và Công nghệ; Trung tâm xúc tiến", issuer="UBND thành phố Huế").mentions[1]
    >>> m.agency_id, m.method
    ('dp.trung_tam_xuc_tien', 'fuzzy')
    """
    if m.agency_id is not None or m.kind != "provincial_body":
        return m
    ids = _type_stems(g).get(_stem(key(m.mention)) or "")
    if not ids or len(ids) != 1:
        return m
    aid = next(iter(ids))
    score = round(max(fuzz.token_set_ratio(key(m.mention), key(g.agencies[aid].name)) / 100, 0.5), 3)
    return _relink(g, m, aid, "fuzzy", min(score, 0.9))
