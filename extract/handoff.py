"""What a run hands to people beside the Parquet tables: the exports (xlsx, csv) and ``report.html``.

The batch calls :func:`extras_hook` to get the function the output writer runs in its staging folder once
the tables are there: the extras are made from those tables and renamed into place with them, so a run
killed half-way leaves the previous set whole.  A re-run with nothing new leaves the output untouched but
still adds an export or the report that is asked for and missing (:func:`add_missing`).
"""
from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Callable

from .export import XLSX_NAME, write_csv, write_xlsx
from .readback import KNOWN_TABLES, tables_in
from .report import REPORT_NAME, write_report

log = logging.getLogger("extract")


def extra_names(tables: list[str], formats: tuple[str, ...], report: bool) -> list[str]:
    """The files the extras of *formats* make for *tables*.

    >>> extra_names(["tasks", "documents"], ("parquet", "xlsx", "csv"), True)
    ['tasks.xlsx', 'tasks.csv', 'documents.csv', 'report.html']
    """
    names = [XLSX_NAME] if "xlsx" in formats else []
    names += [f"{t}.csv" for t in tables] if "csv" in formats else []
    return names + ([REPORT_NAME] if report else [])


def write_extras(tables: Path, dest: Path, formats: tuple[str, ...], report: bool,
                 sources: dict[str, Path] | None = None, only: set[str] | None = None) -> list[str]:
    """Make the extras from the tables under *tables* into the folder *dest*; returns the names written.

    A failing report is logged and left out (the tables and the exports asked for still count);
    a failing export raises.
    """
    written = []
    for name in extra_names(tables_in(tables), formats, report):
        if only is not None and name not in only:
            continue
        if name == XLSX_NAME:
            write_xlsx(tables, dest / name)
        elif name == REPORT_NAME:
            try:
                write_report(tables, dest / name, sources=sources)
            except Exception as exc:  # the report is a view: never lose a run for it
                log.error("report.html not written: %s: %s", type(exc).__name__, exc)
                continue
        else:
            write_csv(tables, name[:-len(".csv")], dest / name)
        written.append(name)
    return written


def extras_hook(formats: tuple[str, ...], report: bool,
                sources: dict[str, Path] | None = None) -> Callable[[Path], list[str]] | None:
    """The function the writer runs in its staging folder; None when there is nothing to make."""
    if not report and not set(formats) - {"parquet"}:
        return None
    return lambda staging: write_extras(staging, staging, formats, report, sources)


def remove_stale(out: Path, formats: tuple[str, ...]) -> None:
    """Exports of a format not asked for this time: they would no longer match the tables."""
    stale = [] if "xlsx" in formats else [XLSX_NAME]
    stale += [] if "csv" in formats else [f"{t}.csv" for t in KNOWN_TABLES]
    for name in stale:
        (Path(out) / name).unlink(missing_ok=True)


def add_missing(out: Path, formats: tuple[str, ...], report: bool, sources: dict[str, Path] | None = None) -> None:
    """Make the extras asked for that *out* lacks (its tables are current), atomically."""
    out = Path(out)
    missing = {n for n in extra_names(tables_in(out), formats, report) if not (out / n).exists()}
    if not missing:
        return
    from .batch.writers import new_staging, publish

    staging = new_staging(out)
    try:
        publish(write_extras(out, staging, formats, report, sources, only=missing), staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
