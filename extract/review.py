"""Which rows a person should check, which documents are partial, and how good each table is: read from codes.

Rules (stated in the README, tested in tests/test_quality.py):

* A task row **needs review** when one of its own issues has a code in
  ``ROW_REVIEW_CODES`` (an inferred value, an empty key cell, an unknown or
  fuzzily matched agency, a lead or coordinating cell that names no agency, an unparsed deadline or one that ends
  before the decision's date, cells merged across fields,
  OCR below ``OCR_REVIEW_BELOW``, a Word list number not rendered), or when a column of its table got its role
  from content rather than known header words (``column_role_inferred``).
  ``review_reasons`` lists those codes, sorted, once each.
* A document is **partial** when it was read but some of it was not: pages not
  read, or a task table with no lead column (``PARTIAL_CODES``).

>>> from extract.issues import Issue
>>> review_of([Issue("agency_unknown", "lead")], set())
(True, ['agency_unknown'])
>>> review_of([Issue("agency_fuzzy", "lead")], {"column_role_inferred"})
(True, ['agency_fuzzy', 'column_role_inferred'])
>>> review_of([], set())
(False, [])
"""
from __future__ import annotations

from statistics import mean
from typing import Mapping

from .issues import Issue

ROW_REVIEW_CODES = frozenset({
    "value_inferred", "task_missing", "lead_missing", "deadline_missing", "deadline_unparsed", "agency_unknown",
    "agency_not_found", "agency_text_unread",
    "agency_fuzzy", "cells_merged", "ocr_low_confidence", "numbering_format_unknown", "ocr_quarter_uncertain",
    "ocr_word_unknown", "ocr_word_unlikely", "ocr_word_uncertain", "numbering_restarts", "deadline_before_decision",
    "row_cut",
})
TABLE_REVIEW_CODES = frozenset({"column_role_inferred"})
PARTIAL_CODES = frozenset({"pages_not_read", "table_no_lead_column"})
OCR_REVIEW_BELOW = 0.80  # mean word confidence of an OCR'd row under which a person should look


def review_of(row_issues: list[Issue], table_codes: set[str]) -> tuple[bool, list[str]]:
    """(needs_review, review_reasons) of one task row from its issues and its table's issue codes."""
    reasons = {i.code for i in row_issues if i.code in ROW_REVIEW_CODES} | (table_codes & TABLE_REVIEW_CODES)
    return bool(reasons), sorted(reasons)


def is_partial(issues: list[Issue]) -> bool:
    return any(i.code in PARTIAL_CODES for i in issues)


def table_record(doc_id: str, index: int, table, tasks: list[dict]) -> dict:
    """One row of tables.parquet: header, roles and how they were decided, and a quality score."""
    complete = [t for t in tasks if t["task"] and t["lead_raw"] and t["deadline_raw"]]
    share = round(len(complete) / len(tasks), 4) if tasks else 0.0
    header_conf = round(mean(d.confidence for d in table.decisions if d.field) if any(
        d.field for d in table.decisions) else 0.0, 4)
    ocr = [t["ocr_confidence"] for t in tasks if t.get("ocr_confidence") is not None]
    ocr_conf = round(mean(ocr), 4) if ocr else None
    quality = share * header_conf * (ocr_conf if ocr_conf is not None else 1.0)
    return {
        "doc_id": doc_id, "table_index": index, "appendix": table.label, "pages": table.pages,
        "header": list(table.header.labels),
        "columns": [{"column": d.column, "label": d.label, "role": d.field, "how": d.how,
                     "confidence": d.confidence} for d in table.decisions],
        "rows": len(tasks), "complete_rows_share": share, "header_confidence": header_conf,
        "ocr_confidence": ocr_conf, "quality": round(quality, 4),
    }


def review_reasons(row: Mapping) -> list[str]:
    """The reasons a task row of an output table needs review (for the exports and the report); empty when
    it does not.  Output written before schema 1.1 has no ``needs_review``: its warnings are the reasons.

    >>> review_reasons({"warnings": ["lead: unknown agency 'Sở X'"]})
    ["lead: unknown agency 'Sở X'"]
    >>> review_reasons({"needs_review": False, "review_reasons": [], "warnings": ["x"]})
    []
    >>> review_reasons({"needs_review": True, "review_reasons": ["unknown_agency"], "warnings": ["x"]})
    ['unknown_agency']
    """
    if "needs_review" in row:
        if not row["needs_review"]:
            return []
        return [str(r) for r in (row.get("review_reasons") or ())] or ["needs review"]
    return [str(w) for w in (row.get("warnings") or ())]
