"""What one input file gives, shared by the pipeline and the batch layer.

Kept apart from :mod:`extract.pipeline` so that the batch layer (and a re-run
served from the cache) does not import the readers and normalizers.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__

FAILED, OK, NO_TABLES, PARTIAL = "failed", "ok", "no_tables", "partial"
STATUSES = (OK, PARTIAL, NO_TABLES, FAILED)


@dataclass
class DocumentResult:
    """Everything one input file gives: its documents row, task rows and agency mentions."""

    document: dict
    tasks: list[dict] = field(default_factory=list)
    agencies: list[dict] = field(default_factory=list)
    issues: list = field(default_factory=list)  # extract.issues.Issue, one per problem met
    tables: list[dict] = field(default_factory=list)  # tables.parquet rows, one per task table

    def records(self) -> dict[str, list[dict]]:
        """Rows of each output table, by table name (documents last: it indexes the others)."""
        doc_id = self.document.get("doc_id")
        issues = [{"doc_id": doc_id, **i.to_dict()} for i in self.issues]
        return {"tasks": self.tasks, "task_agencies": self.agencies, "issues": issues, "tables": self.tables,
                "documents": [self.document]}


def doc_id_for(source_path: str, sha256: str) -> str:
    """Stable document id: 16 hex digits of SHA-256 over the relative path and the file's hash."""
    return hashlib.sha256(f"{source_path}\0{sha256}".encode()).hexdigest()[:16]


def readable(name: str) -> str:
    r"""A file name as valid UTF-8 text: bytes that are not UTF-8 (kept by Python as surrogates) are
    written as ``\xNN``.

    >>> readable(os.fsdecode(b"quy\xea\xb8t_\xff.docx"))
    'quy\\xea\\xb8t_\\xff.docx'
    >>> readable("quyết định.pdf")
    'quyết định.pdf'
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: as written
        return Path(os.path.abspath(path))


def relative_path(path: Path, root: Path | None) -> str:
    """*path* relative to *root* (POSIX slashes, :func:`readable`), or its name when it is not below *root*.
    A link is named where it is, not where it points (which may be nowhere)."""
    if root is not None:
        try:
            return readable((_resolve(path.parent) / path.name).relative_to(_resolve(root)).as_posix())
        except ValueError:
            pass
    return readable(path.name)


def new_document(source_path: str, sha256: str = "", size: int | None = None, fmt: str = "unknown") -> dict:
    """A documents row with every column (:func:`schemas.records.new_document`), status ``failed`` until the
    pipeline says otherwise."""
    from schemas.records import new_document as blank  # pyarrow: only where a row is built, not on a cached run

    return blank(source_path, doc_id=doc_id_for(source_path, sha256), sha256=sha256, size_bytes=size, format=fmt,
                 pipeline_version=__version__)


def failed(document: dict, issue) -> DocumentResult:
    """*document* as a failed row whose error is *issue*'s message, with the issue attached."""
    document["status"], document["error"] = FAILED, issue.message
    document["issues_count"] = 1
    return DocumentResult(document, issues=[issue])
