"""What a run did: :class:`BatchResult`, filled by the sink as results are written."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..result import FAILED, DocumentResult


@dataclass
class BatchResult:
    """What a run did.  ``results`` holds every DocumentResult for the single-file layout only (a
    dataset-layout run keeps memory bounded); the counters below are filled either way."""

    results: list[DocumentResult] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)  # source paths extracted in this run
    reused: list[str] = field(default_factory=list)  # source paths taken from the cache
    timed_out: list[str] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)
    invalid_cache: list[str] = field(default_factory=list)  # source paths whose cache entry did not validate
    pruned: int = 0  # cache entries dropped (files gone or changed)
    workers: int = 0
    seconds: float = 0.0
    engine: str = "local"
    layout: str = "single"  # what was written: "single" (three files) or "dataset" (three folders of parts)
    files: int = 0  # documents rows written
    output_unchanged: bool = False  # nothing new: the output files were left as they were
    status: Counter = field(default_factory=Counter)  # documents rows by status
    n_tasks: int = 0
    n_agencies: int = 0
    issues: Counter = field(default_factory=Counter)  # issues (file, table and row) by code
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source_path, error) of failed files

    def count(self, result: DocumentResult) -> None:
        d = result.document
        self.files += 1
        self.status[d["status"]] += 1
        if d["status"] == FAILED:
            self.failed.append((d["source_path"], d["error"]))
        self.n_tasks += len(result.tasks)
        self.n_agencies += len(result.agencies)
        self.issues.update(i.code for i in result.issues)

    @property
    def documents(self) -> list[dict]:
        return [r.document for r in self.results]

    @property
    def tasks(self) -> list[dict]:
        return [t for r in self.results for t in r.tasks]

    @property
    def agencies(self) -> list[dict]:
        return [a for r in self.results for a in r.agencies]
