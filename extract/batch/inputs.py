"""Finding the input files of a batch: folders, files and globs, each with its source path, hash and limit.

Folders are walked recursively for .pdf, .docx and .doc (hidden files and Word's ``~$`` lock files are
skipped), files are taken as given, globs are expanded; each file's ``source_path`` is relative to the
folder it was found under (to the common parent when two inputs would give the same path).  An entry
that cannot be read (a broken link, a link loop, a folder without permission) is kept as a job too: it
becomes a ``failed`` row naming the cause.  Every file is hashed once, in threads, and its size and
modification time noted, so that a file changed during the run is noticed.
"""
from __future__ import annotations

import glob
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..readers import DEFAULT_PDF_READER
from ..result import relative_path
from ..sources import SUFFIXES, sha256_of
from .options import DEFAULT_TIMEOUT, PER_PAGE_TIMEOUT


class InputNotFound(FileNotFoundError):
    """An input argument that is no file or folder and matches nothing."""


@dataclass
class Job:
    path: Path
    root: Path
    source_path: str
    sha256: str | None = None
    key: str | None = None
    time_limit: float | None = None  # seconds this file may take (set by set_time_limits)
    stat: tuple[int, int] | None = None  # (size, mtime_ns) when it was hashed
    unreadable: str = ""  # a folder that could not be listed: why (the job is a failed row)
    pdf_reader: str = DEFAULT_PDF_READER  # --pdf-reader: which reader this file's PDF goes through


def pdf_pages(path: Path) -> int:
    """Pages of a PDF, cheaply (0 when it is no readable PDF)."""
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()
    except Exception:
        return 0


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _glob_base(pattern: str) -> Path:
    """The folder part of *pattern* before its first wildcard: the root of what it matches."""
    fixed = []
    for part in Path(pattern).parts:
        if _is_glob(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _wanted(name: str) -> bool:
    return Path(name).suffix.lower() in SUFFIXES and not name.startswith((".", "~$"))


def _walk(folder: Path, root: Path, unreadable: list[tuple[Path, Path, str]]) -> Iterable[Path]:
    """Input files under *folder*, recursively, in a fixed order; hidden folders and files skipped.

    Entries with an input suffix that are not plain readable files (broken links, link loops) are given
    too: the pipeline reports why they cannot be read.  Folders that cannot be listed go to *unreadable*.
    """
    def error(exc: OSError) -> None:
        unreadable.append((Path(exc.filename or folder), root, exc.strerror or str(exc)))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            p = Path(dirpath, name)
            if _wanted(name) and (p.is_file() or p.is_symlink()):
                yield p


def _key(p: Path) -> Path:
    try:
        return p.resolve()
    except (OSError, RuntimeError):  # a link loop
        return Path(os.path.abspath(p))


def _absolute(p: Path) -> Path:
    """*p* made absolute, its own link (if it is one) kept: a row is named where the file was found."""
    return Path(os.path.abspath(p))


def find_inputs(inputs: list[Path], unreadable: list[tuple[Path, Path, str]] | None = None) -> list[tuple[Path, Path]]:
    """(file, root) pairs; the file's source_path is its path relative to root.

    Folders are walked recursively for .pdf/.docx/.doc (root: the folder);
    files are taken as given, whatever their name (root: their folder); a
    glob takes the matching .pdf/.docx/.doc files and the files of matching
    folders (root: the glob's folder part).  A path that does not exist and
    matches nothing raises InputNotFound.  Folders that could not be listed
    are added to *unreadable* as (folder, root, reason).
    """
    unreadable = [] if unreadable is None else unreadable
    found: dict[Path, tuple[Path, Path]] = {}  # the file itself (links resolved): (path as found, root)
    for item in inputs:
        text = str(item)
        item = Path(item)
        if item.is_dir():
            for p in _walk(item, item, unreadable):
                found.setdefault(_key(p), (_absolute(p), item))
        elif item.is_file() or item.is_symlink():
            found.setdefault(_key(item), (_absolute(item), item.parent))
        elif _is_glob(text):
            if not _add_glob(text, found, unreadable):
                raise InputNotFound(f"no .pdf, .docx or .doc file matches {text}")
        else:
            raise InputNotFound(f"no such file or folder: {text}")
    return [found[k] for k in sorted(found, key=str)]


def _add_glob(text: str, found: dict[Path, tuple[Path, Path]], unreadable: list[tuple[Path, Path, str]]) -> int:
    base, n = _glob_base(text), 0
    for m in map(Path, sorted(glob.glob(text, recursive=True))):
        if m.is_dir():
            for p in _walk(m, base, unreadable):
                found.setdefault(_key(p), (_absolute(p), base))
                n += 1
        elif (m.is_file() or m.is_symlink()) and _wanted(m.name):
            found.setdefault(_key(m), (_absolute(m), base))
            n += 1
    return n


def plan_jobs(files: list[tuple[Path, Path]], unreadable: list[tuple[Path, Path, str]] = ()) -> list[Job]:
    """One job per file with a unique source_path: files whose paths collide are re-rooted higher.
    *unreadable*: (folder, root, reason) of folders that could not be listed, each a job of its own."""
    jobs = [Job(p, root, relative_path(p, root)) for p, root in files]
    jobs += [Job(p, root, relative_path(p, root), unreadable=reason) for p, root, reason in unreadable]
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


def file_stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def hash_all(jobs: list[Job], workers: int) -> None:
    """Hash every file once, noting its size and modification time before (a file changed while it was
    hashed gets no hash: it is extracted, not cached)."""
    def one(job: Job) -> None:
        if job.unreadable:
            return
        before = file_stat(job.path)
        try:
            job.sha256 = sha256_of(job.path)
        except OSError:
            job.sha256 = None  # process_file reports why the file cannot be read
        job.stat = before
        if file_stat(job.path) != before:
            job.sha256 = None
    with ThreadPoolExecutor(max_workers=max(1, min(workers, 8))) as pool:
        list(pool.map(one, jobs))


def set_time_limits(jobs: list[Job], timeout: float | None) -> None:
    """Each job's time limit, the one place it is decided: *timeout* seconds for every file, or with None
    DEFAULT_TIMEOUT plus PER_PAGE_TIMEOUT a PDF page, so that a long scan (OCR'd at about 1.3 s a page)
    is not stopped for being long."""
    for job in jobs:
        if timeout is not None:
            job.time_limit = timeout
        else:
            pages = 0 if job.unreadable else pdf_pages(job.path)
            job.time_limit = DEFAULT_TIMEOUT + PER_PAGE_TIMEOUT * pages
