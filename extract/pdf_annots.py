"""Text printed by annotations: the number and date an e-office system fills in when a document is signed.

Issued PDFs of Vietnamese administrative documents are signed digitally, and
the signing system prints the document's number and day into the blanks of
"Số: /BC-SNV" and "ngày tháng 11 năm 2025" as signature *widgets*: annotations
with an appearance of their own, outside the page's content.  A text layer
read from the page content alone loses them (the metadata then reads as an
unnumbered draft).  pdfium flattens the annotations' appearances into a copy
of the page; the characters that appear by doing so are the annotations' text,
returned as pdfplumber-style character dicts at their place on the page, so
that the letterhead's lines read whole.
"""
from __future__ import annotations

from pathlib import Path


def annotation_chars(path: Path, page_no: int) -> list[dict]:
    """Characters that a page's annotations print (1-based *page_no*); [] when none or unreadable."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - comes with pdfplumber
        return []
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:  # the text reader reports broken files; this is only an addition
        return []
    try:
        page = pdf[page_no - 1]
        before = page.get_textpage().count_chars()
        if raw.FPDFPage_Flatten(page, raw.FLAT_NORMALDISPLAY) != raw.FLATTEN_SUCCESS:
            return []
        page.close()
        page = pdf[page_no - 1]
        return _chars_from(page.get_textpage(), before, page.get_height())
    except Exception:
        return []
    finally:
        pdf.close()


def _chars_from(textpage, start: int, height: float) -> list[dict]:
    out: list[dict] = []
    for i in range(start, textpage.count_chars()):
        text = textpage.get_text_range(i, 1)
        if not text.strip():
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)  # advance boxes: no false gaps
        out.append({"text": text, "x0": left, "x1": right, "top": height - top, "bottom": height - bottom,
                    "doctop": height - top, "upright": True, "width": right - left, "height": top - bottom,
                    "size": top - bottom, "fontname": "annotation"})
    return out


def overlay(chars: list[dict], annots: list[dict]) -> list[dict]:
    """The page's characters with the annotations' laid over them: blanks under a filled-in character go.

    >>> page = [{"text": t, "x0": x, "x1": x + 4, "top": 0, "bottom": 10} for t, x in (("S", 0), (" ", 10), (" ", 14))]
    >>> [c["text"] for c in overlay(page, [{"text": "1", "x0": 12, "x1": 16, "top": 1, "bottom": 11}])]
    ['S', '1']
    """
    def covered(c: dict) -> bool:
        return any(a["x0"] < c["x1"] and c["x0"] < a["x1"] and a["top"] < c["bottom"] and c["top"] < a["bottom"]
                   for a in annots)

    return [c for c in chars if c["text"].strip() or not covered(c)] + [_onto_line(a, chars) for a in annots]


def _onto_line(annot: dict, chars: list[dict]) -> dict:
    """An annotation's character moved onto the printed line it mostly overlaps, when it stands a little higher
    or lower than that line (a number typed into the blank of "Kèm theo Công văn số      /BNV-CCHC", 5 points above
    the line's baseline, would otherwise read as a line of its own).

    >>> line = [{"text": t, "x0": x, "x1": x + 4, "top": 144.2, "bottom": 158.2} for t, x in (("s", 348), ("/", 385))]
    >>> _onto_line({"text": "1", "x0": 356.5, "x1": 363.5, "top": 139.1, "bottom": 151.8}, line)["top"]
    144.2
    """
    height = annot["bottom"] - annot["top"]
    best, overlap = None, 0.5 * height
    for c in chars:
        if not c["text"].strip():
            continue
        o = min(c["bottom"], annot["bottom"]) - max(c["top"], annot["top"])
        if o > overlap:
            best, overlap = c, o
    if best is None or (best["top"], best["bottom"]) == (annot["top"], annot["bottom"]):
        return annot
    return {**annot, "top": best["top"], "bottom": best["bottom"], "doctop": best["top"]}
