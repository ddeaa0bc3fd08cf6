"""Segment the text between two known names into pieces and classify each (:func:`_gap`): a head noun's name
continues over commas and "và", groups merge, a name stops before its verb."""
from __future__ import annotations

import regex

from normalize.text import ascii_key, key
from normalize.agencies.model import Mention
from normalize.agencies.words import _capitalised, fold, _word_alt, _WORDS
from normalize.agencies.cell import _Cell
from normalize.vietnamese import two_syllable_words
from normalize.agencies.separators import _pieces, _strip, _STRONG, _WEAK, _WEAK_VN
from normalize.agencies.gazetteer import _Gazetteer
from normalize.agencies.mentions import _m
from normalize.agencies.patterns import (_ACRONYM, _COMMUNE_END, _GROUP_WORDS, _GROUP_WORDS_ASCII, _HEADS,
                                         _HEADS_WRITTEN_SHORT, _LEVEL_WORD_END, _PLURAL, _TITLES, _VERB_IN)
from normalize.agencies.classify import _classify_piece
from normalize.agencies.traits import has_trait
from normalize.agencies.collectives import _office_named, _qualified_group
from normalize.agencies.openers import _name_part_end, _object_verb, _opener, _title_end


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
            if ca >= cb:
                continue
            if not (regex.fullmatch(r"\s+(?:và|va)\s+", cell.text[out[named].end:cell.start(ca)])
                    and _continues(g, cell, out[named].end, ca, cb)):
                named = None    # (after "và" it may: "Phòng Lao động - Thương binh | và Xã hội")
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
                dated = _DATE_IN.search(k, pa, pb)      # no name holds a date: it ends there
                if len(out) > start and out[-1].agency_id is None and out[-1].kind != "collective" and dated \
                        and dated.start() > pa and _continues(g, cell, out[-1].end, pa, dated.start()):
                    _extend(cell, out, len(out) - 1, len(k[:dated.start()].rstrip()))
                    left.append((cell.start(dated.start()), cell.end(pb)))
                elif len(out) > start and out[-1].agency_id is None and out[-1].kind != "collective" \
                        and _continues(g, cell, out[-1].end, pa, pb):     # "Phòng Tổ chức bộ máy và Công chức, ..."
                    _extend(cell, out, len(out) - 1, pb)
                else:
                    _classify_piece(g, cell, pa, pb, out, left, whole=False)
            _merge_groups(g, cell, out, start)
        named = n0 if len(out) == n0 + 1 and out[n0].agency_id is None and out[n0].kind != "collective" \
            and out[n0].end == cell.end(cb) else None


# a date in the words that go on with a name ("Ban Chỉ đạo Trung ương về chính sách nhà ở và thị trường bất động sản
# ngày 22/9/2025": the day of its meeting, set 39)
_DATE_IN = regex.compile(r"(?<=\s)(?:ngày|tháng)(?=\s*\d)")


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


def _dashed(cell: _Cell, end: int, a: int) -> bool:
    """Only a dash between text offset *end* and key offset *a*, and a capital after it, or small letters on both
    sides ("kinh tế - xã hội"): the halves of one name."""
    after = cell.text[cell.start(a)]
    return bool(regex.fullmatch(r"\s*[-–—]\s*", cell.text[end:cell.start(a)])) and (
        after.isupper() or after.islower() and end > 0 and cell.text[end - 1].islower())


_SOCIETY = regex.compile(r"^(?:xã hội|xa hoi)(?![\p{L}\p{N}])")


_NEXT_WORD = regex.compile(r"\s+([\p{L}\p{M}]+)")


def _head_starts(cell: _Cell, a: int, b: int) -> bool:
    """Does a head noun start key span [a, b)?  Not a capitalised one-word head that makes a word with the small-letter
    word after it ("Trung tâm Thông tin và Hội nghị tỉnh": a conference, no "Hội"); the dictionary is underthesea's
    word list.  A capitalised word after it is a name ("Hội Nông dân", "Phòng Văn hóa"); in small letters ("và ban
    hành ...") it still stops a name, a verb though it is.

    >>> [m.mention for m in parse_agencies("Trung tâm Thông tin và Hội nghị tỉnh").mentions]
    ['Trung tâm Thông tin và Hội nghị tỉnh']
    """
    h = _HEADS.match(cell.k[a:b])
    if not h:
        return False
    if " " in h.group():
        return True
    n = _NEXT_WORD.match(cell.text, cell.end(a + h.end()))
    return not (cell.text[cell.start(a)].isupper() and n and n.group(1)[0].islower()
                and f"{h.group()} {key(n.group(1))}" in two_syllable_words())


_LAST_TOKEN = regex.compile(r"\S+$")


def _name_start(text: str, end: int) -> int:
    """Text offset of the last token before *end*."""
    t = _LAST_TOKEN.search(text, 0, end)
    return t.start() if t else end


def _field_head(k: str) -> bool:
    """Is key chunk *k* a head noun of two syllables alone, naming no body ("viễn thông", "thống kê": a field, as in
    "Phòng Bưu chính - Viễn thông - Công nghệ thông tin" of the Sở Thông tin và Truyền thông Hải Dương, set 38)?

    >>> [m.mention for m in parse_agencies("Phòng Bưu chính - Viễn thông - Công nghệ thông tin").mentions]
    ['Phòng Bưu chính - Viễn thông - Công nghệ thông tin']
    """
    h = _HEADS.match(k)
    return h is not None and h.end() == len(k) and len(k.split()) == 2


_LEVEL_NAMED = regex.compile(r"^(?:" + _word_alt([*_WORDS["district_levels"], *_WORDS["commune_levels"]])
                             + r")[ \t]+(?P<name>\S)", regex.I)


def _item_starts(cell: _Cell, a: int) -> bool:
    """Does a new body start at key offset *a*, after a spaced dash: a place of a level and its name ("Thị xã Kỳ Anh",
    "Huyện Thạch Hà"), or an abbreviation of a head noun ("VP BĐP NTM", "TT HCC tỉnh")?  A work programme's cells list
    their bodies one per line after a dash, and a cell read as one line runs them together (the UBND tỉnh Hà Tĩnh's
    programmes of 2017, set 45: "- Huyện Can Lộc - Thị xã Kỳ Anh - VP BĐP NTM").

    >>> [m.mention for m in parse_agencies("- Huyện Can Lộc - Thị xã Kỳ Anh - VP BĐP NTM - BQL KKT tỉnh").mentions]
    ['Huyện Can Lộc', 'Thị xã Kỳ Anh', 'VP BĐP NTM', 'BQL KKT tỉnh']
    >>> [m.mention for m in parse_agencies("- Đài PT và TH, Sở VH - TT và DL").mentions]
    ['Đài PT và TH', 'Sở VH - TT và DL']
    """
    text = cell.text[cell.start(a):]
    words = text.split(maxsplit=2)
    level = _LEVEL_NAMED.match(text)
    return level is not None and level["name"].isupper() or len(words) > 1 and words[0] in _HEADS_WRITTEN_SHORT \
        and words[1][:1].isupper()      # ("Sở VH - TT và DL": "TT" there is "Thể thao", and "và" follows it)


_CLASS_NOUNS_FIRST = regex.compile(r"^(?:" + _word_alt(_WORDS["class_noun_list"]) + r")(?![\p{L}\p{N}])")


_NUMBER_END = regex.compile(r"(?<=\p{L}\s+)(?:\d{1,3}|[IVX]{1,5})$")    # "Quân khu 7", "Binh đoàn 19", "khu vực XIII"
_NUMBER_ONLY = regex.compile(r"^(?:\d{1,3}|[ivx]{1,5})$")                 # "khu vực I, II": the next number


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
    if dashed and regex.fullmatch(r"\s+[-–—]\s+", between) and _item_starts(cell, a):
        return False        # "- Huyện Can Lộc - Thị xã Kỳ Anh": items of a list run together
    group_words = all(w in vocab for w in words) and not _SOCIETY.match(k)     # "xã hội" is no commune's word
    if not words or (_head_starts(cell, a, b) and not (dashed and _field_head(k))) or (_TITLES.match(k) and not dashed) \
            or (group_words and not dashed):
        return False        # (a dash joins the halves of a name: "Chi cục Dân số - Xã hội")
    if words[0] in _PLURAL and _HEADS.match(k[len(words[0]) + 1:]):
        return False        # "Văn phòng Trung ương và các Ban của Đảng": bodies of a kind, a group of their own
    if "và" in between.split() and _CLASS_NOUNS_FIRST.match(k) and cell.text[cell.start(a)].islower():
        return False        # "Công ty ... thị trường điện Quốc gia và đơn vị cung cấp than": a group of its own (set 40)
    if _ACRONYM.fullmatch(cell.text[_name_start(cell.text, end):end]) and cell.text[cell.start(a)].islower():
        return False         # "VLNCN, TCTN và đề xuất, kiến nghị ...": an abbreviation is a whole name
    if "," in between and cell.text[cell.start(a)].isdigit():
        return False         # "Công ty Cổ phần ... Châu Giang, 01 bản gửi": a count after a name, no part of it
    if "," in between and _ACRONYM.fullmatch(cell.text[cell.start(a):cell.end(b)]):
        return False         # "Tập đoàn FPT, CMC": an abbreviation after a comma is another body
    if "," in between and _NUMBER_END.search(cell.text, max(0, end - 12), end) and not _NUMBER_ONLY.match(k):
        return False         # "Quân khu 7, các đơn vị quân đội ...": a name that ended with its number, then another
    if "," in between and (_COMMUNE_END.search(key(cell.text[:end])) or _LEVEL_WORD_END.search(key(cell.text[:end]))):
        return False         # "Ủy ban Bầu cử xã, Thường trực HĐND": a name that ended with its level, then another
    return ascii_key(k) not in g.aalias and not (k in g.headless and "," in between)


def _extend(cell: _Cell, out: list, i: int, b: int) -> None:
    m = out[i]
    end = cell.end(b)
    out[i] = Mention(cell.text[m.start:end], m.start, end, None, fold(cell.text[m.start:end]), m.kind,
                     fold(cell.text[m.start:end]), m.method, m.score, m.parent)


_JOINED = regex.compile(r"[\s,;&/-]*(?:(?:và|hoặc|va|hoac)[\s,]*)?")


def _merge_groups(g: _Gazetteer, cell: _Cell, out: list, start: int) -> None:
    """Adjacent generic group pieces of one chunk ("tổ chức" / "doanh nghiệp có liên quan") make one mention."""
    i = start
    while i + 1 < len(out):
        x, y = out[i], out[i + 1]
        if x.agency_id == y.agency_id == "coll.other" and not (
                "," in cell.text[x.end:y.start] and key(y.mention).split()[0] in _PLURAL) \
                and not _office_named(y) and not has_trait(x.mention) and not _qualified_group(x) \
                and _JOINED.fullmatch(cell.text[x.end:y.start]):   # not over a predicate ("... liên quan thực hiện
            # xử lý vi phạm hoặc kiến nghị cấp có thẩm quyền": two groups, set 32)
            t = cell.text
            out[i] = _m(g, t, x.start, y.end, "coll.other", "pattern", 0.8, name=fold(t[x.start:y.end]))
            del out[i + 1]
        else:
            i += 1
