"""Decision metadata printed before the task table: number, date, issuing body.

Read from the letterhead ("Số: 617/KH-UBND", "Hà Nội, ngày 15 tháng 5 năm 2026",
"ỦY BAN NHÂN DÂN TỈNH ...") or, in an appendix on its own, from the line
"(Kèm theo Quyết định số /QĐ-TTg ngày tháng 5 năm 2026 của Thủ tướng Chính phủ)".
Blank number or day (a draft not yet numbered) stays as printed.

>>> m = find_metadata("(Kèm theo Quyết định số /QĐ-TTg ngày tháng 5 năm 2026 của Thủ tướng Chính phủ)")
>>> m.number, m.year, m.month, m.day, m.issuer
('/QĐ-TTg', 2026, 5, None, 'Thủ tướng Chính phủ')
>>> m = find_metadata("ỦY BAN NHÂN DÂN\\nTỈNH BẮC NINH\\nSố: 617/KH-UBND\\nBắc Ninh, ngày 03 tháng 3 năm 2026")
>>> m.number, m.date, m.issuer
('617/KH-UBND', datetime.date(2026, 3, 3), 'Ủy ban nhân dân tỉnh Bắc Ninh')
>>> find_metadata("PHỤ LỤC\\n(Kèm theo Kế hoạch số 617/KH-UBND ngày 03 tháng 3 năm 2026 của Ủy ban\\nnhân dân tỉnh Bắc Ninh)").issuer
'Ủy ban nhân dân tỉnh Bắc Ninh'
>>> find_metadata("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 1234/QĐ-TTg").issuer
'Thủ tướng Chính phủ'
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from normalize.text import fold_ws

_NUMBER = regex.compile(
    r"(?:\bS[ốo]\s*:?\s*|(?:Quy[ếe]t đ[ịi]nh|Ngh[ịi] quy[ếe]t|K[ếe] ho[ạa]ch|Ch[ỉi] th[ịi]|Th[ôo]ng tư)\s+s[ốo]\s*:?\s*)"
    r"(?P<num>\d*\s*/\s*[\p{L}\d]+(?:[-–][\p{L}\d]+)*(?:/[\p{L}\d-]+)?)")
_DATE = regex.compile(r"ng[àa]y\s+(?P<d>\d{1,2})?\s*(?:\.{2,}\s*)?th[áa]ng\s+(?P<m>\d{1,2})\s+n[ăa]m\s+(?P<y>\d{4})", regex.I)
_ISSUER_OF = regex.compile(r"\bc[ủu]a\s+(?P<who>[^()]{3,150}?)\s*\)", regex.I)  # may wrap onto a new line
_APPENDIX_LINE = regex.compile(r"^PH[ỤU] L[ỤU]C\b")
_HEAD_LINES = ("CỘNG HÒA", "CỘNG HOÀ", "Độc lập", "ĐỘC LẬP", "Số:", "Số ")


@dataclass(frozen=True)
class Metadata:
    number: str = ""
    date: dt.date | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    issuer: str = ""


def find_metadata(text: str) -> Metadata:
    """Number, date and issuer from the text before the first task table."""
    text = "\n".join(fold_ws(l) for l in text.split("\n"))
    number = ""
    m = _NUMBER.search(text)
    if m:
        number = regex.sub(r"\s+", "", m["num"])
    year = month = day = None
    date = None
    m = _DATE.search(text)
    if m:
        year, month = int(m["y"]), int(m["m"])
        day = int(m["d"]) if m["d"] else None
        if day:
            try:
                date = dt.date(year, month, day)
            except ValueError:
                date = None
    return Metadata(number, date, year, month, day, _issuer(text))


def _issuer(text: str) -> str:
    """The issuing body: as printed in "(Kèm theo ... của X)", else the letterhead's capitals."""
    m = _ISSUER_OF.search(text)
    if m:
        return fold_ws(m["who"])
    head: list[str] = []
    for line in [l for l in text.split("\n") if l][:6]:
        # A two-column letterhead read as text puts the national motto on the same line.
        line = regex.split(r"\s*C[ỘO]NG H[ÒO]A\b|\s*Độc lập|\s*ĐỘC LẬP", line)[0].strip()
        if not line or line.startswith(_HEAD_LINES) or not _upper(line) or _APPENDIX_LINE.match(line):
            break
        head.append(line)
    return _sentence_case(" ".join(head)) if head else ""


def _upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_PLACE_WORDS = ("TỈNH ", "THÀNH PHỐ ", "XÃ ", "PHƯỜNG ")


def _sentence_case(name: str) -> str:
    """ "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" -> "Ủy ban nhân dân tỉnh Bắc Ninh"; "BỘ CÔNG AN" -> "Bộ Công an"."""
    upper = name.upper()
    for w in _PLACE_WORDS:
        i = upper.find(w)
        if i >= 0:
            head, place = name[: i + len(w)], name[i + len(w):]
            return head[:1] + head[1:].lower() + place.title()
    if upper.startswith("BỘ "):
        words = name.split()
        return " ".join([words[0].title(), words[1].title()] + [w.lower() for w in words[2:]])
    out = name[:1] + name[1:].lower()
    return out.replace("chính phủ", "Chính phủ").replace("quốc hội", "Quốc hội")
