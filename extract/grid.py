"""The intermediate table model shared by the PDF and DOCX readers.

A reader turns each physical table (DOCX) or each table on a page (PDF) into a
:class:`Fragment`: a rectangular grid of slots.  A slot is a :class:`Cell` where
a cell starts, or a :class:`Covered` marker where a merged cell (rowspan or
colspan > 1) covers it, pointing back at the cell that covers it.  Everything
after reading (header mapping, stitching, records) works on fragments only and
never knows which format they came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
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
