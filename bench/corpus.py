"""Build the benchmark corpus from the committed samples (no LibreOffice needed).

- ``batch/``: every sample PDF and DOCX, copied under new names until the PDFs
  reach at least ``min_pages`` pages;
- ``pdf/``: the PDFs of ``batch/`` alone: the same files as pdfplumber alone reads;
- ``long/appendix_x{N}.pdf``: one long document, the landscape appendix's pages
  repeated until it has at least ``long_pages`` pages (pypdfium2 imports pages);
- ``short/``: the 12-page landscape appendix alone, to compare memory with;
- ``scanned/``: the scanned (image-only) copy of it, for OCR seconds per page.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
LANDSCAPE = SAMPLES / "phu_luc_ii_landscape.pdf"


def page_count(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def build_corpus(out: Path, min_pages: int = 200, long_pages: int = 300) -> dict:
    if out.exists():
        shutil.rmtree(out)
    batch, long_dir, short_dir, scanned = out / "batch", out / "long", out / "short", out / "scanned"
    pdf_only = out / "pdf"
    for d in (batch, long_dir, short_dir, scanned, pdf_only):
        d.mkdir(parents=True)
    # Text PDFs and DOCX only: scans go through OCR, measured on their own (``scanned/``).
    samples = sorted(p for p in SAMPLES.iterdir()
                     if p.suffix in (".pdf", ".docx") and not p.name.startswith("scanned_"))
    pages = copy = 0
    while pages < min_pages:
        copy += 1
        for p in samples:
            shutil.copyfile(p, batch / f"copy{copy:02d}_{p.name}")
            if p.suffix == ".pdf":
                pages += page_count(p)
                shutil.copyfile(p, pdf_only / f"copy{copy:02d}_{p.name}")
    src = pdfium.PdfDocument(str(LANDSCAPE))
    n = len(src)
    reps = -(-long_pages // n)
    dst = pdfium.PdfDocument.new()
    for _ in range(reps):
        dst.import_pages(src)
    long_path = long_dir / f"appendix_x{reps}.pdf"
    dst.save(str(long_path))
    dst.close()
    src.close()
    shutil.copyfile(LANDSCAPE, short_dir / LANDSCAPE.name)
    scan = SAMPLES / "scanned_phu_luc_ii_landscape.pdf"
    shutil.copyfile(scan, scanned / scan.name)
    return {"scanned_pages": page_count(scan),"batch_files": len(list(batch.iterdir())), "batch_pdf_pages": pages,
            "long_pages": reps * n, "short_pages": n, "long_path": long_path}
