"""Outline numbers ("1.", "1.1", "1.1.1") a scan misread, set from their place in the outline.

A plan numbered as an outline (Quyết định 222/QĐ-TTg 2025: groups "1." - "5.", sub-groups "1.1" - "5.2", tasks
"1.1.1" - "5.2.2") gives every number's place: after "3.1" comes "3.1.1" (its first child), "3.2" (its next
sibling) or "4." (the next group).  OCR loses the dots or misreads a figure ("311.1", "521", "82" for "5.2",
"1.1.]"); a reading that is one of those places once the dots are set aside, or one character off one of them and
off no other, is that place, and the row says so.  A clean reading in no such place (a row lost between) is taken
as read, and the places go on from it.

>>> outline_numbers(["1.", "1.1", "1.1.]", "1.1.2", "3.1", "311.1", "82", "521", "5.2.2"])
['1.', '1.1', '1.1.1', '1.1.2', '3.1', '3.1.1', '3.2', '3.2.1', '3.2.2']
"""
from __future__ import annotations

import regex
from rapidfuzz.distance import Levenshtein

__all__ = ["is_outline", "is_sub_number", "outline_numbers"]

_OUTLINE = regex.compile(r"^(\d{1,2})((?:\.\d{1,2})*)\.?$")
_LOOKS = str.maketrans({"]": "1", "[": "1", "l": "1", "I": "1", "|": "1", "!": "1", "O": "0", "o": "0", ",": "."})


def _parse(text: str) -> tuple[int, ...] | None:
    m = _OUTLINE.match(text.strip())
    return tuple(int(x) for x in text.strip().rstrip(".").split(".")) if m else None


def is_sub_number(text: str) -> bool:
    """An outline number of two levels or more ("1.1", "2.3."): a sub-group's or a task's, not a group's.

    >>> is_sub_number("1.1"), is_sub_number("2.3."), is_sub_number("1."), is_sub_number("II")
    (True, True, False, False)
    """
    parsed = _parse(text)
    return parsed is not None and len(parsed) >= 2


def is_outline(readings: list[str]) -> bool:
    """Most readings are outline numbers, some have two levels or more and one three at least ("1.1.1").

    Sections numbered "1.", "2." over tasks "1.1", "1.2" are no outline here: their tasks' misread numbers are
    set by place within their section (``ocr_fix._by_sub_place``: "128", "L.6" read for 1.5, 1.6), which an
    outline's places (first child, next sibling) would leave as read."""
    parsed = [_parse(r) for r in readings if r.strip()]
    good = [p for p in parsed if p is not None]
    return len(good) * 2 > len(parsed) and sum(len(p) >= 2 for p in good) >= 2 and any(len(p) >= 3 for p in good)


def _places(prev: tuple[int, ...] | None) -> list[tuple[int, ...]]:
    """Where the next number may stand after *prev*: its first child, its next sibling, an ancestor's next."""
    if prev is None:
        return [(1,)]
    out = [prev + (1,)]
    for k in range(len(prev), 0, -1):
        out.append(prev[:k - 1] + (prev[k - 1] + 1,))
    return out


def _text(place: tuple[int, ...], like: str) -> str:
    s = ".".join(map(str, place))
    return s + "." if len(place) == 1 and like.rstrip().endswith(".") or len(place) == 1 else s


def _settle(reading: str, prev: tuple[int, ...] | None) -> tuple[int, ...] | None:
    places = _places(prev)
    read = reading.strip().translate(_LOOKS)
    parsed = _parse(read)
    if parsed in places or parsed is not None and len(parsed) == 1 and (prev is None or 0 < parsed[0] - prev[0] <= 3):
        return parsed       # in its place, or a group's own number a little on ("3." after "1.2.1": rows lost)
    digits = read.replace(".", "")
    same = [p for p in places if "".join(map(str, p)) == digits]
    if len(same) == 1:
        return same[0]
    near = [p for p in places if len(p) >= 2 and (Levenshtein.distance(".".join(map(str, p)), read.rstrip(".")) <= 1
            or Levenshtein.distance("".join(map(str, p)), digits) <= 1 and len(digits) >= 2)]
    if len(near) == 1:
        return near[0]
    return parsed     # read cleanly but in no place after the last (a row OCR lost between): taken as read


def outline_numbers(readings: list[str]) -> list[str]:
    """The numbers of an outline's rows in order, each reading set from its place where it is misread; a reading
    that fits no place is kept as read (and the place goes on from the last number settled)."""
    out: list[str] = []
    prev: tuple[int, ...] | None = None
    for reading in readings:
        place = _settle(reading, prev) if reading.strip() else None
        if place is None:
            out.append(reading)
            continue
        prev = place
        out.append(_text(place, reading))
    return out
