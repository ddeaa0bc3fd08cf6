"""Figures OCR read as the letters that look like them, inside a number: "0L" and "0I" for "01", "13L/KH-UBND" for
"131/KH-UBND", "202G" for "2026", "I.000" for "1.000" (the scans of tests/real's plans: tests/scans/error_classes.py
counts them among the misread letters).

Only where the token can be nothing but a number: it starts with a figure, holds two figures at least (or is a
day or month written "0" and one more), and every letter in it looks like a figure (I, l, L, |, Ï for 1; O, o for 0);
"G" is read as 6 only where that makes a year.  So "5G", "4G", "H5N1", "A05", "C06", "COVID-19", "IPv6" and a
Roman numeral before a year ("Quý I/2027") are left as they are."""
from __future__ import annotations

import regex

__all__ = ["digit_fix"]

_ONE_ZERO = str.maketrans({"I": "1", "l": "1", "L": "1", "|": "1", "Ï": "1", "O": "0", "o": "0"})
_RUN = regex.compile(r"(?<![\p{L}\p{N}|])\d[\p{L}\p{N}|]+(?![\p{L}\p{N}|])")
_YEAR = regex.compile(r"(?:19|20)\d\d")
# a one or "l" standing alone before a thousands' group ("I.000 người"), not a Roman numeral's place
_THOUSANDS = regex.compile(r"(?<![\p{L}\p{N}./])[Il](?=[.,]\d{3}(?![\p{N}]))")


def _figures(run: str) -> str:
    letters = [c for c in run if not c.isdigit()]
    digits = len(run) - len(letters)
    if not letters or digits < 2 and not (run[0] == "0" and len(run) == 2):
        return run
    read = run.translate(_ONE_ZERO)
    if read.isdigit():
        return read
    year = read.replace("G", "6")
    return year if year.isdigit() and _YEAR.fullmatch(year) else run


def digit_fix(text: str) -> str:
    """*text* with the figures OCR read as letters inside a number read as figures (see the module).

    >>> digit_fix("ngày 0L/7/2026"), digit_fix("Kế hoạch 13L/KH-UBND"), digit_fix("năm 202G"), digit_fix("I.000 người")
    ('ngày 01/7/2026', 'Kế hoạch 131/KH-UBND', 'năm 2026', '1.000 người')
    >>> digit_fix("mạng 5G, 4G"), digit_fix("Cục A05, C06"), digit_fix("Quý I/2027"), digit_fix("H5N1"), digit_fix("10G")
    ('mạng 5G, 4G', 'Cục A05, C06', 'Quý I/2027', 'H5N1', '10G')
    """
    if not any(c.isdigit() for c in text):
        return text
    return _THOUSANDS.sub("1", _RUN.sub(lambda m: _figures(m.group()), text))
