"""Group rows numbered by letters (A, B, C, D, Đ, E, G, H ...), with Roman sub-groups (I, II) under a letter, as
OCR reads them: the letters' own sequence settles a reading that fits no letter's place.

Nghị quyết 03/NQ-CP 2010, scanned: the letter groups A-H over tasks numbered 1, 2 ..., the Roman sub-groups I and
II under A. OCR read the "II" under A as "H" (a letter, so its 34 tasks went to a group H) and the "G" as "6" (a
figure, so G's title row became a task of E and its 18 tasks E's). Here the place decides: after "A" and "I", a
reading that is no "B" but reads as the next numeral ("H" for II) is that numeral; a figure shaped like the letter
due next ("6" for G) is that letter when its row looks like the letter groups' rows (its title in capitals as
theirs are, numbering restarting under it). Only where three letters at least are read in their places.
"""
from __future__ import annotations

import unicodedata

from .ocr_numerals import from_roman, roman_reading, to_roman

LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY"  # the Vietnamese order of lettered groups (no F, J, W, Z)
# figures and signs Tesseract reads for a bold capital letter
LOOKS = {"6": "G", "8": "B", "0": "O", "5": "S", "Ð": "Đ", "€": "E", "&": "B"}
MIN_IN_PLACE = 3


def _letter(text: str) -> str:
    """The reading with its trailing dot or bracket off, and a mark OCR put on it dropped ("Ạ" -> "A"; "Đ" kept).

    >>> _letter("B."), _letter("Ạ"), _letter("Đ)")
    ('B', 'A', 'Đ')
    """
    t = text.strip().rstrip(".)")
    if len(t) == 1 and t != "Đ":
        t = "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c))
    return t


def letter_groups(rows: list[tuple[str, bool, bool]]) -> list[str]:
    """The number of each group-shaped row (a number and a title, nothing else), given as (reading, title in
    capitals, numbering restarts at 1 under it), in table order: the letter or the Roman sub-group numeral its
    place decides, "" where the place decides nothing (the row is left as read, maybe a task).

    >>> reads = [("A", True, True), ("I", False, True), ("H", False, True), ("B", True, True), ("C", True, True),
    ...          ("E", True, True), ("6", True, True), ("H", True, True)]
    >>> letter_groups(reads)      # D lost: E is taken as read, the place goes on from it
    ['A', 'I', 'II', 'B', 'C', 'E', 'G', 'H']
    >>> letter_groups([("A", True, True), ("6", True, True)])   # two letters: no sequence to go by
    ['', '']
    >>> letter_groups([("A", True, True), ("B", True, True), ("C", True, True), ("6", False, False)])
    ['A', 'B', 'C', '']
    """
    out: list[str] = []
    k, roman, in_place = 0, 0, 0
    exact = [_letter(t) for t, _, _ in rows]
    caps = [c for (_, c, _), t in zip(rows, exact) if t in LETTERS[:3]]
    letters_caps = sum(caps) * 2 > len(caps)
    for (text, upper, restarts), t in zip(rows, exact):
        due = LETTERS[k] if k < len(LETTERS) else ""
        numeral = from_roman(roman_reading(text)) or 0
        looks = LOOKS.get(t) == due and upper == letters_caps and restarts
        ahead = LETTERS.find(t, k) if len(t) == 1 and t.isalpha() else -1     # a letter lost before it: "E" after "C"
        if due and t == due and not (t == "I" and roman and upper != letters_caps) \
                or 0 < ahead - k <= 2 and upper == letters_caps and not numeral:
            out.append(t)
            k, roman, in_place = (ahead if ahead > k else k) + 1, 0, in_place + 1
        elif due and looks:
            out.append(due)
            k, roman = k + 1, 0
        elif k and numeral == roman + 1 and upper != letters_caps:
            roman += 1
            out.append(to_roman(roman))
        else:
            out.append("")
    return out if in_place >= MIN_IN_PLACE else [""] * len(rows)
