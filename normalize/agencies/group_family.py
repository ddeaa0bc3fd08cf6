"""An unnamed group's collective, from the class nouns it lists: a group the gazetteer names no alias of
("các sở, ngành, đoàn thể", "các Bộ, địa phương", "các đoàn thể chính trị - xã hội ở Trung ương") is the collective
whose aliases list the same kinds of body.  A dashboard then counts it with its kin instead of under "other".

Three steps, each only where it gives one collective:
1. the group's words without what qualifies it after its nouns ("có liên quan", "trên địa bàn ...", "thuộc ...",
   "ở địa phương", "khác") are an alias's words so stripped;
2. its nouns are all among the nouns of one alias that opens with the same noun, the alias listing the fewest
   ("các Bộ, địa phương" within "các bộ, ngành, địa phương");
3. its first noun is, or is with a level or place after it, the first noun of one collective's aliases only ("sở"
   of "các sở, ngành, đơn vị trực thuộc tỉnh"; "tổ chức chính trị - xã hội" of "... cấp xã").
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.gazetteer import _Gazetteer, gazetteer
from normalize.agencies.aliases import alias_keys
from normalize.agencies.words import GROUP_LEAD, _squeeze_key


# what qualifies a group after its nouns, one at a time from the end: its relation, its place, "khác" (neutral: an
# alias so qualified still tells which bodies), then its owner (an alias owned names a narrower family)
_NEUTRAL = regex.compile(r"\s+(?:(?:có\s+)?liên\s+quan|trên\s+địa\s+bàn(?:\s+\S+){0,4}|ở\s+(?:địa\s+phương|trung\s+ương|tw)"
                         r"|khác)$")
_OWNER = regex.compile(r"\s+(?:thuộc|đóng\s+trên)(?:\s+\S+){1,6}$")
# a generic noun before a family's own ("lực lượng công an cấp xã", "cơ quan công an"): the family
_GENERIC = regex.compile(r"^(?:lực\s+lượng|cơ\s+quan)\s+")
# what may follow a family's noun and leave it that family: a level or a place ("tổ chức chính trị - xã hội cấp xã");
# any other word narrows it ("đơn vị tư vấn", "viện kiểm sát", "hội viên")
_LEVEL_REST = regex.compile(r" (?:cấp \S+|ở \S.*|tại \S.*|trung ương|địa phương)$")
_SPLIT = regex.compile(r"\s*(?:[,;/]|\s(?:và|hoặc)\s)\s*(?:các\s+)?")


def _cores(k: str) -> list[str]:
    """The group's key without its leading quantifier, then without each qualifier from the end ("trực thuộc" is
    "thuộc"), its relation and place before its owner.

    >>> _cores("các sở, ngành, đơn vị trực thuộc tỉnh")
    ['sở, ngành, đơn vị thuộc tỉnh', 'sở, ngành, đơn vị']
    >>> _cores("các cơ quan liên quan ở địa phương")
    ['cơ quan liên quan ở địa phương', 'cơ quan liên quan', 'cơ quan']
    """
    out = [GROUP_LEAD.sub("", regex.sub(r"(?<!\S)trực thuộc(?!\S)", "thuộc", k))]
    while True:
        t = _NEUTRAL.sub("", out[-1])
        if t == out[-1]:
            t = _OWNER.sub("", out[-1])
        if t == out[-1] or not t:
            return out
        out.append(t)


def _nouns(core: str) -> tuple[str, ...]:
    """The class nouns a core lists ("sở, ban, ngành và địa phương" -> sở, ban, ngành, địa phương)."""
    return tuple(n for n in (x.strip() for x in _SPLIT.split(core)) if n)


@lru_cache(maxsize=4)
def _index(g_id: int) -> tuple[dict[str, str], dict[str, list[tuple[frozenset, str]]], dict[str, set[str]]]:
    """The collectives' aliases by core (one collective's only), as noun sets by their first noun, and by first noun;
    for the gazetteer in force (*g_id* keys the cache: a user's vocabulary makes another)."""
    g = gazetteer()
    whole: dict[str, str | None] = {}
    sets: dict[str, list[tuple[frozenset, str]]] = {}
    first: dict[str, set[str]] = {}
    for a in g.agencies.values():
        if a.kind != "collective" or a.id == "coll.other":
            continue
        for k in alias_keys(a):
            core = _cores(k)[0]
            whole[core] = a.id if whole.get(core, a.id) == a.id else None
            nouns = _nouns(core)
            if nouns and not _OWNER.search(core):
                sets.setdefault(nouns[0], []).append((frozenset(nouns), a.id))
                first.setdefault(nouns[0], set()).add(a.id)
    for core, i in list(whole.items()):      # also with no commas: lists printed without them ("các cơ quan thông tấn
        free = _comma_free_core(core)        # báo chí", set 56), where no alias says otherwise
        if free != core and i:
            whole[free] = i if whole.get(free, i) == i else None
    return {c: i for c, i in whole.items() if i}, sets, first


def _comma_free_core(core: str) -> str:
    return regex.sub(r"\s*,\s*", " ", core)


def _family(g: _Gazetteer, k: str) -> str | None:
    whole, sets, first = _index(id(g))
    cores = _cores(k)
    for core in cores + [_GENERIC.sub("", c) for c in cores if _GENERIC.match(c)]:
        if _squeeze_key(core) in whole:       # the aliases' keys close up their commas ("sở,ngành")
            return whole[_squeeze_key(core)]
        if " " in core and _comma_free_core(core) in whole:
            return whole[_comma_free_core(core)]
    nouns = _nouns(cores[-1])
    if not nouns:
        return None
    mine = frozenset(nouns)
    within = [(len(s), i) for s, i in sets.get(nouns[0], ()) if mine <= s]
    if within:
        least = min(n for n, _ in within)
        ids = {i for n, i in within if n == least}
        return ids.pop() if len(ids) == 1 else None
    ws = nouns[0].split(" ")      # the heads it may open with: its first words, each a run of its words
    heads = [h for h in (" ".join(ws[:n]) for n in range(1, len(ws) + 1)) if h in first
             and (h == nouns[0] or _LEVEL_REST.match(nouns[0][len(h):]))]
    if not heads:
        return None
    longest = max(heads, key=len)
    ids = first[longest]
    return next(iter(ids)) if len(ids) == 1 else None


def group_family(g: _Gazetteer, m: Mention) -> Mention:
    """*m* linked to the collective its class nouns name, when it is an unnamed group ("coll.other").

    >>> from normalize.agencies import parse_agencies
    >>> [m.agency_id for m in parse_agencies("các sở, ngành, đoàn thể").mentions]
    ['coll.so_ban_nganh']
    >>> [m.agency_id for m in parse_agencies("các nền tảng xã hội").mentions]
    ['coll.other']
    """
    if m.agency_id != "coll.other":
        return m
    aid = _family(g, key(m.mention))
    if aid is None:
        return m
    a = g.agencies[aid]
    return replace(m, agency_id=aid, name=a.name, current_name=a.name)
