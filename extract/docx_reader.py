"""DOCX reader: python-docx opens the package, the table XML gives the grid.

Reads every body-level table in document order with its merged cells
(``w:gridSpan``, ``w:vMerge``), the rows marked to repeat as header
(``w:tblHeader``), paragraphs and list items inside cells, and the body text
printed before each table (for appendix labels and decision metadata).
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml.ns import qn

from normalize.text import clean_cell, fold_ws, nfc

from .grid import Cell, Covered, Fragment, Slot

MAX_MEMBER_BYTES = 200 * 1024 * 1024  # refuse a member that inflates past this (zip bomb)
MAX_RATIO = 200  # and one that inflates more than this many times
MAX_TOTAL_BYTES = 500 * 1024 * 1024  # and a package that inflates past this in all


class DocxError(Exception):
    """A DOCX that cannot be read; the message is meant for people."""


@dataclass
class DocxRead:
    fragments: list[Fragment]
    head_text: str  # text of the document in order (paragraphs and tables), for metadata
    pages: int | None = None  # a DOCX has no pages until it is laid out


def check_zip(path: Path) -> None:
    """Refuse files that are not a zip with a main document, and zip bombs."""
    if not zipfile.is_zipfile(path):
        raise DocxError("not a valid DOCX: the file is not a zip package")
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        if "word/document.xml" not in names:
            raise DocxError("not a valid DOCX: no word/document.xml in the package")
        total = sum(info.file_size for info in z.infolist())
        if total > MAX_TOTAL_BYTES:
            raise DocxError(f"refused: the package inflates to {total} bytes in all (zip bomb?)")
        for info in z.infolist():
            if info.file_size > MAX_MEMBER_BYTES or (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 10_000_000
            ):
                raise DocxError(f"refused: package member {info.filename} inflates to {info.file_size} bytes (zip bomb?)")


def read_docx(path: Path) -> DocxRead:
    check_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise DocxError(f"not a valid DOCX: {exc}") from exc
    body = document.element.body
    fragments: list[Fragment] = []
    context: list[str] = []
    head: list[str] = []
    for child in _children(body, "w:p", "w:tbl"):
        if child.tag == qn("w:p"):
            text = _paragraph_text(child)
            if text.strip():
                context.append(text)
                head.append(text)
        elif child.tag == qn("w:tbl"):
            frag = _table_fragment(child, len(fragments), "\n".join(context))
            fragments.append(frag)
            # cell by cell, each cell's lines kept (a letterhead prints its issuer on two lines, as in the PDF)
            head.append("\n".join(frag.text(r, c) for r in range(min(len(frag.rows), 8))
                                  for c in range(frag.ncols) if isinstance(frag.rows[r][c], Cell)))
            context = []
    return DocxRead(fragments, "\n".join(head))


def _children(el, *tags: str):
    """Child elements with these tags, also those wrapped in content controls (``w:sdt``) or
    ``w:customXml``, as Word leaves them around paragraphs, tables, rows and cells."""
    wanted = {qn(t) for t in tags}
    wrappers = {qn("w:sdt"), qn("w:customXml")}
    for child in el.iterchildren():
        if child.tag in wanted:
            yield child
        elif child.tag in wrappers:
            inner = child.find(qn("w:sdtContent")) if child.tag == qn("w:sdt") else child
            if inner is not None:
                yield from _children(inner, *tags)


def _paragraph_text(p) -> str:
    parts: list[str] = []
    for el in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        if el.tag == qn("w:t"):
            parts.append("".join(el.itertext()))  # itertext: text after an unexpanded entity too
        elif el.tag == qn("w:tab"):
            parts.append(" ")
        else:
            parts.append("\n")
    text = nfc("".join(parts))
    ppr = p.find(qn("w:pPr"))
    if ppr is not None and ppr.find(qn("w:numPr")) is not None and text.strip():
        text = "- " + text.lstrip()  # an automatic list item: its bullet is not in the text
    return text


def _cell_text(tc) -> str:
    paragraphs = [_paragraph_text(p) for p in tc.iter(qn("w:p"))]
    # Each paragraph is a line of its own; wrapped text inside one is already one line.
    return "\n".join(clean_cell(p) for p in paragraphs if p.strip())


def _int_attr(el, name: str, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(qn("w:val")))
    except (TypeError, ValueError):
        return default


def _table_fragment(tbl, index: int, context: str) -> Fragment:
    # First pass: each row's cells with their grid column, span and vMerge state.
    raw: list[list[tuple[int, int, str, str | None]]] = []  # (col, colspan, text, vmerge)
    header_rows = 0
    counting_header = True
    ncols = 0
    for tr in _children(tbl, "w:tr"):
        trpr = tr.find(qn("w:trPr"))
        col = _int_attr(trpr.find(qn("w:gridBefore")) if trpr is not None else None, "val", 0)
        is_header = trpr is not None and trpr.find(qn("w:tblHeader")) is not None and (
            trpr.find(qn("w:tblHeader")).get(qn("w:val")) not in ("0", "false"))
        if counting_header and is_header:
            header_rows += 1
        else:
            counting_header = False
        row = []
        for tc in _children(tr, "w:tc"):
            tcpr = tc.find(qn("w:tcPr"))
            span = _int_attr(tcpr.find(qn("w:gridSpan")) if tcpr is not None else None, "val", 1)
            vm_el = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            vmerge = None if vm_el is None else (vm_el.get(qn("w:val")) or "continue")
            row.append((col, max(span, 1), _cell_text(tc), vmerge))
            col += max(span, 1)
        raw.append(row)
        ncols = max(ncols, col)
    # Second pass: lay out slots; a vMerge "continue" cell is covered by the cell above.
    nrows = len(raw)
    slots: list[list[Slot | None]] = [[None] * ncols for _ in range(nrows)]
    spans: dict[tuple[int, int], list[int]] = {}  # origin -> [rowspan, colspan]
    texts: dict[tuple[int, int], str] = {}
    for r, row in enumerate(raw):
        for col, span, text, vmerge in row:
            above = slots[r - 1][col] if r > 0 else None
            if vmerge == "continue" and above is not None:
                origin = above if isinstance(above, Covered) else Covered(r - 1, col)
                spans[(origin.row, origin.col)][0] = r - origin.row + 1
                for dc in range(span):
                    if col + dc < ncols:
                        slots[r][col + dc] = Covered(origin.row, origin.col)
                if text.strip():  # text typed in a continued cell still counts
                    texts[(origin.row, origin.col)] = "\n".join(filter(None, [texts[(origin.row, origin.col)], text]))
                continue
            spans[(r, col)] = [1, span]
            texts[(r, col)] = text
            slots[r][col] = Covered(r, col)  # placeholder, replaced below
            for dc in range(1, span):
                if col + dc < ncols:
                    slots[r][col + dc] = Covered(r, col)
    rows: list[list[Slot]] = []
    for r in range(nrows):
        out: list[Slot] = []
        for c in range(ncols):
            slot = slots[r][c]
            if slot is None:
                out.append(Cell(""))
            elif slot.row == r and slot.col == c:
                rs, cs = spans[(r, c)]
                out.append(Cell(texts[(r, c)], rs, cs))
            else:
                out.append(slot)
        rows.append(out)
    return Fragment(rows=rows, page=None, source_table=index,
                    header_rows=header_rows or None, context=context)
