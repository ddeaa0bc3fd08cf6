"""PDF reader: pdfplumber finds the ruled tables on each page; characters go to cells.

For each page: find the tables once (ruling lines), turn each table's cell
rectangles into a grid with row and column spans, then put every character
of the page into the cell whose box holds its centre and build the cell text
from those characters (no second text extraction per cell).  The text printed
above a table (appendix label, title, letterhead) becomes its context.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfminer.layout import LTChar, LTCurve
from pdfplumber.page import Page
from pdfplumber.table import TableFinder
from pdfplumber.utils import cluster_objects, extract_text, extract_words

from normalize.text import clean_cell, join_wrapped, starts_with_bullet_sign

from .pdf_annots import annotation_chars, overlay
from .grid import Cell, Fragment, build_rows

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                  "join_tolerance": 3, "intersection_tolerance": 3}
EDGE_TOL = 2.0  # points: borders closer than this are the same grid line
TEXT_ARGS = {"x_tolerance": 1.5, "y_tolerance": 3}


class LeanPage(Page):
    """A pdfplumber page that keeps only what table finding and text need of each object.

    pdfplumber's own ``process_object`` copies and resolves every attribute of
    every character (colours, graphic state, font descriptors ...): about half
    of the time of reading a page.  Tables need positions, text and the path
    points of ruling lines, so this version builds just those; pdfplumber's
    table finder and text functions then work on them unchanged.
    """

    def process_object(self, obj) -> dict:
        mb_x0, mb_top = self.mediabox[:2]
        top = self.height - obj.y1 + mb_top
        bottom = self.height - obj.y0 + mb_top
        d = {"object_type": _KIND.get(type(obj).__name__) or type(obj).__name__[2:].lower(),
             "page_number": self.page_number, "x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0,
             "y0": obj.y0, "y1": obj.y1, "top": top, "bottom": bottom, "doctop": self.initial_doctop + top,
             "width": obj.width, "height": obj.height}
        if isinstance(obj, LTChar):
            d["text"] = obj.get_text()
            d["upright"] = obj.upright
            d["size"] = obj.size
            d["fontname"] = obj.fontname
        elif isinstance(obj, LTCurve):
            d["pts"] = [self.point2coord(pt) for pt in obj.pts]
            d["stroke"], d["fill"] = obj.stroke, obj.fill
        return d


_KIND = {"LTChar": "char", "LTRect": "rect", "LTLine": "line", "LTCurve": "curve", "LTImage": "image",
         "LTFigure": "figure", "LTAnno": "anno", "LTTextBoxHorizontal": "textboxhorizontal"}


class PdfError(Exception):
    """A PDF that cannot be read; the message is meant for people."""


MAX_PAGE_CONTENT = 64 * 1024 * 1024  # decoded content bytes a page may have (page and form streams)


def check_page_content(page_obj, page_no: int, limit: int = MAX_PAGE_CONTENT) -> None:
    """Refuse a page whose content streams decode past *limit* bytes (a PDF bomb), measured by inflating
    them as a stream with a running count before pdfminer decodes them whole."""
    total = 0
    for stream in _content_streams(page_obj):
        total += _decoded_size(stream, limit - total)
        if total > limit:
            raise PdfError(f"refused: the content of page {page_no} decodes to more than {limit // 2**20} MB, "
                           "the bound per page (a PDF bomb?)")


def _content_streams(page_obj) -> list:
    from pdfminer.pdftypes import PDFStream, resolve1

    streams = [resolve1(c) for c in page_obj.contents]
    resources = resolve1(page_obj.resources)
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if isinstance(xobjects, dict):  # forms are content too; images are never decoded here
        forms = [resolve1(x) for x in xobjects.values()]
        streams += [x for x in forms if isinstance(x, PDFStream) and getattr(x.get("Subtype"), "name", "") == "Form"]
    return [s for s in streams if isinstance(s, PDFStream)]


def _decoded_size(stream, limit: int) -> int:
    import zlib

    from pdfminer.psparser import LIT

    if stream.data is not None:
        return len(stream.data)
    data = stream.rawdata or b""
    filters = stream.get_filters()
    if not filters or filters[0][0] not in (LIT("FlateDecode"), LIT("Fl")):
        return len(data)
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    inflater, total, chunk = zlib.decompressobj(), 0, 1 << 20
    try:
        for i in range(0, len(data), chunk):
            total += len(inflater.decompress(data[i:i + chunk], chunk))
            while inflater.unconsumed_tail and total <= limit:
                total += len(inflater.decompress(inflater.unconsumed_tail, chunk))
            if total > limit or inflater.eof:
                break
    except zlib.error:  # pdfminer copes with broken streams in its own way
        pass
    return total


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


def _index(edges: list[float], v: float) -> int:
    i = bisect.bisect_left(edges, v - EDGE_TOL)
    return min(i, len(edges) - 1)


def usable_text(text: str) -> bool:
    """Is a page's extracted text real text?

    >>> usable_text(""), usable_text("Phụ lục II  DANH MỤC CÁC NHIỆM VỤ"), usable_text("\\ue000\\ue001\\ufffd" * 20)
    (False, True, False)
    """
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 10:
        return False
    good = sum(c.isalnum() or unicodedata.category(c).startswith("P") for c in chars
               if not ("\ue000" <= c <= "\uf8ff" or c == "\ufffd"))
    return good >= 0.7 * len(chars) and not legacy_encoding(text)


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
    chars = [c for c in text if not c.isspace()]
    return bool(chars) and sum(c in _LEGACY_SIGNS for c in chars) > max(2, 0.03 * len(chars))



def cell_text(chars: list[dict]) -> str:
    """A cell's text from its characters: wrapped lines joined, paragraphs and list items kept apart.

    A layout engine wraps a line only when the next word does not fit.  So where
    the next line's first word would have fitted after the previous line, within
    the width of the cell's widest line, the line ended on purpose (a new
    paragraph, a list item, a line break): it stays a line of its own.  Widths,
    not positions, so the rule holds for centred and right-aligned text too.  A
    line that starts with a bullet sign ("•", "+" ...) is always a new item; one
    that starts with "-" or "(6)" only when the line before it ended on purpose,
    since "chính trị - xã hội" and "...; (6) ..." wrap that way inside a paragraph.
    """
    words = extract_words(chars, **TEXT_ARGS)
    if not words:
        return ""
    lines = cluster_objects(words, "top", TEXT_ARGS["y_tolerance"])
    lines = [sorted(line, key=lambda w: w["x0"]) for line in lines]
    widths = [line[-1]["x1"] - line[0]["x0"] for line in lines]
    widest = max(widths)
    paragraphs = [" ".join(w["text"] for w in lines[0])]
    for prev_width, line in zip(widths, lines[1:]):
        first = line[0]
        text = " ".join(w["text"] for w in line)
        space = 0.25 * (first["bottom"] - first["top"])
        on_purpose = prev_width + space + (first["x1"] - first["x0"]) <= widest - 1.0
        if on_purpose or starts_with_bullet_sign(text):
            paragraphs.append(text)
        else:
            paragraphs[-1] = join_wrapped(paragraphs[-1], text)
    return "\n".join(p for p in (clean_cell(p) for p in paragraphs) if p)



def _table_fragment(table, chars: list[dict], page_no: int, index: int, context: str) -> Fragment | None:
    cells = table.cells
    if not cells:
        return None
    xs = _cluster([c[0] for c in cells] + [c[2] for c in cells])
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
    # Characters into cells by their centre.
    boxes = sorted(placed, key=lambda p: (p[4][1], p[4][0]))
    buckets: list[list[dict]] = [[] for _ in boxes]
    tops = [b[4][1] for b in boxes]
    for ch in chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        hi = bisect.bisect_right(tops, cy)
        for i in range(hi - 1, -1, -1):
            x0, top, x1, bottom = boxes[i][4]
            if x0 <= cx <= x1 and top <= cy <= bottom:
                buckets[i].append(ch)
                break
    grid_cells = []
    for (r0, c0, rs, cs, _), bucket in zip(boxes, buckets):
        text = cell_text(bucket) if bucket else ""
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
    return bool(chars) and sum(not c["upright"] for c in chars) > len(chars) / 2


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


def read_pdf(path: Path, password: str = "") -> PdfRead:
    try:
        pdf = pdfplumber.open(str(path), password=password)
    except Exception as exc:
        raise PdfError(_open_error(exc)) from exc
    fragments: list[Fragment] = []
    head: list[str] = []
    text_pages = 0
    no_text: list[int] = []
    sideways: list[int] = []
    turns: dict[int, int] = {}
    legacy: list[int] = []
    try:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise PdfError(_open_error(exc)) from exc
        for page_no, page in enumerate(pages, start=1):
            if not page.rotation:
                page.__class__ = LeanPage  # same page, leaner object parsing
            try:
                check_page_content(page.page_obj, page_no)
                chars = page.chars
                page_text = "".join(c["text"] for c in chars)
                if usable_text(page_text):
                    text_pages += 1
                else:
                    no_text.append(page_no)
                    if legacy_encoding(page_text):
                        legacy.append(page_no)
                where = page
                if is_sideways(chars):  # a landscape table printed sideways: read it turned upright
                    sideways.append(page_no)
                    where = turn_page(page, chars)
                    chars, turns[page_no] = where.chars, where.clockwise
                tables = TableFinder(where, _settings(where)).tables if chars else []
                tables = sorted(tables, key=lambda t: t.bbox[1])
                prev_bottom = 0.0
                for t in tables:
                    x0, top, x1, bottom = t.bbox
                    # by the character's middle: a line printed flush under a table still counts
                    above = [c for c in chars if prev_bottom <= (c["top"] + c["bottom"]) / 2 <= top]
                    context = extract_text(above, **TEXT_ARGS) if above else ""
                    inside = [c for c in chars if top - 1 <= c["top"] and c["bottom"] <= bottom + 1
                              and x0 - 1 <= c["x0"] and c["x1"] <= x1 + 1]
                    frag = _table_fragment(t, inside, page_no, len(fragments), context)
                    if frag is not None:
                        fragments.append(frag)
                    prev_bottom = bottom
                if page_no <= 2 and chars:
                    outside = [c for c in chars if not any(
                        t.bbox[1] - 1 <= c["top"] and c["bottom"] <= t.bbox[3] + 1 for t in tables)]
                    if page_no == 1 and not page.rotation and _has_annots(page):  # number, date of a signed PDF
                        outside = overlay(outside, annotation_chars(path, page_no))
                    head.append(extract_text(outside, **TEXT_ARGS))
            finally:
                page.close()
        return PdfRead(fragments, "\n".join(head), len(pages), text_pages, no_text, legacy, sideways, turns)
    except (PdfError, MemoryError):  # MemoryError: the batch names the worker's memory bound
        raise
    except Exception as exc:
        raise PdfError(f"corrupt PDF: {type(exc).__name__}: {exc}") from exc
    finally:
        pdf.close()


def _has_annots(page) -> bool:
    try:
        return bool(page.annots)
    except Exception:  # a broken annotation tree: the page's own text is read all the same
        return False


def _open_error(exc: Exception) -> str:
    if exc.args and isinstance(exc.args[0], BaseException):
        exc = exc.args[0]  # pdfplumber's PdfminerException wraps pdfminer's own error
    name = type(exc).__name__
    text = str(exc)
    if "Password" in name or "Encrypt" in name or "password" in text.lower() or "encrypt" in text.lower():
        return "encrypted PDF: a password is needed to read it"
    if "PSEOF" in name or "EOF" in text or "trailer" in text.lower() or "startxref" in text.lower():
        return f"truncated or corrupt PDF: {name}: {text}".rstrip(": ")
    return f"corrupt PDF: {name}: {text}".rstrip(": ")
