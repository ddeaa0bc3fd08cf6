"""What runs on a worker for one file: :func:`extract_one`, and the bounds a local worker process sets.

``extract_one`` calls :func:`extract.pipeline.process_file` with a last net (no exception leaves it), and
checks that the file did not change while it was read (size and modification time against those noted
when it was hashed): a changed file gets a ``file_changed`` issue, which keeps its result out of the cache.
"""
from __future__ import annotations

import logging
import os
import signal

from ..issues import Issue
from ..result import DocumentResult, failed, new_document
from ..sources import die_with_parent, sniff
from .inputs import Job, file_stat

log = logging.getLogger("extract")


def failed_result(job: Job, message: str, code: str = "internal_error") -> DocumentResult:
    """A failed documents row for *job* with the issue *code* (for a file no result came back for)."""
    stat = file_stat(job.path)
    try:
        fmt = sniff(job.path)
    except Exception:  # a file that cannot even be sniffed: its row says why elsewhere
        fmt = "unknown"
    document = new_document(job.source_path, job.sha256 or "", stat[0] if stat else None, fmt)
    return failed(document, Issue(code, message=message))


def extract_one(job: Job) -> DocumentResult:
    """process_file, with a last net: an unexpected exception becomes a failed row, not a lost file."""
    if job.unreadable:
        return failed_result(job, f"cannot read the folder: {job.unreadable}", "file_unreadable")
    try:
        from ..pipeline import process_file  # imported by the workers, not by a run served from the cache

        result = process_file(job.path, job.root, sha256=job.sha256, pdf_reader=job.pdf_reader)
    except MemoryError:
        limit = memory_limit_mb()
        bound = f" ({limit} MB, --memory-limit)" if limit else ""
        return failed_result(job, f"refused: the file needs more memory than a worker may use{bound}",
                             "file_refused")
    except Exception as exc:  # process_file should not raise; a bug in a reader must not stop the batch
        log.debug("internal error on %s", job.source_path, exc_info=True)
        return failed_result(job, f"internal error while extracting (a bug: please report it): "
                                  f"{type(exc).__name__}: {str(exc)[:300]}")
    if job.stat is not None and file_stat(job.path) != job.stat:
        result.issues.append(Issue("file_changed", message="the file changed while it was read: this result "
                                   "is not cached and the next run reads it again"))
    return result


# --- a local worker process ----------------------------------------------------------------

_GROWTH_MB = 0  # the bound set_up_worker gave this process, as asked for (MB beyond its start)


def memory_limit_mb() -> int:
    """The address space this worker may add, in MB, as --memory-limit gave it (0: none)."""
    return _GROWTH_MB


def _address_space() -> int:
    """Bytes of address space this process has now (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def set_up_worker(memory_mb: int, parent: int) -> None:
    """In a new worker process: ignore Ctrl-C (the parent's business), die with the parent
    (PR_SET_PDEATHSIG), lead a process group of its own (a kill also ends LibreOffice started for a
    .doc) and let its address space grow by at most *memory_mb* beyond what it starts with (RLIMIT_AS;
    0: no bound).  Relative, because a forked worker starts with its parent's mappings: a parent that
    has loaded much (a test process, a notebook) must not leave it no room."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    if hasattr(os, "setpgid"):
        os.setpgid(0, 0)
    if memory_mb:
        try:
            import resource

            limit = _address_space() + memory_mb * 2**20
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                limit = min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
            global _GROWTH_MB
            _GROWTH_MB = memory_mb
        except (ImportError, ValueError, OSError):  # not on this system: the bounds per file still hold
            pass
