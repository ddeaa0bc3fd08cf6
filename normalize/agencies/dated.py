"""A body's name never holds a date, a contact or the ground it acts on: "Ủy ban nhân xã, phường ngày 09 tháng 7 năm
2025", "thành phố trước ngày 20 tháng 7 năm cuối", "Phòng Đấu thầu, Thẩm định và Giám sát đầu tư, SĐT 091.207.5567"
(held-out set 47) had run on to the sentence's date or the unit's telephone number, "Cục Công nghiệp theo chức năng
nhiệm vụ" (Thông tư 26/2026/TT-BCT, set 49) to the mandate it acts by.  A mention no entry names by alias ends before
any of them, and no name ends with the word that names a doer after it ("Hội đồng đánh giá hóa chất do | Bộ Công
Thương thành lập") (:func:`_undated`)."""
from __future__ import annotations

import regex

from normalize.agencies.cell import _Cell
from normalize.agencies.cuts import _cut_at
from normalize.agencies.model import Mention
from normalize.agencies.words import _word_alt, _WORDS

# a date ("ngày 09 tháng 7", "tháng 7 năm 2025", "năm 2025", with what opens it: "trước", "đến", "vào" ...) or a
# contact ("SĐT", "ĐT:", "điện thoại", "email", "fax")
_STOP = regex.compile(r"[\s,;(]+(?:(?:trước|sau|từ|đến|vào|trong|kể từ|chậm nhất)\s+)?"
                      r"(?:ngày\s+\d{1,2}(?!\d)|tháng\s+\d{1,2}(?!\d)|năm\s+\d{4}(?!\d)|"
                      r"(?:SĐT|ĐT|Đt|điện thoại|Điện thoại|email|Email|e-mail|fax|Fax)\s*[:.]?\s*[\d+(])")


# the ground of an act: "theo" and a rule, a mandate or a document ("theo quy định hiện hành", "theo chức năng, nhiệm
# vụ", "theo Phần 11 TCVN 10299"); "theo khu vực" (by region) may name a body's reach and stays
_GROUND = regex.compile(r"[\s,;]+theo\s+(?:(?:" + _word_alt(_WORDS["act_grounds"]) + r")(?![\p{L}\p{N}])|\p{Lu}|\d)")
# ... nor with a word that joins it to what follows: a doer's ("do", "bởi"), a companion's ("cùng", "cùng với": "Cục Quản
# lý cạnh tranh cùng với | các đơn vị liên quan": Chỉ thị of the Bộ Công Thương, set 46) or a link ("với", "và")
_DOER_END = regex.compile(r"[ \t]+(?:do|bởi|cùng với|cùng|với|và|hoặc)$")


def _undated(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Each mention not read by alias ends before the first date, contact or ground in it, and before a doer's word
    at its end.

    >>> [m.mention for m in parse_agencies("Phòng Đấu thầu, Thẩm định và Giám sát đầu tư, SĐT 091.207.5567").mentions]
    ['Phòng Đấu thầu, Thẩm định và Giám sát đầu tư']
    >>> [m.mention for m in parse_agencies("Cục Công nghiệp theo chức năng nhiệm vụ, chủ trì").mentions]
    ['Cục Công nghiệp']
    >>> [m.mention for m in parse_agencies("Hội đồng đánh giá hóa chất do Bộ Công Thương thành lập").mentions]
    ['Hội đồng đánh giá hóa chất', 'Bộ Công Thương']
    """
    out = []
    for m in ms:
        stops = [s for s in (_STOP.search(m.mention), _GROUND.search(m.mention), _DOER_END.search(m.mention))
                 if s is not None] if m.method != "alias" else []
        stop = min(stops, key=lambda s: s.start()) if stops else None
        if stop and stop.start() > 0:
            m = _cut_at(cell, m, m.start + stop.start(), left)
        out.append(m)
    return out
