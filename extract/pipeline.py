"""One file in, one DocumentResult out: read, stitch, normalize, records.

``process_file`` is the only thing the batch layer calls.  It never raises for
a bad input: a file that cannot be read comes back with status ``failed`` and
a message, so the rest of a batch goes on.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from normalize.deadlines import parse_deadline
from normalize.text import fold_ws

from .metadata import find_metadata
from .issues import Issue
from .result import NO_TABLES, OK, PARTIAL, DocumentResult, doc_id_for, failed, new_document, relative_path
from .sources import DOC, DOCX, PDF, ConversionError, doc_to_docx, sha256_of, sniff
from .stitch import TaskRow, stitch

def process_file(path: Path, root: Path | None = None, sha256: str | None = None) -> DocumentResult:
    """Extract the task tables of one PDF, DOCX or DOC file (*sha256*: the file's hash, when known)."""
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
        read = _read(path, fmt)
    except _Unreadable as exc:
        return failed(document, exc.issue)
    except OSError as exc:
        return failed(document, Issue("file_unreadable", message=f"cannot read the file: {_os_reason(path, exc)}"))
    fragments, head_text, pages = read.fragments, read.head_text, read.pages
    document["pages"] = pages
    ocr = None
    if fmt == PDF and pages:
        from .ocr import annotate_task, ocr_if_needed
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
    meta = find_metadata(head_text)
    document.update(decision_number=meta.number, decision_date=meta.date, decision_year=meta.year,
                    issuer=meta.issuer)
    # Agencies are named as they were when the decision was made; a draft with no day printed
    # ("ngày  tháng 5 năm 2026") is dated to the first of its month.
    as_of = meta.date or (dt.date(meta.year, meta.month or 1, 1) if meta.year else None)
    tables, rows, ignored = stitch(fragments)
    document["tables_found"] = len(tables)
    document["tables_ignored"] = ignored
    if tables:
        document["appendix"], document["appendix_title"] = tables[0].label, tables[0].title
    result = DocumentResult(document)
    for i, row in enumerate(rows):
        task, mentions = _record(doc_id, source_path, i, row, meta.year, as_of)
        if ocr is not None:
            annotate_task(ocr, task, row.origin)  # ocr_confidence, warnings of inferred numbers
        result.tasks.append(task)
        result.agencies.extend(mentions)
    document["tasks_found"] = len(result.tasks)
    document["warnings_count"] = sum(len(t["warnings"]) for t in result.tasks)
    unread = _unread_pages(read, ocr) if fmt == PDF else []
    if unread:  # pages with no text layer that OCR could not read: the tasks found are not all of them
        document["status"] = PARTIAL
        document["error"] = (f"partial: pages {_page_list(unread)} of {pages} have no usable text layer and were not read "
                             "(OCR unavailable: install tesseract-ocr and tesseract-ocr-vie); "
                             f"{len(result.tasks)} tasks from the other pages")
        result.issues.extend(Issue("pages_not_read", message=document["error"], page=p) for p in unread)
    elif result.tasks:
        document["status"] = OK
    else:
        document["status"] = NO_TABLES
        document["error"] = ("no task table found (tables seen: %d, none with a task header)" % ignored
                             if ignored else "no task table found (the document has no ruled table)")
        sideways = getattr(read, "sideways_pages", [])
        if sideways:
            document["error"] += f"; pages {_page_list(sideways)} print their text sideways (read turned upright)"
    return result


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


def _read(path: Path, fmt: str):
    """What the reader for *fmt* found (a PdfRead or DocxRead: fragments, head text, pages ...).

    Every exception a reader raises becomes :class:`_Unreadable` with an issue: none reaches the batch.
    """
    try:
        return _read_format(path, fmt)
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


def _read_format(path: Path, fmt: str):
    from .docx_reader import DocxError, read_docx
    from .pdf_reader import PdfError, read_pdf

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


def _record(doc_id: str, source_path: str, index: int, row: TaskRow, year, date) -> tuple[dict, list[dict]]:
    f = row.fields
    warnings = list(row.warnings)
    task = {
        "doc_id": doc_id, "source_path": source_path, "table_index": row.table_index, "row_index": index,
        "appendix": row.label, "appendix_title": row.title, "section": row.section,
        "section_title": row.section_title, "parent": row.parent, "parent_titles": list(row.parent_titles),
        "stt": f["stt"], "task": f["task"],
        "lead_raw": f["lead"], "coordinating_raw": f["coordinating"], "deadline_raw": f["deadline"],
        "result": f["result"], "extra": list(row.extra.items()), "pages": list(row.pages),
    }
    task.update(_deadline_fields(f["deadline"], year, warnings))
    mentions: list[dict] = []
    for role, key in (("lead", "lead"), ("coordinating", "coordinating")):
        names, rows = _agency_fields(doc_id, index, role, f[key], date, warnings)
        task[f"{role}_agencies"] = names
        mentions.extend(rows)
    if not fold_ws(f["task"]):
        warnings.append("task: empty task cell")
    task["warnings"] = warnings
    return task, mentions


def _deadline_fields(text: str, year: int | None, warnings: list[str]) -> dict:
    empty = {"deadline_kind": None, "deadline_start": None, "deadline_end": None, "deadline_recurrence": None,
             "deadline_milestones": [], "deadline_note": "", "deadline_year_inferred": False}
    if not fold_ws(text):
        return empty
    d = parse_deadline(fold_ws(text), default_year=year)
    if d.kind == "unparsed":
        warnings.append(f"deadline: unparsed: {fold_ws(text)!r}")
    return {"deadline_kind": d.kind, "deadline_start": d.start, "deadline_end": d.end,
            "deadline_recurrence": d.recurrence, "deadline_milestones": list(d.milestones),
            "deadline_note": d.note, "deadline_year_inferred": d.year_inferred}


def _agency_fields(doc_id: str, index: int, role: str, text: str, date, warnings: list[str]):
    try:
        from normalize.agencies import parse_agencies
    except ImportError:  # pragma: no cover - the agency normalizer is part of the package
        return [], []
    if not fold_ws(text):
        return [], []
    parsed = parse_agencies(text, as_of=date)
    names: list[str] = []
    rows: list[dict] = []
    for pos, m in enumerate(parsed.mentions):
        rows.append({"doc_id": doc_id, "row_index": index, "role": role, "position": pos, "mention": m.mention,
                     "agency_id": m.agency_id, "name": m.name, "kind": m.kind, "current_name": m.current_name,
                     "method": m.method, "score": m.score})
        if m.kind == "unknown":
            warnings.append(f"{role}: unknown agency {m.mention!r}")
        elif m.kind != "collective" and m.name not in names:
            names.append(m.name)
    return names, rows
