"""Groups named around bodies: class lists ("các Bộ: A, B"), bodies belonging to a group, villages' groups and
plural bodies ("các Sở")."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from normalize.text import key
from normalize.agencies.model import KINDS, Mention
from normalize.agencies.words import fold, _word_alt, _WORDS
from normalize.agencies.cell import _Cell, _carve, _in_left
from normalize.agencies.gazetteer import _Gazetteer, gazetteer
from normalize.agencies.mentions import _fold_pairs, _m, _respan
from normalize.agencies.patterns import _KIND_BY_HEAD, _KIND_HEADS, _QUALIFIERS


_CLASS_LABEL = regex.compile(r"^[\W\d]*(?:các|những)\s+(?P<cls>[^:;,()]{2,60}?)\s*:", regex.I)
_ITEM_NAME = regex.compile(r"(?:\p{Lu}[\p{L}\p{N}&.-]*)(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,4}")


def _class_lists(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"Các quỹ đầu tư: VinaCapital, Dragon Capital", "Các trường đại học: A, B": a class of bodies, then its members.
    The label is no mention when members follow; a capitalised member no entry names takes the kind the class's head
    gives (``kind_by_head``).

    >>> [(m.mention, m.kind) for m in parse_agencies("Các quỹ đầu tư: VinaCapital, Dragon Capital,....").mentions]
    [('VinaCapital', 'enterprise'), ('Dragon Capital', 'enterprise')]
    """
    lab = _CLASS_LABEL.match(cell.text)
    if lab is None:
        return ms
    h = _KIND_HEADS.match(key(lab.group("cls")))
    kind = _KIND_BY_HEAD[h.group()] if h else None
    kind = kind if kind in KINDS else None
    new = []
    for a, b in list(left) if kind else ():
        if a >= lab.end() and _ITEM_NAME.fullmatch(cell.text[a:b]):
            left.remove((a, b))
            new.append(_m(g, cell.text, a, b, None, "pattern", 0.6, kind=kind))
    items = [m for m in ms if m.start >= lab.end()] + new
    if not items:
        return ms
    label = [m for m in ms if m.end <= lab.end() and m.kind == "collective"]
    left.extend((m.start, m.end) for m in label)
    return sorted([m for m in ms if m not in label] + new, key=lambda m: m.start)


_BELONGS_END = regex.compile(r"\s(?:" + _word_alt(_WORDS["belongs_to"]) + r")$")


def _belonging_to_group(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """Bodies "thuộc" a group ("Cơ quan chuyên môn về y tế thuộc Uỷ ban nhân dân cấp tỉnh": each province's) are a
    group themselves: one collective mention.

    >>> t = "Cơ quan chuyên môn về y tế thuộc Uỷ ban nhân dân cấp tỉnh"     # in a ministry's decision
    >>> [(m.mention, m.kind) for m in parse_agencies(t, issuer="BỘ Y TẾ").mentions]
    [('Cơ quan chuyên môn về y tế thuộc Uỷ ban nhân dân cấp tỉnh', 'collective')]
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        if prev.kind != "unknown" or m.kind != "collective" or not _BELONGS_END.search(key(prev.mention)) \
                or cell.text[prev.end:m.start].strip():
            return None
        t = cell.text[prev.start:m.end]
        return replace(prev, mention=t, end=m.end, agency_id="coll.other", name=fold(t), kind="collective",
                       current_name=fold(t), method="pattern", score=0.7)
    return _fold_pairs(ms, join)


_VILLAGE_END = regex.compile(r"(?<![\p{L}])(?:ở\s+)?(?:các\s+)?(?:" + _word_alt(_WORDS["village_levels"]) + r")$"
                             # a level relative to another ("Ủy ban nhân dân cùng cấp", "... cấp trên", "... cấp dưới":
                             # the joint resolution on meetings with voters, set 21): every such body, a group
                             r"|(?<![\p{L}])(?:" + _word_alt(["cùng cấp", "cấp trên", "cấp dưới"]) + r")$")


def _village_groups(ms: list[Mention]) -> list[Mention]:
    """A body named for the village level ("Ban Công tác Mặt trận thôn", "... ở các thôn"), or for a level relative to
    another ("Ủy ban nhân dân cùng cấp", "... cấp trên"), is every such body: a group.

    >>> [(m.mention, m.kind) for m in parse_agencies("Ban Công tác Mặt trận thôn").mentions]
    [('Ban Công tác Mặt trận thôn', 'collective')]
    """
    return [replace(m, agency_id="coll.other", kind="collective", method="pattern", score=0.7)
            if m.agency_id is None and m.kind != "collective" and _village_end(key(m.mention)) else m for m in ms]


def _village_end(k: str) -> bool:
    """Does name key *k* end with a village level, a word of its own ("... thôn", not "văn bản": the Cục Kiểm tra văn
    bản is no village's body, set 26)?

    >>> _village_end("ban công tác mặt trận thôn"), _village_end("cục kiểm tra văn bản")
    (True, False)
    """
    from normalize.vietnamese import two_syllable_words

    v = _VILLAGE_END.search(k)
    if v is None:
        return False
    words = k[:v.end()].split()
    return len(words) < 2 or f"{words[-2]} {words[-1]}" not in two_syllable_words()


_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:các|những)\s+$", regex.I)


_SOME_BEFORE = regex.compile(r"(?<![\p{L}])(?:một số|một vài)\s+$", regex.I)


_SINGULAR = frozenset(key(w) for w in _WORDS["singular_parties"])


def _singular_party(m: Mention) -> Mention:
    """A contract's party named bare and singular ("nhà thầu") is that one company: kind enterprise, by pattern.

    >>> [(m.mention, m.kind) for m in parse_agencies("phối hợp, hướng dẫn cho nhà thầu; các nhà thầu").mentions]
    [('nhà thầu', 'enterprise'), ('các nhà thầu', 'collective')]
    """
    if m.kind == "collective" and key(m.mention) in _SINGULAR:
        return replace(m, agency_id=None, kind="enterprise", name=fold(m.mention), current_name=fold(m.mention),
                       method="pattern", score=0.6)
    return m


_MEMBERS_BEFORE = regex.compile(r"(?<![\p{L}])(?:(?:các|những)\s+)?thành viên\s+$", regex.I)


def _members_of(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"(các) thành viên" before a body names its members, a group ("các Thành viên Chính phủ", "các thành viên Ban
    Chỉ đạo": held-out sets 39 and 41; the Government or the committee itself was read).

    >>> [(m.mention, m.kind) for m in parse_agencies("lấy ý kiến Thành viên Chính phủ").mentions]
    [('Thành viên Chính phủ', 'collective')]
    """
    out = []
    for m in ms:
        p = _MEMBERS_BEFORE.search(cell.text[max(0, m.start - 18):m.start]) if m.kind != "collective" else None
        if p and _in_left(left, m.start - len(p.group()), m.start - 1):
            _carve(cell, left, m.start - len(p.group()), m.start)
            m = _as_group(cell, m, m.start - len(p.group()))
        out.append(m)
    return out


def _as_group(cell: _Cell, m: Mention, a: int) -> Mention:
    """Mention *m* with the words from text offset *a* before it ("các", "thành viên"): a group of such bodies."""
    t = cell.text[a:m.end]
    return replace(m, mention=t, start=a, agency_id="coll.other", name=fold(t), kind="collective",
                   current_name=fold(t), method="pattern", score=0.7, parent=None)


def _plural_bodies(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"các" before a body's name ("các Trạm Y tế", "các Ban bầu cử") names every such body: a group, with the words
    left after it that qualify it ("các Sở Xây dựng liên quan": set 17); "một số" before a group is part of it ("Một
    số sở, ngành").

    >>> [(m.mention, m.kind) for m in parse_agencies("các Trạm Y tế").mentions]
    [('các Trạm Y tế', 'collective')]
    >>> [m.mention for m in parse_agencies("phối hợp với các Sở Xây dựng liên quan tổ chức trực").mentions]
    ['các Sở Xây dựng liên quan']
    >>> [m.mention for m in parse_agencies("Một số sở, ngành").mentions]
    ['Một số sở, ngành']
    """
    out = []
    for i, m in enumerate(ms):
        some = _SOME_BEFORE.search(cell.text[max(0, m.start - 10):m.start]) if m.kind == "collective" else None
        if some:
            m = replace(m, mention=cell.text[m.start - len(some.group()):m.end], start=m.start - len(some.group()))
        p = _PLURAL_BEFORE.search(cell.text[max(0, m.start - 8):m.start]) if m.kind not in ("collective",
                                                                                          "province") else None
        if p and not _first_of_named(cell, m, ms[i + 1] if i + 1 < len(ms) else None):
            _carve(cell, left, m.start - len(p.group()), m.start)
            m = _as_group(cell, m, m.start - len(p.group()))
            q = _QUALIFIERS.match(cell.text, m.end)
            if q and _in_left(left, q.end() - len(q.group().lstrip()), q.end()):
                _carve(cell, left, m.end, q.end())
                m = _as_group(cell, replace(m, end=q.end()), m.start)
        out.append(m)
    return out


def _first_of_named(cell: _Cell, m: Mention, nxt: Mention | None) -> bool:
    """Is *m*, after "các", the first of a list of named ministries whose next ones are printed without their head
    ("Các Bộ Xây dựng và Công an": Công điện of 2025, set 51): two ministries, no group of "Bộ Xây dựng"s?

    >>> [m.agency_id for m in parse_agencies("4. Các Bộ Xây dựng và Công an: Phối hợp").mentions]
    ['bo.xay_dung', 'bo.cong_an']
    """
    return m.kind == "ministry" and m.agency_id is not None and nxt is not None and nxt.kind == "ministry" \
        and nxt.agency_id is not None and regex.fullmatch(r"\s*(?:,|và)\s*", cell.text[m.end:nxt.start]) is not None \
        and not key(nxt.mention).startswith("bộ ")


# "lực lượng Kiểm lâm", "Lực lượng Công an": a class noun and a force's name in capitals, to the item's end
_FORCE = regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(w[:1].upper() + w[1:]) + "|" + regex.escape(w)
                                                     for w in _WORDS["class_nouns"]) + r")[ \t]+"
                       r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,2}(?=[ \t]*(?:[,;.:\n)]|$)|[ \t]+(?:và|hoặc)[ \t])")


# ... in prose: the class noun, a force's name of one word in capitals ("Công an", "Kiểm lâm", "Quân đội": a
# capitalised syllable and the next making a word), then the sentence in small letters, three words at least before
# any mark ("phối hợp với lực lượng Công an trong công tác xét nghiệm": a Lâm Đồng report, set 35; not "lực lượng Kỹ
# thuật nghiệp vụ," - a unit's name - nor "Công an nhân dân")
_FORCE_PROSE = regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(w[:1].upper() + w[1:]) + "|" + regex.escape(w)
                                                          for w in _WORDS["class_nouns"]) + r")[ \t]+"
                             r"(\p{Lu}[\p{L}\p{M}]*)[ \t]+(\p{Ll}[\p{L}\p{M}]*)(?=(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){3})")
_NOT_AFTER = regex.compile(r"[ \t]+(?:" + _word_alt(_WORDS["commune_levels"] + _WORDS["district_levels"]
                                                     + ["tỉnh", "cấp", "các", "nhân dân"])
                           + r")(?![\p{L}])", regex.I)


def _force_spans(text: str) -> list[tuple[int, int]]:
    """Where a class of forces is named: a whole item (:data:`_FORCE`), or a force's word in prose
    (:data:`_FORCE_PROSE`) not followed by a level or a place (those are other rules')."""
    from normalize.vietnamese import two_syllable_words
    spans = [f.span() for f in _FORCE.finditer(text)]
    for f in _FORCE_PROSE.finditer(text):
        if not any(a <= f.start() < b for a, b in spans) and not _NOT_AFTER.match(text, f.end()) \
                and key(f.group(1) + " " + f.group(2)) in two_syllable_words():
            spans.append(f.span())
    return sorted(spans)


def _runs_on_in_prose(cell: _Cell, inside: list[Mention], a: int, b: int, left: list) -> bool:
    """The one unknown mention inside a force's span that runs on past it into the sentence ("Công an trong công tác
    xét nghiệm"): what runs on is left over, and the force's span may be read as a group."""
    if len(inside) != 1 or inside[0].kind != "unknown" or inside[0].start < a or inside[0].end <= b:
        return False
    left.append((b, inside[0].end))
    return True


def _forces(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A class of forces named by a force's name in capitals that no entry gives ("lực lượng Kiểm lâm", "lực lượng
    Quân đội", "Lực lượng Công an": the forest-fire plans of 2025, set 21) is a group, when nothing else was read
    there; a known body after the class noun stays that body ("lực lượng Bộ đội Biên phòng").

    >>> [(m.mention, m.kind) for m in parse_agencies("phối hợp với lực lượng Kiểm lâm, lực lượng Quân đội").mentions]
    [('lực lượng Kiểm lâm', 'collective'), ('lực lượng Quân đội', 'collective')]
    >>> [(m.mention, m.kind) for m in parse_agencies("phối hợp với lực lượng Công an trong công tác xét nghiệm").mentions]
    [('lực lượng Công an', 'collective')]
    """
    out = list(ms)
    for a, b in _force_spans(cell.text):
        inside = [m for m in out if m.start < b and a < m.end]
        if any(m.agency_id for m in inside) or any(not (a <= m.start and m.end <= b) for m in inside) \
                and not _runs_on_in_prose(cell, inside, a, b, left):
            continue            # a known body ("Bộ đội Biên phòng") or a mention running past the item
        out = [m for m in out if m not in inside]
        out.append(_m(g, cell.text, a, b, "coll.other", "pattern", 0.7, name=fold(cell.text[a:b])))
        left[:] = [(x, y) for x, y in left if y <= a or x >= b]
    return sorted(out, key=lambda m: m.start)


_PLACE = "(?:" + _word_alt(_WORDS["each_place_words"]) + ")"
_EACH_PLACE = regex.compile(rf"[ \t]+(?:(?:các|cấp)[ \t]+{_PLACE}(?:[ \t]*,[ \t]*{_PLACE})*(?:[ \t]+trực thuộc trung ương)?"
                            r"|các[ \t]+cấp)"
                            r"(?=[ \t]*(?:[,;.:\n)]|$)|[ \t]+(?:và|hoặc)[ \t])", regex.I)


def _each_place(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A body named right before "các" or "cấp" and places of a kind ("Ban Chỉ đạo các tỉnh, thành phố trực thuộc
    Trung ương", "Sở Tài chính các tỉnh": Kế hoạch 252/KH-BCĐQG1237 2013, set 25), or before "các cấp" ("Hội Cựu chiến
    binh các cấp"), is such a body in each: one group, over the places (read alone they had been another group, or
    left over).

    >>> [(m.mention, m.kind) for m in parse_agencies("Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương").mentions]
    [('Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương', 'collective')]
    """
    out: list[Mention] = []
    for m in ms:
        if out and out[-1].start <= m.start < out[-1].end:
            continue                # read inside the group just made
        each = _EACH_PLACE.match(cell.text, m.end) if m.kind not in ("collective", "province") else None
        if each:
            t = cell.text[m.start:each.end()]
            m = replace(m, mention=t, end=each.end(), agency_id="coll.other", name=fold(t), kind="collective",
                        current_name=fold(t), method="pattern", score=0.7, parent=None)
            left[:] = [(a, b) for a, b in left if not (m.start <= a and b <= m.end)]
        out.append(m)
    return out


_SECTOR_HEAD = regex.compile(r"(?<![\p{L}\p{N}])(?<!(?:các|những|mọi)[ \t]+)(?P<h>ngành|cơ[ \t]+quan)[ \t]+", regex.I)


@lru_cache(maxsize=1)
def _sector_names() -> tuple[str, ...]:
    """The sectors a "ngành" names: the ministries' fields (their names without "Bộ": "y tế", "công an", "tư pháp")
    and the national systems of ``sectors`` in the data ("thuế", "ngân hàng"), longest first."""
    return tuple(sorted({*gazetteer().headless, *(key(w) for w in _WORDS["sectors"])}, key=len, reverse=True))


_GOVERNS = frozenset(("V", "E", "C", "CH", "Cc"))


def _complement(text: str, at: int) -> bool:
    """Does the word before offset *at* make what follows its complement ("chất thải độc hại ngành Y tế", "tổ chức
    thuộc ngành Nội vụ"), as underthesea's tagger reads the sentence: anything but a verb, a preposition, a
    conjunction or a mark before it?"""
    from underthesea import pos_tag
    before = text[max(0, at - 50):at]
    if not before.strip() or before.rstrip()[-1:] in ",;:.-+(":
        return False
    tags = pos_tag(before)
    return bool(tags) and (tags[-1][1] not in _GOVERNS or tags[-1][0] == "thuộc")     # "thuộc" (V) names whose


def _sectors(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A sector named as "ngành" and a ministry's field or a national system ("ngành Công an", "Ngành Y tế:",
    "ngành thuế, ngành ngân hàng": held-out sets 15-36, left in the sentence) is the bodies of that sector, a group,
    where no other rule read the words; so are its offices named "cơ quan" and the sector ("gửi cơ quan Công an để
    thẩm định", "Cơ quan Công an": Nghị quyết 79/2025/NQ-HĐND of Hà Nội, set 37, after its run).

    >>> [(m.mention, m.kind) for m in parse_agencies("ngành thuế, ngành ngân hàng và ngành Công an").mentions]
    [('ngành thuế', 'collective'), ('ngành ngân hàng', 'collective'), ('ngành Công an', 'collective')]
    >>> [m.mention for m in parse_agencies("do cơ quan Công an có thẩm quyền cấp phép").mentions]
    ['cơ quan Công an có thẩm quyền']
    """
    found = []
    for h in _SECTOR_HEAD.finditer(cell.text):
        k = key(cell.text[h.end():h.end() + 40])
        name = next((n for n in _sector_names() if k.startswith(n) and (len(k) == len(n) or not k[len(n)].isalnum())),
                    None)
        if name is None:
            continue
        a, b = h.start(), h.end() + len(name)
        inside = [m for m in ms if m.start < b and a < m.end]
        unknown = bool(inside) and all(m.kind == "unknown" and m.start == a and m.end == b for m in inside)
        q = _QUALIFIERS.match(cell.text, b)     # "cơ quan Công an có thẩm quyền" (set 43)
        b = q.end() if q is not None and _in_left(left, b, q.end()) else b
        if unknown:         # "Cơ quan Công an" read as a body no entry names: the police's offices
            ms = [m for m in ms if m not in inside]
        elif inside or not _in_left(left, a, b) or h["h"].lower() == "ngành" and _complement(cell.text, a):
            continue        # read by another rule, not all left over, or a noun's complement
        found.append(_m(g, cell.text, a, b, "coll.other", "pattern", 0.7, name=fold(cell.text[a:b])))
        _carve(cell, left, a, b)
    return sorted(ms + found, key=lambda m: m.start) if found else ms


# a count, or a share of all ("29/42 Bộ, cơ quan trung ương và 15/34 địa phương": Bộ Tài chính 2025, set 39)
_COUNT_BEFORE = regex.compile(r"(?<![\p{L}\p{N}/.,:-])(?<!(?:thứ|lần|số|khoản|điều|điểm|mục|Điều|Khoản)\s+)"
                              r"\d{1,3}(?:/\d{1,3})?[ \t]+$")


def _counted_groups(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A count before a group is part of it: which and how many bodies are meant ("29 cơ quan, đơn vị, địa phương",
    "124 Ủy ban nhân dân cấp xã": Lâm Đồng reports of 2026, sets 35-36; eight such labels over sets 1-38, none
    without the count).

    >>> [m.mention for m in parse_agencies("kiểm tra tại 29 cơ quan, đơn vị, địa phương").mentions]
    ['29 cơ quan, đơn vị, địa phương']
    >>> [m.mention for m in parse_agencies("công khai 15/34 địa phương").mentions]
    ['15/34 địa phương']
    """
    out = []
    for m in ms:
        c = _COUNT_BEFORE.search(cell.text, max(0, m.start - 10), m.start) if m.kind == "collective" else None
        if c and all(_in_left(left, c.start() + n.start(), c.start() + n.end()) for n in regex.finditer(r"\d+", c.group())):
            _carve(cell, left, c.start(), m.start)
            m = _respan(cell, m, c.start(), m.end)
        out.append(m)
    return out
