"""Where a group's mention ends when its words run on: a group that opens its clause runs up to the verb that gives it
its role, local government named at a level is that level's People's Committees, and a name carries the country's
name after it."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _squeeze_key, _word_alt, _WORDS
from normalize.agencies.mentions import _respan
from normalize.agencies.cell import _Cell, _carve, _in_left
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.patterns import _ASSIGNING, _CLASS_NOUN, _CLAUSE_START, _GROUP_WORDS, _ROLE_WORDS
from normalize.agencies.qualifiers import _qualified

# the verb that gives a group its role after it, a comma between them or not ("..., có trách nhiệm")
_ROLE_AFTER = regex.compile(r"(?:,[ \t]*)?[ \t]+(?:" + _ROLE_WORDS + r")(?![\p{L}\p{N}])")
SUBJECT_WORDS = 15     # words a group's description may run before its verb, at most
# an adverbial between a group and its verb is no description of it ("Các bộ, cơ quan ngang bộ trong phạm vi thẩm quyền
# có trách nhiệm", "Các Bộ, ngành theo chức năng, nhiệm vụ được giao có trách nhiệm": sets 29, 31, 33)
_SCOPE = regex.compile(r"(?:^|(?<=[\s,]))(?:" + _word_alt(_WORDS["scope_openers"]) + r")(?![\p{L}\p{N}])")


def _subject_groups(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group that opens its clause runs up to the verb that gives it its role ("Các cơ quan, tổ chức, doanh nghiệp
    hoạt động trong lĩnh vực du lịch có trách nhiệm ...", "Doanh nghiệp cung ứng dịch vụ bưu chính công ích chịu
    trách nhiệm ..."): what lies between describes which bodies are meant (held-out sets 27-34 label it so), up to an
    adverbial that opens a scope ("trong phạm vi ...", "theo chức năng ...").

    >>> [m.mention for m in parse_agencies("2. Các tổ chức, cá nhân nhập khẩu, phân phối sản phẩm tại Việt Nam có trách nhiệm cung cấp").mentions]
    ['Các tổ chức, cá nhân nhập khẩu, phân phối sản phẩm tại Việt Nam']
    """
    out = []
    for i, m in enumerate(ms):
        nxt = ms[i + 1].start if i + 1 < len(ms) else len(cell.text)
        if m.kind == "collective" and _CLAUSE_START.search(cell.text[:m.start]):
            rest = cell.text[m.end:nxt]
            v = _ROLE_AFTER.search(rest)
            between = rest[:v.start()] if v else ""
            scope = _SCOPE.search(between)
            between = between[:scope.start()] if scope else between
            if v and between.strip(" \t,") and len(between.split()) <= SUBJECT_WORDS \
                    and not regex.search(r"[;:.()]", between) and not _ASSIGNING.search(between):
                end = m.end + len(between.rstrip(" \t,"))
                left[:] = [(a, b) for a, b in left if not (m.end <= a and b <= end)]
                m = _respan(cell, m, m.start, end)
        out.append(m)
    return out


_LOCAL_GOVERNMENT = regex.compile(r"^(?:" + _word_alt(_WORDS["local_government"]) + r")(?=\s+cấp\s)")


def _local_government_at_level(g: _Gazetteer, m: Mention) -> Mention:
    """Local government named at a level ("chính quyền địa phương cấp xã": Nghị định 185/2026/NĐ-CP, set 34) is that
    level's People's Committees, as "UBND cấp xã" and "chính quyền cấp xã" are (the gazetteer's aliases): the
    group's words for local government (``local_government`` in the data) stand for "UBND".

    >>> [(m.mention, m.agency_id) for m in parse_agencies("phối hợp với chính quyền địa phương cấp xã").mentions]
    [('chính quyền địa phương cấp xã', 'coll.ubnd_cap_xa')]
    """
    k = key(m.mention)
    lg = _LOCAL_GOVERNMENT.match(k) if m.agency_id == "coll.other" else None
    aid = lg and g.alias.get(_squeeze_key("ubnd" + k[lg.end():]))
    return replace(m, agency_id=aid, name=g.agencies[aid].name, current_name=g.agencies[aid].name, method="pattern") \
        if aid else m


# the country's name after a name (a level after it is then read by the level's rules: "Ủy ban MTTQ Việt Nam cấp xã")
_COUNTRY = regex.compile(r"[ \t]+(?:Việt Nam|VN)(?![\p{L}\p{N}])")


# a state named after a body: "nước Cộng hòa xã hội chủ nghĩa Việt Nam" (this country, by its full name), "nước Cộng
# hòa Singapore" (another)
_STATE = regex.compile(r"[ \t]+nước[ \t]+(?P<s>(?:Cộng[ \t]+h[òo]a|CHXHCN|Vương[ \t]+quốc|Liên[ \t]+bang)"
                       r"(?:[ \t]+(?:xã[ \t]+hội[ \t]+chủ[ \t]+nghĩa|dân[ \t]+chủ[ \t]+nhân[ \t]+dân|nhân[ \t]+dân))?"
                       r"(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)+)")
_OWN_STATE = regex.compile(r"(?:.*[ \t])?Việt[ \t]+Nam$")


def _of_state(m: Mention, s: regex.Match, text: str) -> Mention:
    """*m* with the state named after it: the same body when the state is this country ("Chính phủ nước Cộng hòa xã
    hội chủ nghĩa Việt Nam"), another state's body, unknown, when not ("Chính phủ nước Cộng hòa Singapore": Nghị quyết
    235/NQ-CP 2026, set 55, read both as the Government).

    >>> [(m.mention, m.kind) for m in parse_agencies("giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Singapore").mentions]
    [('Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'central_body'), ('Chính phủ nước Cộng hòa Singapore', 'unknown')]
    """
    t = text[m.start:s.end()]
    if _OWN_STATE.match(s["s"]):
        return replace(m, mention=t, end=s.end())
    return replace(m, mention=t, end=s.end(), agency_id=None, kind="unknown", name=fold(t), current_name=fold(t),
                   parent=None, method="pattern", score=0.6)


def _with_country(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A name followed by the country's name carries it: "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam", "Chính
    phủ Việt Nam", "Cơ quan thông tấn, báo chí Việt Nam" (held-out sets 21-34 label them whole; the mention had stopped
    before "Việt Nam").

    >>> [m.mention for m in parse_agencies("a) Trong trường hợp Chính phủ Việt Nam là bị đơn").mentions]
    ['Chính phủ Việt Nam']
    """
    out = []
    for i, m in enumerate(ms):
        st = _STATE.match(cell.text, m.end) if m.kind != "collective" or m.agency_id == "coll.co_quan_dai_dien" else None
        if st and not (i + 1 < len(ms) and ms[i + 1].start < st.end()):
            out.append(_of_state(m, st, cell.text))
            continue
        c = _COUNTRY.match(cell.text, m.end)
        if c and not (i + 1 < len(ms) and ms[i + 1].start < c.end()):
            t = cell.text[m.start:c.end()]
            m = replace(m, mention=t, end=c.end(), name=fold(t) if m.agency_id is None else m.name,
                        current_name=fold(t) if m.agency_id is None else m.current_name)
        out.append(m)
    return out


_COMMA_NEXT = regex.compile(r"[ \t]*,[ \t]*(\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*)?)")
_ENDS_CLOSED = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["closing_qualifiers"]) + r")$")


def _two_fields(m: Mention, tags: list, theirs: list) -> bool:
    """A plural group of one head and one field noun ("các doanh nghiệp bưu chính", "các cơ quan thông tin"), then a
    comma and another field noun alone, before a preposition, a verb or the end (", viễn thông trên ...", ", báo chí
    thuộc Bộ": Sở Thông tin và Truyền thông Hải Dương, set 38): the two fields describe one kind of body.  A level
    ("cấp xã"), a class noun ("cơ quan", "hiệp hội") or a group word after the comma opens a new item.  *tags*, *theirs*:
    underthesea's tags of the group and of the words after the comma."""
    nouns = ("N", "M")      # underthesea tags some fields as numerals: "bưu chính", "viễn thông" M
    plural = len(tags) == 3 and key(tags[0][0]) in ("các", "những")
    tags = tags[1:] if plural else tags     # "cơ quan báo chí, truyền thông" (set 53) as "các cơ quan báo chí, ..."
    field = tags[1][1] in nouns or tags[1][1] == "Np" and tags[1][0].isupper() if len(tags) == 2 else False  # "CNTT"
    return len(tags) == 2 and tags[0][1] == "N" and field and _lone_field(theirs, nouns)


def _lone_field(theirs: list, nouns: tuple[str, ...]) -> bool:
    """Are the tagged words after a comma a field noun (tagged one of *nouns*) alone, before a preposition, a verb, "và",
    a punctuation mark or the end, and no group's word or class noun, which would open a new item?"""
    return len(theirs) >= 1 and theirs[0][1] in nouns and (len(theirs) == 1 or theirs[1][1] in ("E", "V", "CH", "C")) \
        and not set(key(theirs[0][0]).split()) & _GROUP_WORDS and not _CLASS_NOUN.match(key(theirs[0][0]))


_NOT_A_DEED = regex.compile(r"(?:" + _ROLE_WORDS + "|" + _word_alt(_WORDS["assignment_verbs"]) + r")$")


def _two_deeds(mine: list, theirs: list) -> bool:
    """A group described by what its members do, then a comma and a second deed of the same part of speech alone before
    what they do it to ("các cơ quan tham mưu, giúp việc Tỉnh ủy", "cơ quan thanh tra, kiểm tra", "các bộ quản lý
    ngành, lĩnh vực"): one kind of body, described twice.  A verb that gives the group its role ("phối hợp", "chủ trì")
    opens the clause, not a second deed (called from :func:`_parallel_descriptions`).

    >>> [m.mention for m in parse_agencies("kịp thời báo cáo các bộ quản lý ngành, lĩnh vực để được hướng dẫn").mentions]
    ['các bộ quản lý ngành, lĩnh vực']
    >>> [m.mention for m in parse_agencies("theo yêu cầu của cấp có thẩm quyền, cơ quan thanh tra, kiểm tra, cơ quan quản lý nhà nước khác").mentions]
    ['cấp có thẩm quyền', 'cơ quan thanh tra, kiểm tra', 'cơ quan quản lý nhà nước khác']
    """
    if not mine or not theirs or key(theirs[0][0]) in ("các", "những") or _NOT_A_DEED.match(key(theirs[0][0])):
        return False
    verb_verb = mine[-1][1] == theirs[0][1] == "V" and (len(theirs) == 1 or theirs[1][1] != "L")   # not "..., đại diện các"
    verb_objects = len(mine) == 2 and [t for _, t in mine] == ["V", "N"] and _lone_field(theirs, ("N",))
    return verb_verb or verb_objects


# an abbreviated field right after a group, no body of its own ("các doanh nghiệp CNTT": set 62)
_FIELD_ABBR = regex.compile(r"[ \t]+(\p{Lu}{2,6})(?=[ \t]*,)")


def _parallel_descriptions(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group described by a verb and its object, then a comma and another verb with the same object ("cơ sở khám
    bệnh, chữa bệnh": Nghị định 188/2025/NĐ-CP and sets 20, 34, 35 - twenty such cut at the comma), or by two verbs of
    one syllable ("phòng, chống"), runs over the comma: the two describe one kind of body.

    >>> [m.mention for m in parse_agencies("phối hợp với các cơ sở khám bệnh, chữa bệnh rà soát").mentions]
    ['các cơ sở khám bệnh, chữa bệnh']
    >>> [m.mention for m in parse_agencies("hướng dẫn các doanh nghiệp bưu chính, viễn thông tổ chức").mentions]
    ['các doanh nghiệp bưu chính, viễn thông']
    """
    out = []
    for i, m in enumerate(ms):
        nxt = ms[i + 1].start if i + 1 < len(ms) else len(cell.text)
        f = _FIELD_ABBR.match(cell.text, m.end) if m.kind == "collective" else None
        if f and f.end() <= nxt and _in_left(left, f.start(1), f.end()):    # "các doanh nghiệp CNTT, viễn thông"
            _carve(cell, left, m.end, f.end())
            m = _respan(cell, m, m.start, f.end())
        c = _COMMA_NEXT.match(cell.text, m.end) if m.kind == "collective" and not _ENDS_CLOSED.search(key(m.mention)) \
            else None
        if c and c.end() <= nxt:
            from underthesea import pos_tag     # loaded only for a group and a comma (the tagger weighs ~75 MB)
            tags = pos_tag(m.mention)
            mine = tags[-2:]
            theirs = pos_tag(c.group(1))
            same_object = len(mine) == 2 and len(theirs) == 2 and [t for _, t in mine] == [t for _, t in theirs] == ["V", "N"] \
                and key(mine[1][0]) == key(theirs[1][0])
            one_syllable = mine and mine[-1][1] == "V" and " " not in mine[-1][0] and theirs and theirs[0][1] == "V" \
                and " " not in theirs[0][0] and len(theirs) == 1
            fields = _two_fields(m, tags, theirs)
            read_on = pos_tag(cell.text[c.start(1):nxt])[:2] if m.agency_id == "coll.other" or fields else []
            fields = fields and _lone_field(read_on, ("N", "M"))     # "..., công nghệ thông tin triển khai": one word
            deeds = not fields and _two_deeds(mine, read_on)     # (the words after the comma tagged with what follows)
            if same_object or one_syllable or fields or deeds:
                end = c.end() if same_object else c.start(1) + len((read_on if deeds or fields else theirs)[0][0])
                _carve(cell, left, m.end, end)
                m = _respan(cell, m, m.start, end)
                q = _qualified(cell, [m])[0] if fields and not deeds else m     # "... bưu chính, viễn thông trên địa bàn tỉnh"
                if q.end <= nxt:
                    _carve(cell, left, m.end, q.end)
                    m = q
        out.append(m)
    return out
