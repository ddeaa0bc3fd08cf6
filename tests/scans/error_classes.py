"""What is still wrong in the rows keyed right of the real plans scanned, by class.

    .venv/bin/python tests/scans/error_classes.py [-v] [--off]

Every cell of a row keyed right (section, number and place as the scorer matches them) that differs from the
hand-checked truth is split into words and aligned with it; each differing word (or run of words) gets one class:

* ``horn``: a tone mark lost or wrong on a syllable with ơ/ư (same letters, other tone);
* ``circ``: a tone mark lost above â/ê/ô/ă (the true syllable has one there, the read one is bare);
* ``mark``: another tone or mark error (same letters, other marks);
* ``case``: a capital for a small letter or back (same letters and marks);
* ``punct``: the same letters, other punctuation (",", ".", "…", brackets, quotes, dashes) attached;
* ``space``: the same characters, spaced otherwise (words joined or split, a space before a comma);
* ``digit``: a figure misread, lost or added;
* ``letter``: a letter misread (other letters: "Yiể" for "Viễ");
* ``other``: words lost or added, several classes in one run.

For each class: the words, the cells, the rows it is in, and the rows that would be exact if that class alone
were fixed (rows whose every difference is of that class), per document and variant (grey 200 dpi, stamped).
"""
from __future__ import annotations

import collections
import difflib
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import measure_repair as mr  # noqa: E402

CLASSES = ("horn", "circ", "mark", "case", "punct", "space", "digit", "letter", "other")
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_HORN = frozenset("ơưƠƯ")
_CIRC = frozenset("âêôăÂÊÔĂ")


def _letters(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


def _bases(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))


def _tone_of(syllable: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if c in _TONES)


def word_class(read: str, truth: str) -> str:
    """The class of one aligned pair of differing words."""
    from extract.ocr_fix import _strip

    if read.replace(" ", "") == truth.replace(" ", ""):
        return "space"
    la, lb = _letters(read), _letters(truth)
    if " " in read or " " in truth:
        return "space" if la == lb else "other"
    if la == lb:
        return "punct"
    if la.lower() == lb.lower():
        return "case"
    if any(c.isdigit() for c in la + lb) and _letters_only(la) == _letters_only(lb):
        return "digit"
    if _strip(la) == _strip(lb):
        if _tone_of(la.lower()) != _tone_of(lb.lower()) and \
                unicodedata.normalize("NFC", _untoned(la.lower())) == unicodedata.normalize("NFC", _untoned(lb.lower())):
            bare = unicodedata.normalize("NFC", _untoned(lb))
            if any(c in _HORN for c in bare):
                return "horn"
            if any(c in _CIRC for c in bare) and not _tone_of(la):
                return "circ"
        return "mark"
    return "letter"


def _letters_only(s: str) -> str:
    return "".join(c for c in s if not c.isdigit())


def _untoned(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if c not in _TONES)


def cell_classes(read: str, truth: str) -> list[tuple[str, str, str]]:
    """(class, read, truth) of every differing word or run of words of a cell."""
    a, b = read.split(), truth.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        x, y = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if op == "replace" and i2 - i1 == j2 - j1 and x.replace(" ", "") != y.replace(" ", ""):
            out += [(word_class(p, q), p, q) for p, q in zip(a[i1:i2], b[j1:j2]) if p != q]
        elif x.replace(" ", "") == y.replace(" ", ""):
            out.append(("space", x, y))
        else:
            out.append(("other", x, y))
    if not out and read != truth:  # line breaks or runs of spaces only
        out.append(("space", read, truth))
    return out


def doc_rows(doc: str, variant: str) -> list[list[tuple[str, str, str]]]:
    """For every row keyed right of *doc* scanned as *variant*: its differing words, classed (empty: exact)."""
    import corpus
    from extract.pipeline import process_file

    path = mr.real_scan(doc, variant)
    tasks = [dict(t, extra=[]) for t in process_file(path, path.parent).tasks]
    want = mr.real_expected(doc)
    got = {k: corpus.cells(t) for k, t in zip(corpus._keys((t["section"], t["stt"]) for t in tasks), tasks)}
    rows = []
    for key, (_s, _n, cells) in zip(corpus._keys((s, n) for s, n, _c in want), want):
        if key not in got:
            continue
        g = got[key]
        rows.append([c for k, v in cells.items() for c in cell_classes(
            unicodedata.normalize("NFC", g.get(k) or ""), unicodedata.normalize("NFC", v or ""))])
    return rows


def main(argv: list[str]) -> int:
    mr.cache_tesseract()
    if "--off" in argv:
        from extract import ocr_fix
        ocr_fix.repair_text = lambda t, lost_marks=False: t
    docs = {**mr.REAL_SCANS, **mr.REAL_SCANS_HELDOUT, **mr.REAL_SCANS_FRESH}
    total: collections.Counter = collections.Counter()
    print(f"{'document':32s} {'var':8s} keyed exact | " + " ".join(f"{c:>6s}" for c in CLASSES))
    for doc in docs:
        for variant in mr.REAL_VARIANTS:
            rows = doc_rows(doc, variant)
            words = collections.Counter(c for r in rows for c, _x, _y in r)
            alone = collections.Counter(next(iter({c for c, _x, _y in r})) for r in rows
                                        if len({c for c, _x, _y in r}) == 1)
            exact = sum(1 for r in rows if not r)
            total.update({("words", c): words[c] for c in CLASSES})
            total.update({("alone", c): alone[c] for c in CLASSES})
            total.update({("rows", c): sum(1 for r in rows if any(x[0] == c for x in r)) for c in CLASSES})
            total["keyed"] += len(rows)
            total["exact"] += exact
            print(f"{doc[:32]:32s} {variant:8s} {len(rows):5d} {exact:5d} | "
                  + " ".join(f"{words[c]:3d}/{alone[c]:<2d}" for c in CLASSES), flush=True)
            if "-v" in argv:
                for i, r in enumerate(rows):
                    for c, x, y in r:
                        print(f"      {c:6s} {x!r} -> {y!r}  (row {i}, {'+'.join(sorted({z[0] for z in r}))})")
    print(f"\nall: keyed {total['keyed']}, exact {total['exact']}")
    print(f"{'class':8s} {'words':>6s} {'rows with':>10s} {'rows exact if fixed alone':>26s}")
    for c in CLASSES:
        print(f"{c:8s} {total['words', c]:6d} {total['rows', c]:10d} {total['alone', c]:26d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
