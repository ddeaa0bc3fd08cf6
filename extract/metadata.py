"""Decision metadata from the document's own parts: number, date, issuing body.

A Vietnamese administrative document prints them in fixed places (Nghị định
30/2020/NĐ-CP, Phụ lục I): the letterhead (issuer's name in capitals, top left,
sometimes under its parent body), the line "Số: 617/KH-UBND" under it, and
the place-and-date line ("Bắc Ninh, ngày 03 tháng 3 năm 2026") beside it.  An
appendix printed on its own names its decision in the line "(Kèm theo Quyết
định số .../QĐ-TTg ngày ... của Thủ tướng Chính phủ)".  Only these parts are
read: a number or a date quoted in the body or inside a table is never taken.
Blank number or day (a draft not yet numbered) stays as printed.

>>> m = find_metadata("(Kèm theo Quyết định số /QĐ-TTg ngày tháng 5 năm 2026 của Thủ tướng Chính phủ)")
>>> m.number, m.year, m.month, m.day, m.issuer
('/QĐ-TTg', 2026, 5, None, 'Thủ tướng Chính phủ')
>>> m = find_metadata("ỦY BAN NHÂN DÂN\\nTỈNH BẮC NINH\\nSố: 617/KH-UBND\\nBắc Ninh, ngày 03 tháng 3 năm 2026")
>>> m.number, m.date, m.issuer, m.issuer_raw
('617/KH-UBND', datetime.date(2026, 3, 3), 'Ủy ban nhân dân tỉnh Bắc Ninh', 'ỦY BAN NHÂN DÂN\\nTỈNH BẮC NINH')
>>> find_metadata("PHỤ LỤC\\n(Kèm theo Kế hoạch số 617/KH-UBND ngày 03 tháng 3 năm 2026 của Ủy ban\\nnhân dân tỉnh Bắc Ninh)").issuer
'Ủy ban nhân dân tỉnh Bắc Ninh'
>>> find_metadata("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 1234/QĐ-TTg").issuer
'Thủ tướng Chính phủ'
>>> find_metadata("UBND TỈNH ĐỒNG THÁP\\nSỞ NỘI VỤ\\nSố: 12/KH-SNV\\nĐồng Tháp, ngày 5 tháng 1 năm 2026").issuer
'Sở Nội vụ tỉnh Đồng Tháp'
>>> find_metadata("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\\nVĂN PHÒNG ---------------\\nSố 36-HD/VPTW").number
'36-HD/VPTW'
"""
from __future__ import annotations

import datetime as dt
import html
import unicodedata
from dataclasses import dataclass

import regex

from normalize.text import fold_ws, strip_diacritics

from .letterhead_ocr import repair_lines
from .roles import agency_shaped

# "617/KH-UBND", "/QĐ-TTg" (not yet numbered), the Party's "36-HD/VPTW" (and its blank "-CTr/TU", a programme's type in
# small letters: the draft action programme of the Thái Nguyên provincial Party committee 2025)
# and the police's "409/TTr-CAT(PC04)" (the issuing department in brackets)
_NUM = (r"(?P<num>(?:\d+(?:\.\d+)?)?(?:-[\p{Lu}Đ]\p{L}*)?\s*/+\s*[\p{L}\d]+(?:[-–&][\p{L}\d]+)*(?:/+[\p{L}\d-]+)?"
        r"(?:\([\p{Lu}Đ\d]+\))?)")
# "Số" as printed, and as OCR reads it with its marks lost or changed ("Sô: 70 /KH-UBND": Kế hoạch 70/KH-UBND 2025 of
# Cần Thơ, scanned)
_SO = r"S[ốoôóòồổỗộ]"
# (in capitals too, and after a speck OCR reads before it: "=SỐ: 168 /NQ-CP", Nghị quyết 168/NQ-CP 2022, scanned)
_SO_LINE = regex.compile(r"(?:(?:^|\s)" + _SO + r"\s*[:.]?|(?:^|\s|(?<=[=~_*»«|]))(?:" + _SO + r"|S[ỐÔỒỔỖỘ])\s*:)\s*"
                         + _NUM)      # (in capitals with its colon only: a title's "NGHỊ QUYẾT SỐ 03/NQ-CP" is none)
_ATTACHED = regex.compile(
    r"\(\s*(?:Ban hành\s+)?[Kk]èm theo\s+(?:Quy[ếe]t đ[ịi]nh|Ngh[ịi] quy[ếe]t|K[ếe] ho[ạa]ch|Ch[ỉi] th[ịi]|Th[ôo]ng"
    r" (?:tư|báo)|Công văn|Văn bản|Chương trình)\s+s[ốo]\s*:?\s*" + _NUM + r"(?P<rest>[^()]*)\)", regex.S)
# the title a gazette or a legal database prints in place of the letterhead (a re-typed copy): the kind, the issuer
# after "của", "số" and the number, the date (Nghị quyết 03/NQ-CP 2010 as LuatVietnam keeps it, tests/real set 21)
_GAZETTE_TITLE = regex.compile(r"^(?:NGHỊ QUYẾT|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ ĐỊNH|THÔNG TƯ(?: LIÊN TỊCH)?|THÔNG BÁO|KẾT LUẬN)"
                               r"\s+(?:CỦA\s+(?P<who>[^0-9]{3,80}?)\s+)?SỐ\s*:?\s*" + _NUM +
                               r"\s+(?P<date>NGÀY\s+\d{1,2}\s+THÁNG\s+\d{1,2}\s+NĂM\s+\d{4})")
# (a day OCR could not read, a handwritten one: "ngày Ơ+ tháng 3 năm 2018", leaves the day unread)
# a blank day or month: dots, or one ellipsis character ("Hà Nội, ngày … tháng … năm 2025": a Bộ Y tế draft, 2025)
_BLANK = r"(?:(?:[.…]{2,}|…)\s*)?"
_DATE = regex.compile(r"ng[àa]y\s*(?:(?P<d>\d{1,2})|[^\s\d]{1,3}(?=\s+th[áa]ng))?\s*" + _BLANK + r"th[áa]ng\s*(?P<m>\d{1,2})?"
                      r"\s*" + _BLANK + r"n[ăa]m\s*(?P<y>\d{4})", regex.I)
# "ngày 03/3/2025", "ngày15/ 12/2025": only read in the "(Kèm theo ...)" line, where the decision is named
_NUMERIC_DATE = regex.compile(r"ng[àa]y\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})", regex.I)
# a place starts a word of its own: not the code of a document cited in the body ("Quyết định số 1201/QĐ-BYT, ngày 09
# tháng 04 năm 2025 của Bộ trưởng": the date of a Bộ Y tế draft whose own date line is blank)
_PLACE_DATE = regex.compile(r"(?<![-/\p{L}\p{N}])\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4},\s*ng[àa]y\b")
_ISSUER_OF = regex.compile(r"\bc[ủu]a\s+(?P<who>[^()]{3,150}?)\s*$", regex.I | regex.S)
# the national motto, or the Party's ("ĐẢNG CỘNG SẢN VIỆT NAM"), printed beside the issuer
# (OCR may misread a tone mark of its first words: "CỘNG HÓA XÃ HỘI CHỦ NGHĨA")
_MOTTO = regex.compile(r"\s*(?:C[ỘO]NG H(?:[ÒO]A|OÀ)\b|C\w{2,3}\s+H\w{1,3}\s+XÃ\s+HỘI\s+CHỦ\b|Độc lập|ĐỘC LẬP|"
                       r"ĐẢNG CỘNG SẢN VIỆT NAM).*$", regex.I)
_RULE = regex.compile(r"\s*[-–—_*=.]{3,}\s*")  # the short rule printed under the issuer's name
_APPENDIX_LINE = regex.compile(r"^PH[ỤU] L[ỤU]C\b")
# the kinds of administrative document (Nghị định 30/2020/NĐ-CP, Điều 7): a line of capitals that starts with one is a
# title, never part of the letterhead above it; but not those a body may be named after on its second line ("BAN SOẠN
# THẢO / LUẬT CHUYỂN ĐỔI GIỚI TÍNH", "BAN QUẢN LÝ / DỰ ÁN ...", "BAN CHỈ ĐẠO / ĐỀ ÁN 06"). Nor is a draft's mark
# ("BỘ CÔNG AN / DỰ THẢO 2") part of it; it may stand between "Số:" and the date line, so it is not a title there.
_DRAFT_MARK = regex.compile(r"^DỰ THẢO\b")
_DOC_TITLES = ("QUYẾT ĐỊNH", "KẾ HOẠCH", "THÔNG BÁO", "CHỈ THỊ", "NGHỊ QUYẾT", "CHƯƠNG TRÌNH", "BÁO CÁO", "CÔNG VĂN",
               "QUY CHẾ", "QUY ĐỊNH", "THÔNG CÁO", "HƯỚNG DẪN", "PHƯƠNG ÁN", "BIÊN BẢN", "TỜ TRÌNH", "HỢP ĐỒNG",
               "CÔNG ĐIỆN", "BẢN GHI NHỚ", "BẢN THỎA THUẬN", "BẢN THOẢ THUẬN", "GIẤY ỦY QUYỀN", "GIẤY UỶ QUYỀN",
               "GIẤY MỜI", "GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP", "PHIẾU GỬI", "PHIẾU CHUYỂN", "PHIẾU BÁO", "THƯ CÔNG")
_TITLE_WORDS = regex.compile(r"^(?:" + "|".join(_DOC_TITLES) + r")\b")
# the same titles with their marks misread by OCR ("KÉ HOẠCH"), matched without marks on a line of capitals
_TITLE_BARE = regex.compile(r"^(?:" + "|".join(sorted({strip_diacritics(t) for t in _DOC_TITLES})) + r")$")
# a line citing the legal basis: its date is the cited document's, never the decision's
_BASIS_LINE = regex.compile(r"^\W*C[ăa]n c[ứu]\b", regex.I)


def _title_line(line: str) -> bool:
    """Does the line print the document's title, its marks misread or not?

    >>> _title_line("KÉ HOẠCH"), _title_line("KẾ HOẠCH THỰC HIỆN"), _title_line("Kế hoạch số 12")
    (True, True, False)
    """
    if _TITLE_WORDS.match(line):
        return True
    return line.isupper() and bool(_TITLE_BARE.match(" ".join(strip_diacritics(line).split())))
# An organisation that issues under its parent body starts its own letterhead line with these words.
_UNIT_HEAD = regex.compile(r"^(?:SỞ|BAN|CỤC|TỔNG CỤC|VỤ|VĂN PHÒNG|TRUNG TÂM|PHÒNG|VIỆN|HỘI ĐỒNG|THANH TRA|"
                           r"KHO BẠC|CÔNG AN|BẢO HIỂM|ĐÀI|BÁO|TRƯỜNG|CHI CỤC|BỘ CHỈ HUY|"
                           r"(?:TỔNG )?CÔNG TY|BỆNH VIỆN|HỌC VIỆN|ĐẠI HỌC|LIÊN ĐOÀN|LIÊN HIỆP|HUYỆN [ỦU]Y|ĐẢNG BỘ|CHI BỘ)\b")
# the first line of a body's letterhead (an appendix's title in capitals is not one)
_TOP_BODY = regex.compile(r"^(?:BỘ|ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|CHÍNH PHỦ|THỦ TƯỚNG|QUỐC HỘI|TỈNH ỦY|TỈNH UỶ|"
                          r"THÀNH ỦY|THÀNH UỶ|ĐẢNG ỦY|ĐẢNG UỶ|BAN CHẤP HÀNH|TÒA ÁN|VIỆN KIỂM SÁT|KIỂM TOÁN|NGÂN HÀNG|"
                          r"MẶT TRẬN|ĐOÀN|TỔNG CỤC|TẬP ĐOÀN)\b")
_ORG_HEAD = regex.compile(_TOP_BODY.pattern + "|" + _UNIT_HEAD.pattern)
HEAD_LINES = 30  # the letterhead, number and date are printed in the first lines of a document


@dataclass(frozen=True)
class Metadata:
    number: str = ""
    date: dt.date | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    issuer: str = ""  # the issuing body, in sentence case
    issuer_raw: str = ""  # the letterhead lines naming it, as printed
    inferred: tuple[str, ...] = ()  # the fields read from elsewhere than the letterhead: an e-office stamp's signing
    # time, an appendix's attribution line


# OCR loses the slash of "Số: 1105/KH-ĐKT" ("Số: 1105KH-ĐKT"): a document-type code (Nghị định 30/2020,
# Phụ lục III) right after the digits can only follow one
# the type codes of administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III), as regex alternatives
DOC_TYPE_CODES = "NQ|QĐ|CT|QC|TB|HD|HĐ|CTr|KH|PA|ĐA|BC|BB|TTr|CĐ|GM|GGT|GUQ|GNP|PG|PC|PB|TC|BGN|GCN|GXN"
_SLASH_LOST = regex.compile(r"(?<=(?:^|\s)" + _SO + r"\s*[:.]?\s*\d+)(?=(?:" + DOC_TYPE_CODES + r")-[\p{Lu}Đ])")


def has_number_line(text: str) -> bool:
    """Does a page's text hold a letterhead's "Số: ..." line (a cover page before the letterhead does not)?

    >>> has_number_line("TỈNH ỦY THÁI NGUYÊN\\n*\\nSố -CTr/TU"), has_number_line("DỰ THẢO CHƯƠNG TRÌNH HÀNH ĐỘNG")
    (True, False)
    """
    return any(_SO_LINE.search(fold_ws(line)) for line in text.split("\n"))


def find_metadata(text: str, by_ocr: bool = False) -> Metadata:
    """Number, date and issuer from the letterhead block, or from the "(Kèm theo ... số ...)" line; *by_ocr*: the
    text was read by OCR, and the letterhead's capitalised lines are repaired against the names a letterhead prints
    (:mod:`extract.letterhead_ocr`).

    >>> find_metadata("SỞ CÔNG THƯƠNG\\nSố: 1105KH-ĐKT").number  # the slash lost by OCR
    '1105/KH-ĐKT'
    >>> find_metadata("Lá .\\n%\\nBỘ CÔNG AN\\nCÔNG AN TÍNH I ÂM ĐỒNG", by_ocr=True).issuer_raw  # a seal's residue above
    'BỘ CÔNG AN\\nCÔNG AN TỈNH LÂM ĐỒNG'
    """
    lines = [_SLASH_LOST.sub("/", fold_ws(html.unescape(l))) for l in text.split("\n") if fold_ws(l)][:HEAD_LINES]
    so = next((i for i, l in enumerate(lines) if _SO_LINE.search(l) and not _ATTACHED.search(l)), None)
    attached = _ATTACHED.search("\n".join(lines))
    if so is not None and (attached is None or so < _line_of(lines, attached.start())):
        number = _filled_blank(regex.sub(r"\s+", "", _SO_LINE.search(lines[so])["num"]), lines, so)
        date_text = _date_line(lines, so) or _stamp_date(lines[so])
        signed = _signing_time(lines[so + 1:so + 2])
        signed = signed if not date_text or _fills_blank(date_text, signed) else ""
        raw = _letterhead(_above_so(lines, so) + [_before_so(lines[so])])
        raw = repair_lines(raw) if by_ocr else raw
        who = "" if raw else _attributed(lines)     # no letterhead: the body its attribution line names, if any
        inferred = tuple(n for n, v in (("date", signed), ("issuer", who)) if v)
        return Metadata(number, *_date_parts(signed or date_text), issuer=who or _issuer_name(raw),
                        issuer_raw=who or "\n".join(raw), inferred=inferred)
    titled = _GAZETTE_TITLE.search(" ".join(lines[:5]))
    if titled:      # "NGHỊ QUYẾT CỦA CHÍNH PHỦ SỐ 03/NQ-CP NGÀY 15 THÁNG 01 NĂM 2010": no letterhead, the title says it
        who = fold_ws(titled["who"] or "")
        return Metadata(regex.sub(r"\s+", "", titled["num"]), *_date_parts(titled["date"]), issuer=_issuer_name([who]),
                        issuer_raw=who)
    if attached:
        return _attached_metadata(lines, attached)
    date_text = next((l for l in lines if _PLACE_DATE.search(l) and _DATE.search(l)), "")
    raw = repair_lines(_letterhead(lines)) if by_ocr else _letterhead(lines)
    raw = raw if _names_body(raw) else []
    return Metadata("", *_date_parts(date_text), issuer=_issuer_name(raw), issuer_raw="\n".join(raw))


def _names_body(raw: list[str]) -> bool:
    """With no "Số:" line to stand under, do the capitals at the top name a body ("BỘ CÔNG AN", "TỔ CÔNG TÁC ...")
    rather than a title ("MỤC LỤC", "TÍNH THỐNG NHẤT CỦA DỰ THẢO LUẬT ĐẤT ĐAI ...", "HỘI THẢO": papers and
    comparison tables of the drafts in Law_in_Tech, whose titles were given as issuers)?

    >>> _names_body(["BỘ CÔNG AN", "DỰ THẢO 2"]), _names_body(["MỤC LỤC"]), _names_body(["HỘI THẢO", "THAM LUẬN"])
    (True, False, False)
    >>> _names_body(["CÔNG TY CỔ PHẦN CÔNG NGHỆ TIN HỌC EFY VIỆT NAM"]), _names_body(["BIÊN BẢN LÀM VIỆC"])
    (True, False)
    """
    return bool(raw) and (bool(_ORG_HEAD.match(raw[0])) or agency_shaped(_issuer_name(raw[:1])))


def _attached_metadata(lines: list[str], attached: regex.Match) -> Metadata:
    """An appendix without its own "Số:" line: the number and date of the decision its "(Kèm theo ...)" line
    names; the issuer is its own letterhead's when one is printed above that line, else the line's "của X".

    >>> m = find_metadata("BỘ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nPHỤ LỤC\\n(Ban hành kèm theo Quyết định số "
    ...                   "877/QĐ-BTP ngày 03/3/2025 của Bộ trưởng Bộ Tư pháp)")
    >>> m.number, str(m.date), m.issuer, m.issuer_raw
    ('877/QĐ-BTP', '2025-03-03', 'Bộ Tư pháp', 'BỘ TƯ PHÁP')
    """
    rest = attached["rest"]
    raw = _letterhead(lines[:_line_of(lines, attached.start())])
    if raw and _ORG_HEAD.match(raw[0]):
        issuer, issuer_raw = _issuer_name(raw), "\n".join(raw)
    else:
        who = _ISSUER_OF.search(rest)
        issuer = issuer_raw = fold_ws(who["who"]) if who else ""
    date = _date_parts(rest)
    numeric = _NUMERIC_DATE.search(rest)
    if numeric and (date[1] is None or numeric.start() < _DATE.search(rest).start()):
        date = _date_parts(f"ngày {numeric['d']} tháng {numeric['m']} năm {numeric['y']}")
    return Metadata(regex.sub(r"\s+", "", attached["num"]), *date, issuer=issuer, issuer_raw=issuer_raw)


_STAMP = regex.compile(r";\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*;")
# the e-office stamp's signing time printed under its number ("Số: 5281/STC-QLNS" / "Thời gian ký:
# 2025-12-17T07:52:25+07:00": a Đồng Tháp Sở Tài chính appendix of 12/2025 whose own line leaves the day blank)
_SIGNED = regex.compile(r"^\s*(?:Thời gian ký|Ngày ký)\s*:\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})[T\s]")
# an appendix's attribution line, its bracket maybe left open: "(Đính kèm Công văn số /STC-QLNS ngày /12/ 2025 của Sở
# Tài chính"
_ATTRIBUTION = regex.compile(r"^\s*\(\s*(?:Ban hành\s+)?(?:[Kk]èm theo|[Đđ]ính kèm)\s.*?\bc[ủu]a\s+(?P<who>[^()]{3,120}?)\s*\)?\s*$")


def _signing_time(lines: list[str]) -> str:
    """The day of an e-office stamp's signing time, on the line under its number, as words ("" if none).

    >>> _signing_time(["Thời gian ký: 2025-12-17T07:52:25+07:00"])
    'ngày 17 tháng 12 năm 2025'
    """
    m = _SIGNED.match(lines[0]) if lines else None
    return f"ngày {int(m['d'])} tháng {int(m['m'])} năm {m['y']}" if m else ""


def _fills_blank(printed: str, signed: str) -> bool:
    """Does the e-signature's day fill a printed date left blank, in the same month and year ("ngày tháng 5 năm 2026"
    under a stamp signed 2026-05-13: Quyết định 2061/QĐ-UBND 2026, dangminhtai/ubndxaphumybac)?

    >>> _fills_blank("ngày tháng 5 năm 2026", "ngày 13 tháng 5 năm 2026"), _fills_blank("ngày tháng năm 2025",
    ...     "ngày 13 tháng 5 năm 2026"), _fills_blank("ngày 2 tháng 5 năm 2026", "ngày 13 tháng 5 năm 2026")
    (True, False, False)
    """
    date, year, month, _day = _date_parts(printed)
    _, s_year, s_month, _ = _date_parts(signed)
    return bool(signed) and date is None and year == s_year and month in (None, s_month)


def _attributed(lines: list[str]) -> str:
    """The body an appendix's attribution line names after "của" ("" if none).

    >>> _attributed(["BỔ SUNG CÓ MỤC TIÊU", "(Đính kèm Công văn số /STC-QLNS ngày /12/ 2025 của Sở Tài chính"])
    'Sở Tài chính'
    """
    return next((fold_ws(m["who"]) for l in lines[:8] if (m := _ATTRIBUTION.match(l))), "")


def _stamp_date(line: str) -> str:
    """The date of an e-office registration stamp "Số: 2775/SNV-CCHC&VTLT; 10/11/2025; 10:59:46;", as words.

    >>> _stamp_date("Số: 2775/SNV-CCHC&VTLT; 10/11/2025; 10:59:46;")
    'ngày 10 tháng 11 năm 2025'
    """
    m = _STAMP.search(line)
    return f"ngày {m['d']} tháng {m['m']} năm {m['y']}" if m else ""


def _date_line(lines: list[str], so: int) -> str:
    """The place-and-date line printed beside or under "Số:", before the document's title (a two-column
    letterhead read cell by cell puts the national motto between them), else beside the letterhead's last lines
    just above "Số:" (a letterhead of four lines); never a date in the body."""
    end = next((i for i in range(so + 1, len(lines)) if _title_line(lines[i])), min(len(lines), so + 8))
    window = lines[so:end]
    return next((l for l in window if _PLACE_DATE.search(l) and _DATE.search(l)), "") or \
        next((l for l in window if _DATE.search(l) and not _BASIS_LINE.match(l)), "") or \
        next((l for l in lines[max(0, so - 4):so] if _PLACE_DATE.search(l) and _DATE.search(l)), "")


def _above_so(lines: list[str], so: int) -> list[str]:
    """The lines above "Số:" that may hold the letterhead: all of them, or those below the last line of prose or a
    table of contents printed before it (a draft's "MỤC LỤC" page ahead of "BAN SOẠN THẢO / Số: 16/TTr-BST", Law_in_Tech).

    >>> _above_so(["MỤC LỤC", "I. SỰ CẦN THIẾT 3", "1. Về căn cứ chính trị, pháp lý……….3", "BAN SOẠN THẢO",
    ...            "Số: 16/TTr-BST"], 4)
    ['BAN SOẠN THẢO']
    """
    prose = [i for i, l in enumerate(lines[:so]) if _prose(l)]
    return lines[prose[-1] + 1:so] if prose and prose[-1] + 1 < so else lines[:so]


def _prose(line: str) -> bool:
    """A line of running text: four or more words in small letters, not a motto nor a stamp ("Độc lập - Tự do",
    "Cơ quan: Văn phòng Chính phủ")."""
    small = [w for w in line.split() if w[:1].islower()]
    return len(small) >= 4 and not _MOTTO.search(line) and not _STAMP_LINE.search(line) and ":" not in line[:20]


def _line_of(lines: list[str], pos: int) -> int:
    return "\n".join(lines)[:pos].count("\n")


def _before_so(line: str) -> str:
    """A two-column letterhead read as text may print the issuer's last line before "Số:" on one line."""
    m = _SO_LINE.search(line)
    return line[: m.start()].strip() if m else ""


def _date_parts(text: str) -> tuple:
    """(date, year, month, day) from the first "ngày ... tháng ... năm ..." of *text*; a blank day or month
    (a draft) leaves the date None and keeps the year.

    >>> _date_parts("Hà Nội, ngày     tháng     năm 2026"), _date_parts("Hà Nội, ngày … tháng … năm 2025")
    ((None, 2026, None, None), (None, 2025, None, None))

    A month or day no calendar has is unread, as a blank is ("ngày15 tháng 54 năm 2026": the e-signature's figures
    printed over the month of a Lào Cai decision, Trangsct/skill-sct, which stopped the file with a crash):

    >>> _date_parts("Lào Cai, ngày15 tháng 54 năm 2026"), _date_parts("ngày 05 tháng 02 năm 0000")
    ((None, 2026, None, 15), (None, None, None, None))
    """
    m = _DATE.search(text)
    if not m or not 1900 <= int(m["y"]) <= 2199:     # a year no decision of this state bears is unread too
        return None, None, None, None
    year = int(m["y"])
    month = int(m["m"]) if m["m"] and 1 <= int(m["m"]) <= 12 else None
    day = int(m["d"]) if m["d"] and 1 <= int(m["d"]) <= 31 else None
    date = None
    if day and month:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = None
    return date, year, month, day


def _letterhead(lines: list[str]) -> list[str]:
    """The capitalised lines at the top naming the issuer (the national motto cut off).

    An e-signature stamp printed above it (the signer's name, an e-mail, a time) is not part of it; nor is a
    page number, nor the end of a motto wrapped onto the next line in a narrow column; a line of mojibake (a
    legacy-font text layer) ends it.

    >>> _letterhead(["TRUNG TÂM CÔNG", "BÁO VÀ TIN HỌC", "ttcbth@quangngai.gov.vn", "18.11.2024 07:25:14", "+07:00",
    ...              "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc"])
    ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI']
    >>> _letterhead(["ỦY BAN NHÂN DÂN", "a@x.gov.vn", "15.11.2024 07:25:14", "TỈNH QUẢNG NGÃI"])  # a stamp beside it
    ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI']
    >>> _letterhead(["UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "VĂN PHÒNG NAM", "Độc lập - Tự do - Hạnh phúc"])
    ['UBND TỈNH LÀO CAI', 'VĂN PHÒNG']
    >>> _letterhead(["1", "UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ CÔNG THƯƠNG Độc lập – Tự do"])
    ['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG']
    >>> _letterhead(["SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA", "SỐ 1050/QĐ-SCT Lào Cai, ngày 10 tháng 3 năm 2026"])
    ['SỞ CÔNG THƯƠNG', 'ĐOÀN KIỂM TRA', 'SỐ 1050/QĐ-SCT']
    >>> _letterhead(["ˆ UBND TỈNH KIÊN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ Độc lập - Tự do"])
    ['UBND TỈNH KIÊN GIANG', 'SỞ Y TẾ']
    >>> _letterhead(["BỘ CÔNG AN CỘNG HÓA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CÔNG AN TỈNH LÂM ĐỒNG"])  # OCR's "HÓA"
    ['BỘ CÔNG AN', 'CÔNG AN TỈNH LÂM ĐỒNG']
    >>> _letterhead(["6Ӣ C‘NG 7+ѬѪ1* &Ӝ1* H“A XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM", "Ĉ2¬1 .,ӆ0 TRA ĈӝF OұS - 7ӵ do"])
    []
    >>> _letterhead(["Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cơ quan: VĂN PHÒNG CHÍNH PHỦ",
    ...              "Ngày ký: 2026-06-02 08:06:46 +07:00", "CÔNG BÁO/Số 302/Ngày 02-06-2026 54",
    ...              "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])  # the Công báo's signature and header
    ['THỦ TƯỚNG CHÍNH PHỦ']
    >>> _letterhead(["Người ký: Cổng Thông tin điện tử Chính phủ", "Email: thongtinchinhphu@chinhphu.vn",
    ...              "Cơ quan: Văn phòng Chính phủ", "Thời gian ký: 14.04.2022 09:07:44 +07:00",
    ...              "2 CÔNG BÁO/Số 295 + 296/Ngày 14-4-2022", "VĂN BẢN QUY PHẠM PHÁP LUẬT",
    ...              "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BỘ LAO ĐỘNG - THƯƠNG BINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ...              "VÀ XÃ HỘI Độc lập - Tự do - Hạnh phúc"])    # Thông tư 03/2022/TT-BLĐTBXH in the Công báo
    ['BỘ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI']
    >>> _letterhead(["BỘ CÔNG AN", "DỰ THẢO 2"]), _letterhead(["BỘ Y TẾ", "TỜ TRÌNH"])   # a draft's mark, a title
    (['BỘ CÔNG AN'], ['BỘ Y TẾ'])
    """
    head: list[str] = []
    cut = ""  # the words of a motto that did not fit on the line above
    for line in _from_motto_line(lines[:12])[:8]:     # eight lines from the motto's: the Công báo prints up to nine
        # above it (its signature stamp, running header, "VĂN BẢN QUY PHẠM PHÁP LUẬT", the issuer's name on one line)
        if _STAMP_LINE.search(line):  # what came before was the stamp's signer, unless it names a body
            head, cut = (head, cut) if head and _TOP_BODY.match(head[0]) else ([], "")
            continue
        line, cut = _motto_tail_cut(line, cut)
        beside = _PLACE_DATE_BESIDE.search(line)  # the place-and-date line printed in the right-hand column
        line = line[: beside.start()] if beside else line
        line = _SPECK.sub("", _RULE.sub(" ", line).strip())     # "ˆ UBND TỈNH KIÊN GIANG": a scan's speck before it
        if not line or not any(c.isalpha() for c in line):  # the motto, a rule, a page number
            continue
        if not head and sum(c.isalpha() for c in line) < 4 and not _upper(line):  # a seal's or a scan's residue
            continue
        if not _VOWEL.search(strip_diacritics(line).lower()):     # "——____D__B_S__": a rule and specks, no word
            continue
        if not _upper(line) or _APPENDIX_LINE.match(line) or _TITLE_WORDS.match(line) or _DRAFT_MARK.match(line) \
                or _garbled(line):
            break
        head.append(line)
    return head


def _from_motto_line(lines: list[str]) -> list[str]:
    """The lines from the one that prints the issuer beside the national motto: a letterhead's first line is level
    with the motto, and capitals above it are the gazette's headings ("VĂN BẢN PHÁP LUẬT KHÁC" / "CHÍNH PHỦ" over
    the letterhead in the Công báo) or a stamp.

    >>> _from_motto_line(["VĂN BẢN PHÁP LUẬT KHÁC", "CHÍNH PHỦ", "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    ['CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']
    """
    for i, line in enumerate(lines):
        m = _MOTTO.search(line)
        if m:       # the motto's first line only ("Độc lập - Tự do" is level with the letterhead's second)
            return lines[i:] if m.start() > 0 and _TOP_BODY.match(line[:m.start()].strip()) else lines
    return lines


# an e-signature stamp: an e-mail address, a time stamp, a UTC offset
# (the Công báo's: "Ký bởi: ...", "Cơ quan: ...", "Ngày ký: 2026-06-02 08:06:46 +07:00", and its running header
# "CÔNG BÁO/Số 302/Ngày 02-06-2026")
_STAMP_LINE = regex.compile(r"[\w.-]+@[\w-]+\.[\w.]+|\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\s+\d{1,2}:\d{2}|^\s*[+-]\d{2}:\d{2}\s*$"
                            r"|\b\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}|^\s*(?:Ký bởi|Người ký|Cơ quan|Ngày ký|Thời gian ký|Email)\s*:"
                            r"|^\s*CÔNG BÁO\s*/\s*Số\b")
_PLACE_DATE_BESIDE = regex.compile(r"(?<=\S\s+)\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4},\s*ng[àa]y\b")
_MOTTOS = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC")
_SPECK = regex.compile(r"^(?:[^\p{L}\p{N}(\s]|\p{Lm}){1,2}\s+(?=\p{Lu})")   # "ˆ" is a modifier letter


def _motto_tail_cut(line: str, cut: str) -> tuple[str, str]:
    """*line* without the motto (and without *cut*, the end of the motto of the line above, when the line ends
    with it), and the end of this line's motto if it is cut short."""
    if cut and regex.search(r"\s" + regex.escape(cut) + r"\s*$", line, regex.I):
        line = line[: regex.search(r"\s" + regex.escape(cut) + r"\s*$", line, regex.I).start()]
    elif cut and _motto_end_alone(line, cut):
        line = ""       # the motto's last words alone on the line below ("VIỆT NAM" under "... CHỦ NGHĨA TIẾY")
    m = _MOTTO.search(line)
    if not m:
        return line, ""
    printed = regex.sub(r"\s+", " ", regex.sub(r"[–—]", "-", m[0])).strip().upper().replace("HOÀ", "HÒA")
    full = next((f for f in _MOTTOS if f.startswith(printed) and f != printed), "")
    if full:
        return line[: m.start()], full[len(printed):].strip()
    return line[: m.start()], _garbled_rest(printed)


def _garbled_rest(printed: str) -> str:
    """The words of the motto after those *printed* reads right, when a garbled word ends it ("CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA TIẾY": "VIỆT NAM" may stand on the line below).

    >>> _garbled_rest("CỘNG HÒA XÃ HỘI CHỦ NGHĨA TIẾY"), _garbled_rest("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    ('VIỆT NAM', '')
    """
    words = printed.split()
    for full in map(str.split, _MOTTOS):
        k = next((i for i, (a, b) in enumerate(zip(words, full)) if a != b), min(len(words), len(full)))
        if k >= 3 and k < len(full) and len(words) - k <= 1:
            return " ".join(full[k:])
    return ""


def _motto_end_alone(line: str, cut: str) -> bool:
    """Is *line* the last words of the motto's rest *cut* (two words at least), alone: the motto read with a word
    garbled on the line above, so that less of it was cut there ("CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA TIẾY" /
    "VIỆT NAM": Nghị quyết 168/NQ-CP 2022, a scan of tests/real)?

    >>> _motto_end_alone("VIỆT NAM", "XÃ HỘI CHỦ NGHĨA VIỆT NAM"), _motto_end_alone("SỞ Y TẾ", "VIỆT NAM")
    (True, False)
    """
    words, rest = line.upper().split(), cut.upper().split()
    return len(words) >= 2 and len(words) <= len(rest) and rest[-len(words):] == words


_BARE_NUMBER = regex.compile(r"^(\d{1,6})(?=\s|$)")


def _filled_blank(number: str, lines: list[str], so: int) -> str:
    """A number typed or stamped into the blank of "Số: /VP-CTHĐND" sits a little off the line and is read as the
    start of the line below or above ("295 Thanh Hóa, ngày 22 ..."): it fills the blank.

    >>> find_metadata("VĂN PHÒNG\\nSố: /VP-CTHĐND\\n295 Thanh Hóa, ngày22 tháng 5 năm 2026").number
    '295/VP-CTHĐND'
    >>> find_metadata("ỦY BAN NHÂN DÂN\\nSố: /KH-UBND\\nLâm Đồng, ngày tháng năm 2026").number  # a draft: blank
    '/KH-UBND'
    """
    if not number.startswith("/"):
        return number
    for i in (so + 1, so - 1):
        m = _BARE_NUMBER.match(lines[i]) if 0 <= i < len(lines) else None
        if m:
            return m[1] + number
    return _stamped(number, lines) or number


def _stamped(number: str, lines: list[str]) -> str:
    """The whole number an e-office system stamped elsewhere on the first page (Công văn 934/CĐSQG-DVS 2023: "Số:
    /CĐSQG-DVS" blank, "934/CĐSQG-DVS" over a line of the body): the blank's own symbol after digits, alone - not
    cited ("số 886/CĐSQG-DVS ngày ..." names another text of the same office) - and only one such.

    >>> _stamped("/CĐSQG-DVS", ["Số:", "đề nghị Quý Sở: 934/CĐSQG-DVS", "- Chủ động rà soát"])
    '934/CĐSQG-DVS'
    >>> _stamped("/CĐSQG-DVS", ["theo Văn bản số 886/CĐSQG-DVS ngày 12/6/2023"])
    ''
    """
    found = set()
    pattern = regex.compile(rf"(?<![\w/.-])(\d{{1,6}})\s*{regex.escape(number)}(?![\w-])")
    for line in lines:
        for m in pattern.finditer(line):
            cited = regex.search(r"\bsố\s*$", line[:m.start()], regex.I) or regex.match(r"\s*,?\s*ngày\b", line[m.end():])
            if not cited:
                found.add(m[1] + number)
    return found.pop() if len(found) == 1 else ""


def _garbled(line: str) -> bool:
    """A line of mojibake: a letter outside the Vietnamese alphabet (Cyrillic, Armenian, ...) or a symbol.

    >>> _garbled("ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT"), _garbled("SỞ KH&ĐT"), _garbled("6Ӣ C‘NG 7+ѬѪ1*")
    (False, False, True)
    """
    for c in unicodedata.normalize("NFD", line):
        if unicodedata.combining(c):
            continue
        if c.isalpha() and not ("a" <= c.lower() <= "z" or c in "Đđ"):
            return True
        if (unicodedata.category(c)[0] == "S" and c != "|") or c in "*$‘’“”":  # OCR reads a rule's end as "|"
            return True
    return False


def _issuer_name(raw: list[str]) -> str:
    """The issuing body: the letterhead's lines joined, or its own line under a parent body, qualified by the
    parent's place ("UBND TỈNH LÂM ĐỒNG" / "SỞ NỘI VỤ" gives "Sở Nội vụ tỉnh Lâm Đồng").

    >>> _issuer_name(["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"])
    'Văn phòng Ban chấp hành trung ương'
    """
    if not raw:
        return ""
    start = next((i for i, l in enumerate(raw) if i > 0 and _UNIT_HEAD.match(l)), 0)
    unit = _sentence_case(" ".join(raw[start:]))
    if not start:
        return unit
    parent = _sentence_case(" ".join(raw[:start]))
    place = regex.search(r"\b(?:tỉnh|thành phố|xã|phường|huyện|quận|đặc khu)\s.*$", parent)
    if place:
        return f"{unit} {place[0]}"
    return f"{unit} {parent[:1].upper()}{parent[1:]}" if unit.split()[0] in ("Văn", "Ban") else unit


_VOWEL = regex.compile(r"[aeiouy]")     # on letters without their marks


def _upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


_PLACE_WORDS = ("TỈNH ", "THÀNH PHỐ ", "XÃ ", "PHƯỜNG ", "HUYỆN ", "QUẬN ", "ĐẶC KHU ")


def _sentence_case(name: str) -> str:
    """ "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" -> "Ủy ban nhân dân tỉnh Bắc Ninh"; "BỘ CÔNG AN" -> "Bộ Công an".

    >>> _sentence_case("SỞ NỘI VỤ"), _sentence_case("VĂN PHÒNG CHÍNH PHỦ"), _sentence_case("UBND TỈNH LÀO CAI")
    ('Sở Nội vụ', 'Văn phòng Chính phủ', 'UBND tỉnh Lào Cai')
    """
    out = _lowered(name)
    return regex.sub(r"\b(?:ubnd|hđnd|mttq|bch)\b", lambda m: m[0].upper(), out, flags=regex.I)


def _lowered(name: str) -> str:
    upper = name.upper()
    for w in _PLACE_WORDS:
        i = upper.find(w)
        if i >= 0:
            head, place = name[: i + len(w)], name[i + len(w):]
            return head[:1] + head[1:].lower() + place.title()
    words = name.split()
    if upper.startswith(("BỘ ", "SỞ ")) and len(words) >= 2:
        return " ".join([words[0].title(), words[1].title()] + [w.lower() for w in words[2:]])
    out = name[:1] + name[1:].lower()
    return out.replace("chính phủ", "Chính phủ").replace("quốc hội", "Quốc hội")
