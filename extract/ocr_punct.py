"""Punctuation and spacing that OCR reads wrong in a known direction, put right in an OCR'd cell.

Each rule below is a shape that printed Vietnamese text does not have (none of the 3819 hand-checked cells of
``tests/real/expected`` holds one) and that Tesseract makes of marks that are there, in the real plans scanned
(``python tests/scans/error_classes.py -v`` lists them):

* a fraction slash "⁄" (U+2044) is a slash; beside a slash it is the same stroke read twice ("31⁄7/⁄2026");
* a year after a slash glued to a document's type code lost the slash between them ("278/2025NĐ-CP");
* a comma doubled (",,") or a colon beside a semicolon (":;") is that one mark;
* a space inside brackets and quotes is none ("( duy", "Nội ”");
* a "§" (printed in no Vietnamese cell) where a figure 8 stands, alone or beside the 8 read twice ("§- 11/2026",
  "8§- 10/2026"), is that 8; a month range glued to its first month and spaced after the dash ("8- 11/2026") is
  printed whole ("8-11/2026"; a range of years spaced on both sides, "2026 - 2030", is left);
* a lone "_" or dash after the cell's last word ("... (Đề án 85) _", "... của tỉnh -": Kế hoạch 2668/KH-UBND 2010,
  a scan) is a speck of the ruling line under it;
* a closing bracket glued to a word, in a cell that never opened one, with words after it ("Lãnh đạo UBND) xã
  Đơn Dương", "UBND) các xã"), is a speck of a seal or a ruling line; a list mark ("a)", "1)") is no word;
* specks printed as marks no Vietnamese cell prints there (Quyết định 222/QĐ-TTg 2025, a scan): a backslash
  ("dẫn\\lồng"), a backtick or straight apostrophe at a word's edge ("về `kinh", "tuần 'hoàn"), a colon or a
  closing bracket between two small letters ("trình:giáo", "tuân)hoàn"), a comma or period glued to the start
  of a word after a space (",tuân", ".Việt"), a period standing alone between words ("hóa . được"), a period
  after a comma (",." but not ",..."), a colon spaced off the cell's last word ("điều trị :"), a cell's only
  straight double quote glued to a word in small letters ('Kế hoạch "xây dựng').

Rules are data (:data:`RULES`: pattern, replacement, what it mends); the functions only apply them.
"""
from __future__ import annotations

import regex

from .metadata import DOC_TYPE_CODES

_TYPE_CODE = rf"(?:{DOC_TYPE_CODES}|TT|NĐ|TTLT|CV)-[\p{{Lu}}Đ]"

# (pattern, replacement, an OCR reading it mends -> the printed text)
RULES: tuple[tuple[str, str, str], ...] = (
    (r"⁄(?=/)|(?<=/)⁄", "", "7/⁄2026 -> 7/2026"),
    (r"⁄", "/", "19/01⁄2026 -> 19/01/2026"),
    (rf"(?<=(?<![\p{{L}}\d/])\d{{1,6}}/(?:19|20)\d\d)(?={_TYPE_CODE})", "/", "278/2025NĐ-CP -> 278/2025/NĐ-CP"),
    (r"(?<=[\p{L}\d)]),{2,}", ",", "PVHCC,, Chi -> PVHCC, Chi"),
    (r"(?<=[\p{L}\d)])(?::;|;:)", ";", "CSDLQGDC:; -> CSDLQGDC;"),
    (r"8§(?=[-–\d])|(?<![\p{L}\d])§(?=[-–]|\d)", "8", "8§- 10/2026 -> 8-10/2026"),
    (r"(?<![\d/.])(\d{1,2})([-–]) +(?=\d{1,2}/(?:19|20)\d\d)", r"\1\2", "8- 11/2026 -> 8-11/2026"),
    (r"(?:(?<=^)|(?<=\s))([(\[“]) +(?=[\p{L}\d])", r"\1", "livestreams ( duy -> livestreams (duy"),
    (r"(?<=[\p{L}\d.…]) +(?=[)\]])", "", "tháng 9 ) -> tháng 9)"),
    (r"(?<=[\p{L}\d.…]) +(?=”(?:$|[\s,.;:)]))", "", "Thủ đô Hà Nội ” trên -> Thủ đô Hà Nội” trên"),
    (r"(?<=[\p{L}\d.…)])[ \t]+[_\-–](?=\Z)", "", "(Đề án 85) _ -> (Đề án 85)"),   # a ruling line's speck ending the cell
    (r"(?<=\p{L}) *\\ *(?=\p{L})", " ", "hướng dẫn\\lồng ghép -> hướng dẫn lồng ghép"),
    (r"\\", "", "quy định\\ -> quy định"),
    (r"(?:(?<=^)|(?<=\s))[`'‘](?=\p{L})|(?<=\p{L})[`'’](?=\s|$)|(?<=\s)[`'] +", "",
     "về `kinh tế -> về kinh tế"),
    (r"(?<=\p{Ll})[:)](?=\p{Ll})", " ", "chương trình:giáo dục -> chương trình giáo dục"),
    (r"(?<=\s)[,.](?=\p{L})", "", "tế ,tuân -> tế tuân"),
    (r",\.(?!\.)", ",", "tập huấn,. hỗ trợ -> tập huấn, hỗ trợ"),
    (r"(?<=\p{L}) \.(?= \p{L})", "", "hóa . được -> hóa được"),
    (r"(?<=\p{L}) +:\Z", "", "điều trị : -> điều trị"),
)
_COMPILED = tuple((regex.compile(p, regex.M), r) for p, r, _example in RULES)
_GLUED_CLOSE = regex.compile(r"(?<=\p{L}{2})\)(?= +\p{L})")
_UNPAIRED = regex.compile(r'(?<=\s)"(?=\p{Ll})')


def unopened_close(text: str) -> str:
    """A ")" glued to a word of two letters or more, closing no "(" of the cell, with a word after it on its line,
    dropped.  Only there: a cell that runs over a page break is read as two, and the second closes a bracket the
    first opened ("... Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính)"), the bracket ending a phrase.

    >>> unopened_close("Lãnh đạo UBND) xã Đơn Dương"), unopened_close("a) Rà soát"), unopened_close("hành chính)")
    ('Lãnh đạo UBND xã Đơn Dương', 'a) Rà soát', 'hành chính)')
    """
    for m in reversed(list(_GLUED_CLOSE.finditer(text))):
        before = text[:m.start()]
        if before.count("(") <= before.count(")"):
            text = before + text[m.start() + 1:]
    return text


def unpaired_quote(text: str) -> str:
    """The one straight double quote of a cell, glued to the start of a word in small letters past the cell's start,
    dropped: a quotation printed opens and closes in its cell ("tinh thần \"địa phương quyết\""), a speck does not.

    >>> unpaired_quote('Kế hoạch "xây dựng'), unpaired_quote('tinh thần "địa phương quyết, địa phương làm"')
    ('Kế hoạch xây dựng', 'tinh thần "địa phương quyết, địa phương làm"')
    """
    if text.count('"') != 1:
        return text
    return _UNPAIRED.sub("", text)


def punct_fix(text: str) -> str:
    """*text* (an OCR'd cell) with every rule of :data:`RULES` applied, then :func:`unopened_close`.

    >>> punct_fix("31⁄7/⁄2026"), punct_fix("Nghị định số 278/2025NĐ-CP"), punct_fix("tổ chức ( duy trì )")
    ('31/7/2026', 'Nghị định số 278/2025/NĐ-CP', 'tổ chức (duy trì)')
    """
    for pattern, replacement in _COMPILED:
        text = pattern.sub(replacement, text)
    return unpaired_quote(unopened_close(text))
