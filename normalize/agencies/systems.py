"""A national system's name without its level ("Tòa án nhân dân", "Viện kiểm sát nhân dân", "cơ quan Thi hành án dân
sự"): the system's bodies, a group, or, named bare in a province's text, that province's own body.  The systems are
read from the gazetteer itself: a stem that names entries at two levels or more once its level word is cut off ("Tòa
án nhân dân tối cao", "Tòa án nhân dân tỉnh")."""
from __future__ import annotations

from collections import defaultdict

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.vietnamese import word_keys
from normalize.agencies.words import fold, _WORDS
from normalize.agencies.cell import _Cell, _carve, _in_left
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _m, _with_province
from normalize.agencies.patterns import _QUALIFIERS, _UNIT_HEADS

_LEVEL_END = regex.compile(r"\s+(?:tỉnh|thành phố|tối cao|[Tt]rung ương|huyện|xã|cấp tỉnh|cấp huyện|cấp xã|khu vực)$")

_LOCAL = frozenset(("province", "provincial_body", "district_body", "commune_body", "collective"))
_STEMS: dict[int, regex.Pattern | None] = {}
_TWINS: dict[int, dict[str, str]] = {}
_NAME_GOES_ON = regex.compile(r"[ \t]+\p{Lu}")


def _stems(g: _Gazetteer) -> list[str]:
    """The gazetteer's system stems, as keys: a name's words before its level word, shared by entries of two kinds or
    more, one of them national or a national system's branch (so not a local council or committee), of three words
    or more, and no name of its own (no alias); and the stem's first word as underthesea splits it when no other name
    starts with it ("toà án", "viện kiểm sát").

    >>> from normalize.agencies import gazetteer
    >>> _stems(gazetteer())
    ['thi hành án dân sự', 'toà án', 'toà án nhân dân', 'viện kiểm sát', 'viện kiểm sát nhân dân']
    """
    kinds = defaultdict(set)
    for a in g.agencies.values():
        m = _LEVEL_END.search(a.name)
        if m:
            kinds[key(a.name[:m.start()])].add(a.kind)
    for a in g.agencies.values():       # "Tổng cục Thi hành án dân sự" heads the system "Thi hành án dân sự tỉnh" ends
        k = key(a.name)
        for s in [s for s in kinds if k.endswith(" " + s)]:
            kinds[s].add(a.kind)
    stems = {s for s, ks in kinds.items() if len(ks) > 1 and ks - _LOCAL and len(s.split()) >= 3 and s not in g.alias}
    names = [key(a.name) for a in g.agencies.values()]
    for s in list(stems):
        head = _head_word(s)
        if head and head not in g.alias and all(n.startswith(s) for n in names if n.startswith(head + " ")):
            stems.add(head)
    return sorted(stems)


def _head_word(s: str) -> str | None:
    """The longest word of the word list (two syllables or more, fewer than *s* has) that opens stem *s* with a body's
    head noun ("toà án" of "toà án nhân dân", "viện kiểm sát" of "viện kiểm sát nhân dân"; not "thi hành" of "thi hành
    án dân sự"): a word, not a tagger's reading, so no model loads for it."""
    words = s.split()
    for n in range(len(words) - 1, 1, -1):
        head = " ".join(words[:n])
        if head in word_keys() and any(head == h or head.startswith(h + " ") for h in _HEAD_KEYS):
            return head
    return None


_HEAD_KEYS = frozenset(key(w) for w in _WORDS["head_nouns"])


def _pattern(g: _Gazetteer) -> regex.Pattern | None:
    if id(g) not in _STEMS:
        alt = "|".join(regex.escape(s).replace(r"\ ", r"\s+") for s in sorted(_stems(g), key=len, reverse=True))
        _STEMS[id(g)] = regex.compile(
            r"(?<![\p{L}\p{N}])(?P<office>(?:các\s+)?cơ\s+quan\s+|các\s+)?(?P<stem>(?>" + alt + r"))"
            r"(?P<level>\s+(?:các\s+cấp|cấp\s+(?:tỉnh|huyện|xã)))?(?![\p{L}\p{N}])"
            r"(?!\s+(?:tối\s+cao|tỉnh|thành\s+phố|huyện|quận|xã|khu\s+vực|quân\s+sự|trung\s+ương)(?![\p{L}\p{N}]))") if alt else None
    return _STEMS[id(g)]


def _unit_before(before: str) -> bool:
    """Do the last one or two words of *before* name a unit's head ("Chi cục", "Cục")? A system's name after it is
    the unit's name ("Chi cục Thi hành án dân sự")."""
    words = key(before).split()
    return any((h := _UNIT_HEADS.match(w)) and h.end() == len(w) for w in (" ".join(words[-2:]), " ".join(words[-1:])) if w)


def _system_led(g: _Gazetteer, cell: _Cell, m: Mention, left: list, pat: regex.Pattern, issuer: str | None
                ) -> Mention:
    """An unknown mention that opens with a system's name without its level ("cơ quan Thi hành án dân sự trong việc
    chuyển giao ...", "Tòa án nhân dân" read as a name) is that system's bodies: the words after the name are left
    over."""
    if m.kind != "unknown":
        return m
    h = pat.match(key(m.mention))
    if h is None or len(key(m.mention)) != len(m.mention) or not (h["office"] or m.mention[:1].isupper()):
        return m
    end = m.start + h.end()
    if end < m.end and (_NAME_GOES_ON.match(cell.text, end) or not cell.text[end:end + 1].isspace()):
        return m
    if end < m.end:
        left.append((end, m.end))
    return _system(g, cell, m.start, end, issuer)


def _system(g: _Gazetteer, cell: _Cell, a: int, b: int, issuer: str | None = None) -> Mention:
    """The group of a system's bodies named at [a, b); in a province's text, named bare (no "cơ quan", "các" nor level,
    and no level shared over the list after it: "Viện kiểm sát nhân dân, Tòa án nhân dân các cấp"; not after "của",
    which names the system in general: "bản án của Tòa án nhân dân"), the province's own body ("Phối hợp với Viện Kiểm
    sát nhân dân, Tòa án nhân dân" in a Lâm Đồng plan: sets 12 and 14).

    >>> [m.agency_id for m in parse_agencies("Phối hợp với Viện Kiểm sát nhân dân, Tòa án nhân dân", issuer="UBND TỈNH LÂM ĐỒNG").mentions]
    ['dp.vien_kiem_sat_tinh', 'dp.toa_an_tinh']
    >>> [m.agency_id for m in parse_agencies("Phối hợp với Viện kiểm sát nhân dân, Tòa án nhân dân các cấp", issuer="UBND TỈNH LÂM ĐỒNG").mentions]
    ['coll.other', 'coll.other']
    """
    twin = _province_twin(g, key(cell.text[a:b])) if issuer in g.agencies and g.agencies[issuer].kind == "province" \
        and not _LEVEL_AFTER.match(cell.text, b) and not _OF_BEFORE.search(cell.text, max(0, a - 8), a) else None
    if twin is not None:
        m = _m(g, cell.text, a, b, twin, "pattern", 0.8)
        return _with_province(g, g.agencies[twin], g.agencies[issuer], m, a, b, cell.text, "pattern")
    return _m(g, cell.text, a, b, "coll.other", "pattern", 0.7, name=fold(cell.text[a:b]))


# a level after the name, or shared over the list it ends ("..., Tòa án nhân dân các cấp", "... cấp huyện")
_LEVEL_AFTER = regex.compile(r"[^;.\n]*?(?<![\p{L}\p{N}])(?:các\s+cấp|cấp\s+(?:tỉnh|huyện|xã))(?![\p{L}\p{N}])")
_OF_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])của[ \t]+$")


def _province_twin(g: _Gazetteer, k: str) -> str | None:
    """The province-level entry of the system whose bare name is key *k* ("toà án nhân dân" -> the Tòa án nhân dân
    tỉnh), if any."""
    if id(g) not in _TWINS:
        _TWINS[id(g)] = {key(a.name[:-len(" tỉnh")]): a.id for a in g.agencies.values()
                         if a.kind in ("provincial_branch", "provincial_body") and a.takes_province
                         and a.name.endswith(" tỉnh")}
    return _TWINS[id(g)].get(k)


def _bare_systems(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list, issuer: str | None = None
                  ) -> list[Mention]:
    """Left-over words that name a system without its level, capitalised or after "cơ quan" ("bản án của Tòa án nhân
    dân", "phối hợp với cơ quan Thi hành án dân sự": Chỉ thị 07/CT-UBND 2018 of Quảng Ngãi, set 38), are that
    system's bodies: one group each.  A longer name ("Tòa án nhân dân Thành phố ...") is no system.

    >>> [(m.mention, m.kind) for m in parse_agencies("các bản án của Tòa án nhân dân về vụ án hành chính").mentions]
    [('Tòa án nhân dân', 'collective')]
    >>> parse_agencies("công tác thanh tra, tòa án").mentions
    ()
    >>> [m.mention for m in parse_agencies("các Chi cục Thi hành án dân sự trực thuộc").mentions]
    []
    """
    pat = _pattern(g)
    ms = [_system_led(g, cell, m, left, pat, issuer) for m in ms] if pat is not None else ms
    new = []
    for h in pat.finditer(cell.k) if pat is not None and left else ():
        a, b = cell.start(h.start()), cell.end(h.end())
        if _in_left(left, a, b) and (h["office"] or cell.text[cell.start(h.start("stem"))].isupper()) \
                and not _NAME_GOES_ON.match(cell.text, b) and not _unit_before(cell.text[max(0, a - 20):a]):
            q = _QUALIFIERS.match(cell.text, b)      # "Viện kiểm sát nhân dân có thẩm quyền"
            b = q.end() if q and _in_left(left, a, q.end()) else b
            _carve(cell, left, a, b)
            new.append(_system(g, cell, a, b, issuer))
    return sorted([*ms, *new], key=lambda m: m.start) if new else ms
