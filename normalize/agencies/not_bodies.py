"""Words read as a body that are none: a ministry's name without its head opening a clause as its verb, a level word
inside another word ("xã hội"), a national body's name put in another state ("chính phủ nước ngoài")."""
from __future__ import annotations

import regex

from normalize.predicate import _tagged
from normalize.text import fold_key, key
from normalize.vietnamese import two_syllable_words, word_keys
from normalize.agencies.model import Mention
from normalize.agencies.words import _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.patterns import _CLAUSE_START, _GROUP_START, _HEADS

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
    # ... and small letters go on after that word, or nothing does ("kinh tế - xã hội": eleven readings over sets 1-53,
    # none a body): "huyện đảo Lý Sơn" (an island district) names one
    return (len(words) == 2 or words[2][:1].islower()) and f"{key(words[0])} {key(words[1])}" in two_syllable_words()


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


_HOMOGRAPH = regex.compile(r"(?:" + _word_alt(_WORDS["verb_homographs"]) + r")(?![\p{L}\p{N}])")
# ... not in a list of kinds of body ("tổ chức, cá nhân có liên quan", "Tổ chức, doanh nghiệp hoạt động ...")
_CLASS_NEXT = regex.compile(r"\s*(?:,|và|hoặc)\s*(?:" + _word_alt(_WORDS["class_noun_list"]) + r")(?![\p{L}\p{N}])")
_JOINED = regex.compile(r"\s*(?:,|;|và|hoặc)\s*$")
_PLURAL = regex.compile(r"(?<![\p{L}\p{N}])(?:các|những|mọi)\s+$", regex.I)
_WINDOW = 60      # characters of the sentence around the word the tagger reads


def _verb_homograph(cell: _Cell, m: Mention, ends: frozenset) -> bool:
    """A group named by a noun that is also a verb, in small letters with no plural word before it, that
    underthesea's tagger reads as the verb in its sentence: "sắp xếp, tổ chức lại thôn, tổ dân phố" (to reorganise:
    Nghị định 185/2026/NĐ-CP, set 34), "tổ chức lễ diễu binh", "tổ chức gặp mặt thăm hỏi" (sets 21, 26) - an action,
    no body; "phối hợp với các tổ chức, cá nhân" and "với tổ chức hành nghề công chứng" stay (the tagger reads them
    as nouns), and so does an item of a list of bodies ("các bộ, ngành, tổ chức chính trị - xã hội", which the tagger
    reads as a verb).

    >>> [m.mention for m in parse_agencies("Hội đồng nhân dân cấp xã quyết định thành lập, sắp xếp, tổ chức lại thôn").mentions]
    ['Hội đồng nhân dân cấp xã']
    """
    h = _HOMOGRAPH.match(m.mention) if m.kind == "collective" else None
    if not h or _CLASS_NEXT.match(cell.text, m.start + h.end()) or _PLURAL.search(cell.text, 0, m.start):
        return False
    joined = _JOINED.search(cell.text, 0, m.start)      # an item of a list of bodies: a noun, whatever the tagger says
    if joined and joined.start() in ends:
        return False
    a = max(0, m.start - _WINDOW)
    return _tag_at(cell.text[a:m.start + _WINDOW], m.start - a) == "V"


def _tag_at(text: str, at: int) -> str | None:
    """underthesea's tag of the word of *text* that starts at offset *at* (None when no word starts there)."""
    return next((tag for _, tag, i in _tagged(text) if i == at), None)


# "địa phương" alone after these words, or after "trung ương và / đến", is a place or a level ("ngân sách của địa
# phương", "về địa phương", "ở trung ương và địa phương"), after a noun in small letters an adjective ("ngân sách địa
# phương": local); before "hóa" part of a verb ("địa phương hóa các TTHC").
_LOCAL = regex.compile(r"địa[ \t]+phương(?:[ \t]+mình)?")
_LOCAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["local_as_place_after"]) + r"|(?i:trung[ \t]+ương)"
                              r"[ \t]+(?:và|đến|tới))[ \t]+$")
_LOCAL_AFTER = regex.compile(r"[ \t]+hóa(?![\p{L}])")


def _local_as_place(cell: _Cell, m: Mention) -> bool:
    """"địa phương" alone (no plural word, no list) used as a place, a level or an adjective, not a body: 21
    such mentions over held-out sets 20-35 ("cân đối của ngân sách địa phương", "người đứng đầu địa phương", "từ
    Trung ương đến địa phương", "thực hiện nhiệm vụ của địa phương"), none labelled a body; after a verb or "với"
    ("phối hợp, hỗ trợ địa phương", "phối hợp với địa phương") it stays one.

    >>> [m.mention for m in parse_agencies("Trên cơ sở khả năng cân đối ngân sách địa phương, Ủy ban nhân dân cấp tỉnh xem xét").mentions]
    ['Ủy ban nhân dân cấp tỉnh']
    >>> [m.mention for m in parse_agencies("Sở Y tế phối hợp với địa phương").mentions]
    ['Sở Y tế', 'địa phương']
    """
    if m.kind != "collective" or not _LOCAL.fullmatch(m.mention) or m.start == 0:
        return False
    if _LOCAL_BEFORE.search(fold_key(cell.text[max(0, m.start - 30):m.start])) or _LOCAL_AFTER.match(cell.text, m.end):
        return True
    return _after_noun(cell, m)


_COMPLEMENT = regex.compile(r"(?:" + _word_alt(_WORDS["noun_complement_groups"]) + r")")


def _after_noun(cell: _Cell, m: Mention) -> bool:
    """A bare group noun right after a noun in small letters, as underthesea tags it, is that noun's complement, no
    body: "ngân sách địa phương" (local budget), "tài chính doanh nghiệp", "dữ liệu doanh nghiệp" (sets 17-34)."""
    a = max(0, m.start - _WINDOW)
    tags = _tags_before(cell.text[a:m.end], m.start - a)
    return bool(tags) and tags[-1][1] == "N" and tags[-1][0][:1].islower() and not tags[-1][0][:1].isdigit() \
        and key(tags[-1][0]) not in _GROUP_WORDS


_GROUP_WORDS = frozenset(key(w) for w in _WORDS["group_words"])


def _bare_complement(cell: _Cell, m: Mention) -> bool:
    """A bare "doanh nghiệp" (no plural word, nothing after it) after a noun: :func:`_after_noun`.

    >>> [m.mention for m in parse_agencies("b) Chủ trì lập kế hoạch thanh tra tài chính doanh nghiệp hàng năm gửi Thanh tra Chính phủ").mentions]
    ['Thanh tra Chính phủ']
    """
    return m.kind == "collective" and m.start > 0 and bool(_COMPLEMENT.fullmatch(key(m.mention))) \
        and _after_noun(cell, m)


_PUBLIC_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["public_words"]) + r")[ \t]*(?:,|và)[ \t]*$",
                               regex.I)


def _of_the_public(cell: _Cell, m: Mention) -> bool:
    """A bare "doanh nghiệp" (no plural word) listed right after a word for the public is the public served, no body.

    >>> [m.mention for m in parse_agencies("Bố trí nhân sự hỗ trợ người dân, doanh nghiệp tham gia dịch vụ công").mentions]
    []
    """
    return m.kind == "collective" and bool(_COMPLEMENT_AT.fullmatch(key(m.mention))) \
        and bool(_PUBLIC_BEFORE.search(cell.text, max(0, m.start - 20), m.start))


# (with a preposition the group took before it is trimmed: "người dân, doanh nghiệp tại các xã": set 62)
_COMPLEMENT_AT = regex.compile(_COMPLEMENT.pattern + r"(?:\s+(?:tại|ở|trên))?")


def _tags_before(text: str, at: int) -> list[tuple[str, str]]:
    """underthesea's tagged words of *text* that start before offset *at* (the sentence read whole)."""
    return [(word, tag) for word, tag, i in _tagged(text) if i < at]


_DEPUTY = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["deputy_words"]) + r")[ \t]+$", regex.I)
_SEAT = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["seat_words"]) + r")[ \t]+$", regex.I)


def _person_or_seat(cell: _Cell, m: Mention) -> bool:
    """A body's title after a deputy's word names a person, no body ("Phó Thủ tướng Chính phủ Lê Thành Long" is no
    Thủ tướng Chính phủ: Thông báo 537/TB-VPCP 2025, set 37), and a body after "trụ sở" names a building ("tại Trụ
    sở Chính phủ"): where, not who.

    >>> [m.mention for m in parse_agencies("tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Lê Thành Long chủ trì").mentions]
    []
    """
    before = cell.text[max(0, m.start - 20):m.start]
    return (m.kind == "central_body" and bool(_DEPUTY.search(before))) or bool(_SEAT.search(before))


_NATIONAL = frozenset(("government_agency", "ministry", "ministerial_agency", "central_body"))
_OFFICE = regex.compile(r"(?<![\p{L}\p{N}])(?:cơ quan|ngành|hệ thống|lực lượng)[ \t]+$", regex.I)


def _field_noun(cell: _Cell, m: Mention) -> bool:
    """A national body's name written in small letters that is one word of the dictionary (underthesea's word list:
    "bảo hiểm xã hội", "thông tấn xã") is the field or the scheme it names ("quỹ bảo hiểm xã hội", "chi tổ chức và
    hoạt động bảo hiểm xã hội": Nghị định 233/2025/NĐ-CP, set 36), no body - unless a word of office comes before it
    ("cơ quan bảo hiểm xã hội", "ngành bảo hiểm xã hội": the system's groups, read elsewhere).

    >>> parse_agencies("trích từ quỹ bảo hiểm xã hội để chi").mentions
    ()
    >>> [m.mention for m in parse_agencies("phối hợp với cơ quan bảo hiểm xã hội xác định").mentions]
    ['cơ quan bảo hiểm xã hội']
    """
    return m.kind in _NATIONAL and m.mention.islower() and " " in m.mention and key(m.mention) in word_keys() \
        and not _OFFICE.search(cell.text, max(0, m.start - 12), m.start)


# nouns for manpower, alone: no body ("bố trí lực lượng, phương tiện": over held-out sets 1-38, 10 such readings with
# "cá nhân", none a mention a reader counts - session 15)
_PEOPLE = frozenset(("lực lượng",))
# people by what they are, with or without words after ("Nhân dân cả nước", "các đoàn viên, hội viên", "các chuyên gia
# kinh tế", "các cá nhân có liên quan"): members, citizens and persons, no body (held-out sets 1-62: 26 such readings,
# one labelled a mention); a list that goes on to a kind of body ("Các cá nhân, cơ quan, đơn vị liên quan") is a group
_PERSON = r"(?:" + _word_alt(_WORDS["person_nouns"]) + r")(?![\p{L}\p{N}])"
_PERSONS = regex.compile(r"^(?:(?:các|những|mọi|toàn thể)\s+)?" + _PERSON + r"(?:\s*(?:,|và)\s*" + _PERSON + r")*"
                         r"(?!\s*(?:,|và\s))")


def _persons(m: Mention) -> bool:
    """Is unnamed group *m* people, not bodies?

    >>> [m.mention for m in parse_agencies("phản ánh ý kiến của các đoàn viên, hội viên và Nhân dân").mentions]
    []
    >>> [m.mention for m in parse_agencies("Các cá nhân, cơ quan, đơn vị liên quan thực hiện").mentions]
    ['Các cá nhân, cơ quan, đơn vị liên quan']
    """
    return m.agency_id == "coll.other" and bool(_PERSONS.match(key(m.mention)))


# (with their marks only: "ban" in "các ban, ngành" is no "bản")
_VILLAGE_START = regex.compile(r"^(?:" + "|".join(regex.escape(key(w)) for w in _WORDS["village_levels"])
                               + r")(?![\p{L}\p{N}])")


def _village_alone(m: Mention) -> bool:
    """A level below the commune named alone, in the singular ("tổ dân phố", "tổ dân phố trên địa bàn"), is a place or
    its people, no body: its bodies have a head ("Ban Công tác Mặt trận thôn", "chi bộ thôn"); "các thôn" among
    partners stays the villages' group.  Over held-out sets 1-38, 9 such readings, none a mention a reader counts
    (session 15).

    >>> parse_agencies("Hoạt động của thôn, tổ dân phố phải tuân thủ").mentions
    ()
    """
    return m.kind == "collective" and m.agency_id == "coll.other" and bool(_VILLAGE_START.match(key(m.mention)))


_BARE_PLACES = regex.compile(r"^(?:(?:các|những|mọi)\s+)?(?:" + _word_alt(_WORDS["bare_places"])
                             + r")(?:\s+trên\s+địa\s+bàn(?:\s+\S+){0,4})?$")     # ("phường trên địa bàn Thành phố")


def _bare_place(m: Mention) -> bool:
    """A group of levels or zones alone, no body's noun with them: "các cấp" ("hội thi các cấp", "cuộc họp trực tuyến
    các cấp"), "cấp" (the verb "cấp, cấp lại giấy phép"), "các khu" ("các khu, cụm công nghiệp"): over sets 1-53,
    twenty such readings, one a reader counted.

    >>> parse_agencies("chủ trì hướng dẫn việc tổ chức hội giảng, hội thi các cấp;").mentions
    ()
    """
    return m.agency_id == "coll.other" and bool(_BARE_PLACES.match(key(m.mention)))


# a law's title right before ("Luật Tổ chức chính quyền địa phương", "Luật Bảo hiểm xã hội"), and a number of tiers
# right after ("mô hình chính quyền địa phương 2 cấp"): the law and the model of government, no body (held-out sets
# 1-62: 15 such readings, one labelled a mention)
_LAW_TITLE = regex.compile(r"(?<![\p{L}\p{N}])Luật(?:[ \t]+[Tt]ổ[ \t]+chức)?[ \t]+$")
_TIER = r"(?:hai|ba|0?2|0?3)[ \t]+cấp"
_TIERS = regex.compile(r"[ \t]+" + _TIER + r"(?![\p{L}\p{N}])")
_TIERED = regex.compile(_TIER + "$")


def _title_or_model(cell: _Cell, m: Mention) -> bool:
    """Is *m* the body a law is named for, or the local government as a model of tiers?

    >>> parse_agencies("Thực hiện Luật Tổ chức chính quyền địa phương và mô hình chính quyền địa phương 2 cấp").mentions
    ()
    """
    if _LAW_TITLE.search(cell.text, max(0, m.start - 20), m.start):
        return True
    return m.kind == "collective" and (_TIERED.search(m.mention) is not None or _TIERS.match(cell.text, m.end) is not None)


_COMMUNE = r"(?:" + _word_alt(_WORDS["commune_levels"] + ["thị trấn"]) + r")"
_COMMUNES_ONLY = regex.compile(r"^(?:(?:các|từng|những)\s+)?" + _COMMUNE + r"(?:\s*,\s*" + _COMMUNE + r")*$")
_AT_PLACE = regex.compile(r"(?<![\p{L}\p{N}])(?:tại|ở)[ \t]+$", regex.I)


def _communes_as_place(cell: _Cell, m: Mention) -> bool:
    """The communes named by their levels alone after "tại" or "ở" ("hỗ trợ chuyển đổi số tại các xã, phường") are
    where the work is done, no body: over held-out sets 1-62, 5 such readings, none labelled a mention (after a verb,
    "hướng dẫn các xã, phường", they are the communes' authorities: sets 9, 12, 44).

    >>> [m.mention for m in parse_agencies("tổ chức tập huấn cho thành viên Tổ chuyển đổi số tại các xã, phường").mentions]
    []
    """
    return m.kind == "collective" and bool(_COMMUNES_ONLY.match(key(m.mention))) \
        and bool(_AT_PLACE.search(cell.text, max(0, m.start - 8), m.start))


def not_a_body(cell: _Cell, m: Mention, ends: frozenset = frozenset()) -> bool:
    """Is mention *m* words of the sentence, no body (any of the rules above)?  *ends*: where the cell's other
    mentions end."""
    return _headless_verb(cell, m) or _abroad(cell, m) or _level_in_word(m) or _local_as_place(cell, m) \
        or _bare_complement(cell, m) or _of_the_public(cell, m) or _person_or_seat(cell, m) or _verb_homograph(cell, m, ends) \
        or _field_noun(cell, m) or (m.kind == "collective" and key(m.mention) in _PEOPLE) or _persons(m) \
        or _village_alone(m) or _bare_place(m) or _title_or_model(cell, m) or _communes_as_place(cell, m)


def headless_unknowns(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A stretch read as an unknown body that opens in small letters with no head noun, no group's word and no
    "các" ("có hiệu lực thi hành kế", "nhiệm vụ" in an OCR text, "châu Phi") is words of the sentence: no mention.  A
    body's name opens with its head ("trường giáo dưỡng", "ban đảng Trung ương").  A head that is also a verb in small
    letters ("thống kê", the head of "Thống kê tỉnh") still lets prose through ("thống kê tình hình thiệt hại ...").

    >>> text = "quy định chức năng, nhiệm vụ, quyên hạn và cơ cấu tổ chức của các bộ, có hiệu lực thi hành kế từ ngày 15"
    >>> [m.mention for m in parse_agencies(text).mentions]
    ['các bộ']
    """
    out = []
    for m in ms:
        k = key(m.mention)
        if m.kind == "unknown" and m.mention[:1].islower() and not _HEADS.match(k) and not _GROUP_START.match(k) \
                and k.split()[0] not in _GROUP_WORDS:
            left.append((m.start, m.end))
            continue
        out.append(m)
    return out


_COPULA = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["copulas"]) + r")[ \t]+$")
_KIND_OF_BODY = regex.compile(r"(?:" + _word_alt([*_WORDS["class_noun_list"], *_WORDS["predicate_nouns"]]) + r")(?![\p{L}\p{N}])")


def predicate_nominals(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A kind of body after "là" says what the body before it is ("Ban Nội chính Trung ương là cơ quan tham mưu,
    giúp việc của Ban Chấp hành Trung ương", "Sở Công Thương là cơ quan tiếp nhận hồ sơ"): a description, no
    mention (35 of 36 such phrases in held-out sets 1-60 are labelled so).  A group named by its level or members
    ("là UBND cấp xã", "là lực lượng quân đội, công an") or a capitalised role ("là Cơ quan đại diện pháp lý cho
    Chính phủ") stays.

    >>> [m.mention for m in parse_agencies("Sở Công Thương là cơ quan đầu mối giúp Ủy ban nhân dân tỉnh").mentions]
    ['Sở Công Thương', 'Ủy ban nhân dân tỉnh']
    """
    out = []
    for m in ms:
        if m.kind == "collective" and m.mention[:1].islower() and _KIND_OF_BODY.match(key(m.mention)) \
                and _COPULA.search(cell.text[max(0, m.start - 12):m.start]):
            left.append((m.start, m.end))
            continue
        out.append(m)
    return out
