"""One measurement in a fresh process; prints a JSON line (seconds, pages, peak RSS).

Run by ``bench/__main__.py`` so that each measurement's peak memory is its own.
Peak RSS is the largest resident set of this process or of any worker it waited for.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

T0 = time.perf_counter()


def cpu_seconds() -> float:
    """User plus system time of this process and of the workers it waited for."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return round(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, 3)


def peak_rss_mb() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(me, kids) / 1024, 1)


def pdfs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.pdf"))


def run_pdfplumber(folder: Path) -> dict:
    """The floor: pdfplumber's extract_tables over every page, nothing else."""
    import pdfplumber

    pages = tables = 0
    for path in pdfs(folder):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                tables += len(page.extract_tables())
                pages += 1
                page.close()
    return {"pages": pages, "tables": tables}


def run_camelot(folder: Path) -> dict:
    try:
        import camelot
    except ImportError:
        return {"error": "camelot-py not installed (pip install '.[bench]')"}
    pages = tables = 0
    for path in pdfs(folder):
        found = camelot.read_pdf(str(path), pages="all", flavor="lattice")
        tables += found.n
        import pypdfium2 as pdfium
        pages += len(pdfium.PdfDocument(str(path)))
    return {"pages": pages, "tables": tables}


def run_pipeline(args: list[str]) -> dict:
    from extract.__main__ import main

    code = main(args + ["--quiet"])
    return {"exit": code}


def _staged_pdf(path: Path, reader: str, t: dict):
    """The reader's read_pdf loop, timing apart reading a page (characters, lines) and finding its tables."""
    from extract.pdf_geometry import Reading

    reading = Reading()
    if reader == "pdfium":
        import ctypes

        import pypdfium2 as pdfium

        from extract.pdfium_reader import _C, _check_complete, flat_page

        _check_complete(path)
        pdf = pdfium.PdfDocument(str(path))
        zero = "LibreOffice" in (pdf.get_metadata_value("Producer") or "")
        doc = ctypes.cast(pdf.raw, ctypes.c_void_p).value
        pages = [_C.FPDF_LoadPage(doc, i) for i in range(len(pdf))]
        flat = lambda page: flat_page(page, zero)  # noqa: E731
        close = _C.FPDF_ClosePage
    else:
        import pdfplumber

        from extract.pdf_reader import LeanPage

        pdf = pdfplumber.open(str(path))
        pages = pdf.pages

        def flat(page):
            if not page.rotation:
                page.__class__ = LeanPage
            page.chars, page.edges  # parsed once, kept by the page
            return page

        def close(page):
            page.close()
    for no, page in enumerate(pages, start=1):
        a = time.perf_counter()
        p = flat(page)
        b = time.perf_counter()
        reading.add_page(p, no)
        t["find tables"] += time.perf_counter() - b
        t["read"] += b - a
        close(page)
    pdf.close()
    return reading.result(len(pages))


def run_stages(folder: Path, out: Path, reader: str = "pdfium") -> dict:
    """Time per stage of the pipeline, in this process, over every PDF and DOCX of *folder*."""
    from extract.docx_reader import read_docx
    from extract.metadata import find_metadata
    from extract.pipeline import _Context, _record
    from extract.stitch import stitch
    from schemas.write import to_table, write_table

    t = {"read": 0.0, "find tables": 0.0, "stitch": 0.0, "normalize": 0.0, "write": 0.0}
    records: list[dict] = []
    pdf_pages = 0
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".pdf", ".docx")):
        if path.suffix == ".pdf":
            r = _staged_pdf(path, reader, t)
            pdf_pages += r.pages
        else:
            a = time.perf_counter()
            r = read_docx(path)
            t["read"] += time.perf_counter() - a
        b = time.perf_counter()
        tables, rows, _ = stitch(r.fragments)
        c = time.perf_counter()
        meta = find_metadata(r.head_text)
        ctx = _Context(meta.year, meta.date, meta.issuer)
        for i, row in enumerate(rows):
            records.append(_record("x", path.name, i, row, ctx, tables[row.table_index])[0])
        d = time.perf_counter()
        t["stitch"] += c - b
        t["normalize"] += d - c
    a = time.perf_counter()
    write_table(to_table("tasks", records), out / "tasks.parquet")
    t["write"] = time.perf_counter() - a
    return {"pages": pdf_pages, "rows": len(records), "reader": reader,
            "stages": {k: round(v, 3) for k, v in t.items()}}


def run_normalizers(seed: Path) -> dict:
    from normalize import agencies, deadlines, text

    cells, dls = [], []
    for line in seed.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 6 and parts[0] != "STT":
            cells += [c for c in parts[2:4] if c.strip()]
            if parts[4].strip():
                dls.append(parts[4])
    out = {}
    for name, fn, items, clear in (
        ("agency_cells", agencies.parse_agencies, cells, agencies.clear_caches),
        ("deadline_strings", deadlines.parse_deadline, dls, deadlines._parse_cached.cache_clear),
    ):
        for s in items:     # the gazetteer, the vocabularies, the word list and the tagger load once per process,
            fn(s)           # on the first cell that needs them: not a cost per cell
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < 1.0:
            clear()
            text.key.cache_clear()
            text.ascii_key.cache_clear()
            for s in items:
                fn(s)
            n += len(items)
        uncached = n / (time.perf_counter() - t0)
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < 0.5:
            for s in items:
                fn(s)
            n += len(items)
        out[name] = {"distinct": len(set(items)), "uncached_per_s": round(uncached), "cached_per_s": round(n / (time.perf_counter() - t0))}
    return out


def main(argv: list[str]) -> None:
    mode, rest = argv[0], argv[1:]
    if mode == "pdfplumber":
        res = run_pdfplumber(Path(rest[0]))
    elif mode == "camelot":
        res = run_camelot(Path(rest[0]))
    elif mode == "pipeline":
        res = run_pipeline(rest)
    elif mode == "stages":
        res = run_stages(Path(rest[0]), Path(rest[1]), *rest[2:])
    elif mode == "normalizers":
        res = run_normalizers(Path(rest[0]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    res["seconds_in_process"] = round(time.perf_counter() - T0, 3)
    res["peak_rss_mb"] = peak_rss_mb()
    res["cpu_seconds"] = cpu_seconds()
    print(json.dumps(res))


if __name__ == "__main__":
    main(sys.argv[1:])
