"""PDF reader on pypdfium2 (PDFium's C parser): the default reader, about ten times faster than pdfminer.

It builds, for each page, the same plain values the pdfplumber reader gets from pdfminer, and hands
them to the same table finding and cell text (:mod:`extract.pdf_geometry`):

- characters with pdfminer's box: from the character's origin (baseline), its font size and
  matrix, the advance end of PDFium's loose box, and the font's descent; the spaces and line ends
  PDFium generates (its text page adds them between words and lines) are dropped, real spaces kept;
- ruling lines and rectangles from path objects (in form XObjects too): each subpath's points
  through the object's matrix, classed as pdfminer does (line, rectangle, curve) and turned into
  edges as pdfplumber does;
- a page with a ``/Rotate`` entry in pdfminer's coordinates (the page as displayed).

The hot loop calls PDFium through its own ``ctypes`` prototypes (plain addresses, no wrapper
objects): three calls per character, one per text object.
"""
from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .pdf_annots import annotation_chars
from .pdf_geometry import FlatPage, PdfError, PdfRead, check_streams, read_pages

_VP, _INT, _DBL, _FLT = ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.c_float


def _lib():
    """PDFium's functions with plain ``void*`` prototypes (fast to call with addresses as ints)."""
    from pypdfium2_raw import bindings

    lib = ctypes.CDLL(bindings._libs["pdfium"]._name)
    protos = {
        "FPDF_LoadPage": (_VP, [_VP, _INT]),
        "FPDF_ClosePage": (None, [_VP]),
        "FPDFText_LoadPage": (_VP, [_VP]),
        "FPDFText_ClosePage": (None, [_VP]),
        "FPDFPage_GetMediaBox": (_INT, [_VP, _VP, _VP, _VP, _VP]),
        "FPDF_GetPageBoundingBox": (_INT, [_VP, _VP]),
        "FPDFPage_GetRotation": (_INT, [_VP]),
        "FPDFText_GetUnicode": (ctypes.c_uint, [_VP, _INT]),
        "FPDFText_CountChars": (_INT, [_VP]),
        "FPDFText_GetText": (_INT, [_VP, _INT, _INT, _VP]),
        "FPDFText_IsGenerated": (_INT, [_VP, _INT]),
        "FPDFText_GetTextObject": (_VP, [_VP, _INT]),
        "FPDFText_GetLooseCharBox": (_INT, [_VP, _INT, _VP]),
        "FPDFText_GetCharOrigin": (_INT, [_VP, _INT, _VP, _VP]),
        "FPDFText_GetFontSize": (_DBL, [_VP, _INT]),
        "FPDFText_GetMatrix": (_INT, [_VP, _INT, _VP]),
        "FPDFTextObj_GetFont": (_VP, [_VP]),
        "FPDFFont_GetDescent": (_INT, [_VP, _FLT, _VP]),
        "FPDFFont_GetIsEmbedded": (_INT, [_VP]),
        "FPDFFont_GetBaseFontName": (ctypes.c_size_t, [_VP, _VP, ctypes.c_size_t]),
        "FPDFPage_CountObjects": (_INT, [_VP]),
        "FPDFPage_GetObject": (_VP, [_VP, _INT]),
        "FPDFFormObj_CountObjects": (_INT, [_VP]),
        "FPDFFormObj_GetObject": (_VP, [_VP, ctypes.c_ulong]),
        "FPDFPageObj_GetType": (_INT, [_VP]),
        "FPDFPageObj_GetBounds": (_INT, [_VP, _VP, _VP, _VP, _VP]),
        "FPDFTextObj_GetFontSize": (_INT, [_VP, _VP]),
        "FPDFPageObj_GetMatrix": (_INT, [_VP, _VP]),
        "FPDFPath_CountSegments": (_INT, [_VP]),
        "FPDFPath_GetPathSegment": (_VP, [_VP, _INT]),
        "FPDFPath_GetDrawMode": (_INT, [_VP, _VP, _VP]),
        "FPDFPageObj_GetFillColor": (_INT, [_VP, _VP, _VP, _VP, _VP]),
        "FPDFPathSegment_GetPoint": (_INT, [_VP, _VP, _VP]),
        "FPDFPathSegment_GetType": (_INT, [_VP]),
        "FPDFPathSegment_GetClose": (_INT, [_VP]),
    }
    for name, (res, args) in protos.items():
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = res, args
    return lib


_C = _lib()


def _bare(name: str, restype):
    """A second prototype without argtypes: called with ready ctypes values it skips their conversion."""
    from pypdfium2_raw import bindings

    fn = getattr(ctypes.CDLL(bindings._libs["pdfium"]._name), name)
    fn.restype = restype
    return fn


# the three calls made for every character
_GET_OBJECT, _LOOSE_BOX, _ORIGIN = (_bare("FPDFText_GetTextObject", _VP), _bare("FPDFText_GetLooseCharBox", _INT),
                                    _bare("FPDFText_GetCharOrigin", _INT))

# pdfminer takes a standard font's descent from its AFM metrics (PDFium from the font's box).
_AFM_DESCENT = {"Helvetica": -0.207, "Times": -0.217, "Courier": -0.157, "Symbol": -0.293, "ZapfDingbats": -0.143}
_MOVETO, _BEZIERTO = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_BEZIERTO
_PATH, _FORM, _TEXT = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM, pdfium_c.FPDF_PAGEOBJ_TEXT


def read_pdf(path: Path, password: str = "") -> PdfRead:
    """The tables of a PDF, read with PDFium: the same :class:`PdfRead` as ``pdf_reader.read_pdf``."""
    _check_complete(Path(path))
    check_streams(path)  # PDFium would decode a bomb whole
    try:
        pdf = pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError as exc:
        raise PdfError(_open_error(exc)) from exc
    try:
        zero_descents = "LibreOffice" in (pdf.get_metadata_value("Producer") or "")
        doc = ctypes.cast(pdf.raw, _VP).value
        return read_pages((_load_page(doc, i) for i in range(len(pdf))),
                          lambda page: flat_page(page, zero_descents), _C.FPDF_ClosePage,
                          lambda n: annotation_chars(path, n))
    finally:
        pdf.close()


def _load_page(doc: int, index: int) -> int:
    page = _C.FPDF_LoadPage(doc, index)
    if not page:
        raise PdfError(f"corrupt PDF: page {index + 1} cannot be loaded")
    return page


def _check_complete(path: Path) -> None:
    """PDFium repairs a cut file and reads what is left; pdfminer (the reference) refuses it: so do we."""
    with open(path, "rb") as f:
        f.seek(0, 2)
        f.seek(max(0, f.tell() - 16384))  # the end, where a whole PDF has them
        tail = f.read()
    if b"%%EOF" not in tail and b"startxref" not in tail:
        raise PdfError("truncated or corrupt PDF: no end-of-file marker (%%EOF) or startxref")


def _open_error(exc: Exception) -> str:
    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return "encrypted PDF: a password is needed to read it"
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "encrypted PDF: unsupported security handler"
    return f"corrupt PDF: PdfiumError: {exc}".rstrip(": ")


# --- page geometry ---------------------------------------------------------------------------

class _Frame:
    """User space to pdfminer's top-down page coordinates, with the page's /Rotate applied."""

    def __init__(self, page: int):
        x0, y0, x1, y1 = _mediabox(page)
        self.rotation = 90 * (_C.FPDFPage_GetRotation(page) % 4)
        turned = self.rotation in (90, 270)
        self.width = (y1 - y0) if turned else (x1 - x0)
        self.height = (x1 - x0) if turned else (y1 - y0)
        # pdfminer's ctm for the rotation: (a, b, c, d, e, f)
        self.ctm = {90: (0, -1, 1, 0, -y0, x1), 180: (-1, 0, 0, -1, x1, y1),
                    270: (0, 1, -1, 0, y1, -x0)}.get(self.rotation, (1, 0, 0, 1, -x0, -y0))
        self.dx = y0 if turned else x0

    def point(self, x: float, y: float) -> tuple[float, float]:
        """(x, top) of a user-space point."""
        a, b, c, d, e, f = self.ctm
        return a * x + c * y + e + self.dx, self.height - (b * x + d * y + f)

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of a user-space box."""
        ax, at = self.point(x0, y0)
        bx, bt = self.point(x1, y1)
        return min(ax, bx), min(at, bt), max(ax, bx), max(at, bt)


def _mediabox(page: int) -> tuple[float, float, float, float]:
    """The page's MediaBox; when the page does not hold one itself (inherited), PDFium's page box."""
    box = [_FLT() for _ in range(4)]
    if _C.FPDFPage_GetMediaBox(page, *(ctypes.addressof(v) for v in box)):
        x0, y0, x1, y1 = (v.value for v in box)
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    rect = pdfium_c.FS_RECTF()
    _C.FPDF_GetPageBoundingBox(page, ctypes.addressof(rect))
    return rect.left, min(rect.bottom, rect.top), rect.right, max(rect.bottom, rect.top)


def flat_page(page: int, zero_descents: bool) -> FlatPage:
    """A PDFium page (its handle, as an int) as plain values for :class:`Reading`."""
    frame = _Frame(page)
    return FlatPage(_chars(page, frame, zero_descents), _edges(page, frame), frame.width, frame.height)


# --- characters ---------------------------------------------------------------------------------

def _page_text(tp: int, n: int) -> str:
    buf = ctypes.create_string_buffer(2 * (n + 1))
    _C.FPDFText_GetText(tp, 0, n, buf)
    return buf.raw[:2 * n].decode("utf-16-le", "replace")


def _text_object(tp: int, i: int, obj: int, zero_descents: bool) -> tuple:
    """(a, b, c, d, size, descent) shared by the characters of one text object."""
    m = pdfium_c.FS_MATRIX()
    _C.FPDFText_GetMatrix(tp, i, ctypes.addressof(m))
    size = _C.FPDFText_GetFontSize(tp, i)
    return (m.a, m.b, m.c, m.d, size, _descent(_C.FPDFTextObj_GetFont(obj), zero_descents))


def _descent(font: int | None, zero_descents: bool) -> float:
    """The font's descent per unit of size, as pdfminer reads it (the descriptor's /Descent, or AFM)."""
    if not font:
        return 0.0
    if not _C.FPDFFont_GetIsEmbedded(font):
        buf = ctypes.create_string_buffer(128)
        _C.FPDFFont_GetBaseFontName(font, buf, 128)
        name = buf.value.decode("latin-1", "replace")
        for family, value in _AFM_DESCENT.items():
            if name.startswith(family):
                return value
    if zero_descents:  # LibreOffice writes /Ascent 0 /Descent 0, which pdfminer takes as they are
        return 0.0
    out = _FLT()
    return out.value if _C.FPDFFont_GetDescent(font, 1.0, ctypes.addressof(out)) else 0.0


def _chars(page: int, frame: _Frame, zero_descents: bool) -> list[dict]:
    tp = _C.FPDFText_LoadPage(page)
    if not tp:
        return []
    try:
        n = _C.FPDFText_CountChars(tp)
        text = _page_text(tp, n) if n > 0 else ""
        if len(text) != n:
            text = "".join(chr(_C.FPDFText_GetUnicode(tp, i)) for i in range(n))
        seen: set[int] = set()
        chars = _char_boxes(tp, text, frame, zero_descents, seen)
        return chars + _apart(_lost_spaces(page, seen, frame, zero_descents), chars) if chars else chars
    finally:
        _C.FPDFText_ClosePage(tp)


def _apart(spaces: list[dict], chars: list[dict]) -> list[dict]:
    """The spaces that start where a glyph of their own baseline ends (within a point each way, as a space's
    advance follows the glyph's): those part words.  Word leaves spaces of other runs over words too ("Mi nh",
    "Ng hiên", "Xâ y" as pdfminer reads them: a smaller font's space, its baseline a few points off): dropped."""
    if not spaces:
        return spaces
    lines: dict[int, list[dict]] = {}
    for c in chars:
        lines.setdefault(int(c["bottom"] // 4), []).append(c)

    def follows_glyph(sp: dict) -> bool:
        row = int(sp["bottom"] // 4)
        before = [c for r in (row - 1, row, row + 1) for c in lines.get(r, ())
                  if c["x0"] < sp["x0"] and abs(c["bottom"] - sp["bottom"]) <= 1.0]
        return bool(before) and abs(max(before, key=lambda c: c["x0"])["x1"] - sp["x0"]) <= 1.0
    return [sp for sp in spaces if follows_glyph(sp)]


def _lost_spaces(page: int, seen: set[int], frame: _Frame, zero_descents: bool) -> list[dict]:
    """The real spaces PDFium's text page leaves out: a text object of its own (a space in another font, as Word
    writes them in condensed cells: "1. Bộ Tài chính") that gives the text page no character, as a space at its
    origin (upright text on an unrotated page; pdfminer reads these spaces, and the words they part stay apart)."""
    if frame.rotation != 0 or frame.ctm[4] != 0 or frame.ctm[5] != 0:
        return []
    out = []
    box, size = [_FLT() for _ in range(4)], _FLT()
    for k in range(_C.FPDFPage_CountObjects(page)):
        obj = _C.FPDFPage_GetObject(page, k)
        if _C.FPDFPageObj_GetType(obj) != _TEXT or obj in seen:
            continue
        a, b, c, d, _e, _f = _matrix(obj)
        if not (b == 0 and c == 0 and a > 0 and d > 0) or not _C.FPDFTextObj_GetFontSize(obj, ctypes.addressof(size)):
            continue
        _C.FPDFPageObj_GetBounds(obj, *(ctypes.addressof(v) for v in box))
        left, base = box[0].value, box[1].value
        em = size.value * d
        bottom = frame.height - base - _descent(_C.FPDFTextObj_GetFont(obj), zero_descents) * em
        out.append({"text": " ", "x0": left, "x1": left + 0.25 * size.value * a, "top": bottom - em, "bottom": bottom,
                    "upright": True})
    return out


def _char_boxes(tp: int, text: str, frame: _Frame, zero_descents: bool, seen: set[int]) -> list[dict]:
    """A dict per character of the page (generated spaces and line ends, which have no text object, skipped);
    *seen* gets the text objects the characters come from."""
    get_object, loose, origin = _GET_OBJECT, _LOOSE_BOX, _ORIGIN
    rect, ox, oy = pdfium_c.FS_RECTF(), _DBL(), _DBL()
    ra, oxa, oya = ctypes.byref(rect), ctypes.byref(ox), ctypes.byref(oy)
    tpv = _VP(tp)
    objects: dict[int, tuple] = {}
    plain = frame.rotation == 0 and frame.ctm[4] == 0 and frame.ctm[5] == 0
    height = frame.height
    out = []
    for i, ch in enumerate(text):
        obj = get_object(tpv, i)
        if not obj:
            continue
        if ch in "\ufffe\x02":  # PDFium's mark for a hyphen it found at a line end, printed as "-"
            ch = "-"
        info = objects.get(obj)
        if info is None:
            info = objects[obj] = _text_object(tp, i, obj, zero_descents)
            seen.add(obj)
        loose(tpv, i, ra)
        origin(tpv, i, oxa, oya)
        a, b, c, d, size, descent = info
        if plain and b == 0 and c == 0 and a > 0 and d > 0:  # upright text on an unrotated page
            x0, x1 = ox.value, rect.right
            bottom = height - oy.value - descent * size * d
            top = bottom - size * d
            upright = True
        else:
            x0, top, x1, bottom, upright = _turned_box(info, ox.value, oy.value, rect, frame)
        out.append({"text": ch, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "upright": upright})
    return out


def _turned_box(info: tuple, ox: float, oy: float, rect, frame: _Frame) -> tuple:
    """Box and uprightness of a character whose matrix or page turns it (pdfminer's rules)."""
    a, b, c, d, size, descent = info
    scale = (c * c + d * d) ** 0.5 * size
    if abs(a) >= abs(b):  # runs along x in user space
        x0u, x1u = (ox, rect.right) if a > 0 else (rect.left, ox)
        sign = 1 if d > 0 else -1
        y0u, y1u = sorted((oy + sign * descent * scale, oy + sign * (descent + 1) * scale))
    else:  # runs along y
        y0u, y1u = (oy, rect.top) if b > 0 else (rect.bottom, oy)
        sign = 1 if c > 0 else -1
        x0u, x1u = sorted((ox + sign * descent * scale, ox + sign * (descent + 1) * scale))
    x0, top, x1, bottom = (round(v, 3) for v in frame.box(x0u, y0u, x1u, y1u))
    ra, rb, rc, rd = frame.ctm[:4]
    a2, b2, c2, d2 = a * ra + b * rc, a * rb + b * rd, c * ra + d * rc, c * rb + d * rd
    return x0, top, x1, bottom, a2 * d2 > 0 and b2 * c2 <= 0


# --- ruling lines ---------------------------------------------------------------------------------

def _mul(m: tuple, n: tuple) -> tuple:
    """m then n (PDF matrices as (a, b, c, d, e, f))."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _matrix(obj: int) -> tuple:
    m = pdfium_c.FS_MATRIX()
    _C.FPDFPageObj_GetMatrix(obj, ctypes.addressof(m))
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _path_objects(page: int):
    """(path object, its matrix to user space) for every painted path of the page, in forms too."""
    stack = [(page, None, (1, 0, 0, 1, 0, 0))]
    while stack:
        parent, form, outer = stack.pop()
        count = _C.FPDFFormObj_CountObjects(form) if form else _C.FPDFPage_CountObjects(parent)
        for k in range(count):
            obj = _C.FPDFFormObj_GetObject(form, k) if form else _C.FPDFPage_GetObject(parent, k)
            kind = _C.FPDFPageObj_GetType(obj)
            if kind == _PATH:
                yield obj, _mul(_matrix(obj), outer)
            elif kind == _FORM:
                stack.append((None, obj, _mul(_matrix(obj), outer)))


def _subpaths(obj: int, matrix: tuple, frame: _Frame) -> list[tuple[str, list]]:
    """The path as pdfminer sees it: (shape, points) per subpath, shape in m/l/c/h, points (x, top)."""
    fill, stroke = _INT(), _INT()
    _C.FPDFPath_GetDrawMode(obj, ctypes.addressof(fill), ctypes.addressof(stroke))
    if not fill.value and not stroke.value:
        return []
    if fill.value and not stroke.value and _white_fill(obj):
        return []  # invisible on the paper: no ruling line (pdf_geometry.paper_fill, for the other reader)
    a, b, c, d, e, f = matrix
    x, y = _FLT(), _FLT()
    xa, ya = ctypes.addressof(x), ctypes.addressof(y)
    out: list[tuple[str, list]] = []
    bezier = 0
    for k in range(_C.FPDFPath_CountSegments(obj)):
        seg = _C.FPDFPath_GetPathSegment(obj, k)
        kind = _C.FPDFPathSegment_GetType(seg)
        _C.FPDFPathSegment_GetPoint(seg, xa, ya)
        px, py = x.value, y.value
        pt = frame.point(a * px + c * py + e, b * px + d * py + f)
        pt = (round(pt[0], 3), round(pt[1], 3))
        if kind == _MOVETO or not out:
            out.append(("m", [pt]))
        elif kind == _BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # control points: pdfminer keeps only a curve's end point
            out[-1] = (out[-1][0] + "c", out[-1][1] + [pt])
        else:
            out[-1] = (out[-1][0] + "l", out[-1][1] + [pt])
        if _C.FPDFPathSegment_GetClose(seg):
            out[-1] = (out[-1][0] + "h", out[-1][1] + [out[-1][1][0]])
    return out


def _white_fill(obj: int) -> bool:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not _C.FPDFPageObj_GetFillColor(obj, *(ctypes.addressof(v) for v in (r, g, b, a))):
        return False
    return min(r.value, g.value, b.value) >= 250


def _edges(page: int, frame: _Frame) -> list[dict]:
    edges: list[dict] = []
    for obj, matrix in _path_objects(page):
        for shape, pts in _subpaths(obj, matrix, frame):
            edges.extend(shape_edges(shape, pts))
    return edges


def shape_edges(shape: str, pts: list[tuple[float, float]]) -> list[dict]:
    """pdfplumber's edges of one subpath classed as pdfminer does: a line, a rectangle or a curve.

    >>> [(e["orientation"], e["x0"], e["top"], e["x1"], e["bottom"]) for e in shape_edges("ml", [(0, 5), (9, 5)])]
    [('h', 0, 5, 9, 5)]
    >>> rect = shape_edges("mllllh", [(0, 0), (9, 0), (9, 4), (0, 4), (0, 0), (0, 0)])
    >>> sorted((e["orientation"], e["x0"], e["top"], e["x1"], e["bottom"]) for e in rect)
    [('h', 0, 0, 9, 0), ('h', 0, 4, 9, 4), ('v', 0, 0, 0, 4), ('v', 9, 0, 9, 4)]
    """
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]
    if shape in ("ml", "mlh"):
        (ax, at), (bx, bt) = pts[0], pts[1]
        return [_edge("line", min(ax, bx), min(at, bt), max(ax, bx), max(at, bt), "h" if at == bt else "v")]
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = pts
        if pts[0] == last and ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                               or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)):
            left, right, top, bottom = min(x0, x2), max(x0, x2), min(y0, y2), max(y0, y2)
            return [_edge("rect_edge", left, top, right, top, "h"), _edge("rect_edge", left, bottom, right, bottom, "h"),
                    _edge("rect_edge", left, top, left, bottom, "v"), _edge("rect_edge", right, top, right, bottom, "v")]
    out = []
    for (ax, at), (bx, bt) in zip(pts, pts[1:]):
        orientation = "v" if ax == bx else ("h" if at == bt else None)
        if orientation:
            out.append(_edge("curve_edge", min(ax, bx), min(at, bt), max(ax, bx), max(at, bt), orientation))
    return out


def _edge(kind: str, x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict:
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}
