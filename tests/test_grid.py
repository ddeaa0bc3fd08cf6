"""Properties of the grid operations every reader's fragments go through (hypothesis)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.grid import Cell, Covered, build_rows, merge_column

WORDS = st.sampled_from(["", "I", "LUẬT", "1.", "Bộ Tư pháp", "Quý I/2027", "Nghị định số 53/2024/NĐ-CP"])


@st.composite
def grids(draw):
    nrows, ncols = draw(st.integers(1, 6)), draw(st.integers(2, 6))
    cells = []
    for r in range(nrows):
        for c in range(ncols):
            if draw(st.booleans()) or (r == 0 and c == 0):
                cells.append((r, c, Cell(draw(WORDS), draw(st.integers(1, 3)), draw(st.integers(1, 3)))))
    return consistent(build_rows(nrows, ncols, cells))


def consistent(rows):
    """The grid with each cell's spans set to the slots it really covers (as the readers build them)."""
    out = []
    for r, row in enumerate(rows):
        for c, s in enumerate(row):
            if isinstance(s, Cell):
                cs = 1 + next((k for k, t in enumerate(row[c + 1:]) if t != Covered(r, c)), len(row) - c - 1)
                below = [rows[k][c] for k in range(r + 1, len(rows))]
                rs = 1 + next((k for k, t in enumerate(below) if t != Covered(r, c)), len(below))
                out.append((r, c, Cell(s.text, rs, cs)))
    return build_rows(len(rows), len(rows[0]), out)


def texts(rows) -> list[str]:
    return sorted(w for row in rows for s in row if isinstance(s, Cell) for w in s.text.split())


@settings(max_examples=300, deadline=None)
@given(grids(), st.data())
def test_folding_a_column_keeps_every_word_and_a_consistent_grid(rows, data):
    from extract.grid import Fragment

    frag = Fragment(rows)
    c = data.draw(st.integers(1, frag.ncols - 1))
    folded = merge_column(frag, c)
    assert folded.ncols == frag.ncols - 1 and len(folded.rows) == len(frag.rows)
    assert all(len(row) == folded.ncols for row in folded.rows)
    assert texts(folded.rows) == texts(frag.rows)  # no word lost or doubled
    assert folded is not frag  # consistent spans always fold
    for r, row in enumerate(folded.rows):  # every covered slot points at a cell that reaches it
        for k, slot in enumerate(row):
            if isinstance(slot, Covered):
                origin = folded.rows[slot.row][slot.col]
                assert isinstance(origin, Cell)
                assert slot.row <= r < slot.row + origin.rowspan and slot.col <= k < slot.col + origin.colspan


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_folding_never_loses_text_even_when_spans_overlap(data):
    from extract.grid import Fragment

    nrows, ncols = data.draw(st.integers(1, 5)), data.draw(st.integers(2, 5))
    cells = [(r, c, Cell(data.draw(WORDS), data.draw(st.integers(1, 3)), data.draw(st.integers(1, 3))))
             for r in range(nrows) for c in range(ncols) if data.draw(st.booleans())]
    frag = Fragment(build_rows(nrows, ncols, cells))
    folded = merge_column(frag, data.draw(st.integers(1, ncols - 1)))
    assert texts(folded.rows) == texts(frag.rows)


@settings(max_examples=300, deadline=None)
@given(grids(), st.integers(1, 3))
def test_joining_header_words_over_spanned_columns_keeps_every_word(rows, h):
    from extract.grid import Fragment, fold_header_over_spans

    frag = Fragment(rows)
    joined = fold_header_over_spans(frag, min(h, len(rows)))
    assert texts(joined.rows) == texts(frag.rows)      # header words moved, none lost or doubled
    assert [row[1:] for row in joined.rows[h:]] == [row[1:] for row in frag.rows[h:]]   # the body untouched
    for r, row in enumerate(joined.rows):
        for c, s in enumerate(row):
            if isinstance(s, Covered):
                assert isinstance(joined.rows[s.row][s.col], Cell)
