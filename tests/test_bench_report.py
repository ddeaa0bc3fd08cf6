"""make bench's report: the ratios it prints are computed from the measurements (no timing asserted here)."""
from bench.__main__ import report


def _m(wall, rss=100.0, **kw):
    return {"wall": wall, "peak_rss_mb": rss, **kw}


def test_report_computes_the_ratios_against_the_targets():
    r = {"pdfplumber": _m(13.0), "pipeline_1": _m(10.4), "pipeline_1_pdfplumber": _m(11.7), "pipeline_1_all": _m(10.4),
         "pipeline_n": _m(5.2), "pipeline_warm": _m(0.13),
         "pipeline_dask": _m(7.0), "camelot": {"error": "camelot-py not installed"}, "pdfplumber_short": _m(0.7),
         "mem_short": _m(1.0, rss=120.0), "mem_long": _m(10.0, rss=138.0), "pdfplumber_long": _m(15.0),
         "ocr": _m(15.6), "stages": {"pages": 258, "rows": 3108, "stages": {"read": 9.0, "stitch": 0.5,
                                                                               "normalize": 0.25, "write": 0.25}},
         "stages_pdfplumber": {"pages": 258, "rows": 3108, "stages": {"read": 18.0, "stitch": 0.5,
                                                                      "normalize": 0.25, "write": 1.25}},
         "normalizers": {"agency_cells": {"uncached_per_s": 70000, "cached_per_s": 5000000},
                         "deadline_strings": {"uncached_per_s": 100000, "cached_per_s": 9000000}}}
    info = {"batch_files": 42, "batch_pdf_pages": 258, "long_pages": 300, "short_pages": 12, "scanned_pages": 12}
    text = report(r, info, cores=2)
    assert "same 258 pages: **0.80** (target ≤ 0.25); with `--pdf-reader pdfplumber`: 0.90" in text
    assert "steadier than wall time on a shared machine): **–**" in text
    assert "pages per second per core: **24.8** (1 worker), 24.8 (2 workers)" in text
    assert "2 workers vs 1 (PDF and DOCX): **2.00×**" in text
    assert "**40.0×** faster" in text
    assert "12-page document: **1.15×**" in text
    assert "| Camelot lattice (12-page appendix) | – | – | – | – | camelot-py not installed |" in text
    assert "| read | 9.00 | 90% | 18.00 | 90% |" in text and "1.30 s per page" in text
