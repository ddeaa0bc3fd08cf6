"""Letterhead lines read by OCR, repaired against the names a letterhead can print.

Tesseract misreads tone marks and letters in a letterhead as anywhere else ("CÔNG AN TÍNH I ÂM ĐỒNG",
"ĐOÀN KIÊM TRA THEO QUYET ĐỊNH"), and the issuer is then wrong although the body is in the gazetteer.  The
names a letterhead prints are known: the gazetteer's bodies (a provincial body with every province's name),
the provinces, and the words of document titles.  Two steps, on the capitalised lines only:

1. a word that no known name prints beside its neighbours takes the one form with other marks that a known name
   prints beside one of them (``ĐOÀN KIÊM TRA`` -> ``KIỂM``, as in "Ủy ban Kiểm tra");
2. a line whose words do not all pair as in known names, and that is a near miss of one known name and of no
   other, is that name (``CÔNG AN TÍNH I ÂM ĐỒNG`` -> ``CÔNG AN TỈNH LÂM ĐỒNG``).

Everything else is left as read; the pipeline flags every OCR'd metadata value (``metadata_from_ocr``) either way.

>>> repair_lines(["BỘ CÔNG AN", "CÔNG AN TÍNH I ÂM ĐỒNG"])
['BỘ CÔNG AN', 'CÔNG AN TỈNH LÂM ĐỒNG']
>>> repair_lines(["SỞ CÔNG THƯƠNG", "ĐOÀN KIÊM TRA THEO QUYET ĐỊNH"])
['SỞ CÔNG THƯƠNG', 'ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH']
>>> repair_lines(["ỦY BAN NHÂN DÂN", "TRƯỜNG ĐẠI HỌC HÙNG VƯƠNG"])   # read right: left alone
['ỦY BAN NHÂN DÂN', 'TRƯỜNG ĐẠI HỌC HÙNG VƯƠNG']
"""
from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz import fuzz, process

from normalize.agencies import gazetteer
from normalize.text import ascii_key, key, nfc

# words of document titles and letterheads that no body's name holds
TITLE_WORDS = ("QUYẾT ĐỊNH KẾ HOẠCH THÔNG BÁO CHỈ THỊ NGHỊ QUYẾT CHƯƠNG TRÌNH BÁO CÁO CÔNG VĂN TỜ TRÌNH ĐOÀN KIỂM "
               "TRA THEO SỐ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ĐỘC LẬP TỰ DO HẠNH PHÚC")
LINE_SCORE = 90.0   # a line this close to one known name, and clearly closer than to any other, is that name
_WORD = regex.compile(r"[\p{L}\p{M}]+")


@lru_cache(maxsize=1)
def _names() -> tuple[list[str], dict[str, list[str]], set[tuple[str, str]]]:
    """Known names in capitals, their words by key without marks, and the pairs of words they print (by key)."""
    g = gazetteer()
    provinces = [m["p"] for a in g.agencies.values() if a.kind == "province"
                 and (m := regex.search(r"(?:tỉnh|thành phố)\s+(?P<p>.+)$", a.name, regex.I))]
    names: set[str] = set()
    for a in g.agencies.values():
        for n in (a.name, *a.aliases):
            n = nfc(n).upper()
            names.add(n)
            if a.takes_province and n.endswith((" TỈNH", " THÀNH PHỐ")):
                names.update(f"{n} {p.upper()}" for p in provinces)
    names.update(f"TỈNH {p.upper()}" for p in provinces)
    words: dict[str, set[str]] = {}
    pairs: set[tuple[str, str]] = set()
    for n in [*names, TITLE_WORDS]:
        ws = _WORD.findall(n)
        for w in ws:
            words.setdefault(ascii_key(w), set()).add(w)
        pairs.update(zip(map(key, ws), map(key, ws[1:])))
    return sorted(names), {k: sorted(v) for k, v in words.items()}, pairs


def _repair_word(word: str, before: str, after: str) -> str:
    """The one form of *word* with other marks that a known name prints beside its neighbour, where the word as
    read is printed beside neither (a proper name read right, "HÙNG VƯƠNG", is left alone)."""
    _, words, pairs = _names()
    b, w, a = key(before), key(word), key(after)
    if (b, w) in pairs or (w, a) in pairs:
        return word
    fits = [f for f in words.get(ascii_key(word), []) if key(f) != w and ((b, key(f)) in pairs or (key(f), a) in pairs)]
    return fits[0] if len(fits) == 1 else word


def _known(line: str) -> bool:
    """Every pair of neighbouring words is printed in some known name."""
    ws = [key(w) for w in _WORD.findall(line)]
    return all(p in _names()[2] for p in zip(ws, ws[1:]))


_JUNK = regex.compile(r"[^\p{L}\p{M}&.,/-]|\p{L}-$|^-")


def _cut_motto_junk(line: str) -> str:
    """The motto misread beside a name ("TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG TT (IEE- HIẾN SÓG CẤU (LÚC"): from the first
    token no word has ("(IEE-"), back over the words no known name prints after the word before them ("TT"), the
    tail is cut off when most of it is unknown.

    >>> _cut_motto_junk("TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG TT (IEE- HIẾN SÓG CẤU (LÚC")
    'TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG'
    >>> _cut_motto_junk("TRƯỜNG ĐẠI HỌC HÙNG VƯƠNG")
    'TRƯỜNG ĐẠI HỌC HÙNG VƯƠNG'
    """
    tokens = line.split()
    _, words, pairs = _names()
    j = next((i for i, t in enumerate(tokens) if i >= 2 and _JUNK.search(t)), None)
    if j is None:
        return line
    while j > 2 and (key(tokens[j - 2]), key(tokens[j - 1])) not in pairs:
        j -= 1
    tail = tokens[j:]
    odd = sum(1 for t in tail if _JUNK.search(t) or ascii_key(t) not in words)
    return " ".join(tokens[:j]) if odd >= 0.6 * len(tail) else line


_LEAD_SPECK = regex.compile(r"^[^\p{L}\p{N}(]+(?=\p{Lu})")     # "» ỦY BAN NHÂN DÂN": a speck before the name


def _repair_line(line: str) -> str:
    line = _cut_motto_junk(_LEAD_SPECK.sub("", line))
    ws = [m for m in _WORD.finditer(line)]
    out, pos = [], 0
    for i, m in enumerate(ws):
        before = ws[i - 1].group() if i else ""
        after = ws[i + 1].group() if i + 1 < len(ws) else ""
        out.append(line[pos:m.start()] + _repair_word(m.group(), before, after))
        pos = m.end()
    line = "".join(out) + line[pos:]
    if _known(line):
        return line
    best = process.extract(ascii_key(line), _names()[0], scorer=fuzz.ratio, processor=ascii_key, limit=2)
    if best and best[0][1] >= LINE_SCORE and (len(best) == 1 or best[0][1] - best[1][1] >= 3):
        return best[0][0]
    return line


def repair_lines(lines: list[str]) -> list[str]:
    """The capitalised lines that name a body repaired (other lines, and lines with a number, as they are)."""
    return [_repair_line(nfc(l)) if sum(c.isupper() for c in l) >= 0.8 * max(1, sum(c.isalpha() for c in l))
            and not any(c.isdigit() for c in l) else l for l in lines]
