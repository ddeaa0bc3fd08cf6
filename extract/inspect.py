"""Visual QA: draw one PDF page with the tables found, their cells, and what each cell became.

    python -m extract inspect FILE.pdf --page N -o page.png [--resolution 100]

Every cell of a detected table is outlined and tinted by the field its column was
mapped to (stt, task, lead, coordinating, deadline, result, extra) and labelled
with the output row it went to: ``#7`` (row_index 7 of tasks.parquet), ``hdr``
(a header row), ``grp`` (a section or group row: its number and title are in the
``parent``/``parent_titles`` of the rows under it) or ``ign`` (a table that is not
a task table).  A row cut by a page break carries the same ``#n`` on both pages.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .grid import Cell, Fragment
from .stitch import LogicalTable, TaskRow, stitch

COLOURS = {"stt": (120, 120, 120), "task": (31, 119, 180), "lead": (214, 39, 40), "coordinating": (255, 127, 14),
           "deadline": (44, 160, 44), "result": (148, 103, 189), "extra": (140, 86, 75), None: (160, 160, 160)}
SHORT = {"stt": "stt", "task": "task", "lead": "lead", "coordinating": "coord", "deadline": "deadl",
         "result": "result", "extra": "extra", None: ""}


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


def render(path: Path, page_no: int, out: Path, resolution: int = 100) -> int:
    """Draw page *page_no* (1-based) of *path* with its tables; returns the number of cells drawn.

    A page read turned upright (its text printed sideways) is drawn turned the same way.
    """
    import pdfplumber
    from PIL import Image, ImageDraw, ImageFont

    from .pdf_reader import read_pdf

    read = read_pdf(path)
    fragments = read.fragments
    tables, rows, _ = stitch(fragments)
    labels, fields = row_labels(tables, rows), column_fields(tables)
    with pdfplumber.open(str(path)) as pdf:
        if not 1 <= page_no <= len(pdf.pages):
            raise ValueError(f"page {page_no} out of range: the PDF has {len(pdf.pages)} pages")
        page = pdf.pages[page_no - 1]
        img = page.to_image(resolution=resolution).original.convert("RGB")
        x_off, y_off = page.bbox[0], page.bbox[1]
    turn = read.turns.get(page_no, 0)
    if turn:
        img = img.rotate(-turn, expand=True)  # PIL turns counter-clockwise
        x_off = y_off = 0
    scale = resolution / 72

    def px(box):
        x0, top, x1, bottom = box
        return [(x0 - x_off) * scale, (top - y_off) * scale, (x1 - x_off) * scale, (bottom - y_off) * scale]

    overlay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    shade = ImageDraw.Draw(overlay)
    draw = ImageDraw.Draw(img)
    boxes = []
    for frag in [f for f in fragments if f.page == page_no and f.bbox and f.col_edges]:
        known = frag.source_table in fields
        for r, c, box in cell_boxes(frag):
            field = fields[frag.source_table][c] if known else None
            label = labels.get((frag.source_table, r), "ign") if known else "ign"
            colour = COLOURS[field] if label not in ("grp", "ign") else COLOURS[None]
            shade.rectangle(px(box), fill=colour + (40,), outline=colour + (255,), width=1)
            boxes.append((box, f"{label} {SHORT[field]}".strip(), colour))
        outline = (0, 0, 0) if known else (200, 0, 0)
        shade.rectangle(px(frag.bbox), outline=outline + (255,), width=3)
    img = Image.alpha_composite(img.convert("RGBA"), overlay).convert("RGB")
    draw = ImageDraw.Draw(img)
    font = _font(max(8, resolution // 10), ImageFont)
    for box, text, colour in boxes:
        x0, top = px(box)[:2]
        at = (x0 + 2, top + 1)
        w = draw.textlength(text, font=font)
        draw.rectangle([at[0] - 1, at[1], at[0] + w + 1, at[1] + font.size + 1], fill=(255, 255, 255))
        draw.text(at, text, fill=colour, font=font)
    img.convert("P", palette=Image.Palette.ADAPTIVE, colors=48).save(out, optimize=True)
    return len(boxes)


def _font(size: int, ImageFont):
    for name in ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract inspect", description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="a PDF file")
    parser.add_argument("--page", type=int, default=1, help="1-based page number (default 1)")
    parser.add_argument("-o", "--output", type=Path, default=Path("page.png"), help="PNG to write")
    parser.add_argument("--resolution", type=int, default=100, help="pixels per inch (default 100)")
    args = parser.parse_args(argv)
    if args.file.suffix.lower() != ".pdf":
        print("inspect draws PDF pages only", file=sys.stderr)
        return 2
    try:
        n = render(args.file, args.page, args.output, args.resolution)
    except (ValueError, OSError) as exc:
        print(f"inspect: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.output} ({n} cells on page {args.page})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
