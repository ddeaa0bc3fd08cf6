"""Text of an agency cell that looks like a body but was read as none: the doubt the agency parser leaves.

A lead or coordinating cell is read into mentions and leftover text (:class:`normalize.agencies.AgencyParse`).
Leftover words, verbs, titles and glosses are expected ("Chủ trì", "Giám đốc", "(GPMB)"); leftover that opens
like a body's name is not: a name the parser could not segment ("Tổ CNSCĐ 12 ấp", "Ban soạn thảo do ..."),
or a group it cut short. :func:`unread_bodies` returns those pieces so the pipeline can warn
(``agency_text_unread``) instead of dropping them silently.

A piece is a suspect when, outside brackets and not the head of a list (before ":"):
- it opens with a body's head noun written capitalised ("Tổ CNSCĐ", "Cổng TTĐT tỉnh"), or with "các" and a head
  noun in any case ("các trường đại học");
- or it is short (at most four words) and holds an abbreviation in capitals ("TT PVHCC");
- or it is a whole item of a list (a separator or the cell's edge on each side), at most four words in small letters
  that open with a head noun which is no syllable of another word and which underthesea tags as a noun ("viện
  nghiên cứu, trường đại học": bodies by their kind, dropped without a word in set 58 and in qd_222 of tests/real).
  Measured 2026-12-07 on the held-out sets 1-58: 32 more cells flagged, about 19 a body or group the parser missed
  ("hợp tác xã", "hiệp hội ngành hàng", "đoàn thanh niên"), 13 a thing in prose ("bảo hiểm thất nghiệp", 8 in one
  set); on tests/real 2 cells, one of them a thing ("trung tâm tính toán").
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


# a whole item of a list: a separator (or the cell's edge) on both sides
_ITEM_BEFORE = regex.compile(r"(?:^|[,;:\n]|(?<![\p{L}])và)[ \t]*$")
_ITEM_AFTER = regex.compile(r"[ \t]*(?:[,;.\n]|và(?![\p{L}])|$)")


def _bracketed(text: str, start: int) -> bool:
    return text.rfind("(", 0, start) > text.rfind(")", 0, start)


def _looks_like_body(core: str, whole_item: bool = False) -> bool:
    head, group, stop = _patterns()
    k = key(core)
    if not k or stop.match(k):
        return False
    return bool(group.match(k) or head.match(k) and (core[0].isupper() or whole_item and _plain_head(k))
                or _ABBREVIATION.search(core) and len(core.split()) <= 4)


def _plain_head(k: str) -> bool:
    """Is key *k* (a whole item of a list, in small letters) at most four words whose head is no syllable of another
    word ("viện nghiên cứu, trường đại học": bodies by their kind, set 58; not "trường hợp", "ban hành")?"""
    ws = k.split()
    if len(ws) > 4:
        return False
    from normalize.vietnamese import two_syllable_words
    from normalize.predicate import _tagged
    head, _, _ = _patterns()
    h = head.match(k).group().split()
    if not (len(h) > 1 or len(ws) == 1 or f"{ws[0]} {ws[1]}" not in two_syllable_words()):
        return False
    tags = _tagged(k)       # a noun, not an act the head's words also spell ("thống kê", "thanh tra": verbs here)
    return bool(tags) and tags[0][1].startswith("N")


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
        whole = _ITEM_BEFORE.search(text[:at]) is not None and _ITEM_AFTER.match(text, at + len(core)) is not None
        if _looks_like_body(core, whole) and not parse_agencies(core).specific:
            out.append(core)
    return tuple(out)
