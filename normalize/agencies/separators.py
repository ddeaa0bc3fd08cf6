"""Separators between agency names: the strong and weak chunk separators, stripping a piece's separators and
splitting a span into pieces, and :func:`is_separator_text`."""
from __future__ import annotations

import regex

from normalize.agencies.words import _WORDS
from normalize.agencies.cell import _DASH_WS, _TAG


# chunk separators inside the text between known names; each alternative opens with the character it takes (its
# look-behind after it), so that a position no separator starts fails at once: twice as fast as the same set of
# separators written with the look-behinds first
_LN = r"[\p{L}\p{N}]"
_COMMA_COMPOUND = ",(?!" + "|".join(rf"(?<=(?<!{_LN}){a},)\s*{b}(?!{_LN})" for a, b in _WORDS["comma_compounds"]) + ")"
_STRONG = regex.compile(_COMMA_COMPOUND + r"|[;:()\[\]{}•●▪◦·*\n]|\.(?!\p{N})"
                        rf"|[-+](?!(?<={_LN}[-+]){_LN})"        # a dash or plus not between two letters or figures
                        rf"|\((?<!{_LN}\()\d{{1,2}}\)(?=\s)|\d(?<!{_LN}\d)\d?\)(?=\s)|[a-zđ](?<!{_LN}[a-zđ])\)(?=\s)"
                        rf"|\d(?<!{_LN}\d)\d?\.(?=\s)")           # item marks "(1)", "1)", "a)", "1."
_WEAK = regex.compile(r"(?<![\p{L}\p{N}])(?:và|va|and|hoặc|hoac)(?![\p{L}\p{N}])|/|&|,(?=\s*(?:các|cac|những|nhung)\s)")
_WEAK_VN = regex.compile(r"(?<![\p{L}\p{N}])(?:và|and|hoặc)(?![\p{L}\p{N}])|/|&|,(?=\s*(?:các|những)\s)")   # "va" is a word in a text with marks

_SEPC = r"\s,;:.()\[\]{}•●▪◦·*\-+/&–—\"'“”‘’!?…"
_LEAD = regex.compile(r"(?:[" + _SEPC + r"]+|(?:và|and|va|hoặc)(?![\p{L}\p{N}]))+")
# (searched from the end, (?r): the same run as a forward search finds, without trying every position before it)
_TRAIL = regex.compile(r"(?r)(?:[" + _SEPC + r"]+|(?<![\p{L}\p{N}])(?:và|and|va|hoặc))+$")     # "hoặc": "X hoặc Y"


def _strip(k: str, a: int, b: int) -> tuple[int, int]:
    """Drop separators and a leading / trailing "và" from key span [a, b)."""
    m = _LEAD.match(k, a, b)
    if m:
        a = m.end()
    if a < b:
        m = _TRAIL.search(k, a, b)
        if m:
            b = m.start()
    return a, b


def _pieces(k: str, a: int, b: int, sep: regex.Pattern) -> list[tuple[int, int]]:
    out, last = [], a
    for m in sep.finditer(k, a, b):
        out.append((last, m.start()))
        last = m.end()
    out.append((last, b))
    res = []
    for x, y in out:
        x, y = _strip(k, x, y)
        if x < y:
            res.append((x, y))
    return res


def is_separator_text(s: str) -> bool:
    """True when *s* holds only separators, whitespace, bullets, HTML tags or the words "và", "hoặc" (the words the
    parser reads as separators, :data:`_WEAK`).

    >>> is_separator_text(" HOAC "), is_separator_text("- và"), is_separator_text("và Bộ")
    (True, True, False)
    """
    s = _TAG.sub(" ", s).translate(_DASH_WS)
    s = regex.sub(r"(?<![\p{L}\p{N}])(?:và|va|and|hoặc|hoac)(?![\p{L}\p{N}])", " ", s, flags=regex.I)   # "VA": "và" unmarked
    s = regex.sub(r"(?<![\p{L}\p{N}])(?:\(?\d{1,2}\)|[a-zđA-ZĐ]\)|\d{1,2}\.)", " ", s)     # "a)", "A)": item marks
    return bool(regex.fullmatch("[" + _SEPC + "]*", s))
