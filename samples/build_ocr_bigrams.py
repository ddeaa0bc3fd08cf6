"""Syllable bigram counts for the OCR tone-mark repair, from the project's own text and real legal text.

    .venv/bin/python samples/build_ocr_bigrams.py [CONG_BAO_DIR]

Reads the seed appendix (``samples/source/*.txt``), the layout corpus
(``tests/layouts/*.docx``) and the agency and deadline vocabularies
(``normalize/data/*.yaml``); and, when *CONG_BAO_DIR* is given, the text of about 400
legal documents as published in the Công báo (the ``docs/**/*.txt`` files of the public
repository hrmaster1982-dev/phapluat-8chude-data @ cdfc64c4d0f41cf6c2ef0e8fc725bd7498d4f5a7,
checked out or copied into that folder).  A Công báo file that shares 100 runs of 8 syllables
or more with the cells of one document of ``tests/real/expected`` is that document (or its
twin) and is left out, so the real documents stay text the repair is measured on, never
text it was built from (tests/scans/measure_repair.py prints the rate).

Writes ``extract/data/ocr_bigrams.txt``: one "syllable syllable<TAB>count" line per pair of
syllables of the word list seen twice or more (every pair of the project's own text; one with
an acronym counted ``ACRONYM_WEIGHT`` times), lower case, NFC, sorted; ``extract/data/ocr_acronyms.txt``: the words with two capitals or more of the
project's text (VNeID, UBND), what a misread acronym is mapped back to; and from the Công báo
texts ``extract/data/ocr_acronyms_seen.txt``: those seen three times or more (BHYT, BHXH), never
taken for a misread.
"""
from __future__ import annotations

import collections
import json
import sys
import unicodedata
from pathlib import Path

import regex
from docx import Document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "extract" / "data" / "ocr_bigrams.txt"
ACRONYMS = ROOT / "extract" / "data" / "ocr_acronyms.txt"
SEEN_ACRONYMS = ROOT / "extract" / "data" / "ocr_acronyms_seen.txt"
REAL = ROOT / "tests" / "real" / "expected"
_ACRONYM = regex.compile(r"\b\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*\b")
_RUN = regex.compile(r"\p{L}+(?:[ ]\p{L}+)*")
SAME_DOCUMENT = 100  # shared 8-syllable runs that make a Công báo file one of the real documents
MIN_COUNT = 2
# a pair of the project's own text with an acronym ("cổng dvcqg") is the only context the acronym has, seen
# in every document that names it: it counts as this many
ACRONYM_WEIGHT = 50


def texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((HERE / "source").glob("*.txt"))]
    for p in sorted((ROOT / "tests" / "layouts").glob("*.docx")):
        doc = Document(str(p))
        out += [par.text for par in doc.paragraphs]
        out += [cell.text for t in doc.tables for row in t.rows for cell in row.cells]
    out += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "normalize" / "data").glob("*.yaml"))]
    return out


def runs(text: str) -> list[list[str]]:
    """Runs of syllables (letters only, no punctuation between them), lower case, NFC; a line break
    inside a run is a space (printed text breaks lines between syllables)."""
    text = " ".join(unicodedata.normalize("NFC", text).lower().split())
    return [run.split(" ") for run in _RUN.findall(text)]


def shingles(text: str, n: int = 8) -> set[str]:
    return {" ".join(w[i:i + n]) for w in runs(text) for i in range(len(w) - n + 1)}


def real_shingles() -> list[set[str]]:
    """The 8-syllable runs of each real document's task cells."""
    out = []
    for p in sorted(REAL.glob("*.jsonl")):
        rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        out.append(set().union(*(shingles(str(v)) for r in rows for v in r.values())))
    return out


def cong_bao(folder: Path) -> list[str]:
    """The Công báo texts of *folder* that are none of the real documents."""
    real = real_shingles()
    out, left = [], []
    for p in sorted(folder.rglob("*.txt")):
        text = p.read_text(encoding="utf-8", errors="replace")
        own = shingles(text)
        if any(len(own & s) >= min(SAME_DOCUMENT, len(s) / 2) for s in real if s):   # a short document: half its runs
            left.append(p.name)
        else:
            out.append(text)
    print(f"Công báo: {len(out)} texts read, {len(left)} left out as real documents: {', '.join(left)}")
    return out


def bigrams(lines: list[str]) -> collections.Counter:
    """Pairs of neighbouring syllables."""
    counts: collections.Counter = collections.Counter()
    for text in lines:
        for words in runs(text):
            counts.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return counts


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from extract.ocr_fix import lexicon

    syllables = lexicon()[0]
    own = bigrams(texts())
    real = cong_bao(Path(argv[1])) if len(argv) > 1 else []
    counts = bigrams(real) + collections.Counter(
        {k: v * (ACRONYM_WEIGHT if not all(w in syllables for w in k.split(" ")) else 1) for k, v in own.items()})
    keep = {k: v for k, v in counts.items()
            if k in own or (v >= MIN_COUNT and all(w in syllables for w in k.split(" ")))}
    OUT.write_text("".join(f"{k}\t{v}\n" for k, v in sorted(keep.items())), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(keep)} bigrams")
    words = sorted({w for t in texts() for w in _ACRONYM.findall(unicodedata.normalize("NFC", t))
                    if not w.isupper() or len(w) <= 6})
    ACRONYMS.write_text("".join(f"{w}\n" for w in words), encoding="utf-8")
    print(f"{ACRONYMS.relative_to(ROOT)}: {len(words)} words with two capitals (VNeID, UBND, ...)")
    if real:
        seen = collections.Counter(w for t in real for w in _ACRONYM.findall(unicodedata.normalize("NFC", t)))
        words = sorted(w for w, n in seen.items() if n >= 3 and w.lower() not in syllables)
        SEEN_ACRONYMS.write_text("".join(f"{w}\n" for w in words), encoding="utf-8")
        print(f"{SEEN_ACRONYMS.relative_to(ROOT)}: {len(words)} acronyms of real text")


if __name__ == "__main__":
    main(sys.argv)
