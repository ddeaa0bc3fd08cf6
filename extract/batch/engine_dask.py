"""The Dask engine: ``process_file`` as Dask tasks, on a local cluster or an existing one.

``run_dask`` has the signature of :func:`extract.batch.pool.run_pool` and feeds the
same ``on_done``, so the cache, ordering and writing are the local engine's
(:class:`extract.batch.sink.OutputSink`) and the output is the same row for row.

* Without a scheduler address a ``LocalCluster`` of *workers* processes (one
  thread each) starts and stops with the batch; with one, the batch connects
  to that cluster (any deployment: dask-jobqueue, dask-kubernetes, ``dask
  scheduler`` + ``dask worker`` by hand).  Input paths must be readable at the
  same path on every worker (a shared file system); only the client writes.
* Jobs are submitted through a window (``WINDOW_PER_WORKER`` per worker thread,
  at least ``MIN_WINDOW``) ahead of the oldest unfinished file, so neither the
  scheduler nor the results waiting to be written in order grow with the batch.
  Results stream back with ``as_completed`` and are released on the worker.
* A worker that dies (killed, out of memory, segfault) costs only its file:
  Dask reports the task as ``KilledWorker``; the file is submitted once more,
  and if that fails too it is reported ``failed`` with the reason.  The local
  cluster runs with ``allowed-failures: 0`` and ``worker-saturation: 1.0`` (one
  file per worker at a time, so a death implicates only the file running);
  an existing cluster keeps its own settings (Dask's default retries a task
  on 3 dead workers before giving up; ours adds one).
* A file running past its ``time_limit`` seconds: a watchdog thread in the task logs a
  ``vn-extract-timeout`` event and kills its own worker process (a thread
  cannot be stopped otherwise); the nanny starts a new worker and the client,
  told by the event, reports the file ``failed`` ("timed out after ...") and
  does not retry it.
"""
from __future__ import annotations

import itertools
import logging
import os
import signal
import threading
import time
import uuid
from contextlib import ExitStack
from typing import Callable

from ..result import DocumentResult
from .inputs import Job
from .worker import extract_one, failed_result

log = logging.getLogger("extract")

INSTALL_HINT = ("the Dask engine needs the dask extra: pip install '.[dask]' "
                "(or pip install 'dask[distributed]>=2024.1')")
TIMEOUT_TOPIC = "vn-extract-timeout"
WINDOW_PER_WORKER = 16
MIN_WINDOW = 256
LOCAL_CONFIG = {
    "distributed.scheduler.allowed-failures": 0,  # our client retries once: a dead worker = 2 tries in all
    "distributed.scheduler.worker-saturation": 1.0,  # one file per single-threaded worker at a time
}


class DaskMissing(RuntimeError):
    """--engine dask without dask[distributed] installed."""


def require_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskMissing(f"{INSTALL_HINT} ({exc})") from None


# --- on the worker -----------------------------------------------------------------

def _kill_self_after(timeout: float, tag: str, finished: threading.Event, worker) -> None:
    if finished.wait(timeout):
        return
    try:
        if worker is not None:
            worker.log_event(TIMEOUT_TOPIC, {"tag": tag, "timeout": timeout})
            time.sleep(1.0)  # let the batched stream carry the event to the scheduler
    except Exception:  # the worker is closing: kill anyway
        pass
    if not finished.is_set():
        os.kill(os.getpid(), signal.SIGKILL)


def run_task(job: Job, timeout: float | None, func: Callable[[Job], DocumentResult] = extract_one,
             tag: str = "") -> DocumentResult:
    """One file on a Dask worker; past *timeout* seconds the worker process kills itself (event: *tag*)."""
    if not timeout:
        return func(job)
    try:
        from distributed import get_worker

        worker = get_worker()  # only in the task's own thread
    except (ImportError, ValueError):
        worker = None
    finished = threading.Event()
    threading.Thread(target=_kill_self_after, args=(timeout, tag, finished, worker), daemon=True,
                     name=f"timeout {job.source_path}").start()
    try:
        return func(job)
    finally:
        finished.set()


# --- on the client ---------------------------------------------------------------------

def _client(stack: ExitStack, scheduler: str | None, workers: int):
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        return stack.enter_context(Client(scheduler, timeout="60s"))
    with dask.config.set(LOCAL_CONFIG):
        cluster = stack.enter_context(LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
            worker_dashboard_address=None, silence_logs=logging.ERROR))
        return stack.enter_context(Client(cluster))


def _crash_message(exc: BaseException, tries: int) -> str:
    return (f"the Dask worker died on this file {tries} times (killed, out of memory or crashed); "
            f"last error: {type(exc).__name__}: {str(exc)[:300]}")


def run_dask(jobs: list[Job], workers: int, on_done: Callable[[Job, DocumentResult, str | None], None],
             func: Callable[[Job], DocumentResult] = extract_one, scheduler: str | None = None,
             retries: int = 1) -> None:
    """Run *func* over *jobs* as Dask tasks; ``on_done(job, result, trouble)`` for each, in any order.

    trouble is None, "timeout" or "crash" (as in run_pool).  A task whose worker died is submitted
    again up to *retries* times.
    """
    if not jobs:
        return
    require_dask()
    from distributed import as_completed

    run = uuid.uuid4().hex[:8]
    with ExitStack() as stack:
        client = _client(stack, scheduler, max(1, min(workers, len(jobs))))
        window, window_at = MIN_WINDOW, -1e9

        def size_window() -> int:  # all worker threads now (clusters scale up and down), every 10 s
            nonlocal window, window_at
            if time.monotonic() - window_at > 10:
                try:
                    threads = sum(client.nthreads().values())
                except Exception:
                    threads = workers
                window, window_at = max(MIN_WINDOW, WINDOW_PER_WORKER * threads), time.monotonic()
            return window
        timed_out: set[str] = set()

        client.subscribe_topic(TIMEOUT_TOPIC, lambda event: timed_out.add(_tag(event)))

        running: dict = {}  # future -> (index, tries so far)
        finished = [False] * len(jobs)
        oldest = 0  # the first index not finished
        todo = iter(enumerate(jobs))
        nxt = next(todo, None)
        ac = as_completed()
        counter = itertools.count()

        def submit(i: int, tries: int) -> None:
            fut = client.submit(run_task, jobs[i], jobs[i].time_limit, func, f"{run}-{i}",
                                key=f"extract-{run}-{i}-{next(counter)}", pure=False)
            running[fut] = (i, tries)
            ac.add(fut)

        def top_up() -> None:
            nonlocal nxt
            while nxt is not None and nxt[0] < oldest + size_window():
                submit(nxt[0], 0)
                nxt = next(todo, None)

        def finish(i: int, result: DocumentResult, trouble: str | None) -> None:
            nonlocal oldest
            finished[i] = True
            while oldest < len(jobs) and finished[oldest]:
                oldest += 1
            on_done(jobs[i], result, trouble)

        top_up()
        for fut in ac:
            i, tries = running.pop(fut)
            job = jobs[i]
            try:
                result = fut.result()
            except Exception as exc:  # KilledWorker, a comm failure, a result that did not unpickle
                fut.release()
                timed = f"{run}-{i}" in timed_out or _saw_timeout(client, f"{run}-{i}")
                outcome = _failure(job, exc, timed, tries, retries)
                if outcome is None:
                    submit(i, tries + 1)
                    continue
                finish(i, *outcome)
            else:
                fut.release()
                finish(i, result, None)
            top_up()
        client.unsubscribe_topic(TIMEOUT_TOPIC)


def _tag(event) -> str | None:
    _, msg = event
    return msg.get("tag") if isinstance(msg, dict) else None


def _failure(job: Job, exc: BaseException, timed_out: bool, tries: int, retries: int):
    """(result, trouble) for a task that raised, or None when it is to be tried once more."""
    if timed_out:
        limit = job.time_limit
        log.warning("%s: timed out after %g s; its Dask worker was stopped", job.source_path, limit)
        return failed_result(job, f"timed out after {limit:g} s (a pathological file?)", "timeout"), "timeout"
    if tries < retries:
        log.warning("%s: the Dask worker died (%s); trying the file once more", job.source_path, type(exc).__name__)
        return None
    message = _crash_message(exc, tries + 1)
    log.warning("%s: %s", job.source_path, message)
    return failed_result(job, message, "worker_crashed"), "crash"


def _saw_timeout(client, tag: str) -> bool:
    """The timeout event may reach the client after the death is noticed: ask the scheduler once more."""
    try:
        events = client.get_events(TIMEOUT_TOPIC)
    except Exception:
        return False
    return any(isinstance(msg, dict) and msg.get("tag") == tag for _, msg in events)
