"""What both PDF readers share: pure geometry and text from a page's characters and ruling lines.

A reader (``pdf_reader``: pdfplumber/pdfminer; ``pdfium_reader``: pypdfium2) turns each page
into plain values: characters as dicts (``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``upright``,
``size``) and edges as pdfplumber makes them from lines, rectangles and curves (``orientation``,
``x0``, ``x1``, ``top``, ``bottom``, ``width``, ``height``), in top-down page coordinates.  From there
everything is here and the same for both: the table finder (pdfplumber's, lines strategy, on those
values), cut rows closed at page ends, sideways pages turned upright, characters given to cells by
their centre, cell text with paragraph breaks, legacy-font and no-text detection.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable
from operator import itemgetter

from pdfplumber.table import TableFinder
from pdfplumber.utils import extract_text, extract_words
from pdfplumber.utils.text import LIGATURES

from normalize.text import clean_cell, join_wrapped, starts_with_bullet_sign, strip_diacritics
from normalize.vietnamese import unmarked_syllables

from .pdf_annots import overlay
from .grid import Cell, Fragment, build_rows
from .metadata import has_number_line

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                  "join_tolerance": 3, "intersection_tolerance": 3}
EDGE_TOL = 2.0  # points: borders closer than this are the same grid line
# points: two column rules closer than this are one rule drawn by two grids of the same table (Kế hoạch
# 1914/KH-UBND Hải Dương 2023: the rows from IV on are ruled 4 points right of those above); no column is so narrow
SLIVER = 5.0
TEXT_ARGS = {"x_tolerance": 1.5, "y_tolerance": 3}


class PdfError(Exception):
    """A PDF that cannot be read; the message is meant for people."""


@dataclass
class PdfRead:
    fragments: list[Fragment]
    head_text: str  # text outside tables on the first pages, for metadata
    pages: int
    text_pages: int  # pages with a usable text layer
    no_text_pages: list[int] = field(default_factory=list)  # 1-based pages without one (scans): OCR's work
    legacy_pages: list[int] = field(default_factory=list)  # of those, pages in a legacy font encoding
    sideways_pages: list[int] = field(default_factory=list)  # pages whose text mostly runs up or down
    turns: dict[int, int] = field(default_factory=dict)  # page -> degrees it was turned clockwise to read it


def _cluster(values: list[float], tol: float = EDGE_TOL) -> list[float]:
    """Sorted positions with values closer than *tol* merged (their mean).

    >>> _cluster([10.0, 10.8, 50.0, 49.5, 90.0])
    [10.4, 49.75, 90.0]
    """
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [round(sum(g) / len(g), 2) for g in out]


def _without_slivers(edges: list[float], width: float = SLIVER) -> list[float]:
    """Column rules with every gap narrower than *width* closed (the pair becomes its middle).

    >>> _without_slivers([80.0, 116.0, 446.0, 606.0, 610.0, 699.0])
    [80.0, 116.0, 446.0, 608.0, 699.0]
    """
    out: list[float] = []
    for v in edges:
        if out and v - out[-1] < width:
            out[-1] = round((out[-1] + v) / 2, 2)
        else:
            out.append(v)
    return out


def _index(edges: list[float], v: float) -> int:
    """The index of the rule nearest to *v*.

    >>> _index([80.0, 116.0, 608.0, 699.0], 610.0), _index([80.0, 116.0, 608.0, 699.0], 606.0)
    (2, 2)
    """
    i = bisect.bisect_left(edges, v)
    return min((j for j in (i - 1, i) if 0 <= j < len(edges)), key=lambda j: abs(edges[j] - v))


def usable_text(text: str) -> bool:
    """Is a page's extracted text real text?

    >>> usable_text(""), usable_text("Phụ lục II  DANH MỤC CÁC NHIỆM VỤ"), usable_text("\\ue000\\ue001\\ufffd" * 20)
    (False, True, False)
    """
    counts = {c: n for c, n in Counter(text).items() if not c.isspace()}  # by distinct character: fast
    total = sum(counts.values())
    if total < 10:
        return False
    good = sum(n for c, n in counts.items() if not ("\ue000" <= c <= "\uf8ff" or c == "\ufffd")
               and (c.isalnum() or unicodedata.category(c).startswith("P")))
    return good >= 0.7 * total and not legacy_encoding(text)


# A text layer of a line or so on a page that draws no line is no page's text but what a portal or a file store printed
# over a scan: a watermark ("www.LuatVietnam.vn" over the scanned Quyết định 63/QĐ-TTg 2010), a stamp, a page number.
# (A page that draws ruling lines is a text page, however short: the last row of a table alone on its page.)
SPARSE_CHARS = 40
_CID = re.compile(r"\(cid:\d+\)")  # a glyph with no Unicode, as pdfminer names it: no character of the text


def sparse_text(text: str) -> bool:
    """Too little text for a page of a decision: the page is read by OCR (a blank page costs OCR nothing).

    >>> sparse_text(" www.LuatVietnam.vn "), sparse_text("Phụ lục II DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2026")
    (True, False)
    >>> sparse_text("Tên (cid:255)(cid:1131)(cid:81) (cid:89)(cid:1237)(cid:76)")
    True
    """
    return sum(not c.isspace() for c in _CID.sub("", text)) < SPARSE_CHARS


# A text layer of Vietnamese with its marks lost, on a page that draws no line, is someone's OCR under a scan (Nghị
# quyết 168/NQ-CP 2022 as chinhphu.vn keeps it: "CQNG HOA XA HOI CHU NGHIA VIET NAM", "Chuang trinh hanh dong cua Chinh
# phu"): the page is read by our OCR, cell by cell, and its head gives the metadata. Letters outside ASCII: 0.125-0.27
# of a text page's letters on the 1559 pages of tests/real and every sample (150 letters at least), 0.0 on that layer.
UNMARKED_SHARE = 0.03
_WORD = re.compile(r"[^\W\d_]+")


def few_marks(text: str) -> bool:
    """150 letters at least, under 3% of them outside ASCII (Vietnamese has a mark or a hat in one letter of 4-8).

    >>> few_marks("Chuong trinh hanh dong cua Chinh phu " * 5), few_marks("Chương trình hành động của Chính phủ " * 5)
    (True, False)
    """
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 150 and sum(not c.isascii() for c in letters) < UNMARKED_SHARE * len(letters)


def unmarked_vietnamese(text: str) -> bool:
    """Vietnamese printed without its tone marks and hats (:func:`few_marks`), half of its words at least a
    Vietnamese syllable once its marks are off (English is not); *text* with its spaces.

    >>> unmarked_vietnamese("Ban hanh Chuang trinh hanh dong cua Chinh phu thuc hien Nghi quyet so 26 ngay 03 " * 3)
    True
    >>> unmarked_vietnamese("Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 26 ngày 03 " * 3)
    False
    >>> unmarked_vietnamese("The Government shall report to the National Assembly on the progress of the plan " * 3)
    False
    """
    words = _WORD.findall(text)
    if not few_marks(text) or len(words) < 30:
        return False
    syllables = unmarked_syllables()
    return bool(syllables) and sum(w.lower() in syllables for w in words) * 2 >= len(words)


# Latin-1 signs and letters that Vietnamese never uses, but that text set in the legacy 8-bit
# Vietnamese fonts (TCVN3/ABC ".VnTime", VNI) comes out as: "Bé C«ng an", "Boä Coâng an".
_LEGACY_SIGNS = set("¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÏÐÑÖ×ØÛÜÞßäåæçëïðñöøûüþÿ")


def legacy_encoding(text: str) -> bool:
    """Does this text look like Vietnamese set in a legacy 8-bit font (TCVN3, VNI) rather than Unicode?

    Such a text layer reads as mojibake; the page is better read by OCR.

    >>> legacy_encoding("Bé C«ng an, Bé T\xad ph¸p, Ng©n hµng Nhµ n\xadíc"), legacy_encoding("Bộ Công an, Bộ Tư pháp")
    (True, False)
    >>> legacy_encoding("Boä Coâng an, Boä Tö phaùp"), legacy_encoding("Nhiệt độ 25°C, tỷ lệ ½")
    (True, False)
    """
    counts = Counter(text)
    total = sum(n for c, n in counts.items() if not c.isspace())
    return bool(total) and sum(n for c, n in counts.items() if c in _LEGACY_SIGNS) > max(2, 0.03 * total)



def clusters(objs: list[dict], key: str, tol: float) -> list[list[dict]]:
    """pdfplumber's ``cluster_objects(objs, key, tol)``: objects whose *key* values chain within *tol*, by value.

    >>> [[o["top"] for o in g] for g in clusters([{"top": 5}, {"top": 1}, {"top": 3.5}, {"top": 9}], "top", 3)]
    [[5, 1, 3.5], [9]]
    """
    ids: dict[float, int] = {}
    last = None
    n = -1
    for v in sorted({o[key] for o in objs}):
        if last is None or v > last + tol:
            n += 1
        ids[v] = n
        last = v
    groups: list[list[dict]] = [[] for _ in range(n + 1)]
    for o in objs:
        groups[ids[o[key]]].append(o)
    return groups


def words_of(chars: list[dict]) -> list[dict]:
    """pdfplumber's ``extract_words(chars, **TEXT_ARGS)`` for upright characters, without its overhead.

    >>> ch = lambda t, x: {"text": t, "x0": x, "x1": x + 5, "top": 10, "bottom": 20, "upright": True}
    >>> [w["text"] for w in words_of([ch("b", 6), ch("a", 0), ch(" ", 11), ch("c", 16), ch("d", 30)])]
    ['ab', 'c', 'd']
    """
    xt, yt = TEXT_ARGS["x_tolerance"], TEXT_ARGS["y_tolerance"]
    words: list[dict] = []
    for line in clusters(chars, "top", yt):
        line = spaced(sorted(line, key=_X0))
        word: list[dict] = []
        px0 = px1 = ptop = 0.0  # the word's last character
        for c in line:
            if c["text"].isspace():
                _add_word(words, word)
                word = []
                continue
            x0, top = c["x0"], c["top"]
            if word and (x0 < px0 or x0 > px1 + xt or abs(top - ptop) > yt):
                _add_word(words, word)
                word = [c]
            else:
                word.append(c)
            px0, px1, ptop = x0, c["x1"], top
        _add_word(words, word)
    return words


_TEXT, _X0, _X1, _TOP, _BOTTOM, _UPRIGHT = (itemgetter(k) for k in ("text", "x0", "x1", "top", "bottom", "upright"))
CONDENSED = -0.5     # a line whose glyphs overlap by this much (points, the median gap) is set condensed
CONDENSED_WORD = 0.08  # there, a gap wider than the median by this share of the glyph height parts words


def condensed_tolerance(line: list[dict]) -> float | None:
    """On a line (characters sorted by x0) set with condensed spacing that prints no space character, the gap past
    which two characters are two words: the line's median gap plus a share of its height; None on other lines.

    >>> ch = lambda x: {"text": "A", "x0": x, "x1": x + 10, "top": 0, "bottom": 13.6}
    >>> round(condensed_tolerance([ch(9 * i + (2.3 if i > 4 else 0)) for i in range(10)]), 2)
    0.09
    >>> condensed_tolerance([ch(10 * i) for i in range(10)]) is None
    True
    """
    if len(line) < 8 or any(c["text"].isspace() for c in line):
        return None
    gaps = sorted(b["x0"] - a["x1"] for a, b in zip(line, line[1:]))
    median = gaps[len(gaps) // 2]
    if median > CONDENSED:
        return None
    return median + CONDENSED_WORD * (line[0]["bottom"] - line[0]["top"])


def spaced(line: list[dict]) -> list[dict]:
    """A line's characters (sorted by x0) with a space put where a condensed line parts its words
    (:func:`condensed_tolerance`): PDFium drops a space glyph that overlaps the glyph before it, so the letterhead of
    Quyết định 3004/QĐ-BKHCN 2025 (letters overlapping by 1.1 points, words 1.2 points apart) read
    "BỘKHOAHỌCVÀCÔNGNGHỆ"."""
    tol = condensed_tolerance(line)
    if tol is None:
        return line
    out = [line[0]]
    for a, b in zip(line, line[1:]):
        if b["x0"] - a["x1"] > tol:
            out.append({**a, "text": " ", "x0": a["x1"], "x1": b["x0"]})
        out.append(b)
    return out


def _add_word(words: list[dict], chars: list[dict]) -> None:
    if chars:
        text = "".join(map(_TEXT, chars))
        for ligature in LIGATURES:  # "ﬁ" -> "fi", as extract_words does
            if ligature in text:
                text = text.replace(ligature, LIGATURES[ligature])
        words.append({"text": text, "x0": min(map(_X0, chars)), "x1": max(map(_X1, chars)),
                      "top": min(map(_TOP, chars)), "bottom": max(map(_BOTTOM, chars))})


def text_of(chars: list[dict]) -> str:
    """pdfplumber's ``extract_text`` of the characters (it wants a ``doctop``, which it does not use here).

    >>> text_of([{"text": t, "x0": x, "x1": x + 5, "top": 10, "bottom": 20, "upright": True}
    ...          for t, x in (("a", 0), ("b", 5))])
    'ab'
    """
    if all(map(_UPRIGHT, chars)):
        chars = [c for line in clusters(chars, "top", TEXT_ARGS["y_tolerance"]) for c in spaced(sorted(line, key=_X0))]
    return extract_text(_with_doctop(chars), **TEXT_ARGS)


def _with_doctop(chars: list[dict]) -> list[dict]:
    """The characters with the ``doctop`` pdfplumber's text utilities read (the pdfium reader's carry none: a cell
    of sideways characters went to ``extract_words`` without it and failed the whole file, "corrupt PDF: KeyError:
    'doctop'": Thông tư 02/2025/TT-BLĐTBXH as the Công báo prints it, nineteenth session).

    >>> cell_text([{"text": t, "x0": 10, "x1": 20, "top": y, "bottom": y + 8, "upright": False}
    ...            for t, y in (("a", 0), ("b", 8))])
    'ab'
    """
    return [c if "doctop" in c else {**c, "doctop": c["top"]} for c in chars]


# a word longer than its cell is broken where the line is full ("VNACCS/VCI" / "S", "IV/201" / "4", "Thán" / "g" in
# the narrow cells of a LibreOffice PDF of Quyết định 77/QĐ-TCHQ 2014); the padding a cell keeps on each side is at most
# Word's 0.19 cm (LibreOffice's is 0.1 cm)
CELL_PADDING = 5.8
_BROKEN_END = re.compile(r"(?:[^\W_]|[(/])$")
_BROKEN_REST = re.compile(r"^(?:[^\W_]{1,3}|\))(?=\W|$)")
_ROMAN = re.compile(r"^[IVX]+$")
_VOWEL = re.compile(r"[aeiouy]", re.I)


def broken_word(prev: list[dict], first: dict, width: float | None) -> bool:
    """Was a one-word line broken inside its word because the word did not fit the cell of *width*: the line full
    to the last character, and the next line starting with the word's short rest?

    >>> w = lambda t, x0, x1: {"text": t, "x0": x0, "x1": x1, "top": 0, "bottom": 10}
    >>> broken_word([w("IV/201", 291.4, 320.2)], w("4", 303.1, 308.7), 43.1)
    True
    >>> broken_word([w("Quý", 296.7, 315.0)], w("IV", 300, 306), 43.1), broken_word([w("Thường", 0, 28)], w("xuyên", 0, 22), 40)
    (False, False)
    >>> broken_word([w("Thán", 0, 20)], w("g", 0, 5), 30), broken_word([w("gian", 0, 20)], w("mở", 0, 12), 30)
    (True, False)
    """
    if width is None or len(prev) != 1 or not _BROKEN_END.search(prev[0]["text"]):
        return False
    rest, end = first["text"], prev[0]["text"][-1]
    piece = _BROKEN_REST.match(rest)
    if piece is None or _ROMAN.match(rest):
        return False
    # no syllable of its own: a digit after a digit, consonants with no vowel ("g", "S"), a closing bracket; a short
    # word ("mở", "lớp") wraps whole
    head = piece.group()
    if not (head == ")" or head.isdigit() and end.isdigit() or head.isalpha() and not _VOWEL.search(strip_diacritics(head))):
        return False
    first_char = (first["x1"] - first["x0"]) / max(len(rest), 1)
    return prev[0]["x1"] - prev[0]["x0"] + first_char > width - 2 * CELL_PADDING


def cell_text(chars: list[dict], width: float | None = None) -> str:
    """A cell's text from its characters: wrapped lines joined, paragraphs and list items kept apart.

    A layout engine wraps a line only when the next word does not fit.  So where
    the next line's first word would have fitted after the previous line, within
    the width of the cell's widest line, the line ended on purpose (a new
    paragraph, a list item, a line break): it stays a line of its own.  Widths,
    not positions, so the rule holds for centred and right-aligned text too.  A
    line that starts with a bullet sign ("•", "+" ...) is always a new item; one
    that starts with "-" or "(6)" only when the line before it ended on purpose,
    since "chính trị - xã hội" and "...; (6) ..." wrap that way inside a paragraph.
    A word broken because it is wider than the cell (*width*, when known) is joined back without a space.
    """
    words = words_of(chars) if all(map(_UPRIGHT, chars)) else extract_words(_with_doctop(chars), **TEXT_ARGS)
    if not words:
        return ""
    lines = clusters(words, "top", TEXT_ARGS["y_tolerance"])
    lines = [sorted(line, key=_X0) for line in lines]
    widths = [line[-1]["x1"] - line[0]["x0"] for line in lines]
    widest = max(widths)
    paragraphs = [" ".join(w["text"] for w in lines[0])]
    for prev, prev_width, line in zip(lines, widths, lines[1:]):
        first = line[0]
        text = " ".join(w["text"] for w in line)
        if broken_word(prev, first, width):
            paragraphs[-1] += text
            continue
        space = 0.25 * (first["bottom"] - first["top"])
        on_purpose = prev_width + space + (first["x1"] - first["x0"]) <= widest - 1.0
        if on_purpose or starts_with_bullet_sign(text):
            paragraphs.append(text)
        else:
            paragraphs[-1] = join_wrapped(paragraphs[-1], text)
    return "\n".join(p for p in (clean_cell(p) for p in paragraphs) if p)



def _into_cells(chars: list[dict], rects: list[tuple]) -> list[list[dict]]:
    """Characters into the cell rectangles (sorted by top, then left) that hold their centre; the last
    such rectangle in that order where several do.  The rectangles that span a line's middle are found
    once per line (the characters of a line share it).

    >>> [[c["text"] for c in b] for b in _into_cells(
    ...     [{"text": t, "x0": x, "x1": x + 4, "top": 2, "bottom": 8} for t, x in (("a", 1), ("b", 12))],
    ...     [(0, 0, 10, 10), (10, 0, 20, 10)])]
    [['a'], ['b']]
    """
    buckets: list[list[dict]] = [[] for _ in rects]
    tops = [r[1] for r in rects]
    spans: dict[float, list[tuple[float, float, int]]] = {}
    for ch in chars:
        cy = (ch["top"] + ch["bottom"]) / 2
        row = spans.get(cy)
        if row is None:
            hi = bisect.bisect_right(tops, cy)
            row = spans[cy] = [(rects[i][0], rects[i][2], i) for i in range(hi - 1, -1, -1)
                               if rects[i][1] <= cy <= rects[i][3]]
        cx = (ch["x0"] + ch["x1"]) / 2
        for x0, x1, i in row:
            if x0 <= cx <= x1:
                buckets[i].append(ch)
                break
    return buckets


def _table_fragment(table, chars: list[dict], page_no: int, index: int, context: str) -> Fragment | None:
    cells = table.cells
    if not cells:
        return None
    xs = _without_slivers(_cluster([c[0] for c in cells] + [c[2] for c in cells]))
    ys = _cluster([c[1] for c in cells] + [c[3] for c in cells])
    if len(xs) < 2 or len(ys) < 2:
        return None
    placed = []
    for x0, top, x1, bottom in cells:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if c1 <= c0 or r1 <= r0:
            continue
        placed.append((r0, c0, r1 - r0, c1 - c0, (x0, top, x1, bottom)))
    boxes = sorted(placed, key=lambda p: (p[4][1], p[4][0]))
    buckets = _into_cells(chars, [b[4] for b in boxes])
    grid_cells = []
    for (r0, c0, rs, cs, box), bucket in zip(boxes, buckets):
        text = cell_text(bucket, box[2] - box[0]) if bucket else ""
        grid_cells.append((r0, c0, Cell(text, rs, cs)))
    rows = build_rows(len(ys) - 1, len(xs) - 1, grid_cells)
    return Fragment(rows=rows, page=page_no, source_table=index, context=context,
                    col_edges=tuple(xs), bbox=tuple(table.bbox), row_tops=tuple(ys[:-1]))


def closing_lines(edges: list[dict], tol: float = 3.0) -> list[float]:
    """Horizontal lines that close a table left open by a page break.

    Word and other exporters draw no border where a page break cuts a row: the
    column lines run on below the last horizontal line (or start above the first
    one, on the next page), and a table finder that needs closed cells drops the
    cut row.  This returns the y of the missing bottom (and top) border.

    >>> v = [{"orientation": "v", "top": 100, "bottom": 700, "height": 600}]
    >>> h = [{"orientation": "h", "top": y, "bottom": y, "width": 400} for y in (100, 130, 600)]
    >>> closing_lines(v + h)
    [700]
    """
    vertical = [e for e in edges if e["orientation"] == "v" and e["height"] > 2 * tol]
    horizontal = [e for e in edges if e["orientation"] == "h" and e["width"] > 2 * tol]
    if not vertical or not horizontal:
        return []
    lines = []
    v_top, v_bottom = min(e["top"] for e in vertical), max(e["bottom"] for e in vertical)
    h_top, h_bottom = min(e["top"] for e in horizontal), max(e["top"] for e in horizontal)
    if v_bottom - h_bottom > tol:
        lines.append(v_bottom)
    if h_top - v_top > tol:
        lines.append(v_top)
    return lines


def _settings(page) -> dict:
    extra = closing_lines(page.edges)
    return {**TABLE_SETTINGS, "explicit_horizontal_lines": extra} if extra else TABLE_SETTINGS


@dataclass
class TurnedPage:
    """A page whose text runs sideways, turned a quarter so that it reads left to right.

    Has what pdfplumber's TableFinder and text functions use of a page: ``edges``,
    ``bbox``, and the characters (``chars``), all in the turned page's coordinates.
    """

    chars: list[dict]
    edges: list[dict]
    bbox: tuple[float, float, float, float]
    clockwise: int  # degrees the page was turned clockwise: 90 or -90


def is_sideways(chars: list[dict]) -> bool:
    """Does most of the page's text run up or down (a landscape table printed on a portrait page)?"""
    return bool(chars) and len(chars) - sum(map(bool, map(_UPRIGHT, chars))) > len(chars) / 2


def _text_goes_up(chars: list[dict]) -> bool:
    """Do the sideways characters follow each other upwards (bottom to top) rather than downwards?"""
    up = down = 0
    for a, b in zip(chars, chars[1:]):
        if a["upright"] or b["upright"] or abs(a["x0"] - b["x0"]) > 1:
            continue
        step = b["top"] - a["top"]
        if 0 < -step < 3 * (a["bottom"] - a["top"]) + 1:
            up += 1
        elif 0 < step < 3 * (a["bottom"] - a["top"]) + 1:
            down += 1
    return up >= down


def turn_page(page, chars: list[dict]) -> TurnedPage:
    """Turn a sideways page a quarter turn (clockwise when its text runs up, else counter-clockwise).

    >>> chars = [{"text": t, "x0": 100, "x1": 110, "top": 500 - 8 * i, "bottom": 508 - 8 * i, "upright": False}
    ...          for i, t in enumerate("ab")]
    >>> page = type("P", (), {"width": 600, "height": 800, "edges": []})()
    >>> [(c["text"], c["x0"], c["top"]) for c in turn_page(page, chars).chars]
    [('a', 292, 100), ('b', 300, 100)]
    """
    w, h = page.width, page.height
    up = _text_goes_up(chars)
    if up:
        def f(x, y):
            return h - y, x
    else:
        def f(x, y):
            return y, w - x

    def moved(o: dict) -> dict:
        (ax, ay), (bx, by) = f(o["x0"], o["top"]), f(o["x1"], o["bottom"])
        x0, x1, top, bottom = min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)
        return {**o, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
                "width": x1 - x0, "height": bottom - top}

    turned_chars = [{**moved(c), "upright": True} for c in chars]
    edges = [{**moved(e), "orientation": {"h": "v", "v": "h"}.get(e.get("orientation"), e.get("orientation"))}
             for e in page.edges]
    return TurnedPage(turned_chars, edges, (0, 0, h, w), 90 if up else -90)


@dataclass
class FlatPage:
    """A page as plain values: what the table finder and the text functions use of a page."""

    chars: list[dict]
    edges: list[dict]
    width: float
    height: float

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0, 0, self.width, self.height)


# a cover page (title, "LƯU HÀNH NỘI BỘ") and its blank back may come before the letterhead (the draft action
# programme of the Thái Nguyên provincial Party committee 2025: its "Số" line on page 3): while no "Số" line is read,
# the head goes on to this page
HEAD_PAGES_AFTER_COVER = 4


@dataclass
class Reading:
    """What a reader has found so far in a document, page after page (becomes a :class:`PdfRead`)."""

    fragments: list[Fragment] = field(default_factory=list)
    head: list[str] = field(default_factory=list)
    text_pages: int = 0
    no_text: list[int] = field(default_factory=list)
    legacy: list[int] = field(default_factory=list)
    sideways: list[int] = field(default_factory=list)
    turns: dict[int, int] = field(default_factory=dict)

    def result(self, pages: int) -> PdfRead:
        return PdfRead(self.fragments, "\n".join(self.head), pages, self.text_pages, self.no_text,
                       self.legacy, self.sideways, self.turns)

    def add_page(self, page, page_no: int, annots: list[dict] = ()) -> None:
        """Read one page (*page* has ``chars``, ``edges``, ``width``, ``height``, ``bbox``); *annots*: the
        characters its annotations print (a signed PDF's number and date), for the head text only."""
        chars = page.chars
        page_text = "".join(map(_TEXT, chars))
        someone_elses = not page.edges and (sparse_text(page_text) or few_marks(page_text)
                                             and unmarked_vietnamese(text_of(chars)))
        if usable_text(page_text) and not someone_elses:   # a watermark or an OCR layer over a scan: read by OCR
            self.text_pages += 1
        else:
            self.no_text.append(page_no)
            if legacy_encoding(page_text):
                self.legacy.append(page_no)
        where = without_paper_fills(page)
        if is_sideways(chars):  # a landscape table printed sideways: read it turned upright
            self.sideways.append(page_no)
            where = turn_page(page, chars)
            chars, self.turns[page_no] = where.chars, where.clockwise
        tables = TableFinder(where, _settings(where)).tables if chars else []
        tables = sorted(tables, key=lambda t: t.bbox[1])
        prev_bottom = 0.0
        for t in tables:
            x0, top, x1, bottom = t.bbox
            # by the character's middle: a line printed flush under a table still counts
            above = [c for c in chars if prev_bottom <= (c["top"] + c["bottom"]) / 2 <= top]
            context = text_of(above) if above else ""
            inside = [c for c in chars if top - 1 <= c["top"] and c["bottom"] <= bottom + 1
                      and x0 - 1 <= c["x0"] and c["x1"] <= x1 + 1]
            frag = _table_fragment(t, inside, page_no, len(self.fragments), context)
            if frag is not None:
                self.fragments.append(frag)
            prev_bottom = bottom
        head_page = page_no <= 2 or page_no <= HEAD_PAGES_AFTER_COVER and not has_number_line("\n".join(self.head))
        if page_no <= 2 and page_no in self.no_text:  # mojibake or nothing: OCR reads this page's head
            if annots:
                self.head.append(text_of(list(annots)))
        elif head_page and chars:
            spans = [(t.bbox[1] - 1, t.bbox[3] + 1) for t in tables]  # Table.bbox is computed at each call
            outside = [c for c in chars if not any(top <= c["top"] and c["bottom"] <= bottom for top, bottom in spans)]
            text = text_of(overlay(outside, list(annots)) if annots else outside)
            if page_no <= 2:
                self.head.append(text)
            elif has_number_line(text):     # the letterhead after a cover page: the cover is no letterhead
                self.head = [text]


def paper_fill(obj: dict) -> bool:
    """A shape filled with white and not stroked: invisible on the paper, so its edges are no ruling lines
    (the Công báo paints a white box behind every text line of a cell).

    >>> paper_fill({"fill": True, "stroke": False, "non_stroking_color": (1.0,)}), paper_fill({"fill": True,
    ...     "stroke": False, "non_stroking_color": (0, 0, 0)}), paper_fill({"fill": True, "stroke": True,
    ...     "non_stroking_color": 1})
    (True, False, False)
    """
    if not obj.get("fill") or obj.get("stroke"):
        return False
    colour = obj.get("non_stroking_color")
    values = colour if isinstance(colour, (tuple, list)) else (colour,)
    if not values or any(not isinstance(v, (int, float)) for v in values):
        return False
    if len(values) == 4:  # CMYK: white is no ink
        return all(v <= 0.02 for v in values)
    return len(values) in (1, 3) and all(v >= 0.98 for v in values)


@dataclass
class PageView:
    """A page with some of its edges left out: what the table finder and the text functions use of it."""

    chars: list[dict]
    edges: list[dict]
    width: float
    height: float
    bbox: tuple[float, float, float, float]


def without_paper_fills(page):
    """*page*, or a view of it without the edges of white, unstroked fills (:func:`paper_fill`)."""
    kept = [e for e in page.edges if not paper_fill(e)]
    if len(kept) == len(page.edges):
        return page
    return PageView(page.chars, kept, page.width, page.height, tuple(page.bbox))


def read_pages(pages: Iterable, flat: Callable, close: Callable, annots: Callable | None = None) -> PdfRead:
    """Each page of a reader made plain (*flat*), read, then closed (*close*); any error that is not a
    PdfError makes the PDF corrupt.  *annots*: page number -> the characters its annotations print (asked
    for the first page only, where the number and date are)."""
    reading = Reading()
    count = 0
    try:
        for count, page in enumerate(pages, start=1):
            try:
                reading.add_page(flat(page), count, annots(count) if annots and count == 1 else ())
            finally:
                close(page)
        return reading.result(count)
    except (PdfError, MemoryError):  # MemoryError: the batch names the worker's memory bound
        raise
    except Exception as exc:
        raise PdfError(f"corrupt PDF: {type(exc).__name__}: {exc}") from exc


MAX_STREAM_DECODED = 64 * 1024 * 1024  # bytes one compressed stream may inflate to (a page's content: a PDF bomb)
_STREAM = re.compile(rb"stream\r?\n")


def check_streams(path, limit: int = MAX_STREAM_DECODED) -> None:
    """Refuse a PDF one of whose Flate streams inflates past *limit* bytes (a PDF bomb), measured by inflating
    it as a stream with a running count before any reader decodes it whole.  Images are streams too: a page
    scanned at 300 dpi in colour inflates to about 26 MB, well inside the bound."""
    import mmap
    import zlib

    with open(path, "rb") as f:
        try:
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file
            return
        with data:
            for m in _STREAM.finditer(data):
                inflater, total, pos = zlib.decompressobj(), 0, m.end()
                try:
                    while total <= limit and not inflater.eof and pos < len(data):
                        total += len(inflater.decompress(data[pos:pos + (1 << 20)], 1 << 22))
                        # at the stream's end zlib keeps what follows it as the tail: stop there, or loop for ever
                        while inflater.unconsumed_tail and total <= limit and not inflater.eof:
                            total += len(inflater.decompress(inflater.unconsumed_tail, 1 << 22))
                        pos += 1 << 20
                except zlib.error:  # not Flate data (or broken): the reader copes in its own way
                    continue
                if total > limit:
                    raise PdfError(f"refused: the content of a page decodes to more than {limit // 2**20} MB, "
                                   "the bound per page (a PDF bomb?)")
