"""Scanned variants of the landscape sample: image-only PDFs, no text layer (issue 8).

    .venv/bin/python samples/build_scanned.py

* ``scanned_phu_luc_ii_landscape.pdf``: every page of ``phu_luc_ii_landscape.pdf``
  rendered at 200 dpi to grayscale, then thresholded to 1 bit (a scanner's
  black-and-white mode; CCITT G4 in the PDF, about 40 kB a page).
* ``scanned_rotated.pdf``: its first three pages, each turned by 1-2 degrees
  (white fill), as a page fed slightly askew into a scanner comes out; kept
  grayscale (JPEG), so the reader sees both kinds of scan.

Rendering is pypdfium2 (no poppler needed); the output is deterministic for a
given pypdfium2 / Pillow.
"""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "phu_luc_ii_landscape.pdf"
SCANNED = HERE / "scanned_phu_luc_ii_landscape.pdf"
ROTATED = HERE / "scanned_rotated.pdf"
DPI = 200
JPEG_QUALITY = 45
THRESHOLD = 160  # gray level under which a pixel is black in the 1-bit scan
ROTATIONS = {0: 1.5, 1: -1.2, 2: 2.0}  # page index -> degrees, counter-clockwise


def render_pages(path: Path = SOURCE, dpi: int = DPI) -> list[Image.Image]:
    """Every page of *path* as a grayscale image at *dpi*."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def rotate(img: Image.Image, degrees: float) -> Image.Image:
    """*img* turned by *degrees* about its centre, same size, white where the page had nothing."""
    return img.rotate(degrees, resample=Image.BICUBIC, expand=False, fillcolor=255)


def binarize(img: Image.Image, threshold: int = THRESHOLD) -> Image.Image:
    return img.point(lambda v: 255 if v > threshold else 0, mode="1")


def save_pdf(images: list[Image.Image], path: Path, dpi: int = DPI) -> None:
    first, rest = images[0], images[1:]
    extra = {} if first.mode == "1" else {"quality": JPEG_QUALITY}  # 1 bit: CCITT G4, no quality setting
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=dpi, **extra)


def main() -> None:
    pages = render_pages()
    save_pdf([binarize(p) for p in pages], SCANNED)
    save_pdf([rotate(pages[i], deg) for i, deg in ROTATIONS.items()], ROTATED)
    for p in (SCANNED, ROTATED):
        print(f"{p.name}: {p.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
