"""Reading an output folder back, whatever its layout: ``<dir>/tasks.parquet`` or ``<dir>/tasks/part-*.parquet``.

Used by the exports, the report and the notebook API; it only needs pyarrow.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

KNOWN_TABLES = ("tasks", "documents", "task_agencies", "issues", "tables")  # the order sheets and files follow


def table_files(folder: Path, name: str) -> list[Path]:
    """The Parquet files holding table *name* under *folder* (one file, or the parts in order); [] when absent."""
    folder = Path(folder)
    single = folder / f"{name}.parquet"
    if single.is_file():
        return [single]
    parts = folder / name
    return sorted(parts.glob("part-*.parquet")) if parts.is_dir() else []


def tables_in(folder: Path) -> list[str]:
    """The known tables present under *folder*, in KNOWN_TABLES order."""
    return [n for n in KNOWN_TABLES if table_files(folder, n)]


def read_table(folder: Path, name: str, columns: list[str] | None = None):
    """Table *name* as one pyarrow Table (the parts concatenated); None when absent.

    *columns*: only those of them the table has (a column added later may be missing from older output).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = table_files(folder, name)
    if not files:
        return None
    tables = []
    for f in files:
        have = pq.read_schema(f).names
        cols = None if columns is None else [c for c in columns if c in have]
        tables.append(pq.read_table(f, columns=cols))
    return pa.concat_tables(tables, promote_options="default") if len(tables) > 1 else tables[0]


def iter_batches(folder: Path, name: str, batch_size: int = 20_000) -> Iterator:
    """Record batches of table *name*, part after part, in bounded memory."""
    import pyarrow.parquet as pq

    for f in table_files(folder, name):
        yield from pq.ParquetFile(f).iter_batches(batch_size=batch_size)


def schema_of(folder: Path, name: str):
    """The Arrow schema of table *name* (its first file), or None."""
    import pyarrow.parquet as pq

    files = table_files(folder, name)
    return pq.read_schema(files[0]) if files else None


def num_rows(folder: Path, name: str) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in table_files(folder, name))
