"""Per-file result cache under ``<out>/.cache/``, so a re-run only extracts what changed.

An entry is one file's :class:`~extract.result.DocumentResult` as JSON data (:mod:`.codec`: no pickles,
nothing in it runs), named ``<key>.json`` by a key over the file's SHA-256, its path relative to the
input folder (the doc_id depends on it) and the pipeline fingerprint: a hash of the extraction package
and its data files plus the versions of pdfplumber, pdfminer and Tesseract, so an edited reader, a new
library or a new Tesseract invalidates every entry without anyone bumping a version number.

Every entry is validated when read (shape, issue codes, the Arrow schema); one that does not validate is
ignored (the file is extracted again, with a ``cache_entry_invalid`` issue) and replaced.  The folder
holds a ``CACHEDIR.TAG`` marker; only in a folder that has it are files removed, and only names this
module writes (``<64 hex digits>.json``, ``.entry.*.tmp``, ``.manifest.*.tmp``).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from ..readers import DEFAULT_PDF_READER
from .. import __version__
from ..result import FAILED, DocumentResult
from .codec import InvalidEntry, decode, encode
from .inputs import Job

CACHE_DIR = ".cache"
MARKER = "CACHEDIR.TAG"
MARKER_TEXT = ("Signature: 8a477f597d28d172789f06886806bc55\n"
               "# vn-decision-tasks: results per input file, re-made by the next run when removed.\n")
_ENTRY = re.compile(r"^[0-9a-f]{64}\.(json|pkl)$")  # .pkl: pickles of earlier versions (never read)
_TEMP = re.compile(r"^\.(entry|manifest)\..+\.tmp$")
_PACKAGE = Path(__file__).resolve().parent.parent  # extract/
_NOT_EXTRACTION = {"batch", "__main__.py", "inspect.py", "__pycache__"}  # plumbing and tools


def _tesseract_version() -> str:
    cmd = os.environ.get("TESSERACT_CMD") or shutil.which("tesseract")
    if not cmd:
        return "none"
    try:
        out = subprocess.run([cmd, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "unusable"
    return ((out.stdout or out.stderr).splitlines() or ["unknown"])[0].strip()


def _library_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for name in ("pdfplumber", "pdfminer.six"):
        try:
            parts.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            parts.append(f"{name}=none")
    return ";".join(parts + [f"tesseract={_tesseract_version()}"])


def _code_files() -> list[Path]:
    files = [p for p in _PACKAGE.rglob("*") if not (set(p.relative_to(_PACKAGE).parts[:1]) & _NOT_EXTRACTION)]
    for other in ("normalize", "schemas"):
        files += list((_PACKAGE.parent / other).rglob("*"))
    return sorted(p for p in files if p.is_file() and p.suffix in (".py", ".yaml", ".yml", ".txt", ".json")
                  and "__pycache__" not in p.parts)


def pipeline_fingerprint(pdf_reader: str = DEFAULT_PDF_READER) -> str:
    """Version plus a hash of the code and data that decide what a file gives, of the libraries' versions
    (pdfplumber, pdfminer, Tesseract), of the user's --vocab file, and the PDF reader chosen."""
    from normalize.vocab import vocab_fingerprint

    return f"{_fingerprint(vocab_fingerprint())}+{pdf_reader}"


@lru_cache(maxsize=4)
def _fingerprint(vocab: str) -> str:
    h = hashlib.sha256(f"{__version__}\0{_library_versions()}\0{vocab}".encode())
    base = _PACKAGE.parent
    for p in _code_files():
        h.update(p.relative_to(base).as_posix().encode() + b"\0")
        h.update(p.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


def entry_key(sha256: str, source_path: str, fingerprint: str | None = None) -> str:
    fingerprint = fingerprint or pipeline_fingerprint()
    return hashlib.sha256(f"{fingerprint}\0{source_path}\0{sha256}".encode()).hexdigest()


def cacheable(job: Job, result: DocumentResult, trouble: str | None) -> bool:
    """Results that depend only on the file's bytes and the code; not ones the machine decided (time-outs,
    crashes, a missing LibreOffice or Tesseract, a file that changed): decided by the issues' codes."""
    if trouble is not None or job.sha256 is None:
        return False
    if result.document.get("status") == FAILED and not result.issues:
        return False  # a failure that says nothing about why: do not keep it
    return not any(issue.retryable for issue in result.issues)


class ResultCache:
    """get / put DocumentResults by key; ``prune`` keeps only the keys a run used."""

    def __init__(self, out: Path):
        self.dir = Path(out) / CACHE_DIR
        self.invalid: set[str] = set()  # keys whose entry did not validate in this run

    def _path(self, key: str) -> Path:
        return self.dir / f"{key}.json"

    def ours(self) -> bool:
        """Is the folder this program's cache (it holds the marker)?"""
        try:
            return (self.dir / MARKER).read_text(encoding="utf-8", errors="replace") == MARKER_TEXT
        except OSError:
            return False

    def get(self, key: str) -> DocumentResult | None:
        """The stored result for *key*, or None (missing or invalid entries are misses)."""
        try:
            raw = self._path(key).read_bytes()
        except OSError:
            return None
        try:
            return decode(raw, key)
        except InvalidEntry:
            self.invalid.add(key)
            if self.ours():
                self._path(key).unlink(missing_ok=True)
            return None

    def _write(self, name: str, data: bytes, prefix: str) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        if not (self.dir / MARKER).exists() and all(_ENTRY.match(p.name) or _TEMP.match(p.name)
                                                     or p.name == self.MANIFEST for p in self.dir.iterdir()):
            (self.dir / MARKER).write_text(MARKER_TEXT, encoding="utf-8")  # a folder of this program's own
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=self.dir)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self.dir / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def put(self, key: str, result: DocumentResult) -> None:
        """Store *result* atomically; a cache that cannot be written is not an error."""
        try:
            self._write(f"{key}.json", encode(result, key), ".entry.")
        except (OSError, TypeError, ValueError):
            pass

    # The manifest says which results the output files hold, so that a re-run with nothing new
    # can leave them as they are instead of writing the same bytes again.
    MANIFEST = "manifest.json"

    def write_manifest(self, keys: list[str], layout: str, outputs: list[Path]) -> None:
        """Record that *outputs* (as they are now on disk) hold the results *keys*, in order."""
        stats = {p.name if p.parent == self.dir.parent else f"{p.parent.name}/{p.name}": _stat(p) for p in outputs}
        try:
            self._write(self.MANIFEST, json.dumps({"keys": keys, "layout": layout, "outputs": stats}).encode(),
                        ".manifest.")
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
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return False

    def prune(self, keep: set[str]) -> int:
        """Delete this program's entries (and leftover temporary files) not in *keep*; the number deleted.
        Nothing is deleted from a folder without the marker, nor any name this module does not write."""
        if not self.dir.is_dir() or not self.ours():
            return 0
        removed = 0
        for p in self.dir.iterdir():
            stale = _ENTRY.match(p.name) and (p.suffix == ".pkl" or p.stem not in keep)
            if (stale or _TEMP.match(p.name)) and p.is_file() and not p.is_symlink():
                try:
                    p.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed


def _stat(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]
