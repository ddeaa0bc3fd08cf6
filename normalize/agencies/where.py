"""A body named with the place it is picked by: "Ủy ban nhân dân cấp xã nơi có cụm công nghiệp", "cơ quan chuyên môn
về văn hóa cấp tỉnh nơi đăng ký hoạt động", "KBNN nơi giao dịch".  The "nơi ..." clause says which of the bodies
is meant, and every labelled set keeps it in the mention (42 such mentions in sets 12-34, 5 cut before it): the
mention runs on over a short clause, to its end (:func:`_where_clause`); a name that had run on past the clause ends
there."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.agencies.cell import _Cell, _carve
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _word_alt, _WORDS

_WHERE = regex.compile(r"[ \t]+nơi[ \t]+(?=\S)")
# a longer clause than this runs into the sentence's own verbs, whose start no stop word marks ("... nơi doanh
# nghiệp đặt trụ sở chính phương án đưa người lao động ...": set 43); it is left as read
_MOST_WORDS = 6
# the clause ends at a stop, a bracket, a line, another body's mention or the sentence's next clause ("... nơi có di
# tích để ...", "... nơi người đó cư trú trong thời hạn ...")
_CLAUSE_END = regex.compile(r"[,;.:()\n]|[ \t]+(?:" + _word_alt(_WORDS["where_clause_ends"]) + r")(?![\p{L}\p{N}])")


def _where_clause(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Each mention right before "nơi" runs on over the clause it opens (no longer left over).

    >>> [m.mention for m in parse_agencies("báo cáo Ủy ban nhân dân cấp tỉnh nơi có di tích để xem xét").mentions]
    ['Ủy ban nhân dân cấp tỉnh nơi có di tích']
    >>> [m.mention for m in parse_agencies("Thông báo cho UBND cấp xã nơi có CCN; Sở Công Thương").mentions]
    ['UBND cấp xã nơi có CCN', 'Sở Công Thương']
    """
    out: list[Mention] = []
    for i, m in enumerate(ms):
        w = _WHERE.match(cell.text, m.end) or _WHERE.search(cell.text, m.start, m.end) if m.kind != "province" else None
        if w is not None:
            nxt = ms[i + 1].start if i + 1 < len(ms) else len(cell.text)
            stop = _CLAUSE_END.search(cell.text, w.end(), nxt)
            end = len(cell.text[:stop.start() if stop else nxt].rstrip())
            short = len(cell.text[w.end():end].split()) <= _MOST_WORDS
            if end > w.end() and end != m.end and (short or end < m.end):
                if end > m.end:
                    _carve(cell, left, m.end, end)
                else:       # a name that had run on past the clause: the rest is the sentence's
                    left.append((end, m.end))
                t = cell.text[m.start:end]
                m = replace(m, mention=t, end=end, name=fold(t) if m.agency_id in (None, "coll.other") else m.name,
                            current_name=fold(t) if m.agency_id in (None, "coll.other") else m.current_name)
        out.append(m)
    return out
