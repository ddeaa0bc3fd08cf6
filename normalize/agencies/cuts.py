"""Cuts at verbs and predicates: a name ends where the sentence's predicate begins (normalize/predicate.py), at
a verb, before a prefix or title; role labels and level words that end a name."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from normalize.predicate import in_names, predicate_start
from normalize.text import fold_key, key
from normalize.agencies.model import Mention
from normalize.agencies.words import _capitalised, fold, _word_alt, _WORDS
from normalize.agencies.mentions import _respan
from normalize.agencies.cell import _Cell
from normalize.agencies.gazetteer import _Gazetteer, _provinces_at_end, gazetteer
from normalize.agencies.patterns import (_AGENT_BEFORE, _HEAD_WORDS, _HEADS, _KIND_BY_HEAD, _KIND_HEADS, _ROLE_WORDS,
                                         _VERB_IN)


_TO_COLON = regex.compile(r"[\s\p{Ll}\p{M}]*:")     # words in small letters, then a colon


def _role_labels(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """An unknown "body" in small letters before a colon is the label of a role ("Cơ quan chủ trì: Sở Tư pháp",
    "Cơ quan thực hiện thủ tục hành chính: ..."), not a body: left over.

    >>> [m.mention for m in parse_agencies("Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp: Sở Nội vụ").mentions]
    ['Sở Tư pháp', 'Sở Nội vụ']
    """
    out = []
    for m in ms:
        if m.kind == "unknown" and _TO_COLON.match(cell.text, m.end) and not _capitalised(m.mention, 1):
            left.append((m.start, m.end))
            continue
        out.append(m)
    return out


# (not before "hội": "xã hội"; nor before "ủy": "tỉnh ủy", a level's party committee, is a word of the name)
_LEVEL_THEN_SMALL = regex.compile(r"(?<![\p{L}])(?:xã|phường|thị trấn|đặc khu|tỉnh|thành phố|huyện|quận|thị xã|cùng cấp)"
                                   r"(?=\s+(?!(?:hội|ủy|uỷ)(?![\p{L}]))\p{Ll})", regex.V1)


# the central level ends a name so too ("Ban Chỉ đạo Cải cách tư pháp Trung ương lãnh đạo", "đảng uỷ trực thuộc Trung
# ương tham mưu, giúp": set 50), not before the topic a steering body is named for ("Ban Chỉ đạo Trung ương về phòng,
# chống tham nhũng") or a word of the name ("Trung ương hội", "... và địa phương")
_CENTRAL_THEN_SMALL = regex.compile(r"(?<![\p{L}])(?:[Tt]rung\s+ương|TW|TƯ)"
                                    r"(?=\s+(?!(?:về|và|hội|đảng|đoàn|ủy|uỷ)(?![\p{L}]))\p{Ll})", regex.V1)


def _level_ends_name(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A body's name that names its level ends there when only words in small letters follow: they say what the
    body does ("Ủy ban bầu cử xã theo quy định", "Ủy ban nhân dân xã xác minh"); a capitalised place name after
    the level word is part of the name, a group keeps its qualifiers.

    >>> [m.mention for m in parse_agencies("Ủy ban Bầu cử xã chuyển sang").mentions]
    ['Ủy ban Bầu cử xã']
    """
    out = []
    for m in ms:
        lv = (_LEVEL_THEN_SMALL.search(m.mention) or _CENTRAL_THEN_SMALL.search(m.mention)) \
            if m.kind != "collective" else None
        rest = m.mention[lv.end():] if lv else ""
        if lv and rest.strip() and not any(w[:1].isupper() or w[:1].isdigit() for w in rest.split()):
            m = _cut_at(cell, m, m.start + lv.end(), left)
        out.append(m)
    return out


_PROVINCE_COMMITTEE_END = regex.compile(r"(?<=\S\s+)tỉnh\s+(?:ủy|uỷ)$", regex.I)
_CITY_COMMITTEE = regex.compile(r"\s*,\s*thành\s+(?:ủy|uỷ)", regex.I)


def _committee_twins(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A unit of a province's party committee named for both kinds of province ("Ban Tuyên giáo và Dân vận tỉnh ủy,
    thành ủy": of each Tỉnh ủy and Thành ủy, sets 21 and 50) is one mention: the bare "thành ủy" after its comma is
    the unit's twin, not a committee of its own.

    >>> [m.mention for m in parse_agencies("phối hợp với Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy, các cơ quan báo chí").mentions][:1]
    ['Ban Tuyên giáo và Dân vận tỉnh ủy, thành ủy']
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        twin = _CITY_COMMITTEE.fullmatch(cell.text, prev.end, m.end) if prev is not None else None
        if twin and _PROVINCE_COMMITTEE_END.search(prev.mention):
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end)
            continue
        out.append(m)
    return out


def _cut_at(cell: _Cell, m: Mention, end: int, left: list) -> Mention:
    """Mention *m* ended at text offset *end*, what it loses left over; a name no entry links is the words kept."""
    left.append((end, m.end))
    t = cell.text[m.start:end]
    return replace(m, mention=t, end=end, name=fold(t) if m.agency_id is None else m.name,
                   current_name=fold(t) if m.agency_id is None else m.current_name)


# "liên quan" closes a group: a verb after it says what the group does ("các đơn vị liên quan quản lý, kiểm soát ...":
# set 51; "các Bộ, ngành liên quan nghiên cứu": set 56); an owner, a place or "đến X" after it says which bodies
# ("... liên quan thuộc Bộ Tài chính", "... liên quan trên địa bàn", "liên quan đến X")
_CLOSED_THEN = regex.compile(r"(?<![\p{L}])(?:có[ \t]+)?liên[ \t]+quan(?=[ \t]+(?!(?:đến|tới|với|trực tiếp|khác)(?![\p{L}]))"
                             r"\p{Ll})")


def _closed_groups(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group ends at its "liên quan" when words in small letters run on after it.

    >>> [m.mention for m in parse_agencies("phối hợp với các đơn vị liên quan quản lý, kiểm soát chất lượng").mentions]
    ['các đơn vị liên quan']
    >>> [m.mention for m in parse_agencies("các cơ quan liên quan đến bảo vệ môi trường").mentions]
    ['các cơ quan liên quan đến bảo vệ môi trường']
    """
    if "liên quan" not in cell.k:
        return ms
    from normalize.predicate import _tagged
    out = []
    for m in ms:
        c = _CLOSED_THEN.search(m.mention) if m.kind == "collective" else None
        first = _tagged(m.mention[c.end():].strip())[:1] if c else []
        acts = bool(first) and first[0][1] == "V" and key(first[0][0]) not in _QUALIFYING
        out.append(_cut_at(cell, m, m.start + c.end(), left) if acts else m)
    return out



_PERSON_END = regex.compile(r"(?<=\s)(?:" + "|".join(_WORDS["family_names"]) + r")(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,3}$")


_KIND_HEAD_IN = regex.compile(r"(?<![\p{L}\p{N}])" + _KIND_HEADS.pattern.removeprefix("^"))   # "Ban Thường trực Ban Chỉ đạo"


def _person_ends(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A committee's name (a head of ``kind_by_head`` read by level: Ban Chỉ đạo, Hội đồng, Tổ công tác ...) that ends
    with a person's name - a family name and one to three capitalised syllables, no place's name - ends before it:
    the person who heads it ("Trưởng Ban Chỉ đạo Trung ương các Chương trình MTQG Nguyễn Hòa Bình": set 41).

    >>> [m.mention for m in parse_agencies("Trưởng Ban Chỉ đạo Trung ương các Chương trình MTQG Nguyễn Hòa Bình").mentions]
    ['Ban Chỉ đạo Trung ương các Chương trình MTQG']
    """
    out = []
    for m in ms:
        h = _KIND_HEAD_IN.search(key(m.mention)) if m.agency_id is None and m.kind != "collective" else None
        p = _PERSON_END.search(m.mention) if h and _KIND_BY_HEAD[h.group()].startswith("level") else None
        if p and not g.alias.get(key(p.group())) and not g.alias.get("thành phố " + key(p.group())):
            m = _cut_at(cell, m, m.start + len(m.mention[:p.start()].rstrip(" \t,-–")), left)
        out.append(m)
    return out


_ROLE_VERB = regex.compile(_ROLE_WORDS)
_PREFIXES = regex.compile(r"(?:^|(?<=[\s,;:(]))(?:" + _word_alt(_WORDS["body_prefixes"] + _WORDS["organ_prefixes"])
                          + r")\s*$")


def _name_verb(k: str, text: str) -> regex.Match | None:
    """The first verb in key *k* of a name printed as *text* that says what the body does: in small letters and not
    right after a capitalised head noun, where it names the body ("Ban Chỉ đạo ...", "Văn phòng Ban chỉ đạo phòng thủ
    dân sự")."""
    def after_head(i: int) -> bool:     # a capitalised head noun right before: "Ban chỉ đạo", not "Xã hội chủ trì"
        before = text[:i].split()
        return bool(before) and before[-1][:1].isupper() and key(before[-1]) in _HEAD_WORDS

    return next((v for v in _VERB_IN.finditer(k) if text[v.start() + 1].islower()
                 and (not after_head(v.start()) or _ROLE_VERB.fullmatch(v.group().strip()))), None)


_STANDARD_UNIT = regex.compile(r"(?:" + "|".join(regex.escape(u) for u in sorted(
    _WORDS["ministry_standard_units"], key=len, reverse=True)) + r")(?=[ \t]+(?!và\b|hoặc\b)\p{Ll})")


def _standard_unit_end(m: Mention) -> int | None:
    """Where a ministry's standard unit ends inside an unknown name that runs on in small letters ("Vụ Pháp chế xem
    xét hồ sơ" -> after "Vụ Pháp chế"; agency_words.yaml's ministry_standard_units), or None."""
    u = _STANDARD_UNIT.match(m.mention) if m.agency_id is None and m.kind != "collective" else None
    return u.end() if u else None


# a cited document after a body's name, with the verb that cites it ("Cục Địa chất và Khoáng sản Việt Nam có Văn bản số
# 3633/ĐCKS-PCKS": a Lào Cai report of 2026, set 34): no name holds one
_CITED = regex.compile(r"(?:\s+(?:có|theo|tại|với|ban hành|gửi))?\s+(?:" + _word_alt(_WORDS["citations"])
                       + r")\s+số\s*\d")


# a verb's auxiliary or the passive's marker in small letters: no name holds one, its clause starts there ("Công ty cổ
# phần ... Thủ Đô được Bộ Nông nghiệp và Môi trường cho phép ...": a Lào Cai Công văn, set 36 - the ministry had been
# read as the company's parent)
_AUXILIARY = regex.compile(r"[ \t]+(?:" + "|".join(map(regex.escape, _WORDS["auxiliaries"] + _WORDS["modals"]
                                                       + _WORDS["predicate_adverbs"])) + r")(?![\p{L}\p{N}])")


# the verb that closes a notice's last clause, "(để ...) biết": whom it is told to, not their name ("Thông báo để Công
# ty TNHH Đại Đồng Tiến biết, thực hiện": a Lào Cai Thông báo, set 54; "... để các bộ, cơ quan và địa phương biết":
# set 37)
_TOLD = regex.compile(r"[ \t]+biết(?![\p{L}\p{N}])")
_TOLD_END = regex.compile(r"(?:[\s,./;)]|triển khai|phối hợp|thực hiện|và)*")


# ... or a time phrase: a preposition of time and a unit of the calendar ("Hội đồng quản lý trước ngày 05 tháng 6 để
# ...": Nghị định 233/2025/NĐ-CP, set 36)
_TIME_IN = regex.compile(r"[ \t]+(?:trước|sau|trong|từ|đến|chậm nhất|hằng|hàng)[ \t]+(?:ngày|tháng|năm|quý)(?![\p{L}\p{N}])"
                      # ... or an hour ("Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia trước 13 giờ": set 51)
                      r"|[ \t]+(?:trước|sau|lúc|vào|đến)[ \t]+\d{1,2}[ \t]*(?:giờ|h)(?![\p{L}])"
                      # ... or a conjunction that opens a clause ("Quy chế làm việc của Ban Chỉ đạo sau khi Quyết định
                      # thay thế ...": set 37)
                      r"|[ \t]+(?:sau khi|trước khi|trong khi|ngay khi)(?![\p{L}\p{N}])")


def _time_in(cell: _Cell, m: Mention):
    """A time phrase inside the name, or one whose preposition ends it and whose calendar word follows it ("Ban tổ chức
    Hội nghị trước | ngày 07/11/2024": a Quảng Ngãi Thông báo, held-out set 41), as a match on the mention's text."""
    t = _TIME_IN.search(cell.text[m.start:m.end + 16])
    return t if t is not None and t.start() < len(m.mention) else None


# a bare class noun and the role it has ("Cơ quan chủ trì", "Đơn vị phối hợp": held-out sets 15-32, 17 such)
_ROLE_NAMED = regex.compile(r"(?:" + _word_alt(_WORDS["class_noun_list"]) + r")\s+(?:"
                            + _word_alt(_WORDS["role_named"]) + r")(?![\p{L}\p{N}])")


_HEAD_ACRONYM = regex.compile(r"(?P<head>\p{L}+(?:[ \t]+\p{L}+)?)[ \t]+\p{Lu}[\p{Lu}\p{N}&]+(?=[ \t]+\p{Ll})")


def _acronym_end(m: Mention) -> int | None:
    """A unit named by a head and an abbreviation ends with the abbreviation when a verb or an adverb follows that no
    known name prints in small letters ("phòng BCVTCNTT khẩn trương triển khai ...", "phòng BCVT&CNTT tham mưu ...":
    Sở Thông tin và Truyền thông Hải Dương, set 38; not "Ban QLDA đầu tư xây dựng ...", "Công ty TNHH một ...").

    >>> [m.mention for m in parse_agencies("Giao phòng BCVTCNTT chuẩn bị nội dung họp sơ kết").mentions]
    ['phòng BCVTCNTT']
    """
    from underthesea import pos_tag

    h = _HEAD_ACRONYM.match(m.mention)
    head = _HEADS.match(key(h["head"])) if h is not None else None
    if head is None or head.end() != len(key(h["head"])):
        return None
    tagged = pos_tag(m.mention[h.end():].strip())
    (word, tag), after = tagged[0], (tagged[1][0] if len(tagged) > 1 else None)
    return h.end() if tag in ("V", "R", "A") and not in_names(word, after, _name_words()) else None   # "Ban QLDA đầu tư ..." a name


_CAPITAL_RUN = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*)*(?=[ \t]+\p{Ll})")


def _place_end(m: Mention) -> int | None:
    """A name that runs on past a province's name into small letters ends with the province ("Báo Hải Dương chuẩn bị
    kỹ báo cáo": Sở Thông tin và Truyền thông Hải Dương, set 38).

    >>> [m.mention for m in parse_agencies("yêu cầu Báo Hải Dương chuẩn bị kỹ báo cáo").mentions]
    ['Báo Hải Dương']
    """
    g = gazetteer()
    for r in _CAPITAL_RUN.finditer(m.mention, 1):     # the run's last words, a province's name of two to four
        if any(_provinces_at_end(g, key(r.group()).split(), (4, 3, 2), before=0)):
            return r.end()
    return None


_PARTNER_VERB = regex.compile(r"(?<=\p{L})[ \t]+phối[ \t]+hợp$")
_WITH = regex.compile(r"[ \t]+(?:với|cùng)(?![\p{L}\p{N}])")


def _manner_before(name: str, cut: int) -> int:
    """Offset *cut* moved back over a manner word in small letters right before it, as underthesea tags it (an
    adjective or adverb: "khẩn trương", "chủ động"; a word of letters it tags as a numeral too), which belongs to the
    predicate, not to the name.

    >>> [m.mention for m in parse_agencies("Ban Quản lý Dự án 85 khẩn trương tiếp tục chủ trì").mentions]
    ['Ban Quản lý Dự án 85']
    """
    from normalize.predicate import _tagged

    words = _tagged(name[:cut].rstrip())
    last = words[-1] if words else ("", "", 0)
    manner = last[1] in ("A", "R") or last[1] == "M" and not any(c.isdigit() for c in last[0])   # "khẩn trương" M
    if len(words) > 2 and manner and last[0][:1].islower() and words[-2][1] != "V":
        return len(name[:last[2]].rstrip())
    return cut


def _cut_verbs(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """An unknown body runs up to the verb that says what it does ("Ủy ban Pháp luật chủ trì thẩm tra", "Viện
    Nghiên cứu lập pháp phối hợp chuẩn bị dự thảo") or the document it cites: the verb and what follows are left over.

    >>> [m.mention for m in parse_agencies("Ủy ban Xã hội chủ trì thẩm tra [2]").mentions]
    ['Ủy ban Xã hội']

    A bare class noun before its role verb is named by that role ("Cơ quan chủ trì có trách nhiệm ...": the lead body).

    >>> [(m.mention, m.kind) for m in parse_agencies("Cơ quan chủ trì có trách nhiệm thông báo").mentions]
    [('Cơ quan chủ trì', 'collective')]

    A group's last word "phối hợp" before "với" is the verb, no role ("chỉ đạo các cơ quan, tổ chức phối hợp với ...").

    >>> [m.mention for m in parse_agencies("chỉ đạo các cơ quan, tổ chức phối hợp với Sở Tư pháp").mentions]
    ['các cơ quan, tổ chức', 'Sở Tư pháp']
    """
    out = []
    for m in ms:
        k = key(m.mention)
        if m.kind == "collective" and (w := _PARTNER_VERB.search(m.mention)) and _WITH.match(cell.text, m.end):
            left.append((m.start + w.start(), m.end))   # "các cơ quan, tổ chức phối hợp | với ...": the verb, not a role
            end = m.start + w.start()
            m = _respan(cell, m, m.start, end)
            k = key(m.mention)
        unlisted = m.kind == "unknown" or m.agency_id is None and m.kind != "collective"
        plain = unlisted and len(k) == len(m.mention)     # key offsets are the text's
        v = _name_verb(k, m.mention) if plain else None
        c = _CITED.search(k) if plain else None
        aux = (_AUXILIARY.search(m.mention) or _time_in(cell, m)) if unlisted and m.mention[:1].isupper() else None
        told = _TOLD.search(m.mention)
        if told and _TOLD_END.fullmatch(cell.text, m.start + told.end()):
            aux = aux if aux and aux.start() < told.start() else told   # "để các bộ, cơ quan và địa phương biết."
        cuts = [x for x in (v.start() if v else None, c.start() if c else None, _standard_unit_end(m),
                            aux.start() if aux else None, _acronym_end(m) if unlisted else None,
                            _place_end(m) if unlisted else None) if x]
        cut = min(cuts) if cuts else None
        if cut and aux is not None and cut == aux.start():
            cut = _manner_before(m.mention, cut)     # "... Dự án 85 khẩn trương | tiếp tục": the adverb goes too
        role = _ROLE_NAMED.match(k) if cut and v and cut == v.start() else None
        if role and not cell.text[m.start + role.end():].lstrip().startswith(":"):     # "Cơ quan chủ trì:" labels a list
            cut = role.end()        # "Cơ quan chủ trì": the body in that role, no name cut before its verb
            m = replace(m, agency_id="coll.other", kind="collective", method="pattern", score=0.7)
        if cut and cut < len(m.mention):
            end = m.start + cut
            left.append((end, m.end))
            m = replace(m, mention=cell.text[m.start:end], end=end, name=fold(cell.text[m.start:end]),
                        current_name=fold(cell.text[m.start:end]))
        out.append(m)
    return out


def _small_words(names):
    """Each word (underthesea's) that *names* print in small letters after their first, with the word after it (None
    at a name's end)."""
    from underthesea import word_tokenize
    for n in names:
        ws = word_tokenize(n)
        yield from ((w, nxt) for w, nxt in zip(ws[1:], [*ws[2:], None]) if w[:1].islower())


def _small_words_on(names):
    """Each word that *names* print in small letters after their first, with the word after it ("tổ chức tín
    dụng"), or alone where it ends the name or one of its parts ("Xúc tiến đầu tư, thương mại")."""
    for w, nxt in _small_words(names):
        ends = nxt is None or nxt.lower() == "và" or not nxt[:1].isalnum()
        yield w.lower() if ends else f"{w} {nxt}".lower()


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Words that known names print in small letters after their head, each with the word after it ("Ban Quản lý dự
    án đầu tư xây dựng": "đầu tư xây dựng", "xây dựng"): a verb is a word of a name only where the name goes on as
    the text does ("Cục Quản lý, giám sát tổ chức tín dụng" makes no name word of "tổ chức" in "... Đa dạng sinh học
    tổ chức thực hiện")."""
    return frozenset(_small_words_on(a.name for a in gazetteer().agencies.values() if a.kind != "collective"))


_HEAD_FIRSTS = frozenset(h.split()[0] for h in _HEAD_WORDS)


def _named(mention: str) -> bool:
    """Does *mention* open with a capital, or with a head in small letters and a capitalised word ("phòng Nội vụ": a
    district's plan, Kế hoạch 3070/KH-UBND of Bỉm Sơn, 2024, set 62)?"""
    words = mention.split()
    return mention[:1].isupper() or len(words) > 1 and words[1][:1].isupper()


def _predicate_cut(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A body no entry names, written inside a sentence, ends where its predicate begins, read from word classes
    (:mod:`normalize.predicate`): "Lãnh đạo Trung tâm Lưu trữ lịch sử quyết định việc ..." names "Trung tâm Lưu trữ
    lịch sử"; so does one that opens its numbered clause ("1. Ban Quản lý ... thành phố Hà Nội cấp giấy phép xây
    dựng ...": held-out set 24).  A name alone is left whole (the tagger finds no clause after it), and so is text in
    small letters (no name: the tagger, and its model, are not loaded for it).

    >>> [m.mention for m in parse_agencies("Lãnh đạo Trung tâm Lưu trữ lịch sử quyết định việc sử dụng tài liệu").mentions]
    ['Trung tâm Lưu trữ lịch sử']
    """
    out = []
    for m in ms:
        cut = predicate_start(m.mention, _name_words(), _HEAD_FIRSTS, _HEAD_WORDS) if m.agency_id is None and m.kind != "collective" \
            and _named(m.mention) and len(m.mention.split()) > 4 else None
        if cut:
            m = _cut_at(cell, m, m.start + len(m.mention[:cut].rstrip(" \t-–—,;:")), left)   # "Cục A03 - để b/c": no dash
        out.append(m)
    return out


def _prefixed(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"Thường trực" or "Trung ương" right before a body names that body's standing or central committee: part of the
    mention, the same body ("Thường trực Hội đồng Dân tộc", "Trung ương Mặt trận Tổ quốc Việt Nam").

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Trung ương Mặt trận Tổ quốc Việt Nam").mentions]
    [('Trung ương Mặt trận Tổ quốc Việt Nam', 'tw.mat_tran_to_quoc')]
    >>> [m.mention for m in parse_agencies("- Các sở, ban, ngành; TT Thành ủy;", issuer="UBND tỉnh Lào Cai").mentions]
    ['Các sở, ban, ngành', 'TT Thành ủy']
    """
    out: list[Mention] = []
    for m in ms:
        named = m.kind != "collective" or m.mention[:1].isupper()     # "Ban Thường trực Ủy ban MTTQ ... cùng cấp"
        p = _PREFIXES.search(key(cell.text[max(0, m.start - 20):m.start])) if named else None
        p = p or (_STANDING_TT.search(cell.text[max(0, m.start - 20):m.start]) if _COMMITTEE.match(key(m.name or ""))
                  else None)
        if p:
            start = max(0, m.start - 20) + p.start()
            start += len(cell.text[start:m.start]) - len(cell.text[start:m.start].lstrip())   # key() strips the window
        if p and (_TITLE_BEFORE.search(key(cell.text[max(0, start - 25):start])) or cell.text[start].islower()
                  and start > 0):   # "cơ quan thường trực Ban X": a word of the sentence
            p = None        # "Phó Bí thư Thường trực Tỉnh Đoàn": the person's title, not the body's standing board
        if p:
            if out and out[-1].end > start and key(out[-1].mention).strip() == key(p.group()).strip():
                out.pop()           # read as a group of its own ("Trung ương" -> coll.other)
            elif out and out[-1].end > start:
                out.append(m)
                continue
            left[:] = [(a, b) for a, b in left if not (start <= a and b <= m.start)]
            m = replace(m, mention=cell.text[start:m.end], start=start)
        out.append(m)
    return out


# "TT" without its period before a committee ("TT Thành ủy", "TT Đảng uỷ, HĐND": Nơi nhận lines of sets 51 and 53) is
# its standing board: no Trung tâm belongs to a committee; before other bodies "TT" stays a Trung tâm's short form
_STANDING_TT = regex.compile(r"(?:^|(?<=[\s,;:(]))TT\s+$")
# the committees a standing board is of: the Party's (``party_committees``), the councils and the People's Committees
_COMMITTEE = regex.compile(r"^(?:" + _word_alt([*_WORDS["party_committees"], "đảng ủy", "hội đồng nhân dân",
                                                "ủy ban nhân dân"]) + ")")


_TITLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["person_titles"]) + r")$")


_AGENT_VERB_END = regex.compile(r"(?:[ \t]+(?:đã|đang|sẽ))?[ \t]+(?:" + _word_alt(_WORDS["agent_verbs"]) + r")$")


def _agent_verb_cut(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group after "do", "bởi" or "được" is the doer of what follows: a verb its words took in ("do UBND cấp xã,
    phường quản lý": "quản lý" is a word of group phrases too; a Lào Cai report of 2026, set 44) is cut off.

    >>> [m.mention for m in parse_agencies("16 cụm công nghiệp do UBND cấp xã, phường quản lý, hạ tầng").mentions]
    ['UBND cấp xã, phường']
    """
    out = []
    for m in ms:
        doer = m.kind == "collective" and _AGENT_BEFORE.search(cell.text[:m.start])
        v = _AGENT_VERB_END.search(m.mention) if doer else None
        out.append(_cut_at(cell, m, m.start + v.start(), left) if v else m)
    return out


_COMPANY_THEN_ACT = regex.compile(r"^(?:tổng công ty|công ty|tập đoàn)(?=[ \t]+(?:" + _word_alt(
    [*_WORDS["group_rest_stops"], *_WORDS["lead_verbs"], *_WORDS["auxiliaries"], *_WORDS["modals"]]) + r")(?![\p{L}\p{N}]))")


def _singular_company(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"Công ty" alone, singular and capitalised, then what it is to do ("đôn đốc Công ty thực hiện theo đúng dự án":
    the company the document is about; Lào Cai letters of 2026, sets 30 and 36, read as a group of firms up to the
    sentence's end): that one company, kind enterprise, the rest of the sentence left over.

    >>> [(m.mention, m.kind) for m in parse_agencies("Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện đầy đủ các nội dung sau:").mentions]
    [('Sở Nông nghiệp và Môi trường', 'provincial_body'), ('Công ty', 'enterprise')]
    """
    out = []
    for m in ms:
        h = _COMPANY_THEN_ACT.match(key(m.mention)) if m.kind == "collective" and m.mention[:1].isupper() else None
        if h is not None:
            m = replace(_cut_at(cell, m, m.start + h.end(), left), agency_id=None, kind="enterprise", method="pattern",
                        score=0.6, name=fold(m.mention[:h.end()]), current_name=fold(m.mention[:h.end()]))
        out.append(m)
    return out


_NEVER_LAST = regex.compile(r"[ \t,;]+(?:" + _word_alt(_WORDS["never_last"]) + r")[ \t,;]*$", regex.I)
_NEVER_LAST_MARKED = regex.compile(r"[ \t,;]+(?:" + "|".join(map(regex.escape, _WORDS["never_last"])) + r")[ \t,;]*$",
                                   regex.I)


def _dangling(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A mention that ends on a word no name ends on (``never_last``: "tại", "để", "của" ...) ends before it.

    >>> [m.mention for m in parse_agencies("Báo cáo Đảng ủy Bộ Nông nghiệp và Môi trường để báo cáo").mentions]
    ['Đảng ủy Bộ Nông nghiệp và Môi trường']
    """
    out = []
    for m in ms:
        d = (_NEVER_LAST.search(fold_key(m.mention)) if m.mention.isascii() else _NEVER_LAST_MARKED.search(m.mention)) \
            if m.agency_id is None or m.kind == "collective" else None      # with marks: "thiên tai" is no "tại"
        if d is not None and d.start() > 0:
            m = _cut_at(cell, m, m.start + d.start(), left)
            if m.agency_id == "coll.other":
                m = replace(m, name=fold(m.mention))
        o = _OF_FIRST.match(m.mention) if m.kind == "collective" else None
        if o is not None and o.end() < len(m.mention):      # "của các cơ quan, tổ chức ở Trung ương": whose, no part
            left.append((m.start, m.start + o.end()))
            t = m.mention[o.end():]
            m = replace(m, mention=t, start=m.start + o.end(),
                        **({"name": fold(t), "current_name": fold(t)} if m.agency_id == "coll.other" else {}))
        out.append(m)
    return out


_OF_FIRST = regex.compile(r"(?:của|cuả)[ \t]+", regex.I)


_ACRONYM_WORD = r"[\p{Lu}\d]{2,8}"
_ACRONYM = regex.compile(_ACRONYM_WORD)
_ACRONYM_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(" + _ACRONYM_WORD + r")[ \t]*[,/][ \t]*$")
_ACRONYM_AFTER = regex.compile(r"[ \t]*[,/][ \t]*(" + _ACRONYM_WORD + r")(?![\p{L}\p{N}])")


def _acronyms_of_things(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """An acronym no entry knows, listed beside another that names no body, names a thing as its neighbour does
    ("VLNCN, TCTN": explosives and their precursors, set 30; "HIV/AIDS"): no mention.

    >>> [m.mention for m in parse_agencies("quản lý VLNCN, TCTN và đề xuất").mentions]
    []
    """
    spans = [(m.start, m.end) for m in ms]
    out = []
    for m in ms:
        if m.kind == "unknown" and _ACRONYM.fullmatch(m.mention):
            b = _ACRONYM_BEFORE.search(cell.text, 0, m.start)
            a = _ACRONYM_AFTER.match(cell.text, m.end)
            near = [(x.start(1), x.end(1)) for x in (b, a) if x is not None]
            if near and all(not any(s < y and x < e for s, e in spans) for x, y in near):
                left.append((m.start, m.end))
                continue
        out.append(m)
    return out


# words the tagger calls verbs that qualify a group and let it go on ("các đơn vị thuộc Bộ", "các cơ quan liên quan"),
# and those that open its description, which then runs on ("doanh nghiệp có hoạt động ...", "các đơn vị ... được phép")
_QUALIFYING = frozenset(key(w) for w in (*_WORDS["belongs_to"], "liên quan", "ở", "tại"))
_DESCRIBING = frozenset(key(w) for w in (*_WORDS["trait_verbs"], "có", "là", "được", "chịu", "làm", "theo"))
_OBJECT_TAGS = frozenset(("N", "Np", "Nc", "V", "M", "P"))


@lru_cache(maxsize=1)
def _group_name_words() -> frozenset[str]:
    """Words in small letters of the known groups' names and aliases ("cơ quan quản lý nhà nước": "quản lý" is a word
    of a group there, not its act)."""
    return frozenset(key(w) for w, _ in _small_words(n for a in gazetteer().agencies.values() if a.kind == "collective"
                                                  for n in (a.name, *a.aliases)))


def _act_after_group(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group inside its clause, after the verb that governs it ("chỉ đạo các quân khu hỗ trợ xe máy", "phối hợp với
    các đơn vị thuộc Bộ tổ chức thực hiện"), ends where a verb opens what it is asked to do: a verb (as underthesea
    tags the clause) after the group's noun, followed by its object or a second verb, that no group's name or
    description prints.  A group that opens its clause keeps its words (they say which bodies are meant, up to the
    verb of its role: :func:`_subject_groups`).

    >>> [m.mention for m in parse_agencies("chỉ đạo các quân khu hỗ trợ xe máy, thiết bị").mentions]
    ['các quân khu']
    """
    from normalize.predicate import _tagged

    out = []
    for m in ms:
        if m.kind != "collective" or len(m.mention.split()) < 3 or not _PLAIN_GROUP.match(m.mention):
            out.append(m)
            continue
        clause = max(cell.text.rfind(c, 0, m.start) for c in ";.\n:") + 1
        if not _GOVERNED.search(cell.text, clause, m.start):
            out.append(m)       # (the tagger runs only where a word in small letters governs the group)
            continue
        words = _tagged(cell.text[clause:m.end])
        at = m.start - clause
        before = [t for _, t, a in words if a < at]
        inside = [(w, t, a) for w, t, a in words if a >= at]
        cut = _act_start(cell, m, clause, inside) if "V" in before else None
        out.append(_cut_at(cell, m, len(cell.text[:cut].rstrip(" \t,")), left) if cut else m)
    return out


_CLASS_WORDS = [*_WORDS["class_noun_list"], *_WORDS["member_nouns"], *_WORDS["class_nouns"], "cơ sở"]
# a bare class noun, or a list of them: an office's head, whose verb names its function ("cơ quan thi hành án")
_BARE_CLASS = regex.compile(r"^(?:(?:các|những|mọi)[ \t]+)?(?:" + _word_alt([*_CLASS_WORDS, "chủ đầu tư", "nhà đầu tư",
                                                                          "sở", "bộ", "ngành"])
                            + r")(?:[ \t]*,[ \t]*(?:" + _word_alt(_CLASS_WORDS) + r"))*[ \t]*$")
# a word in small letters right before the group, no "và" or "hoặc": something may govern it
_GOVERNED = regex.compile(r"(?<![\p{L}])(?!(?:và|hoặc)[ \t]+$)\p{Ll}[\p{Ll}\p{M}]*[ \t]+$")
# a group in small letters or after a plural word: a capitalised head is a body's name ("Trung tâm phục vụ hành chính
# công cấp xã", "Ban Quản lý các dự án ...")
_PLAIN_GROUP = regex.compile(r"^(?:\p{Ll}|(?:Các|Những|Mọi)[ \t])")
_OPEN_END = regex.compile(r"(?<![\p{L}\p{N}])(?:nơi|đang|được|đã|sẽ|của|cho|với|và|hoặc)[ \t]*$")


def _whole_group(k: str) -> bool:
    """Is key *k*, a group's words before a verb, a group on its own: more than a bare class noun ("cơ quan" before
    "thi hành án dân sự" is the office's head, its verb part of its name), and not open-ended ("nơi", "đang")?"""
    return not _BARE_CLASS.match(k) and not _OPEN_END.search(k)


def _act_start(cell: _Cell, m: Mention, clause: int, inside: list[tuple[str, str, int]]) -> int | None:
    """The offset where the act asked of group *m* begins: its first verb after a noun (past the words that qualify
    it), when a verb's object or a second verb follows, the group before it is whole and no group's name prints it;
    None when its first verb opens a description or names an office ("cơ quan tiếp nhận hồ sơ")."""
    noun = False
    for i, (w, t, a) in enumerate(inside):
        nxt = inside[i + 1][1] if i + 1 < len(inside) else ""
        if t == "V" and noun and w[:1].islower():
            if key(w) in _QUALIFYING:
                continue
            if key(w) in _DESCRIBING or key(w) in _group_name_words() or nxt not in _OBJECT_TAGS \
                    or inside[i - 1][0] in (",", "-", "–") or not _whole_group(key(cell.text[m.start:clause + a])):
                return None
            return clause + a
        noun = noun or t in ("N", "Np", "Nc")
    return None
