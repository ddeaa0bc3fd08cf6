"""Syllable bigram counts for the OCR tone-mark repair, from the project's own text.

    .venv/bin/python samples/build_ocr_bigrams.py

Reads the seed appendix (``samples/source/*.txt``), the layout corpus
(``tests/layouts/*.docx``) and the agency and deadline vocabularies
(``normalize/data/*.yaml``), and writes ``extract/data/ocr_bigrams.txt``:
one "syllable syllable<TAB>count" line per pair, lower case, NFC, sorted; and
``extract/data/ocr_acronyms.txt``: the words with two capitals or more (VNeID, UBND).
"""
from __future__ import annotations

import collections
import unicodedata
from pathlib import Path

import regex
from docx import Document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "extract" / "data" / "ocr_bigrams.txt"
ACRONYMS = ROOT / "extract" / "data" / "ocr_acronyms.txt"
_ACRONYM = regex.compile(r"\b\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*\b")
_RUN = regex.compile(r"\p{L}+(?:[ ]\p{L}+)*")


def texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((HERE / "source").glob("*.txt"))]
    for p in sorted((ROOT / "tests" / "layouts").glob("*.docx")):
        doc = Document(str(p))
        out += [par.text for par in doc.paragraphs]
        out += [cell.text for t in doc.tables for row in t.rows for cell in row.cells]
    out += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "normalize" / "data").glob("*.yaml"))]
    return out


def bigrams(lines: list[str]) -> collections.Counter:
    """Pairs of neighbouring syllables (letters only, no punctuation between them)."""
    counts: collections.Counter = collections.Counter()
    for text in lines:
        for run in _RUN.findall(unicodedata.normalize("NFC", text).lower()):
            words = run.split(" ")
            counts.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return counts


def main() -> None:
    counts = bigrams(texts())
    OUT.write_text("".join(f"{k}\t{v}\n" for k, v in sorted(counts.items())), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(counts)} bigrams")
    words = sorted({w for t in texts() for w in _ACRONYM.findall(unicodedata.normalize("NFC", t))
                    if not w.isupper() or len(w) <= 6})
    ACRONYMS.write_text("".join(f"{w}\n" for w in words), encoding="utf-8")
    print(f"{ACRONYMS.relative_to(ROOT)}: {len(words)} words with two capitals (VNeID, UBND, ...)")


if __name__ == "__main__":
    main()
