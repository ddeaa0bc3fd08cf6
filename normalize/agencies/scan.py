"""Find the known names of a cell, longest first (:func:`_scan`), and adjust the spans: names with an infix,
places inside a name, the colon lists' regions left out."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import lru_cache

import regex

from normalize.text import key
from normalize.agencies.words import _squeeze_key, _WORD, _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.separators import _STRONG
from normalize.agencies.gazetteer import _Gazetteer, gazetteer
from normalize.agencies.patterns import _AND_BEFORE, _GROUP_WORDS, _HEAD_WORDS, _LINK_WORDS, _TITLES, _TITLES_ON_HEAD
from normalize.vietnamese import two_syllable_words, word_keys


_TITLE_AT = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["person_titles"]) + r")(?![\p{L}\p{N}])")


@lru_cache(maxsize=4)
def _title_hint(g_id: int) -> regex.Pattern:
    """One word of every person's title, the rarest in the gazetteer's names ("tịch" of "chủ tịch", "chánh" of "chánh
    văn phòng"): a key without any of them holds no title, and the long pattern of titles is not run over it (*g_id*
    keys the cache: a user's vocabulary makes another gazetteer)."""
    freq = Counter(w for name in gazetteer().alias for w in set(name.replace(",", " ").split()))
    hints = {min(key(t).split(), key=lambda w: (freq[w], -len(w), w)) for t in _WORDS["person_titles"]}
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(hints) + r")(?![\p{L}\p{N}])")


# the first two words of each head noun of two words or more: a word that continues one with the word before it is
# no name's start ("ủy" + "ban bầu cử": no "Ban bầu cử" inside "Ủy ban bầu cử")
_HEAD_PAIRS = frozenset(tuple(key(h).split()[:2]) for h in _WORDS["head_nouns"] if len(h.split()) > 1)


def _word_before(k: str, i: int, prev) -> str:
    """The word right before key offset *i* across white space (within twelve characters), "" when none: *prev* is
    the match of :data:`_WORD` before *i* that the scan met, None at the first."""
    if prev is None or prev.end() == i or not k[prev.end():i].isspace() or prev.end() <= i - 12:
        return ""
    return k[max(prev.start(), i - 12):prev.end()]


_TITLE_TAILS = frozenset(" ".join(key(t).split()[-2:]) for t in (*_WORDS["titles_on_head"], *_WORDS["person_titles"]))


def _inside_word(cell: _Cell, before: str, i: int, word: str) -> bool:
    """Is the word at key offset *i*, printed in small letters, the second syllable of a word with the one before it
    ("cơ sở y tế": a health facility, no Sở Y tế; "toàn bộ tài chính": the whole of the finances, no Bộ Tài chính:
    held-out set 29)?  The dictionary is underthesea's word list; a capitalised head ("Cơ sở", "Sở Y tế") is never
    taken for part of a word.

    >>> [m.mention for m in parse_agencies("các cơ sở y tế và Sở Y tế").mentions][-1]
    'Sở Y tế'
    """
    if not before or not cell.text[cell.start(i)].islower():
        return False
    pair = f"{before} {word}"
    return pair in two_syllable_words() and pair not in _TITLE_TAILS      # "trưởng phòng": a title on the head


_HEAD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["head_nouns"]) + r")\s+$")


def _group_in_name(cell: _Cell, i: int) -> bool:
    """Is the word at key offset *i*, capitalised right after a head noun, the start of a group's words that name a
    unit here ("Phòng Doanh nghiệp - Sở Tài chính", set 30: no group of enterprises)?  Asked only where every known
    name starting there is a group (the gazetteer's ``group_firsts``)."""
    return cell.text[cell.start(i)].isupper() and bool(_HEAD_BEFORE.search(cell.k, max(0, i - 16), i))


_PLACE_AFTER = regex.compile(r"\.?[ \t]*\p{Lu}|\.\p{L}")


def _city_cut(cell: _Cell, ak: str, j: int) -> bool:
    """A known name that ends in "TP" (the city written short: "UBND TP") does not end there when a place follows
    ("UBND TP.HCM", "UBND TP. Hồ Chí Minh"): the "TP" is the place's."""
    return ak.endswith(" tp") and bool(_PLACE_AFTER.match(cell.text, cell.end(j)))


# a symbol's part before the issuer's code: capitals and figures ("20-HD/", "46/KH-"), or a number and a type code in
# mixed case ("3499/TTr-", "12/CTr-", "31-CTr/": Tờ trình, Chương trình)
_SYMBOL_BEFORE = regex.compile(r"(?:(?<![\p{Ll}])[\p{Lu}\p{N}][\p{Lu}\p{N}.]*|\d[/-]\p{Lu}[\p{L}.]{0,4})[-/]$")


def _in_symbol(cell: _Cell, i: int) -> bool:
    """Is key offset *i* inside a document's symbol ("số 20-HD/BTGDVTU", "46/KH-UBND", "3499/TTr-SCT")?  The issuer's code there (one
    word) names the document, not a body that acts; "Bộ KH&CN/Chính phủ" names two bodies."""
    a = cell.start(i)
    return a > 0 and cell.text[a - 1] in "-/" and bool(_SYMBOL_BEFORE.search(cell.text, max(0, a - 12), a))


def _scan(g: _Gazetteer, cell: _Cell, ascii_mode: bool) -> list[tuple[int, int, str]]:
    """Leftmost-longest known spans in key space: [(start, end, id)], found once per cell and mode (the plain list's
    reading and then the passes ask the same)."""
    if ascii_mode not in cell.scans:
        cell.scans[ascii_mode] = _scan_names(g, cell, ascii_mode)
    return list(cell.scans[ascii_mode])


# bodies whose names count only as printed with a capital ("Quý cơ quan", the letter's addressee; "hằng quý cơ quan
# tài chính" is "quarterly" and a body: data `capital_only`)
_CAPITAL_ONLY = frozenset(_WORDS["capital_only"])


def _short_in_small_letters(cell: _Cell, i: int, j: int) -> bool:
    """Is key span [i, j) a name of three letters or fewer printed in small letters: an abbreviation's form read in a
    word of the sentence ("tu bổ di tích" is no "TU", the Tỉnh ủy: sets 24, 27, 28), no body?"""
    printed = cell.text[cell.start(i):cell.end(j)]
    return len(printed) <= 3 and not any(c.isupper() for c in printed)


def _scan_names(g: _Gazetteer, cell: _Cell, ascii_mode: bool) -> list[tuple[int, int, str]]:
    k = cell.k
    index = g.aindex if ascii_mode else g.index
    group_firsts = g.agroup_firsts if ascii_mode else g.group_firsts
    n = len(k)
    found = []
    pos = 0
    inside = [(t.start(), t.end()) for t in _TITLE_AT.finditer(k)] if _title_hint(id(g)).search(k) else []
    prev = None
    words = list(_WORD.finditer(k))
    stops = [w.end() for w in words]      # where a name may end: no alias key ends on a character that is no letter
    if not stops or stops[-1] != n:       # or figure, so only a word's end (and the key's) can close one
        stops.append(n)
    for x, w in enumerate(words):
        i, word, last, prev = w.start(), w.group(), prev, w
        entry = index.get(word) if i >= pos else None
        if not entry or inside and any(a < i < b and not _TITLES.fullmatch(k[a:i].strip())
                                       and not (" ".join(k[a:b].split()) in _TITLES_ON_HEAD
                                                and k[i:b].strip() in _HEAD_WORDS)
                                       for a, b in inside):    # "Trưởng ban Quản lý các khu công nghiệp": a title on a head
            continue
        before = _word_before(k, i, last)
        if before and ((before, word) in _HEAD_PAIRS or _inside_word(cell, before, i, word)) \
                or word in group_firsts and _group_in_name(cell, i):
            continue
        second = words[x + 1] if entry[0] and x + 1 < len(words) else None
        hit = _known_at(cell, i, stops, (entry[0].get(second.group()) if second else None, entry[1]))
        if hit is not None and (hit[1] in _CAPITAL_ONLY and not cell.text[cell.start(i)].isupper()
                                or _short_in_small_letters(cell, i, hit[0])):
            hit = None
        if hit is not None:
            found.append((i, *hit))
            pos = hit[0]
    return found


def _known_at(cell: _Cell, i: int, stops: list[int], buckets) -> tuple[int, str] | None:
    """(end, id) of the longest name the key has at offset *i*, ending before a character that is no letter or
    figure: *buckets* are the gazetteer's names for the first two words, then for the first word alone, each as
    (longest length, {key: id}); *stops*, the offsets where a name may end, in order."""
    k = cell.k
    for bucket in buckets:
        if not bucket:
            continue
        names = bucket[1]
        for x in range(bisect_right(stops, i + bucket[0]) - 1, bisect_right(stops, i) - 1, -1):
            j = stops[x]
            ak = k[i:j]
            aid = names.get(ak)
            if aid is not None and (j == len(k) or not k[j].isalnum()) and not _city_cut(cell, ak, j) \
                    and not (" " not in ak and _in_symbol(cell, i)):
                return j, aid
    return None


_INFIX = regex.compile(r"(?:\s+\p{Lu}[\p{L}\p{M}]*)+\s+và\s+")


def _infix_names(g: _Gazetteer, cell: _Cell, spans: list) -> list:
    """A place inside a known name ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"): the
    name, capitalised words, "và" and the rest of a longer name of the same entry are one span of that entry."""
    out = []
    for i, j, aid in spans:
        if out and i < out[-1][1]:
            continue
        m = _INFIX.match(cell.text, cell.end(j))
        if m:
            a = j
            while a < len(cell.k) and cell.start(a) < m.end():
                a += 1
            words = _STRONG.split(cell.k[a:])[0].split()
            for w in range(len(words), 0, -1):
                tail = " ".join(words[:w])
                if g.alias.get(_squeeze_key(f"{cell.k[i:j]} và {tail}")) == aid:
                    j = a + len(tail)
                    break
        out.append((i, j, aid))
    return out


def _inside(span: tuple, regions: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] < b for a, b in regions)


def _outside(a: int, b: int, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of key span [a, b) outside *regions*."""
    out = []
    for ra, rb in sorted(regions):
        if rb <= a or ra >= b:
            continue
        if ra > a:
            out.append((a, ra))
        a = max(a, rb)
    if a < b:
        out.append((a, b))
    return out


_OF_HEADS = regex.compile(r"(?:^|(?<=\s))(?:" + _word_alt(_WORDS["of_heads"]) + r")$")

_PLACE_HEADS = regex.compile(r"^(?:" + _word_alt(_WORDS["place_in_name_heads"]) + r")(?![\p{L}\p{N}])")


_ASSIGNING_OR_LEADING = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["assignment_verbs"] + _WORDS["lead_verbs"]) + r")(?![\p{L}\p{N}])")
_WORD_START = regex.compile(r"(?<![\p{L}\p{N}])\p{L}")


def _capital_head(cell: _Cell, a: int, b: int) -> bool:
    """Does key span [a, b) end with a name that opens with a capitalised head of names that may end with a place,
    every word after the head capitalised ("yêu cầu Báo Hải Dương": Sở Thông tin và Truyền thông Hải Dương, set 38) or
    a known name's word in small letters ("chỉ đạo Tổng Công ty xây dựng Hà Nội": set 37)?"""
    for w in _WORD_START.finditer(cell.k, a, b):
        rest = cell.k[w.start():b].strip()
        h = _PLACE_HEADS.match(rest)
        if h and cell.text[cell.start(w.start())].isupper():
            after = cell.text[cell.start(w.start() + h.end()):cell.start(b)]
            return all(x.group()[:1].isupper() for x in regex.finditer(r"\S+", after)) or _name_words_only(after)
    return False


def _name_words_only(text: str) -> bool:
    """Are the words of *text* at most three words in small letters, none a word that links two phrases ("của",
    "và", "tại" ...) nor a verb that assigns work: a trade named in a company's name ("xây dựng" in "Tổng Công ty xây
    dựng Hà Nội")?"""
    words = text.split()
    return 0 < len(words) <= 3 and all(w.islower() and w not in _LINK_WORDS for w in words) \
        and not _ASSIGNING_OR_LEADING.search(" ".join(words))


def _inside_words(cell: _Cell, spans: list) -> list:
    """Spans *spans* without a name in small letters that is the end of a longer word of the language with the
    syllable before it ("phi chính phủ": non-governmental, no Government; "tổ chức phi chính phủ", set 56).

    >>> [m.mention for m in parse_agencies("Ủy ban Dân tộc, các tổ chức phi chính phủ").mentions]
    ['Ủy ban Dân tộc', 'các tổ chức phi chính phủ']
    """
    out = []
    for i, j, aid in spans:
        if i > 1 and cell.k[i - 1] == " " and cell.text[cell.start(i)].islower():
            word = cell.k[cell.k.rfind(" ", 0, i - 1) + 1:i - 1]    # the syllable before
            if word and f"{word} {cell.k[i:j]}" in word_keys():
                continue
        out.append((i, j, aid))
    return out


def _absorb_places(g: _Gazetteer, cell: _Cell, spans: list) -> list:
    """A province named inside an organisation's name ("Đài Phát thanh và Truyền hình Hà Nội" when the gazetteer
    does not know it, "Báo Bắc Ninh", also in a sentence: "yêu cầu Báo Hải Dương chuẩn bị") stays part of that name:
    the span is dropped and the gap keeps it.

    >>> [(m.mention, m.kind) for m in parse_agencies("yêu cầu Báo Hải Dương chuẩn bị kỹ báo cáo").mentions]
    [('Báo Hải Dương', 'provincial_body')]
    """
    out, pos = [], 0
    for i, j, aid in spans:
        if i > pos and _OF_HEADS.search(_STRONG.split(cell.k[pos:i])[-1].strip()):
            continue         # "Đảng ủy UBND tỉnh": the party committee of that body, not the body
        if g.agencies[aid].kind == "province" and i > pos:
            tail = _STRONG.split(cell.k[pos:i])[-1]
            words = tail.split()
            if (words and tail.endswith(" ") and (_PLACE_HEADS.match(tail.strip()) or _capital_head(cell, i - len(tail), i))
                    and not _AND_BEFORE.search(tail.strip()) and not all(w in _GROUP_WORDS for w in words)):
                continue
        out.append((i, j, aid))
        pos = j
    return out
