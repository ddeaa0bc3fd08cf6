"""A body's name never holds a date or a contact: "Ủy ban nhân xã, phường ngày 09 tháng 7 năm 2025", "thành phố
trước ngày 20 tháng 7 năm cuối", "Phòng Đấu thầu, Thẩm định và Giám sát đầu tư, SĐT 091.207.5567" (held-out set 47)
had run on to the sentence's date or the unit's telephone number.  A mention no entry names by alias ends before
either (:func:`_undated`)."""
from __future__ import annotations

import regex

from normalize.agencies.cell import _Cell
from normalize.agencies.cuts import _cut_at
from normalize.agencies.model import Mention

# a date ("ngày 09 tháng 7", "tháng 7 năm 2025", "năm 2025", with what opens it: "trước", "đến", "vào" ...) or a
# contact ("SĐT", "ĐT:", "điện thoại", "email", "fax")
_STOP = regex.compile(r"[\s,;(]+(?:(?:trước|sau|từ|đến|vào|trong|kể từ|chậm nhất)\s+)?"
                      r"(?:ngày\s+\d{1,2}(?!\d)|tháng\s+\d{1,2}(?!\d)|năm\s+\d{4}(?!\d)|"
                      r"(?:SĐT|ĐT|Đt|điện thoại|Điện thoại|email|Email|e-mail|fax|Fax)\s*[:.]?\s*[\d+(])")


def _undated(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Each mention not read by alias ends before the first date or contact in it.

    >>> [m.mention for m in parse_agencies("Phòng Đấu thầu, Thẩm định và Giám sát đầu tư, SĐT 091.207.5567").mentions]
    ['Phòng Đấu thầu, Thẩm định và Giám sát đầu tư']
    """
    out = []
    for m in ms:
        stop = _STOP.search(m.mention) if m.method != "alias" else None
        if stop and stop.start() > 0:
            m = _cut_at(cell, m, m.start + stop.start(), left)
        out.append(m)
    return out
