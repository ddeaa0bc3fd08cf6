"""Patterns shared by the passes, built from the structural words: head nouns, titles, level words, group words,
verbs and qualifiers."""
from __future__ import annotations

import regex

from normalize.text import ascii_key, key
from normalize.vietnamese import two_syllable_words
from normalize.agencies.words import _word_alt, _WORDS


# Words that only ever make up group phrases ("các bộ, ngành", "cơ quan, tổ chức có liên quan")
_GROUP_WORDS = frozenset(w for p in _WORDS["group_words"] for w in key(p).split())
_GROUP_WORDS_ASCII = frozenset(ascii_key(w) for w in _GROUP_WORDS)
_BARE = frozenset(key(w) for w in ("các", "cac", "những", "nhung", "và", "va", "của", "cua", "tất", "cả",
                                    # words of a group's phrase that name no kind of body ("được" alone is no group)
                                    "được", "có", "ở", "tại", "trên", "hoặc", "đóng", "liên", "quan",
                                    "khác", "một", "số", "lựa", "chọn"))


# Head nouns of agency names (data): a piece starting with one of these and a capitalised word is an
# (unknown) agency, everything else is leftover text.
class _HeadPattern:
    """Head nouns at the start; their forms without diacritics only in a text typed without them ("quy tập" is no
    "quỹ": Quyết định 798/QĐ-TTg's "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập ...")."""

    def __init__(self, words) -> None:
        keys = sorted({key(w) for w in words}, key=lambda w: (-len(w), w))
        self.marked = regex.compile(r"^(?:" + "|".join(regex.escape(w) for w in keys) + r")(?![\p{L}\p{N}])")
        self.any = regex.compile(r"^(?:" + _word_alt(words) + r")(?![\p{L}\p{N}])")

    def match(self, k: str, *span):
        return (self.any if k.isascii() else self.marked).match(k, *span)


_HEADS = _HeadPattern(_WORDS["head_nouns"])
# abbreviations that stand for a head noun and nothing else ("VP": Văn phòng; "TT" is "Trung tâm" or "Thường trực", and
# "Thể thao" in "Sở VH - TT và DL": not one of them), as printed -> the head's words
_ABBREVIATED_HEADS = {w: full for w, full in _WORDS["abbreviations"].items()
                      if isinstance(full, str) and (h := _HEADS.match(key(full))) and h.end() == len(key(full))}

_TITLES = regex.compile(r"(?:" + _word_alt(_WORDS["person_titles"]) + r")(?![\p{L}\p{N}])")
_UNIT_HEADS = regex.compile(r"^(?:" + _word_alt(_WORDS["ministry_unit_heads"]) + r")(?![\p{L}\p{N}])")

# The verbs that assign work, as whole words: a phrase holding one is a clause's own, no description of a body
# ("Cơ quan thông tấn ... chỉ đạo cơ quan thường trú ... phải")
# the verbs that give a body its role, and the modals of duty, which do too (an alternation of their keys)
_ROLE_WORDS = _word_alt(_WORDS["role_verbs"] + _WORDS["modals"])
_ASSIGNING = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["assignment_verbs"]) + r")(?![\p{L}\p{N}])")

_AND_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:và|va|and)$")

_LEAD_VERBS = regex.compile(r"(?:" + _word_alt(_WORDS["lead_verbs"]) + r")(?![\p{L}\p{N}])")
_QUALIFIERS = regex.compile(r"(?:\s+(?:" + _word_alt(_WORDS["group_qualifiers"]) + r"))+(?![\p{L}\p{N}])", regex.I)

# qualifiers that close a group ("có liên quan", "khác"): the words after them are no longer about it
_CLOSING = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["closing_qualifiers"]) + r")(?![\p{L}\p{N}])")
_OF_END = regex.compile(r"\s(?:" + _word_alt(["của"]) + r")$")        # a name or group ending in "của" + a body
_PROVINCE_LEVEL = regex.compile(r"(?<![\p{L}])(?:" + _word_alt(["cấp tỉnh"]) + r")$")
_QUAL_TAIL = regex.compile(_QUALIFIERS.pattern + r"(?:\s+(?:đến|tới)\s[^,;]*)?$", regex.I)   # "... có liên quan (đến X)"
_CLAUSE_TAIL = regex.compile(r"\s+(?:" + _word_alt(_WORDS["group_clause_openers"]) + r")\s+\S.*$")
_KIND_HEADS = regex.compile(r"^(?:" + _word_alt(_WORDS["kind_by_head"]) + r")(?![\p{L}\p{N}])")

_KIND_BY_HEAD = {k: v for h, v in _WORDS["kind_by_head"].items() for k in (key(h), ascii_key(h))}


def _level_re(ascii_forms: bool) -> regex.Pattern:
    """Level words by kind; the forms without diacritics only for a text typed without them ("quan" is not
    "quận" in "cơ quan")."""
    form = ascii_key if ascii_forms else key
    return regex.compile("|".join(
        f"(?P<{kind}>(?<![\\p{{L}}\\p{{N}}])(?:{'|'.join(regex.escape(form(w)) for w in sorted(ws, key=len, reverse=True))})"
        f"(?![\\p{{L}}\\p{{N}}])(?!\\s+(?:{_NOT_LEVEL})(?![\\p{{L}}])))" for kind, ws in _WORDS["level_words"].items()))


_NOT_LEVEL = "hội|hoi"   # "xã hội" (society: "Ủy ban Xã hội", "Dân số - Xã hội") is no commune

_LEVEL, _LEVEL_ASCII = _level_re(False), _level_re(True)


def _level(k: str, pos: int = 0):
    """The first level word of key *k* from *pos* that is no syllable of a listed word with the one before it ("Phòng
    Văn xã": "văn xã", the office of culture and society, no commune: an office plan of Ninh Bình, 11/2025, set 48;
    "cán bộ", no ministry); "cấp" before it makes it a level ("cấp xã")."""
    for m in (_LEVEL_ASCII if k.isascii() else _LEVEL).finditer(k, pos):
        before = (k[:m.start()].split() or [""])[-1]
        if " " in m.group() or before in ("", "cấp") or f"{before} {m.group()}" not in two_syllable_words():
            return m
    return None


_COMMUNE_END = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["commune_levels"]) + r")$")

_TWINS = _WORDS["issuer_twins"]
_TWIN_STOPS = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["issuer_twin_stops"]) + r")(?![\p{L}\p{N}])|[,/;]")

_PLURAL = frozenset(("các", "những", "mọi", "cac", "nhung"))

_CLASS_NOUN = regex.compile(r"(?:" + _word_alt(_WORDS["class_nouns"]) + r")(?![\p{L}\p{N}])")

_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]+")

# words that link two phrases: a company's trade in small letters holds none ("Tổng Công ty xây dựng Hà Nội", not
# "công ty thuộc Bộ ...")
_LINK_WORDS = frozenset(("của", "và", "với", "cho", "để", "tại", "trên", "theo", "về", "các", "những", "được", "đã", "sẽ",
                         "thuộc", "ở", "từ", "đến", "trong", "hoặc"))
_MARKET_WORDS = regex.compile(r"(?<![\p{L}])(?:" + _word_alt(_WORDS["market_words"]) + r")(?![\p{L}])")

_LEVEL_WORD_END = regex.compile(r"(?<![\p{L}\p{N}])(?:tỉnh|thành phố|tp|tinh|thanh pho)$")

_GROUP_START = regex.compile(r"^(?:" + _word_alt(["các", "ubnd", "ủy ban", "tất cả", "những"]) + r")(?![\p{L}\p{N}])")

_REST_STOPS = regex.compile(r"(?:^|(?<=\s))(?:" + _word_alt(_WORDS["group_rest_stops"]) + r")(?![\p{L}\p{N}])")

_HEAD_WORDS = frozenset(key(w) for w in _WORDS["head_nouns"])
_VERBS_IN = [v for v in (*_WORDS["lead_verbs"], *_WORDS["object_verbs"]) if " " in v]
# a head noun whose second part is such a verb ("Ban chỉ đạo", "Ban quản lý"): the verb after its first word is the
# head's, also in small letters ("Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia": a Công điện of 11/2025, set 51)
_VERB_HEADS = sorted({h[:-len(v) - 1] for h in _HEAD_WORDS for v in map(key, _VERBS_IN) if h.endswith(" " + v)},
                     key=len, reverse=True)
def head_verb(k: str, i: int, word: str) -> bool:
    """Is *word*, at key offset *i* of *k*, the second part of a head noun with the word before it ("ban" +
    "chỉ đạo")?"""
    before = k[:i].split()
    return bool(before) and f"{before[-1]} {word}" in _HEAD_WORDS


_VERB_IN = regex.compile((r"(?<!(?:^|\s)(?:" + _word_alt(_VERB_HEADS) + r"))" if _VERB_HEADS else "")
                         + r"\s(?:" + _word_alt(_VERBS_IN) + r")(?![\p{L}\p{N}])")   # "chủ trì", "chỉ đạo": what the body does
_TITLES_ON_HEAD = frozenset(key(w) for w in _WORDS["titles_on_head"])

# the marker of a passive's doer right before a group ("do UBND cấp xã, phường quản lý"): what follows it is its verb
_AGENT_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:do|bởi|được)[ \t]+$", regex.I)

_BODY_PREFIX = regex.compile(r"^(?:" + _word_alt(_WORDS["body_prefixes"]) + r")\s+(?=\S)")
# abbreviations whose every reading opens a body ("VP": Văn phòng; "TT": Trung tâm or Thường trực), as printed
_HEADS_WRITTEN_SHORT = frozenset(w for w, full in _WORDS["abbreviations"].items()
                                 if all(_HEADS.match(key(f)) or _BODY_PREFIX.match(key(f) + " x")
                                        for f in ([full] if isinstance(full, str) else full)))
# a place's name: capitalised words or a number; an initial with its full stop before the next word ("huyện H. Sơn":
# Hương Sơn in the UBND tỉnh Hà Tĩnh's programmes of 2017, set 45)
_PLACE_NAME = regex.compile(r"(?:\s+(?:\p{Lu}\.(?=\s+\p{Lu})|\p{Lu}[\p{L}\p{M}]*|\d+))+")

# where a clause opens: the cell's start, after a sentence's end or a line break, then a list mark ("a)", "1.", "-")
_CLAUSE_START = regex.compile(r"(?:^|[.;:]\s*|\n\s*)(?:[-–+•]\s*|\(?(?:\d{1,2}|[a-zđ])[.)]\s*)?$")
