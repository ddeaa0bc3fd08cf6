"""What one piece of text between known names is, piece by piece: a known or near-known name, a unit code, a
group by role or partner, a plural run, a name standing alone, a level."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex
from rapidfuzz import fuzz, process

from normalize.text import ascii_key, key
from normalize.predicate import _tagged
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.gazetteer import _comma_free, _Gazetteer, gazetteer
from normalize.agencies.collectives import _ubnd_level
from normalize.agencies.mentions import _m
from normalize.agencies.patterns import (_ACRONYM, _BARE, _CLOSING, _HEAD_WORDS, _HEADS, _KIND_BY_HEAD, _KIND_HEADS,
                                         _level, _OF_END, _PLURAL, _REST_STOPS, _TITLES, _VERB_IN)


FUZZY_THRESHOLD = 92.0


def _known_piece(g: _Gazetteer, cell: _Cell, a: int, b: int) -> Mention | None:
    """Key span [a, b) as a known body: a name without its head, a name typed without (or with wrong)
    diacritics, a unit's code, or a near-miss of a name with a head noun; None otherwise."""
    k, text = cell.k[a:b], cell.text
    sa, sb = cell.start(a), cell.end(b)
    ak = ascii_key(k) if not k.isascii() else k
    aid = g.headless.get(k) or g.aheadless.get(ak)
    if aid:
        return _m(g, text, sa, sb, aid, "repaired", 0.9)
    aid = g.aalias.get(ak) if text[sa:sb].isascii() or not text[sa].islower() else None   # marks printed on words
    if aid:                                                 # in small letters: a word, no name ("diễn biến": Điện Biên)
        if text[sa:sb].isascii():     # typed without diacritics
            return _m(g, text, sa, sb, aid, "alias", 0.95)
        score = fuzz.ratio(k, g.asource.get(ak, k)) / 100     # some diacritics missing or wrong
        return _m(g, text, sa, sb, aid, "fuzzy", round(max(score, 0.5), 3))
    code = _unit_code(g, text, sa, sb)
    if code:
        return code
    if len(k) >= 8 and _HEADS.match(k):
        best = _nearest_name(g, k)
        if best is not None and not best[0].startswith(k + " ") and not k.startswith(best[0] + " "):
            return _m(g, text, sa, sb, g.fuzzy_ids[best[2]], "fuzzy", round(best[1] / 100, 3))
    return None


@lru_cache(maxsize=4)
def _keys_by_length(g_id: int, n_keys: int) -> dict[int, tuple[list[str], list[int]]]:
    """The gazetteer's fuzzy keys by length, each with its index in ``fuzzy_keys`` (*g_id* and *n_keys* key the cache:
    a user's vocabulary makes another gazetteer)."""
    out: dict[int, tuple[list[str], list[int]]] = {}
    for i, fk in enumerate(gazetteer().fuzzy_keys):
        keys, ids = out.setdefault(len(fk), ([], []))
        keys.append(fk)
        ids.append(i)
    return out


def _nearest_name(g: _Gazetteer, k: str) -> tuple[str, float, int] | None:
    """``process.extractOne(k, g.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)``, asked only of the
    keys long enough and short enough to reach the threshold (fuzz.ratio is at most 200·min(m, n) / (m + n)): the
    same (key, score, index), the first of equal scores, for a tenth of the comparisons.

    >>> from normalize.agencies.gazetteer import gazetteer
    >>> g = gazetteer()
    >>> k = "bộ khoa hoc và công nghệ"
    >>> _nearest_name(g, k) == process.extractOne(k, g.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
    True
    """
    n, best = len(k), None
    by_length = _keys_by_length(id(g), len(g.fuzzy_keys))
    reach = FUZZY_THRESHOLD / (200 - FUZZY_THRESHOLD)      # m / n at the least, for m <= n
    for m in range(int(n * reach) - 1, int(n / reach) + 2):
        if m not in by_length:
            continue
        keys, ids = by_length[m]
        r = process.extractOne(k, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if r is not None and (best is None or r[1] > best[1] or r[1] == best[1] and ids[r[2]] < best[2]):
            best = (r[0], r[1], ids[r[2]])
    return best


_GROUP_NOUN_BEFORE = regex.compile(r"(?:cơ quan|đơn vị|tổ chức)\s*,\s*$", regex.I)   # "Cơ quan, đơn vị ..."
_ITEM_END = regex.compile(r"\s*(?:[;.]|\n|$)")
_GROUP_NOUNS = frozenset(key(w) for w in ("cơ quan", "đơn vị", "tổ chức", "cá nhân", "doanh nghiệp", "địa phương"))


def _role_group(cell: _Cell, k: str, sa: int, sb: int, vocab) -> int:
    """A list item that is a group noun after another ("Cơ quan, đơn vị ...") and the role its members play, all in
    small letters ("Cơ quan, đơn vị tiếp nhận công chức;", "các tổ chức, cá nhân có liên quan"): one group, up to
    the list's end (";", ".", the line's end) or to the predicate that follows it in prose ("cơ quan, tổ chức, đơn vị
    giới thiệu người ứng cử có trách nhiệm phối hợp ..."), or past a closing qualifier ("cơ quan, tổ chức, đơn vị có
    liên quan áp dụng các biện pháp ...": Nghị định 155/2026/NĐ-CP, set 36).  Returns the key length of the group, 0 if
    none."""
    lead = " ".join(k.split()[:2])
    v = _VERB_IN.search(" " + k, len(lead) + 2)    # "đơn vị phối hợp tổ chức thi;": the role itself is a verb
    n = v.start() if v else len(k)
    closed = _CLOSING.search(k, len(lead) + 1, n)
    if closed and closed.end() < n:     # "đơn vị có liên quan áp dụng ...": a closing qualifier ends the group
        v, n = closed, closed.end()
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
    what they are ("các chủ đầu tư dự án", "các hãng hàng không"); so does a group noun with no "các" ("Sở Xây dựng,
    đơn vị tư vấn để tổ chức khảo sát"): the key length of that group, 0 if none."""
    opener = k.split(" ")[0] if k.split(" ")[0] in _PLURAL else " ".join(k.split(" ")[:2])
    if opener not in _PLURAL and opener not in _GROUP_NOUNS or not cell.text[sa].islower() \
            or not _PARTNER_CUE.search(cell.text[max(0, sa - 12):sa]) or _TITLES.match(k, len(opener) + 1) \
            or _things(k, opener):
        return 0        # ("các chuyên viên ...": persons, not a body)
    stop = _REST_STOPS.search(k, len(opener) + 1)
    n = len(k[:stop.start()].rstrip()) if stop else len(k)
    closed = _CLOSING.search(k, 0, n)       # "các đơn vị tư vấn có liên quan": a qualifier closes it
    n = closed.end() if closed else n
    if opener not in _PLURAL:       # a bare group noun: one item, never "của" a body
        n = min(n, k.find(",") % (len(k) + 1))
        if _OF_END.search(k[:n]) or len(k[:n].split()) < 3 or _DEICTIC.search(k[:n]) \
                or k[:n].split()[2] in _PLURAL:
            return 0        # "tổ chức thực hiện", "tổ chức các chương trình": a verb; "đơn vị mình": the body itself
    words = k[:n].split()
    return n if 2 <= len(words) <= 6 + bool(closed) * 2 and cell.text[sa + len(words[0]) + 1:sa + n].islower() else 0


_ITEM_START = regex.compile(r"(?:^|[;:\n•+\-–])\s*$")       # the start of a cell's list item
_ITEM_STOP = regex.compile(r"\s*(?:;|\.{0,3}\s*(?:\n|$)|,\s*(?:các|những)\s)")   # its end, or another group of "các"


def _item_group(cell: _Cell, k: str, sa: int, sb: int) -> int:
    """A whole list item of an agency cell that is "các" and words in small letters names actors by what they are,
    wherever it stands ("Các cơ sở lưu trú, các homestay", "Các cơ sở kinh doanh dịch vụ du lịch", "Các đối tác
    truyền thông": Kế hoạch 275/KH-UBND 2025 and 188/KH-UBND 2026 of Huế): the key length of the group, 0 if none.
    A sentence is no item: it runs on past the words, or holds a word that stops a group's name ("để", "theo").

    >>> [(m.mention, m.kind) for m in parse_agencies("Sở Du lịch; Các điểm du lịch dịch vụ").mentions]
    [('Sở Du lịch', 'provincial_body'), ('Các điểm du lịch dịch vụ', 'collective')]
    >>> parse_agencies("Các dự án phải hoàn thành đúng tiến độ để đưa vào sử dụng").mentions
    ()
    """
    words = k.split()
    if not words or words[0] not in _PLURAL or not 2 <= len(words) <= 10 or _REST_STOPS.search(k) \
            or _TITLES.match(k, len(words[0]) + 1) or _things(k, words[0]) or not _ITEM_START.search(cell.text[:sa]) \
            or not _ITEM_STOP.match(cell.text, sb) or not cell.text[sa + len(words[0]) + 1:sb].islower():
        return 0
    return len(k)


_THINGS = regex.compile(r"(?:" + _word_alt([*_WORDS["thing_nouns"], *_WORDS["reference_targets"]]) + r")(?![\p{L}\p{N}])")


def _things(k: str, opener: str) -> bool:
    """The group's noun after its opener names things, not actors ("các văn bản lãnh đạo", "các dự án")."""
    return _THINGS.match(k, len(opener) + 1) is not None


_DEICTIC = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(["mình", "đó", "này"]) + r")$")


def _group_by_role(g: _Gazetteer, cell: _Cell, span: tuple[int, int], out: list, left: list, n: int,
                   score: float) -> bool:
    """The first *n* key characters of *span* as one group (the rest left over); False when *n* is 0."""
    if not n:
        return False
    a, b = span
    sa, gb = cell.start(a), cell.end(a + n)
    known = _known_group(g, cell.k[a:a + n])
    out.append(_m(g, cell.text, sa, gb, known, "pattern", score) if known else
               _m(g, cell.text, sa, gb, "coll.other", "pattern", score, name=fold(cell.text[sa:gb])))
    if gb < cell.end(b):
        left.append((cell.start(a + n + 1), cell.end(b)))
    return True


def _known_group(g: _Gazetteer, k: str) -> str | None:
    """The known group a group's key names once its closing qualifier is off ("Ủy ban nhân dân các phường có liên
    quan" is the communes' People's Committees: set 31), None if none.

    >>> [m.agency_id for m in parse_agencies("Chủ tịch Ủy ban nhân dân các phường có liên quan khẩn trương").mentions]
    ['coll.ubnd_cap_xa']
    """
    c = _CLOSING_END.search(k)
    base = k[:c.start()].strip() if c else ""
    aid = (g.alias.get(base) or g.groups.get(_comma_free(base)) or _ubnd_level(base)) if base else None
    return aid if aid and aid.startswith("coll.") and aid != "coll.other" else None


_CLOSING_END = regex.compile(_CLOSING.pattern + r"\s*$")


def _plural_run(k: str, vocab) -> int:
    """After "các"/"những", where the group's own words end ("các tổ chức thành viên thực hiện": "tổ chức" there
    is the group's noun, not the verb); 0 when *k* opens with no plural word."""
    ws = k.split(" ")
    if not ws or ws[0] not in _PLURAL:
        return 0
    n = next((i for i in range(1, len(ws)) if ws[i] not in vocab), len(ws))
    return len(" ".join(ws[:n]))


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
    return listed and (bool(_ACRONYM.fullmatch(t)) and k not in _ABBR_KEYS and not _field_of_noun(cell.text, sa)
                       or k in _BARE_UNITS and t[:1].isupper())


_ACRONYM_COMMA = regex.compile(r"\p{Lu}+[ \t]*,")


def _field_of_noun(text: str, sa: int) -> bool:
    """Is the abbreviation at *sa* the field of the noun in small letters right before it, no body ("các doanh nghiệp
    CNTT, viễn thông", "nhân lực CNTT, viễn thông": Chỉ thị 11/CT-UBND of Hà Nội, 2025, set 62)?

    >>> [m.mention for m in parse_agencies("phối hợp với các doanh nghiệp CNTT, viễn thông tổ chức").mentions]
    ['các doanh nghiệp CNTT, viễn thông']
    """
    before = text[max(0, sa - 40):sa]
    last = before.rstrip()[-1:]
    if not _ACRONYM_COMMA.match(text, sa) or not before[-1:].isspace() or not (last.isalpha() and last.islower()):
        return False
    tags = _tagged(before.rstrip())
    return bool(tags) and tags[-1][1] == "N"


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


_ABBR_KEYS = frozenset(key(a) for a in (_WORDS.get("abbreviations") or {}))
_BARE_UNITS = frozenset(key(w) for w in _WORDS["bare_units"])
