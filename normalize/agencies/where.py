"""A body named with the place it is picked by: "Ủy ban nhân dân cấp xã nơi có cụm công nghiệp", "cơ quan chuyên môn
về văn hóa cấp tỉnh nơi đăng ký hoạt động", "KBNN nơi giao dịch".  The "nơi ..." clause says which of the bodies
is meant, and every labelled set keeps it in the mention (42 such mentions in sets 12-34, 5 cut before it): the
mention runs on over a short clause, to its end (:func:`_where_clause`); a name that had run on past the clause ends
there."""
from __future__ import annotations

from dataclasses import replace

import regex

from normalize.agencies.cell import _Cell, _carve, _key_at
from normalize.agencies.classify import bonded_run
from normalize.agencies.model import Mention
from normalize.agencies.words import fold, _word_alt, _WORDS

_WHERE = regex.compile(r"[ \t]+nơi[ \t]+(?=\S)")
# a longer clause than this runs into the sentence's own verbs, whose start no stop word marks ("... nơi doanh
# nghiệp đặt trụ sở chính phương án đưa người lao động ...": set 43); it is left as read
_MOST_WORDS = 6
# ... unless a stop or the cell's end marks where it ends ("Ủy ban nhân dân cấp tỉnh nơi tổ chức đặt trụ sở chính |
# hoặc Ủy ban nhân dân cấp tỉnh ...": set 49)
_MOST_MARKED_WORDS = 12
# a body named by its level ("Phòng Giáo dục và Đào tạo cấp huyện"), one of many; a body the gazetteer names ("Trung
# tâm Phục vụ hành chính công nơi cơ sở đặt trụ sở", "Sở Nội vụ nơi doanh nghiệp đặt trụ sở chính": sets 43, 26 cut
# the clause off) is one already
_LEVEL_NAMED = regex.compile(r"(?<![\p{L}\p{N}])(?:cấp|cùng cấp)\s+\p{L}")
# the clause ends at a stop, a bracket, a line, another body's mention or the sentence's next clause ("... nơi có di
# tích để ...", "... nơi người đó cư trú trong thời hạn ...")
_CLAUSE_END = regex.compile(r"[,;.:()\n]|[ \t]+(?:" + _word_alt(_WORDS["where_clause_ends"]) + r")(?![\p{L}\p{N}])"
                         r"|[ \t]+hoặc(?=[ \t]+(?:\p{Lu}|cơ[ \t]+quan))")      # "... hoặc Ủy ban nhân dân cấp tỉnh ...": another body


def _clause_end(cell: _Cell, ms: list[Mention], i: int, a: int, ends: regex.Pattern, trailing: str | None
                ) -> tuple[regex.Match | None, int]:
    """The first of *ends* in the text from offset *a* up to the mention after *ms[i]* (or the cell's end), and where
    the clause ends: before it, *trailing* characters (None: white space) taken off."""
    nxt = ms[i + 1].start if i + 1 < len(ms) else len(cell.text)
    stop = ends.search(cell.text, a, nxt)
    return stop, len(cell.text[:stop.start() if stop else nxt].rstrip(trailing))


def extended(cell: _Cell, m: Mention, end: int, left: list, aid: str | None = None) -> Mention:
    """*m* run on to text offset *end*, the words it takes no longer left over; a mention no entry names (or a generic
    group) is named as printed.  *aid*: a group id the run gives it (else its own)."""
    _carve(cell, left, m.end, end)
    t = cell.text[m.start:end]
    aid = m.agency_id if aid is None else aid
    own = aid in (None, "coll.other")
    return replace(m, mention=t, end=end, agency_id=aid, name=fold(t) if own else m.name,
                   current_name=fold(t) if own else m.current_name)


def _run_on(cell: _Cell, ms: list[Mention], left: list, reach) -> list[Mention]:
    """Each mention *reach* runs on, as :func:`extended`: ``reach(m, nxt)`` (*nxt* the mention read after it, or None)
    gives ``(m, end, aid, source)`` (the mention, trimmed if need be, the text offset it runs to, the group id it
    takes, the mention whose names it takes or None) or None; the mentions read inside a run go."""
    out: list[Mention] = []
    skip = -1
    for i, m in enumerate(ms):
        if m.start < skip:
            continue        # read inside the run before: its words
        r = reach(m, ms[i + 1] if i + 1 < len(ms) else None)
        if r is not None:
            m, end, aid, source = r
            m = extended(cell, m, end, left, aid)
            m = replace(m, name=source.name, current_name=source.current_name) if source is not None else m
            skip = end
        out.append(m)
    return out


def _where_clause(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """Each mention right before "nơi" runs on over the short clause it opens (no longer left over); one that had run
    on past the clause's stop (a comma, a bracket, a line) ends there.

    >>> [m.mention for m in parse_agencies("báo cáo Ủy ban nhân dân cấp tỉnh nơi có di tích, Bộ Văn hóa").mentions]
    ['Ủy ban nhân dân cấp tỉnh nơi có di tích', 'Bộ Văn hóa']
    >>> [m.mention for m in parse_agencies("Thông báo cho UBND cấp xã nơi có CCN; Sở Công Thương").mentions]
    ['UBND cấp xã nơi có CCN', 'Sở Công Thương']
    """
    if "nơi" not in cell.text:       # (the word the clause opens with)
        return ms
    out: list[Mention] = []
    for i, m in enumerate(ms):
        w = _WHERE.match(cell.text, m.end) or _WHERE.search(cell.text, m.start, m.end) if m.kind != "province" else None
        if w is not None:
            stop, end = _clause_end(cell, ms, i, w.end(), _CLAUSE_END, None)
            marked = stop is not None and stop.start() == end or end == len(cell.text.rstrip())
            short = len(cell.text[w.end():end].split()) <= (_MOST_MARKED_WORDS if marked else _MOST_WORDS)
            # a stop, a bracket, a line or "và" ends a clause a name had run on over; a purpose may sit inside one
            # ("nơi có đất thu hồi để xây dựng cụm công nghiệp": set 32)
            mark = stop is not None and (not stop.group()[:1].isspace() or stop.group().split() == ["và"])
            picks = m.kind == "collective" or _LEVEL_NAMED.search(m.mention) is not None   # one of many bodies
            if end > w.end() and (end > m.end and short and picks or end < m.end and mark):
                if end > m.end:
                    _carve(cell, left, m.end, end)
                else:       # a name that had run on past the clause: the rest is the sentence's
                    left.append((end, m.end))
                t = cell.text[m.start:end]
                m = replace(m, mention=t, end=end, name=fold(t) if m.agency_id in (None, "coll.other") else m.name,
                            current_name=fold(t) if m.agency_id in (None, "coll.other") else m.current_name)
        out.append(m)
    return out


# a group that opens with a kind of body ("các cơ quan, đơn vị", "Cơ quan", "các cơ quan nhà nước", "Các đơn vị thuộc
# Bộ"), the kinds the data lists (``class_noun_list``), and the passive clause that says which of them ("được xin ý kiến", "được giao nhiệm vụ
# ...": sets 16-48 keep it in the mention 28 times; the clauses cut off follow named bodies)
_KINDS_ONLY = regex.compile(r"^(?:(?:các|những|mọi)\s+)?(?:" + _word_alt(_WORDS["class_noun_list"]) + r")(?![\p{L}\p{N}])",
                            regex.I)


def _of_kinds(m: Mention) -> bool:
    """Is *m* a group that opens with a kind of body (:data:`_KINDS_ONLY`), the groups the clauses below qualify?"""
    return m.kind == "collective" and _KINDS_ONLY.match(m.mention) is not None


_PASSIVE = regex.compile(r"[ \t]+được[ \t]+(?=\p{Ll})")
_PASSIVE_END = regex.compile(r"[;.:()\n]|,(?=\s*(?:các|\p{Lu}))|[ \t]+(?:"
                             + _word_alt(_WORDS["passive_clause_ends"]) + r")(?![\p{L}\p{N}])")
_MOST_PASSIVE_WORDS = 10


def _passive_clause(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group of kinds of bodies right before "được" and a verb runs on over the clause it opens, to its end.

    >>> [m.mention for m in parse_agencies("Các cơ quan, đơn vị được xin ý kiến về hồ sơ đề xuất, gửi Sở Tài chính").mentions]
    ['Các cơ quan, đơn vị được xin ý kiến', 'Sở Tài chính']
    """
    if "được" not in cell.text:       # (the word the clause opens with)
        return ms
    out: list[Mention] = []
    for i, m in enumerate(ms):
        w = _PASSIVE.match(cell.text, m.end) if _of_kinds(m) else None
        if w is not None:
            _stop, end = _clause_end(cell, ms, i, w.end(), _PASSIVE_END, " \t,")
            if end > w.end() and len(cell.text[w.end():end].split()) <= _MOST_PASSIVE_WORDS:
                _carve(cell, left, m.end, end)
                t = cell.text[m.start:end]
                m = replace(m, mention=t, end=end, agency_id="coll.other", name=fold(t), current_name=fold(t))
        out.append(m)
    return out


# a group of companies, banks or associations, then who owns, founded or steers them ("tập đoàn, tổng công ty, công ty
# do Thủ tướng Chính phủ quyết định thành lập", "các doanh nghiệp do Bộ Công Thương quản lý", "các hội quần chúng do
# Đảng, Nhà nước giao nhiệm vụ": sets 9, 29, 34, 46, 50 keep the clause in the mention, 9 of 10 times)
_OWNER = regex.compile(r"[ \t]+do[ \t]+(?=\S)")
_OWNER_END = regex.compile(r"[;.:()\n]|,(?=\s*(?:các|những)\s)|[ \t]+(?:"
                           + _word_alt(_WORDS["owner_clause_ends"]) + r")(?![\p{L}\p{N}])")
_OWNED_KINDS = regex.compile(r"^(?:(?:các|những|mọi)\s+)?(?:" + _word_alt(_WORDS["owned_group_heads"]) + r")(?![\p{L}\p{N}])",
                             regex.I)
_MOST_OWNER_WORDS = 12
_DO_END = regex.compile(r"[ \t]+do$")
_OTHER_HEAD = regex.compile(r"^(?:(?:các|những|mọi)\s+)?hội\s+đồng(?![\p{L}\p{N}])", regex.I)   # councils are no "hội"


def _owner_clause(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group of companies, banks or associations right before "do" runs on over the clause that says who owns or
    steers them, to its end; the bodies named inside are part of it.

    >>> [m.mention for m in parse_agencies("các doanh nghiệp do Bộ Công Thương quản lý phải căn cứ vào kế hoạch").mentions]
    ['các doanh nghiệp do Bộ Công Thương quản lý']
    """
    if "do" not in cell.text:       # (the word the clause opens with)
        return ms
    def reach(m: Mention, nxt: Mention | None):
        owned = m.kind == "collective" and _OWNED_KINDS.match(m.mention) and not _OTHER_HEAD.match(m.mention)
        glued = _DO_END.search(m.mention) if owned else None       # "... công ty do" read with its "do"
        w = _OWNER.match(cell.text, m.start + glued.start() if glued else m.end) if owned else None
        if w is None:
            return None
        stop = _OWNER_END.search(cell.text, w.end())
        end = len(cell.text[:stop.start() if stop else len(cell.text)].rstrip(" \t,"))
        if end <= w.end() or len(cell.text[w.end():end].split()) > _MOST_OWNER_WORDS:
            return None
        m = replace(m, mention=m.mention[:glued.start()], end=m.start + glued.start()) if glued else m
        return m, end, None, None
    return _run_on(cell, ms, left, reach)


# a group, then the body or the scope its members belong to ("các đơn vị chức năng thuộc Bộ", "các cơ quan, đơn vị
# thuộc phạm vi quản lý", "đơn vị sự nghiệp công lập thuộc thẩm quyền quản lý": sets 1-55 keep it in the group 462
# times, cut it once)
_BELONGS = regex.compile(r"[ \t]+(?:trực[ \t]+)?thuộc[ \t]+")
_SCOPE = regex.compile(r"(?:" + _word_alt(_WORDS["owner_scopes"]) + r"|ngành[ \t]+mình|các[ \t]+bộ[ \t]+này)(?![\p{L}\p{N}])"
                       r"(?:[ \t]+(?:quản[ \t]+lý|của[ \t]+mình))?(?![\p{L}\p{N}])", regex.I)


def _belonging_tail(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group of a kind of body right before "thuộc" runs on over the body or scope it belongs to: a body named right
    after it (then part of the group), or a scope ("phạm vi quản lý", "thẩm quyền quản lý", "ngành mình").

    >>> [m.mention for m in parse_agencies("Chỉ đạo các cơ quan, đơn vị thuộc phạm vi quản lý.").mentions]
    ['các cơ quan, đơn vị thuộc phạm vi quản lý']
    """
    if "thuộc" not in cell.text:       # (the word the clause opens with)
        return ms
    def reach(m: Mention, nxt: Mention | None):
        b = _BELONGS.match(cell.text, m.end) if _of_kinds(m) else None
        if b is None:
            return None
        if nxt is not None and nxt.start == b.end() and nxt.kind != "collective":
            return m, nxt.end, m.agency_id or "coll.other", None       # "... thuộc Bộ", "... thuộc Bộ Tư pháp"
        sc = _SCOPE.match(cell.text, b.end())
        if sc is not None and (nxt is None or nxt.start >= sc.end()):
            return m, sc.end(), m.agency_id or "coll.other", None
        return None
    return _run_on(cell, ms, left, reach)


# an office named by its function, then the field it serves ("cơ quan chuyên môn về văn hóa cấp tỉnh", "cơ quan phụ
# trách về công tác dân nguyện của Quốc hội", "cơ quan tham mưu, quản lý nhà nước về di sản văn hóa ở trung ương":
# sets 13-35 keep the field 64 times, cut it 6, each time after a group already qualified)
_FUNCTION_OFFICE = regex.compile(r"^(?:các\s+)?cơ\s+quan\s+(?:" + _word_alt(_WORDS["office_functions"]) + r")$", regex.I)
_ABOUT = regex.compile(r"[ \t]+về[ \t]+(?=\p{Ll})")
_SCOPE_AFTER = regex.compile(r"[ \t]+(?:cấp[ \t]+(?:tỉnh|huyện|xã|cơ[ \t]+sở|trung[ \t]+ương)|cùng[ \t]+cấp"
                             r"|ở[ \t]+(?:trung[ \t]+ương|địa[ \t]+phương))(?![\p{L}\p{N}])")
_OF_LOWER = regex.compile(r"[ \t]+của[ \t]+")     # (as printed: not the misspelt "cuả" of _OF)


def _office_field(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """An office named by its function runs on over "về" and the field it serves (small-letter words bonded in real
    legal text, as :func:`classify._office_by_function` reads an office's name), then its level or "của" and the body
    named right after it.

    >>> [m.mention for m in parse_agencies("phối hợp với cơ quan phụ trách về công tác dân nguyện của Quốc hội").mentions]
    ['cơ quan phụ trách về công tác dân nguyện của Quốc hội']
    """
    if "về" not in cell.text:       # (the word the clause opens with)
        return ms
    def reach(m: Mention, nxt: Mention | None):
        a = _ABOUT.match(cell.text, m.end) if m.kind == "collective" and _FUNCTION_OFFICE.match(m.mention) else None
        end = bonded_run(cell.k, lambda p: cell.text[cell.start(p)].islower(), _key_at(cell, a.end()), len(cell.k),
                         "về", pairs=True) if a else None
        if end is None:
            return None
        end = cell.end(end)
        lv = _SCOPE_AFTER.match(cell.text, end)
        end = lv.end() if lv else end
        of = _OF_LOWER.match(cell.text, end)
        if of and nxt is not None and nxt.start == of.end():
            end = nxt.end       # "... của Quốc hội": whose office
        return m, end, "coll.other", None
    return _run_on(cell, ms, left, reach)


# a group, then "trong" and what holds its members ("các đơn vị liên quan trong Bộ", "các doanh nghiệp trong cụm công
# nghiệp", "các tổ chức trong và ngoài nước": the labels keep it 41 times; "trong việc ...", "trong quá trình ...":
# an act, cut 148 times)
_WITHIN = regex.compile(r"[ \t]+trong[ \t]+(?=(?i:" + _word_alt(_WORDS["container_words"]) + r")(?![\p{L}\p{N}]))")
_ACT = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt([*_WORDS["lead_verbs"], *_WORDS["agent_verbs"], *_WORDS["object_verbs"],
                                                   *_WORDS["modals"], *_WORDS["auxiliaries"],
                                                   *_WORDS["predicate_adverbs"]]) + r")(?![\p{L}\p{N}])", regex.I)
_FIRST_WORD = regex.compile(r"\S+")
_NAME_RUN = regex.compile(r"(?:[ \t]+\p{Lu}[\p{L}\p{M}\p{N}]*)+")
_ON_AREA_AFTER = regex.compile(r"[ \t]+trên[ \t]+địa[ \t]+bàn(?:[ \t]+(?i:tỉnh|thành[ \t]+phố|xã|phường))?(?![\p{L}\p{N}])")


def _container_tail(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group of a kind of body keeps "trong" and what holds its members (a ministry, a sector, an industrial zone,
    "trong và ngoài nước"): the holder's bonded words, its capitalised name, and "trên địa bàn ..." after it.

    >>> [m.mention for m in parse_agencies("phối hợp với các doanh nghiệp trong cụm công nghiệp thực hiện").mentions]
    ['các doanh nghiệp trong cụm công nghiệp']
    """
    if "trong" not in cell.text:       # (the word the clause opens with)
        return ms
    def reach(m: Mention, nxt: Mention | None):
        w = _WITHIN.match(cell.text, m.end) if _of_kinds(m) else None
        if w is None:
            return None
        ka = _key_at(cell, w.end())
        first = _FIRST_WORD.match(cell.text, w.end()).group()
        end = bonded_run(cell.k, lambda p: cell.text[cell.start(p)].islower(), ka + len(first), len(cell.k),
                         cell.k[ka:ka + len(first)], pairs=True)
        end = cell.end(end) if end is not None else w.end() + len(first)
        verb = _ACT.search(cell.text, w.end() + len(first), end)      # "... cụm công nghiệp | thực hiện"
        end = len(cell.text[:verb.start()].rstrip()) if verb else end
        for extra in (_NAME_RUN, _ON_AREA_AFTER):
            r = extra.match(cell.text, end)
            end = r.end() if r else end
        if nxt is not None and nxt.start < end and not (nxt.kind in ("province", "ministry") or nxt.end <= end):
            return None
        return m, end, None, None
    return _run_on(cell, ms, left, reach)


# a group of a kind of body, then whose it is ("cơ quan trung ương của các tổ chức chính trị - xã hội", "các cơ quan,
# đơn vị liên quan của Bộ Xây dựng", "cơ quan có thẩm quyền của nước ngoài": sets 1-55 keep it 125 times, cut it 3,
# each time after a team, not a kind of body)
_OF = regex.compile(r"[ \t]+(?:của|cuả)[ \t]+")
_OF_END = regex.compile(r"[ \t]+(?:của|cuả)$")
# (as printed, "Việt Nam", "Đảng"; not the first word of a longer name, "Đảng Cộng sản ...")
_OWNER_WORDS = regex.compile(r"(?i:" + _word_alt(_WORDS["owner_words"]) + r")(?![\p{L}\p{N}])(?![ \t]+\p{Lu})"
                             r"(?:[ \t]+ở[ \t]+(?i:trung[ \t]+ương))?")


def _whose_group(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group of a kind of body right before "của" runs on over whose it is: the body or group named right after
    (then part of it; a specific group gives its id to a generic one), or a state or party named bare ("của Việt
    Nam", "của nước ngoài", "của Đảng ở Trung ương").

    >>> [(m.mention, m.agency_id) for m in parse_agencies("phối hợp với cơ quan trung ương của các tổ chức chính trị - xã hội").mentions]
    [('cơ quan trung ương của các tổ chức chính trị - xã hội', 'coll.to_chuc_chinh_tri_xa_hoi')]
    """
    if "của" not in cell.text and "cuả" not in cell.text:       # (the word the clause opens with)
        return ms
    def reach(m: Mention, nxt: Mention | None):
        kind = _of_kinds(m)
        glued = _OF_END.search(m.mention) if kind else None        # "cơ quan trung ương của" read with its "của"
        o = _OF.match(cell.text, m.start + glued.start() if glued else m.end) if kind else None
        if o is None:
            return None
        if nxt is not None and nxt.start == o.end() and nxt.kind != "by_reference":
            named = nxt.kind == "collective" and m.agency_id in (None, "coll.other") and nxt.agency_id != "coll.other"
            return m, nxt.end, nxt.agency_id if named else m.agency_id or "coll.other", nxt if named else None
        w = _OWNER_WORDS.match(cell.text, o.end())
        if w is not None and (nxt is None or nxt.start >= w.end()):
            return m, w.end(), m.agency_id or "coll.other", None
        return None
    return _run_on(cell, ms, left, reach)


# a group, then "có" and what its members have ("các địa phương có rừng", "UBND các xã, phường có cụm công nghiệp do cấp
# xã quản lý", "các cơ sở khám bệnh, chữa bệnh có đủ điều kiện": the labels keep it every time but before a duty or
# an act, "có trách nhiệm", "có ý kiến", "có kế hoạch", "có báo cáo": 129 + 6 times cut)
_HAS = regex.compile(r"[ \t]+có[ \t]+(?!(?i:" + _word_alt(_WORDS["act_nouns_after_co"]) + r")(?![\p{L}\p{N}]))(?=\p{Ll})")
_HAS_END = regex.compile(r"[,;.:()\n]|[ \t]+(?:" + _word_alt([*_WORDS["where_clause_ends"], *_WORDS["passive_clause_ends"]])
                         + r")(?![\p{L}\p{N}])")
_MOST_HAS_WORDS = 10


def _what_members_have(cell: _Cell, ms: list[Mention], left: list) -> list[Mention]:
    """A group right before "có" and what its members have runs on over it, to a stop, a verb of the sentence or
    the cell's end, ten words at most.

    >>> [m.mention for m in parse_agencies("Ủy ban nhân dân cấp xã có cụm công nghiệp trên địa bàn.").mentions]
    ['Ủy ban nhân dân cấp xã có cụm công nghiệp trên địa bàn']
    """
    if "có" not in cell.text:       # (the word the clause opens with)
        return ms
    def reach(m: Mention, nxt: Mention | None):
        h = _HAS.match(cell.text, m.end) if m.kind == "collective" else None
        if h is None:
            return None
        stop = _HAS_END.search(cell.text, h.end())
        end = stop.start() if stop else len(cell.text)
        verb = _ACT.search(cell.text, h.end(), end)
        end = len(cell.text[:verb.start() if verb else end].rstrip(" \t,"))
        if end <= h.end() or len(cell.text[h.end():end].split()) > _MOST_HAS_WORDS \
                or nxt is not None and nxt.start < end and nxt.kind not in ("province", "collective"):
            return None
        return m, end, None, None
    return _run_on(cell, ms, left, reach)
