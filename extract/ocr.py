"""OCR reader for scanned PDF pages: page image -> ruled table cells -> Tesseract words -> Fragments.

For each page that has no usable text layer:

1. render it (pypdfium2) at :data:`DPI` to grayscale and binarize it (Otsu);
2. deskew: fit the long horizontal ruling lines, take their median angle and
   turn the page back when it is more than a few hundredths of a degree off;
3. find the ruling lines with morphology (a long horizontal and a long
   vertical opening), join them into a grid mask; each ruled table is a
   connected part of that mask, and each cell is an enclosed hole of it, so
   merged cells (row or column spans) come out as one box, as in a text PDF;
4. erase the ruling lines and run Tesseract once per page (``-l vie``, TSV
   output: words with boxes and confidences);
5. put each word into the cell whose box holds its centre, lay the cells out
   on a grid of clustered edges with :func:`extract.grid.build_rows` (the same
   model :mod:`extract.pdf_reader` builds); the words above a table become its
   ``context`` (appendix label and title), the words outside tables on the
   first two pages the head text (decision number, date, issuer).

Coordinates are converted to PDF points, so ``col_edges`` and ``bbox`` mean
what they mean for text PDFs and stitching works unchanged.  What OCR loses in
the narrow STT column is restored afterwards from the numbering sequence
(:mod:`extract.ocr_fix`), and :class:`OcrRead` keeps, per printed row, the
mean word confidence and the warnings, keyed like ``TaskRow.origin``.
"""
from __future__ import annotations

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

from normalize.text import clean_cell

from .grid import Cell, Fragment, build_rows
from .pdf_reader import PdfError, PdfRead, _cluster

DPI = 300  # render resolution: scans at 200 dpi read better by Tesseract when upsampled
LANG = "vie"
PSM = "6"
EDGE_TOL_PT = 4.0  # points: cell borders closer than this are one grid line
MIN_CELL_PT = 4.0  # points: holes of the grid smaller than this are not cells
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
    ``seconds``: OCR wall time per page.
    """

    ocr_pages: list[int] = field(default_factory=list)
    row_conf: dict[tuple[int, int], tuple[float, int]] = field(default_factory=dict)
    row_warnings: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    ocr_tables: set[int] = field(default_factory=set)
    skew: dict[int, float] = field(default_factory=dict)
    seconds: dict[int, float] = field(default_factory=dict)

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
    if LANG not in _LANGS[exe]:
        raise OcrUnavailable(f"tesseract has no Vietnamese model ({LANG}); {NEEDS}")
    try:
        import cv2  # noqa: F401
    except ImportError as exc:
        raise OcrUnavailable("OCR needs OpenCV: pip install 'vn-decision-tasks[ocr]' "
                             "(opencv-python-headless)") from exc
    return exe


# ---------------------------------------------------------------- which pages

def render_page(pdf, index: int, dpi: int = DPI):
    """Page *index* of an open pypdfium2 document as a grayscale numpy array."""
    import numpy as np

    page = pdf[index]
    try:
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        page.close()
    return np.asarray(img)


def binarize(gray):
    """Ink = 255, paper = 0 (Otsu)."""
    import cv2

    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


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
    n, labels, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
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
    import numpy as np

    h, w = ink.shape
    horiz = _horizontal_mask(ink, max(20, int(dpi * 0.3)))
    vert = _vertical_mask(ink, max(15, int(dpi * 0.2)))
    grid = cv2.dilate(horiz | vert, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)), iterations=1)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(grid, connectivity=8)
    min_cell = MIN_CELL_PT * dpi / 72
    tables: list[TableBox] = []
    for i in range(1, n):
        x, y, cw, ch, _area = stats[i]
        if cw < w * 0.15 or ch < dpi * 0.2:
            continue
        part = (labels[y:y + ch, x:x + cw] == i).astype(np.uint8)
        holes = (1 - part).astype(np.uint8)
        m, hl, hs, _ = cv2.connectedComponentsWithStats(holes, connectivity=4)
        cells = []
        for j in range(1, m):
            hx, hy, hw, hh, _a = hs[j]
            if hx == 0 or hy == 0 or hx + hw >= cw or hy + hh >= ch:
                continue  # outside the table's outer border
            if hw < min_cell or hh < min_cell:
                continue
            cells.append((x + hx, y + hy, x + hx + hw, y + hy + hh))
        if len(cells) >= 2:
            tables.append(TableBox((x, y, x + cw, y + ch), cells))
    tables.sort(key=lambda t: t.bbox[1])
    return tables, grid


def erase_lines(gray, grid):
    """*gray* with the ruling lines painted white (so Tesseract does not read them as '|' or '_')."""
    import cv2

    wide = cv2.dilate(grid, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    out = gray.copy()
    out[wide > 0] = 255
    return out


# ---------------------------------------------------------------- Tesseract

def ocr_words(gray, exe: str, dpi: int = DPI, psm: str | None = None) -> list[Word]:
    """Words of a page image with boxes (pixels) and confidences: one Tesseract call."""
    import cv2

    with tempfile.TemporaryDirectory(prefix="ocr_") as tmp:
        img = Path(tmp) / "page.png"
        cv2.imwrite(str(img), gray)
        cmd = [exe, str(img), "stdout", "-l", LANG, "--psm", psm or PSM, "--dpi", str(dpi),
               "-c", "preserve_interword_spaces=0", "tsv"]
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
    return "\n".join(" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines)


# ---------------------------------------------------------------- fragments

def _nearest(edges: list[float], v: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v))


def table_fragment(table: TableBox, words: list[Word], page_no: int, index: int, context: str,
                   dpi: int = DPI) -> tuple[Fragment | None, dict[int, tuple[float, int]]]:
    """A Fragment from a table's cell boxes and the words inside them; also (row -> conf sum, count)."""
    k = 72.0 / dpi
    boxes = [(x0 * k, t * k, x1 * k, b * k) for x0, t, x1, b in table.cells]
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes], EDGE_TOL_PT)
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes], EDGE_TOL_PT)
    if len(xs) < 2 or len(ys) < 2:
        return None, {}
    placed = []
    for box in boxes:
        c0, c1 = _nearest(xs, box[0]), _nearest(xs, box[2])
        r0, r1 = _nearest(ys, box[1]), _nearest(ys, box[3])
        if c1 > c0 and r1 > r0:
            placed.append((r0, c0, r1 - r0, c1 - c0, box))
    buckets: list[list[Word]] = [[] for _ in placed]
    for w in words:
        cx, cy = w.cx * k, w.cy * k
        for i, (_r, _c, _rs, _cs, (x0, t, x1, b)) in enumerate(placed):
            if x0 - 1 <= cx <= x1 + 1 and t - 1 <= cy <= b + 1:
                buckets[i].append(w)
                break
    cells = []
    conf: dict[int, tuple[float, int]] = {}
    for (r0, c0, rs, cs, _box), bucket in zip(placed, buckets):
        cells.append((r0, c0, Cell(clean_cell(words_text(bucket)), rs, cs)))
        if bucket:
            s, n = conf.get(r0, (0.0, 0))
            conf[r0] = (s + sum(w.conf for w in bucket), n + len(bucket))
    rows = build_rows(len(ys) - 1, len(xs) - 1, cells)
    x0, t, x1, b = (v * k for v in table.bbox)
    frag = Fragment(rows=rows, page=page_no, source_table=index, context=context, col_edges=tuple(xs),
                    bbox=(x0, t, x1, b), row_tops=tuple(ys[:-1]))
    return frag, conf


@dataclass
class PageOcr:
    fragments: list[Fragment]
    row_conf: dict[tuple[int, int], tuple[float, int]]
    outside_text: str  # words outside every table
    skew: float
    seconds: float


def ocr_page(gray, page_no: int, first_index: int, exe: str, dpi: int = DPI) -> PageOcr:
    """Deskew, find tables, OCR once, build the page's fragments."""
    start = time.perf_counter()
    gray, angle = deskew(gray, dpi)
    ink = binarize(gray)
    tables, grid = find_tables(ink, dpi)
    words = ocr_words(erase_lines(gray, grid) if tables else gray, exe, dpi)
    words = [w for w in words if not _is_rule_noise(w)]
    fragments: list[Fragment] = []
    row_conf: dict[tuple[int, int], tuple[float, int]] = {}
    prev_bottom = 0.0
    used: set[int] = set()
    for t in tables:
        x0, top, x1, bottom = t.bbox
        inside = [w for w in words if x0 <= w.cx <= x1 and top <= w.cy <= bottom]
        above = [w for w in words if prev_bottom <= w.cy < top]
        used.update(id(w) for w in inside)
        frag, conf = table_fragment(t, inside, page_no, first_index + len(fragments),
                                    words_text(above), dpi)
        if frag is not None:
            for r, v in conf.items():
                row_conf[(frag.source_table, r)] = v
            fragments.append(frag)
        prev_bottom = bottom
    outside = [w for w in words if id(w) not in used]
    return PageOcr(fragments, row_conf, words_text(outside), angle, time.perf_counter() - start)


def _is_rule_noise(w: Word) -> bool:
    """A 'word' that is only a piece of a ruling line Tesseract read ('|', '_', '—')."""
    return all(c in "|_—-–=~.,'‘’`" for c in w.text) and w.conf < 60 and len(w.text) <= 2


# ---------------------------------------------------------------- document

def read_scanned(path: Path, pages: list[int] | None = None, dpi: int = DPI) -> OcrRead:
    """OCR the given 1-based *pages* of a PDF (all when None) into an :class:`OcrRead`."""
    import pypdfium2 as pdfium

    from .ocr_fix import infer_numbers, repair_read

    exe = check_available()
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as exc:
        raise PdfError(f"corrupt PDF: {exc}") from exc
    read = OcrRead([], "", 0, 0)
    head: list[str] = []
    try:
        read.pages = len(pdf)
        for page_no in pages if pages is not None else range(1, len(pdf) + 1):
            gray = render_page(pdf, page_no - 1, dpi)
            res = ocr_page(gray, page_no, len(read.fragments), exe, dpi)
            read.fragments.extend(res.fragments)
            read.row_conf.update(res.row_conf)
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
    infer_numbers(read)
    return read


def align_edges(fragments: list[Fragment], tol: float = EDGE_TOL_PT) -> None:
    """A scanned page sits a little left or right of the one before: when a fragment's columns
    have the same widths as the previous page's, give it the previous page's edges, so that
    stitching sees the table continue."""
    for prev, frag in zip(fragments, fragments[1:]):
        if not (prev.col_edges and frag.col_edges and len(prev.col_edges) == len(frag.col_edges)):
            continue
        if frag.page == prev.page:
            continue
        shift = frag.col_edges[0] - prev.col_edges[0]
        if all(abs((b - shift) - a) <= tol for a, b in zip(prev.col_edges, frag.col_edges)):
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
    warns = {(renum[t], r): v for (t, r), v in ocr_read.row_warnings.items() if t in renum}
    head = "\n".join(x for x in (text_read.head_text, ocr_read.head_text) if x)
    return OcrRead(out, head, text_read.pages or ocr_read.pages, text_read.text_pages,
                   no_text_pages=text_read.no_text_pages, ocr_pages=ocr_read.ocr_pages, row_conf=conf,
                   row_warnings=warns, ocr_tables=set(renum.values()), skew=ocr_read.skew,
                   seconds=ocr_read.seconds)


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
