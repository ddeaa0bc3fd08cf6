"""One cell's working state (:class:`_Cell`): its text, its matching key with spaces squeezed around , / &, the map
from key offsets back to the text, and the leftover pieces next to a position."""
from __future__ import annotations

import bisect

import regex

from normalize.text import fold_key


_DASH_WS = {c: "-" for c in range(0x2010, 0x2016)}
_DASH_WS[0x2212] = "-"
_DASH_WS.update({ord(c): " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"})
_DASH_WS.update({c: " " for c in range(0x2000, 0x200B)})
_SQUEEZE = regex.compile(r"(?<=[ /&,]) +| +(?=[/&,])")
_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|&(?:amp|nbsp|#160);")


def _keymap(text: str) -> tuple[str, list[int], list[int]]:
    """Key of *text* (:func:`normalize.text.fold_key`, spaces squeezed around , / &) and an offset map.

    Returns ``(k, kstarts, shifts)``: key position ``i`` comes from text position
    ``i + shifts[bisect_right(kstarts, i) - 1]``.
    """
    t = fold_key(text)
    kstarts, shifts = [0], [0]
    parts, last, shift = [], 0, 0
    for m in _SQUEEZE.finditer(t):
        a, b = m.span()
        parts.append(t[last:a])
        kstarts.append(a - shift)
        shift += b - a
        shifts.append(shift)
        last = b
    if parts:
        parts.append(t[last:])
        t = "".join(parts)
    return t, kstarts, shifts


def _shift_at(kstarts: list[int], shifts: list[int], i: int) -> int:
    return shifts[bisect.bisect_right(kstarts, i) - 1]


_TP_DOT = regex.compile(r"(?<=(?<![\p{L}\p{N}])(?:TP|Tp|tp))\.(?=[ \t]+\p{Lu})"
                     # two abbreviations joined by a dot: "Lãnh đạo VP.UBND tỉnh" (a Quyết định's Nơi nhận, set 46)
                     r"|(?<=(?<![\p{L}\p{N}])\p{Lu}{2,})\.(?=\p{Lu}{2,}(?![\p{Ll}]))")


# "thành phố" typed with another mark on its second syllable ("thành phổ", "thành phô": Công văn of the Văn phòng Chính
# phủ 2025 and Nghị định of 2026, sets 20, 47 and 54): no word of its own, read as the level word (one character for
# one, so the offsets hold)
_CITY_SLIP = regex.compile(r"(?<![\p{L}])([Tt]hành[ \t]+[Pp]h)([oôơóòỏõọồổỗộớờởỡợ])(?![\p{L}])")


class _Cell:
    """Working state for one cell: the NFC text, its key and the offset map."""

    __slots__ = ("text", "k", "ks", "sh", "ident", "floor", "scans")

    def __init__(self, text: str) -> None:
        self.text = text
        masked = _TAG.sub(lambda m: " " * len(m.group()) if m.group()[0] == "<" else
                          ("&" if m.group() == "&amp;" else " ") + " " * (len(m.group()) - 1), text) \
            if ("<" in text or "&" in text) else text
        masked = _TP_DOT.sub(" ", masked) if "." in masked else masked   # "TP. Hồ Chí Minh": no stop there
        masked = _CITY_SLIP.sub(lambda m: m.group(1) + "ố", masked) if "hành" in masked else masked
        self.k, self.ks, self.sh = _keymap(masked)
        self.ident = len(self.ks) == 1
        self.floor = -1      # key offset where a person's title was cut off: nothing before it glues
        self.scans: dict[bool, list] = {}    # the known names found, by mode (scan.py's _scan: read once)

    def start(self, i: int) -> int:
        return i if self.ident else i + _shift_at(self.ks, self.sh, i)

    def end(self, j: int) -> int:
        if j <= 0:
            return 0
        return j if self.ident else self.start(j - 1) + 1


def _key_at(cell: _Cell, pos: int) -> int:
    """The first key offset whose text offset is *pos* or after (the key squeezes spaces, nothing else)."""
    lo, hi = 0, len(cell.k)
    while lo < hi:
        mid = (lo + hi) // 2
        if cell.start(mid) < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _left_before(cell: _Cell, left: list, start: int) -> tuple[int, int] | None:
    """The left-over piece that ends right before text offset *start* (only spaces between), if any."""
    return next(((a, b) for a, b in left if b <= start and not cell.text[b:start].strip()), None)


def _left_after(cell: _Cell, left: list, end: int) -> tuple[int, int] | None:
    """The left-over piece that starts right after text offset *end* (only spaces between), if any."""
    return next(((a, b) for a, b in left if a >= end and not cell.text[end:a].strip()), None)


def _in_left(left: list, a: int, b: int) -> bool:
    """Is text span [a, b) inside one left-over piece?"""
    return any(x <= a and b <= y for x, y in left)


def _carve(cell: _Cell, left: list, a: int, b: int) -> None:
    """Take text span [a, b) out of the left-over pieces *left* (in place), keeping what remains of a piece on either
    side when it holds more than separators."""
    left[:] = [p for x, y in left for p in (((x, y),) if y <= a or x >= b else
                                            [q for q in ((x, a), (b, y)) if q[0] < q[1]
                                             and cell.text[q[0]:q[1]].strip(" \t,;.:-+")])]
