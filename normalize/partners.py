"""Partners named inside a lead cell: where the cell's words give bodies the coordinating role.

A lead column often holds more than the lead: "Sở TT&TT phối hợp với các sở, UBND các huyện" (a column "Đơn vị chủ
trì và phối hợp thực hiện": Kế hoạch 2668/KH-UBND 2010 of Bắc Giang), "Bộ Tư pháp ...; chủ trì, phối hợp với Bộ Nội
vụ, các địa phương nghiên cứu ..." (Nghị quyết 66.19/2026/NQ-CP).  The bodies after "phối hợp với" are partners, not
leads; a list item that ends in "phối hợp" ("...; các sở, ngành phối hợp") names partners too.  The cue words are data
(``partner_cues`` in ``normalize/data/agency_words.yaml``).

>>> text = "Sở TT&TT phối hợp với các sở, UBND các huyện"
>>> [text[a:b] for a, b in partner_spans(text)]
['các sở, UBND các huyện']
>>> partner_spans("Sở Tư pháp")
[]
"""
from __future__ import annotations

from functools import lru_cache

import regex

__all__ = ["partner_spans"]

_BREAK = regex.compile(r"[;\n]|\.(?=\s)|(?<![\p{L}\p{N}])\d{1,2}\.\s")    # the end of a list item or sentence


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern]:
    from normalize.agencies.words import _WORDS     # the agency reader's own load of agency_words.yaml

    cues = _WORDS["partner_cues"]
    alt = "|".join(regex.escape(w) for w in sorted(cues["before"], key=len, reverse=True))
    tail = "|".join(regex.escape(w) for w in sorted(cues["after"], key=len, reverse=True))
    before = regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])\s*:?\s*", regex.I)
    after = regex.compile(rf"(?<![\p{{L}}])(?:{tail})\s*[.;]?\s*$", regex.I)
    return before, after


def partner_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of *text* (a lead cell) that name partners: from a cue ("phối hợp với") to the end of its
    list item, and a whole item (not the first) that ends in "phối hợp".

    >>> text = "Bộ Tài chính chủ trì; các bộ, ngành phối hợp"
    >>> [text[a:b] for a, b in partner_spans(text)]
    ['các bộ, ngành phối hợp']
    """
    before, after = _patterns()
    spans = []
    for m in before.finditer(text):
        end = _BREAK.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
    starts = [0] + [b.end() for b in _BREAK.finditer(text)]
    for a, b in zip(starts[1:], [*starts[2:], len(text)]):      # every item but the first
        item = text[a:b]
        if after.search(item.rstrip(";.\n ")):
            lead = len(item) - len(item.lstrip())
            spans.append((a + lead, b))
    return sorted(spans)
