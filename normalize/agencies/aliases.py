"""Every matching key of a gazetteer entry: its name and aliases, their mechanical variants and abbreviations written
either way (:func:`alias_keys`)."""
from __future__ import annotations

from typing import Iterable

import regex

from normalize.text import key
from normalize.agencies.model import Agency
from normalize.agencies.words import _squeeze_key, _WORDS


_CAPITALS_RUN = regex.compile(r"^\p{Lu}{2,}(?: \p{Lu}{2,})+(?=\s|$)")     # abbreviations side by side, at the start


def _variants(alias: str) -> Iterable[str]:
    yield alias
    k = alias
    for a, b in (("Ủy ban nhân dân ", "UBND "), ("UBND ", "Ủy ban nhân dân "), ("thành phố ", "TP "),
                 ("Thành phố ", "TP ")):
        if k.startswith(a):
            yield b + k[len(a):]
        if f" {a}" in k:
            yield k.replace(f" {a}", f" {b}")
    glued = _CAPITALS_RUN.match(k)   # "VP UBND tỉnh" is also printed "VPUBND tỉnh" (held-out sets 47-48)
    if glued:
        yield glued.group().replace(" ", "") + k[glued.end():]
    if " - " in k:
        yield k.replace(" - ", "-")
        yield k.replace(" - ", " ")
    elif "-" in k:
        yield k.replace("-", " - ")
    if "&" in k and " " in k:      # "Bộ KH&CN" is also written "Bộ KH và CN"
        yield k.replace("&", " và ")
    if " và " in k:                # "Sở Khoa học & công nghệ"
        yield k.replace(" và ", " & ")
    if "tỉnh, thành phố" in k:     # "các tỉnh, thành": the city shortened after the province
        yield k.replace("tỉnh, thành phố", "tỉnh, thành")
    if "Trung ương" in k:
        yield k.replace("Trung ương", "TW")
        yield k.replace("Trung ương", "TƯ")
    if k.endswith(" tỉnh") and " cấp tỉnh" not in k and not k.startswith(("Ủy ban nhân dân", "UBND")):
        # "Hội đồng nhân dân cấp tỉnh": a province's body, as a kind ("Ủy ban nhân dân cấp tỉnh" is every province's)
        yield k[:-len("tỉnh")] + "cấp tỉnh"


_ABBR = [(regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(key(a)) + r"(?![\p{L}\p{N}])"),
          regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(key(f)) + r"(?![\p{L}\p{N}])"), key(a), key(f))
         for a, fs in (_WORDS.get("abbreviations") or {}).items() for f in ([fs] if isinstance(fs, str) else fs)]


_ABBR_KEYS = frozenset(a for _ra, _rf, a, _f in _ABBR)


def _abbreviated(k: str) -> set[str]:
    """*k* with every abbreviation of ``agency_words.yaml`` written either way ("hđnd" / "hội đồng nhân dân").

    >>> sorted(_abbreviated("bql khu kinh tế"))
    ['ban quản lý khu kinh tế', 'ban quản lý kkt', 'bql khu kinh tế', 'bql kkt']
    """
    out = {k}
    spelt = not all(w in _ABBR_KEYS for w in regex.findall(r"[\p{L}\p{N}]+", k))
    for ra, rf, a, f in _ABBR:
        more = set()
        for x in out:
            if rf.search(x):
                more.add(rf.sub(a, x))
            if ra.search(x) and spelt:      # an alias of abbreviations alone ("TT&TT") is written out by no one:
                more.add(ra.sub(f, x))      # "trung tâm&trung tâm" had made "Trung tâm TT" the Bộ TT&TT (set 48)
        out |= more
    return out


_LEVEL_START = regex.compile(r"^(?:ubnd|ủy ban|tỉnh|thành phố|tp)(?![\p{L}])")
_NATIONAL_KINDS = frozenset({"government_agency", "ministerial_agency", "mass_organisation"})


def alias_keys(agency: Agency) -> set[str]:
    """Every matching key that points to *agency* (name, aliases and their mechanical variants, abbreviations
    either way; a body of a province also written with a bare "tỉnh" after it, "Sở Tư pháp tỉnh")."""
    keys: set[str] = set()
    if agency.pattern_only:
        return keys
    names = [agency.name, *agency.aliases]
    if agency.kind == "province":       # "UBND Hà Nội": the committee named by the bare place
        names += [f"{c} {a}" for a in agency.aliases if a[:1].isupper() and not _LEVEL_START.match(key(a))
                  for c in ("UBND", "Ủy ban nhân dân")]
    if agency.kind in _NATIONAL_KINDS and agency.name.endswith(" Việt Nam") and len(agency.name.split()) >= 5:
        names.append(agency.name[:-len(" Việt Nam")])    # "Viện Hàn lâm Khoa học và Công nghệ"
    for a in names:
        for v in _variants(a):
            for k in _abbreviated(key(v)):
                keys.add(_squeeze_key(k))
                if k.endswith(" thành phố"):     # "UBND TP", "HĐND TP": the city written short
                    keys.add(_squeeze_key(k[:-len("thành phố")] + "tp"))
                if agency.takes_province and not k.endswith((" tỉnh", " thành phố", " tp")):
                    keys |= {_squeeze_key(k + level) for level in (" tỉnh", " thành phố", " tp")}
                elif agency.takes_province and k.endswith(" tỉnh"):     # the body of a centrally-run city
                    keys |= {_squeeze_key(k[:-len(" tỉnh")] + level) for level in (" thành phố", " tp")}
    keys.discard("")
    return keys
