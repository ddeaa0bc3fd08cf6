"""The words that qualify a group or a name after it ("có liên quan", "trên địa bàn"), the lowercase words
glued to a name, and the small words after a comma."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.words import GROUP_LEAD, fold, _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.mentions import _fold_pairs, _respan
from normalize.agencies.traits import trait_end
from normalize.agencies.classify import _head_word
from normalize.predicate import _tagged
from normalize.vietnamese import two_syllable_words
from normalize.agencies.patterns import (_AGENT_BEFORE, _CLOSING, _GROUP_START, _GROUP_WORDS, _HEADS, _LEAD_VERBS,
                                         _OF_END, _QUALIFIERS, _REST_STOPS, _VERB_IN)


_CLAUSE = regex.compile(r"\s+là\s+[^;\n]+?(?=\s*(?:[;\n]|$))")    # "các bộ, ngành là chủ quản CSDLQG, CSDL ..."
# "Các cơ quan có liên quan đến công tác chuyên môn": what the group is related to, to the item's end (in small letters)
_RELATED = regex.compile(r"[ \t]+(?:đến|tới)(?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*){1,8}(?=[ \t]*(?:[;,.\n()]|$))")
_RELATED_END = regex.compile(r"(?<![\p{L}])liên quan$")
# "Ủy ban nhân dân cấp huyện nơi có đất", "UBND cấp xã nơi có hoạt động thăm dò khoáng sản": where they are, to the item's end
# (at most seven words in small letters: a longer clause runs into what the group is asked to do)
_WHERE = regex.compile(r"[ \t]+nơi(?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*){1,7}(?=[ \t]*(?:[;,.\n()]|$))")

# inside and outside a sector or a place, with the sector's name ("Các đơn vị có liên quan trong và ngoài ngành Thuế":
# Quyết định 2439/QĐ-BTC 2022, set 59; "trong và ngoài tỉnh", "trong và ngoài nước")
_IN_AND_OUT = regex.compile(r"[ \t]+(?:trong[ \t]+và[ \t]+ngoài|trong|ngoài|toàn)[ \t]+(?:ngành|tỉnh|nước|thành phố)"
                            r"(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*(?![\p{L}\p{N}])")

_REGION_WORD = r"(?:" + _word_alt(_WORDS["region_words"]) + r")"
_REGION_NAME = r"(?:[ \t]+(?i:" + _word_alt(_WORDS["region_names"]) + r")(?![\p{L}\p{N}])|(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*)"
# a region word and its name, and more regions after a comma or "và" ("vùng Tây Nguyên, vùng Đông Nam Bộ")
_REGION = regex.compile(r"[ \t]+(?:(?P<inside>trong|thuộc)[ \t]+)?" + _REGION_WORD + r"(?P<name>" + _REGION_NAME + r")"
                        r"(?:(?:[ \t]*,|[ \t]+và)[ \t]+" + _REGION_WORD + r"(?=[ \t]+\S)" + _REGION_NAME + r")*"
                        r"(?![\p{L}\p{N}])")

_GROUP_REST = regex.compile(r"[ \t]+(?P<w>[\p{L}\p{N}][\p{L}\p{M}\p{N}&-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{M}\p{N}&/-]*){0,9})"
                           r"(?=[ \t]*(?:[,;.:\n)]|$))")


# a modal of duty or an auxiliary opens the group's predicate ("các địa phương phải cử cán bộ", "... chưa hoàn thành");
# "được" may describe it ("các đơn vị trực thuộc ... được phép mở tài khoản": set 36)
_AUXILIARY_IN = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(key(w)) for w in _WORDS["modals"]
                                                                  + _WORDS["auxiliaries"] if key(w) != "được")
                              + r")(?![\p{L}\p{N}])")   # as printed, with their marks ("can" is a word of its own)


def _rest_of_group(text: str, end: int):
    """The words after a group up to the next separator, when they qualify it rather than say what it does
    ("Các doanh nghiệp đầu tư hạ tầng", "các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam").

    >>> _rest_of_group("Các doanh nghiệp đầu tư hạ tầng", 16).group()
    ' đầu tư hạ tầng'
    >>> _rest_of_group("các sở phối hợp thực hiện", 6) is None, _rest_of_group("các bộ và cộng đồng", 6) is None
    (True, True)
    >>> _rest_of_group("Các doanh nghiệp đầu tư hạ tầng chưa triển khai", 16).group()
    ' đầu tư hạ tầng'
    """
    r = _GROUP_REST.match(text, end)
    aux = _AUXILIARY_IN.search(r.group("w").lower()) if r is not None else None
    if aux is not None:     # "các địa phương phải cử cán bộ", "Các doanh nghiệp đầu tư hạ tầng đã ...": its predicate
        r = _GROUP_REST.match(text, end, r.start("w") + aux.start()) if aux.start() > 0 else None
    first = r.group("w").split()[0] if r is not None else ""
    if r is None or first[0].isupper() and not regex.search(r"\p{Ll}\p{Lu}", first) \
            or _REST_STOPS.search(key(r.group("w"))) \
            or _LEAD_VERBS.match(key(r.group("w"))) or _HEADS.match(key(r.group("w"))):
        return None     # a name ("xã Đàm Thủy"; an acronym such as "IoT" qualifies), another group ("và cộng đồng"), a purpose ("theo quy định")
    return r


_IN_AREA = regex.compile(r"(?<![\p{L}])(?:địa bàn|tại)[ \t]+$")     # a province here is a place
_BODY_GROUP = regex.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)(?![\p{L}\p{N}])", regex.I)


# "Ban Công tác Mặt trận ở các thôn", "... các thôn trên địa bàn xã": a group of villages' bodies keeps its level
_VILLAGES = regex.compile(r"[ \t]+(?:ở[ \t]+)?(?:các[ \t]+)?(?:" + _word_alt(_WORDS["village_levels"])
                          + r")(?:[ \t]+trên[ \t]+địa[ \t]+bàn(?:[ \t]+(?:xã|phường))?)?(?![\p{L}\p{N}])", regex.I)
_CLOSED = regex.compile(_CLOSING.pattern + r"$")
_ACTS_ON = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["object_verbs"]) + r")(?![\p{L}\p{N}])")


_LIST_GOES_ON = regex.compile(r"[ \t]*(?:[,;][ \t]*|[ \t]+(?:và|hoặc)[ \t]+)")


def _acts_on(k: str) -> bool:
    """Does clause key *k* hold a verb that acts on a body, as a word of its own ("trình", not the second syllable of
    "công trình": underthesea's word list)?"""
    for v in _ACTS_ON.finditer(k):
        before = k[:v.start()].split()
        if not (before and " " not in v.group() and f"{before[-1]} {v.group()}" in two_syllable_words()):
            return True
    return False


_NEXT_WORDS = regex.compile(r"[ \t]*,[ \t]*\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*)?")


def _verbless(text: str, start: int, end: int) -> bool:
    """Do the words of *text* from *start* to *end*, after a group, hold no verb as underthesea tags them in their
    clause, so that they describe the group rather than say what it is asked to do? At most four words in small
    letters and no number, not before a comma and a verb (a series of acts: "doanh nghiệp sắp xếp, bố trí"); "có" and
    a noun ("có rừng") describe it too.

    >>> _verbless("thu hút các nhà đầu tư thứ cấp.", 22, 30), _verbless("chỉ đạo các Sở, ngành đánh giá thuận lợi.", 21, 40)
    (True, False)
    >>> _verbless("Phối hợp với doanh nghiệp sắp xếp, bố trí công tác", 25, 33)
    False
    """
    rest = text[start:end].split()
    if not rest or len(rest) > 4 or any(not w[:1].islower() or regex.search(r"\d", w) for w in rest):
        return False
    clause = max(text.rfind(c, 0, start) for c in ";.\n:") + 1
    more = _NEXT_WORDS.match(text, end)
    tags = [(w, t) for w, t, at in _tagged(text[clause:more.end() if more else end]) if clause + at >= start]
    if len(tags) >= 2 and tags[0][1] == "V" and tags[1][1] == "N" and key(tags[0][0]) == "có":
        tags = tags[1:]
    return bool(tags) and tags[0][1] in ("N", "A", "M") and all(t != "V" for _, t in tags)


def _open_rest(cell: _Cell, m: Mention, rest_end: int, nxt: Mention | None) -> bool:
    """Whether the words after group *m* (to *rest_end*) qualify it. Not after a qualifier that closes a group ("các
    cơ quan có liên quan nghiên cứu kiến nghị"), nor where a verb before it in its clause acts on it ("phối hợp với
    chính quyền địa phương xử lý các vấn đề", "Chỉ đạo các Sở, ngành đánh giá thuận lợi": what follows is the act
    asked of it), unless the list of bodies goes on right after them ("Chỉ đạo ..., nhà thầu thi công, các đơn vị tư
    vấn": they name a kind of body).

    >>> [m.mention for m in parse_agencies("phối hợp với các cơ quan liên quan xem xét phương án").mentions]
    ['các cơ quan liên quan']
    >>> [m.mention for m in parse_agencies("Các doanh nghiệp đầu tư hạ tầng").mentions]
    ['Các doanh nghiệp đầu tư hạ tầng']
    """
    clause = max(cell.text.rfind(c, 0, m.start) for c in ";.\n:") + 1
    if key(m.mention) == "cấp có thẩm quyền":
        return False        # "the competent level": what follows is what it does ("cho phép đưa di vật ...", set 27)
    if _AGENT_BEFORE.search(cell.text[clause:m.start]):
        return False        # the doer of a passive: what follows is its verb ("cụm công nghiệp do UBND cấp xã, phường
        # quản lý": a Lào Cai report of 2026, set 44)
    if not _CLOSED.search(key(m.mention)) and not _acts_on(key(cell.text[clause:m.start])):
        return True
    if not _CLOSED.search(key(m.mention)) and _verbless(cell.text, m.end, rest_end):
        return True         # no act follows: the words describe the bodies acted on ("thu hút các nhà đầu tư thứ cấp.")
    gap = _LIST_GOES_ON.match(cell.text, rest_end)
    if gap is None:
        return False
    after = key(cell.text[gap.end():])
    if nxt is not None and gap.end() == nxt.start or _GROUP_START.match(after):
        return True
    h = _HEADS.match(after)     # a head, not one that makes a word with the next ("các cơ quan liên quan nghiên
    # cứu, ban hành chính sách" goes on with acts, set 26)
    return h is not None and not _head_word(h.group(), after, cell.text[gap.end():])


def _region(text: str, end: int):
    """A region after a group: "vùng" (or "khu vực", "miền") and the region's capitalised name, or "trong vùng" alone.

    >>> _region("các địa phương vùng Tây Nguyên xây dựng kế hoạch", 14).group(), _region("các địa phương trong vùng triển khai", 14).group()
    (' vùng Tây Nguyên', ' trong vùng')
    >>> _region("các địa phương vùng lũ", 14) is None, _region("các tỉnh miền núi", 8) is None
    (True, True)
    """
    r = _REGION.match(text, end)
    return r if r is not None and (r["name"] or r["inside"]) else None


# "trên địa bàn" and the place after a group: where its members are, part of the group ("các cơ quan thông tin, báo chí
# trên địa bàn tỉnh", "Ủy ban nhân dân cấp xã trên địa bàn tỉnh": sets 12-55 keep it 87 times, cut it 6)
_ON_AREA = regex.compile(r"[ \t]+trên[ \t]+địa[ \t]+bàn(?:[ \t]+(?i:tỉnh|thành[ \t]+phố|xã|phường|huyện|quận|đặc[ \t]+khu)"
                         r"(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*)?(?![\p{L}\p{N}])")


def _qualified(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A group keeps the words that qualify it ("UBND các xã, phường trọng điểm"): they are part of the mention.

    >>> [m.mention for m in parse_agencies("UBND các xã, phường trọng điểm và các sở, ban, ngành").mentions]
    ['UBND các xã, phường trọng điểm', 'các sở, ban, ngành']
    """
    out: list[Mention] = []
    for i, m in enumerate(ms):
        if out and m.start < out[-1].end:
            continue        # a place inside the clause before it ("... trên địa bàn tỉnh Lào Cai")
        after = [n for n in ms[i + 1:] if not (n.kind == "province" and _IN_AREA.search(cell.text[:n.start]))]
        t = trait_end(cell.text, m.mention, m.end, after[0].start if after else len(cell.text)) \
            if m.kind == "collective" else None
        if t is not None:       # what its members do ("các doanh nghiệp hoạt động trong lĩnh vực ...")
            out.append(_respan(cell, m, m.start, t))
            continue
        q = (_QUALIFIERS.match(cell.text, m.end) or _VILLAGES.match(cell.text, m.end) or _region(cell.text, m.end)
             or _ON_AREA.match(cell.text, m.end) or _IN_AND_OUT.match(cell.text, m.end)
             or _CLAUSE.match(cell.text, m.end)
             or _WHERE.match(cell.text, m.end)
             or (_RELATED.match(cell.text, m.end) if _RELATED_END.search(key(m.mention)) else None)
             or (_rest_of_group(cell.text, m.end) if not _BODY_GROUP.match(m.mention) else None)) \
            if m.kind == "collective" else None
        if q is not None and q.re is _GROUP_REST and not _open_rest(cell, m, q.end(), ms[i + 1] if i + 1 < len(ms)
                                                                     else None):
            q = None
        if q is not None and _word_runs_on(cell.text, q.end()):
            q = None        # "các bộ, ngành ban hành ...": "ban" (a village, "bản", typed plain) begins a verb
        end = _more_qualifiers(cell.text, q.end()) if q is not None and q.re is _GROUP_REST else q.end() if q else 0
        inside = [n for n in ms[i + 1:] if n.start < end]     # "... trên địa bàn tỉnh Lào Cai": the place is the clause's
        if q and all(n.kind == "province" and q.re in (_ON_AREA, _REGION)
                     or n.agency_id == "coll.other" and q.re is _IN_AND_OUT for n in inside):
            m = _respan(cell, m, m.start, end)
        out.append(m)
    return out


_OF_LOCAL = regex.compile(r"[ \t]+của[ \t]+(?:các[ \t]+)?(?:địa phương|tỉnh|thành phố|huyện|xã|phường|trung ương)"
                          r"(?![\p{L}\p{N}])", regex.I)


def _of_local(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """"của" and a locality or a level after a group says whose it is: part of the group, the locality no mention of
    its own ("phối hợp với các cơ quan chức năng của địa phương, chủ đầu tư": a Công văn of the Văn phòng Chính phủ
    2025, held-out set 42, read the group without it and dropped "địa phương").

    >>> [m.mention for m in parse_agencies("phối hợp với các cơ quan chức năng của địa phương, chủ đầu tư").mentions]
    ['các cơ quan chức năng của địa phương', 'chủ đầu tư']
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "collective" and m.start < prev.end:
            continue        # the locality just joined to the group
        q = _OF_LOCAL.match(cell.text, m.end) if m.kind == "collective" else None
        if q is not None:
            m = _respan(cell, m, m.start, q.end())
        out.append(m)
    return out


# "địa phương" right after a national body's name or a group, no separator between: the local ones of that kind
_LOCAL = regex.compile(r"[ \t]+(?:ở[ \t]+|tại[ \t]+)?địa phương(?![\p{L}\p{N}])", regex.I)
_NATIONAL_KINDS = frozenset({"government_agency", "state_media", "collective"})
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:các|những)[ \t]+$", regex.I)


def _local_ones(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A national body's name or a group with "địa phương" right after it names the local bodies of that kind, a
    group ("chỉ đạo Đài truyền hình địa phương phối hợp với Đài truyền hình Việt Nam": Công điện of the Thủ tướng,
    8/2025, held-out set 47, had linked the national television and the localities' People's Committees), as the
    held-out sets label "X địa phương" (one group, 30 times and more); "các địa phương" after it is a group of its own
    ("các Bộ, cơ quan liên quan các địa phương vùng Tây Nguyên", set 28).

    >>> [(m.mention, m.agency_id) for m in parse_agencies("chỉ đạo Đài truyền hình địa phương phối hợp").mentions]
    [('Đài truyền hình địa phương', 'coll.other')]
    >>> [m.mention for m in parse_agencies("các Đài truyền hình địa phương").mentions]
    ['các Đài truyền hình địa phương']
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and m.start < prev.end:
            continue        # the locality just joined
        q = _LOCAL.match(cell.text, m.end) if m.kind in _NATIONAL_KINDS else None
        if q is not None:
            plural = _PLURAL_BEFORE.search(cell.text, max(0, m.start - 8), m.start) if m.kind != "collective" else None
            m = _respan(cell, m, plural.start() if plural else m.start, q.end())
            if m.kind != "collective":
                m = replace(m, kind="collective", agency_id="coll.other", method="pattern", score=0.7,
                            name=fold(m.mention), current_name=fold(m.mention), parent=None)
        out.append(m)
    return out


_LAST_AND_NEXT = regex.compile(r"(\p{L}+)[ \t]+(\p{Ll}+)")


def _word_runs_on(text: str, end: int) -> bool:
    """Does the word that ends at *end* make a listed word with the next word in small letters ("ban hành")?"""
    start = max(text.rfind(" ", 0, end), text.rfind("\t", 0, end)) + 1
    m = _LAST_AND_NEXT.match(text, start)
    return m is not None and m.end(1) == end and key(f"{m[1]} {m[2]}") in two_syllable_words()


_SMALL_AFTER_COMMA = regex.compile(r",(?=[ \t]+\p{Ll})")


def _more_qualifiers(text: str, end: int) -> int:
    """Where a group's qualifier ends when a comma lists more of it in small letters ("các doanh nghiệp cung cấp
    dịch vụ an toàn thông tin, công nghệ thông tin"): what follows the comma qualifies too when it would qualify
    the group itself and holds no word of a group ("..., nhà đầu tư", "..., hợp tác xã": other groups)."""
    while True:
        c = _SMALL_AFTER_COMMA.match(text, end)
        r = _rest_of_group(text, c.end()) if c else None
        if r is None or any(w in _GROUP_WORDS for w in key(r.group("w")).split()):   # another group ("nhà đầu tư")
            return end
        end = r.end()




def _glued_lowercase(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A known name written in lower case right after an unknown body's words is part of its name ("Hội đồng quản lý
    bảo hiểm xã hội": Quyết định 892/QĐ-TTg; "bảo hiểm xã hội" is no Bảo hiểm xã hội Việt Nam there); a group "của"
    a province is that province's group ("các sở, ngành, địa phương của thành phố Đà Nẵng").

    >>> [m.mention for m in parse_agencies("Hội đồng quản lý bảo hiểm xã hội").mentions]
    ['Hội đồng quản lý bảo hiểm xã hội']
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        if (prev.kind == "collective" and m.kind == "province" and _OF_END.search(key(prev.mention))
                and regex.fullmatch(r"[ \t]+", cell.text[prev.end:m.start])):     # "các sở, ngành của thành phố X"
            return replace(prev, mention=cell.text[prev.start:m.end], end=m.end)
        if _group_of_ministry(cell, prev, m):       # "cơ quan chức năng của Bộ Nông nghiệp và Môi trường"
            text = cell.text[prev.start:m.end]
            return replace(prev, mention=text, end=m.end, name=fold(text), current_name=fold(text), parent=m.name,
                           agency_id="coll.other")
        if not (prev.kind == "unknown" and m.agency_id and not _GROUP_START.match(key(m.mention))   # "... với các cơ quan"
                and (m.mention[:1].islower() or _OF_END.search(key(prev.mention)))    # "Ban Chỉ đạo của Chính phủ"
                and regex.fullmatch(r"[ \t]+", cell.text[prev.end:m.start])):
            return None
        text = cell.text[prev.start:m.end]
        words = key(prev.mention).split()
        if _OF_END.search(key(prev.mention)) and m.kind in _UNIT_PARENTS and len(words) <= 8 \
                and words[0] not in ("bộ", "sở") and not _VERB_IN.search(" " + key(prev.mention)):
            # "Hội đồng thẩm định cấp bộ của Bộ X" (a ministry or a department is no unit: "Bộ Đài chính xin ý kiến
            # của Bộ Ngoại giao" is a misread ministry and its verb)
            return replace(prev, mention=text, end=m.end, name=fold(text), current_name=fold(text), kind="sub_unit",
                           method="pattern", score=0.7, parent=m.name)
        return replace(prev, mention=text, end=m.end, name=fold(text), current_name=fold(text))
    return _fold_pairs(ms, join)


_OF_GAP = regex.compile(r"[ \t]+(?:của|thuộc|trực[ \t]+thuộc)[ \t]+")


def _group_of_ministry(cell: _Cell, prev: Mention, m: Mention) -> bool:
    """Is *prev* a group of class nouns in a few words and no verb, "của" or "thuộc" ministry-like body *m* right
    after it ("cơ quan chức năng của Bộ Nông nghiệp và Môi trường", "các đơn vị của Bộ Nông nghiệp và Môi trường":
    sets 18, 19, 37, 51, 53 label the group whole, the ministry no mention of its own)?"""
    k = key(prev.mention)
    gap = _OF_GAP.fullmatch(cell.text, prev.end, m.start) or _OF_END.search(k) and regex.fullmatch(
        r"[ \t]+", cell.text[prev.end:m.start])
    return (prev.kind == "collective" and m.kind in _UNIT_PARENTS and len(k.split()) <= 7 and bool(gap)
            and bool(_GROUP_PHRASE.match(GROUP_LEAD.sub("", k))) and not _VERB_IN.search(" " + k))


# bodies whose own councils, units and services an unknown body "của" them is ("Hội đồng thẩm định cấp bộ của Bộ Văn
# hóa, Thể thao và Du lịch": Nghị định of 2024 on heritage, set 27; "Cơ quan điều tra của Viện kiểm sát nhân dân tối
# cao": set 33); a body "của" the Government or the National Assembly is a central body of its own ("Ban Chỉ đạo của
# Chính phủ ...": set 51)
_UNIT_PARENTS = frozenset(("ministry", "ministerial_agency", "government_agency", "judiciary"))


# "các cấp" after a body; or its units in every place: "(các) đơn vị, địa phương" after it, or the rest of that phrase after
# a body read with its "đơn vị" ("Công an đơn vị, địa phương": Thông tư 81/2025/TT-BCA, set 34; set 15)
_EVERY_LEVEL = regex.compile(r"[ \t]+(?:các[ \t]+cấp|cùng[ \t]+cấp|cấp[ \t]+(?:trên|dưới))(?![\p{L}\p{N}])"
                             r"|(?:[ \t]+(?:các[ \t]+)?đơn[ \t]+vị|(?<=[ \t](?:các[ \t]+)?đơn[ \t]+vị)),[ \t]*(?:các[ \t]+)?"
                             r"địa[ \t]+phương(?![\p{L}\p{N}])")


def _at_every_level(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A body followed by "các cấp" is that body at every level, a group ("Tòa án nhân dân các cấp", "Hội Nông dân các
    cấp": set 33), not the body and a stray "các cấp"; so is a body followed by "(các) đơn vị, địa phương".

    >>> [(m.mention, m.kind) for m in parse_agencies("phối hợp với Hội Nông dân các cấp").mentions]
    [('Hội Nông dân các cấp', 'collective')]
    >>> [(m.mention, m.kind) for m in parse_agencies("Công an đơn vị, địa phương báo cáo Bộ Công an").mentions]
    [('Công an đơn vị, địa phương', 'collective'), ('Bộ Công an', 'ministry')]
    """
    out: list[Mention] = []
    for m in ms:
        if out and out[-1].kind == "collective" and m.start < out[-1].end:
            continue        # the "các cấp" read on its own, now inside the group
        e = _EVERY_LEVEL.match(cell.text, m.end) if m.kind not in ("collective", "province") else None
        if e:
            text = cell.text[m.start:e.end()]
            m = replace(m, mention=text, end=e.end(), agency_id="coll.other", kind="collective", parent=None,
                        name=fold(text), current_name=fold(text), method="pattern")
        out.append(m)
    return out


_GROUP_PHRASE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["group_words"]) + r")(?![\p{L}\p{N}])")
_SMALL_TAIL = regex.compile(r",[ \t]+(?P<w>\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3})(?=[ \t]*(?:[;.\n]|$)|[ \t]+\p{Lu})")


def _small_after_comma(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A comma inside a name no entry holds, before words in small letters that name no body, no group and no act,
    continues it ("Phòng Công chức, viên chức"; "Phòng Tổ chức bộ máy và Công chức, viên chức Sở Nội vụ").

    >>> [m.mention for m in parse_agencies("Phòng Công chức, viên chức; Phòng Người có công").mentions]
    ['Phòng Công chức, viên chức', 'Phòng Người có công']
    """
    out = []
    for i, m in enumerate(ms):
        t = _SMALL_TAIL.match(cell.text, m.end) if m.agency_id is None and m.kind != "collective" else None
        w = key(t.group("w")) if t else ""
        if t and not (_GROUP_PHRASE.search(w) or _HEADS.match(w) or _LEAD_VERBS.match(w)
                      or _REST_STOPS.search(w) or i + 1 < len(ms) and ms[i + 1].start < t.end()):
            left[:] = [(a, b) for a, b in left if not (m.end <= a and b <= t.end())]
            m = replace(m, mention=cell.text[m.start:t.end()], end=t.end(), name=fold(cell.text[m.start:t.end()]),
                        current_name=fold(cell.text[m.start:t.end()]))
        out.append(m)
    return out
