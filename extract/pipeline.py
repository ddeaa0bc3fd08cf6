"""One file in, one DocumentResult out: read, stitch, normalize, records.

``process_file`` is the only thing the batch layer calls.  It never raises for
a bad input: a file that cannot be read comes back with status ``failed`` and
a message, so the rest of a batch goes on.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from itertools import groupby
from pathlib import Path

import regex

from normalize.deadlines import header_unit, parse_count, states_status
from normalize.text import fold_ws, nfc

from .issues import Issue
from .metadata import find_metadata
from .result import NO_TABLES, OK, PARTIAL, DocumentResult, doc_id_for, failed, new_document, relative_path
from .review import OCR_REVIEW_BELOW, PARTIAL_CODES, is_partial, review_of, table_record
from .sources import DOC, DOCX, PDF, ConversionError, doc_to_docx, sha256_of, sniff
from .readers import DEFAULT_PDF_READER, PDF_READERS
from .stitch import TaskRow, stitch

def process_file(path: Path, root: Path | None = None, sha256: str | None = None,
                 pdf_reader: str = DEFAULT_PDF_READER) -> DocumentResult:
    """Extract the task tables of one PDF, DOCX or DOC file (*sha256*: the file's hash, when known;
    *pdf_reader*: ``pdfium`` or ``pdfplumber``, the reference)."""
    path = Path(path)
    source_path = relative_path(path, root)
    document = new_document(source_path)
    try:
        size = path.stat().st_size
        document["size_bytes"] = size
        document["sha256"] = sha256 or sha256_of(path)
    except OSError as exc:
        return failed(document, Issue("file_unreadable", message=f"cannot read the file: {_os_reason(path, exc)}"))
    doc_id = document["doc_id"] = doc_id_for(source_path, document["sha256"])
    if size == 0:
        return failed(document, Issue("file_empty", message="empty file (0 bytes)"))
    try:
        fmt = document["format"] = sniff(path)
        read = _read(path, fmt, pdf_reader)
    except _Unreadable as exc:
        return failed(document, exc.issue)
    except OSError as exc:
        return failed(document, Issue("file_unreadable", message=f"cannot read the file: {_os_reason(path, exc)}"))
    fragments, head_text, pages = read.fragments, read.head_text, read.pages
    document["pages"] = pages
    ocr = None
    if fmt == PDF and pages:
        from .ocr import ocr_if_needed
        ocr, ocr_error = ocr_if_needed(path, fragments, head_text, pages, read.text_pages, read.no_text_pages)
        if ocr_error:  # no usable text layer and no Tesseract: a clear failed status
            if read.legacy_pages:
                ocr_error = ocr_error.replace(
                    "scanned: no text layer", f"legacy font encoding: the text of pages {_page_list(read.legacy_pages)}"
                    " is set in an 8-bit Vietnamese font (TCVN3/VNI), not Unicode, and is read by OCR", 1)
            return failed(document, Issue("scanned_no_ocr", message=ocr_error))
        if ocr is not None:
            fragments, head_text = ocr.fragments, ocr.head_text
            document["ocr_pages"] = len(ocr.ocr_pages)
    unread = _unread_pages(read, ocr) if fmt == PDF else []
    return _extract(document, fragments, head_text, ocr, sideways_pages(read, ocr), unread,
                    page_issues(read, ocr), getattr(read, "unrendered", None) or {})


def sideways_pages(read, ocr) -> list[int]:
    """Pages turned upright to be read: by the text reader or, on a scan, by OCR."""
    return sorted({*getattr(read, "sideways_pages", []), *getattr(ocr, "sideways_pages", [])})


def page_issues(read, ocr) -> list[Issue]:
    """Pages read in an unusual way: sideways (turned upright), or set in a legacy font and read by OCR."""
    done = set(getattr(ocr, "ocr_pages", ()) or ()) if ocr is not None else set()
    out = [Issue("page_sideways", message="the page prints its text sideways: read turned upright", page=p)
           for p in sideways_pages(read, ocr)]
    out += [Issue("legacy_font", message="the text layer is in an 8-bit Vietnamese font (TCVN3/VNI): read by OCR",
                  page=p) for p in getattr(read, "legacy_pages", []) if p in done]
    return out


def _extract(document: dict, fragments, head_text: str, ocr, sideways: list[int], unread: list[int],
             read_issues: list[Issue], unrendered: dict | None = None) -> DocumentResult:
    """Metadata, task tables, records, issues and review flags of a document that was read (*read_issues*:
    those the reading already met; *unrendered*: (fragment, row) -> Word list-number formats the DOCX reader
    could not render there)."""
    unrendered = unrendered or {}
    doc_id, source_path = document["doc_id"], document["source_path"]
    result = DocumentResult(document, issues=list(read_issues))
    meta = _metadata(document, head_text, result.issues, ocr is not None and 1 in ocr.ocr_pages)
    # Agencies are named as they were when the decision was made; a draft with no day printed
    # ("ngày  tháng 5 năm 2026") is dated to the first of its month.
    as_of = meta.date or (dt.date(meta.year, meta.month or 1, 1) if meta.year else None)
    tables, rows, ignored = stitch(fragments)
    document.update(tables_found=len(tables), tables_ignored=len(ignored),
                    tables_ignored_kinds=sorted(Counter(t.kind for t in ignored).items()))
    if tables:
        document["appendix"], document["appendix_title"] = tables[0].label, tables[0].title
    t_issues = table_issues(tables) + ignored_issues(ignored)
    result.issues.extend(t_issues)
    table_codes = [{i.code for i in t_issues if i.table_index == ti} for ti in range(len(tables))]
    doubts: dict[tuple, tuple] = {}     # (table, field key) -> the row before's text there and its word doubts
    for i, row in enumerate(rows):
        row.issues.extend(unrendered_numbers(unrendered, row))
        task, mentions, issues = _record(doc_id, source_path, i, row, _Context(meta.year, as_of, meta.issuer, meta.date),
                                         tables[row.table_index])
        if ocr is not None:
            from .ocr import annotate_task, ocr_issues
            annotate_task(ocr, task, row.origin)  # ocr_confidence, warnings of inferred numbers
            issues.extend(ocr_issues(ocr, row, i))  # numbers inferred, words repaired
            issues.extend(_low_confidence(task, i, row))
            issues.extend(_word_issues(task, i, row))
            issues.extend(_doubtful_words(task, i, row, ocr.doubtful_words(row.origin)))
            issues.extend(_shared_doubts(task, i, row, issues, doubts))
        task["needs_review"], task["review_reasons"] = review_of(issues, table_codes[row.table_index])
        result.tasks.append(task)
        result.agencies.extend(mentions)
        result.issues.extend(issues)
    result.issues.extend(unrendered_elsewhere(unrendered, rows))
    result.issues.extend(_cut_rows(result.tasks, result.issues))
    result.tables = [table_record(doc_id, ti, t, [x for x in result.tasks if x["table_index"] == ti])
                     for ti, t in enumerate(tables)]
    _status(document, result, ignored, sideways, unread)
    return result


# a task read as nothing or as junk: the sign that a printed row was cut into several
_CUT_SIGNS = frozenset({"task_missing", "ocr_low_confidence", "ocr_word_unknown"})


def _cut_rows(tasks: list[dict], issues: list[Issue]) -> list[Issue]:
    """A printed row read as several rows that carry its one number (a line drawn or scanned across the cell: the
    scan of Nghị quyết 168/NQ-CP's appendix in tests/real, row 26), one of them with an empty or unread task: the
    others' task may be cut too, and they say so (``row_cut``) with a review flag.  A task printed on several rows
    with the same number, each read whole (68 expected rows of tests/real repeat the number before them), says
    nothing.

    >>> tasks = [{"table_index": 0, "section": "V", "parent": "", "stt": n, "row_index": i, "pages": [4],
    ...           "warnings": [], "needs_review": False, "review_reasons": []} for i, n in enumerate(("25", "26", "26"))]
    >>> [i.row_index for i in _cut_rows(tasks, [Issue("task_missing", "task", row_index=2, table_index=0)])]
    [1]
    >>> tasks[1]["needs_review"], tasks[1]["review_reasons"]
    (True, ['row_cut'])
    """
    signs = {(i.table_index, i.row_index) for i in issues
             if i.code in _CUT_SIGNS and i.field in ("task", "") and i.row_index is not None}
    out = []
    for place, run in groupby(tasks, key=lambda t: (t["table_index"], t["section"], t["parent"], fold_ws(t["stt"]))):
        run = list(run)
        cut = [t for t in run if (t["table_index"], t["row_index"]) in signs]
        if place[3] and cut and len(run) > 1:
            out += [_cut_row(t) for t in run if t not in cut]
    return out


def _cut_row(task: dict) -> Issue:
    """The ``row_cut`` issue of *task*, added to its warnings and review reasons."""
    issue = Issue("row_cut", "task", f"the number {fold_ws(task['stt'])} is on a neighbouring row whose task is "
                  "empty or unread: this row's task may be cut", fold_ws(task["stt"]), (task.get("pages") or [None])[0],
                  task["table_index"], task["row_index"])
    task["warnings"] = [*task["warnings"], issue.text()]
    task["needs_review"], task["review_reasons"] = True, sorted({*task["review_reasons"], "row_cut"})
    return issue


def unrendered_numbers(unrendered: dict, row: TaskRow) -> list[Issue]:
    """An issue for each format of Word list number printed in the row that the DOCX reader left out.

    >>> from extract.stitch import TaskRow
    >>> row = TaskRow(0, "", {}, {}, "", "", "", [], [], origin=[(2, 5)])
    >>> [i.value for i in unrendered_numbers({(2, 5): ["ordinal", "ordinal"], (2, 6): ["cardinalText"]}, row)]
    ['ordinal']
    """
    formats = sorted({f for part in row.origin for f in unrendered.get(part, ())})
    return [Issue("numbering_format_unknown", message=f"a Word list number in this row has the format {f!r}, "
                  "which is not rendered: the number Word prints is left out", value=f) for f in formats]


def unrendered_elsewhere(unrendered: dict, rows: list[TaskRow]) -> list[Issue]:
    """One document issue per format of Word list numbers left out in cells of no task row (headers, sections,
    tables that assign no work)."""
    seen = {part for row in rows for part in row.origin}
    left = Counter(f for part, formats in unrendered.items() if part not in seen for f in formats)
    return [Issue("numbering_format_unknown", message=f"{n} Word list number(s) in table cells outside the task "
                  f"rows have the format {f!r}, which is not rendered: left out", value=f)
            for f, n in sorted(left.items())]


def _metadata(document: dict, head_text: str, issues: list[Issue], by_ocr: bool = False):
    """Number, date and issuer from the head of the document; each one missing, or read by OCR (*by_ocr*: the
    first page was), is an issue: an OCR'd letterhead may be misread, handwritten numbers above all."""
    meta = find_metadata(head_text, by_ocr)
    document.update(decision_number=meta.number, decision_date=meta.date, decision_year=meta.year,
                    issuer=issuer_cased(meta.issuer), issuer_raw=meta.issuer_raw, issuer_id=issuer_id(meta.issuer))
    for name, value in (("number", meta.number), ("date", meta.year), ("issuer", meta.issuer)):
        if not value:
            issues.append(Issue("metadata_missing", name, f"no decision {name} found in the letterhead"))
            continue
        shown = meta.date.isoformat() if name == "date" and meta.date else str(value)
        if by_ocr:
            issues.append(Issue("metadata_from_ocr", name, f"decision {name} read by OCR: check it", shown))
        if name in meta.inferred:
            issues.append(Issue("metadata_inferred", name, f"decision {name} taken from outside the letterhead (an "
                                f"e-office stamp's signing time, an appendix's attribution line): check it", shown))
    if meta.year and not meta.date:     # "ngày ... tháng 3 năm 2018": a blank or unread day, only the year is known
        known = f"{meta.year}-{meta.month:02d}" if meta.month else str(meta.year)
        issues.append(Issue("metadata_missing", "date", f"the decision's day or month is blank or unread: only "
                            f"{known} is known", known))
    return meta


def _low_confidence(task: dict, index: int, row: TaskRow) -> list[Issue]:
    conf = task.get("ocr_confidence")
    if conf is None or conf >= OCR_REVIEW_BELOW:
        return []
    issue = Issue("ocr_low_confidence", message=f"mean OCR word confidence {conf:.2f}", page=(row.pages or [None])[0],
                  table_index=row.table_index, row_index=index)
    task["warnings"] = [*task["warnings"], issue.text()]
    return [issue]


_OCR_FIELDS = (("task", "task"), ("lead_raw", "lead"), ("coordinating_raw", "coordinating"),
               ("deadline_raw", "deadline"), ("result", "result"))


def _word_issues(task: dict, index: int, row: TaskRow) -> list[Issue]:
    """An OCR'd row's cells holding words no Vietnamese word can be (:mod:`extract.ocr_words`), then words or marks
    real text does not print where they stand (:mod:`extract.ocr_unlikely`): one warning per field and kind, naming
    them.  Rows of pages with a text layer are left alone (their words are as printed)."""
    from .ocr_unlikely import unlikely_words
    from .ocr_words import unknown_words

    if task.get("ocr_confidence") is None:
        return []       # a row of a page read from its text layer, in a document OCR'd in part
    return [*_field_words(task, index, row, "ocr_word_unknown", "OCR word(s) that are no Vietnamese word",
                          unknown_words),
            *_field_words(task, index, row, "ocr_word_unlikely",
                          "OCR word(s) or mark(s) real text does not print there", unlikely_words)]


_WORD_DOUBTS = frozenset({"ocr_word_unknown", "ocr_word_unlikely", "ocr_word_uncertain"})


def _shared_doubts(task: dict, index: int, row: TaskRow, issues: list[Issue], doubts: dict) -> list[Issue]:
    """A cell merged over several rows is read once, and its words' doubts belong to every row it fills: the
    second assignment row of a merged task had said nothing of the words the first row named (qd_222's scan in
    tests/real: "Xây dựng; ban hành ..." over two leads).  *doubts* holds, per (table, field key), the row before's
    text and doubts: only a neighbour's same text is that cell (a text printed again further down was read again)."""
    out = []
    for key, field in _OCR_FIELDS:
        text = task.get(key) or ""
        own = [x for x in issues if x.field == field and x.code in _WORD_DOUBTS]
        before_text, before = doubts.get((row.table_index, key), ("", []))
        if not own and text and text == before_text and before:
            own = [replace(x, row_index=index, page=(row.pages or [None])[0]) for x in before]
            out += own
        doubts[(row.table_index, key)] = (text, own)
    if out:
        task["warnings"] = [*task["warnings"], *(x.text() for x in out)]
    return out


_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*")


def _doubtful_words(task: dict, index: int, row: TaskRow, doubtful: frozenset[str]) -> list[Issue]:
    """An OCR'd row's fields that still hold a word Tesseract read with low confidence (:data:`extract.ocr.
    WORD_DOUBT_BELOW`), as it read it: one warning per field, naming the words.  A Vietnamese syllable misread as
    another one ("nghề" as "nghệ", "hội" as "hột") is no unknown word, and a row's mean confidence hides one word;
    a word the repairs changed is no longer there and is not named.  Words that name no letter are left out."""
    if not doubtful:
        return []
    tokens = {t for w in doubtful for t in _TOKEN.findall(nfc(w)) if any(c.isalpha() for c in t)}
    return _field_words(task, index, row, "ocr_word_uncertain", "OCR word(s) read with low confidence",
                        lambda text: list(dict.fromkeys(t for t in _TOKEN.findall(text) if t in tokens)))


def _field_words(task: dict, index: int, row: TaskRow, code: str, what: str, words_in) -> list[Issue]:
    """One issue *code* per field of the row whose text holds words *words_in* names, with the words; the row's
    warnings say so too."""
    out = []
    for key, field in _OCR_FIELDS:
        words = words_in(task.get(key) or "")
        if words:
            out.append(Issue(code, field, f"{what} in the {field}: " + ", ".join(words), ", ".join(words),
                             page=(row.pages or [None])[0], table_index=row.table_index, row_index=index))
    if out:
        task["warnings"] = [*task["warnings"], *(i.text() for i in out)]
    return out


def _status(document: dict, result: DocumentResult, ignored, sideways: list[int], unread: list[int]) -> None:
    """ok, partial (pages not read, a table with no lead column), or no_tables; counts and the error text."""
    if unread:  # pages with no text layer that OCR could not read: the tasks found are not all of them
        message = (f"partial: pages {_page_list(unread)} of {document['pages']} have no usable text layer and were not read"
                   f" (OCR unavailable: install tesseract-ocr and tesseract-ocr-vie); {len(result.tasks)} tasks from"
                   " the other pages")
        result.issues.extend(Issue("pages_not_read", message=message, page=p) for p in unread)
    if result.tasks or unread:
        document["status"] = PARTIAL if is_partial(result.issues) else OK
        if document["status"] == PARTIAL:
            document["error"] = message if unread else "; ".join(
                sorted({i.text() for i in result.issues if i.code in PARTIAL_CODES}))
    else:
        document["status"] = NO_TABLES
        document["error"] = no_tables_message(ignored)
        if sideways:
            document["error"] += f"; pages {_page_list(sideways)} print their text sideways (read turned upright)"
        result.issues.append(Issue("no_task_table", message=document["error"]))
    document["tasks_found"] = len(result.tasks)
    document["warnings_count"] = sum(len(t["warnings"]) for t in result.tasks)
    document["issues_count"] = len(result.issues)


class _Unreadable(Exception):
    """A file a reader refused; ``issue`` says why, with its code."""

    def __init__(self, issue: Issue):
        super().__init__(issue.message)
        self.issue = issue


def _unread_pages(read, ocr) -> list[int]:
    """Pages without a usable text layer that OCR did not read (it was unavailable or failed)."""
    done = set(getattr(ocr, "ocr_pages", ()) or ()) if ocr is not None else set()
    return [p for p in getattr(read, "no_text_pages", []) if p not in done]


def _os_reason(path: Path, exc: OSError) -> str:
    """Why *path* cannot be read, in words (a broken link, a link loop, permissions ...), errno text after."""
    detail = exc.strerror or str(exc)
    if path.is_symlink() and not path.exists():
        return f"a broken link (its target is missing or loops): {detail}"
    if isinstance(exc, PermissionError):
        return "permission denied (the file or a folder above it cannot be read by this user)"
    return detail


def _page_list(pages: list[int]) -> str:
    """ "1-3, 7" from [1, 2, 3, 7].

    >>> _page_list([1, 2, 3, 7])
    '1-3, 7'
    """
    runs: list[list[int]] = []
    for p in pages:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def _read(path: Path, fmt: str, pdf_reader: str = DEFAULT_PDF_READER):
    """What the reader for *fmt* found (a PdfRead or DocxRead: fragments, head text, pages ...).

    Every exception a reader raises becomes :class:`_Unreadable` with an issue: none reaches the batch.
    """
    try:
        return _read_format(path, fmt, pdf_reader)
    except _Unreadable:
        raise
    except RecursionError:
        raise _Unreadable(Issue("file_refused", message="refused: the file nests its objects too deeply "
                                "(a hostile or damaged file?)")) from None
    except (OSError, MemoryError):  # the caller names the file's trouble, the batch the memory bound
        raise
    except Exception as exc:  # a reader's bug or a library's surprise on a damaged file
        raise _Unreadable(Issue("file_corrupt", message=f"the file could not be read (damaged?): "
                                f"{type(exc).__name__}: {str(exc)[:300]}")) from exc


def _read_format(path: Path, fmt: str, pdf_reader: str = DEFAULT_PDF_READER):
    from .docx_reader import DocxError, read_docx
    from .pdf_geometry import PdfError

    if pdf_reader not in PDF_READERS:
        raise ValueError(f"unknown PDF reader {pdf_reader!r} (one of {', '.join(PDF_READERS)})")
    if pdf_reader == "pdfium":
        from .pdfium_reader import read_pdf
    else:
        from .pdf_reader import read_pdf

    readers = {PDF: (read_pdf, PdfError), DOCX: (read_docx, DocxError)}
    if fmt in readers:
        read, error = readers[fmt]
        try:
            return read(path)
        except error as exc:
            raise _Unreadable(Issue(_code_of(exc), message=str(exc))) from exc
    if fmt == DOC:
        with tempfile.TemporaryDirectory(prefix="doc2docx_") as tmp:
            try:
                converted = doc_to_docx(path, Path(tmp))
                return read_docx(converted)
            except (ConversionError, DocxError) as exc:
                raise _Unreadable(Issue(_code_of(exc), message=str(exc))) from exc
    raise _Unreadable(Issue("format_unknown", message="unknown format: not a PDF, DOCX or DOC file (by its content)"))


def _code_of(exc: Exception) -> str:
    """The issue code of a reader's error: its own ``code`` when it has one, else by what it says."""
    code = getattr(exc, "code", None)
    if code:
        return code
    text = str(exc)
    if text.startswith("refused"):
        return "file_refused"
    if text.startswith("encrypted"):
        return "file_encrypted"
    return "file_corrupt"


def issuer_id(issuer: str) -> str | None:
    """Gazetteer id of the issuing body, when the gazetteer knows it.

    >>> issuer_id("Ủy ban nhân dân tỉnh Bắc Ninh"), issuer_id("Thủ tướng Chính phủ") is not None
    ('prov.bac_ninh', True)
    """
    known = _known_bodies(issuer)
    return known[0].agency_id if known else None


def _known_bodies(issuer: str) -> list:
    """The mentions of the issuer's name that the gazetteer links."""
    from normalize.agencies import parse_agencies

    return [m for m in parse_agencies(issuer).mentions if m.agency_id] if issuer else []


def issuer_cased(issuer: str) -> str:
    """The issuer as the gazetteer writes it, where it names that body in the same words: a letterhead in capitals
    gives back the words only, not their case ("BỘ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI" had come out "Bộ lao động -
    thương binh và xã Hội": Công báo prints of the ministry's circulars, nineteenth session).

    >>> issuer_cased("Bộ lao động - thương binh và xã Hội"), issuer_cased("Sở Nội vụ tỉnh Lâm Đồng")
    ('Bộ Lao động - Thương binh và Xã hội', 'Sở Nội vụ tỉnh Lâm Đồng')
    """
    known = _known_bodies(issuer)
    same = len(known) == 1 and known[0].mention == issuer and known[0].name.casefold() == issuer.casefold()
    return known[0].name if same else issuer


def no_tables_message(ignored) -> str:
    """Why no task table was found, naming the tables seen by kind and the header cells they printed.

    >>> from .stitch import IgnoredTable
    >>> no_tables_message([IgnoredTable("agenda", ("Thời gian", "Nội dung", "Chủ trì"), 2)])
    "no task table found (tables seen: 1: agenda on page 2 ['Thời gian', 'Nội dung', 'Chủ trì'])"
    """
    if not ignored:
        return "no task table found (the document has no ruled table)"
    seen = []
    for t in ignored[:6]:
        where = f" on page {t.page}" if t.page else ""
        seen.append(f"{t.kind}{where} {[l[:40] for l in t.labels if l][:8]}")
    more = f"; and {len(ignored) - 6} more" if len(ignored) > 6 else ""
    return f"no task table found (tables seen: {len(ignored)}: {'; '.join(seen)}{more})"


def ignored_issues(ignored) -> list[Issue]:
    """One info issue per table that assigns no work, with its kind and the header cells it printed."""
    return [Issue("table_ignored", message=f"a table that assigns no work ({t.kind}) was skipped",
                  value=" | ".join(l for l in t.labels if l)[:300], page=t.page) for t in ignored]


def table_issues(tables) -> list[Issue]:
    """Document-level issues of each task table: roles decided by content, lead or deadline column missing."""
    out: list[Issue] = []
    for ti, t in enumerate(tables):
        page = (t.pages or [None])[0]
        for d in t.decisions:
            if d.how == "content":
                out.append(Issue("column_role_inferred", d.field, f"column {d.column + 1} taken as {d.field} from its"
                                 f" content ({d.confidence:.0%} of its cells)", d.label, page, ti))
            elif d.how == "none":
                out.append(Issue("column_unmapped", "", f"column {d.column + 1} has unknown header words and no role"
                                 " by content: it goes to extra", d.label, page, ti))
        out += [Issue("total_row", "", "a row that sums the rows above it (a total) is not a task: skipped", text, p, ti)
                for p, text in t.totals]
        fields = set(f for f in t.header.fields if f)
        for name, code in (("lead", "table_no_lead_column"), ("deadline", "table_no_deadline_column")):
            if name not in fields:
                out.append(Issue(code, name, f"the table has no {name} column", page=page, table_index=ti))
    return out


_KEY_FIELDS = (("task", "task_missing"), ("lead", "lead_missing"), ("deadline", "deadline_missing"))


def _empty_key_cells(row: TaskRow, table) -> list[Issue]:
    """A task row with an empty task, lead or deadline cell says so, naming the field."""
    out = []
    page = (row.pages or [None])[0]
    for name, code in _KEY_FIELDS:
        if fold_ws(row.fields[name]):
            continue
        has_col = name in table.header.fields
        out.append(Issue(code, name, f"empty {name} cell" if has_col else f"no {name} column in this table",
                         page=page, table_index=row.table_index))
    return out


@dataclass(frozen=True)
class _Context:
    """What the normalizers need of the document: its year (default year of deadlines), the date agencies are
    named as of, and the issuer (a province's "Sở Tư pháp" is that province's)."""

    year: int | None
    as_of: dt.date | None
    issuer: str
    decided: dt.date | None = None      # the decision's own date, when printed whole


def _record(doc_id: str, source_path: str, index: int, row: TaskRow, ctx: _Context,
            table) -> tuple[dict, list[dict], list[Issue]]:
    f = row.fields
    warnings: list[str] = []
    task = {
        "doc_id": doc_id, "source_path": source_path, "table_index": row.table_index, "row_index": index,
        "appendix": row.label, "appendix_title": row.title, "section": row.section,
        "section_title": row.section_title, "parent": row.parent, "parent_titles": list(row.parent_titles),
        "stt": f["stt"], "task": f["task"],
        "lead_raw": f["lead"], "coordinating_raw": f["coordinating"], "deadline_raw": f["deadline"],
        "result": f["result"], "extra": list(row.extra.items()), "pages": list(row.pages),
        "ocr_confidence": None,  # set by OCR for rows read from a scanned page
    }
    task.update(_deadline_fields(f["deadline"], ctx.year, warnings, _deadline_unit(table)))
    _before_decision(task, ctx.decided, f["deadline"], warnings)
    task["lead_agencies"], mentions, partners = _agency_fields(doc_id, index, "lead", f["lead"], ctx, warnings,
                                                               _partner_spans(f["lead"]))
    task["coordinating_agencies"], rows, _ = _agency_fields(doc_id, index, "coordinating", f["coordinating"], ctx,
                                                           warnings)
    mentions.extend(rows)
    _move_partners(task, partners, warnings)
    issues = [*row.issues, *_empty_key_cells(row, table), *(_issue_of_warning(w) for w in warnings)]
    issues = [replace(i, row_index=index, table_index=row.table_index,
                      page=i.page if i.page is not None else (row.pages or [None])[0]) for i in issues]
    task["warnings"] = [i.text() for i in issues if i.severity != "info"]
    return task, mentions, issues


def _issue_of_warning(w: Issue | str) -> Issue:
    return w if isinstance(w, Issue) else Issue("internal_error", message=w)


def _before_decision(task: dict, decided: dt.date | None, text: str, warnings: list) -> None:
    """A deadline that ends before the decision's own date is a past event, a misprint or a misread figure ("12/2022"
    read for "12/2027" in a scan of a 2026 plan): the row says so (a reference's dates are the cited document's)."""
    end = task["deadline_end"]
    if decided is not None and end is not None and end < decided and task["deadline_kind"] != "by_reference":
        warnings.append(Issue("deadline_before_decision", "deadline", f"ends {end.isoformat()}, before the decision's "
                              f"date {decided.isoformat()}", fold_ws(text)))


def _deadline_unit(table) -> str | None:
    """The unit of time the table's deadline column counts in, by its header ("Số ngày dự kiến": days)."""
    col = table.header.column("deadline") if table is not None else None
    return header_unit(table.header.labels[col]) if col is not None and col < len(table.header.labels) else None


def _deadline_fields(text: str, year: int | None, warnings: list[str], unit: str | None = None) -> dict:
    empty = {"deadline_kind": None, "deadline_start": None, "deadline_end": None, "deadline_recurrence": None,
             "deadline_milestones": [], "deadline_note": "", "deadline_year_inferred": False,
             "deadline_continuing": False, "deadline_recurrence_day": None, "deadline_recurrence_month": None}
    if not fold_ws(text):
        return empty
    d = parse_count(fold_ws(text), unit, default_year=year)     # under "Số ngày": "7" is seven days
    if d.kind == "unparsed":
        warnings.append(Issue("deadline_unparsed", "deadline", "unparsed", fold_ws(text)))
    elif d.kind == "recurring" and d.recurrence is None:    # "Định kỳ 6 tháng", "2 lần/tháng": no name for it
        warnings.append(Issue("deadline_recurrence_unnamed", "deadline", "recurring, at an interval with no name",
                              fold_ws(text)))
    elif d.kind == "by_reference" and states_status(text):     # "Đã thực hiện": done, or under way; no date
        warnings.append(Issue("deadline_status", "deadline", "a status, not a time", fold_ws(text)))
    elif d.before_period:   # "trước tháng 3/2027": by 31/3 as read, by 28/2 to some readers
        warnings.append(Issue("deadline_before_period", "deadline", f"read as due by {d.end.isoformat()}, the "
                              "period's end; 'trước' may mean before it starts", fold_ws(text)))
    return {"deadline_kind": d.kind, "deadline_start": d.start, "deadline_end": d.end,
            "deadline_recurrence": d.recurrence, "deadline_milestones": list(d.milestones),
            "deadline_note": d.note, "deadline_year_inferred": d.year_inferred,
            "deadline_continuing": d.continuing, "deadline_recurrence_day": d.recurrence_day,
            "deadline_recurrence_month": d.recurrence_month}


def _partner_spans(text: str) -> list[tuple[int, int]]:
    """Where a lead cell names partners ("Sở TT&TT phối hợp với các sở, UBND các huyện"): :mod:`normalize.partners`."""
    from normalize.partners import partner_spans

    return partner_spans(text) if "hợp" in text else []


def _move_partners(task: dict, partners: list[tuple[str, str]], warnings: list) -> None:
    """Bodies a lead cell names as partners (their agency rows already read as coordinating): their names move to
    ``coordinating_agencies``, each with a warning that says so (the raw cells stay as printed)."""
    for name, mention in partners:
        if name in task["lead_agencies"]:
            task["lead_agencies"].remove(name)
            if name not in task["coordinating_agencies"]:
                task["coordinating_agencies"].append(name)
        warnings.append(Issue("agency_role_from_text", "lead", "named in the lead cell as a partner (\"phối "
                              "hợp với ...\"): read as coordinating", mention))


def _agency_fields(doc_id: str, index: int, role: str, text: str, ctx: _Context, warnings: list,
                   partner_spans: list[tuple[int, int]] = ()):
    """The names, agency rows and warnings of one agency cell; a mention after the first that stands in
    *partner_spans* takes the coordinating role, and is returned as (name, mention) among the partners."""
    try:
        from normalize.agencies import parse_agencies
        from normalize.unread import unread_bodies
    except ImportError:  # pragma: no cover - the agency normalizer is part of the package
        return [], [], []
    if not fold_ws(text):
        return [], [], []
    parsed = parse_agencies(text, as_of=ctx.as_of, issuer=ctx.issuer or None)
    names: list[str] = []
    rows: list[dict] = []
    partners: list[tuple[str, str]] = []
    if not parsed.mentions:  # people ("Đỗ Mạnh Cường"), an unnamed team: no agency to link, and it says so
        warnings.append(Issue("agency_not_found", role, "names no agency", fold_ws(text)))
    for pos, m in enumerate(parsed.mentions):
        partner = pos > 0 and any(a <= m.start < b for a, b in partner_spans)
        if partner:
            partners.append((m.name, m.mention))
        rows.append({"doc_id": doc_id, "row_index": index, "role": "coordinating" if partner else role,
                     "position": pos, "mention": m.mention, "agency_id": m.agency_id, "name": m.name, "kind": m.kind,
                     "current_name": m.current_name, "method": m.method, "score": m.score, "parent_name": m.parent})
        if m.kind == "unknown":
            warnings.append(Issue("agency_unknown", role, "unknown agency", m.mention))
        elif m.kind == "by_reference":
            warnings.append(Issue("agency_by_reference", role, "agency by reference", m.mention))
        elif m.method == "fuzzy":
            warnings.append(Issue("agency_fuzzy", role, f"matched by similarity to {m.name!r}", m.mention))
        elif m.kind != "collective" and m.name not in names:
            names.append(m.name)
        if m.agency_id is None and m.kind not in ("collective", "unknown", "by_reference"):
            warnings.append(Issue("agency_unlisted", role, f"no gazetteer entry; read as {m.kind}", m.mention))
    for piece in unread_bodies(text, parsed):       # "Tổ CNSCĐ 12 ấp": a body the parser could not read
        warnings.append(Issue("agency_text_unread", role, "reads like a body but was read as no agency", piece))
    return names, rows, partners
