"""Places inside names: districts and communes named after a body, zones of a management board, level suffixes
and numbered regions."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _fold_pairs, _m, _relink, _spanning
from normalize.agencies.patterns import _COMMUNE_END, _HEADS, _PLACE_NAME, _TWIN_STOPS


_LEVEL_END = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["level_words"]["district_body"]) + r")$")

_FORMER_PLACE = r"(?P<former>[ \t]+-[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*(?=[ \t]*(?:[,;.)\n]|$)))?"
_PLACE_WITH_FORMER = regex.compile(_PLACE_NAME.pattern + _FORMER_PLACE)


def _place_name(text: str, end: int) -> regex.Match | None:
    """The name after a level word, with the former district or city a 2025 commune is told apart by after a
    dash ("phường Xuân Hương - Đà Lạt", "xã Đinh Văn - Lâm Hà"), unless a body's head noun opens it.

    >>> _place_name("UBND phường Xuân Hương - Đà Lạt, Sở Y tế", 11).group(), _place_name("xã A - Sở Y tế", 2).group()
    (' Xuân Hương - Đà Lạt', ' A')
    """
    r = _PLACE_WITH_FORMER.match(text, end)
    if r is not None and r["former"] and _HEADS.match(key(r["former"].strip(" \t-"))):
        return _PLACE_NAME.match(text, end)
    return r


def _district_names(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A district body written with its district's name ("UBND huyện Đăk Hà"): the name is part of the mention;
    so is a commune's ("UBND xã Đàm Thủy" is that commune's People's Committee, not the group of communes).

    >>> [(m.mention, m.name) for m in parse_agencies("UBND huyện Đăk Hà").mentions]
    [('UBND huyện Đăk Hà', 'Ủy ban nhân dân huyện Đăk Hà')]
    >>> [(m.mention, m.kind) for m in parse_agencies("UBND phường Yên Bái").mentions]
    [('UBND phường Yên Bái', 'commune_body')]
    """
    out = []
    skip = set()
    for i, m in enumerate(ms):
        if i in skip:
            continue
        k = key(m.mention)
        commune = m.agency_id == "coll.ubnd_cap_xa" and _COMMUNE_END.search(k) and not _TWIN_STOPS.search(k)
        named = m.kind == "commune_body" and m.agency_id and _COMMUNE_END.search(k)   # "Ủy ban MTTQ xã Lương Minh"
        r = _place_name(cell.text, m.end) if (m.kind == "district_body" and _LEVEL_END.search(k)) or commune \
            or named else None
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if r and nxt is not None and nxt.kind == "province" and nxt.end <= r.end() \
                and not cell.text[m.end:nxt.start].strip():
            skip.add(i + 1)     # "UBND phường Yên Bái", "UBND phường Lào Cai": a ward named like a former province
            nxt = ms[i + 2] if i + 2 < len(ms) else None
        if r and (nxt is None or nxt.start >= r.end()):
            place = " " + fold(r.group())
            if commune:     # "UBND xã Đàm Thủy": that commune, not the communes
                base = _m(g, cell.text, m.start, m.end, "cx.ubnd_xa", "pattern", 0.8)
                m = replace(base, name=f"{base.name.rsplit(' ', 1)[0]} {k.rsplit(' ', 1)[-1]}",
                            current_name=f"{base.name.rsplit(' ', 1)[0]} {k.rsplit(' ', 1)[-1]}")
            m = replace(m, mention=cell.text[m.start:r.end()], end=r.end(), name=m.name + place,
                        current_name=m.current_name + place)
        out.append(m)
    return out


_REGION_NO = regex.compile(r"\s+(?:[IVXLC]+|\d{1,2})(?![\p{L}\p{N}])")

_ZB = _WORDS["zone_board"]
_ZONE = r"(?:các\s+)?(?:khu\s+)?(?:" + _word_alt([z.removeprefix("khu ") for z in _ZB["zones"]] + _ZB["zones"]) \
    + r")(?![\p{L}\p{N}])"     # "Khu chế xuất và công nghiệp": "khu" shared
_ZONE_BOARD = regex.compile(r"^(?:" + _word_alt(_ZB["head"]) + r")\s+" + _ZONE + r"(?:\s*(?:,|và)\s*" + _ZONE + r")*"
                            + r"(?:\s+(?:tỉnh|thành phố))?$")

_ZONE_TAIL = regex.compile(r"(?:\s*(?:,|và)?\s*" + _ZONE + r")+")


def _zone_tail(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """The zones board's name goes on over more zones written after it ("Ban Quản lý các Khu công nghiệp, khu
    kinh tế"): they are part of the mention.

    >>> [m.mention for m in parse_agencies("Ban Quản lý các Khu công nghiệp, khu kinh tế, Sở Tài chính").mentions]
    ['Ban Quản lý các Khu công nghiệp, khu kinh tế', 'Sở Tài chính']
    """
    out = []
    for i, m in enumerate(ms):
        t = _ZONE_TAIL.match(cell.text[m.end:].lower()) if m.agency_id == _ZB["id"] else None
        if t and (i + 1 == len(ms) or ms[i + 1].start >= m.end + t.end()):
            end = m.end + t.end()
            left[:] = [(a, b) for a, b in left if not (m.end <= a and b <= end)]
            m = replace(m, mention=cell.text[m.start:end], end=end)
        out.append(m)
    return out


_LEVEL_OF = {"commune_body": ("xã", "xa", "phường", "phuong"), "provincial_body": ("tỉnh", "tinh"),
             "district_body": ("huyện", "huyen")}


_LEVEL_NAMED = regex.compile(r"cấp\s+(\S+)")


def _level_suffix(ms: list[Mention], cell: _Cell) -> list[Mention]:
    """"cấp xã" right after a commune's body names its level, not the communes: part of the body's mention
    ("Văn phòng HĐND - UBND cấp xã", Kế hoạch 1026/KH-UBND 2025 of Nghệ An).

    >>> [m.mention for m in parse_agencies("Văn phòng HĐND - UBND cấp xã").mentions]
    ['Văn phòng HĐND - UBND cấp xã']
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        lv = _LEVEL_NAMED.fullmatch(key(m.mention))
        ok = lv and lv[1] in _LEVEL_OF.get(prev.kind, ()) and not cell.text[prev.end:m.start].strip()
        return _spanning(cell, prev, m) if ok else None
    return _fold_pairs(ms, join)


def _zone_board(g: _Gazetteer, m: Mention) -> Mention:
    """A board named by the economic zones it runs, in any order ("Ban Quản lý các khu công nghệ cao và khu công
    nghiệp"): the provincial zones board.

    >>> parse_agencies("Ban Quản lý các khu công nghệ cao và khu công nghiệp").mentions[0].agency_id
    'dp.ban_quan_ly_khu_cong_nghiep'
    """
    if m.kind != "unknown" or not _ZONE_BOARD.match(key(m.mention)):
        return m
    return _relink(g, m, _ZB["id"], "pattern", 0.8)


def _region_numbers(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """"Kho bạc Nhà nước khu vực" + "VI" (or an old name written so: "Chi cục Thuế khu vực XIII"), or + a province's
    bare name ("Chi cục Hải quan khu vực Lào Cai": held-out set 58): the region is part of the mention and the name,
    not a province's committee of its own."""
    if "khu vực" not in cell.k:
        return ms
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and _region_open(prev) and m.kind == "province" and bare_place(m) \
                and cell.text[prev.end:m.start].isspace():
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end, name=f"{prev.name} {m.mention}",
                              current_name=f"{prev.current_name} {m.mention}")
            continue
        r = _REGION_NO.match(cell.text, m.end) if _region_open(m) else None
        if r:
            m = replace(m, mention=cell.text[m.start:r.end()], end=r.end(), name=m.name + r.group(),
                        current_name=m.current_name + r.group())
        out.append(m)
    return out


def _region_open(m: Mention) -> bool:
    """Does known mention *m* end on "khu vực", the region still to be named?"""
    return bool(m.agency_id) and (key(m.name).endswith("khu vực") or key(m.mention).endswith("khu vực"))


_LEVEL_OR_HEAD = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(
    [w for ws in _WORDS["level_words"].values() for w in ws] + _WORDS["head_nouns"]) + r")(?![\p{L}\p{N}])")


def bare_place(mention: Mention) -> bool:
    """A province, district or commune named by its name alone, with no level word and no body's head noun: a
    place ("Hà Nội" in a column of course venues), which a lead column may print, but which tells nothing of a
    column's role by itself.

    >>> from normalize.agencies import parse_agencies
    >>> [bare_place(m) for m in parse_agencies("Hà Nội, Tỉnh Lâm Đồng, UBND huyện Đăk Hà, Tp.HCM").mentions]
    [True, False, False, False]
    """
    return mention.kind in ("province", "district_body", "commune_body") and not _LEVEL_OR_HEAD.search(key(mention.mention))


# a capitalised word of a name right before a province's name, the text before it still inside a sentence (a letter,
# a digit or a joining dash; not the cell's start, a list mark or a clause's punctuation)
_NAME_WORD_BEFORE = regex.compile(r"(?<=[\p{L}\p{N}][ \t]+(?:[-–][ \t]+)?)\p{Lu}\p{Ll}[\p{Ll}\p{M}]*[ \t]+$")


def inside_longer_name(cell: _Cell, m: Mention, ms: list[Mention]) -> bool:
    """A bare province name that goes on a capitalised word of the sentence no mention holds is part of a longer
    proper name, not the province: "Diễn đàn hợp tác kinh tế châu Á - Thái Bình Dương (APEC)" names the Pacific,
    not Bình Dương (held-out set 60).  A level or head word before it ("Tỉnh Bình Dương", "Sở ...") is no such word,
    nor is the first word of a clause ("Tại Bình Dương").

    >>> from normalize.agencies import parse_agencies
    >>> [m.mention for m in parse_agencies("Diễn đàn hợp tác kinh tế châu Á - Thái Bình Dương (APEC)").mentions]
    []
    >>> [m.mention for m in parse_agencies("Sở Tài chính, Bình Dương và Thái Bình").mentions]
    ['Sở Tài chính', 'Bình Dương', 'Thái Bình']
    """
    if m.kind != "province" or not bare_place(m):
        return False
    w = _NAME_WORD_BEFORE.search(cell.text, max(0, m.start - 40), m.start)
    if w is None or _LEVEL_OR_HEAD.fullmatch(key(w.group().strip())):
        return False
    return not any(o.start < m.start and w.start() < o.end for o in ms)
