"""Words read as a body that are none: a ministry's name without its head opening a clause as its verb, a level word
inside another word ("xã hội"), a national body's name put in another state ("chính phủ nước ngoài")."""
from __future__ import annotations

import regex

from normalize.text import key
from normalize.vietnamese import two_syllable_words
from normalize.agencies.model import Mention
from normalize.agencies.words import _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.patterns import _CLAUSE_START

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


def not_a_body(cell: _Cell, m: Mention) -> bool:
    """Is mention *m* words of the sentence, no body (any of the rules above)?"""
    return _headless_verb(cell, m) or _abroad(cell, m) or _level_in_word(m)
