"""Lists that continue a group past its comma: forces listed after "lực lượng" ("lực lượng quân đội, công an, dân quân
tự vệ và các lực lượng khác" is one group: the labels of held-out sets 46 and 51, where the reader had "lực lượng quân
đội" alone and lost the rest), and a level of the same tier before the predicate ("Ủy ban nhân dân phường, xã làm ...")."""
from __future__ import annotations

from functools import lru_cache

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.cell import _Cell
from normalize.agencies.collectives import _ubnd_level
from normalize.agencies.gazetteer import _comma_free, gazetteer
from normalize.agencies.mentions import _m
from normalize.agencies.words import _WORDS

_OPEN = regex.compile(r"(?:các\s+)?lực\s+lượng\s+\S")
# ", công an", ", dân quân tự vệ", ", Phụ nữ": an item of one to four words, up to the next comma, "và" or the end
_ITEM = regex.compile(r"\s*,\s*(?P<w>\p{L}[\p{L}\p{M}]*(?:[ \t]+\p{L}[\p{L}\p{M}]*){0,3})"
                      r"(?=\s*(?:[,;.\n)]|$|\s(?:và|hoặc)\s))")
_OTHERS = regex.compile(r"\s+(?:và|hoặc)\s+(?:các\s+)?lực\s+lượng\s+khác(?![\p{L}\p{N}])")


@lru_cache(maxsize=1)
def _name_runs() -> frozenset[str]:
    """Every run of one to four words of a body's name in the gazetteer, as keys ("công an", "dân quân tự vệ")."""
    out = set()
    for a in gazetteer().agencies.values():
        if a.kind == "collective":
            continue
        for name in (a.name, *a.aliases):
            w = key(name).split()
            out.update(" ".join(w[i:i + n]) for n in range(1, 5) for i in range(len(w) - n + 1))
    return frozenset(out)


def _force(item: str) -> bool:
    """Is *item* a force a name of the gazetteer holds ("công an", "dân quân", "Phụ nữ"), no group of its own
    ("chính quyền địa phương") and no thing ("phương tiện", "vật tư")?"""
    k = key(item)
    g = gazetteer()
    aid = g.alias.get(k)
    if aid is not None and g.agencies[aid].kind == "collective":
        return False
    return k in _name_runs() or " ".join(k.split()[:2]) in _name_runs()


def _run_over(cell: _Cell, ms: list[Mention], left: list, end_of) -> list[Mention]:
    """Each mention whose list *end_of* (a mention -> the text offset its list ends at, or None) runs past it, as one
    group over the list (coll.other, named as printed); the mentions read inside it go, and its words are no leftover."""
    g = gazetteer()
    out: list[Mention] = []
    for m in sorted(ms, key=lambda x: x.start):
        if out and out[-1].start <= m.start < out[-1].end:
            continue        # read inside a list that ran over it
        end = end_of(m)
        if end is None or end <= m.end:
            out.append(m)
            continue
        left[:] = [(a, b) for a, b in left if not (m.start <= a < end)]
        out.append(_m(g, cell.text, m.start, end, "coll.other", "pattern", 0.8, name=cell.text[m.start:end]))
    return out


def force_lists(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group "lực lượng X" followed by forces in a comma list, and "và các lực lượng khác", runs over them; the
    mentions read inside it go.

    >>> from normalize.agencies import parse_agencies
    >>> [m.mention for m in parse_agencies("Huy động lực lượng quân đội, công an và các lực lượng khác tiếp cận").mentions]
    ['lực lượng quân đội, công an và các lực lượng khác']
    >>> [m.mention for m in parse_agencies("huy động lực lượng quân đội, phương tiện, vật tư").mentions]
    ['lực lượng quân đội']
    """
    def end_of(m: Mention) -> int | None:
        if m.kind != "collective" or not _OPEN.match(key(m.mention)) or "," in m.mention:
            return None
        end = m.end
        while (r := _ITEM.match(cell.text, end)) is not None and _force(r.group("w")):
            end = r.end()
        t = _OTHERS.match(cell.text, end)
        return t.end() if t else end
    return _run_over(cell, ms, left, end_of)


# a body or group of one level ending on a level word, then ", <level word of the same tier>" (any number, capitals or
# not) and no name after it ("Ủy ban nhân dân phường, xã làm chủ đầu tư": Quyết định 36/2025/QĐ-CTUBND of Cần Thơ, set
# 51; "Ủy ban nhân dân huyện, thị xã, thành phố xem xét": set 26; "Công an tỉnh, thành phố": set 34); "thành phố" is of
# the districts' tier and the provinces'.  Levels written "cấp X" list levels of any tier ("Công an cấp xã, cấp tỉnh":
# set 36): the bodies of those levels, a group.
_TIERS = {"xã": {"commune"}, "phường": {"commune"}, "đặc khu": {"commune"}, "thị trấn": {"commune"},
          "huyện": {"district"}, "quận": {"district"}, "thị xã": {"district"}, "thành phố": {"district", "province"},
          "tỉnh": {"province"},
          # the units inside a commune ("Ban Công tác Mặt trận thôn, tổ dân phố", "ở thôn, bản": set 34)
          "thôn": {"village"}, "tổ dân phố": {"village"}, "bản": {"village"}, "ấp": {"village"}, "khu phố": {"village"},
          "làng": {"village"}, "buôn": {"village"}, "xóm": {"village"}, "tổ dân cư": {"village"}}
_LEVEL = "(?:" + "|".join(sorted(_TIERS, key=len, reverse=True)) + ")"
_LEVEL_THEN = regex.compile(r",[ \t]*(?P<cap>(?i:cấp)[ \t]+)?(?P<w>(?i:" + _LEVEL + r"))(?![\p{L}\p{N}])(?![ \t]+\p{Lu})")
_LAST_LEVEL = regex.compile(r"(?:(?P<cap>cấp)[ \t]+)?(?P<w>" + _LEVEL + r")$")


def _list_end(cell: _Cell, m: Mention) -> tuple[int, bool] | None:
    """Where the levels listed after *m*'s last level word end, and whether one was written "cấp X" after "cấp Y"
    (levels of any tier: a group); None when none follows."""
    last = _LAST_LEVEL.search(key(m.mention))
    if last is None:
        return None
    tiers, by_level, end, levels = set(_TIERS[last["w"]]), bool(last["cap"]), m.end, False
    while (r := _LEVEL_THEN.match(cell.text, end)) is not None:
        w = key(r["w"])
        across = by_level and r["cap"] is not None         # "cấp xã, cấp tỉnh": levels of any tier
        if not across and not tiers & _TIERS[w]:
            break
        tiers = tiers if across else tiers & _TIERS[w]
        levels, end = levels or across, r.end()
    return (end, levels) if end > m.end else None


# the bodies a list of levels may follow: groups and local bodies (a body no entry names is not: read by pattern, it may
# have run into the sentence: "Ban Chỉ đạo có kết nối trực tuyến đến một số tỉnh, thành phố", set 37)
_LISTED_KINDS = ("collective", "provincial_body", "district_body", "commune_body")


def _bare_level(m: Mention) -> bool:
    """A mention that is a level word alone ("huyện", "thành phố": read as the group of that level), which a list of
    levels takes in."""
    return key(m.mention) in _TIERS


def level_lists(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A body or group ending on a level word that more levels of its tier follow runs over them (the same body at
    each; a group when the levels are written "cấp X").

    >>> from normalize.agencies import parse_agencies
    >>> [(m.mention, m.agency_id) for m in parse_agencies("dự án do Ủy ban nhân dân phường, xã làm chủ đầu tư").mentions]
    [('Ủy ban nhân dân phường, xã', 'coll.ubnd_cap_xa')]
    >>> [(m.mention, m.agency_id) for m in parse_agencies("Ủy ban nhân dân huyện, thị xã, thành phố xem xét").mentions]
    [('Ủy ban nhân dân huyện, thị xã, thành phố', 'coll.ubnd_cap_huyen')]
    """
    g = gazetteer()
    out = []
    for m in ms:
        listed = _list_end(cell, m) if m.kind in _LISTED_KINDS else None
        if listed is None or any(x.start < listed[0] and x.end > m.end and not _bare_level(x) for x in ms):
            out.append(m)
            continue
        end, levels = listed
        k = key(cell.text[m.start:end])
        aid = g.groups.get(_comma_free(k)) or _ubnd_level(k) or (
            "coll.other" if levels or m.agency_id is None else m.agency_id)
        left[:] = [(a, b) for a, b in left if not (m.end <= a < end)]
        out.append(_m(g, cell.text, m.start, end, aid, m.method, m.score,
                      name=None if aid != "coll.other" else cell.text[m.start:end]))
    return out


def _uy(w: str) -> str:
    """A word of the Party's nouns as a pattern that takes both places of the mark ("ủy", "uỷ")."""
    return regex.escape(w).replace("ủy", "(?:ủy|uỷ)").replace(r"\ ", r"[ \t]+")


_PARTY = "(?:" + "|".join(_uy(w) for w in sorted(_WORDS["party_class_nouns"], key=len, reverse=True)) + ")"
_UNDER = r"(?:[ \t]+trực[ \t]+thuộc[ \t]+(?:Trung[ \t]+ương|TW|TƯ))?"
_PARTY_OPEN = regex.compile(r"(?:các[ \t]+)?" + _PARTY + r"(?![\p{L}\p{N}])", regex.I)
# an item's level after its noun: "đảng bộ cơ sở", "chi bộ cấp xã" (sets 52: "Các chi bộ, đảng bộ cơ sở")
_PARTY_LEVEL = r"(?:[ \t]+(?:cơ[ \t]+sở|cấp[ \t]+(?:xã|huyện|tỉnh|trên|dưới)))?"
_PARTY_NEXT = regex.compile(r"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?:các[ \t]+)?" + _PARTY + r"(?![\p{L}\p{N}])" + _PARTY_LEVEL
                            + _UNDER + r"(?=[ \t]*(?:[,;.)\n]|$)|[ \t]+(?:và|hoặc)[ \t])", regex.I)    # a class, not
# "Đảng ủy Chính phủ"
_COMMITTEES = {key(w) for w in ("tỉnh ủy", "thành ủy", "đảng ủy")}


def party_lists(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """The Party's classes of bodies listed together ("các tỉnh ủy, thành ủy, các ban đảng, đảng ủy trực thuộc Trung
    ương") are one group, as sets 41-50 read them; committees alone ("tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung
    ương") stay apart, as sets 19 and 21 read them.

    >>> from normalize.agencies import parse_agencies
    >>> [m.mention for m in parse_agencies("các tỉnh uỷ, thành uỷ, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương").mentions]
    ['các tỉnh uỷ, thành uỷ, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương']
    """
    def end_of(m: Mention) -> int | None:
        if m.kind not in ("collective", "central_body", "provincial_body") or not _PARTY_OPEN.match(m.mention):
            return None
        end = m.end
        while (r := _PARTY_NEXT.match(cell.text, end)) is not None:
            end = r.end()
        nouns = {key(x.group()) for x in regex.finditer(_PARTY, cell.text[m.start:end], flags=regex.I)}
        return None if nouns <= _COMMITTEES else end
    return _run_over(cell, ms, left, end_of)
