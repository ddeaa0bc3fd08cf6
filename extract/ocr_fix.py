"""What OCR loses in a task table, restored where the table itself makes it certain.

* Headers: header words are matched OCR-tolerantly (``map_header(..., tolerance=)``)
  and a misread header cell gets the label it stands for ("SIT" -> "STT"); a
  misread repeated header on a later page whose columns line up with the table
  above gets that header's text, so stitching drops it; a task table with no
  lead or no deadline column says so (:func:`repair_headers`).
* Section rows: a row with its own STT cell and one cell spanning every other
  column is a section row whatever OCR read in the STT cell.  Section numerals
  are I, II, III ...: when most readings agree with their place, the place
  decides every one, for any number of misreads (:func:`section_values`).
* Task numbers: the same within a section (numbering that restarts or runs on);
  otherwise a misread number between two that differ by 2 is corrected and a
  run of unread numbers (a reading with no digit: "", "o _", "K)") is filled
  from its neighbours when the count fits.
* The first row of a continuation page with no number continues the row a
  page break cut (stitching joins it), unless the numbering proves it is a new
  task whose number was lost.
* Words: glued words split, tone marks and hats repaired with the word list and
  the project's bigrams, misread quarter numerals and acronyms mapped back.

Everything here works on the fragments of an :class:`extract.ocr.OcrRead` in
place; every inferred value is a line in ``read.row_warnings`` and an
:class:`extract.issues.Issue` in ``read.issues`` (repairs are issues only), keyed
like ``TaskRow.origin``.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

import regex

from normalize.text import fold_ws, key
from normalize.vietnamese import syllable_bigrams, two_syllable_words, unmarked_syllables, word_list

from .grid import Cell, Fragment
from .issues import Issue
from .metadata import DOC_TYPE_CODES
from .headers import field_scores, header_key, is_task_header, map_header
from .ocr_bodies import body_fix
from .ocr_digits import digit_fix
from .ocr_doc_acronyms import document_acronyms, fix_acronyms
from .ocr_doc_openings import opening_fix
from .ocr_doc_phrases import phrase_fix
from .ocr_doc_slashes import slash_fix
from .ocr_doc_ranges import range_fix
from .ocr_doc_words import word_fix
from .ocr_doc_specks import junk_fix, speck_fix
from .ocr_letters import letter_groups
from .ocr_places import unglue_places
from .ocr_marks import PRIOR, Evidence, bound, pair_back, untoned, word_back
from .ocr_pairs import both_misread
from .ocr_numerals import clean_number, from_roman, roman_reading, to_roman
from .ocr_outline import is_outline, is_sub_number, outline_numbers
from .ocr_punct import punct_fix
from .ocr_slips import slip_fix
from .roles import is_quantity, is_total_row
from .stitch import ROMAN, find_header, mostly_upper

_INT = regex.compile(r"^(\d{1,3})[.)]?$")
_SUB_NUMBER = regex.compile(r"^(\d{1,3}(\.\d{1,3})+\.?|[a-zđ][).]|[-+•–])$")


@dataclass
class _Row:
    frag: Fragment
    r: int
    col: int  # the STT column
    kind: str  # "section", "task", "roman" (a task numbered as a section), "cont" (first row of a continuation
    # page, no number), "group" (numbered in a second number column) or "letter" (a lettered group, :func:`_letters`)
    raw: str
    number: int | None = None  # task number read (int), or section value
    rest: str | None = None  # a section printed in one cell with its title ("II. Hoàn thiện ..."): the title part
    sub: int | None = None  # an unmapped column between STT and the task: maybe a second number column (_groups)


def _is_section_row(frag: Fragment, r: int, col: int) -> bool:
    """A section row: its own STT cell and one cell spanning every other column; or, where the scan's grid
    lost the span (faint or broken lines), a numeral-like STT reading ("l|" for "I"), a title in the next cell
    and every other cell of a wide row empty."""
    row = frag.rows[r]
    if col + 1 >= frag.ncols:
        return False
    stt, title = row[col], row[col + 1]
    if not (isinstance(stt, Cell) and stt.colspan == 1 and isinstance(title, Cell) and title.text.strip()):
        return False
    if title.colspan >= frag.ncols - col - 1 and frag.ncols - col - 1 >= 2:
        return True
    numeral = roman_reading(stt.text) or _lone_stroke(stt.text, title.text)
    return _titled_alone(frag, r, col) and bool(numeral) and (not _INT.match(stt.text.strip())
                                                             or _strokes_before_restart(frag, r, col))


def _strokes_before_restart(frag: Fragment, r: int, col: int) -> bool:
    """A number of strokes only ("1", "11": the numeral I or II read as figures) on a row titled alone, and the next
    row numbered 1: the numbering starts again under it, so it is a section's (Nghị quyết 318/NQ-CP 2025, scanned:
    both its sections had been read as tasks numbered 1)."""
    if r + 1 >= len(frag.rows) or not set(stt := frag.own_text(r, col).strip().rstrip(".")) <= _STROKES or not stt:
        return False
    nxt = frag.rows[r + 1][col]
    return isinstance(nxt, Cell) and clean_number(nxt.text).rstrip(".") == "1"


def _titled_alone(frag: Fragment, r: int, col: int) -> bool:
    """A title in the cell after the number and every other cell of a wide row (three more at least) empty, or a
    figure (a subtotal): the shape of a section row whose span the scan's grid lost."""
    title = frag.rows[r][col + 1] if col + 1 < frag.ncols else None
    rest = [frag.own_text(r, c).strip() for c in range(col + 2, frag.ncols)]
    rest = ["" if _speck(t) else t for t in rest]
    filled = [t for t in rest if t]     # a group's subtotal ("3.500": Kế hoạch 2668/KH-UBND 2010) is no cell of its own
    return isinstance(title, Cell) and bool(title.text.strip()) and len(rest) >= 3 \
        and all(is_quantity(t) for t in filled) and len(filled) < len(rest)


def _speck(text: str) -> bool:
    """What OCR reads of a speck or a stroke in an empty cell: two letters or figures at most ("TT]", "¬——").

    >>> _speck("TT]"), _speck("¬——"), _speck("2023"), _speck("Bộ")
    (True, True, False, True)
    """
    return len(regex.sub(r"[^\p{L}\p{N}]", "", text)) <= 2


_STROKES = frozenset("|lI1!")     # what OCR reads of a Roman numeral's strokes


def _lone_stroke(stt: str, title: str) -> str:
    """"I" read as a lone stroke ("|", which the number cleaner takes for a ruling line) beside a short title that
    starts with a capital ("Cải cách thể chế"): the numeral I, which the section sequence then settles.

    >>> _lone_stroke("|", "Cải cách thể chế"), _lone_stroke("|", "tiếp theo của nhiệm vụ trên"), _lone_stroke("", "A")
    ('I', '', '')
    """
    t = fold_ws(stt).replace(" ", "")
    short_title = len(title.split()) <= 12 and title.strip()[:1].isupper()
    return "I" if t and len(t) <= 2 and set(t) <= _STROKES and short_title else ""


def _body_rows(fragments: list[Fragment]) -> list[list[_Row]]:
    """Body rows of each table, in reading order (tables split at a fragment with a new header)."""
    tables: list[list[_Row]] = []
    col: int | None = None
    sub: int | None = None
    for fi, frag in enumerate(fragments):
        found = find_header(frag)
        if found:
            col = found[0].column("stt")
            skip = found[1]
            if col is None:
                col = _number_column(frag, skip)
            sub = _unmapped_before_task(found[0], col)
            if fi == 0 or not tables or not _same_columns(fragments[fi - 1], frag) \
                    or names_appendix(frag.context):
                tables.append([])   # a new appendix ("Phụ lục III" above the header): another table's numbering
        else:
            skip = 0
        if col is None or not tables:
            continue
        continuation = bool(tables[-1]) and not (found and not tables[-1])
        for r in range(skip, len(frag.rows)):
            slot = frag.rows[r][col]
            if not isinstance(slot, Cell):
                continue
            texts = [frag.own_text(r, c) for c in range(frag.ncols)]
            if not any(t.strip() for t in texts) or is_total_row(texts):   # a total ("Tông"): no number to settle
                continue
            one_cell = _one_cell_section(frag, r, col)
            if one_cell:
                tables[-1].append(_Row(frag, r, col, "section", one_cell[0], rest=one_cell[1]))
                continue
            if _is_section_row(frag, r, col):
                kind = "section"
            elif r == skip and continuation and not clean_number(slot.text):
                kind = "cont"
            else:
                kind = "task"
            tables[-1].append(_Row(frag, r, col, kind, slot.text, sub=sub))
    return tables


_APPENDIX_LINE = regex.compile(r"\bPh[ụu]\s*l[ụu]c\s+[IVXLH1l|0-9]{1,5}\b", regex.I)


def names_appendix(context: str) -> bool:
    """The text above a scanned table names an appendix, wherever OCR put it on its line ("/ 3 Phụ lục II", a seal's
    specks before it: Nghị quyết 168/NQ-CP 2022, whose Phụ lục II and III had been read as one numbering).

    >>> names_appendix("C81 xe\\n/ 3 Phụ lục II\\n_¬ s (đu"), names_appendix("2\\n-\\n\\\\ `2 : l NG")
    (True, False)
    """
    return bool(_APPENDIX_LINE.search(context))


def _unmapped_before_task(hmap, col: int | None) -> int | None:
    """The first column left of the task column, other than the STT, that the header maps to nothing."""
    task = hmap.column("task")
    return next((c for c in range(task or 0) if c != col and hmap.fields[c] is None), None)


_NUMBERED_TITLE = regex.compile(r"\s*([^\s.]{1,5})(\.?\s+\p{Lu}.*)", regex.S)


def _one_cell_section(frag: Fragment, r: int, col: int) -> tuple[str, str] | None:
    """A section printed in one cell across the row (or over number and title, beside figures only), its numeral
    and title together ("I. Đổi mới mạnh mẽ ...", as the Công báo prints them): (the numeral as read, the rest of
    the cell)."""
    slot = frag.rows[r][col]
    if not isinstance(slot, Cell) or frag.ncols - col < 3 or slot.colspan < 2:
        return None
    rest = [frag.own_text(r, c).strip() for c in range(col + slot.colspan, frag.ncols)]
    if slot.colspan < frag.ncols - col - 1 and not all(not t or is_quantity(t) for t in rest):
        return None     # over number and title, the rest empty or the group's subtotals (Kế hoạch 2668/KH-UBND 2010)
    m = _NUMBERED_TITLE.match(slot.text)
    if not m or not (roman_reading(m[1]) or _int(m[1]) is not None) or len(m[2].split()) < 2:
        return None
    return m[1], m[2]


def _number_column(frag: Fragment, skip: int) -> int | None:
    """The number column of a table whose header word for it OCR misread past knowing ("IMh" for "TT"): the
    first column, when most of its body cells read as row numbers; its header cell is then given "STT"."""
    cells = [frag.rows[r][0] for r in range(skip, len(frag.rows))]
    texts = [clean_number(c.text) for c in cells if isinstance(c, Cell) and c.text.strip()]
    if skip == 0 or len(texts) < 2 or sum(len(t) <= 5 and _task_number(t) is not None for t in texts) * 2 <= len(texts):
        return None
    head = frag.rows[skip - 1][0]
    if isinstance(head, Cell) and not field_scores(head.text):
        frag.rows[skip - 1][0] = Cell(CANON_LABEL["stt"], head.rowspan, head.colspan)
    return 0


def _same_columns(a: Fragment, b: Fragment) -> bool:
    return a.ncols == b.ncols and a.page != b.page


def _set(row: _Row, text: str) -> None:
    slot = row.frag.rows[row.r][row.col]
    row.frag.rows[row.r][row.col] = Cell(text + (row.rest or ""), slot.rowspan, slot.colspan)


HEADER_TOLERANCE = 0.34  # share of a header word's letters OCR may misread
CANON_LABEL = {"stt": "STT", "task": "Nhiệm vụ", "lead": "Cơ quan chủ trì", "coordinating": "Cơ quan phối hợp",
               "deadline": "Thời gian thực hiện", "result": "Kết quả, sản phẩm"}


def _row_texts(frag: Fragment, r: int) -> list[str]:
    return [frag.own_text(r, c) for c in range(frag.ncols)]


def _fuzzy_header(frag: Fragment) -> bool:
    """Rewrite a header row OCR misread ("SIT", "Thời gìan") to the labels its words stand for."""
    for h in range(min(2, len(frag.rows))):
        labels = _row_texts(frag, h)
        if _int(labels[0]) is not None:
            return False  # a numbered row: the body has begun
        hmap = map_header(labels, tolerance=HEADER_TOLERANCE)
        if not is_task_header(hmap):
            continue
        for c, f in enumerate(hmap.fields):
            slot = frag.rows[h][c]
            if f and isinstance(slot, Cell) and not field_scores(labels[c]) and _misread_of(labels[c], f):
                frag.rows[h][c] = Cell(CANON_LABEL[f], slot.rowspan, slot.colspan)
        return find_header(frag) is not None
    return False


FUZZY_LABEL = 0.5  # a label is rewritten when a header phrase covers most of it, misread letters and all


def _misread_of(label: str, field: str) -> bool:
    """*label* reads as a misread header phrase of *field* as a whole ("SIT", "Thời gìan"), not by one of its words
    alone: an unknown header ("Trách nhiệm thực hiện") is left to the column's content.

    >>> _misread_of("SIT", "stt"), _misread_of("ST lẾ:", "stt"), _misread_of("Trách nhiệm thực hiện", "coordinating")
    (True, True, False)
    """
    found = field_scores(label, tolerance=HEADER_TOLERANCE)
    best = [f for score, f in found if score == found[0][0]] if found else []
    short = len(label.split()) <= 2  # "ST lẾ:": a short label with specks is still the one word it holds
    return best == [field] and (found[0][0] >= FUZZY_LABEL or short)


def _repeated_header(frag: Fragment, above: Fragment, skip: int) -> bool:
    """The first rows of *frag* are the header of the table above, misread: same columns, words
    alike.  They are given the header's text, so that stitching drops them as a repeated header."""
    from rapidfuzz.fuzz import ratio

    if frag.ncols != above.ncols or len(frag.rows) <= skip or frag.page == above.page:
        return False
    if _int(frag.own_text(0, 0)) is not None:
        return False
    pairs = [(header_key(a), header_key(b)) for h in range(skip)
             for a, b in zip(_row_texts(above, h), _row_texts(frag, h)) if a.strip()]
    if not pairs or sum(ratio(a, b) for a, b in pairs) / len(pairs) < 60:
        return False
    for h in range(skip):
        for c in range(frag.ncols):
            mine, theirs = frag.rows[h][c], above.rows[h][c]
            if isinstance(mine, Cell) and isinstance(theirs, Cell):
                frag.rows[h][c] = Cell(theirs.text, mine.rowspan, mine.colspan)
    return True


def repair_headers(read) -> None:
    """Headers misread by OCR made readable again, in place; a task table whose header names no
    lead or no deadline column says so (an issue and a warning on its first row)."""
    above: tuple[Fragment, int] | None = None
    for frag in read.fragments:
        if not _fuzzy_header(frag):
            if above is not None and _repeated_header(frag, *above):
                continue
            if above is not None and frag.ncols != above[0].ncols:
                above = None
            continue
        found = find_header(frag)
        if above is None or frag.ncols != above[0].ncols or frag.page == above[0].page:
            _missing_columns(read, frag, found[0], found[1])
        above = (frag, found[1])


def _missing_columns(read, frag: Fragment, hmap, skip: int) -> None:
    for field_name, code in (("lead", "table_no_lead_column"), ("deadline", "table_no_deadline_column")):
        if hmap.column(field_name) is None:
            note(read, (frag.source_table, skip), frag.page, field_name,
                 f"no {field_name} column found in the header (OCR read {' | '.join(hmap.labels)!r})", code=code)


def infer_numbers(read) -> None:
    """Repair and infer STT numbers and section numerals of an OcrRead's fragments, in place."""
    for rows in _body_rows(read.fragments):
        _groups(rows, read)
        _letters(rows, read)
        outline = _outline(rows, read)
        _sections(rows, read)
        if not outline:
            _tasks(rows, read)


def _group_shaped(row: _Row) -> bool:
    """A number, a title beside it and nothing else in the row (a figure at most: a group's subtotal)."""
    if not clean_number(row.raw) or len(clean_number(row.raw)) > 4 or row.col + 1 >= row.frag.ncols:
        return False
    rest = [row.frag.own_text(row.r, c).strip() for c in range(row.col + 2, row.frag.ncols)]
    return bool(row.frag.own_text(row.r, row.col + 1).strip()) and all(not t or is_quantity(t) for t in rest)


def _restarts_under(rows: list[_Row], i: int) -> bool:
    """The next row of *rows* after *i* is numbered 1."""
    return i + 1 < len(rows) and _task_number(rows[i + 1].raw) == 1


def _letters(rows: list[_Row], read) -> None:
    """Group rows numbered by letters, Roman sub-groups under them (:func:`extract.ocr_letters.letter_groups`): each
    row the letters' sequence settles becomes a group row (kind "letter", outside the tasks' and the Roman sections'
    sequences), its number set where OCR read another, with a warning."""
    cands = [i for i, x in enumerate(rows) if x.kind in ("task", "section") and _group_shaped(x)]
    shape = [(rows[i].raw, mostly_upper(rows[i].frag.own_text(rows[i].r, rows[i].col + 1)), _restarts_under(rows, i))
             for i in cands]
    for i, value in zip(cands, letter_groups(shape)):
        if not value:
            continue
        row, raw = rows[i], fold_ws(rows[i].raw)
        row.kind = "letter"
        if clean_number(raw).rstrip(".)") != value:
            _set(row, value)
            _warn(read, rows, i, f"group number OCR read {raw!r}, taken as {value!r} from the letters' sequence", value)


def _outline(rows: list[_Row], read) -> bool:
    """A table numbered as an outline ("1.", "1.1", "1.1.1"): every number a scan misread is set from its place in
    the outline (:mod:`extract.ocr_outline`), with a warning; True when the table is one (its task numbers are then
    settled: no run of plain numbers to infer)."""
    raws = [fold_ws(row.raw) for row in rows]
    if not is_outline(raws):
        return False
    for i, (row, raw, fixed) in enumerate(zip(rows, raws, outline_numbers(raws))):
        if fixed != raw:
            _set(row, fixed)
            _warn(read, rows, i, f"number OCR read {raw!r}, taken as {fixed!r} from its place in the outline", fixed)
    return True


_LETTERS = "abcdđeghiklmnopqrstuvxy"  # the Vietnamese order of lettered items: a), b), c), d), đ), e), g) ...
_LETTER_READ = regex.compile(r"^(?:[a-zđA-ZĐ][).]?|\d\))$")  # a letter as read: "b)", "C)", or a figure for it ("4)")
_GROUP_FIGURE = regex.compile(r"^(\d{1,2})\.?$")  # a group's own number: a figure with no bracket


def _sub_text(row: _Row, col: int) -> str:
    return clean_number(row.frag.own_text(row.r, col)) if col < row.frag.ncols else ""


def _sub_column(rows: list[_Row]) -> int | None:
    """The table's second number column ("Stt" over TT | Chi tiết), found as on a text PDF
    (:func:`extract.stitch.sub_number_column`): four numbers at least, and nothing else in nine of ten filled
    cells (letters misread as figures, "4)" for "a)", still look like numbers)."""
    from .stitch import _NUMBER_CELL

    cols = {x.sub for x in rows if x.sub is not None}
    for c in sorted(cols):
        filled = [t for t in (_sub_text(x, c) for x in rows if x.sub == c) if t]
        numbers = [t for t in filled if _NUMBER_CELL.match(t)]
        if len(numbers) >= 4 and len(numbers) >= 0.9 * len(filled):
            return c
    return None


def _groups(rows: list[_Row], read) -> None:
    """Groups numbered in a second number column (Kế hoạch 277/KH-UBND of Hà Nội: groups "1" ... "12" and their
    tasks "a)" ... "h)" in Chi tiết, the tasks numbered 1-33 straight through in TT): a row with no TT number and a
    group number there is a group row (kind "group"), outside the TT sequence; a group number out of sequence
    between its neighbours and the tasks' letters are settled by place (:func:`_group_numbers`,
    :func:`_group_letters`), each with a warning, so that a letter misread as a figure ("4)") is no group."""
    col = _sub_column(rows)
    if col is None:
        return
    for x in rows:
        text = _sub_text(x, col)
        if x.kind in ("task", "cont") and not clean_number(x.raw) and text and not _LETTER_READ.match(text):
            x.kind = "group"
    _group_numbers(rows, col, read)
    _group_letters(rows, col, read)


def _set_sub(read, row: _Row, col: int, value: str, what: str) -> None:
    """Give the second number cell of *row* the value its sequence decides, with a warning."""
    slot = row.frag.rows[row.r][col]
    raw = fold_ws(slot.text) if isinstance(slot, Cell) else ""
    row.frag.rows[row.r][col] = Cell(value, getattr(slot, "rowspan", 1), getattr(slot, "colspan", 1))
    how = f"OCR read {raw!r}" if raw else "not read by OCR"
    note(read, (row.frag.source_table, row.r), row.frag.page, "stt",
         f"{what} (second number column) {how}, inferred as {value!r} from the sequence", value)


def _group_numbers(rows: list[_Row], col: int, read) -> None:
    """A group number (of a group row, or of a task at the groups' level, a figure with no bracket) between two
    that differ by 2 and not the one between them was misread ("1" for 11 between 10 and 12)."""
    seq = [x for x in rows if x.kind == "group" or _GROUP_FIGURE.match(_sub_text(x, col))]
    nums = [int(m[1]) if (m := _GROUP_FIGURE.match(_sub_text(x, col))) else None for x in seq]
    for k in range(1, len(seq) - 1):
        a, v, b = nums[k - 1], nums[k], nums[k + 1]
        if a is not None and b is not None and b == a + 2 and v != a + 1:
            _set_sub(read, seq[k], col, str(a + 1), "group number")
            nums[k] = a + 1


def _group_letters(rows: list[_Row], col: int, read) -> None:
    """The tasks' letters under each group ("a)", "b)" ... in the Vietnamese order): when at least one letter read
    is in its place and no fewer than half of the letters read are, the place decides every one (a letter misread
    as a figure, "4)" for "a)", "8)" for "g)", or not read)."""
    run: list[_Row] = []
    for x in rows + [None]:
        text = _sub_text(x, col) if x is not None else ""
        if x is None or x.kind in ("group", "section", "roman") or _GROUP_FIGURE.match(text):
            _letters_by_place(run, col, read)
            run = []
        elif clean_number(x.raw) or _LETTER_READ.match(text):   # a task, its TT number read or not ("|")
            run.append(x)


def _letters_by_place(run: list[_Row], col: int, read) -> None:
    """Letters of one group's tasks by place, when enough of the letters read agree (:func:`_group_letters`)."""
    texts = [_sub_text(x, col) for x in run]
    letters = [(k, t.rstrip(").").lower()) for k, t in enumerate(texts) if _LETTER_READ.match(t) and t[0].isalpha()]
    agree = sum(k < len(_LETTERS) and t == _LETTERS[k] for k, t in letters)
    if not agree or agree * 2 < len(letters) or len(run) > len(_LETTERS):
        return
    mark = ")" if any(t.endswith(")") for t in texts) else "."
    for k, (x, t) in enumerate(zip(run, texts)):
        if t != _LETTERS[k] + mark:
            _set_sub(read, x, col, _LETTERS[k] + mark, "letter")


def note(read, key: tuple[int, int], page: int | None, field: str, message: str, value: str = "",
         code: str = "value_inferred", warn: bool = True) -> None:
    """Record a problem of the printed row *key*: an :class:`Issue` in ``read.issues`` and, when
    *warn*, the same as a line of the row's warnings."""
    issue = Issue(code, field=field, message=message, value=value, page=page)
    if hasattr(read, "issues"):
        read.issues.setdefault(key, []).append(issue)
    if warn:
        read.row_warnings.setdefault(key, []).append(f"{field}: {message}")


def _warn(read, rows: list[_Row], i: int, message: str, value: str = "") -> None:
    """A warning for row i, or, for a section row, for the first task row after it."""
    target = rows[i]
    field = "section" if target.kind in ("section", "letter") else "stt"
    if target.kind in ("section", "letter"):
        target = next((x for x in rows[i + 1:] if x.kind not in ("section", "group", "letter")), target)
    note(read, (target.frag.source_table, target.r), target.frag.page, field, message, value)


def section_values(readings: list[int | None]) -> list[int]:
    """Section numbers from their readings (None: unread).  When most readings agree with their
    place (I, II, III ...) the place decides every one; else each unread or out-of-sequence
    reading is its predecessor + 1.

    >>> section_values([1, 2, 6, 4, None, 6, 7, 7, None, 10])
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    >>> section_values([3, 4, None])
    [3, 4, 5]
    >>> section_values([1, 1, 2, 4])    # Nghị quyết 168/NQ-CP 2022, Phụ lục III scanned: II read "I", III read "II"
    [1, 2, 3, 4]
    >>> section_values([1, 1])      # Nghị quyết 318/NQ-CP 2025 scanned: I and II both read "1"
    [1, 2]
    """
    readable = [v for v in readings if v is not None]
    agree = sum(v == k + 1 for k, v in enumerate(readings))
    ends = len(readings) >= 3 and readings[0] == 1 and readings[-1] == len(readings)    # I ... IV: every one there
    if readings and (agree * 2 > len(readable) or ends):
        return list(range(1, len(readings) + 1))
    out: list[int] = []
    for k, v in enumerate(readings):
        expected = out[-1] + 1 if out else 1
        nxt = readings[k + 1] if k + 1 < len(readings) else None
        out.append(expected if v is None or (out and v != expected and nxt == expected + 1)
                   or (out and v <= out[-1]) else v)     # a numeral never comes back: "I" after I is II
    return out


def _roman_tasks(rows: list[_Row]) -> None:
    """A task row numbered in the sections' own sequence, at or past the section before it (a last "VII" with
    its own lead and deadline, as a text layer gives it), is numbered by that sequence: kind "roman"."""
    last, task = None, None
    for row in rows:
        reading = clean_number(row.raw).rstrip(".)")
        value = from_roman(reading) if ROMAN.match(reading) else None
        if row.kind == "section":
            last = from_roman(roman_reading(row.raw)) or (last or 0) + 1
        elif row.kind == "task" and last is not None and value and value >= max(last, 2) \
                and not (value == last and task is not None and _task_number(row.raw) == task + 1):
            row.kind, last = "roman", value     # ("II" after section II and task 10, numbered on: task 11)
        elif row.kind == "task":
            task = _int(row.raw) if _int(row.raw) is not None else task


def _arabic(raws: list[str]) -> bool:
    """Section numbers printed in Arabic figures ("1.", "2." group rows): more readings are in their place read as
    figures than as Roman numerals (a Roman "II" misread "11" is in its place only as a numeral).

    >>> _arabic(["1.", "2.", "3"]), _arabic(["1", "11", "HI", "IV"]), _arabic(["I", "II", "III"])
    (True, False, False)
    """
    figures = sum(_int(r) == k + 1 for k, r in enumerate(raws))
    numerals = sum(from_roman(roman_reading(r)) == k + 1 for k, r in enumerate(raws))
    return figures > numerals


def _section_reading(raw: str, arabic: bool) -> int | None:
    return _int(raw) if arabic else from_roman(roman_reading(raw))


def _figure_sections(rows: list[_Row]) -> None:
    """A row shaped like a section row (a title, every other cell of a wide row empty) whose numeral OCR read as a
    figure ("1" for a bold "I") is a section row when it stands at that numeral's place among the table's Roman
    section rows: as many sections before it as its value less one, the next section reading the next numeral,
    and a task or a page-cut row after it (a section row with nothing under it is no section)."""
    for i, row in enumerate(rows):
        if row.kind != "task" or not _INT.match(clean_number(row.raw)) or not _titled_alone(row.frag, row.r, row.col):
            continue
        place = sum(x.kind == "section" for x in rows[:i]) + 1
        nxt = next((x for x in rows[i + 1:] if x.kind == "section"), None)
        after = rows[i + 1].kind if i + 1 < len(rows) else ""
        if (from_roman(roman_reading(row.raw)) == place and nxt is not None and after in ("task", "cont")
                and from_roman(roman_reading(nxt.raw)) == place + 1 and not _INT.match(clean_number(nxt.raw))):
            row.kind = "section"


def _sections(rows: list[_Row], read) -> None:
    _figure_sections(rows)
    _roman_tasks(rows)
    # a group numbered in an outline ("1.1", "2.3" under "1.", "2."): a deeper level, its number its own, not a
    # place in the sections' sequence (Quyết định 222/QĐ-TTg 2025: groups 1.-5., sub-groups 1.1-5.2, tasks 1.1.1)
    secs = [i for i, row in enumerate(rows) if row.kind in ("section", "roman")
            and not is_sub_number(clean_number(row.raw))]
    arabic = _arabic([rows[i].raw for i in secs])
    values = section_values([_section_reading(rows[i].raw, arabic) for i in secs])
    for i, val in zip(secs, values):
        row = rows[i]
        numeral = (f"{val}." if clean_number(row.raw).endswith(".") else str(val)) if arabic else to_roman(val)
        raw = fold_ws(row.raw)
        if clean_number(raw).rstrip(".)") != numeral.rstrip("."):
            _set(row, numeral)
            how = f"OCR read {raw!r}" if raw else "not read by OCR"
            _warn(read, rows, i, f"number {how}, taken as {numeral!r} from the sequence", numeral)
        elif raw != numeral:
            _set(row, numeral)
        row.number = val


def _int(text: str) -> int | None:
    m = _INT.match(clean_number(text))
    return int(m[1]) if m else None


def _unread(row: _Row) -> bool:
    """A number cell with no digit in it (empty, or OCR junk such as "o _"): nothing was read."""
    return row.number is None and not regex.search(r"\d", row.raw)


_DIGIT_LOOKS = str.maketrans({"I": "1", "l": "1", "|": "1", "!": "1", "O": "0", "o": "0", "ø": "0", "D": "0",
                               "S": "5", "Š": "5", "B": "8", "Z": "2", "G": "6"})


def _task_number(raw: str) -> int | None:
    """A task number as read, with letters OCR reads for figures taken as those figures ("II" for 11, "1S" for
    15); only a reading that counts towards the place's agreement (:func:`_by_place`), which then sets the number
    and says so.

    >>> _task_number("12."), _task_number("II"), _task_number("1S"), _task_number("Bê»")
    (12, 11, 15, None)
    """
    n = _int(raw)
    if n is not None:
        return n
    t = clean_number(raw).rstrip(".)").translate(_DIGIT_LOOKS)
    return int(t) if t.isdigit() and len(t) <= 3 else None


def _tasks(rows: list[_Row], read) -> None:
    rows = [row for row in rows if row.kind != "group"]  # the groups of a second number column: TT runs through
    for row in rows:
        if row.kind not in ("section", "roman", "letter"):
            row.number = _int(row.raw)
            cleaned = clean_number(row.raw)
            if row.number is not None and cleaned != fold_ws(row.raw):
                _set(row, cleaned)  # "5 _" -> "5": a piece of ruling line, nothing to warn about
    segments: list[list[_Row]] = [[]]
    heads: list[int | None] = [None]  # the section number over each segment
    for row in rows:
        if row.kind in ("section", "roman", "letter"):
            segments.append([])
            heads.append(row.number)
        else:
            segments[-1].append(row)
    last = 0
    numbered = sum(x.number is not None for x in rows) >= 2     # the table's numbers are read: a section's start is 1
    for seq, head in zip(segments, heads):
        if _by_sub_place(seq, read, head):
            continue
        if not _by_place(seq, read, last):
            _out_of_sequence(seq, read)
            _fill_runs(seq, read, 0 if _restarts(seq) else last, numbered)
        last = next((x.number for x in reversed(seq) if x.number is not None), last)


_SUB = regex.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")


def sub_numbers(head: int | None, raws: list[str]) -> list[str] | None:
    """The numbers of a section's tasks numbered under it, by place, when most readings are in their place.

    >>> sub_numbers(1, ["1.1", "1.2", "1.3", "1.4", "128", "L.6", "17"])   # Quyết định 982/QĐ-TTg, scanned
    ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7']
    >>> sub_numbers(5, ["53", "5.2", "8.3"])     # the same, stamped
    ['5.1', '5.2', '5.3']
    >>> sub_numbers(2, ["1", "2", "3"]) is None, sub_numbers(None, ["1.1", "1.2"]) is None
    (True, True)
    """
    if head is None:
        return None
    subs = [_SUB.match(clean_number(r)) for r in raws]
    exact = sum(bool(m) and int(m[1]) == head and int(m[2]) == k + 1 for k, m in enumerate(subs))
    # a sub-number in its place whose section figure was misread ("8.3" for 5.3 under "5.") agrees too
    agree = sum(bool(m) and int(m[2]) == k + 1 for k, m in enumerate(subs))
    return [f"{head}.{k + 1}" for k in range(len(raws))] if exact and agree >= 2 and agree * 2 > len(raws) else None


def _by_sub_place(seq: list[_Row], read, head: int | None) -> bool:
    """Tasks numbered under their section's number ("1.1", "1.2" ... under "1."): when most readings are that
    section's sub-numbers in their place, the place decides the rest ("128", "L.6" read for 1.5, 1.6), with a
    warning each.  False otherwise (then the flat rules apply)."""
    tasks = [x for x in seq if x.kind != "cont" or clean_number(x.raw)]
    raws = [x.raw for x in tasks]
    cut = next((c for c in range(len(raws), 1, -1)
                if sub_numbers(head, raws[:c]) and top_numbers(head, raws[c:]) is not None), None)
    if cut is None:
        return False
    for x, want in zip(tasks, sub_numbers(head, raws[:cut]) + top_numbers(head, raws[cut:])):
        if clean_number(x.raw).rstrip(".") != want:
            _infer(read, x, want)
    return True


def top_numbers(head: int | None, raws: list[str]) -> list[str] | None:
    """Tasks after a section's sub-numbered ones that are numbered in the sections' own sequence (bold rows "7.",
    "8." with their own lead after "6.1" ... "6.3", as Quyết định 982/QĐ-TTg prints them): their numbers by place,
    when one reading at least is in its place and none is a sub-number.  [] for no such tasks.

    >>> top_numbers(6, ["L5", "8."]), top_numbers(6, []), top_numbers(6, ["6.4"]), top_numbers(6, ["12"])
    (['7', '8'], [], None, None)
    """
    if not raws:
        return []
    if head is None or any(_SUB.match(clean_number(r)) for r in raws):
        return None
    agree = sum(_int(r) == head + k + 1 for k, r in enumerate(raws))
    return [str(head + k + 1) for k in range(len(raws))] if agree else None


def _by_place(seq: list[_Row], read, last: int) -> bool:
    """When most number readings of a section agree with their place (1, 2, 3 ... or running on
    from the section before), the place decides every number: a misread one is corrected, an
    unread one filled.  A page-cut first row with no number is a task or the rest of the row
    above, whichever makes more readings agree.  False when the readings do not agree enough
    (numbering with sub-numbers "1.1", or too few readings)."""
    subs = sum(bool(_SUB_NUMBER.match(clean_number(x.raw))) for x in seq)
    if subs and subs * 2 >= sum(bool(clean_number(x.raw)) for x in seq):
        return False  # "1.1", "a)": not a flat sequence (one "2.2" read for 22 among figures is a misreading)
    conts = [i for i, x in enumerate(seq) if x.kind == "cont"]
    if len(conts) > 6:
        return False
    readings = [x.number if x.number is not None else _task_number(x.raw) for x in seq]  # "II" for 11 agrees
    readable = sum(v is not None for v in readings)
    best: tuple[int, list[int], int] | None = None
    for mask in range(1 << len(conts)):
        tasks = [i for i, x in enumerate(seq) if x.kind != "cont" or (mask >> conts.index(i)) & 1]
        for start in {1, last + 1}:
            agree = sum(readings[i] == start + k for k, i in enumerate(tasks))
            if best is None or agree > best[0]:
                best = (agree, tasks, start)
    if best is None or readable < 2 or best[0] * 2 <= readable or best[0] < 2:
        return False
    _, tasks, start = best
    for k, i in enumerate(tasks):
        if seq[i].number != start + k:
            _infer(read, seq[i], start + k)
    return True


def _restarts(seq: list[_Row]) -> bool:
    """Numbering starts again at 1 in this section (else it runs on from the section before)."""
    known = [(i, x.number) for i, x in enumerate(seq) if x.number is not None]
    return not known or known[0][1] <= known[0][0] + 1


def _infer(read, row: _Row, guess: int | str) -> None:
    """Set a task number the sequence decides (a figure, or a sub-number such as "1.5"), with a warning."""
    raw = fold_ws(row.raw)
    _set(row, str(guess))
    how = f"OCR read {raw!r}" if raw else "not read by OCR"
    note(read, (row.frag.source_table, row.r), row.frag.page, "stt",
         f"number {how}, inferred as {str(guess)!r} from the row sequence", str(guess))
    if isinstance(guess, int):
        row.number = guess


def _out_of_sequence(seq: list[_Row], read) -> None:
    """A number between two that differ by 2 and not the one between them was misread."""
    for a, x, b in zip(seq, seq[1:], seq[2:]):
        if None not in (a.number, x.number, b.number) and b.number == a.number + 2 and x.number != a.number + 1:
            _infer(read, x, a.number + 1)


def _fill_runs(seq: list[_Row], read, start: int, numbered: bool = False) -> None:
    """Each run of unread numbers between two read ones (or the section's start or end) is
    filled from its neighbours when the count fits: with its page-cut continuation rows
    counted as tasks, or without them.  A whole section unread (its one task read "H" under "IV", Nghị quyết
    168/NQ-CP 2022 scanned) is numbered from 1 when the table's numbers are read (*numbered*)."""
    i = 0
    while i < len(seq):
        if not _unread(seq[i]):
            i += 1
            continue
        j = i
        while j < len(seq) and _unread(seq[j]):
            j += 1
        before = seq[i - 1].number if i else start
        after = seq[j].number if j < len(seq) else None
        run = seq[i:j]
        if before is not None and (i == 0 or seq[i - 1].number is not None):
            tasks = _run_tasks(run, before, after, j == len(seq), numbered and i == 0)
            for k, row in enumerate(tasks or []):
                _infer(read, row, before + 1 + k)
        i = j


def _run_tasks(run: list[_Row], before: int, after: int | None, at_end: bool, anchored: bool = False) -> list[_Row] | None:
    """The rows of an unread run that are tasks, or None when the numbering does not decide (a run to the end
    after no read number only when *anchored*: the section starts it in a numbered table)."""
    plain = [x for x in run if x.kind != "cont"]
    if after is not None:
        if after - before - 1 == len(run):
            return run
        if after - before - 1 == len(plain):
            return plain
        return None
    if at_end:
        return [x for x in plain if _looks_like_task(x)] if before or anchored else None
    return None


def _looks_like_task(row: _Row) -> bool:
    """A row with text in the cell after STT and in at least one more column."""
    texts = [row.frag.own_text(row.r, c).strip() for c in range(row.frag.ncols) if c != row.col]
    return sum(bool(t) for t in texts) >= 2


# ---------------------------------------------------------------- text repair

_APPENDIX_OCR = regex.compile(r"^(Ph[ụu]\s+l[ụu]c)\s+([IlH1|!]{1,4})\s*$", regex.M)
_COMMA_GLUE = regex.compile(r"(?<=\p{L}),(?=\p{L})")
_TOKEN = regex.compile(r"\p{L}+")


def repair_context(text: str) -> str:
    """An appendix label OCR misread ("Phụ lục H" for "Phụ lục II") with its numeral mapped back.

    >>> repair_context("Phụ lục H\\nDANH MỤC")
    'Phụ lục II\\nDANH MỤC'
    """
    def fix(m: regex.Match) -> str:
        numeral = roman_reading(m[2])
        return f"{m[1]} {numeral}" if numeral else m[0]
    return _APPENDIX_OCR.sub(fix, text)


def _strip(s: str) -> str:
    s = s.lower().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def lexicon() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """(syllables, two-syllable words, stripped two-syllable key -> words) from underthesea's Viet74K list; a
    two-syllable word with a syllable Vietnamese cannot sound is left out (the list's "sẵp tới":
    :func:`unsoundable`).

    Empty when the list is not installed: then nothing is repaired.
    """
    syllables: set[str] = set()
    pairs: set[str] = set()
    keys: dict[str, list[str]] = {}
    for w in word_list():
        parts = w.split()
        if not all(_TOKEN.fullmatch(p) for p in parts):
            continue
        syllables.update(parts)
        if len(parts) == 2 and not any(unsoundable(p) for p in parts):
            pairs.add(w)
            keys.setdefault(_strip(w), []).append(w)
    return frozenset(syllables), frozenset(pairs), {k: tuple(v) for k, v in keys.items()}


def _segment(token: str, syllables: frozenset[str]) -> list[str] | None:
    """*token* (glued by OCR) as the unique shortest run of 2-3 known syllables or acronyms, else None."""
    low = token.lower()
    n = len(low)
    best: dict[int, list[list[int]]] = {0: [[]]}
    for i in range(n):
        if i not in best:
            continue
        for j in range(i + 1, n + 1):
            part = token[i:j]
            if (j - i >= 2 and low[i:j] in syllables) or (len(part) >= 3 and part.isupper() and i == 0):
                for path in best[i]:
                    best.setdefault(j, []).append(path + [j])
    ways = [p for p in best.get(n, []) if 2 <= len(p) <= 3]
    if not ways:
        return None
    shortest = min(len(p) for p in ways)
    ways = [p for p in ways if len(p) == shortest]
    if len(ways) != 1:
        return None
    cuts = [0] + ways[0]
    return [token[a:b] for a, b in zip(cuts, cuts[1:])]


def _seen_together(parts: list[str], keys: dict[str, tuple[str, ...]]) -> bool:
    """Each two neighbouring pieces of a split are printed side by side in real text, or are a word of the list
    whatever their marks (a scan may have lost them: "đêxuất" is "đề xuất"): "Thực hiện" is, "Đen sa van" is not.
    Asked of a word with a capital (the Lao place name "Đensavan", Nghị quyết 168/NQ-CP 2022, had been split).

    >>> _seen_together(["Thực", "hiện"], {}), _seen_together(["Đen", "sa", "van"], {})
    (True, False)
    >>> _seen_together(["đê", "xuất"], {"de xuat": ("đề xuất",)})
    True
    """
    counts = bigram_counts()
    joins = [f"{a.lower()} {b.lower()}" for a, b in zip(parts, parts[1:])]
    return all(counts.get(j, 0) or _strip(j) in keys for j in joins)


_VOWEL_START = regex.compile(r"[aăâeêioôơuưy]", regex.I)


def _rejoined(tokens: list[str]) -> list[str]:
    """A syllable OCR split before its vowel where a tone mark stood apart ("bảo hi êm y tế", "ngu ôn",
    "ph âm": a font's stacked marks read as a gap): the two pieces, never printed side by side in real text, are
    the syllable with their letters that fits the neighbours best, when one does clearly (:data:`RIVAL_RATIO`).

    >>> " ".join(_rejoined("bảo hi êm y tế".split())), " ".join(_rejoined("sản ph âm được".split()))
    ('bảo hiểm y tế', 'sản phẩm được')
    """
    counts = bigram_counts()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        a = tokens[i]
        b = tokens[i + 1] if i + 1 < len(tokens) else ""
        fixed = _rejoin(out[-1] if out else "", a, b, tokens[i + 2] if i + 2 < len(tokens) else "", counts) \
            if b and a.isalpha() and regex.fullmatch(r"\p{L}+\P{L}*", b) and _VOWEL_START.match(_strip(b)) else None
        if fixed:
            out.append(fixed)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _rejoin(before: str, a: str, b: str, after: str, counts: dict[str, int]) -> str | None:
    tail = regex.match(r"\p{L}+", b)[0]
    if counts.get(f"{a.lower()} {tail.lower()}", 0):
        return None
    forms = _same_letters().get(_strip(a + tail), ())
    prev, nxt = regex.sub(r"\P{L}", "", before).lower(), regex.sub(r"\P{L}", "", after).lower()
    ranked = _ranked(prev, [c for c in forms if f"{prev} {c}" in counts or f"{c} {nxt}" in counts], nxt)
    if ranked is None or ranked[0] < RIVAL_RATIO * ranked[2]:
        return None
    return _same_case(ranked[1], a) + b[len(tail):]


def _same_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


_QUARTER = regex.compile(r"\b(Quý|QUÝ|quý)\s*([1lLIHT|!\[]{1,3}|[1lIT\[]V|IY)(?=\s*/|\s|$|[12]\d{3}(?!\d))")


def _quarter(m: regex.Match) -> str:
    """ "Quý 11/2027" -> "Quý II/2027": a quarter is I-IV; an Arabic 1-4 is left as printed.

    A slash lost before the year comes back ("Quý IL2027": its "L" is an I); "L" and "[" are I, "H" is II.

    >>> [_QUARTER.sub(_quarter, t) for t in ("Quý 11/2027", "Quý TI1/2026", "Quý IIH/2026", "Quý H/2026", "Quý 1/2026")]
    ['Quý II/2027', 'Quý III/2026', 'Quý III/2026', 'Quý II/2026', 'Quý 1/2026']
    >>> [_QUARTER.sub(_quarter, t) for t in ("Quý IL2027", "Quý IIL/2026", "Quý IH2026", "Quý [V/2026", "Quý IV2026")]
    ['Quý II/2027', 'Quý III/2026', 'Quý III/2026', 'Quý IV/2026', 'Quý IV2026']
    """
    if m[2].isdigit() and 1 <= int(m[2]) <= 4 and not m.string[m.end():m.end() + 1].isdigit():
        return m[0]
    glued = m.string[m.end():m.end() + 1].isdigit()          # "IL2027": the slash was lost (read as the "L")
    if glued and ROMAN.fullmatch(m[2]):
        return m[0]     # "Quý IV2026" printed so: left as printed
    for h in ("II", "I"):                                      # "H" is II ("IH"), or I where II makes no quarter
        numeral = regex.sub(r"[1lLT|!\[]", "I", m[2].replace("H", h)).replace("Y", "V")
        if from_roman(numeral) and from_roman(numeral) <= 4:
            return f"{m[1]} {numeral}{'/' if glued else ''}"
    return m[0]


# The slash OCR loses between a document's number and its type code ("1441QĐ-UBND", "7178PA-UBND": a type code of
# Nghị định 30/2020/NĐ-CP, Phụ lục III, and a dash can only follow a number's slash)
# (in cells also the codes of legal documents and bodies cited there: Thông tư, Nghị định, Công văn ...)
_SLASH_LOST = regex.compile(r"(?<=(?<![\p{L}\d/])\d{1,6})(?=(?:" + DOC_TYPE_CODES + r"|TT|NĐ|TTLT|CV|VP|UBND)-[\p{Lu}Đ])")


# The letters of Vietnamese text (and of the foreign words and acronyms it quotes: f, j, w, z); any other letter in
# an OCR'd word is a misread mark or speck ("øgiao", "QĐÐ"), and a word of nothing but such marks is no word
_VI_LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyzáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_FOREIGN = regex.compile(rf"[\p{{L}}--[{_VI_LETTERS}{_VI_LETTERS.upper()}]]", regex.V1)
_SPECK = regex.compile(r"(?:(?<=^)|(?<= ))[\p{Lm}|¡¦~`]+(?= |$)")


def foreign_fix(run: str, prev: str = "", nxt: str = "") -> str:
    """A run of letters with letters of no Vietnamese word in it, mended: the foreign letter dropped or read
    as another, when exactly that makes a syllable (fitting its neighbours best) or, in capitals, drops a
    double of the letter beside it; the run as it is otherwise.

    >>> foreign_fix("øgiao"), foreign_fix("øiaO", "được"), foreign_fix("QĐÐ"), foreign_fix("Øresund")
    ('giao', 'giao', 'QĐ', 'Øresund')
    """
    at = [m.start() for m in _FOREIGN.finditer(run)]
    if len(at) != 1:
        return run
    i = at[0]
    if run[:i].isupper() and i and unicodedata.normalize("NFD", run[i - 1])[0] in "DĐ" and run[i] == "Ð":
        return run[:i] + run[i + 1:]
    syllables = lexicon()[0]
    reads = [run[:i] + run[i + 1:]] + [run[:i] + x + run[i + 1:] for x in _VI_LETTERS]
    cands = {c.lower() for c in reads if c.lower() in syllables}
    ranked = _ranked(prev, cands, nxt)
    if ranked is None or ranked[0] < RIVAL_RATIO * ranked[2]:
        return run
    best = ranked[1]
    return best.upper() if run.isupper() and len(run) > 1 else _same_case(best, run)


def _foreign_pass(line: str) -> str:
    if _SPECK.search(line) and (regex.search(r"[\p{L}\d]", line) or not regex.search(r"[|¡]", line)):
        line = fold_ws(_SPECK.sub(" ", line))  # a lone "|" or "!" is a number's stroke (_lone_stroke)
    if not _FOREIGN.search(line):
        return line
    words = line.split(" ")
    for k, w in enumerate(words):
        if _FOREIGN.search(w):
            prev = words[k - 1].lower() if k else ""
            nxt = words[k + 1].lower() if k + 1 < len(words) else ""
            words[k] = regex.sub(r"\p{L}+", lambda m: foreign_fix(m[0], prev, nxt) if _FOREIGN.search(m[0]) else m[0], w)
    return " ".join(words)


# Letters Tesseract reads for others in a syllable (pattern on the word as read, the printed letters): "f" has no
# Vietnamese syllable and is the "t" with its bar read as a hook ("frường"; in a word with a Vietnamese letter, not an
# English one: "fan"); a capital I opening a small-letter word is the T with its bar lost ("Irung"); an "l" after "g"
# is the "i" ("glao")
LETTER_CONFUSIONS: tuple[tuple[str, str], ...] = ((r"^f(?=.*[^\x00-\x7f])", "t"), (r"^F(?=.*[^\x00-\x7f])", "T"),
                                                  (r"^I(?=\p{Ll})", "T"), (r"(?<=^[gG])l", "i"))
_LETTER_CONFUSIONS = tuple((regex.compile(p), r) for p, r in LETTER_CONFUSIONS)


def confusion_fix(word: str, prev: str = "", nxt: str = "") -> str | None:
    """*word*, no syllable and no acronym, with the letters OCR confuses (:data:`LETTER_CONFUSIONS`) read as printed,
    when that makes a syllable (the one fitting its neighbours :data:`RIVAL_RATIO` times best, when several do).

    >>> confusion_fix("frường"), confusion_fix("Irung"), confusion_fix("glao"), confusion_fix("fan"), confusion_fix("IoT")
    ('trường', 'Trung', 'giao', None, None)
    """
    syllables = lexicon()[0]
    if word.lower() in syllables or sum(c.isupper() for c in word) > 1:
        return None
    cands = {p.sub(r, word, count=1) for p, r in _LETTER_CONFUSIONS} - {word}
    cands = {c for c in cands if c.lower() in syllables}
    ranked = _ranked(prev, {c.lower() for c in cands}, nxt)
    if ranked is None or ranked[0] < RIVAL_RATIO * ranked[2]:
        return None
    return _same_case(ranked[1], next(c for c in cands if c.lower() == ranked[1]))


def _confusion_pass(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, t in enumerate(tokens):
        m = regex.fullmatch(r"(\P{L}*)(\p{L}+)(\P{L}*)", t)
        if m:
            prev = tokens[i - 1].lower() if i else ""
            nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            fixed = confusion_fix(m[2], regex.sub(r"\P{L}", "", prev), regex.sub(r"\P{L}", "", nxt))
            out[i] = m[1].removesuffix("'") + fixed + m[3] if fixed else t  # "'Irung": the T's bar read apart
    return out


def _unopened(text: str) -> str:
    """A cell that starts with a quote mark it never closes started with a speck ("“Trong năm"): dropped.

    >>> _unopened('"Thường xuyên'), _unopened('“Tăng cường” công tác')
    ('Thường xuyên', '“Tăng cường” công tác')
    """
    if text[:1] == "“" and "”" not in text or text[:1] == '"' and text.count('"') == 1:
        return text[1:].lstrip()
    return text


def repair_text(text: str, lost_marks: bool = False) -> str:
    """OCR text with the repairs the word list makes certain.

    * figures read as the letters that look like them inside a number ("0L/7/2026", "202G") are figures again
      (:func:`extract.ocr_digits.digit_fix`);
    * a document number's slash lost between the number and its type code ("Quyết định số 1441QĐ-UBND") is put
      back;
    * a quarter's numeral misread ("Quý 11/2027", "Quý H/2026") is mapped back to I-IV;
    * a quote mark the cell opens with and never closes, specks of no letter ("ˆ", "|") and letters of no
      Vietnamese word ("øgiao", "QĐÐ") are dropped or read as the syllable they make (:func:`foreign_fix`);
    * punctuation and spacing OCR reads wrong in a known direction ("31⁄7/⁄2026", "UBND) các xã", "( duy") are
      put right (:func:`extract.ocr_punct.punct_fix`);
    * a province's name glued into one token ("ĐàNăng") is the gazetteer's name ("Đà Nẵng": :mod:`extract.ocr_places`);
    * a comma glued to the next word gets its space ("phủ,Bộ" -> "phủ, Bộ");
    * a token that is no syllable but splits in exactly one shortest way into
      known syllables is split ("luậtsửa" -> "luật sửa");
    * a syllable that exists in no listed word, next to one that does, becomes
      the only listed two-syllable word with the same letters and that neighbour
      ("đữ liệu" -> "dữ liệu").  A real syllable in the wrong place ("thấm
      quyền" for "thẩm quyền") is left: a word list alone cannot make that certain.
    """
    text = _QUARTER.sub(_quarter, text)
    text = _SLASH_LOST.sub("/", digit_fix(text))
    text = unglue_places(punct_fix(_unopened(text)))
    syllables, pairs, keys = lexicon()
    if not syllables:
        return text
    text = _COMMA_GLUE.sub(", ", text)
    line_fix = partial(_repair_line, syllables=syllables, keys=keys, lost_marks=lost_marks)
    return "\n".join(_across_breaks([line_fix(line) for line in text.split("\n")], line_fix))


def _across_breaks(lines: list[str], line_fix) -> list[str]:
    """Two syllables a line break inside a cell cuts apart ("nhiệm vụ thực | đây cộng sinh": Quyết định 222/QĐ-TTg
    2025, a scan of tests/real, whose result cells wrap there) are repaired as one line would be: the break's two
    syllables with their outer neighbours, only the two put back.

    >>> _across_breaks(["Đề án/dự án/nhiệm vụ thực", "đây cộng sinh công nghiệp"], repair_text)
    ['Đề án/dự án/nhiệm vụ thúc', 'đẩy cộng sinh công nghiệp']
    """
    for i in range(len(lines) - 1):
        left, right = lines[i].split(" "), lines[i + 1].split(" ")
        if not left[-1] or not right[0]:
            continue
        n = len(left[-2:])
        window = left[-2:] + right[:2]
        fixed = line_fix(" ".join(window)).split(" ")
        if len(fixed) != len(window) or fixed[n - 1:n + 1] == window[n - 1:n + 1]:
            continue
        left[-1], right[0] = fixed[n - 1], fixed[n]
        lines[i], lines[i + 1] = " ".join(left), " ".join(right)
    return lines


# a slash between two words ("Đề án/kế hoạch", "lần/tuần") is read as a word's end: each side is repaired beside its
# own neighbours, then the two are joined again (the joiner marks where)
_SLASHED = regex.compile(r"(?<=\p{Ll})/(?=\p{Ll})")     # small letters both sides: no "26-CTr/TU"
_JOINER = "\u2060"


def _repair_line(line: str, syllables, keys, lost_marks: bool) -> str:
    """:func:`repair_text` on one line of a cell."""
    if _SLASHED.search(line):
        fixed = _repair_line(_SLASHED.sub("/" + _JOINER + " ", line), syllables, keys, lost_marks)
        return fixed.replace(_JOINER + " ", "").replace(_JOINER, "")
    tokens = _foreign_pass(line).split(" ")
    split: list[str] = []
    for tok in tokens:
        m = regex.fullmatch(r"(\P{L}*)(\p{L}+)(\P{L}*)", tok)
        if m and m[2].lower() not in syllables and len(m[2]) >= 4 and not m[2][1:].isupper() \
                and not m[2].isascii():  # a glued English word ("sandbox") is no Vietnamese syllables
            parts = _segment(m[2], syllables)
            if parts and (m[2][0].islower() or _seen_together(parts, keys)):   # a name is no glued word
                parts[0] = m[1] + parts[0]
                parts[-1] = parts[-1] + m[3]
                split.extend(parts)
                continue
        split.append(tok)
    split = _slip_pass(_rejoined(_confusion_pass(_between_halves(split))), syllables)
    for i in range(len(split) - 1):
        a = regex.fullmatch(r"(\P{L}*)(\p{L}+)", split[i])
        b = regex.fullmatch(r"(\p{L}+)(\P{L}*)", split[i + 1])
        if not a or not b:
            continue
        w1, w2 = a[2].lower(), b[1].lower()
        bad1, bad2 = w1 not in syllables, w2 not in syllables
        if bad1 == bad2:  # only a syllable that exists in no word is repaired, next to a good one
            continue
        cands = [c for c in keys.get(_strip(f"{w1} {w2}"), ())
                 if c.split()[1 if bad1 else 0] == (w2 if bad1 else w1)]
        if len(cands) != 1:
            continue
        c1, c2 = cands[0].split()
        split[i] = a[1] + _same_case(c1, a[2])
        split[i + 1] = _same_case(c2, b[1]) + b[2]
    # tones twice ("chuyến đối số"), then listed words, once every tone the bigrams settle is settled
    tone = partial(_tone_fix5, lost_marks=lost_marks)
    if lost_marks:  # a font that loses the marks above â, ê, ô, ă: pairs of such syllables first ("tôi thiêu")
        split = _pair_pass(split)
    split = _pair_pass(split, both_misread, names=False)   # both syllables of a listed word misread ("thực đây")
    return " ".join(_acronym_pass(_tone_pass(_tone_pass(_tone_pass(split, tone), tone, alone=lost_marks), pair_fix)))


def _between_halves(tokens: list[str]) -> list[str]:
    """A lone letter standing between the two syllables of a listed word is a speck the page put there ("giáo dục
    nghề Ở nghiệp": Quyết định 2230/QĐ-TTg 2025 as Tesseract read its scan): dropped, when it is no word of one
    letter or a capital among small letters ("nhà ở riêng", "có ý nghĩa" are printed so).

    >>> _between_halves("giáo dục nghề Ở nghiệp xây dựng".split())
    ['giáo', 'dục', 'nghề', 'nghiệp', 'xây', 'dựng']
    >>> _between_halves("của Ủy ban a và b".split()), _between_halves("nhà ở riêng lẻ".split())
    (['của', 'Ủy', 'ban', 'a', 'và', 'b'], ['nhà', 'ở', 'riêng', 'lẻ'])
    """
    out: list[str] = []
    for i, t in enumerate(tokens):
        if len(t) == 1 and t.isalpha() and out and i + 1 < len(tokens) \
                and (t.lower() not in lexicon()[0] or t.isupper() and out[-1].islower() and tokens[i + 1].islower()) \
                and f"{out[-1].lower()} {tokens[i + 1].lower()}" in two_syllable_words():
            continue
        out.append(t)
    return out


@lru_cache(maxsize=1)
def acronyms() -> frozenset[str]:
    """Words with two capitals or more of the project's text (VNeID, UBND: ``data/ocr_acronyms.txt``)
    that are no Vietnamese syllable."""
    path = Path(__file__).resolve().parent / "data" / "ocr_acronyms.txt"
    if not path.exists():
        return frozenset()
    syllables = lexicon()[0]
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if w.lower() not in syllables)


@lru_cache(maxsize=1)
def seen_acronyms() -> frozenset[str]:
    """Acronyms of real legal text (BHYT, BHXH: ``data/ocr_acronyms_seen.txt``): printed right, never misreads."""
    path = Path(__file__).resolve().parent / "data" / "ocr_acronyms_seen.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


def acronym_fix(word: str) -> str | None:
    """The one known acronym one letter away from *word*, past its first, when *word* is none and no acronym of real
    text ("VNelID" -> "VNeID"; "BHYT" and "ATTT" stay).

    >>> acronym_fix("VNelID"), acronym_fix("VNeID"), acronym_fix("Hà"), acronym_fix("BHYT")
    ('VNeID', None, None, None)
    """
    from rapidfuzz.distance import Levenshtein

    known = acronyms()
    if len(word) < 4 or sum(c.isupper() for c in word) < 2 or word in known or word.lower() in lexicon()[0] \
            or word in seen_acronyms():
        return None
    cands = [a for a in known if abs(len(a) - len(word)) <= 1 and Levenshtein.distance(a, word, score_cutoff=1) <= 1
             and a[0] == word[0]    # OCR keeps an acronym's first capital (every misread of the scans): "ATTT" is no "TTTT"
             and _glyph_slip(a, word)]
    return cands[0] if len(cands) == 1 else None


# Glyphs OCR confuses in capitals (one read for another), and thin strokes it adds or drops (a rule's or a seal's):
# any other one-letter difference is another acronym ("KTXH", kinh tế - xã hội, is no misread "KHXH": Kế hoạch
# 1914/KH-UBND 2023 of Hải Dương).
CONFUSABLE_GLYPHS = ("Il1|!", "O0QDĐ", "EF", "CG", "UV", "B8", "S5", "Z2", "rn", "ec")
THIN_GLYPHS = frozenset("lIi1|.'’-")


def _glyph_slip(known: str, word: str) -> bool:
    """Is *word* *known* with one glyph OCR confuses put for another, or one thin stroke added or dropped?

    >>> _glyph_slip("VNeID", "VNelID"), _glyph_slip("KHXH", "KTXH"), _glyph_slip("UBND", "UBNĐ")
    (True, False, True)
    """
    if len(known) == len(word):
        pairs = [(a, b) for a, b in zip(known, word) if a != b]
        return len(pairs) == 1 and any(pairs[0][0] in g and pairs[0][1] in g for g in CONFUSABLE_GLYPHS)
    longer, shorter = (known, word) if len(known) > len(word) else (word, known)
    i = next((i for i, (a, b) in enumerate(zip(longer, shorter)) if a != b), len(shorter))
    return longer[i] in THIN_GLYPHS and longer[:i] + longer[i + 1:] == shorter

def _acronym_pass(tokens: list[str]) -> list[str]:
    out = []
    for t in tokens:
        m = regex.fullmatch(r"(\P{L}*)(\p{L}+)(\P{L}*)", t)
        fixed = acronym_fix(m[2]) if m else None
        out.append(m[1] + fixed + m[3] if fixed else t)
    return out


@lru_cache(maxsize=1)
def bigram_counts() -> dict[str, int]:
    """"syllable syllable" -> count in the project's own text and real legal text (``data/ocr_bigrams.txt``,
    ``samples/build_ocr_bigrams.py``; read by :func:`normalize.vietnamese.syllable_bigrams`, which the agency
    reader uses too)."""
    return syllable_bigrams()


@lru_cache(maxsize=1)
def unigram_counts() -> dict[str, int]:
    """Syllable -> how often it stands in the bigrams (as the first or the second of a pair, the larger)."""
    first: dict[str, int] = {}
    second: dict[str, int] = {}
    for pair, n in bigram_counts().items():
        a, b = pair.split(" ")
        first[a] = first.get(a, 0) + n
        second[b] = second.get(b, 0) + n
    return {w: max(first.get(w, 0), second.get(w, 0)) for w in first.keys() | second.keys()}


@lru_cache(maxsize=1)
def _same_letters() -> dict[str, tuple[str, ...]]:
    """Syllables by their letters without tone marks, hats and horns ("thẩm" -> "tham"); never one Vietnamese cannot
    sound (:func:`unsoundable`), whatever word of the list holds it."""
    out: dict[str, list[str]] = {}
    for syl in lexicon()[0]:
        if not unsoundable(syl):
            out.setdefault(_strip(syl), []).append(syl)
    return {k: tuple(v) for k, v in out.items()}


_STOP_END = regex.compile(r"(?:p|t|c|ch)$")
_VOWEL = regex.compile(r"[aeiouy]")


def unsoundable(syllable: str) -> bool:
    """A syllable that ends in a stop (p, t, c, ch) carries the rising or the heavy tone (sắc, nặng); with none, it
    is a loanword's, spelt without Vietnamese marks ("robot", "chat").  "sắp", "tập" are syllables; "sẵp" (a
    tilde) and "câp" (a hat and no tone) are none.

    >>> [unsoundable(w) for w in ("sẵp", "câp", "sắp", "tập", "chat", "bàn")]
    [True, True, False, False, False, False]
    """
    d = unicodedata.normalize("NFD", syllable.lower())
    if not _STOP_END.search(d) or not _VOWEL.search(d):     # ("đt": an acronym's letters, no syllable)
        return False
    if any(c in "\u0300\u0303\u0309" for c in d):
        return True
    return not any(c in "\u0301\u0323" for c in d) and (any(c in _MODIFIERS for c in d) or "đ" in d)


# How much likelier than the printed syllable (and than any other) a syllable with the same letters must be
# between the printed neighbours before it replaces it.  OCR misreads marks far less often than it reads them
# right, so only an overwhelming ratio is a misread; and more so when the printed syllable is itself seen next
# to every neighbour ("hàng năm" and "hằng năm" are both Vietnamese).
TONE_RATIO = 50.0
TONE_RATIO_SEEN = 1000.0
TONE_RATIO_WEAK = 500.0  # a neighbour that is a word was left out (see tone_fix)
TONE_RATIO_UNHEARD = 10.0  # the printed syllable is seen beside neither neighbour, the other beside both
PHRASE_SEEN = 10  # a printed syllable seen this often beside one neighbour makes a phrase of real text with it
RIVAL_RATIO = 10.0  # and than the next other syllable: which repair, once the printed one is out
LOST_MARK_RATIO = 2.0  # a tone mark above â/ê/ô put back, in a scan whose font loses those marks (see marks_lost)
MARKS_LOST_BELOW = 0.40  # share of â/ê/ô letters with a tone mark above under which a scan loses them: real text
# has 0.47-1.0 (the task cells of tests/real/expected); a Công báo scan at 200 dpi read 0.26 (Quyết định 844/QĐ-TTg)
RIVAL_RATIO_FAR = 2.0  # ... when that other syllable is more marks away from the printed one than the best
PAIR_RATIO = 5.0  # a syllable that makes a listed word with its neighbour, where the printed one makes none
_MODIFIERS = "\u0302\u0306\u031b"  # circumflex, breve, horn: the vowel's own marks
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _placement_variant(a: str, b: str) -> bool:
    """The same syllable with its tone mark on another vowel, old and new style ("thuỷ", "thủy")."""
    da, db = unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", b)
    return (da != db and [c for c in da if c in _TONES] == [c for c in db if c in _TONES]
            and [c for c in da if c not in _TONES] == [c for c in db if c not in _TONES])


def mark_distance(a: str, b: str) -> int:
    """How many marks tell apart two syllables with the same letters: the tone, and each vowel's own mark
    (circumflex, breve, horn).  OCR misreads one mark far more often than two.

    >>> mark_distance("hăng", "hằng"), mark_distance("hăng", "hàng"), mark_distance("thấm", "thẩm")
    (1, 2, 1)
    """
    def marks(s: str) -> tuple[str, list[str]]:
        tone, own = "", []
        for ch in unicodedata.normalize("NFD", s.lower()):
            if ch in _TONES:
                tone = ch
            elif unicodedata.combining(ch):
                own[-1] += ch
            else:
                own.append("")
        return tone, own
    (ta, oa), (tb, ob) = marks(a), marks(b)
    return (ta != tb) + sum(x != y for x, y in zip(oa, ob)) + abs(len(oa) - len(ob))


def _ranked(prev: str, cands, nxt: str) -> tuple[float, str, float] | None:
    """The candidate that fits best between *prev* and *nxt*: (its fit, it, the next best fit or 0); None when
    there is no candidate."""
    fits = sorted(((fit(prev, c, nxt), c) for c in cands), reverse=True)
    return (fits[0][0], fits[0][1], fits[1][0] if len(fits) > 1 else 0.0) if fits else None


def fit(prev: str, word: str, nxt: str) -> float:
    """How well *word* stands between *prev* and *nxt* ("" when none), up to a factor common to every
    candidate: P(word | neighbours) from the bigram counts, add-half smoothed,
    C(prev word) * C(word nxt) / C(word) with both neighbours, C(prev word) or C(word nxt) with one."""
    counts = bigram_counts()
    score = 1.0
    if prev:
        score *= counts.get(f"{prev} {word}", 0) + 0.5
    if nxt:
        score *= counts.get(f"{word} {nxt}", 0) + 0.5
    if prev and nxt:
        score /= unigram_counts().get(word, 0) + 1
    return score


def _forms(word: str) -> tuple[str, ...]:
    """*word* and the syllables with its letters and other marks."""
    return (word,) + _same_letters().get(_strip(word), ())


_ABOVE_CIRCUMFLEX = frozenset("ấầẩẫếềểễốồổỗ")
_PLAIN_CIRCUMFLEX = frozenset("âêô")


def marks_lost(texts) -> bool:
    """Does this scan lose the tone marks printed above â, ê, ô ("đê" for "để", "sô" for "số": a font whose stacked
    marks Tesseract does not see)?  True when, over 100 such letters at least, fewer than :data:`MARKS_LOST_BELOW`
    carry a mark above.

    >>> marks_lost(["đê triên khai chuyên đôi sô " * 20]), marks_lost(["để triển khai chuyển đổi số " * 20])
    (True, False)
    """
    above = plain = 0
    for t in texts:
        low = t.lower()
        above += sum(c in _ABOVE_CIRCUMFLEX for c in low)
        plain += sum(c in _PLAIN_CIRCUMFLEX for c in low)
    return above + plain >= 100 and above < MARKS_LOST_BELOW * (above + plain)


def _mark_put_back(word: str, cand: str) -> bool:
    """*cand* is *word* with a tone mark put above its â, ê or ô, and nothing else changed ("đê" -> "để")."""
    return len(word) == len(cand) and any(a in _PLAIN_CIRCUMFLEX and b in _ABOVE_CIRCUMFLEX
                                          and _strip(a) == _strip(b) for a, b in zip(word, cand)) \
        and all(a == b or a in _PLAIN_CIRCUMFLEX and b in _ABOVE_CIRCUMFLEX for a, b in zip(word, cand))


def tone_fix(prev: str, word: str, nxt: str, lost_marks: bool = False, marked_near: bool = False) -> str | None:
    """The syllable OCR meant by *word* (same letters, other marks: the confusions of Tesseract's
    Vietnamese model), when it is certain: it stands next to each neighbour in the bigrams (a neighbour next
    to which no such syllable is ever seen is left out) and fits between them :data:`TONE_RATIO` times better
    than *word* (:data:`TONE_RATIO_SEEN` when *word* too is seen next to each of them, or
    :data:`PHRASE_SEEN` times next to one: "cấp đạt tối" stays though "đặt tối" is far more frequent,
    :data:`TONE_RATIO_WEAK` when a neighbour that is a word was left out, :data:`TONE_RATIO_UNHEARD` when *word*
    is seen beside neither of two neighbours: "người dần đối" -> "dân", a printed word would be heard beside one
    of them in real text at least, and a frequent syllable's fit is divided by its count) and :data:`RIVAL_RATIO` times
    better than any other such syllable; never the same syllable with its mark elsewhere ("thuỷ"), nor a
    word among unmarked words ("in Viet Nam").  None otherwise.

    >>> tone_fix("có", "thấm", "quyền"), tone_fix("", "thẩm", "quyền"), tone_fix("", "xyz", "")
    ('thẩm', None, None)

    A form that makes a listed word with a neighbour, where the next form makes none, needs to beat it only
    :data:`RIVAL_RATIO_FAR` times (qd_844 scanned: "..., đông bộ giữa" after a comma, one neighbour only):

    >>> tone_fix("", "đông", "bộ")
    'đồng'
    """
    counts = bigram_counts()
    if not counts:
        return None
    forms = _forms(word)
    # a neighbour next to which no form is ever seen (an acronym, itself misread) says nothing: left out;
    # when it is a word of real text and no form of it either ("chuyến đối số": both misread) is seen next to
    # a form of *word*, what is left is weaker evidence
    def heard(a: str, b: str) -> bool:
        return any(f"{x} {y}" in counts for x in a for y in b)

    edge = not (prev and nxt)      # the first or last word of its text: one neighbour at most
    heard_prev, heard_nxt = bool(prev) and heard((prev,), forms), bool(nxt) and heard(forms, (nxt,))
    weak = (bool(prev) and not heard_prev and prev in unigram_counts() and not heard(_forms(prev), forms)) or \
           (bool(nxt) and not heard_nxt and nxt in unigram_counts() and not heard(forms, _forms(nxt)))
    prev, nxt = (prev if heard_prev else ""), (nxt if heard_nxt else "")
    if not (prev or nxt) or (word + prev + nxt).isascii() and not marked_near:   # printed so ("in Viet Nam")
        return None     # (unless a word with marks stands next to the run: "Uy ban nhân dân")
    if len(prev + nxt) == 1:    # one neighbour of one letter says too little: "Ngọc Hồi - Bờ Y" (a place, Nghị
        return None             # quyết 168/NQ-CP 2022) had become "Bộ Y" from "Bộ Y tế"

    def seen(c: str) -> bool:  # next to each printed neighbour in real text: no candidate wins on smoothing alone
        return (not prev or f"{prev} {c}" in counts) and (not nxt or f"{c} {nxt}" in counts)

    cands = sorted(((fit(prev, c, nxt), c) for c in forms[1:]
                    if c != word and seen(c) and not _placement_variant(c, word) and not _stroke_dropped(word, c)),
                   reverse=True)
    if not cands:
        return None
    unheard = bool(prev and nxt) and f"{prev} {word}" not in counts and f"{word} {nxt}" not in counts
    phrase = max(counts.get(f"{prev} {word}", 0), counts.get(f"{word} {nxt}", 0)) >= PHRASE_SEEN
    ratio = TONE_RATIO_SEEN if seen(word) or phrase else TONE_RATIO_WEAK if weak else \
        TONE_RATIO_UNHEARD if unheard else TONE_RATIO
    if lost_marks and _mark_put_back(word, cands[0][1]):   # the scan loses these marks: the bigrams decide
        ratio = LOST_MARK_RATIO
    # a syllable never printed in the real text of the bigrams ("đên", "tiệp": listed in Viet74K, or no word) is
    # never right: its fit, undivided by any count, would beat every frequent syllable ("đến", "tiếp")
    known = word in unigram_counts()
    if known and edge and not (lost_marks and _mark_put_back(word, cands[0][1])) \
            and not _one_sided_word(prev, cands[0][1], nxt):
        return None     # at a cell's edge: "Họp thông qua" stays, "hợp thông" is no word (set 31)
    printed = fit(prev, word, nxt) if known else 0.0
    best, rival = cands[0][0], max([f for f, _ in cands[1:2]], default=0.0)
    far = len(cands) > 1 and mark_distance(word, cands[1][1]) > mark_distance(word, cands[0][1])
    pairs = lexicon()[1]     # the best makes a listed word with a neighbour, the next none ("đồng bộ", "động bộ")
    alone = len(cands) > 1 and bound(prev, cands[0][1], nxt, pairs) and not bound(prev, cands[1][1], nxt, pairs)
    return cands[0][1] if best >= ratio * printed and best >= (RIVAL_RATIO_FAR if far or alone else RIVAL_RATIO) * rival \
        else None


# The share of a syllable's occurrences that a pair must make to be a collocation, not a chance neighbour: "người
# dân" is 3.2% of "dân", "hợp thông" (from "tích hợp thông tin") 0.4% of either syllable
COLLOCATION_SHARE = 0.01


def _one_sided_word(prev: str, cand: str, nxt: str) -> bool:
    """With one neighbour only, does *cand* make a word or a collocation with it (underthesea's word list, or a pair
    that is COLLOCATION_SHARE of either syllable's occurrences in the bigrams: "hợp tác", "người dân"; not "hợp
    thông")?  One bigram of running text is weak evidence against a printed syllable that is a word by itself."""
    a, b = (prev, cand) if prev else (cand, nxt)
    if key(f"{a} {b}") in two_syllable_words():
        return True
    n, u = bigram_counts().get(f"{a} {b}", 0), unigram_counts()
    return n >= COLLOCATION_SHARE * min(u.get(a, n) or 1, u.get(b, n) or 1)


def _stroke_dropped(word: str, cand: str) -> bool:
    """Would *cand* take the stroke off a "đ" that OCR read ("đúng" -> "dũng")?  A real syllable read with its
    stroke keeps it: the bigrams of one neighbour are no proof that the stroke was a speck."""
    return "đ" in word and "đ" not in cand


def pair_fix(before: str, prev: str, word: str, nxt: str, after: str) -> str | None:
    """The syllable OCR meant by *word* when it makes a listed two-syllable word with a neighbour ("phân
    công", "tinh giản", "lỗ hổng") that real text prints at least as often as *word* beside that neighbour
    ("hằng năm" stays: unlisted, but printed more than "hàng năm"), *word* makes none with either, that neighbour is not bound to its other side (a listed word: "phần công việc" is printed so; or a pair
    more frequent than *word* with the neighbour, if that is ever seen: "liên thông từ cấp"), and it fits
    the bigrams :data:`PAIR_RATIO` times better than *word* and :data:`RIVAL_RATIO` times better than any other
    form.  None otherwise.

    >>> pair_fix("", "và", "phần", "công", "nhiệm"), pair_fix("", "", "phần", "công", "việc")
    ('phân', None)
    """
    syllables, pairs, _ = lexicon()
    if not pairs or f"{prev} {word}" in pairs or f"{word} {nxt}" in pairs:
        return None
    counts = bigram_counts()

    def free(outer: str, inner: str) -> bool:  # the neighbour is not bound to its other side
        printed = counts.get(inner, 0)
        return outer not in pairs and not (printed and counts.get(outer, 0) > printed)

    left_free = bool(prev) and free(f"{before} {prev}", f"{prev} {word}")
    right_free = bool(nxt) and free(f"{nxt} {after}", f"{word} {nxt}")
    forms = [c for c in _forms(word)[1:] if c != word and not _placement_variant(c, word)]
    def pairs_on(left: bool, c: str) -> bool:  # a listed word on that side, seen there more than the printed one
        a, b = (f"{prev} {c}", f"{prev} {word}") if left else (f"{c} {nxt}", f"{word} {nxt}")
        return a in pairs and counts.get(a, 0) >= counts.get(b, 0)

    pairing = [c for c in forms if (left_free and pairs_on(True, c)) or (right_free and pairs_on(False, c))]
    if not pairing:
        return None
    heard = [c for c in forms if f"{prev} {c}" in counts or f"{c} {nxt}" in counts]  # smoothing alone: no rival
    ranked = _ranked(prev, heard, nxt)
    if ranked is None:
        return None
    best, c, rival = ranked
    printed = fit(prev, word, nxt) if word in syllables or word in unigram_counts() else 0.0
    return c if c in pairing and best >= PAIR_RATIO * printed and best >= RIVAL_RATIO * rival else None


def _lower_x(prev: str, word: str) -> str:
    """ "Thường Xuyên" -> "Thường xuyên": OCR gives x the size of X in that deadline.  Anywhere else a capital X
    after a word is as printed: a name ("Trung tâm Xúc tiến", "Lao động - Thương binh và Xã hội")."""
    return word.lower() if prev == "Thường" and word == "Xuyên" else word


_VOWEL = regex.compile(r"[aeiouy]")


def _lower_caps(prev: str, word: str, nxt: str = "", after: str = "", opens: bool = False) -> str:
    """ "đơn VỊ" -> "đơn vị": a short word in capitals with Vietnamese marks (no acronym has them) after a
    word in small letters, with which it makes a listed word, or between two words in small letters or before a
    stop or comma ("công nghệ SỐ.", "hợp tác VỚI các"), was printed small; so was a syllable with a marked capital after a small letter
    ("chỊu", "sỐ"), or capitals then small letters ("VIỆc") after a word in small letters.

    >>> [_lower_caps(p, w, n) for p, w, n in [("đơn", "VỊ", ""), ("tác", "VỚI", "các"), ("", "chỊu", "trách"),
    ...                                      ("về", "VIỆc", "thực"), ("", "ĐỊNH", ""), ("", "IoT", ""), ("qua", "HĐND", ".")]]
    ['vị', 'với', 'chịu', 'việc', 'ĐỊNH', 'IoT', 'HĐND']

    So was such a word that makes a listed word with the word after it, itself in small letters or in capitals before
    small letters ("Các bộ, CƠ quan ngang bộ", "hợp tác xã, CƠ SỞ sản xuất": a scan of Quyết định 222/QĐ-TTg 2025 in
    tests/real); opening its cell or sentence it keeps its capital ("ĐỀ án/dự án" -> "Đề án/dự án").

    >>> [_lower_caps(p, w, n, a, o) for p, w, n, a, o in [("", "CƠ", "quan", "ngang", False), ("", "CƠ", "SỞ", "sản", False),
    ...                                                  ("", "ĐỀ", "án", "", True), ("", "CƠ", "SỞ", "DỮ", False)]]
    ['cơ', 'cơ', 'Đề', 'CƠ']
    """
    low = word.lower()
    if word.isascii() or low not in lexicon()[0] or word in acronyms() or not _VOWEL.search(_strip(low)):
        return word     # ("HĐND": an acronym, no syllable)
    if 2 <= len(word) <= 4 and word.isupper() and prev.islower() \
            and (f"{prev} {low}" in lexicon()[1] or nxt.islower() or nxt in (".", ",", ";")):
        return low
    small_after = nxt.islower() or nxt.isupper() and after[:1].islower()
    if 2 <= len(word) <= 4 and word.isupper() and small_after and f"{low} {nxt.lower()}" in lexicon()[1]:
        return word[0] + low[1:] if opens else low
    mixed = any(c.islower() for c in word) and any(c.isupper() and not c.isascii() for c in word[1:])
    if mixed and (word[0].islower() or prev.islower()):
        return low
    return word


_WORD = r"(\P{L}*)(\p{L}+)(\P{L}*)"
_ENDS_SENTENCE = regex.compile(r"[.:;!?]\s*$")   # after a word: the next one opens a sentence


def _tone_fix5(before: str, prev: str, word: str, nxt: str, after: str, lost_marks: bool = False) -> str | None:
    if lost_marks:  # the mark above a bare â, ê, ô, ă put back where the choice is clear (extract.ocr_marks)
        back = word_back(prev, word, nxt, _evidence())
        if back:
            return back
    near = not (before + after).isascii() and all(not w or not w.isascii() or w in lexicon()[0] for w in (before, after))
    return tone_fix(prev, word, nxt, lost_marks, marked_near=near) or sound_again(word)   # "Make in Viet Nam"


def sound_again(word: str) -> str | None:
    """A syllable no Vietnamese word can sound (:func:`unsoundable`: "săp", "câp") made one again: the form with its
    letters that real text prints, when there is one, or one :data:`extract.ocr_marks.PRIOR` times more than any
    other ("cấp", not "cập"; "thuôc" is left to its neighbours: "thuộc" is only ten times "thuốc").

    >>> sound_again("săp"), sound_again("câp"), sound_again("thuôc"), sound_again("sắp")
    ('sắp', 'cấp', None, None)
    """
    if not unsoundable(word):
        return None
    counts = unigram_counts()
    toneless = untoned(word)
    ranked = sorted(((counts.get(f, 0), f) for f in _forms(word)[1:]
                     if untoned(f) == toneless and not unsoundable(f) and counts.get(f, 0)), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0][0] < PRIOR * ranked[1][0]:
        return None
    return ranked[0][1]


def _as_printed(word: str, like: str) -> str:
    """*word* in the case of *like*: capitals ("SÔ" -> "SỐ"), a capital first, or small letters."""
    return word.upper() if len(like) > 1 and like.isupper() else _same_case(word, like)


@lru_cache(maxsize=1)
def _evidence() -> Evidence:
    return Evidence(bigram_counts(), unigram_counts(), lexicon()[1], _forms)


def _outer(tokens: list[str], j: int, inner: regex.Match, before: bool) -> str:
    """The word (small letters) at *j* next to the word *inner* on its outer side, "" across punctuation."""
    m = regex.fullmatch(_WORD, tokens[j]) if 0 <= j < len(tokens) else None
    if not m or (inner[1] if before else inner[3]) or (m[3] if before else m[1]):
        return ""
    return m[2].lower()


def _pair_pass(tokens: list[str], fix=pair_back, names: bool = True) -> list[str]:
    """Two neighbouring words with no punctuation between, one bare at least ("Tôi thiêu", "phân mêm"), as
    :func:`extract.ocr_marks.pair_back` puts their marks back (or as *fix* mends a pair:
    :func:`extract.ocr_pairs.both_misread`; *names* False leaves a pair whose second word is capitalised, a name's
    words, and words in capitals)."""
    out = list(tokens)
    i = 0
    while i < len(out) - 1:
        a, b = regex.fullmatch(_WORD, out[i]), regex.fullmatch(_WORD, out[i + 1])
        back = fix(_outer(out, i - 1, a, True), a[2].lower(), b[2].lower(), _outer(out, i + 2, b, False),
                   _evidence()) if a and b and not a[3] and not b[1] and (names or _small_pair(a[2], b[2])) else None
        if back:
            out[i] = a[1] + _as_printed(back[0], a[2]) + a[3]
            out[i + 1] = b[1] + _as_printed(back[1], b[2]) + b[3]
        i += 2 if back else 1
    return out


_SLIPPED = regex.compile(r"(\P{L}*?)(\p{Lu}?\p{Ll}+(?:[0-9]\p{Ll}+|1(?![0-9]))?)(\P{L}*)")  # small letters (the first
# may be a capital), a figure among them or a "1" for the last letter ("vận tả1": the "i")


def _slip_pass(tokens: list[str], syllables: frozenset[str]) -> list[str]:
    """Each word in small letters that is no syllable, as :func:`extract.ocr_slips.slip_fix` puts it back between
    its neighbours (syllables as read, none across punctuation)."""
    out = list(tokens)
    for i, t in enumerate(tokens):
        m = _SLIPPED.fullmatch(t)
        word = m[2].lower() if m else ""
        if not m or word in syllables or word in unmarked_syllables():
            continue        # a syllable, or one typed without its marks ("Made in Viet Nam"): no letter misread
        prev = regex.fullmatch(_WORD, tokens[i - 1]) if i else None
        nxt = regex.fullmatch(_WORD, tokens[i + 1]) if i + 1 < len(tokens) else None
        p = prev[2].lower() if prev and not prev[3] and not m[1] and prev[2].lower() in syllables else ""
        n = nxt[2].lower() if nxt and not nxt[1] and not m[3] and nxt[2].lower() in syllables else ""
        fixed = slip_fix(p, word, n, syllables, _evidence()) if p or n else None
        if fixed:
            out[i] = m[1] + _same_case(fixed, m[2]) + m[3]
    return out


def _small_pair(a: str, b: str) -> bool:
    """Two words in small letters, the first capitalised at most ("Thực đây"; not "Bình Phước", "SỐ HOÁ")."""
    return a[1:].islower() and b.islower()


def _tone_pass(tokens: list[str], fix=_tone_fix5, alone: bool = False) -> list[str]:
    """Each word of *tokens* as *fix* repairs it between its neighbours (two each side, as repaired so far
    before it); a neighbour across punctuation is none.  A word with no neighbour is asked too when *alone*
    (a scan that loses the marks above â, ê, ô: "2 câp," -> "cấp", real text prints "cấp" far more than any other
    form: :func:`extract.ocr_marks.word_back`)."""
    out = [_lower_x(a, b) for a, b in zip([""] + tokens, tokens)]
    tokens = out
    letters = [regex.fullmatch(_WORD, t) for t in tokens]

    def neighbour(j: int, side_open: bool) -> str:
        ok = 0 <= j < len(letters) and letters[j] and side_open
        return letters[j][2].lower() if ok else ""

    for i, m in enumerate(letters):
        if not m:
            continue
        if i and letters[i - 1]:  # the neighbour before as repaired
            letters[i - 1] = regex.fullmatch(_WORD, out[i - 1])
        prev = neighbour(i - 1, i > 0 and bool(letters[i - 1]) and not letters[i - 1][3])
        nxt = neighbour(i + 1, not m[3])
        before = neighbour(i - 2, bool(prev) and i > 1 and bool(letters[i - 2]) and not letters[i - 2][3]
                           and not letters[i - 1][1])
        after = neighbour(i + 2, bool(nxt) and not letters[i + 1][3])
        if _names_a_place_or_body(m[2], i, letters):
            continue
        opens = i == 0 or bool(letters[i - 1]) and bool(_ENDS_SENTENCE.search(letters[i - 1][3]))
        word = _lower_caps(letters[i - 1][2] if prev else "", m[2], letters[i + 1][2] if nxt else m[3][:1],
                           letters[i + 2][2] if after else "", opens)
        fixed = fix(before, prev, word.lower(), nxt, after) if (prev or nxt or alone) else None
        if fixed or word != m[2]:
            out[i] = m[1] + _same_case(fixed or word, word) + m[3]
    return out


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """The head nouns of bodies and the level words of places (normalize/data/agency_words.yaml), small letters."""
    from normalize.agencies.words import _WORDS as data     # the agency reader's own load of those words

    heads = frozenset(w.lower() for w in data["head_nouns"] if " " not in w)
    levels = frozenset(w.lower() for ws in data["level_words"].values() for w in ws if " " not in w)
    return heads, levels


def _names_a_place_or_body(word: str, i: int, letters: list) -> bool:
    """A word the bigrams of lower-case text must not re-mark: a level before a place's name ("Sở Tư pháp tỉnh Bình
    Phước": "tính bình" is the commoner pair, from "tính bình quân") or a body's head noun capitalised inside a
    sentence ("thành Viện khoa học": "thành viên").  Sets 19-20 of tests/real (Word .doc of 2014) showed both."""
    heads, levels = _name_words()
    nxt = letters[i + 1][2] if i + 1 < len(letters) and letters[i + 1] else ""
    if word.lower() in levels and nxt[:1].isupper():
        return True
    return i > 0 and word[:1].isupper() and not word.isupper() and word.lower() in heads


def repair_read(read) -> None:
    """Apply :func:`repair_text` to every OCR'd cell and :func:`repair_context` to contexts, in place;
    each repaired cell is an ``ocr_repaired`` issue of its row (not a warning)."""
    lost = marks_lost(slot.text for frag in read.fragments for row in frag.rows for slot in row
                      if isinstance(slot, Cell))
    for frag in read.fragments:
        frag.context = repair_context(frag.context)
        for r, row in enumerate(frag.rows):
            for c, slot in enumerate(row):
                if isinstance(slot, Cell) and slot.text:
                    fixed = repair_text(slot.text, lost)
                    if fixed != slot.text:
                        row[c] = Cell(fixed, slot.rowspan, slot.colspan)
                        note(read, (frag.source_table, r), frag.page, "", "OCR words repaired with the word list",
                             f"{slot.text} -> {fixed}", code="ocr_repaired", warn=False)
    _document_pass(read, document_acronym_fix, "OCR acronym repaired from the document's own")
    _document_pass(read, opening_fix, "OCR first word of a cell repaired from the document's own openings")
    _document_pass(read, document_word_fix, "OCR foreign word repaired from the document's own")
    _document_pass(read, range_fix, "OCR dash lost in a range put back as the document prints its ranges")
    _document_pass(read, speck_fix, "OCR speck between two words dropped: the document prints them side by side")
    _document_pass(read, lambda texts: junk_fix(texts, lexicon()[0]),
                   "OCR letters of no word between two words dropped: the document prints them side by side")
    _document_pass(read, phrase_fix, "OCR word in a repeated phrase repaired from the document's own")
    _document_pass(read, slash_fix, "OCR space beside a slash dropped: the document prints its slashes glued")
    _document_pass(read, lambda texts: [body_fix(t) for t in texts],
                   "OCR word of a body's name repaired: the gazetteer knows the name it then reads")
    read.head_text = repair_context(read.head_text)


def document_acronym_fix(texts: list[str]) -> list[str]:
    """The cells of one document with an acronym misread mended from the ones the document prints
    (:mod:`extract.ocr_doc_acronyms`)."""
    counts = document_acronyms(texts)
    known = acronyms() | seen_acronyms()
    return [fix_acronyms(t, counts, known) for t in texts]


def document_word_fix(texts: list[str]) -> list[str]:
    """The cells of one document with a foreign word misread mended from the document's own
    (:mod:`extract.ocr_doc_words`)."""
    return word_fix(texts, lexicon()[0])


def _document_pass(read, fix, message: str) -> None:
    """Every OCR'd cell of the document through *fix* (all cells' texts in, as many out), each change noted."""
    at = [(frag, r, c) for frag in read.fragments for r, row in enumerate(frag.rows) for c, slot in enumerate(row)
          if isinstance(slot, Cell) and slot.text]
    texts = [frag.rows[r][c].text for frag, r, c in at]
    for (frag, r, c), text, fixed in zip(at, texts, fix(texts)):
        if fixed != text:
            slot = frag.rows[r][c]
            frag.rows[r][c] = Cell(fixed, slot.rowspan, slot.colspan)
            note(read, (frag.source_table, r), frag.page, "", message, f"{text} -> {fixed}", code="ocr_repaired",
                 warn=False)
