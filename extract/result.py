"""What one input file gives, shared by the pipeline and the batch layer.

Kept apart from :mod:`extract.pipeline` so that the batch layer (and a re-run
served from the cache) does not import the readers and normalizers.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

FAILED, OK, NO_TABLES, PARTIAL = "failed", "ok", "no_tables", "partial"


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


def relative_path(path: Path, root: Path | None) -> str:
    """*path* relative to *root* (POSIX slashes), or its name when it is not below *root*."""
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name
