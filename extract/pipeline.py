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

from . import __version__
from .metadata import find_metadata
from .result import FAILED, NO_TABLES, OK, DocumentResult, doc_id_for, relative_path
from .sources import DOC, DOCX, PDF, ConversionError, doc_to_docx, sha256_of, sniff
from .stitch import TaskRow, stitch

def process_file(path: Path, root: Path | None = None, sha256: str | None = None) -> DocumentResult:
    """Extract the task tables of one PDF, DOCX or DOC file (*sha256*: the file's hash, when known)."""
    path = Path(path)
    source_path = relative_path(path, root)
    document = {"source_path": source_path, "format": "unknown", "sha256": "", "size_bytes": None,
                "pages": None, "status": FAILED, "error": "", "tables_found": 0, "tables_ignored": 0,
                "tasks_found": 0, "warnings_count": 0, "decision_number": "", "decision_date": None,
                "decision_year": None, "issuer": "", "appendix": "", "appendix_title": "",
                "pipeline_version": __version__}
    try:
        size = path.stat().st_size
        document["size_bytes"] = size
        document["sha256"] = sha256 or sha256_of(path)
    except OSError as exc:
        document["doc_id"] = doc_id_for(source_path, "")
        document["error"] = f"cannot read the file: {exc.strerror or exc}"
        return DocumentResult(document)
    doc_id = document["doc_id"] = doc_id_for(source_path, document["sha256"])
    if size == 0:
        document["error"] = "empty file (0 bytes)"
        return DocumentResult(document)
    fmt = document["format"] = sniff(path)
    try:
        read = _read(path, fmt)
    except _Unreadable as exc:
        document["error"] = str(exc)
        return DocumentResult(document)
    fragments, head_text, pages = read.fragments, read.head_text, read.pages
    document["pages"] = pages
    ocr = None
    if fmt == PDF and pages:
        from .ocr import annotate_task, ocr_if_needed, ocr_issues
        ocr, ocr_error = ocr_if_needed(path, fragments, head_text, pages, read.text_pages, read.no_text_pages)
        if ocr_error:  # no usable text layer and no Tesseract: a clear failed status
            if read.legacy_pages:
                ocr_error = ocr_error.replace(
                    "scanned: no text layer", f"legacy font encoding: the text of pages {_page_list(read.legacy_pages)}"
                    " is set in an 8-bit Vietnamese font (TCVN3/VNI), not Unicode, and is read by OCR", 1)
            document["error"] = ocr_error
            return DocumentResult(document)
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
            result.issues.extend(ocr_issues(ocr, row, i))
        result.tasks.append(task)
        result.agencies.extend(mentions)
    document["tasks_found"] = len(result.tasks)
    document["warnings_count"] = sum(len(t["warnings"]) for t in result.tasks)
    if result.tasks:
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
    pass


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
    """What the reader for *fmt* found (a PdfRead or DocxRead: fragments, head text, pages ...)."""
    from .docx_reader import DocxError, read_docx
    from .pdf_reader import PdfError, read_pdf

    readers = {PDF: (read_pdf, PdfError), DOCX: (read_docx, DocxError)}
    if fmt in readers:
        read, error = readers[fmt]
        try:
            return read(path)
        except error as exc:
            raise _Unreadable(str(exc)) from exc
    if fmt == DOC:
        with tempfile.TemporaryDirectory(prefix="doc2docx_") as tmp:
            try:
                converted = doc_to_docx(path, Path(tmp))
                r = read_docx(converted)
            except (ConversionError, DocxError) as exc:
                raise _Unreadable(str(exc)) from exc
        return r
    raise _Unreadable("unknown format: not a PDF, DOCX or DOC file (by its content)")


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
