"""Units of a body: units written before or after it ("của", brackets, a ministry's departments), bare head
nouns of the issuer's units, and the bodies of a Party committee."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.text import key
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _word_alt, _WORDS
from normalize.agencies.cell import _Cell, _carve, _left_before
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _m, _relink, _run_to
from normalize.agencies.patterns import _ACRONYM, _HEAD_WORDS, _HEADS, _LEAD_VERBS, _LINK_WORDS, _UNIT_HEADS


_COMMA_UNIT_HEADS = regex.compile(r"^(?:" + _word_alt(_WORDS["comma_unit_heads"]) + r")(?![\p{L}\p{N}])")

_PARTY = {key(k): v for k, v in _WORDS["party_committees"].items()}

_UNIT_WORDS = frozenset(key(w) for w in _WORDS["ministry_unit_heads"])


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


_DASH_ONLY = regex.compile(r"\s*[-–]\s*")
_ENDS_OPEN = regex.compile(r"\s(?:do|của|thuộc|với|và|cho|tại)$")    # "Công ty ... do" + "Bộ Công Thương": its owner
_OF_SPACE = regex.compile(r"\s+(?:của|thuộc|trực thuộc)?\s*")
_OF_MINISTRY = regex.compile(r"\s*(?:[-–(,/]|(?:trực thuộc|thuộc|của)(?![\p{L}]))\s*|\s+")


_DASH_BETWEEN = regex.compile(r"\s*[-–]\s*")


def _units_of(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"Vụ Pháp chế - Bộ Tư pháp", "Cục X thuộc Bộ Y", "Vụ Pháp chế, Bộ Tư pháp": a unit named with its ministry is
    one mention (after a dash the unit's own words, the ministry only its parent; in brackets, "Vụ Z (Bộ Y)", two
    mentions, the unit's and its parent's), a sub-unit whose
    parent is that ministry (after a comma only a unit that exists
    only in a ministry, a Vụ or Cục: "Ban Chỉ đạo X, Bộ Công an" is a list); so is a Phòng named with its
    provincial department or branch ("Phòng Cảnh sát QLHC về TTXH, Công an tỉnh").

    >>> m = parse_agencies("Vụ Kế hoạch - Tài chính, Bộ Nội vụ").mentions[0]
    >>> m.mention, m.kind, m.parent
    ('Vụ Kế hoạch - Tài chính, Bộ Nội vụ', 'sub_unit', 'Bộ Nội vụ')
    """
    out: list[Mention] = []
    for i, m in enumerate(ms):
        prev = out[-1] if out else None
        if prev is not None and "," in cell.text[prev.end:m.start] and _ministries_listed(cell, ms, i):
            out.append(m)       # "Hội đồng quản lý, Bộ Tài chính, Bộ Nội vụ, Bộ Y tế": a list, no unit's parent
            continue
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
        if _DASH_BETWEEN.fullmatch(between):   # "Ban QLDA ... - Học viện Chính trị quốc gia Hồ Chí Minh"
            parents += ("government_agency", "central_body")
        unplaced = prev is not None and (prev.kind == "unknown" or prev.kind == "sub_unit" and prev.parent is None
                                         or prev.agency_id is None and prev.method == "pattern" and prev.kind != "collective")
        if (prev is not None and prev.kind == "commune_body" and prev.agency_id != "cx.ubnd_xa"
                and m.agency_id == "cx.ubnd_xa" and regex.fullmatch(r"\s*,\s*", between)):
            # "Văn phòng HĐND và UBND, UBND phường Xuân Hương - Đà Lạt": that commune's office
            out[-1] = replace(prev, mention=cell.text[prev.start:m.end], end=m.end, parent=m.name,
                              method="pattern", score=0.7)
        elif prev is not None and unplaced and m.method == "repaired" and regex.fullmatch(r"\s*,\s*", between) \
                and (m.mention[:1].islower() or _COMMA_UNIT_HEADS.match(key(prev.mention))):
            # "Vụ Khoa học, giáo dục, tài nguyên và môi trường": a ministry's words in small letters after a comma
            # are the unit's own name, not its parent (set 22); so are its field's words without "Bộ" after a Vụ
            # or Cục ("Vụ Kế hoạch, Tài chính" of the Bộ Văn hóa: its parent is printed with "Bộ", set 19)
            t, host = cell.text[prev.start:m.end], out[-2] if len(out) > 1 else None
            held = host is not None and host.agency_id is not None \
                and regex.fullmatch(r"\s*\(\s*", cell.text[host.end:prev.start])     # "Bộ X (Vụ ...)": X's unit
            out[-1] = replace(prev, mention=t, end=m.end, name=fold(t), current_name=fold(t), kind="sub_unit",
                              parent=host.name if held else prev.parent)
        elif (prev is not None and m.kind in parents and _OF_MINISTRY.fullmatch(between)
                and (known or unplaced and (addressed or heads.match(key(prev.mention))
                                            or of and prev.kind == "unknown" and not _ENDS_OPEN.search(prev.mention)))):
            # (an unknown body then its ministry with no comma: "Cơ quan quản lý thi hành án hình sự Bộ Công an")
            if "(" in between:      # "Cục KSTTHC (VPCP)": the unit, its parent named again in brackets (every
                out[-1] = prev if known else replace(prev, kind="sub_unit", method="pattern", score=0.7, parent=m.name)
                out.append(m)       # labelled set, 8 of 8, names both: sets 13, 20, 26, 48, 49)
                continue
            if known and prev.agency_id is not None and _DASH_ONLY.fullmatch(between):
                out.append(m)       # "Cục Kiểm tra văn bản - Bộ Tư pháp": a unit the gazetteer knows, its ministry
                continue            # printed after it a mention of its own (sets 26-51 name both, 16 times)
            end = m.end
            if _DASH_ONLY.fullmatch(between):   # "X - Bộ Y": the unit's mention, Y its parent (its words left over)
                left.append((prev.end, end))
                end = prev.end
            out[-1] = replace(prev, mention=cell.text[prev.start:end], end=end, parent=m.name) if known else replace(
                prev, mention=cell.text[prev.start:end], end=end, kind="sub_unit", method="pattern", score=0.7,
                parent=m.name)
        elif prev is not None and (branch := _own_branch_of(g, prev, m, between)):
            host, end = branch
            if end < m.end:
                left.append((end, m.end))     # "... Công an nhân dân lập dự toán": the force's name, then its verb
            t = cell.text[prev.start:end]
            out[-1] = replace(prev, mention=t, end=end, name=fold(t), current_name=fold(t), kind="sub_unit",
                              agency_id=None, method="pattern", score=0.7, parent=host)
        else:
            out.append(m)
    return out


_MINISTRIES = ("ministry", "ministerial_agency")


def _ministries_listed(cell: _Cell, ms: list[Mention], i: int) -> bool:
    """Is mention *i* a ministry that another ministry follows in the same list (", " or "và" between)?"""
    return ms[i].kind in _MINISTRIES and i + 1 < len(ms) and ms[i + 1].kind in _MINISTRIES \
        and bool(regex.fullmatch(r"\s*(?:,|và|;)\s*", cell.text[ms[i].end:ms[i + 1].start]))


_FORCES = {key(k): v for k, v in _WORDS["forces"].items()}
_FORCE_AFTER = regex.compile(r"[ \t]+(" + "|".join(regex.escape(f) for f in sorted(
    (k for k in _WORDS["forces"]), key=len, reverse=True)) + r")(?![\p{L}\p{N}])", regex.I)


def _force_branches(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A national body's branch named by a force no rule read as a mention ("Bảo hiểm xã hội Quân đội": Nghị định
    188/2025/NĐ-CP and 233/2025/NĐ-CP, sets 35-36, eleven such read as the Bảo hiểm xã hội Việt Nam): the force's
    ministry's unit, as :func:`_own_branch_of` reads one the force's words made a mention of.

    >>> [(m.mention, m.kind, m.parent) for m in parse_agencies("phối hợp với Bảo hiểm xã hội Quân đội lập dự toán").mentions]
    [('Bảo hiểm xã hội Quân đội', 'sub_unit', 'Bộ Quốc phòng')]
    """
    out = []
    for i, m in enumerate(ms):
        f = _FORCE_AFTER.match(cell.text, m.end) if m.kind == "government_agency" and m.parent else None
        nxt = ms[i + 1].start if i + 1 < len(ms) else len(cell.text)
        host = g.agencies[_FORCES[key(f.group(1))]].name if f and f.end() <= nxt else None
        if host and host != m.parent:
            t = cell.text[m.start:f.end()]
            _carve(cell, left, m.end, f.end())
            m = replace(m, mention=t, end=f.end(), name=fold(t), current_name=fold(t), kind="sub_unit",
                        agency_id=None, method="pattern", score=0.7, parent=host)
        out.append(m)
    return out


def _own_branch_of(g: _Gazetteer, prev: Mention, m: Mention, between: str) -> tuple[str, int] | None:
    """The ministry whose own branch of a national body *prev* is, and where the branch's name ends, when *m* right
    after it, with no word between, is another ministry than its own ("Bảo hiểm xã hội Bộ Quốc phòng") or a ministry's
    force ("Bảo hiểm xã hội Công an nhân dân": Thông tư 81/2025/TT-BCA, set 34; agency_words.yaml's forces), the
    force's name ending the branch's when a verb runs on after it; None otherwise.

    >>> [(m.mention, m.kind, m.parent) for m in parse_agencies("Giám đốc Bảo hiểm xã hội Công an nhân dân").mentions]
    [('Bảo hiểm xã hội Công an nhân dân', 'sub_unit', 'Bộ Công an')]
    """
    if prev.kind != "government_agency" or prev.parent is None or not regex.fullmatch(r"[ \t]+", between):
        return None
    k = key(m.mention)
    force = next((f for f in _FORCES if k == f or k.startswith(f + " ")), None) if m.kind == "unknown" else None
    ministry = g.agencies[_FORCES[force]].name if force else m.name if m.kind == "ministry" else None
    end = m.start + len(force) if force else m.end
    return (ministry, end) if ministry and ministry != prev.parent else None


# words that open a clause or join two bodies: no unit's description holds them ("Ban soạn thảo do UBTVQH thành lập")
_CLAUSE_WORDS = _LINK_WORDS | {"và", "do", "bởi", "cùng", "là", "làm"}
_UNIT_OF = regex.compile(r"(?:(?<=^|[\s;:(\-+•])(?P<pl>các|những)\s+)?(?<![\p{L}\p{N}])(?P<u>(?:" + _word_alt(_WORDS["unit_of_heads"])
                         + r")(?:\s+(?!của\s)\p{Ll}[\p{L}\p{M}]*){1,8})(?P<of>\s+của)?\s+$", regex.I)


def _unit_of_body(g: _Gazetteer, cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A unit described in small letters "của" a body ("Bộ phận tiếp nhận và trả kết quả của Sở Nội vụ", "Phòng
    tiếp công dân của UBND xã"): one mention, a unit whose parent is that body; after "các", a group of them
    ("các Ban chuyên môn của Cơ quan Ủy ban MTTQ tỉnh").

    >>> m = parse_agencies("Bộ phận tiếp nhận và trả kết quả của Sở Nội vụ tỉnh Cao Bằng").mentions[0]
    >>> m.mention, m.kind, m.parent
    ('Bộ phận tiếp nhận và trả kết quả của Sở Nội vụ tỉnh Cao Bằng', 'sub_unit', 'Sở Nội vụ tỉnh Cao Bằng')

    With no "của", the unit is capitalised and the body known ("Bộ phận tiếp nhận và trả kết quả Sở Y tế tại ...":
    Quyết định 2022/QĐ-UBND 2025 of Cao Bằng, set 51; the unit had been lost).

    >>> [(m.mention, m.kind) for m in parse_agencies("Bộ phận tiếp nhận và trả kết quả Sở Y tế tại TTPVHCC").mentions][0]
    ('Bộ phận tiếp nhận và trả kết quả Sở Y tế', 'sub_unit')
    """
    out: list[Mention] = []
    for m in ms:
        floor = out[-1].end if out else 0
        u = _UNIT_OF.search(cell.text, floor, m.start) if m.kind != "collective" else None
        if u is not None and not u.group("of") and not _unit_before(u.group("u"), m):
            u = None
        if u is not None and u.end() == m.start and not _LEAD_VERBS.search(key(u.group("u"))) \
                and (u.group("pl") or not key(u.group("u")).startswith("tổ chức")):   # "cơ cấu tổ chức của Bộ": no unit
            m = _as_unit_of(cell, m, u.start("pl") if u.group("pl") else u.start("u"), bool(u.group("pl")), left)
        out.append(m)
    return out


def _unit_before(unit: str, m: Mention) -> bool:
    """Can *unit*, written right before *m* with no "của", be its unit: capitalised, *m* a known body, and no word of a
    clause in it ("Bộ phận tiếp nhận và trả kết quả Sở Y tế"; not "Ban Chỉ đạo được Thủ tướng Chính phủ", "Ban bầu cơ
    và Tổ bầu cử")?"""
    words = key(unit).split()
    return unit[:1].isupper() and m.agency_id is not None and not (_CLAUSE_WORDS - {"và"}) & set(words[:-1]) \
        and words[-1] not in _CLAUSE_WORDS


def _as_unit_of(cell: _Cell, m: Mention, a: int, plural: bool, left: list) -> Mention:
    """Body mention *m* widened to start at text offset *a*: a unit of that body, or after "các" a group of such units;
    the words between are no longer left over."""
    unit = cell.text[a:m.end]
    left[:] = [(x, y) for x, y in left if not (a <= x and y <= m.start)]
    return replace(m, mention=unit, start=a, agency_id="coll.other" if plural else None,
                   kind="collective" if plural else "sub_unit", name=fold(unit), current_name=fold(unit),
                   method="pattern", score=0.7, parent=None if plural else m.name)


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


_BODY_KINDS = frozenset(("ministry", "ministerial_agency", "government_agency", "provincial_body", "provincial_branch",
                         "commune_body", "district_body", "central_body"))
_OWN_HEADS = regex.compile(r"^(?:" + _word_alt(_WORDS["unit_of_heads"] + ["chi cục"]) + r")(?![\p{L}\p{N}])")
_NAME_GAP = regex.compile(r"[ \t]+(?:(?:và|,)[ \t]*[\p{L}\p{M}]+(?:[ \t,]+[\p{L}\p{M}]+){0,5}[ \t]+)?")


def _unit_before_body(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A unit's name written right before a body's, with no "của" ("Phòng Quản lý đô thị Sở Xây dựng", "Phòng Tổ chức
    bộ máy và Công chức, viên chức Sở Nội vụ"): one mention, a unit whose parent is that body. Its own name may hold
    "và" and a comma, in words that name no body.

    >>> m = parse_agencies("Phòng Tổ chức bộ máy và Công chức, viên chức Sở Nội vụ").mentions[0]
    >>> m.mention, m.kind, m.parent
    ('Phòng Tổ chức bộ máy và Công chức, viên chức Sở Nội vụ', 'sub_unit', 'Sở Nội vụ')
    """
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        gap = _NAME_GAP.fullmatch(cell.text, prev.end, m.start) if prev is not None else None
        if gap is None or m.kind not in _BODY_KINDS or prev.kind not in ("sub_unit", "unknown", "district_body") \
                or not _OWN_HEADS.match(key(prev.mention)) \
                or any(w in _HEAD_WORDS for w in key(cell.text[prev.end:m.start]).split()):
            out.append(m)
            continue
        out[-1] = _as_unit_of(cell, m, prev.start, False, left)
    return out


def _parent_in_cell(g: _Gazetteer, text: str, ms: list[Mention], issuer: str | None) -> list[Mention]:
    """A ministry's unit named with no parent takes the one ministry the cell names before it ("phối hợp chặt chẽ với
    Bộ Y tế, Ban Quản lý dự án": Thông báo 537/TB-VPCP 2025, set 37, and set 9 - the Ban is the ministry's), an
    inference: its score stays a pattern's.  The cell's ministry outranks the issuer's, which a unit with no parent
    was given (a Thông báo of the Văn phòng Chính phủ reports on the Bộ Y tế's Ban).  Two ministries before it, or
    none, leave it as it was; so does a ministerial agency ("gửi Thanh tra Chính phủ và sao gửi Vụ Tài chính": an
    addressee, set 29).

    >>> m = parse_agencies("phối hợp với Bộ Y tế, Ban Quản lý dự án", issuer="VĂN PHÒNG CHÍNH PHỦ").mentions[1]
    >>> m.mention, m.parent
    ('Ban Quản lý dự án', 'Bộ Y tế')
    """
    mine = g.agencies[issuer].name if issuer in g.agencies else None
    out = []
    for m in ms:
        unlinked = m.agency_id is None and (m.kind == "unknown" or m.kind == "sub_unit" and m.parent in (None, mine))
        owner = _item_owner(text, out, m) if unlinked or _initials_only(g, m) else None
        if owner is not None and not unlinked:
            # a national body's initials in a provincial office's own list ("- VP UBND tỉnh: LĐVP, KT, TTTT,
            # TTPVHCC;": a Cao Bằng decision of 11/2025, set 48, read "TTTT" as the Bộ Thông tin và Truyền thông), or
            # a name no entry gives at a province's level ("Trung tâm TT"): the office's unit
            m = replace(m, agency_id=None, name=m.mention, current_name=m.mention, kind="sub_unit", parent=owner.name,
                        method="pattern", score=0.6) if owner.kind == "provincial_body" else m
            out.append(m)
            continue
        unit = _owners_unit(g, owner, m) if owner is not None else None
        if unit is not None:            # "- VPCP: ..., Cổng TTĐT": the owner's own unit the gazetteer knows
            m = _relink(g, m, unit, "pattern", 0.7)
        elif m.kind == "unknown" and _ACRONYM.fullmatch(m.mention) and owner is not None:
            m = replace(m, kind="sub_unit", parent=owner.name, method="pattern", score=0.6)   # "VPUB: KGVX, KTTH"
        elif unlinked and m.kind == "sub_unit":
            before = {p.name for p in out if p.kind == "ministry" and p.agency_id}
            if owner is not None:
                m = replace(m, parent=owner.name, score=min(m.score, 0.6))
            elif len(before) == 1:
                m = replace(m, parent=next(iter(before)), score=min(m.score, 0.6))
        out.append(m)
    return out


def _initials_only(g: _Gazetteer, m: Mention) -> bool:
    """Is *m* a national body named by its initials alone ("TTTT"), or a provincial-level name no entry gives?"""
    national = m.agency_id is not None and g.agencies[m.agency_id].kind in ("ministry", "ministerial_agency") \
        and _ACRONYM.fullmatch(m.mention) is not None
    return national or m.agency_id is None and m.kind == "provincial_body"


def _owners_unit(g: _Gazetteer, owner: Mention, m: Mention) -> str | None:
    """The one body of the gazetteer whose parent is *owner* and one of whose names opens with the unit's words: the
    unit named short in its owner's list ("- VPCP: ..., TGĐ Cổng TTĐT": the Cổng Thông tin điện tử Chính phủ).

    >>> [(u.mention, u.agency_id) for u in parse_agencies("- VPCP: BTCN, TGĐ Cổng TTĐT, các Vụ: TH, NC;").mentions][1]
    ('Cổng TTĐT', 'bc.bao_chinh_phu')
    """
    k = key(m.mention) + " "
    ids = {aid for a, aid in g.alias.items() if a.startswith(k) and g.agencies[aid].parent == owner.agency_id}
    return ids.pop() if len(ids) == 1 else None


_OWNER_KINDS = frozenset({"ministry", "ministerial_agency", "government_agency", "provincial_body"})


def _item_owner(text: str, before: list[Mention], m: Mention) -> Mention | None:
    """The body that labels the item a unit stands in, before a colon ("- VPCP: BTCN, các PCN, các vụ, cục: TH, QHĐP":
    the Văn phòng Chính phủ's units, in its lists of recipients; set 39), when no item break (";", a line) comes
    between.

    >>> [(u.mention, u.parent) for u in parse_agencies("- VPCP: BTCN, các vụ, cục: TH, QHĐP;").mentions][1:]
    [('TH', 'Văn phòng Chính phủ'), ('QHĐP', 'Văn phòng Chính phủ')]
    >>> [(u.mention, u.kind) for u in parse_agencies("- VPUB: CVP, PCVP, KGVX, KTTH;").mentions][1:]
    [('KGVX', 'sub_unit'), ('KTTH', 'sub_unit')]
    """
    for p in reversed(before):
        if p.kind in _OWNER_KINDS and p.agency_id and text[p.end:p.end + 2].lstrip().startswith(":") \
                and not regex.search(r"[;\n]", text[p.end:m.start]):
            return p
    return None


_PARTY_TAIL = regex.compile(r"[ \t]+(?:Trung ương[ \t]+)?Đảng(?![\p{L}\p{N}])")


def _party_tail(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """"(Trung ương) Đảng" right after a central body is the end of its name ("Ban Bí thư Trung ương Đảng", "Ban
    Tuyên giáo Trung ương Đảng": held-out set 41 read the Ban and the Central Committee apart, or dropped "Đảng").

    >>> [m.mention for m in parse_agencies("Bộ Chính trị, Ban Bí thư Trung ương Đảng").mentions]
    ['Bộ Chính trị', 'Ban Bí thư Trung ương Đảng']
    """
    out: list[Mention] = []
    for m in ms:
        if out and out[-1].end >= m.end and m.start >= out[-1].start:
            continue        # the tail just joined to the body before it
        t = _PARTY_TAIL.match(cell.text, m.end) if m.kind == "central_body" and m.agency_id else None
        if t:
            m = _run_to(cell, m, t.end(), left)
        out.append(m)
    return out

