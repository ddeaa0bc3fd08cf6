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
  the day after the period.
* "từ X đến Y", "X - Y": ``year_range`` when both ends are years, otherwise
  ``month_range`` (also for quarter or date ends; ``start``/``end`` are exact).
* A list of periods ("Tháng 6, 7/2026") that follow each other is a range;
  otherwise, and always after "mốc", ``milestones``: the last day of each
  period, sorted, ``end`` the last one, ``start`` None.
* "thường xuyên": ``continuous`` (``start`` set by "từ 2026", never an end);
  "hằng năm"/"hằng quý"/"hằng tháng"/"định kỳ": ``recurring`` with
  ``recurrence`` yearly/quarterly/monthly (None for a bare "định kỳ", e.g.
  "Định kỳ 6 tháng", whose "6 tháng" is left in ``note``).  Periods these
  cues do not use stay in ``note``.
* No period, and the text opens with "theo"/"căn cứ" or names a relative
  period ("tháng liền kề", "sau khi"): ``by_reference``, ``note`` the whole text.
* A period with no year ("Quý III", "Tháng 12") takes ``default_year`` (the
  decision's year) and sets ``year_inferred``; without ``default_year`` it is
  ``unparsed``.  In a range or list a missing year is first taken from the
  next period ("Từ tháng 3 đến tháng 9/2026").
* ``unparsed``: nothing recognised, an invalid date ("Tháng 13/2026",
  "31/2/2026", "Quý V/2026"), a reversed range, or a cell cut mid-word
  ("Thực hiện thườ", "Tháng 12/20", as a text dump leaves them; no prefix
  matching is tried, the pipeline should join continued cells first):
  ``note`` is the whole text (folded).  An empty
  or blank cell is ``unparsed`` with ``note`` "" (the pipeline handles empty
  cells before calling this).
* Text inside parentheses is never parsed, only kept in ``note``; several
  leftover pieces are joined with "; ".
* "d/m" with no year is read as a date ("Trước 31/12", with ``default_year``).

Never raises; results are cached.

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
"""
from __future__ import annotations

import calendar
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import regex
import yaml

from normalize.text import ascii_key, fold_ws, strip_diacritics

__all__ = ["Deadline", "KINDS", "RECURRENCES", "parse_deadline", "load_vocabulary"]

KINDS = (
    "date", "month", "quarter", "half_year", "year", "year_range", "month_range",
    "milestones", "open_ended", "continuous", "recurring", "by_reference", "unparsed",
)
RECURRENCES = ("yearly", "quarterly", "monthly")

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


# --------------------------------------------------------------------------
# Vocabulary -> regular expressions (over ascii keys)

def load_vocabulary(path: Path = VOCABULARY) -> dict:
    """The vocabulary file as a dict (see ``normalize/data/deadlines.yaml``)."""
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _k(word) -> str:
    return ascii_key(str(word))


def _alt(words) -> str:
    """Whole-word alternation of ascii-keyed *words*, longest first."""
    keys = sorted({_k(w) for w in words if _k(w)}, key=lambda w: (-len(w), w))
    parts = []
    for w in keys:
        p = r"\s*".join(regex.escape(t) for t in w.split(" "))
        if w[0].isalnum():
            p = r"(?<![a-z0-9])" + p
        if w[-1].isalnum():
            p = p + r"(?![a-z0-9])"
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


def _build(v: dict):
    B = r"(?<![a-z0-9])"
    E = r"(?![a-z0-9])"
    DAY, MON, QW, YW = (_alt(v[n]) for n in ("day_words", "month_words", "quarter_words", "year_words"))
    Y = r"(?:19|20|21)\d\d(?!\d)"
    N = r"(?<!\d)\d{1,2}(?!\d)"
    qn = {_k(a): int(b) for a, b in v["quarter_numerals"].items()}
    Q = "(?:" + "|".join(regex.escape(a) for a in sorted(qn, key=len, reverse=True)) + ")" + E
    SEPY = rf"\s*(?:[/\-.]|,?\s*{YW})\s*"  # between month/quarter and year
    LJ = rf"\s*(?:[,\-&]|{_alt(v['joiners']['range'] + v['joiners']['list'])})\s*"  # inside a list
    half_first = _alt(v["half_year"]["first"])
    half_second = _alt(v["half_year"]["second"])
    NOYEAR = rf"(?!\s*(?:[/\-.]|{YW})?\s*\d)"
    term = (
        # ngày 15 tháng 3 năm 2026 / 30/6/2026 / ngày 30-6-2026
        rf"(?P<date>{B}(?:{DAY}\s*)?(?P<d>{N})\s*(?P<s>[/\-.])\s*(?P<m>{N})\s*(?P=s)\s*(?P<y>{Y})"
        rf"|{DAY}\s*(?P<d>{N})\s*{MON}\s*(?P<m>{N})\s*(?:,?\s*{YW}|[/\-.,])\s*(?P<y>{Y}))"
        # ngày 15/3, 31/12 (no year)
        rf"|(?P<dateny>{DAY}\s*(?P<d>{N})\s*(?:[/\-.]|{MON})\s*(?P<m>{N}){NOYEAR}"
        rf"|{B}(?P<d>{N})\s*/\s*(?P<m>{N}){NOYEAR})"
        # 6 tháng đầu năm [2026]
        rf"|(?P<half>(?:(?P<h1>{half_first})|(?P<h2>{half_second}))(?:\s*[/\-]?\s*(?P<y>{Y}))?)"
        # tháng 6, 7/2026 / tháng 3 - tháng 9 năm 2026 / 6/2026
        rf"|(?P<months>(?:{MON}\s*)?(?P<ml>{N}(?:{LJ}(?:{MON}\s*)?{N})*){SEPY}(?P<y>{Y}))"
        rf"|(?P<monthsny>{MON}\s*(?P<ml>{N}(?:{LJ}(?:{MON}\s*)?{N})*){NOYEAR})"
        # quý I/2027 / quý II năm 2026 / quý IV - 2026 / quý I, II/2027 / quý III
        rf"|(?P<quarters>{QW}\s*(?P<ql>{Q}(?:{LJ}(?:{QW}\s*)?{Q})*)(?:{SEPY}(?P<y>{Y}))?)"
        # [năm] 2026
        rf"|(?P<year>{B}(?:{YW}\s*)?(?P<y>{Y}))"
    )
    cues = v["cues"]
    rec = cues["recurring"]
    groups = {
        "continuous": cues["continuous"],
        "rec_yearly": rec["yearly"], "rec_quarterly": rec["quarterly"],
        "rec_monthly": rec["monthly"], "rec_none": rec["none"],
        "onward": cues["onward"], "milestones": cues["milestones"],
        "from": cues["from"], "until": cues["until"], "after": cues["after"],
        "relative": cues["relative"],
        "ljoin": [j for j in v["joiners"]["list"] if j[0].isalnum()],
    }
    # One alternation of every cue phrase, longest first; the group is looked up.
    cue_map = {}
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
    all_cues = [w for words in groups.values() for w in words]
    master = regex.compile(
        rf"(?P<term>{term})|(?P<cue>{_alt(all_cues)})|(?P<filler>{fill_re})"
        r"|(?P<rdash>-)|(?P<lpunct>[,;&])|(?P<word>[a-z0-9]+)",
    )
    reference = regex.compile(r"^\W*" + _alt(cues["reference"]))
    return master, qn, reference, cue_map


_VOCAB = load_vocabulary()
_MASTER, _QN, _REFERENCE, _CUES = _build(_VOCAB)
_PAREN = regex.compile(r"\([^()]*\)?|\)")
_UNIT = regex.compile(_alt(_VOCAB["day_words"] + _VOCAB["month_words"] + _VOCAB["quarter_words"]))
_NUMERAL = regex.compile(r"\d+|[ivxlc]+")
_NUM = regex.compile(r"\d+|[a-z]+")
_LEAD = regex.compile(r"[\s,;.:\-&()]*(?:(?:va|hoac)(?![a-z0-9])[\s,;.:\-&()]*)*")
_TAIL = regex.compile(r"(?:[\s,;.:\-&()]*(?<![a-z0-9])(?:va|hoac))*[\s,;.:\-&()]*$")
_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")



# --------------------------------------------------------------------------
# Aligned key: ascii_key of the text with, for each key character, its offset
# in the folded original (so the note can be cut from the original).

def _aligned(shown: str) -> tuple[str, list[int]]:
    k = ascii_key(shown)
    if len(k) == len(shown):
        return k, list(range(len(shown)))
    chars: list[str] = []
    pos: list[int] = []
    for i, c in enumerate(shown):
        s = _DASHES.sub("-", strip_diacritics(unicodedata.normalize("NFC", c.lower())))
        s = "".join(" " if ch.isspace() else ch for ch in s)
        for ch in s:
            chars.append(ch)
            pos.append(i)
    return "".join(chars), pos


# --------------------------------------------------------------------------
# Periods

class _Bad(Exception):
    """An invalid or unplaceable period: the cell is unparsed."""


@dataclass
class _Term:
    gran: str            # date, month, quarter, half_year, year
    a: int = 0           # day (date), month (month), quarter, half (1/2)
    b: int = 0           # month (date)
    year: int | None = None
    inferred: bool = False

    def bounds(self) -> tuple[date, date]:
        y = self.year
        if y is None:
            raise _Bad("no year")
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
        try:
            d = date(y, self.b, self.a)
        except ValueError:
            raise _Bad("date") from None
        return d, d

    def index(self) -> int:
        """Position on the period's own scale, to tell whether two periods follow each other."""
        if self.gran == "year":
            return self.year
        if self.gran == "date":
            return self.bounds()[0].toordinal()
        per = {"month": 12, "quarter": 4, "half_year": 2}[self.gran]
        return self.year * per + self.a


def _terms(m) -> list[_Term]:
    """The period(s) named by one match of the term pattern (several for a list)."""
    y = m.group("y")
    y = int(y) if y else None
    if m.group("date") or m.group("dateny"):
        return [_Term("date", int(m.group("d")), int(m.group("m")), y)]
    if m.group("half"):
        return [_Term("half_year", 1 if m.group("h1") else 2, 0, y)]
    if m.group("months") or m.group("monthsny"):
        nums = [int(x) for x in regex.findall(r"\d+", m.group("ml"))]
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


def _tokens(k: str) -> list[_Item]:
    items = []
    for m in _MASTER.finditer(k):
        if m.group("term") is not None:
            items.append(_Item("term", m.start(), m.end(), _terms(m)))
            continue
        cue = m.group("cue")
        if cue is not None:
            kind = _CUES[cue.replace(" ", "")]
        else:
            kind = next(n for n in ("filler", "rdash", "lpunct", "word") if m.group(n) is not None)
        items.append(_Item(kind, m.start(), m.end()))
    return items


# --------------------------------------------------------------------------
# The cascade

def _unparsed(raw: str, shown: str) -> Deadline:
    return Deadline("unparsed", note=shown, raw=raw)


def _note(k: str, pos: list[int], shown: str, used: list[bool]) -> str:
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
        if a < b and regex.search(r"[a-z0-9]", k[a:b]):
            text = shown[pos[a]:pos[b - 1] + 1].strip()
            if text.startswith("(") and text.endswith(")"):
                text = text[1:-1].strip()
            text = text.strip("()").strip()
            if text:
                runs.append(text)
        i = j
    return "; ".join(runs)


def _resolve(group: list[_Term], default_year: int | None) -> bool:
    """Give each period of a group a year: the next period's, else default_year."""
    inferred = False
    nxt = None
    for t in reversed(group):
        if t.year is None:
            if nxt is not None:
                t.year = nxt
            elif default_year is not None:
                t.year, t.inferred, inferred = default_year, True, True
            else:
                raise _Bad("no year")
        nxt = t.year
    return inferred


def _parse(raw: str, default_year: int | None) -> Deadline:
    shown = fold_ws(raw)
    if not shown:
        return Deadline("unparsed", raw=raw)
    k, pos = _aligned(shown)
    # Parenthesised text is a note only: blank it out of the parsed key.
    parsed = _PAREN.sub(lambda m: " " * len(m.group()), k)
    items = _tokens(parsed)
    kinds = {it.kind for it in items}
    has_term = "term" in kinds

    kind = None
    start = end = None
    recurrence = None
    milestones: tuple = ()
    inferred = False

    def after_cue(i: int, cue_kinds) -> _Item | None:
        """The term right after item i (skipping fillers), when item i is one of cue_kinds."""
        j = i + 1
        while j < len(items) and items[j].kind == "filler":
            j += 1
        if items[i].kind in cue_kinds and j < len(items) and items[j].kind == "term":
            return items[j]
        return None

    def from_start() -> date | None:
        """'từ <period>' inside a continuous or recurring cell: its start."""
        nonlocal inferred
        for i, it in enumerate(items):
            t = after_cue(i, ("from",))
            if t is not None:
                inferred |= _resolve(t.terms, default_year)
                it.used = t.used = True
                return t.terms[0].bounds()[0]
        return None

    if "continuous" in kinds:
        kind = "continuous"
        for it in items:
            if it.kind == "continuous":
                it.used = True
        start = from_start()
    elif kinds & {"rec_yearly", "rec_quarterly", "rec_monthly", "rec_none"}:
        kind = "recurring"
        for it in items:
            if it.kind.startswith("rec_"):
                it.used = True
                if it.kind != "rec_none" and recurrence is None:
                    recurrence = it.kind[4:]
        start = from_start()
    elif not has_term:
        if "relative" in kinds or _REFERENCE.match(parsed):
            return Deadline("by_reference", note=shown, raw=raw)
        return _unparsed(raw, shown)
    else:
        # A unit word before a number the period rules refused ("Quý V/2026",
        # "tháng 13/2026 và năm 2027") makes the whole cell unparsed.
        for a, b in zip(items, items[1:]):
            if a.kind == "word" and a.end < len(parsed) and _UNIT.fullmatch(parsed[a.start:a.end]) \
                    and b.kind == "word" and _NUMERAL.fullmatch(parsed[b.start:b.end]):
                raise _Bad("broken period")
        # Periods: the first chain of terms joined by range or list joiners.
        ti = next(i for i, it in enumerate(items) if it.kind == "term")
        chain = [items[ti]]
        joins = []
        j = ti + 1
        while j + 1 < len(items) and items[j].kind in ("rdash", "until", "lpunct", "ljoin"):
            nxt = j + 1
            while nxt < len(items) and items[nxt].kind == "filler":
                nxt += 1
            if nxt < len(items) and items[nxt].kind == "term":
                joins.append(items[j])
                chain.append(items[nxt])
                j = nxt + 1
            else:
                break
        # What precedes the chain (skipping fillers): a cue?
        p = ti - 1
        while p >= 0 and items[p].kind == "filler":
            p -= 1
        before = items[p] if p >= 0 and items[p].kind in ("from", "until", "after", "milestones") else None
        q = j if len(chain) > 1 else ti + 1
        while q < len(items) and items[q].kind == "filler":
            q += 1
        onward = items[q] if q < len(items) and items[q].kind == "onward" else None
        is_ms = "milestones" in kinds
        ms_items = [it for it in items if it.kind == "milestones"]

        terms = []
        for it in chain:
            terms.extend(it.terms)
        inferred = _resolve(terms, default_year)
        for it in chain + joins:
            it.used = True
        internal_range = len(chain) == 1 and len(terms) > 1 and regex.search(
            r"-|den|toi", parsed[chain[0].start:chain[0].end])
        ranged = (len(chain) == 2 and all(x.kind in ("rdash", "until") for x in joins)) or internal_range
        bounds = [t.bounds() for t in terms]
        if is_ms:
            for it in ms_items:
                it.used = True
            if before is not None and before.kind == "until":
                before.used = True
            milestones = tuple(sorted({b for _, b in bounds}))
            kind, end = "milestones", milestones[-1]
        elif len(terms) == 1 or ranged:
            a, b = bounds[0][0], bounds[-1][1]
            if len(terms) == 1:
                kind = terms[0].gran
            elif all(t.gran == "year" for t in terms):
                kind = "year_range"
            else:
                kind = "month_range"
            if ranged and len(terms) > 2:
                raise _Bad("range of more than two")
            if a > b:
                raise _Bad("reversed")
            start, end = a, b
            if before is not None and len(terms) == 1:
                before.used = True
                if before.kind == "until":
                    start = None
                elif before.kind == "after":
                    kind, start, end = "open_ended", b + timedelta(days=1), None
                elif before.kind == "from":
                    kind, end = "open_ended", None
                elif before.kind == "milestones":
                    pass
            elif before is not None and before.kind == "from" and ranged:
                before.used = True
            if onward is not None and kind not in ("open_ended",):
                onward.used = True
                kind, end = "open_ended", None
            elif onward is not None:
                onward.used = True
        else:
            # A list: contiguous periods of one kind are a range, else milestones.
            grans = {t.gran for t in terms}
            idx = [t.index() for t in terms] if len(grans) == 1 else []
            if idx and all(y - x == 1 for x, y in zip(idx, idx[1:])):
                kind = "year_range" if grans == {"year"} else "month_range"
                start, end = bounds[0][0], bounds[-1][1]
                if before is not None and before.kind == "from":
                    before.used = True
            else:
                milestones = tuple(sorted({b for _, b in bounds}))
                kind, end = "milestones", milestones[-1]

    # Fillers go with the consumed item that follows them (or the end).
    nxt_used = True
    for it in reversed(items):
        if it.kind == "filler":
            it.used = nxt_used
        elif it.kind in ("lpunct", "rdash"):
            continue
        else:
            nxt_used = it.used
    used = [False] * len(k)
    for it in items:
        if it.used:
            for x in range(it.start, it.end):
                used[x] = True
    # Blanked-out parentheses are unused (note), spaces count as nothing.
    note = _note(k, pos, shown, used)
    if start is not None and end is not None and start > end:
        raise _Bad("reversed")
    return Deadline(kind, start, end, recurrence, milestones, note, inferred, raw)


@lru_cache(maxsize=65536)
def _parse_cached(text: str, default_year: int | None) -> Deadline:
    try:
        return _parse(text, default_year)
    except _Bad:
        return _unparsed(text, fold_ws(text))
    except Exception:  # pragma: no cover - the contract is "never raises"
        if _STRICT:
            raise
        return _unparsed(text, fold_ws(text))


_STRICT = False  # tests set this to surface bugs the safety net would hide


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
