"""The kind of an unknown or pattern mention read from its head noun and level (:func:`_kind_by_head`)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.words import _capitalised, _word_alt, _WORDS
from normalize.agencies.gazetteer import _Gazetteer, _provinces_at_end, gazetteer
from normalize.agencies.patterns import _ABBREVIATED_HEADS, _BODY_PREFIX, _HEADS, _KIND_BY_HEAD, _KIND_HEADS, _level


_MINISTRY_KINDS = frozenset({"ministry", "ministerial_agency", "government_agency"})
_COMMITTEE_HEADS = frozenset(key(w) for w in _WORDS["committee_heads"])     # a ministry's committees: central bodies
# issuers that write for a body above them: their unnamed-level bodies are that body's level ("Ban Chỉ đạo" in a
# Thông báo of the Văn phòng Chính phủ is the Government's, no unit of the Văn phòng: set 37)
_SPEAKS_FOR = dict(_WORDS["issuer_speaks_for"])
_ISSUER_LEVEL = {"province": "provincial_body", "district_body": "district_body", "commune_body": "commune_body",
                 "ministry": "sub_unit", "ministerial_agency": "sub_unit", "central_body": "central_body"}


def _by_level_word(m: Mention, k: str) -> Mention:
    """An unknown body with a head noun and a local level word after it ("Đoàn Luật sư tỉnh Lâm Đồng", "Hội Liên
    hiệp Thanh niên Việt Nam tỉnh Bình Thuận", "Hội Cựu Công an nhân dân tỉnh ..."): a body of that level."""
    head = _HEADS.match(k)
    lv = _level(k, head.end()) if head else None
    if lv is None or lv.lastgroup not in ("provincial_body", "district_body", "commune_body"):
        return m
    branch = lv.lastgroup == "provincial_body" and head.group() in _branch_heads()   # "Bộ Tư lệnh Thành phố"
    return replace(m, kind="provincial_branch" if branch else lv.lastgroup, method="pattern", score=0.6)


@lru_cache(maxsize=1)
def _branch_heads() -> frozenset[str]:
    """Head nouns of the gazetteer's provincial branches (Công an, Bộ Chỉ huy, Kho bạc ...): a body with one of them
    and a province's level is that system's branch in the province."""
    g = gazetteer()
    return frozenset(h.group() for a in g.agencies.values() if a.kind == "provincial_branch"
                     for h in [_HEADS.match(key(a.name))] if h) | {key(w) for w in _WORDS["branch_heads_extra"]}


_PLACES = "(?:" + _word_alt(_WORDS["each_place_words"]) + ")"
# bodies of a kind at that level, or of each place of a kind ("Trạm Y tế cấp xã", "Ban Chỉ đạo các quân khu", "Ban
# Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương"): a group
_AT_LEVEL = regex.compile(rf"(?<=\S)\s+(?:cấp|các)\s+{_PLACES}(?:\s*,\s*{_PLACES})*(?:\s+trực thuộc trung ương)?$")

_BARE_LOCAL = frozenset(key(w) for w in _WORDS["bare_local_bodies"])
_LOCAL_ISSUERS = frozenset(("province", "provincial_body", "district_body", "commune_body"))
_GENERIC_OFFICE = regex.compile(r"(?:cơ quan|đơn vị)\s+\S")

def _spelt_words(k: str) -> bool:
    """Do the words after a class noun hold a listed word of two syllables ("quân sự", "có thẩm quyền", "của người ra
    quyết định"), so that the group is words of the language, not letters OCR misread ("Cơ quan thống tân" for
    "thông tấn": a scan of tests/real, which must keep its warning as an unknown body)?"""
    from normalize.vietnamese import two_syllable_words
    ws = k.split()[2:]
    return any(f"{a} {b}" in two_syllable_words() for a, b in zip(ws, ws[1:]))


_NUMBERED_REGION = regex.compile(r"(?<![\p{L}])(?:vùng|khu vực)(?:\s+\S+){0,4}\s+(?:\d{1,2}|[ivxlc]{1,5})$")


def _kind_by_head(g: _Gazetteer, m: Mention, issuer: str | None) -> Mention:
    """An unknown body whose head gives its kind ("Ban Chỉ đạo Trung ương ...", "Đảng ủy UBND tỉnh", "Phòng
    KH-TH", "Ban QLDA ..."): that kind, by pattern, the level read from the name (``kind_by_head`` in the data);
    a body of a numbered region ("Bộ tư lệnh Vùng Cảnh sát biển 3", "... khu vực XIII") is a regional branch.

    >>> m = parse_agencies("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ").mentions[0]
    >>> m.kind, m.method
    ('central_body', 'pattern')
    >>> parse_agencies("Phòng Kinh tế huyện Tứ Kỳ").mentions[0].kind
    'district_body'
    """
    if m.kind in ("unknown", "provincial_body", "central_body") and m.agency_id is None \
            and key(m.mention).endswith(" các cấp"):        # "Hội đồng Thi đua - Khen thưởng các cấp": every level's
        return replace(m, kind="collective", agency_id="coll.other", method="pattern", score=0.7)
    if m.kind in ("unknown", "commune_body", "district_body", "provincial_body") and m.agency_id is None \
            and _AT_LEVEL.search(key(m.mention)):     # (a listed body "... cấp xã" is that entry: labels read it so)
        return replace(m, kind="collective", agency_id="coll.other", method="pattern", score=0.7)   # "Trạm Y tế cấp xã"
    if m.kind != "unknown":
        return m
    if _GENERIC_OFFICE.match(key(m.mention)) and not _capitalised(m.mention, 2) and _spelt_words(key(m.mention)):
        # "Cơ quan quân sự địa phương", "Cơ quan có thẩm quyền tuyển dụng viên chức" (sets 15, 31, 47): a class noun and
        # words in small letters name bodies by what they do, a group, though a sentence's capital opens them
        return replace(m, kind="collective", agency_id="coll.other", method="pattern", score=0.7)
    if key(m.mention) in _BARE_LOCAL and (issuer not in g.agencies or g.agencies[issuer].kind not in _LOCAL_ISSUERS):
        return replace(m, kind="collective", agency_id="coll.other", method="pattern", score=0.7)  # (bare_local_bodies)
    # an item of a colon list is named with the list's head ("Phòng: Nội chính, Đầu tư": "Phòng Nội chính")
    named = m.name if key(m.name).endswith(" " + key(m.mention)) else m.mention
    first = named.split(maxsplit=1)
    k = _BODY_PREFIX.sub("", key(named))      # "Thường trực Ủy ban Pháp luật": the Ủy ban's kind
    short = len(first) > 1 and first[0] in _ABBREVIATED_HEADS
    if short:                                     # "UB Giám sát tài chính QG": the kind of an Ủy ban
        k = key(_ABBREVIATED_HEADS[first[0]] + " " + first[1])
    out = _kind_by_key(g, m, issuer, k)
    if short and out.kind == "unknown" and issuer in g.agencies and g.agencies[issuer].kind in _ISSUER_LEVEL:
        # a head written short, then a name the gazetteer lacks ("VP BĐP NTM": the Văn phòng Điều phối nông thôn mới
        # of the UBND tỉnh Hà Tĩnh's programmes, 2017, set 45): a body at the issuer's level
        return replace(out, kind=_ISSUER_LEVEL[g.agencies[issuer].kind], method="pattern", score=0.5)
    return out


def _kind_by_key(g: _Gazetteer, m: Mention, issuer: str | None, k: str) -> Mention:
    """:func:`_kind_by_head` on the name's key *k* (its head written out)."""
    if _HEADS.match(k) and _NUMBERED_REGION.search(k):    # "Bộ tư lệnh Vùng Cảnh sát biển 3": a region's branch
        return replace(m, kind="provincial_branch", method="pattern", score=0.6)
    h = _KIND_HEADS.match(k)
    if not h:
        return _local_by_head(g, _by_level_word(m, k), issuer, k)
    rule = _KIND_BY_HEAD[h.group()]
    if rule == "enterprise" and not k[h.end():].strip():
        return m  # a bare "Tập đoàn" ("Tập đoàn, doanh nghiệp công nghệ số") names no company
    kind, _, owner = rule.partition(" of ")     # "sub_unit of bo.quoc_phong": the unit of one body, wherever printed
    if owner or rule == "provincial_branch":    # a formation of the army
        if not k[h.end():].strip():       # named alone: every one of them
            return replace(m, kind="collective", agency_id="coll.other", method="pattern", score=0.6)
        return replace(m, kind=kind, method="pattern", score=0.6, parent=g.agencies[owner].name if owner else None)
    if rule == "collective":   # a company's organ named alone ("Hội đồng thành viên"): every company's, a group
        return replace(m, kind="collective", agency_id="coll.other", method="pattern", score=0.6) \
            if not k[h.end():].strip() else m
    kind = rule
    if rule.startswith("level"):         # "level or X": a district's, else X ("Phòng X thuộc Bộ Y" is a unit)
        lv = _level(k, h.end())
        kind = lv.lastgroup if lv else None
        if " or " in rule and kind not in ("district_body", "commune_body"):
            kind = rule.split(" or ")[1]
    if kind is None and rule == "level":
        level_of = _SPEAKS_FOR.get(issuer, issuer)     # the Văn phòng Chính phủ's notices speak at the Government's
        kind = _ISSUER_LEVEL.get(g.agencies[level_of].kind) if level_of in g.agencies else None
        kind = "central_body" if kind == "sub_unit" and h.group() in _COMMITTEE_HEADS else kind
    if kind is None and rule == "level" and _ends_in_province(g, k):
        kind = "provincial_body"        # "Trung tâm Đổi mới sáng tạo Hà Nội": a province's, named for it
    if kind is None:
        return m
    parent = g.agencies[issuer].name if kind == "sub_unit" and issuer in g.agencies \
        and g.agencies[issuer].kind in _MINISTRY_KINDS else None
    return replace(m, kind=kind, method="pattern", score=0.6, parent=parent)


_LOCAL = {k: v for k, v in _ISSUER_LEVEL.items() if k in ("province", "district_body", "commune_body")}
_CLASS_HEADS = frozenset(key(w) for w in (*_WORDS["class_noun_list"], *_WORDS["class_nouns"]))
_OWN_UNIT = regex.compile(r"\s(?:sở|bộ|ban|cục)$")
_HEAD_ALONE = regex.compile(r"\s*(?:,|$)")
_WIDER = regex.compile(r"(?<!\S)(?:miền|trung ương|việt nam|quốc tế|khu vực|vùng)(?!\S)")


def _local_by_head(g: _Gazetteer, m: Mention, issuer: str | None, k: str) -> Mention:
    """An unknown body with a head noun and no level of its own, in a local authority's text ("Ban TCD", "Hội NCT",
    "Vườn quốc gia Hoàng Liên", "Quỹ Bảo vệ rừng và Môi trường" in a province's): a body of that authority's level,
    by pattern.  Not a ministry's head ("Bộ Công an Lào" is another state's), a class noun ("Cơ quan Công an": police
    bodies at large), a head alone or a unit named for its body ("Văn phòng", "Thanh tra Sở": a department's own) or
    a name of a wider scope ("Trường Cao đẳng luật miền Bắc").

    >>> m = parse_agencies("Vườn quốc gia Hoàng Liên", issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI").mentions[0]
    >>> m.kind, m.method
    ('provincial_body', 'pattern')
    """
    head = _HEADS.match(k)
    level = _LOCAL.get(g.agencies[issuer].kind) if issuer in g.agencies else None
    if m.kind != "unknown" or head is None or level is None or head.group() == "bộ" or head.group() in _CLASS_HEADS \
            or _OWN_UNIT.search(k) or _HEAD_ALONE.match(k, head.end()) or _WIDER.search(k):
        return m        # "Cơ quan Công an": police bodies at large; "Văn phòng" alone, "Văn phòng Sở": the department's own;
        # "Trường Cao đẳng luật miền Bắc": a region's or the nation's, not the province's
    return replace(m, kind=level, method="pattern", score=0.5)


def _ends_in_province(g: _Gazetteer, k: str) -> bool:
    """The name key ends with a province's name, bare ("... Hà Nội", "... Lâm Đồng").

    >>> parse_agencies("Trung tâm Đổi mới sáng tạo Hà Nội").mentions[0].kind
    'provincial_body'
    """
    return any(_provinces_at_end(g, k.split(), before=2))
