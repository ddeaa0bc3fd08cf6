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

import bisect
import os
import datetime
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import regex
import yaml
from rapidfuzz import fuzz, process

from normalize.predicate import predicate_start
from normalize.text import ascii_key, fold_key, key, nfc
from normalize.vocab import ENV as VOCAB_ENV
from normalize.vocab import active_vocab

__all__ = ["Mention", "AgencyParse", "Agency", "parse_agencies", "gazetteer", "specific_names",
           "SPECIFIC_KINDS", "KINDS"]

DATA = Path(__file__).resolve().parent / "data" / "agencies.yaml"
WORDS = Path(__file__).resolve().parent / "data" / "agency_words.yaml"
_WORDS = yaml.safe_load(WORDS.read_text(encoding="utf-8"))

KINDS = ("ministry", "ministerial_agency", "government_agency", "central_body", "judiciary",
         "mass_organisation", "state_media", "province", "provincial_body", "provincial_branch", "sub_unit",
         "university", "district_body", "commune_body", "enterprise", "collective", "by_reference")
SPECIFIC_KINDS = frozenset(KINDS) - {"collective", "by_reference"}
FUZZY_THRESHOLD = 92.0


# ----------------------------------------------------------------------------- results
@dataclass(frozen=True)
class Mention:
    """One agency or collective group named in a cell."""

    mention: str            # text as written (NFC)
    start: int              # offsets into the NFC input
    end: int
    agency_id: str | None   # gazetteer id; None when unknown
    name: str               # canonical name (the name as written-canonical, old names kept)
    kind: str               # gazetteer kind, "unknown" when not found
    current_name: str       # after following successors to today
    method: str             # "alias", "pattern", "repaired", "fuzzy", "unknown", "by_reference"
    score: float            # 0..1
    parent: str | None = None   # canonical name of the body it belongs to (a sub-unit's ministry, a branch's province)

    @property
    def is_specific(self) -> bool:
        """A named agency (not a collective group, not unknown)."""
        return self.kind in SPECIFIC_KINDS


@dataclass(frozen=True)
class AgencyParse:
    """Result of :func:`parse_agencies`: mentions in order and the text that is not an agency."""

    mentions: tuple[Mention, ...]
    leftover: tuple[str, ...]
    leftover_spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    @property
    def specific(self) -> tuple[Mention, ...]:
        """Mentions of specific agencies (collective groups and unknown text left out)."""
        return tuple(m for m in self.mentions if m.is_specific)

    @property
    def names(self) -> tuple[str, ...]:
        """Canonical names of the specific agencies, in order, without repeats."""
        return tuple(dict.fromkeys(m.name for m in self.specific))

    @property
    def unknown(self) -> tuple[Mention, ...]:
        """Mentions that look like agencies but are not in the gazetteer."""
        return tuple(m for m in self.mentions if m.kind == "unknown")


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    successor: str | None = None
    takes_province: bool = False
    note: str | None = None
    pattern_only: bool = False      # never matched by its name: only by a pattern or the issuer ("UBND xã X")

    def valid_at(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day < self.valid_to or (day == self.valid_to and self.successor is None))


# ----------------------------------------------------------------------------- keys with offsets
_DASH_WS = {c: "-" for c in range(0x2010, 0x2016)}
_DASH_WS[0x2212] = "-"
_DASH_WS.update({ord(c): " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"})
_DASH_WS.update({c: " " for c in range(0x2000, 0x200B)})
_SQUEEZE = regex.compile(r"(?<=[ /&,]) +| +(?=[/&,])")
_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|&(?:amp|nbsp|#160);")


def _keymap(text: str) -> tuple[str, list[int], list[int]]:
    """Key of *text* (:func:`normalize.text.fold_key`, spaces squeezed around , / &) and an offset map.

    Returns ``(k, kstarts, shifts)``: key position ``i`` comes from text position
    ``i + shifts[bisect_right(kstarts, i) - 1]``.
    """
    t = fold_key(text)
    kstarts, shifts = [0], [0]
    if _SQUEEZE.search(t):
        parts, last, shift = [], 0, 0
        for m in _SQUEEZE.finditer(t):
            parts.append(t[last:m.start()])
            kstarts.append(m.start() - shift)
            shift += m.end() - m.start()
            shifts.append(shift)
            last = m.end()
        parts.append(t[last:])
        t = "".join(parts)
    return t, kstarts, shifts


def _shift_at(kstarts: list[int], shifts: list[int], i: int) -> int:
    return shifts[bisect.bisect_right(kstarts, i) - 1]


def _squeeze_key(s: str) -> str:
    """Matching key of a gazetteer string: :func:`key` with spaces squeezed around , / &."""
    return regex.sub(r"\s*([/&,])\s*", r"\1", key(s))


# ----------------------------------------------------------------------------- gazetteer
@dataclass
class _Gazetteer:
    agencies: dict[str, Agency]
    index: dict[str, tuple[dict, list]]            # first word -> (second word -> [(alias key, id)], one-word)
    aindex: dict[str, tuple[dict, list]]           # same, ascii keys
    alias: dict[str, str]                          # alias key -> id
    aalias: dict[str, str]                         # ascii alias key -> id
    asource: dict[str, str]                        # ascii alias key -> the alias key it comes from
    headless: dict[str, str]                       # ministry name without "bộ " -> id
    aheadless: dict[str, str]                      # same, ascii keys
    fuzzy_keys: list[str]
    fuzzy_ids: list[str]
    predecessors: dict[str, list[str]] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)   # a collective's alias key without commas -> id
    branches: dict[str, str] = field(default_factory=dict)  # a national body -> its provincial or regional branch


_FIRST = regex.compile(r"[\p{L}\p{N}]+")


def _variants(alias: str) -> Iterable[str]:
    yield alias
    k = alias
    for a, b in (("Ủy ban nhân dân ", "UBND "), ("UBND ", "Ủy ban nhân dân "), ("thành phố ", "TP "),
                 ("Thành phố ", "TP ")):
        if k.startswith(a):
            yield b + k[len(a):]
        if f" {a}" in k:
            yield k.replace(f" {a}", f" {b}")
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


def load_gazetteer(path: Path = DATA) -> list[Agency]:
    """The gazetteer entries as :class:`Agency` objects (in file order)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for e in raw:
        out.append(Agency(id=e["id"], name=nfc(e["name"]), kind=e["kind"],
                          aliases=tuple(nfc(str(a)) for a in e.get("aliases") or ()),
                          parent=e.get("parent"), valid_from=e.get("valid_from"), valid_to=e.get("valid_to"),
                          successor=e.get("successor"), takes_province=bool(e.get("takes_province")),
                          note=e.get("note"), pattern_only=bool(e.get("pattern_only"))))
    return out


_ABBR = [(regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(key(a)) + r"(?![\p{L}\p{N}])"),
          regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(key(f)) + r"(?![\p{L}\p{N}])"), key(a), key(f))
         for a, f in (_WORDS.get("abbreviations") or {}).items()]


def _abbreviated(k: str) -> set[str]:
    """*k* with every abbreviation of ``agency_words.yaml`` written either way ("hđnd" / "hội đồng nhân dân").

    >>> sorted(_abbreviated("bql khu kinh tế"))
    ['ban quản lý khu kinh tế', 'ban quản lý kkt', 'bql khu kinh tế', 'bql kkt']
    """
    out = {k}
    for ra, rf, a, f in _ABBR:
        more = set()
        for x in out:
            if rf.search(x):
                more.add(rf.sub(a, x))
            if ra.search(x):
                more.add(ra.sub(f, x))
        out |= more
    return out


_BARE_UBND = regex.compile(r"^(?:ubnd|ub nhân dân|ủy ban nhân dân) (?!tỉnh|thành phố|tp)")
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


def gazetteer() -> _Gazetteer:
    """The gazetteer: the built-in data with the user's --vocab agencies (if any) added."""
    return _gazetteer_for(os.environ.get(VOCAB_ENV, ""))


def user_agencies() -> list[Agency]:
    """Agencies from the user's --vocab file (normalize/vocab.py), as :class:`Agency` objects."""
    return [Agency(id=e["id"], name=nfc(e["name"]), kind=e["kind"],
                   aliases=tuple(nfc(str(a)) for a in e.get("aliases") or ()), parent=e.get("parent"),
                   valid_from=e.get("valid_from"), valid_to=e.get("valid_to"), successor=e.get("successor"),
                   takes_province=bool(e.get("takes_province")), note=e.get("note"))
            for e in active_vocab().get("agencies") or ()]


_INITIAL_KINDS = frozenset({"ministry", "ministerial_agency", "government_agency", "provincial_body",
                            "provincial_branch"})
_INITIAL_HEADS = ("sở", "bộ", "ban", "cục", "vụ", "viện", "trung tâm", "quỹ")
_PARTY_LEVELS = frozenset(key(w) for w in ("Tỉnh ủy", "Thành ủy", "Trung ương"))


def _initialisms(agencies: Iterable[Agency]) -> dict[str, str]:
    """A body's name written with its head and the initials of the other syllables, as offices write it ("Sở NNMT"
    for Sở Nông nghiệp và Môi trường, "Sở QHKT" for Sở Quy hoạch - Kiến trúc): a key for every name whose head
    opens it, kept only where no other body's initials and no written name give the same key.

    >>> _initialisms([Agency("dp.x", "Sở Nông nghiệp và Môi trường", "provincial_body")])
    {'sở nnmt': 'dp.x'}
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
            seen.setdefault(f"{head} {''.join(w[0] for w in rest)}", set()).add(a.id)
    for a in agencies:      # every word's initial, for the Party's bodies: "BTVTU", "VPTU", "BTCTW"
        if a.kind in ("provincial_body", "central_body"):
            for n in (a.name, *a.aliases):
                words = [w for w in _WORD.findall(key(n)) if w not in ("và", "va")]
                if len(words) >= 4 and " ".join(words[-2:]) in _PARTY_LEVELS:
                    seen.setdefault("".join(w[0] for w in words[:-2]) + ("tw" if words[-1] == "ương" else "tu"),
                                    set()).add(a.id)
    return {k: next(iter(ids)) for k, ids in seen.items() if len(ids) == 1}


@lru_cache(maxsize=4)
def _gazetteer_for(vocab_path: str) -> _Gazetteer:
    agencies = {a.id: a for a in [*load_gazetteer(), *user_agencies()]}
    alias: dict[str, str] = {}
    for a in agencies.values():
        if a.id == "coll.other":
            continue
        for k in sorted(alias_keys(a)):   # sorted: the same gazetteer in every process (str hashes vary)
            alias.setdefault(k, a.id)
    for k, i in _initialisms(agencies.values()).items():
        alias.setdefault(k, i)
    aalias: dict[str, str] = {}
    asource: dict[str, str] = {}
    clash: set[str] = set()
    for k, i in alias.items():
        ak = ascii_key(k)
        asource.setdefault(ak, k)
        if ak in aalias and aalias[ak] != i:
            clash.add(ak)
        aalias.setdefault(ak, i)
    for ak in clash:
        if ak in alias:          # the ascii key is itself an exact key: it wins
            aalias[ak] = alias[ak]
        else:
            del aalias[ak]
    headless = {}
    for a in agencies.values():
        if a.kind == "ministry" and a.name.startswith("Bộ "):
            for k in sorted(alias_keys(a)):   # sorted: the same gazetteer in every process (str hashes vary)
                if k.startswith("bộ ") and len(k) > 6:
                    headless.setdefault(k[3:], a.id)
    for k in list(headless):
        if k in alias:
            del headless[k]

    def build(d: dict[str, str]) -> dict[str, tuple[dict, list]]:
        """First word -> (second word -> names of two words or more, one-word names), longest first."""
        idx: dict[str, tuple[dict, list]] = {}
        for k, i in d.items():
            words = _FIRST.findall(k)[:2] if _FIRST.match(k) else []
            if words:
                multi, single = idx.setdefault(words[0], ({}, []))
                (multi.setdefault(words[1], []) if len(words) > 1 else single).append((k, i))
        for multi, single in idx.values():
            for v in (*multi.values(), single):
                v.sort(key=lambda x: -len(x[0]))
        return idx

    fk = [k for k in alias if len(k) >= 8 and agencies[alias[k]].kind != "collective"
          and not (agencies[alias[k]].kind == "province" and _BARE_UBND.match(k))]   # "ubnd hà nội": exact only
    aheadless = {ascii_key(k): i for k, i in headless.items() if ascii_key(k) not in aalias}
    preds: dict[str, list[str]] = {}
    for a in agencies.values():
        if a.successor:
            preds.setdefault(a.successor, []).append(a.id)
    groups: dict[str, str] = {}
    for k, i in alias.items():
        if agencies[i].kind == "collective":
            groups.setdefault(_comma_free(k), i)
    branches = {a.parent: a.id for a in sorted(agencies.values(), key=lambda a: a.id)
                if a.kind == "provincial_branch" and a.parent in agencies}
    return _Gazetteer(agencies, build(alias), build(aalias), alias, aalias, asource, headless, aheadless, fk,
                      [alias[k] for k in fk], preds, groups, branches)


def _comma_free(k: str) -> str:
    """A group phrase's key without what does not change the group: commas and slashes ("các sở ngành" = "các
    sở, ngành", "các tỉnh/thành phố"), a "các" repeated after "và" ("các bộ ngành và các địa phương") and a closing
    word such as "khác" ("các tỉnh/thành phố khác" = "các tỉnh, thành phố").

    >>> _comma_free("các tỉnh/ thành phố khác"), _comma_free("các bộ ngành và các địa phương")
    ('các tỉnh thành phố', 'các bộ ngành và địa phương')
    """
    k = _INNER_CAC.sub("", " ".join(regex.sub(r"[,/]", " ", k).split()))
    while (t := _GROUP_TAIL_WORD.search(k)) and len(_BARE_WORDS.sub("", k[:t.start()]).split()) >= 2:
        k = k[:t.start()]       # one closing word at a time, a group of two words at least remaining
    return k


def _current(g: _Gazetteer, a: Agency) -> Agency:
    seen = {a.id}
    while a.successor and a.successor in g.agencies and a.successor not in seen:
        a = g.agencies[a.successor]
        seen.add(a.id)
    return a


def _short_province(a: Agency) -> str:
    return a.name.replace("Ủy ban nhân dân ", "", 1)


# ----------------------------------------------------------------------------- segmentation
_WORD = regex.compile(r"(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}]+")
# chunk separators inside the text between known names
_COMMA_COMPOUND = "(?!" + "|".join(rf"(?<=(?<![\p{{L}}\p{{N}}]){a}),\s*{b}(?![\p{{L}}\p{{N}}])"
                                   for a, b in _WORDS["comma_compounds"]) + "),"
_STRONG = regex.compile(_COMMA_COMPOUND + r"|[;:()\[\]{}•●▪◦·*\n]|\.(?!\p{N})|(?<![\p{L}\p{N}])[-+](?![\p{L}\p{N}])"
                        r"|(?<![\p{L}\p{N}])[-+](?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.])[-+](?![\p{L}\p{N}])"
                        r"|(?<![\p{L}\p{N}])(?:\(?\d{1,2}\)|[a-zđ]\))(?=\s)|(?<![\p{L}\p{N}])\d{1,2}\.(?=\s)")
_WEAK = regex.compile(r"(?<![\p{L}\p{N}])(?:và|va|and|hoặc|hoac)(?![\p{L}\p{N}])|/|&|,(?=\s*(?:các|cac|những|nhung)\s)")
_WEAK_VN = regex.compile(r"(?<![\p{L}\p{N}])(?:và|and|hoặc)(?![\p{L}\p{N}])|/|&|,(?=\s*(?:các|những)\s)")   # "va" is a word in a text with marks




def _word_alt(words: Iterable[str]) -> str:
    """Alternation of the keys of *words* and their forms without diacritics, longest first."""
    keys = {key(w) for w in words} | {ascii_key(w) for w in words}
    return "|".join(regex.escape(w) for w in sorted(keys, key=lambda w: (-len(w), w)))


_GROUP_TAIL_WORD = regex.compile(r"\s+(?:" + _word_alt(_WORDS["group_tail_words"]) + r")$")
_BARE_WORDS = regex.compile(r"(?<![\p{L}])(?:các|cac|những|nhung)(?![\p{L}])")
_INNER_CAC = regex.compile(r"(?<=\S\s+(?:và|va)\s+)(?:các|cac)\s+")


# Words that only ever make up group phrases ("các bộ, ngành", "cơ quan, tổ chức có liên quan")
_GROUP_WORDS = frozenset(w for p in _WORDS["group_words"] for w in key(p).split())
_GROUP_WORDS_ASCII = frozenset(ascii_key(w) for w in _GROUP_WORDS)
_BARE = frozenset(key(w) for w in ("các", "cac", "những", "nhung", "và", "va", "của", "cua", "tất", "cả",
                                    # words of a group's phrase that name no kind of body ("được" alone is no group)
                                    "được", "có", "ở", "tại", "trên", "hoặc", "đóng", "liên", "quan",
                                    "khác", "một", "số", "lựa", "chọn"))
# Head nouns of agency names (data): a piece starting with one of these and a capitalised word is an
# (unknown) agency, everything else is leftover text.
class _HeadPattern:
    """Head nouns at the start; their forms without diacritics only in a text typed without them ("quy tập" is no
    "quỹ": Quyết định 798/QĐ-TTg's "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập ...")."""

    def __init__(self, words) -> None:
        keys = sorted({key(w) for w in words}, key=lambda w: (-len(w), w))
        self.marked = regex.compile(r"^(?:" + "|".join(regex.escape(w) for w in keys) + r")(?![\p{L}\p{N}])")
        self.any = regex.compile(r"^(?:" + _word_alt(words) + r")(?![\p{L}\p{N}])")

    def match(self, k: str, *span):
        return (self.any if k.isascii() else self.marked).match(k, *span)


_HEADS = _HeadPattern(_WORDS["head_nouns"])
_COLON_HEAD = regex.compile(r"(?<![\p{L}\p{N}])(?:(?:các|cac)\s+)?(?P<h>" + _word_alt(_WORDS["colon_heads"])
                            + r")(?:\s*,\s*(?:" + _word_alt(_WORDS["colon_head_tails"]) + r"))*"
                            + r"(?:\s+là\s+[^:;,.]{1,40}?)?\s*:\s*")
_PROVINCE_COLON = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(h) for h in sorted(
    {_squeeze_key(w) for w in _WORDS["province_list_heads"]}, key=len, reverse=True)) + r")\s*:\s*")
_PROVINCE_ITEMS = tuple(key(w) for w in _WORDS["province_list_items"])
_CLOSED_GROUP = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["closed_group_endings"]) + r")$")
_TITLES = regex.compile(r"(?:" + _word_alt(_WORDS["person_titles"]) + r")(?![\p{L}\p{N}])")
_UNIT_HEADS = regex.compile(r"^(?:" + _word_alt(_WORDS["ministry_unit_heads"]) + r")(?![\p{L}\p{N}])")
_REFERENCE = regex.compile(r"^[\W\d]*(?:" + _word_alt(_WORDS["reference_openers"]) + r")(?![\p{L}\p{N}])"
                           r".*?(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["reference_targets"]) + r")(?![\p{L}\p{N}])",
                           regex.S)
_AMBIGUOUS = {key(n): i for n, i in _WORDS["ambiguous_provinces"].items()}
_AMBIGUOUS.update({ascii_key(n): i for n, i in _WORDS["ambiguous_provinces"].items()})
_AND_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:và|va|and)$")
_SO_PATTERN = regex.compile(r"^(?:sở|so) (?=\S)")
_COMMA_UNIT_HEADS = regex.compile(r"^(?:" + _word_alt(_WORDS["comma_unit_heads"]) + r")(?![\p{L}\p{N}])")
_LEAD_VERBS = regex.compile(r"(?:" + _word_alt(_WORDS["lead_verbs"]) + r")(?![\p{L}\p{N}])")
_QUALIFIERS = regex.compile(r"(?:\s+(?:" + _word_alt(_WORDS["group_qualifiers"]) + r"))+(?![\p{L}\p{N}])", regex.I)
_CLAUSE = regex.compile(r"\s+là\s+[^;\n]+?(?=\s*(?:[;\n]|$))")    # "các bộ, ngành là chủ quản CSDLQG, CSDL ..."
_QUAL_TAIL = regex.compile(_QUALIFIERS.pattern + r"$", regex.I)
_CLAUSE_TAIL = regex.compile(r"\s+(?:" + _word_alt(_WORDS["group_clause_openers"]) + r")\s+\S.*$")
_KIND_HEADS = regex.compile(r"^(?:" + _word_alt(_WORDS["kind_by_head"]) + r")(?![\p{L}\p{N}])")
_LEVEL_END = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["level_words"]["district_body"]) + r")$")
_KIND_BY_HEAD = {k: v for h, v in _WORDS["kind_by_head"].items() for k in (key(h), ascii_key(h))}
def _level_re(ascii_forms: bool) -> regex.Pattern:
    """Level words by kind; the forms without diacritics only for a text typed without them ("quan" is not
    "quận" in "cơ quan")."""
    form = ascii_key if ascii_forms else key
    return regex.compile("|".join(
        f"(?P<{kind}>(?<![\\p{{L}}\\p{{N}}])(?:{'|'.join(regex.escape(form(w)) for w in sorted(ws, key=len, reverse=True))})"
        f"(?![\\p{{L}}\\p{{N}}])(?!\\s+(?:{_NOT_LEVEL})(?![\\p{{L}}])))" for kind, ws in _WORDS["level_words"].items()))


_NOT_LEVEL = "hội|hoi"   # "xã hội" (society: "Ủy ban Xã hội", "Dân số - Xã hội") is no commune


_LEVEL, _LEVEL_ASCII = _level_re(False), _level_re(True)


def _level(k: str, pos: int = 0):
    return (_LEVEL_ASCII if k.isascii() else _LEVEL).search(k, pos)


_COMMUNE = regex.compile(r"^(?:" + _word_alt(_WORDS["commune_levels"]) + r")\s+(?=\S)")
_COMMUNE_END = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["commune_levels"]) + r")$")
_PARTY = {key(k): v for k, v in _WORDS["party_committees"].items()}
_TWINS = _WORDS["issuer_twins"]
_TWIN_STOPS = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["issuer_twin_stops"]) + r")(?![\p{L}\p{N}])|[,/;]")
_TITLE_AT = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["person_titles"]) + r")(?![\p{L}\p{N}])")


def _m(g: _Gazetteer, text: str, a: int, b: int, aid: str | None, method: str, score: float,
       kind: str | None = None, name: str | None = None, current: str | None = None) -> Mention:
    if aid is None:
        return Mention(text[a:b], a, b, None, name or text[a:b], kind or "unknown", current or name or text[a:b],
                       method, score)
    ag = g.agencies[aid]
    parent = g.agencies[ag.parent].name if ag.parent in g.agencies else None
    return Mention(text[a:b], a, b, aid, name or ag.name, kind or ag.kind, current or _current(g, ag).name,
                   method, score, parent)


_TP_DOT = regex.compile(r"(?<=(?<![\p{L}\p{N}])(?:TP|Tp|tp))\.(?=[ \t]+\p{Lu})")


class _Cell:
    """Working state for one cell: the NFC text, its key and the offset map."""

    __slots__ = ("text", "k", "ks", "sh", "ident", "floor")

    def __init__(self, text: str) -> None:
        self.text = text
        masked = _TAG.sub(lambda m: " " * len(m.group()) if m.group()[0] == "<" else
                          ("&" if m.group() == "&amp;" else " ") + " " * (len(m.group()) - 1), text) \
            if ("<" in text or "&" in text) else text
        masked = _TP_DOT.sub(" ", masked) if "." in masked else masked   # "TP. Hồ Chí Minh": no stop there
        self.k, self.ks, self.sh = _keymap(masked)
        self.ident = len(self.ks) == 1
        self.floor = -1      # key offset where a person's title was cut off: nothing before it glues
    def start(self, i: int) -> int:
        return i if self.ident else i + _shift_at(self.ks, self.sh, i)

    def end(self, j: int) -> int:
        if j <= 0:
            return 0
        return j if self.ident else self.start(j - 1) + 1


_HEAD_PAIRS = frozenset(tuple(key(h).split()[:2]) for h in _WORDS["head_nouns"] if len(h.split()) > 1)
_LAST_WORD = regex.compile(r"([\p{L}\p{N}]+)\s+$")


def _inside_head(k: str, i: int, word: str) -> bool:
    """Does the word at key offset *i* continue a head noun of two words ("ủy" + "ban bầu cử": no "Ban bầu cử" inside
    "Ủy ban bầu cử")?"""
    p = _LAST_WORD.search(k, max(0, i - 12), i)
    return p is not None and (p.group(1), word) in _HEAD_PAIRS


_PLACE_AFTER = regex.compile(r"\.?[ \t]*\p{Lu}|\.\p{L}")


def _city_cut(cell: _Cell, ak: str, j: int) -> bool:
    """A known name that ends in "TP" (the city written short: "UBND TP") does not end there when a place follows
    ("UBND TP.HCM", "UBND TP. Hồ Chí Minh"): the "TP" is the place's."""
    return ak.endswith(" tp") and bool(_PLACE_AFTER.match(cell.text, cell.end(j)))


_SYMBOL_BEFORE = regex.compile(r"(?<![\p{Ll}])[\p{Lu}\p{N}][\p{Lu}\p{N}.]*[-/]$")


def _in_symbol(cell: _Cell, i: int) -> bool:
    """Is key offset *i* inside a document's symbol ("số 20-HD/BTGDVTU", "46/KH-UBND")?  The issuer's code there (one
    word) names the document, not a body that acts; "Bộ KH&CN/Chính phủ" names two bodies."""
    a = cell.start(i)
    return a > 0 and cell.text[a - 1] in "-/" and bool(_SYMBOL_BEFORE.search(cell.text, max(0, a - 12), a))


def _scan(g: _Gazetteer, cell: _Cell, ascii_mode: bool) -> list[tuple[int, int, str]]:
    """Leftmost-longest known spans in key space: [(start, end, id)]."""
    k = cell.k
    index = g.aindex if ascii_mode else g.index
    n = len(k)
    found = []
    pos = 0
    inside = [(t.start(), t.end()) for t in _TITLE_AT.finditer(k)] if _TITLE_AT.search(k) else ()
    for w in _WORD.finditer(k):
        i = w.start()
        if i < pos or any(a < i < b and not _TITLES.fullmatch(k[a:i].strip())
                          and not (" ".join(k[a:b].split()) in _TITLES_ON_HEAD and k[i:b].strip() in _HEAD_WORDS)
                          for a, b in inside):    # "Trưởng ban Quản lý các khu công nghiệp": a title on a head
            continue
        entry = index.get(w.group())
        if not entry or _inside_head(k, i, w.group()):
            continue
        second = _WORD.search(k, w.end()) if entry[0] else None
        cands = entry[0].get(second.group(), ()) if second else ()
        for ak, aid in (*cands, *entry[1]):
            j = i + len(ak)
            if k.startswith(ak, i) and (j == n or not (k[j].isalnum())) and not _city_cut(cell, ak, j) \
                    and not (" " not in ak and _in_symbol(cell, i)):
                found.append((i, j, aid))
                pos = j
                break
    return found


def _known_piece(g: _Gazetteer, cell: _Cell, a: int, b: int) -> Mention | None:
    """Key span [a, b) as a known body: a name without its head, a name typed without (or with wrong)
    diacritics, a unit's code, or a near-miss of a name with a head noun; None otherwise."""
    k, text = cell.k[a:b], cell.text
    sa, sb = cell.start(a), cell.end(b)
    ak = ascii_key(k) if not k.isascii() else k
    aid = g.headless.get(k) or g.aheadless.get(ak)
    if aid:
        return _m(g, text, sa, sb, aid, "repaired", 0.9)
    aid = g.aalias.get(ak)
    if aid:
        if text[sa:sb].isascii():     # typed without diacritics
            return _m(g, text, sa, sb, aid, "alias", 0.95)
        score = fuzz.ratio(k, g.asource.get(ak, k)) / 100     # some diacritics missing or wrong
        return _m(g, text, sa, sb, aid, "fuzzy", round(max(score, 0.5), 3))
    code = _unit_code(g, text, sa, sb)
    if code:
        return code
    if len(k) >= 8 and _HEADS.match(k):
        best = process.extractOne(k, g.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if best is not None and not best[0].startswith(k + " ") and not k.startswith(best[0] + " "):
            return _m(g, text, sa, sb, g.fuzzy_ids[best[2]], "fuzzy", round(best[1] / 100, 3))
    return None


_GROUP_NOUN_BEFORE = regex.compile(r"(?:cơ quan|đơn vị|tổ chức)\s*,\s*$", regex.I)   # "Cơ quan, đơn vị ..."
_ITEM_END = regex.compile(r"\s*(?:[;.]|\n|$)")
_GROUP_NOUNS = frozenset(key(w) for w in ("cơ quan", "đơn vị", "tổ chức", "cá nhân", "doanh nghiệp", "địa phương"))


def _role_group(cell: _Cell, k: str, sa: int, sb: int, vocab) -> int:
    """A list item that is a group noun after another ("Cơ quan, đơn vị ...") and the role its members play, all in
    small letters ("Cơ quan, đơn vị tiếp nhận công chức;", "các tổ chức, cá nhân có liên quan"): one group, up to
    the list's end (";", ".", the line's end) or to the predicate that follows it in prose ("cơ quan, tổ chức, đơn vị
    giới thiệu người ứng cử có trách nhiệm phối hợp ...").  Returns the key length of the group, 0 if none."""
    lead = " ".join(k.split()[:2])
    v = _VERB_IN.search(" " + k, len(lead) + 2)    # "đơn vị phối hợp tổ chức thi;": the role itself is a verb
    n = v.start() if v else len(k)
    ws = k[:n].split()
    if len(ws) < 3 or lead not in _GROUP_NOUNS or ws[2] in _BARE and ws[2] != "có" \
            or v is None and not _ITEM_END.match(cell.text, sb) or not cell.text[sa].isalpha() \
            or not _GROUP_NOUN_BEFORE.search(cell.text[max(0, sa - 12):sa]):
        return 0
    role = k[:n].rstrip()
    return 0 if any(c.isupper() for c in cell.text[sa + 1:sa + len(role)]) else len(role)


_PARTNER_CUE = regex.compile(r"(?:(?<![\p{L}])(?:với|cùng)|,)\s*$")


def _partner_group(cell: _Cell, k: str, sa: int) -> int:
    """After "phối hợp với" / "cùng" or a comma, "các" and words in small letters up to the predicate name partners by
    what they are ("các chủ đầu tư dự án", "các hãng hàng không"): the key length of that group, 0 if none."""
    if k.split(" ")[0] not in _PLURAL or not cell.text[sa].islower() \
            or not _PARTNER_CUE.search(cell.text[max(0, sa - 12):sa]) or _TITLES.match(k, len(k.split(" ")[0]) + 1):
        return 0        # ("các chuyên viên ...": persons, not a body)
    stop = _REST_STOPS.search(k, len(k.split(" ")[0]) + 1)
    n = len(k[:stop.start()].rstrip()) if stop else len(k)
    words = k[:n].split()
    return n if 2 <= len(words) <= 6 and cell.text[sa + len(words[0]) + 1:sa + n].islower() else 0


def _group_by_role(g: _Gazetteer, cell: _Cell, span: tuple[int, int], out: list, left: list, n: int,
                   score: float) -> bool:
    """The first *n* key characters of *span* as one group (the rest left over); False when *n* is 0."""
    if not n:
        return False
    a, b = span
    sa, gb = cell.start(a), cell.end(a + n)
    out.append(_m(g, cell.text, sa, gb, "coll.other", "pattern", score, name=fold(cell.text[sa:gb])))
    if gb < cell.end(b):
        left.append((cell.start(a + n + 1), cell.end(b)))
    return True


def _plural_run(k: str, vocab) -> int:
    """After "các"/"những", where the group's own words end ("các tổ chức thành viên thực hiện": "tổ chức" there
    is the group's noun, not the verb); 0 when *k* opens with no plural word."""
    ws = k.split(" ")
    if not ws or ws[0] not in _PLURAL:
        return 0
    n = next((i for i in range(1, len(ws)) if ws[i] not in vocab), len(ws))
    return len(" ".join(ws[:n]))


def _classify_piece(g: _Gazetteer, cell: _Cell, a: int, b: int, out: list, left: list, *, whole: bool) -> bool:
    """Try to turn key span [a, b) (already stripped) into a mention; *whole*: chunk not yet split."""
    k = cell.k[a:b]
    text = cell.text
    sa, sb = cell.start(a), cell.end(b)
    if " " not in k and _in_symbol(cell, a):     # "20-HD/BTGDVTU": a document's symbol
        left.append((sa, sb))
        return True
    known = _known_piece(g, cell, a, b)
    if known is not None:
        out.append(known)
        return True
    if not whole:
        words = _QUAL_TAIL.sub("", _CLAUSE_TAIL.sub("", k)).split()   # "một số tỉnh đủ điều kiện": group, qualifier
        vocab = _GROUP_WORDS_ASCII if k.isascii() else _GROUP_WORDS
        r = _REST_STOPS.search(k, _plural_run(k, vocab))    # "các tổ chức thành viên thực hiện": the group's own
        if r and r.start() > 0 and not all(w in vocab for w in words) and (text[sa].islower() or _GROUP_START.match(k)) \
                and text[cell.start(a + r.start())].islower():    # "Uỷ ban Kiểm tra Đảng uỷ": a capital names
            # "cơ quan rà soát, ...": a group, then what it does (a capitalised head is a name: "Ban Chỉ đạo ...")
            pw = _QUAL_TAIL.sub("", k[:r.start()].rstrip()).split()     # "các tổ chức thành viên": a qualifier
            if all(w in vocab for w in pw) and not all(w in _BARE for w in pw):
                pb = a + len(k[:r.start()].rstrip())
                _classify_piece(g, cell, a, pb, out, left, whole=False)
                left.append((cell.start(a + r.start()), sb))
                return True
        if _group_by_role(g, cell, (a, b), out, left, _role_group(cell, k, sa, sb, vocab), 0.7):
            return True     # "- Cơ quan, đơn vị tiếp nhận công chức;": a group by its role
        if words and all(w in vocab for w in words):
            j = a
            while j > 0 and cell.k[j - 1] == " ":
                j -= 1
            glued = j > 0 and a != cell.floor and (cell.k[j - 1].isalnum() or cell.k[j - 1] in ")&") \
                and not _AND_BEFORE.search(cell.k, max(0, j - 4), j)
            if not glued and not all(w in _BARE for w in words):
                out.append(_m(g, text, sa, sb, "coll.other", "pattern", 0.8, name=fold(text[sa:sb])))
            elif not glued:         # a bare "các" ("các tỉnh Bắc Ninh, ..."): no group of its own
                left.append((sa, sb))
            elif out and out[-1].kind == "collective" and out[-1].end == cell.end(j):
                p = out[-1]     # "các bộ, ngành" + "liên quan": one group mention
                out[-1] = Mention(text[p.start:sb], p.start, sb, p.agency_id,
                                  fold(text[p.start:sb]) if p.agency_id == "coll.other" else p.name,
                                  p.kind, p.current_name if p.agency_id != "coll.other" else fold(text[p.start:sb]),
                                  p.method, p.score)
            else:               # "Bộ X tổ chức": a verb after a name, not a group
                left.append((sa, sb))
            return True
        plural = _GROUP_START.match(k)
        kh = _KIND_HEADS.match(k[plural.end():].lstrip()) if plural else None
        if plural and _HEADS.match(k[plural.end():].lstrip()) and len(k.split()) <= 8 \
                and not (kh and _KIND_BY_HEAD[kh.group()] == "enterprise"):
            # "Các Trung tâm y tế", "các văn phòng tỉnh uỷ, thành uỷ": bodies of a kind, as a group
            out.append(_m(g, text, sa, sb, "coll.other", "pattern", 0.7, name=fold(text[sa:sb])))
            return True
        if plural and _group_by_role(g, cell, (a, b), out, left, _partner_group(cell, k, sa), 0.6):
            return True     # "phối hợp với ..., các chủ đầu tư dự án rà soát": partners named by what they are
        if _COMMUNE.match(k) and _capitalised(text[sa:sb], 1):
            out.append(_m(g, text, sa, sb, None, "pattern", 0.7, kind="commune_body", name=fold(text[sa:sb])))
            return True
        if _SO_PATTERN.match(k) and _capitalised(text[sa:sb], 1):
            nm = fold(text[sa:sb])
            out.append(_m(g, text, sa, sb, None, "pattern", 0.7, kind="provincial_body", name=nm))
            return True
        if _CLASS_NOUN.match(k) and text[sa].islower() and not _capitalised(text[sa:sb], 0):
            stop = next((r for r in _REST_STOPS.finditer(k, len(_CLASS_NOUN.match(k).group()) + 1)
                         if r.group() != "về"), None)     # "... trong công tác ...": its act ("về ma túy": its field)
            return _group_by_role(g, cell, (a, b), out, left, len(k[:stop.start()].rstrip()) if stop else len(k), 0.7)
            # "lực lượng chuyên trách phòng, chống tội phạm về ma túy": a group of forces
        h = _HEADS.match(k)
        if h and (_capitalised(text[sa:sb], 1) or _leveled(k) or (" " in h.group() and text[sa].isupper()
                                                                  and len(k.split()) > len(h.group().split()))) \
                or _named_alone(cell, k, sa, sb):    # "Trung tâm thông tin": a head of two words is no common word
            out.append(_m(g, text, sa, sb, None, "unknown", 0.0))
            return True
        return _embedded(g, cell, a, b, out, left)
    return False


_PLURAL = frozenset(("các", "những", "mọi", "cac", "nhung"))
_PLURAL_WORD = regex.compile(r"(?<=\s)(?:các|những|mọi|cac|nhung)\s")
_INNER_CAP = regex.compile(r"(?<=\s)\p{Lu}")
_WORD_START = regex.compile(r"(?<=\s)[\p{L}\p{N}]")


def _embedded_group(g: _Gazetteer, cell: _Cell, i: int, b: int, out: list, left: list, a: int) -> bool:
    """A group named inside prose ("ký kết biên bản ghi nhớ với các tổ chức quốc tế"): "các" or "những" and a group
    word at key offset *i* open it; it runs to the predicate, and is taken when it reads as one group."""
    ws = cell.k[i:b].split()
    if len(ws) < 2 or ws[0] not in _PLURAL or ws[1] not in _GROUP_WORDS or ws[1] in _BARE:
        return False
    run = next((n for n in range(1, len(ws)) if ws[n] not in _GROUP_WORDS), len(ws))   # "các tổ chức": its words
    return _take_inside(g, cell, (a, i, i + len(" ".join(ws[:run])), b), out, left, group=True)


def _take_inside(g: _Gazetteer, cell: _Cell, at: tuple[int, int, int, int], out: list, left: list, group: bool) -> bool:
    """The mention that prose (key span [a, b) of *at* = (a, i, after, b)) names at key offset *i*, up to its
    predicate (the first stop after key offset *after*): taken when it reads as one mention (a group when *group*,
    with the prose before it not glued to it), the prose around it left over."""
    a, i, after, b = at
    stop = _PROSE_STOPS.search(cell.k, after, b)
    j = len(cell.k[:stop.start()].rstrip()) if stop else b
    trial: list[Mention] = []
    floor = cell.floor
    if group:
        cell.floor = i
    if not _classify_piece(g, cell, i, j, trial, [], whole=False) or len(trial) != 1 \
            or group and trial[0].kind != "collective":
        cell.floor = floor
        return False
    left.append((cell.start(a), cell.end(len(cell.k[:i].rstrip()))))
    out.append(trial[0])
    if j < b:
        left.append((cell.start(j), cell.end(b)))
    return True


def _head_end(k: str) -> tuple[int, int]:
    """(key length of the head noun that opens *k*, key length of a standing body's prefix before it: "thường trực
    hội đồng"); (0, 0) when *k* opens with no head."""
    p = _BODY_PREFIX.match(k)
    h = _HEADS.match(k[p.end():]) if p else None
    if h is not None:
        return p.end() + h.end(), p.end()
    h = _HEADS.match(k)
    return (0, 0) if h is None else (h.end(), 0)


def _embedded(g: _Gazetteer, cell: _Cell, a: int, b: int, out: list, left: list) -> bool:
    """Prose with a body's name inside it ("công văn số 37 của Cục Tác chiến", "tại Trung tâm Giao dịch công
    nghệ"): a capitalised head noun after a word in small letters, a capitalised word among the next three, opens
    a name that runs to the end of key span [a, b) or to the predicate; the prose around it is left over."""
    text = cell.text
    if out and out[-1].kind == "collective" and not text[out[-1].end:cell.start(a)].strip() \
            or _GROUP_START.match(cell.k[a:b]):
        left.append((cell.start(a), cell.end(b)))      # words that qualify a group, or a group's own words
        return True
    if not _INNER_CAP.search(text, cell.start(a) + 1, cell.end(b)) and not _PLURAL_WORD.search(cell.k, a, b):
        left.append((cell.start(a), cell.end(b)))      # no capitalised word and no "các": no name, no group
        return True
    for w in _WORD_START.finditer(cell.k, a + 1, b):       # inside the piece: its start was read already
        i = w.start()
        if _embedded_group(g, cell, i, b, out, left, a):
            return True
        t = _TITLES.match(cell.k, i, b)
        hend, pre = _head_end(cell.k[i:b]) if t is None else (0, 0)
        before = [w.lstrip("([{\"'“‘") for w in text[:cell.start(i)].split()]    # "(qua Cục ...)": its word
        if not hend or not text[cell.start(i)].isupper() or not before or not before[-1][:1].islower() \
                or key(before[-1]) in _PLURAL:     # "các Tổng công ty Điện lực": a group, read as one
            continue
        nxt = text[cell.end(i + hend):cell.end(b)].split()[:3]
        if not any(x[:1].isupper() for x in nxt) and not _leveled(cell.k[i:b]) and not pre:   # "Thường trực Hội đồng"
            continue        # "Hội đồng bầu cử quốc gia" (a level word), not "Hội đồng thẩm định"
        # a standing body ("Thường trực Hội đồng nhân dân"): the body itself; :func:`_prefixed` adds the prefix back
        if _take_inside(g, cell, (a, i + pre, i + hend, b), out, left, group=False):
            return True
    left.append((cell.start(a), cell.end(b)))
    return True


_UNIT_CODES = [(regex.compile(p), aid) for p, aid in _WORDS["unit_codes"].items()]


def _unit_code(g: _Gazetteer, text: str, a: int, b: int) -> Mention | None:
    """A unit known by its code ("C04", "PC04"): a sub-unit of the body ``unit_codes`` names.

    >>> m = parse_agencies("PV01, PC04").mentions[1]
    >>> m.mention, m.kind, m.parent
    ('PC04', 'sub_unit', 'Công an tỉnh')
    """
    aid = next((aid for p, aid in _UNIT_CODES if p.fullmatch(text[a:b])), None)
    if aid is None:
        return None
    return replace(_m(g, text, a, b, None, "pattern", 0.7, kind="sub_unit"), parent=g.agencies[aid].name)


def _named_alone(cell: _Cell, k: str, sa: int, sb: int) -> bool:
    """An item of a list that is a body on its own: an abbreviation that is no word of a name ("UBND tỉnh Đồng Nai,
    ACV") or the unit every body has, written with a capital ("Văn phòng, Phòng Đào tạo" in a university's plan)."""
    t = cell.text[sa:sb]
    listed = cell.text[:sa].rstrip().endswith((",", ";")) or cell.text[sb:].lstrip().startswith((",", ";"))
    return listed and (bool(_ACRONYM.fullmatch(t)) and k not in _ABBR_KEYS
                       or k in _BARE_UNITS and t[:1].isupper())


def _leveled(k: str) -> bool:
    """A body written in lower case whose head and level make it one ("Hội đồng thẩm định tỉnh")."""
    h = _KIND_HEADS.match(k)
    if not h or not k[h.end():].strip() and h.group() in _HEAD_WORDS:   # a bare "Cục" ("các Vụ, Cục") is no body
        return False
    rule = _KIND_BY_HEAD[h.group()]     # a plain kind ("quỹ phát triển đất") is a body type whatever its case,
    if rule in ("enterprise", "university"):   # but a company or a university is named with capitals: "tập đoàn,
        # doanh nghiệp", "trường đại học, cao đẳng" are groups
        return False
    return not rule.startswith("level") or (rule == "level" and _level(k, h.end()) is not None)


def fold(s: str) -> str:
    return " ".join(s.split())


def _capitalised(s: str, nth: int) -> bool:
    """Some word after the head noun starts with a capital letter (or a digit, or is an abbreviation)."""
    ws = s.split()
    return any(w[:1].isupper() or w[:1].isdigit() for w in ws[nth:]) if len(ws) > nth else False


_SEPC = r"\s,;:.()\[\]{}•●▪◦·*\-+/&–—\"'“”‘’!?…"
_LEAD = regex.compile(r"(?:[" + _SEPC + r"]+|(?:và|and|va|hoặc)(?![\p{L}\p{N}]))+")
_TRAIL = regex.compile(r"(?:[" + _SEPC + r"]+|(?<![\p{L}\p{N}])(?:và|and|va|hoặc))+$")     # "hoặc": "X hoặc Y"


def _strip(k: str, a: int, b: int) -> tuple[int, int]:
    """Drop separators and a leading / trailing "và" from key span [a, b)."""
    m = _LEAD.match(k, a, b)
    if m:
        a = m.end()
    if a < b:
        m = _TRAIL.search(k, a, b)
        if m:
            b = m.start()
    return a, b


def _pieces(k: str, a: int, b: int, sep: regex.Pattern) -> list[tuple[int, int]]:
    out, last = [], a
    for m in sep.finditer(k, a, b):
        out.append((last, m.start()))
        last = m.end()
    out.append((last, b))
    res = []
    for x, y in out:
        x, y = _strip(k, x, y)
        if x < y:
            res.append((x, y))
    return res


def _gap(g: _Gazetteer, cell: _Cell, a: int, b: int, out: list, left: list) -> None:
    """Mentions in text no known name covers: chunks between strong separators, then weak ones."""
    k = cell.k
    weak_sep = _WEAK_VN if not k.isascii() else _WEAK
    named = None   # the unknown name (index in out) the last chunk made: a comma or dash may continue it
    for ca, cb in _pieces(k, a, b, _STRONG):
        if named is not None and _dashed(cell, out[named].end, ca) and _continues(g, cell, out[named].end, ca, cb):
            ce = _name_part_end(cell, ca, cb)
            _extend(cell, out, named, ce)      # "Phòng Công chức - Viên chức": a title's word after a name's dash
            ca, cb = _strip(k, ce, cb)         # "Sở Quy hoạch - Kiến trúc kiểm tra, ...": the predicate is no name
            named = None
            if ca >= cb:
                continue
        t = _opener(cell, ca, cb)
        while t:                 # "Giám đốc các sở", "Phối hợp các phòng": a title or a verb is not part of the body
            end = _title_end(cell, t.start(), t.end())
            left.append((cell.start(ca), cell.end(end)))
            ca, cb = _strip(k, end, cb)
            cell.floor = ca
            t = _opener(cell, ca, cb) if ca < cb and end == t.end() else None   # "Đại diện lãnh đạo ..."
        if ca >= cb:
            continue
        if named is not None and _continues(g, cell, out[named].end, ca, cb):
            _extend(cell, out, named, cb)
            continue
        ca, cb = _before_verb(g, cell, ca, cb, left)
        n0 = len(out)
        if not _classify_piece(g, cell, ca, cb, out, left, whole=True):
            start = len(out)
            for pa, pb in _pieces(k, ca, cb, weak_sep):
                v = _object_verb(cell, pa, pb)
                if v:                           # "... và đề nghị Bộ tư lệnh Vùng Cảnh sát biển 3"
                    left.append((cell.start(pa), cell.end(v.end())))
                    pa, pb = _strip(k, v.end(), pb)
                    if pa >= pb:
                        continue
                if len(out) > start and out[-1].agency_id is None and out[-1].kind != "collective" \
                        and _continues(g, cell, out[-1].end, pa, pb):     # "Phòng Tổ chức bộ máy và Công chức, ..."
                    _extend(cell, out, len(out) - 1, pb)
                else:
                    _classify_piece(g, cell, pa, pb, out, left, whole=False)
            _merge_groups(g, cell, out, start)
        named = n0 if len(out) == n0 + 1 and out[n0].agency_id is None and out[n0].kind != "collective" \
            and out[n0].end == cell.end(cb) else None


def _name_part_end(cell: _Cell, a: int, b: int) -> int:
    """Where the part of a name after its dash, at key span [a, b), ends: before "và", a slash, a comma or a word
    that opens a predicate (``group_rest_stops``)."""
    ends = [m.start() for m in (_WEAK_VN.search(cell.k, a, b), regex.compile(r",").search(cell.k, a, b),
                                _REST_STOPS.search(cell.k, a + 1, b)) if m is not None]
    return len(cell.k[:min(ends)].rstrip()) if ends else b


_OBJECT_VERBS = regex.compile(r"(?:" + _word_alt(_WORDS["object_verbs"]) + r")\s+(?=\S)")


def _object_verb(cell: _Cell, a: int, b: int, opens_chunk: bool = False) -> regex.Match | None:
    """A verb in small letters (or capitalised where it opens a chunk: "Chỉ đạo Công an TP Hồ Chí Minh"; no body's
    name starts with it) that opens key span [a, b) and names what follows, a head noun, a group or a capitalised
    name, as the bodies acted on."""
    v = _OBJECT_VERBS.match(cell.k, a, b)
    if not v or not (cell.text[cell.start(a)].islower() or opens_chunk):
        return None
    rest = cell.k[v.end():b]     # a body or a group follows ("hướng dẫn chuyên môn" names none)
    return v if _HEADS.match(rest) or _GROUP_START.match(rest) or cell.text[cell.start(v.end())].isupper() else None


_CLASS_NOUN = regex.compile(r"(?:" + _word_alt(_WORDS["class_nouns"]) + r")(?![\p{L}\p{N}])")


def _opener(cell: _Cell, a: int, b: int) -> regex.Match | None:
    """What opens key span [a, b) and is no part of a body: a person's title, a lead verb, a verb naming the
    bodies acted on, or a class noun before a name."""
    k = cell.k
    return _TITLES.match(k, a, b) or _LEAD_VERBS.match(k, a, b) or _object_verb(cell, a, b, opens_chunk=True) \
        or _class_before_name(cell, a, b)


def _class_before_name(cell: _Cell, a: int, b: int) -> regex.Match | None:
    """A class noun ("lực lượng") that opens key span [a, b) before a capitalised name: left over."""
    c = _CLASS_NOUN.match(cell.k, a, b)
    return c if c and cell.text[cell.end(c.end()):].lstrip()[:1].isupper() else None


def _title_end(cell: _Cell, a: int, b: int) -> int:
    """Where the person's title at key span [a, b) ends: before its last word when it is a rank and a head noun
    (``titles_on_head``) that a capitalised name follows ("Trưởng Ban Nội chính Tỉnh ủy": the Ban is the body's)."""
    title = " ".join(cell.k[a:b].split())
    nxt = cell.text[cell.end(b):].lstrip()[:1]
    if title not in _TITLES_ON_HEAD or not nxt.isupper():
        return b
    words = title.split()        # the head is the longest run of last words that is a head noun ("văn phòng")
    head = next(" ".join(words[i:]) for i in range(1, len(words)) if " ".join(words[i:]) in _HEAD_WORDS)
    return b - len(head)


def _before_verb(g: _Gazetteer, cell: _Cell, a: int, b: int, left: list) -> tuple[int, int]:
    """A chunk that names a known body ("Sở Văn hóa Thể thao Du lịch chủ trì, ...": a head noun, a capitalised name
    the gazetteer links) ends at the verb of its assignment: the verb and what follows are left over.  (An unknown
    name is cut at its verb later, by :func:`_cut_verbs`.)

    >>> [m.agency_id for m in parse_agencies("Sở Văn hóa Thể thao Du lịch chủ trì", issuer="UBND tỉnh Lâm Đồng").mentions]
    ['dp.so_van_hoa_the_thao_du_lich']
    """
    k = cell.k
    v = _VERB_IN.search(k, a, b)
    if not v or not _HEADS.match(k[a:b]) or not _capitalised(cell.text[cell.start(a):cell.start(a + v.start() - a)], 1):
        return a, b
    na, nb = _strip(k, a, v.start())
    trial: list[Mention] = []
    if na >= nb or not _classify_piece(g, cell, na, nb, trial, [], whole=True) or len(trial) != 1 \
            or trial[0].agency_id is None:
        return a, b
    left.append((cell.start(v.start() + 1), cell.end(b)))
    return na, nb


_SOFT = regex.compile(r"[\s,\-–—&]*|\s*(?:và|va)\s*")       # "Phòng KHCN & HTQT", "Phòng Quản lý SV&HV"
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]+")
_ABBR_KEYS = frozenset(key(a) for a in (_WORDS.get("abbreviations") or {}))
_BARE_UNITS = frozenset(key(w) for w in _WORDS["bare_units"])
_SECTOR = {aid: sector for sector, ids in _WORDS["group_sectors"].items() for aid in ids}
_MARKET_WORDS = regex.compile(r"(?<![\p{L}])(?:" + _word_alt(_WORDS["market_words"]) + r")(?![\p{L}])")


def _sector(m: Mention) -> str:
    """A known group's sector; a generic one's from its words ("Tập đoàn, tổng công ty": market, else state)."""
    if m.agency_id == "coll.other":
        k = key(m.mention)
        return "market" if _MARKET_WORDS.search(k) else "state"
    return _SECTOR.get(m.agency_id, "state")
_COMMA_OR_AND = regex.compile(r"\s*,\s*|\s+(?:và|va)\s+")
_GROUP_SOFT = regex.compile(r"[\s,\-–—/]*|\s*(?:và|va)\s*")     # "UBND cấp huyện/xã": one group


def _dashed(cell: _Cell, end: int, a: int) -> bool:
    """Only a dash between text offset *end* and key offset *a*, and a capital after it, or small letters on both
    sides ("kinh tế - xã hội"): the halves of one name."""
    after = cell.text[cell.start(a)]
    return bool(regex.fullmatch(r"\s*[-–—]\s*", cell.text[end:cell.start(a)])) and (
        after.isupper() or after.islower() and end > 0 and cell.text[end - 1].islower())


def _continues(g: _Gazetteer, cell: _Cell, end: int, a: int, b: int) -> bool:
    """Key span [a, b) goes on with the name that ends at text offset *end*: joined by a comma, a dash or
    "và", and neither a head noun, a ministry named without "Bộ", a group phrase nor a capitalised name."""
    between = cell.text[end:cell.start(a)]
    if not _SOFT.fullmatch(between):
        return False
    k = cell.k[a:b]
    words = k.split()
    vocab = _GROUP_WORDS_ASCII if k.isascii() else _GROUP_WORDS
    dashed = _dashed(cell, end, a)
    if not words or _HEADS.match(k) or (_TITLES.match(k) and not dashed) or (all(w in vocab for w in words) and not dashed):
        return False        # (a dash joins the halves of a name: "Chi cục Dân số - Xã hội")
    if "," in between and _ACRONYM.fullmatch(cell.text[cell.start(a):cell.end(b)]):
        return False         # "Tập đoàn FPT, CMC": an abbreviation after a comma is another body
    if "," in between and (_COMMUNE_END.search(key(cell.text[:end])) or _LEVEL_WORD_END.search(key(cell.text[:end]))):
        return False         # "Ủy ban Bầu cử xã, Thường trực HĐND": a name that ended with its level, then another
    return ascii_key(k) not in g.aalias and not (k in g.headless and "," in between)


def _extend(cell: _Cell, out: list, i: int, b: int) -> None:
    m = out[i]
    end = cell.end(b)
    out[i] = Mention(cell.text[m.start:end], m.start, end, None, fold(cell.text[m.start:end]), m.kind,
                     fold(cell.text[m.start:end]), m.method, m.score, m.parent)


def _merge_groups(g: _Gazetteer, cell: _Cell, out: list, start: int) -> None:
    """Adjacent generic group pieces of one chunk ("tổ chức" / "doanh nghiệp có liên quan") make one mention."""
    i = start
    while i + 1 < len(out):
        x, y = out[i], out[i + 1]
        if x.agency_id == y.agency_id == "coll.other" and not (
                "," in cell.text[x.end:y.start] and key(y.mention).split()[0] in _PLURAL):   # ", các ...": another group
            t = cell.text
            out[i] = _m(g, t, x.start, y.end, "coll.other", "pattern", 0.8, name=fold(t[x.start:y.end]))
            del out[i + 1]
        else:
            i += 1


def _with_province(g: _Gazetteer, body: Agency, prov: Agency, m: Mention, start: int, end: int,
                   text: str, method: str | None = None) -> Mention:
    """*body* (a provincial department or branch) of province *prov*: names then and now, the province as parent."""
    def base(name: str) -> str:
        return name.rsplit(" tỉnh", 1)[0] if name.endswith(" tỉnh") else name
    now = _current(g, prov)
    return Mention(text[start:end], start, end, body.id, f"{base(body.name)} {_short_province(prov)}", body.kind,
                   f"{base(_current(g, body).name)} {_short_province(now)}", method or m.method, m.score, prov.name)


def _firm(m: Mention) -> bool:
    """A company or a bank not in the gazetteer, by its head ("Công ty ...", "Ngân hàng MB chi nhánh")."""
    k = key(m.mention)
    h = _KIND_HEADS.match(k)
    return m.kind == "enterprise" or bool(h and _KIND_BY_HEAD[h.group()] == "enterprise") \
        or (m.kind == "unknown" and k.startswith(("ngân hàng", "ngan hang")))


_LEVEL_WORD_END = regex.compile(r"(?<![\p{L}\p{N}])(?:tỉnh|thành phố|tp|tinh|thanh pho)$")


def _level_places(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A provincial body whose name ends with its level word, then the province's own name ("Công an thành phố
    Hồ Chí Minh": the city's police, not "Công an thành phố" and a lost "Hồ Chí Minh").

    >>> [(m.mention, m.parent) for m in parse_agencies("Công an thành phố Hồ Chí Minh").mentions]
    [('Công an thành phố Hồ Chí Minh', 'Ủy ban nhân dân thành phố Hồ Chí Minh')]
    """
    out: list[Mention] = []
    for i, m in enumerate(ms):
        body = g.agencies.get(m.agency_id) if m.agency_id else None
        lv = _LEVEL_WORD_END.search(key(m.mention)) if body is not None and body.takes_province else None
        r = _PLACE_NAME.match(cell.text, m.end) if lv else None
        nxt = ms[i + 1].start if i + 1 < len(ms) else len(cell.text)
        prov = g.alias.get(key(f"{lv.group()}{r.group()}")) if r and r.end() <= nxt else None
        if prov and g.agencies[prov].kind == "province":
            joined = _with_province(g, body, g.agencies[prov], m, m.start, r.end(), cell.text)
            m = replace(joined, score=m.score)
        out.append(m)
    return out


def _attach_provinces(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """"Sở Tài chính" + "tỉnh Lào Cai" written next to each other make one mention; so do a national body whose
    province has its own ("Mặt trận Tổ quốc Việt Nam" + "tỉnh Đồng Nai": the province's committee), and a company
    and the province of its unit ("VNPT Lâm Đồng": an enterprise, the company its parent).

    >>> parse_agencies("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai").mentions[0].agency_id
    'dp.tinh_doan'
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        body = g.agencies.get(prev.agency_id) if prev is not None and prev.agency_id else None
        twin = _TWINS["province"].get(body.id) if body is not None and m.kind == "province" \
            and regex.match(r"(?:tỉnh|thành phố|tp\.?)\s", key(m.mention)) else None
        if body is not None and m.kind == "province" and prev.method == "repaired" and not twin:
            twin = g.alias.get(_squeeze_key(f"{key(prev.mention)} tỉnh"))    # "Công an" + "TP Hồ Chí Minh": its police
            twin = twin if twin and g.agencies[twin].takes_province else None
        if twin:
            body, prev = g.agencies[twin], replace(prev, name=g.agencies[twin].name)
        if (body is not None and body.takes_province and prev.name == body.name and m.kind == "province"
                and m.agency_id and cell.text[prev.end:m.start].strip() == ""):
            joined = _with_province(g, body, g.agencies[m.agency_id], prev, prev.start, m.end, cell.text)
            out[-1] = replace(joined, score=min(prev.score, m.score))
        elif (body is not None and body.kind == "enterprise" and m.kind == "province" and m.agency_id
              and cell.text[prev.end:m.start] == " "):    # "VNPT Lâm Đồng": the company's unit in the province
            name = fold(cell.text[prev.start:m.end])
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end, agency_id=None, name=name,
                              current_name=name, method="pattern", score=0.7, parent=body.name)
        elif (prev is not None and prev.agency_id is None and _firm(prev) and m.kind == "province"
              and cell.text[prev.end:m.start] == " "):    # "Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng": its name
            name = fold(cell.text[prev.start:m.end])
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end, name=name, current_name=name)
        else:
            out.append(m)
    return out


def _at_date(g: _Gazetteer, m: Mention, day: datetime.date) -> Mention:
    """A short form ("Huế") of an entry that did not exist yet at *day* names its only predecessor then."""
    if m.agency_id is None or m.agency_id not in g.agencies:
        return m
    a = g.agencies[m.agency_id]
    if a.valid_at(day) or _squeeze_key(m.mention) == _squeeze_key(a.name):
        return m
    preds = [g.agencies[p] for p in g.predecessors.get(a.id, ()) if g.agencies[p].valid_at(day)]
    if len(preds) != 1 or a.valid_from is None or day >= a.valid_from:
        return m
    return Mention(m.mention, m.start, m.end, preds[0].id, preds[0].name, preds[0].kind, m.current_name,
                   m.method, m.score)


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
    vocab = os.environ.get(VOCAB_ENV, "")
    try:
        return _parse_cached(text, as_of, _issuer_id(issuer, vocab) if issuer else None, vocab)
    except (RecursionError, ValueError, KeyError, IndexError, TypeError):
        # a defect of the reader must cost one cell, not the file: the cell's text comes back whole as one
        # unknown mention (method "error"), which the pipeline reports as an unknown agency
        t = fold(text)
        return AgencyParse((Mention(text, 0, len(text), None, t, "unknown", t, "error", 0.0),) if t else (), ())


@lru_cache(maxsize=1024)
def _issuer_id(issuer: str, vocab: str = "") -> str | None:
    """The province, ministry, commune or central body (Ủy ban Thường vụ Quốc hội, ...) that issued the decision, from
    the issuer as printed (None when none of these)."""
    ms = _parse_cached(nfc(issuer), None, None, vocab).mentions
    for m in ms:
        if m.agency_id and m.kind in ("province", "ministry", "ministerial_agency", "commune_body", "central_body"):
            return m.agency_id
    return None


_BASIS = regex.compile(r"^[\W\d]*(?:căn cứ|can cu)(?![\p{L}\p{N}])")


@lru_cache(maxsize=65536)
def _parse_cached(text: str, as_of: datetime.date | None, issuer: str | None, vocab: str = "") -> AgencyParse:
    g = gazetteer()
    cell = _Cell(text)
    if _REFERENCE.match(cell.k):
        if _BASIS.match(cell.k):    # a legal basis names the bodies that issued what it cites: read, if it names any
            read = _parse_names(g, _Cell(text), text, as_of, issuer)
            if read.mentions:
                return read
        a, b = _strip(cell.k, 0, len(cell.k))
        ref = Mention(text[cell.start(a):cell.end(b)], cell.start(a), cell.end(b), None,
                      fold(text[cell.start(a):cell.end(b)]), "by_reference", fold(text[cell.start(a):cell.end(b)]),
                      "by_reference", 1.0)
        return AgencyParse((ref,) if a < b else (), ())
    return _parse_names(g, cell, text, as_of, issuer)


def _parse_names(g: _Gazetteer, cell: _Cell, text: str, as_of: datetime.date | None,
                 issuer: str | None) -> AgencyParse:
    """The mentions of a cell that is no bare reference (:func:`parse_agencies` without its cache)."""
    mentions: list[Mention] = []
    left: list[tuple[int, int]] = []
    regions = _colon_lists(g, cell, mentions, left)
    spans = _absorb_places(g, cell, _infix_names(g, cell, [s for s in _scan(g, cell, cell.k.isascii())
                                                           if not _inside(s, regions)]))
    pos = 0
    for i, j, aid in spans + [(len(cell.k), len(cell.k), None)]:
        for ga, gb in _outside(pos, i, regions):
            _gap(g, cell, ga, gb, mentions, left)
        if aid is not None:
            exact = not cell.k.isascii() or g.alias.get(cell.k[i:j]) == aid     # typed without diacritics: 0.95
            mentions.append(_m(g, text, cell.start(i), cell.end(j), aid, "alias", 1.0 if exact else 0.95))
        pos = max(pos, j)
    mentions = sorted([*(_generic_enterprise(g, cell, m) for m in mentions), *_enterprise_pieces(g, cell, left)],
                      key=lambda m: m.start)
    mentions = _glued_lowercase(cell, mentions)
    mentions = _qualified(cell, _merge_collectives(g, cell, _qualified(cell, mentions)))
    mentions = [_relinked(g, m) for m in _shared_level(g, cell, mentions, left)]
    if as_of is not None:
        mentions = [_at_date(g, m, as_of) for m in mentions]
    mentions = _prefixed(cell, _predicate_cut(cell, _cut_verbs(cell, mentions, left), left), left)
    mentions = _small_after_comma(cell, mentions, left)
    mentions = _bracketed_units(cell, _bare_heads(g, cell, _units_before(cell, mentions, left), left))
    mentions = _level_twins(g, cell, _named_by_province(g, cell, mentions, left), left)
    mentions = [_zone_board(g, _provincial_media(g, m))
                for m in _region_numbers(cell, _attach_provinces(g, cell, _level_places(g, cell, mentions)))]
    mentions = _level_suffix(_branch_of(g, cell, _zone_tail(cell, mentions, left)), cell)
    mentions = _district_names(g, cell, mentions)
    mentions = _unit_of_body(g, cell, _party_bodies(g, cell, _units_of(g, cell, mentions, left), left), left)
    mentions = _branch_before(cell, mentions, left)
    mentions, left = _ambiguous_provinces(g, cell, mentions, left)
    mentions = _level_ends_name(cell, mentions, left)
    if issuer is not None:
        mentions = [_for_issuer(g, m, issuer, text) for m in mentions]
        if g.agencies[issuer].kind == "commune_body":
            mentions = _commune_pieces(g, cell, mentions, left)
        mentions = _issuer_by_head(g, cell, mentions, left, issuer)
        mentions = _merge_same(cell, mentions)     # twins that became one group ("Tỉnh ủy, Thành ủy")
    mentions = _place_ends_name(g, cell, _every_province(g, cell, _bracketed_twins(cell, mentions)))
    mentions = _plural_bodies(cell, mentions)
    mentions = _role_labels(cell, _belonging_to_group(cell, _class_lists(g, cell, mentions, left)), left)
    mentions = _village_groups(_level_ends_name(cell, mentions, left))    # again: the issuer's commune may extend a name
    mentions = [_kind_by_head(g, m, issuer) for m in mentions]
    left.sort()
    return AgencyParse(tuple(mentions), tuple(fold(text[a:b]) for a, b in left), tuple(left))


_GROUP_START = regex.compile(r"^(?:" + _word_alt(["các", "ubnd", "ủy ban", "tất cả", "những"]) + r")(?![\p{L}\p{N}])")
_LEVELS = {"xã": "x", "phường": "x", "thị trấn": "x", "đặc khu": "x", "huyện": "h", "quận": "h", "thị xã": "h"}
_LEVEL_WORDS = regex.compile(r"(?<![\p{L}])(?:thị trấn|đặc khu|thị xã|xã|phường|huyện|quận)(?![\p{L}])")
_UBND = regex.compile(r"(?:" + _word_alt(["ubnd", "ủy ban nhân dân"]) + r")(?![\p{L}])")


def _merge_collectives(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A group piece that does not open a new group ("các ...", "UBND ...") continues the group before it when
    only a comma or "và" stands between: "các bộ, cơ quan trung ương và địa phương" is one group, "UBND các xã,
    thị trấn" one group of communes (also after a district's UBND: "Ủy ban nhân dân quận, huyện, xã")."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        between = cell.text[prev.end:m.start] if prev is not None else ""
        if prev is not None and prev.kind == "collective" and (_BELONGS.fullmatch(between) or (
                not between.strip() and _BELONGS.fullmatch(" " + key(prev.mention).rsplit(" ", 1)[-1] + " "))):
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end)   # "... thuộc UBND tỉnh"
        elif prev is not None and prev.kind == m.kind == "collective" and _GROUP_SOFT.fullmatch(between) and (
                whole := g.groups.get(_comma_free(key(cell.text[prev.start:m.end])))):
            out[-1] = _m(g, cell.text, prev.start, m.end, whole, "pattern", 0.8)   # "Các bộ ngành và các địa phương"
        elif (prev is not None and m.kind == "collective" and _sector(prev) != _sector(m)
                and _COMMA_OR_AND.fullmatch(between) and not _QUAL_TAIL.search(key(m.mention))):
            out.append(m)       # "Sở, ban, ngành, tổ chức chính trị - xã hội": groups of two sectors, not one
            # (a qualifier at the end is shared by the list: "các bộ, ngành, địa phương, doanh nghiệp liên quan")
        elif (prev is not None and m.kind == "collective" and _GROUP_SOFT.fullmatch(between)
                and not (prev.agency_id != "coll.other" and _CLOSED_GROUP.search(key(prev.mention)))
                and not _CLAUSE_TAIL.search(key(m.mention))     # a group with its own clause is its own group
                and not _CLASS_NOUN.match(key(m.mention))       # "... và lực lượng chức năng": another group
                and (not _GROUP_START.match(key(m.mention)) or m.agency_id == prev.agency_id != "coll.other"
                     or m.agency_id == prev.agency_id == "coll.other" and between.strip() == ","
                     and len(key(m.mention).split()) <= 2)   # "các ngành, các cấp" (", các tổ chức thành viên": another)
                and (prev.kind == "collective" or (
                    prev.kind == "district_body" and _ubnd_level(key(cell.text[prev.start:m.end]))))):
            text = cell.text[prev.start:m.end]        # "UBND quận" + ", huyện, xã": the group of those levels
            aid = _ubnd_level(key(text)) or ("coll.other" if m.agency_id != prev.agency_id else prev.agency_id)
            out[-1] = _m(g, cell.text, prev.start, m.end, aid, "pattern", 0.8,
                         name=fold(text) if aid == "coll.other" else None)
        else:
            out.append(m)
    return out


def _fold_pairs(ms: list[Mention], join) -> list[Mention]:
    """Mentions in order, each one *join* (previous, next) -> merged mention or None folds into the one before it."""
    out: list[Mention] = []
    for m in ms:
        merged = join(out[-1], m) if out else None
        if merged is None:
            out.append(m)
        else:
            out[-1] = merged
    return out


def _spanning(cell: _Cell, a: Mention, b: Mention) -> Mention:
    """Mention *a* stretched over *b*."""
    return replace(a, mention=cell.text[a.start:b.end], end=b.end)


def _merge_same(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """Neighbouring mentions of one known group, joined by a comma or "và", are one mention."""
    return _fold_pairs(ms, lambda prev, m: _spanning(cell, prev, m) if (
        m.kind == prev.kind == "collective" and m.agency_id == prev.agency_id != "coll.other"
        and _GROUP_SOFT.fullmatch(cell.text[prev.end:m.start])) else None)


_EVERY_PROVINCE = regex.compile(r"\s*(?:của\s+)?(?:các\s+)?(?:tỉnh|thành phố|tp)\s*[,/]\s*(?:thành phố|thành|tp)\.?"
                                r"(?:\s+trực thuộc\s+(?:trung ương|tw|tư))?(?![\p{L}\p{N}])", regex.I)
_EVERY_COMMUNE = regex.compile(r"\s+các\s+(?:xã|phường|đặc khu|thị trấn)(?:\s*[,/]\s*(?:xã|phường|đặc khu|thị trấn))*"
                               r"(?![\p{L}\p{N}])", regex.I)    # "TTPVHCC các xã, phường": every commune's centre
_TAIL_PROVINCE = regex.compile(r"\s(?:tỉnh|thành phố|tp)$", regex.I)


def _every_province(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A province's department before "(các) tỉnh, thành phố (trực thuộc TƯ)" is every province's: one group
    ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", with a "các" before it taken in); so is a body before "các
    xã, phường" every commune's ("TTPVHCC các xã, phường").

    >>> [(m.mention, m.kind) for m in parse_agencies("Thủ trưởng các Sở Y tế các tỉnh, thành phố trực thuộc TƯ").mentions]
    [('các Sở Y tế các tỉnh, thành phố trực thuộc TƯ', 'collective')]
    """
    out: list[Mention] = []
    for m in ms:
        body = g.agencies.get(m.agency_id) if m.agency_id else None
        if out and out[-1].agency_id == "coll.ubnd_cac_tinh" and out[-1].end == m.end:
            continue
        tail = _TAIL_PROVINCE.search(m.mention)
        start = m.end - len(tail.group()) if tail else m.end
        r = _EVERY_PROVINCE.match(cell.text, start) if body is not None and body.takes_province else None
        r = r or (_EVERY_COMMUNE.match(cell.text, m.end) if m.kind not in ("collective", "province") else None)
        if r is None or r.end() <= m.end:
            out.append(m)
            continue
        a = m.start - 4 if cell.text[max(0, m.start - 4):m.start].lower() == "các " else m.start
        out.append(replace(m, mention=cell.text[a:r.end()], start=a, end=r.end(), agency_id="coll.other",
                           name=fold(cell.text[a:r.end()]), kind="collective", current_name=fold(cell.text[a:r.end()]),
                           method="pattern", score=0.8, parent=None))
        out = [o for o in out[:-1] if not (o.start >= m.end and o.end <= r.end())] + out[-1:]
    return [m for m in out if not any(o is not m and o.kind == "collective" and o.start <= m.start and m.end <= o.end
                                      and o.agency_id == "coll.other" and o.end - o.start > m.end - m.start
                                      for o in out)]


def _place_ends_name(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A bare place name ("Hà Nội", not "tỉnh Bắc Ninh" or "UBND ...") right after a name the gazetteer does not
    know ends that name ("Trung tâm Giao dịch công nghệ thường xuyên Hà Nội"): one mention, not the province.

    >>> [m.mention for m in parse_agencies("tại Trung tâm Giao dịch công nghệ thường xuyên Hà Nội").mentions]
    ['Trung tâm Giao dịch công nghệ thường xuyên Hà Nội']
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        if prev.agency_id is not None or prev.kind == "collective" or m.kind != "province" \
                or cell.text[prev.end:m.start] != " " or _LEVEL_START.match(key(m.mention)):
            return None
        t = cell.text[prev.start:m.end]
        return replace(prev, mention=t, end=m.end, name=fold(t), current_name=fold(t))
    return _fold_pairs(ms, join)


_CLASS_LABEL = regex.compile(r"^[\W\d]*(?:các|những)\s+(?P<cls>[^:;,()]{2,60}?)\s*:", regex.I)
_ITEM_NAME = regex.compile(r"(?:\p{Lu}[\p{L}\p{N}&.-]*)(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,4}")


def _class_lists(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"Các quỹ đầu tư: VinaCapital, Dragon Capital", "Các trường đại học: A, B": a class of bodies, then its members.
    The label is no mention when members follow; a capitalised member no entry names takes the kind the class's head
    gives (``kind_by_head``).

    >>> [(m.mention, m.kind) for m in parse_agencies("Các quỹ đầu tư: VinaCapital, Dragon Capital,....").mentions]
    [('VinaCapital', 'enterprise'), ('Dragon Capital', 'enterprise')]
    """
    lab = _CLASS_LABEL.match(cell.text)
    if lab is None:
        return ms
    h = _KIND_HEADS.match(key(lab.group("cls")))
    kind = _KIND_BY_HEAD[h.group()] if h else None
    kind = kind if kind in KINDS else None
    new = []
    for a, b in list(left) if kind else ():
        if a >= lab.end() and _ITEM_NAME.fullmatch(cell.text[a:b]):
            left.remove((a, b))
            new.append(_m(g, cell.text, a, b, None, "pattern", 0.6, kind=kind))
    items = [m for m in ms if m.start >= lab.end()] + new
    if not items:
        return ms
    label = [m for m in ms if m.end <= lab.end() and m.kind == "collective"]
    left.extend((m.start, m.end) for m in label)
    return sorted([m for m in ms if m not in label] + new, key=lambda m: m.start)


_BELONGS_END = regex.compile(r"\s(?:" + _word_alt(_WORDS["belongs_to"]) + r")$")


def _belonging_to_group(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """Bodies "thuộc" a group ("Cơ quan chuyên môn về y tế thuộc Uỷ ban nhân dân cấp tỉnh": each province's) are a
    group themselves: one collective mention.

    >>> t = "Cơ quan chuyên môn về y tế thuộc Uỷ ban nhân dân cấp tỉnh"     # in a ministry's decision
    >>> [(m.mention, m.kind) for m in parse_agencies(t, issuer="BỘ Y TẾ").mentions]
    [('Cơ quan chuyên môn về y tế thuộc Uỷ ban nhân dân cấp tỉnh', 'collective')]
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        if prev.kind != "unknown" or m.kind != "collective" or not _BELONGS_END.search(key(prev.mention)) \
                or cell.text[prev.end:m.start].strip():
            return None
        t = cell.text[prev.start:m.end]
        return replace(prev, mention=t, end=m.end, agency_id="coll.other", name=fold(t), kind="collective",
                       current_name=fold(t), method="pattern", score=0.7)
    return _fold_pairs(ms, join)


_TO_COLON = regex.compile(r"[\s\p{Ll}\p{M}]*:")     # words in small letters, then a colon


def _role_labels(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """An unknown "body" in small letters before a colon is the label of a role ("Cơ quan chủ trì: Sở Tư pháp",
    "Cơ quan thực hiện thủ tục hành chính: ..."), not a body: left over.

    >>> [m.mention for m in parse_agencies("Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp: Sở Nội vụ").mentions]
    ['Sở Tư pháp', 'Sở Nội vụ']
    """
    out = []
    for m in ms:
        if m.kind == "unknown" and _TO_COLON.match(cell.text, m.end) and not _capitalised(m.mention, 1):
            left.append((m.start, m.end))
            continue
        out.append(m)
    return out


_LEVEL_THEN_SMALL = regex.compile(r"(?<![\p{L}])(?:xã|phường|thị trấn|đặc khu|tỉnh|thành phố|huyện|quận|thị xã|cùng cấp)"
                                   r"(?=\s+(?!hội(?![\p{L}]))\p{Ll})", regex.V1)


def _level_ends_name(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A body's name that names its level ends there when only words in small letters follow: they say what the
    body does ("Ủy ban bầu cử xã theo quy định", "Ủy ban nhân dân xã xác minh"); a capitalised place name after
    the level word is part of the name, a group keeps its qualifiers.

    >>> [m.mention for m in parse_agencies("Ủy ban Bầu cử xã chuyển sang").mentions]
    ['Ủy ban Bầu cử xã']
    """
    out = []
    for m in ms:
        lv = _LEVEL_THEN_SMALL.search(m.mention) if m.kind != "collective" else None
        rest = m.mention[lv.end():] if lv else ""
        if lv and rest.strip() and not any(w[:1].isupper() or w[:1].isdigit() for w in rest.split()):
            end = m.start + lv.end()
            left.append((end, m.end))
            t = cell.text[m.start:end]
            m = replace(m, mention=t, end=end, name=fold(t) if m.agency_id is None else m.name,
                        current_name=fold(t) if m.agency_id is None else m.current_name)
        out.append(m)
    return out


_VILLAGE_END = regex.compile(r"(?<![\p{L}])(?:ở\s+)?(?:các\s+)?(?:" + _word_alt(_WORDS["village_levels"]) + r")$")


def _village_groups(ms: list[Mention]) -> list[Mention]:
    """A body named for the village level ("Ban Công tác Mặt trận thôn", "... ở các thôn") is every village's such
    body: a group.

    >>> [(m.mention, m.kind) for m in parse_agencies("Ban Công tác Mặt trận thôn").mentions]
    [('Ban Công tác Mặt trận thôn', 'collective')]
    """
    return [replace(m, agency_id="coll.other", kind="collective", method="pattern", score=0.7)
            if m.agency_id is None and m.kind != "collective" and _VILLAGE_END.search(key(m.mention)) else m for m in ms]


_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:các|những)\s+$", regex.I)


def _plural_bodies(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """"các" before a body's name ("các Trạm Y tế", "các Ban bầu cử") names every such body: a group.

    >>> [(m.mention, m.kind) for m in parse_agencies("các Trạm Y tế").mentions]
    [('các Trạm Y tế', 'collective')]
    """
    out = []
    for m in ms:
        p = _PLURAL_BEFORE.search(cell.text[max(0, m.start - 8):m.start]) if m.kind not in ("collective",
                                                                                          "province") else None
        if p:
            a = m.start - len(p.group())
            t = cell.text[a:m.end]
            m = replace(m, mention=t, start=a, agency_id="coll.other", name=fold(t), kind="collective",
                        current_name=fold(t), method="pattern", score=0.7, parent=None)
        out.append(m)
    return out


def _relinked(g: _Gazetteer, m: Mention) -> Mention:
    """A generic group whose words, commas aside, are a known group's ("các sở ngành"): that group."""
    aid = g.groups.get(_comma_free(key(m.mention))) if m.agency_id == "coll.other" else None
    if aid is None:
        return m
    return replace(_m(g, m.mention, 0, len(m.mention), aid, m.method, m.score), start=m.start, end=m.end)


_LEVEL_TAIL = regex.compile(r"(?<![\p{L}\p{N}])(?:tỉnh|thành phố)$")


def _shared_level(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"HĐND, UBND tỉnh": a body left without its level before a comma and a body with it takes that level."""
    for n, (a, b) in enumerate(left):
        nxt = next((m for m in ms if m.start >= b), None)
        if nxt is None or not regex.fullmatch(r"\s*,\s*", cell.text[b:nxt.start]):
            continue
        lv = _LEVEL_TAIL.search(key(nxt.mention))
        aid = lv and g.alias.get(_squeeze_key(f"{cell.text[a:b]} {lv.group()}"))
        if aid:
            ms = sorted([*ms, _m(g, cell.text, a, b, aid, "pattern", 0.8)], key=lambda m: m.start)
            left[n] = (a, a)
    left[:] = [(a, b) for a, b in left if a < b]
    return ms


_INFIX = regex.compile(r"(?:\s+\p{Lu}[\p{L}\p{M}]*)+\s+và\s+")


def _infix_names(g: _Gazetteer, cell: _Cell, spans: list) -> list:
    """A place inside a known name ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"): the
    name, capitalised words, "và" and the rest of a longer name of the same entry are one span of that entry."""
    out = []
    for i, j, aid in spans:
        if out and i < out[-1][1]:
            continue
        m = _INFIX.match(cell.text, cell.end(j))
        if m:
            a = j
            while a < len(cell.k) and cell.start(a) < m.end():
                a += 1
            words = _STRONG.split(cell.k[a:])[0].split()
            for w in range(len(words), 0, -1):
                tail = " ".join(words[:w])
                if g.alias.get(_squeeze_key(f"{cell.k[i:j]} và {tail}")) == aid:
                    j = a + len(tail)
                    break
        out.append((i, j, aid))
    return out


_GROUP_REST = regex.compile(r"[ \t]+(?P<w>[\p{L}\p{N}][\p{L}\p{M}\p{N}&-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{M}\p{N}&/-]*){0,9})"
                           r"(?=[ \t]*(?:[,;.:\n)]|$))")


_REST_STOPS = regex.compile(r"(?:^|(?<=\s))(?:" + _word_alt(_WORDS["group_rest_stops"]) + r")(?![\p{L}\p{N}])")
_PROSE_STOPS = regex.compile(_REST_STOPS.pattern + r"|(?<=\s)là(?![\p{L}\p{N}])")


def _rest_of_group(text: str, end: int):
    """The words after a group up to the next separator, when they qualify it rather than say what it does
    ("Các doanh nghiệp đầu tư hạ tầng", "các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam").

    >>> _rest_of_group("Các doanh nghiệp đầu tư hạ tầng", 16).group()
    ' đầu tư hạ tầng'
    >>> _rest_of_group("các sở phối hợp thực hiện", 6) is None, _rest_of_group("các bộ và cộng đồng", 6) is None
    (True, True)
    """
    r = _GROUP_REST.match(text, end)
    first = r.group("w").split()[0] if r is not None else ""
    if r is None or first[0].isupper() and not regex.search(r"\p{Ll}\p{Lu}", first) \
            or _REST_STOPS.search(key(r.group("w"))) \
            or _LEAD_VERBS.match(key(r.group("w"))) or _HEADS.match(key(r.group("w"))):
        return None     # a name ("xã Đàm Thủy"; an acronym such as "IoT" qualifies), another group ("và cộng đồng"), a purpose ("theo quy định")
    return r


_BODY_GROUP = regex.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)(?![\p{L}\p{N}])", regex.I)


def _qualified(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A group keeps the words that qualify it ("UBND các xã, phường trọng điểm"): they are part of the mention.

    >>> [m.mention for m in parse_agencies("UBND các xã, phường trọng điểm và các sở, ban, ngành").mentions]
    ['UBND các xã, phường trọng điểm', 'các sở, ban, ngành']
    """
    out = []
    for i, m in enumerate(ms):
        q = (_QUALIFIERS.match(cell.text, m.end) or _CLAUSE.match(cell.text, m.end)
             or (_rest_of_group(cell.text, m.end) if not _BODY_GROUP.match(m.mention) else None)) \
            if m.kind == "collective" else None
        end = _more_qualifiers(cell.text, q.end()) if q is not None and q.re is _GROUP_REST else q.end() if q else 0
        if q and (i + 1 == len(ms) or ms[i + 1].start >= end):
            m = replace(m, mention=cell.text[m.start:end], end=end,
                        name=fold(cell.text[m.start:end]) if m.agency_id == "coll.other" else m.name)
        out.append(m)
    return out


_SMALL_AFTER_COMMA = regex.compile(r",(?=[ \t]+\p{Ll})")


def _more_qualifiers(text: str, end: int) -> int:
    """Where a group's qualifier ends when a comma lists more of it in small letters ("các doanh nghiệp cung cấp
    dịch vụ an toàn thông tin, công nghệ thông tin"): what follows the comma qualifies too when it would qualify
    the group itself and holds no word of a group ("..., nhà đầu tư", "..., hợp tác xã": other groups)."""
    while True:
        c = _SMALL_AFTER_COMMA.match(text, end)
        r = _rest_of_group(text, c.end()) if c else None
        if r is None or any(w in _GROUP_WORDS for w in key(r.group("w")).split()):   # another group ("nhà đầu tư")
            return end
        end = r.end()


_OF_END = regex.compile(r"\s(?:" + _word_alt(["của"]) + r")$")


def _glued_lowercase(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A known name written in lower case right after an unknown body's words is part of its name ("Hội đồng quản lý
    bảo hiểm xã hội": Quyết định 892/QĐ-TTg; "bảo hiểm xã hội" is no Bảo hiểm xã hội Việt Nam there); a group "của"
    a province is that province's group ("các sở, ngành, địa phương của thành phố Đà Nẵng").

    >>> [m.mention for m in parse_agencies("Hội đồng quản lý bảo hiểm xã hội").mentions]
    ['Hội đồng quản lý bảo hiểm xã hội']
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        if (prev.kind == "collective" and m.kind == "province" and _OF_END.search(key(prev.mention))
                and regex.fullmatch(r"[ \t]+", cell.text[prev.end:m.start])):     # "các sở, ngành của thành phố X"
            return replace(prev, mention=cell.text[prev.start:m.end], end=m.end)
        if not (prev.kind == "unknown" and m.agency_id and not _GROUP_START.match(key(m.mention))   # "... với các cơ quan"
                and (m.mention[:1].islower() or _OF_END.search(key(prev.mention)))    # "Ban Chỉ đạo của Chính phủ"
                and regex.fullmatch(r"[ \t]+", cell.text[prev.end:m.start])):
            return None
        text = cell.text[prev.start:m.end]
        return replace(prev, mention=text, end=m.end, name=fold(text), current_name=fold(text))
    return _fold_pairs(ms, join)


def _enterprise_pieces(g: _Gazetteer, cell: _Cell, left: list) -> list[Mention]:
    """Left-over pieces that name enterprises as a group ("Tổng công ty" bare in a list, "các Tổng công ty Điện
    lực"): group mentions, taken out of the left-over."""
    out = []
    for a, b in list(left):
        m = _generic_enterprise(g, cell, Mention(cell.text[a:b], a, b, None, "", "unknown", "", "unknown", 0.0))
        if m.agency_id:
            out.append(m)
            left.remove((a, b))
    return out


def _generic_enterprise(g: _Gazetteer, cell: _Cell, m: Mention) -> Mention:
    """"Tập đoàn kinh tế", "các Tổng công ty Điện lực", a bare "Tổng công ty" name no company: enterprises as a
    group (a company's own name is capitalised: "Tập đoàn Điện lực Việt Nam").

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Các bộ, cơ quan, địa phương, Tập đoàn kinh tế, Tổng công ty").mentions][1:]
    [('Tập đoàn kinh tế, Tổng công ty', 'coll.doanh_nghiep')]
    """
    if m.kind != "unknown":
        return m
    k = key(m.mention)
    plural = _GROUP_START.match(k)
    h = _KIND_HEADS.match(k[plural.end():].lstrip() if plural else k)
    if not h or _KIND_BY_HEAD[h.group()] != "enterprise" or not _MARKET_WORDS.match(h.group()):
        return m        # ("Viễn thông" bare is no group of firms)
    rest = m.mention[len(m.mention) - len(k) + (plural.end() if plural else 0):].lstrip()[len(h.group()):].strip()
    form = _COMPANY_FORMS.match(key(rest)).end()
    if form and rest[form:].strip() and not plural:
        return m        # "Công ty cổ phần Sàn Giao dịch ...", "Công ty TNHH MTV hạ tầng ...": one company
    if plural or not rest or not rest[0].isupper():
        return _m(g, cell.text, m.start, m.end, "coll.doanh_nghiep", "pattern", 0.7, name=fold(m.mention))
    return m


_COMPANY_FORMS = regex.compile(r"(?:(?:" + _word_alt(_WORDS["company_forms"]) + r")(?![\p{L}\p{N}])\s*)*")
_MINISTRY_KINDS = frozenset({"ministry", "ministerial_agency", "government_agency"})
_ISSUER_LEVEL = {"province": "provincial_body", "district_body": "district_body", "commune_body": "commune_body",
                 "ministry": "sub_unit", "ministerial_agency": "sub_unit", "central_body": "central_body"}
_VERB_IN = regex.compile(r"\s(?:" + _word_alt(v for v in (*_WORDS["lead_verbs"], *_WORDS["object_verbs"]) if " " in v)
                         + r")(?![\p{L}\p{N}])")   # "chủ trì", "chỉ đạo", "hướng dẫn": what the body does
_PREFIXES = regex.compile(r"(?:^|(?<=[\s,;:(]))(?:" + _word_alt(_WORDS["body_prefixes"]) + r")\s*$")


def _name_verb(k: str, text: str) -> regex.Match | None:
    """The first verb in key *k* of a name printed as *text* that says what the body does: in small letters and not
    right after a capitalised head noun, where it names the body ("Ban Chỉ đạo ...", "Văn phòng Ban chỉ đạo phòng thủ
    dân sự")."""
    def after_head(i: int) -> bool:     # a capitalised head noun right before: "Ban chỉ đạo", not "Xã hội chủ trì"
        before = text[:i].split()
        return bool(before) and before[-1][:1].isupper() and key(before[-1]) in _HEAD_WORDS

    return next((v for v in _VERB_IN.finditer(k) if text[v.start() + 1].islower() and not after_head(v.start())),
                None)


def _cut_verbs(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """An unknown body runs up to the verb that says what it does ("Ủy ban Pháp luật chủ trì thẩm tra", "Viện
    Nghiên cứu lập pháp phối hợp chuẩn bị dự thảo"): the verb and what follows are left over.

    >>> [m.mention for m in parse_agencies("Ủy ban Xã hội chủ trì thẩm tra [2]").mentions]
    ['Ủy ban Xã hội']
    """
    out = []
    for m in ms:
        k = key(m.mention)
        unlisted = m.kind == "unknown" or m.agency_id is None and m.kind != "collective"
        v = _name_verb(k, m.mention) if unlisted and len(k) == len(m.mention) else None
        if v:
            end = m.start + v.start()
            left.append((end, m.end))
            m = replace(m, mention=cell.text[m.start:end], end=end, name=fold(cell.text[m.start:end]),
                        current_name=fold(cell.text[m.start:end]))
        out.append(m)
    return out


_ITEM_OPEN = regex.compile(r"(?:[;\n•●▪◦·*:(]|(?<!\S)[-+](?=\s)|\.\s)[^;\n•●▪◦·*:(]*$")


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Words that known names print in small letters after their head ("Ban Quản lý dự án đầu tư xây dựng")."""
    from underthesea import word_tokenize
    return frozenset(w for a in gazetteer().agencies.values() if a.kind != "collective"
                     for w in word_tokenize(a.name)[1:] if w[:1].islower())


def _inside_sentence(cell: _Cell, start: int) -> bool:
    """Do words stand before text offset *start* in its list item (since the last ";", line, bullet or colon)?"""
    item = _ITEM_OPEN.search(cell.text, 0, start)
    return bool(regex.search(r"\p{L}", cell.text[item.start() + 1 if item else 0:start]))


def _predicate_cut(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A body no entry names, written inside a sentence, ends where its predicate begins, read from word classes
    (:mod:`normalize.predicate`): "Lãnh đạo Trung tâm Lưu trữ lịch sử quyết định việc ..." names "Trung tâm Lưu trữ
    lịch sử".  A name that opens its item is left whole (lists print names, not sentences), and so is text in small
    letters (no name: the tagger, and its model, are not loaded for it).

    >>> [m.mention for m in parse_agencies("Lãnh đạo Trung tâm Lưu trữ lịch sử quyết định việc sử dụng tài liệu").mentions]
    ['Trung tâm Lưu trữ lịch sử']
    """
    out = []
    for m in ms:
        cut = predicate_start(m.mention, _name_words()) if m.agency_id is None and m.kind != "collective" \
            and m.mention[:1].isupper() and len(m.mention.split()) > 4 and _inside_sentence(cell, m.start) else None
        if cut:
            end = m.start + len(m.mention[:cut].rstrip())
            left.append((end, m.end))
            m = replace(m, mention=cell.text[m.start:end], end=end, name=fold(cell.text[m.start:end]),
                        current_name=fold(cell.text[m.start:end]))
        out.append(m)
    return out


_GROUP_PHRASE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["group_words"]) + r")(?![\p{L}\p{N}])")
_SMALL_TAIL = regex.compile(r",[ \t]+(?P<w>\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3})(?=[ \t]*(?:[;.\n]|$)|[ \t]+\p{Lu})")


def _small_after_comma(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A comma inside a name no entry holds, before words in small letters that name no body, no group and no act,
    continues it ("Phòng Công chức, viên chức"; "Phòng Tổ chức bộ máy và Công chức, viên chức Sở Nội vụ").

    >>> [m.mention for m in parse_agencies("Phòng Công chức, viên chức; Phòng Người có công").mentions]
    ['Phòng Công chức, viên chức', 'Phòng Người có công']
    """
    out = []
    for i, m in enumerate(ms):
        t = _SMALL_TAIL.match(cell.text, m.end) if m.agency_id is None and m.kind != "collective" else None
        w = key(t.group("w")) if t else ""
        if t and not (_GROUP_PHRASE.search(w) or _HEADS.match(w) or _LEAD_VERBS.match(w)
                      or _REST_STOPS.search(w) or i + 1 < len(ms) and ms[i + 1].start < t.end()):
            left[:] = [(a, b) for a, b in left if not (m.end <= a and b <= t.end())]
            m = replace(m, mention=cell.text[m.start:t.end()], end=t.end(), name=fold(cell.text[m.start:t.end()]),
                        current_name=fold(cell.text[m.start:t.end()]))
        out.append(m)
    return out


def _prefixed(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"Thường trực" or "Trung ương" right before a body names that body's standing or central committee: part of the
    mention, the same body ("Thường trực Hội đồng Dân tộc", "Trung ương Mặt trận Tổ quốc Việt Nam").

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Trung ương Mặt trận Tổ quốc Việt Nam").mentions]
    [('Trung ương Mặt trận Tổ quốc Việt Nam', 'tw.mat_tran_to_quoc')]
    """
    out: list[Mention] = []
    for m in ms:
        p = _PREFIXES.search(key(cell.text[max(0, m.start - 20):m.start])) if m.kind != "collective" else None
        if p:
            start = max(0, m.start - 20) + p.start()
            start += len(cell.text[start:m.start]) - len(cell.text[start:m.start].lstrip())   # key() strips the window
        if p and (_TITLE_BEFORE.search(key(cell.text[max(0, start - 25):start])) or cell.text[start].islower()
                  and start > 0):   # "cơ quan thường trực Ban X": a word of the sentence
            p = None        # "Phó Bí thư Thường trực Tỉnh Đoàn": the person's title, not the body's standing board
        if p:
            if out and out[-1].end > start and key(out[-1].mention).strip() == key(p.group()).strip():
                out.pop()           # read as a group of its own ("Trung ương" -> coll.other)
            elif out and out[-1].end > start:
                out.append(m)
                continue
            left[:] = [(a, b) for a, b in left if not (start <= a and b <= m.start)]
            m = replace(m, mention=cell.text[start:m.end], start=start)
        out.append(m)
    return out


_TITLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["person_titles"]) + r")$")


def _left_before(cell: _Cell, left: list, start: int) -> tuple[int, int] | None:
    """The left-over piece that ends right before text offset *start* (only spaces between), if any."""
    return next(((a, b) for a, b in left if b <= start and not cell.text[b:start].strip()), None)


def _left_after(cell: _Cell, left: list, end: int) -> tuple[int, int] | None:
    """The left-over piece that starts right after text offset *end* (only spaces between), if any."""
    return next(((a, b) for a, b in left if a >= end and not cell.text[end:a].strip()), None)


_UNIT_WORDS = frozenset(key(w) for w in _WORDS["ministry_unit_heads"])
_HEAD_WORDS = frozenset(key(w) for w in _WORDS["head_nouns"])
_TITLES_ON_HEAD = frozenset(key(w) for w in _WORDS["titles_on_head"])


def _units_before(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A unit's head written right before a ministry names that ministry's unit ("Thanh tra Bộ Xây dựng",
    "Văn phòng Bộ Tư pháp"): one mention, a sub_unit of the ministry.

    >>> m = parse_agencies("Thanh tra Bộ Xây dựng").mentions[0]
    >>> m.mention, m.kind, m.parent
    ('Thanh tra Bộ Xây dựng', 'sub_unit', 'Bộ Xây dựng')
    """
    out = []
    for m in ms:
        piece = _left_before(cell, left, m.start) if m.kind in ("ministry", "ministerial_agency", "provincial_body") \
            and m.agency_id else None
        if piece and key(cell.text[piece[0]:piece[1]]) in _UNIT_WORDS:
            left.remove(piece)
            text = cell.text[piece[0]:m.end]
            m = Mention(text, piece[0], m.end, None, fold(text), "sub_unit", fold(text), "pattern", 0.7, m.name)
        out.append(m)
    return out


def _bracketed_units(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """An unknown body in brackets right after a known one is its unit ("Sở Nội vụ (Ban Thi đua - Khen thưởng)").

    >>> [(m.mention, m.kind, m.parent) for m in parse_agencies("Sở Y tế (Chi cục Dân số - Xã hội)").mentions][1]
    ('Chi cục Dân số - Xã hội', 'sub_unit', 'Sở Y tế')
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if ((m.kind == "unknown" or m.kind == "sub_unit" and m.parent is None and m.agency_id is None)
                and prev is not None and prev.agency_id
                and regex.fullmatch(r"\s*\(\s*(?:qua\s+)?", cell.text[prev.end:m.start])     # "(qua Cục ...)"
                and regex.match(r"\s*\)", cell.text[m.end:])):   # "(X phối hợp ...)": a role, not a unit
            m = replace(m, kind="sub_unit", method="pattern", score=0.6, parent=prev.name)
        out.append(m)
    return out


def _bare_heads(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Head nouns with no name, listed ("Viện, Trường"), name a group of such bodies: one collective mention.

    >>> [(m.mention, m.kind) for m in parse_agencies("Viện, Trường; Sở, ban, ngành có liên quan").mentions]
    [('Viện, Trường', 'collective'), ('Sở, ban, ngành có liên quan', 'collective')]
    """
    runs: list[list[tuple[int, int]]] = []
    for a, b in sorted(left):
        if key(cell.text[a:b]) not in _HEAD_WORDS:
            continue
        if runs and regex.fullmatch(r"\s*(?:,|và)\s*", cell.text[runs[-1][-1][1]:a]):
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
    for run in runs:
        grp = next((m for m in ms if m.agency_id == "coll.other" and key(m.mention).removeprefix("các ") in _HEAD_WORDS
                    and regex.fullmatch(r"\s*(?:,|và)\s*", cell.text[m.end:run[0][0]])), None)
        if grp is not None:         # "các Vụ, Cục": the heads after a plural head are of its group
            left[:] = [p for p in left if p not in run]
            t = cell.text[grp.start:run[-1][1]]
            ms = [replace(m, mention=t, end=run[-1][1], name=fold(t), current_name=fold(t)) if m is grp else m
                  for m in ms]
            continue
        if len(run) < 2:
            continue
        a, b = run[0][0], run[-1][1]
        left[:] = [p for p in left if p not in run]
        ms = sorted([*ms, _m(g, cell.text, a, b, "coll.other", "pattern", 0.8, name=fold(cell.text[a:b]))],
                    key=lambda m: m.start)
    return ms


def _level_twins(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A national body followed by a bare "tỉnh" or "thành phố" is the province's twin ("Mặt trận Tổ quốc Việt Nam
    tỉnh", Kế hoạch 0124/KH-UBND 2025 of Đắk Lắk); with the issuing province it is that province's.

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Mặt trận Tổ quốc Việt Nam tỉnh và các hội").mentions][:1]
    [('Mặt trận Tổ quốc Việt Nam tỉnh', 'dp.uy_ban_mttq_tinh')]
    """
    out = []
    for m in ms:
        twin = _TWINS["province"].get(m.agency_id or "")
        piece = _left_after(cell, left, m.end) if twin else None
        if piece and key(cell.text[piece[0]:piece[1]]) in ("tỉnh", "thành phố", "tinh", "thanh pho"):
            left.remove(piece)
            m = _m(g, cell.text, m.start, piece[1], twin, "pattern", 0.8)
        out.append(m)
    return out


def _named_by_province(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A province's department or branch named with the province's name for "tỉnh" ("Thuế Đồng Nai" is "Thuế
    tỉnh Đồng Nai"): the words left before a bare province name, with "tỉnh", are the body's name.

    >>> m = parse_agencies("Thuế Đồng Nai").mentions[0]
    >>> m.agency_id, m.mention
    ('dp.thue_tinh', 'Thuế Đồng Nai')
    """
    out = []
    for m in ms:
        piece = _left_before(cell, left, m.start) if m.kind == "province" and not regex.match(r"(?:ubnd|ủy ban|tỉnh|thành phố)\b", key(m.mention)) else None
        aid = g.alias.get(_squeeze_key(f"{cell.text[piece[0]:piece[1]]} tỉnh")) if piece else None
        body = g.agencies.get(aid) if aid else None
        if body is not None and body.takes_province:
            left.remove(piece)
            m = _with_province(g, body, g.agencies[m.agency_id], m, piece[0], m.end, cell.text, "pattern")
        out.append(m)
    return out


def _by_level_word(m: Mention, k: str) -> Mention:
    """An unknown body with a head noun and a local level word after it ("Đoàn Luật sư tỉnh Lâm Đồng", "Hội Liên
    hiệp Thanh niên Việt Nam tỉnh Bình Thuận", "Hội Cựu Công an nhân dân tỉnh ..."): a body of that level."""
    head = _HEADS.match(k)
    lv = _level(k, head.end()) if head else None
    if lv is None or lv.lastgroup not in ("provincial_body", "district_body", "commune_body"):
        return m
    branch = lv.lastgroup == "provincial_body" and head.group() in _branch_heads()   # "Bộ Tư lệnh Thành phố"
    return replace(m, kind="provincial_branch" if branch else lv.lastgroup, method="pattern", score=0.6)


@lru_cache(maxsize=1)
def _branch_heads() -> frozenset[str]:
    """Head nouns of the gazetteer's provincial branches (Công an, Bộ Chỉ huy, Kho bạc ...): a body with one of them
    and a province's level is that system's branch in the province."""
    g = gazetteer()
    return frozenset(h.group() for a in g.agencies.values() if a.kind == "provincial_branch"
                     for h in [_HEADS.match(key(a.name))] if h) | {key(w) for w in _WORDS["branch_heads_extra"]}


_AT_LEVEL = regex.compile(r"(?<=\S)\s+cấp\s+(?:xã|huyện|tỉnh|cơ sở)$")   # bodies of a kind at that level: a group


_NUMBERED_REGION = regex.compile(r"(?<![\p{L}])(?:vùng|khu vực)(?:\s+\S+){0,4}\s+(?:\d{1,2}|[ivxlc]{1,5})$")


def _kind_by_head(g: _Gazetteer, m: Mention, issuer: str | None) -> Mention:
    """An unknown body whose head gives its kind ("Ban Chỉ đạo Trung ương ...", "Đảng ủy UBND tỉnh", "Phòng
    KH-TH", "Ban QLDA ..."): that kind, by pattern, the level read from the name (``kind_by_head`` in the data);
    a body of a numbered region ("Bộ tư lệnh Vùng Cảnh sát biển 3", "... khu vực XIII") is a regional branch.

    >>> m = parse_agencies("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ").mentions[0]
    >>> m.kind, m.method
    ('central_body', 'pattern')
    >>> parse_agencies("Phòng Kinh tế huyện Tứ Kỳ").mentions[0].kind
    'district_body'
    """
    if m.kind in ("unknown", "provincial_body", "central_body") and m.agency_id is None \
            and key(m.mention).endswith(" các cấp"):        # "Hội đồng Thi đua - Khen thưởng các cấp": every level's
        return replace(m, kind="collective", agency_id="coll.other", method="pattern", score=0.7)
    if m.kind in ("unknown", "commune_body", "district_body", "provincial_body") and m.agency_id is None \
            and _AT_LEVEL.search(key(m.mention)):     # (a listed body "... cấp xã" is that entry: labels read it so)
        return replace(m, kind="collective", agency_id="coll.other", method="pattern", score=0.7)   # "Trạm Y tế cấp xã"
    if m.kind != "unknown":
        return m
    k = _BODY_PREFIX.sub("", key(m.mention))      # "Thường trực Ủy ban Pháp luật": the Ủy ban's kind
    if _HEADS.match(k) and _NUMBERED_REGION.search(k):    # "Bộ tư lệnh Vùng Cảnh sát biển 3": a region's branch
        return replace(m, kind="provincial_branch", method="pattern", score=0.6)
    h = _KIND_HEADS.match(k)
    if not h:
        return _by_level_word(m, k)
    rule = _KIND_BY_HEAD[h.group()]
    if rule == "enterprise" and not k[h.end():].strip():
        return m  # a bare "Tập đoàn" ("Tập đoàn, doanh nghiệp công nghệ số") names no company
    kind = rule
    if rule.startswith("level"):         # "level or X": a district's, else X ("Phòng X thuộc Bộ Y" is a unit)
        lv = _level(k, h.end())
        kind = lv.lastgroup if lv else None
        if " or " in rule and kind not in ("district_body", "commune_body"):
            kind = rule.split(" or ")[1]
    if kind is None and rule == "level":
        kind = _ISSUER_LEVEL.get(g.agencies[issuer].kind) if issuer in g.agencies else None
    if kind is None:
        return m
    parent = g.agencies[issuer].name if kind == "sub_unit" and issuer in g.agencies \
        and g.agencies[issuer].kind in _MINISTRY_KINDS else None
    return replace(m, kind=kind, method="pattern", score=0.6, parent=parent)


_BODY_PREFIX = regex.compile(r"^(?:" + _word_alt(_WORDS["body_prefixes"]) + r")\s+(?=\S)")
_PLACE_NAME = regex.compile(r"(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|\d+))+")
_FORMER_PLACE = r"(?P<former>[ \t]+-[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*(?=[ \t]*(?:[,;.)\n]|$)))?"
_PLACE_WITH_FORMER = regex.compile(_PLACE_NAME.pattern + _FORMER_PLACE)




def _place_name(text: str, end: int) -> regex.Match | None:
    """The name after a level word, with the former district or city a 2025 commune is told apart by after a
    dash ("phường Xuân Hương - Đà Lạt", "xã Đinh Văn - Lâm Hà"), unless a body's head noun opens it.

    >>> _place_name("UBND phường Xuân Hương - Đà Lạt, Sở Y tế", 11).group(), _place_name("xã A - Sở Y tế", 2).group()
    (' Xuân Hương - Đà Lạt', ' A')
    """
    r = _PLACE_WITH_FORMER.match(text, end)
    if r is not None and r["former"] and _HEADS.match(key(r["former"].strip(" \t-"))):
        return _PLACE_NAME.match(text, end)
    return r


def _district_names(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A district body written with its district's name ("UBND huyện Đăk Hà"): the name is part of the mention;
    so is a commune's ("UBND xã Đàm Thủy" is that commune's People's Committee, not the group of communes).

    >>> [(m.mention, m.name) for m in parse_agencies("UBND huyện Đăk Hà").mentions]
    [('UBND huyện Đăk Hà', 'Ủy ban nhân dân huyện Đăk Hà')]
    >>> [(m.mention, m.kind) for m in parse_agencies("UBND phường Yên Bái").mentions]
    [('UBND phường Yên Bái', 'commune_body')]
    """
    out = []
    skip = set()
    for i, m in enumerate(ms):
        if i in skip:
            continue
        k = key(m.mention)
        commune = m.agency_id == "coll.ubnd_cap_xa" and _COMMUNE_END.search(k) and not _TWIN_STOPS.search(k)
        named = m.kind == "commune_body" and m.agency_id and _COMMUNE_END.search(k)   # "Ủy ban MTTQ xã Lương Minh"
        r = _place_name(cell.text, m.end) if (m.kind == "district_body" and _LEVEL_END.search(k)) or commune \
            or named else None
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if r and nxt is not None and nxt.kind == "province" and nxt.end <= r.end() \
                and not cell.text[m.end:nxt.start].strip():
            skip.add(i + 1)     # "UBND phường Yên Bái", "UBND phường Lào Cai": a ward named like a former province
            nxt = ms[i + 2] if i + 2 < len(ms) else None
        if r and (nxt is None or nxt.start >= r.end()):
            place = " " + fold(r.group())
            if commune:     # "UBND xã Đàm Thủy": that commune, not the communes
                base = _m(g, cell.text, m.start, m.end, "cx.ubnd_xa", "pattern", 0.8)
                m = replace(base, name=f"{base.name.rsplit(' ', 1)[0]} {k.rsplit(' ', 1)[-1]}",
                            current_name=f"{base.name.rsplit(' ', 1)[0]} {k.rsplit(' ', 1)[-1]}")
            m = replace(m, mention=cell.text[m.start:r.end()], end=r.end(), name=m.name + place,
                        current_name=m.current_name + place)
        out.append(m)
    return out


def _ubnd_level(k: str) -> str | None:
    """The level of a group of People's Committees named by its units ("UBND các xã, phường, thị trấn")."""
    if not _UBND.match(k):
        return None
    levels = {_LEVELS[w] for w in _LEVEL_WORDS.findall(k)}
    return {frozenset("x"): "coll.ubnd_cap_xa", frozenset("h"): "coll.ubnd_cap_huyen",
            frozenset("xh"): "coll.ubnd_cac_cap"}.get(frozenset(levels))


def _inside(span: tuple, regions: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] < b for a, b in regions)


def _outside(a: int, b: int, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of key span [a, b) outside *regions*."""
    out = []
    for ra, rb in sorted(regions):
        if rb <= a or ra >= b:
            continue
        if ra > a:
            out.append((a, ra))
        a = max(a, rb)
    if a < b:
        out.append((a, b))
    return out


_OF_HEADS = regex.compile(r"(?:^|(?<=\s))(?:" + _word_alt(_WORDS["of_heads"]) + r")$")
_BELONGS = regex.compile(r"\s+(?:" + _word_alt(_WORDS["belongs_to"]) + r")\s+")
_PLACE_HEADS = regex.compile(r"^(?:" + _word_alt(_WORDS["place_in_name_heads"]) + r")(?![\p{L}\p{N}])")


def _absorb_places(g: _Gazetteer, cell: _Cell, spans: list) -> list:
    """A province named inside an organisation's name ("Đài Phát thanh và Truyền hình Hà Nội" when the gazetteer
    does not know it, "Báo Bắc Ninh") stays part of that name: the span is dropped and the gap keeps it."""
    out, pos = [], 0
    for i, j, aid in spans:
        if i > pos and _OF_HEADS.search(_STRONG.split(cell.k[pos:i])[-1].strip()):
            continue         # "Đảng ủy UBND tỉnh": the party committee of that body, not the body
        if g.agencies[aid].kind == "province" and i > pos:
            tail = _STRONG.split(cell.k[pos:i])[-1]
            words = tail.split()
            if (words and tail.endswith(" ") and _PLACE_HEADS.match(tail.strip())
                    and not _AND_BEFORE.search(tail.strip()) and not all(w in _GROUP_WORDS for w in words)):
                continue
        out.append((i, j, aid))
        pos = j
    return out


_REGION_NO = regex.compile(r"\s+(?:[IVXLC]+|\d{1,2})(?![\p{L}\p{N}])")


_MEDIA = regex.compile(r"^(?:báo|bao|đài|dai|tạp chí|tap chi)\s+(?P<p>.+)$")


def _provincial_media(g: _Gazetteer, m: Mention) -> Mention:
    """"Báo Bắc Ninh", "Đài Hà Nội": the newspaper or station of a province (a pattern, with the province)."""
    if m.kind != "unknown":
        return m
    r = _MEDIA.match(key(m.mention))
    aid = g.alias.get(_squeeze_key(r.group("p"))) if r else None
    if aid is None or g.agencies[aid].kind != "province":
        return m
    return replace(m, kind="provincial_body", method="pattern", score=0.7, parent=g.agencies[aid].name)


_ZB = _WORDS["zone_board"]
_ZONE = r"(?:các\s+)?(?:khu\s+)?(?:" + _word_alt([z.removeprefix("khu ") for z in _ZB["zones"]] + _ZB["zones"]) \
    + r")(?![\p{L}\p{N}])"     # "Khu chế xuất và công nghiệp": "khu" shared
_ZONE_BOARD = regex.compile(r"^(?:" + _word_alt(_ZB["head"]) + r")\s+" + _ZONE + r"(?:\s*(?:,|và)\s*" + _ZONE + r")*"
                            + r"(?:\s+(?:tỉnh|thành phố))?$")


_ZONE_TAIL = regex.compile(r"(?:\s*(?:,|và)?\s*" + _ZONE + r")+")


def _zone_tail(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """The zones board's name goes on over more zones written after it ("Ban Quản lý các Khu công nghiệp, khu
    kinh tế"): they are part of the mention.

    >>> [m.mention for m in parse_agencies("Ban Quản lý các Khu công nghiệp, khu kinh tế, Sở Tài chính").mentions]
    ['Ban Quản lý các Khu công nghiệp, khu kinh tế', 'Sở Tài chính']
    """
    out = []
    for i, m in enumerate(ms):
        t = _ZONE_TAIL.match(cell.text[m.end:].lower()) if m.agency_id == _ZB["id"] else None
        if t and (i + 1 == len(ms) or ms[i + 1].start >= m.end + t.end()):
            end = m.end + t.end()
            left[:] = [(a, b) for a, b in left if not (m.end <= a and b <= end)]
            m = replace(m, mention=cell.text[m.start:end], end=end)
        out.append(m)
    return out


_LEVEL_OF = {"commune_body": ("xã", "xa", "phường", "phuong"), "provincial_body": ("tỉnh", "tinh"),
             "district_body": ("huyện", "huyen")}


def _level_suffix(ms: list[Mention], cell: _Cell) -> list[Mention]:
    """"cấp xã" right after a commune's body names its level, not the communes: part of the body's mention
    ("Văn phòng HĐND - UBND cấp xã", Kế hoạch 1026/KH-UBND 2025 of Nghệ An).

    >>> [m.mention for m in parse_agencies("Văn phòng HĐND - UBND cấp xã").mentions]
    ['Văn phòng HĐND - UBND cấp xã']
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        lv = regex.fullmatch(r"cấp\s+(\S+)", key(m.mention))
        ok = lv and lv[1] in _LEVEL_OF.get(prev.kind, ()) and not cell.text[prev.end:m.start].strip()
        return _spanning(cell, prev, m) if ok else None
    return _fold_pairs(ms, join)


def _branch_of(g: _Gazetteer, cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A national body followed by "Chi nhánh ..." names its branch ("Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực
    II"): the gazetteer's branch of that body, with the branch's own words.

    >>> m = parse_agencies("Ngân hàng nhà nước Việt Nam - Chi nhánh Khu vực II").mentions[0]
    >>> m.agency_id, m.mention
    ('dp.ngan_hang_nha_nuoc_khu_vuc', 'Ngân hàng nhà nước Việt Nam - Chi nhánh Khu vực II')
    """
    def join(prev: Mention, m: Mention) -> Mention | None:
        branch = g.branches.get(prev.agency_id) if prev.agency_id else None
        if not (branch and m.kind == "unknown" and regex.match(r"(?:chi nhánh|chi nhanh)\b", key(m.mention))
                and regex.fullmatch(r"\s*[-–,]?\s*", cell.text[prev.end:m.start])):
            return None
        b = _m(g, cell.text, prev.start, m.end, branch, "pattern", 0.8)
        return replace(b, name=f"{g.agencies[prev.agency_id].name} - {fold(m.mention)}",
                       current_name=f"{_current(g, g.agencies[prev.agency_id]).name} - {fold(m.mention)}")
    return _fold_pairs(ms, join)


def _zone_board(g: _Gazetteer, m: Mention) -> Mention:
    """A board named by the economic zones it runs, in any order ("Ban Quản lý các khu công nghệ cao và khu công
    nghiệp"): the provincial zones board.

    >>> parse_agencies("Ban Quản lý các khu công nghệ cao và khu công nghiệp").mentions[0].agency_id
    'dp.ban_quan_ly_khu_cong_nghiep'
    """
    if m.kind != "unknown" or not _ZONE_BOARD.match(key(m.mention)):
        return m
    return replace(_m(g, m.mention, 0, len(m.mention), _ZB["id"], "pattern", 0.8), start=m.start, end=m.end)


_DASH_ONLY = regex.compile(r"\s*[-–]\s*")
_OF_SPACE = regex.compile(r"\s+(?:của|thuộc|trực thuộc)?\s*")
_OF_MINISTRY = regex.compile(r"\s*(?:[-–(,]|(?:trực thuộc|thuộc|của)(?![\p{L}]))\s*|\s+")


def _units_of(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"Vụ Pháp chế - Bộ Tư pháp", "Cục X thuộc Bộ Y", "Vụ Z (Bộ Y)", "Vụ Pháp chế, Bộ Tư pháp": a unit named with
    its ministry is one mention (after a dash the unit's own words, the ministry only its parent), a sub-unit whose
    parent is that ministry (after a comma only a unit that exists
    only in a ministry, a Vụ or Cục: "Ban Chỉ đạo X, Bộ Công an" is a list); so is a Phòng named with its
    provincial department or branch ("Phòng Cảnh sát QLHC về TTXH, Công an tỉnh").

    >>> m = parse_agencies("Vụ Kế hoạch - Tài chính, Bộ Nội vụ").mentions[0]
    >>> m.mention, m.kind, m.parent
    ('Vụ Kế hoạch - Tài chính, Bộ Nội vụ', 'sub_unit', 'Bộ Nội vụ')
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        known = prev is not None and prev.parent is not None and prev.parent == m.name \
            and prev.kind in ("sub_unit", "government_agency")   # "... thuộc <its parent>", "Cục ... (C06), Bộ Công an"
        between = cell.text[prev.end:m.start] if prev is not None else ""
        heads = _COMMA_UNIT_HEADS if "," in between else _UNIT_HEADS      # "Ban X, Bộ Y" is a list, "Vụ X, Bộ Y" not
        # a person's unit, written as an address after the title, whatever its head: "Chuyên viên Văn phòng, Viện
        # Kiểm sát nhân dân tỉnh", "Phó Giám đốc Trung tâm Hạ tầng và Công nghệ số, Sở Khoa học và Công nghệ"
        addressed = prev is not None and cell.floor >= 0 and cell.start(cell.floor) == prev.start
        if prev is not None and not between.strip() and key(m.mention) in _PARTY:
            out.append(m)           # "Ban Nội chính Tỉnh ủy": the party committee's own body (:func:`_party_bodies`)
            continue
        of = prev is not None and _OF_SPACE.fullmatch(between)   # no comma: one name
        parents = ("ministry", "ministerial_agency", "provincial_body", "provincial_branch") if prev is not None \
            and (key(prev.mention).startswith("phòng ") or addressed or of) else ("ministry", "ministerial_agency")
        if regex.fullmatch(r"\s*[-–]\s*", between):   # "Ban QLDA ... - Học viện Chính trị quốc gia Hồ Chí Minh"
            parents += ("government_agency", "central_body")
        unplaced = prev is not None and (prev.kind == "unknown" or prev.kind == "sub_unit" and prev.parent is None
                                         or prev.agency_id is None and prev.method == "pattern" and prev.kind != "collective")
        if (prev is not None and prev.kind == "commune_body" and prev.agency_id != "cx.ubnd_xa"
                and m.agency_id == "cx.ubnd_xa" and regex.fullmatch(r"\s*,\s*", between)):
            # "Văn phòng HĐND và UBND, UBND phường Xuân Hương - Đà Lạt": that commune's office
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end, parent=m.name,
                              method="pattern", score=0.7)
        elif (prev is not None and m.kind in parents and _OF_MINISTRY.fullmatch(between)
                and (known or unplaced and (addressed or heads.match(key(prev.mention))))):
            end = m.end + 1 if "(" in cell.text[prev.end:m.start] and cell.text[m.end:m.end + 1] == ")" else m.end
            if _DASH_ONLY.fullmatch(between):   # "X - Bộ Y": the unit's mention, Y its parent (its words left over)
                left.append((prev.end, end))
                end = prev.end
            out[-1] = replace(prev, mention=cell.text[prev.start:end], end=end, parent=m.name) if known else replace(
                prev, mention=cell.text[prev.start:end], end=end, kind="sub_unit", method="pattern", score=0.7,
                parent=m.name)
        else:
            out.append(m)
    return out


_UNIT_OF = regex.compile(r"(?:(?<=^|[\s;:(\-+•])(?P<pl>các|những)\s+)?(?<![\p{L}\p{N}])(?P<u>(?:" + _word_alt(_WORDS["unit_of_heads"])
                         + r")(?:\s+\p{Ll}[\p{L}\p{M}]*){1,8})\s+của\s+$", regex.I)


def _unit_of_body(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A unit described in small letters "của" a body ("Bộ phận tiếp nhận và trả kết quả của Sở Nội vụ", "Phòng
    tiếp công dân của UBND xã"): one mention, a unit whose parent is that body; after "các", a group of them
    ("các Ban chuyên môn của Cơ quan Ủy ban MTTQ tỉnh").

    >>> m = parse_agencies("Bộ phận tiếp nhận và trả kết quả của Sở Nội vụ tỉnh Cao Bằng").mentions[0]
    >>> m.mention, m.kind, m.parent
    ('Bộ phận tiếp nhận và trả kết quả của Sở Nội vụ tỉnh Cao Bằng', 'sub_unit', 'Sở Nội vụ tỉnh Cao Bằng')
    """
    out: list[Mention] = []
    for m in ms:
        floor = out[-1].end if out else 0
        u = _UNIT_OF.search(cell.text, floor, m.start) if m.kind != "collective" else None
        if u is not None and u.end() == m.start and not _LEAD_VERBS.search(key(u.group("u"))) \
                and (u.group("pl") or not key(u.group("u")).startswith("tổ chức")):   # "cơ cấu tổ chức của Bộ": no unit
            m = _as_unit_of(cell, m, u.start("pl") if u.group("pl") else u.start("u"), bool(u.group("pl")), left)
        out.append(m)
    return out


def _as_unit_of(cell: _Cell, m: Mention, a: int, plural: bool, left: list) -> Mention:
    """Body mention *m* widened to start at text offset *a*: a unit of that body, or after "các" a group of such units;
    the words between are no longer left over."""
    unit = cell.text[a:m.end]
    left[:] = [(x, y) for x, y in left if not (a <= x and y <= m.start)]
    return replace(m, mention=unit, start=a, agency_id="coll.other" if plural else None,
                   kind="collective" if plural else "sub_unit", name=fold(unit), current_name=fold(unit),
                   method="pattern", score=0.7, parent=None if plural else m.name)


_BRANCH_BEFORE = regex.compile(r"(?:(?P<pl>các|những)\s+)?(?<![\p{L}\p{N}])chi\s+nhánh\s+$", regex.I)


def _branch_before(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"Chi nhánh" right before a known body names a branch of it ("Chi nhánh Văn phòng đăng ký đất đai": a unit,
    that body its parent); after "các", the group of its branches.

    >>> m = parse_agencies("Văn phòng đăng ký đất đai hoặc Chi nhánh Văn phòng đăng ký đất đai").mentions[1]
    >>> m.mention, m.kind, m.parent
    ('Chi nhánh Văn phòng đăng ký đất đai', 'sub_unit', 'Văn phòng đăng ký đất đai tỉnh')
    """
    out: list[Mention] = []
    for m in ms:
        floor = out[-1].start if out and _BRANCH_BEFORE.fullmatch(out[-1].mention + " ") \
            and not cell.text[out[-1].end:m.start].strip() else out[-1].end if out else 0   # "các Chi nhánh": a group first
        b = _BRANCH_BEFORE.search(cell.text, floor, m.start) if m.agency_id and m.kind != "collective" else None
        if b is not None:
            if out and out[-1].start >= b.start():
                out.pop()
            m = _as_unit_of(cell, m, b.start(), bool(b.group("pl")), left)
        out.append(m)
    return out


def _party_bodies(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """An unknown body written right before a Party committee is that committee's ("Ban Nội chính Tỉnh ủy",
    "Cơ quan UBKT Tỉnh ủy", "Ủy ban kiểm tra Tỉnh ủy"), of the committee's level (``party_committees`` in the
    data).

    >>> [(m.mention, m.kind) for m in parse_agencies("Ban Nội chính Tỉnh ủy").mentions]
    [('Ban Nội chính Tỉnh ủy', 'provincial_body')]
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        level = _PARTY.get(key(m.mention))
        between = cell.text[prev.end:m.start] if prev is not None else ""
        generic = prev is not None and (prev.kind == "unknown" or prev.agency_id == "coll.other")
        if (level and generic and _HEADS.match(key(prev.mention))
                and (not between.strip() or regex.fullmatch(r"\s+[\p{Ll}\p{M}\s]+\s+", between))):
            # "Ủy ban kiểm tra Tỉnh ủy": the head's own words in small letters, left over as a verb, are part of it
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end, name=fold(cell.text[prev.start:m.end]),
                              current_name=fold(cell.text[prev.start:m.end]), kind=level, method="pattern", score=0.7,
                              parent=m.name, agency_id=None)
            left[:] = [(a, b) for a, b in left if not (prev.start <= a and b <= m.end)]
        else:
            out.append(m)
    return out


def _bracketed_twins(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """A body's own short name in brackets right after it ("Liên đoàn Thương mại và Công nghiệp Việt Nam
    (VCCI)") names it once more: one mention.

    >>> [m.mention for m in parse_agencies("UBND tỉnh Lâm Đồng và Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)").mentions]
    ['UBND tỉnh Lâm Đồng', 'Liên đoàn Thương mại và Công nghiệp Việt Nam']
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (prev is not None and m.agency_id and m.agency_id == prev.agency_id
                and regex.fullmatch(r"\s*\(\s*", cell.text[prev.end:m.start]) and cell.text[m.end:].lstrip().startswith(")")):
            continue
        out.append(m)
    return out


def _colon_lists(g: _Gazetteer, cell: _Cell, out: list, left: list) -> list[tuple[int, int]]:
    """"Các Cục: A; B" / "Giám đốc các Sở, ngành: Tư pháp, Y tế": the head goes to every item of the list.

    Items become mentions (the head and the item looked up together, else the item alone, else an unknown
    mention named with the head); the key regions they cover are returned.
    """
    regions = []
    heads = [(m, (m.group("h"),)) for m in _COLON_HEAD.finditer(cell.k)    # "Các Cục:", "Sở:"; not "cán bộ:"
             if m.start("h") > m.start() or cell.text[cell.start(m.start("h"))].isupper()]
    heads += [(m, _PROVINCE_ITEMS) for m in _PROVINCE_COLON.finditer(cell.k)
              if not any(h.start() <= m.start() < h.end() for h, _ in heads)]
    heads += [(m, ()) for m in _COMMUNE_COLON.finditer(cell.k)
              if not any(h.start() <= m.start() < h.end() for h, _ in heads)]
    for m, head in sorted(heads, key=lambda x: x[0].start()):
        if regions and m.start() < regions[-1][1]:
            continue
        if not head:
            regions.append(_commune_items(g, cell, m, out, left))
            continue
        colon = cell.k.index(":", m.start())
        left.append((cell.start(m.start()), cell.end(colon)))    # "Các Cục": the list's head, not a mention
        seps = regex.search(r"[,;.]", _unbracketed(cell.k[m.end():]))    # a gloss's commas list nothing
        sep = seps.group() if seps and seps.group() != "." else ","
        end = _colon_items(g, cell, head, m.end(), sep, out, left)
        regions.append((m.start(), end))
    return regions


def _unbracketed(k: str) -> str:
    """*k* with what stands in brackets blanked (same length).

    >>> _unbracketed("A (b, c); D")
    'A (    ); D'
    """
    return regex.sub(r"\([^()]*\)", lambda b: "(" + " " * (len(b.group()) - 2) + ")", k)


def _colon_items(g: _Gazetteer, cell: _Cell, heads: tuple[str, ...], a: int, sep: str, out: list, left: list) -> int:
    """The items of a colon list from key position *a*: each looked up with every head before it, then alone."""
    k = cell.k
    stop = regex.compile(r"[.:]" if sep == ";" else r"[.:;]")    # "A; B, C" items hold commas
    end = stop.search(k, a)
    end = end.start() if end else len(k)
    clause = _LIST_ENDERS.search(k, a, end)       # "..., Quốc phòng theo chức năng, nhiệm vụ": the list ends
    end = clause.start() if clause else end
    for v in regex.finditer(r"\s(?:và|va)\s+", k[:end]):     # "..., Tài chính và Ủy ban nhân dân tỉnh": a new body
        if v.start() > a and (_HEADS.match(k[v.end():end]) or _GROUP_START.match(k[v.end():end])):
            end = v.start()      # (or a group: "..., Xây dựng và các cơ quan liên quan của Thành phố")
            break
    pieces = _pieces(k, a, end, regex.compile(regex.escape(sep)))
    items = [_no_gloss(k, x, y) for x, y in pieces]
    left.extend((cell.start(ib), cell.end(y)) for (_, ib), (_, y) in zip(items, pieces) if ib < y)   # the glosses
    i = 0
    while i < len(items):
        for j in range(len(items), i, -1):        # longest run of items that names one agency
            ia, ib = items[i][0], items[j - 1][1]
            kk = _squeeze_key(k[ia:ib])
            aid = next((g.alias[x] for x in (*(_squeeze_key(f"{h} {kk}") for h in heads), kk) if x in g.alias), None)
            if aid:
                out.append(_m(g, cell.text, cell.start(ia), cell.end(ib), aid, "pattern", 0.9))
                i = j
                break
        else:
            ia, ib = items[i]
            if (_HEADS.match(k[ia:ib]) or _TITLES.match(k[ia:ib])) and i > 0:       # a new name ends the list
                return ia
            if sep == ";" and "," in k[ia:ib]:      # "...; KHCN, TP, GD&ĐT, NV": a run listed with commas inside
                _colon_items(g, cell, heads, ia, ",", out, left)
                i += 1
                continue
            t = fold(cell.text[cell.start(ia):cell.end(ib)])
            kind = _ITEM_KINDS.get(heads[0]) if len(heads) == 1 and t[:1].isupper() else None  # "các Sở: Quy hoạch - Kiến trúc"
            out.append(_m(g, cell.text, cell.start(ia), cell.end(ib), None, "pattern" if kind else "unknown",
                          0.6 if kind else 0.0, kind=kind,
                          name=f"{heads[0][:1].upper()}{heads[0][1:]} {t}" if len(heads) == 1 else t))
            i += 1
    return _more_items(g, cell, heads, end, out, left) if sep == "," else end


def _more_items(g: _Gazetteer, cell: _Cell, heads: tuple[str, ...], end: int, out: list, left: list) -> int:
    """A colon list that goes on after a ";" with more bare names its head completes ("Các sở: Nông nghiệp và Môi
    trường, Y tế; Giáo dục và Đào tạo, Khoa học và Công nghệ"); a name with its own head ends it ("...; UBND các
    xã, phường")."""
    k = cell.k
    if end >= len(k) or k[end] != ";":
        return end
    nxt = len(k) - len(k[end + 1:].lstrip())
    first = _squeeze_key(regex.split(r"[,;.]", k[nxt:], maxsplit=1)[0].strip())
    if not first or _HEADS.match(first) or _GROUP_START.match(first) \
            or not any(_squeeze_key(f"{h} {first}") in g.alias for h in heads):
        return end
    return _colon_items(g, cell, heads, nxt, ",", out, left)


_ITEM_KINDS = {"sở": "provincial_body", "cục": "sub_unit", "vụ": "sub_unit", "tổng cục": "sub_unit"}
_LIST_ENDERS = regex.compile(r"\s(?:" + _word_alt(_WORDS["colon_list_enders"]) + r")(?![\p{L}\p{N}])")
_COMMUNE_COLON = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(h) for h in sorted(
    {_squeeze_key(w) for w in _WORDS["commune_list_heads"]}, key=len, reverse=True)) + r")\s*:\s*")


def _commune_items(g: _Gazetteer, cell: _Cell, m: regex.Match, out: list, left: list) -> tuple[int, int]:
    """"Ủy ban nhân dân các xã: Gia Thuận, Tân Điền": each named commune's People's Committee (commune_body).

    >>> [(x.mention, x.name) for x in parse_agencies("UBND các xã: Gia Thuận, Tân Điền").mentions]
    [('Gia Thuận', 'Ủy ban nhân dân xã Gia Thuận'), ('Tân Điền', 'Ủy ban nhân dân xã Tân Điền')]
    """
    k = cell.k
    level = "phường" if "phường" in m.group() or "phuong" in m.group() else "xã"
    left.append((cell.start(m.start()), cell.end(m.end())))
    end = regex.compile(r"[.:;]").search(k, m.end())
    end = end.start() if end else len(k)
    for a, b in _pieces(k, m.end(), end, regex.compile(",|\\s(?:và|va)\\s")):
        name = f"Ủy ban nhân dân {level} {fold(cell.text[cell.start(a):cell.end(b)])}"
        out.append(_m(g, cell.text, cell.start(a), cell.end(b), "cx.ubnd_xa", "pattern", 0.8, name=name, current=name))
    return m.start(), end


def _no_gloss(k: str, a: int, b: int) -> tuple[int, int]:
    """An item without the abbreviation glossed after it ("Nông nghiệp và Môi trường (NNMT)")."""
    g = regex.search(r"\s*\([^()]*\)?\s*$", k[a:b])
    return (a, a + g.start()) if g and g.start() > 0 else (a, b)


def _ambiguous_provinces(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list):
    """"Hòa Bình", "Thái Bình" (also ordinary words) are provinces inside a list of provinces; leftover text a
    mention now covers (a region number) is dropped."""
    left = [(a, b) for a, b in left if not any(m.start <= a and b <= m.end for m in ms)]
    if not any(m.kind == "province" or m.agency_id in ("coll.ubnd_cac_tinh", "coll.ubnd_cac_dia_phuong") for m in ms):
        return ms, left
    keep = []
    for a, b in left:
        aid = _AMBIGUOUS.get(key(cell.text[a:b]))
        if aid:
            ms.append(_m(g, cell.text, a, b, aid, "pattern", 0.8))
        else:
            keep.append((a, b))
    ms.sort(key=lambda m: m.start)
    return ms, keep


_TWIN_SCOPE = {"ministry": "central", "ministerial_agency": "central", "central_body": "central",
               "government_agency": "central"}


def _level_named(k: str, own: str) -> bool:
    """Does a mention name its level or a group ("tỉnh", "trung ương", "Việt Nam", "các ...") with words that are not
    its own name's ("các" is in "Liên hiệp các Hội Khoa học và Kỹ thuật")?

    >>> _level_named("liên hiệp các hội khoa học và kỹ thuật", "liên hiệp các hội khoa học và kỹ thuật việt nam")
    False
    >>> _level_named("hội nông dân việt nam", "hội nông dân việt nam"), _level_named("các hội", "hội nông dân")
    (True, True)
    """
    words = set(own.split()) - {"việt", "nam", "viet"}
    return any(not set(m.group().split()) <= words for m in _TWIN_STOPS.finditer(k) if m.group().strip(",/;"))


_PROVINCE_WORD = regex.compile(r"(?<![\p{L}])(?:tỉnh|thành phố|tp|huyện|quận|trung ương|tw)(?![\p{L}])")
_BARE_COMMITTEE = frozenset(("ubnd", "ủy ban nhân dân", "uỷ ban nhân dân"))


_SAME_LEVEL = regex.compile(r"\s+cùng cấp$")


def _commune_own(g: _Gazetteer, m: Mention, text: str, method: str) -> Mention:
    """A body named bare in a commune's document ("Thường trực HĐND", "UBND", "Đảng ủy", "VP Đảng uỷ") is the
    commune's own when "<name> xã" is a commune body of the gazetteer.

    >>> m = parse_agencies("Thường trực HĐND", issuer="ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH").mentions[0]
    >>> m.agency_id
    'cx.hdnd_xa'
    """
    k = _SAME_LEVEL.sub("", key(m.mention))         # "Ủy ban nhân dân cùng cấp": the commune's, here
    if m.kind == "commune_body" and m.agency_id or _PROVINCE_WORD.search(k) or _COMMUNE_END.search(k):
        return m
    own = _commune_alias(g, k)
    if own is None:
        return m
    return replace(_m(g, text, m.start, m.end, own, method, max(m.score, 0.8)), method=method)


def _commune_alias(g: _Gazetteer, k: str) -> str | None:
    """The commune body "<k> xã" names (a group of communes' twin taken: "UBND xã" is the commune's here)."""
    own = g.alias.get(_squeeze_key(f"{k} xã"))
    own = _TWINS.get("commune_body", {}).get(own or "", own)
    return own if own is not None and g.agencies[own].kind == "commune_body" else None


_OWN_HEAD = regex.compile(r"(?<![\p{L}\p{N}])(?P<h>Bộ|Sở)(?=\s*$|\s*[,;.)]|\s+(?!phận|đội|tư lệnh|chỉ huy|trưởng|máy)"
                          r"\p{Ll})")


def _issuer_by_head(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list, issuer: str) -> list[Mention]:
    """In a ministry's (or a department's) own document the bare head "Bộ" ("Sở") before words in small letters is
    that ministry (department): "lãnh đạo Bộ", "trình Sở phê duyệt".

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Lãnh đạo Bộ phê duyệt", issuer="BỘ TÀI CHÍNH").mentions]
    [('Bộ', 'bo.tai_chinh')]
    """
    iss = g.agencies[issuer]
    head = "Bộ" if iss.kind in ("ministry", "ministerial_agency") and iss.name.startswith("Bộ ") else \
        "Sở" if iss.kind == "provincial_body" and iss.name.startswith("Sở ") else None
    new = []
    for a, b in list(left) if head else ():
        for h in _OWN_HEAD.finditer(cell.text, a, b):
            if h["h"] == head:
                new.append(replace(_m(g, cell.text, h.start(), h.end(), issuer, "pattern", 0.8), method="pattern"))
    return sorted([*ms, *new], key=lambda m: m.start) if new else ms


def _commune_pieces(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Left-over pieces of a commune's document that name one of its bodies bare ("Thường trực HĐND", "MTTQ"):
    those bodies."""
    new = []
    for a, b in list(left):
        t = cell.text[a:b].strip(" ,;.")
        own = _commune_alias(g, key(t)) if t[:1].isupper() and len(t.split()) <= 6 else None
        if own is not None:
            left.remove((a, b))
            a += len(cell.text[a:b]) - len(cell.text[a:b].lstrip(" ,;."))
            new.append(replace(_m(g, cell.text, a, a + len(t), own, "pattern", 0.8), method="pattern"))
    return sorted([*ms, *new], key=lambda m: m.start) if new else ms


def _for_issuer(g: _Gazetteer, m: Mention, issuer: str, text: str) -> Mention:
    """A generic provincial body in a province's decision is that province's; a ministry's own unit is its."""
    iss = g.agencies[issuer]
    method = "fuzzy" if m.method == "fuzzy" else "pattern"  # a near miss stays one when its province is known
    twin = _TWINS.get(_TWIN_SCOPE.get(iss.kind, iss.kind), {}).get(m.agency_id or "")
    central = _TWIN_SCOPE.get(iss.kind) == "central"
    if twin and (central or not _level_named(key(m.mention), key(g.agencies[m.agency_id].name))) \
            and not (iss.kind == "commune_body" and _PROVINCE_WORD.search(key(m.mention))):
        # "Hội nông dân" in a province's list: the province's ("Ủy ban MTTQ tỉnh" stays the province's)
        m = _m(g, text, m.start, m.end, twin, method, m.score)
    if iss.kind == "commune_body":
        return _commune_own(g, m, text, method)
    if iss.kind == "province" and key(m.mention) in _BARE_COMMITTEE:    # "trình ... UBND phê duyệt": the issuer
        return replace(_m(g, text, m.start, m.end, issuer, "pattern", 0.8), method="pattern")
    if iss.kind == "province":
        own = g.alias.get(_squeeze_key(f"{m.mention} tỉnh")) if m.kind == "unknown" else None
        if own and g.agencies[own].takes_province:      # "Liên đoàn Lao động" in a province's plan: the province's
            return _with_province(g, g.agencies[own], iss, m, m.start, m.end, text, "pattern")
        if m.agency_id == "dp.ubnd_tinh":
            return replace(_m(g, text, m.start, m.end, issuer, method, m.score), method=method)
        body = g.agencies.get(m.agency_id) if m.agency_id else None
        if body is not None and body.takes_province and m.name == body.name:
            return _with_province(g, body, iss, m, m.start, m.end, text, method)
        return m
    if m.kind == "unknown" and iss.kind != "central_body" and _UNIT_HEADS.match(key(m.mention)):
        return replace(m, kind="sub_unit", method="pattern", score=0.7, parent=iss.name)
    return m


def _region_numbers(cell: _Cell, ms: list[Mention]) -> list[Mention]:
    """"Kho bạc Nhà nước khu vực" + "VI" (or an old name written so: "Chi cục Thuế khu vực XIII"): the region's
    number is part of the mention and the name."""
    out = []
    for m in ms:
        r = _REGION_NO.match(cell.text, m.end) if m.agency_id and (key(m.name).endswith("khu vực")
                                                                  or key(m.mention).endswith("khu vực")) else None
        if r:
            m = replace(m, mention=cell.text[m.start:r.end()], end=r.end(), name=m.name + r.group(),
                        current_name=m.current_name + r.group())
        out.append(m)
    return out


def specific_names(text: str, *, as_of: datetime.date | None = None) -> list[str]:
    """Canonical names of the specific agencies named in *text*, in order, without repeats."""
    return list(parse_agencies(text, as_of=as_of).names)


def is_separator_text(s: str) -> bool:
    """True when *s* holds only separators, whitespace, bullets, HTML tags or the word "và"."""
    s = _TAG.sub(" ", s).translate(_DASH_WS)
    s = regex.sub(r"(?<![\p{L}\p{N}])(?:và|va|and)(?![\p{L}\p{N}])", " ", s, flags=regex.I)   # "VA": "và" unmarked
    s = regex.sub(r"(?<![\p{L}\p{N}])(?:\(?\d{1,2}\)|[a-zđ]\)|\d{1,2}\.)", " ", s)
    return bool(regex.fullmatch("[" + _SEPC + "]*", s))
