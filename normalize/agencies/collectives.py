"""Collective groups as one mention at their level: merging group pieces ("UBND các xã, thị trấn"), twins that
became one group, a level shared by a list of bodies."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _squeeze_key, _word_alt, _WORDS
from normalize.agencies.cell import _Cell, _carve, _in_left
from normalize.agencies.gazetteer import _comma_free, _Gazetteer
from normalize.agencies.mentions import _fold_pairs, _m, _respan, _spanning
from normalize.agencies.patterns import _CLASS_NOUN, _CLAUSE_TAIL, _GROUP_START, _GROUP_WORDS, _MARKET_WORDS, _QUAL_TAIL
from normalize.agencies.traits import has_trait


_CLOSED_GROUP = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["closed_group_endings"]) + r")$")

_SECTOR = {aid: sector for sector, ids in _WORDS["group_sectors"].items() for aid in ids}


def _sector(m: Mention) -> str:
    """A known group's sector; a generic one's from its words ("Tập đoàn, tổng công ty": market, else state)."""
    if m.agency_id == "coll.other":
        k = key(m.mention)
        return "market" if _MARKET_WORDS.search(k) else "state"
    return _SECTOR.get(m.agency_id, "state")


_COMMA_OR_AND = regex.compile(r"\s*,\s*|\s+(?:và|va)\s+")
_GROUP_SOFT = regex.compile(r"[\s,\-–—/]*|\s*(?:và|va)\s*")     # "UBND cấp huyện/xã": one group

_LEVELS = {"xã": "x", "phường": "x", "thị trấn": "x", "đặc khu": "x", "huyện": "h", "quận": "h", "thị xã": "h"}
_LEVEL_WORDS = regex.compile(r"(?<![\p{L}])(?:thị trấn|đặc khu|thị xã|xã|phường|huyện|quận)(?![\p{L}])")
_UBND = regex.compile(r"(?:" + _word_alt(["ubnd", "ủy ban nhân dân"]) + r")(?![\p{L}])")


_NOUNS_ONLY = regex.compile(r"^(?:(?:các|những|mọi)\s+)?(?:" + _word_alt([*_WORDS["class_noun_list"], *_WORDS["member_nouns"]])
                           + r")$")


_CLASS_FIRST = regex.compile(r"^(?:(?:các|những|mọi)\s+)?(?:" + _word_alt(_WORDS["class_noun_list"]) + r")\s+\p{Ll}")


# whose bodies a group's are ("... thuộc Ủy ban nhân dân tỉnh", "các cơ quan của Bộ, ban, ngành"): a tail the items
# of a list share, or an owner that runs on over the comma
_OWNED = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt([*_WORDS["belongs_to"], "của"]) + r")(?![\p{L}\p{N}])")


def _rest_of_item_list(text: str, start: int) -> str:
    """The text from *start* to the end of its clause (the next ";", ".", ":" or line break)."""
    end = min((i for i in (text.find(c, start) for c in ";.:\n") if i >= 0), default=len(text))
    return text[start:end]


def _qualified_group(m: Mention) -> bool:
    """Does group *m* carry words of its own after its class noun ("tổ chức phi chính phủ", not "tổ chức"), so that
    the next group after a comma is another item ("tổ chức phi chính phủ, cơ quan liên quan": two, set 56)?"""
    k = key(m.mention)
    return " " in k and not _NOUNS_ONLY.match(k) and bool(_CLASS_FIRST.match(k))


def _merge_collectives(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A group piece that does not open a new group ("các ...", "UBND ...") continues the group before it when
    only a comma or "và" stands between: "các bộ, cơ quan trung ương và địa phương" is one group, "UBND các xã,
    thị trấn" one group of communes (also after a district's UBND: "Ủy ban nhân dân quận, huyện, xã")."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        between = cell.text[prev.end:m.start] if prev is not None else ""
        if prev is not None and has_trait(prev.mention):
            out.append(m)       # a group that says what its members do is one of its own
        elif prev is not None and prev.kind == "collective" and (_BELONGS.fullmatch(between) or (
                not between.strip() and _BELONGS.fullmatch(" " + key(prev.mention).rsplit(" ", 1)[-1] + " "))):
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end)   # "... thuộc UBND tỉnh"
        elif prev is not None and prev.kind == m.kind == "collective" and _GROUP_SOFT.fullmatch(between) \
                and not _bodies_then_nouns(prev, m) and (whole := g.groups.get(_comma_free(key(cell.text[prev.start:m.end])))):
            out[-1] = _m(g, cell.text, prev.start, m.end, whole, "pattern", 0.8)   # "Các bộ ngành và các địa phương"
        elif (prev is not None and m.kind == "collective" and (_sector(prev) != _sector(m) or _two_known(prev, m))
                and _COMMA_OR_AND.fullmatch(between)
                and (not _QUAL_TAIL.search(key(m.mention)) or _known_apart(prev, m, between))
                and not (_class_nouns(prev) and _class_nouns(m, tail=True))):
            out.append(m)       # "Sở, ban, ngành, tổ chức chính trị - xã hội": groups of two sectors, not one
            # (a qualifier at the end is shared by the list: "các bộ, ngành, địa phương, doanh nghiệp liên quan")
        elif (prev is not None and m.kind == "collective" and _GROUP_SOFT.fullmatch(between)
                and not (prev.agency_id != "coll.other" and _CLOSED_GROUP.search(key(prev.mention)))
                and not _named_group(prev, m, "và" in between)
                and not _CLAUSE_TAIL.search(key(m.mention))     # a group with its own clause is its own group
                and not _CLASS_NOUN.match(key(m.mention))       # "... và lực lượng chức năng": another group
                and not _office_named(m)            # "... và cơ quan công an": an office of its own
                and not _bodies_then_nouns(prev, m)
                and not (between.strip() == "," and _qualified_group(prev) and not _OWNED.search(key(prev.mention))
                         and not _OWNED.search(key(_rest_of_item_list(cell.text, m.start))))
                # "tổ chức phi chính phủ, cơ quan liên quan": two groups
                and not _named_again(prev, m)
                and (not _GROUP_START.match(key(m.mention)) or m.agency_id == prev.agency_id != "coll.other"
                     or m.agency_id == prev.agency_id == "coll.other" and between.strip() == ","
                     and len(key(m.mention).split()) <= 2)   # "các ngành, các cấp" (", các tổ chức thành viên": another)
                and (prev.kind == "collective" or (
                    prev.kind == "district_body" and _ubnd_level(key(cell.text[prev.start:m.end]))))):
            text = cell.text[prev.start:m.end]        # "UBND quận" + ", huyện, xã": the group of those levels
            aid = _ubnd_level(key(text)) or ("coll.other" if m.agency_id != prev.agency_id else prev.agency_id)
            out[-1] = _m(g, cell.text, prev.start, m.end, aid, "pattern", 0.8,
                         name=fold(text) if aid == "coll.other" else None)
        else:
            out.append(m)
    return out


def _named_again(prev: Mention, m: Mention) -> bool:
    """Does group *m* name again, with "các", the class that group *prev* opens with ("các tỉnh, thành phố trong cả
    nước và các tỉnh, thành phố trong vùng ...": Nghị quyết 12/NQ-CP 2023, set 60)?  Two groups, each with its own
    qualifier, not one.

    >>> [m.mention for m in parse_agencies("các sở, ngành trong tỉnh và các sở, ngành của tỉnh bạn").mentions]
    ['các sở, ngành trong tỉnh', 'các sở, ngành của tỉnh bạn']
    """
    first = key(prev.mention).replace(",", " ").split()[:3]
    return first[:1] == ["các"] and len(first) == 3 and key(m.mention).replace(",", " ").split()[:3] == first


_OFFICE_START = regex.compile(r"^(?:các\s+)?cơ (?:quan|sở)\s+(?P<w>\S+)")


def _office_named(m: Mention) -> bool:
    """Is *m* an office named by its function ("cơ quan công an", "cơ quan thi hành án dân sự"), not "cơ quan" in a
    list of group words ("cơ quan liên quan", "cơ quan, tổ chức")?"""
    o = _OFFICE_START.match(key(m.mention))
    return o is not None and o["w"].strip(",") not in _GROUP_WORDS


def _named_group(prev: Mention, m: Mention, and_between: bool = False) -> bool:
    """Is one of two neighbouring groups one the gazetteer names whole, of three words at least and without "các"
    ("chính quyền địa phương"), and the other a group with its own qualifier ("cơ quan liên quan", "cơ quan chức
    năng")?  Two groups then, not one (set 30: "Sở Công Thương, chính quyền địa phương và cơ quan liên quan"; set 18:
    "phối hợp với cơ quan chức năng, chính quyền địa phương").  So is a group of a level or class the gazetteer
    names, of four words or more, and after "và" the offices concerned ("Ủy ban nhân dân cấp tỉnh và cơ quan, tổ
    chức có liên quan", "các bộ, cơ quan ngang bộ và cơ quan có liên quan": set 31; "các bộ, ngành và tổ chức liên
    quan" stays one, set 7)."""
    def named(x: Mention) -> bool:
        k = key(x.mention)
        return x.method == "alias" and x.agency_id != "coll.other" and len(k.split()) >= 3 and not _GROUP_START.match(k)

    def formal(x: Mention) -> bool:     # "Ủy ban nhân dân cấp tỉnh", "các bộ, cơ quan ngang bộ": a level or a class
        k = key(x.mention)
        return x.method == "alias" and x.agency_id != "coll.other" and len(k.replace(",", " ").split()) >= 4

    qualified = bool(_QUAL_TAIL.search(key(m.mention)))
    return named(prev) and qualified or named(m) and bool(_QUAL_TAIL.search(key(prev.mention))) \
        or formal(prev) and qualified and and_between and _class_nouns(m, tail=True) \
        and _OFFICE_START.match(key(m.mention)) is not None


_ITEM_OPENS = regex.compile(r"(?:các|những)\s")     # a group with its own "các" is another item of the list


def _merge_same(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """Neighbouring mentions of one known group, joined by a comma or "và", are one mention (not a group that says
    what its members do: "các doanh nghiệp phân phối và các nhà cung cấp")."""
    return _fold_pairs(ms, lambda prev, m: _spanning(cell, prev, m) if (
        m.kind == prev.kind == "collective" and m.agency_id == prev.agency_id != "coll.other"
        and _GROUP_SOFT.fullmatch(cell.text[prev.end:m.start]) and not has_trait(prev.mention)
        and not _ITEM_OPENS.match(key(m.mention))) else None)


_JOINING = frozenset(_WORDS["joining_groups"])


_NOUN_LIST = regex.compile(r"(?:(?:các|những)\s+)?(?:" + _word_alt(_WORDS["class_noun_list"]) + r")"
                           r"(?:\s*(?:,|và)\s*(?:" + _word_alt(_WORDS["class_noun_list"]) + r"))*")


def _bodies_then_nouns(prev: Mention, m: Mention) -> bool:
    """People's Committees of a level, then nouns of any body ("Ủy ban nhân dân cấp xã, đơn vị có liên quan",
    "UBND cấp huyện, tổ chức hành nghề công chứng"): two groups, not the Committees of that level (sets 26-27, 32)."""
    return bool(_ubnd_level(key(prev.mention))) and _class_nouns(m, tail=True)


def _class_nouns(m: Mention, tail: bool = False) -> bool:
    """Is group *m* only nouns of any kind of body ("Tổ chức", "cơ quan, tổ chức"; with *tail* what they do may
    follow: "doanh nghiệp hoạt động trong lĩnh vực ...")?  Such nouns make one group with the next, whatever sector
    each would name alone ("Tổ chức, doanh nghiệp ...": set 30; sets 22, 29 read them so)."""
    k = key(m.mention)
    n = _NOUN_LIST.match(k)
    return n is not None and (n.end() == len(k) or tail and k[n.end()] == " ")


def _known_apart(prev: Mention, m: Mention, between: str) -> bool:
    """Two groups of two sectors, each one the gazetteer knows, joined by "và" or the first a single noun: the
    second's qualifier is its own ("chủ rừng, cơ quan liên quan", set 56; "Các bộ, ngành, địa phương và doanh nghiệp
    liên quan", set 40), not one a list of nouns shares ("Các bộ, ngành, địa phương, doanh nghiệp liên quan": one
    group, set 4)."""
    return "coll.other" not in (prev.agency_id, m.agency_id) \
        and ("và" in between or "," not in prev.mention)


def _two_known(prev: Mention, m: Mention) -> bool:
    """Two known groups of the state (joined by "và" or a comma) stay two ("Ủy ban nhân dân xã, phường và cơ quan
    thuế", "Ủy ban nhân dân cấp xã, cơ quan thuế"), unless one is a group that completes a list of others ("các Sở,
    ngành và địa phương": ``joining_groups``)."""
    return _sector(prev) == "state" and "coll.other" not in (prev.agency_id, m.agency_id) \
        and prev.agency_id != m.agency_id and not _JOINING & {prev.agency_id, m.agency_id}


# the level at a name's end, or before the province's name that ends it ("UBND tỉnh Ninh Bình": Thông báo 537/TB-VPCP
# 2025, set 37, "Tỉnh ủy, HĐND, UBND tỉnh Ninh Bình")
_LEVEL_TAIL = regex.compile(r"(?<![\p{L}\p{N}])(?<!(?:các|Các|CÁC)[ \t]+)(?:tỉnh|thành phố|Tỉnh|Thành phố|TỈNH|THÀNH PHỐ)"
                            r"(?=$|[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}$)")


_COMMA_ONLY = regex.compile(r"\s*,\s*")


def _shared_level(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"HĐND, UBND tỉnh": a body left without its level before a comma and a body with it takes that level.

    >>> [(m.mention, m.agency_id) for m in parse_agencies("- Tỉnh ủy, HĐND, UBND tỉnh Ninh Bình;").mentions][1]
    ('HĐND', 'dp.hoi_dong_nhan_dan_tinh')

    The body may close a longer piece of prose ("... của Hội đồng nhân dân, Ủy ban nhân dân tỉnh": set 36).

    >>> [m.mention for m in parse_agencies("rà soát văn bản của Hội đồng nhân dân, Ủy ban nhân dân tỉnh").mentions]
    ['Hội đồng nhân dân', 'Ủy ban nhân dân tỉnh']

    Before a group of People's Committees at its levels, the body is that group's council (or other body) at the
    same levels, a group: "HĐND, UBND các xã, phường" (the council had been dropped).

    >>> [(m.mention, m.agency_id, m.name) for m in parse_agencies("- HĐND, UBND các xã, phường;").mentions][0]
    ('HĐND', 'coll.other', 'HĐND các xã, phường')
    """
    for n, (a, b) in enumerate(left):
        nxt = next((m for m in ms if m.start >= b), None)
        if nxt is None or not _COMMA_ONLY.fullmatch(cell.text[b:nxt.start]):
            continue
        lv = _LEVEL_TAIL.search(nxt.mention)
        start, aid = _named_at_end(g, cell.text, a, b, lv.group()) if lv else (a, None)
        if aid:
            ms = sorted([*ms, _m(g, cell.text, start, b, aid, "pattern", 0.8)], key=lambda m: m.start)
            left[n] = (a, start)
        elif (levels := _levels_of_group(g, cell.text[a:b], nxt)) is not None:
            # "HĐND, UBND các xã, phường": the council of those levels too, a group as the committees are (set 51)
            name = f"{cell.text[a:b]} {levels}"
            ms = sorted([*ms, _m(g, cell.text, a, b, "coll.other", "pattern", 0.7, name=name)], key=lambda m: m.start)
            left[n] = (a, a)
    left[:] = [(a, b) for a, b in left if a < b]
    return ms


_WORD_START = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}")


def _named_at_end(g: _Gazetteer, text: str, a: int, b: int, level: str) -> tuple[int, str | None]:
    """Where in *text*[a:b] a body's name that *level* completes begins, the whole piece or its last capitalised words
    ("... văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh": the council, set 36), and its id;
    (a, None) when none."""
    for w in [a, *(x.start() for x in _WORD_START.finditer(text, a + 1, b))]:
        aid = g.alias.get(_squeeze_key(f"{text[w:b]} {key(level)}"))
        if aid:
            return w, aid
    return a, None


# a group of People's Committees, and the level word a body's name takes at its tier ("HĐND xã")
_COMMITTEE_GROUPS = {"coll.ubnd_cap_xa": "xã", "coll.ubnd_cap_huyen": "huyện", "coll.ubnd_cac_tinh": "tỉnh"}
_GROUP_LEVELS = regex.compile(r"(?<![\p{L}\p{N}])(?:các|cấp)[ \t]+\S.*$", regex.I)


def _levels_of_group(g: _Gazetteer, piece: str, nxt: Mention) -> str | None:
    """The levels ("các xã, phường") of a group of People's Committees *nxt* printed right after *piece*, a body's
    name alone that its tier's level word completes ("HĐND" of "HĐND xã"), or None."""
    tier = _COMMITTEE_GROUPS.get(nxt.agency_id or "")
    aid = tier and g.alias.get(_squeeze_key(f"{piece} {tier}"))
    lv = _GROUP_LEVELS.search(nxt.mention) if aid else None
    return lv.group() if lv and g.agencies[aid].kind != "collective" else None


def _ubnd_level(k: str) -> str | None:
    """The level of a group of People's Committees named by its units ("UBND các xã, phường, thị trấn")."""
    if not _UBND.match(k):
        return None
    levels = {_LEVELS[w] for w in _LEVEL_WORDS.findall(k)}
    return {frozenset("x"): "coll.ubnd_cap_xa", frozenset("h"): "coll.ubnd_cap_huyen",
            frozenset("xh"): "coll.ubnd_cac_cap"}.get(frozenset(levels))


_BELONGS = regex.compile(r"\s+(?:" + _word_alt(_WORDS["belongs_to"]) + r")\s+")


_AT_LEVEL = regex.compile(r"(?:" + _word_alt(["ở"]) + r"\s+)?" + _word_alt(["cấp"]) + r"\s+(?:"
                          + _word_alt(["xã", "tỉnh", "huyện", "cơ sở", "trung ương"]) + r")")
_LEVEL_LIST = regex.compile(r"[ \t]*(?:,|và|hoặc)[ \t]*")
_COMMUNE_LEVELS = regex.compile(_word_alt(_WORDS["commune_levels"]))
_LIST_LEVEL_END = regex.compile(r"(?<![\p{L}\p{N}])(?:(?:cấp\s+)?(?:" + _word_alt(_WORDS["commune_levels"]) + r")|cấp\s+(?:"
                                + _word_alt(["tỉnh", "huyện"]) + r"))$")


def _body_at_level(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A body named with a level after it ("MTTQ cấp xã", "Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã", "Ban Chỉ huy
    Phòng thủ dân sự cấp tỉnh, cấp xã") is every such body at that level: one group, not the body and a bare level (a
    provincial body with "cấp tỉnh" is that body, read as an alias variant: ``aliases._variants``).

    >>> [(m.mention, m.kind) for m in parse_agencies("UB MTTQ Việt Nam Thành phố, MTTQ cấp xã").mentions]
    [('UB MTTQ Việt Nam Thành phố', 'provincial_body'), ('MTTQ cấp xã', 'collective')]
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        bare = _COMMUNE_LEVELS.fullmatch(key(m.mention)) is not None      # "phường" after "..., xã,"
        if m.kind != "collective" or not (bare or _AT_LEVEL.fullmatch(key(m.mention))):
            return None
        gap = cell.text[prev.end:m.start]
        # a body named with its levels listed ("Trung tâm Phục vụ hành chính công xã, phường": Quyết định 3760/QĐ-UBND
        # of Nghệ An, 2025, set 48; "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã": set 6)
        listed = prev.kind not in ("collective", "province") and _LIST_LEVEL_END.search(key(prev.mention)) is not None
        leveled = prev.kind == "collective" and _AT_LEVEL.search(key(prev.mention)) is not None or listed
        if bare and not listed:
            return None
        if not (gap.strip() == "" and prev.kind not in ("collective", "commune_body") or leveled
                and _LEVEL_LIST.fullmatch(gap)) or g.alias.get(_squeeze_key(cell.text[prev.start:m.end])):
            return None     # "Trạm Y tế cấp xã", "Văn phòng HĐND - UBND cấp xã": a commune's body, read later
        text = cell.text[prev.start:m.end]         # "UBND 126 xã, phường": the communes' committees, counted
        aid = _ubnd_level(key(text)) if prev.kind == "unknown" else None
        return _m(g, cell.text, prev.start, m.end, aid or "coll.other", "pattern", 0.8,
                  name=fold(text))
    return _fold_pairs(ms, join)


_KINDS_OF_BODY = "(?:" + _word_alt(_WORDS["class_noun_list"]) + ")"
# a kind of body and a comma right before a group that opens with another kind ("phối hợp với cơ quan, | tổ chức, đơn
# vị có liên quan": Nghị định 155/2026/NĐ-CP, set 36 - the first kind was left in the sentence before it)
_KIND_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])" + _KINDS_OF_BODY + r"[ \t]*,[ \t]*$")
# (a state body's kind may say so: "cơ quan (quản lý) nhà nước có liên quan", "cơ quan chức năng liên quan": Nghị
# định 26/2026/NĐ-CP, Thông tư 13/2026/TT-BQP, set 49)
_RELATED = regex.compile(r"^(?:các\s+)?(?:(?:cơ quan|đơn vị|tổ chức)(?:\s+(?:quản lý\s+)?nhà nước|\s+chức năng)?"
                         r"(?:\s*,\s*|\s+và\s+|\s+))+(?:có\s+)?liên quan$")


def _kinds_listed_before(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group that opens with a kind of body takes the kinds listed right before it, that the sentence before had
    kept ("... hoặc phối hợp với cơ quan, tổ chức, đơn vị có liên quan", "Trách nhiệm của cơ quan, tổ chức, cá
    nhân"); kinds of state bodies and "có liên quan" are the related bodies' group (coll.co_quan_don_vi_lien_quan).

    >>> [(m.mention, m.agency_id) for m in parse_agencies("thực hiện hoặc phối hợp với cơ quan, tổ chức, đơn vị có liên quan áp dụng các biện pháp").mentions]
    [('cơ quan, tổ chức, đơn vị có liên quan', 'coll.co_quan_don_vi_lien_quan')]
    """
    out = []
    for m in ms:
        if m.kind == "collective" and _KIND_OPENS.match(key(m.mention)):
            start = m.start
            while (b := _KIND_BEFORE.search(cell.text, max(0, start - 20), start)) \
                    and _in_left(left, b.start(), b.start() + len(b.group().rstrip(" \t,"))):
                start = b.start()
            if start < m.start:
                _carve(cell, left, start, m.start)
                m = _respan(cell, m, start, m.end)
        if m.kind == "collective" and m.agency_id == "coll.other" and _RELATED.match(key(m.mention)):
            a = g.agencies["coll.co_quan_don_vi_lien_quan"]
            m = replace(m, agency_id=a.id, name=a.name, current_name=a.name)
        out.append(m)
    return out


_KIND_OPENS = regex.compile(_KINDS_OF_BODY + r"(?![\p{L}\p{N}])")


_OFFICE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:các[ \t]+)?cơ[ \t]+quan[ \t]+$", regex.I)
_SYSTEMS = ("government_agency", "ministry", "ministerial_agency")


def _system_offices(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A national system's name in small letters after "cơ quan" ("cơ quan bảo hiểm xã hội": Nghị định 188/2025 and
    233/2025/NĐ-CP, sets 34-36, read as the Bảo hiểm xã hội Việt Nam itself) names that system's offices, a group -
    as "cơ quan thuế", "cơ quan công an" are read.

    >>> [(m.mention, m.kind) for m in parse_agencies("phối hợp cùng cơ quan bảo hiểm xã hội xác định").mentions]
    [('cơ quan bảo hiểm xã hội', 'collective')]
    """
    out = []
    for m in ms:
        o = _OFFICE_BEFORE.search(cell.text, max(0, m.start - 12), m.start) \
            if m.kind in _SYSTEMS and m.mention[:1].islower() else None
        if o and (out and out[-1].end > o.start() and out[-1].start >= o.start() or _in_left(left, o.start(), m.start - 1)):
            if out and out[-1].start >= o.start():
                out.pop()       # the "cơ quan" read as a group of its own
            _carve(cell, left, o.start(), m.start)
            t = cell.text[o.start():m.end]
            m = _m(g, cell.text, o.start(), m.end, "coll.other", "pattern", 0.7, name=fold(t))
        out.append(m)
    return out

