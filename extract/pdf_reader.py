"""PDF reader on pdfplumber (pdfminer): the reference reader; ``--pdf-reader pdfplumber`` selects it.

pdfminer interprets each page (``LeanPage`` keeps only what tables need of each object); from the
page's characters and edges on, everything is :mod:`extract.pdf_geometry`, shared with the pdfium
reader: find the tables once (ruling lines), turn each table's cell rectangles into a grid with row
and column spans, put every character of the page into the cell whose box holds its centre and build
the cell text from those characters.  The text printed above a table becomes its context.
"""
from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdfminer.layout import LTChar, LTCurve
from pdfplumber.page import Page

from .pdf_annots import annotation_chars
from .pdf_geometry import PdfError, PdfRead, _cluster, read_pages  # noqa: F401  (ocr imports these from here)


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
            d["non_stroking_color"] = obj.non_stroking_color  # a fill of the paper's colour draws no line
        return d


_KIND = {"LTChar": "char", "LTRect": "rect", "LTLine": "line", "LTCurve": "curve", "LTImage": "image",
         "LTFigure": "figure", "LTAnno": "anno", "LTTextBoxHorizontal": "textboxhorizontal"}


def read_pdf(path: Path, password: str = "") -> PdfRead:
    try:
        pdf = pdfplumber.open(str(path), password=password)
    except Exception as exc:
        raise PdfError(_open_error(exc)) from exc
    try:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise PdfError(_open_error(exc)) from exc
        return read_pages(pages, _lean, lambda page: page.close(), lambda n: annotation_chars(path, n))
    finally:
        pdf.close()


def _lean(page: Page) -> Page:
    check_page_content(page.page_obj, page.page_number)  # before pdfminer decodes the content whole
    if not page.rotation:
        page.__class__ = LeanPage  # same page, leaner object parsing
    return page


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
