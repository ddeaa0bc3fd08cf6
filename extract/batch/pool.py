"""The local engine: worker processes, one file at a time each, with a time limit per file.

A file that runs past its time limit (``Job.time_limit``) has its worker (and what the worker started)
killed and is reported failed; a worker that dies costs only the file it was on and is replaced.  Workers
die with the main process (PR_SET_PDEATHSIG: even a ``kill -9`` of it leaves none behind) and each has an
address-space bound (RLIMIT_AS, ``memory_mb``).  Workers are forked on Linux (they start in milliseconds
with the modules loaded), spawned elsewhere.
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

from ..result import DocumentResult
from .inputs import Job
from .worker import extract_one, failed_result, set_up_worker

log = logging.getLogger("extract")
_STARTUP_TIMEOUT = 120.0


def _worker_main(conn, func: Callable[[Job], DocumentResult], memory_mb: int, parent: int) -> None:
    """Worker process: take jobs from *conn* one at a time until None; send back results."""
    set_up_worker(memory_mb, parent)
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
            conn.send(("done", failed_result(job, f"internal error: the result could not be sent back: "
                                                  f"{type(exc).__name__}: {exc}")))


# --- the worker pool --------------------------------------------------------------

class _Worker:
    def __init__(self, ctx, func, memory_mb: int = 0):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, func, memory_mb, os.getpid()), daemon=True)
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


def _size(job: Job) -> int:
    try:
        return job.path.stat().st_size
    except OSError:
        return 0


def _start_method() -> str:
    """fork where there is one (Linux): a worker starts in milliseconds with the modules already loaded.

    The parent holds no Python threads when the pool starts (hashing threads are done, tqdm's monitor
    thread is off), which is what makes forking safe.  Validating cache hits imports pyarrow, whose
    allocator starts native threads; workers never call into pyarrow, so they cannot meet a lock those
    threads held.  Elsewhere: spawn.
    """
    return "fork" if "fork" in mp.get_all_start_methods() and os.name == "posix" and os.uname().sysname == "Linux" \
        else "spawn"


def run_pool(jobs: list[Job], workers: int, on_done: Callable[[Job, DocumentResult, str | None], None],
             func: Callable[[Job], DocumentResult] = extract_one,
             on_drain: Callable[[], None] | None = None, memory_mb: int = 0) -> None:
    """Run *func* over *jobs* in *workers* processes; ``on_done(job, result, trouble)`` for each.

    trouble is None, "timeout" or "crash".  A job running past its ``time_limit``
    seconds gets its worker killed; a worker that dies is replaced.
    ``on_drain()`` is called once, when the last job has been handed out: no
    worker is started (forked) after that, and cores start to fall idle.
    """
    if not jobs:
        return
    pool = _Pool(jobs, workers, on_done, func, on_drain, memory_mb)
    try:
        while pool.remaining:
            pool.hand_out()
            pool.check(pool.wait())
    finally:
        pool.close()


class _Pool:
    def __init__(self, jobs, workers, on_done, func, on_drain, memory_mb):
        self.ctx = mp.get_context(_start_method())
        self.pending = deque(sorted(jobs, key=_size, reverse=True))  # largest first: no long file alone at the end
        self.workers = max(1, min(workers, len(jobs)))
        self.func, self.memory_mb, self.on_done, self.on_drain = func, memory_mb, on_done, on_drain
        self.live: list[_Worker] = [_Worker(self.ctx, func, memory_mb) for _ in range(self.workers)]
        self.remaining = len(jobs)
        self.failed_starts = 0

    def finish(self, w: _Worker, result: DocumentResult, trouble: str | None) -> None:
        job, w.job = w.job, None
        self.remaining -= 1
        self.on_done(job, result, trouble)

    def replace(self, w: _Worker) -> None:
        if not w.ready:
            self.failed_starts += 1
            if self.failed_starts > 3 * self.workers:
                raise RuntimeError("worker processes cannot start (see the messages above)")
        self.live.remove(w)
        if self.pending and len(self.live) < self.workers:
            self.live.append(_Worker(self.ctx, self.func, self.memory_mb))

    def hand_out(self) -> None:
        now = time.monotonic()
        for w in self.live:
            if w.ready and w.job is None and self.pending:
                w.job, w.started = self.pending.popleft(), now
                try:
                    w.conn.send(w.job)
                except OSError:
                    pass  # the worker is gone: its sentinel says so below
                if not self.pending and self.on_drain is not None:
                    self.on_drain()
                    self.on_drain = None

    def wait(self) -> list:
        now = time.monotonic()
        live = self.live
        waits = [w.started + w.job.time_limit - now for w in live if w.job is not None and w.job.time_limit]
        waits += [w.born + _STARTUP_TIMEOUT - now for w in live if not w.ready]
        return wait_any([w.conn for w in live] + [w.proc.sentinel for w in live],
                        timeout=max(0.0, min(waits)) if waits else None)

    def check(self, ready: list) -> None:
        now = time.monotonic()
        for w in list(self.live):
            dead = w.proc.sentinel in ready
            try:
                while w.conn.poll():
                    msg = w.conn.recv()
                    if msg[0] == "ready":
                        w.ready = True
                    elif msg[0] == "done" and w.job is not None:
                        self.finish(w, msg[1], None)
            except (EOFError, OSError):
                dead = True
            if dead or not w.proc.is_alive():
                w.proc.join(1)
                if w.job is not None:
                    message = _death_message(w.proc.exitcode)
                    log.warning("%s: %s", w.job.source_path, message)
                    self.finish(w, failed_result(w.job, message, "worker_crashed"), "crash")
                w.kill()
                self.replace(w)
            elif w.job is not None and w.job.time_limit and now - w.started > w.job.time_limit:
                limit = w.job.time_limit
                w.kill()
                log.warning("%s: timed out after %g s; its worker was stopped", w.job.source_path, limit)
                self.finish(w, failed_result(w.job, f"timed out after {limit:g} s (a pathological file?)",
                                             "timeout"), "timeout")
                self.replace(w)
            elif not w.ready and now - w.born > _STARTUP_TIMEOUT:
                w.kill()
                self.replace(w)

    def close(self) -> None:
        for w in self.live:
            if self.remaining:  # stopped early (Ctrl-C, error): no waiting
                w.kill()
                continue
            try:
                w.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 5
        for w in self.live:
            if not w.conn.closed:
                w.proc.join(max(0.0, deadline - time.monotonic()))
                w.kill()
