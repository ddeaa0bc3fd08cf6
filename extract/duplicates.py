"""The same decision given twice (its PDF and its DOCX, or two copies): one primary, the others point to it.

Two documents are the same decision when they print the same number (with
digits), issuer and date, or, failing that, when their task rows say the same
(at least three tasks, same texts in the same order).  The primary is the DOCX
over the DOC over a text PDF over a scan (the format that loses least), then
the first by source path; the others get ``duplicate_of`` = the primary's
``doc_id`` and a ``duplicate_document`` issue.  Failed files are never matched.

>>> docs = [{"doc_id": "a", "source_path": "qd.pdf", "format": "pdf", "status": "ok", "decision_number": "12/QĐ-UBND",
...          "issuer": "Ủy ban nhân dân tỉnh Bắc Ninh", "decision_date": "2026-03-03", "ocr_pages": None},
...         {"doc_id": "b", "source_path": "qd.docx", "format": "docx", "status": "ok", "decision_number": "12/QĐ-UBND",
...          "issuer": "Ủy ban nhân dân tỉnh Bắc Ninh", "decision_date": "2026-03-03", "ocr_pages": None}]
>>> Duplicates().mark(docs, {})
{'a': 'b'}
"""
from __future__ import annotations

import hashlib

import regex

from normalize.text import ascii_key, fold_ws

_RANK = {"docx": 0, "doc": 1, "pdf": 2}


def _rank(doc: dict) -> tuple:
    scan = 1 if doc.get("ocr_pages") else 0
    return (_RANK.get(doc.get("format"), 9) + scan, doc.get("source_path", ""))


def _keys(doc: dict, text_key: str | None) -> list[str]:
    keys = []
    number = regex.sub(r"\s+", "", doc.get("decision_number") or "")
    if regex.search(r"\d", number) and doc.get("decision_date"):
        keys.append(f"meta\0{ascii_key(number)}\0{ascii_key(doc.get('issuer') or '')}\0{doc['decision_date']}")
    if text_key:
        keys.append(f"text\0{text_key}")
    return keys


def text_key(tasks: list[dict]) -> str | None:
    """A hash of a document's task texts in order; None for fewer than three tasks."""
    texts = [ascii_key(fold_ws(t.get("task") or "")) for t in tasks]
    if len([t for t in texts if t]) < 3:
        return None
    return hashlib.sha256("\n".join(texts).encode()).hexdigest()


class Duplicates:
    """Remembers every key's group of documents, across the parts of a long batch."""

    def __init__(self) -> None:
        self.groups: dict[str, list[dict]] = {}  # key -> documents sharing it (one list object per group)

    def mark(self, documents: list[dict], tasks_by_doc: dict[str, list[dict]]) -> dict[str, str]:
        """Set ``duplicate_of`` on the documents given (a part of the batch); returns {duplicate: primary}.

        A primary already written in an earlier part stays the primary.
        """
        current = {id(d) for d in documents}
        touched: list[list[dict]] = []
        for doc in documents:
            doc.setdefault("duplicate_of", None)
            if doc.get("status") == "failed":
                continue
            keys = _keys(doc, text_key(tasks_by_doc.get(doc["doc_id"], [])))
            group = next((self.groups[k] for k in keys if k in self.groups), None)
            if group is None:
                group = []
            group.append(doc)
            for k in keys:
                self.groups.setdefault(k, group)
            if not any(g is group for g in touched):
                touched.append(group)
        out: dict[str, str] = {}
        for group in touched:
            written = [m for m in group if id(m) not in current and not m.get("duplicate_of")]
            primary = written[0] if written else min(group, key=_rank)
            for m in group:
                if m is not primary and id(m) in current:
                    m["duplicate_of"] = out[m["doc_id"]] = primary["doc_id"]
        return out
