"""The local engine: worker processes, one file at a time each, with a time limit per file.

A file that runs past the time limit has its worker (and what the worker started) killed and is
reported failed; a worker that dies costs only the file it was on and is replaced.  Workers are forked
on Linux (they start in milliseconds with the modules loaded), spawned elsewhere.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from multiprocessing.connection import wait as wait_any
from typing import Callable

from . import __version__
from .inputs import Job
from .result import FAILED, DocumentResult, doc_id_for
from .sources import sniff

log = logging.getLogger("extract")
_STARTUP_TIMEOUT = 120.0


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

        return process_file(job.path, job.root, sha256=job.sha256, pdf_reader=job.pdf_reader)
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


def _limit(job: Job, timeout: float | None) -> float | None:
    """Seconds *job* may take: its own limit when the run set one per file, else the run's."""
    return job.time_limit or timeout


def _size(job: Job) -> int:
    try:
        return job.path.stat().st_size
    except OSError:
        return 0


def _start_method() -> str:
    """fork where there is one (Linux): a worker starts in milliseconds with the modules already loaded.

    The parent holds no other threads when the pool starts (hashing threads are done, tqdm's monitor
    thread is off), which is what makes forking safe.  Elsewhere: spawn.
    """
    return "fork" if "fork" in mp.get_all_start_methods() and os.name == "posix" and os.uname().sysname == "Linux" \
        else "spawn"


def run_pool(jobs: list[Job], workers: int, timeout: float | None,
             on_done: Callable[[Job, DocumentResult, str | None], None],
             func: Callable[[Job], DocumentResult] = extract_one,
             on_drain: Callable[[], None] | None = None) -> None:
    """Run *func* over *jobs* in *workers* processes; ``on_done(job, result, trouble)`` for each.

    trouble is None, "timeout" or "crash".  A job running past *timeout*
    seconds gets its worker killed; a worker that dies is replaced.
    ``on_drain()`` is called once, when the last job has been handed out: no
    worker is started (forked) after that, and cores start to fall idle.
    """
    if not jobs:
        return
    ctx = mp.get_context(_start_method())
    pending = deque(sorted(jobs, key=_size, reverse=True))  # largest first: no long file left alone at the end
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
                    if not pending and on_drain is not None:
                        on_drain()
                        on_drain = None
            waits = [w.started + _limit(w.job, timeout) - now for w in live if w.job is not None and _limit(w.job, timeout)]
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
                elif w.job is not None and _limit(w.job, timeout) and now - w.started > _limit(w.job, timeout):
                    limit = _limit(w.job, timeout)
                    w.kill()
                    log.warning("%s: timed out after %g s; its worker was stopped", w.job.source_path, limit)
                    finish(w, failed_result(w.job, f"timed out after {limit:g} s (a pathological file?)"),
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
