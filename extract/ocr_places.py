"""A place's name OCR glued into one token, read with a mark off: "ĐàNăng" for "Đà Nẵng" (Quyết định 2229/QĐ-TTg
2025, a scan of tests/real).  Vietnamese prints its syllables apart, so capitalised syllables run together are OCR's
doing - unless print glues a name so ("KonTum": a Word .doc of 2014 prints it); so a glued name is mended only when
its marks differ too: split at their capitals and compared without marks, the syllables are exactly one province's
name in the gazetteer, and not as the gazetteer prints it.  Any other glued token is left to the word list's split.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from normalize.text import strip_diacritics

_GLUED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){1,3}(?![\p{L}\p{N}])")
_SYLLABLE = regex.compile(r"\p{Lu}\p{Ll}+")


@lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """Provinces' names of two to four capitalised syllables ("Đà Nẵng", "Bà Rịa - Vũng Tàu" is not one), by their
    letters without marks in small letters; a name two provinces share is left out."""
    from normalize.agencies.gazetteer import gazetteer
    seen: dict[str, set[str]] = {}
    for a in gazetteer().agencies.values():
        if a.kind != "province":
            continue
        for name in a.aliases:
            words = name.split()
            if 2 <= len(words) <= 4 and all(_SYLLABLE.fullmatch(w) for w in words):
                seen.setdefault(strip_diacritics(name).lower(), set()).add(name)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


# ... or printed apart with its marks misread, standing alone among capitals ("ở Vinh, Thừa Thiên Huế, Đa Năng, Nha
# Trang": Nghị quyết 168/NQ-CP 2022, a scan of tests/real): no capitalised word right before or after it
_SPACED = regex.compile(r"(?<![\p{L}\p{N}])(?<!\p{Lu}\p{Ll}*[ \t])\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,3}"
                        r"(?![\p{L}\p{N}])(?![ \t]\p{Lu})")


def unglue_places(text: str) -> str:
    """*text* with each glued province name put apart as the gazetteer prints it, and each name printed apart with
    other marks given the gazetteer's.

    >>> unglue_places("Ủy ban nhân dân thành phố ĐàNăng"), unglue_places("tỉnh KonTum"), unglue_places("ĐenSaVan")
    ('Ủy ban nhân dân thành phố Đà Nẵng', 'tỉnh KonTum', 'ĐenSaVan')
    >>> unglue_places("ở Vinh, Thừa Thiên Huế, Đa Năng, Nha Trang"), unglue_places("thành phố Đa Năng")
    ('ở Vinh, Thừa Thiên Huế, Đà Nẵng, Nha Trang', 'thành phố Đà Nẵng')
    """
    if not any(c.isupper() for c in text[1:]):
        return text

    def mend(m: regex.Match) -> str:
        split = " ".join(_SYLLABLE.findall(m[0]))
        name = _place_names().get(strip_diacritics(split).lower())
        return name if name and name != split else m[0]     # glued as print may glue it ("KonTum"): left
    return _SPACED.sub(mend, _GLUED.sub(mend, text))
