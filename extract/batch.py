"""Batch conversion: find the input files, extract each (cached), write the three tables.

The batch layer only calls :func:`extract.pipeline.process_file` and never
looks inside a document.  Each run:

1. finds the inputs (folders walked recursively, files as given, globs) and
   gives each file its ``source_path`` (relative to its input folder);
2. hashes every file once and looks it up in the cache (``<out>/.cache/``,
   keyed by hash, source path and pipeline fingerprint); ``force`` skips it;
3. extracts the misses in worker processes, one file at a time per worker: a
   file that runs past ``timeout`` seconds has its worker killed and is
   reported ``failed``; a worker that dies costs only the file it was on;
4. writes documents / tasks / task_agencies sorted by source path (the same
   row for row whatever the number of workers): all three are written to a
   staging folder inside ``<out>`` first, then renamed into place, so a run
   killed half-way leaves the previous output whole;
5. drops cache entries of files that are no longer in the inputs.

Only fixed names are ever written under ``<out>`` (the three Parquet files,
``.cache/<hex>.pkl`` and a ``.staging.*`` folder): input names never become
output paths.
"""
from __future__ import annotations

import glob
import logging
import multiprocessing as mp
import os
import shutil
import signal
import tempfile
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import wait as wait_any
from pathlib import Path
from typing import Callable, Iterable

from schemas.write import to_table, write_table

from . import __version__
from .cache import ResultCache, entry_key, pipeline_fingerprint
from .pipeline import FAILED, DocumentResult, _relative, doc_id_for, process_file
from .sources import DOC, SUFFIXES, sha256_of, sniff

log = logging.getLogger("extract")

DEFAULT_TIMEOUT = 300.0
OUTPUT_TABLES = ("tasks", "task_agencies", "documents")  # documents last: it is the index of the others
_STARTUP_TIMEOUT = 120.0


@dataclass
class BatchResult:
    results: list[DocumentResult] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)  # source paths extracted in this run
    reused: list[str] = field(default_factory=list)  # source paths taken from the cache
    timed_out: list[str] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)
    pruned: int = 0  # cache entries dropped (files gone or changed)
    workers: int = 0
    seconds: float = 0.0

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
    jobs = [Job(p, root, _relative(p, root)) for p, root in files]
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
                j.source_path = _relative(j.path, j.root)
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


def run_pool(jobs: list[Job], workers: int, timeout: float | None,
             on_done: Callable[[Job, DocumentResult, str | None], None],
             func: Callable[[Job], DocumentResult] = extract_one) -> None:
    """Run *func* over *jobs* in *workers* processes; ``on_done(job, result, trouble)`` for each.

    trouble is None, "timeout" or "crash".  A job running past *timeout*
    seconds gets its worker killed; a worker that dies is replaced.
    """
    if not jobs:
        return
    ctx = mp.get_context("spawn")
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
    return not str(d.get("error", "")).startswith(("cannot read the file", "internal error"))


def run_batch(inputs: list[Path], out: Path, workers: int | None = None, force: bool = False,
              timeout: float | None = DEFAULT_TIMEOUT, progress: bool = False) -> BatchResult:
    """Extract every input file (reusing cached results unless *force*) and write the tables under *out*."""
    t0 = time.perf_counter()
    out = Path(out)
    workers = max(1, workers or os.cpu_count() or 1)
    jobs = plan_jobs(find_inputs(inputs))
    _hash_all(jobs, workers)
    cache = ResultCache(out)
    fingerprint = pipeline_fingerprint()
    batch = BatchResult(workers=workers)
    results: dict[str, DocumentResult] = {}
    todo: list[Job] = []
    for job in jobs:
        if job.sha256 is not None:
            job.key = entry_key(job.sha256, job.source_path, fingerprint)
        hit = cache.get(job.key) if job.key and not force else None
        if hit is not None and hit.document.get("source_path") == job.source_path:
            results[job.source_path] = hit
            batch.reused.append(job.source_path)
        else:
            todo.append(job)
    n = min(workers, len(todo))
    log.info("%d input files: %d unchanged (from the cache), %s", len(jobs), len(batch.reused),
             f"{len(todo)} to extract with {n} worker{'s' * (n > 1)}" if todo else "nothing to extract")

    bar = _progress_bar(len(todo)) if progress and todo else None

    def on_done(job: Job, result: DocumentResult, trouble: str | None) -> None:
        results[job.source_path] = result
        batch.extracted.append(job.source_path)
        if trouble == "timeout":
            batch.timed_out.append(job.source_path)
        elif trouble == "crash":
            batch.crashed.append(job.source_path)
        if job.key and _cacheable(job, result, trouble):
            cache.put(job.key, result)
        d = result.document
        log.debug("%s: %s%s", job.source_path, d["status"], f" ({d['error']})" if d["error"] else "")
        if bar is not None:
            bar.update(1)

    try:
        run_pool(todo, workers, timeout, on_done)
    finally:
        if bar is not None:
            bar.close()
    batch.results = [results[j.source_path] for j in jobs]
    write_outputs(batch, out)
    batch.pruned = cache.prune({j.key for j in jobs if j.key})
    batch.seconds = time.perf_counter() - t0
    return batch


def _progress_bar(total: int):
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a nicety
        return None
    return tqdm(total=total, unit="file", desc="extracting", dynamic_ncols=True, leave=False)


def write_outputs(batch: BatchResult, out: Path) -> None:
    """Write the three tables: all to a staging folder in *out* first, then each renamed into place."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(".staging.*"):  # left by a run that was killed
        shutil.rmtree(old, ignore_errors=True)
    records = {"documents": batch.documents, "tasks": batch.tasks, "task_agencies": batch.agencies}
    tables = {name: to_table(name, records[name]) for name in OUTPUT_TABLES}
    staging = Path(tempfile.mkdtemp(prefix=".staging.", dir=out))
    try:
        mode = _file_mode()
        for name in OUTPUT_TABLES:
            write_table(tables[name], staging / f"{name}.parquet")
            os.chmod(staging / f"{name}.parquet", mode)  # temporary files are private; outputs are not
        for name in OUTPUT_TABLES:
            os.replace(staging / f"{name}.parquet", out / f"{name}.parquet")
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _file_mode() -> int:
    """The mode a new file gets under the current umask (0o644 with the usual 022)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
