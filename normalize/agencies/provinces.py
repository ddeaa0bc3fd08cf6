"""Provinces: a province written after a body (the body is that province's), level places, every province or
commune, ambiguous province names, provincial media."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import ascii_key, key
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _squeeze_key, _WORDS
from normalize.agencies.cell import _Cell, _left_before
from normalize.agencies.aliases import _LEVEL_START
from normalize.agencies.gazetteer import _Gazetteer, _provinces_at_end
from normalize.agencies.mentions import _fold_pairs, _m, _with_province
from normalize.agencies.enterprises import _firm
from normalize.agencies.patterns import _LEVEL_WORD_END, _PLACE_NAME, _TWINS


_AMBIGUOUS = {key(n): i for n, i in _WORDS["ambiguous_provinces"].items()}
_AMBIGUOUS.update({ascii_key(n): i for n, i in _WORDS["ambiguous_provinces"].items()})


def _level_places(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A provincial body whose name ends with its level word, then the province's own name ("Công an thành phố
    Hồ Chí Minh": the city's police, not "Công an thành phố" and a lost "Hồ Chí Minh").

    >>> [(m.mention, m.parent) for m in parse_agencies("Công an thành phố Hồ Chí Minh").mentions]
    [('Công an thành phố Hồ Chí Minh', 'Ủy ban nhân dân thành phố Hồ Chí Minh')]
    """
    out: list[Mention] = []
    for i, m in enumerate(ms):
        body = g.agencies.get(m.agency_id) if m.agency_id else None
        lv = _LEVEL_WORD_END.search(key(m.mention)) if body is not None and body.takes_province else None
        r = _PLACE_NAME.match(cell.text, m.end) if lv else None
        nxt = ms[i + 1].start if i + 1 < len(ms) else len(cell.text)
        prov = g.alias.get(key(f"{lv.group()}{r.group()}")) if r and r.end() <= nxt else None
        if prov and g.agencies[prov].kind == "province":
            joined = _with_province(g, body, g.agencies[prov], m, m.start, r.end(), cell.text)
            m = replace(joined, score=m.score)
        out.append(m)
    return out


def _attach_provinces(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """"Sở Tài chính" + "tỉnh Lào Cai" written next to each other make one mention; so do a national body whose
    province has its own ("Mặt trận Tổ quốc Việt Nam" + "tỉnh Đồng Nai": the province's committee), and a company
    and the province of its unit ("VNPT Lâm Đồng": an enterprise, the company its parent).

    >>> parse_agencies("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai").mentions[0].agency_id
    'dp.tinh_doan'
    >>> [m.mention for m in parse_agencies("Theo nhận định của Đài Khí tượng Thủy văn Quảng Ngãi, diễn biến thiên tai",
    ...                                    issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI").mentions]
    ['Đài Khí tượng Thủy văn Quảng Ngãi']
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        body = g.agencies.get(prev.agency_id) if prev is not None and prev.agency_id else None
        twin = _TWINS["province"].get(body.id) if body is not None and m.kind == "province" \
            and regex.match(r"(?:tỉnh|thành phố|tp\.?)\s", key(m.mention)) else None
        if body is not None and m.kind == "province" and prev.method == "repaired" and not twin:
            twin = g.alias.get(_squeeze_key(f"{key(prev.mention)} tỉnh"))    # "Công an" + "TP Hồ Chí Minh": its police
            twin = twin if twin and g.agencies[twin].takes_province else None
        if twin:
            body, prev = g.agencies[twin], replace(prev, name=g.agencies[twin].name)
        if (body is not None and body.takes_province and prev.name == body.name and m.kind == "province"
                and m.agency_id and cell.text[prev.end:m.start].strip() == ""):
            joined = _with_province(g, body, g.agencies[m.agency_id], prev, prev.start, m.end, cell.text)
            out[-1] = replace(joined, score=min(prev.score, m.score))
        elif (body is not None and body.takes_province and m.kind == "province" and m.agency_id
              and cell.text[prev.end:m.start].strip() == "" and key(m.mention) in key(prev.name)):
            # already that province's (the issuer's): the name printed after it is part of the mention ("Đài Khí
            # tượng Thủy văn Quảng Ngãi" in a Quảng Ngãi plan, set 40)
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end)
        elif (body is not None and body.kind == "enterprise" and m.kind == "province" and m.agency_id
              and cell.text[prev.end:m.start] == " "):    # "VNPT Lâm Đồng": the company's unit in the province
            name = fold(cell.text[prev.start:m.end])
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end, agency_id=None, name=name,
                              current_name=name, method="pattern", score=0.7, parent=body.name)
        elif (prev is not None and prev.agency_id is None and _firm(prev) and m.kind == "province"
              and cell.text[prev.end:m.start] == " "):    # "Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng": its name
            name = fold(cell.text[prev.start:m.end])
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end, name=name, current_name=name)
        elif prev is not None and _placeable(prev) and m.kind == "province" and m.agency_id \
                and cell.text[prev.end:m.start] == " " and _LEVEL_FIRST.match(key(m.mention)):
            out[-1] = _of_province(g, cell, prev, m)
        else:
            out.append(m)
    return out


_LEVEL_FIRST = regex.compile(r"(?:tỉnh|thành phố|tp\.?)\s")
# what a group's words hold and one body's name does not: a plural, a level, a list, a body it belongs to, a government
_PLURAL_OR_LEVEL = regex.compile(r"[,;(/]|(?<![\p{L}])(?:các|những|mọi|cấp|thuộc|của)(?![\p{L}])"
                                 r"|^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân)(?![\p{L}])")


def _placeable(m: Mention) -> bool:
    """A body no entry names, or a group, that a province's name written right after it may belong to."""
    return m.agency_id is None and m.kind in ("unknown", "provincial_body") or m.kind == "collective"


def _named_class(m: Mention) -> bool:
    """A group's words written as one body's name: capitalised past the head, singular, with no level ("Hiệp hội
    Doanh nghiệp", not "hiệp hội doanh nghiệp", "các Hiệp hội", "UBND cấp xã", "Sở, ban, ngành Thành phố" or "Đơn
    vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố")."""
    words = m.mention.split()
    return len(words) > 2 and words[0][:1].isupper() and any(w[:1].isupper() for w in words[2:]) \
        and not _PLURAL_OR_LEVEL.search(key(m.mention))


_PROVINCE_LEVEL_END = regex.compile(r"(?<![\p{L}])(?:tỉnh|thành phố)$")


def _named_group_of_province(m: Mention) -> Mention:
    """A group's words written as one body's name and ending with the province's level ("Hiệp hội Doanh nghiệp
    tỉnh", "Hiệp hội DN tỉnh": Bình Thuận's letters of 2025, set 55) are the province's body of that name, by pattern.

    >>> [(m.mention, m.kind) for m in parse_agencies("Hiệp hội Doanh nghiệp tỉnh tổ chức đại hội").mentions]
    [('Hiệp hội Doanh nghiệp tỉnh', 'provincial_body')]
    """
    if m.kind != "collective" or not _named_class(m) or not _PROVINCE_LEVEL_END.search(key(m.mention)):
        return m
    return replace(m, agency_id=None, kind="provincial_body", name=fold(m.mention), current_name=fold(m.mention),
                   method="pattern", score=min(m.score, 0.7))


def _of_province(g: _Gazetteer, cell: _Cell, m: Mention, place: Mention) -> Mention:
    """*m* with the province printed right after it: one mention ("Hội Thiện nguyện ... tỉnh Lâm Đồng", "UBND cấp xã
    tỉnh Cao Bằng", "các tổ chức chính trị - xã hội tỉnh Lào Cai": held-out sets 48, 52, 55 label every such place
    with its body).  A group named as one body ("Hiệp hội Doanh nghiệp tỉnh Bình Thuận", set 55) is that province's
    body, by pattern.

    >>> [(m.mention, m.kind) for m in parse_agencies("Hiệp hội Doanh nghiệp tỉnh Bình Thuận").mentions]
    [('Hiệp hội Doanh nghiệp tỉnh Bình Thuận', 'provincial_body')]
    """
    text = cell.text[m.start:place.end]
    if m.kind == "collective" and not _named_class(m):
        name = fold(text) if m.agency_id in (None, "coll.other") else m.name
        return replace(m, mention=text, end=place.end, name=name, current_name=name)
    return replace(m, mention=text, end=place.end, agency_id=None, kind="provincial_body", name=fold(text),
                   current_name=fold(text), parent=g.agencies[place.agency_id].name, method="pattern",
                   score=min(m.score, 0.7))


_EVERY_PROVINCE = regex.compile(r"\s*(?:của\s+)?(?:các\s+)?(?:tỉnh|thành phố|tp)\s*[,/]\s*(?:thành phố|thành|tp)\.?"
                                r"(?:\s+trực thuộc\s+(?:trung ương|tw|tư))?(?![\p{L}\p{N}])", regex.I)
_EVERY_COMMUNE = regex.compile(r"\s+các\s+(?:xã|phường|đặc khu|thị trấn)(?:\s*[,/]\s*(?:xã|phường|đặc khu|thị trấn))*"
                               r"(?![\p{L}\p{N}])", regex.I)    # "TTPVHCC các xã, phường": every commune's centre
_PLURAL_IN = regex.compile(r"(?<![\p{L}])các(?![\p{L}])", regex.I)
_TAIL_PROVINCE = regex.compile(r"\s(?:tỉnh|thành phố|tp)$", regex.I)


def _every_province(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A province's department or branch before "tỉnh, thành phố (trực thuộc TƯ)" is that body named as a kind
    ("Thống kê tỉnh, thành phố": its id, as a bare "Sở Tư pháp"; the labels of sets 9, 19, 20 and 22; set 13 reads
    one such a group), and before "các tỉnh, thành phố" every province's, one group ("Sở Y tế các tỉnh, thành phố trực
    thuộc Trung ương", with a "các" before it taken in); a body before "các xã, phường" is every commune's ("TTPVHCC
    các xã, phường").

    >>> [(m.mention, m.kind) for m in parse_agencies("Thủ trưởng các Sở Y tế các tỉnh, thành phố trực thuộc TƯ").mentions]
    [('các Sở Y tế các tỉnh, thành phố trực thuộc TƯ', 'collective')]
    """
    out: list[Mention] = []
    for m in ms:
        body = g.agencies.get(m.agency_id) if m.agency_id else None
        if out and out[-1].agency_id == "coll.ubnd_cac_tinh" and out[-1].end == m.end:
            continue
        tail = _TAIL_PROVINCE.search(m.mention)
        start = m.end - len(tail.group()) if tail else m.end
        r = _EVERY_PROVINCE.match(cell.text, start) if body is not None and body.takes_province else None
        kind_named = r is not None and _PLURAL_IN.search(r.group()) is None     # "tỉnh, thành phố", no "các"
        r = r or (_EVERY_COMMUNE.match(cell.text, m.end) if m.kind not in ("collective", "province") else None)
        if r is None or r.end() <= m.end:
            out.append(m)
            continue
        a = m.start - 4 if cell.text[max(0, m.start - 4):m.start].lower() == "các " else m.start
        if a == m.start and kind_named:     # "Thống kê tỉnh, thành phố": the provincial body, named as a kind
            out.append(replace(m, mention=cell.text[m.start:r.end()], end=r.end(), method="pattern", score=0.8))
        else:               # "các Sở Y tế các tỉnh, thành phố", "Sở Xây dựng các tỉnh": every such body, a group
            out.append(replace(m, mention=cell.text[a:r.end()], start=a, end=r.end(), agency_id="coll.other",
                               name=fold(cell.text[a:r.end()]), kind="collective",
                               current_name=fold(cell.text[a:r.end()]), method="pattern", score=0.8, parent=None))
        out = [o for o in out[:-1] if not (o.start >= m.end and o.end <= r.end())] + out[-1:]
    return [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end
                                      and o.end - o.start > m.end - m.start and o.method == "pattern"
                                      and (o.agency_id == "coll.other" or _EVERY_PROVINCE.search(o.mention))
                                      for o in out)]


def _place_ends_name(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A bare place name ("Hà Nội", not "tỉnh Bắc Ninh" or "UBND ...") right after a name the gazetteer does not
    know ends that name ("Trung tâm Giao dịch công nghệ thường xuyên Hà Nội"): one mention, not the province.

    >>> [m.mention for m in parse_agencies("tại Trung tâm Giao dịch công nghệ thường xuyên Hà Nội").mentions]
    ['Trung tâm Giao dịch công nghệ thường xuyên Hà Nội']
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        if prev.agency_id is not None or prev.kind == "collective" or m.kind != "province" \
                or cell.text[prev.end:m.start] != " ":
            return None
        if _LEVEL_START.match(key(m.mention)):      # "tỉnh Lâm Đồng": the province the body is of
            return _of_province(g, cell, prev, m) if _placeable(prev) and m.agency_id else None
        t = cell.text[prev.start:m.end]
        return replace(prev, mention=t, end=m.end, name=fold(t), current_name=fold(t))
    return _fold_pairs(ms, join)


def _named_by_province(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A province's department or branch named with the province's name for "tỉnh" ("Thuế Đồng Nai" is "Thuế
    tỉnh Đồng Nai"): the words left before a bare province name, with "tỉnh", are the body's name.

    >>> m = parse_agencies("Thuế Đồng Nai").mentions[0]
    >>> m.agency_id, m.mention
    ('dp.thue_tinh', 'Thuế Đồng Nai')
    """
    out = []
    for m in ms:
        piece = _left_before(cell, left, m.start) if m.kind == "province" and not regex.match(r"(?:ubnd|ủy ban|tỉnh|thành phố)\b", key(m.mention)) else None
        aid = g.alias.get(_squeeze_key(f"{cell.text[piece[0]:piece[1]]} tỉnh")) if piece else None
        body = g.agencies.get(aid) if aid else None
        if body is not None and body.takes_province:
            left.remove(piece)
            m = _with_province(g, body, g.agencies[m.agency_id], m, piece[0], m.end, cell.text, "pattern")
        out.append(m)
    return out


_MEDIA = regex.compile(r"^(?:báo|bao|đài|dai|tạp chí|tap chi)\s+(?P<p>.+)$")


def _provincial_media(g: _Gazetteer, m: Mention) -> Mention:
    """"Báo Bắc Ninh", "Đài Hà Nội": the newspaper or station of a province (a pattern, with the province)."""
    if m.kind != "unknown":
        return m
    named = _body_of_province(g, m)
    if named is not None:
        return named
    r = _MEDIA.match(key(m.mention))
    aid = g.alias.get(_squeeze_key(r.group("p"))) if r else None
    if aid is None or g.agencies[aid].kind != "province":
        return m
    return replace(m, kind="provincial_body", method="pattern", score=0.7, parent=g.agencies[aid].name)


def _body_of_province(g: _Gazetteer, m: Mention) -> Mention | None:
    """An unknown name that ends with a province's name, where the words before it with "tỉnh" are a provincial body
    of the gazetteer ("Đài PT-TH Quảng Ngãi" = "Đài PT-TH tỉnh" of Quảng Ngãi: Quảng Ngãi 2024, set 40): that body,
    with the province.

    >>> m = parse_agencies("Đài PT-TH Quảng Ngãi").mentions[0]
    >>> m.agency_id, m.name
    ('dp.dai_phat_thanh_truyen_hinh_tinh', 'Đài Phát thanh và Truyền hình tỉnh Quảng Ngãi')
    """
    words = key(m.mention).split()
    for prov, n in _provinces_at_end(g, words):
        body = g.alias.get(_squeeze_key(" ".join(words[:-n]) + " tỉnh"))
        if body is not None and g.agencies[body].takes_province:
            found = _with_province(g, g.agencies[body], g.agencies[prov], m, 0, len(m.mention), m.mention, "pattern")
            return replace(found, start=m.start, end=m.end)
    return None


def _ambiguous_provinces(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list):
    """"Hòa Bình", "Thái Bình" (also ordinary words) are provinces inside a list of provinces; leftover text a
    mention now covers (a region number) is dropped."""
    left = [(a, b) for a, b in left if not any(m.start <= a and b <= m.end for m in ms)]
    if not any(m.kind == "province" or m.agency_id in ("coll.ubnd_cac_tinh", "coll.ubnd_cac_dia_phuong") for m in ms):
        return ms, left
    keep = []
    for a, b in left:
        aid = _AMBIGUOUS.get(key(cell.text[a:b]))
        if aid:
            ms.append(_m(g, cell.text, a, b, aid, "pattern", 0.8))
        else:
            keep.append((a, b))
    ms.sort(key=lambda m: m.start)
    return ms, keep
