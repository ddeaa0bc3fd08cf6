"""Initialisms offices write for a body's name ("Sở NNMT", "BTVTU"), as extra alias keys."""
from __future__ import annotations

from typing import Iterable

import regex

from normalize.text import key
from normalize.agencies.model import Agency
from normalize.agencies.words import _WORD


_INITIAL_KINDS = frozenset({"ministry", "ministerial_agency", "government_agency", "provincial_body",
                            "provincial_branch", "sub_unit"})     # "Cục ĐTNN", "Cục QLĐKKD" (set 22)
_INITIAL_HEADS = ("sở", "bộ", "ban", "tổng cục", "cục", "vụ", "viện", "trung tâm", "quỹ")
_PARTY_LEVELS = frozenset(key(w) for w in ("Tỉnh ủy", "Thành ủy", "Trung ương"))


_JOINS = regex.compile(r"\s*(,|-|–|(?<![\p{L}])(?:và|va)(?![\p{L}]))\s*")
_JOIN_FORMS = {",": ("", ",", "-"), "-": ("", "-", "&"), "–": ("", "-", "&"), "và": ("", "&"), "va": ("", "&")}


def _joined_initials(rest: str) -> set[str]:
    """The initials of a name's parts, joined as offices join them: nothing, "&" for "và", "," or "-" for a comma
    ("Văn hóa và Thể thao": "vhtt", "vh&tt"; "Lao động - Thương binh và Xã hội": "lđtb&xh", "lđ-tb&xh", ...).

    >>> sorted(_joined_initials(" văn hóa, thể thao và du lịch"))
    ['vh,tt&dl', 'vh,ttdl', 'vh-tt&dl', 'vh-ttdl', 'vhtt&dl', 'vhttdl']
    """
    parts = _JOINS.split(rest.strip())
    forms = {"".join(w[0] for w in _WORD.findall(parts[0]))}
    for sep, part in zip(parts[1::2], parts[2::2]):
        initials = "".join(w[0] for w in _WORD.findall(part))
        forms = {f + j + initials for f in forms for j in _JOIN_FORMS[sep]}
    return {f for f in forms if f and len(forms) <= 64}


def _initialisms(agencies: Iterable[Agency]) -> dict[str, str]:
    """A body's name written with its head and the initials of the other syllables, as offices write it ("Sở NNMT"
    for Sở Nông nghiệp và Môi trường, "Sở QHKT" for Sở Quy hoạch - Kiến trúc): a key for every name whose head
    opens it, kept only where no other body's initials and no written name give the same key.

    >>> sorted(_initialisms([Agency("dp.x", "Sở Nông nghiệp và Môi trường", "provincial_body")]).items())
    [('sở nn&mt', 'dp.x'), ('sở nnmt', 'dp.x')]
    """
    seen: dict[str, set[str]] = {}
    for a in agencies:
        if a.kind not in _INITIAL_KINDS:
            continue
        k = key(a.name)
        head = next((h for h in _INITIAL_HEADS if k.startswith(h + " ")), None)
        rest = [w for w in _WORD.findall(k[len(head):]) if w not in ("và", "va")] if head else []
        if rest[-1:] in (["tỉnh"], ["ương"], ["nam"]) or rest[-2:] == ["thành", "phố"]:
            continue        # a level or a country in the name: offices shorten it otherwise ("Cục Thuế tỉnh")
        if len(rest) >= 2:
            for form in sorted(_joined_initials(k[len(head):])):
                seen.setdefault(f"{head} {form}", set()).add(a.id)
    for a in agencies:      # every word's initial, for a Tổng cục: "TCTK" (Tổng cục Thống kê, set 22)
        words = [w for w in _WORD.findall(key(a.name)) if w not in ("và", "va")]
        if a.kind == "sub_unit" and words[:2] == ["tổng", "cục"] and len(words) >= 4:
            seen.setdefault("".join(w[0] for w in words), set()).add(a.id)
    for a in agencies:      # every word's initial, for the Party's bodies: "BTVTU", "VPTU", "BTCTW"
        if a.kind in ("provincial_body", "central_body"):
            for n in (a.name, *a.aliases):
                words = [w for w in _WORD.findall(key(n)) if w not in ("và", "va")]
                if len(words) >= 4 and " ".join(words[-2:]) in _PARTY_LEVELS:
                    seen.setdefault("".join(w[0] for w in words[:-2]) + ("tw" if words[-1] == "ương" else "tu"),
                                    set()).add(a.id)
    return {k: next(iter(ids)) for k, ids in seen.items() if len(ids) == 1}
