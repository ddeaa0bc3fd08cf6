"""The output tables into a staging folder inside the output folder, then renamed into place.

Two writers with one interface (``add`` a result, ``commit``, ``discard``, ``outputs``):
:class:`SingleWriter` writes one Parquet file per table; :class:`DatasetWriter` a folder of
``part-NNNNN.parquet`` per table, one part per PART_FILES input files, written part by part in bounded
memory.  Each writer removes the other layout's files on commit, so the two never mix.  The staging folder
holds a marker file; a leftover staging folder (a killed run) is removed only when it has the marker.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from ..duplicates import Duplicates
from ..issues import Issue
from ..result import DocumentResult
from .options import PART_FILES

OUTPUT_TABLES = ("tasks", "task_agencies", "issues", "tables", "documents")  # documents last: it is the index of the others
STAGING_PREFIX = ".staging."
STAGING_MARKER = ".vn-decision-tasks-staging"


def clear_leftover_staging(out: Path) -> None:
    """Remove staging folders a killed run left, only those this program made (they hold the marker)."""
    for old in out.glob(f"{STAGING_PREFIX}*"):
        if old.is_dir() and not old.is_symlink() and (old / STAGING_MARKER).is_file():
            shutil.rmtree(old, ignore_errors=True)


def new_staging(out: Path) -> Path:
    """A fresh staging folder inside *out*, with the marker that lets a later run remove it if this one dies."""
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    (staging / STAGING_MARKER).write_text("made by vn-decision-tasks; removed when its run ends\n")
    return staging


def publish(names: list[str], staging: Path, out: Path) -> None:
    """Rename files made in staging (exports, report) into *out*, readable as outputs are."""
    for name in names:
        os.chmod(staging / name, _file_mode())
        os.replace(staging / name, out / name)


class _Writer:
    def __init__(self, out: Path):
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        clear_leftover_staging(out)
        self.staging = new_staging(out)
        self.mode = _file_mode()
        self.records: dict[str, list[dict]] = {name: [] for name in OUTPUT_TABLES}
        self.duplicates = Duplicates()
        self.extras: Callable[[Path], list[str]] | None = None  # exports and report, made in staging (handoff.py)

    def _make_extras(self) -> list[str]:
        """The exports and the report, made in staging from the tables written there (renamed after them)."""
        return self.extras(self.staging) if self.extras else []

    def add(self, result: DocumentResult) -> None:
        for name, rows in result.records().items():
            self.records[name].extend(rows)

    def _mark_duplicates(self) -> None:
        """``duplicate_of`` on the buffered documents, and a duplicate_document issue for each copy."""
        tasks_by_doc: dict[str, list[dict]] = {}
        for t in self.records["tasks"]:
            tasks_by_doc.setdefault(t["doc_id"], []).append(t)
        found = self.duplicates.mark(self.records["documents"], tasks_by_doc)
        if not found:
            return
        by_doc: dict[str, list[dict]] = {}
        for row in self.records["issues"]:
            by_doc.setdefault(row["doc_id"], []).append(row)
        for doc in self.records["documents"]:
            if doc["doc_id"] in found:
                issue = Issue("duplicate_document", message=f"the same decision as {found[doc['doc_id']]}",
                              value=found[doc["doc_id"]])
                by_doc.setdefault(doc["doc_id"], []).append({"doc_id": doc["doc_id"], **issue.to_dict()})
                doc["issues_count"] = (doc.get("issues_count") or 0) + 1
        # in document order, each document's issues together: the same rows in either layout
        self.records["issues"] = [row for doc in self.records["documents"] for row in by_doc.get(doc["doc_id"], [])]

    def _write(self, name: str, path: Path) -> None:
        from schemas.write import to_table, write_table  # pyarrow: only when something is written

        write_table(to_table(name, self.records[name]), path)
        os.chmod(path, self.mode)  # temporary files are private; outputs are not

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


class SingleWriter(_Writer):
    """One Parquet file per table: ``<out>/tasks.parquet`` ..."""

    def commit(self) -> None:
        self._mark_duplicates()
        for name in OUTPUT_TABLES:
            self._write(name, self.staging / f"{name}.parquet")
        extras = self._make_extras()
        for name in OUTPUT_TABLES:
            os.replace(self.staging / f"{name}.parquet", self.out / f"{name}.parquet")
            _remove_parts(self.out / name)  # left by an earlier dataset-layout run
        publish(extras, self.staging, self.out)

    def outputs(self) -> list[Path]:
        return [self.out / f"{name}.parquet" for name in OUTPUT_TABLES]


class DatasetWriter(_Writer):
    """A folder of parts per table: ``<out>/tasks/part-00000.parquet`` ..., part N of the three tables
    covering the same input files."""

    def __init__(self, out: Path, part_files: int | None = None):
        super().__init__(out)
        self.part_files = part_files or PART_FILES
        self.files = 0  # input files in the current part
        self.parts = 0

    def add(self, result: DocumentResult) -> None:
        super().add(result)
        self.files += 1
        if self.files >= self.part_files:
            self._write_part()

    def _write_part(self) -> None:
        self._mark_duplicates()
        for name in OUTPUT_TABLES:
            self._write(name, self.staging / name / f"part-{self.parts:05d}.parquet")
            self.records[name] = []
        self.files = 0
        self.parts += 1

    def commit(self) -> None:
        if self.files or not self.parts:  # the last, partial part (or one empty part: globs match)
            self._write_part()
        for name in OUTPUT_TABLES:
            if not _only_parts(self.out / name):
                raise OSError(f"{self.out / name} holds files this program did not write: not replaced")
        extras = self._make_extras()
        for name in OUTPUT_TABLES:  # a folder cannot be renamed over another: the old one steps aside first
            target, old = self.out / name, self.staging / f"old.{name}"
            moved = target.is_dir() and not target.is_symlink()
            if moved:
                os.replace(target, old)
            try:
                os.replace(self.staging / name, target)
            except OSError:
                if moved:
                    os.replace(old, target)
                raise
            (self.out / f"{name}.parquet").unlink(missing_ok=True)  # left by an earlier single-file run
        publish(extras, self.staging, self.out)

    def outputs(self) -> list[Path]:
        return sorted(p for name in OUTPUT_TABLES for p in (self.out / name).glob("part-*.parquet"))


def make_writer(out: Path, layout: str) -> SingleWriter | DatasetWriter:
    return DatasetWriter(out) if layout == "dataset" else SingleWriter(out)


def _only_parts(folder: Path) -> bool:
    """Is *folder* absent, or a table folder this program wrote (nothing but part-NNNNN.parquet files)?"""
    if not folder.exists():
        return True
    if not folder.is_dir() or folder.is_symlink():
        return False
    return all(p.is_file() and p.name.startswith("part-") and p.suffix == ".parquet" for p in folder.iterdir())


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


def _file_mode() -> int:
    """The mode a new file gets under the current umask (0o644 with the usual 022)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
