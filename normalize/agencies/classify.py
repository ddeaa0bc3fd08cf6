"""Classify a piece of text between known names as a mention or leftover (:func:`_classify_piece`), with the names
and groups embedded inside a longer piece."""
from __future__ import annotations

from functools import lru_cache

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.words import _capitalised, fold, _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.separators import _strip
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _m
from normalize.agencies.patterns import (head_verb, _ABBREVIATED_HEADS, _HeadPattern, _AND_BEFORE, _BARE, _BODY_PREFIX, _CLASS_NOUN, _CLAUSE_TAIL, _GROUP_START,
                                         _GROUP_WORDS, _GROUP_WORDS_ASCII, _HEADS, _KIND_BY_HEAD, _KIND_HEADS,
                                         _CLOSING, _level, _PLACE_NAME, _PLURAL, _QUAL_TAIL, _REST_STOPS,
                                         _TITLES)
from normalize.agencies.scan import _in_symbol
from normalize.agencies.traits import members_at_work
from normalize.vietnamese import syllable_bigrams, two_syllable_words, word_list
from normalize.agencies.group_family import _family
from normalize.agencies.pieces import (_GROUP_NOUNS, _group_by_role, _item_group, _known_group, _known_piece, _leveled, _named_alone,
                                       _partner_group, _plural_run, _role_group)


_SO_PATTERN = regex.compile(r"^(?:sở|so) (?=\S)")

_COMMUNE = regex.compile(r"^(?:" + _word_alt(_WORDS["commune_levels"]) + r")\s+(?=\S)")
_DISTRICT = _HeadPattern(_WORDS["district_levels"])    # marked forms only in a marked text: "quan hệ" is no "quận"


def _classify_piece(g: _Gazetteer, cell: _Cell, a: int, b: int, out: list, left: list, *, whole: bool) -> bool:
    """Try to turn key span [a, b) (already stripped) into a mention; *whole*: chunk not yet split."""
    k = cell.k[a:b]
    text = cell.text
    sa, sb = cell.start(a), cell.end(b)
    w = k.find(" ")
    if _in_symbol(cell, a):
        if w < 0:                                # "20-HD/BTGDVTU": a document's symbol
            left.append((sa, sb))
            return True
        if sum(map(str.isupper, text[sa:cell.end(a + w)])) >= 2:
            left.append((sa, cell.end(a + w)))  # "2755/UBND-NCKSTTHC ngày 24 tháng 7 ...": the code, then the rest
            ra, rb = _strip(cell.k, a + w, b)
            return ra >= rb or _classify_piece(g, cell, ra, rb, out, left, whole=whole)
    known = _known_piece(g, cell, a, b)
    if known is not None:
        out.append(known)
        return True
    if not whole:
        words = _OWNED_TAIL.sub("", _QUAL_TAIL.sub("", _CLAUSE_TAIL.sub("", k))).split()   # "một số tỉnh đủ điều kiện":
        # group, qualifier
        vocab = _GROUP_WORDS_ASCII if k.isascii() else _GROUP_WORDS
        if _group_by_role(g, cell, (a, b), out, left, _domain_group(k, vocab) or _placed_group(cell, a, b)
                          or _field_tail(cell, a, b, vocab), 0.7):
            return True     # "Các cơ quan quản lý về Bình đẳng giới có liên quan": a group by its field
        if _group_by_role(g, cell, (a, b), out, left, members_at_work(cell.k, a, b), 0.7):
            return True     # "các tổ chức hành nghề công chứng cập nhật ...": the group and what its members do
        run = _plural_run(k, vocab)     # "các tổ chức thành viên thực hiện"; a stop that runs past it counts ("các
        # đơn vị chủ động": "chủ" is a group's word, of "chủ rừng", not here)
        r = next((x for x in _REST_STOPS.finditer(k) if x.end() > run
                  and not head_verb(k, x.start(), x.group())), None)     # ("Văn phòng Ban chỉ đạo ...": the head's)
        if r and r.start() > 0 and not all(w in vocab for w in words) and (text[sa].islower() or _GROUP_START.match(k)) \
                and text[cell.start(a + r.start())].islower():    # "Uỷ ban Kiểm tra Đảng uỷ": a capital names
            # "cơ quan rà soát, ...": a group, then what it does (a capitalised head is a name: "Ban Chỉ đạo ...")
            pw = _OWNED_TAIL.sub("", _QUAL_TAIL.sub("", k[:r.start()].rstrip())).split()    # "các tổ chức thành viên"
            # and "các đơn vị thuộc phạm vi quản lý" (Chỉ thị 13/CT-TTg 2024, set 53): qualifiers
            pb = a + len(k[:r.start()].rstrip())
            if all(w in vocab for w in pw) and not all(w in _BARE for w in pw) \
                    or _GROUP_START.match(k) and _family(g, k[:pb - a]) is not None:
                # "các cơ quan thông tấn báo chí thực hiện ...": a known group's family, though its words are no
                # group's words (set 56)
                _classify_piece(g, cell, a, pb, out, left, whole=False)
                left.append((cell.start(a + r.start()), sb))
                return True
        if _group_by_role(g, cell, (a, b), out, left, _role_group(cell, k, sa, sb, vocab), 0.7):
            return True     # "- Cơ quan, đơn vị tiếp nhận công chức;": a group by its role
        if _group_by_role(g, cell, (a, b), out, left, _closed_group(k, vocab), 0.8):
            return True     # "các bộ, ban, ngành liên quan tổ chức, triển khai": the group ends at its qualifier
        if words and all(w in vocab for w in words) and not _named_unit(cell, a, b):
            _group_words(g, cell, (a, b), words, out, left)
            return True
        if _plural_group(k, text[sa:sb]):
            out.append(_m(g, text, sa, sb, "coll.other", "pattern", 0.7, name=fold(text[sa:sb])))
            return True
        partner = _partner_group(cell, k, sa) or _item_group(cell, k, sa, sb)
        if _group_by_role(g, cell, (a, b), out, left, partner, 0.6):
            return True     # "phối hợp với ..., các chủ đầu tư dự án rà soát": partners named by what they are
        kind = _body_by_level(k, text[sa:sb])
        if kind:
            out.append(_m(g, text, sa, sb, None, "pattern", 0.7, kind=kind, name=fold(text[sa:sb])))
            return True
        if _CLASS_NOUN.match(k) and text[sa].islower() and not _capitalised(text[sa:sb], 0):
            stop = next((r for r in _REST_STOPS.finditer(k, len(_CLASS_NOUN.match(k).group()) + 1)
                         if r.group() != "về"), None)     # "... trong công tác ...": its act ("về ma túy": its field)
            return _group_by_role(g, cell, (a, b), out, left, len(k[:stop.start()].rstrip()) if stop else len(k), 0.7)
            # "lực lượng chuyên trách phòng, chống tội phạm về ma túy": a group of forces
        if text[sa:sb].split()[0] in _ABBREVIATED_HEADS and _capitalised(text[sa:sb], 1) and len(k.split()) <= 6:
            out.append(_m(g, text, sa, sb, None, "unknown", 0.0))
            return True     # "VP BĐP NTM": a head written short, then a name (the Hà Tĩnh programmes of 2017, set 45)
        h = _HEADS.match(k)
        if h and _head_word(h.group(), k, cell.text[sa:sb]):
            h = None        # "ban hành Quy chế ...", "(Ban hành kèm theo ...)": a verb, no Ban
        if h and (_capitalised(text[sa:sb], 1) or _leveled(k) or (" " in h.group() and text[sa].isupper()
                                                                  and len(k.split()) > len(h.group().split()))) \
                or _named_alone(cell, k, sa, sb):    # "Trung tâm thông tin": a head of two words is no common word
            out.append(_m(g, text, sa, sb, None, "unknown", 0.0))
            return True
        return _embedded(g, cell, a, b, out, left)
    return False


PLURAL_WORDS = 8     # words a class of bodies and what says which may have, at most (7 left out "các tổ chức phi
# chính phủ nước ngoài"; 9 let a sentence in: set 40)


def _plural_group(k: str, printed: str) -> bool:
    """Is piece *k* (*printed* as such) bodies of a kind after a plural word: a head ("Các Trung tâm y tế", "các văn
    phòng tỉnh uỷ, thành uỷ"; not companies), or a class of bodies and words in small letters that say which ("các tổ
    chức phi chính phủ", "các tổ chức phi lợi nhuận", set 56), whatever other use the class noun has?"""
    plural = _GROUP_START.match(k)
    if plural is None:
        return False
    kh = _KIND_HEADS.match(k[plural.end():].lstrip())
    if _HEADS.match(k[plural.end():].lstrip()) and len(k.split()) <= 8 \
            and not (kh and _KIND_BY_HEAD[kh.group()] == "enterprise"):
        return True
    cls = _PLURAL_CLASS.match(k, plural.end())
    return bool(cls) and len(k.split()) <= PLURAL_WORDS and not _capitalised(printed, 1) and not _REST_STOPS.search(k, cls.end())


_PLURAL_CLASS = regex.compile(r"\s*(?:" + _word_alt(_WORDS["class_noun_list"]) + r")(?![\p{L}\p{N}])")


# whose a group's bodies are, before its act ("thuộc phạm vi quản lý" and the other scopes in the data)
_OWNED_TAIL = regex.compile(r"\s+(?:trực\s+)?thuộc\s+(?:" + _word_alt(_WORDS["owner_scopes"]) + r")(?:\s+của\s+\S+)?$")


_CAPITAL_NEXT = regex.compile(r"\s+\p{Lu}")


_UNIT_WORDS = frozenset(key(w) for w in _WORDS["unit_of_heads"])


def _head_word(head: str, k: str, printed: str) -> bool:
    """Does a one-word head noun make a listed word with the next word of key *k* ("ban hành", "trường hợp", "báo
    cáo": underthesea's word list), so that it heads no name here?  Not when that next word is capitalised ("Cục Tác
    chiến"), makes a word with the word after it too ("Ban công tác Mặt trận": "công tác"), or the pair is a unit's
    head ("Bộ phận Một cửa": agency_words.yaml's unit_of_heads)."""
    ws, words = k.split(" "), printed.split()
    if " " in head or len(ws) < 2 or len(words) < 2 or not words[1][:1].islower():
        return False
    pair = f"{ws[0]} {ws[1]}"
    if pair not in two_syllable_words() or pair in _UNIT_WORDS:
        return False
    # ... unless the word after is capitalised: "ban hành Quyết định" ("hành quyết" is a word, not here: set 35); of two
    # overlapping words the one real text prints more holds ("ban hành văn bản": "hành văn" is a word too, 333 times
    # in the Công báo's text against 6115 for "ban hành"; "Ban công tác": "công tác" 3532 against 27: set 43)
    second = f"{ws[1]} {ws[2]}" if len(ws) > 2 and len(words) > 2 and words[2][:1].islower() else ""
    counts = syllable_bigrams()
    return not (second in two_syllable_words() and counts.get(second, 0) >= counts.get(pair, 0))


def _named_unit(cell: _Cell, a: int, b: int) -> bool:
    """Does key span [a, b) open with a one-word head noun and a capitalised word right after it, the words of a
    group though they are ("Phòng Doanh nghiệp - Sở Tài chính": a unit's name, not a group of enterprises, set 30)?

    >>> [(m.mention, m.kind) for m in parse_agencies("Phòng Doanh nghiệp - Sở Tài chính").mentions]
    [('Phòng Doanh nghiệp', 'sub_unit')]
    """
    h = _HEADS.match(cell.k[a:b])
    return h is not None and " " not in h.group() and bool(_CAPITAL_NEXT.match(cell.text, cell.end(a + h.end()))) \
        and not _HEADS.match(cell.k[a + h.end():b].lstrip())       # "Sở Ban ngành": a group written in capitals


def _group_words(g: _Gazetteer, cell: _Cell, span: tuple[int, int], words: list[str], out: list, left: list) -> None:
    """A piece made of a group's words only: one group (a known one when its words name it, qualifier and all), the
    qualifier of the group just before it, or left over (a bare "các"; a verb's words glued to a name)."""
    a, b = span
    k, text = cell.k[a:b], cell.text
    sa, sb = cell.start(a), cell.end(b)
    j = a
    while j > 0 and cell.k[j - 1] == " ":
        j -= 1
    glued = j > 0 and a != cell.floor and (cell.k[j - 1].isalnum() or cell.k[j - 1] in ")&") \
        and not _ITEM_MARK_BEFORE.search(cell.k, max(0, j - 5), j) \
        and not _AND_BEFORE.search(cell.k, max(0, j - 4), j) and not _ADDRESSING.search(cell.k, max(0, j - 16), j) \
        and not (text[sa].isupper() and " ".join(k.split()[:2]) in _GROUP_NOUNS)
    # "Bộ Tài chính Cơ quan, tổ chức ...": a capitalised group noun opens a new line's item
    if not glued and not all(w in _BARE for w in words) and not _qualifier_alone(words, out, text[:sa]) \
            and not _syllable_alone(words):
        known = _known_group(g, k)      # "Ủy ban nhân dân các phường có liên quan": the communes' UBND
        out.append(_m(g, text, sa, sb, known, "pattern", 0.8) if known else
                   _m(g, text, sa, sb, "coll.other", "pattern", 0.8, name=fold(text[sa:sb])))
    elif not glued:         # a bare "các" ("các tỉnh Bắc Ninh, ..."): no group of its own
        left.append((sa, sb))
    elif out and out[-1].kind == "collective" and out[-1].end == cell.end(j):
        p = out[-1]     # "các bộ, ngành" + "liên quan": one group mention
        out[-1] = Mention(text[p.start:sb], p.start, sb, p.agency_id,
                          fold(text[p.start:sb]) if p.agency_id == "coll.other" else p.name,
                          p.kind, p.current_name if p.agency_id != "coll.other" else fold(text[p.start:sb]),
                          p.method, p.score)
    else:               # "Bộ X tổ chức": a verb after a name, not a group
        left.append((sa, sb))


_GROUP_PHRASES = frozenset(key(p) for p in _WORDS["group_words"])
# a list item's mark right before a piece ("đ) Các Bộ, Ủy ban nhân dân cấp tỉnh ...": Quyết định of the Ministry of
# Justice, set 45): the piece opens an item, glued to nothing
_ITEM_MARK_BEFORE = regex.compile(r"(?:^|(?<=[\s;:.,]))(?:\(?\d{1,2}|[a-zđ])\)$")


def _syllable_alone(words: list[str]) -> bool:
    """Is the piece one syllable of a group's word and no group word itself ("quyền" of "chính quyền" in "... nắm rõ
    quyền", "Trung" of "trung ương" in "biên giới Việt - Trung": sets 38 and 40 read each as a group)?"""
    return len(words) == 1 and words[0] not in _GROUP_PHRASES and not _HEADS.match(words[0])   # "hội": associations


# a verb that addresses a body right before the group ("... hoặc trình cơ quan có thẩm quyền ban hành": Nghị định
# 26/2026/NĐ-CP, set 49): its object, not a verb's words glued to a name
_ADDRESSING = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["object_verbs"]) + r")$")
_QUALIFIER_SYLLABLES = frozenset(w for p in _WORDS["qualifier_only_words"] for w in key(p).split())
_AFTER_GROUP = regex.compile(r"[\s,]*(?:(?:và|hoặc)\s*)?$")


def _qualifier_alone(words: list[str], out: list, before: str) -> bool:
    """A piece of a group's qualifier words only ("để theo dõi, quản lý;", "lãnh đạo Đảng, Nhà nước", "trách nhiệm
    chính": set 32), not right after a group it may qualify ("Các đơn vị thuộc và trực thuộc"): no group."""
    if not all(w in _BARE or w in _QUALIFIER_SYLLABLES for w in words):
        return False
    return not (out and out[-1].kind == "collective" and _AFTER_GROUP.fullmatch(before[out[-1].end:]))


_PLURAL_WORD = regex.compile(r"(?<=\s)(?:các|những|mọi|cac|nhung)\s")
_INNER_CAP = regex.compile(r"(?<=\s)\p{Lu}")
_WORD_START = regex.compile(r"(?<=\s)[\p{L}\p{N}]")


def _embedded_group(g: _Gazetteer, cell: _Cell, i: int, b: int, out: list, left: list, a: int) -> bool:
    """A group named inside prose ("ký kết biên bản ghi nhớ với các tổ chức quốc tế"): "các" or "những" and a group
    word at key offset *i* open it; it runs to the predicate, and is taken when it reads as one group."""
    ws = cell.k[i:b].split()
    if len(ws) < 2 or ws[0] not in _PLURAL or ws[1] not in _GROUP_WORDS or ws[1] in _BARE:
        return False
    run = next((n for n in range(1, len(ws)) if ws[n] not in _GROUP_WORDS), len(ws))   # "các tổ chức": its words
    return _take_inside(g, cell, (a, i, i + len(" ".join(ws[:run])), b), out, left, group=True)


def _named_for_subject(k: str) -> bool:
    """Is key *k* a committee's head and at most its level ("ban chỉ đạo trung ương", "tổ công tác"), so that "về"
    after it opens the subject it is named for ("họp Ban Chỉ đạo Trung ương về chính sách nhà ở ...": set 39), not
    what a body is told about ("gửi Hội đồng Thi đua về kết quả")?

    >>> _named_for_subject("ban chỉ đạo trung ương"), _named_for_subject("hội đồng thi đua")
    (True, False)
    """
    kh = _KIND_HEADS.match(k)
    if kh is None or not _KIND_BY_HEAD[kh.group()].startswith("level"):
        return False
    rest = k[kh.end():].strip()
    lv = _level(rest) if rest else None
    return not rest or lv is not None and lv.start() == 0 and lv.end() == len(rest)


def _prose_stop(k: str, a: int, b: int):
    """The first of ``_PROSE_STOPS`` in key span [a, b) that is no head noun's own verb ("Văn phòng Ban chỉ đạo ...")."""
    return next((x for x in _PROSE_STOPS.finditer(k, a, b) if not head_verb(k, x.start(), x.group().strip())), None)


def _take_inside(g: _Gazetteer, cell: _Cell, at: tuple[int, int, int, int], out: list, left: list, group: bool) -> bool:
    """The mention that prose (key span [a, b) of *at* = (a, i, after, b)) names at key offset *i*, up to its
    predicate (the first stop after key offset *after*): taken when it reads as one mention (a group when *group*,
    with the prose before it not glued to it), the prose around it left over."""
    a, i, after, b = at
    stop = _prose_stop(cell.k, after, b)
    if stop and not cell.k[after:stop.start()].strip():     # "Hội đồng thẩm định cấp tỉnh": the head's own word
        stop = _prose_stop(cell.k, stop.end(), b)
    if stop and stop.group() == "về" and _named_for_subject(cell.k[i:stop.start()]):
        stop = _prose_stop(cell.k, stop.end(), b)
    j = len(cell.k[:stop.start()].rstrip()) if stop else b
    trial: list[Mention] = []
    floor = cell.floor
    if group:
        cell.floor = i
    if not _classify_piece(g, cell, i, j, trial, [], whole=False) or len(trial) != 1 \
            or group and trial[0].kind != "collective":
        cell.floor = floor
        return False
    left.append((cell.start(a), cell.end(len(cell.k[:i].rstrip()))))
    out.append(trial[0])
    if j < b:
        left.append((cell.start(j), cell.end(b)))
    return True


def _head_end(k: str) -> tuple[int, int]:
    """(key length of the head noun that opens *k*, key length of a standing body's prefix before it: "thường trực
    hội đồng"); (0, 0) when *k* opens with no head."""
    p = _BODY_PREFIX.match(k)
    h = _HEADS.match(k[p.end():]) if p else None
    if h is not None:
        return p.end() + h.end(), p.end()
    h = _HEADS.match(k)
    return (0, 0) if h is None else (h.end(), 0)


_QUALIFIED_GROUP = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?:các|những)\s+)?(?:(?:cơ quan|đơn vị|tổ chức|lực lượng)(?:\s*,\s*(?:cơ quan|đơn vị|tổ chức))*"
    + r"(?:\s+(?:" + _word_alt(_WORDS["prose_group_qualifiers"]) + r"))+|cấp\s+có\s+thẩm\s+quyền)(?![\p{L}\p{N}])")


_FORCES_IN = regex.compile(r"(?<=\s)" + _CLASS_NOUN.pattern)


def _group_in_prose(g: _Gazetteer, cell: _Cell, a: int, b: int, out: list, left: list) -> bool:
    """A group noun and its qualifier inside prose, in small letters ("kiến nghị cơ quan có thẩm quyền sửa đổi", "báo
    cáo cấp có thẩm quyền xem xét", "chỉ đạo các đơn vị nghiệp vụ làm tốt ...": set 30): the group, noun and
    qualifier, is a mention; the prose around it is left over.  The qualifier is what makes it a group of bodies ("cơ
    quan" alone in prose may be any office)."""
    q = _QUALIFIED_GROUP.search(cell.k, a, b)
    span = (q.start(), q.end()) if q is not None and cell.text[cell.start(q.start())].islower() else None
    if span is None:
        f = _FORCES_IN.search(cell.k, a + 1, b)        # "phối hợp với lực lượng công an địa phương trong ...": forces
        if f is not None and cell.text[cell.start(f.start())].islower():
            return _take_inside(g, cell, (a, f.start(), f.end(), b), out, left, group=True)
        span = _office_by_function(cell, a, b)
        if span is None:
            return False
    qa, qb = span
    pa = len(cell.k[:qa].rstrip(" ,;"))
    if a < qa and not (pa > a and _group_in_prose(g, cell, a, pa, out, left)):   # an office before it ("cơ quan tiếp
        left.append((cell.start(a), cell.end(len(cell.k[:qa].rstrip()))))   # nhận hồ sơ ... đến cơ quan có thẩm quyền")
    out.append(_m(g, cell.text, cell.start(qa), cell.end(qb), "coll.other", "pattern", 0.7,
                  name=fold(cell.text[cell.start(qa):cell.end(qb)])))
    sa = qb + len(cell.k[qb:b]) - len(cell.k[qb:b].lstrip(" ,;"))
    if sa < b and not _group_in_prose(g, cell, sa, b, out, left):
        left.append((cell.start(qb), cell.end(b)))
    elif qb < sa:
        left.append((cell.start(qb), cell.end(sa)))
    return True


_OFFICE = regex.compile(r"(?<![\p{L}\p{N}])(?:các\s+)?cơ (?P<h>quan|sở)\s+")
_OFFICE_STOPS = frozenset(key(w) for w in _WORDS["office_phrase_stops"])
# a pair of syllables seen this many times at least in the Công báo's text (extract/data/ocr_bigrams.txt) holds one
# phrase together: inside an office's name "quan thi" 649, "án dân" 1177, "lý chuyên" 78, "ký tài" 45; where the name
# gives way to what it does "sự trích" 0, "an thực" 29, "thuế hướng" 0 (Nghị định 152/2026/NĐ-CP, set 31)
OFFICE_BOND = 40


def _office_by_function(cell: _Cell, a: int, b: int) -> tuple[int, int] | None:
    """"cơ quan" in small letters inside prose and the words naming what it does ("cơ quan thi hành án dân sự", "cơ
    quan công an", "cơ quan quản lý chuyên ngành": offices named by their function, set 31): the name runs while each
    pair of syllables is bonded in real legal text (:data:`OFFICE_BOND`) and stops at a separator, a word of
    ``office_phrase_stops`` or a capital.  At least one word after "cơ quan"; None if none."""
    o = _OFFICE.search(cell.k, a, b)
    if o is None or not cell.text[cell.start(o.start())].islower() \
            or cell.k[max(0, o.start() - 4):o.start()].rstrip().endswith("quý"):   # "Quý cơ quan": the reader
        return None
    if o["h"] == "sở" and (_site_word().match(cell.k, o.start() + o.group().find("cơ sở"))
                           or _BASIS.search(cell.k, max(0, o.start() - 6), o.start())):
        return None     # "cơ sở dữ liệu", "cơ sở hạ tầng" (underthesea's word list), "trên cơ sở đề nghị", "làm cơ
        # sở": a thing or a ground, no establishment
    end = bonded_run(cell.k, lambda p: cell.text[cell.start(p)].islower(), o.end(), b, o["h"])
    if end is None:
        return None
    lv = _OFFICE_LEVEL.match(cell.k, end)       # "... về văn hóa cấp tỉnh", "cơ quan công an cùng cấp": its level
    return o.start(), lv.end() if lv else end


def bonded_run(k: str, text_lower, at: int, b: int, prev: str, pairs: bool = False) -> int | None:
    """The key offset where a run of small-letter words from key offset *at* ends, each bonded to the one before it in
    real legal text (:data:`OFFICE_BOND`) and none a stop (``office_phrase_stops``), *prev* the word before the run;
    None if no word.  *text_lower*: is the word at a key offset printed in small letters; *pairs*: a word that makes a
    listed two-syllable word with its neighbour goes on though the pair is rare ("công tác dân nguyện")."""
    counts, end, words = syllable_bigrams(), None, two_syllable_words()
    found = list(regex.finditer(r"[\p{L}\p{M}]+|[^\s\p{L}\p{M}]", k[at:b]))
    for i, w in enumerate(found):
        word, pos = w.group(), at + w.start()
        pair = pairs and (i + 1 < len(found) and f"{word} {found[i + 1].group()}" in words
                          or f"{prev} {word}" in words)
        if not word[0].isalpha() or word in _OFFICE_STOPS or not text_lower(pos) \
                or counts.get(f"{prev} {word}", 0) < OFFICE_BOND and not (pair and end is not None) \
                or (end is not None and pos != end + 1):
            break
        end, prev = pos + len(word), word
    return end


_BASIS = regex.compile(r"(?<![\p{L}])(?:trên|làm|là)\s+$")


@lru_cache(maxsize=1)
def _site_word():
    """The word list's words that open with "cơ sở" ("cơ sở dữ liệu", "cơ sở hạ tầng"): things, no establishment."""
    words = sorted((w for w in word_list() if w.startswith("cơ sở ")), key=len, reverse=True)
    return regex.compile("(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}\p{N}])" if words else "(?!)")


_OFFICE_LEVEL = regex.compile(r"\s+(?:cùng cấp|cấp\s+(?:tỉnh|huyện|xã|cơ sở|trung ương|bộ|quân khu))(?![\p{L}\p{N}])")


_PREDICATE_OPENS = regex.compile(r"(?:" + _word_alt([*_WORDS["auxiliaries"], *_WORDS["modals"], *_WORDS["lead_verbs"],
                                                    *_WORDS["predicate_adverbs"]]) + r")(?![\p{L}\p{N}])")


def _embedded(g: _Gazetteer, cell: _Cell, a: int, b: int, out: list, left: list) -> bool:
    """Prose with a body's name inside it ("công văn số 37 của Cục Tác chiến", "tại Trung tâm Giao dịch công
    nghệ"): a capitalised head noun after a word in small letters, a capitalised word among the next three, opens
    a name that runs to the end of key span [a, b) or to the predicate; the prose around it is left over."""
    text = cell.text
    addressed = _QUALIFIED_GROUP.search(cell.k, a + 1, b)     # "... tham mưu cho cấp có thẩm quyền quyết định": a verb,
    if out and out[-1].kind == "collective" and not text[out[-1].end:cell.start(a)].strip() \
            and not _head_inside(cell, a, b) and not _PREDICATE_OPENS.match(cell.k, a) and addressed is None:
        left.append((cell.start(a), cell.end(b)))      # words that qualify a group (not its predicate: "Công an các
        return True     # đơn vị, địa phương tiếp tục phối hợp chặt chẽ với các lực lượng chức năng ...": set 40);
        # not words that go on to another group ("các cơ quan liên quan tham mưu cho cấp có thẩm quyền": sets 52-53)
    if _group_in_prose(g, cell, a, b, out, left):
        return True
    if _GROUP_START.match(cell.k[a:b]):
        left.append((cell.start(a), cell.end(b)))      # a group's own words
        return True
    if not _INNER_CAP.search(text, cell.start(a) + 1, cell.end(b)) and not _PLURAL_WORD.search(cell.k, a, b):
        left.append((cell.start(a), cell.end(b)))      # no capitalised word and no "các": no name, no group
        return True
    for w in _WORD_START.finditer(cell.k, a + 1, b):       # inside the piece: its start was read already
        i = w.start()
        if _embedded_group(g, cell, i, b, out, left, a):
            return True
        t = _TITLES.match(cell.k, i, b)
        hend, pre = _head_end(cell.k[i:b]) if t is None else (0, 0)
        before = [w.lstrip("([{\"'“‘") for w in text[:cell.start(i)].split()]    # "(qua Cục ...)": its word
        if not hend or not text[cell.start(i)].isupper() or not before \
                or not (before[-1][:1].islower() or _sentence_opener(before)) \
                or key(before[-1]) in _PLURAL:     # "các Tổng công ty Điện lực": a group, read as one
            continue
        nxt = text[cell.end(i + hend):cell.end(b)].split()[:3]
        if not any(x[:1].isupper() for x in nxt) and not _leveled(cell.k[i:b]) and not pre:   # "Thường trực Hội đồng"
            continue        # "Hội đồng bầu cử quốc gia" (a level word), not "Hội đồng thẩm định"
        # a standing body ("Thường trực Hội đồng nhân dân"): the body itself; :func:`_prefixed` adds the prefix back
        if _take_inside(g, cell, (a, i + pre, i + hend, b), out, left, group=False):
            return True
    left.append((cell.start(a), cell.end(b)))
    return True


_LIST_MARK_WORD = regex.compile(r"^(?:[-+•*–]|\(?[\p{L}\d]{1,3}[.)]|[\p{L}\d]{1,3}\.\d+\.?)$|[.:;]$")


def _sentence_opener(before: list[str]) -> bool:
    """Is the last of the words *before* a name the first word of its sentence, capitalised only as such, and no
    head noun or abbreviation ("Họp Hội đồng Nghĩa vụ quân sự tỉnh ...": held-out set 12; "Gửi Ủy ban ...")?"""
    w = before[-1]
    opens = len(before) == 1 or bool(_LIST_MARK_WORD.search(before[-2]))
    return opens and w[:1].isupper() and not w.isupper() and not _HEADS.match(key(w))


def _head_inside(cell: _Cell, a: int, b: int) -> bool:
    """Does a capitalised head noun stand inside key span [a, b) after a word in small letters ("Các địa phương
    khẩn trương liên hệ với Công ty Cổ phần ...": the group's predicate names a body, held-out set 41)?"""
    return any(cell.text[cell.start(c.start())].isupper() and _HEADS.match(cell.k[c.start():b])
               for c in _WORD_START.finditer(cell.k, a + 1, b))


# ... or a date: no name holds one ("... Ban Chỉ đạo Trung ương về chính sách nhà ở ... ngày 22/9/2025": set 39)
_PROSE_STOPS = regex.compile(_REST_STOPS.pattern + r"|(?<=\s)là(?![\p{L}\p{N}])|(?<=\s)(?:ngày|tháng)(?=\s*\d)")


_ATTACHED = regex.compile(r"(?:đến|tới|của|cuả|ở|thuộc|tại|trên|trong|cùng|den|toi|cua|o|thuoc|tai|tren)(?![\p{L}])")


def _closed_group(k: str, vocab) -> int:
    """Group words up to a closing qualifier ("liên quan", "khác") and words after it in the same piece, other than
    another qualifier or what places it ("có liên quan đến công tác chuyên môn", "khác của Nhà nước", "ở trung ương"):
    the key length of the group, which the
    qualifier closes (what follows is what it does: "ngành liên quan tổ chức, triển khai ..."); 0 otherwise.

    >>> [m.mention for m in parse_agencies("phối hợp với các bộ, ban, ngành liên quan tổ chức, triển khai").mentions]
    ['các bộ, ban, ngành liên quan']
    """
    c = _CLOSING.search(k)
    if c is None or not k[:c.start()].strip() or all(w in _BARE for w in k[:c.start()].split()):
        return 0
    rest = k[c.end():].strip()
    if not rest or _CLOSING.match(rest) or _ATTACHED.match(rest) \
            or not all(w in vocab for w in k[:c.end()].split()):
        return 0
    return c.end()


def _body_by_level(k: str, text: str) -> str | None:
    """The kind of a body named by a level word and a capitalised name: "xã Phước Sơn" (a commune), "HUYỆN TUY
    PHƯỚC", "thị xã An Nhơn" alone (the district acting, its People's Committee: a province so named was read
    earlier, from the gazetteer), "Sở Du lịch" (a department no entry names); None otherwise."""
    if _COMMUNE.match(k) and _capitalised(text, 1):
        return "commune_body"
    d = _DISTRICT.match(k)
    if d and " " in k and _capitalised(text, len(d.group().split())):
        return "district_body"
    if _SO_PATTERN.match(k) and _capitalised(text, 1):
        return "provincial_body"
    return None


_PLACED_SPAN = 10      # words from "các" to the level word, at most
_LIST_MARK = regex.compile(r"[,;()]|(?<!\S)và(?!\S)")


def _placed_group(cell: _Cell, a: int, b: int) -> int:
    """"Các Sở quản lý công trình xây dựng chuyên ngành Thành phố tham mưu ..." (Quyết định 74/2025/QĐ-UBND of Hà
    Nội, set 24): "các", a head noun, what they do in small letters, and the level they belong to: one group, up to
    the level (and a place's name after it); the predicate follows in small letters.  No comma, "và" or capital
    between the head and the level.  Returns the key length of the group, 0 if none.

    >>> [m.mention for m in parse_agencies("Các Sở quản lý công trình xây dựng chuyên ngành Thành phố tham mưu "
    ...                                    "giúp UBND Thành phố").mentions]
    ['Các Sở quản lý công trình xây dựng chuyên ngành Thành phố', 'UBND Thành phố']
    """
    k = cell.k[a:b]
    ws = k.split(" ")
    h = _HEADS.match(k[len(ws[0]) + 1:]) if len(ws) > 2 and ws[0] in _PLURAL else None
    head_end = len(ws[0]) + 1 + h.end() if h else 0
    lv = _level(k, head_end) if h else None
    if lv is None or not k[head_end:lv.start()].strip() or len(k[:lv.start()].split()) > _PLACED_SPAN or _LIST_MARK.search(k, head_end, lv.start()) \
            or regex.search(r"\p{Lu}", cell.text[cell.start(a + head_end):cell.start(a + lv.start())]):
        return 0
    place = _PLACE_NAME.match(cell.text, cell.end(a + lv.end()))
    end = cell.end(a + lv.end()) if place is None else place.end()
    rest = cell.text[end:cell.end(b)].strip()
    if rest and not rest[:1].islower():
        return 0
    return len(key(cell.text[cell.start(a):end]))


_FIELD_WORDS = 3       # "về" and a field of this many words at most, ending the piece


def _field_tail(cell: _Cell, a: int, b: int, vocab) -> int:
    """A group, "về" and a short field in small letters that ends its piece ("cơ quan chuyên môn về xây dựng", "các tổ
    chức xã hội - nghề nghiệp về du lịch": Quyết định 74/2025/QĐ-UBND of Hà Nội, Quyết định 147/QĐ-TTg, set 24): one
    group, field and all, a field named by an activity too ("về xây dựng"); a longer tail is what the group does.
    Returns the key length of the group, 0 if none.

    >>> [m.mention for m in parse_agencies("giao cơ quan chuyên môn về xây dựng, Sở Tư pháp").mentions]
    ['cơ quan chuyên môn về xây dựng', 'Sở Tư pháp']
    """
    k = cell.k[a:b]
    r = _REST_STOPS.search(k, _plural_run(k, vocab))
    pw = k[:r.start()].split() if r else []
    if r is None or r.group() != "về" or not pw or not all(w in vocab for w in pw) or all(w in _BARE for w in pw) \
            or len(pw) < 2:     # "cả về địa lý": no group
        return 0
    tail = k[r.end():].split()
    if not 0 < len(tail) <= _FIELD_WORDS or regex.search(r"\p{Lu}", cell.text[cell.start(a + r.end()):cell.end(b)]):
        return 0
    return len(k.rstrip())


def _domain_group(k: str, vocab) -> int:
    """"Các cơ quan quản lý về Bình đẳng giới có liên quan" (Thông tư 10/2023/TT-BLĐTBXH's tables, set 22): a group,
    "về" and its field, closed by a qualifier: one group up to the qualifier (a "về" that no qualifier closes stops
    the group, as before). Returns the key length of the group, 0 if none.

    >>> [m.mention for m in parse_agencies("Các cơ quan quản lý về Bình đẳng giới có liên quan theo yêu cầu").mentions]
    ['Các cơ quan quản lý về Bình đẳng giới có liên quan']
    """
    r = _REST_STOPS.search(k, _plural_run(k, vocab))
    if r is None or r.group() != "về" or not _GROUP_START.match(k) \
            or not all(w in vocab for w in k[:r.start()].split()):
        return 0
    c = _CLOSING.search(k, r.end())
    if c is None or _REST_STOPS.search(k[:c.start()], r.end()) or len(k[r.end():c.start()].split()) > 8:
        return 0
    return c.end()
