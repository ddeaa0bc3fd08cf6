"""Results in any order, output in source-path order: what every engine feeds.

:class:`OutputSink` caches each fresh result that depends only on the file's bytes, puts results back in
source-path order and hands them to a writer (:mod:`.writers`).  It writes; it never extracts: a cache
hit that is no longer readable when its turn comes is written as a failed row that asks for a re-run.
"""
from __future__ import annotations

from pathlib import Path

from ..issues import Issue
from ..result import DocumentResult, failed, new_document
from .cache import ResultCache, cacheable
from .inputs import Job
from .report import BatchResult
from .writers import make_writer


class _Cached:
    """A cache hit not held in memory (dataset layout): read again when its turn to be written comes."""

    __slots__ = ("key",)

    def __init__(self, key: str):
        self.key = key


class OutputSink:
    """``done`` caches a freshly extracted result (when :func:`cacheable`) and keeps it until the results
    of all files before it have come; then it goes to the writer.  With the dataset layout cache hits
    are read from the cache when their turn comes, so memory holds one part plus the results that came
    ahead of a slower file (the Dask engine bounds those by submitting through a window)."""

    def __init__(self, jobs: list[Job], out: Path, cache: ResultCache, batch: BatchResult):
        self.jobs, self.out, self.cache, self.batch = jobs, Path(out), cache, batch
        self.index = {id(j): i for i, j in enumerate(jobs)}
        self.by_path = {j.source_path: i for i, j in enumerate(jobs)}
        self.waiting: dict[int, DocumentResult | _Cached] = {}
        self.next = 0
        self.writer = None
        self.extras = None  # exports and report, made in staging by the writer (extract/handoff.py)

    def reuse(self, i: int, result: DocumentResult) -> None:
        job = self.jobs[i]
        self.batch.reused.append(job.source_path)
        self.waiting[i] = result if self.batch.layout == "single" else _Cached(job.key)

    def open(self) -> None:
        self.writer = make_writer(self.out, self.batch.layout)
        self.writer.extras = self.extras
        self._flush()

    def _position(self, job: Job) -> int:
        i = self.index.get(id(job))  # the same object (local pool); a copy (Dask) is found by its path
        return i if i is not None else self.by_path[job.source_path]

    def done(self, job: Job, result: DocumentResult, trouble: str | None) -> None:
        b = self.batch
        b.extracted.append(job.source_path)
        if trouble == "timeout":
            b.timed_out.append(job.source_path)
        elif trouble == "crash":
            b.crashed.append(job.source_path)
        if job.key in self.cache.invalid:
            b.invalid_cache.append(job.source_path)
            result.issues.append(Issue("cache_entry_invalid", message="the cached result did not validate: "
                                       "it was ignored and the file extracted again"))
        if job.key and cacheable(job, result, trouble):
            self.cache.put(job.key, result)
        i = self._position(job)
        if i < self.next or i in self.waiting:
            raise RuntimeError(f"{job.source_path}: a second result for the same file")
        self.waiting[i] = result
        self._flush()

    def _result(self, i: int, held: DocumentResult | _Cached) -> DocumentResult:
        if not isinstance(held, _Cached):
            return held
        result = self.cache.get(held.key)
        if result is None:  # the entry went away or changed since the run began: say so, do not guess
            job = self.jobs[i]
            result = failed(new_document(job.source_path, job.sha256 or ""), Issue(
                "internal_error", message="its cached result vanished during the run: run again to extract it"))
        return result

    def _flush(self) -> None:
        while self.next in self.waiting:
            result = self._result(self.next, self.waiting.pop(self.next))
            self.batch.count(result)
            if self.batch.layout == "single":
                self.batch.results.append(result)
            self.writer.add(result)
            self.next += 1

    def count_only(self) -> None:
        """Count the (all cached) results for the summary without writing anything."""
        for i in range(len(self.jobs)):
            result = self._result(i, self.waiting.pop(i))
            self.batch.count(result)
            if self.batch.layout == "single":
                self.batch.results.append(result)
        self.next = len(self.jobs)

    def close(self) -> None:
        if self.next != len(self.jobs):
            missing = [j.source_path for i, j in enumerate(self.jobs) if i >= self.next and i not in self.waiting]
            raise RuntimeError(f"{len(self.jobs) - self.next} files have no result (first: {missing[:3]})")
        self.writer.commit()

    def discard(self) -> None:
        if self.writer is not None:
            self.writer.discard()
