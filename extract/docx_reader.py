"""DOCX reader: python-docx opens the package, the table XML gives the grid.

Reads every body-level table in document order with its merged cells
(``w:gridSpan``, ``w:vMerge``), the rows marked to repeat as header
(``w:tblHeader``), paragraphs and list items inside cells, and the body text
printed before each table (for appendix labels and decision metadata).

Word's automatic list numbers are not in the text: every paragraph, body and cells, is given in document
order to a :class:`~extract.docx_numbering.ListCounter`, and a numbered paragraph *inside a table cell*
starts with the label Word prints ("1.", "a)", ...), so a TT column numbered by Word reads "1.", "2.", ...
Body paragraphs advance the counters but keep their text (a numbered item there reads "- ...", as before).
"""
from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

from normalize.text import clean_cell, fold_ws, nfc

from .docx_numbering import Item, ListCounter, parse_numbering
from .grid import Cell, Covered, Fragment, Slot

MAX_MEMBER_BYTES = 200 * 1024 * 1024  # refuse a member that inflates past this (zip bomb)
MAX_RATIO = 200  # and one that inflates more than this many times
MAX_TOTAL_BYTES = 500 * 1024 * 1024  # and a package that inflates past this in all
MAX_GRID_COLS = 1000  # a table wider than this many grid columns is refused (Word's limit is 63)
MAX_GRID_CELLS = 5_000_000  # and one with more grid slots than this (rows x columns)
_CHUNK = 1 << 20


class DocxError(Exception):
    """A DOCX that cannot be read; the message is meant for people, ``code`` for machines."""

    def __init__(self, message: str, code: str = "file_corrupt"):
        super().__init__(message)
        self.code = code


def _refused(message: str) -> DocxError:
    return DocxError(f"refused: {message}", "file_refused")


@dataclass
class DocxRead:
    fragments: list[Fragment]
    head_text: str  # text of the document in order (paragraphs and tables), for metadata
    pages: int | None = None  # a DOCX has no pages until it is laid out
    # (fragment, row) -> the formats of Word list numbers in that row's cells that were not rendered
    unrendered: dict[tuple[int, int], list[str]] = field(default_factory=dict)


def check_zip(path: Path) -> None:
    """Refuse files that are not a zip with a main document, and zip bombs.

    Sizes are measured, not trusted: every member is inflated as a stream (nothing kept) with a running
    count, so a member whose header lies about its size is refused when the count passes a bound.
    """
    try:
        if not zipfile.is_zipfile(path):
            raise DocxError("not a valid DOCX: the file is not a zip package")
        with zipfile.ZipFile(path) as z, open(path, "rb") as fh:
            if "word/document.xml" not in set(z.namelist()):
                raise DocxError("not a valid DOCX: no word/document.xml in the package")
            total = 0
            for info in z.infolist():
                total += _check_member(fh, info, MAX_TOTAL_BYTES - total)
    except (DocxError, FileNotFoundError, PermissionError):
        raise
    except Exception as exc:  # a damaged central directory: NotImplementedError, UnicodeDecodeError, ...
        raise DocxError(f"not a valid DOCX: the zip package is damaged ({type(exc).__name__}: {exc})") from exc


def _check_member(fh, info: zipfile.ZipInfo, room: int) -> int:
    """Bytes *info* really inflates to (refused past MAX_MEMBER_BYTES, MAX_RATIO or *room* left in all)."""
    # past 10 MB, a member may inflate at most MAX_RATIO times its compressed size
    limit = min(MAX_MEMBER_BYTES, room, max(10_000_000, info.compress_size * MAX_RATIO))
    try:
        size = _inflated_size(fh, info, limit)
    except (OSError, ValueError, zlib.error) as exc:  # an offset or data the directory lies about
        raise DocxError(f"not a valid DOCX: the data of {info.filename!r} is damaged ({type(exc).__name__}: {exc})"
                        ) from exc
    if size > limit:
        which = "the package" if limit == room else f"package member {info.filename!r}"
        raise _refused(f"{which} inflates past {limit:,} bytes, the bound (zip bomb?)")
    return size


def _inflated_size(fh, info: zipfile.ZipInfo, limit: int) -> int:
    """Inflate *info*'s data as a stream, counting; stops once past *limit*."""
    fh.seek(info.header_offset)
    head = fh.read(30)
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        raise DocxError(f"not a valid DOCX: the zip entry of {info.filename!r} is damaged")
    fh.seek(info.header_offset + 30 + int.from_bytes(head[26:28], "little") + int.from_bytes(head[28:30], "little"))
    if info.compress_type == zipfile.ZIP_STORED:
        return info.compress_size
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise DocxError(f"not a valid DOCX: {info.filename!r} uses a compression Word does not write "
                        f"(method {info.compress_type})")
    inflater, left, total = zlib.decompressobj(-15), info.compress_size, 0
    while left > 0 and not inflater.eof and total <= limit:
        chunk = fh.read(min(left, _CHUNK))
        if not chunk:
            break
        left -= len(chunk)
        total += len(inflater.decompress(chunk, _CHUNK))
        while inflater.unconsumed_tail and total <= limit:
            total += len(inflater.decompress(inflater.unconsumed_tail, _CHUNK))
    return total


def read_docx(path: Path) -> DocxRead:
    check_zip(path)
    _allow_huge_text()
    try:
        document = docx.Document(str(path))
    except MemoryError:
        raise
    except Exception as exc:  # python-docx raises several types for broken packages
        raise DocxError(f"not a valid DOCX: the package cannot be opened ({type(exc).__name__}: {exc})") from exc
    try:
        return _read_body(document.element, _list_counter(document))
    except (DocxError, MemoryError, RecursionError):
        raise
    except Exception as exc:  # a package whose main part is not Word's document XML
        raise DocxError(f"not a valid DOCX: the main document is not Word XML ({type(exc).__name__}: {exc})") from exc


def _list_counter(document) -> ListCounter:
    """A counter of the document's list numbering (numbering.xml and the paragraph styles' numbering)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    def related(reltype: str):
        try:
            return getattr(document.part.part_related_by(reltype), "element", None)
        except (KeyError, ValueError):  # none, or more than one
            return None

    return ListCounter(parse_numbering(related(RT.NUMBERING), related(RT.STYLES)))


def _read_body(root, counter: ListCounter | None = None) -> DocxRead:
    body = root.find(qn("w:body"))
    if body is None:
        raise DocxError("not a valid DOCX: the main document has no body")
    lists = _Lists(counter or ListCounter(parse_numbering(None)))
    fragments: list[Fragment] = []
    context: list[str] = []
    head: list[str] = []
    for child in _children(body, "w:p", "w:tbl"):
        if child.tag == qn("w:p"):
            lists.counter.paragraph(child)  # advances the lists; the body's text keeps no label
            text = _paragraph_text(child)
            if text.strip():
                context.append(text)
                head.append(text)
        elif child.tag == qn("w:tbl"):
            frag = _table_fragment(child, len(fragments), "\n".join(context), lists)
            fragments.append(frag)
            # cell by cell, each cell's lines kept (a letterhead prints its issuer on two lines, as in the PDF)
            head.append("\n".join(frag.text(r, c) for r in range(min(len(frag.rows), 8))
                                  for c in range(frag.ncols) if isinstance(frag.rows[r][c], Cell)))
            context = []
    return DocxRead(fragments, "\n".join(head), unrendered=lists.unrendered)


@dataclass
class _Lists:
    """The document's list counter, handed down to the cells, and where it met formats it does not render."""

    counter: ListCounter
    at: tuple[int, int] = (0, 0)  # the (fragment, row) being read
    unrendered: dict[tuple[int, int], list[str]] = field(default_factory=dict)


def _allow_huge_text() -> None:
    """Let python-docx's parser take text nodes over lxml's 10 MB default (a genuine 50 MB cell): the
    package's size is bounded by :func:`check_zip` already.  Entities stay unexpanded, no network."""
    from docx.oxml import parser as oxml

    if oxml.oxml_parser in _HUGE:
        return
    huge = etree.XMLParser(remove_blank_text=True, resolve_entities=False, huge_tree=True, no_network=True)
    huge.set_element_class_lookup(oxml.element_class_lookup)
    oxml.oxml_parser = huge
    _HUGE.append(huge)


_HUGE: list = []  # the parser set by _allow_huge_text


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


def _paragraph_text(p, item: Item | None = None) -> str:
    """The text of a ``w:p``; *item*: what Word prints before it as a list item (given in table cells), else
    a numbered paragraph with text starts "- "."""
    parts: list[str] = []
    for el in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        if el.tag == qn("w:t"):
            parts.append("".join(el.itertext()))  # itertext: text after an unexpanded entity too
        elif el.tag == qn("w:tab"):
            parts.append(" ")
        else:
            parts.append("\n")
    text = nfc("".join(parts))
    if item is not None and item.label:
        return f"{item.label} {text.lstrip()}" if text.strip() else item.label
    ppr = p.find(qn("w:pPr"))
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    num_id = num_pr.find(qn("w:numId")) if num_pr is not None else None
    # numId 0 takes numbering away: "STT", "1" as printed, not "- STT" (a .doc of 2012 whose cells' style is a
    # heading, hpbaotho/04-quanly-vanban-quanhuyen; its PDF printed them bare)
    if num_pr is not None and (num_id is None or num_id.get(qn("w:val")) != "0") and text.strip():
        text = "- " + text.lstrip()  # an automatic list item: its bullet is not in the text
    return text


def _cell_text(tc, lists: _Lists | None = None) -> str:
    paragraphs = [_paragraph_text(p, lists and _cell_item(p, lists)) for p in tc.iter(qn("w:p"))]
    # Each paragraph is a line of its own; wrapped text inside one is already one line.
    return "\n".join(clean_cell(p) for p in paragraphs if p.strip())


def _cell_item(p, lists: _Lists) -> Item | None:
    """What Word prints before a cell's paragraph; a format not rendered is noted with its row (for an issue)."""
    item = lists.counter.paragraph(p)
    if item is not None and item.unknown:
        lists.unrendered.setdefault(lists.at, []).append(item.unknown)
    return item


def _int_attr(el, name: str, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(qn("w:val")))
    except (TypeError, ValueError):
        return default


def _table_fragment(tbl, index: int, context: str, lists: _Lists | None = None) -> Fragment:
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
        if lists is not None:
            lists.at = (index, len(raw))
        for tc in _children(tr, "w:tc"):
            tcpr = tc.find(qn("w:tcPr"))
            span = _int_attr(tcpr.find(qn("w:gridSpan")) if tcpr is not None else None, "val", 1)
            vm_el = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            vmerge = None if vm_el is None else (vm_el.get(qn("w:val")) or "continue")
            row.append((col, max(span, 1), _cell_text(tc, lists), vmerge))
            col += max(span, 1)
        if col > MAX_GRID_COLS:
            raise _refused(f"a table is over {MAX_GRID_COLS} grid columns wide (w:gridSpan or w:gridBefore "
                           f"makes {col}), the bound")
        raw.append(row)
        ncols = max(ncols, col)
        if ncols * len(raw) > MAX_GRID_CELLS:
            raise _refused(f"a table has over {MAX_GRID_CELLS:,} grid cells, the bound")
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
