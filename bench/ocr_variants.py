"""OCR seconds per page for every scan variant of the scan corpus (tests/scans/corpus.py, issue 15).

Part of ``make bench``: the first two pages of the seed appendix and of the 7-column plan as each
variant (grey 300/200 dpi, 1 bit, skewed and noisy, stamped, 150 dpi), read by
:func:`extract.ocr.read_scanned` in this process; the figure is rendering plus OCR per page.
"""
from __future__ import annotations

import sys
import time

from .corpus import ROOT

PAGES = [1, 2]


def ocr_seconds_per_variant() -> dict[str, float]:
    """variant -> mean seconds per page over the seed and plan pages; {} without Tesseract."""
    from extract import ocr

    try:
        ocr.check_available()
    except ocr.OcrUnavailable:
        return {}
    sys.path.insert(0, str(ROOT / "tests" / "scans"))
    import corpus

    out = {}
    for variant in corpus.VARIANTS:
        paths = [corpus.scan(source, variant) for source in sorted(corpus.SOURCES)]
        start = time.perf_counter()
        for p in paths:
            ocr.read_scanned(p, PAGES)
        out[variant] = round((time.perf_counter() - start) / (len(PAGES) * len(paths)), 2)
    return out


def report_lines(seconds: dict[str, float]) -> list[str]:
    if not seconds:
        return ["", "OCR per scan variant: not measured (Tesseract not installed)."]
    return ["", "## OCR seconds per page, per scan variant (render + OCR, pages 1-2 of the seed and the plan)", "",
            "| " + " | ".join(seconds) + " |", "|" + "---:|" * len(seconds),
            "| " + " | ".join(f"{v:.2f}" for v in seconds.values()) + " |"]
