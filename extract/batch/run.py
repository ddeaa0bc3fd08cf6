"""``run_batch``: find the inputs, extract each (cached), write the three tables.

Each run:

1. takes the output folder's lock (:mod:`.lock`: a second run into it fails with a clear message);
2. finds the inputs (:mod:`.inputs`) and gives each file its ``source_path``; hashes every file once and
   looks it up in the cache (:mod:`.cache`, keyed by hash, source path and pipeline fingerprint);
   ``force`` skips it;
3. gives every file to extract its time limit, once (:func:`.inputs.set_time_limits`), and extracts them
   with an *engine*: ``local`` (:mod:`.pool`, worker processes here) or ``dask`` (:mod:`.engine_dask`);
4. hands the results, as they come, to one :class:`.sink.OutputSink` whatever the engine: it caches them,
   puts them back in source-path order and writes them through a writer (:mod:`.writers`) to a staging
   folder renamed into place at the end;
5. drops the cache entries of files that are no longer in the inputs.

Only fixed names are ever written under ``<out>``: input names never become output paths.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from .. import handoff
from .cache import ResultCache, entry_key, pipeline_fingerprint
from .inputs import Job, find_inputs, hash_all, plan_jobs, set_time_limits
from .lock import output_lock
from .options import DATASET_THRESHOLD, BatchOptions
from .pool import run_pool
from .report import BatchResult
from .sink import OutputSink
from .terminal import printable

log = logging.getLogger("extract")


def run_batch(inputs: list[Path], out: Path, options: BatchOptions | None = None, **changes) -> BatchResult:
    """Extract every input file (reusing cached results unless ``options.force``) and write the tables
    under *out*.  *changes* are options given one by one (``run_batch(ins, out, workers=2)``)."""
    options = (options or BatchOptions()).replace(**changes)
    runner = _runner(options)  # before any work: a missing Dask extra is an argument error, not a crash
    out = Path(out)
    with output_lock(out):
        return _run(inputs, out, options, runner)


def _run(inputs: list[Path], out: Path, options: BatchOptions, runner) -> BatchResult:
    t0 = time.perf_counter()
    workers = max(1, options.workers or os.cpu_count() or 1)
    unreadable: list = []
    jobs = plan_jobs(find_inputs(inputs, unreadable), unreadable)
    hash_all(jobs, workers)
    layout = options.layout
    if layout == "auto":
        layout = "dataset" if len(jobs) > DATASET_THRESHOLD else "single"
    cache = ResultCache(out)
    batch = BatchResult(workers=workers, engine=options.engine, layout=layout)
    sink = OutputSink(jobs, out, cache, batch)
    sources = {j.source_path: j.path for j in jobs}
    sink.extras = handoff.extras_hook(options.formats, options.report, sources)
    todo = _look_up(jobs, cache, sink, options.force, options.pdf_reader)
    set_time_limits(todo, options.timeout)
    _log_plan(jobs, todo, batch, options, min(workers, len(todo)))
    keys = [j.key or "" for j in jobs]
    if not todo and not options.force and cache.outputs_hold(keys, layout):
        sink.count_only()  # nothing new: the output files already hold these results, leave them
        batch.output_unchanged = True
        handoff.add_missing(out, options.formats, options.report, sources)
    else:
        _extract_and_write(todo, workers, sink, runner, options.progress)
        cache.write_manifest(keys, layout, sink.writer.outputs())
        handoff.remove_stale(out, options.formats)
    batch.pruned = cache.prune({j.key for j in jobs if j.key})
    batch.seconds = time.perf_counter() - t0
    return batch


def _look_up(jobs: list[Job], cache: ResultCache, sink: OutputSink, force: bool, pdf_reader: str) -> list[Job]:
    """Give the sink every cache hit; the jobs left to extract."""
    fingerprint = pipeline_fingerprint(pdf_reader)  # the reader decides what a PDF gives
    todo: list[Job] = []
    for i, job in enumerate(jobs):
        job.pdf_reader = pdf_reader
        if job.sha256 is not None:
            job.key = entry_key(job.sha256, job.source_path, fingerprint)
        hit = cache.get(job.key) if job.key and not force else None
        if hit is not None and hit.document.get("source_path") == job.source_path \
                and hit.document.get("sha256") == job.sha256:
            sink.reuse(i, hit)
        else:
            todo.append(job)
    return todo


def _extract_and_write(todo: list[Job], workers: int, sink: OutputSink, runner, progress: bool) -> None:
    bar = _progress_bar(len(todo)) if progress and todo else None

    def on_done(job: Job, result, trouble: str | None) -> None:
        sink.done(job, result, trouble)
        d = result.document
        log.debug("%s: %s%s", printable(job.source_path), d["status"], f" ({printable(d['error'])})" if d["error"] else "")
        if bar is not None:
            bar.update(1)

    try:
        sink.open()
        runner(todo, workers, on_done)
        sink.close()
    finally:
        sink.discard()
        if bar is not None:
            bar.close()


def _runner(options: BatchOptions):
    """The engine as ``runner(jobs, workers, on_done)``."""
    if options.engine == "dask":
        from .engine_dask import require_dask, run_dask

        require_dask()
        return lambda todo, n, done: run_dask(todo, n, done, scheduler=options.scheduler)
    return lambda todo, n, done: run_pool(todo, n, done, on_drain=_warm_writer, memory_mb=options.memory_mb)


def _log_plan(jobs: list[Job], todo: list[Job], batch: BatchResult, options: BatchOptions, n: int) -> None:
    dask = options.engine == "dask"
    where = f"on the Dask cluster at {options.scheduler}" if dask and options.scheduler else \
        f"with {n} {'Dask ' * dask}worker{'s' * (n > 1)}"
    log.info("%d input files: %d unchanged (from the cache), %s", len(jobs), len(batch.reused),
             f"{len(todo)} to extract {where}" if todo else "nothing to extract")


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
