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
    """variant -> mean seconds per page over the seed and plan pages; {} without Tesseract.  The word repairs
    (:func:`extract.ocr_fix.repair_read`: word list, pairs, the document's own words, bodies' names) are part of the
    figure; their own share is under the key "<variant> repairs"."""
    from extract import ocr, ocr_fix

    try:
        ocr.check_available()
    except ocr.OcrUnavailable:
        return {}
    sys.path.insert(0, str(ROOT / "tests" / "scans"))
    import corpus

    spent = [0.0]
    repair = ocr_fix.repair_read

    def timed(read) -> None:
        start = time.perf_counter()
        repair(read)
        spent[0] += time.perf_counter() - start
    out = {}
    first = corpus.scan(sorted(corpus.SOURCES)[0], next(iter(corpus.VARIANTS)))
    ocr.read_scanned(first, PAGES[:1])      # untimed: the word lists and the gazetteer load once, before any figure
    ocr_fix.repair_read = timed       # read_scanned imports it at each call
    try:
        for variant in corpus.VARIANTS:
            paths = [corpus.scan(source, variant) for source in sorted(corpus.SOURCES)]
            spent[0], start = 0.0, time.perf_counter()
            for p in paths:
                ocr.read_scanned(p, PAGES)
            n = len(PAGES) * len(paths)
            out[variant] = round((time.perf_counter() - start) / n, 2)
            out[f"{variant} repairs"] = round(spent[0] / n, 2)
    finally:
        ocr_fix.repair_read = repair
    return out


def report_lines(seconds: dict[str, float]) -> list[str]:
    if not seconds:
        return ["", "OCR per scan variant: not measured (Tesseract not installed)."]
    total = {k: v for k, v in seconds.items() if not k.endswith(" repairs")}
    return ["", "## OCR seconds per page, per scan variant (render + OCR, pages 1-2 of the seed and the plan)", "",
            "| | " + " | ".join(total) + " |", "|---|" + "---:|" * len(total),
            "| all | " + " | ".join(f"{v:.2f}" for v in total.values()) + " |",
            "| of which word repairs | " + " | ".join(f"{seconds.get(k + ' repairs', 0.0):.2f}" for k in total) + " |"]
