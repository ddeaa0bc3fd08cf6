"""Scans as offices make them (issue 15): the scan corpus of tests/scans/corpus.py through the pipeline.

Every variant of the seed appendix (74 tasks) and of the 7-column provincial plan (52 tasks):
every row keyed right (section + number), cell similarity >= 0.97, >= 85% of rows exact; the
clean 300-dpi seed scan >= 0.998.  The scans are built once and cached under build/scan_cache/.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pytest

from extract.pipeline import process_file

sys.path.insert(0, str(Path(__file__).resolve().parent / "scans"))
import corpus  # noqa: E402

from helpers import ocr_missing  # noqa: E402

needs_tesseract = pytest.mark.skipif(bool(ocr_missing()), reason=ocr_missing() or "tesseract present")

# Rows exact, each variant held to the share it reaches (the goal is 85% everywhere), rounded down:
# seed (74 rows) 68, 70, 65, 67, 64, 69; plan (52 rows) 51, 52, 50, 48, 49, 50.  The stamped seed went
# from 60 (81%: JPEG residue of the seal and signature read as marks, "Bộ Công an.") to 64 once the residue
# is cleaned (extract.ocr.clean_ink_residue); its misreads left are away from the seal.
EXACT_SHARE = {("seed", "grey300"): 0.91, ("seed", "grey200"): 0.94, ("seed", "bw300"): 0.87,
               ("seed", "skew"): 0.90, ("seed", "stamp"): 0.86, ("seed", "dpi150"): 0.93,
               ("plan", "grey300"): 0.98, ("plan", "grey200"): 1.0, ("plan", "bw300"): 0.96,
               ("plan", "skew"): 0.92, ("plan", "stamp"): 0.94, ("plan", "dpi150"): 0.96}



@lru_cache(maxsize=None)
def scored(source: str, variant: str) -> dict:
    path = corpus.scan(source, variant)
    result = process_file(path, path.parent)
    out = corpus.score(result.tasks, corpus.expected(source))
    out["issues"] = result.issues
    out["tasks"] = result.tasks
    return out


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("variant", corpus.VARIANTS)
@pytest.mark.parametrize("source", sorted(corpus.SOURCES))
def test_scan_variant_keyed_similar_exact(source, variant):
    s = scored(source, variant)
    print(source, variant, {k: v for k, v in s.items() if k not in ("issues", "tasks")})
    assert s["rows"] == s["want"]
    assert s["keyed"] == s["want"]
    assert s["similarity"] >= 0.97
    assert s["exact"] >= EXACT_SHARE[(source, variant)] * s["want"]


@pytest.mark.slow
@needs_tesseract
def test_clean_300_dpi_seed_scan_stays_near_perfect():
    assert scored("seed", "grey300")["similarity"] >= 0.998


@pytest.mark.slow
@needs_tesseract
def test_inferred_values_are_issues_and_warnings():
    s = scored("seed", "bw300")
    inferred = [i for i in s["issues"] if i.code == "value_inferred"]
    assert inferred
    for i in inferred:
        assert i.row_index is not None and i.page is not None and i.field in ("stt", "section")
        assert f"{i.field}: {i.message}" in s["tasks"][i.row_index]["warnings"]


def test_corpus_is_cached_and_deterministic():
    a = corpus.scan("plan", "stamp")
    mtime = a.stat().st_mtime_ns
    assert corpus.scan("plan", "stamp").stat().st_mtime_ns == mtime  # built once
    pages, dpi = corpus.make_variant(corpus.SOURCES["plan"], "skew")
    again, _ = corpus.make_variant(corpus.SOURCES["plan"], "skew")
    import numpy as np
    assert dpi == 200 and np.array_equal(np.asarray(pages[0]), np.asarray(again[0]))


def test_plan_text_layer_gives_the_expected_tasks():
    import plan

    want = corpus.expected("plan")
    assert [(s, n) for s, n, _ in want] == [(s, n) for s, n, _ in plan.expected()]
    fields = {"task": "task", "result": "result", "deadline_raw": "deadline", "lead_raw": "lead",
              "coordinating_raw": "coordinating", "Theo dõi": "monitor"}
    for (_s, _n, got), (_s2, _n2, cells) in zip(want, plan.expected()):
        assert {fields[k]: v for k, v in got.items() if k in fields} == cells


def test_seal_and_signature_leave_no_residue_and_lines_under_them_stay():
    """A red seal and a blue signature (corpus.stamp) over a ruled page, 200 dpi colour JPEG as
    offices scan, read at 300 dpi: after dropping the coloured ink no speck is left away from the
    print (JPEG keeps a stroke's brightness but smears its colour: the old mask left about 190 dark
    pixels here), and every ruling line under the ink stays whole."""
    import cv2
    import numpy as np
    from PIL import Image, ImageDraw

    from extract import ocr

    def ruled():
        img = Image.new("RGB", (700, 500), (255, 255, 255))
        d = ImageDraw.Draw(img)
        for y in (120, 250, 380):
            d.line((20, y, 680, y), fill=(0, 0, 0), width=1)
        d.line((350, 20, 350, 480), fill=(0, 0, 0), width=1)
        d.rectangle((380, 200, 420, 230), fill=(0, 0, 0))  # print under the seal
        return img

    scan = corpus.jpeg(corpus.stamp(ruled(), np.random.default_rng(3), 200), 70)
    grey = ocr.drop_colour_ink(np.asarray(scan.resize((1050, 750), Image.BICUBIC)).copy(), 300)
    want = np.asarray(ruled().convert("L").resize((1050, 750), Image.BICUBIC)) < 180
    near = cv2.dilate(want.astype(np.uint8), np.ones((7, 7), np.uint8)) > 0
    assert ((grey < 180) & ~near).sum() <= 10
    for y in (180, 375, 570):
        assert (grey[y - 3:y + 4] < 180).any(axis=0)[30:1020].mean() >= 0.99
    assert (grey[:, 522:529] < 180).any(axis=1)[30:720].mean() >= 0.99
    assert (grey[305:340, 575:625] < 100).mean() >= 0.9
