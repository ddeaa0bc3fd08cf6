"""Finding the input files of a batch: folders, files and globs, each with its source path and hash.

Folders are walked recursively for .pdf, .docx and .doc (hidden files and Word's ``~$`` lock files are
skipped), files are taken as given, globs are expanded; each file's ``source_path`` is relative to the
folder it was found under (to the common parent when two inputs would give the same path).  Every file is
hashed once, in threads.
"""
from __future__ import annotations

import glob
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .result import relative_path
from .sources import SUFFIXES, sha256_of


class InputNotFound(FileNotFoundError):
    """An input argument that is no file or folder and matches nothing."""


PDF_READERS = ("pdfium", "pdfplumber")  # --pdf-reader: PDFium (fast) or pdfplumber (the reference)
DEFAULT_PDF_READER = "pdfium"


@dataclass
class Job:
    path: Path
    root: Path
    source_path: str
    sha256: str | None = None
    key: str | None = None
    time_limit: float | None = None  # seconds this file may take; None: the run's limit
    pdf_reader: str = DEFAULT_PDF_READER


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


def hash_all(jobs: list[Job], workers: int) -> None:
    def one(job: Job) -> None:
        try:
            job.sha256 = sha256_of(job.path)
        except OSError:
            job.sha256 = None  # process_file reports why the file cannot be read
    with ThreadPoolExecutor(max_workers=max(1, min(workers, 8))) as pool:
        list(pool.map(one, jobs))
