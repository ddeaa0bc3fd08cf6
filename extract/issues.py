"""Problems as data: one :class:`Issue` per problem, with a code from a closed vocabulary.

In the spirit of Docling's ``ErrorItem``: the summary, the cache policy, the
document status and the review flag read *codes*, never sentences.  A row's
``warnings`` strings are derived from its issues (``Issue.text``) for readers
of the 1.x schema.

>>> i = Issue("deadline_unparsed", field="deadline", message="unparsed", value="sau khi có vốn")
>>> i.severity, i.retryable, i.text()
('warning', False, "deadline: unparsed: 'sau khi có vốn'")
>>> Issue("no_such_code")
Traceback (most recent call last):
...
ValueError: unknown issue code 'no_such_code'
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

INFO, WARNING, ERROR = "info", "warning", "error"

# code -> (severity, retryable, what it means).  Closed: a new problem gets a new line here.
CODES: dict[str, tuple[str, bool, str]] = {
    # the file as a whole
    "file_empty": (ERROR, False, "the file has 0 bytes"),
    "file_unreadable": (ERROR, True, "the file could not be opened or read (permissions, vanished, broken link)"),
    "file_corrupt": (ERROR, False, "the file is truncated or damaged"),
    "file_encrypted": (ERROR, False, "the PDF needs a password"),
    "file_refused": (ERROR, False, "the file goes past a safety bound (size, memory, zip bomb) and was refused"),
    "format_unknown": (ERROR, False, "not a PDF, DOCX or DOC file by its content"),
    "needs_libreoffice": (ERROR, True, "a legacy .doc needs LibreOffice, which is not installed"),
    "conversion_failed": (ERROR, True, "LibreOffice could not convert the file"),
    "timeout": (ERROR, True, "the file took longer than the time limit"),
    "worker_crashed": (ERROR, True, "the worker process died on this file"),
    "internal_error": (ERROR, True, "an unexpected error in the pipeline (a bug): the detail says where"),
    "file_changed": (WARNING, True, "the file changed while it was read: the result is not cached"),
    "cache_entry_invalid": (INFO, False, "a cache entry did not validate and the file was extracted again"),
    "duplicate_document": (INFO, False, "the same decision was given in another file (documents.duplicate_of)"),
    # pages
    "scanned_no_ocr": (ERROR, True, "pages have no text layer and Tesseract is not installed"),
    "pages_not_read": (ERROR, True, "some pages were not read (no OCR, or reading them failed)"),
    "legacy_font": (INFO, False, "pages set in an 8-bit Vietnamese font (TCVN3/VNI) were read by OCR"),
    "page_sideways": (INFO, False, "a page prints its text sideways and was read turned upright"),
    # tables
    "no_task_table": (WARNING, False, "no table in the document assigns work"),
    "table_ignored": (INFO, False, "a table that assigns no work (agenda, scoring, indicators, ...) was skipped"),
    "column_role_inferred": (WARNING, False, "a column's role was decided by its content, not known header words"),
    "column_unmapped": (INFO, False, "a column has no canonical field and goes to extra"),
    "table_no_lead_column": (WARNING, False, "a task table has no lead-agency column"),
    "table_no_deadline_column": (WARNING, False, "a task table has no deadline column"),
    "total_row": (INFO, False, "a row labelled as a total (\"Tổng\", \"Cộng\") with only figures beside it was "
                  "not taken as a task; its text is in the issue's value"),
    # rows and fields
    "task_missing": (WARNING, False, "the task cell is empty"),
    "lead_missing": (WARNING, False, "the lead-agency cell is empty"),
    "deadline_missing": (WARNING, False, "the deadline cell is empty"),
    "numbering_format_unknown": (WARNING, False, "a Word list number in a table cell has a format the reader does "
                                 "not render: the number is left out"),
    "value_inferred": (WARNING, False, "a value was inferred (merged cell across a page break, number from sequence)"),
    "numbering_restarts": (WARNING, False, "a table's numbering starts again with no section printed before it: a "
                           "section row may be lost, and the row's section is not sure"),
    "row_cut": (WARNING, False, "the row's number is on a neighbouring row too whose task is empty or unread: one "
                "printed row read as several (a line across the cell, a page break), so this row's task may be cut"),
    "cells_merged": (WARNING, False, "one printed cell spans two fields; the second is left empty"),
    "note_row": (WARNING, False, "an unnumbered row printed across a table between two numbered tasks was kept "
                 "as a note (extra) of the task above"),
    "deadline_unparsed": (WARNING, False, "the deadline text was not understood; the raw text is kept"),
    "deadline_recurrence_unnamed": (WARNING, False, "the deadline recurs at an interval the schema has no name for "
                                    "(every six months, twice a month): deadline_recurrence is empty"),
    "deadline_before_period": (WARNING, False, "the deadline is \"trước\" (before) a month, quarter or year: read as "
                               "due by that period's end; it may mean before the period starts"),
    "deadline_status": (INFO, False, "the deadline cell states where the work stands (\"Đã thực hiện\", \"Đang triển "
                        "khai\"), not when it is due: no date; the text is in deadline_note"),
    "deadline_before_decision": (WARNING, False, "the deadline ends before the decision's own date: a past event, "
                                 "a misprint or a misread figure (OCR); check it against the page"),
    "agency_unknown": (WARNING, False, "an agency mention matched nothing in the gazetteer"),
    "agency_not_found": (WARNING, False, "the cell has text but names no agency (people, an unnamed team)"),
    "agency_fuzzy": (INFO, False, "an agency was matched by spelling similarity, not exactly"),
    "agency_unlisted": (INFO, False, "an agency was recognised by the form of its name (its kind read from its head "
                        "noun) but the gazetteer has no entry for it: it has no id"),
    "agency_role_from_text": (WARNING, False, "a body named in the lead cell after \"phối hợp với\" (or in an item "
                              "ending in \"phối hợp\") was read as coordinating, not lead"),
    "agency_by_reference": (WARNING, False, "the cell names no agency but points to another document's assignment"),
    "agency_text_unread": (WARNING, False, "text of an agency cell reads like a body's name (a head noun, an "
                           "abbreviation) but was read as no agency: a body may be missing or cut"),
    "ocr_low_confidence": (WARNING, False, "OCR read the row's words with low confidence"),
    "ocr_repaired": (INFO, False, "an OCR word was repaired with the word list"),
    "ocr_word_unknown": (WARNING, False, "an OCR'd cell holds a word that is no Vietnamese word (letters misread and "
                         "not mended): check the cell against the page"),
    "ocr_word_unlikely": (WARNING, False, "an OCR'd cell holds a real word real text never prints between its "
                          "neighbours where a reading one letter or mark away is common, or a full stop inside a "
                          "sentence, or doubled punctuation: check the cell against the page"),
    "ocr_word_uncertain": (WARNING, False, "an OCR'd cell holds a word Tesseract read with low confidence (a mark or a "
                           "letter may be misread into another real word): check the word against the page"),
    "ocr_quarter_uncertain": (WARNING, False, "a quarter's numeral after \"Quý\" (I, II, III) was re-counted from its "
                              "strokes on the image, or read with low OCR confidence or not at all: check the quarter"),
    "metadata_from_ocr": (WARNING, False, "the decision number, date or issuer was read by OCR: check it"),
    "metadata_missing": (INFO, False, "the decision number, date or issuer was not found"),
    "metadata_inferred": (WARNING, False, "the decision date or issuer was taken from outside the letterhead (an "
                          "e-office stamp's signing time, an appendix's attribution line): check it"),
}


@dataclass(frozen=True)
class Issue:
    """One problem met while extracting a file: where, what (code) and the value concerned."""

    code: str
    field: str = ""  # task, lead, coordinating, deadline, stt, result, ... or "" for the whole row/table/file
    message: str = ""  # a person's words; the code says the same for machines
    value: str = ""  # the text concerned (a cell, a mention, a header)
    page: int | None = None
    table_index: int | None = None
    row_index: int | None = None

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown issue code {self.code!r}")

    @property
    def severity(self) -> str:
        return CODES[self.code][0]

    @property
    def retryable(self) -> bool:
        return CODES[self.code][1]

    def text(self) -> str:
        """The one-line form used in ``tasks.warnings``: "field: message: 'value'"."""
        parts = [p for p in (self.field, self.message or CODES[self.code][2]) if p]
        out = ": ".join(parts)
        return f"{out}: {self.value!r}" if self.value else out

    def to_dict(self) -> dict:
        d = asdict(self)
        d["severity"], d["retryable"] = self.severity, self.retryable
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Issue:
        keys = ("code", "field", "message", "value", "page", "table_index", "row_index")
        return cls(**{k: d[k] for k in keys if k in d})
