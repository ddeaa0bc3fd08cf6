import json
from functools import lru_cache
from pathlib import Path

from extract.grid import Cell, Fragment, build_rows
from seed import load_seed, plain  # noqa: F401  (samples/seed.py, on pytest's pythonpath: the oracle)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

SAMPLE_FILES = sorted(p.name for p in SAMPLES.iterdir()
                      if p.suffix in (".pdf", ".docx") and not p.name.startswith("scanned_"))


@lru_cache(maxsize=None)
def extracted_file(path: Path, pdf_reader: str = "pdfium"):
    """process_file on *path* (its folder as the root), once per test session for each file and reader."""
    from extract.pipeline import process_file
    return process_file(path, path.parent, pdf_reader=pdf_reader)


def extracted(name: str):
    return extracted_file(SAMPLES / name)


def jsonable(value):
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def dumps(record: dict) -> str:
    return json.dumps(jsonable(record), ensure_ascii=False, sort_keys=True)


def frag(rows, page=None, context="", **kw):
    """A fragment from rows of strings; "^" is covered from above, "<" from the left."""
    cells = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text in ("^", "<"):
                continue
            rs = 1
            while r + rs < len(rows) and rows[r + rs][c] == "^":
                rs += 1
            cs = 1
            while c + cs < len(row) and row[c + cs] == "<":
                cs += 1
            cells.append((r, c, Cell(text, rs, cs)))
    return Fragment(build_rows(len(rows), len(rows[0]), cells), page=page, context=context, **kw)


def ocr_missing() -> str:
    """Why OCR cannot run here ('' when Tesseract and its Vietnamese model are installed)."""
    from extract import ocr

    try:
        ocr.check_available()
    except ocr.OcrUnavailable as exc:
        return str(exc)
    return ""
