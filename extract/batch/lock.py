"""One run at a time per output folder: an exclusive lock on ``<out>/.vn-decision-tasks.lock``.

A second run into the same folder fails at once with :class:`OutputBusy`, naming the process that holds
the lock; the lock goes with its process (``flock``), so a killed run leaves no stale lock behind.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

LOCK_NAME = ".vn-decision-tasks.lock"


class OutputBusy(OSError):
    """Another run is writing to the same output folder."""


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # no flock (not POSIX): no lock, as before
            pass
        except OSError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise OutputBusy(f"another run (process {holder}) is writing to {out}: wait for it to end, "
                             "or choose another output folder") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)
