"""Text of an agency cell that looks like a body but was read as none: the doubt the agency parser leaves.

A lead or coordinating cell is read into mentions and leftover text (:class:`normalize.agencies.AgencyParse`).
Leftover words, verbs, titles and glosses are expected ("Chủ trì", "Giám đốc", "(GPMB)"); leftover that opens
like a body's name is not: a name the parser could not segment ("Tổ CNSCĐ 12 ấp", "Ban soạn thảo do ..."),
or a group it cut short. :func:`unread_bodies` returns those pieces so the pipeline can warn
(``agency_text_unread``) instead of dropping them silently.

A piece is a suspect when, outside brackets and not the head of a list (before ":"):
- it opens with a body's head noun written capitalised ("Tổ CNSCĐ", "Cổng TTĐT tỉnh"), or with "các" and a head
  noun in any case ("các trường đại học");
- or it is short (at most four words) and holds an abbreviation in capitals ("TT PVHCC").
It is no suspect when it opens with a person's title or a verb that leads or takes an agency ("Bộ trưởng",
"phối hợp"), is the tail of a document symbol ("12-NQ/ĐU"), is a heading in capitals, or reads by itself as a
named agency (a parent the parser folded into its unit: "C04 - Bộ Công an").

Measured on every agency cell of ``tests/data/heldout.yaml`` (1,962 cells of sets 1-22, 2026-12-05): 64 cells have
a suspect, 60 of them a body the parser missed or cut wrong; but 351 cells miss one, so most misses stay unflagged
(read as another body, or cut inside a name the parser took). A standing body's prefix counts as its head ("Thường
trực Hội đồng nhân dân", which no level names). On the lead and coordinating cells of ``tests/real`` (1,696): 14
suspects, each a body not read ("Trung đội DQTV", "các tổ chức hoạt động khai thác khoáng sản").

>>> from normalize.agencies import parse_agencies
>>> cell = "Phòng VH-XH; UBMTTQ; Tổ CNSCĐ 12 ấp"
>>> unread_bodies(cell, parse_agencies(cell))
('Tổ CNSCĐ 12 ấp',)
>>> cell = "UBND xã Gia Phú (GPMB); Sở Nông nghiệp và Môi trường"
>>> unread_bodies(cell, parse_agencies(cell))
()
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex
import yaml

from normalize.agencies import parse_agencies
from normalize.agencies.words import _word_alt
from normalize.text import key, nfc

WORDS = Path(__file__).resolve().parent / "data" / "agency_words.yaml"
_ABBREVIATION = regex.compile(r"(?<![\p{L}\d/-])\p{Lu}{2,}(?![\p{L}\d/-])")
_STRIP = " -–;,.:+/&"


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    w = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    heads = _word_alt(w["head_nouns"] + w["unit_of_heads"] + w["market_words"])
    prefixes = _word_alt(w["body_prefixes"])       # "Thường trực Hội đồng nhân dân": a standing body's prefix
    stops = _word_alt(w["person_titles"] + w["lead_verbs"] + w["object_verbs"] + w["unread_not_bodies"])
    return (regex.compile(r"^(?:(?:" + prefixes + r") )?(?:" + heads + r")(?: |$)"),
            regex.compile(r"^(?:" + _word_alt(w["unread_group_openers"]) + r") (?:" + heads + r")(?: |$)"),
            regex.compile(r"^(?:" + stops + r")(?: |$)"))


def _bracketed(text: str, start: int) -> bool:
    return text.rfind("(", 0, start) > text.rfind(")", 0, start)


def _looks_like_body(core: str) -> bool:
    head, group, stop = _patterns()
    k = key(core)
    if not k or stop.match(k):
        return False
    return bool(group.match(k) or head.match(k) and core[0].isupper()
                or _ABBREVIATION.search(core) and len(core.split()) <= 4)


def unread_bodies(text: str, parsed) -> tuple[str, ...]:
    """The leftover pieces of *text* (as parsed into *parsed*) that look like a body's name: see the module."""
    text = nfc(text)            # the parse's offsets are into the NFC text
    out = []
    for start, end in parsed.leftover_spans:
        piece = text[start:end]                 # as printed (the parse's leftover text is folded)
        core = piece.strip(_STRIP)
        if not core or _bracketed(text, start):
            continue
        at = start + piece.index(core)
        if at and text[at - 1] in "/-" or core.isupper() and len(core) > 12:
            continue                                    # a document symbol's tail, a heading in capitals
        if text[at + len(core):].lstrip().startswith(":"):
            continue                                    # a list's head ("UBND các xã: A, B")
        if _looks_like_body(core) and not parse_agencies(core).specific:
            out.append(core)
    return tuple(out)
