"""Input files: recognise the format by content, hash, and convert legacy .doc.

The format comes from the file's first bytes (magic numbers), not its name:
a PDF saved as ``.docx`` is read as a PDF.
"""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

PDF, DOCX, DOC, UNKNOWN = "pdf", "docx", "doc", "unknown"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SUFFIXES = (".pdf", ".docx", ".doc")


class ConversionError(Exception):
    """A .doc that could not be converted; the message is meant for people, ``code`` for machines."""

    def __init__(self, message: str, code: str = "conversion_failed"):
        super().__init__(message)
        self.code = code


def sniff(path: Path) -> str:
    """The file's format from its content: pdf, docx, doc or unknown."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(_OLE):
        return DOC
    if head.startswith(b"{\\rtf") and path.suffix.lower() == ".doc":
        return DOC  # Word's "save as .doc" is often RTF; LibreOffice converts it the same way
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                if "word/document.xml" in z.namelist():
                    return DOCX
        except OSError:
            raise
        except Exception:  # BadZipFile, and also NotImplementedError, UnicodeDecodeError ... of a damaged
            pass  # central directory: the DOCX reader says what is wrong with it
        return DOCX if path.suffix.lower() == ".docx" else UNKNOWN
    if path.suffix.lower() == ".docx":
        return DOCX  # the DOCX reader says what is wrong with it
    if path.suffix.lower() == ".pdf":
        return PDF
    return UNKNOWN


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def die_with_parent() -> None:
    """In a child process (Linux): be killed when the process that started it dies (PR_SET_PDEATHSIG)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the parent's process-group kill is the only net
        pass


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_convert(paths: list[Path], to: str, outdir: Path, timeout: float = 600) -> None:
    """Convert files with LibreOffice headless (``--convert-to TO``) in a private, throw-away profile.

    The profile keeps conversions independent of the user's LibreOffice and of each
    other (several may run at once).  Raises ConversionError when soffice is
    missing or takes longer than *timeout*; the caller checks what was written.
    """
    exe = soffice()
    if exe is None:
        raise ConversionError("LibreOffice (soffice) is not installed: install libreoffice-writer-nogui",
                              "needs_libreoffice")
    with tempfile.TemporaryDirectory(prefix="lo_profile_") as profile:
        cmd = [exe, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--convert-to", to,
               "--outdir", str(outdir), *map(str, paths)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=timeout, check=False, preexec_fn=die_with_parent)
        except subprocess.TimeoutExpired as exc:
            raise ConversionError(f"LibreOffice took more than {timeout:.0f} s to convert") from exc


def doc_to_docx(path: Path, workdir: Path, timeout: float = 120) -> Path:
    """Convert a legacy Word .doc to .docx with LibreOffice headless; returns the new file."""
    if soffice() is None:
        raise ConversionError("legacy .doc needs LibreOffice to convert it (install libreoffice-writer-nogui); "
                              "not converted", "needs_libreoffice")
    src = workdir / "input.doc"
    shutil.copyfile(path, src)
    soffice_convert([src], "docx", workdir, timeout)
    out = workdir / "input.docx"
    if not out.exists() or out.stat().st_size == 0:
        raise ConversionError("LibreOffice could not convert the .doc (corrupt or not a Word document)")
    return out
