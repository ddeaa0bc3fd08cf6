"""Two neighbouring syllables whose marks OCR misread both, put back as the listed word they spell.

Tesseract's Vietnamese model misreads marks on neighbouring syllables together, most on a grey or dense scan:
"thực đây" for "thúc đẩy", "thiệt kê" for "thiết kế", "phô biển" for "phổ biến" (Quyết định 222/QĐ-TTg 2025, a
Kodak scan of tests/real).  The one-syllable repair (:func:`extract.ocr_fix.tone_fix`) asks each syllable's
neighbours, and here both neighbours are wrong.  So the pair is read as one: of the pairs made of the two
syllables' forms (the same letters with other marks), each syllable changed, the one that is

* a listed two-syllable word (underthesea's list),
* printed :data:`PAIR_EVIDENCE` times at least in real text (``extract/data/ocr_bigrams.txt``),
* and :data:`~extract.ocr_marks.OVER` times more than any other such pair and than either syllable kept with a
  form of the other,

replaces them, when real text never prints the pair as read, and neither syllable as read makes a listed word with
its outer neighbour ("đề thực" would keep "thực": it does not), nor is held by it: printed beside it :data:`OVER`
times more than the syllable put back ("UBND tỉnh tự đánh giá" stays, though "tính từ" is a listed word).  A pair
real text prints at all is left: a word list cannot tell a rare right pair from a misread one.
"""
from __future__ import annotations

from .ocr_marks import OVER, Evidence

PAIR_EVIDENCE = 50  # a pair put back is a word of real text, not a chance neighbour of two syllables


def both_misread(before: str, a: str, b: str, after: str, ev: Evidence) -> tuple[str, str] | None:
    """The listed word two neighbouring syllables *a* *b* (small letters; *before*, *after* their outer neighbours
    or "") were misread from, both of them, or None when the choice is not clear.

    >>> ev = Evidence({"thúc đẩy": 2208, "thực hiện": 90000, "đẩy mạnh": 3000}, {},
    ...               frozenset({"thúc đẩy", "thực hiện"}),
    ...               lambda w: {"thực": ("thực", "thúc", "thức"), "đây": ("đây", "đẩy", "đấy")}[w])
    >>> both_misread("", "thực", "đây", "", ev), both_misread("", "thúc", "đẩy", "", ev)
    (('thúc', 'đẩy'), None)
    """
    if f"{a} {b}" in ev.counts or f"{a} {b}" in ev.pairs:
        return None
    if (before and f"{before} {a}" in ev.pairs) or (after and f"{b} {after}" in ev.pairs):
        return None
    xs = [x for x in ev.forms(a) if x != a]
    ys = [y for y in ev.forms(b) if y != b]
    scored = sorted(((ev.counts.get(f"{x} {y}", 0), x, y) for x in xs for y in ys), reverse=True)
    if not scored:
        return None
    best, x, y = scored[0]
    rival = scored[1][0] if len(scored) > 1 else 0
    kept = max([ev.counts.get(f"{a} {v}", 0) for v in ys] + [ev.counts.get(f"{u} {b}", 0) for u in xs])
    clear = best >= PAIR_EVIDENCE and best >= OVER * rival and best >= OVER * kept
    return (x, y) if clear and f"{x} {y}" in ev.pairs and not _held(before, a, b, after, x, y, ev) else None


def _held(before: str, a: str, b: str, after: str, x: str, y: str, ev: Evidence) -> bool:
    """Does an outer neighbour hold a syllable as read: real text prints it beside that neighbour :data:`OVER` times
    more than the syllable put back beside any form of the neighbour ("UBND tỉnh tự đánh giá": "dân tỉnh", "tự
    đánh"; not "tính từ"; "đề thực đây" for "để thúc đẩy": "đề thực" is no match for "để thúc")?"""
    def side(read: str, back: list[str]) -> bool:
        return ev.counts.get(read, 0) > OVER * (max(ev.counts.get(p, 0) for p in back) + 1)

    def seen(outer: str, pair: str) -> bool:     # the other side prints its syllable as read, or there is none
        return not outer or ev.counts.get(pair, 0) > 0
    # one neighbour holds its syllable only where the other neighbour is ever printed beside its own: "nhiệm vụ thực
    # đây cộng sinh" (Quyết định 222/QĐ-TTg 2025) - "vụ thực" is common, "đây cộng" never printed - is "thúc đẩy"
    return (bool(before) and side(f"{before} {a}", [f"{f} {x}" for f in ev.forms(before)])
            and seen(after, f"{b} {after}")) or \
        (bool(after) and side(f"{b} {after}", [f"{y} {f}" for f in ev.forms(after)]) and seen(before, f"{before} {a}"))
