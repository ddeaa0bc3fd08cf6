"""Rebuild the documents folder of tests/real from the public repositories the manifest names.

The documents are not committed (README.md, "Where the files are"); each manifest entry's ``source`` names the
repository, the path in it and the commit, so a fresh machine can rebuild them:

    .venv/bin/python tests/real/restore.py [--mirrors /work/.mirror] [--into tests/real/docs] [--ids a,b]

Each repository must already be fetched as a bare or normal git directory under the mirrors folder, named
``owner+name`` (what the workplace's ``fetch`` gives: ``<mirrors>/owner+name/repo``).  Then, per entry:

- the file is the blob at ``path`` in ``commit`` (or, if the snapshot lacks that commit, the one blob ever stored at
  that path whose sha256 is the manifest's, when it names one);
- ``(member X)`` takes member X of the RAR/ZIP archive at that path (bsdtar or unar);
- ``EXCERPT: pages A-B`` (or ``pages 1,A-B``) keeps those pages of a PDF (pypdfium2);
- ``(+ the .pdf beside it)`` takes the original PDF beside the file as its twin; any other twin is made by
  LibreOffice from the file (``.docx`` -> ``.pdf``, ``.doc`` -> ``.docx``), as the manifest's notes say.

A file that is already there is left as it is.  The script prints one line per file and exits 1 if any is missing.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
_SOURCE = re.compile(r"^github:(?P<repo>\S+) (?P<path>.+?) @ (?P<commit>[0-9a-f]{40})(?P<rest>.*)$", re.S)
_MEMBER = re.compile(r" \(member (?P<member>[^)]+)\)$")
_BESIDE = " (+ the .pdf beside it)"
_EXCERPT = re.compile(r"EXCERPT: pages ([\d,-]+\d)")
_SHA = re.compile(r"sha256 ([0-9a-f]{64})")


def parse_source(source: str) -> dict:
    """Split a manifest ``source`` into its parts.

    >>> p = parse_source("github:a/b x/y.rar (member y/z.docx) @ " + "0" * 40 + "; EXCERPT: pages 1-3 of the 9")
    >>> (p["repo"], p["path"], p["member"], p["pages"], p["beside"])
    ('a/b', 'x/y.rar', 'y/z.docx', [1, 2, 3], False)
    """
    m = _SOURCE.match(source.strip())
    if not m:
        raise ValueError(f"source not understood: {source[:80]}")
    path, member, beside = m["path"], None, path_has_beside(m["path"])
    if beside:
        path = path[: -len(_BESIDE)]
    mm = _MEMBER.search(path)
    if mm:
        path, member = path[: mm.start()], mm["member"]
    ex = _EXCERPT.search(m["rest"])
    sha = _SHA.search(m["rest"])
    return {"repo": m["repo"], "path": path, "commit": m["commit"], "member": member, "beside": beside,
            "pages": page_list(ex[1]) if ex else None, "sha256": sha[1] if sha else None}


def page_list(spec: str) -> list[int]:
    """Page numbers (from 1) of an excerpt's spec.

    >>> page_list("1,24-26")
    [1, 24, 25, 26]
    """
    pages: list[int] = []
    for part in spec.split(","):
        first, _, last = part.partition("-")
        pages.extend(range(int(first), int(last or first) + 1))
    return pages


def path_has_beside(path: str) -> bool:
    return path.endswith(_BESIDE)


def git_dir(mirrors: Path, repo: str) -> Path | None:
    base = mirrors / repo.replace("/", "+")
    for cand in (base / "repo" / ".git", base / "repo", base):
        if (cand / "objects").is_dir():
            return cand
    return None


def _git(gd: Path, *args: str) -> bytes | None:
    r = subprocess.run(["git", f"--git-dir={gd}", *args], capture_output=True)
    return r.stdout if r.returncode == 0 else None


def blob(gd: Path, commit: str, path: str, sha256: str | None) -> bytes | None:
    """The file at ``path`` in ``commit``; else, with a known sha256, any stored version of that path that has it."""
    data = _git(gd, "show", f"{commit}:{path}")
    if data is not None or sha256 is None:
        return data
    for c in (_git(gd, "log", "--all", "--format=%H", "--", path) or b"").decode().split():
        data = _git(gd, "show", f"{c}:{path}")
        if data is not None and hashlib.sha256(data).hexdigest() == sha256:
            return data
    return None


def member_of(archive: bytes, name: str, suffix: str) -> bytes | None:
    with tempfile.TemporaryDirectory() as tmp:
        arc = Path(tmp) / f"a{suffix}"
        arc.write_bytes(archive)
        out = Path(tmp) / "out"
        out.mkdir()
        if shutil.which("bsdtar"):
            subprocess.run(["bsdtar", "-xf", str(arc), "-C", str(out), name], capture_output=True)
        if not (out / name).exists() and shutil.which("unar"):
            subprocess.run(["unar", "-q", "-o", str(out), "-D", str(arc), name], capture_output=True)
        got = out / name
        return got.read_bytes() if got.is_file() else None


def pdf_pages(data: bytes, pages: list[int]) -> bytes:
    import io

    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(data)
    new = pdfium.PdfDocument.new()
    new.import_pages(src, [p - 1 for p in pages if p <= len(src)])
    buf = io.BytesIO()
    new.save(buf)
    return buf.getvalue()


def convert(src: Path, target: Path) -> bool:
    """LibreOffice: ``src`` to ``target``'s format, written beside it under ``target``'s name."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return False
    fmt = target.suffix.lstrip(".")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / f"in{src.suffix}"
        shutil.copyfile(src, work)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", fmt,
                        "--outdir", tmp, str(work)], capture_output=True, timeout=600)
        out = Path(tmp) / f"in.{fmt}"
        if not out.is_file():
            return False
        shutil.copyfile(out, target)
    return True


def original(entry: dict, mirrors: Path) -> tuple[bytes | None, str]:
    """The document's own bytes, and a word on why not when there are none."""
    p = parse_source(entry["source"])
    gd = git_dir(mirrors, p["repo"])
    if gd is None:
        return None, f"no mirror of {p['repo']} under {mirrors}"
    data = blob(gd, p["commit"], p["path"], None if p["member"] else p["sha256"])
    if data is None:
        return None, f"{p['path']} @ {p['commit'][:8]} is not in the mirror"
    if p["member"]:
        data = member_of(data, p["member"], Path(p["path"]).suffix)
        if data is None:
            return None, f"member {p['member']} not extracted (bsdtar/unar)"
    if p["pages"]:
        data = pdf_pages(data, p["pages"])
    elif p["sha256"] and hashlib.sha256(data).hexdigest() != p["sha256"]:
        return None, "sha256 differs from the manifest's"
    return data, "ok"


def twin(entry: dict, name: str, into: Path, mirrors: Path) -> str:
    p = parse_source(entry["source"])
    if p["beside"] and name.endswith(".pdf"):
        gd = git_dir(mirrors, p["repo"])
        data = blob(gd, p["commit"], str(Path(p["path"]).with_suffix(".pdf")), None) if gd else None
        if data is None:
            return "the pdf beside it is not in the mirror"
        (into / name).write_bytes(data)
        return "ok (original beside it)"
    return "ok (LibreOffice)" if convert(into / entry["file"], into / name) else "not converted (soffice?)"


def restore(entries: list[dict], into: Path, mirrors: Path) -> int:
    into.mkdir(parents=True, exist_ok=True)
    missing = 0
    for e in entries:
        target = into / e["file"]
        if target.exists():
            why = "already there"
        else:
            data, why = original(e, mirrors)
            if data is not None:
                target.write_bytes(data)
        missing += not target.exists()
        print(f"{e['file']}: {why}")
        for name in e.get("twins") or []:
            if (into / name).exists():
                print(f"  {name}: already there")
                continue
            why = twin(e, name, into, mirrors) if target.exists() else "no original"
            missing += not (into / name).exists()
            print(f"  {name}: {why}")
    return missing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--into", type=Path, default=HERE / "docs")
    ap.add_argument("--ids", default="", help="comma-separated document ids (default: all)")
    a = ap.parse_args(argv)
    entries = yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))["documents"]
    if a.ids:
        entries = [e for e in entries if e["id"] in set(a.ids.split(","))]
    missing = restore(entries, a.into, a.mirrors)
    print(f"{missing} file(s) missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
