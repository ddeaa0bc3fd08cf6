"""The structural words of agency names (``normalize/data/agency_words.yaml``) and the small key helpers the
patterns are built with."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import regex
import yaml

from normalize.alternation import literal_alternation
from normalize.text import ascii_key, key


WORDS = Path(__file__).resolve().parent.parent / "data" / "agency_words.yaml"
_WORDS = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
# the head of a body is its head noun and "trưởng" ("Cục trưởng", "Tổng cục trưởng", "Bộ trưởng", "Vụ trưởng"), and
# its deputy "Phó" that: a person's title before the body's name ("Tổng cục trưởng Tổng cục Lâm nghiệp": held-out set
# 29), made from the head nouns rather than listed one by one
_WORDS["person_titles"] = list(dict.fromkeys([*_WORDS["person_titles"], *(
    f"{pre}{h} trưởng" for h in _WORDS["head_nouns"] for pre in ("", "phó ") if len(h.split()) <= 2)]))


_WORDS["group_rest_stops"] = [*_WORDS["group_rest_stops"], *_WORDS["predicate_adverbs"]]


# the kinds of documents a citation names before its number ("Văn bản số 3633/ĐCKS-PCKS"): the deadline parser's list,
# one list for both
_WORDS["citations"] = [w for w in yaml.safe_load((WORDS.parent / "deadlines.yaml").read_text(encoding="utf-8"))["citations"]
                       if len(w) > 3]     # the two-letter forms ("kh", "tt") are words of names too


_AROUND_JOINERS = regex.compile(r"\s*([/&,])\s*")


def _squeeze_key(s: str) -> str:
    """Matching key of a gazetteer string: :func:`key` with spaces squeezed around , / &."""
    return _AROUND_JOINERS.sub(r"\1", key(s))


_WORD = regex.compile(r"(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}]+")


def _word_alt(words: Iterable[str]) -> str:
    """Alternation of the keys of *words* and their forms without diacritics, longest first."""
    keys = {key(w) for w in words} | {ascii_key(w) for w in words}
    return literal_alternation(keys)        # a tree of shared prefixes: the same matches, far fewer tries


def fold(s: str) -> str:
    return " ".join(s.split())


def _capitalised(s: str, nth: int) -> bool:
    """Some word after the head noun starts with a capital letter (or a digit, or is an abbreviation)."""
    ws = s.split()
    return any(w[:1].isupper() or w[:1].isdigit() for w in ws[nth:]) if len(ws) > nth else False


# the words that may open a group before its nouns ("tất cả các", "một số", "toàn bộ"): taken off to read the nouns
GROUP_LEAD = regex.compile(r"^(?:(?:tất cả|toàn bộ|những|một số|các)\s+)+")
