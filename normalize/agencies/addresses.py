"""Postal addresses in a cell: a house and street, then its ward, district and province, name where an office sits,
not who acts ("Trung tâm phục vụ hành chính công (Số 04 đường Nguyễn Tất Thành, Phường Bà Rịa, Thành phố Hồ Chí
Minh)").  The places of an address are left over, never read as People's Committees."""
from __future__ import annotations

import regex

from normalize.agencies.words import _word_alt, _WORDS
from normalize.agencies.cell import _Cell, _key_at

_NAME = r"\p{Lu}[\p{L}\p{N}]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}]*|\d+))*"
_STREET = r"(?:đường|phố|Đường|Phố)[ \t]+" + _NAME
_HOUSE = r"(?:(?:số|Số)[ \t]*)?\d{1,4}[A-Za-z]?(?:/\d+[A-Za-z]?)*[ \t]+(?:" + _STREET + "|" + _NAME + ")"
_LEVEL = r"(?i:" + _word_alt(_WORDS["commune_levels"] + _WORDS["district_levels"] + ["tỉnh", "thị trấn"]) + ")"
_PLACE = r"[ \t]*,[ \t]*" + _LEVEL + r"(?:\.[ \t]*|[ \t]+)" + r"\p{Lu}[\p{L}\p{N}.]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.]*)*"
# opened by a bracket, "địa chỉ" or "trụ sở (tại)": a house or a street, then one place at least
_ADDRESS = regex.compile(r"(?:(?<=\()|(?<=(?i:địa chỉ|trụ sở)[ \t]*(?::|tại)?[ \t]*))[ \t]*"
                         r"(?:" + _HOUSE + "|" + _STREET + ")(?:" + _PLACE + ")+")


# a place of a commune or district level, then its province: "xã Bát Xát, tỉnh Lào Cai", "quận Ba Đình, thành phố Hà
# Nội" after a site's name and a comma, or after a word of place (never right after a body it qualifies: "phòng
# Quản lý đô thị thị xã Kinh Môn, thành phố Chí Linh") ("Khu công nghiệp Bản Qua, xã Bát Xát, tỉnh Lào Cai": Lào Cai's and Hà Nội's texts, sets
# 30, 36, 47, 48, 53 - the provinces of 8 such places had been read as People's Committees)
_LOWER = r"(?:" + _word_alt(_WORDS["commune_levels"] + ["huyện", "quận", "thị xã", "thị trấn"]) + ")"
_PROVINCE = r"[ \t]*,[ \t]*(?:tỉnh|thành phố|Tỉnh|Thành phố|TP\.?)[ \t]+\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*)*"
_PLACE_CHAIN = regex.compile(r"(?:(?<=,[ \t]*)|(?<=(?i:" + _word_alt(_WORDS["place_prepositions"]) + r")[ \t]+))" + _LOWER + r"[ \t]+\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}\p{N}]*)*"
                             r"(?:[ \t]*,[ \t]*" + _LOWER + r"[ \t]+\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}\p{N}]*)*)*"
                             + _PROVINCE)
# ... unless a government names the places: "UBND xã A, huyện B, tỉnh C" is that commune's People's Committee
_GOVERNED = regex.compile(r"(?i:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân|chính quyền|ban nhân dân)"
                          r"(?:[ \t]+(?:các|cấp))?[ \t]*(?:" + _LOWER + r"[ \t]+\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}\p{N}]*)*"
                          r"[ \t]*,[ \t]*)*$")


# a route named by its ends, after a word of routes and a rating ("Đường dây 500kV Lào Cai - Vĩnh Yên"): places
_END = r"\p{Lu}[\p{L}\p{N}]*(?:[ \t]+\p{Lu}[\p{L}\p{N}]*)*"
_ROUTE = regex.compile(r"(?<=(?<![\p{L}\p{N}])(?i:" + _word_alt(_WORDS["route_words"]) + r")[ \t]+(?:\S*\d\S*[ \t]+)?)"
                       + _END + r"(?:[ \t]*[-–][ \t]*" + _END + ")+")


_ADDRESS_HINT = regex.compile(r"\(|địa chỉ|trụ sở")
_ROUTE_HINT = regex.compile(_word_alt(_WORDS["route_words"]))


def _addresses(cell: _Cell, left: list) -> list[tuple[int, int]]:
    """The key regions of the cell's addresses (their text goes to *left*): "(244 Điện Biên Phủ, Phường Xuân Hòa,
    Thành phố Hồ Chí Minh)" and "(Đường Lê Lợi, Phường Bình Dương, ...)" in a Hồ Chí Minh City procedure (held-out
    set 26: 32 places of its offices read as wards' and the city's People's Committees, a street as Điện Biên).

    >>> [m.mention for m in parse_agencies("Trung tâm phục vụ hành chính công (Số 04 đường Nguyễn Tất Thành, Phường Bà Rịa, Thành phố Hồ Chí Minh)").mentions]
    ['Trung tâm phục vụ hành chính công']
    """
    if "," not in cell.text and "-" not in cell.text and "–" not in cell.text:
        return []
    out = []
    for places, hint, chain in ((_ADDRESS, _ADDRESS_HINT, False), (_ROUTE, _ROUTE_HINT, False),
                                (_PLACE_CHAIN, None, True)):
        if hint is not None and not hint.search(cell.k):
            continue        # (what each needs before it: a bracket or an address's word; a word of routes)
        for a in places.finditer(cell.text):
            if chain and (any(x <= _key_at(cell, a.start()) < y for x, y in out)     # (key offsets, as *out* holds)
                          or _GOVERNED.search(cell.text, max(0, a.start() - 120), a.start())):
                continue        # inside an address or a route already, or places a government names
            left.append((a.start(), a.end()))
            out.append((_key_at(cell, a.start()), _key_at(cell, a.end())))
    return out
