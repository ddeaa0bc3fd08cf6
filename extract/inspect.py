"""Visual QA: draw one page of a decision with the tables found, their cells, and what each cell became.

    vn-tasks inspect FILE --page N [-o page.png] [--resolution 100]
    python -m extract inspect FILE --page N ...

Every cell of a detected table is outlined and tinted by the field its column was
mapped to (stt, task, lead, coordinating, deadline, result, extra) and labelled
with the output row it went to: ``#7`` (row_index 7 of tasks.parquet), ``hdr``
(a header row), ``grp`` (a section or group row: its number and title are in the
``parent``/``parent_titles`` of the rows under it) or ``ign`` (a table that is not
a task table).  A row cut by a page break carries the same ``#n`` on both pages.

Any input: a text PDF is drawn as it is; a page read by OCR (a scan) is drawn as
OCR saw it (turned level) with its cells, and beside it a panel of the words
Tesseract read, each at its place (red: low confidence); a DOCX or DOC is first
converted to PDF by LibreOffice (the same rows as the DOCX: the tests check the
records are equal).  Without ``-o`` the PNG goes under the system's temporary
folder, never into the current folder.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .grid import Cell, Fragment
from .stitch import LogicalTable, TaskRow, stitch

COLOURS = {"stt": (120, 120, 120), "task": (31, 119, 180), "lead": (214, 39, 40), "coordinating": (255, 127, 14),
           "deadline": (44, 160, 44), "result": (148, 103, 189), "extra": (140, 86, 75), None: (160, 160, 160)}
SHORT = {"stt": "stt", "task": "task", "lead": "lead", "coordinating": "coord", "deadline": "deadl",
         "result": "result", "extra": "extra", None: ""}
MARK = (230, 0, 160)  # the outline of a marked row
LOW_CONF = 60  # Tesseract confidence under which a word is drawn red


class InspectError(Exception):
    """The page cannot be drawn; the message says why, for people."""


def row_labels(tables: list[LogicalTable], rows: list[TaskRow]) -> dict[tuple[int, int], str]:
    """(fragment source_table, row) -> "#n", "hdr" or "grp" for every row of every task table."""
    labels: dict[tuple[int, int], str] = {}
    for table in tables:
        for frag, skip in zip(table.fragments, table.header_rows):
            for r in range(len(frag.rows)):
                labels[(frag.source_table, r)] = "hdr" if r < skip else "grp"
    for i, row in enumerate(rows):
        for where in row.origin:
            labels[where] = f"#{i}"
    return labels


def column_fields(tables: list[LogicalTable]) -> dict[int, tuple[str | None, ...]]:
    """source_table -> field per column ("extra" for a column with no canonical field)."""
    return {frag.source_table: tuple(f or "extra" for f in t.header.fields) for t in tables for frag in t.fragments}


def cell_boxes(frag: Fragment):
    """(row, col, box) of every cell that starts in the fragment; box in PDF points."""
    xs, ys = frag.col_edges, tuple(frag.row_tops) + (frag.bbox[3],)
    for r, row in enumerate(frag.rows):
        for c, slot in enumerate(row):
            if isinstance(slot, Cell) and c + slot.colspan < len(xs) and r + slot.rowspan < len(ys):
                yield r, c, (xs[c], ys[r], xs[c + slot.colspan], ys[r + slot.rowspan])


@dataclass
class Loaded:
    """A document read as the pipeline reads it, kept to draw several pages."""

    pdf: Path  # the PDF drawn (the input, or its conversion)
    fragments: list[Fragment]
    labels: dict[tuple[int, int], str]
    fields: dict[int, tuple[str | None, ...]]
    pages: int
    turns: dict[int, int] = field(default_factory=dict)
    ocr_pages: set[int] = field(default_factory=set)
    note: str = ""  # said to the user (e.g. "converted from DOCX by LibreOffice")
    tmp: tempfile.TemporaryDirectory | None = None

    def close(self) -> None:
        if self.tmp is not None:
            self.tmp.cleanup()


def load(path: Path) -> Loaded:
    """Read *path* (PDF, DOCX or DOC, by content) as the pipeline does, for drawing."""
    from .sources import DOC, DOCX, PDF, sniff

    path = Path(path)
    if not path.is_file():
        raise InspectError(f"{path}: no such file")
    fmt = sniff(path)
    if fmt == PDF:
        return _load_pdf(path)
    if fmt in (DOCX, DOC):
        return _load_office(path, fmt)
    raise InspectError(f"{path}: not a PDF, DOCX or DOC file (by its content)")


def _load_pdf(path: Path, note: str = "", tmp=None) -> Loaded:
    from .ocr import ocr_if_needed
    from .pdf_geometry import PdfError
    from .pdfium_reader import read_pdf  # the default reader: what the run read, about four times faster

    try:
        read = read_pdf(path)
    except PdfError as exc:
        raise InspectError(f"{path}: {exc}") from exc
    fragments, ocr_pages = read.fragments, set()
    if read.no_text_pages:
        ocr, error = ocr_if_needed(path, fragments, read.head_text, read.pages, read.text_pages, read.no_text_pages)
        if error:
            raise InspectError(f"{path}: {error}")
        if ocr is not None:
            fragments, ocr_pages = ocr.fragments, set(ocr.ocr_pages)
    tables, rows, _ = stitch(fragments)
    return Loaded(path, fragments, row_labels(tables, rows), column_fields(tables), read.pages, dict(read.turns),
                  ocr_pages, note, tmp)


def _load_office(path: Path, fmt: str) -> Loaded:
    from .sources import ConversionError, soffice, soffice_convert

    if soffice() is None:
        raise InspectError(f"{path}: drawing a {fmt.upper()} needs LibreOffice to lay it out as pages "
                           "(apt-get install libreoffice-writer-nogui); it is not installed")
    tmp = tempfile.TemporaryDirectory(prefix="vn_tasks_inspect_")
    src = Path(tmp.name) / f"input.{fmt}"
    src.write_bytes(path.read_bytes())
    try:
        soffice_convert([src], "pdf", Path(tmp.name), timeout=180)
    except ConversionError as exc:
        tmp.cleanup()
        raise InspectError(f"{path}: {exc}") from exc
    pdf = Path(tmp.name) / "input.pdf"
    if not pdf.exists() or pdf.stat().st_size == 0:
        tmp.cleanup()
        raise InspectError(f"{path}: LibreOffice could not convert it to PDF")
    return _load_pdf(pdf, f"drawn from a PDF made by LibreOffice from the {fmt.upper()}", tmp)


def _page_image(loaded: Loaded, page_no: int, resolution: int):
    """(RGB image of the page as it was read, x offset, y offset in points)."""
    if page_no in loaded.ocr_pages:  # as OCR saw it: rendered at OCR's resolution and turned level
        import pypdfium2 as pdfium
        from PIL import Image

        from . import ocr

        pdf = pdfium.PdfDocument(str(loaded.pdf))
        try:
            gray, _angle = ocr.deskew(ocr.render_page(pdf, page_no - 1, ocr.DPI), ocr.DPI)
        finally:
            pdf.close()
        img = Image.fromarray(gray).convert("RGB")
        size = (round(img.width * resolution / ocr.DPI), round(img.height * resolution / ocr.DPI))
        return img.resize(size, Image.Resampling.LANCZOS), 0.0, 0.0
    import pdfplumber

    with pdfplumber.open(str(loaded.pdf)) as pdf:
        page = pdf.pages[page_no - 1]
        img = page.to_image(resolution=resolution).original.convert("RGB")
        x_off, y_off = page.bbox[0], page.bbox[1]
    turn = loaded.turns.get(page_no, 0)
    if turn:
        img = img.rotate(-turn, expand=True)  # PIL turns counter-clockwise
        x_off = y_off = 0
    return img, x_off, y_off


def draw_page(loaded: Loaded, page_no: int, resolution: int = 100, mark_row: int | None = None):
    """(image of page *page_no* with its tables drawn, cells drawn); *mark_row*: a row_index to outline."""
    from PIL import Image, ImageDraw

    if not 1 <= page_no <= loaded.pages:
        raise InspectError(f"page {page_no} out of range: the document has {loaded.pages} pages")
    img, x_off, y_off = _page_image(loaded, page_no, resolution)
    scale = resolution / 72

    def px(box):
        x0, top, x1, bottom = box
        return [(x0 - x_off) * scale, (top - y_off) * scale, (x1 - x_off) * scale, (bottom - y_off) * scale]

    overlay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    shade = ImageDraw.Draw(overlay)
    boxes, marked = [], []
    for frag in [f for f in loaded.fragments if f.page == page_no and f.bbox and f.col_edges]:
        known = frag.source_table in loaded.fields
        ys = tuple(frag.row_tops) + (frag.bbox[3],)
        for r, c, box in cell_boxes(frag):
            fields = loaded.fields[frag.source_table] if known else ()
            field = fields[c] if c < len(fields) else None  # a fragment's extra column has no field
            label = loaded.labels.get((frag.source_table, r), "ign") if known else "ign"
            colour = COLOURS[field] if label not in ("grp", "ign") else COLOURS[None]
            shade.rectangle(px(box), fill=colour + (40,), outline=colour + (255,), width=1)
            boxes.append((box, f"{label} {SHORT[field]}".strip(), colour))
            if mark_row is not None and label == f"#{mark_row}":  # its own band: not a merged cell's rows below
                marked.append(px((box[0], ys[r], box[2], ys[r + 1])))
        outline = (0, 0, 0) if known else (200, 0, 0)
        shade.rectangle(px(frag.bbox), outline=outline + (255,), width=3)
    img = Image.alpha_composite(img.convert("RGBA"), overlay).convert("RGB")
    _labels(img, [(px(b)[:2], t, c) for b, t, c in boxes], resolution)
    if marked:
        d = ImageDraw.Draw(img)
        pad = max(2, resolution // 20)
        d.rectangle([min(b[0] for b in marked) - pad, min(b[1] for b in marked) - pad,
                     max(b[2] for b in marked) + pad, max(b[3] for b in marked) + pad],
                    outline=MARK, width=max(3, resolution // 15))
    return img, len(boxes)


def _labels(img, items, resolution: int) -> None:
    from PIL import ImageDraw, ImageFont

    draw = ImageDraw.Draw(img)
    font = _font(max(8, resolution // 10), ImageFont)
    for (x0, top), text, colour in items:
        at = (x0 + 2, top + 1)
        w = draw.textlength(text, font=font)
        draw.rectangle([at[0] - 1, at[1], at[0] + w + 1, at[1] + font.size + 1], fill=(255, 255, 255))
        draw.text(at, text, fill=colour, font=font)


def words_panel(loaded: Loaded, page_no: int, size: tuple[int, int], resolution: int):
    """A white panel of *size* with the words Tesseract reads on OCR page *page_no*, each at its place."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFont

    from . import ocr

    exe = ocr.check_available()
    pdf = pdfium.PdfDocument(str(loaded.pdf))
    try:
        gray, _ = ocr.deskew(ocr.render_page(pdf, page_no - 1, ocr.DPI), ocr.DPI)
    finally:
        pdf.close()
    tables, grid = ocr.find_tables(ocr.binarize(gray), ocr.DPI)
    words = ocr.ocr_words(ocr.erase_lines(gray, grid) if tables else gray, exe, ocr.DPI)
    panel = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(panel)
    k = resolution / ocr.DPI
    heights = sorted(w.bottom - w.top for w in words) or [30.0]
    font = _font(max(6, int(heights[len(heights) // 2] * k * 0.9)), ImageFont)  # one size: words differ in height
    for w in words:
        box = [w.x0 * k, w.top * k, w.x1 * k, w.bottom * k]
        colour = (200, 0, 0) if w.conf < LOW_CONF else (0, 0, 0)
        draw.rectangle(box, outline=(190, 210, 240))
        draw.text((box[0], box[1]), w.text, fill=colour, font=font)
    return panel, len(words)


def render(path: Path, page_no: int, out: Path, resolution: int = 100, words: bool = True) -> int:
    """Draw page *page_no* (1-based) of *path* to the PNG *out*; returns the number of cells drawn.

    A page read turned upright (its text printed sideways) is drawn turned the same way; an OCR'd page gets
    the panel of words read beside it (*words*).
    """
    loaded = load(path)
    try:
        img, n = draw_page(loaded, page_no, resolution)
        if words and page_no in loaded.ocr_pages:
            from PIL import Image

            panel, _ = words_panel(loaded, page_no, img.size, resolution)
            both = Image.new("RGB", (img.width * 2 + 8, img.height), (90, 90, 90))
            both.paste(img, (0, 0))
            both.paste(panel, (img.width + 8, 0))
            img = both
        save_png(img, out)
    finally:
        loaded.close()
    return n


def save_png(img, out) -> None:
    """A small PNG (48-colour palette), to a path or a binary file object."""
    from PIL import Image

    img.convert("P", palette=Image.Palette.ADAPTIVE, colors=48).save(out, format="PNG", optimize=True)


def _font(size: int, ImageFont):
    for name in ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def default_output(path: Path, page_no: int) -> Path:
    """<system temp>/vn-tasks-inspect/<file stem>-p<N>.png: never the current folder."""
    stem = re.sub(r"[^\w.-]+", "_", Path(path).stem)[:80] or "page"
    folder = Path(tempfile.gettempdir()) / "vn-tasks-inspect"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{stem}-p{page_no}.png"


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    parser = parser or argparse.ArgumentParser(prog="vn-tasks inspect", description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="a PDF, DOCX or DOC file (DOCX and DOC need LibreOffice)")
    parser.add_argument("--page", type=int, default=1, help="1-based page number (default 1)")
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help="PNG to write (default: <temp folder>/vn-tasks-inspect/<file>-p<N>.png)")
    parser.add_argument("--resolution", type=int, default=100, help="pixels per inch (default 100)")
    return parser


def run(args: argparse.Namespace) -> int:
    out = args.output or default_output(args.file, args.page)
    try:
        n = render(args.file, args.page, out, args.resolution)
    except (InspectError, ValueError, OSError) as exc:
        print(f"inspect: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # OCR missing (OcrUnavailable) and the like: a message, not a trace
        print(f"inspect: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {out} ({n} cells on page {args.page})")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
