"""Batch conversion: find the input files, extract each (cached), write the three tables.

The batch layer only calls :func:`extract.pipeline.process_file` and never
looks inside a document.  Each run:

1. finds the inputs (folders walked recursively, files as given, globs) and
   gives each file its ``source_path`` (relative to its input folder);
2. hashes every file once and looks it up in the cache (``<out>/.cache/``,
   keyed by hash, source path and pipeline fingerprint); ``force`` skips it;
3. extracts the misses with an *engine*: ``local`` (worker processes here,
   one file at a time per worker: a file that runs past ``timeout`` seconds
   has its worker killed and is reported ``failed``; a worker that dies costs
   only the file it was on) or ``dask`` (:mod:`extract.engine_dask`, Dask
   tasks on a local or remote cluster);
4. hands the results, as they come, to one :class:`OutputSink` whatever the
   engine: it caches them, puts them back in source-path order and writes
   documents / tasks / task_agencies (the same row for row whatever the engine
   or number of workers) to a staging folder inside ``<out>``, renamed into
   place at the end, so a run killed half-way leaves the previous output
   whole.  Up to ``DATASET_THRESHOLD`` files each table is one file
   (``<out>/tasks.parquet``); above it (or with ``layout="dataset"``) each
   table is a folder of parts (``<out>/tasks/part-00000.parquet``, one part
   per ``PART_FILES`` input files), written part by part in bounded memory;
5. drops cache entries of files that are no longer in the inputs.

Only fixed names are ever written under ``<out>`` (the three Parquet files or
folders of ``part-NNNNN.parquet``, ``.cache/<hex>.pkl`` and a ``.staging.*``
folder): input names never become output paths.
"""
from __future__ import annotations

import logging
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .cache import ResultCache, entry_key, pipeline_fingerprint
from .inputs import InputNotFound, Job, find_inputs, hash_all, pdf_pages, plan_jobs
from .inputs import DEFAULT_PDF_READER, PDF_READERS
from .output import OUTPUT_TABLES, PART_FILES, OutputSink, _cacheable, write_outputs
from .pool import extract_one, failed_result, run_pool
from .result import FAILED, DocumentResult

__all__ = ["run_batch", "BatchResult", "warning_kind", "find_inputs", "plan_jobs", "Job", "InputNotFound",
           "run_pool", "extract_one", "failed_result", "write_outputs", "OUTPUT_TABLES", "PART_FILES",
           "DATASET_THRESHOLD", "DEFAULT_TIMEOUT", "PER_PAGE_TIMEOUT", "ENGINES", "LAYOUTS", "_cacheable"]

log = logging.getLogger("extract")

DEFAULT_TIMEOUT = 300.0  # seconds a file may take by default ...
PER_PAGE_TIMEOUT = 5.0  # ... plus this per PDF page (a long scan goes through OCR at ~1.3 s a page)
ENGINES = ("local", "dask")
LAYOUTS = ("auto", "single", "dataset")
DATASET_THRESHOLD = 500  # more input files than this: each table is a folder of parts (layout "auto")


def warning_kind(warning: str) -> str:
    """A warning without its quoted specifics: "deadline: unparsed: 'x'" -> "deadline: unparsed".

    >>> warning_kind("lead: unknown agency 'Sở Y tế'")
    'lead: unknown agency'
    >>> warning_kind("task: empty task cell")
    'task: empty task cell'
    """
    return re.split(r"\s*['\"]", warning, maxsplit=1)[0].rstrip(": ").strip() or warning


@dataclass
class BatchResult:
    """What a run did.  ``results`` holds every DocumentResult for the single-file layout only (a
    dataset-layout run keeps memory bounded); the counters below are filled either way."""

    results: list[DocumentResult] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)  # source paths extracted in this run
    reused: list[str] = field(default_factory=list)  # source paths taken from the cache
    timed_out: list[str] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)
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
    warnings: Counter = field(default_factory=Counter)  # task warnings by warning_kind
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source_path, error) of failed files

    def count(self, result: DocumentResult) -> None:
        d = result.document
        self.files += 1
        self.status[d["status"]] += 1
        if d["status"] == FAILED:
            self.failed.append((d["source_path"], d["error"]))
        self.n_tasks += len(result.tasks)
        self.n_agencies += len(result.agencies)
        self.warnings.update(warning_kind(w) for t in result.tasks for w in t.get("warnings") or ())

    @property
    def documents(self) -> list[dict]:
        return [r.document for r in self.results]

    @property
    def tasks(self) -> list[dict]:
        return [t for r in self.results for t in r.tasks]

    @property
    def agencies(self) -> list[dict]:
        return [a for r in self.results for a in r.agencies]


# --- the batch --------------------------------------------------------------------
def run_batch(inputs: list[Path], out: Path, workers: int | None = None, force: bool = False,
              timeout: float | None | str = "auto", progress: bool = False, engine: str = "local",
              scheduler: str | None = None, layout: str = "auto", pdf_reader: str = DEFAULT_PDF_READER) -> BatchResult:
    """Extract every input file (reusing cached results unless *force*) and write the tables under *out*.

    *engine* ``local`` runs :func:`run_pool`; ``dask`` runs :func:`extract.engine_dask.run_dask` (on a
    LocalCluster of *workers* processes, or on the cluster at *scheduler*).  Both feed the same
    :class:`OutputSink`, so the output does not depend on the engine.  *layout*: ``auto`` (one file per
    table up to DATASET_THRESHOLD input files, folders of parts above), ``single`` or ``dataset``.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r} (one of {', '.join(LAYOUTS)})")
    if pdf_reader not in PDF_READERS:
        raise ValueError(f"unknown PDF reader {pdf_reader!r} (one of {', '.join(PDF_READERS)})")
    runner: Callable[..., None] = lambda todo, n, limit, done: run_pool(  # noqa: E731
        todo, n, limit, done, on_drain=_warm_writer)
    if engine == "dask":
        from .engine_dask import require_dask, run_dask

        require_dask()  # before any work: a missing extra is an argument error, not a crash half-way
        runner = lambda todo, n, limit, done: run_dask(todo, n, limit, done, scheduler=scheduler)  # noqa: E731
    t0 = time.perf_counter()
    out = Path(out)
    workers = max(1, workers or os.cpu_count() or 1)
    jobs = plan_jobs(find_inputs(inputs))
    hash_all(jobs, workers)
    if layout == "auto":
        layout = "dataset" if len(jobs) > DATASET_THRESHOLD else "single"
    cache = ResultCache(out)
    fingerprint = f"{pipeline_fingerprint()}+{pdf_reader}"  # the reader decides what a PDF gives
    batch = BatchResult(workers=workers, engine=engine, layout=layout)
    sink = OutputSink(jobs, out, cache, batch)
    todo: list[Job] = []
    for i, job in enumerate(jobs):
        job.pdf_reader = pdf_reader
        if job.sha256 is not None:
            job.key = entry_key(job.sha256, job.source_path, fingerprint)
        hit = cache.get(job.key) if job.key and not force else None
        if hit is not None and hit.document.get("source_path") == job.source_path:
            sink.reuse(i, hit)
        else:
            todo.append(job)
    timeout = _time_limits(todo, timeout)
    n = min(workers, len(todo))
    where = f"on the Dask cluster at {scheduler}" if engine == "dask" and scheduler else \
        f"with {n} {'Dask ' * (engine == 'dask')}worker{'s' * (n > 1)}"
    log.info("%d input files: %d unchanged (from the cache), %s", len(jobs), len(batch.reused),
             f"{len(todo)} to extract {where}" if todo else "nothing to extract")

    bar = _progress_bar(len(todo)) if progress and todo else None

    def on_done(job: Job, result: DocumentResult, trouble: str | None) -> None:
        sink.done(job, result, trouble)
        d = result.document
        log.debug("%s: %s%s", job.source_path, d["status"], f" ({d['error']})" if d["error"] else "")
        if bar is not None:
            bar.update(1)

    keys = [j.key or "" for j in jobs]
    if not todo and not force and cache.outputs_hold(keys, layout):
        sink.count_only()  # nothing new: the output files already hold these results, leave them
        batch.output_unchanged = True
    else:
        try:
            sink.open()
            runner(todo, workers, timeout, on_done)
            sink.close()
            cache.write_manifest(keys, layout, sink.writer.outputs())
        finally:
            sink.discard()
            if bar is not None:
                bar.close()
    batch.pruned = cache.prune({j.key for j in jobs if j.key})
    batch.seconds = time.perf_counter() - t0
    return batch


def _time_limits(todo: list[Job], timeout: float | None | str) -> float | None:
    """The run's time limit per file; with "auto", each file's own: DEFAULT_TIMEOUT plus PER_PAGE_TIMEOUT
    a PDF page, so that a long scan (OCR'd at about 1.3 s a page) is not stopped for being long."""
    if timeout != "auto":
        return timeout
    for job in todo:
        job.time_limit = DEFAULT_TIMEOUT + PER_PAGE_TIMEOUT * pdf_pages(job.path)
    return DEFAULT_TIMEOUT


def _warm_writer() -> None:
    """Import the Parquet writer (pyarrow) in the background while the last files are extracted,
    instead of after them.  Called when no more workers will be forked."""
    import threading

    def load() -> None:
        try:
            import schemas.write  # noqa: F401
        except Exception:  # the writer imports it again and reports any error there
            pass

    threading.Thread(target=load, name="warm-writer", daemon=True).start()


def _progress_bar(total: int):
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a nicety
        return None
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
    return tqdm(total=total, unit="file", desc="extracting", dynamic_ncols=True, leave=False)
