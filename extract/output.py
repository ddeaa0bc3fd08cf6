"""Results in any order, output in source-path order: what every engine feeds.

``OutputSink`` caches each fresh result that depends only on the file's bytes, puts results back in
source-path order and hands them to ``_Writer``, which writes documents / tasks / task_agencies into a
staging folder inside the output folder and renames them into place at the end (``documents`` last), so
a run killed half-way leaves the previous output whole.  Single layout: one file per table; dataset
layout: a folder of ``part-NNNNN.parquet`` per table, one part per PART_FILES input files, written part
by part in bounded memory.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .cache import ResultCache
from .inputs import Job
from .pool import extract_one
from .result import FAILED, DocumentResult
from .sources import DOC

if TYPE_CHECKING:
    from .batch import BatchResult

OUTPUT_TABLES = ("tasks", "task_agencies", "documents")  # documents last: it is the index of the others
PART_FILES = 500  # input files per part of a dataset layout


def _cacheable(job: Job, result: DocumentResult, trouble: str | None) -> bool:
    """Results that depend only on the file's bytes and the code; not ones the machine decided."""
    if trouble is not None or job.sha256 is None:
        return False
    d = result.document
    if d["status"] != FAILED:
        return True
    if d.get("format") == DOC:  # LibreOffice missing, busy or slow: try again next run
        return False
    # a scan that could not be OCR'd (Tesseract missing, or OCR failed): try again once it is installed
    return not str(d.get("error", "")).startswith(("cannot read the file", "internal error", "scanned:",
                                                     "legacy font encoding:"))



class _Cached:
    """A cache hit not held in memory (dataset layout): read again when its turn to be written comes."""

    __slots__ = ("key",)

    def __init__(self, key: str):
        self.key = key


class OutputSink:
    """Results in any order, output in source-path order: what every engine feeds.

    ``done`` caches a freshly extracted result (when it depends only on the file's bytes) and keeps it
    until the results of all files before it have come; then it goes to the writer.  With the dataset
    layout the writer writes a part every PART_FILES files and cache hits are read from the cache when
    their turn comes, so memory holds one part plus the results that came ahead of a slower file
    (the Dask engine bounds those by submitting through a window).
    """

    def __init__(self, jobs: list[Job], out: Path, cache: ResultCache, batch: BatchResult):
        self.jobs, self.out, self.cache, self.batch = jobs, Path(out), cache, batch
        self.index = {j.source_path: i for i, j in enumerate(jobs)}
        self.waiting: dict[int, DocumentResult | _Cached] = {}
        self.next = 0
        self.writer: _Writer | None = None
        self.extras: Callable[[Path], list[str]] | None = None  # exports and report, made in staging (handoff.py)

    def reuse(self, i: int, result: DocumentResult) -> None:
        job = self.jobs[i]
        self.batch.reused.append(job.source_path)
        self.waiting[i] = result if self.batch.layout == "single" else _Cached(job.key)

    def open(self) -> None:
        self.writer = _Writer(self.out, self.batch.layout)
        self.writer.extras = self.extras
        self._flush()

    def done(self, job: Job, result: DocumentResult, trouble: str | None) -> None:
        b = self.batch
        b.extracted.append(job.source_path)
        if trouble == "timeout":
            b.timed_out.append(job.source_path)
        elif trouble == "crash":
            b.crashed.append(job.source_path)
        if job.key and _cacheable(job, result, trouble):
            self.cache.put(job.key, result)
        i = self.index[job.source_path]
        if i < self.next or i in self.waiting:
            raise RuntimeError(f"{job.source_path}: a second result for the same file")
        self.waiting[i] = result
        self._flush()

    def _flush(self) -> None:
        while self.next in self.waiting:
            result = self.waiting.pop(self.next)
            if isinstance(result, _Cached):
                result = self.cache.get(result.key)
                if result is None:  # the entry went away since the run began: extract it here
                    result = extract_one(self.jobs[self.next])
            self.batch.count(result)
            if self.batch.layout == "single":
                self.batch.results.append(result)
            self.writer.add(result)
            self.next += 1

    def count_only(self) -> None:
        """Count the (all cached) results for the summary without writing anything."""
        for i in range(len(self.jobs)):
            result = self.waiting.pop(i)
            if isinstance(result, _Cached):
                result = self.cache.get(result.key) or extract_one(self.jobs[i])  # gone since: redo
            self.batch.count(result)
            if self.batch.layout == "single":
                self.batch.results.append(result)
        self.next = len(self.jobs)

    def close(self) -> None:
        if self.next != len(self.jobs):
            missing = [j.source_path for j in self.jobs[self.next:] if self.index[j.source_path] not in self.waiting]
            raise RuntimeError(f"{len(self.jobs) - self.next} files have no result (first: {missing[:3]})")
        self.writer.commit()

    def discard(self) -> None:
        if self.writer is not None:
            self.writer.discard()


class _Writer:
    """The three tables into a staging folder inside *out*, then renamed into place by ``commit``."""

    def __init__(self, out: Path, layout: str):
        self.out, self.layout = out, layout
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob(".staging.*"):  # left by a run that was killed
            shutil.rmtree(old, ignore_errors=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".staging.", dir=out))
        self.mode = _file_mode()
        self.records: dict[str, list[dict]] = {name: [] for name in OUTPUT_TABLES}
        self.files = 0  # input files in the current part
        self.parts = 0
        self.extras: Callable[[Path], list[str]] | None = None

    def add(self, result: DocumentResult) -> None:
        self.records["documents"].append(result.document)
        self.records["tasks"].extend(result.tasks)
        self.records["task_agencies"].extend(result.agencies)
        self.files += 1
        if self.layout == "dataset" and self.files >= PART_FILES:
            self._write_part()

    def _write(self, name: str, path: Path) -> None:
        from schemas.write import to_table, write_table  # pyarrow: only when something is written

        write_table(to_table(name, self.records[name]), path)
        os.chmod(path, self.mode)  # temporary files are private; outputs are not

    def _write_part(self) -> None:
        for name in OUTPUT_TABLES:  # every part in all three tables: part N of each covers the same files
            self._write(name, self.staging / name / f"part-{self.parts:05d}.parquet")
            self.records[name] = []
        self.files = 0
        self.parts += 1

    def commit(self) -> None:
        out, staging = self.out, self.staging
        if self.layout == "single":
            for name in OUTPUT_TABLES:
                self._write(name, staging / f"{name}.parquet")
            extras = self.extras(staging) if self.extras else []
            for name in OUTPUT_TABLES:
                os.replace(staging / f"{name}.parquet", out / f"{name}.parquet")
                _remove_parts(out / name)  # left by an earlier dataset-layout run
            _publish(extras, staging, out)
            return
        if self.files or not self.parts:  # the last, partial part (or one empty part: globs match)
            self._write_part()
        extras = self.extras(staging) if self.extras else []
        for name in OUTPUT_TABLES:  # a folder cannot be renamed over another: the old one steps aside first
            target, old = out / name, staging / f"old.{name}"
            moved = target.is_dir() and not target.is_symlink()
            if moved:
                os.replace(target, old)
            try:
                os.replace(staging / name, target)
            except OSError:
                if moved:
                    os.replace(old, target)
                raise
            (out / f"{name}.parquet").unlink(missing_ok=True)  # left by an earlier single-file run
        _publish(extras, staging, out)

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    def outputs(self) -> list[Path]:
        """The output files as committed."""
        if self.layout == "single":
            return [self.out / f"{name}.parquet" for name in OUTPUT_TABLES]
        return sorted(p for name in OUTPUT_TABLES for p in (self.out / name).glob("part-*.parquet"))


def _publish(names: list[str], staging: Path, out: Path) -> None:
    """Rename the exports and the report (made in staging from the tables) into place, after the tables."""
    for name in names:
        os.chmod(staging / name, _file_mode())
        os.replace(staging / name, out / name)


def _remove_parts(folder: Path) -> None:
    """Delete a dataset-layout table folder: only the parts this program writes, then the folder if empty."""
    if not folder.is_dir() or folder.is_symlink():
        return
    for p in folder.glob("part-*.parquet"):
        p.unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        pass


def write_outputs(batch: BatchResult, out: Path) -> None:
    """Write the three tables of *batch* (its ``results``, in order) as single files under *out*."""
    writer = _Writer(Path(out), "single")
    try:
        for result in batch.results:
            writer.add(result)
        writer.commit()
    finally:
        writer.discard()


def _file_mode() -> int:
    """The mode a new file gets under the current umask (0o644 with the usual 022)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
