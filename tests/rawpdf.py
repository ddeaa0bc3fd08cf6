"""A tiny PDF writer for tests: ruled tables drawn line by line, with text in Helvetica (ASCII only).

Lets a test draw what real exporters do and LibreOffice does not, e.g. a table whose
last row, cut by the page break, has no bottom border.
"""
from __future__ import annotations

from pathlib import Path


def _text(x: float, y: float, s: str) -> str:
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 9 Tf {x:.1f} {y:.1f} Td ({s}) Tj ET"


def table_page(col_x: list[float], row_y: list[float], rows: list[list[str]], *,
               bottom_border: bool = True, top_border: bool = True, above: list[str] = ()) -> str:
    """Content stream of one A4 page: a grid between col_x (left to right) and row_y (top to bottom, PDF
    y-up coordinates); cell (r, c) gets rows[r][c] near its top left.  Without bottom_border the last
    horizontal line is not drawn (vertical lines still reach down to it)."""
    ops = ["0.8 w"]
    hs = row_y if bottom_border else row_y[:-1]
    if not top_border:
        hs = hs[1:]
    for y in hs:
        ops.append(f"{col_x[0]:.1f} {y:.1f} m {col_x[-1]:.1f} {y:.1f} l S")
    for x in col_x:
        ops.append(f"{x:.1f} {row_y[0]:.1f} m {x:.1f} {row_y[-1]:.1f} l S")
    for r, row in enumerate(rows):
        for c, s in enumerate(row):
            for k, line in enumerate(s.split("\n")):
                ops.append(_text(col_x[c] + 3, row_y[r] - 11 - 11 * k, line))
    for k, line in enumerate(above):
        ops.append(_text(col_x[0], row_y[0] + 30 - 12 * k, line))
    return "\n".join(ops)


def sideways(content: str, width: float = 595) -> str:
    """The content of a landscape page (842 x 595) printed sideways on a portrait page: turned a quarter
    counter-clockwise by the transformation matrix, as some print-to-PDF drivers do (no /Rotate)."""
    return f"q 0 1 -1 0 {width:.1f} 0 cm\n{content}\nQ"


def assemble(objects: list[bytes], trailer: bytes) -> bytes:
    """A PDF file from numbered object bodies (1..n) and the inside of the trailer dictionary."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d " % (len(objects) + 1) + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def write_pdf(path: Path, pages: list[str]) -> Path:
    """Write content streams as an A4 PDF with a Helvetica font."""
    objs: list[bytes] = []
    n = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, content in enumerate(pages):
        data = content.encode("latin-1")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    f"/Contents {5 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    Path(path).write_bytes(assemble(objs, b"/Root 1 0 R"))
    return Path(path)
