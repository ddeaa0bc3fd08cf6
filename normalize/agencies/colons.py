"""Colon lists: a head distributed over its items ("Các Cục: A; B" names Cục A and Cục B), provinces and communes
listed after a colon."""
from __future__ import annotations

import regex

from normalize.text import key
from normalize.agencies.words import fold, _squeeze_key, _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.agencies.separators import _pieces
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _m
from normalize.agencies.patterns import _GROUP_START, _HEADS, _TITLES, _VERB_IN


def _colon_heads() -> list[str]:
    """The heads a colon list may distribute: the listed ones and every head noun of a body ("Các Tập đoàn: Điện lực
    Việt Nam, Công nghiệp Than - Khoáng sản Việt Nam": Quyết định 768/QĐ-TTg 2025, set 25)."""
    return sorted({*_WORDS["colon_heads"], *_WORDS["head_nouns"]}, key=len, reverse=True)


# "gồm" / "bao gồm" before the colon says the same ("06 Bộ, ngành gồm: Bộ Tư pháp, ...": Công văn of the Bộ Tài
# chính, 10/2025, set 39); a count may stand for "các" ("02 địa phương gồm: Cao Bằng, Lai Châu")
_INTRO = r"(?:\s+(?:bao\s+)?gồm)?\s*:\s*"
# "Các Tập đoàn EVN, VNPT, Viettel", "Các Bộ Quốc phòng, Công an": a plural head before names in capitals, a list of
# two at least, is such a list without its colon (Công điện of the Prime Minister 11/2025, set 51)
_PLURAL_HEAD = regex.compile(r"(?<![\p{L}\p{N}])(?:các|cac)\s+(?P<h>" + _word_alt(_WORDS["head_nouns"]) + r")\s+(?=\S)")
_COLON_HEAD = regex.compile(r"(?<![\p{L}\p{N}])(?:(?:các|cac|\d{1,4})\s+)?(?P<h>" + _word_alt(_colon_heads())
                            + r")(?:\s*,\s*(?:" + _word_alt(_WORDS["colon_head_tails"]) + r"))*"
                            + r"(?:\s+là\s+[^:;,.]{1,40}?)?" + _INTRO)


def _counted(heads: set[str]) -> list[str]:
    """The heads' patterns, each "các ..." also with a count in its place ("02 địa phương"), longest first."""
    out = {regex.escape(h) for h in heads}
    out |= {r"\d{1,4}\s+" + regex.escape(h[4:]) for h in heads if h.startswith("các ")}
    return sorted(out, key=len, reverse=True)


_PROVINCE_COLON = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(_counted(
    {_squeeze_key(w) for w in _WORDS["province_list_heads"]})) + r")" + _INTRO)
_PROVINCE_ITEMS = tuple(key(w) for w in _WORDS["province_list_items"])


def _colon_lists(g: _Gazetteer, cell: _Cell, out: list, left: list) -> list[tuple[int, int]]:
    """"Các Cục: A; B" / "Giám đốc các Sở, ngành: Tư pháp, Y tế": the head goes to every item of the list.

    Items become mentions (the head and the item looked up together, else the item alone, else an unknown
    mention named with the head); the key regions they cover are returned.
    """
    regions = []
    colon = ":" in cell.k      # (every head but a plural one ends in a colon)
    heads = [(m, (m.group("h"),)) for m in (_COLON_HEAD.finditer(cell.k) if colon else ())    # "Các Cục:", "Sở:";
             if m.start("h") > m.start() or cell.text[cell.start(m.start("h"))].isupper()   # not "cán bộ:"
             and not _name_tail(cell, m.start("h"))]
    heads += [(m, (m.group("h"),)) for m in _PLURAL_HEAD.finditer(cell.k) if _names_listed(g, cell, m)
              and not any(h.start() <= m.start() < h.end() for h, _ in heads)]
    heads += [(m, _PROVINCE_ITEMS) for m in (_PROVINCE_COLON.finditer(cell.k) if colon else ())
              if not any(h.start() <= m.start() < h.end() for h, _ in heads)]
    heads += [(m, ()) for m in (_COMMUNE_COLON.finditer(cell.k) if colon else ())
              if not any(h.start() <= m.start() < h.end() for h, _ in heads)]
    for m, head in sorted(heads, key=lambda x: x[0].start()):
        if regions and m.start() < regions[-1][1]:
            continue
        if not head:
            regions.append(_commune_items(g, cell, m, out, left))
            continue
        colon = cell.k.find(":", m.start(), m.end())
        if colon >= 0:      # (with no colon the head is read with the first item: no leftover of its own)
            left.append((cell.start(m.start()), cell.end(colon)))    # "Các Cục": the list's head, not a mention
        seps = regex.search(r"[,;.]", _unbracketed(cell.k[m.end():]))    # a gloss's commas list nothing
        sep = seps.group() if seps and seps.group() != "." else ","
        end = _colon_items(g, cell, head, m.end(), sep, out, left)
        regions.append((m.start(), end))
    return regions


_CLAUSE_END = regex.compile(r"[;:\n]|\.(?![\p{L}\p{N}])")


def _names_listed(g: _Gazetteer, cell: _Cell, m) -> bool:
    """Do names in capitals follow the plural head *m*, two at least, parted by commas, before the clause ends, none
    printed with the head again, the first a known body with the head or alone ("Các Bộ Quốc phòng, Công an"; not
    "các Sở Du lịch, Sở Văn hóa ..." nor "Các Trường Đại học, Cao đẳng")?"""
    end = _CLAUSE_END.search(cell.k, m.end())
    items, pos = [], m.end()
    for it in _unbracketed(cell.k[m.end():end.start() if end else len(cell.k)]).split(","):
        if it.strip():
            items.append((pos + len(it) - len(it.lstrip()), pos + len(it.rstrip())))
        pos += len(it) + 1
    if len(items) < 2 or any(cell.k.startswith(m.group("h") + " ", a) for a, _ in items):
        return False
    if not all(cell.text[cell.start(a)].isupper() for a, _ in items[:2]):
        return False
    first = cell.k[items[0][0]:items[0][1]]
    aid = g.alias.get(key(f"{m.group('h')} {first}")) or g.alias.get(first)
    return aid is not None and g.agencies[aid].kind != "collective"


_ITEM_START = regex.compile(r"(?:^|[;\n:]|(?<![\p{L}\p{N}])(?:\p{L}|\d{1,2})[).]\s)\s*([^;\n:]*?)\s*$")
_ASKING = regex.compile(r"(?:^|\s)(?:" + _word_alt(_WORDS["object_verbs"]) + r")$")


def _name_tail(cell: _Cell, h: int) -> bool:
    """A head word at key offset *h* that ends a body's name ("e) Thanh tra Bộ: Xây dựng kế hoạch ...", "Ban Tuyên giáo
    và Dân vận Thành ủy: Định hướng ...": the body opening its item, then what it is to do; held-out sets 20, 24): words
    stand before it in its item that are no person's title ("Giám đốc Sở: ...") and no verb that names whom it asks
    ("Đề nghị Sở: ..."), so the colon opens the body's task, not a list of the head's members ("Bộ: Tài chính, ...")."""
    item = _ITEM_START.search(cell.text[max(0, cell.start(h) - 80):cell.start(h)])
    before = item.group(1) if item else ""
    if not before or not regex.search(r"\p{L}", before):
        return False
    last = key(" ".join(before.split()[-2:]))
    return not (_TITLES.search(last) or _ASKING.search(key(before)))


def _unbracketed(k: str) -> str:
    """*k* with what stands in brackets blanked (same length).

    >>> _unbracketed("A (b, c); D")
    'A (    ); D'
    """
    return regex.sub(r"\([^()]*\)", lambda b: "(" + " " * (len(b.group()) - 2) + ")", k)


def _predicate_at(cell: _Cell, a: int, end: int) -> int:
    """Where a colon list's predicate begins, a verb of assignment in small letters ("Bộ trưởng các Bộ: Quốc phòng,
    Công an chỉ đạo các lực lượng ..., phương tiện, vật tư ...": held-out set 41, whose things were read as bodies),
    else *end*; a head's own word is none ("Ban chỉ đạo").

    >>> [m.mention for m in parse_agencies("các Bộ: Quốc phòng, Công an chỉ đạo lực lượng, phương tiện, vật tư").mentions]
    ['Quốc phòng', 'Công an']
    """
    k = cell.k
    for v in _VERB_IN.finditer(k, a, end):
        word = k.rfind(" ", 0, v.start()) + 1
        head = _HEADS.match(k[word:end])
        if cell.text[cell.start(v.start() + 1)].islower() and not (head and word + head.end() > v.start()):
            return v.start()
    return end


def _colon_items(g: _Gazetteer, cell: _Cell, heads: tuple[str, ...], a: int, sep: str, out: list, left: list,
                 closer: str = "") -> int:
    """The items of a colon list from key position *a*: each looked up with every head before it, then alone (a
    bracketed list ends at its *closer*)."""
    k = cell.k
    # "A; B, C" items hold commas; a full stop inside a word ("các Vụ: TH, V.I, QHĐP": set 40) ends nothing
    stop = regex.compile((r"[:" if sep == ";" else r"[:;") + regex.escape(closer) + r"]|\.(?![\p{L}\p{N}])")
    end = stop.search(k, a)
    end = end.start() if end else len(k)
    clause = _LIST_ENDERS.search(k, a, end)       # "..., Quốc phòng theo chức năng, nhiệm vụ": the list ends
    end = clause.start() if clause else end
    end = _predicate_at(cell, a, end)
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
            found = _named_run(g, cell, heads, ia, ib, items[j - 1][0] if j in (len(items), i + 1) else ib)
            if found:
                aid, ib = found
                out.append(_m(g, cell.text, cell.start(ia), cell.end(ib), aid, "pattern", 0.9))
                if ib < items[j - 1][1]:
                    left.append((cell.end(ib), cell.end(items[j - 1][1])))
                i = j
                break
        else:
            ia, ib = items[i]
            if (_HEADS.match(k[ia:ib]) or _TITLES.match(k[ia:ib]) or _GROUP_START.match(k[ia:ib])) and i > 0:
                return ia       # a new name ends the list, and so does a group ("..., Công Thương, các Bộ, cơ quan liên quan")
            if sep == ";" and "," in k[ia:ib]:      # "...; KHCN, TP, GD&ĐT, NV": a run listed with commas inside
                stop = _colon_items(g, cell, heads, ia, ",", out, left)
                if stop < ib:
                    return stop     # a new name ended the run: the list ends there, the rest read as text
                i += 1
                continue
            pair = _pair_at_and(g, cell, heads, ia, ib)
            if pair:        # "..., Gia Lai và Lâm Đồng": the list's last two items joined by "và"
                out.extend(_m(g, cell.text, cell.start(x), cell.end(y), aid, "pattern", 0.9) for x, y, aid in pair)
                left.append((cell.start(pair[0][1]), cell.end(pair[1][0])))
                if pair[1][1] < ib:
                    return pair[1][1]       # the predicate after the last item: the list ends, the rest is text
                i += 1
                continue
            t = fold(cell.text[cell.start(ia):cell.end(ib)])
            kind = _ITEM_KINDS.get(heads[0]) if len(heads) == 1 and t[:1].isupper() else None  # "các Sở: Quy hoạch - Kiến trúc"
            out.append(_m(g, cell.text, cell.start(ia), cell.end(ib), None, "pattern" if kind else "unknown",
                          0.6 if kind else 0.0, kind=kind,
                          name=f"{heads[0][:1].upper()}{heads[0][1:]} {t}" if len(heads) == 1 else t))
            i += 1
    return _more_items(g, cell, heads, end, out, left) if sep == "," and not closer else end


_BRACKET_HEAD = regex.compile(r"(?<![\p{L}\p{N}])(?:các|cac)\s+(?P<h>sở|bộ)(?:\s*,?\s*(?:ban\s*,\s*)?ngành)?\s*\(\s*")


def _bracket_lists(g: _Gazetteer, cell: _Cell, out: list, left: list) -> list[tuple[int, int]]:
    """A plural head with its members' bare names in brackets, "các Sở ngành (Tài chính, Xây dựng, Kế hoạch và Đầu
    tư)" (Kế hoạch 339/KH-STTTT 2022 of Hải Dương, set 38): the head goes to every item, as in a colon list.

    >>> [(m.mention, m.agency_id) for m in parse_agencies("họp với các Sở ngành (Tài chính, Xây dựng) và UBND cấp huyện").mentions]
    [('Tài chính', 'dp.so_tai_chinh'), ('Xây dựng', 'dp.so_xay_dung'), ('UBND cấp huyện', 'coll.ubnd_cap_huyen')]
    """
    regions = []
    for m in _BRACKET_HEAD.finditer(cell.k):
        close = cell.k.find(")", m.end())
        if close < 0 or "(" in cell.k[m.end():close] or (regions and m.start() < regions[-1][1]):
            continue
        n = len(out)
        end = _colon_items(g, cell, (m["h"],), m.end(), ",", out, left, closer=")")
        if not any(x.agency_id for x in out[n:]):       # "các sở (nếu có)": no list of members
            del out[n:]
            continue
        left.append((cell.start(m.start()), cell.end(m.end())))
        regions.append((m.start(), max(end, close + 1)))
    return regions


def _named_run(g: _Gazetteer, cell: _Cell, heads: tuple[str, ...], ia: int, ib: int, last_from: int
               ) -> tuple[str, int] | None:
    """The agency a run of items names with one of the heads (or alone), and where it ends.  An item may run on
    into the predicate (the list's last, or one alone: "Các Bộ: Tư pháp, ..., Văn hóa, Thể thao và Du lịch khẩn
    trương nghiên cứu ...": Nghị quyết 01/NQ-CP 2014, set 28; "các Bộ: Quốc phòng, Công an chủ động chỉ đạo ..."), so
    its words from *last_from* are tried from the longest, where the words cut off start in small letters and not
    with "và" (a name goes on so: "Nông nghiệp và Phát triển nông thôn").

    >>> [(m.mention, m.agency_id) for m in parse_agencies("Các Bộ: Ngoại giao, Xây dựng nghiên cứu đề xuất của Hội đồng nhân dân tỉnh").mentions][1]
    ('Xây dựng', 'bo.xay_dung')
    """
    k = cell.k
    ends = [ib] + [last_from + m.start() for m in regex.finditer(r"\s+", k[last_from:ib])][::-1]
    for end in ends:
        tail = cell.text[cell.end(end):cell.end(ib)].strip()
        if end < ib and (not tail[:1].islower() or regex.match(r"(?:và|hoặc)\b", tail)):
            continue
        kk = _squeeze_key(k[ia:end])
        aid = next((g.alias[x] for x in (*(_squeeze_key(f"{h} {kk}") for h in heads), kk) if x in g.alias), None)
        if aid:
            return aid, end
    return None


def _pair_at_and(g: _Gazetteer, cell: _Cell, heads: tuple[str, ...], ia: int, ib: int
                 ) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """An item no entry names that is two items joined by "và", each named with the list's head: "Ủy ban nhân dân
    các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng" (Công điện 232/CĐ-TTg 2025, set 46).  A name that holds "và"
    itself ("Văn hóa, Thể thao và Du lịch") was found whole before this is tried.

    >>> [(m.mention, m.agency_id) for m in parse_agencies("hỗ trợ các tỉnh: Đắk Lắk, Gia Lai và Lâm Đồng").mentions]
    [('Đắk Lắk', 'prov.dak_lak'), ('Gia Lai', 'prov.gia_lai'), ('Lâm Đồng', 'prov.lam_dong')]
    """
    for v in regex.finditer(r"\s(?:và|va)\s+", cell.k[ia:ib]):
        x, y = ia + v.start(), ia + v.end()
        first, second = _named_run(g, cell, heads, ia, x, x), _named_run(g, cell, heads, y, ib, y)
        if first and second and first[1] == x:
            return (ia, x, first[0]), (y, second[1], second[0])
    return None


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

    A name is capitalised: at a word in small letters the list has ended, what follows is its predicate ("UBND các
    phường: Yên Bái, Văn Phú tăng cường hướng dẫn, kiểm tra, ...": Lào Cai 2026, set 31).  One capitalised word
    before small letters opens a sentence, no place ("UBND các xã, phường: Rà soát, xây dựng quy trình ...": Lai Châu
    2025, set 48, had linked a commune "Rà").

    >>> [m.mention for m in parse_agencies("UBND các xã, phường: Rà soát, xây dựng quy trình").mentions]
    ['UBND các xã, phường']
    """
    k = cell.k
    level = "phường" if "phường" in m.group() or "phuong" in m.group() else "xã"
    head = (cell.start(m.start()), cell.end(m.end()))
    left.append(head)
    end = regex.compile(r"[.:;]").search(k, m.end())
    end = end.start() if end else len(k)
    for i, (a, b) in enumerate(_pieces(k, m.end(), end, regex.compile(",|\\s(?:và|va)\\s"))):
        n = _PLACE_RUN.match(cell.text, cell.start(a), cell.end(b))
        if n is not None and n.end() < cell.end(b) and len(n.group().split()) == 1 and not n.group().isdigit():
            n = None            # "UBND các xã, phường: Rà soát, xây dựng ...": a sentence's first word, no place
        if n is None and i == 0:    # no place listed: the head is the communes' group, read as any other
            left.remove(head)
            return m.start(), m.start()
        if n is None:           # "..., kiểm tra, giám sát ...": the list has ended, the predicate goes on
            return m.start(), a
        name = f"Ủy ban nhân dân {level} {fold(n.group())}"
        out.append(_m(g, cell.text, n.start(), n.end(), "cx.ubnd_xa", "pattern", 0.8, name=name, current=name))
        if n.end() < cell.end(b):   # "Văn Phú tăng cường hướng dẫn": the place's name ends at a word in small letters
            left.append((n.end(), cell.end(b)))
            return m.start(), b
    return m.start(), end


# a place's name: capitalised syllables or a number ("Yên Bái", "Tằng Loỏng", "Phường 1" listed as "1")
_PLACE_RUN = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}]*|\d{1,3})(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}]*|\d{1,3}))*")


def _no_gloss(k: str, a: int, b: int) -> tuple[int, int]:
    """An item without the abbreviation glossed after it ("Nông nghiệp và Môi trường (NNMT)")."""
    g = regex.search(r"\s*\([^()]*\)?\s*$", k[a:b])
    return (a, a + g.start()) if g and g.start() > 0 else (a, b)
