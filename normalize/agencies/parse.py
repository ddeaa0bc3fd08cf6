"""The parse of one cell: a bare reference, or the chain of passes over the known names and the text between
them (:func:`_parse_names`), cached; and the issuer's id."""
from __future__ import annotations

import datetime
from dataclasses import replace
from functools import lru_cache

import regex

from normalize.text import key, nfc
from normalize.vietnamese import two_syllable_words
from normalize.agencies.model import AgencyParse, Mention
from normalize.agencies.words import fold, _squeeze_key, _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.separators import _strip
from normalize.agencies.gazetteer import _Gazetteer, gazetteer
from normalize.agencies.mentions import _at_date, _m, _misspelt, _relinked, _stem_type
from normalize.agencies.scan import _absorb_places, _infix_names, _inside, _outside, _scan
from normalize.agencies.gap import _gap
from normalize.agencies.collectives import _body_at_level, _merge_collectives, _merge_same, _shared_level
from normalize.agencies.groups import (_belonging_to_group, _class_lists, _each_place, _forces, _plural_bodies,
                                      _village_groups)
from normalize.agencies.qualifiers import _at_every_level, _glued_lowercase, _qualified, _small_after_comma
from normalize.agencies.enterprises import _enterprise_pieces, _generic_enterprise
from normalize.agencies.cuts import _cut_verbs, _level_ends_name, _predicate_cut, _prefixed, _role_labels
from normalize.agencies.units import (_bare_heads, _bracketed_units, _party_bodies, _unit_before_body, _unit_of_body,
                                      _units_before, _units_of)
from normalize.agencies.branches import _branch_before, _branch_of
from normalize.agencies.kinds import _kind_by_head
from normalize.agencies.provinces import (_ambiguous_provinces, _attach_provinces, _every_province, _level_places,
                                          _named_by_province, _place_ends_name, _provincial_media)
from normalize.agencies.places import _district_names, _level_suffix, _region_numbers, _zone_board, _zone_tail
from normalize.agencies.colons import _colon_lists
from normalize.agencies.issuer import _bracketed_twins, _commune_pieces, _for_issuer, _issuer_by_head, _level_twins


# a cell that only points to a document ("Theo Kế hoạch số 12/KH-UBND"): the document's word, not the second word of
# a body's name ("Theo đề nghị của Vụ trưởng Vụ Kế hoạch", "... Bộ Kế hoạch và Đầu tư": the proposer, held-out sets 28-29)
_REFERENCE = regex.compile(r"^[\W\d]*(?:" + _word_alt(_WORDS["reference_openers"]) + r")(?![\p{L}\p{N}])"
                           r".*?(?<![\p{L}\p{N}])(?<!(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["head_nouns"]) + r")\s+)"
                           r"(?:" + _word_alt(_WORDS["reference_targets"]) + r")(?![\p{L}\p{N}])", regex.S)


@lru_cache(maxsize=1024)
def _issuer_id(issuer: str, vocab: str = "") -> str | None:
    """The province, ministry, commune or central body (Ủy ban Thường vụ Quốc hội, ...) that issued the decision, from
    the issuer as printed (None when none of these)."""
    ms = _parse_cached(nfc(issuer), None, None, vocab).mentions
    for m in ms:
        if m.agency_id and m.kind in ("province", "ministry", "ministerial_agency", "commune_body", "central_body"):
            return m.agency_id
    return None


_BASIS = regex.compile(r"^[\W\d]*(?:căn cứ|can cu)(?![\p{L}\p{N}])")


@lru_cache(maxsize=65536)
def _parse_cached(text: str, as_of: datetime.date | None, issuer: str | None, vocab: str = "") -> AgencyParse:
    g = gazetteer()
    cell = _Cell(text)
    if _REFERENCE.match(cell.k):
        if _BASIS.match(cell.k):    # a legal basis names the bodies that issued what it cites: read, if it names any
            read = _parse_names(g, _Cell(text), text, as_of, issuer)
            if read.mentions:
                return read
        a, b = _strip(cell.k, 0, len(cell.k))
        ref = Mention(text[cell.start(a):cell.end(b)], cell.start(a), cell.end(b), None,
                      fold(text[cell.start(a):cell.end(b)]), "by_reference", fold(text[cell.start(a):cell.end(b)]),
                      "by_reference", 1.0)
        return AgencyParse((ref,) if a < b else (), ())
    return _parse_names(g, cell, text, as_of, issuer)


_AT_PLACE = regex.compile(r"(?:^|\s)(?:" + _word_alt(_WORDS["place_prepositions"]) + r")\s+$", regex.I)


def _named_as_place(cell: _Cell, m: Mention) -> bool:
    """A province written with its level ("tỉnh Yên Bái", not "UBND tỉnh ...") or a bare "địa phương" right after a
    word of place ("trên địa bàn", "tại": agency_words.yaml's place_prepositions; "cư trú tại địa phương") is where,
    not who: no mention."""
    placed = m.kind == "province" and key(m.mention).startswith(("tỉnh ", "thành phố ")) \
        or m.kind == "collective" and key(m.mention) in ("địa phương", "địa bàn")
    return placed and bool(_AT_PLACE.search(cell.text, max(0, m.start - 20), m.start))


_WORD_BEFORE = regex.compile(r"\p{L}\s+$")
_LEVEL_ALONE = regex.compile(r"cấp\s+(?:" + _word_alt(_WORDS["each_place_words"]) + r")(?![\p{L}\p{N}])", regex.I)


def _level_of_noun(cell: _Cell, m: Mention) -> bool:
    """A level alone ("cấp xã", an alias of the communes' People's Committees as a list item: "UBND tỉnh; cấp xã")
    right after a word is that word's level ("tổ chức ... tái định cư cấp xã", "phòng Kinh tế ... cấp xã"): no
    mention of its own."""
    return bool(_LEVEL_ALONE.match(m.mention)) and bool(_WORD_BEFORE.search(cell.text, max(0, m.start - 3), m.start))


def _small_headless(m: Mention) -> bool:
    """A body's name without its head, in small letters, that no unit took as its own words ("Vụ Khoa học, giáo dục,
    tài nguyên và môi trường"): the verb "xây dựng", the field "tài chính" in prose, never Bộ Xây dựng or Bộ Tài
    chính (18 such mentions over the held-out sets 21-32, linked to a ministry without a warning)."""
    return m.method == "repaired" and m.mention[:1].islower()


# the country's name after a name, unless a level follows it (the level's rules read "Ủy ban MTTQ Việt Nam cấp xã")
_ROLE_AFTER = regex.compile(r"(?:,[ \t]*)?[ \t]+(?:" + _word_alt(_WORDS["role_verbs"]) + r")(?![\p{L}\p{N}])")
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
                    and not regex.search(r"[;:.()]", between):
                end = m.end + len(between.rstrip(" \t,"))
                left[:] = [(a, b) for a, b in left if not (m.end <= a and b <= end)]
                t = cell.text[m.start:end]
                m = replace(m, mention=t, end=end, name=fold(t) if m.agency_id == "coll.other" else m.name)
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


_COUNTRY = regex.compile(r"[ \t]+(?:Việt Nam|VN)(?![\p{L}\p{N}])(?![ \t]+(?:các[ \t]+|cùng[ \t]+)?cấp(?![\p{L}]))")


def _with_country(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A name followed by the country's name carries it: "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam", "Chính
    phủ Việt Nam", "Cơ quan thông tấn, báo chí Việt Nam" (held-out sets 21-34 label them whole; the mention had stopped
    before "Việt Nam").

    >>> [m.mention for m in parse_agencies("a) Trong trường hợp Chính phủ Việt Nam là bị đơn").mentions]
    ['Chính phủ Việt Nam']
    """
    out = []
    for i, m in enumerate(ms):
        c = _COUNTRY.match(cell.text, m.end)
        if c and not (i + 1 < len(ms) and ms[i + 1].start < c.end()):
            t = cell.text[m.start:c.end()]
            m = replace(m, mention=t, end=c.end(), name=fold(t) if m.agency_id is None else m.name,
                        current_name=fold(t) if m.agency_id is None else m.current_name)
        out.append(m)
    return out


_CLAUSE_START = regex.compile(r"(?:^|[.;:]\s*|\n\s*)(?:[-–+•]\s*|\(?(?:\d{1,2}|[a-zđ])[.)]\s*)?$")
_VERB_ON = regex.compile(r"[ \t]+và[ \t]+\p{Ll}")


def _headless_verb(cell: _Cell, m: Mention) -> bool:
    """A ministry's name without its head opening a clause and going on in small letters is the clause's verb
    ("g) Xây dựng và thực hiện quy chế ...": Nghị định 185/2026/NĐ-CP, set 34; "Xây dựng và trình Lãnh đạo Bộ ...":
    set 19), never Bộ Xây dựng; a lead cell "Tài chính" alone, or a list of such names, stays the ministry.

    >>> [m.mention for m in parse_agencies("g) Xây dựng và thực hiện quy chế phối hợp với Bộ Xây dựng").mentions]
    ['Bộ Xây dựng']
    """
    v = _VERB_ON.match(cell.text, m.end) if m.method == "repaired" and m.kind == "ministry" else None
    return bool(v) and bool(_CLAUSE_START.search(cell.text[:m.start])) and _verbs_joined(cell.text[m.start:m.start + 80])


def _verbs_joined(text: str) -> bool:
    """Does *text* open with two verbs joined by "và" ("Xây dựng và thực hiện ...", "Xây dựng và trình ..."), as
    underthesea's tagger reads it?  "Xây dựng chủ trì" (the ministry leading) has no "và"; "Khoa học và Công nghệ và"
    no verb."""
    from underthesea import pos_tag
    tags = pos_tag(text)
    return len(tags) >= 3 and tags[0][1] == "V" and tags[1][0] == "và" and tags[2][1] == "V"


def _level_in_word(m: Mention) -> bool:
    """A mention no entry names that opens with a level word making a word with the next word in small letters: "xã
    hội khó khăn" (society, of "vùng có điều kiện kinh tế - xã hội khó khăn": Nghị định 188/2025/NĐ-CP, set 35), no
    commune.

    >>> [m.mention for m in parse_agencies("tại vùng có điều kiện kinh tế - xã hội khó khăn quy định tại điểm o").mentions]
    []
    """
    words = m.mention.split()
    if m.agency_id not in (None, "coll.other") or len(words) < 2 or not words[1][:1].islower() \
            or key(words[0]) not in _LEVEL_WORDS:
        return False
    # ... and small letters go on after that word: "huyện đảo Lý Sơn" (an island district) names one
    return len(words) > 2 and words[2][:1].islower() and f"{key(words[0])} {key(words[1])}" in two_syllable_words()


_LEVEL_WORDS = frozenset(key(w) for w in _WORDS["commune_levels"] + _WORDS["district_levels"] if " " not in w)


_ABROAD = regex.compile(r"[ \t]+(?:" + _word_alt(_WORDS["abroad"]) + r")(?![\p{L}\p{N}])")
_NATIONAL = ("central_body", "ministry", "ministerial_agency", "government_agency")


def _abroad(cell: _Cell, m: Mention) -> bool:
    """A national body's name followed by words that put it in another state ("chính phủ nước ngoài", "Chính phủ nước
    nhận vốn vay": Nghị định 118/2026/NĐ-CP, set 34, fifteen such mentions linked to the Government without a warning),
    is another state's body: no mention.

    >>> [m.mention for m in parse_agencies("cho vay chính phủ nước ngoài theo đề xuất của Chính phủ").mentions]
    ['Chính phủ']
    """
    return m.kind in _NATIONAL and m.agency_id is not None and bool(_ABROAD.match(cell.text, m.end))


def _parse_names(g: _Gazetteer, cell: _Cell, text: str, as_of: datetime.date | None,
                 issuer: str | None) -> AgencyParse:
    """The mentions of a cell that is no bare reference (:func:`parse_agencies` without its cache)."""
    mentions: list[Mention] = []
    left: list[tuple[int, int]] = []
    regions = _colon_lists(g, cell, mentions, left)
    spans = _absorb_places(g, cell, _infix_names(g, cell, [s for s in _scan(g, cell, cell.k.isascii())
                                                           if not _inside(s, regions)]))
    pos = 0
    for i, j, aid in spans + [(len(cell.k), len(cell.k), None)]:
        for ga, gb in _outside(pos, i, regions):
            _gap(g, cell, ga, gb, mentions, left)
        if aid is not None:
            exact = not cell.k.isascii() or g.alias.get(cell.k[i:j]) == aid     # typed without diacritics: 0.95
            mentions.append(_m(g, text, cell.start(i), cell.end(j), aid, "alias", 1.0 if exact else 0.95))
        pos = max(pos, j)
    mentions = sorted([*(_generic_enterprise(g, cell, m) for m in mentions), *_enterprise_pieces(g, cell, left)],
                      key=lambda m: m.start)
    mentions = _body_at_level(g, cell, _at_every_level(cell, _with_country(cell, _glued_lowercase(cell, mentions))))
    mentions = _subject_groups(cell, _qualified(cell, _merge_collectives(g, cell, _qualified(cell, mentions))), left)
    mentions = [_local_government_at_level(g, m) for m in mentions]
    mentions = [_relinked(g, m) for m in _shared_level(g, cell, mentions, left)]
    if as_of is not None:
        mentions = [_at_date(g, m, as_of) for m in mentions]
    mentions = _prefixed(cell, _predicate_cut(cell, _cut_verbs(cell, mentions, left), left), left)
    mentions = _small_after_comma(cell, mentions, left)
    mentions = _bracketed_units(cell, _bare_heads(g, cell, _units_before(cell, mentions, left), left))
    mentions = _level_twins(g, cell, _named_by_province(g, cell, mentions, left), left)
    mentions = [_zone_board(g, _provincial_media(g, m))
                for m in _region_numbers(cell, _attach_provinces(g, cell, _level_places(g, cell, mentions)))]
    mentions = _level_suffix(_branch_of(g, cell, _zone_tail(cell, mentions, left)), cell)
    mentions = _district_names(g, cell, mentions)
    mentions = _unit_of_body(g, cell, _party_bodies(g, cell, _units_of(g, cell, mentions, left), left), left)
    mentions = [m for m in mentions if not _small_headless(m)]
    dropped = [m for m in mentions if _headless_verb(cell, m) or _abroad(cell, m) or _level_in_word(m)]
    left.extend((m.start, m.end) for m in dropped)      # words of the sentence, left over
    mentions = [m for m in mentions if m not in dropped]
    mentions = _unit_before_body(cell, _branch_before(cell, mentions, left), left)
    mentions, left = _ambiguous_provinces(g, cell, mentions, left)
    mentions = _level_ends_name(cell, mentions, left)
    if issuer is not None:
        mentions = [_for_issuer(g, m, issuer, text) for m in mentions]
        if g.agencies[issuer].kind == "commune_body":
            mentions = _commune_pieces(g, cell, mentions, left)
        mentions = _issuer_by_head(g, cell, mentions, left, issuer)
        mentions = _merge_same(cell, mentions)     # twins that became one group ("Tỉnh ủy, Thành ủy")
    mentions = _place_ends_name(g, cell, _every_province(g, cell, _bracketed_twins(cell, mentions)))
    mentions = _each_place(cell, _plural_bodies(cell, mentions), left)
    mentions = [m for m in mentions if not _named_as_place(cell, m) and not _level_of_noun(cell, m)]
    mentions = _role_labels(cell, _belonging_to_group(cell, _class_lists(g, cell, mentions, left)), left)
    mentions = _village_groups(_level_ends_name(cell, mentions, left))    # again: the issuer's commune may extend a name
    mentions = [_stem_type(g, _misspelt(g, _kind_by_head(g, m, issuer))) for m in _forces(g, cell, mentions, left)]
    left.sort()
    return AgencyParse(tuple(mentions), tuple(fold(text[a:b]) for a, b in left), tuple(left))
