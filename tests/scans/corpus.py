"""The scan corpus: text PDFs turned into scans the way offices make them (issue 15).

Sources: the seed appendix (``samples/phu_luc_ii_landscape.pdf``, 74 tasks) and
the 7-column provincial plan (``tests/scans/ke_hoach_7_cot.pdf``, 52 tasks).
Variants, each with a fixed seed:

* ``grey300``: grey, 300 dpi, JPEG;       * ``grey200``: grey, 200 dpi, JPEG;
* ``bw300``: 1 bit, 300 dpi (photocopy); * ``skew``: 200 dpi grey turned 1.5°, noise, JPEG 40;
* ``stamp``: 200 dpi colour, a red seal over cells and a blue signature; * ``dpi150``: grey, 150 dpi.

Built files go to ``build/scan_cache/<hash of this file and the sources>/`` (git-ignored), so a
change of the build code rebuilds them and an unchanged one never does.
``score()`` compares extracted tasks with the expected ones: rows keyed right
(section + number at the same place), mean cell similarity, rows exact.
"""
from __future__ import annotations

import collections
import difflib
import hashlib
import io
import math
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = {"seed": ROOT / "samples" / "phu_luc_ii_landscape.pdf", "plan": HERE / "ke_hoach_7_cot.pdf"}
VARIANTS = ("grey300", "grey200", "bw300", "skew", "stamp", "dpi150")
SEED = 15


def cache_dir() -> Path:
    h = hashlib.sha256(Path(__file__).read_bytes())
    for src in SOURCES.values():
        h.update(src.read_bytes())
    key = h.hexdigest()[:12]
    return ROOT / "build" / "scan_cache" / key


def render(path: Path, dpi: int, colour: bool = False) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=not colour).to_pil().convert("RGB" if colour else "L")
                for i in range(len(pdf))]
    finally:
        pdf.close()


def noisy(img: Image.Image, rng: np.random.Generator, sigma: float) -> Image.Image:
    a = np.asarray(img, dtype=np.float32)
    a = a + rng.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), img.mode)


def jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert(img.mode)


def stamp(img: Image.Image, rng: np.random.Generator, dpi: int) -> Image.Image:
    """A red round seal (rings, a star, a ring of letters) and a blue signature, inked over the page
    (multiplied: the print under the ink stays dark, as on paper)."""
    ink = Image.new("RGB", img.size, (255, 255, 255))
    d = ImageDraw.Draw(ink)
    w, h = ink.size
    r = int(dpi * 0.8)
    cx, cy = int(w * rng.uniform(0.45, 0.7)), int(h * rng.uniform(0.45, 0.7))
    red = (215, 40, 45)
    for rr, width in ((r, max(3, dpi // 40)), (int(r * 0.72), max(2, dpi // 70))):
        d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=red, width=width)
    for k in range(36):  # the ring of letters between the two circles
        a = 2 * math.pi * k / 36
        x, y = cx + r * 0.86 * math.cos(a), cy + r * 0.86 * math.sin(a)
        s = dpi // 30
        d.rectangle((x - s, y - s, x + s, y + s), fill=red)
    star = [(cx + r * 0.35 * math.cos(math.pi / 2 + k * 4 * math.pi / 5),
             cy - r * 0.35 * math.sin(math.pi / 2 + k * 4 * math.pi / 5)) for k in range(5)]
    d.polygon(star, fill=red)
    blue = (30, 50, 190)
    x0, y0 = cx - r * 1.4, cy + r * 0.2
    pts = [(x0 + t * r * 2.6, y0 + math.sin(t * 11 + rng.uniform(0, 1)) * r * 0.35 - t * r * 0.5)
           for t in np.linspace(0, 1, 80)]
    d.line(pts, fill=blue, width=max(3, dpi // 50), joint="curve")
    return ImageChops.multiply(img, ink)


def make_variant(src: Path, variant: str) -> tuple[list[Image.Image], int]:
    """The pages of *src* scanned as *variant*, and their resolution."""
    rng = np.random.default_rng(SEED)
    if variant == "grey300":
        return [jpeg(p, 75) for p in render(src, 300)], 300
    if variant == "grey200":
        return [jpeg(p, 75) for p in render(src, 200)], 200
    if variant == "bw300":
        return [p.point(lambda v: 255 if v > 160 else 0, mode="1") for p in render(src, 300)], 300
    if variant == "skew":
        pages = [p.rotate(1.5, resample=Image.BICUBIC, fillcolor=255) for p in render(src, 200)]
        return [jpeg(noisy(p.filter(ImageFilter.GaussianBlur(0.6)), rng, 12), 40) for p in pages], 200
    if variant == "stamp":
        return [jpeg(stamp(p, rng, 200), 70) for p in render(src, 200, colour=True)], 200
    if variant == "dpi150":
        return [jpeg(p, 75) for p in render(src, 150)], 150
    raise ValueError(variant)


def scan(source: str, variant: str) -> Path:
    """The scanned PDF of *source* ("seed" or "plan") as *variant*, built once and cached."""
    out = cache_dir() / f"{source}_{variant}.pdf"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        pages, dpi = make_variant(SOURCES[source], variant)
        tmp = out.with_suffix(".tmp")
        pages[0].save(tmp, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
        tmp.replace(out)
    return out


# ---------------------------------------------------------------- the oracle

def expected(source: str) -> list[tuple[str, str, dict[str, str]]]:
    """(section, number, field -> text) of every task of *source*, as its text layer gives it."""
    from extract.pipeline import process_file

    return [((t["section"], t["stt"], cells(t))) for t in process_file(SOURCES[source], ROOT).tasks]


def cells(task: dict) -> dict[str, str]:
    out = {k: task[k] for k in ("task", "lead_raw", "coordinating_raw", "deadline_raw", "result")}
    out.update(dict(task["extra"]))
    return out


def ratio(a: str, b: str) -> float:
    return 1.0 if a == b else difflib.SequenceMatcher(None, a, b).ratio()


def _keys(pairs) -> list[tuple[str, str, int]]:
    """(section, number, k): the k-th row of that key, so that the assignment rows of one merged task (same
    section and number, as the text layer gives them too) are compared in order, not all with the last one."""
    seen: collections.Counter = collections.Counter()
    out = []
    for pair in pairs:
        out.append((*pair, seen[pair]))
        seen[pair] += 1
    return out


def score(tasks: list[dict], want: list[tuple[str, str, dict[str, str]]]) -> dict:
    """keyed: tasks whose (section, number) equal the expected ones at the same place, of len(want);
    similarity: mean cell similarity of the tasks matched by key; exact: rows with every cell equal."""
    got = {key: cells(t) for key, t in zip(_keys((t["section"], t["stt"]) for t in tasks), tasks)}
    keyed = sum(1 for t, (s, n, _c) in zip(tasks, want) if (t["section"], t["stt"]) == (s, n))
    ratios, exact = [], 0
    for key, (_s, _n, c) in zip(_keys((s, n) for s, n, _c in want), want):
        g = got.get(key, {})
        rs = [ratio(g.get(k, ""), v) for k, v in c.items()]
        ratios.extend(rs)
        exact += all(r == 1.0 for r in rs)
    return {"rows": len(tasks), "want": len(want), "keyed": keyed,
            "similarity": round(sum(ratios) / len(ratios), 4), "exact": exact}


def main(argv: list[str]) -> int:
    """Build every scan and print where they are (``python tests/scans/corpus.py``)."""
    for source in SOURCES:
        for variant in VARIANTS:
            print(scan(source, variant))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
