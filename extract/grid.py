"""The intermediate table model shared by the PDF and DOCX readers.

A reader turns each physical table (DOCX) or each table on a page (PDF) into a
:class:`Fragment`: a rectangular grid of slots.  A slot is a :class:`Cell` where
a cell starts, or a :class:`Covered` marker where a merged cell (rowspan or
colspan > 1) covers it, pointing back at the cell that covers it.  Everything
after reading (header mapping, stitching, records) works on fragments only and
never knows which format they came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Union


@dataclass(frozen=True)
class Cell:
    """A cell as printed: text (NFC, lines kept), and how far it spans."""

    text: str
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class Covered:
    """A grid slot covered by the merged cell that starts at (row, col)."""

    row: int
    col: int


Slot = Union[Cell, Covered]


@dataclass
class Fragment:
    """One table, or the part of a table printed on one page.

    ``rows`` is rectangular: every row has ``ncols`` slots.  ``page`` is the
    1-based page for PDF fragments and None for DOCX.  ``header_rows`` is the
    number of leading rows the document itself marks as header (DOCX
    ``w:tblHeader``), or None when the format does not say.  ``context`` is the
    text printed between the previous fragment and this one (appendix labels,
    titles, the decision's letterhead), used for metadata and table labels.
    ``col_edges`` are the x positions of the column borders (PDF), used to tell
    a table that continues on the next page from a new table.
    """

    rows: list[list[Slot]]
    page: int | None = None
    source_table: int = 0
    header_rows: int | None = None
    context: str = ""
    col_edges: tuple[float, ...] = ()
    bbox: tuple[float, float, float, float] | None = None
    row_tops: tuple[float, ...] = field(default=(), repr=False)

    @property
    def ncols(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def text(self, r: int, c: int) -> str:
        """Text of slot (r, c); a covered slot gives the covering cell's text."""
        slot = self.rows[r][c]
        if isinstance(slot, Covered):
            slot = self.rows[slot.row][slot.col]
        return slot.text if isinstance(slot, Cell) else ""

    def own_text(self, r: int, c: int) -> str:
        """Text of slot (r, c) only where a cell starts there; "" for covered slots."""
        slot = self.rows[r][c]
        return slot.text if isinstance(slot, Cell) else ""


def build_rows(nrows: int, ncols: int, cells: list[tuple[int, int, Cell]]) -> list[list[Slot]]:
    """Lay cells placed at (row, col) with their spans out on an nrows x ncols grid.

    A slot no cell reaches becomes an empty cell, so the grid is always rectangular.

    >>> rows = build_rows(2, 2, [(0, 0, Cell("a", rowspan=2)), (0, 1, Cell("b")), (1, 1, Cell("c"))])
    >>> rows[1][0]
    Covered(row=0, col=0)
    """
    grid: list[list[Slot | None]] = [[None] * ncols for _ in range(nrows)]
    for r, c, cell in cells:
        if not (0 <= r < nrows and 0 <= c < ncols) or grid[r][c] is not None:
            continue
        grid[r][c] = cell
        for dr in range(cell.rowspan):
            for dc in range(cell.colspan):
                if (dr or dc) and r + dr < nrows and c + dc < ncols and grid[r + dr][c + dc] is None:
                    grid[r + dr][c + dc] = Covered(r, c)
    return [[slot if slot is not None else Cell("") for slot in row] for row in grid]


def merge_column(frag: Fragment, c: int) -> Fragment:
    """*frag* with grid column *c* folded into column c-1: a cell that starts in column c joins the cell
    beside it on its left (text after a space), every other cell keeps its place and loses one column of span.

    Body rows may draw a border the header does not have ("I" | "LUẬT" under one "STT" cell over both):
    that border makes a grid column no field has.

    >>> f = Fragment([[Cell("STT", colspan=2), Covered(0, 0), Cell("Nhiệm vụ")],
    ...               [Cell("I"), Cell("LUẬT", colspan=2), Covered(1, 1)],
    ...               [Cell("1.", colspan=2), Covered(2, 0), Cell("Sửa đổi")]], col_edges=(0, 20, 60, 200))
    >>> g = merge_column(f, 1)
    >>> [[s.text if isinstance(s, Cell) else "^" for s in row] for row in g.rows], g.col_edges
    ([['STT', 'Nhiệm vụ'], ['I LUẬT', '^'], ['1.', 'Sửa đổi']], (0, 60, 200))
    >>> [[s.colspan for s in row if isinstance(s, Cell)] for row in g.rows]
    [[1, 1], [2], [1, 1]]
    """
    placed: dict[tuple[int, int], list] = {}  # (row, new col) -> [text, rowspan, new end col]
    for r, row in enumerate(frag.rows):
        for col, slot in enumerate(row):
            if not isinstance(slot, Cell):
                continue
            end = col + slot.colspan - (1 if col + slot.colspan > c else 0)  # exclusive, in the new columns
            if col == c:
                left = row[c - 1]
                origin = (left.row, left.col) if isinstance(left, Covered) else (r, c - 1)
                host = placed[origin]
                if end > c and c < frag.ncols - 1 and (origin[0] != r or host[1] != slot.rowspan):
                    placed[(r, c)] = [slot.text, slot.rowspan, end]  # beside a taller cell: keep its own place
                    continue
                host[0] = " ".join(t for t in (host[0], slot.text) if t.strip())
                if origin[0] == r and host[1] == slot.rowspan:  # the same rows: one cell across both
                    host[2] = max(host[2], end)
                continue
            new = col if col < c else col - 1
            placed[(r, new)] = [slot.text, slot.rowspan, max(end, new + 1)]
    cells = [(r, col, Cell(text, span, stop - col)) for (r, col), (text, span, stop) in placed.items()]
    rows = build_rows(len(frag.rows), frag.ncols - 1, cells)
    if _words(rows) != _words(frag.rows):  # spans that overlap in the source: folding would lose text, so don't
        return frag
    edges = frag.col_edges[:c] + frag.col_edges[c + 1:] if len(frag.col_edges) == frag.ncols + 1 else frag.col_edges
    return replace(frag, rows=rows, col_edges=edges)


def _words(rows: list[list[Slot]]) -> list[str]:
    return sorted(w for row in rows for s in row if isinstance(s, Cell) for w in s.text.split())


def fold_header_over_spans(frag: Fragment, header_rows: int) -> Fragment:
    """*frag* with the header cells that start in a grid column every body row spans from its left joined into the
    header cell on their left: the header's rules stand a few points off the body's, so its words sit in a sliver
    column no body cell starts in ("Đơn vị" / "thực hiện" between two empty slivers over body cells three columns
    wide: Công văn 6582/SYT-QLBHYTCNTT 2026, an e-signed PDF of Hà Nội's Sở Y tế).  The sliver then holds no cell
    of its own, for :func:`merge_column` to fold away.

    >>> f = Fragment([[Cell("TT", rowspan=2), Cell("", rowspan=2), Cell("Đơn vị")],
    ...               [Covered(0, 0), Covered(0, 1), Cell("thực hiện")],
    ...               [Cell("1"), Cell("Sở Y tế", colspan=2), Covered(2, 1)],
    ...               [Cell("2"), Cell("Sở KHCN", colspan=2), Covered(3, 1)]], col_edges=(0, 20, 24, 80))
    >>> [[s.text if isinstance(s, Cell) else "^" for s in row] for row in fold_header_over_spans(f, 2).rows[:3]]
    [['TT', 'Đơn vị thực hiện', '^'], ['^', '^', '^'], ['1', 'Sở Y tế', '^']]
    """
    body = [row for row in frag.rows[header_rows:] if any(isinstance(s, Cell) and s.text.strip() for s in row)]
    spanned = [c for c in range(1, frag.ncols) if len(body) >= 2
               and all(isinstance(row[c], Covered) and row[c].col < c and frag.rows[row[c].row] is row for row in body)]
    rows = [list(row) for row in frag.rows]
    for c in spanned:
        trial = _fold_header_column(rows, c, header_rows)
        rows = trial if trial is not None else rows
    return frag if rows == [list(row) for row in frag.rows] else replace(frag, rows=rows)


def _fold_header_column(rows: list[list], c: int, header_rows: int) -> list[list] | None:
    """*rows* with the header cells of column *c* joined into the cells on their left, or None when a cell there
    spans more than one column, reaches into the body, or lies outside the rows of the cell it would join."""
    rows = [list(row) for row in rows]
    hosts: set[tuple[int, int]] = set()
    for r in range(header_rows):
        slot, left = rows[r][c], rows[r][c - 1]
        if not isinstance(slot, Cell):
            continue
        o = (left.row, left.col) if isinstance(left, Covered) else (r, c - 1)
        while isinstance(rows[o[0]][o[1]], Covered):    # a cell folded into another before
            o = (rows[o[0]][o[1]].row, rows[o[0]][o[1]].col)
        host = rows[o[0]][o[1]]
        if slot.colspan != 1 or r + slot.rowspan > header_rows or not (
                o[0] <= r and r + slot.rowspan <= o[0] + host.rowspan):
            return None
        rows[o[0]][o[1]] = replace(host, text=" ".join(t for t in (host.text, slot.text) if t.strip()),
                                   colspan=max(host.colspan, c - o[1] + 1))
        for rr in range(r, r + slot.rowspan):
            rows[rr][c] = Covered(*o)
        hosts.add(o)
    for o in hosts:     # the joined cell covers its own rows in column c, and only those
        if any(rows[rr][c] != Covered(*o) for rr in range(o[0], o[0] + rows[o[0]][o[1]].rowspan)):
            return None
    return rows


def header_split_columns(frag: Fragment, header_rows: int) -> list[int]:
    """Grid columns (after the first) where no header cell starts: the header prints one cell over them."""
    def starts_at(r: int, c: int) -> bool:
        slot = frag.rows[r][c]
        return isinstance(slot, Cell) or slot.col == c
    return [c for c in range(1, frag.ncols) if not any(starts_at(r, c) for r in range(header_rows))]
