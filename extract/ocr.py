"""OCR reader for scanned PDF pages: page image -> ruled table cells -> Tesseract words -> Fragments.

For each page that has no usable text layer:

1. render it (pypdfium2) at :data:`DPI` in colour; red and blue ink (seals,
   signatures) become paper, print under them stays and the specks JPEG leaves
   around their strokes go (:func:`drop_colour_ink`), the rest grey;
2. deskew: fit the long horizontal ruling lines, take their median angle and
   turn the page back when it is more than a few hundredths of a degree off;
3. find the ruling lines with morphology (a long horizontal and a long
   vertical opening); each ruled table is a connected part of their mask, and
   its cells come from the grid of every line position, neighbouring
   rectangles joined where the line between them is missing
   (:func:`grid_cells`), so merged cells come out as one box, as in a text PDF;
4. erase the ruling lines and read every cell on its own: the cells (and the
   text outside tables) are cut out, stacked top to bottom with white between
   them and read in one Tesseract call per page (``-l vie``, TSV: words with
   boxes and confidences), so lines of neighbouring cells never mix; number
   cells whose reading is no clean number are read again with digits and
   I/V/X only (:func:`read_page`);
5. lay the cells out on a grid of clustered edges with
   :func:`extract.grid.build_rows` (the same model :mod:`extract.pdf_reader`
   builds); the text above a table becomes its ``context`` (appendix label
   and title), the text outside tables on the first two pages the head text.

Coordinates are converted to PDF points, so ``col_edges`` and ``bbox`` mean
what they mean for text PDFs and stitching works unchanged.  What OCR loses
(numbers, header words, tone marks) is restored afterwards where the table
makes it certain (:mod:`extract.ocr_fix`), and :class:`OcrRead` keeps, per
printed row, the mean word confidence, the warnings and the issues, keyed
like ``TaskRow.origin``.  :func:`scanned_page` gives what OCR saw on a page.
"""
from __future__ import annotations

import bisect
import csv
import io
import os
import shutil
import subprocess
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

import regex

from normalize.text import clean_cell

from .grid import Cell, Fragment, build_rows
from .issues import Issue
from .pdf_reader import PdfError, PdfRead, _cluster

DPI = 300  # render resolution: scans at 200 dpi read better by Tesseract when upsampled
LANG = "vie"
PSM = "6"
EDGE_TOL_PT = 4.0  # points: cell borders closer than this are one grid line
MAX_SCAN_SCALE = 0.02  # a scanned page printed or fed up to 2% larger or smaller than the one before it
MIN_CELL_PT = 4.0  # points: holes of the grid smaller than this are not cells
# Tesseract word confidence (0-100) under which a word still in a task's field is named in a warning: on the 431 rows
# of the 13 real scans of tests/real (session 15), 35 of the 60 wrong rows that no warning named held such a word,
# against 15 of the 76 right ones that had none (at 50: 26 and 11)
WORD_DOUBT_BELOW = 60
# points: column borders closer than this are one column's border that some rows draw a little off the others' (a
# Word table whose rows were sized one by one, scanned: Quyết định 707/QĐ-TTg 2026 prints its borders 4-6 points
# apart from row to row); a real column is far wider (the narrowest, an STT column, about 25 points)
COL_JOIN_PT = 8.0
NEEDS = "OCR needs Tesseract with its Vietnamese model: apt-get install tesseract-ocr tesseract-ocr-vie"


class OcrUnavailable(Exception):
    """Tesseract (or its Vietnamese model, or OpenCV) is missing; the message says what to install."""


@dataclass
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    conf: float  # 0..100, Tesseract's word confidence
    line: tuple[int, int, int] = (0, 0, 0)  # Tesseract's (block, paragraph, line)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class OcrRead(PdfRead):
    """A :class:`PdfRead` from OCR, plus what only OCR knows.

    ``ocr_pages``: 1-based pages read by OCR.  ``row_conf``: per printed row,
    keyed (fragment source_table, row) like ``TaskRow.origin``, the sum and
    count of its words' confidences (0..100).  ``row_warnings``: warnings for
    the task built from that row (a number inferred from the sequence ...).
    ``ocr_tables``: source_table numbers of the fragments read by OCR.
    ``skew``: the angle (degrees) each OCR'd page was turned back by.
    ``seconds``: OCR wall time per page.  ``issues``: the same problems as
    ``row_warnings`` (and OCR repairs, which are not warnings) as
    :class:`extract.issues.Issue` values, keyed the same way.
    """

    ocr_pages: list[int] = field(default_factory=list)
    row_conf: dict[tuple[int, int], tuple[float, int]] = field(default_factory=dict)
    row_warnings: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    ocr_tables: set[int] = field(default_factory=set)
    skew: dict[int, float] = field(default_factory=dict)
    seconds: dict[int, float] = field(default_factory=dict)
    issues: dict[tuple[int, int], list[Issue]] = field(default_factory=dict)
    row_doubt: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)

    def doubtful_words(self, origin: list[tuple[int, int]]) -> frozenset[str]:
        """The words of the printed rows in *origin* that Tesseract read with a confidence under
        :data:`WORD_DOUBT_BELOW`, as read."""
        return frozenset(w for key in origin for w in self.row_doubt.get(tuple(key), ()))

    def issue_list(self, origin: list[tuple[int, int]]) -> list[Issue]:
        """The issues of the printed rows in *origin*."""
        return [i for key in origin for i in self.issues.get(tuple(key), [])]

    def confidence(self, origin: list[tuple[int, int]]) -> float | None:
        """Mean word confidence (0..1) of the printed rows in *origin*; None when no OCR'd word is there."""
        total = n = 0
        for key in origin:
            s, k = self.row_conf.get(tuple(key), (0.0, 0))
            total += s
            n += k
        return round(total / n / 100, 4) if n else None

    def warnings(self, origin: list[tuple[int, int]]) -> list[str]:
        out: list[str] = []
        for key in origin:
            out.extend(self.row_warnings.get(tuple(key), []))
        return out


# ---------------------------------------------------------------- availability

def tesseract_path() -> str | None:
    """The tesseract executable: $TESSERACT_CMD, else the one on PATH, else None."""
    cmd = os.environ.get("TESSERACT_CMD")
    if cmd:
        return cmd if os.path.exists(cmd) else shutil.which(cmd)
    return shutil.which("tesseract")


_LANGS: dict[str, frozenset[str]] = {}


def check_available() -> str:
    """The tesseract path, or :class:`OcrUnavailable` saying what is missing."""
    exe = tesseract_path()
    if not exe:
        raise OcrUnavailable(f"tesseract not found; {NEEDS}")
    if exe not in _LANGS:
        try:
            out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
            _LANGS[exe] = frozenset(l.strip() for l in (out.stdout + out.stderr).splitlines()[1:])
        except (OSError, subprocess.SubprocessError) as exc:
            raise OcrUnavailable(f"tesseract cannot run ({exc}); {NEEDS}") from exc
    if ocr_lang() not in _LANGS[exe]:
        raise OcrUnavailable(f"tesseract has no Vietnamese model ({ocr_lang()}); {NEEDS}")
    try:
        import cv2  # noqa: F401
    except ImportError as exc:
        raise OcrUnavailable("OCR needs OpenCV: pip install 'vn-decision-tasks[ocr]' "
                             "(opencv-python-headless)") from exc
    return exe


# ---------------------------------------------------------------- which pages

def render_page(pdf, index: int, dpi: int = DPI):
    """Page *index* of an open pypdfium2 document as a grayscale numpy array, coloured ink dropped."""
    page = pdf[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, read in place (no PIL copy)
        return drop_colour_ink(bitmap.to_numpy(), dpi)
    finally:
        page.close()


CHROMA = 40  # max - min of R, G, B above which a pixel is coloured ink (a red seal, a blue signature)
RESIDUE_IN = 0.07  # inches around coloured ink where its JPEG residue (grey specks) is cleaned
RESIDUE_GREY = 170  # there, lighter than this is paper: print keeps its dark core
SPECK_IN = 0.012  # there, a dark speck smaller than this square (inches) is residue, not print
SPECK_CORE = 90  # and one up to four times larger with no pixel darker than this


def drop_colour_ink(rgb, dpi: int = DPI):
    """Grey page from an RGB one, with red and blue ink (seals, signatures) turned to paper.

    The grey level is the brightest channel: red or blue ink is light in its own channel,
    while black print, also under a seal, stays dark in all three.  A light pixel whose
    channels differ by more than :data:`CHROMA` is coloured ink and becomes paper, and so
    do the paler edges of its strokes; black print under the ink is given back from its
    brightness (:func:`print_under_ink`: a ruling line under a seal stays a line), and what
    JPEG leaves around the strokes is cleaned (:func:`clean_ink_residue`).

    >>> import numpy as np
    >>> px = np.array([[[0, 0, 0], [220, 40, 40], [40, 60, 200], [250, 250, 250], [100, 20, 25]]], dtype=np.uint8)
    >>> big = px.repeat(8, axis=0).repeat(8, axis=1)  # each pixel an 8 x 8 square
    >>> drop_colour_ink(big)[4, 4::8].tolist()
    [0, 255, 255, 255, 100]
    """
    import cv2

    if rgb.ndim == 2:
        return rgb
    r, g, b = cv2.split(rgb)
    grey = cv2.max(cv2.max(r, g), b)  # red or blue ink is light in its own channel; black stays black
    chroma = cv2.subtract(grey, cv2.min(cv2.min(r, g), b))
    ink = ((chroma > CHROMA) & (grey > 150)).astype("uint8")
    x, y, w, h = cv2.boundingRect(ink)
    if not w:  # a grey or black-and-white scan: nothing to drop
        return grey
    m = 2 * int(dpi * RESIDUE_IN) + 4  # the work is done around the coloured ink only
    box = (slice(max(0, y - m), y + h + m), slice(max(0, x - m), x + w + m))
    part, ink = grey[box], ink[box]
    under = print_under_ink(rgb[box], ink, dpi)
    near = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7))) > 0
    part[near & (part > 110)] = 255  # the paler edge of coloured strokes too (JPEG smears colour)
    if under is not None:
        mask, level = under
        part[mask] = level
    clean_ink_residue(part, ink, dpi)
    return grey


PRINT_UNDER_INK = 0.45  # a pixel this much darker (luma) than the coloured ink around it is print under the ink


def print_under_ink(rgb, ink, dpi: int = DPI):
    """(mask, grey levels) of the black print under coloured ink, or None.

    Ink over print multiplies: its brightness (luma, which JPEG keeps at full resolution)
    is the print's times the ink's. Where a pixel is much darker than the coloured ink
    around it (:data:`PRINT_UNDER_INK`), it is print under the ink, and its grey level
    is its luma divided by the ink's: a thin ruling line or a letter under a seal keeps
    its ink, although JPEG smeared the seal's colour over it.
    """
    import cv2
    import numpy as np

    k = max(3, int(dpi * RESIDUE_IN)) | 1
    luma = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY).astype(np.float32)
    weight = cv2.blur(ink.astype(np.float32), (k, k))
    ink_luma = cv2.blur(luma * ink, (k, k))
    has = weight > 0.02
    if not has.any():
        return None
    ink_luma[has] /= weight[has]
    mask = has & (luma < PRINT_UNDER_INK * ink_luma)
    level = np.clip(luma[mask] / np.maximum(ink_luma[mask], 1.0) * 255, 0, 255).astype(np.uint8)
    return mask, level


def clean_ink_residue(grey, ink, dpi: int = DPI):
    """*grey* with the residue of dropped coloured ink (*ink*: its mask) turned to paper.

    JPEG keeps the brightness of a stroke at full resolution but its colour at half, so
    the edges of a seal or a signature come out as grey specks with no colour left, which
    Tesseract reads as marks or letters next to the words ("an.", "nghệ rể"). Within
    :data:`RESIDUE_IN` of the coloured ink, a pixel lighter than :data:`RESIDUE_GREY` is
    paper (print keeps its dark core, only its soft edge goes), and so is a speck wholly in
    that band smaller than :data:`SPECK_IN` square (print's smallest marks, the dot of "ộ",
    are larger), or up to four times that with no pixel darker than :data:`SPECK_CORE`.

    >>> import numpy as np
    >>> grey = np.full((60, 60), 255, np.uint8); ink = np.zeros((60, 60), np.uint8)
    >>> ink[20:40, 20:40] = 1; grey[18, 30] = 120; grey[45:52, 25:32] = 20; grey[1, 1] = 200
    >>> out = clean_ink_residue(grey.copy(), ink, 300)
    >>> int(out[18, 30]), int(out[48, 28]), int(out[1, 1])
    (255, 20, 200)
    """
    import cv2
    import numpy as np

    k = max(3, int(dpi * RESIDUE_IN)) | 1
    around = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * k + 1, 2 * k + 1))) > 0
    grey[around & (grey > RESIDUE_GREY)] = 255
    x0, y0, w, h = cv2.boundingRect(around.view(np.uint8))
    y1, x1 = y0 + h, x0 + w
    box = grey[y0:y1, x0:x1]
    n, labels, stats, _ = cv2.connectedComponentsWithStats((box < 255).view(np.uint8), connectivity=8)
    area = stats[:, cv2.CC_STAT_AREA]
    core = np.full(n, 255, np.uint8)
    np.minimum.at(core, labels.ravel(), box.ravel())
    speck = max(2, int((dpi * SPECK_IN) ** 2))
    residue = (area <= speck) | ((area <= 4 * speck) & (core > SPECK_CORE))
    residue &= np.bincount(labels[~around[y0:y1, x0:x1]], minlength=n) == 0  # wholly in the band
    residue[0] = False
    box[residue[labels]] = 255
    return grey


def binarize(gray):
    """Ink = 255, paper = 0.

    Otsu's threshold, raised to at least 150 (on a white page with black text it
    falls near black, and thin grey ruling lines, antialiased or photocopied, would
    be lost), but kept 40 levels under the paper (the median) of a grey, noisy scan.
    """
    import cv2
    import numpy as np

    otsu, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    paper = float(np.median(gray[::8, ::8]))
    t = min(max(otsu, 150.0), paper - 40)
    _, ink = cv2.threshold(gray, t, 255, cv2.THRESH_BINARY_INV)
    return ink


def components(mask):
    """``cv2.connectedComponentsWithStats`` (8-connected) with 16-bit labels, three times faster on
    a page than 32-bit ones; 32-bit when the mask has too many parts for 16 bits."""
    import cv2

    n, labels, stats, centroids = cv2.connectedComponentsWithStatsWithAlgorithm(mask, 8, cv2.CV_16U,
                                                                               cv2.CCL_DEFAULT)
    if n >= 65535:
        n, labels, stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    return n, labels, stats, centroids


def _horizontal_mask(ink, length: int):
    import cv2

    return cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))


def _vertical_mask(ink, length: int):
    import cv2

    return cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))


def skew_angle(ink, dpi: int = DPI) -> float:
    """Angle (degrees, image y down: positive = lines fall to the right) of the long horizontal lines.

    The ink is first thickened vertically so that a tilted line keeps long
    horizontal runs, then opened with a long horizontal kernel; a line is
    fitted through each long component, and the median angle (weighted by
    length) is the page's.  0.0 when the page has no long line.
    """
    import cv2
    import numpy as np

    h, w = ink.shape
    thick = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, dpi // 40))))
    lines = _horizontal_mask(thick, max(20, dpi // 4))
    n, labels, stats, _ = components(lines)
    angles: list[tuple[float, float]] = []
    for i in range(1, n):
        x, y, cw, ch, _area = stats[i]
        if cw < w / 5:
            continue
        ys, xs = np.nonzero(labels[y:y + ch, x:x + cw] == i)
        if len(xs) < 50:
            continue
        slope = np.polyfit(xs.astype(float), ys.astype(float), 1)[0]
        angles.append((float(np.degrees(np.arctan(slope))), float(cw)))
    if not angles:
        return 0.0
    angles.sort()
    half, acc = sum(a[1] for a in angles) / 2, 0.0
    for a, wt in angles:
        acc += wt
        if acc >= half:
            return a
    return angles[-1][0]


def deskew(gray, dpi: int = DPI) -> tuple[object, float]:
    """(*gray* turned so its ruling lines are level, the angle it was off by)."""
    import cv2

    angle = skew_angle(binarize(gray), dpi)
    if abs(angle) < 0.03:
        return gray, 0.0
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    out = cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    return out, angle


@dataclass
class TableBox:
    bbox: tuple[int, int, int, int]  # pixels: x0, top, x1, bottom
    cells: list[tuple[int, int, int, int]]  # pixels, the inside of each cell


def find_tables(ink, dpi: int = DPI) -> tuple[list[TableBox], object]:
    """Ruled tables on a binarized page, top to bottom, and the mask of their ruling lines."""
    import cv2

    h, w = ink.shape
    gap = max(3, dpi // 30)  # a thin line, photocopied or antialiased, breaks into pieces: join them
    along_h = cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1))
    along_v = cv2.getStructuringElement(cv2.MORPH_RECT, (1, gap))
    horiz = cv2.dilate(_horizontal_mask(ink, max(20, int(dpi * 0.3))), along_h)
    vert = cv2.dilate(_vertical_mask(ink, max(15, int(dpi * 0.2))), along_v)
    grid = cv2.dilate(horiz | vert, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)), iterations=1)
    n, labels, stats, _ = components(grid)
    big = table_components(stats, w * 0.15, dpi * 0.2)
    tables: list[TableBox] = []
    for i in big:
        x, y, cw, ch, _area = stats[i]
        part = table_lines(labels[y:y + ch, x:x + cw], i, big)
        cells = grid_cells(horiz[y:y + ch, x:x + cw] & part, vert[y:y + ch, x:x + cw] & part, dpi)
        cells = [(x + a, y + t, x + b, y + bt) for a, t, b, bt in cells]
        if len(cells) >= 2:
            tables.append(TableBox((x, y, x + cw, y + ch), cells))
    tables.sort(key=lambda t: t.bbox[1])
    return tables, grid


def table_components(stats, min_w: float, min_h: float) -> list[int]:
    """The labels of the line components that are tables: at least *min_w* wide and *min_h* high, and not wholly
    inside another's box (a piece of a table's line a seal broke off, an L of two borders, is that table's)."""
    big = [i for i in range(1, len(stats)) if stats[i][2] >= min_w and stats[i][3] >= min_h]

    def inside(i: int, k: int) -> bool:
        (x, y, cw, ch), (a, b, aw, bh) = stats[i][:4], stats[k][:4]
        return i != k and a <= x and b <= y and x + cw <= a + aw and y + ch <= b + bh

    return [i for i in big if not any(inside(i, k) for k in big)]


def table_lines(labels, i: int, tables: list[int]):
    """Where, in the box of table component *i* (*labels*: the line components' labels there), its ruling lines
    are: every piece of line but another table's.  A piece a seal or a signature broke off (its ink turned to paper
    cuts the line, and what stays is a component of its own) is still a border of this table's cells: without it
    the cells on both sides were read as one and their lines interleaved."""
    import numpy as np

    others = [k for k in tables if k != i]
    return (labels > 0) & ~np.isin(labels, others) if others else labels > 0


def _line_runs(profile, min_count: int) -> list[tuple[int, int]]:
    """(first, last) index of each run of positions whose profile reaches *min_count* (a ruling line)."""
    runs: list[tuple[int, int]] = []
    for i, v in enumerate(profile):
        if v >= min_count:
            if runs and i - runs[-1][1] <= 3:
                runs[-1] = (runs[-1][0], i)
            else:
                runs.append((i, i))
    return runs


BORDER_WEAK = 0.5  # share of a border inked that counts where the line goes on whole on both sides of it


def _border_ink(mask, line: tuple[int, int], lo: int, hi: int, axis: int):
    """Along a border (the run *line* of a ruling line, from *lo* to *hi* across it): which positions are inked."""
    import numpy as np

    a, b = line
    seg = mask[a:b + 1, lo:hi] if axis == 0 else mask[lo:hi, a:b + 1]
    return seg.any(axis=axis) if seg.size else np.zeros(0, bool)


def _border_state(along) -> int:
    """2: the border is drawn (three quarters of it inked, and half of each third); 1: half of it is inked, and half
    of its middle third (a line a seal's ink cut, or a merged cell a letter touches); 0: not drawn."""
    import numpy as np

    if along.size < 3:
        return 2 if along.size and along.all() else 0
    if along.mean() >= 0.75 and all(part.mean() >= 0.5 for part in np.array_split(along, 3)):
        return 2
    # half inked, its middle too: the line's ends alone (a border beside a merged cell inked near its ends by the
    # lines that meet it there) are no border
    return 1 if along.mean() >= BORDER_WEAK and np.array_split(along, 3)[1].mean() >= BORDER_WEAK else 0


def border_states(horiz, vert, cols, rows):
    """(below, right): the state (:func:`_border_state`) of the border under grid rectangle (r, c) and of the one
    on its right; the table's frame counts as drawn."""
    import numpy as np

    nc, nr = len(cols) - 1, len(rows) - 1
    below, right = np.full((nr, nc), 2), np.full((nr, nc), 2)
    for r in range(nr):
        top, bottom = rows[r][1] + 1, rows[r + 1][0]
        for c in range(nc):
            left, rgt = cols[c][1] + 1, cols[c + 1][0]
            if c + 1 < nc:
                right[r, c] = _border_state(_border_ink(vert, cols[c + 1], top, bottom, 1))
            if r + 1 < nr:
                below[r, c] = _border_state(_border_ink(horiz, rows[r + 1], left, rgt, 0))
    return below, right


def _row_border_drawn(below, r: int, c: int) -> bool:
    """The border under grid rectangle (r, c) separates it from the one below when it is drawn, or half inked where
    the line goes on drawn on both sides of it (a seal's ink turned to paper cut it: merging the rectangles would
    interleave two cells' lines).  Column borders are not given that: a section title's letter standing on a
    column's place, touching the line under it, inks a column border half (the seed appendix scanned 1-bit)."""
    s = below[r, c]
    if s != 1:
        return bool(s)
    return all(below[r, k] == 2 for k in (c - 1, c + 1) if 0 <= k < below.shape[1])


def grid_cells(horiz, vert, dpi: int = DPI) -> list[tuple[int, int, int, int]]:
    """Cells of one table from its line masks: the grid of every ruling line's position, with
    neighbouring rectangles joined where the line between them is missing (a merged cell).

    A border counts when three quarters of it are inked, and half of each third: a line
    broken by a photocopy still separates its cells, and a letter touching the line under a
    merged cell (which inks one end of the border only) does not split it; a row border also when half of it
    is inked and its line is drawn on both sides (:func:`_row_border_drawn`).
    """
    cols = _line_runs((vert > 0).sum(axis=0), max(10, dpi // 20))
    rows = _line_runs((horiz > 0).sum(axis=1), max(10, dpi // 20))
    if len(cols) < 2 or len(rows) < 2:
        return []
    nc, nr = len(cols) - 1, len(rows) - 1
    parent = list(range(nc * nr))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    below, right = border_states(horiz, vert, cols, rows)
    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and right[r, c] != 2:
                parent[find(r * nc + c + 1)] = find(r * nc + c)
            if r + 1 < nr and not _row_border_drawn(below, r, c):
                parent[find((r + 1) * nc + c)] = find(r * nc + c)
    groups: dict[int, list[int]] = {}
    for k in range(nc * nr):
        groups.setdefault(find(k), []).append(k)
    min_cell = MIN_CELL_PT * dpi / 72
    cells = []
    for ks in groups.values():
        r0, r1 = min(k // nc for k in ks), max(k // nc for k in ks)
        c0, c1 = min(k % nc for k in ks), max(k % nc for k in ks)
        box = (cols[c0][1] + 1, rows[r0][1] + 1, cols[c1 + 1][0], rows[r1 + 1][0])
        if box[2] - box[0] >= min_cell and box[3] - box[1] >= min_cell:
            cells.append(box)
    return sorted(cells, key=lambda b: (b[1], b[0]))


def erase_lines(gray, grid):
    """*gray* with the ruling lines painted white (so Tesseract does not read them as '|' or '_')."""
    import cv2

    wide = cv2.dilate(grid, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    out = gray.copy()
    out[wide > 0] = 255
    return out


# ---------------------------------------------------------------- Tesseract

def ocr_lang() -> str:
    """The Tesseract model: $OCR_LANG (e.g. "Vietnamese", the larger script model), else "vie"."""
    return os.environ.get("OCR_LANG") or LANG


def ocr_words(gray, exe: str, dpi: int = DPI, psm: str | None = None, whitelist: str = "") -> list[Word]:
    """Words of an image with boxes (pixels) and confidences: one Tesseract call.

    *whitelist*: the only characters Tesseract may read (the number column).
    """
    import cv2

    with tempfile.TemporaryDirectory(prefix="ocr_") as tmp:
        img = Path(tmp) / "page.pgm"  # uncompressed: written in a third of the time of a PNG
        cv2.imwrite(str(img), gray)
        extra = ["-c", f"tessedit_char_whitelist={whitelist}"] if whitelist else []
        cmd = [exe, str(img), "stdout", "-l", ocr_lang(), "--psm", psm or PSM, "--dpi", str(dpi),
               "-c", "preserve_interword_spaces=0", *TESS_CONFIG, *extra, "tsv"]
        env = dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"))
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=300, env=env)
        except (OSError, subprocess.SubprocessError) as exc:
            raise OcrUnavailable(f"tesseract failed: {exc}; {NEEDS}") from exc
    if proc.returncode != 0:
        raise OcrUnavailable(f"tesseract failed: {proc.stderr.decode('utf-8', 'replace').strip()[:300]}")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[Word]:
    """Words (level 5 rows with text) of Tesseract's TSV output, NFC.

    >>> tsv = "level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n"
    >>> tsv += "5\\t1\\t1\\t1\\t1\\t1\\t10\\t20\\t30\\t12\\t91.5\\tThu\\u0309\\n"
    >>> parse_tsv(tsv)[0].text, parse_tsv(tsv)[0].x1
    ('Thủ', 40.0)
    """
    words: list[Word] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5":
            continue
        text = unicodedata.normalize("NFC", (row.get("text") or "").strip())
        if not text:
            continue
        x, y, w, h = (float(row[k]) for k in ("left", "top", "width", "height"))
        words.append(Word(text, x, y, x + w, y + h, float(row["conf"]),
                          (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))))
    return words


def words_text(words: list[Word]) -> str:
    """Words laid out as lines: grouped by their vertical centre, left to right, lines top to bottom."""
    if not words:
        return ""
    heights = sorted(w.bottom - w.top for w in words)
    tol = max(heights[len(heights) // 2] * 0.5, 1.0)
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.cy):
        if lines and abs(w.cy - sum(x.cy for x in lines[-1]) / len(lines[-1])) <= tol:
            lines[-1].append(w)
        else:
            lines.append([w])
    return "\n".join(" ".join(_dashes_by_width(sorted(line, key=lambda w: w.x0))) for line in lines)


_FIGURES = regex.compile(r"[\d/.]+")
# a dash's width in figure widths (the mean advance of the figures beside it): a hyphen is about 0.6 of a figure, an
# en dash about 1.1-1.4, an em dash 2 and more (Kế hoạch 239/KH-SYT 2018 of Kiên Giang, scanned at 200 dpi: hyphens
# 0.56-0.58, en dashes read "—" 1.13-1.35)
DASH_WIDTHS = ((0.85, "-"), (1.7, "–"), (float("inf"), "—"))


def _dashes_by_width(line: list[Word]) -> list[str]:
    """The words' texts, a lone dash between two runs of figures ("26/4/2018 — 21/5/2018") read by its width:
    Tesseract reads an en dash as "-" or "—", the print's own mark is measured.

    >>> w = lambda t, x0, x1: Word(t, x0, 0, x1, 10, 90)
    >>> _dashes_by_width([w("26/4/2018", 0, 207), w("—", 215, 244), w("21/5/2018", 252, 460)])
    ['26/4/2018', '–', '21/5/2018']
    >>> _dashes_by_width([w("16/6/2018", 0, 204), w("-", 212, 225), w("29/6/2018", 233, 441)])
    ['16/6/2018', '-', '29/6/2018']
    """
    out = [w.text for w in line]
    for i in range(1, len(line) - 1):
        a, d, b = line[i - 1], line[i], line[i + 1]
        if d.text not in ("-", "–", "—") or not (_FIGURES.fullmatch(a.text) and _FIGURES.fullmatch(b.text)):
            continue
        figure = ((a.x1 - a.x0) / len(a.text) + (b.x1 - b.x0) / len(b.text)) / 2
        ratio = (d.x1 - d.x0) / figure if figure > 0 else 0.0
        out[i] = next(mark for limit, mark in DASH_WIDTHS if ratio < limit)
    return out


# ---------------------------------------------------------------- reading cell by cell

NUMBER_CHARS = "0123456789IVX."  # what the STT column may hold, for its second reading
STACK_MAX_PX = 20000
TESS_CONFIG: list[str] = []
STACK_PAD_IN = 0.15  # inches of white around each piece of a stack  # one Tesseract call reads a stack of pieces at most this tall


@dataclass
class Piece:
    """A region of the page read on its own: a table cell, a number cell, or text outside tables."""

    box: tuple[int, int, int, int]  # pixels: x0, top, x1, bottom of the ink read
    words: list[Word] = field(default_factory=list)


def ink_box(ink, box: tuple[int, int, int, int], min_px: int = 2) -> tuple[int, int, int, int] | None:
    """The part of *box* that holds ink (rows and columns with at least *min_px* ink pixels), or None."""
    import numpy as np

    x0, t, x1, b = box
    part = ink[t:b, x0:x1] > 0
    if part.size == 0 or part.sum() < 12:
        return None
    rows = np.nonzero(part.sum(axis=1) >= min_px)[0]
    cols = np.nonzero(part.sum(axis=0) >= min_px)[0]
    if not len(rows) or not len(cols):
        return None
    return x0 + int(cols[0]), t + int(rows[0]), x0 + int(cols[-1]) + 1, t + int(rows[-1]) + 1


def _stacks(pieces: list[Piece], pad: int) -> list[list[tuple[Piece, int]]]:
    """Pieces in groups of at most STACK_MAX_PX stacked height, each with its y offset in the stack."""
    out: list[list[tuple[Piece, int]]] = [[]]
    y = pad
    for p in pieces:
        h = p.box[3] - p.box[1]
        if out[-1] and y + h + pad > STACK_MAX_PX:
            out.append([])
            y = pad
        out[-1].append((p, y))
        y += h + 2 * pad
    return [g for g in out if g]


def read_pieces(gray, pieces: list[Piece], exe: str, dpi: int = DPI, whitelist: str = "") -> None:
    """Read every piece on its own: the pieces are stacked top to bottom with white between
    them (a line of one never meets a line of another) and read in one Tesseract call per
    stack; each piece gets its words, in page pixels."""
    import numpy as np

    pad = max(8, int(dpi * STACK_PAD_IN))
    for group in _stacks(pieces, pad):
        width = max(p.box[2] - p.box[0] for p, _ in group) + 2 * pad
        height = max(y + p.box[3] - p.box[1] for p, y in group) + pad
        canvas = np.full((height, width), 255, dtype=np.uint8)
        for p, y in group:
            x0, t, x1, b = p.box
            canvas[y:y + b - t, pad:pad + x1 - x0] = gray[t:b, x0:x1]
        starts = [y - pad for _p, y in group]  # piece k owns [starts[k], starts[k + 1]) of the stack
        for w in ocr_words(canvas, exe, dpi, whitelist=whitelist):
            w = with_bar_sign(canvas, w)
            k = bisect.bisect_right(starts, w.cy) - 1
            if k < 0:
                continue
            p, y = group[k]
            if w.cy < y + p.box[3] - p.box[1] + pad:
                dx, dy = p.box[0] - pad, p.box[1] - y
                p.words.append(replace(w, x0=w.x0 + dx, x1=w.x1 + dx, top=w.top + dy, bottom=w.bottom + dy))


_BAR_SIGNS = {"<": "≤", ">": "≥"}


def with_bar_sign(image, w: Word) -> Word:
    """*w* with "<" or ">" read as "≤" or "≥" when the glyph's box ends in a bar under a white gap: Tesseract's
    Vietnamese model has no "≤" and reads it "<" with the bar inside its box ("≤ 20 ngày làm việc": Kế hoạch
    239/KH-SYT 2018 of Kiên Giang, a scan; 28 of 29 columns dark in the bar's row, none in the gap above).

    >>> import numpy as np
    >>> img = np.full((40, 30), 255, dtype=np.uint8)
    >>> for y in range(2, 24): img[y, 4 + abs(12 - y) // 2: 7 + abs(12 - y) // 2] = 0    # the "<"
    >>> img[34:36, 1:29] = 0                                                            # the bar
    >>> with_bar_sign(img, Word("<", 0, 0, 30, 37, 90)).text, with_bar_sign(img, Word("<", 0, 0, 30, 25, 90)).text
    ('≤', '<')
    """
    sign = _BAR_SIGNS.get(w.text[:1])
    if sign is None or w.bottom - w.top < 8:
        return w
    gw = (w.x1 - w.x0) / len(w.text) if len(w.text) > 1 else w.x1 - w.x0
    x0, x1 = int(w.x0), int(w.x0 + gw)
    top, bottom = int(w.top), min(int(w.bottom), image.shape[0])
    dark = [int((image[y, x0:x1] < 128).sum()) for y in range(top, bottom)]
    h = len(dark)
    bar = next((i for i in range(h - 1, int(h * 0.65) - 1, -1) if dark[i] >= 0.7 * gw), None)
    if bar is None or not any(d <= 1 for d in dark[int(h * 0.5):bar]):
        return w
    return replace(w, text=sign + w.text[1:])


_NUMBERISH = regex.compile(r"^(\d{1,3}(\.\d{1,3})*\.?|[IVX]{1,6}\.?)$")
_OTHER_LETTERS = regex.compile(r"[^\W\dIVXivxlHUY_]")


def needs_number_reading(general: str) -> bool:
    """Whether a number-column cell read as *general* is read again with digits and I/V/X only:
    not when it is a clean number already, nor when it holds words (a header "STT"), which
    :func:`choose_number` keeps as read whatever the second reading (one Tesseract call a page
    saved when the header is the only such cell).

    >>> [needs_number_reading(t) for t in ("12", "VII.", "ST T", "VH |", "o _", "")]
    [False, False, False, True, True, True]
    """
    return not _NUMBERISH.match(general.replace(" ", "")) and len(_OTHER_LETTERS.findall(general)) < 2


def choose_number(general: str, number: str) -> str:
    """The text of a number-column cell from its two readings (all characters, digits and I/V/X only).

    A cell with words in it ("STT", "a)", "-") keeps its general reading; else the
    second reading wins when it is a number or a numeral.

    >>> choose_number("VH |", "VIII"), choose_number("STT", "11"), choose_number("o _", ""), choose_number("1.1", "1.1")
    ('VIII', 'STT', 'o _', '1.1')
    """
    n = number.replace(" ", "").replace("\n", "")
    if len(_OTHER_LETTERS.findall(general)) >= 2 or not _NUMBERISH.match(n):
        return general
    return n


# ---------------------------------------------------------------- quarters in doubt

QUARTER_CONF = 82  # a quarter's numeral of strokes only (I, II, III) read with a lower confidence is in doubt
STROKE_FULL = 0.75  # share of the middle half of a word's height a column must ink to be part of a stroke
_QUARTER_WORD = regex.compile(r"([1lLIiHT|!\[]{1,4})?/?((?:19|20)\d\d)?(\W*)")


def stroke_count(image, w: Word) -> int:
    """The upright strokes at the left of word *w* of *image* (grey, page pixels) before its first ink that is no
    stroke (a slash, a digit): the I's of "III/2027".  A stroke inks most of the middle half of the word's height
    (serifs above and below it are left out); strokes touching each other count apart, and the pale columns at a
    stroke's edges belong to it."""
    import numpy as np

    x0, t, x1, b = (max(0, int(v)) for v in (w.x0, w.top, w.x1, w.bottom))
    ink = image[t:b, x0:x1] < 128
    rows = np.nonzero(ink.sum(axis=1))[0]
    if not len(rows):
        return 0
    h = rows[-1] - rows[0] + 1
    band = ink[rows[0] + h // 4: rows[0] + 3 * h // 4 + 1]
    full, inked = band.mean(axis=0) >= STROKE_FULL, band.any(axis=0)
    n, x = 0, 0
    while x < len(full):
        if not inked[x]:
            x += 1
            continue
        y = x
        while y < len(full) and inked[y]:
            y += 1
        k = sum(1 for i in range(x, y) if full[i] and (i == x or not full[i - 1]))
        if not k:
            break
        n, x = n + k, y
    return n


def settle_quarters(words: list[Word], image=None) -> list[str]:
    """The quarters of a cell whose numeral OCR may have misread, each as a line for the row's warnings; a numeral
    of strokes only is re-counted from the image when given (the word's text set to "III/2027").

    Tesseract drops or adds a stroke of I, II and III at 200 dpi (a Công báo scan: "Quý II/2027" for "Quý
    III/2027", "quý 2027" for "quý I/2027"), a wrong deadline that no word list can see; a second reading of the
    numeral alone with I, V and digits only reads "II" as often (tried).  Counting the upright strokes before the
    slash (:func:`stroke_count`) settles it; where no count of 1-3 is found (or there is no image), a numeral of
    strokes read with a confidence under :data:`QUARTER_CONF` (misreads of the real plans scanned: 0-81; right
    readings 24-91; "IV": 86-93, never in doubt), a year with no numeral, is in doubt.  An Arabic 1-4 is as printed.

    >>> w = lambda t, c: Word(t, 0, 0, 1, 1, c)
    >>> settle_quarters([w("Quý", 90), w("II/2027", 43), w("quý", 90), w("IV/2026", 60), w("Quý", 91), w("2027", 0)])
    ["OCR may have misread the quarter's numeral in 'Quý II/2027': check it", "OCR may have misread the quarter's numeral in 'Quý 2027': check it"]
    """
    out = []
    for a, b in zip(words, words[1:]):
        bare = "".join(c for c in unicodedata.normalize("NFD", b.text) if not unicodedata.combining(c))  # "ÏI"
        m = _QUARTER_WORD.fullmatch(bare)
        if a.text.lower() != "quý" or a.line != b.line or not m or not (m[1] or m[2]):
            continue
        arabic = bool(m[1]) and m[1].isdigit() and 1 <= int(m[1]) <= 4
        n = stroke_count(image, b) if image is not None and not arabic else 0
        if 1 <= n <= 3:
            text = "I" * n + (f"/{m[2]}" if m[2] else "") + m[3]
            if text != b.text:
                out.append(f"OCR read the quarter '{a.text} {b.text}'; its numeral has {n} stroke{'s' * (n > 1)}: "
                           f"read as '{a.text} {text}'")
                b.text = text
        elif not m[1] or b.conf < QUARTER_CONF:
            out.append(f"OCR may have misread the quarter's numeral in '{a.text} {b.text}': check it")
    return out


# ---------------------------------------------------------------- fragments

def _nearest(edges: list[float], v: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v))


def table_fragment(table: TableBox, cell_words: list[list[Word]], numbers: dict[int, str], page_no: int,
                   index: int, context: str, dpi: int = DPI, image=None
                   ) -> tuple[Fragment | None, dict[int, tuple[float, int, tuple[str, ...]]], dict[int, list[str]]]:
    """A Fragment from a table's cell boxes and the words read in each (``cell_words[i]`` for
    ``table.cells[i]``; ``numbers[i]``: the digits-only reading of a number cell); also
    (row -> conf sum, count, the words read with a confidence under :data:`WORD_DOUBT_BELOW`) and (row -> quarters
    re-counted or in doubt: :func:`settle_quarters`, with *image* the page the words were read from)."""
    k = 72.0 / dpi
    boxes = [(x0 * k, t * k, x1 * k, b * k) for x0, t, x1, b in table.cells]
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes], COL_JOIN_PT)
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes], EDGE_TOL_PT)
    if len(xs) < 2 or len(ys) < 2:
        return None, {}, {}
    cells = []
    conf: dict[int, tuple[float, int, tuple[str, ...]]] = {}
    doubts: dict[int, list[str]] = {}
    for i, box in enumerate(boxes):
        c0, c1 = _nearest(xs, box[0]), _nearest(xs, box[2])
        r0, r1 = _nearest(ys, box[1]), _nearest(ys, box[3])
        if not (c1 > c0 and r1 > r0):
            continue
        words = [w for w in cell_words[i] if not _is_rule_noise(w)]
        quarters = settle_quarters(words, image)
        text = clean_cell(words_text(words))
        if i in numbers:
            text = choose_number(text, clean_cell(numbers[i]))
        cells.append((r0, c0, Cell(text, r1 - r0, c1 - c0)))
        if words:
            s, n, low = conf.get(r0, (0.0, 0, ()))
            conf[r0] = (s + sum(w.conf for w in words), n + len(words),
                        low + tuple(w.text for w in words if w.conf < WORD_DOUBT_BELOW))
            doubts.setdefault(r0, []).extend(quarters)
    rows = build_rows(len(ys) - 1, len(xs) - 1, cells)
    x0, t, x1, b = (v * k for v in table.bbox)
    frag = Fragment(rows=rows, page=page_no, source_table=index, context=context, col_edges=tuple(xs),
                    bbox=(x0, t, x1, b), row_tops=tuple(ys[:-1]))
    return frag, conf, {r: d for r, d in doubts.items() if d}


@dataclass
class PageOcr:
    fragments: list[Fragment]
    row_conf: dict[tuple[int, int], tuple[float, int]]
    doubts: dict[tuple[int, int], list[str]]  # (source_table, row) -> quarters in doubt
    row_doubt: dict[tuple[int, int], tuple[str, ...]]  # (source_table, row) -> words read with low confidence
    outside_text: str  # words outside every table
    skew: float
    seconds: float
    image: object = None  # the deskewed grey page (numpy array), lines erased
    cells: list[tuple[int, int, int, int]] = field(default_factory=list)  # pixels, every cell found
    words: list[Word] = field(default_factory=list)  # every word read, in page pixels


def _inset(box: tuple[int, int, int, int], d: int) -> tuple[int, int, int, int]:
    x0, t, x1, b = box
    return x0 + d, t + d, max(x0 + d, x1 - d), max(t + d, b - d)


def _is_number_cell(table: TableBox, box: tuple[int, int, int, int]) -> bool:
    """A cell of the table's first column, narrow (the STT column)."""
    tw = table.bbox[2] - table.bbox[0]
    return box[0] - table.bbox[0] < tw * 0.02 and box[2] - box[0] < tw * 0.1


def _outside_bands(tables: list[TableBox], h: int, w: int) -> list[tuple[int, int, int, int]]:
    """The page's full-width bands above, between and below the tables."""
    bands, top = [], 0
    for t in tables:
        bands.append((0, top, w, max(top, t.bbox[1])))
        top = t.bbox[3]
    bands.append((0, top, w, h))
    return bands


def read_page(gray, exe: str, dpi: int = DPI):
    """Deskew, find tables, read every cell (and the text outside tables) on its own.

    Returns (deskewed page with lines erased, angle, tables, cell pieces per table,
    number-cell pieces per table {cell index: piece} of the number cells whose first reading
    is no clean number, read again with digits and I/V/X only, outside pieces per band).
    """
    import cv2

    gray, angle = deskew(gray, dpi)
    ink = binarize(gray)
    tables, grid = find_tables(ink, dpi)
    clean = erase_lines(gray, grid) if tables else gray
    if tables:
        ink[cv2.dilate(grid, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))) > 0] = 0
    inset = max(2, dpi // 100)
    cell_pieces: list[list[Piece | None]] = []
    number_pieces: list[dict[int, Piece]] = []
    for t in tables:
        boxes = [ink_box(ink, _inset(c, inset)) for c in t.cells]
        cell_pieces.append([Piece(b) if b else None for b in boxes])
        number_pieces.append({i: Piece(b) for i, (c, b) in enumerate(zip(t.cells, boxes))
                              if b and _is_number_cell(t, c)})
    bands = [ink_box(ink, b, min_px=3) for b in _outside_bands(tables, *ink.shape)]
    outside = [Piece(b) if b else None for b in bands]
    read_pieces(clean, [p for ps in cell_pieces for p in ps if p] + [p for p in outside if p], exe, dpi)
    for ps, nps in zip(cell_pieces, number_pieces):
        for i in [i for i in nps if not needs_number_reading(words_text(ps[i].words))]:
            del nps[i]
    numbers = [p for ps in number_pieces for p in ps.values()]
    if numbers:
        read_pieces(clean, numbers, exe, dpi, whitelist=NUMBER_CHARS)
    return clean, angle, tables, cell_pieces, number_pieces, outside


def ocr_page(gray, page_no: int, first_index: int, exe: str, dpi: int = DPI) -> PageOcr:
    """Deskew, find tables, read cell by cell, build the page's fragments."""
    start = time.perf_counter()
    clean, angle, tables, cell_pieces, number_pieces, outside = read_page(gray, exe, dpi)
    fragments: list[Fragment] = []
    row_conf: dict[tuple[int, int], tuple[float, int]] = {}
    row_doubt: dict[tuple[int, int], tuple[str, ...]] = {}
    doubts: dict[tuple[int, int], list[str]] = {}
    for i, t in enumerate(tables):
        cell_words = [p.words if p else [] for p in cell_pieces[i]]
        numbers = {k: words_text(p.words) for k, p in number_pieces[i].items()}
        context = words_text(outside[i].words) if outside[i] else ""
        frag, conf, doubt = table_fragment(t, cell_words, numbers, page_no, first_index + len(fragments), context, dpi,
                                            clean)
        if frag is not None:
            for r, (total, n, low) in conf.items():
                row_conf[(frag.source_table, r)] = (total, n)
                if low:
                    row_doubt[(frag.source_table, r)] = low
            doubts.update({(frag.source_table, r): v for r, v in doubt.items()})
            fragments.append(frag)
    out_words = [w for p in outside if p for w in p.words]
    words = [w for ps in cell_pieces for p in ps if p for w in p.words] + out_words
    return PageOcr(fragments, row_conf, doubts, row_doubt, "\n".join(words_text(p.words) for p in outside if p),
                   angle, time.perf_counter() - start, clean, [c for t in tables for c in t.cells], words)


def scanned_page(path: Path, page: int, dpi: int = DPI):
    """What OCR saw on 1-based *page* of a scanned PDF, for drawing it (``inspect``).

    Returns (image, cells, words): the deskewed grey page as a numpy array (ruling
    lines erased), the box of every table cell found, and every word read as
    (box, text, confidence 0..100); boxes are (x0, top, x1, bottom) in pixels of the image.
    """
    import pypdfium2 as pdfium

    exe = check_available()
    pdf = pdfium.PdfDocument(str(path))
    try:
        gray = render_page(pdf, page - 1, dpi)
    finally:
        pdf.close()
    res = ocr_page(gray, page, 0, exe, dpi)
    words = [((round(w.x0), round(w.top), round(w.x1), round(w.bottom)), w.text, w.conf) for w in res.words]
    return res.image, list(res.cells), words


def _is_rule_noise(w: Word) -> bool:
    """A 'word' that is only a piece of a ruling line Tesseract read ('|', '_', '—'), or a
    speck of a seal or a signature read as marks ("`.", "„ˆ", "......") with low confidence."""
    if all(c in "|_—-–=~.,'‘’`" for c in w.text) and w.conf < 60 and len(w.text) <= 2:
        return True
    return not regex.search(r"[\p{L}\p{N}]", w.text) and w.conf < 50 and w.text not in ("-", "+", "•")


# ---------------------------------------------------------------- document

def read_scanned(path: Path, pages: list[int] | None = None, dpi: int = DPI) -> OcrRead:
    """OCR the given 1-based *pages* of a PDF (all when None) into an :class:`OcrRead`."""
    import pypdfium2 as pdfium

    from .ocr_fix import infer_numbers, note, repair_headers, repair_read
    from .ocr_orient import upright

    exe = check_available()
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as exc:
        raise PdfError(f"corrupt PDF: {exc}") from exc
    read = OcrRead([], "", 0, 0)
    head: list[str] = []
    doubts: dict[tuple[int, int], tuple[int, list[str]]] = {}
    try:
        read.pages = len(pdf)
        for page_no in pages if pages is not None else range(1, len(pdf) + 1):
            gray, turned = upright(render_page(pdf, page_no - 1, dpi), exe, dpi)
            if turned:
                read.sideways_pages.append(page_no)
            res = ocr_page(gray, page_no, len(read.fragments), exe, dpi)
            read.fragments.extend(res.fragments)
            read.row_conf.update(res.row_conf)
            read.row_doubt.update(res.row_doubt)
            doubts.update({k: (page_no, v) for k, v in res.doubts.items()})
            read.ocr_pages.append(page_no)
            read.skew[page_no] = round(res.skew, 3)
            read.seconds[page_no] = round(res.seconds, 2)
            if page_no <= 2:
                head.append(res.outside_text)
    finally:
        pdf.close()
    read.head_text = "\n".join(head)
    read.ocr_tables = {f.source_table for f in read.fragments}
    align_edges(read.fragments)
    repair_read(read)
    repair_headers(read)
    infer_numbers(read)
    for key, (page_no, quarters) in doubts.items():
        for q in quarters:
            note(read, key, page_no, "deadline", q, code="ocr_quarter_uncertain")
    return read


def align_edges(fragments: list[Fragment], tol: float = EDGE_TOL_PT, max_scale: float = MAX_SCAN_SCALE) -> None:
    """A scanned page sits a little left or right of the one before, and may be scaled a little (a copier's or a
    scanner's feed: the last page of Nghị quyết 03/NQ-CP 2010's scan is 0.6% wider): when a fragment's columns have
    the previous page's widths, once its own left edge and width are brought to that page's, give it the previous
    page's edges, so that stitching sees the table continue.

    >>> a = Fragment([[]], page=17, col_edges=(47.8, 79.6, 653.8, 792.7))
    >>> b = Fragment([[]], page=18, col_edges=(49.7, 81.7, 658.3, 799.4))
    >>> align_edges([a, b]); b.col_edges == a.col_edges
    True
    """
    for prev, frag in zip(fragments, fragments[1:]):
        if not (prev.col_edges and frag.col_edges and len(prev.col_edges) == len(frag.col_edges) > 1):
            continue
        if frag.page == prev.page:
            continue
        p0, f0 = prev.col_edges[0], frag.col_edges[0]
        scale = (frag.col_edges[-1] - f0) / (prev.col_edges[-1] - p0) if prev.col_edges[-1] > p0 else 0.0
        if abs(scale - 1) <= max_scale and \
                all(abs((b - f0) / scale + p0 - a) <= tol for a, b in zip(prev.col_edges, frag.col_edges)):
            frag.col_edges = prev.col_edges


def merge_reads(text_read: PdfRead, ocr_read: OcrRead) -> OcrRead:
    """Fragments of text pages and of OCR'd pages in page order; OCR rows renumbered consistently."""
    ocr_pages = set(ocr_read.ocr_pages)
    frags = [f for f in text_read.fragments if f.page not in ocr_pages] + ocr_read.fragments
    frags.sort(key=lambda f: (f.page or 0, f.bbox[1] if f.bbox else 0))
    renum: dict[int, int] = {}
    out: list[Fragment] = []
    for i, f in enumerate(frags):
        if f.page in ocr_pages:
            renum[f.source_table] = i
        out.append(replace(f, source_table=i))
    conf = {(renum[t], r): v for (t, r), v in ocr_read.row_conf.items() if t in renum}
    doubt = {(renum[t], r): v for (t, r), v in ocr_read.row_doubt.items() if t in renum}
    warns = {(renum[t], r): v for (t, r), v in ocr_read.row_warnings.items() if t in renum}
    issues = {(renum[t], r): v for (t, r), v in ocr_read.issues.items() if t in renum}
    # the first page read by OCR: its letterhead comes first (the text reader left out the heads of such pages)
    heads = (ocr_read.head_text, text_read.head_text) if 1 in ocr_pages else (text_read.head_text, ocr_read.head_text)
    head = "\n".join(x for x in heads if x)
    return OcrRead(out, head, text_read.pages or ocr_read.pages, text_read.text_pages,
                   no_text_pages=text_read.no_text_pages, ocr_pages=ocr_read.ocr_pages, row_conf=conf,
                   row_warnings=warns, ocr_tables=set(renum.values()), skew=ocr_read.skew,
                   seconds=ocr_read.seconds, issues=issues, sideways_pages=ocr_read.sideways_pages, row_doubt=doubt)


# ---------------------------------------------------------------- pipeline

def ocr_if_needed(path: Path, fragments: list[Fragment], head_text: str, pages: int,
                  text_pages: int, need: list[int]) -> tuple[OcrRead | None, str]:
    """OCR the pages of a PDF that have no usable text layer, for :func:`extract.pipeline.process_file`.

    *need*: the 1-based pages without a usable text layer (the PDF reader found them).
    Returns (the merged read, "") when pages were OCR'd, (None, "") when every
    page has a usable text layer, and (None, message) when the document has no
    usable text at all and OCR cannot run (Tesseract or its Vietnamese model
    missing): the message is the document's error.  When only some pages need
    OCR and it cannot run, the text pages are used as they are.
    """
    if not need:
        return None, ""
    try:
        read = read_scanned(path, need)
    except Exception as exc:  # OcrUnavailable, or a page OCR could not handle: never raise to the batch
        if len(need) < pages and text_pages:
            return None, ""
        if isinstance(exc, OcrUnavailable):
            return None, f"scanned: no text layer; {exc}"
        return None, f"scanned: no text layer; OCR failed: {type(exc).__name__}: {exc}"
    return merge_reads(PdfRead(fragments, head_text, pages, text_pages), read), ""


def annotate_task(read: OcrRead, task: dict, origin: list[tuple[int, int]]) -> None:
    """Add OCR confidence and OCR warnings to a task record built from rows *origin*."""
    if not any(tuple(o)[0] in read.ocr_tables for o in origin):
        return
    task["ocr_confidence"] = read.confidence(origin)
    task["warnings"] = list(task["warnings"]) + read.warnings(origin)


def ocr_issues(read: OcrRead, row, row_index: int) -> list[Issue]:
    """The OCR issues of a task row (a :class:`extract.stitch.TaskRow`), with its table and row index."""
    return [replace(i, table_index=row.table_index, row_index=row_index) for i in read.issue_list(row.origin)]
