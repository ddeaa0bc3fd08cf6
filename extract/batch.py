"""Batch conversion: find the input files, process each, write the three tables.

The batch layer only calls :func:`extract.pipeline.process_file` and never
looks inside a document.  Output is sorted by source path, so it is the same
row for row whatever the number of workers.
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from schemas.write import to_table, write_table

from .pipeline import DocumentResult, process_file
from .sources import SUFFIXES

log = logging.getLogger("extract")


@dataclass
class BatchResult:
    results: list[DocumentResult] = field(default_factory=list)

    @property
    def documents(self) -> list[dict]:
        return [r.document for r in self.results]

    @property
    def tasks(self) -> list[dict]:
        return [t for r in self.results for t in r.tasks]

    @property
    def agencies(self) -> list[dict]:
        return [a for r in self.results for a in r.agencies]


def find_inputs(inputs: list[Path]) -> list[tuple[Path, Path]]:
    """(file, root) pairs: folders are walked recursively for .pdf/.docx/.doc; files are taken as given."""
    found: dict[Path, Path] = {}
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            for p in sorted(item.rglob("*")):
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith((".", "~$")):
                    found.setdefault(p.resolve(), item)
        elif item.exists():
            found.setdefault(item.resolve(), item.parent)
        else:
            matches = sorted(Path().glob(str(item))) if any(ch in str(item) for ch in "*?[") else []
            if not matches:
                raise FileNotFoundError(f"no such file or folder: {item}")
            for p in matches:
                if p.is_file():
                    found.setdefault(p.resolve(), p.parent)
    return sorted(((p, root) for p, root in found.items()), key=lambda pr: str(pr[0]))


def _work(args: tuple[Path, Path]) -> DocumentResult:
    path, root = args
    return process_file(path, root)


def run_batch(inputs: list[Path], out: Path, workers: int | None = None) -> BatchResult:
    files = find_inputs(inputs)
    workers = workers or os.cpu_count() or 1
    if workers > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=min(workers, len(files))) as pool:
            results = list(pool.map(_work, files))
    else:
        results = [_work(f) for f in files]
    results.sort(key=lambda r: r.document["source_path"])
    batch = BatchResult(results)
    write_outputs(batch, out)
    return batch


def write_outputs(batch: BatchResult, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_table(to_table("documents", batch.documents), out / "documents.parquet")
    write_table(to_table("tasks", batch.tasks), out / "tasks.parquet")
    write_table(to_table("task_agencies", batch.agencies), out / "task_agencies.parquet")
