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

import glob
import logging
import re
import multiprocessing as mp
import os
import shutil
import signal
import tempfile
import time
from collections import Counter, deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import wait as wait_any
from pathlib import Path
from typing import Callable, Iterable

from . import __version__
from .cache import ResultCache, entry_key, pipeline_fingerprint
from .result import FAILED, DocumentResult, doc_id_for, relative_path
from .sources import DOC, SUFFIXES, sha256_of, sniff

log = logging.getLogger("extract")

DEFAULT_TIMEOUT = 300.0
OUTPUT_TABLES = ("tasks", "task_agencies", "documents")  # documents last: it is the index of the others
ENGINES = ("local", "dask")
LAYOUTS = ("auto", "single", "dataset")
DATASET_THRESHOLD = 500  # more input files than this: each table is a folder of parts (layout "auto")
PART_FILES = 500  # input files per part of a dataset layout
_STARTUP_TIMEOUT = 120.0


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


class InputNotFound(FileNotFoundError):
    """An input argument that is no file or folder and matches nothing."""


@dataclass
class Job:
    path: Path
    root: Path
    source_path: str
    sha256: str | None = None
    key: str | None = None


# --- finding the inputs ---------------------------------------------------------

def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _glob_base(pattern: str) -> Path:
    """The folder part of *pattern* before its first wildcard: the root of what it matches."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if _is_glob(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _wanted(name: str) -> bool:
    return Path(name).suffix.lower() in SUFFIXES and not name.startswith((".", "~$"))


def _walk(folder: Path) -> Iterable[Path]:
    """Input files under *folder*, recursively, in a fixed order; hidden folders and files skipped."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            p = Path(dirpath, name)
            if _wanted(name) and p.is_file():
                yield p


def find_inputs(inputs: list[Path]) -> list[tuple[Path, Path]]:
    """(file, root) pairs; the file's source_path is its path relative to root.

    Folders are walked recursively for .pdf/.docx/.doc (root: the folder);
    files are taken as given, whatever their name (root: their folder); a
    glob takes the matching .pdf/.docx/.doc files and the files of matching
    folders (root: the glob's folder part).  A path that does not exist and
    matches nothing raises InputNotFound.
    """
    found: dict[Path, Path] = {}
    for item in inputs:
        text = str(item)
        item = Path(item)
        if item.is_dir():
            for p in _walk(item):
                found.setdefault(p.resolve(), item)
        elif item.is_file():
            found.setdefault(item.resolve(), item.parent)
        elif _is_glob(text):
            base = _glob_base(text)
            matches = sorted(glob.glob(text, recursive=True))
            n = 0
            for m in map(Path, matches):
                if m.is_dir():
                    for p in _walk(m):
                        found.setdefault(p.resolve(), base)
                        n += 1
                elif m.is_file() and _wanted(m.name):
                    found.setdefault(m.resolve(), base)
                    n += 1
            if not n:
                raise InputNotFound(f"no .pdf, .docx or .doc file matches {text}")
        else:
            raise InputNotFound(f"no such file or folder: {text}")
    return sorted(found.items(), key=lambda pr: str(pr[0]))


def plan_jobs(files: list[tuple[Path, Path]]) -> list[Job]:
    """One job per file with a unique source_path: files whose paths collide are re-rooted higher."""
    jobs = [Job(p, root, relative_path(p, root)) for p, root in files]
    for _ in range(8):
        by_path: dict[str, list[Job]] = {}
        for j in jobs:
            by_path.setdefault(j.source_path, []).append(j)
        clashes = [group for group in by_path.values() if len(group) > 1]
        if not clashes:
            break
        for group in clashes:
            common = Path(os.path.commonpath([str(j.path.parent) for j in group]))
            for j in group:
                j.root = common if common != j.path.parent else common.parent
                j.source_path = relative_path(j.path, j.root)
    return sorted(jobs, key=lambda j: (j.source_path, str(j.path)))


# --- one file in a worker -----------------------------------------------------------

def failed_result(job: Job, message: str) -> DocumentResult:
    """A documents row for a file the worker could not give a result for."""
    try:
        size = job.path.stat().st_size
    except OSError:
        size = None
    try:
        fmt = sniff(job.path)
    except OSError:
        fmt = "unknown"
    return DocumentResult({
        "doc_id": doc_id_for(job.source_path, job.sha256 or ""), "source_path": job.source_path,
        "format": fmt, "sha256": job.sha256 or "", "size_bytes": size, "pages": None, "status": FAILED,
        "error": message, "tables_found": 0, "tables_ignored": 0, "tasks_found": 0, "warnings_count": 0,
        "decision_number": "", "decision_date": None, "decision_year": None, "issuer": "", "appendix": "",
        "appendix_title": "", "pipeline_version": __version__})


def extract_one(job: Job) -> DocumentResult:
    """process_file, with a last net: an unexpected exception becomes a failed row, not a lost file."""
    try:
        from .pipeline import process_file  # imported by the workers, not by a run served from the cache

        return process_file(job.path, job.root, sha256=job.sha256)
    except Exception as exc:  # process_file should not raise; a bug in a reader must not stop the batch
        log.debug("internal error on %s", job.source_path, exc_info=True)
        return failed_result(job, f"internal error while extracting: {type(exc).__name__}: {exc}")


def _worker_main(conn, func: Callable[[Job], DocumentResult]) -> None:
    """Worker process: take jobs from *conn* one at a time until None; send back results."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    if hasattr(os, "setpgid"):
        os.setpgid(0, 0)  # own process group: a kill also ends LibreOffice started for a .doc
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        result = func(job)
        try:
            conn.send(("done", result))
        except Exception as exc:  # e.g. a result that does not pickle
            conn.send(("done", failed_result(job, f"internal error: the result could not be sent back: {exc}")))


# --- the worker pool --------------------------------------------------------------

class _Worker:
    def __init__(self, ctx, func):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, func), daemon=True)
        self.proc.start()
        child.close()
        self.born = time.monotonic()
        self.ready = False
        self.job: Job | None = None
        self.started = 0.0

    def kill(self) -> None:
        """Stop the worker (and, once it has its own process group, what it started) and reap it."""
        if self.proc.exitcode is None:
            try:
                if hasattr(os, "killpg") and self.ready:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                else:
                    self.proc.kill()
            except OSError:
                pass
        self.proc.join(5)
        self.conn.close()


def _death_message(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (out of memory?)" if -exitcode == signal.SIGKILL else ""
        return f"the worker process crashed on this file: killed by {name}{hint}"
    return f"the worker process crashed on this file (exit code {exitcode})"


def _start_method() -> str:
    """fork where there is one (Linux): a worker starts in milliseconds with the modules already loaded.

    The parent holds no other threads when the pool starts (hashing threads are done, tqdm's monitor
    thread is off), which is what makes forking safe.  Elsewhere: spawn.
    """
    return "fork" if "fork" in mp.get_all_start_methods() and os.name == "posix" and os.uname().sysname == "Linux" \
        else "spawn"


def run_pool(jobs: list[Job], workers: int, timeout: float | None,
             on_done: Callable[[Job, DocumentResult, str | None], None],
             func: Callable[[Job], DocumentResult] = extract_one) -> None:
    """Run *func* over *jobs* in *workers* processes; ``on_done(job, result, trouble)`` for each.

    trouble is None, "timeout" or "crash".  A job running past *timeout*
    seconds gets its worker killed; a worker that dies is replaced.
    """
    if not jobs:
        return
    ctx = mp.get_context(_start_method())
    pending = deque(jobs)
    workers = max(1, min(workers, len(jobs)))
    live: list[_Worker] = [_Worker(ctx, func) for _ in range(workers)]
    remaining = len(jobs)
    failed_starts = 0

    def finish(w: _Worker, result: DocumentResult, trouble: str | None) -> None:
        nonlocal remaining
        job, w.job = w.job, None
        remaining -= 1
        on_done(job, result, trouble)

    def replace(w: _Worker) -> None:
        nonlocal failed_starts
        if not w.ready:
            failed_starts += 1
            if failed_starts > 3 * workers:
                raise RuntimeError("worker processes cannot start (see the messages above)")
        live.remove(w)
        if pending and len(live) < workers:
            live.append(_Worker(ctx, func))

    try:
        while remaining:
            now = time.monotonic()
            for w in list(live):
                if w.ready and w.job is None and pending:
                    w.job, w.started = pending.popleft(), now
                    try:
                        w.conn.send(w.job)
                    except OSError:
                        pass  # the worker is gone: its sentinel says so below
            waits = [w.started + timeout - now for w in live if w.job is not None and timeout]
            waits += [w.born + _STARTUP_TIMEOUT - now for w in live if not w.ready]
            ready = wait_any([w.conn for w in live] + [w.proc.sentinel for w in live],
                             timeout=max(0.0, min(waits)) if waits else None)
            now = time.monotonic()
            for w in list(live):
                dead = w.proc.sentinel in ready
                try:
                    while w.conn.poll():
                        msg = w.conn.recv()
                        if msg[0] == "ready":
                            w.ready = True
                        elif msg[0] == "done" and w.job is not None:
                            finish(w, msg[1], None)
                except (EOFError, OSError):
                    dead = True
                if dead or not w.proc.is_alive():
                    w.proc.join(1)
                    if w.job is not None:
                        log.warning("%s: %s", w.job.source_path, _death_message(w.proc.exitcode))
                        finish(w, failed_result(w.job, _death_message(w.proc.exitcode)), "crash")
                    w.kill()
                    replace(w)
                elif w.job is not None and timeout and now - w.started > timeout:
                    w.kill()
                    log.warning("%s: timed out after %g s; its worker was stopped", w.job.source_path, timeout)
                    finish(w, failed_result(w.job, f"timed out after {timeout:g} s (a pathological file?)"),
                           "timeout")
                    replace(w)
                elif not w.ready and now - w.born > _STARTUP_TIMEOUT:
                    w.kill()
                    replace(w)
    finally:
        for w in live:
            if remaining:  # stopped early (Ctrl-C, error): no waiting
                w.kill()
                continue
            try:
                w.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 5
        for w in live:
            if not w.conn.closed:
                w.proc.join(max(0.0, deadline - time.monotonic()))
                w.kill()


# --- the batch --------------------------------------------------------------------

def _hash_all(jobs: list[Job], workers: int) -> None:
    def one(job: Job) -> None:
        try:
            job.sha256 = sha256_of(job.path)
        except OSError:
            job.sha256 = None  # process_file reports why the file cannot be read
    with ThreadPoolExecutor(max_workers=max(1, min(workers, 8))) as pool:
        list(pool.map(one, jobs))


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
    return not str(d.get("error", "")).startswith(("cannot read the file", "internal error", "scanned:"))


def run_batch(inputs: list[Path], out: Path, workers: int | None = None, force: bool = False,
              timeout: float | None = DEFAULT_TIMEOUT, progress: bool = False, engine: str = "local",
              scheduler: str | None = None, layout: str = "auto") -> BatchResult:
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
    runner: Callable[..., None] = run_pool
    if engine == "dask":
        from .engine_dask import require_dask, run_dask

        require_dask()  # before any work: a missing extra is an argument error, not a crash half-way
        runner = lambda todo, n, limit, done: run_dask(todo, n, limit, done, scheduler=scheduler)  # noqa: E731
    t0 = time.perf_counter()
    out = Path(out)
    workers = max(1, workers or os.cpu_count() or 1)
    jobs = plan_jobs(find_inputs(inputs))
    _hash_all(jobs, workers)
    if layout == "auto":
        layout = "dataset" if len(jobs) > DATASET_THRESHOLD else "single"
    cache = ResultCache(out)
    fingerprint = pipeline_fingerprint()
    batch = BatchResult(workers=workers, engine=engine, layout=layout)
    sink = OutputSink(jobs, out, cache, batch)
    todo: list[Job] = []
    for i, job in enumerate(jobs):
        if job.sha256 is not None:
            job.key = entry_key(job.sha256, job.source_path, fingerprint)
        hit = cache.get(job.key) if job.key and not force else None
        if hit is not None and hit.document.get("source_path") == job.source_path:
            sink.reuse(i, hit)
        else:
            todo.append(job)
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


def _progress_bar(total: int):
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a nicety
        return None
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
    return tqdm(total=total, unit="file", desc="extracting", dynamic_ncols=True, leave=False)


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

    def reuse(self, i: int, result: DocumentResult) -> None:
        job = self.jobs[i]
        self.batch.reused.append(job.source_path)
        self.waiting[i] = result if self.batch.layout == "single" else _Cached(job.key)

    def open(self) -> None:
        self.writer = _Writer(self.out, self.batch.layout)
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
            for name in OUTPUT_TABLES:
                os.replace(staging / f"{name}.parquet", out / f"{name}.parquet")
                _remove_parts(out / name)  # left by an earlier dataset-layout run
            return
        if self.files or not self.parts:  # the last, partial part (or one empty part: globs match)
            self._write_part()
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

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    def outputs(self) -> list[Path]:
        """The output files as committed."""
        if self.layout == "single":
            return [self.out / f"{name}.parquet" for name in OUTPUT_TABLES]
        return sorted(p for name in OUTPUT_TABLES for p in (self.out / name).glob("part-*.parquet"))


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
