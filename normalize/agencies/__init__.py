"""Lead and coordinating agencies: split a cell, canonicalize and link every mention.

A cell such as "Bộ Công an, Khoa học và Công nghệ và các bộ, ngành liên quan"
names several agencies.  :func:`parse_agencies` returns one :class:`Mention`
per agency or collective group, in order, with the canonical name from the
gazetteer (``normalize/data/agencies.yaml``), and keeps the words that are not
agencies ("liên hệ mời", notes) as ``leftover``: nothing written is lost.

Matching is done on the matching key of :mod:`normalize.text` (:func:`normalize.text.fold_key`: lower
case, NFC, one tone-mark placement), so casing and "Uỷ"/"Ủy" variants need no aliases.  Known names are
found first, longest first, so that "và" inside "Bộ Khoa học và Công nghệ" and the commas inside "các bộ,
ngành, địa phương" never split a name.  What is left is segmented by structure, with the structural words
as data (``normalize/data/agency_words.yaml``):

* a head noun (Bộ, Cục, Vụ, Sở, Trường, Đài ...) starts a name, and a comma, a dash or "và" after it continues
  that name ("Cục Phát thanh, truyền hình và Thông tin điện tử") unless a head noun, a known agency or a
  group phrase starts after it;
* a colon list distributes its head ("Các Cục: A; B" names Cục A and Cục B);
* a province named inside an organisation's name stays part of it ("Trường Đại học Cần Thơ");
* a person's title ("Giám đốc các sở") is not part of the body; group pieces joined by commas are one
  group, at its level ("UBND các xã, thị trấn" is the communes);
* a cell that only points to another document is one ``by_reference`` mention, linked to nothing;
* a body written right before a Party committee is that committee's ("Ban Nội chính Tỉnh ủy"), and a commune's
  bodies (from 2025-07-01) are ``commune_body``, the issuing commune's own when named bare ("VP HĐND-UBND").

A missing head noun is repaired, a near miss is accepted above a high fuzzy threshold, and anything else
that looks like an agency is kept as an unknown mention with its text.  With the decision's *issuer*, a
generic provincial body is that province's and a ministry's own unit is that ministry's.

>>> p = parse_agencies("Bộ Công an, Khoa học và Công nghệ và các bộ, ngành liên quan")
>>> [m.name for m in p.specific]
['Bộ Công an', 'Bộ Khoa học và Công nghệ']
>>> [(m.mention, m.kind, m.method) for m in p.mentions][1:]
[('Khoa học và Công nghệ', 'ministry', 'repaired'), ('các bộ, ngành liên quan', 'collective', 'alias')]

Old names stay as written; ``current_name`` follows the successors:

>>> m = parse_agencies("Bộ TT&TT", as_of=datetime.date(2025, 6, 1)).mentions[0]
>>> m.name, m.current_name
('Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ')

Words that are not agencies end up in ``leftover``:

>>> p = parse_agencies("- Bộ Ngoại giao liên hệ mời; - UBND tỉnh Hà Giang tổ chức")
>>> p.names, p.leftover
(('Bộ Ngoại giao', 'Ủy ban nhân dân tỉnh Hà Giang'), ('liên hệ mời', 'tổ chức'))
>>> parse_agencies("Sở Tài chính tỉnh Yên Bái").mentions[0].current_name
'Sở Tài chính tỉnh Lào Cai'
"""
from __future__ import annotations

import datetime
import os
from dataclasses import replace
from functools import lru_cache

from normalize.text import nfc
from normalize.predicate import predicate_start
from normalize.vocab import ENV as VOCAB_ENV
from normalize.agencies.model import Agency, AgencyParse, KINDS, Mention, SPECIFIC_KINDS
from normalize.agencies.words import fold, _squeeze_key, WORDS
from normalize.agencies.cell import _keymap
from normalize.agencies.separators import is_separator_text
from normalize.agencies.aliases import alias_keys
from normalize.agencies.gazetteer import gazetteer, load_gazetteer, user_agencies
from normalize.agencies.pieces import FUZZY_THRESHOLD
from normalize.agencies.issuer import _department_own
from normalize.agencies.parse import _issuer_department, _issuer_id, _parse_cached
from normalize.agencies.places import bare_place
from normalize.agencies.group_family import group_family

__all__ = ["Mention", "AgencyParse", "Agency", "parse_agencies", "clear_caches", "gazetteer", "specific_names",
           "SPECIFIC_KINDS", "KINDS", "bare_place"]


def parse_agencies(text: str, *, as_of: datetime.date | None = None, issuer: str | None = None) -> AgencyParse:
    """Split an agency cell into mentions (see the module docstring).

    *as_of* is the date of the decision.  Names are the canonical names of the
    entries as written (an old ministry keeps its old name, also in a decision
    dated after the merger); ``current_name`` follows successors to today.  The
    date only matters for a short form of an entry that did not exist yet at
    *as_of* and had exactly one predecessor: "Huế" in a 2024 decision is the
    Ủy ban nhân dân tỉnh Thừa Thiên Huế.

    >>> parse_agencies("UBND Huế", as_of=datetime.date(2024, 5, 1)).names
    ('Ủy ban nhân dân tỉnh Thừa Thiên Huế',)
    >>> parse_agencies("UBND Huế", as_of=datetime.date(2025, 5, 1)).names
    ('Ủy ban nhân dân thành phố Huế',)

    >>> parse_agencies("Các bộ, ngành, UBND các tỉnh/ thành phố").names
    ()
    >>> [m.kind for m in parse_agencies("Các bộ, ngành, UBND các tỉnh/ thành phố").mentions]
    ['collective', 'collective']

    *issuer* is the issuing body as printed ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "BỘ TƯ PHÁP"): a generic
    provincial body is that province's, a ministry's own unit ("Vụ Pháp chế") that ministry's.

    >>> m = parse_agencies("Sở Tư pháp", issuer="UBND tỉnh Bắc Giang", as_of=datetime.date(2025, 3, 1)).mentions[0]
    >>> m.name, m.current_name, m.parent
    ('Sở Tư pháp tỉnh Bắc Giang', 'Sở Tư pháp tỉnh Bắc Ninh', 'Ủy ban nhân dân tỉnh Bắc Giang')
    >>> m = parse_agencies("Vụ Pháp chế", issuer="BỘ TƯ PHÁP").mentions[0]
    >>> m.kind, m.method, m.parent
    ('sub_unit', 'pattern', 'Bộ Tư pháp')
    >>> m = parse_agencies("Theo phân công tại Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh").mentions[0]
    >>> m.kind, m.method, m.agency_id
    ('by_reference', 'by_reference', None)
    """
    text = nfc(text) if not text.isascii() else text
    try:
        return _read(text, as_of, issuer, os.environ.get(VOCAB_ENV, ""))
    except (RecursionError, ValueError, KeyError, IndexError, TypeError):
        # a defect of the reader must cost one cell, not the file: the cell's text comes back whole as one
        # unknown mention (method "error"), which the pipeline reports as an unknown agency
        t = fold(text)
        return AgencyParse((Mention(text, 0, len(text), None, t, "unknown", t, "error", 0.0),) if t else (), ())


@lru_cache(maxsize=65536)
def _read(text: str, as_of: datetime.date | None, issuer: str | None, vocab: str) -> AgencyParse:
    """:func:`parse_agencies` for an NFC text, cached whole (a table repeats its cells): the cell's parse, the issuer's
    own department and the groups' families."""
    issuer_id = _issuer_id(issuer, vocab) if issuer else None
    parse = _parse_cached(text, as_of, issuer_id, vocab)
    own = _issuer_department(issuer, vocab) if issuer else None
    return _with_families(_department_own(gazetteer(), parse, text, own, issuer_id) if own else parse)


def clear_caches() -> None:
    """Forget every cell read, for a measure of the reading itself (``make bench``'s uncached figure); the gazetteer,
    the word lists and the issuers' ids stay loaded."""
    _read.cache_clear()
    _parse_cached.cache_clear()
    predicate_start.cache_clear()


def _with_families(parse: AgencyParse) -> AgencyParse:
    """The parse with its unnamed groups linked to the collective their class nouns name (:mod:`group_family`)."""
    if not any(m.agency_id == "coll.other" for m in parse.mentions):
        return parse
    g = gazetteer()
    return replace(parse, mentions=tuple(group_family(g, m) for m in parse.mentions))


def specific_names(text: str, *, as_of: datetime.date | None = None) -> list[str]:
    """Canonical names of the specific agencies named in *text*, in order, without repeats."""
    return list(parse_agencies(text, as_of=as_of).names)
