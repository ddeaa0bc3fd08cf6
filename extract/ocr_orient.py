"""Scanned pages printed sideways, turned upright before they are read.

A landscape appendix is often scanned as a portrait page, its text running up or down the page (Kế hoạch
2668/KH-UBND of Bắc Giang, 2010: the appendix table on page 15).  Read as it lies, its table gives nothing.  The
page's ink says when it may be sideways: text lines leave blank rows between them on an upright page and blank
columns on a sideways one.  Dense tables leave blank columns too, so that is only a reason to ask Tesseract's
orientation detection (``--psm 0``, on the page at half resolution: about 0.6 s), which decides; an upright page
is never turned without it.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import regex

__all__ = ["looks_sideways", "osd_rotation", "upright"]

SIDEWAYS_RATIO = 1.5   # blank columns against blank rows of the text's ink
MIN_CONFIDENCE = 2.0   # Tesseract's orientation confidence to turn a page


def looks_sideways(gray, dpi: int) -> bool:
    """Blank columns of the page's text ink (ruling lines left out) outnumber its blank rows by SIDEWAYS_RATIO."""
    from .ocr import _horizontal_mask, _vertical_mask, binarize

    ink = binarize(gray)
    lines = (_horizontal_mask(ink, dpi // 6) > 0) | (_vertical_mask(ink, dpi // 6) > 0)
    text = (ink > 0) & ~lines
    ys, xs = text.nonzero()
    if len(ys) < 1000:
        return False
    box = text[ys.min():ys.max() + 1, xs.min():xs.max() + 1]
    blank_rows = (box.sum(axis=1) == 0).mean()
    blank_cols = (box.sum(axis=0) == 0).mean()
    return bool(blank_cols > SIDEWAYS_RATIO * blank_rows and blank_cols > 0.1)


def osd_rotation(gray, exe: str) -> int:
    """Degrees (0, 90, 180, 270) Tesseract says the page must be turned clockwise to read, 0 when unsure."""
    import cv2

    half = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    with tempfile.TemporaryDirectory(prefix="osd_") as tmp:
        img = Path(tmp) / "page.pgm"
        cv2.imwrite(str(img), half)
        env = dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"))
        try:
            out = subprocess.run([exe, str(img), "stdout", "--psm", "0"], capture_output=True, timeout=120,
                                 env=env).stdout.decode("utf-8", "replace")
        except (OSError, subprocess.SubprocessError):
            return 0
    rotate = regex.search(r"Rotate:\s*(\d+)", out)
    conf = regex.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not rotate or not conf or float(conf[1]) < MIN_CONFIDENCE:
        return 0
    return int(rotate[1]) % 360


def upright(gray, exe: str, dpi: int) -> tuple[object, int]:
    """(*gray* turned to read, the degrees it was turned clockwise: 0 when it was upright)."""
    import numpy as np

    if not looks_sideways(gray, dpi):
        return gray, 0
    turn = osd_rotation(gray, exe)
    if turn not in (90, 270):
        return gray, 0
    return np.ascontiguousarray(np.rot90(gray, -1 if turn == 90 else 1)), turn
