"""Stitch table fragments into whole task rows: a chain of small pure functions.

    fragments ──group_tables──▶ LogicalTable (header found, repeated headers dropped)
              ──raw_rows──────▶ RawRow list (page-cut rows joined, vertical merges filled)
              ──classify──────▶ TaskRow list (sections and groups resolved)

Nothing here knows whether a fragment came from a PDF page or a DOCX table.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from normalize.text import clean_cell, fold_ws, key, starts_with_bullet_sign

from .grid import Cell, Covered, Fragment, fold_header_over_spans, header_split_columns, merge_column
from .headers import (CANONICAL, HeaderMap, field_scores, header_key, is_known, is_numbering_row, is_task_header,
                      map_header, vocabulary)
from .issues import Issue
from .ocr_numerals import ROMAN, from_roman, roman_reading, to_roman
from .roles import Decision, column_evidence, is_quantity, is_total_row, reads_as_deadline, settle_roles, table_kind

_NUMBER_PART = regex.compile(r"^[0-9IVXLCivxlca-zđA-ZĐ.\-)(]{1,6}$")
_TRAILING = regex.compile(r"[.)]+$")
_LEADING = regex.compile(r"^\(")
_SPANNING_SECTION = regex.compile(r"^(?P<num>[IVXLC]+|[A-ZĐ])[.)]?\s+(?P<title>\S.*)$", regex.S)
# a group row named by a word and its number across the table ("Nội dung 1: Phòng ngừa, ngăn chặn ...": Quyết định
# 166/QĐ-TTg 2014, whose tasks are numbered "01"-"20" straight through): its own numbering style, outside the tasks'
_LABELLED_GROUP = regex.compile(r"^(?P<word>" + "|".join(map(regex.escape, vocabulary().get("group_labels", []))) + r")\s+"
                                r"(?P<num>\d{1,2}|[IVXLC]+)\s*[:.)–-]\s*(?P<title>\S.*)$", regex.S | regex.I)
APPENDIX = regex.compile(r"\bPh[ụu] l[ụu]c(?:\s+(?:s[ốo]\s+)?(?P<num>[IVXLC]+|\d+[a-z]?))?\b", regex.I)


# ---------------------------------------------------------------- grouping

@dataclass
class LogicalTable:
    """A task table: its header and the fragments (pages) it spans, in order."""

    header: HeaderMap
    fragments: list[Fragment]
    header_rows: list[int]  # per fragment: leading rows that are header, to skip
    label: str = ""
    title: str = ""
    decisions: list[Decision] = field(default_factory=list)  # how each column got its role
    kind: str = "task"  # or the kind of table that assigns no work (agenda, scoring, ...)
    sub_col: int | None = None  # a second numbering column, of groups (:func:`sub_number_column`)
    totals: list[tuple[int | None, str]] = field(default_factory=list)  # total rows skipped: (page, their text)

    @property
    def pages(self) -> list[int]:
        return [f.page for f in self.fragments if f.page is not None]


@dataclass(frozen=True)
class IgnoredTable:
    """A table that assigns no work: its kind and the header cells it printed (for messages and counts)."""

    kind: str
    labels: tuple[str, ...]
    page: int | None = None


_LABEL_MAX = 150  # characters: no header label is longer (a body cell often is)


def find_header(frag: Fragment, max_rows: int = 4) -> tuple[HeaderMap, int] | None:
    """The header of a fragment: its map and how many leading rows it takes, or None.

    Tries one, then two header rows (a group cell over sub-columns), and takes a
    row of column numbers "(1) (2) ..." below the header as part of it.
    """
    best: tuple[HeaderMap, int] | None = None
    band = header_band(frag)
    for h in range(1, min(max_rows, len(frag.rows)) + 1):
        if (h == 1 or h > band) and not _header_like(frag, h - 1):
            break  # a body row (a task number, a long text) never becomes part of the header
        labels = [_header_label(frag, h, c) for c in range(frag.ncols)]
        if any(len(fold_ws(x)) > _LABEL_MAX for x in labels):
            break  # a body row's text, even under cells merged down from the first row (a scanned page's top)
        hmap = _map_with_parents(frag, h, labels)
        if not is_task_header(hmap):
            if best is None:
                continue
            break
        if best is None or hmap.score > best[0].score or (hmap.score == best[0].score and h <= band):
            best = (_with_full_labels(frag, hmap, h), h)
        else:
            break
    if best is None:
        return None
    hmap, h = best
    while h < len(frag.rows) and is_numbering_row([frag.text(h, c) for c in range(frag.ncols)]):
        h += 1
    return hmap, h


_NUMBER_CELL = regex.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?$")


def _map_with_parents(frag: Fragment, h: int, labels: list[str]) -> HeaderMap:
    """The header map of the lowest labels; where a sub-column's own words name no field, its group cell's words
    and its own together may ("Thời gian" over "Bắt đầu | Hoàn thành": "Thời gian hoàn thành" is the deadline,
    Quyết định 178/QĐ-BNN-TCTL 2014), and are taken when they map more of the header."""
    hmap = map_header(labels)
    joined = [" ".join(_header_parts(frag, h, c)) if f is None and _under_group_cell(frag, h, c) else label
              for c, (f, label) in enumerate(zip(hmap.fields, labels))]
    if joined == labels:
        return hmap
    with_parents = map_header(joined)
    if with_parents.score <= hmap.score:
        return hmap
    return HeaderMap(with_parents.fields, tuple(fold_ws(x) for x in labels))


def _under_group_cell(frag: Fragment, h: int, c: int) -> bool:
    """Column c's header is two rows, the upper a group cell over several sub-columns ("Thời gian" over "Bắt đầu |
    Hoàn thành"), each a short label."""
    if h != 2 or len(_header_parts(frag, h, c)) != 2:
        return False
    slot = frag.rows[0][c]
    top = frag.rows[slot.row][slot.col] if isinstance(slot, Covered) else slot
    return isinstance(top, Cell) and top.colspan > 1 and all(len(p) <= 40 for p in _header_parts(frag, h, c))


def _header_like(frag: Fragment, r: int) -> bool:
    """Could row r be part of a header: short labels, and no task number in its first cell?"""
    texts = [fold_ws(frag.own_text(r, c)) for c in range(frag.ncols)]
    if any(len(t) > _LABEL_MAX for t in texts):
        return False
    first = next((t for t in texts if t), "")
    return not _NUMBER_CELL.match(first) or is_numbering_row(texts)


def header_band(frag: Fragment) -> int:
    """Rows the first row's vertically merged cells reach down to (1 when none is merged).

    >>> from .grid import build_rows
    >>> header_band(Fragment(build_rows(3, 3, [(0, 0, Cell("STT", rowspan=2)), (0, 1, Cell("Cơ quan", colspan=2)),
    ...     (1, 1, Cell("Chủ trì")), (1, 2, Cell("Phối hợp"))])))
    2
    """
    h, r = 1, 0
    while r < h < len(frag.rows):
        for slot in frag.rows[r]:
            if isinstance(slot, Cell):
                h = max(h, r + slot.rowspan)
        r += 1
    return h


def _with_full_labels(frag: Fragment, hmap: HeaderMap, h: int) -> HeaderMap:
    """Extra columns keep the whole header text, group cell included ("Kinh phí - Ngân sách")."""
    labels = tuple(_full_label(frag, h, c) if f is None else label
                   for c, (f, label) in enumerate(zip(hmap.fields, hmap.labels)))
    return HeaderMap(hmap.fields, labels)


def _header_parts(frag: Fragment, h: int, c: int) -> list[str]:
    """The distinct texts of column c's header cells over the first h rows, top to bottom."""
    parts: list[str] = []
    for r in range(h):
        t = fold_ws(frag.text(r, c))
        if t and t not in parts:
            parts.append(t)
    return parts


def _header_label(frag: Fragment, h: int, c: int) -> str:
    """The lowest text names the column; a group cell above only qualifies it."""
    parts = _header_parts(frag, h, c)
    return parts[-1] if parts else ""


def _full_label(frag: Fragment, h: int, c: int) -> str:
    """The whole label, group cell included ("Kinh phí - Ngân sách")."""
    return " - ".join(_header_parts(frag, h, c))


def appendix_label(context: str) -> tuple[str, str]:
    """Appendix label ("Phụ lục II") and title (the capitalised lines after it) in a context text.

    >>> appendix_label("Phụ lục II\\nDANH MỤC CÁC NHIỆM VỤ\\nTHỰC HIỆN CHƯƠNG TRÌNH\\n(Kèm theo Quyết định số ...)")
    ('Phụ lục II', 'DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH')
    """
    lines = [fold_ws(l) for l in context.split("\n") if fold_ws(l)]
    label_i = None
    for i, line in enumerate(lines):
        m = APPENDIX.match(line)
        if m and len(line) <= 40:
            label_i = i
    if label_i is None:
        return "", ""
    label = fold_ws(lines[label_i])
    title: list[str] = []
    for line in lines[label_i + 1 :]:
        if line.startswith("(") or not mostly_upper(line):
            break
        title.append(line)
    return label, " ".join(title)


def mostly_upper(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _continues(table: LogicalTable, frag: Fragment) -> bool:
    """Does *frag* continue *table* on a later page (same columns, no new appendix label)?"""
    last = table.fragments[-1]
    if frag.ncols != last.ncols or appendix_label(frag.context)[0]:
        return False
    if frag.page is not None and last.page is not None:
        if frag.page != last.page + 1:
            return False
        if frag.col_edges and last.col_edges:
            return all(abs(a - b) <= 4.0 for a, b in zip(frag.col_edges, last.col_edges))
        return True
    # DOCX: a table split in two by the author, with nothing but blank text between.
    return not fold_ws(frag.context)


def group_tables(fragments: list[Fragment]) -> tuple[list[LogicalTable], list[IgnoredTable]]:
    """Group fragments into task tables; returns the tables and the tables ignored (with their kinds)."""
    tables: list[LogicalTable] = []
    ignored: list[IgnoredTable] = []
    current: LogicalTable | None = None
    for frag in fragments:
        if not frag.rows or frag.ncols < 3:
            ignored.append(_small_table(frag))
            current = current if frag.page is not None else None
            continue
        if current is not None and _continues(current, frag):
            k = repeated_header_rows(frag, current)
            if k == 0 and _header_rest(frag, current):
                k = 1
            if k is not None:
                current.fragments.append(frag)
                current.header_rows.append(k)
                continue
        found = find_header(frag)
        if found:
            frag, found = fold_split_columns(frag, found)
            label, title = appendix_label(frag.context)
            current = LogicalTable(found[0], [frag], [found[1]], label, title)
            tables.append(current)
        else:
            labels = tuple(fold_ws(frag.text(0, c)) for c in range(frag.ncols))
            ignored.append(IgnoredTable(_kind_without_header(frag), labels, frag.page))
            current = None
    _inherit_labels(tables)
    for t in tables:
        settle_table(t)
    ignored.extend(IgnoredTable(t.kind, t.header.labels, (t.pages or [None])[0]) for t in tables if t.kind != "task")
    return [t for t in tables if t.kind == "task"], one_per_table(ignored)


def one_per_table(ignored: list[IgnoredTable]) -> list[IgnoredTable]:
    """A table that assigns no work counted once, however many pages repeat its header: an entry with the same
    kind and header cells as one on the page before is its continuation (Nghị quyết 66.17/2026/NQ-CP: one list
    "STT | Ngành, nghề" over six pages).

    >>> len(one_per_table([IgnoredTable("other", ("STT", "Ngành, nghề"), p) for p in (4, 5, 6)]))
    1
    >>> len(one_per_table([IgnoredTable("other", ("STT", "Ngành, nghề"), p) for p in (4, 6)]))
    2
    """
    last: dict[tuple, int | None] = {}
    kept = []
    for t in ignored:
        key = (t.kind, t.labels)
        if t.page is None or last.get(key) is None or t.page != last[key] + 1:
            kept.append(t)
        last[key] = t.page
    return kept


def _header_rest(frag: Fragment, table: LogicalTable) -> bool:
    """Is the first row of *frag* the rest of the table's header, cut by the page break?  Only while the
    table has no body row yet, and only for a short, unnumbered row ("" | "" | "TTHC" | "kiện sản xuất")."""
    if any(len(f.rows) > k for f, k in zip(table.fragments, table.header_rows)):
        return False
    stt = table.header.column("stt")
    return _header_like(frag, 0) and (stt is None or not fold_ws(frag.text(0, stt)))


def fold_split_columns(frag: Fragment, found: tuple[HeaderMap, int]) -> tuple[Fragment, tuple[HeaderMap, int]]:
    """Fold away the grid columns that only some body rows draw: the header prints one cell over them and
    most body rows one cell across them ("STT" over "I" | "LUẬT" section rows and "1." number cells), so
    no field is theirs.  The header is mapped again on the folded grid."""
    joined = fold_header_over_spans(frag, max(found[1], header_band(frag)))   # words in a sliver the body spans
    again = find_header(joined) if joined is not frag else None
    frag, found = (joined, again) if again else (frag, found)
    h = found[1]
    split = [c for c in header_split_columns(frag, h) if _spanned_share(frag, h, c) >= 0.5]
    if not split:
        return frag, found
    folded = frag
    for c in reversed(split):
        folded = merge_column(folded, c)
    again = find_header(folded)
    return (folded, again) if again and again[0].fields == tuple(f for c, f in enumerate(found[0].fields)
                                                                  if c not in split) else (frag, found)


def _spanned_share(frag: Fragment, h: int, c: int) -> float:
    """Share of the body rows (from row h) whose column c is covered by a cell that starts to its left."""
    body = [row[c] for row in frag.rows[h:] if any(isinstance(s, Cell) and s.text.strip() for s in row)]
    crossing = [s for s in body if isinstance(s, Covered) and s.col < c]
    return len(crossing) / len(body) if body else 0.0


def repeated_header_rows(frag: Fragment, table: LogicalTable) -> int | None:
    """Leading rows of a continuation page that repeat the table's header, matched by their words
    (also when they wrap differently or OCR misread a letter); never more rows than the first header.

    0 when the page starts with body rows; None when it starts with a header of another table: one that names two
    fields at least (a cut row's "đi vào hoạt động" under the deadline reads as a task header word alone: Quyết
    định 3004/QĐ-BKHCN 2025, whose page breaks inside row II.2).
    """
    first, h0 = table.fragments[0], table.header_rows[0]
    k = 0
    while k < min(h0, len(frag.rows)) and _same_row_words(frag, k, first, k):
        k += 1
    k = k or _cut_header_rest(frag)
    if k:
        while k < len(frag.rows) and is_numbering_row([frag.text(k, c) for c in range(frag.ncols)]):
            k += 1
        return k
    found = find_header(frag)
    if found is None or sum(1 for f in found[0].fields if f) < 2:
        return 0
    return min(found[1], h0) if found[0].fields == table.header.fields else None


def _cut_header_rest(frag: Fragment) -> int:
    """Rows a page break cut from the header above it: at most one short header-like row before the row of column
    numbers that opens the page (the header of Phụ lục II of Quyết định 77/QĐ-TCHQ 2014 ends one page, its last
    line and its "1 | 2 | ... | 11" open the next), through the numbers; 0 when the page opens otherwise."""
    for j in range(min(2, len(frag.rows))):
        if is_numbering_row([frag.text(j, c) for c in range(frag.ncols)]):
            return j + 1
        if not _header_like(frag, j):
            return 0
    return 0


def _same_row_words(a: Fragment, ra: int, b: Fragment, rb: int) -> bool:
    """Do two rows print the same words column by column (spaces and line breaks aside, OCR slips allowed)?"""
    from rapidfuzz.fuzz import ratio

    same = total = 0
    for c in range(min(a.ncols, b.ncols)):
        ka, kb = header_key(a.text(ra, c)).replace(" ", ""), header_key(b.text(rb, c)).replace(" ", "")
        if not ka and not kb:
            continue
        total += 1
        same += ka == kb or (min(len(ka), len(kb)) >= 3 and ratio(ka, kb) >= 85)
    return total > 0 and same >= 0.8 * total


def settle_table(table: LogicalTable) -> None:
    """Roles of the columns whose header words are unknown, from their cells; the kind of the table."""
    hmap = table.header
    columns: list[list[str]] = [[] for _ in hmap.fields]
    for frag, skip in zip(table.fragments, table.header_rows):
        for r in range(skip, len(frag.rows)):
            for c in range(min(frag.ncols, len(columns))):
                slot = frag.rows[r][c]
                if isinstance(slot, Cell) and slot.colspan == 1:
                    columns[c].append(slot.text)
    evidence = [column_evidence(col) for col in columns]
    known = [is_known(label) for label in hmap.labels]
    table.header, table.decisions = settle_roles(hmap, evidence, known)
    table.header, table.decisions = per_row_task(table, evidence)
    inferred = frozenset(d.field for d in table.decisions if d.how == "content" and d.field)
    table.kind = table_kind(table.header, evidence, inferred)
    table.sub_col = sub_number_column(table)


def per_row_task(table: LogicalTable, evidence: list) -> tuple[HeaderMap, list[Decision]]:
    """The task is the column of one action per row: a text column right of the task column, mapped to nothing,
    whose cells are each a row's own while the task column's are merged down over several of them, each row with its
    own lead ("STT | Nội dung hành động | Hành động cụ thể | Bộ, ngành chủ trì | ...": Quyết định 707/QĐ-TTg 2026)
    is the task; the merged column goes to ``extra`` under its header (kept, not lost), and the choice is reported
    as decided by content.  A lead merged with the task (one assignment over ruled sub-rows) changes nothing."""
    hmap, decisions = table.header, table.decisions
    fields = list(hmap.fields)
    if "task" not in fields or "lead" not in fields:
        return hmap, decisions
    t, lead = fields.index("task"), fields.index("lead")
    u = t + 1
    if u >= len(fields) or fields[u] is not None or evidence[u].long_text < 0.5 or evidence[u].agency >= 0.5:
        return hmap, decisions
    under = own = rows = 0
    for frag, skip in zip(table.fragments, table.header_rows):
        for r in range(skip, len(frag.rows)):
            if max(t, u, lead) >= frag.ncols:
                continue
            rows += 1
            covered = isinstance(frag.rows[r][t], Covered)
            under += covered
            own += covered and isinstance(frag.rows[r][u], Cell) and isinstance(frag.rows[r][lead], Cell)
    if rows == 0 or under < 0.25 * rows or own < 0.8 * under:
        return hmap, decisions
    fields[t], fields[u] = None, "task"
    decisions = [replace(d, field=None, how="content") if d.column == t else
                 replace(d, field="task", how="content", confidence=round(own / under, 3)) if d.column == u else d
                 for d in decisions]
    return HeaderMap(tuple(fields), hmap.labels), decisions


_SIGNATURE = regex.compile(r"\b(?:KT\.|TM\.|TL\.|Q\.|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|Nơi nhận)", regex.I)
_LETTERHEAD = regex.compile(r"CỘNG H[ÒO]A|Độc lập|ĐỘC LẬP|\bSố\s*:", regex.I)


def _small_table(frag: Fragment) -> IgnoredTable:
    return IgnoredTable(_kind_without_header(frag), tuple(fold_ws(frag.text(0, c)) for c in range(frag.ncols))
                        if frag.rows else (), frag.page)


def _kind_without_header(frag: Fragment) -> str:
    text = " ".join(frag.text(r, c) for r in range(min(len(frag.rows), 6)) for c in range(frag.ncols))
    if _LETTERHEAD.search(text):
        return "letterhead"
    if _SIGNATURE.search(text):
        return "signature"
    columns = [[frag.text(r, c) for r in range(1, len(frag.rows))] for c in range(frag.ncols)]
    labels = tuple(fold_ws(frag.text(0, c)) for c in range(frag.ncols))
    kind = table_kind(HeaderMap((None,) * frag.ncols, labels), [column_evidence(c) for c in columns])
    return "other" if kind == "task" else kind


def _inherit_labels(tables: list[LogicalTable]) -> None:
    """A table with no label of its own is part of the appendix labelled before it."""
    label = title = ""
    for t in tables:
        if t.label:
            label, title = t.label, t.title
        else:
            t.label, t.title = label, title


# ---------------------------------------------------------------- raw rows

@dataclass
class RawRow:
    """One printed row of a task table, page-cut parts joined, merges filled."""

    values: list[str]  # per column
    pages: list[int]
    issues: list[Issue] = field(default_factory=list)
    spanning: bool = False  # one cell spans the whole row
    merged_into: dict[int, int] = field(default_factory=dict)  # col -> col whose cell covers it in this row
    origin: list[tuple[int, int]] = field(default_factory=list)  # (fragment source_table, row) printed parts


def join_number(text: str) -> str:
    """A number cell that wrapped in a narrow column ("VII" / "I") is joined without a space.

    >>> join_number("VII\\nI"), join_number("VII I"), join_number("1.\\n2"), join_number("a) b)")
    ('VIII', 'VIII', '1.2', 'a) b)')
    """
    parts = text.split()
    if len(parts) > 1 and all(_NUMBER_PART.match(p) for p in parts):
        joined = "".join(parts)
        if ROMAN.match(_number(joined)) or regex.match(r"^[\d.]+[.)]?$", joined):
            return joined
    return fold_ws(text)


_GLUED_CUT = regex.compile(r"[\p{L}\p{N}][-/]$")  # "2765/BTTTT-", "12/": a token cut after its hyphen or slash


def join_cut(before: str, after: str) -> str:
    """Join the two parts of a cell cut by a page break: a space, or a new line before a bullet sign.

    ("-" and "(4)" may start the rest of a sentence as well as a list item: a space.)

    A break right after a hyphen or a slash that is glued to the word before it ("2765/BTTTT-" / "CĐSQG")
    cuts one token, a document number: no space.  A spaced dash ("kinh tế -" / "xã hội") keeps its space.

    >>> join_cut("Đài Tiếng", "nói Việt Nam"), join_cut("ứng dụng LAeID;", "(4) Kết nối")
    ('Đài Tiếng nói Việt Nam', 'ứng dụng LAeID; (4) Kết nối')
    >>> join_cut("Văn bản số 2765/BTTTT-", "CĐSQG công bố"), join_cut("phát triển kinh tế -", "xã hội")
    ('Văn bản số 2765/BTTTT-CĐSQG công bố', 'phát triển kinh tế - xã hội')
    """
    if not before:
        return after
    if not after:
        return before
    if _GLUED_CUT.search(before) and after[:1].isalnum():
        return before + after
    sep = "\n" if starts_with_bullet_sign(after) else " "
    return f"{before}{sep}{after}"


def _is_vertical(frag: Fragment, r: int, c: int) -> Covered | None:
    slot = frag.rows[r][c]
    if isinstance(slot, Covered) and slot.row != r:
        return slot
    return None


def _reaches_bottom(frag: Fragment, c: int) -> bool:
    """Does column c's last cell on this fragment span several rows (a vertical merge)?"""
    if not frag.rows:
        return False
    last = len(frag.rows) - 1
    slot = frag.rows[last][c]
    if isinstance(slot, Covered):
        return slot.row != last
    return False


def sub_number_column(table: LogicalTable) -> int | None:
    """A second numbering column beside the STT, left of the task and mapped to nothing, whose cells are numbers
    ("Stt" printed over TT | Chi tiết: Kế hoạch 277/KH-UBND 2026 of Hà Nội numbers its tasks 1-33 in TT and its
    groups "1" ... "12", their tasks "a)" ... "h)", in Chi tiết).  Read from the cells: four numbers at least,
    and nothing else in nine of ten filled cells."""
    hmap = table.header
    stt_col, task_col = hmap.column("stt"), hmap.column("task")
    if stt_col is None or task_col is None:
        return None
    for c in range(task_col):
        if c == stt_col or hmap.fields[c] is not None:
            continue
        cells = [fold_ws(f.own_text(r, c)) for f, skip in zip(table.fragments, table.header_rows)
                 for r in range(skip, len(f.rows)) if c < f.ncols]
        filled = [v for v in cells if v]
        numbers = [v for v in filled if _NUMBER_CELL.match(v)]
        if len(numbers) >= 4 and len(numbers) >= 0.9 * len(filled):
            return c
    return None


def raw_rows(table: LogicalTable) -> list[RawRow]:
    """Rows of a table in order, with rows cut by a page break joined and merged cells filled."""
    hmap = table.header
    stt_col, sub_col, dl_col = hmap.column("stt"), table.sub_col, hmap.column("deadline")
    out: list[RawRow] = []
    merged_cols = {c for f in table.fragments for c in range(f.ncols) if _has_vertical_merge(f, c)}
    for fi, (frag, skip) in enumerate(zip(table.fragments, table.header_rows)):
        patched: set[tuple[int, int]] = set()
        for r in range(skip, len(frag.rows)):
            first_on_page = fi > 0 and r == skip
            prev_frag = table.fragments[fi - 1] if fi else None
            above = out[-1].values[dl_col] if out and dl_col is not None and dl_col < len(out[-1].values) else ""
            cut = first_on_page and bool(out) and _starts_cut_row(frag, r, stt_col, prev_frag, hmap.column("lead"),
                                                                  dl_col, hmap.column("task"), above) \
                and not _repeats_above(frag, r, out[-1].values) \
                and not (sub_col is not None and sub_col < frag.ncols and frag.own_text(r, sub_col).strip())
            if first_on_page and out and not cut:
                frag, patched = _continue_merges(out[-1], frag, r, prev_frag, hmap, merged_cols)
            row = _read_row(frag, r, stt_col, patched, hmap)
            if row is None or is_header_row(row.values, hmap) or is_numbering_row(row.values) and not out:
                continue    # (a row of column labels under a header the rows above extended: no task)
            if cut:
                _join_into(out[-1], row, frag.page)
                frag, carried = _carry_cut_merges(out[-1], frag, r, hmap)
                patched |= carried
                continue
            out.append(row)
    return out


def _carry_cut_merges(joined: RawRow, frag: Fragment, r: int, hmap: HeaderMap) -> tuple[Fragment, set]:
    """The rest of a cut row may open cells merged down over the rows below it (a task and its number over two
    assignment rows, cut by the page break): those cells hold the whole joined text, so the rows under them get
    it too (as a merged cell continued across a page break, flagged)."""
    spans = [c for c in range(frag.ncols) if hmap.fields[c] and isinstance(frag.rows[r][c], Cell)
             and frag.rows[r][c].rowspan > 1 and joined.values[c]]
    if not spans:
        return frag, set()
    rows = [list(row) for row in frag.rows]
    for c in spans:
        rows[r][c] = replace(frag.rows[r][c], text=joined.values[c])
    return replace(frag, rows=rows), {(r, c) for c in spans}


def is_header_row(values: list[str], hmap: HeaderMap) -> bool:
    """A header or sub-header row printed inside a table body ("Nội dung | ... | Thời gian thực hiện"):
    every non-empty cell is header words (the table's own labels or known synonyms), two at least.

    >>> hm = map_header(["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"])
    >>> is_header_row(["", "Nội dung", "", "Thời gian thực hiện"], hm), is_header_row(["1", "Nội dung", "Bộ A", ""], hm)
    (True, False)
    """
    own = {header_key(l) for l in hmap.labels if l}
    texts = [header_key(v) for v in values if fold_ws(v)]
    if len(texts) < 2:
        return False
    if _header_repeated_in_place(values, hmap):
        return True
    return all(k in own or any(score >= 0.99 for score, _ in field_scores(k)[:1]) for k in texts)


def _header_repeated_in_place(values: list[str], hmap: HeaderMap) -> bool:
    """Does the row repeat, in their own columns, the number column's label and one more label of the header, the
    rest being sub-header words ("STT | Tên cơ sở ... | Nội dung ... | Số lượng | Huy động": header cells merged
    down over the sub-headers, read again on each row by Thông tư 10/2022/TT-BLĐTBXH's sideways table)?  A task is
    never numbered "STT".

    >>> hm = map_header(["STT", "Nhiệm vụ", "Chủ trì", "Kinh phí"])
    >>> _header_repeated_in_place(["STT", "Nhiệm vụ", "", "Số lượng"], hm), _header_repeated_in_place(["1", "Nhiệm vụ", "", ""], hm)
    (True, False)
    """
    if "stt" not in hmap.fields:
        return False
    same = [c for c, (v, label) in enumerate(zip(values, hmap.labels))
            if fold_ws(v) and label and header_key(v) == header_key(label)]
    return hmap.fields.index("stt") in same and len(same) >= 2


_ITEM_OPEN = regex.compile(r"[-–•+]\s+\p{Lu}")    # "- Tăng cường ...": a list's next item ("- xã hội" goes on)


def _starts_cut_row(frag: Fragment, r: int, stt_col: int | None, prev_frag: Fragment | None = None,
                    lead_col: int | None = None, deadline_col: int | None = None, task_col: int | None = None,
                    above_deadline: str = "") -> bool:
    """The first row of a page continues the row a page break cut when its own STT cell is empty, unless it
    starts an assignment of its own: the next assignment of a task whose number and task cells are merged
    over several rows, which the empty number cell may also be.

    * A deadline cell that starts with a capital (or a digit, beside a task cell that starts with one or under a
      row whose deadline was whole) and reads as a whole deadline ("Thường xuyên", "Quý II/2026", "6/2027") starts
      an assignment ("2028" under "Tháng" is its rest); the rest of a cut deadline goes on mid-sentence ("năm; tổ
      chức kiểm tra ...").
      Where the number cell at the foot of the previous page is visibly merged down, that alone settles it;
      where it is not (a merge the page break hides), the row's lead must start afresh too.
    * Under a visible merge the row is also the rest of a cut row when it has no lead (a lead is short and stays
      on one page), no task of its own while the task cell is not merged (an assignment always names its work:
      the rest of a long lead list, Quyết định 707/QĐ-TTg 2026), a task that goes on mid-sentence (a lead list
      goes on with a capital: every agency's name has one), a task's next "- " item with no deadline of its own,
      or all its text goes on mid-sentence; otherwise it is an assignment.
    An assignment's empty number and task are then filled from the row above, with a warning.
    """
    if stt_col is None:
        return False
    slot = frag.rows[r][stt_col]
    if not (isinstance(slot, Cell) and not slot.text.strip()):
        return False
    texts = [s.text.strip() for s in frag.rows[r] if isinstance(s, Cell) and s.text.strip()]
    if not texts:
        return False
    lead = frag.own_text(r, lead_col).strip() if lead_col is not None else ""
    deadline = frag.own_text(r, deadline_col).strip() if deadline_col is not None else ""
    task = frag.own_text(r, task_col).strip() if task_col is not None and isinstance(
        frag.rows[r][task_col], Cell) else None
    # a deadline in figures ("6/2027", "2025-2035") is a new one beside a task of its own, or under a row whose
    # deadline was whole ("2025 - 2030"); under "Tháng" the page's "2028" is its rest
    fresh = bool(task) and task[:1].isupper() or reads_as_deadline(above_deadline)
    new_deadline = (deadline[:1].isupper() or fresh and deadline[:1].isdigit()) and reads_as_deadline(deadline)
    if prev_frag is not None and _reaches_bottom(prev_frag, stt_col):
        if new_deadline:
            return False
        listed = bool(task) and _ITEM_OPEN.match(task) is not None and deadline_col is not None and deadline == ""
        no_task = task == "" and not _reaches_bottom(prev_frag, task_col)     # not a merged task going on
        return (lead_col is not None and lead == "") or no_task or bool(task) and task[:1].islower() or listed \
            or all(t[:1].islower() or not t[:1].isalnum() for t in texts)
    return not (new_deadline and lead[:1].isupper())


def _repeats_above(frag: Fragment, r: int, above: list[str]) -> bool:
    """Does the first row of a page repeat whole cells of the row above in two columns or more?  The rest of a
    cut row never does: it is a row of its own with the same agencies and deadline (Nghị quyết 175/NQ-CP: two
    tasks of one unit, "(1) Bộ Công an (2) Bộ Kế hoạch và Đầu tư" and "Theo lộ trình ..." in both)."""
    same = [c for c, slot in enumerate(frag.rows[r]) if isinstance(slot, Cell) and slot.text.strip()
            and c < len(above) and fold_ws(slot.text) == fold_ws(above[c])]
    return len(same) >= 2


def _read_row(frag: Fragment, r: int, stt_col: int | None,
              patched: set[tuple[int, int]], hmap: HeaderMap) -> RawRow | None:
    values: list[str] = []
    issues: list[Issue] = []
    merged_into: dict[int, int] = {}
    spanning = False
    for c in range(frag.ncols):
        slot = frag.rows[r][c]
        origin_at = (r, c)
        if isinstance(slot, Covered):
            origin_at = (slot.row, slot.col)
            if slot.row == r:  # covered from the left: one cell printed over several columns
                merged_into[c] = slot.col
                values.append("")
                continue
            slot = frag.rows[slot.row][slot.col]
        elif slot.colspan >= frag.ncols - (1 if c == 0 else 0) and frag.ncols > 2:
            spanning = True
        values.append(slot.text if isinstance(slot, Cell) else "")
        if origin_at in patched and hmap.fields[c]:
            issues.append(Issue("value_inferred", hmap.fields[c], "filled from a merged cell continued across a page"
                                " break", page=frag.page))
    if stt_col is not None:
        values[stt_col] = join_number(values[stt_col])
    if not any(v.strip() for v in values):
        return None
    pages = [frag.page] if frag.page is not None else []
    return RawRow(values, pages, issues, spanning, merged_into, [(frag.source_table, r)])


def _join_into(prev: RawRow, part: RawRow, page: int | None) -> None:
    for c, text in enumerate(part.values):
        prev.values[c] = join_cut(prev.values[c], text)
    if page is not None and page not in prev.pages:
        prev.pages.append(page)
    prev.origin.extend(part.origin)
    prev.issues.extend(part.issues)


def _has_vertical_merge(frag: Fragment, c: int) -> bool:
    """Does column c of this fragment hold a cell merged over several rows?"""
    return any(isinstance(row[c], Cell) and row[c].rowspan > 1 for row in frag.rows)


def _continue_merges(prev: RawRow, frag: Fragment, r: int, prev_frag: Fragment,
                     hmap: HeaderMap, merged_cols: set[int]) -> tuple[Fragment, set[tuple[int, int]]]:
    """A vertically merged cell cut by a page break leaves an empty cell at the top of the next page.

    Fill it (in a copy of the fragment) from the row above when the empty cell
    itself spans rows, when the column's cell at the bottom of the previous
    page was a vertical merge, or, for the number, task and lead columns, when
    the table merges that column's cells elsewhere (one task over several
    assignment rows; every task has a lead).  A merge that starts on the last
    row of a page and ends on the first row of the next looks, once printed,
    like two ordinary cells: the warning says the value was inferred.
    Returns the fragment and the cells filled.
    """
    patched: set[tuple[int, int]] = set()
    rows = None
    for c in range(frag.ncols):
        slot = frag.rows[r][c]
        if not isinstance(slot, Cell) or slot.text.strip() or hmap.fields[c] is None or not prev.values[c]:
            continue
        if slot.colspan > 1:
            continue
        if slot.rowspan > 1 or _reaches_bottom(prev_frag, c) or (
                hmap.fields[c] in ("lead", "stt", "task") and c in merged_cols):
            if rows is None:
                rows = [list(row) for row in frag.rows]
            rows[r][c] = Cell(prev.values[c], slot.rowspan, slot.colspan)
            patched.add((r, c))
    if rows is None:
        return frag, patched
    return replace(frag, rows=rows), patched


# ---------------------------------------------------------------- classification

@dataclass
class TaskRow:
    """A whole task row, ready to become a record."""

    table_index: int
    stt: str
    fields: dict[str, str]  # canonical field -> text
    extra: dict[str, str]
    section: str
    section_title: str
    parent: str  # numbers of the group rows above, "/"-joined ("I", "I/1")
    pages: list[int]
    issues: list[Issue]
    label: str = ""
    title: str = ""
    parent_titles: list[str] = field(default_factory=list)  # titles of the groups in `parent`
    origin: list[tuple[int, int]] = field(default_factory=list)  # (fragment source_table, row)

    @property
    def warnings(self) -> list[str]:
        return [i.text() for i in self.issues]


def _number(stt: str) -> str:
    return _TRAILING.sub("", _LEADING.sub("", stt.strip()))


def number_style(stt: str, prev_letter: str = "") -> str:
    """The numbering style of a number: "A", "I", "1", "1.1", "1.1.1", "a", "-" or "" (none).

    A letter that is also a Roman numeral ("C", "D") is a letter right after its
    predecessor (*prev_letter*, the last "A"-style number seen).

    >>> [number_style(s) for s in ("A", "IV", "12", "1.2", "1.1.2", "b", "-", "", "C")]
    ['A', 'I', '1', '1.1', '1.1.1', 'a', '-', '', 'I']
    >>> number_style("C", prev_letter="B")
    'A'
    """
    if not stt:
        return ""
    if regex.match(r"^\d+$", stt):
        return "1"
    if regex.match(r"^\d+(?:\.\d+)+$", stt):
        return "1" + ".1" * stt.count(".")
    if ROMAN.match(stt) and not (prev_letter and len(stt) == 1 and ord(stt) == ord(prev_letter) + 1):
        return "I"
    if regex.match(r"^[A-ZĐ]$", stt):
        return "A"
    if regex.match(r"^[a-zđ]$", stt):
        return "a"
    if stt in ("-", "+", "•", "–"):
        return "-"
    return ""


@dataclass(frozen=True)
class _Line:
    """What classification needs of one raw row."""

    stt: str
    style: str
    title: str  # the task cell, or the text of a row-wide cell
    bare: bool  # nothing but a number and a title: no agency, deadline, result or extra text
    lead: bool = True  # a lead cell with text (or no lead column)


# a number printed in brackets, "(1)", "(2)": items inside an outline ("1", "2.1" group rows over "(1)" tasks, the draft
# action programme of the Thái Nguyên provincial Party committee 2025, set 29), deeper than its deepest number
BRACKETED = "(1)"
_BRACKETED = regex.compile(r"^\(\d{1,3}\)$")


def _ranked_styles(lines: list[_Line]) -> dict[str, int]:
    """Numbering styles by first appearance, the outermost first; bracketed numbers go right under the deepest
    outline number ("1", "1.1", "1.1.1") the table prints, wherever they first appear.

    >>> _ranked_styles([_Line("1", "1", "A", True), _Line("1", "(1)", "B", False), _Line("2.1", "1.1", "C", True)])
    {'1': 0, '1.1': 1, '(1)': 2}
    """
    order: list[str] = []
    for ln in lines:
        if ln.style and ln.style not in order:
            order.append(ln.style)
    if BRACKETED in order:
        order.remove(BRACKETED)
        outline = [i for i, st in enumerate(order) if st[:1] == "1"]
        order.insert(max(outline) + 1 if outline else len(order), BRACKETED)
    return {st: i for i, st in enumerate(order)}


def _lines(hmap: HeaderMap, rows: list[RawRow]) -> list[_Line]:
    stt_col, task_col = hmap.column("stt"), hmap.column("task")
    out: list[_Line] = []
    prev_letter = ""
    for row in rows:
        stt = _number(row.values[stt_col]) if stt_col is not None else ""
        title = row.values[task_col] if task_col is not None else ""
        others = [v for c, v in enumerate(row.values) if c not in (stt_col, task_col)
                  and not (hmap.fields[c] is None and is_quantity(v))]     # a group's subtotal ("3.500") in extra
        bare = not any(v.strip() for v in others)
        filled = [c for c, v in enumerate(row.values) if c not in (stt_col, task_col) and v.strip()]
        if not title.strip() and len(filled) == 1 and hmap.fields[filled[0]] is None:
            title, bare = row.values[filled[0]], True   # "I | Hoàn thiện khuôn khổ pháp lý" in a column left of the
            # task (a merged column the task's own stood right of: :func:`per_row_task`): a title row
        one_cell = stt_col is not None and task_col is not None and row.merged_into.get(task_col) == stt_col
        wide = bare and sum(1 for into in row.merged_into.values() if into == task_col) >= 2   # "| I. Nhiệm vụ ... |"
        # printed from the task column over the others, the number cell empty (Quyết định 07/QĐ-BTC 2014)
        labelled = None
        if (row.spanning or one_cell and bare or wide) and not number_style(stt):
            # a title row, or one cell "I LUẬT" across the table, or "I. Ứng dụng CNTT" over number and task beside
            # the group's subtotals (Kế hoạch 2668/KH-UBND 2010), or "Nội dung 1: ..." (a group named by its word)
            m = _SPANNING_SECTION.match(fold_ws(_first_text(row)))
            labelled = _LABELLED_GROUP.match(fold_ws(_first_text(row)))
            if labelled:
                stt, title, bare = labelled["num"], labelled["title"], True
            elif m:
                stt, title, bare = m["num"], m["title"], True
        style = "§" + key(labelled["word"]) if labelled else \
            BRACKETED if _BRACKETED.match(fold_ws(row.values[stt_col] if stt_col is not None else "")) else \
            number_style(stt, prev_letter)
        prev_letter = stt if style == "A" else prev_letter
        lead_col = hmap.column("lead")
        out.append(_Line(stt, style, fold_ws(title), bare, lead_col is None or bool(row.values[lead_col].strip())))
    return _titles_numbered_inside(out) if stt_col is None else out


_TITLE_NUMBER = regex.compile(r"^(?P<num>[^\s.)]{1,4})[.)]\s+(?P<title>\S.*)$", regex.S)


def _titles_numbered_inside(lines: list[_Line]) -> list[_Line]:
    """With no number column, a row that holds nothing but its title, the title opening with a Roman numeral ("II. Các
    dự án phát triển chợ ở địa bàn nông thôn" in the first column, its other cells drawn and empty: the project list of
    Quyết định 23/QĐ-TTg 2010), is a section row. A numeral OCR misread ("H.") is that numeral where the sections
    around it put it: the next one numbered one more, or the one before one less.

    >>> t = lambda stt, title, bare=True: _Line(stt, number_style(stt), title, bare)
    >>> [(x.stt, x.title) for x in _titles_numbered_inside([t("", "H. Các dự án chợ"), t("III", "Mô hình")])]
    [('II', 'Các dự án chợ'), ('III', 'Mô hình')]
    >>> [x.stt for x in _titles_numbered_inside([t("", "H. Các dự án"), t("", "1. Dự án", False)])]
    ['', '']
    """
    romans = [(i, from_roman(x.stt)) for i, x in enumerate(lines) if x.style == "I"]
    out = list(lines)
    for i, x in enumerate(lines):
        m = _TITLE_NUMBER.match(x.title) if x.bare and not x.stt else None
        value = from_roman(roman_reading(m["num"])) if m else None
        if value is None:
            continue
        if not ROMAN.match(m["num"]):       # misread: only where its neighbours place it
            nxt = next((v for j, v in romans if j > i), None)
            prv = next((v for j, v in reversed(romans) if j < i), None)
            if not (nxt == value + 1 or prv == value - 1):
                continue
        out[i] = replace(x, stt=to_roman(value), style="I", title=m["title"])
    return out


def _caps_title(text: str) -> bool:
    """A short title in capitals ("NGHỊ ĐỊNH", "THÔNG TƯ"), not a task sentence.

    >>> _caps_title("NGHỊ ĐỊNH"), _caps_title("Nghị định số 125/2024/NĐ-CP"), _caps_title("")
    (True, False, False)
    """
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(text.split()) <= 12 and all(c.isupper() for c in letters)


def is_group(line: _Line, after: _Line | None, levels: dict[str, int]) -> bool:
    """A group row: a bare numbered title with deeper-numbered rows under it ("I" over "1",
    "1." over "1.1" or "a)").  A bare row followed by a row numbered like itself, or by
    nothing, is a task with empty cells, never a group, so no text is lost."""
    if not line.stt and line.bare and _caps_title(line.title) and after is not None and after.style:
        return True     # "NGHỊ ĐỊNH" with no number over numbered rows (Nghị quyết 23/2026/NQ-CP): a heading
    if line.stt and line.title and not line.lead and after is not None and after.lead and after.style \
            and levels.get(after.style, len(levels) + 1) > levels.get(line.style, len(levels)):
        return True     # "1 | Đầu tư ... gồm 8 dự án sau | 2014-2020 | (no lead) | 280" over "1.1", "1.2" that name
        # their leads (Quyết định 99/QĐ-TTg 2014): a group; its own cells are kept on its tasks (_group_cells)
    if not (line.bare and line.stt and line.title and after is not None):
        return False
    if not after.style:  # unnumbered rows with cells of their own (an assignment) go under a numbered title
        return not after.bare
    return after.style != line.style and levels.get(after.style, len(levels) + 1) > levels.get(line.style, len(levels))


def classify(table: LogicalTable, rows: list[RawRow], table_index: int) -> list[TaskRow]:
    """Turn raw rows into task rows; group rows build the chain of sections above each task.

    Numbering styles are ranked by first appearance in the table (the first style
    seen is the outermost), so "A → 1", "I → 1 → 1.1" and "1. → a) / -" all nest,
    whether numbers restart in each group or run on.
    """
    hmap = table.header
    lines = _lines(hmap, rows)
    summary = _summary_rows(rows, lines)
    sub = _sub_numbers(table, rows)
    # styles ranked as they first appear (bracketed numbers, when printed, ranked in advance: under the outline)
    levels: dict[str, int] = _ranked_styles(lines) if any(ln.style == BRACKETED for ln in lines) else {}
    chain: list[tuple[int, str, str]] = []  # (level, number, title), outermost first
    out: list[TaskRow] = []
    kept: dict[float, dict[str, str]] = {}  # per group level: the cells a group prints beside its title
    for i, (row, line) in enumerate(zip(rows, lines)):
        after = lines[i + 1] if i + 1 < len(lines) else None
        level = levels.setdefault(line.style, len(levels)) if line.style else None
        if level is not None:
            chain = [g for g in chain if g[0] < level]
        if sub[i] is not None:      # numbered in a second column: a group, or a task at the groups' level
            chain = [g for g in chain if g[0] < sub[i][0]]
            kept[SUB_GROUP_LEVEL] = {}
            if not line.stt:
                chain.append((sub[i][0], sub[i][1], line.title))
                kept[SUB_GROUP_LEVEL] = _group_cells(table, row)
                continue
        if is_group(line, after, levels):
            if not line.stt:    # a heading with no number sits inside the groups above it, over the rows below
                chain = [g for g in chain if float(g[0]).is_integer()]
                chain.append(((chain[-1][0] if chain else -1) + 0.5, "", line.title))
                continue
            chain.append((level if level is not None else len(levels), line.stt, line.title))
            kept[chain[-1][0]] = _group_cells(table, row)
            continue
        if i in summary or is_total_row(row.values):     # "Tổng | | 4.700 | 25.500": the table keeps its text
            table.totals.append(((row.pages or [None])[0], " | ".join(v for v in _distinct(row.values) if v)))
            continue
        if out and is_note(row, hmap, lines[:i], lines[i + 1:]):
            _keep_note(out[-1], row)
            continue
        task = _task_row(table, row, line.stt, chain, table_index)
        _keep_group_cells(task, [kept.get(g[0], {}) for g in chain])
        if out and _same_task(out[-1], task):
            _fold_extra(out[-1], task)      # ruled sub-cells of an unmapped column beside one task
            continue
        out.append(task)
    return out


def _summary_rows(rows: list[RawRow], lines: list[_Line]) -> set[int]:
    """The rows that close a table with no number, a label and figures only ("Dự phòng (10%) | | | | 15", "Tổng vốn
    sự nghiệp | | | | 162": Quyết định 99/QĐ-TTg 2014's budget tables), after its numbered tasks: its summary, no
    task (the last such run of rows, read from the end)."""
    out: set[int] = set()
    for i in range(len(rows) - 1, -1, -1):
        texts = [fold_ws(v) for v in _distinct(rows[i].values) if v.strip()]
        if lines[i].stt or len(texts) < 2 or not all(is_quantity(t) for t in texts[1:]):
            break
        out.add(i)
    return out if any(ln.stt for ln in lines[:min(out, default=0)]) else set()


def _distinct(values: list[str]) -> list[str]:
    """The cells' texts, a cell merged over several columns once."""
    out: list[str] = []
    for v in values:
        v = fold_ws(v)
        if not out or v != out[-1]:
            out.append(v)
    return out


def _group_cells(table: LogicalTable, row: RawRow) -> dict[str, str]:
    """The cells a group heading prints beside its title (a lead, "Theo từng mốc thời hạn dưới đây", a subtotal, a
    note), by field or by the extra column's label."""
    hmap = table.header
    skip = {hmap.column("stt"), hmap.column("task")}
    return {f or _extra_label(table, c): clean_cell(row.values[c]) for c, f in enumerate(hmap.fields)
            if c not in skip and clean_cell(row.values[c])}


def _keep_group_cells(task: TaskRow, groups: list[dict[str, str]]) -> None:
    """A group's own cells kept on each task under it, as "<field> (nhóm)", where the task's cell differs (one
    merged down over its tasks is theirs already), so no text is lost."""
    for cells in groups:
        for name, v in cells.items():
            if v != task.fields.get(name) and v != task.extra.get(name):
                task.extra[f"{name} (nhóm)"] = v


SUB_GROUP_LEVEL = -0.5     # groups numbered in a second column: outside every group the STT column numbers


def _sub_numbers(table: LogicalTable, rows: list[RawRow]) -> list[tuple[float, str] | None]:
    """Per row, (level, number) when a second numbering column (:func:`sub_number_column`) prints a group's number
    there: a row with no STT and such a number is the group's heading, a row with an STT and a number of the
    same style is a task at the groups' level (the chain above it ends); the tasks' own letters ("a)") are not
    group numbers.  The groups are the outermost: the STT column numbers the tasks straight through them."""
    c, stt_col = table.sub_col, table.header.column("stt")
    out: list[tuple[float, str] | None] = [None] * len(rows)
    if c is None:
        return out
    numbers = [_number(r.values[c]) for r in rows]
    heads = {number_style(n) for n, r in zip(numbers, rows) if n and not r.values[stt_col].strip()}
    for i, n in enumerate(numbers):
        if n and number_style(n) in heads:
            out[i] = (SUB_GROUP_LEVEL, n)
    return out


def _same_task(a: TaskRow, b: TaskRow) -> bool:
    """Two rows of one numbered task whose every field is the same and only unmapped columns differ: the task's
    cells are merged over sub-rows ruled in an extra column (Nghị quyết 23/2026/NQ-CP: the articles to amend)."""
    return bool(a.stt) and (a.stt, a.parent, a.fields) == (b.stt, b.parent, b.fields) and a.extra != b.extra


def _fold_extra(into: TaskRow, row: TaskRow) -> None:
    for k, v in row.extra.items():
        if v and v != into.extra.get(k):
            into.extra[k] = f"{into.extra[k]}\n{v}" if into.extra.get(k) else v
    into.pages = sorted(set(into.pages) | set(row.pages))
    into.origin = into.origin + row.origin


def is_note(row: RawRow, hmap: HeaderMap, before: list[_Line], after: list[_Line]) -> bool:
    """An unnumbered row whose one cell is printed across every column after the number, between two tasks
    numbered in sequence ("3", the note, "4"): a note on the task above, not a task or a group (a group's
    numbers would restart under it).  Nghị quyết 116/NQ-CP 2026 prints one under its task 3."""
    stt_col = hmap.column("stt")
    if stt_col is None or row.values[stt_col].strip() or row.spanning:
        return False
    written = [c for c, v in enumerate(row.values) if c != stt_col and v.strip()]
    mapped = [c for c, f in enumerate(hmap.fields) if f and c != stt_col]
    if len(written) != 1 or len(mapped) < 3 or any(row.merged_into.get(c) != written[0] for c in mapped
                                                    if c != written[0]):
        return False
    prev = next((ln for ln in reversed(before) if ln.stt), None)
    nxt = next((ln for ln in after if ln.stt), None)
    return (prev is not None and nxt is not None and prev.style == nxt.style == "1"
            and int(_number(nxt.stt)) == int(_number(prev.stt)) + 1)


def _keep_note(task: TaskRow, row: RawRow) -> None:
    text = clean_cell(_first_text(row))
    task.extra["ghi chú"] = f"{task.extra['ghi chú']}\n{text}" if task.extra.get("ghi chú") else text
    task.issues.append(Issue("note_row", "extra", "a row printed across the table under this task, with no "
                             "number, kept in extra as its note", page=(row.pages or [None])[0]))


def _task_row(table: LogicalTable, row: RawRow, stt: str, chain, table_index: int) -> TaskRow:
    hmap = table.header
    vals = {f: row.values[c] for c, f in enumerate(hmap.fields) if f}
    fields = {f: clean_cell(vals.get(f, "")) for f in CANONICAL}
    fields["stt"] = stt
    issues = list(row.issues)
    for c, into in row.merged_into.items():
        f, g = hmap.fields[c], hmap.fields[into]
        if f and g and f != g and f != "stt":
            issues.append(Issue("cells_merged", f, f"printed in one cell merged with {g}; left empty",
                                page=(row.pages or [None])[0]))
    extra = {_extra_label(table, c): clean_cell(row.values[c]) for c, f in enumerate(hmap.fields) if f is None}
    section, section_title = (chain[0][1], chain[0][2]) if chain else ("", "")
    return TaskRow(table_index, stt, fields, extra, section, section_title, "/".join(g[1] for g in chain if g[1]),
                   row.pages, issues, table.label, table.title, [g[2] for g in chain], list(row.origin))


def _first_text(row: RawRow) -> str:
    return next((v for v in row.values if v.strip()), "")


def _extra_label(table: LogicalTable, c: int) -> str:
    label = table.header.labels[c]
    return label or f"column {c + 1}"


def stitch(fragments: list[Fragment]) -> tuple[list[LogicalTable], list[TaskRow], int]:
    """All task rows of a document's fragments; also returns the tables and the count of ignored tables."""
    tables, ignored = group_tables(fragments)
    rows: list[TaskRow] = []
    for i, table in enumerate(tables):
        rows.extend(mark_restarts(classify(table, raw_rows(table), i)))
    return tables, rows, ignored


_PLAIN_NUMBER = regex.compile(r"^\d+(?:\.\d+)*\.?$")


def mark_restarts(rows: list[TaskRow]) -> list[TaskRow]:
    """Rows of one table whose numbering starts again at 1 under the same section and group, after it had gone past
    1, with no section printed between: a section row was likely lost (a scan's merged row read as nothing, set 32's
    Nghị quyết 318/NQ-CP).  That row and the rest of its run get a ``numbering_restarts`` issue: their section is not
    to be trusted.  A number given twice in a row (a task printed on two rows) is no restart.

    >>> rows = [TaskRow(0, n, {}, {}, "", "", "", [], []) for n in ("1", "2", "2", "1", "2", "3")]
    >>> [bool(r.issues) for r in mark_restarts(rows)]
    [False, False, False, True, True, True]
    """
    last: dict[tuple[str, str], int] = {}
    restarted: tuple[str, str] | None = None
    for row in rows:
        place = (row.section, row.parent)
        if restarted is not None and restarted != place:
            restarted = None
        number = row.stt.strip().rstrip(".")
        if _PLAIN_NUMBER.match(number) and "." not in number:
            n = int(number)
            if n == 1 and last.get(place, 0) > 1:
                restarted = place
            last[place] = n
        if restarted == place:
            row.issues.append(Issue("numbering_restarts", "stt", f"the numbering starts again at {number or 'a row'} "
                                    "with no section printed before it: a section row may be lost, so the section "
                                    "of this row is not sure", number))
    return rows
