"""What a batch run is asked to do: one small, frozen options record, and the run's fixed bounds.

New options (a reader choice, an output format ...) are one more field here with its default; the
engines and the sink read what they need from it.

>>> BatchOptions(workers=2).replace(force=True).force
True
>>> BatchOptions(engine="spark")
Traceback (most recent call last):
...
ValueError: unknown engine 'spark' (one of local, dask)
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..readers import DEFAULT_PDF_READER, PDF_READERS

ENGINES = ("local", "dask")
LAYOUTS = ("auto", "single", "dataset")
DEFAULT_TIMEOUT = 300.0  # seconds a file may take by default ...
PER_PAGE_TIMEOUT = 5.0  # ... plus this per PDF page (a long scan goes through OCR at ~1.3 s a page)
DATASET_THRESHOLD = 500  # more input files than this: each table is a folder of parts (layout "auto")
PART_FILES = 500  # input files per part of a dataset layout
DEFAULT_MEMORY_MB = 3072  # address space a local worker may take beyond its start (RLIMIT_AS); 0: no limit


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch.  ``timeout`` None: each file's own limit (DEFAULT_TIMEOUT plus PER_PAGE_TIMEOUT a
    PDF page); a number: that many seconds for every file.  ``memory_mb``: the address space each local
    worker process may take beyond what it starts with (0: no bound)."""

    workers: int | None = None  # None: the number of cores
    force: bool = False
    timeout: float | None = None
    progress: bool = False
    engine: str = "local"
    scheduler: str | None = None
    layout: str = "auto"
    memory_mb: int = DEFAULT_MEMORY_MB
    formats: tuple[str, ...] = ("parquet",)  # also "xlsx", "csv" (extract/export.py)
    pdf_reader: str = DEFAULT_PDF_READER  # or "pdfplumber", the reference reader (extract/readers.py)
    report: bool = False  # write report.html (extract/report.py)

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r} (one of {', '.join(ENGINES)})")
        if self.layout not in LAYOUTS:
            raise ValueError(f"unknown layout {self.layout!r} (one of {', '.join(LAYOUTS)})")
        if self.pdf_reader not in PDF_READERS:
            raise ValueError(f"unknown PDF reader {self.pdf_reader!r} (one of {', '.join(PDF_READERS)})")
        if self.timeout is not None and not self.timeout > 0:
            raise ValueError(f"timeout must be more than 0 seconds, not {self.timeout!r}")

    def replace(self, **changes) -> BatchOptions:
        return replace(self, **changes)
