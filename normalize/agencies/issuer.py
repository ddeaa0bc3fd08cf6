"""The issuer of the decision: a generic body is the issuing province's, ministry's or commune's own; twins named
at a level."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.model import AgencyParse, Mention
from normalize.agencies.words import _squeeze_key, _word_alt, _WORDS
from normalize.agencies.cell import _Cell, _left_after
from normalize.agencies.gazetteer import _Gazetteer, _provinces_at_end
from normalize.agencies.mentions import _m, _with_province
from normalize.agencies.patterns import (_COMMUNE_END, _KIND_BY_HEAD, _KIND_HEADS, _PROVINCE_LEVEL, _TWIN_STOPS, _TWINS,
                                         _UNIT_HEADS)


def _level_twins(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A national body followed by a bare "tỉnh" or "thành phố" is the province's twin ("Mặt trận Tổ quốc Việt Nam
    tỉnh", Kế hoạch 0124/KH-UBND 2025 of Đắk Lắk); with the issuing province it is that province's.

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Mặt trận Tổ quốc Việt Nam tỉnh và các hội").mentions][:1]
    [('Mặt trận Tổ quốc Việt Nam tỉnh', 'dp.uy_ban_mttq_tinh')]
    """
    out = []
    for m in ms:
        twin = _TWINS["province"].get(m.agency_id or "")
        piece = _left_after(cell, left, m.end) if twin else None
        if piece and key(cell.text[piece[0]:piece[1]]) in ("tỉnh", "thành phố", "tinh", "thanh pho"):
            left.remove(piece)
            m = _m(g, cell.text, m.start, piece[1], twin, "pattern", 0.8)
        out.append(m)
    return out


def _bracketed_twins(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A body's own short name in brackets right after it ("Liên đoàn Thương mại và Công nghiệp Việt Nam
    (VCCI)") names it once more: one mention (the abbreviation joins it in :func:`_with_abbreviation`).

    >>> [m.mention for m in parse_agencies("UBND tỉnh Lâm Đồng và Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)").mentions]
    ['UBND tỉnh Lâm Đồng', 'Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)']
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (prev is not None and m.agency_id and m.agency_id == prev.agency_id
                and regex.fullmatch(r"\s*\(\s*", cell.text[prev.end:m.start]) and cell.text[m.end:].lstrip().startswith(")")):
            continue
        out.append(m)
    return out


_TWIN_SCOPE = {"ministry": "central", "ministerial_agency": "central", "central_body": "central",
               "government_agency": "central"}


def _level_named(k: str, own: str) -> bool:
    """Does a mention name its level or a group ("tỉnh", "trung ương", "Việt Nam", "các ...") with words that are not
    its own name's ("các" is in "Liên hiệp các Hội Khoa học và Kỹ thuật")?

    >>> _level_named("liên hiệp các hội khoa học và kỹ thuật", "liên hiệp các hội khoa học và kỹ thuật việt nam")
    False
    >>> _level_named("hội nông dân việt nam", "hội nông dân việt nam"), _level_named("các hội", "hội nông dân")
    (True, True)
    """
    words = set(own.split()) - {"việt", "nam", "viet"}
    return any(not set(m.group().split()) <= words for m in _TWIN_STOPS.finditer(k) if m.group().strip(",/;"))


_PROVINCE_WORD = regex.compile(r"(?<![\p{L}])(?:tỉnh|thành phố|tp|huyện|quận|trung ương|tw)(?![\p{L}])")
_BARE_COMMITTEE = frozenset(("ubnd", "ủy ban nhân dân", "uỷ ban nhân dân"))

_SAME_LEVEL = regex.compile(r"\s+cùng cấp$")


def _commune_own(g: _Gazetteer, m: Mention, text: str, method: str) -> Mention:
    """A body named bare in a commune's document ("Thường trực HĐND", "UBND", "Đảng ủy", "VP Đảng uỷ") is the
    commune's own when "<name> xã" is a commune body of the gazetteer.

    >>> m = parse_agencies("Thường trực HĐND", issuer="ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH").mentions[0]
    >>> m.agency_id
    'cx.hdnd_xa'
    """
    k = _SAME_LEVEL.sub("", key(m.mention))         # "Ủy ban nhân dân cùng cấp": the commune's, here
    if m.kind == "commune_body" and m.agency_id or _PROVINCE_WORD.search(k) or _COMMUNE_END.search(k):
        return m
    own = _commune_alias(g, k)
    if own is None:
        return m
    return replace(_m(g, text, m.start, m.end, own, method, max(m.score, 0.8)), method=method)


def _commune_alias(g: _Gazetteer, k: str) -> str | None:
    """The commune body "<k> xã" names (a group of communes' twin taken: "UBND xã" is the commune's here)."""
    own = g.alias.get(_squeeze_key(f"{k} xã"))
    own = _TWINS.get("commune_body", {}).get(own or "", own)
    return own if own is not None and g.agencies[own].kind == "commune_body" else None


_SHARED_GAP = regex.compile(r"[ \t]*(?:,|và)[ \t]*")
_COMMUNE_WORD = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["commune_levels"]) + r")(?![\p{L}\p{N}])")


_OWN_HEAD = regex.compile(r"(?<![\p{L}\p{N}])(?<!(?:[Cc]ác|[Nn]hững|[Mm]ỗi|[Tt]ừng)\s+)(?P<h>Bộ|Sở)(?=\s*$|\s*[,;.)]|\s+(?!phận|đội|tư lệnh|chỉ huy|trưởng|máy)"
                          r"\p{Ll})")


def _bare_heads(text: str, ms, spans, head: str) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Where *head* ("Bộ", "Sở") stands bare: the mentions read as a group of that one word ("Lãnh đạo Bộ;" ends its
    item) and the spans of the word before small letters in the left-over pieces *spans* ("trình Sở phê duyệt")."""
    groups = [m for m in ms if m.kind == "collective" and m.mention == head]
    return groups, [(h.start(), h.end()) for a, b in spans for h in _OWN_HEAD.finditer(text, a, b) if h["h"] == head]


def _issuer_by_head(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list, issuer: str) -> list[Mention]:
    """In a ministry's own document the bare head "Bộ" before words in small letters is that ministry: "lãnh đạo Bộ",
    "trình Bộ phê duyệt" (a department's own "Sở": :func:`_department_own`).

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Lãnh đạo Bộ phê duyệt", issuer="BỘ TÀI CHÍNH").mentions]
    [('Bộ', 'bo.tai_chinh')]
    >>> [(m.mention, m.agency_id) for m in parse_agencies("- Lãnh đạo Bộ (b/c);", issuer="BỘ TÀI CHÍNH").mentions]
    [('Bộ', 'bo.tai_chinh')]
    """
    iss = g.agencies[issuer]
    if iss.kind not in ("ministry", "ministerial_agency") or not iss.name.startswith("Bộ "):
        return ms
    groups, spans = _bare_heads(cell.text, ms, left, "Bộ")

    def ministry(a: int, b: int) -> Mention:
        return replace(_m(g, cell.text, a, b, issuer, "pattern", 0.8), method="pattern")

    own = [ministry(m.start, m.end) if m in groups else m for m in ms]
    return sorted([*own, *(ministry(a, b) for a, b in spans)], key=lambda m: m.start)


def _commune_pieces(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Left-over pieces of a commune's document that name one of its bodies bare ("Thường trực HĐND", "MTTQ"):
    those bodies."""
    return _own_pieces(g, cell, ms, left, lambda k: _commune_alias(g, k))


def _province_pieces(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list, issuer: str) -> list[Mention]:
    """Left-over pieces of a province's document that name one of its governing bodies bare ("- Thường trực HĐND,
    UBND, UB MTTQVN TP;", "Thường trực: Thành ủy, HDND": a Nghị quyết of the HĐND Thành phố Hà Nội, 2025, set 48):
    the province's, as "<piece> tỉnh" names it.

    >>> [(m.mention, m.agency_id) for m in parse_agencies("- Thường trực HĐND, UBND;", issuer="UBND TỈNH NGHỆ AN").mentions]
    [('Thường trực HĐND', 'dp.hoi_dong_nhan_dan_tinh'), ('UBND', 'prov.nghe_an')]
    """
    def own(k: str) -> str | None:
        aid = g.alias.get(_squeeze_key(f"{k} tỉnh"))
        return aid if aid is not None and g.agencies[aid].kind == "provincial_body" else None

    def alone(a: int, b: int) -> bool:
        """Not glued to a word before ("Đoàn ĐBQH&HĐND", "TT. HĐND") and not sharing the level of a group of
        communes after it ("Thường trực HĐND, UBND các xã, phường": the communes')."""
        before = cell.text[:a].rstrip()
        nxt = next((m for m in ms if m.start >= b), None)
        shared = nxt is not None and nxt.kind == "collective" and _SHARED_GAP.fullmatch(cell.text[b:nxt.start]) \
            and _COMMUNE_WORD.search(key(nxt.mention)) is not None
        return (not before or before[-1] in ",;:-–(\n+") and not shared
    return _own_pieces(g, cell, ms, left, own, alone)


def _own_pieces(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list, own_of, alone=None) -> list[Mention]:
    """The left-over pieces that *own_of* (a piece's key -> the issuer's own body) reads as a body, those bodies
    (only the pieces *alone* keeps, given their text span)."""
    new = []
    for a, b in list(left):
        t = cell.text[a:b].strip(" ,;.")
        ta = a + len(cell.text[a:b]) - len(cell.text[a:b].lstrip(" ,;."))
        own = own_of(key(t)) if t[:1].isupper() and len(t.split()) <= 6 \
            and (alone is None or alone(ta, ta + len(t))) else None
        if own is not None:
            left.remove((a, b))
            new.append(replace(_m(g, cell.text, ta, ta + len(t), own, "pattern", 0.8), method="pattern"))
    return sorted([*ms, *new], key=lambda m: m.start) if new else ms


_PLACE_NAME = regex.compile(r"(?:tỉnh|thành phố)\s+(?P<n>.+)$")


def _province_initials(g: _Gazetteer, cell: _Cell, ms: list[Mention], issuer: str) -> list[Mention]:
    """The issuing province written by its initials right after one of its bodies ("- Báo và Phát thanh - Truyền
    hình NA;" in a Nghệ An decision, 2025, set 46): part of that body's name, no unknown body of its own.

    >>> [m.mention for m in parse_agencies("- Báo và Phát thanh - Truyền hình NA;", issuer="UBND TỈNH NGHỆ AN").mentions]
    ['Báo và Phát thanh - Truyền hình NA']
    """
    name = _PLACE_NAME.search(g.agencies[issuer].name)
    initials = "".join(w[0] for w in name["n"].split()).upper() if name else ""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if initials and len(initials) > 1 and m.agency_id is None and m.mention == initials and prev is not None \
                and prev.agency_id and g.agencies[prev.agency_id].takes_province \
                and not cell.text[prev.end:m.start].strip():
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end)
            continue
        out.append(m)
    return out


def _level_head(k: str) -> bool:
    """Does key *k* open with a head whose kind is the issuer's level ("Ban Chỉ đạo", "Tổ công tác", "Hội đồng":
    ``kind_by_head`` "level"), no ministry's unit: a Ban Chỉ đạo named in a Thông báo of the Văn phòng Chính phủ is
    the Government's, not the Văn phòng's (set 37)?"""
    h = _KIND_HEADS.match(k)
    return h is not None and _KIND_BY_HEAD[h.group()] == "level"


def _for_issuer(g: _Gazetteer, m: Mention, issuer: str, text: str, placed: bool = False) -> Mention:
    """A generic provincial body in a province's decision is that province's; a ministry's own unit is its.  In a
    central text, a provincial body is every province's (a group) unless the cell names one province (*placed*:
    "Tỉnh ủy, HĐND, UBND tỉnh Ninh Bình" in a Thông báo of the Văn phòng Chính phủ, set 37)."""
    iss = g.agencies[issuer]
    method = "fuzzy" if m.method == "fuzzy" else "pattern"  # a near miss stays one when its province is known
    twin = _TWINS.get(_TWIN_SCOPE.get(iss.kind, iss.kind), {}).get(m.agency_id or "")
    central = _TWIN_SCOPE.get(iss.kind) == "central"
    if twin and central and (placed or any(_provinces_at_end(g, key(m.mention).split(), before=1))):
        twin = None         # ("Tỉnh ủy Quảng Ngãi" in a Công văn of the Văn phòng Chính phủ: that province's, set 42)
    if twin and not central and key(m.mention) == key(g.agencies[m.agency_id].name):
        twin = None         # the national body's full name ("Bộ Tư lệnh Bộ đội Biên phòng") names it, wherever printed
    if twin and (central or not _level_named(key(m.mention), key(g.agencies[m.agency_id].name))) \
            and not (iss.kind == "commune_body" and _PROVINCE_WORD.search(key(m.mention))):
        # "Hội nông dân" in a province's list: the province's ("Ủy ban MTTQ tỉnh" stays the province's)
        m = _m(g, text, m.start, m.end, twin, method, m.score)
    if iss.kind == "commune_body":
        return _commune_own(g, m, text, method)
    if iss.kind == "province" and (key(m.mention) in _BARE_COMMITTEE or m.agency_id == "coll.ubnd_cac_tinh"
                                   and _PROVINCE_LEVEL.search(key(m.mention))):
        # "trình ... UBND phê duyệt", "Ủy ban nhân dân cấp tỉnh" in a province's own text: the issuer
        return replace(_m(g, text, m.start, m.end, issuer, "pattern", 0.8), method="pattern")
    if iss.kind == "province":
        own = g.alias.get(_squeeze_key(f"{m.mention} tỉnh")) if m.kind == "unknown" else None
        if own and g.agencies[own].takes_province:      # "Liên đoàn Lao động" in a province's plan: the province's
            return _with_province(g, g.agencies[own], iss, m, m.start, m.end, text, "pattern")
        if m.agency_id == "dp.ubnd_tinh":
            return replace(_m(g, text, m.start, m.end, issuer, method, m.score), method=method)
        body = g.agencies.get(m.agency_id) if m.agency_id else None
        if body is not None and body.takes_province and m.name == body.name:
            return _with_province(g, body, iss, m, m.start, m.end, text, method)
        return m
    if iss.kind == "district_body":
        own = _district_own(g, m)
        if own is not None:
            return replace(_m(g, text, m.start, m.end, own, "pattern", 0.8), method="pattern")
    if m.kind == "unknown" and iss.kind != "central_body" and _UNIT_HEADS.match(key(m.mention)) \
            and not _level_head(key(m.mention)):
        return replace(m, kind="sub_unit", method="pattern", score=0.7, parent=iss.name)
    if m.kind == "sub_unit" and m.agency_id is None and m.parent is None and iss.kind != "central_body":
        return replace(m, parent=iss.name)  # a unit a list named by its head ("Các Vụ: NSNN; KTN" in a ministry's text)
    return m


# the district's committee named after its unit ("phòng Nội vụ UBND thị xã"): the unit is the district's
_OF_DISTRICT = regex.compile(r"\s+(?:thuộc\s+)?(?:ubnd|ủy ban nhân dân)\s+(?:huyện|quận|thị xã|thành phố)$")


def _district_own(g: _Gazetteer, m: Mention) -> str | None:
    """The district's department a unit names in a district's own text ("phòng Nội vụ", "phòng Tài chính – Kế hoạch",
    "phòng Nội vụ UBND thị xã" in a plan of the UBND thị xã Bỉm Sơn, 2024, set 62): the entry named so with
    "huyện" after it.

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Giao phòng Nội vụ UBND thị xã tham mưu, theo dõi việc bàn giao",
    ...                                                    issuer="UBND thị xã Bỉm Sơn").mentions]
    [('phòng Nội vụ UBND thị xã', 'dh.phong_noi_vu')]
    """
    if m.agency_id is not None or m.kind not in ("unknown", "sub_unit") or not _UNIT_HEADS.match(key(m.mention)):
        return None
    name = _OF_DISTRICT.sub("", key(m.mention))
    own = g.alias.get(_squeeze_key(f"{name} huyện"))
    return own if own is not None and g.agencies[own].kind == "district_body" else None


def _issuing_department(g: _Gazetteer, issuer_mentions: tuple[Mention, ...]) -> str | None:
    """The province's department that issued the text, from the mentions of its letterhead ("UBND TỈNH HẢI DƯƠNG /
    SỞ THÔNG TIN VÀ TRUYỀN THÔNG"): the first "Sở ..." there (None when the letterhead names none)."""
    return next((m.agency_id for m in issuer_mentions if m.agency_id and m.kind == "provincial_body"
                 and g.agencies[m.agency_id].name.startswith("Sở ")), None)


_OWN_UNIT = regex.compile(r"\s+Sở$")


def _bare_unit(m: Mention, text: str, parent: str) -> Mention:
    """A unit's head alone, capitalised ("Giao Văn phòng báo cáo ...", "Giao Văn phòng, trong báo cáo ..."), in a
    department's text: the department's unit of that name (the words after a comma are left out)."""
    k = key(m.mention)
    h = _UNIT_HEADS.match(k)
    if h is None or not (h.end() == len(k) or k[h.end()] == ","):
        return m
    end = m.start + len(text[m.start:m.end][:h.end()])
    return replace(m, mention=text[m.start:end], end=end, name=text[m.start:end], current_name=text[m.start:end],
                   kind="sub_unit", method="pattern", score=0.7, parent=parent)


def _department_own(g: _Gazetteer, parse: AgencyParse, text: str, own: str, province: str | None) -> AgencyParse:
    """In a department's own text, the bare head "Sở" before words in small letters is that department ("lãnh đạo
    Sở", "tham mưu Giám đốc Sở báo cáo": Kế hoạch of the Sở Thông tin và Truyền thông Hải Dương, set 38), and a unit
    head with "Sở" after it ("Văn phòng Sở", "Thanh tra Sở") is its unit.

    >>> p = parse_agencies("Lãnh đạo Sở; Thanh tra Sở", issuer="UBND TỈNH HẢI DƯƠNG SỞ TƯ PHÁP")
    >>> [(m.mention, m.kind, m.agency_id, m.parent) for m in p.mentions]   # doctest: +NORMALIZE_WHITESPACE
    [('Sở', 'provincial_body', 'dp.so_tu_phap', 'Ủy ban nhân dân tỉnh Hải Dương'),
     ('Thanh tra Sở', 'sub_unit', None, 'Sở Tư pháp tỉnh Hải Dương')]
    >>> [m.agency_id for m in parse_agencies("trình Sở phê duyệt", issuer="UBND TỈNH HẢI DƯƠNG SỞ TƯ PHÁP").mentions]
    ['dp.so_tu_phap']
    >>> [(m.mention, m.kind) for m in parse_agencies("Giao Văn phòng, trong báo cáo", issuer="UBND TỈNH HẢI DƯƠNG SỞ TƯ PHÁP").mentions]
    [('Văn phòng', 'sub_unit')]
    >>> [m.mention for m in parse_agencies("Các Sở, ngành: Xây dựng", issuer="UBND TỈNH HẢI DƯƠNG SỞ TƯ PHÁP").mentions]
    ['Xây dựng']
    """
    body = g.agencies[own]
    prov = g.agencies[province] if province in g.agencies and g.agencies[province].kind == "province" else None

    def department(a: int, b: int) -> Mention:
        m = _m(g, text, a, b, own, "pattern", 0.8)
        return replace(_with_province(g, body, prov, m, a, b, text, "pattern") if prov else m, method="pattern")

    name = department(0, 0).name        # "Sở Tư pháp tỉnh Hải Dương": the parent of its units
    groups, spans = _bare_heads(text, parse.mentions, parse.leftover_spans, "Sở")
    ms = [replace(m, kind="sub_unit", method="pattern", score=0.7, parent=name)
          if m.kind == "unknown" and _UNIT_HEADS.match(key(m.mention)) and _OWN_UNIT.search(m.mention) else
          _bare_unit(m, text, name) if m.kind == "unknown" and m.mention[:1].isupper() else
          department(m.start, m.end) if m in groups else m
          for m in parse.mentions]
    new = [department(a, b) for a, b in spans]
    if not new and ms == list(parse.mentions):
        return parse
    return replace(parse, mentions=tuple(sorted([*ms, *new], key=lambda m: m.start)))
