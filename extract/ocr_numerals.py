"""Numbers as OCR reads them in a number column: a cell without the ruling line's bits, Roman numerals and their
usual misreadings."""
from __future__ import annotations

import unicodedata

import regex

from normalize.text import fold_ws

__all__ = ["ROMAN", "clean_number", "from_roman", "roman_reading", "to_roman"]

ROMAN = regex.compile(r"^(?=[IVXLC])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")

_NOISE = regex.compile(r"[_|~—–=¦‘’'`\"“”,:;]+")
# Tesseract's usual misreadings of Roman numerals in a bold STT cell
_ROMAN_CONFUSIONS = (("H", "II"), ("U", "II"), ("l", "I"), ("1", "I"), ("|", "I"), ("i", "I"), ("!", "I"),
                     ("v", "V"), ("x", "X"), ("Y", "V"))


def to_roman(n: int) -> str:
    """A Roman numeral.

    >>> [to_roman(n) for n in (1, 4, 9, 14, 40)]
    ['I', 'IV', 'IX', 'XIV', 'XL']
    """
    out = ""
    for value, sym in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                       (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def from_roman(s: str) -> int | None:
    """The value of a Roman numeral, None when it is none.

    >>> from_roman("VIII"), from_roman("IIII"), from_roman("")
    (8, None, None)
    """
    if not s or not ROMAN.match(s):
        return None
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals.get(b, 0) > v else v
    return total


def clean_number(text: str) -> str:
    """An STT cell without the bits of ruling line OCR reads around a number.

    >>> clean_number("5 _"), clean_number("V_"), clean_number("| 12."), clean_number("-")
    ('5', 'V', '12.', '-')
    """
    t = fold_ws(text)
    if t in ("-", "+", "•", "–"):
        return t
    return fold_ws(_NOISE.sub(" ", t)).replace(" ", "") if len(t) <= 8 else t


def roman_reading(text: str) -> str:
    """A section numeral as OCR may have misread it, mapped back when the result is a numeral.

    A mark OCR puts on a letter of the numeral ("VỊ": a speck read as a dot below) is no part of it.

    >>> roman_reading("HI"), roman_reading("V"), roman_reading("lV"), roman_reading("Ab"), roman_reading("VỊ.")
    ('III', 'V', 'IV', '', 'VI')
    """
    t = clean_number(text).rstrip(".)")
    if not t.isascii() and len(t) <= 5:
        t = "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c))
    if ROMAN.match(t):
        return t
    for a, b in _ROMAN_CONFUSIONS:
        t = t.replace(a, b)
    return t if ROMAN.match(t) else ""
