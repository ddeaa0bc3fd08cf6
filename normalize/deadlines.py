"""Deadline (Thời gian thực hiện): free-text Vietnamese deadlines as typed periods.

A task table's deadline cell is free text: a month ("Tháng 12/2026"), a quarter
("Quý I/2027"), a half year ("6 tháng đầu năm 2026"), a year or a range of years
("Giai đoạn 2026–2030"), a date ("Trước ngày 30/6/2026"), a start with no end
("Bắt đầu triển khai từ năm 2026"), milestones ("Đánh giá theo mốc năm 2027,
2030"), work with no end ("Thực hiện thường xuyên"), a recurrence ("Hằng năm")
or a reference to something else ("Theo tiến độ đã được giao").

:func:`parse_deadline` reads one cell into a :class:`Deadline`.  The rules run
over a matching key of the text (:func:`normalize.text.ascii_key`: NFC, lower
case, dashes unified, diacritics removed), so capitals, tone-mark placement and
text typed without diacritics do not matter.  The vocabulary (month and quarter
words, quarter numerals, cue words) is data, in ``normalize/data/deadlines.yaml``.
What the rules do not use is returned as ``note``, cut from the original text.

Semantics:

* ``start`` and ``end`` are the first and last day of the period named;
  ``start <= end`` whenever both are set.
* "trước"/"đến"/"chậm nhất" + period: the period's kind, ``start`` None,
  ``end`` the last day of the period (inclusive: "trước tháng 6/2026" ends
  2026-06-30, as "trước ngày 30/6/2026" ends 2026-06-30).
* "từ" + period (or period + "những năm tiếp theo"/"trở đi"): ``open_ended``,
  ``start`` the first day, ``end`` None.  "sau" + period: ``open_ended`` from
  the day after the period.  An event's day named between the cue and its
  date ("Sau ngày bầu cử 15/3/2026", "đến ngày bầu cử 15/3/2026", "từ ngày
  công bố danh sách ... (ngày 22 tháng 02 năm 2026)") is that date: the
  event's name stays in ``note``.
* A term of office after a body's name ("đại biểu HĐND các cấp nhiệm kỳ
  2026 - 2031", "khóa XVI") is no period; opening the cell ("nhiệm kỳ 2025 -
  2030") it is.
* "từ X đến Y", "X - Y", "X và chuyển sang Y" (carried over): ``year_range``
  when both ends are years, otherwise ``month_range`` (also for quarter or
  date ends; ``start``/``end`` are exact).  A date after "từ"/"đến"/"-" needs
  no "ngày" ("Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025"); a slash
  before the year may be doubled or followed by "năm" ("Tháng 12//2026",
  "Quý II/năm 2026").
* A list of periods ("Tháng 6, 7/2026") that follow each other is a range;
  otherwise, and always after "mốc", ``milestones``: the last day of each
  period, sorted, ``end`` the last one, ``start`` None.
* Several dated steps ("Quý II/2026: dự thảo; Quý IV/2026: ban hành"):
  ``milestones``, the last day of every step.  A date on the last day of a
  period already named ("trong năm 2026 và tính đến hết ngày 31/12/2026") ends
  that period and is no step.
* "thường xuyên": ``continuous`` (``start`` set by "từ 2026", never an end).
  A dated completion plus continuing work ("Hoàn thành trong giai đoạn
  2026 - 2027 và vận hành thường xuyên") keeps the period's kind, ``start``
  and ``end``, and sets ``continuing``.
* "hằng năm"/"hằng quý"/"hằng tháng"/"hằng tuần"/"hằng ngày"/"định kỳ":
  ``recurring`` with ``recurrence`` yearly/quarterly/monthly/weekly/daily
  (None for a bare "định kỳ").  An interval gives the recurrence of its
  length: "Định kỳ 03 tháng" is quarterly, "định kỳ 01 tháng 01 lần"
  monthly, "01 tuần/lần" weekly, "01 lần/ngày" daily; one with no name in
  RECURRENCES ("Định kỳ 6 tháng") leaves None and stays in ``note``.  A day
  and month with no year ("Trước ngày 15/12 hằng năm") give
  ``recurrence_day`` and ``recurrence_month``, and make a bare "định kỳ"
  yearly ("định kỳ báo cáo trước ngày 20/11"); "năm liền kề" / "tháng liền
  kề" ("trước ngày 31/01 năm liền kề", "trước ngày 05 của tháng liền kề")
  are yearly / monthly.  Several recurrences listed ("Hằng năm, 06 tháng,
  hằng quý hoặc khi cần thiết") give the most frequent.  A day named by its
  place in a period ("ngày làm việc đầu tiên của tháng đầu quý", "trước ngày
  20 của tháng", "thứ Năm của tuần trước") repeats with that period, its
  number the ``recurrence_day``; a report named for its period ("báo cáo 06
  tháng", "báo cáo quý", "báo cáo năm") due on a day and month with no year
  is yearly on them.  Periods these cues do not use stay in ``note``.
* A cited document ("Kế hoạch số 12/KH-UBND ngày 14/11/2025", "Điều 17
  Nghị định 45/2025/NĐ-CP", "Kế hoạch thanh tra số 1505/KH-TTCP ngày
  22/7/2025": up to four words between the document and "số") is never a
  period: it stays in ``note``; nor is its title's period or horizon ("Kế hoạch
  58/KH-UBND ngày 26/2/2025 của UBND ... về ... năm 2025 và định hướng đến năm
  2030", "Kế hoạch chuyển đổi số giai đoạn 2021-2025 của UBND Hà Nội": a title
  followed by "của" and an issuing body).  A number may have a space before
  its slash ("Tờ trình số 2389 /TTr-QHKT").
* "theo quý" / "theo tháng" inside a sentence is quarterly / monthly ("... theo
  quý hoặc theo từng lĩnh vực"); "Tiếp đến ngày 13/4/2025, ..." opening a
  sentence is that day (a past event), no end cue.
* No period, and the text opens with "theo"/"căn cứ" (or has such a word
  anywhere), cites a document, names a relative period ("sau khi") or a span
  by an event ("trong thời gian mưa lũ"), after each event of a series
  ("sau mỗi đợt") or a stage of a project ("Giai đoạn 1 - Chuẩn bị",
  "trong giai đoạn lập dự án") or counts days, weeks or months ("05
  ngày kể từ ngày ... tiếp nhận", a time limit from an event):
  ``by_reference``, ``note`` the whole text.  A count of units then "sau
  khi"/"kể từ khi"/"sau ngày" ("trong 6 tháng sau khi Chính phủ ban hành
  ...") is such a limit, never "tháng sau" (a monthly recurrence).  A
  council's session with a bare year and no month ("Kỳ họp giữa năm 2026",
  "chuyển sang Kỳ họp chuyên đề 2026") names the session, whose date is set
  elsewhere: ``by_reference``, the year kept in ``note``.
* A period with no year ("Quý III", "Tháng 12") takes ``default_year`` (the
  decision's year) and sets ``year_inferred``; without ``default_year`` it is
  ``unparsed``.  In a range or list a missing year is first taken from the
  next period ("Từ tháng 3 đến tháng 9/2026"), and a day alone takes the
  next date's month too ("từ ngày 08 đến ngày 10 tháng 12 năm 2025").
* ``unparsed``: nothing recognised, an invalid date ("Tháng 13/2026",
  "31/2/2026", "Quý V/2026"), a reversed range, or a cell cut mid-word
  ("Thực hiện thườ", "Tháng 12/20", as a text dump leaves them; no prefix
  matching is tried, the pipeline should join continued cells first):
  ``note`` is the whole text (folded).  An empty
  or blank cell is ``unparsed`` with ``note`` "" (the pipeline handles empty
  cells before calling this).
* Text inside parentheses is a gloss, kept in ``note`` and not parsed, but
  for two cases: a bracket giving a recurrence's day ("Định kỳ hằng năm
  (trước ngày 15 tháng 12)"), and, when the text outside names no period,
  no recurrence and no continuing work, brackets holding a period with its
  year or a recurrence ("Cao điểm ... (từ ngày 20 tháng 11 năm 2025 đến
  ngày 03 tháng 12 năm 2025)", "định kỳ (hằng năm)"): they are the
  deadline.  Several leftover pieces of ``note`` are joined with "; ".
* "d/m" with no year is read as a date ("Trước 31/12", with ``default_year``).

:func:`parse_deadline` never raises and caches its results; :func:`read_deadline`
is the same parser without the safety net (a bug raises), for tests.

>>> d = parse_deadline("Tháng 12/2026")
>>> d.kind, d.start, d.end
('month', datetime.date(2026, 12, 1), datetime.date(2026, 12, 31))
>>> d = parse_deadline("QUÝ I/2027")
>>> d.kind, d.start, d.end
('quarter', datetime.date(2027, 1, 1), datetime.date(2027, 3, 31))
>>> parse_deadline("Thang 6 nam 2026").end
datetime.date(2026, 6, 30)
>>> d = parse_deadline("Trước ngày 30/6/2026")
>>> d.kind, d.start, d.end
('date', None, datetime.date(2026, 6, 30))
>>> d = parse_deadline("Giai đoạn 2026–2030")
>>> d.kind, d.start, d.end
('year_range', datetime.date(2026, 1, 1), datetime.date(2030, 12, 31))
>>> d = parse_deadline("Triển khai từ 2026, thực hiện thường xuyên")
>>> d.kind, d.start, d.end
('continuous', datetime.date(2026, 1, 1), None)
>>> d = parse_deadline("Hằng năm")
>>> d.kind, d.recurrence
('recurring', 'yearly')
>>> d = parse_deadline("Đánh giá theo mốc năm 2027, 2030")
>>> d.kind, d.milestones, d.end
('milestones', (datetime.date(2027, 12, 31), datetime.date(2030, 12, 31)), datetime.date(2030, 12, 31))
>>> parse_deadline("Trong năm 2026 và theo thỏa thuận với đối tác").note
'theo thỏa thuận với đối tác'
>>> d = parse_deadline("Quý III", default_year=2026)
>>> d.kind, d.start, d.year_inferred
('quarter', datetime.date(2026, 7, 1), True)
>>> parse_deadline("Quý III").kind
'unparsed'
>>> parse_deadline("Theo tiến độ đã được giao").kind
'by_reference'
>>> parse_deadline("Tháng 13/2026").kind
'unparsed'
>>> d = parse_deadline("Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên")
>>> d.kind, d.start, d.end, d.continuing
('year_range', datetime.date(2026, 1, 1), datetime.date(2027, 12, 31), True)
>>> d = parse_deadline("Trước ngày 15/12 hằng năm")
>>> d.kind, d.recurrence, d.recurrence_day, d.recurrence_month
('recurring', 'yearly', 15, 12)
>>> d = parse_deadline("Theo các mốc tại Kế hoạch số 45/KH-UBND ngày 14/11/2025")
>>> d.kind, d.end, d.note
('by_reference', None, 'Theo các mốc tại Kế hoạch số 45/KH-UBND ngày 14/11/2025')
"""
from __future__ import annotations

import calendar
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import regex
import yaml

from normalize.alternation import literal_alternation
from normalize.text import ascii_key, fold_key, fold_ws

__all__ = ["Deadline", "KINDS", "RECURRENCES", "parse_deadline", "read_deadline", "load_vocabulary", "states_status", "header_unit",
           "parse_count"]

KINDS = (
    "date", "month", "quarter", "half_year", "year", "year_range", "month_range",
    "milestones", "open_ended", "continuous", "recurring", "by_reference", "unparsed",
)
RECURRENCES = ("yearly", "quarterly", "monthly", "weekly", "daily")
_REC_KINDS = tuple("rec_" + r for r in RECURRENCES)   # the cue kinds of a recurrence; "rec_none": a bare "định kỳ"
_REC_SET = frozenset(_REC_KINDS)
_NEVER_CUES = frozenset(("term", "filler", "rdash", "lpunct", "word"))   # kinds _as_printed leaves as they are
PERIOD_KINDS = ("date", "month", "quarter", "half_year", "year", "year_range", "month_range")

VOCABULARY = Path(__file__).resolve().parent / "data" / "deadlines.yaml"


@dataclass(frozen=True)
class Deadline:
    """One deadline cell, typed.  ``raw`` is the text as given."""

    kind: str
    start: date | None = None
    end: date | None = None
    recurrence: str | None = None
    milestones: tuple[date, ...] = ()
    note: str = ""
    year_inferred: bool = False
    raw: str = ""
    continuing: bool = False              # a dated period, then work that goes on ("... và vận hành thường xuyên")
    recurrence_day: int | None = None     # day of the month of a recurring deadline ("trước ngày 15/12 hằng năm")
    recurrence_month: int | None = None   # month of a yearly recurring deadline
    before_period: bool = False           # "trước tháng 3/2027": due by the period's end, as read; may mean before it


# --------------------------------------------------------------------------
# Vocabulary -> regular expressions (over ascii keys)

def load_vocabulary(path: Path = VOCABULARY) -> dict:
    """The vocabulary file as a dict (see ``normalize/data/deadlines.yaml``)."""
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _k(word) -> str:
    return ascii_key(str(word))


def _alt(words) -> str:
    """Whole-word alternation of ascii-keyed *words* (a space in one: any white space or none), longest first, as a
    tree of shared prefixes (:mod:`normalize.alternation`)."""
    return literal_alternation({_k(w) for w in words if _k(w)}, space=r"\s*", bounded="a-z0-9") or "(?:)"


def _typed_with_l(numerals: dict[str, int]) -> dict[str, int]:
    """Roman numerals as keys, also each "i" typed as a small "l" ("Quý l, II, III, IV", "Quý lI, III, IV": a Word
    document of 2014 in tests/real, qd_77, types "l" for "I" as many do).

    >>> sorted(k for k in _typed_with_l({"ii": 2}))
    ['ii', 'il', 'li', 'll']
    """
    out = dict(numerals)
    for k, n in numerals.items():
        forms = [""]
        for ch in k:
            forms = [f + c for f in forms for c in (("i", "l") if ch == "i" else (ch,))]
        out.update((f, n) for f in forms)
    return out


def _term_pattern(v: dict) -> tuple[str, dict]:
    B = r"(?<![a-z0-9])"
    E = r"(?![a-z0-9])"
    DAY, MON, QW, YW, WK = (_alt(v[n]) for n in ("day_words", "month_words", "quarter_words", "year_words",
                                                 "week_words"))
    Y = r"(?:19|20|21)\d\d(?!\d)"
    N = r"(?<!\d)\d{1,2}(?!\d)"
    M12 = r"(?<!\d)(?:0?[1-9]|1[0-2])(?!\d)"
    # a day with no "ngày" before it, an end of a range or a start ("đến 30 tháng 11 năm 2025"; "Kỳ họp thứ 9 (tháng
    # 5/2025)" is no day)
    ends = _alt(v["joiners"]["range"] + v["cues"]["from"] + v["cues"]["until"])    # "đến hết 31 tháng 12 năm 2025"
    D31 = rf"(?=\d)(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)(?<={ends}\s*\d+)"
    qn = _typed_with_l({_k(a): int(b) for a, b in v["quarter_numerals"].items()})
    # a Roman numeral may be glued to its year ("Quý IV2026", Nghị quyết 109/NQ-CP 2026)
    Q = "(?:" + "|".join(regex.escape(a) for a in sorted(qn, key=len, reverse=True)) + ")" + \
        rf"(?:{E}|(?<=[ivxl])(?=(?:19|20|21)\d\d(?!\d)))"
    # between month/quarter and year; a slash may be doubled or have "năm" after it ("Tháng 12//2026", "Quý II/năm 2026")
    # ... or a space alone ("Quý III 2025", "tháng 10 2025": spelling variants, issue 14)
    SEPY = rf"\s*(?:/(?:\s*/)?(?:\s*{YW})?|[\-.]|,?\s*{YW}|(?<=\s)(?={Y}))\s*"
    LJ = rf"\s*(?:[,\-&]|{_alt(v['joiners']['range'] + v['joiners']['list'])})\s*"  # inside a list
    half_first = _alt(v["half_year"]["first"])
    half_second = _alt(v["half_year"]["second"])
    # no year follows; a dash then a day ("28/8 - 05/9/2025") is a range, not a year
    NOYEAR = rf"(?!\s*(?:[/.]|{YW})?\s*\d|\s*-\s*{Y})"
    term = (
        # ngày 15 tháng 3 năm 2026 / 30/6/2026 / ngày 30-6-2026 / 30 tháng 11 năm 2025
        rf"(?P<date>{B}(?:{DAY}\s*)?(?P<d>{N})\s*(?P<s>[/\-.])\s*(?P<m>{N})\s*(?P=s)\s*(?P<y>{Y})"
        rf"|(?:{DAY}\s*(?P<d>{N})|(?P<d>{D31}))\s*{MON}\s*(?P<m>{N})"
        rf"\s*(?:,?\s*(?:cua\s+)?{YW}|[/\-.,])\s*(?P<y>{Y})"
        # ngày 15/12 của năm 2026
        rf"|{B}(?:{DAY}\s*)?(?P<d>{N})\s*/\s*(?P<m>{N})\s*,?\s*(?:cua\s+)?{YW}\s*(?P<y>{Y}))"
        # ngày 15/3, 31/12 (no year)
        # (a month no higher than 12: "ngày 23 - 24 tháng 12 năm 2013" is two days of December, Nghị quyết 01/NQ-CP 2014)
        rf"|(?P<dateny>{DAY}\s*(?P<d>{N})\s*(?:[/\-.]|{MON})\s*(?P<m>{M12}){NOYEAR}"
        # ... a day with no "ngày" after a cue ("trước 30 tháng 01 hằng năm": Thông tư 13/2026/TT-BQP, set 49)
        rf"|(?P<d>{D31})\s*{MON}\s*(?P<m>{M12}){NOYEAR}"
        rf"|{B}(?P<d>{N})\s*/\s*(?P<m>{M12}){NOYEAR})"     # (no month above 12 without "ngày": "xếp hạng 7/63", a rank)
        # tuần 1 tháng 01 năm 2026 / tuần 2 tháng 01/2026 / tuần thứ 3 của tháng 3 (a week of a month)
        rf"|(?P<week>{WK}\s*(?:thu\s*)?(?P<w>[1-5])(?!\d)\s*(?:cua\s*)?{MON}\s*(?P<m>{N})(?:{SEPY}(?P<y>{Y})|{NOYEAR}))"
        # ngày 05 (of a month named elsewhere: "ngày 05 của tháng liền kề")
        rf"|(?P<dayonly>{DAY}\s*(?P<d>{N})(?!\s*(?:[/.]|{MON})\s*\d))"
        # 6 tháng đầu năm [2026]
        rf"|(?P<half>(?:(?P<h1>{half_first})|(?P<h2>{half_second}))(?:\s*[/\-]?\s*(?P<y>{Y}))?)"
        # tháng 6, 7/2026 / tháng 3 - tháng 9 năm 2026 / 6/2026
        # ("04 năm (2025 - 2028)", "3 năm 2026": with no "tháng", "năm" after a number counts years, no month's year)
        rf"|(?P<months>(?:{MON}\s*(?P<ml>{N}(?:{LJ}(?:{MON}\s*)?{N})*){SEPY}"
        rf"|(?P<ml>{N}(?:{LJ}(?:{MON}\s*)?{N})*)\s*(?:/(?:\s*/)?(?:\s*{YW})?|[\-.])\s*)(?P<y>{Y}))"
        rf"|(?P<monthsny>{MON}\s*(?P<ml>{N}(?:{LJ}(?:{MON}\s*)?{N})*){NOYEAR})"
        # quý I/2027 / quý II năm 2026 / quý IV - 2026 / quý I, II/2027 / quý III
        rf"|(?P<quarters>{QW}\s*(?P<ql>{Q}(?:{LJ}(?:{QW}\s*)?{Q})*)(?:(?:{SEPY}|(?<=[ivx]))(?P<y>{Y}))?)"
        # [năm] 2026
        rf"|(?P<year>{B}(?:{YW}\s*)?(?P<y>{Y}))"
    )
    return term, qn


def _cue_groups(v: dict) -> dict[str, list]:
    cues = v["cues"]
    rec = cues["recurring"]
    return {
        "continuous": cues["continuous"],
        **{"rec_" + r: rec[r] for r in RECURRENCES}, "rec_none": rec["none"], "rec_stage": rec["stage"],
        "rec_yearly": rec["yearly"] + v["report_year"],
        "onward": cues["onward"], "milestones": cues["milestones"],
        "from": cues["from"], "until": cues["until"], "after": cues["after"],
        "relative": cues["relative"] + v["named_sessions"],     # "Kỳ họp giữa năm 2026": a session, set elsewhere
        "ljoin": [j for j in v["joiners"]["list"] if j[0].isalnum()],
        "cjoin": v["joiners"]["carried"],     # "năm 2025 và chuyển sang năm 2026": a range
    }


def _citation_pattern(v: dict) -> str:
    """A cited document: a document word, its number (with a digit, or "..." left blank) and its date."""
    number = (r"(?:\d[0-9a-z./\-]*(?:(?<=-)\s+[a-z]{2,}[0-9a-z./\-]*|(?<=/[a-z]+)\s+-\s*[a-z]{2,}[0-9a-z./\-]*)?"
              # "07/2022/QĐ- UBND", "1856/TTr -SCT": a space after or before the hyphen
              r"(?:\s*/\s*[0-9a-z][0-9a-z./\-]*)?|[.…]{2,}\s*[0-9a-z./\-]*"   # "2389 /TTr-QHKT"
              r"|/\s*[a-z]{2,}[0-9a-z./\-]*)")    # a draft's blank number, "Tờ trình số /TTr-STTTT" (set 38)
    units = "(?:" + "|".join(sorted({_k(w) for w in ["lần"] + v["month_words"] + v["quarter_words"] + v["week_words"]},
                                    key=len, reverse=True)) + ")(?![a-z])"
    # "quy định", "quy chế" ... fold like "quý": a document's number before them is no count of quarters ("Thông tư số
    # 15/2024/TT-BCT quy định ...": Thông tư 56/2025/TT-BCT, set 37, read as no citation)
    words = r"(?!quy\s+(?:dinh|che|trinh|hoach|chuan|mo|uoc|tac|tap|doi|hoi)(?![a-z]))"
    number = rf"(?>{number})(?!\s*{words}{units})"    # "báo cáo 2 lần/năm", "báo cáo 06 tháng": a count, no document
    # (a draft's day left blank: "ngày /7/2023")
    # ("ngày ngày 22/9/2025": the word printed twice, set 41)
    dated = r"\s*,?\s*(?:ngay\s*){1,2}(?:\d{1,2}\s*)?(?:[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}|thang\s*\d{1,2}\s*,?\s*nam\s*\d{4})"
    day = rf"(?:{dated})?"
    named = r"(?:\s+[a-z]+){0,4}?\s*so(?![a-z0-9])\s*:?"   # "Kế hoạch thanh tra số 1505/KH-TTCP"
    numbered = rf"{_alt(v['citations'])}(?:{named})?\s*{number}{day}{_title_patterns(v)[0]}"
    # a law cited by its name, then its number or its date ("Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
    # "Luật Du lịch ngày 19 tháng 6 năm 2017"): the title's words run longer than other documents' names
    title = r"(?:\s+(?!(?:truoc|den|cham|han|hoan|trong|ke)(?![a-z]))[a-z\-]+){1,12}?"   # no deadline's words
    law = rf"(?<![a-z])(?<!phap\s){_alt(v['named_laws'])}{title}\s*(?:,?\s*so(?![a-z0-9])\s*:?\s*{number}{day}|{dated})"
    # a document's symbol alone and its date ("các Công điện số 186/CĐ-TTg ngày 04/10/2025, 188/CĐ-TTg ngày
    # 06/10/2025": set 41): a number, a slash, the kind's and the issuer's letters joined by a hyphen
    symbol = r"(?<![0-9a-z/])\d{1,6}\s*/\s*(?:\d{4}\s*/\s*)?[a-z]{1,8}\s*-\s*[a-z0-9]{1,12}(?:\s*-\s*[a-z0-9]{1,12})*" + dated
    cm = v["cited_meetings"]
    meeting = rf"{_alt(cm['given'])}(?:\s+[a-z0-9]+){{0,12}}?\s+tai\s+{_alt(cm['meetings'])}{dated}"
    return rf"(?:{numbered}|{law}|{symbol}|{meeting})"


def _title_patterns(v: dict) -> tuple[str, str]:
    """A cited document's own period or horizon (see ``document_titles`` in the vocabulary): the tail of a numbered
    citation (its issuer, then a subject ending with the horizon), and a document named by its title, its horizon, then
    "của" and an issuing body.

    >>> parse_deadline("Kế hoạch 58/KH-UBND ngày 26/2/2025 của UBND Thành phố về hạ tầng số năm 2025 và định hướng "
    ...                "đến năm 2030.").kind
    'by_reference'
    >>> parse_deadline("Kế hoạch chuyển đổi số giai đoạn 2021-2025 của UBND Hà Nội").kind
    'by_reference'
    >>> parse_deadline("Kế hoạch nâng cao Chỉ số PCI năm 2026 và các năm tiếp theo").kind
    'open_ended'
    """
    dt = v["document_titles"]
    Y = r"(?:19|20|21)\d\d(?!\d)"
    word = rf"\s*,?\s+(?!{_alt(dt['stops'])}|{Y})[a-z0-9&]+(?:[/\-.][a-z0-9&]+)*"   # "phòng, chống ma túy": a comma too
    span = rf"(?:{_alt(dt['period_words'])}\s*)?{Y}(?:\s*-\s*{Y})?"
    horizon = rf"\s+{span}(?:\s*,?\s*(?:va\s+)?{_alt(dt['horizons'])}\s*(?:nam\s*)?{Y})*(?![a-z0-9/])"
    issuer = rf"\s*,?\s+cua(?:{word}){{1,10}}?"
    subject = rf"\s*,?\s+{_alt(dt['subjects'])}(?:{word}){{0,20}}?{horizon}"
    tail = rf"(?:(?:{issuer})?{subject}|{issuer})?"
    titled = rf"{_alt(dt['documents'])}(?:{word}){{1,15}}?{horizon}(?=\s+cua\s+{_alt(dt['issuers'])})"
    return tail, titled


def _interval_pattern(v: dict) -> tuple[str, dict]:
    """An interval between two times ("định kỳ 03 tháng", "01 tuần/lần", "01 lần/ngày") and the recurrence of each
    count of each unit (see ``intervals`` in the vocabulary)."""
    iv = v["intervals"]
    every = {(_k(u), int(n)): r for u, counts in iv["every"].items() for n, r in counts.items()}
    unit = "(?P<eu>" + "|".join(sorted({regex.escape(u) for u, _ in every}, key=len, reverse=True)) + r")(?![a-z0-9])"
    count = r"(?<![a-z0-9/.,])(?P<en>\d{1,2})\s*"
    per_time = r"\s*" + _alt(iv["per_time"])
    pattern = (rf"{count}{unit}{per_time}"                                  # 06 tháng/lần, 01 tháng 01 lần
               rf"|(?=\d)(?<={_alt(iv['after'])}\s*){count}{unit}(?!\s*(?:dau|cuoi|[/\-.]?\s*\d))"  # định kỳ 03 tháng
               rf"|{_alt(iv['once'])}\s*{_alt(iv['per'])}\s*{unit}"        # 01 lần/ngày
               rf"|(?<![a-z0-9/.,])(?P<et>\d{{1,2}})\s*{_alt(iv['times'])}\s*{_alt(iv['per'])}\s*{unit}")   # 2 lần/năm
    return pattern, every


def _since_pattern(v: dict) -> str:
    """A time limit counted from an event ("6 tháng sau khi ...", "03 tháng kể từ khi ..."): the count and its unit,
    before the cue and the event (see ``duration_from_event``).  Tokenized as a relative cue, so "tháng sau" is no
    monthly recurrence.

    >>> parse_deadline("Thời gian hoàn thành trong 6 tháng sau khi Chính phủ ban hành Nghị định").kind
    'by_reference'

    So is the period next to an event ("tháng liền kề trước thời điểm ..."), while "trước ngày 05 của tháng liền kề"
    recurs:

    >>> parse_deadline("tại tháng liền kề trước thời điểm doanh nghiệp lập danh sách").kind
    'by_reference'
    >>> parse_deadline("trước ngày 05 của tháng liền kề").recurrence
    'monthly'
    """
    de = v["duration_from_event"]
    event = rf"{_alt(de['after'])}\s*{_alt(de['events'])}(?!\s*\d)"    # "sau ngày 15/3/2026" is a date
    beside = rf"{_alt(de['sides'])}\s*{_alt(de['events'])}(?!\s*\d)"
    return rf"(?<![a-z0-9/.,])\d{{1,3}}\s*{_alt(v['intervals']['every'])}(?=\s*{event})" \
        rf"|(?<![a-z0-9]){_alt(v['intervals']['every'])}\s*{_alt(de['neighbour'])}(?=\s*{beside})"


def _day_in_period_pattern(v: dict) -> tuple[str, dict]:
    """A day named by its place in a period ("ngày làm việc đầu tiên của tháng", "ngày 20 của tháng", "thứ Năm của
    tuần trước"): the period's words (with "của"), after the day, and the recurrence cue of each (see
    ``day_in_period`` in the vocabulary)."""
    dp = v["day_in_period"]
    cues = {}
    for r, words in dp["periods"].items():
        for w in words:
            cues[_k(w).replace(" ", "")] = cues["cua" + _k(w).replace(" ", "")] = "rec_" + r
    period = rf"(?:cua\s*)?{_alt([w for ws in dp['periods'].values() for w in ws])}"
    after = rf"(?!\s*(?:[/\-.]?\s*\d|[ivx]+(?![a-z0-9])|{_alt(dp['not_after'])}))"
    day = rf"(?:{_alt(dp['days'])}|(?<![a-z0-9]){_alt(v['day_words'])}\s*\d{{1,2}}(?!\d))"
    first = "(?=[" + "".join(sorted({k[0] for k in cues})) + "])"     # a quick first test: this runs at every word
    return rf"{first}{period}{after}(?<={day}\s*{period})", cues


def _report_pattern(v: dict) -> str:
    """A report named for its period ("báo cáo 06 tháng", "báo cáo quý"; see ``periodic_report``), not of one period
    ("báo cáo quý I", "báo cáo 06 tháng năm 2026")."""
    pr = v["periodic_report"]
    first = "(?=[" + "".join(sorted({_k(w)[0] for w in pr["opens"]})) + "])"
    one = rf"(?:{_alt(v['year_words'])}\s*)?[/\-.]?\s*\d|[ivx]+(?![a-z0-9])|{_alt(pr['not_after'])}"
    return rf"{first}{_alt(pr['opens'])}\s*{_alt(pr['periods'])}(?!\s*(?:{one}))"


def _event_day_pattern(v: dict, bracket: bool = False) -> str:
    """A day named by an event between a cue and its date ("sau ngày bầu cử 15/3/2026", "từ ngày công bố danh sách ...
    (ngày 22 tháng 02 năm 2026)"): the event's words, blanked so the cue reaches the date (see ``event_day``).  With
    *bracket*, the event's words and then a bracket (group ``b``) that opens with the date: it gives the event's day
    and is read."""
    ed, g = v["event_day"], _cue_groups(v)
    lead = _alt(g["from"] + g["until"] + g["after"])
    stop = _alt(g["from"] + g["until"] + g["after"] + g["relative"] + v["day_words"] + v["month_words"])
    word = rf"\s+(?!{stop})[a-z]+(?![a-z0-9])"
    Y = r"(?:19|20|21)\d\d(?!\d)"
    day = rf"(?:ngay\s*)?\d{{1,2}}\s*(?:[/\-.]\s*\d{{1,2}}\s*[/\-.]\s*{Y}|thang\s*\d{{1,2}}\s*,?\s*nam\s*{Y})"
    opens = "(?:" + "|".join(r"\s*".join(map(regex.escape, _k(w).split())) for w in ed["opens"]) + ")"
    then = rf"(?=(?:{_k(v['time_of_day'])}\s*)?{day})"
    then = rf"(?P<b>\(\s*{then}[^()]*\))" if bracket else then
    return rf"{opens}(?<={lead}\s*{opens})(?:{word}){{1,{int(ed['max_words'])}}}?\s*{then}"


_REC_DAYS = {"yearly": 365, "quarterly": 90, "monthly": 30, "weekly": 7, "daily": 1}


def _days(unit: str, n: int) -> int:
    """The length of *n* units in days, a month taken as 30 ("6 tháng": 180)."""
    count, base = _LENGTH.get(unit, (1, unit))
    return n * count * (30 if base == "thang" else 1)


def _times_per(unit: str, times: int) -> str | None:
    """The recurrence of *times* per *unit* ("2 lần/năm": every 6 months, none; "4 lần/năm": quarterly; "02
    lần/ngày": daily, the finest there is).

    >>> _times_per("nam", 2), _times_per("nam", 4), _times_per("ngay", 2), _times_per("tuan", 1)
    (None, 'quarterly', 'daily', 'weekly')
    """
    n, base = _LENGTH.get(unit, (1, unit))
    if times and n % times == 0:
        return _EVERY.get((base, n // times))
    return "daily" if base == "ngay" and n < times else None


def _cue_alt(cues: list[str], v: dict) -> str:
    """The alternation of every cue; a cue that ends with the word for a day is no cue before a number, where that
    word opens a date ("trong ngày" is "the same day", but "hoàn thành trong ngày 05 tháng 10 năm 2025" is that
    day: held-out set 41, read as the month).

    >>> parse_deadline("hoàn thành trong ngày 05 tháng 10 năm 2025").kind
    'date'
    """
    day = _k(v["day_words"][0])
    dated = [w for w in _cue_groups(v)["relative"] if _k(w).endswith(" " + day)]    # not "hằng ngày 02 lần"
    plain = [w for w in cues if w not in dated]
    return "(?:" + (_alt(dated) + r"(?!\s*\d)|" if dated else "") + _alt(plain) + ")"


def _build(v: dict):
    term, qn = _term_pattern(v)
    groups = _cue_groups(v)
    cue_map = {}  # one alternation of every cue phrase, longest first; the group is looked up
    for name, words in groups.items():
        for w in words:
            cue_map.setdefault(_k(w).replace(" ", ""), name)
    fill = []
    for w in v["fillers"]:
        p = _alt([w])
        if _k(w).endswith(_k(v["year_words"][0])):
            p += r"(?!\s*\d)"
        fill.append((len(_k(w)), p))
    fill_re = "(?:" + "|".join(p for _, p in sorted(fill, key=lambda x: -x[0])) + ")"
    fill_re = rf"(?:(?<![a-z0-9]){_k(v['time_of_day'])}(?![a-z0-9])|{fill_re})"
    all_cues = [w for words in groups.values() for w in words]
    span = _k(v["time_span"].replace("T", "(?:" + v["time_of_day"] + ")"))
    every, _ = _interval_pattern(v)
    seq = _alt(v["sequence_openers"])       # "Tiếp đến ngày 13/4/2025, ...": opening a sentence, no "until"
    seq = rf"{seq}(?<=(?:^|[.;:])[^a-z]*{seq})"
    per_unit = []           # "theo quý" in a sentence: a recurrence, unless a number follows ("theo tháng 6/2026")
    for r, words in v["recurring_in_sentence"].items():
        per_unit += words
        for w in words:
            cue_map.setdefault(_k(w).replace(" ", ""), "rec_" + r)
    per_unit = _alt(per_unit) + r"(?!\s*(?:\d|[ivx]+(?![a-z0-9])))"
    in_period, period_cues = _day_in_period_pattern(v)     # "ngày 20 của tháng": monthly
    for key, name in period_cues.items():
        cue_map.setdefault(key, name)
    master = regex.compile(      # a span of hours ("từ 8 giờ đến 11 giờ") before the cue "từ" could take its start
        rf"(?P<filler>(?<![a-z0-9]){span}(?![a-z0-9])|{seq})|(?P<every>{every})|(?P<relative>{_since_pattern(v)})"
        rf"|(?P<term>{term})"
        rf"|(?P<cue>{per_unit})|(?P<cue>{_cue_alt(all_cues, v)})|(?P<cue>{in_period})|(?P<report>{_report_pattern(v)})"
        rf"|(?P<filler>{fill_re})"
        r"|(?P<rdash>-)|(?P<lpunct>[,;&])|(?P<word>[a-z0-9]+)",
    )
    reference = regex.compile(r"^\W*" + _alt(v["cues"]["reference"]))
    return master, qn, reference, cue_map, regex.compile(_citation_pattern(v))


_VOCAB = load_vocabulary()
_MASTER, _QN, _REFERENCE, _CUES, _CITATION = _build(_VOCAB)
# what every cited document has (see ``_citation_pattern``): a document's, a law's or a meeting's word, or a symbol's
# slash and hyphen ("186/CĐ-TTg"); a key with none of them is read without the citation patterns, the costliest
_CITE_HINT = regex.compile(_alt([*_VOCAB["citations"], *_VOCAB["named_laws"], *_VOCAB["cited_meetings"]["given"]]))


def _may_cite(k: str) -> bool:
    """Can ascii key *k* hold a cited document?

    >>> _may_cite("quy i/2027"), _may_cite("theo ke hoach so 12/kh-ubnd"), _may_cite("186/cd-ttg ngay 04/10/2025")
    (False, True, True)
    """
    return "/" in k and "-" in k or _CITE_HINT.search(k) is not None


# a clause that opens with a cited document (a number with "/"), after a word that implements or cites it ("Thực hiện
# Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ về ... chế độ báo cáo ... định kỳ,", "Công văn số 1070/TCT
# ngày 18/3/2026 của ... về ... năm 2026;": Lâm Đồng reports of 2026, set 36): its issuer and subject ("của ...", "về
# ...") are the document's title up to the clause's end or a deadline's word, whatever periods the title names
_CITATION_OPEN = regex.compile(r"^[\W\d]*?(?:" + _alt(_VOCAB["citation_openers"]) + r"\s+)?(?:" + _citation_pattern(_VOCAB) + ")")
_TITLE_OPEN = regex.compile(r"\s*,?\s*(?:cua|ve)\s")
_TITLE_END = regex.compile(r"\s*(?:;|\.(?:\s|$)|$)|[\s,]+" + _alt(_VOCAB["citation_title_stops"]) + r"(?![a-z])")


# a report's status date ("Tính đến ngày 20/3/2026, toàn tỉnh đã ...", "... tính đến ngày 14/12/2025 là 5749 người":
# Lâm Đồng reports of 2025-2026, sets 35-36): what stood then, never a deadline ("tính đến hết ngày 31/12/2026" is one)
# a period a figure is compared with, "tăng từ 20% - 25% so với năm 2024", "so với cùng kỳ năm 2025" (Chỉ thị 30/CT-TTg
# 2025, set 40): a baseline, never the task's time; read like a cited document's date
_COMPARED = regex.compile(r"so\s*voi\s*(?:cung\s*ky\s*)?(?:nam\s*)?(?:19|20)\d\d(?!\d)")
_STATUS_DATE = regex.compile(_alt(_VOCAB["status_dates"]) + r"\s*(?:ngay|thoi\s*diem)?\s*(?:\d{1,2}\s*[/\-.]\s*\d{1,2}"
                             r"\s*[/\-.]\s*\d{4}|\d{1,2}\s*thang\s*\d{1,2}\s*,?\s*nam\s*\d{4})(?![0-9])")


def _led_title(parsed: str) -> tuple[int, int] | None:
    """The span of the title of a cited document that opens the clause (see above), or None."""
    c = _CITATION_OPEN.match(parsed)
    if not c or "/" not in parsed[c.start():c.end()]:
        return None
    if " cua " in parsed[c.start():c.end()]:
        title = c.end()         # the citation's pattern read its issuer: the title goes on from there
    else:
        t = _TITLE_OPEN.match(parsed, c.end())
        title = t.end() if t else None
    e = _TITLE_END.search(parsed, title) if title is not None else None
    return (c.end(), e.start()) if e else None


_EVERY = _interval_pattern(_VOCAB)[1]
_LENGTH = {_k(u): (int(n), _k(b)) for u, (n, b) in _VOCAB["intervals"]["length"].items()}
# a reference word anywhere ("Triển khai đảm bảo theo lộ trình ...") and a count of units ("05 ngày kể từ ngày ..."):
# with no period named, the cell points to something else
_REFERENCE_ANY = regex.compile(_alt(_VOCAB["cues"]["reference"]))
# matched on the folded text, marks kept: "đã" and "đá" have one ascii key
_STATUS = regex.compile(r"^\W*(?:" + "|".join(map(regex.escape, _VOCAB["cues"]["status"])) + r")\s+\p{L}", regex.I)
_DURATION = regex.compile(r"(?<![a-z0-9/.,])\d{1,3}(?:,\d{1,2})?\s*" + _alt(_VOCAB["intervals"]["every"]))    # "0,5 giờ"
# one-syllable cues as written, by key: "từ" is a cue, "tư" ("đầu tư", "Bộ Tư pháp") is not, though both key "tu"
_CUE_FORMS: dict[str, set[str]] = {}
for _w in (w for words in _cue_groups(_VOCAB).values() for w in words if " " not in w.strip()):
    _CUE_FORMS.setdefault(_k(_w), set()).add(unicodedata.normalize("NFC", _w.strip().lower()))
# "theo quý" counts only as printed with its marks ("theo quy định" keys "theo quy" too)
_PRINTED_ONLY: dict[str, set[str]] = {}
for _w in (w for words in _VOCAB["recurring_in_sentence"].values() for w in words):
    _PRINTED_ONLY.setdefault(_k(_w).replace(" ", ""), set()).add(unicodedata.normalize("NFC", _w.lower()))
# a period after a day ("ngày 20 của quý") counts only as printed, in a text with marks ("ngày 15 của quy định" is none)
_PERIOD_FORMS: dict[str, set[str]] = {}
for _w in (w for ws in _VOCAB["day_in_period"]["periods"].values() for w in ws):
    for _f in (_w, "của " + _w):
        _PERIOD_FORMS.setdefault(_k(_f).replace(" ", ""), set()).add(unicodedata.normalize("NFC", _f.lower()))
# "Kế hoạch chuyển đổi số giai đoạn 2021-2025 của UBND Hà Nội": a document's title with its horizon, never a period
_TITLED = regex.compile(_title_patterns(_VOCAB)[1])
# "1. Giai đoạn 1 - Chuẩn bị và khởi động", "trong giai đoạn lập dự án": a stage of a project, no period
_STAGE = regex.compile(_alt(_VOCAB["project_stage"]["opens"]) + r"\s*(?:\d{1,2}(?![0-9/.])|[ivx]+(?![a-z0-9])|"
                       + _alt(_VOCAB["project_stage"]["names"]) + ")")
# "Trước ngày 31 tháng 7 của năm xét tặng": a year named by an event, not by a number or a recurrence
_EVENT_YEAR = regex.compile(_alt(_VOCAB["event_year"]) + r"\s+(?!\d)[a-z]|" + _alt(_VOCAB["ordinal_year"])
                            + r"\s+(?:\d{1,2}(?![0-9/.])|[a-z])")
# "Theo từng nhiệm vụ đầu tư của năm 2026": each item has its own time, whatever year bounds them
_PER_ITEM = regex.compile(r"^\W*" + _alt(_VOCAB["per_item"]["opens"]) + r"\s+(?!" + _alt(_VOCAB["per_item"]["periods"])
                          + r"(?![a-z]))[a-z]")
# "trực 24/24 giờ", "12/24h": hours of the day a duty is kept ("24/24" alone too: no month 24; "24/7" is a date)
_WATCH = regex.compile(r"(?<![0-9/])(?:(?P<h>\d{1,2})\s*/\s*24\s*(?:gio|h)(?![a-z])|(?P<h>24)/24(?![0-9/]))")
_ROUND_THE_CLOCK = regex.compile(r"(?<![0-9/.])24\s*/\s*7(?![0-9/.])")
_DATE_OPENER = regex.compile(r"(?<![a-z0-9])" + _alt(_VOCAB["date_openers"]) + r"\s*$")
_YEAR_IN = regex.compile(r"(?<![0-9])(?:19|20)\d\d(?![0-9])")
_REPORT_YEAR = regex.compile(_alt(_VOCAB["report_year"]))
# "từ ngày … tháng … năm …", "ngày ... tháng ...": a date left blank in a form
# (or the day alone, left blank after a cited number: "tại văn bản số … ngày …,", a model decision of 2023, set 42)
_BLANK_DATE = regex.compile(r"ngay\s*(?:…|\.{2,}|_{2,})(?:\s*thang\s*(?:…|\.{2,}|_{2,})|\s*(?:[,;)]|$))")
# "ngày 25 / 8 /202 6": a year typed with a space inside it, after a day and month
_SPLIT_YEAR = regex.compile(r"(?<=\d{1,2}\s*/\s*\d{1,2}\s*/\s*)(20\d)\s(\d)(?![0-9/])")
# "trong thời gian mưa lũ": a span of time named by an event, not by a period ("trong thời gian qua" names none)
_EVENT_TIME = regex.compile(_alt(_VOCAB["event_time"]["opens"]) + r"\s+(?!" + _alt(_VOCAB["event_time"]["not_events"])
                            + r")(?!\d)[a-z]")
# "Theo kế hoạch công tác tư pháp hằng năm": a cell that opens by pointing to a kind of document follows that
# document's schedule, whatever recurrence qualifies the document
_REFERENCE_DOC = regex.compile(r"^\W*" + _alt(_VOCAB["cues"]["reference"]) + r"\s+(?:cac\s+)?"
                               + _alt(_VOCAB["citations"]) + r"(?![a-z0-9])")
# "đảm bảo đúng tiến độ đề ra": a schedule set elsewhere
_SCHEDULE = regex.compile(_alt(_VOCAB["schedule_elsewhere"]))
# "Sau khi VCCI tổ chức công bố kết quả PCI năm 2025": a clause of an event, whose bare years name things
_EVENT_CLAUSE = regex.compile(_alt(_VOCAB["event_clause"]))
# "Kỳ họp giữa năm 2026": a council's session, whose bare year names it
_SESSION = regex.compile(_alt(_VOCAB["named_sessions"]))
# "các cấp nhiệm kỳ 2026 - 2031": a term of office after a body's name, no period
_OFFICE_PERIOD = frozenset(_k(w) for w in _VOCAB.get("office_period_words", []))
_OFFICE = regex.compile(_alt(_VOCAB["term_of_office"]) + r"\s*$")
# "sau ngày bầu cử 15/3/2026": the event's words between the cue and the date are blanked
_EVENT_DAY = regex.compile(_event_day_pattern(_VOCAB))
_EVENT_BRACKET = regex.compile(_event_day_pattern(_VOCAB, bracket=True))
# "sau mỗi đợt": after each event of a series, not after each unit of time ("sau mỗi quý")
_AFTER_EACH = regex.compile(_alt(_VOCAB["after_each"]) + r"\s+(?!" + _alt(
    _VOCAB["day_words"] + _VOCAB["week_words"] + _VOCAB["month_words"] + _VOCAB["quarter_words"]
    + _VOCAB["year_words"]) + r")[a-z]")
_PAREN = regex.compile(r"\([^()]*\)?|\)")
# A parenthesis that only glosses the deadline of a recurrence ("Định kỳ hằng năm (trước ngày 15 tháng 12)") is read:
# it opens with a cue of deadlines_in_parentheses and a day.
_PAREN_READ = regex.compile(r"\(\s*(?:" + _alt(_VOCAB["deadlines_in_parentheses"]) + r")\s+(?:"
                            + _k(_VOCAB["time_of_day"]) + r"\s*)?ngay\s*\d[^()]*\)")   # "(trước 07h00 ngày 14/3/2026)"
# A law named with its year ("Luật An ninh mạng 2025", "Bộ luật Lao động năm 2019"): the year is the law's, not a
# period; cited like a numbered document.
# Its name may hold commas and run to twelve words ("Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025": held-out
# set 48), none of them a deadline's or a period's ("Luật Đất đai, hoàn thành năm 2025" names a year to finish in;
# "luật sư ... giai đoạn 2008 - 2010", set 28, a period).
_NAMED_LAW = regex.compile(r"(?<![a-z0-9])(?:" + _alt(_VOCAB["named_with_year"])
                           + r")(?!\s+(?:su|gia)(?![a-z]))"     # "luật sư", "luật gia": persons, no law
                           r"(?:\s*,?\s+(?!(?:truoc|den|cham|han|hoan|trong|ke|xong|tu|tai|vao|giai|nhiem)(?![a-z]))[a-z]+)"
                           r"{1,12}?"
                           r"\s+(?:nam\s+)?(?:19|20)\d\d(?![0-9/])")
# what, outside brackets, names the deadline: a period, work that never ends, a recurrence
_TIMES_WORD = regex.compile(r"(?<![a-z])lan(?![a-z])")
_OUTSIDE_NAMES = frozenset(("term", "continuous", "interval") + _REC_KINDS)
_STRAY_MARKS = regex.compile(r"\p{M}+")
# a date word or a joiner glued to its number, either side ("ngày15 tháng 54", "tháng 01năm 2026": Lào Cai 2026, set
# 30; "Từ 01/01đến 31/12/2014": qd_113 of tests/real, a Word document of 2014)
_GLUED_WORDS = r"(?:ngày|tháng|năm|quý|đến|tới|từ|và|Ngày|Tháng|Năm|Quý|Đến|Tới|Từ|NGÀY|THÁNG|NĂM|QUÝ|ĐẾN|TỚI|TỪ)"
_GLUED = regex.compile(rf"(?<=(?<![\p{{L}}]){_GLUED_WORDS})(?=\d)|(?<=(?<![\p{{L}}])\d{{1,4}})(?={_GLUED_WORDS}(?!\p{{L}}))")
_GLUE_HINT = regex.compile(r"\p{L}\d|\d\p{L}")
_UNIT = regex.compile(_alt(_VOCAB["day_words"] + _VOCAB["month_words"] + _VOCAB["quarter_words"]))
_NUMERAL = regex.compile(r"\d+|[ivxlc]+")
_NUM = regex.compile(r"\d+|[a-z]+")
_LEAD = regex.compile(r"[\s,;.:\-&()]*(?:(?:va|hoac)(?![a-z0-9])[\s,;.:\-&()]*)*")
_TAIL = regex.compile(r"(?:[\s,;.:\-&()]*(?<![a-z0-9])(?:va|hoac))*[\s,;.:\-&()]*$")


# --------------------------------------------------------------------------
# Periods

class _Bad(Exception):
    """An invalid or unplaceable period: the cell is unparsed."""


@dataclass
class _Term:
    gran: str            # date, day, month, quarter, half_year, year
    a: int = 0           # day (date, day), month (month), quarter, half (1/2)
    b: int = 0           # month (date)
    year: int | None = None
    inferred: bool = False

    def bounds(self) -> tuple[date, date]:
        y = self.year
        if y is None or self.gran == "day":
            raise _Bad("no year" if y is None else "a day with no month")
        if self.gran == "year":
            return date(y, 1, 1), date(y, 12, 31)
        if self.gran == "month":
            if not 1 <= self.a <= 12:
                raise _Bad("month")
            return date(y, self.a, 1), date(y, self.a, calendar.monthrange(y, self.a)[1])
        if self.gran == "quarter":
            m = 3 * self.a - 2
            return date(y, m, 1), date(y, m + 2, calendar.monthrange(y, m + 2)[1])
        if self.gran == "half_year":
            return (date(y, 1, 1), date(y, 6, 30)) if self.a == 1 else (date(y, 7, 1), date(y, 12, 31))
        if self.gran == "week":
            return _week_bounds(self.a, self.b, y)
        try:
            d = date(y, self.b, self.a)
        except ValueError:
            raise _Bad("date") from None
        return d, d

    def index(self) -> int:
        """Position on the period's own scale, to tell whether two periods follow each other."""
        if self.gran == "year":
            return self.year
        if self.gran == "week":
            return (self.year * 12 + self.b) * 5 + self.a
        if self.gran == "date":
            return self.bounds()[0].toordinal()
        per = {"month": 12, "quarter": 4, "half_year": 2}[self.gran]
        return self.year * per + self.a


def _week_bounds(week: int, month: int, year: int) -> tuple[date, date]:
    """Week *week* of a month: days 7k-6 to 7k, the last one to the month's end ("tuần 1 tháng 01 năm 2026" is 1-7
    January; a fifth week is the 29th to the end).

    >>> _week_bounds(2, 1, 2026), _week_bounds(5, 1, 2026)[1]
    ((datetime.date(2026, 1, 8), datetime.date(2026, 1, 14)), datetime.date(2026, 1, 31))
    """
    if not 1 <= month <= 12:
        raise _Bad("month")
    last = calendar.monthrange(year, month)[1]
    if 7 * week - 6 > last:
        raise _Bad("week")
    return date(year, month, 7 * week - 6), date(year, month, min(7 * week, last))


# small patterns of the steps below, compiled once
_DIGITS = regex.compile(r"\d+")
_ALNUM = regex.compile(r"[a-z0-9]")
_INTERNAL_JOIN = regex.compile(r"-|den|toi")
_LIST_JOIN = regex.compile(r"[\s,]*(?:va|,)?[\s,]*(?:(?:den|toi)(?:\s*het)?)?\s*")
_TRUOC = regex.compile(r"(?<![a-z])truoc(?![a-z])")
_AND_ONLY = regex.compile(r"[\s,]*(?:va)?[\s,]*")


def _terms(m) -> list[_Term]:
    """The period(s) named by one match of the term pattern (several for a list)."""
    y = m.group("y")
    y = int(y) if y else None
    if m.group("week"):
        return [_Term("week", int(m.group("w")), int(m.group("m")), y)]
    if m.group("date") or m.group("dateny"):
        return [_Term("date", int(m.group("d")), int(m.group("m")), y)]
    if m.group("dayonly"):
        return [_Term("day", int(m.group("d")))]
    if m.group("half"):
        return [_Term("half_year", 1 if m.group("h1") else 2, 0, y)]
    if m.group("months") or m.group("monthsny"):
        nums = [int(x) for x in _DIGITS.findall(m.group("ml"))]
        return [_Term("month", n, 0, y) for n in nums]
    if m.group("quarters"):
        qs = [_QN[x] for x in _NUM.findall(m.group("ql")) if x in _QN]
        return [_Term("quarter", q, 0, y) for q in qs]
    return [_Term("year", 0, 0, y)]


@dataclass
class _Item:
    kind: str            # term, a cue name, filler, rdash, lpunct, word
    start: int
    end: int
    terms: list | None = None
    used: bool = False
    days: int | None = None     # an interval's length with no recurrence of its own ("6 tháng": 180)


# the master's groups that are an item's kind as they are
_PLAIN = ("word", "lpunct", "rdash", "filler", "report", "relative")


def _tokens(k: str) -> list[_Item]:
    items = []
    for m in _MASTER.finditer(k):
        if m.group("term") is not None:
            items.append(_Item("term", m.start(), m.end(), _terms(m)))
            continue
        if m.group("every") is not None:
            if m.group("et") is not None:     # a count of times per unit repeats, named or not
                rec = _times_per(m.group("eu"), int(m.group("et")))
                items.append(_Item("rec_" + (rec or "none"), m.start(), m.end()))
                continue
            rec = _EVERY.get((m.group("eu"), int(m.group("en") or 1)))
            items.append(_Item("rec_" + rec if rec else "interval", m.start(), m.end(),
                               days=None if rec else _days(m.group("eu"), int(m.group("en") or 1))))
            continue
        cue = m.group("cue")
        if cue is not None:
            kind = _CUES[cue.replace(" ", "")]
        else:
            kind = m.lastgroup if m.lastgroup in _PLAIN else next(n for n in _PLAIN if m.group(n) is not None)
        items.append(_Item(kind, m.start(), m.end()))
    return items


def _resolve(group: list[_Term], default_year: int | None) -> bool:
    """Give each period of a group a year: the next period's, else default_year.  A day alone takes the month of the
    date after it, as a month takes its year ("từ ngày 08 đến ngày 10 tháng 12 năm 2025").

    >>> d = parse_deadline("từ ngày 08 đến ngày 10 tháng 12 năm 2025")
    >>> d.kind, d.start, d.end
    ('month_range', datetime.date(2025, 12, 8), datetime.date(2025, 12, 10))
    """
    inferred = False
    nxt = None
    for t in reversed(group):
        if t.gran == "day" and nxt is not None and nxt.gran == "date":
            t.gran, t.b = "date", nxt.b
        if t.year is None:
            if nxt is not None:
                t.year = nxt.year
            elif default_year is not None:
                t.year, t.inferred, inferred = default_year, True, True
            else:
                raise _Bad("no year")
        nxt = t
    return inferred


# --------------------------------------------------------------------------
# The steps: prepare -> tokens -> chains -> classify -> fillers -> note

@dataclass
class _Cell:
    """One deadline cell on its way through the steps."""

    raw: str
    shown: str                 # folded text: what the note is cut from
    k: str                     # ascii key, position for position with shown
    parsed: str                # k with parentheses and citations blanked out
    items: list[_Item]
    cited: bool                # a document is cited
    default_year: int | None
    inferred: bool = False
    before_period: bool = False     # an end given as "trước" a month, quarter, half year or year
    cites: bool = True         # the key has what a cited document needs (:func:`_may_cite`)


def _blank(m) -> str:
    return " " * len(m.group())


def _unbracket(m, group: int | str = 0) -> str:
    return " " + m.group(group)[1:-1] + " "


def _prepare(raw: str, default_year: int | None) -> _Cell | None:
    """Fold, key, blank out what is never parsed (parentheses, cited documents), tokenize."""
    shown = _STRAY_MARKS.sub("", fold_ws(raw))  # a mark NFC could not compose ("ý\u0301") is dropped
    if _GLUE_HINT.search(shown):       # (a letter against a figure: else there is nothing to part)
        shown = _GLUED.sub(" ", _GLUED.sub(" ", shown))     # "ngày15", "tháng 01năm 2026": a space the typist left
    # out; twice, for a number glued on both sides ("THÁNG5NĂM 2017": the UBND tỉnh Hà Tĩnh's programmes, set 45)
    if not shown:
        return None
    k = fold_key(shown, ascii=True)
    k = _SPLIT_YEAR.sub(r"\1\2", k) if "/" in k else k
    text = _PAREN_READ.sub(_unbracket, k)
    if "(" in text:     # "từ ngày công bố danh sách (ngày 22/02/2026)": the event's day, read
        text = _EVENT_BRACKET.sub(lambda m: m.group()[:m.start("b") - m.start()] + _unbracket(m, "b"), text)
    cell = _cell(raw, shown, k, _PAREN.sub(_blank, text), default_year)
    return _read_brackets(cell) if "(" in k else cell


# an ordinal day, "ngày thứ 15 của quý tiếp theo" (set 38): the 15th day, "thứ" blanked
_ORDINAL_DAY = regex.compile(r"(?<![a-z])(ngay\s+)(thu)(?=\s*\d)")


# two days of one month joined by a dash, "trong ngày 06-07/10/2025" (Công điện of 10/2025, sets 37 and 40): a span
# of days, written as the parser reads one ("06/10-07/10/2025", padded to the same length)
_DAY_SPAN = regex.compile(r"(?:trong\s+)?ngay\s*(?P<a>\d{1,2})\s*-\s*(?P<b>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*"
                          r"(?P<y>(?:19|20)\d\d)(?!\d)")


def _day_span(m: regex.Match) -> str:
    """ "trong ngay 06-07/10/2025" -> "06/10-07/10/2025" and spaces.

    >>> parse_deadline("trong ngày 06-07/10/2025").kind
    'month_range'
    """
    return f"{m['a']}/{m['m']}-{m['b']}/{m['m']}/{m['y']}".ljust(len(m.group()))

# the first (or last) months or quarters of a year, counted ("9 tháng đầu năm 2025", "9 tháng năm 2025", "03 quý đầu
# năm 2025", "3 tháng cuối năm 2025": reports of 2025, set 39; "6 tháng đầu năm" is the half year, read as such; right
# after "báo cáo" the count names the report, "báo cáo 06 tháng năm 2026", read by ``periodic_report``)
_FIRST_MONTHS = regex.compile(r"(?<![a-z0-9/.])(?<!bao\s*cao\s*)0?(?P<n>[1-9]|1[01])\s*(?P<u>thang|quy)\s*(?P<e>dau|cuoi)?\s*(?:cua\s*)?nam"
                              r"\s*(?P<y>(?:19|20)\d\d)(?!\d)")
_ROMAN = ("", "i", "ii", "iii", "iv")


def _months_of_year(m: regex.Match) -> str:
    """The counted months or quarters as a range the parser reads, padded to the same length ("thang 1-9/2025")."""
    n, y, last = int(m["n"]), m["y"], m["e"] == "cuoi"
    if m["u"] == "thang" and (n == 6 and m["e"]) or m["u"] == "quy" and not 1 <= n <= 3:
        return m.group()        # the half year has its own words; four quarters are the year
    if m["u"] == "thang":
        span = f"thang {12 - n + 1}-12/{y}" if last else f"thang 1-{n}/{y}" if n > 1 else f"thang 1/{y}"
    else:
        span = f"quy {_ROMAN[4 - n + 1]}-iv/{y}" if last else f"quy i-{_ROMAN[n]}/{y}" if n > 1 else f"quy i/{y}"
    if len(span) > len(m.group()):
        return m.group()
    unit, rest = span.split(" ", 1)     # padded after the unit's word: the term spans the words, none left in the note
    return unit + " " * (len(m.group()) - len(span) + 1) + rest


_EDITION = regex.compile(r"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}]*)[ \t]+((?:19|20)\d\d)(?![\p{N}/\-.])")
# the last word of every word of time the vocabulary holds (calendar units, a term of office, a project's stage)
_TIME_WORDS = frozenset(_k(w.split()[-1]) for w in (
    *_VOCAB["year_words"], *_VOCAB["quarter_words"], *_VOCAB["month_words"], *_VOCAB["day_words"],
    *_VOCAB["week_words"], *_VOCAB["term_of_office"], *_VOCAB["project_stage"]["opens"]))


def _editions(shown: str, parsed: str) -> str:
    """*parsed* with every year blanked that stands right after a capitalised word of no time, no numeral: an event's
    edition, part of its name ("tổ chức Hội chợ Mùa Thu 2025", "Festival Huế 2026": the Văn phòng Chính phủ's texts
    of 10/2025, held-out set 41, read as the year's end), kept in the note.

    >>> parse_deadline("hoàn thiện Đề án tổ chức Hội chợ Mùa Thu 2025, hoàn thành trong ngày 05/10/2025").kind
    'date'
    >>> parse_deadline("Năm 2025").kind, parse_deadline("QUÝ IV NĂM 2025").kind, parse_deadline("Đến 2030, ...").kind
    ('year', 'quarter', 'year')
    """
    for m in _EDITION.finditer(shown):
        w = m.group(1)
        if _k(w) not in _TIME_WORDS and _k(w) not in _CUES and not regex.fullmatch(r"[IVXLCivxlc]+", w) \
                and not w.isupper():        # (not a cue: "Đến 2030, ...", "Từ 2026")
            parsed = parsed[:m.start(2)] + " " * len(m.group(2)) + parsed[m.end(2):]
    return parsed


# a dated thing of a body: "ngày 07/6/2024 của Đoàn Kiểm tra ..." (an inspection's record, cut from its title: Kế hoạch
# 3070/KH-UBND of Bỉm Sơn, 2024, set 62), unless a cue of time opens the date ("trước ngày ...")
_OWNED_DATE = regex.compile(r"(?<![a-z0-9])(?<!(?:" + _alt([*_VOCAB["cues"]["until"], *_VOCAB["cues"]["from"]])
                            + r")\s*)ngay\s*(?:\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}|\d{1,2}\s*thang\s*\d{1,2}\s*,?\s*nam"
                            r"\s*\d{4})\s*,?\s*cua\s+(?=\S)")


def _owned_dates(shown: str, parsed: str) -> str:
    """*parsed* with every date blanked that belongs to a body named with a capital after "của": the date of a record,
    a visit or a document of that body, no deadline.

    >>> parse_deadline("đối với UBND thị xã Bỉm Sơn ngày 07/6/2024 của Đoàn Kiểm tra 3530 Bộ Công an").kind
    'by_reference'
    >>> parse_deadline("Hoàn thành trước ngày 30/6/2026 của năm kế hoạch").kind
    'date'
    """
    for m in _OWNED_DATE.finditer(parsed):
        if shown[m.end():m.end() + 1].isupper():
            parsed = parsed[:m.start()] + " " * (m.end() - m.start()) + parsed[m.end():]
    return parsed


# a vision or orientation after a period ("thời kỳ 2021 - 2030, tầm nhìn đến năm 2050": Nghị quyết 12/NQ-CP 2023, set
# 60): where the plan looks, no deadline; the period before it is
_VISION = regex.compile(r"(?<=(?:19|20)\d\d)\s*,?\s*(?:va\s+)?" + _alt(_VOCAB["document_titles"]["visions"])
                        + r"\s*(?:nam\s*)?(?:19|20)\d\d(?!\d)")


def _visions(parsed: str) -> str:
    """*parsed* with each vision after a period blanked out.

    >>> d = parse_deadline("Quy hoạch Thủ đô Hà Nội thời kỳ 2021 - 2030, tầm nhìn đến năm 2050")
    >>> d.kind, d.start, d.end
    ('year_range', datetime.date(2021, 1, 1), datetime.date(2030, 12, 31))
    >>> parse_deadline("Tầm nhìn đến năm 2045").end
    datetime.date(2045, 12, 31)
    """
    return _VISION.sub(_blank, parsed) if "tam nhin" in parsed else parsed


def _cell(raw: str, shown: str, k: str, text: str, default_year: int | None) -> _Cell:
    """The cell of *text* (k with what is never parsed blanked), with its citations blanked and its tokens."""
    parsed = _visions(_NAMED_LAW.sub(_blank, text))
    parsed = _editions(shown, parsed) if len(shown) == len(parsed) else parsed
    if "cua " in parsed:      # a titled document is followed by its issuer ("... của UBND")
        parsed = _TITLED.sub(_blank, parsed)
    parsed = _STATUS_DATE.sub(_blank, parsed) if "tinh den" in parsed else parsed
    parsed = _COMPARED.sub(_blank, parsed) if "so voi" in parsed else parsed
    cites = _may_cite(k)
    led = _led_title(parsed) if cites else None
    if led:     # the title of a cited document that opens the clause, whatever periods it names
        parsed = parsed[:led[0]] + " " * (led[1] - led[0]) + parsed[led[1]:]
    parsed = _CITATION.sub(_blank, parsed) if cites else parsed
    if "cua " in parsed and len(shown) == len(parsed):
        parsed = _owned_dates(shown, parsed)
    cited = text != parsed
    parsed = _EVENT_DAY.sub(_blank, parsed) if "ngay" in parsed or "thoi" in parsed else parsed
    parsed = _ORDINAL_DAY.sub(lambda m: m.group(1) + " " * len(m.group(2)), parsed) if "ngay thu" in parsed else parsed
    parsed = _FIRST_MONTHS.sub(_months_of_year, parsed) if "nam" in parsed else parsed
    parsed = _DAY_SPAN.sub(_day_span, parsed) if "-" in parsed else parsed
    return _Cell(raw, shown, k, parsed, _as_printed(_tokens(parsed), shown), cited, default_year, cites=cites)


def _read_brackets(cell: _Cell) -> _Cell:
    """When the text outside the brackets names no period and no recurrence, brackets that hold a period with its
    year or a recurrence are read: they are the deadline, not a gloss.

    >>> d = parse_deadline("Cao điểm trong 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03/12/2025)")
    >>> d.kind, d.start, d.end, d.note
    ('month_range', datetime.date(2025, 11, 20), datetime.date(2025, 12, 3), 'Cao điểm trong 10 ngày làm việc')
    >>> parse_deadline("Trình tại Phiên họp thứ 44 (tháng 4/2025); Trình tại Kỳ họp thứ 9 (tháng 5/2025)").milestones
    (datetime.date(2025, 4, 30), datetime.date(2025, 5, 31))
    >>> parse_deadline("định kỳ (hằng năm)").recurrence
    'yearly'
    >>> parse_deadline("Thực hiện thường xuyên (hoàn thành việc kết nối trong năm 2026)").kind
    'continuous'
    """
    if any(it.kind in _OUTSIDE_NAMES for it in cell.items):
        return cell
    opened = _cell(cell.raw, cell.shown, cell.k, cell.k.replace("(", " ").replace(")", " "), cell.default_year)
    if any(it.kind in _REC_KINDS or it.kind == "term" and any(t.year for t in it.terms) or _once_each(opened, it)
           for it in opened.items):
        return opened
    return cell


def _once_each(cell: _Cell, it: _Item) -> bool:
    """A span with "lần" in it, once each span ("2 năm một lần", "06 tháng một lần"): a recurrence with no name.

    >>> parse_deadline("báo cáo cập nhật (2 năm một lần)").kind
    'recurring'
    """
    return it.kind == "interval" and _TIMES_WORD.search(cell.k, it.start, it.end) is not None


def _as_printed(items: list[_Item], shown: str) -> list[_Item]:
    """A one-syllable cue printed with other marks than the cue's is another word ("đầu tư" is no "từ"); text
    typed without marks keeps its cues.

    >>> [it.kind for it in _as_printed(_tokens("dau tu 2026"), "đầu tư 2026")]
    ['word', 'word', 'term']
    >>> [it.kind for it in _as_printed(_tokens("tu 2026"), "từ 2026")]
    ['from', 'term']

    "theo quý" and its like (``recurring_in_sentence``) count only as printed with their marks:

    >>> [it.kind for it in _as_printed(_tokens("theo quy dinh"), "theo quy định")]
    ['word', 'word', 'word']
    >>> [it.kind for it in _as_printed(_tokens("theo quy"), "theo quý")]
    ['rec_quarterly']

    So does a period after a day (``day_in_period``), in a text printed with marks:

    >>> parse_deadline("trước ngày 15 của quy định này").kind, parse_deadline("trước ngày 15 của quý").recurrence
    ('unparsed', 'quarterly')
    """
    unmarked = []
    plain = shown.isascii()      # text typed without marks keeps its cues
    for it in items:
        if it.kind in _NEVER_CUES:
            continue        # neither a cue printed otherwise nor a recurrence: nothing to look up
        printed = shown[it.start:it.end].lower()
        key = _k(printed)
        forms = _CUE_FORMS.get(key)
        if forms and not printed.isascii() and printed not in forms:
            it.kind = "word"
        forms = _PRINTED_ONLY.get(key.replace(" ", "")) if it.kind in _REC_SET else None
        if forms is None and it.kind in _REC_SET and not plain:
            forms = _PERIOD_FORMS.get(key.replace(" ", ""))
        if forms and unicodedata.normalize("NFC", " ".join(printed.split())) not in forms:
            unmarked.append(it)
    for it in unmarked:         # "theo quy định": words
        i = items.index(it)
        items[i:i + 1] = [_Item("word", it.start + m.start(), it.start + m.end())
                          for m in regex.finditer(r"[a-z0-9]+", _k(shown[it.start:it.end]))]
    return items


@dataclass
class _Chain:
    """Terms joined by range or list joiners, with the cue before them and an "onward" after."""

    items: list[_Item]
    joins: list[_Item]
    before: _Item | None
    onward: _Item | None
    terms: list[_Term] = field(default_factory=list)


def _skip_fillers(items: list[_Item], i: int, step: int) -> int:
    while 0 <= i < len(items) and items[i].kind == "filler":
        i += step
    return i


def _chain_at(items: list[_Item], ti: int) -> tuple[_Chain, int]:
    chain, joins = [items[ti]], []
    j = ti + 1
    while j + 1 < len(items) and items[j].kind in ("rdash", "until", "lpunct", "ljoin", "cjoin"):
        nxt = _skip_fillers(items, j + 1, 1)
        if nxt < len(items) and items[nxt].kind == "term":
            joins.append(items[j])
            chain.append(items[nxt])
            j = nxt + 1
        else:
            break
    p = _skip_fillers(items, ti - 1, -1)
    before = items[p] if p >= 0 and items[p].kind in ("from", "until", "after", "milestones") else None
    q = _skip_fillers(items, j if len(chain) > 1 else ti + 1, 1)
    onward = items[q] if q < len(items) and items[q].kind == "onward" else None
    terms = [t for it in chain for t in it.terms]
    return _Chain(chain, joins, before, onward, terms), j


def _chains(items: list[_Item]) -> list[_Chain]:
    """Every chain of periods, in order (a term belongs to one chain)."""
    out, i = [], 0
    while i < len(items):
        if items[i].kind == "term":
            c, i = _chain_at(items, i)
            out.append(c)
        else:
            i += 1
    return out


def _check_broken(cell: _Cell) -> None:
    """A unit word before a number the period rules refused ("Quý V/2026") makes the cell unparsed."""
    items, parsed = cell.items, cell.parsed
    for a, b in zip(items, items[1:]):
        if a.kind == "word" and a.end < len(parsed) and _UNIT.fullmatch(parsed[a.start:a.end]) \
                and b.kind == "word" and _NUMERAL.fullmatch(parsed[b.start:b.end]):
            raise _Bad("broken period")


@dataclass
class _Period:
    kind: str
    start: date | None = None
    end: date | None = None
    milestones: tuple = ()


def _chain_period(cell: _Cell, c: _Chain, ms_cue: bool) -> _Period:
    """The period one chain names, with its cue ("từ", "trước", "sau", "mốc") and "trở đi" applied."""
    cell.inferred |= _resolve(c.terms, cell.default_year)
    for it in c.items + c.joins:
        it.used = True
    c = _held_first(c)
    terms, before = c.terms, c.before
    bounds = [t.bounds() for t in terms]
    internal = len(c.items) == 1 and len(terms) > 1 and _INTERNAL_JOIN.search(cell.parsed[c.items[0].start:c.items[0].end])
    ranged = (len(c.items) == 2 and all(x.kind in ("rdash", "until", "cjoin") for x in c.joins)) or internal
    if ms_cue:
        if before is not None and before.kind == "until":
            before.used = True
        ms = tuple(sorted({b for _, b in bounds}))
        return _Period("milestones", None, ms[-1], ms)
    if len(terms) >= 2 and c.joins and cell.parsed[c.joins[-1].start:c.joins[-1].end].startswith("truoc") \
            and terms[-2].gran == "year" != terms[-1].gran and (len(terms) == 2 and ranged or len(terms) == 3
                                                                and c.joins[0].kind == "rdash") \
            and bounds[0][0] <= bounds[-1][0] <= bounds[-2][1]:
        # "... năm 2025 trước ngày 08/4/2025", "... giai đoạn 2023-2025 trước ngày 01/9/2023" (a Bộ Thông tin và
        # Truyền thông letter of 2023, set 42): a deadline within the years named
        return _Period(terms[-1].gran, None, bounds[-1][1])
    if len(terms) == 1 or ranged:
        p = _single_or_range(terms, bounds, before, c.onward, ranged, c.joins[0].kind if c.joins else "")
        if len(terms) == 1 and p.start is None and before is not None and _within(cell, before, terms[0]):
            p.start = bounds[0][0]      # "chậm nhất trong tháng 10": the whole month
        cell.before_period |= p.start is None and _before_word(cell, before) and terms[0].gran != "date"
        return p
    grans = {t.gran for t in terms}   # a list: contiguous periods of one kind are a range, else milestones
    if grans == {"year"} and (tiled := _tiled_years(_spans(c.joins, bounds))) is not None:
        return tiled        # "năm 2025 và giai đoạn 2026 - 2030"
    idx = [t.index() for t in terms] if len(grans) == 1 else []
    if idx and all(y - x == 1 for x, y in zip(idx, idx[1:])):
        if before is not None and before.kind == "from":
            before.used = True
        return _Period("year_range" if grans == {"year"} else "month_range", bounds[0][0], bounds[-1][1])
    if len(grans) > 1 and grans <= {"month", "quarter", "half_year", "year"} and _tiled_months(_spans(c.joins, bounds)):
        if before is not None and before.kind == "from":
            before.used = True
        return _Period("month_range", bounds[0][0], bounds[-1][1])      # "Quý III, IV/2026, 2027"
    ms = tuple(sorted({b for _, b in bounds}))
    return _Period("milestones", None, ms[-1], ms)


def _tiled_months(spans: list[tuple]) -> bool:
    """Do periods of different lengths (quarters, then a year) follow one another with no gap, each whole months ("Quý
    III, IV/2026, 2027", "Quý IV/2026, 2027": a Lào Cai plan of 2026, set 52, labels one month_range; read as
    milestones)?

    >>> parse_deadline("Quý III, IV/2026, 2027").kind, parse_deadline("Quý II/2026, 2027").kind
    ('month_range', 'milestones')
    """
    if len(spans) < 2 or any(a is None or b is None for a, b in spans):
        return False
    whole = all(a.day == 1 and (b + timedelta(days=1)).day == 1 for a, b in spans)
    return whole and all(c == b + timedelta(days=1) for (_, b), (c, _) in zip(spans, spans[1:]))


def _spans(joins: list[_Item], bounds: list[tuple]) -> list[tuple]:
    """The periods a list of terms names: a range joiner ("-", "đến") joins two terms into one."""
    spans = [list(bounds[0])]
    for j, b in zip(joins, bounds[1:]):
        if j.kind in ("rdash", "until", "cjoin"):
            spans[-1][1] = b[1]
        else:
            spans.append(list(b))
    return [tuple(x) for x in spans]


def _joined_to_previous(cell: _Cell, chains: list[_Chain], c: _Chain) -> bool:
    """Only a list joiner ("và", a comma) between chain *c* and the one before it, "đến" at most after it ("năm 2022 và
    đến năm 2025": one span of years; "trong năm 2026, phấn đấu đến năm 2030 ...", "năm 2025 phấn đấu đạt trên 8%, ...
    và giai đoạn 2026-2030 ...": steps, each with its own aim)."""
    i = chains.index(c)
    if i == 0:
        return False
    between = cell.parsed[chains[i - 1].items[-1].end:c.items[0].start]
    return bool(_LIST_JOIN.fullmatch(between))


def _tiled_years(spans: list[tuple]) -> _Period | None:
    """Whole years that follow one another with no gap, each from its first day to its last ("năm 2025 và giai đoạn
    2026 - 2030", "năm 2022 và đến năm 2025": Chỉ thị 30/CT-TTg 2025, set 40, and a Hải Dương plan, set 38, read as
    milestones): one year_range over them all; a span with no start ("... năm 2022 và đến năm 2025") runs on
    from the one before.  None when they do not tile.

    >>> parse_deadline("đáp ứng mục tiêu tăng trưởng kinh tế năm 2025 và giai đoạn 2026 - 2030").kind
    'year_range'
    >>> parse_deadline("Năm 2025 và năm 2027").kind
    'milestones'
    """
    if len(spans) < 2 or spans[0][0] is None:
        return None
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if b is None or d is None or (c is not None and c != b + timedelta(days=1)) or (c is None and d <= b):
            return None
    if any(s is not None and (s.month, s.day) != (1, 1) for s, _ in spans) or any((e.month, e.day) != (12, 31)
                                                                                 for _, e in spans):
        return None
    return _Period("year_range", spans[0][0], spans[-1][1])


_WITHIN = regex.compile(r"\s*trong(?![a-z])")


def _within(cell: _Cell, before: _Item, term) -> bool:
    """"chậm nhất trong tháng 10 năm 2025": "trong" after the cue names the whole month (or quarter, or year) as the
    time the work is done in, not only its end (held-out sets 22 and 43 label it the month).

    >>> d = parse_deadline("hoàn thành chậm nhất trong tháng 10 năm 2025")
    >>> d.kind, d.start, d.end
    ('month', datetime.date(2025, 10, 1), datetime.date(2025, 10, 31))
    >>> parse_deadline("chậm nhất trong ngày 06 tháng 10 năm 2025").start is None
    True
    """
    return term.gran != "date" and _WITHIN.match(cell.parsed, before.end) is not None


def _before_word(cell: _Cell, before: _Item | None) -> bool:
    """The cue is "trước" ("before"), not "đến", "chậm nhất" ...: before a whole period it reads two ways.

    >>> d = parse_deadline("Hoàn thành trước tháng 3/2027")
    >>> d.end, d.before_period
    (datetime.date(2027, 3, 31), True)
    >>> parse_deadline("Hoàn thành trước ngày 31/3/2027").before_period, parse_deadline("Đến tháng 3/2027").before_period
    (False, False)
    """
    return before is not None and before.kind == "until" \
        and _TRUOC.search(cell.parsed[before.start:before.end]) is not None


def _held_first(c: _Chain) -> _Chain:
    """A period, then ("và", ",") the range that holds it, is that range ("năm 2025 và giai đoạn 2025 - 2030" is
    2025-2030): the chain without its first period.

    >>> d = parse_deadline("năm 2025 và giai đoạn 2025 - 2030")
    >>> d.kind, d.start, d.end
    ('year_range', datetime.date(2025, 1, 1), datetime.date(2030, 12, 31))
    """
    if len(c.items) != 3 or len(c.terms) != 3 or c.joins[0].kind not in ("ljoin", "lpunct") \
            or c.joins[1].kind not in ("rdash", "until"):
        return c
    (a, b), lo, hi = c.terms[0].bounds(), c.terms[1].bounds()[0], c.terms[2].bounds()[1]
    if not lo <= a <= b <= hi:
        return c
    return _Chain(c.items[1:], c.joins[1:], c.before, c.onward, c.terms[1:])


def _single_or_range(terms, bounds, before, onward, ranged, joined: str = "") -> _Period:
    if ranged and len(terms) > 2:
        raise _Bad("range of more than two")
    a, b = bounds[0][0], bounds[-1][1]
    if a > b:
        raise _Bad("reversed")
    if len(terms) == 1:
        kind = terms[0].gran
    else:
        kind = "year_range" if all(t.gran == "year" for t in terms) else "month_range"
    p = _Period(kind, a, b)
    if before is not None and len(terms) == 2 and before.kind == "after":
        before.used = True      # "sau năm 2030 đến năm 2050": from the day after the first period (set 54);
        # "sau giai đoạn 2021 - 2025": after the whole period, no end
        return _Period(kind, bounds[0][1] + timedelta(days=1), b) if joined == "until" \
            else _Period("open_ended", b + timedelta(days=1))
    if before is not None and (len(terms) == 1 or before.kind == "from"):
        before.used = True
        if len(terms) == 1 and before.kind == "until":
            p.start = None
        elif len(terms) == 1 and before.kind == "after":
            p = _Period("open_ended", b + timedelta(days=1))
        elif len(terms) == 1 and before.kind == "from":
            p = _Period("open_ended", a)
    if onward is not None:
        onward.used = True
        if p.kind != "open_ended":
            p = _Period("open_ended", p.start)
    return p


def _periods(cell: _Cell, chains: list[_Chain]) -> _Period:
    """The period of the cell: one chain's, or every step's end as milestones."""
    _check_broken(cell)
    ms_cue = any(it.kind == "milestones" for it in cell.items)
    if ms_cue:
        for it in cell.items:
            if it.kind == "milestones":
                it.used = True
    chains = _started_ends(cell, _restated_ends(_named_years(cell, chains)))
    first = _chain_period(cell, chains[0], ms_cue)
    if len(chains) == 1:
        return first
    day = None if ms_cue else _day_before_periods(cell, chains)
    if day is not None:
        return day
    tiled = None if ms_cue else _tiled_chains(cell, chains)
    if tiled is not None:
        return tiled        # "năm 2022 và đến năm 2025"
    starts = [c for c in chains[1:-1] if c.before is not None and c.before.kind == "from"]
    rest = [c for c in chains[1:] if not (c.before is not None and c.before.kind in ("from", "after"))]
    if (first.kind == "open_ended" or len(rest) + len(starts) < len(chains) - 1 or not rest
            or rest[-1] is not chains[-1]):
        return first       # "hoàn thành ..., duy trì từ ...": the steps are not all dated ends
    ends = set(first.milestones) | {first.end}
    for c in starts:       # "Quý II/2026, từ 01/7/2026, cuối năm 2026": a step that starts between dated ends
        ends.add(_chain_period(cell, c, ms_cue).start)
    for c in rest:
        p = _chain_period(cell, c, ms_cue)
        if p.end is None:
            raise _Bad("open step")
        ends |= set(p.milestones) | {p.end}
    ms = tuple(sorted(ends))
    return _Period("milestones", None, ms[-1], ms)


def _tiled_chains(cell: _Cell, chains: list[_Chain]) -> _Period | None:
    """Chains of years only, the first with no cue and each after it joined to the one before by a list word, "đến"
    at most, that tile whole years (:func:`_tiled_years`): their span, every word of theirs used; else None."""
    if chains[0].before is not None or not all(t.gran == "year" for c in chains for t in c.terms) \
            or not all((c.before is None or c.before.kind == "until") and _joined_to_previous(cell, chains, c)
                       for c in chains[1:]):
        return None
    tiled = _tiled_years([(p.start, p.end) for p in (_quietly(cell, c) for c in chains)
                          if p.kind in ("year", "year_range")])
    if tiled is not None:
        for c in chains:
            for it in c.items + c.joins + ([c.before] if c.before is not None else []):
                it.used = True
    return tiled


def _day_before_periods(cell: _Cell, chains: list[_Chain]) -> _Period | None:
    """The one day a "trước"-like cue gives, where every other period of the cell has no cue and starts no later: the
    periods name what is reported on or when ("... 9 tháng đầu năm 2025 báo cáo Thủ tướng Chính phủ trước ngày 15
    tháng 10 năm 2025", "... cho đầu năm học 2025-2026 gửi về Bộ ... trước 15h00 ngày 14 tháng 10 năm 2025": Bộ Tài
    chính and Prime Minister's texts of 10/2025, sets 39-40, read as milestones), not steps; else None.

    >>> parse_deadline("khẩn trương lập báo cáo kết quả đầu tư 9 tháng đầu năm 2025 báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 10 năm 2025").kind
    'date'
    >>> parse_deadline("Năm 2026: trước ngày 30/6/2026 ban hành, Quý IV/2027 hoàn thành").kind
    'milestones'
    """
    ended = [c for c in chains if c.before is not None and c.before.kind == "until"]
    if len(ended) != 1:
        return None
    p = _quietly(cell, ended[0])
    if p.kind != "date" or p.end is None:
        return None
    for c in chains:
        if c is ended[0]:
            continue
        q = _quietly(cell, c) if c.before is None and c.onward is None and not _opens(cell, c) else None
        if q is None or q.start is None or q.start > p.end:
            return None     # (a period that opens the cell is a step: "Quý I/2026. Có trong danh sách ... trước 31/5/2026")
    held = cell.before_period
    for c in chains:
        if c is not ended[0]:
            _chain_period(cell, c, False)       # read, so that their words leave the note
    cell.before_period = held
    return _chain_period(cell, ended[0], False)


def _quietly(cell: _Cell, c: _Chain) -> _Period:
    """The period chain *c* names, leaving the cell's marks as they were (what is used, an end given "before")."""
    items = [*cell.items]
    used = [it.used for it in items]
    before = cell.before_period
    p = _chain_period(cell, c, False)
    for it, u in zip(items, used):
        it.used = u
    cell.before_period = before
    return p


def _named_years(cell: _Cell, chains: list[_Chain]) -> list[_Chain]:
    """A bare year inside running words, before a finer deadline of that year or after a later one, names what is
    reported on, not a step ("báo cáo kết quả Tháng hành động năm 2025 ... trước ngày 16 tháng 12 năm 2025"): it stays
    in the note.  A finer period that opens the cell is its deadline as a cue-ended one is ("Quý I/2027, ... đánh giá,
    xếp loại chỉ số CCHC năm 2026 ...").

    >>> parse_deadline("báo cáo kết quả Tháng hành động năm 2025 về Sở Nội vụ trước ngày 16 tháng 12 năm 2025").kind
    'date'
    >>> parse_deadline("Năm 2026: trước ngày 30/6/2026 ban hành, Quý IV/2027 hoàn thành").kind
    'milestones'
    >>> parse_deadline("xong trước ngày 01 tháng 8 năm 2026 đối với chi phí năm 2024").kind   # an earlier year after
    'date'
    >>> parse_deadline("Quý I/2027, đánh giá, xếp loại chỉ số CCHC năm 2026").kind
    'quarter'
    >>> parse_deadline("Ngày hội 2025 sẽ diễn ra từ ngày 01/11/2025 đến hết ngày 18/11/2025.").kind
    'month_range'
    """
    def deadline_year(d: _Chain) -> int | None:
        """The year of a finer period a "trước"-like cue ends on, that opens the cell or that runs from one day to
        another ("từ ngày 01/11/2025 đến hết ngày 18/11/2025"), else None."""
        ranged = d.before is not None and d.before.kind == "from" and len(d.terms) > 1
        ended = d.before is not None and d.before.kind == "until" or _opens(cell, d) or ranged
        return d.terms[-1].year if ended and d.terms[-1].gran != "year" else None

    def named(i: int, c: _Chain) -> bool:
        p = cell.items.index(c.items[0]) - 1
        y = c.terms[0].year
        return (c.before is None and len(c.terms) == 1 and c.terms[0].gran == "year" and p >= 0 and y is not None
                and cell.items[p].kind == "word"
                and (any(deadline_year(d) == y for d in chains[i + 1:])     # "... năm 2025 ... trước ngày 16/12/2025"
                     or any((deadline_year(d) or 0) > y for d in chains[:i])))   # "... đối với chi phí năm 2024"
    kept = [c for i, c in enumerate(chains) if not named(i, c)]
    return kept or chains


def _started_ends(cell: _Cell, chains: list[_Chain]) -> list[_Chain]:
    """A start ("từ" + one period) then, later in the same sentence, an end ("trước" + one period) not before it are one
    range, whatever words stand between ("từ ngày 1/7/2025, phấn đấu hoàn thành trước ngày 15/7/2025").

    >>> d = parse_deadline("Đưa vào hoạt động từ ngày 1/7/2025, phấn đấu hoàn thành trước ngày 15/7/2025.")
    >>> d.kind, d.start, d.end
    ('month_range', datetime.date(2025, 7, 1), datetime.date(2025, 7, 15))
    """
    out: list[_Chain] = []
    for c in chains:
        p = out[-1] if out else None
        if p is not None and _start_then_end(cell, p, c):
            end = c.before or _ended_by(cell, p, c)     # "... kết thúc ... vào tháng 10/2025": the end word joins
            out[-1] = _Chain(p.items + c.items, p.joins + [end], p.before, c.onward, p.terms + c.terms)
        else:
            out.append(c)
    return out


# the word that says the next period is when the work ends ("kết thúc"), keyed as the parsed text is
_END_WORD = regex.compile(r"(?<![a-z])ket thuc(?![a-z])")


def _ended_by(cell: _Cell, a: _Chain, b: _Chain) -> _Item:
    """The end word between chains *a* and *b*, as the item that joins them (an "until")."""
    e = _END_WORD.search(cell.parsed, a.items[0].end, b.items[0].start)
    return _Item("until", e.start(), e.end(), used=True)


def _start_then_end(cell: _Cell, a: _Chain, b: _Chain) -> bool:
    """*a* is "từ" + one period, *b* "trước"/"đến" + one period, in one sentence, and *b* ends no earlier than *a*
    starts."""
    if len(a.items) != 1 or len(b.items) != 1 or len(a.terms) != 1 or len(b.terms) != 1 or a.onward is not None \
            or a.before is None or a.before.kind != "from":
        return False
    between = cell.parsed[a.items[0].end:b.items[0].start]
    ended = _END_WORD.search(between)      # "bắt đầu từ ngày 06/9/2024; kết thúc trước ngày 18/01/2025"
    if ended is not None and b.before is None:
        pass        # "triển khai từ tháng 03/2025 và cơ bản kết thúc thanh tra vào tháng 10/2025"
    elif b.before is None or b.before.kind != "until" \
            or regex.search(r"[.;:]\s" if ended is None else r"\.\s", cell.parsed[a.items[0].end:b.before.start] + " "):
        return False
    try:
        ta, tb = replace(a.terms[0]), replace(b.terms[0])   # copies: the chain resolves its own years later
        _resolve([ta, tb], cell.default_year)
        return ta.bounds()[0] <= tb.bounds()[1]
    except _Bad:
        return False


def _event_names(cell: _Cell, chains: list[_Chain]) -> list[_Chain]:
    """A bare year after the words of an event's clause ("sau khi" + words, no punctuation or other cue between) names
    what the event is about, not a period: it stays in the note.

    >>> parse_deadline("Sau khi VCCI tổ chức công bố kết quả PCI năm 2025").kind
    'by_reference'
    """
    return [c for c in chains if not _in_event_clause(cell, c) and not _of_office(cell, c)]


def _of_office(cell: _Cell, c: _Chain) -> bool:
    """A term of office ("nhiệm kỳ 2026 - 2031") after the words of a body's name ("đại biểu Hội đồng nhân dân các cấp
    nhiệm kỳ 2026 - 2031") names the body's term, no period; opening the cell ("nhiệm kỳ 2025 - 2030") it is the period.

    >>> parse_deadline("Ngày 15/3/2026, cử tri đi bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031!").kind
    'date'
    >>> parse_deadline("nhiệm kỳ 2025 - 2030").kind, parse_deadline("đạt chuẩn cho nhiệm kỳ 2016 - 2021").kind
    ('year_range', 'year_range')
    """
    start = c.items[0].start
    m = _OFFICE.search(cell.parsed, max(0, start - 24), start) if c.before is None else None
    if m is None:
        return False
    prev = [it for it in cell.items if it.end <= m.start() and it.kind != "lpunct"]   # "... tỉnh Lào Cai, nhiệm kỳ"
    before = cell.parsed[:m.start()].split()
    return bool(prev) and prev[-1].kind == "word" and not (before and before[-1] in _OFFICE_PERIOD)


def _in_event_clause(cell: _Cell, c: _Chain) -> bool:
    """A bare year after an event's clause and its words ("sau khi" + words), or after a council's session and its
    words, no filler between ("Kỳ họp giữa năm 2026", "Kỳ họp chuyên đề 2026"; see ``named_sessions``).

    >>> parse_deadline("Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026").kind
    'by_reference'
    >>> parse_deadline("Kỳ họp chuyên đề tháng 5/2026").kind, parse_deadline("trình kỳ họp HĐND trong năm 2026").kind
    ('month', 'year')
    """
    if c.before is not None or c.onward is not None or len(c.terms) != 1 or c.terms[0].gran != "year":
        return False
    i = cell.items.index(c.items[0]) - 1
    words = fillers = 0
    while i >= 0 and cell.items[i].kind in ("word", "filler"):
        words += cell.items[i].kind == "word"
        fillers += cell.items[i].kind == "filler"
        i -= 1
    it = cell.items[i] if i >= 0 else None
    if it is None or it.kind != "relative":
        return False
    if _SESSION.fullmatch(cell.parsed[it.start:it.end]) is not None:
        return not fillers
    return words > 0 and _EVENT_CLAUSE.fullmatch(cell.parsed[it.start:it.end]) is not None


def _opens(cell: _Cell, c: _Chain) -> bool:
    """The chain opens the cell: nothing but fillers before it ("Hoàn thành Quý I/2027, ...")."""
    return _skip_fillers(cell.items, cell.items.index(c.items[0]) - 1, -1) < 0


def _restated_ends(chains: list[_Chain]) -> list[_Chain]:
    """A date that is the last day of a period already named ends that period, it is no second step ("trong năm
    2026 và tính đến hết ngày 31/12/2026" is the year 2026): it is used and dropped.

    >>> d = parse_deadline("Phong trào thi đua trong năm 2026 và tính đến hết ngày 31/12/2026.")
    >>> d.kind, d.start, d.end
    ('year', datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
    """
    kept: list[_Chain] = []
    for c in chains:
        if any(_last_day_of(c, k) for k in kept):
            for it in c.items + ([c.before] if c.before is not None else []):
                it.used = True
        else:
            kept.append(c)
    return kept


def _last_day_of(c: _Chain, k: _Chain) -> bool:
    """*c* is one date (with no cue, or an end cue) on the last day of the period *k* ends, named with no cue or an
    end cue."""
    t, u = c.terms[-1], k.terms[-1]
    if len(c.terms) > 1 or t.gran != "date" or t.year is None or u.year is None or u.gran == "day" \
            or any(x.before is not None and x.before.kind != "until" for x in (c, k)):
        return False
    try:
        return t.bounds()[1] == u.bounds()[1]
    except _Bad:
        return False


def _mark(cell: _Cell, *kinds: str) -> list[_Item]:
    found = [it for it in cell.items if it.kind in kinds]
    for it in found:
        it.used = True
    return found


def _from_start(cell: _Cell, chains: list[_Chain]) -> date | None:
    """'từ <period>' or '<period> trở đi' inside a continuous or recurring cell: its start.

    >>> parse_deadline("Năm 2026 trở đi, sửa đổi, bổ sung mỗi năm").start
    datetime.date(2026, 1, 1)
    """
    for c in chains:
        if c.before is not None and c.before.kind == "from" or c.onward is not None:
            cell.inferred |= _resolve(c.terms[:1], cell.default_year)
            for it in (c.before, c.items[0], c.onward):
                if it is not None:
                    it.used = True
            return c.terms[0].bounds()[0]
    return None


_COUNT_BEFORE = regex.compile(r"(?<![a-z0-9/.,])\d{1,3}\s*" + _alt(_VOCAB["intervals"]["every"]) + r"\s*$")


def _counted_run(cell: _Cell) -> bool:
    """Is every continuous cue of the cell the adjective of a count ("trong thời hạn 24 tháng liên tục kể từ ngày
    ...": 24 months running, a time limit; Nghị định 138/2026/NĐ-CP, set 31)?

    >>> parse_deadline("trong thời hạn 24 tháng liên tục kể từ ngày được cấp giấy chứng nhận").kind
    'by_reference'
    """
    cues = [it for it in cell.items if it.kind == "continuous"]
    return bool(cues) and all(_COUNT_BEFORE.search(cell.parsed, 0, it.start) for it in cues)


def _continuous(cell: _Cell, chains: list[_Chain]) -> tuple[_Period, bool]:
    """"thường xuyên": with a dated completion first, the period and continuing; else continuous."""
    _mark(cell, "continuous")
    dated = [c for c in chains if c.before is None or c.before.kind not in ("from", "after")]
    if dated and dated[0] is chains[0]:
        p = _periods(cell, chains)
        if p.end is not None:
            return p, True
    return _Period("continuous", _from_start(cell, chains)), False


def _completed_first(cell: _Cell, chains: list[_Chain], cues: tuple[str, ...]) -> _Period | None:
    """A completion dated with its own year, printed before the recurrence ("Hoàn thành kiểm kê lần đầu trong
    năm 2026. Định kỳ cập nhật ..."): its period is the deadline and the recurring upkeep goes on after it.

    >>> d = parse_deadline("Hoàn thành kiểm kê lần đầu trong năm 2026. Định kỳ cập nhật kết quả")
    >>> d.kind, d.end, d.continuing, d.recurrence
    ('year', datetime.date(2026, 12, 31), True, None)
    >>> parse_deadline("Trước ngày 15/12 hằng năm").kind, parse_deadline("Năm 2026 và hằng năm").kind
    ('recurring', 'recurring')
    >>> parse_deadline("1900 các năm sau hàng ngày").kind    # a start with no end (found by the property test)
    'recurring'
    """
    first_cue = min((it.start for it in cell.items if it.kind in cues), default=None)
    if first_cue is None:       # the reporting year inside a period's words: no cue of its own
        return None
    before = [c for c in chains if c.items[-1].end <= first_cue]
    if len(before) < len(chains) or any(t.year is None for c in before for t in c.terms) \
            or any(c.before is not None and c.before.kind in ("from", "after") for c in before) \
            or any(c.onward is not None for c in before) \
            or _AND_ONLY.fullmatch(cell.k[before[-1].items[-1].end:first_cue]):
        return None     # "Năm 2026 và hằng năm": the first year of the recurrence; a start is no completion
    _mark(cell, *cues)
    return _periods(cell, before)


def _recurring(cell: _Cell, chains: list[_Chain]) -> tuple[_Period, str | None, int | None, int | None]:
    """"hằng năm", "năm liền kề" ...: the recurrence (of several, the most frequent), its day and month, a start ("từ
    2026").

    >>> d = parse_deadline("Hằng năm, 06 tháng, hằng quý hoặc khi cần thiết")
    >>> d.kind, d.recurrence
    ('recurring', 'quarterly')
    >>> d = parse_deadline("phải trình trước ngày 20 của tháng")
    >>> d.kind, d.recurrence, d.recurrence_day
    ('recurring', 'monthly', 20)
    >>> parse_deadline("chậm nhất vào thứ Năm của tuần trước").recurrence
    'weekly'
    """
    marked = _mark(cell, *_REC_KINDS, "rec_none", "rec_stage")
    recs = [it.kind[4:] for it in marked if it.kind not in ("rec_none", "rec_stage")]
    rec = max(recs, key=RECURRENCES.index) if recs else None    # several listed: the most frequent
    if rec is not None and any(it.days is not None and it.days < _REC_DAYS[rec] for it in cell.items):
        rec = None      # "6 tháng, hằng năm": the most frequent has no name (the cell says so: recurrence unnamed)
    day = month = None
    windows = []
    for c in chains:
        t = c.terms[0]
        if _day_window(c):              # "từ ngày 10 đến ngày 15 tháng 12 hằng năm": due by its last day
            t = c.terms[-1]
            windows.append(c)
        if (_day_window(c) or all(u.year is None and u.gran == t.gran for u in c.terms)
                and t.gran in ("date", "day", "month") and (len(c.terms) == 1 or t.gran == "date")) \
                and day is None:                                           # "trước ngày 01/6 và 15/11 hằng năm"
            day, month = (t.a, t.b) if t.gran == "date" else (t.a, None) if t.gran == "day" else (None, t.a)
            if month is not None and not 1 <= month <= 12 or day is not None and not (
                    1 <= day <= (calendar.monthrange(2000, month)[1] if month else 31)):
                raise _Bad("day or month")
            c.items[0].used = True
            if c.before is not None and c.before.kind == "until":
                c.before.used = True
    if month is not None and rec is None and not any(it.kind in ("interval", "rec_stage") for it in cell.items):
        rec = "yearly"      # a bare "định kỳ" with a month and no year ("trước ngày 20/11"): every year
    if rec == "yearly":
        rec = _calendar_rate(chains) or rec
    if month is not None and rec != "yearly":
        month = None if rec is not None else month
    if _LUNAR.search(cell.k):
        day = month = None      # "ngày 15 tháng 8 âm lịch": every year, on no fixed day of the solar calendar
    for c in windows:
        for it in (c.before, *c.items, *c.joins):
            if it is not None:
                it.used = True
    return _Period("recurring", _from_start(cell, [c for c in chains if c not in windows])), rec, day, month


_LUNAR = regex.compile(r"(?<![a-z])am lich(?![a-z])")


def _calendar_rate(chains: list[_Chain]) -> str | None:
    """The same day of the year's months, no year printed anywhere, in the order of the year, one in each quarter
    (four) or in each month (twelve): a yearly calendar of quarterly or monthly reports (the periods reported on may be named beside them) ("- Ngày 22 tháng 3: Ước tính quý I năm báo cáo - Ngày 22 tháng 6: ... - Ngày 22
    tháng 9: ... - Ngày 22 tháng 11: ...": a statistical circular's table, set 22).

    >>> d = parse_deadline("Ngày 22 tháng 3, ngày 22 tháng 6, ngày 22 tháng 9 và ngày 22 tháng 11 năm báo cáo")
    >>> d.recurrence, d.recurrence_day, d.recurrence_month
    ('quarterly', 22, None)
    >>> parse_deadline("trước ngày 15/6 và 15/12 hằng năm").recurrence
    'yearly'
    """
    if any(t.year is not None for c in chains for t in c.terms):
        return None
    days = [(t.a, t.b) for c in chains for t in c.terms if t.gran == "date"]
    months = [m for _, m in days]
    if len({d for d, _ in days}) != 1 or months != sorted(set(months)):
        return None             # a recurrence has one day; its months run through the year in order
    if len(days) == 4 and len({(m - 1) // 3 for m in months}) == 4:
        return "quarterly"
    return "monthly" if len(days) == 12 else None


def _day_window(c: _Chain) -> bool:
    """Days of one month with no year, from the first to the last ("từ ngày 10 đến ngày 15 tháng 12", "10/12 -
    15/12"): a window that recurs with the cell's recurrence, due by its last day.

    >>> d = parse_deadline("gửi báo cáo từ ngày 16 đến ngày 31 tháng 12 hằng năm")
    >>> d.kind, d.recurrence, d.recurrence_day, d.recurrence_month
    ('recurring', 'yearly', 31, 12)
    """
    a, b = (c.terms + c.terms)[:2]
    return len(c.terms) == 2 and b.gran == "date" and all(u.year is None for u in c.terms) \
        and (a.gran == "day" or a.gran == "date" and a.b == b.b) and c.joins[0].kind in ("until", "rdash")


def _classify(cell: _Cell) -> Deadline:
    """Decide the kind from the cues and periods found, and build the Deadline."""
    kinds = {it.kind for it in cell.items}
    chains = _event_names(cell, _chains(cell.items))
    rec = day = month = None
    continuing = False
    recurring = kinds & {*_REC_KINDS, "rec_none", "rec_stage"}
    if any(_once_each(cell, it) for it in cell.items):
        recurring |= {"rec_none"}   # "06 tháng một lần", "05 năm/lần": once each span, a span with no name (set 31)
    if (_REFERENCE_DOC.match(cell.k) or _EVENT_YEAR.search(cell.parsed) and not recurring) \
            and not any(t.year for c in chains for t in c.terms) or _PER_ITEM.match(cell.k) or _cited_in_force(cell):
        return Deadline("by_reference", note=cell.shown, raw=cell.raw)   # "Theo kế hoạch ... hằng năm"
    if recurring == {"rec_none"} and _one_dated_period(chains):
        _mark(cell, "rec_none")     # "Tiếp công dân định kỳ tháng 5/2017": the regular session of that month
        recurring = set()
    if not recurring and ("report" in kinds and _report_day(chains) or _of_report_year(cell, chains)):
        recurring = {"report"}
    if recurring and chains and (done := _completed_first(cell, chains, tuple(recurring))) is not None:
        p, continuing = done, True
    elif "continuous" in kinds and not recurring - {"rec_none", "rec_stage"} and not _counted_run(cell):
        p, continuing = _continuous(cell, chains)
    elif recurring:             # "Thường xuyên, định kỳ hằng quý báo cáo": the recurrence is the more precise
        _mark(cell, "continuous")
        p, rec, day, month = _recurring(cell, chains)
    elif not chains:
        if "relative" in kinds or cell.cited or _REFERENCE.match(cell.parsed) or _points_elsewhere(cell) \
                or _STATUS.match(cell.shown) \
                or cell.cites and _CITATION.search(cell.k) or _BLANK_DATE.search(cell.k):
            # "(Công văn số 282/TTg-TKBT ngày 10/11/2025)": cited in brackets; "từ ngày … tháng … năm …": a form's
            # date left blank, to be set elsewhere
            return Deadline("by_reference", note=cell.shown, raw=cell.raw)
        return Deadline("unparsed", note=cell.shown, raw=cell.raw)
    else:
        p = _expiry(cell, _periods(cell, chains))
    if _long_past(cell, p):
        return Deadline("by_reference", note=cell.shown, raw=cell.raw)
    if p.start is not None and p.end is not None and p.start > p.end:
        raise _Bad("reversed")
    p = _week_kind(p)
    _fillers(cell.items)
    return Deadline(p.kind, p.start, p.end, rec, p.milestones, _note(cell), cell.inferred, cell.raw,
                    continuing, day, month, cell.before_period and p.kind in PERIOD_KINDS and p.kind != "date")


def _one_dated_period(chains: list[_Chain]) -> bool:
    """One period with its own printed year, a month or a quarter: after a bare "định kỳ" it names the one occurrence
    the row is about, no recurrence ("Tiếp công dân định kỳ tháng 5/2017": the UBND tỉnh Hà Tĩnh's programmes of
    2017, set 45).

    >>> d = parse_deadline("- Tiếp công dân định kỳ tháng 5/2017")
    >>> d.kind, d.start, d.end
    ('month', datetime.date(2017, 5, 1), datetime.date(2017, 5, 31))
    >>> parse_deadline("Báo cáo định kỳ trước ngày 20/11").kind
    'recurring'
    """
    return len(chains) == 1 and len(chains[0].terms) == 1 and chains[0].terms[0].year is not None \
        and not chains[0].terms[0].inferred and chains[0].terms[0].gran in ("month", "quarter")


def _of_report_year(cell: _Cell, chains: list[_Chain]) -> bool:
    """The reporting year as a variable where a period's words took its "năm" ("Ngày 15 tháng 6: Ước tính 6 tháng đầu
    năm báo cáo"), and no year printed: the days recur every year.

    >>> d = parse_deadline("- Ngày 18 tháng 6: Ước tính 6 tháng đầu năm báo cáo - Ngày 18 tháng 11: Ước tính cả năm "
    ...                    "báo cáo", default_year=2024)
    >>> d.kind, d.recurrence, d.recurrence_day, d.recurrence_month
    ('recurring', 'yearly', 18, 6)
    """
    return bool(chains) and _REPORT_YEAR.search(cell.k) is not None \
        and not any(t.year for c in chains for t in c.terms)


# years before the document's own that a period may end and still be its deadline (a report due in the first weeks of
# the year for the one before: "báo cáo kết quả năm 2025" in January 2026)
PAST_SLACK = 1


def _long_past(cell: _Cell, p: _Period) -> bool:
    """A day that passed years before the document's year is what happened or applied then, no deadline ("... đã
    được Nhà nước công nhận quyền sử dụng đất trước ngày 01 tháng 7 năm 2014" in a decision of 2025, held-out set 47;
    a cơ sở "đưa vào hoạt động trước ngày 04/10/2001", set 37): by reference.  Days only: of the two periods of years
    that sets 44 and 45 label, one is labelled by reference ("giai đoạn 2013 - 2015" in a plan of 2017), the other a
    year range ("các cụm hình thành từ giai đoạn 2006-2017" in one of 2025).

    >>> parse_deadline("công nhận quyền sử dụng đất trước ngày 01 tháng 7 năm 2014", default_year=2025).kind
    'by_reference'
    >>> parse_deadline("Báo cáo kết quả năm 2025", default_year=2026).kind, parse_deadline("giai đoạn 2013 - 2015",
    ...                                                                                    default_year=2017).kind
    ('year', 'year_range')
    """
    return p.kind == "date" and cell.default_year is not None and p.end is not None \
        and p.end.year < cell.default_year - PAST_SLACK


_IN_FORCE = regex.compile(r"(?<![a-z])co\s+hieu\s+luc(?![a-z])")
_THIS = regex.compile(r"(?<![a-z])nay(?![a-z])|[.;:]")
_DATED = regex.compile(r"(?<![a-z])ngay(?![a-z])")


def _cited_in_force(cell: _Cell) -> bool:
    """A cited document said to take effect on a day ("Thông tư số 101/2025/TT-BQP ngày 13 tháng 9 năm 2025 ... sửa
    đổi ..., có hiệu lực kể từ ngày 28 tháng 10 năm 2025": a Bộ Quốc phòng VBHN, held-out set 47): that day is the
    cited document's, no deadline, where "Quyết định này có hiệu lực từ ngày ..." opens the document's own force.
    Cited with its own date: a decision named by its number alone at the head of a summary ("Quyết định 75/2025/QĐ-UBND
    có hiệu lực từ ngày 04/12/2025", set 27) is the one the text is about, open from that day.

    >>> parse_deadline("Thông tư số 101/2025/TT-BQP ngày 13/9/2025 sửa đổi một số điều, có hiệu lực kể từ ngày "
    ...                "28 tháng 10 năm 2025.").kind
    'by_reference'
    >>> parse_deadline("Quyết định này có hiệu lực kể từ ngày 15 tháng 12 năm 2025.").kind
    'open_ended'
    >>> parse_deadline("Quyết định 75/2025/QĐ-UBND có hiệu lực từ ngày 04/12/2025").kind
    'open_ended'
    """
    for c in _CITATION.finditer(cell.k) if cell.cites else ():
        if not _DATED.search(c.group()):
            continue    # "Quyết định 75/2025/QĐ-UBND có hiệu lực từ ngày 04/12/2025": the decision a summary is about
        f = _IN_FORCE.search(cell.k, c.end())
        if f and not _THIS.search(cell.k, c.end(), f.start()):
            return True
    return False


_EXPIRES = regex.compile(_alt(_VOCAB["expiry"]))


def _expiry(cell: _Cell, p: _Period) -> _Period:
    """A text that ends a rule's force from a day ("... hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027": Nghị
    định 155/2026/NĐ-CP, set 36) names the day it ends, not one it opens: a date with no start.

    >>> d = parse_deadline("Quy định về công chứng ... hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027.")
    >>> d.kind, d.start, d.end
    ('date', None, datetime.date(2027, 1, 1))
    """
    if p.kind != "open_ended" or p.start is None or not _EXPIRES.search(cell.k):
        return p
    return _Period("date", None, p.start)


def _report_day(chains: list[_Chain]) -> bool:
    """A report named for its period ("báo cáo 06 tháng", "báo cáo quý", "báo cáo năm") due on one day and month with
    no year is due that day every year, whatever *default_year*: yearly, with the day and month (for "06 tháng" twice a
    year in truth; the label follows the day printed).

    >>> d = parse_deadline("báo cáo 06 tháng gửi chậm nhất vào ngày 25 tháng 6", default_year=2026)
    >>> d.kind, d.recurrence, d.recurrence_day, d.recurrence_month
    ('recurring', 'yearly', 25, 6)
    >>> parse_deadline("báo cáo 06 tháng gửi chậm nhất vào ngày 25 tháng 6 năm 2026").kind
    'date'
    """
    c = chains[0] if len(chains) == 1 else None      # one day, due then or before: no start ("từ ngày 15/01")
    return c is not None and len(c.terms) == 1 and c.terms[0].gran == "date" and c.terms[0].year is None \
        and (c.before is None or c.before.kind == "until")


def _week_kind(p: _Period) -> _Period:
    """A week has no kind of its own (the schema has none): its days are a month_range, its end alone ("trước tuần 2
    tháng 01/2026") a date.

    >>> d = parse_deadline("Xong trước tuần 2 tháng 01/2026.")
    >>> d.kind, d.start, d.end
    ('date', None, datetime.date(2026, 1, 14))
    """
    if p.kind != "week":
        return p
    return _Period("date" if p.start is None else "month_range", p.start, p.end, p.milestones)


def _points_elsewhere(cell: _Cell) -> bool:
    """With no period named: a reference word anywhere ("Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ") or a
    schedule set elsewhere ("đúng tiến độ đề ra"), a count of days, weeks, months ("05 ngày kể từ ngày Sở Nội vụ tiếp
    nhận đủ giấy tờ": a time limit from an event), a span of time named by an event ("trong thời gian mưa lũ", as "khi" + an event; "trong thời gian qua" is none) or a stage of a project.

    >>> parse_deadline("Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành.").kind
    'by_reference'
    >>> parse_deadline("05 ngày kể từ ngày Sở Nội vụ tiếp nhận đủ giấy tờ").kind
    'by_reference'
    >>> parse_deadline("Thực hiện các năm tiếp theo").kind, parse_deadline("(thời hạn 15 ngày)").kind
    ('unparsed', 'by_reference')

    A count in brackets after a title ("Quy trình giải quyết tại cấp xã (03 ngày làm việc)") or with a decimal
    ("0,5 giờ": Quyết định 2022/QĐ-UBND of Cao Bằng 2025, set 51) is such a time limit too.

    >>> parse_deadline("Quy trình giải quyết tại cấp xã (03 ngày làm việc)").kind, parse_deadline("0,5 giờ").kind
    ('by_reference', 'by_reference')
    >>> parse_deadline("trong thời gian mưa lũ").kind, parse_deadline("thi công ngay, đảm bảo đúng tiến độ đề ra").kind
    ('by_reference', 'by_reference')

    A stage of a project with no year ("1. Giai đoạn 1 - Chuẩn bị và khởi động", "trong giai đoạn lập dự án") is
    by_reference too (``project_stage``):

    >>> parse_deadline("trong giai đoạn lập dự án đầu tư").kind, parse_deadline("trong giai đoạn hiện nay").kind
    ('by_reference', 'unparsed')
    """
    words = {it.start for it in cell.items if it.kind == "word"}
    return any(m.start() in words for m in _REFERENCE_ANY.finditer(cell.parsed)) \
        or _SCHEDULE.search(cell.parsed) is not None \
        or _DURATION.search(cell.k) is not None \
        or _EVENT_TIME.search(cell.parsed) is not None or _STAGE.search(cell.parsed) is not None \
        or _AFTER_EACH.search(cell.parsed) is not None


def _fillers(items: list[_Item]) -> None:
    """Fillers go with the consumed item that follows them (or the end)."""
    nxt_used = True
    for it in reversed(items):
        if it.kind == "filler":
            it.used = nxt_used
        elif it.kind not in ("lpunct", "rdash"):
            nxt_used = it.used


def _matched(text: str) -> str:
    """*text* without the brackets whose other half a step used ("báo cáo cập nhật (2 năm một lần" -> "báo cáo cập nhật
    2 năm một lần").

    >>> _matched("báo cáo cập nhật (2 năm một lần"), _matched("(a) b)")
    ('báo cáo cập nhật 2 năm một lần', '(a) b')
    """
    drop, opened = set(), []
    for i, ch in enumerate(text):
        if ch == "(":
            opened.append(i)
        elif ch == ")":
            if opened:
                opened.pop()
            else:
                drop.add(i)
    drop.update(opened)
    return " ".join("".join(ch for i, ch in enumerate(text) if i not in drop).split())


def _note(cell: _Cell) -> str:
    """The text no step used, cut from the folded original; pieces joined with "; "."""
    k, shown = cell.k, cell.shown
    used = [False] * len(k)
    for it in cell.items:
        if it.used:
            used[it.start:it.end] = [True] * (it.end - it.start)
    runs = []
    i, n = 0, len(k)
    while i < n:
        if used[i]:
            i += 1
            continue
        j = i
        while j < n and not used[j]:
            j += 1
        seg = k[i:j]
        la = _LEAD.match(seg).end()
        a, b = i + la, i + _TAIL.search(seg, la).start()
        if a < b and _ALNUM.search(k, a, b):
            text = shown[a:b].strip()
            if text.startswith("(") and text.endswith(")"):
                text = text[1:-1].strip()
            if text.count("(") > text.count(")") and shown[b:b + 1] == ")":
                text += ")"         # "(nếu có)": its closing bracket stood with what a step used
            if text.count("(") != text.count(")"):
                text = _matched(text)
            if text:
                runs.append(text)
        i = j
    return "; ".join(runs)


def read_deadline(text: str, default_year: int | None = None) -> Deadline:
    """The parser without the safety net: an invalid cell is ``unparsed``, but a bug raises.

    >>> read_deadline("Quý V/2026").kind
    'unparsed'
    """
    try:
        cell = _prepare(text, default_year)
        if cell is None:
            return Deadline("unparsed", raw=text)
        return _basis(cell) or _watch(cell) or _feast(cell) or _classify(cell)
    except _Bad:
        return Deadline("unparsed", note=fold_ws(text), raw=text)


# the formula of a legal basis ("Căn cứ ...", "Xét đề nghị ...") or a preamble's list ("Thực hiện: ...")
_BASIS = regex.compile(r"^[\W\d]*(?:can\s+cu|xet|thuc\s+hien\s*:)(?![a-z])")
_DOCUMENT_WORD = regex.compile(r"\s*:?\s*" + _alt(_VOCAB["citations"]) + r"(?![a-z])")


def _basis(cell: _Cell) -> Deadline | None:
    """A text that opens with the formula of a legal basis and cites a document names what the decision rests on,
    never a deadline, whatever periods the cited titles hold ("Căn cứ Thông tư số 09/2022/TT-BTTTT ngày 30/6/2022 ...
    thuộc Chương trình ... đến năm 2025.": Sở Thông tin và Truyền thông Hải Dương, set 38).

    >>> parse_deadline("Căn cứ Thông tư số 09/2022/TT-BTTTT ngày 30/6/2022 về Chương trình ... đến năm 2025.").kind
    'by_reference'
    """
    b = _BASIS.match(cell.k)
    if b is None or not (cell.cited or _DOCUMENT_WORD.match(cell.k, b.end())):
        return None     # ("Căn cứ Báo cáo kết quả khảo sát ... ngày 12/7/2023 của Bộ ...": a document named, not numbered)
    return Deadline("by_reference", note=cell.shown, raw=cell.raw)


def _watch(cell: _Cell) -> Deadline | None:
    """A duty kept for hours of the day ("trực 24/24 giờ", "trực 12/24 giờ (từ 9 giờ đến 21 giờ trong ngày)": Công điện
    of 2025 on storms and floods, set 21), no date: round the clock it is continuous, for some hours every day it is
    daily. Read only when no year is printed (a "24/12/2026" is a date).

    >>> parse_deadline("đảm bảo trực 24/24 giờ trong ngày").kind
    'continuous'
    >>> d = parse_deadline("đảm bảo trực 12/24 giờ (từ 9 giờ đến 21 giờ trong ngày)")
    >>> d.kind, d.recurrence
    ('recurring', 'daily')
    """
    w = _WATCH.search(cell.k) or _round_the_clock(cell.k)
    if w is None or _YEAR_IN.search(cell.k):
        return None
    if w.group("h") == "24":
        return Deadline("continuous", note=cell.shown, raw=cell.raw)
    return Deadline("recurring", recurrence="daily", note=cell.shown, raw=cell.raw)


def _round_the_clock(k: str) -> regex.Match | None:
    """"24/7" after a word that opens no date ("hỗ trợ 24/7", "túc trực 24/7": set 62), as a match whose group "h" is
    24; "trước 24/7", "ngày 24/7" are the 24th of July.

    >>> parse_deadline("bảo đảm hỗ trợ trực tiếp, túc trực 24/7 tại cơ sở").kind
    'continuous'
    >>> parse_deadline("Hoàn thành trước 24/7", default_year=2025).end
    datetime.date(2025, 7, 24)
    """
    r = _ROUND_THE_CLOCK.search(k)
    if r is None or not regex.search(r"[a-z]\s*$", k[:r.start()]) or _DATE_OPENER.search(k[:r.start()]):
        return None
    return regex.match(r"(?P<h>24)", "24")


_FEAST = regex.compile(r"ngay\s*(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})\s*(?P<cal>duong|am)\s*lich(?![a-z])")


def _feast(cell: _Cell) -> Deadline | None:
    """A day and month written with their calendar and no year: a feast of every year ("ngày Quốc tế Thiếu nhi (ngày
    01 tháng 6 dương lịch)", "Tết Trung thu (ngày 15 tháng 8 âm lịch)": Nghị định 170/2026/NĐ-CP, set 32).  A lunar
    day falls on no fixed day of the solar calendar: its day and month are not given.  ("Tết Dương lịch ... năm 2026"
    names a holiday, no day.)

    >>> d = parse_deadline("ngày Quốc tế Thiếu nhi (ngày 01 tháng 6 dương lịch)")
    >>> d.kind, d.recurrence, d.recurrence_day, d.recurrence_month
    ('recurring', 'yearly', 1, 6)
    >>> parse_deadline("Tết Trung thu (ngày 15 tháng 8 âm lịch)").recurrence_day is None
    True
    """
    f = _FEAST.search(cell.k)
    if f is None or _YEAR_IN.search(cell.k):
        return None
    day, month = int(f["d"]), int(f["m"])
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]):
        return None
    solar = f["cal"] == "duong"
    return Deadline("recurring", recurrence="yearly", recurrence_day=day if solar else None,
                    recurrence_month=month if solar else None, note=cell.shown, raw=cell.raw)


@lru_cache(maxsize=65536)
def _parse_cached(text: str, default_year: int | None) -> Deadline:
    try:
        return read_deadline(text, default_year)
    except Exception:  # pragma: no cover - the contract is "never raises"; tests call read_deadline
        return Deadline("unparsed", note=fold_ws(text), raw=text)


_UNITS = {_k(u): u for u in _VOCAB["intervals"]["every"]}
_COUNT_HEADER = regex.compile(r"(?<![a-z])(?:so\s+(?P<a>" + "|".join(_UNITS) + r")|\(\s*(?P<b>" + "|".join(_UNITS)
                              + r")\s*\))(?![a-z])")
_BARE_COUNT = regex.compile(r"\s*\d{1,3}(?:,\d{1,2})?\s*")


@lru_cache(maxsize=256)     # asked once a row, of the few headers of a batch
def header_unit(label: str) -> str | None:
    """The unit of time a deadline column's header counts in ("Số ngày dự kiến", "Thời gian (ngày)": Công văn
    6582/SYT 2026 of tests/real prints "Số ngày dự kiến" over "7", "30"), None for any other header.

    >>> header_unit("Số ngày dự kiến"), header_unit("Thời gian thực hiện (tháng)"), header_unit("Thời hạn")
    ('ngày', 'tháng', None)
    """
    m = _COUNT_HEADER.search(_k(label))
    return _UNITS[m["a"] or m["b"]] if m else None


def parse_count(text: str, unit: str | None, *, default_year: int | None = None) -> Deadline:
    """:func:`parse_deadline` for a cell under a header that counts in *unit*: a bare number there is that many
    units, a time limit from an event (``by_reference``, "7 ngày" in the note), not a year or a day of the month.

    >>> d = parse_count("7", "ngày"); d.kind, d.note, d.raw
    ('by_reference', '7 ngày', '7')
    >>> parse_count("Quý II/2026", "ngày").kind
    'quarter'
    """
    if unit is None or not _BARE_COUNT.fullmatch(text):
        return parse_deadline(text, default_year=default_year)
    d = parse_deadline(f"{text.strip()} {unit}", default_year=default_year)
    return replace(d, raw=text)


def states_status(text: str) -> bool:
    """Does a deadline cell state where the work stands rather than when it is due ("Đã thực hiện", "Đang triển
    khai": a word of aspect first, and no period)?  Such a cell is ``by_reference``; the pipeline says why.

    >>> states_status("Đã thực hiện"), states_status("Đã thực hiện từ năm 2024"), states_status("Đá Bạc")
    (True, False, False)
    """
    return _STATUS.match(fold_ws(text)) is not None and parse_deadline(text).kind == "by_reference"


def parse_deadline(text: str, *, default_year: int | None = None) -> Deadline:
    """Type one deadline cell; *default_year* places periods that name no year.

    >>> parse_deadline("6 tháng cuối năm 2025").start
    datetime.date(2025, 7, 1)
    >>> parse_deadline("  ").kind, parse_deadline("  ").note
    ('unparsed', '')
    """
    if type(text) is not str:
        text = "" if text is None else str(text)
    if default_year is not None and (type(default_year) is not int or not 1900 <= default_year <= 2199):
        default_year = None
    return _parse_cached(text, default_year)
