"""The parse of one cell: a bare reference, or the chain of passes over the known names and the text between
them (:func:`_parse_names`), cached; and the issuer's id."""
from __future__ import annotations

import datetime
from dataclasses import replace
from functools import lru_cache

import regex

from normalize.text import key, nfc
from normalize.agencies.model import AgencyParse, Mention
from normalize.agencies.words import fold, _word_alt, _WORDS
from normalize.agencies.elided_heads import _elided_heads
from normalize.agencies.field_groups import _field_groups
from normalize.agencies.name_tails import _name_tails
from normalize.agencies.national_names import national_names
from normalize.agencies.paired_groups import _paired_groups
from normalize.agencies.named_members import _named_members
from normalize.agencies.cell import _Cell, _carve
from normalize.agencies.separators import _strip
from normalize.agencies.gazetteer import _Gazetteer, _gazetteer_for, gazetteer
from normalize.agencies.mentions import _at_date, _m, _misspelt, _relinked, _stem_type
from normalize.agencies.scan import _absorb_places, _infix_names, _inside, _inside_words, _outside, _scan
from normalize.agencies.gap import _gap
from normalize.agencies.known_list import known_list
from normalize.agencies.collectives import (_body_at_level, _kinds_listed_before, _merge_collectives, _merge_same,
                                            _shared_level, _system_offices)
from normalize.agencies.groups import (_belonging_to_group, _class_lists, _counted_groups, _each_place, _forces,
                                      _members_of, _plural_bodies, _sectors, _singular_party, _village_groups)
from normalize.agencies.qualifiers import (_at_every_level, _glued_lowercase, _local_ones, _of_local, _qualified,
                                          _small_after_comma)
from normalize.agencies.group_extents import (_local_government_at_level, _parallel_descriptions, _subject_groups,
                                              _with_country)
from normalize.agencies.not_bodies import headless_unknowns, not_a_body, predicate_nominals
from normalize.agencies.international import international_bodies
from normalize.agencies.enterprises import (_enterprise_pieces, _generic_enterprise, _organ_of_company,
                                           dashed_company_names)
from normalize.agencies.cuts import _acronyms_of_things, _closed_groups, _committee_twins, _act_after_group, _agent_verb_cut, _dangling, _cut_verbs, _singular_company, _level_ends_name, _person_ends, _predicate_cut, _prefixed, _role_labels
from normalize.agencies.units import (_bare_heads, _bracketed_units, _force_branches, _parent_in_cell, _party_bodies,
                                      _party_tail, _unit_before_body, _unit_of_body, _units_before, _units_of)
from normalize.agencies.branches import _branch_before, _branch_of
from normalize.agencies.kinds import _kind_by_head
from normalize.agencies.provinces import (_ambiguous_provinces, _attach_provinces, _every_province, _level_places,
                                          _named_by_province, _named_group_of_province, _place_ends_name,
                                          _provincial_media)
from normalize.agencies.force_lists import force_lists, level_lists, party_lists
from normalize.agencies.misread_heads import misread_heads, misread_names
from normalize.agencies.places import (_district_names, _level_suffix, _region_numbers, _zone_board, _zone_tail,
                                       inside_longer_name)
from normalize.agencies.colons import _bracket_lists, _colon_lists
from normalize.agencies.addresses import _addresses
from normalize.agencies.abbreviations import _with_abbreviation
from normalize.agencies.alternatives import _level_alternatives
from normalize.agencies.dated import _undated
from normalize.agencies.desks import _function_units
from normalize.agencies.where import (_belonging_tail, _container_tail, _office_field, _owner_clause, _passive_clause,
                                      _what_members_have, _where_clause, _whose_group)
from normalize.agencies.shortened import _shortened
from normalize.agencies.systems import _bare_systems
from normalize.agencies.issuer import (_bracketed_twins, _commune_pieces, _for_issuer, _issuer_by_head, _issuing_department,
                                       _level_twins, _province_initials, _province_pieces)


# a cell that only points to a document ("Theo Kế hoạch số 12/KH-UBND"): the document's word, not the second word of
# a body's name ("Theo đề nghị của Vụ trưởng Vụ Kế hoạch", "... Bộ Kế hoạch và Đầu tư": the proposer, held-out sets 28-29)
_REFERENCE = regex.compile(r"^[\W\d]*(?:" + _word_alt(_WORDS["reference_openers"]) + r")(?![\p{L}\p{N}])"
                           r".*?(?<![\p{L}\p{N}])(?<!(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["head_nouns"]) + r")\s+)"
                           r"(?:" + _word_alt(_WORDS["reference_targets"]) + r")(?![\p{L}\p{N}])", regex.S)


# ... unless a clause with a verb of assignment follows a comma: the reference is then the sentence's adverbial ("Theo
# Kế hoạch, Sở Nội vụ sẽ chủ trì, phối hợp với ...", "Theo đó, tỉnh đã chỉ đạo các sở, ban, ngành ...": Lâm Đồng
# reports of 2026, set 36), and the sentence names its bodies
_CLAUSE_AFTER = regex.compile(r",[^,;]*?(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["assignment_verbs"]) + r")(?![\p{L}\p{N}])")


@lru_cache(maxsize=1024)
def _issuer_id(issuer: str, vocab: str = "") -> str | None:
    """The province, ministry, commune or central body (Ủy ban Thường vụ Quốc hội, ...) that issued the decision, from
    the issuer as printed (None when none of these)."""
    ms = _parse_cached(nfc(issuer), None, None, vocab).mentions
    for m in ms:
        if m.agency_id and m.kind in ("province", "ministry", "ministerial_agency", "commune_body", "central_body") \
                or m.agency_id == "dh.ubnd_huyen":      # a district's committee (before 07/2025): its departments
            return m.agency_id
    # a province's department named with its province ("SỞ CÔNG THƯƠNG TỈNH LÀO CAI"): that province's
    provinces = (_province_named(m.parent) for m in ms if m.kind == "provincial_body" and m.parent)
    return next((p for p in provinces if p), None)


@lru_cache(maxsize=1024)
def _issuer_department(issuer: str, vocab: str = "") -> str | None:
    """The province's department that issued the text ("UBND TỈNH LÂM ĐỒNG / SỞ NỘI VỤ"), None when the issuer
    as printed names none."""
    return _issuing_department(gazetteer(), _parse_cached(nfc(issuer), None, None, vocab).mentions)


@lru_cache(maxsize=256)
def _province_named(name: str) -> str | None:
    """The id of the province whose People's Committee is named *name* ("Ủy ban nhân dân tỉnh Lào Cai")."""
    return next((a.id for a in gazetteer().agencies.values() if a.kind == "province" and a.name == name), None)


_OPENERS = tuple(key(w) for w in _WORDS["reference_openers"])


def _opens_with_opener(text: str) -> bool:
    """Is the cell's first word (underthesea's segmentation) a reference's opener, or the start of one ("thực hiện" of
    "thực hiện theo"), and not a verb it begins ("Theo dõi, quản lý, đôn đốc ... chương trình": a task, held-out set
    41, read as a reference to a programme)?

    >>> _opens_with_opener("Theo Kế hoạch số 12/KH-UBND"), _opens_with_opener("Theo dõi, đôn đốc các đơn vị")
    (True, False)
    """
    from underthesea import word_tokenize

    first = next((w for w in word_tokenize(text[:60]) if regex.search(r"\p{L}", w)), "")
    k = key(first)
    return any(o == k or o.startswith(k + " ") for o in _OPENERS)


_BASIS = regex.compile(r"^[\W\d]*(?:căn cứ|can cu)(?![\p{L}\p{N}])")
# a reference's opener then a request and its author: "theo đề nghị của Giám đốc Sở ...", "theo ý kiến chỉ đạo của ..."
_REQUEST = regex.compile(r"^[\W\d]*(?:" + _word_alt(_WORDS["reference_openers"]) + r")\s+(?:(?:"
                         + _word_alt(_WORDS["request_words"]) + r")\s+)+(?:" + _word_alt(["của"]) + r")(?![\p{L}\p{N}])")


@lru_cache(maxsize=65536)
def _parse_cached(text: str, as_of: datetime.date | None, issuer: str | None, vocab: str = "") -> AgencyParse:
    g = _gazetteer_for(vocab)       # gazetteer(), the vocabulary in force named by the caller
    cell = _Cell(text)
    if _REFERENCE.match(cell.k) and not _CLAUSE_AFTER.search(cell.k) and _opens_with_opener(text):
        if _BASIS.match(cell.k) or _REQUEST.match(cell.k):     # a legal basis names the bodies that issued what it
            # cites, a request its author: read, if it names any
            read = _parse_names(g, _Cell(text), text, as_of, issuer)
            if read.mentions:
                return read
        a, b = _strip(cell.k, 0, len(cell.k))
        ref = Mention(text[cell.start(a):cell.end(b)], cell.start(a), cell.end(b), None,
                      fold(text[cell.start(a):cell.end(b)]), "by_reference", fold(text[cell.start(a):cell.end(b)]),
                      "by_reference", 1.0)
        return AgencyParse((ref,) if a < b else (), ())
    plain = known_list(g, cell, text, as_of, issuer)
    return plain if plain is not None else _parse_names(g, cell, text, as_of, issuer)


_AT_PLACE = regex.compile(r"(?:^|\s)(?:" + _word_alt(_WORDS["place_prepositions"]) + r")\s+$", regex.I)


def _named_as_place(cell: _Cell, m: Mention) -> bool:
    """A province written with its level ("tỉnh Yên Bái", not "UBND tỉnh ...") or a bare "địa phương" right after a
    word of place ("trên địa bàn", "tại": agency_words.yaml's place_prepositions; "cư trú tại địa phương") is where,
    not who: no mention.  So is a province, city or district named bare or with its level in a run of places that
    such a word or a place label opens ("mưa to tại khu vực Bắc Bộ và Thanh Hóa, đặc biệt tại Thái Nguyên, Bắc Ninh",
    "Địa điểm: ..., thành phố Plieku, tỉnh Gia Lai": held-out set 41).

    >>> [m.mention for m in parse_agencies("ngập lụt tại Bắc Ninh, Lạng Sơn, đặc biệt là tại Thái Nguyên").mentions]
    []
    """
    k = key(m.mention)
    placed = m.kind == "province" and k.startswith(("tỉnh ", "thành phố ")) \
        or m.kind == "collective" and k in ("địa phương", "địa bàn")
    if placed and _AT_PLACE.search(cell.text, max(0, m.start - 20), m.start):
        return True
    bare = m.kind in ("province", "district_body") and m.mention[:1].isupper() and m.agency_id != "dh.ubnd_huyen" \
        or m.kind in ("province", "district_body") and k.startswith(("tỉnh ", "thành phố ", "huyện ", "quận "))
    if not bare or _GOVERNMENT.match(k):
        return False
    clause = max(cell.text.rfind(c, 0, m.start) for c in ";\n") + 1
    opener = None
    for opener in _PLACE_OPENER.finditer(cell.text, clause, m.start):
        pass
    return opener is not None and (opener.group().endswith(":")    # a place label: its item is a place
                                   or bool(_PLACE_RUN.fullmatch(cell.text, opener.end(), m.start)))


# a word of place or a place label that opens a run of places, and what such a run holds between its names: capitalised
# words (the names), levels, regions and joining words
_PLACE_OPENER = regex.compile(r"(?:^|(?<=\s))(?:" + _word_alt(_WORDS["place_prepositions"]) + r")(?=\s)|địa điểm\s*:",
                              regex.I)
_PLACE_RUN = regex.compile(r"(?:[\s,]+|(?:và|hoặc|đặc biệt|nhất là|là|tại|ở|khu vực|vùng|tỉnh|thành phố|huyện|quận|"
                           r"[\p{Lu}][\p{L}\p{M}]*)(?![\p{L}\p{N}]))*")
_GOVERNMENT = regex.compile(r"(?:ubnd|ủy ban|uỷ ban|hđnd|hội đồng)(?![\p{L}\p{N}])")


_WORD_BEFORE = regex.compile(r"\p{L}\s+$")
_LEVEL_ALONE = regex.compile(r"cấp\s+(?:" + _word_alt(_WORDS["each_place_words"]) + r")(?![\p{L}\p{N}])", regex.I)


def _level_of_noun(cell: _Cell, m: Mention) -> bool:
    """A level alone ("cấp xã", an alias of the communes' People's Committees as a list item: "UBND tỉnh; cấp xã")
    right after a word is that word's level ("tổ chức ... tái định cư cấp xã", "phòng Kinh tế ... cấp xã"): no
    mention of its own."""
    return bool(_LEVEL_ALONE.match(m.mention)) and bool(_WORD_BEFORE.search(cell.text, max(0, m.start - 3), m.start))


_KIND_AT_START = regex.compile(r"(?<=(?:^|[,;])[ \t]*)(?P<k>(?:" + _word_alt(_WORDS["class_noun_list"]) + r")(?![\p{L}\p{N}])[^,;()]*)$")


def _described_at_level(g: _Gazetteer, cell: _Cell, m: Mention, left: list) -> Mention | None:
    """A level after a noun is that noun's; when the noun is the description of a kind of body that opens its list
    item ("Ủy ban nhân dân cấp xã, cơ quan có chức năng quản lý đất đai cấp xã, ...": Nghị định of set 18), the kind,
    its description and the level are one group; else no mention (None).

    >>> [m.mention for m in parse_agencies("Ủy ban nhân dân cấp xã, cơ quan có chức năng quản lý đất đai cấp xã").mentions]
    ['Ủy ban nhân dân cấp xã', 'cơ quan có chức năng quản lý đất đai cấp xã']
    """
    piece = next(((a, b) for a, b in left if b <= m.start and not cell.text[b:m.start].strip()), None)
    d = _KIND_AT_START.search(cell.text[:piece[1]], piece[0]) if piece else None
    if d is None or not d["k"][:1].islower():
        return None
    a = d.start("k")
    _carve(cell, left, a, m.start)
    return _m(g, cell.text, a, m.end, "coll.other", "pattern", 0.7, name=fold(cell.text[a:m.end]))


def _small_headless(m: Mention) -> bool:
    """A body's name without its head, in small letters, that no unit took as its own words ("Vụ Khoa học, giáo dục,
    tài nguyên và môi trường"): the verb "xây dựng", the field "tài chính" in prose, never Bộ Xây dựng or Bộ Tài
    chính (18 such mentions over the held-out sets 21-32, linked to a ministry without a warning)."""
    return m.method == "repaired" and m.mention[:1].islower()


def _reread_cuts(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list, n: int, as_of: datetime.date | None,
                 issuer: str | None) -> list[Mention]:
    """What a name's verb cut off (the pieces ``left[n:]``) is read again on its own: the verb's object may be another
    body ("Vụ Tài chính phối hợp với Vụ Tổ chức cán bộ ...": held-out sets 28-29, read as one name up to the verb and
    the Vụ after it lost).  Only a piece that names known bodies or capitalised names is read so: words in small
    letters after a verb are mostly its object in prose ("hướng dẫn tổ chức, cá nhân lập hồ sơ").

    >>> [m.mention for m in parse_agencies("Vụ Tài chính phối hợp với Vụ Tổ chức cán bộ và các cơ quan liên quan").mentions]
    ['Vụ Tài chính', 'Vụ Tổ chức cán bộ', 'các cơ quan liên quan']
    """
    found = []
    for a, b in left[n:]:
        read = _parse_names(g, _Cell(cell.text[a:b]), cell.text[a:b], as_of, issuer)
        if read.mentions and all(m.mention[:1].isupper() or m.agency_id not in (None, "coll.other")
                                 for m in read.mentions):
            left.remove((a, b))
            left.extend((a + x, a + y) for x, y in read.leftover_spans)
            found += [replace(m, start=m.start + a, end=m.end + a) for m in read.mentions]
    return sorted(ms + found, key=lambda m: m.start) if found else ms


def _reread_kept(g: _Gazetteer, m: Mention, as_of: datetime.date | None, issuer: str | None) -> list[Mention]:
    """What a verb's cut kept of a name no entry linked is read again on its own: it may be a known body ("UBND tỉnh
    Lào Cai giao Sở Công Thương ...": a Lào Cai minute of 2026, set 44, read as one unknown name up to the verb), or
    known bodies joined by "và" or commas and nothing else ("các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn
    trương gửi ...": the last item of a list cut at its verb, Công điện 232/CĐ-TTg 2025, set 46).

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Văn bản số 4135/UBND-KT ngày 21/5/2026 của UBND tỉnh Lào Cai giao Sở Công Thương chủ trì").mentions]
    [('UBND tỉnh Lào Cai', 'prov.lao_cai'), ('Sở Công Thương', 'dp.so_cong_thuong')]
    >>> [m.agency_id for m in parse_agencies("Ủy ban nhân dân các tỉnh: Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương gửi Báo cáo").mentions]
    ['prov.khanh_hoa', 'prov.gia_lai', 'prov.lam_dong']
    """
    if m.agency_id is not None or m.kind == "collective" or sum(w[:1].isupper() for w in m.mention.split()) < 2:
        return [m]      # a bare head ("Cơ quan", "Công an") means what its sentence makes it: not read alone
    read = _parse_names(g, _Cell(m.mention), m.mention, as_of, issuer).mentions
    if not read or any(not r.agency_id or r.kind == "collective" for r in read):
        return [m]
    spans = [(r.start, r.end) for r in read]
    between = [m.mention[a:b] for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(m.mention)])]
    if len(read) == 1 and spans[0] != (0, len(m.mention)) or not all(_JOINER.fullmatch(t) for t in between):
        return [m]
    return [replace(r, start=r.start + m.start, end=r.end + m.start) for r in read]


_JOINER = regex.compile(r"\s*(?:[,;]\s*|và\s+)?", regex.I)


def _clauses(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """The words after a body or a group that say which of them are meant, part of the mention (where.py): a unit's
    function, an office's field, "nơi ...", "được ...", "do ...", "thuộc ...", "trong ...", "của ...", and the rest of
    a company's dashed name."""
    ms = _office_field(cell, _function_units(cell, ms, left), left)
    ms = _passive_clause(cell, _where_clause(cell, ms, left), left)
    ms = _container_tail(cell, _belonging_tail(cell, _owner_clause(cell, ms, left), left), left)
    ms = _what_members_have(cell, _whose_group(cell, ms, left), left)
    return dashed_company_names(g, cell, ms, left)


def _scanned(g: _Gazetteer, cell: _Cell, text: str) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The mentions the alias scan and the reading of the words between its names give, in order, and the words
    left over: what the passes of :func:`_parse_names` start from."""
    mentions: list[Mention] = []
    left: list[tuple[int, int]] = []
    regions = _colon_lists(g, cell, mentions, left) + _addresses(cell, left)
    regions += _bracket_lists(g, cell, mentions, left) if "(" in cell.k else []
    spans = _absorb_places(g, cell, _inside_words(cell, _infix_names(g, cell, [
        s for s in _scan(g, cell, cell.k.isascii()) if not _inside(s, regions)])))
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
    return mentions, left


def _parse_names(g: _Gazetteer, cell: _Cell, text: str, as_of: datetime.date | None,
                 issuer: str | None) -> AgencyParse:
    """The mentions of a cell that is no bare reference (:func:`parse_agencies` without its cache)."""
    mentions, left = _scanned(g, cell, text)
    mentions = predicate_nominals(cell, misread_names(g, cell, misread_heads(g, cell, mentions, left), left), left)
    mentions = _body_at_level(g, cell, _at_every_level(cell, _with_country(cell, _glued_lowercase(cell, mentions))))
    mentions = _of_local(cell, _qualified(cell, _merge_collectives(g, cell, _qualified(cell, mentions))))
    mentions = _subject_groups(cell, _local_ones(cell, mentions), left)
    mentions = _system_offices(g, cell, _kinds_listed_before(g, cell, mentions, left), left)
    mentions = _parallel_descriptions(cell, mentions, left)
    mentions = [_local_government_at_level(g, m) for m in mentions]
    mentions = [_relinked(g, m) for m in _shared_level(g, cell, mentions, left)]
    if as_of is not None:
        mentions = [_at_date(g, m, as_of) for m in mentions]
    n = len(left)
    uncut = {(m.start, m.end) for m in mentions}
    mentions = [r for m in _act_after_group(cell, _agent_verb_cut(cell, _cut_verbs(cell, mentions, left), left), left)
                for r in ([m] if (m.start, m.end) in uncut else _reread_kept(g, m, as_of, issuer))]
    mentions = _reread_cuts(g, cell, mentions, left, n, as_of, issuer)
    mentions = _prefixed(cell, _predicate_cut(cell, mentions, left), left)
    mentions = _small_after_comma(cell, mentions, left)
    mentions = _bracketed_units(cell, _bare_heads(g, cell, _units_before(cell, mentions, left), left))
    mentions = _level_twins(g, cell, _named_by_province(g, cell, mentions, left), left)
    mentions = [_zone_board(g, _provincial_media(g, m))
                for m in _region_numbers(cell, _attach_provinces(g, cell, _level_places(g, cell, mentions)))]
    mentions = _level_suffix(_branch_of(g, cell, _zone_tail(cell, mentions, left)), cell)
    mentions = _district_names(g, cell, mentions)
    mentions = _unit_of_body(g, cell, _party_bodies(g, cell, _units_of(g, cell, mentions, left), left), left)
    mentions = _bare_systems(g, cell, _force_branches(g, cell, mentions, left), left, issuer)
    mentions = [m for m in mentions if not _small_headless(m)]
    ends = frozenset(m.end for m in mentions)
    dropped = [m for m in mentions if not_a_body(cell, m, ends)]
    left.extend((m.start, m.end) for m in dropped)      # words of the sentence, left over
    mentions = [m for m in mentions if m not in dropped]
    mentions = _unit_before_body(cell, _branch_before(cell, mentions, left), left)
    mentions, left = _ambiguous_provinces(g, cell, mentions, left)
    mentions = _elided_heads(g, cell, _committee_twins(cell, _level_ends_name(cell, mentions, left)))
    if issuer is not None:
        placed = len({m.agency_id for m in mentions if m.kind == "province"}) == 1
        mentions = [_for_issuer(g, m, issuer, text, placed) for m in mentions]
        if g.agencies[issuer].kind == "commune_body":
            mentions = _commune_pieces(g, cell, mentions, left)
        if g.agencies[issuer].kind == "province":
            mentions = _province_initials(g, cell, _province_pieces(g, cell, mentions, left, issuer), issuer)
        mentions = _issuer_by_head(g, cell, mentions, left, issuer)
        mentions = _merge_same(cell, mentions)     # twins that became one group ("Tỉnh ủy, Thành ủy")
        mentions = _attach_provinces(g, cell, mentions)     # a body the issuer placed, and its province printed after it
    mentions = [_named_group_of_province(m)
                for m in _place_ends_name(g, cell, _every_province(g, cell, _bracketed_twins(cell, mentions)))]
    mentions = _each_place(cell, _plural_bodies(cell, _members_of(cell, mentions, left), left), left)
    mentions = [m for m in mentions if not _named_as_place(cell, m) and not inside_longer_name(cell, m, mentions)]
    mentions = [d for m in mentions if (d := _described_at_level(g, cell, m, left) if _level_of_noun(cell, m) else m)]
    mentions = _role_labels(cell, _belonging_to_group(cell, _class_lists(g, cell, mentions, left)), left)
    mentions = _clauses(g, cell, mentions, left)
    mentions = _named_members(cell, _village_groups(_level_ends_name(cell, mentions, left)), left)  # again: the issuer's commune
    mentions = [_stem_type(g, _misspelt(g, _kind_by_head(g, _shortened(g, m), issuer)))
                for m in _forces(g, cell, mentions, left)]
    mentions = _paired_groups(g, cell, _field_groups(g, cell, _sectors(g, cell, mentions, left), left), left)
    mentions = _parent_in_cell(g, cell.text, mentions, issuer)
    mentions = _with_abbreviation(g, cell, _organ_of_company(cell, _counted_groups(cell, mentions, left)), left)
    mentions = _name_tails(cell, _undated(cell, _level_alternatives(cell, mentions, left), left), left)
    mentions = [_singular_party(m) for m in _person_ends(g, cell, _party_tail(cell, mentions, left), left)]
    mentions = level_lists(cell, force_lists(cell, _singular_company(cell, mentions, left), left), left)
    mentions = _acronyms_of_things(cell, _dangling(cell, party_lists(cell, _closed_groups(cell, mentions, left), left), left), left)
    mentions = national_names(g, cell, international_bodies(g, cell, headless_unknowns(cell, mentions, left), left), left)
    left.sort()
    return AgencyParse(tuple(mentions), tuple(fold(text[a:b]) for a, b in left), tuple(left))
