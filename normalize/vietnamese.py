"""Vietnamese words from underthesea's word list (Viet74K, shipped with the package, offline), for matching keys."""
from __future__ import annotations

import importlib.util
import unicodedata
from functools import lru_cache
from pathlib import Path

from normalize.text import fold_key, key, strip_diacritics

__all__ = ["syllable_bigrams", "two_syllable_words", "unmarked_syllables", "word_keys", "word_list", "word_list_path"]


def word_list_path() -> Path | None:
    """underthesea's Viet74K word list, where the package keeps it (None when it is not installed)."""
    spec = importlib.util.find_spec("underthesea")
    for loc in (spec.submodule_search_locations or []) if spec else []:
        p = Path(loc) / "corpus" / "data" / "Viet74K.txt"
        if p.exists():
            return p
    return None


@lru_cache(maxsize=1)
def word_list() -> tuple[str, ...]:
    """The list's entries, one word each (of one syllable or more), NFC and in small letters; empty without the list.
    Read once for every use of it (matching keys, the OCR repair's lexicon, the unmarked-text check).

    >>> "cơ sở" in word_list(), all(w == w.strip().lower() and w for w in word_list())
    (True, True)
    """
    path = word_list_path()
    if path is None:
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(w for w in (unicodedata.normalize("NFC", line.strip().lower()) for line in lines) if w)


@lru_cache(maxsize=1)
def word_keys() -> frozenset[str]:
    """The list's words as matching keys, built once (the list itself is never hashed per call); empty without it.

    >>> from normalize.text import key
    >>> key("viện kiểm sát") in word_keys(), key("sở y") in word_keys()
    (True, False)
    """
    return frozenset(_keys(word_list()))


@lru_cache(maxsize=1)
def two_syllable_words() -> frozenset[str]:
    """The list's words of two syllables, as matching keys ("cơ sở" -> its key); empty without the list.

    >>> from normalize.text import key, strip_diacritics
    >>> key("cơ sở") in two_syllable_words(), key("sở y") in two_syllable_words()
    (True, False)
    """
    return frozenset(_keys(w for w in word_list() if len(w.split()) == 2))


def _keys(words) -> list[str]:
    """:func:`normalize.text.key` of many NFC words in small letters, in one pass over them joined (the key is
    character for character) and not through the key's own cache, which a list of 74,000 words would empty.

    >>> _keys(["hòa  bình", "cơ sở"]) == [key("hòa  bình"), key("cơ sở")]
    True
    """
    words = list(words)
    return [" ".join(k.split()) for k in fold_key("\x00".join(words)).split("\x00")] if words else []


@lru_cache(maxsize=1)
def unmarked_syllables() -> frozenset[str]:
    """Every syllable of the list with its marks taken off, in small letters ("chương" -> "chuong", "đổi" ->
    "doi"): how Vietnamese reads when it was typed or read without its marks; empty without the list.

    >>> syllables = unmarked_syllables()
    >>> {"chuong", "trinh", "doi"} <= syllables, "the" in syllables, "would" in syllables
    (True, True, False)
    """
    return frozenset(strip_diacritics(s) for w in word_list() for s in w.split())


BIGRAMS = Path(__file__).resolve().parent.parent / "extract" / "data" / "ocr_bigrams.txt"


@lru_cache(maxsize=1)
def syllable_bigrams() -> dict[str, int]:
    """"syllable syllable" -> count in the project's own text and about 400 Công báo texts (the file
    ``samples/build_ocr_bigrams.py`` writes beside the OCR repair that was built first to use it); empty without it.

    >>> syllable_bigrams().get("thẩm quyền", 0) > syllable_bigrams().get("thấm quyền", 0)
    True
    """
    if not BIGRAMS.exists():
        return {}
    out = {}
    for line in BIGRAMS.read_text(encoding="utf-8").splitlines():
        pair, _, n = line.rpartition("\t")
        out[pair] = int(n)
    return out

