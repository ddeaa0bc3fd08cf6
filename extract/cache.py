"""Per-file result cache under ``<out>/.cache/``, so a re-run only extracts what changed.

An entry is one file's :class:`~extract.pipeline.DocumentResult`, pickled, and is
named by a key over the file's SHA-256, its path relative to the input folder
(the doc_id depends on it) and the pipeline fingerprint: the package version and
a hash of the extraction code and data files, so an edited reader or vocabulary
invalidates every entry without anyone bumping a version number.

The cache is an optimisation only: an entry that is missing, unreadable, corrupt
or for another key is a miss, and writes are atomic (temporary name, rename).
Entries hold pickles: the cache folder must be as trusted as the code (it lives
in the output folder the user chose).
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from . import __version__

CACHE_DIR = ".cache"
_FORMAT = 1  # bump when the entry layout changes
_CODE_DIRS = ("extract", "normalize", "schemas")
_NOT_EXTRACTION = {"batch.py", "cache.py", "__main__.py", "inspect.py", "engine_dask.py", "inputs.py", "pool.py",
                   "output.py"}  # batch plumbing and tools


def pipeline_fingerprint() -> str:
    """Version plus a hash of the code and data that decide what a file gives (and of the user's --vocab)."""
    from normalize.vocab import vocab_fingerprint

    return _fingerprint(vocab_fingerprint())


@lru_cache(maxsize=4)
def _fingerprint(vocab: str) -> str:
    h = hashlib.sha256(f"{__version__}\0{_FORMAT}\0{vocab}".encode())
    base = Path(__file__).resolve().parent.parent
    for d in _CODE_DIRS:
        folder = base / d
        if not folder.is_dir():
            continue
        for p in sorted(folder.rglob("*")):
            if p.suffix not in (".py", ".yaml", ".yml", ".txt", ".json") or not p.is_file():
                continue
            if "__pycache__" in p.parts or (d == "extract" and p.parent == folder and p.name in _NOT_EXTRACTION):
                continue
            h.update(p.relative_to(base).as_posix().encode() + b"\0")
            h.update(p.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


def _stat(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def entry_key(sha256: str, source_path: str, fingerprint: str | None = None) -> str:
    fingerprint = fingerprint or pipeline_fingerprint()
    return hashlib.sha256(f"{fingerprint}\0{source_path}\0{sha256}".encode()).hexdigest()


class ResultCache:
    """get / put DocumentResults by key; ``prune`` keeps only the keys a run used."""

    def __init__(self, out: Path):
        self.dir = Path(out) / CACHE_DIR

    def _path(self, key: str) -> Path:
        return self.dir / f"{key}.pkl"

    def get(self, key: str):
        """The stored result for *key*, or None (missing or unusable entries are misses)."""
        try:
            with open(self._path(key), "rb") as fh:
                stored_key, result = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception:  # corrupt, truncated, from an incompatible version: a miss
            return None
        if stored_key != key or not hasattr(result, "document"):
            return None
        return result

    def put(self, key: str, result) -> None:
        """Store *result* atomically; a cache that cannot be written is not an error."""
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=self.dir)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump((key, result), fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, self._path(key))
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass

    # The manifest says which results the output files hold, so that a re-run with nothing new
    # can leave them as they are instead of writing the same bytes again.
    MANIFEST = "manifest.json"

    def write_manifest(self, keys: list[str], layout: str, outputs: list[Path]) -> None:
        """Record that *outputs* (as they are now on disk) hold the results *keys*, in order."""
        stats = {p.name if p.parent == self.dir.parent else f"{p.parent.name}/{p.name}": _stat(p) for p in outputs}
        data = {"keys": keys, "layout": layout, "outputs": stats}
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".manifest.", suffix=".tmp", dir=self.dir)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh)
            os.replace(tmp, self.dir / self.MANIFEST)
        except OSError:
            pass

    def outputs_hold(self, keys: list[str], layout: str) -> bool:
        """Do the output files, untouched since they were written, hold exactly the results *keys*?"""
        try:
            data = json.loads((self.dir / self.MANIFEST).read_text(encoding="utf-8"))
            if data["keys"] != keys or data["layout"] != layout or not data["outputs"]:
                return False
            base = self.dir.parent
            return all(_stat(base / rel) == list(st) for rel, st in data["outputs"].items())
        except (OSError, ValueError, KeyError, TypeError):
            return False

    def prune(self, keep: set[str]) -> int:
        """Delete entries (and leftover temporary files) not in *keep*; the number deleted."""
        removed = 0
        if not self.dir.is_dir():
            return 0
        for p in self.dir.iterdir():
            if p.is_file() and (p.suffix == ".tmp" or (p.suffix == ".pkl" and p.stem not in keep)):
                try:
                    p.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed
