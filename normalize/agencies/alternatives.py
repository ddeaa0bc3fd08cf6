"""A level printed with its alternative in brackets, "Ủy ban nhân dân tỉnh (thành phố)", "Bộ Chỉ huy quân sự tỉnh
(thành phố)" (a Bộ Quốc phòng VBHN of 2025, held-out set 47): the bracket is the same body's other level, part of its
mention, never a group of its own ("thành phố" had been read as a collective, :func:`_level_alternatives`)."""
from __future__ import annotations

import regex

from normalize.agencies.cell import _Cell
from normalize.agencies.mentions import _run_to
from normalize.agencies.model import Mention
from normalize.agencies.words import _WORDS, _word_alt

_LEVELS = _word_alt(_WORDS["each_place_words"] + [w for ws in _WORDS["level_words"].values() for w in ws])
_ENDS_AT_LEVEL = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _LEVELS + r")$", regex.I)
_ALTERNATIVE = regex.compile(r"[ \t]*\([ \t]*(?:(?:" + _LEVELS + r")(?:[ \t]*[,/][ \t]*|[ \t]+(?:hoặc|và)[ \t]+)?)+"
                             r"[ \t]*\)", regex.I)


def _level_alternatives(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Each mention that ends at a level followed by other levels in brackets runs on over the bracket; a mention
    inside that bracket goes.

    >>> [m.mention for m in parse_agencies("Ủy ban Nhân dân tỉnh (thành phố) gửi Bộ Quốc phòng").mentions]
    ['Ủy ban Nhân dân tỉnh (thành phố)', 'Bộ Quốc phòng']
    """
    out: list[Mention] = []
    for m in ms:
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            continue            # inside the bracket a mention before it took
        b = _ALTERNATIVE.match(cell.text, m.end)
        if b and _ENDS_AT_LEVEL.search(m.mention):
            m = _run_to(cell, m, b.end(), left)
        out.append(m)
    return out
