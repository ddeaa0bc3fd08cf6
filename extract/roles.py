"""Column roles by meaning: header words first, each column's cells as the second vote.

A chain of small pure functions:

    column cells ──column_evidence──▶ Evidence (shares of agency names, deadlines, numbers, ...)
    HeaderMap + Evidence ──settle_roles──▶ HeaderMap with unknown columns given a role, and the decisions
    HeaderMap + Evidence ──table_kind──▶ "task" or the kind of table that assigns no work

Header words (``data/headers.yaml``) decide a column whenever they are known,
including words listed as ``extra``.  A column whose header words are unknown
is settled by its content: agency names through the gazetteer make it the lead
(the first such column, unless its header says "phối hợp") or the coordinating
column; cells the deadline parser reads make it the deadline; long text the
task; short numbers the number.  Every role so decided is a :class:`Decision`
with ``how="content"`` and a confidence (the share of the column's cells that
voted for it), so the pipeline can report it.

>>> ev = column_evidence(["Sở Tư pháp", "Sở Nội vụ; Sở Tài chính", "Công an tỉnh"])
>>> ev.agency >= 0.6, ev.deadline
(True, 0.0)
>>> column_evidence(["Quý I/2027", "Năm 2026", "Thực hiện thường xuyên"]).deadline
1.0
>>> column_evidence(["14h00 - 14h05", "14h05 - 14h30", "8h00"]).clock
1.0
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from normalize.text import ascii_key, fold_ws, key

from .headers import HeaderMap, duration_header, header_key, kind_words, named_header
from .placeholders import blank_placeholders

# a time of day: "14h00", "8 giờ 30", "8g30" ("g" in small letters: "5G" is a network); "(?i:...)" where case is free
_CLOCK = regex.compile(r"(?<![\p{L}\d])\d{1,2}\s*(?:(?i:h|giờ|:)|g)\s*\d{0,2}(?:\s*(?i:phút|p))?\s*(?:[-–—]|(?i:đến)|$)")
_NUMBERING = regex.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[a-zđA-ZĐ])[.)]?$")
# a figure, its thousands also grouped by spaces ("2 820": Quyết định 77/QĐ-TCHQ 2014)
_QUANTITY = regex.compile(r"^[<>≥≤~]?\s*(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d[\d.,]*)\s*(?:%|điểm|đ)?$",
                          regex.I)
_REFERENCE = regex.compile(
    r"\b(?:Quyết định|Thông báo|Kế hoạch|Công văn|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Văn bản|Luật)\s+(?:số\s*)?"
    r"[\d.]*\s*/", regex.I)
_DEADLINE_KINDS_NOT = {"unparsed", "by_reference"}
SAMPLE = 40  # cells per column looked at: enough for a vote, bounded for long tables


@dataclass(frozen=True)
class Evidence:
    """What a column's cells say, each a share (0..1) of its non-empty cells."""

    filled: float = 0.0  # share of cells that are not empty
    agency: float = 0.0  # name a known agency (gazetteer)
    deadline: float = 0.0  # read as a deadline by the deadline parser
    number: float = 0.0  # are a task number ("1", "1.2", "IV", "a)")
    quantity: float = 0.0  # are a number or a quantity (points, percentages, amounts)
    clock: float = 0.0  # hold a time of day ("14h00 - 14h30")
    reference: float = 0.0  # cite a document ("Thông báo số .../TB-VPCP")
    long_text: float = 0.0  # are text of several words (>= 6) or long (>= 40 characters)
    person: float = 0.0  # name people ("Vũ Việt Linh", "Ông Nguyễn Văn A"): an assignee who is a person
    cells: int = 0  # cells of the column (empty ones too): none where it has no cell of its own
    one_value: bool = False  # most filled cells (three or more) the same text: an attribute of the rows, not work


@dataclass(frozen=True)
class Decision:
    """How one column got its role: ``how`` is "words" or "content"; ``confidence`` 0..1."""

    column: int
    label: str
    field: str | None
    how: str
    confidence: float


def column_evidence(cells: list[str]) -> Evidence:
    """Shares of a column's cells (SAMPLE non-empty ones, spread over the column) that look like each role's content."""
    texts = [fold_ws(c) for c in blank_placeholders(cells)]    # a model table's stand-ins ("Thủ tục a", "……") are no content
    # a sample spread over the whole column, not its first cells: a long list's first pages may differ from the rest
    # (Thông tư 03/2022/TT-BLĐTBXH's prisons: periods on its first pages, codes "1", "2", "1, 2" after)
    kept = [i for i, t in enumerate(texts) if t]
    kept = kept[::-(-len(kept) // SAMPLE)] if len(kept) > SAMPLE else kept
    filled = [texts[i] for i in kept]
    if not filled:
        return Evidence(cells=len(texts))
    n = len(filled)
    lines = [cells[i] for i in kept]  # as printed: one person per line

    def share(pred, cells=filled) -> float:
        return round(sum(1 for t in cells if pred(t)) / n, 3)

    return Evidence(
        filled=round(len([t for t in texts if t]) / len(texts), 3),
        agency=share(_names_agency), deadline=share(reads_as_deadline),
        number=share(lambda t: bool(_NUMBERING.match(t))), quantity=share(lambda t: bool(_QUANTITY.match(t))),
        clock=share(lambda t: bool(_CLOCK.search(t)) and len(t) <= 40),
        reference=share(lambda t: bool(_REFERENCE.search(t)) and len(t) <= 200),
        long_text=share(lambda t: len(t) >= 40 or len(t.split()) >= 6),
        person=share(names_people, lines), cells=len(texts), one_value=_one_value(filled),
    )


def _one_value(filled: list[str]) -> bool:
    """Do three or more of a column's cells, and at least 0.6 of them, hold the same text?  The rest may be a row cut
    by a page break, its two pieces not yet joined (a LibreOffice PDF of Bộ Y tế's list of procedures).

    >>> _one_value(["Nghị định số 42/2025/NĐ-CP ngày 27/02/2025"] * 4 + ["Nghị định số 42/2025/NĐ-", "CP ngày 27/02/2025"])
    True
    >>> _one_value(["Rà soát", "Rà soát", "Tập huấn", "Tổng kết"]), _one_value(["Rà soát"] * 2)
    (False, False)
    """
    top = max(Counter(filled).values(), default=0)
    return top >= 3 and top >= 0.6 * len(filled)


@lru_cache(maxsize=20000)
def _names_agency(text: str) -> bool:
    """Does a cell name agencies: known to the gazetteer, or shaped like an organisation's name (a head noun
    such as "UBND", "Sở", "Ban" starting it, also after "Lãnh đạo")?  A place named alone is none.

    >>> _names_agency("Sở Nội vụ"), _names_agency("UBND tỉnh Lâm Đồng"), _names_agency("Hà Nội và Tp.HCM")
    (True, True, False)
    """
    from normalize.agencies import bare_place, parse_agencies

    if len(text) > 400 or _REFERENCE.search(text):  # "Thông báo số 12/TB-VPCP" cites, it names no agency
        return False
    if len(text) <= 150 and agency_shaped(text) or _items_name_bodies(text):
        return True
    ms = parse_agencies(text).mentions
    # a place's bare name ("Hà Nội" in a column of course venues: Quyết định 77/QĐ-TCHQ 2014) is no body's
    known = [m for m in ms if m.kind not in ("unknown", "by_reference") and not bare_place(m)]
    if not known or len(known) < len(ms) / 2:
        return False
    # the names must make most of the cell: a task sentence that mentions a body is not a list of agencies
    covered = sum(len(regex.sub(r"\W", "", text[m.start:m.end])) for m in known)
    return covered >= 0.5 * len(regex.sub(r"\W", "", text))


def names_people(text: str) -> bool:
    """Is every line of the cell a person's name (a family name and two to three more capitalised syllables,
    after a title such as "Ông" or "Đồng chí", if any)?

    One middle syllable typed in lower case is still a name ("Nguyễn Thị thúy Nhung"); the last is capitalised.

    >>> names_people("Vũ Việt Linh\\nNguyễn Thị Loan"), names_people("Ông Trần Văn Hải"), names_people("Sở Nội vụ")
    (True, True, False)
    >>> names_people("Đỗ Mạnh Cường\\nNguyễn Thị thúy Nhung"), names_people("Lê Văn luyện")
    (True, False)
    """
    lines = [fold_ws(l) for l in text.split("\n") if fold_ws(l)]
    return bool(lines) and len(lines) <= 12 and all(_person_pattern().match(l) for l in lines)


def _alt(words) -> str:
    """A regular-expression alternation of *words*, longest first."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _person_pattern():
    from .headers import vocabulary

    data = vocabulary()
    return regex.compile(rf"^(?:(?:{_alt(data.get('person_titles', []))})\s+)?(?:{_alt(data.get('family_names', []))})"
                         rf"(?:(?:\s+\p{{Lu}}\p{{Ll}}*){{1,3}}|(?:\s+\p{{Lu}}\p{{Ll}}*){{1,2}}\s+\p{{Ll}}+\s+\p{{Lu}}\p{{Ll}}*)"
                         rf"[.,;]?$")


def agency_shaped(text: str) -> bool:
    """Does the text start with an organisation's head noun (after a leader's title, if any)?

    >>> agency_shaped("Lãnh đạo UBND xã Đức Trọng"), agency_shaped("Sở Nội vụ"), agency_shaped("Công an tỉnh")
    (True, True, True)
    >>> agency_shaped("Ban hành kế hoạch"), agency_shaped("Báo cáo kết quả"), agency_shaped("Hội nghị sơ kết")
    (False, False, False)
    """
    t = fold_ws(text)
    return bool(_agency_pattern().match(t)) or _named_in_small_letters(t)


def _named_in_small_letters(text: str) -> bool:
    """A one-word head noun and a word in small letters that makes no word with it: a body named by what it does
    ("Tổ thẩm định", "Tổ chuyên gia", "Đoàn kiểm tra": Kế hoạch 239/KH-SYT 2018 of Kiên Giang, set 31), not "Tổ
    chức", "Ban hành", "Báo cáo" (underthesea's word list), nor a cell that runs on as a sentence.

    >>> _named_in_small_letters("Tổ thẩm định"), _named_in_small_letters("Tổ chức hội nghị")
    (True, False)
    >>> _named_in_small_letters("Phòng hỏa"), _named_in_small_letters("Phòng hoả")   # either tone placement
    (False, False)
    """
    from normalize.vietnamese import two_syllable_words

    m = _SMALL_NAMED.match(text)
    if m is None or len(text.split()) > 8 or m["head"] not in _one_word_heads():
        return False
    return key(f"{m['head']} {m['next']}") not in two_syllable_words()


_SMALL_NAMED = regex.compile(r"^(?P<head>\p{Lu}\p{Ll}*)\s+(?P<next>\p{Ll}+)(?:\s|$)")


@lru_cache(maxsize=1)
def _one_word_heads() -> frozenset[str]:
    from .headers import vocabulary

    return frozenset(h for h in vocabulary().get("agency_heads", []) if " " not in h and not h.isupper())


@lru_cache(maxsize=1)
def _agency_pattern():
    from .headers import vocabulary

    data = vocabulary()
    heads, prefixes = data.get("agency_heads", []), data.get("agency_prefixes", [])
    # a head noun starts a name when a capitalised word, a level ("tỉnh", "xã") or the end follows it:
    # "Sở Nội vụ", "UBND xã Đức Trọng", "Công an tỉnh", but not "Ban hành", "Báo cáo", "Hội nghị"
    levels = "tỉnh|thành phố|xã|phường|huyện|quận|thị xã|đặc khu|cấp|khu vực|các|Trung ương|trung ương"
    return regex.compile(rf"^(?:(?:{_alt(prefixes)})\s+)?(?:{_alt(heads)})(?:\s*$|\s*[,;]|\s+(?:\p{{Lu}}|(?:{levels})\b))")


# a list item's marker: "- ", "+ ", "1- ", "2. ", "a) " at the start of the cell; further in, a number's after a
# space ("... vn. 2- Tổng công ty"), a dash's only after a stop ("; - Sở"), not inside a name ("Phó TGĐ - Công ty")
_ITEM = regex.compile(r"^(?:[-–+•]|\d{1,2}\s*[-.)]|[a-zđ]\))\s+|(?<=\s)\d{1,2}\s*[-)]\s+|(?<=[.;:]\s*)[-–+•]\s+")


def _items_name_bodies(text: str) -> bool:
    """Is a cell a list whose every item is a body, alone or before a colon and its details (a contact's name,
    telephone, e-mail: Công văn 934/CĐSQG-DVS 2023, "Thông tin đầu mối": "1- Cục Chuyển đổi số quốc gia: Đ/c ...;
    điện thoại: ...  2- Tổng công ty ...: ...")?

    >>> _items_name_bodies("1- Cục Chuyển đổi số quốc gia: Đ/c Đinh Hoàng Long; điện thoại: 0835.061.968")
    True
    >>> _items_name_bodies("- Sở Tư pháp - Sở Nội vụ"), _items_name_bodies("- Ban hành kế hoạch: tháng 3")
    (True, False)
    >>> _items_name_bodies("Sở Tư pháp")   # no list: the other tests judge it
    False
    """
    if not _ITEM.match(text):
        return False
    items = [i.strip() for i in _ITEM.split(text) if i.strip()]
    heads = [i.split(":", 1)[0] for i in items]
    return bool(heads) and all(len(h) <= 150 and agency_shaped(h) for h in heads)


@lru_cache(maxsize=20000)
def reads_as_deadline(text: str) -> bool:
    """Does the deadline parser read *text* as a deadline (not a clock time, not a cited document's date)?"""
    from normalize.deadlines import parse_deadline

    if len(text) > 120 or _CLOCK.search(text) or _REFERENCE.search(text):  # a cited document's date is no deadline
        return False
    return parse_deadline(text, default_year=2000).kind not in _DEADLINE_KINDS_NOT


# ---------------------------------------------------------------- roles

_THRESHOLD = {"stt": 0.6, "lead": 0.5, "coordinating": 0.5, "deadline": 0.6, "task": 0.5}


def is_quantity(text: str) -> bool:
    """A figure, an amount or a share alone ("3.500", "24,500", "15%"): a subtotal a group row may print.

    >>> is_quantity("3.500"), is_quantity("24,500"), is_quantity("Sở Tài chính"), is_quantity("")
    (True, True, False, False)
    >>> is_quantity("2 820"), is_quantity("1 250 000"), is_quantity("1 2"), is_quantity("2025 2030")
    (True, True, False, False)
    """
    return bool(_QUANTITY.match(fold_ws(text)))


def _content_votes(ev: Evidence) -> list[tuple[float, str]]:
    """Roles a column's content supports, best first: (confidence, field)."""
    votes = [(ev.number, "stt"), (max(ev.agency, ev.person), "agency"), (ev.deadline, "deadline"),
             (ev.long_text * (1.0 - ev.agency), "task")]
    return sorted(((round(s, 3), f) for s, f in votes if s > 0), reverse=True)


def settle_roles(hmap: HeaderMap, evidence: list[Evidence], known: list[bool]) -> tuple[HeaderMap, list[Decision]]:
    """Give a role to each column whose header words are unknown, from its content; one column per role.

    *known*: per column, whether its header words are in the vocabulary (a
    known ``extra`` header keeps its column in ``extra``).  Returns the new map
    and one Decision per column.
    """
    fields = [None if f and not duration_label(label) and (contradicted(f, ev) and not _named_work(f, label)
                                                           or f in _MEASURED_NOT
                                                           and measure_label(label) or f == "deadline"
                                                           and status_label(label)) else f
              for f, ev, label in zip(hmap.fields, evidence, hmap.labels)]     # "Số ngày dự kiến": 7, 30 days
    vetoed = {c for c, (f, g) in enumerate(zip(hmap.fields, fields)) if f != g}
    taken = {f for f in fields if f}
    task_col = None if "task" in taken else _task_column(fields, evidence, known, hmap.labels)
    if task_col is not None:
        fields[task_col] = "task"
        taken.add("task")
    task_at = fields.index("task") if "task" in fields else None
    decisions: list[Decision] = []
    for c, (label, ev) in enumerate(zip(hmap.labels, evidence)):
        if c == task_col:
            decisions.append(Decision(c, label, "task", "content", max(ev.long_text, ev.reference)))
            continue
        if c in vetoed:  # header words say one thing, the cells or a measure word another: no role, and it shows
            decisions.append(Decision(c, label, None, "content", ev.quantity))
            continue
        if known[c] or fields[c]:
            decisions.append(Decision(c, label, fields[c], "words", 1.0))
            continue
        field_name, conf = _pick(ev, taken, label, after_task=task_at is None or c > task_at)
        if field_name:
            fields[c] = field_name
            taken.add(field_name)
        decisions.append(Decision(c, label, field_name, "content" if field_name else "none", conf))
    lead = _lead_before_task(fields, evidence, known, task_at)
    if lead is None:
        lead = _performers_as_result(fields, evidence)
    if lead is not None:
        fields[lead] = "lead"
        decisions[lead] = Decision(lead, hmap.labels[lead], "lead", "content", evidence[lead].agency)
    return HeaderMap(tuple(fields), hmap.labels), decisions


def _lead_before_task(fields: list, evidence: list[Evidence], known: list[bool], task_at: int | None) -> int | None:
    """An agency column left of the task column is the lead when the table assigns work to others beside a lead
    (a coordinating column) and names no lead elsewhere: "Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian
    hoàn thành" (Nghị quyết 175/NQ-CP, 2023), each unit over the tasks it leads.  A comment summary's "who
    commented" column has no coordinating column beside it and stays unmapped."""
    if task_at is None or "lead" in fields or "coordinating" not in fields:
        return None
    for c in range(task_at):
        ev = evidence[c]
        if fields[c] is None and not known[c] and ev.filled > 0 and max(ev.agency, ev.person) >= _THRESHOLD["lead"]:
            return c
    return None


def _performers_as_result(fields: list, evidence: list[Evidence]) -> int | None:
    """A column the header words give the result whose cells name bodies, in a table with no lead, is the lead:
    "Người thực hiện & kết quả" over "Sở Y tế", "Tổ thẩm định", "UBND tỉnh" (Kế hoạch 239/KH-SYT 2018 of Kiên Giang,
    set 31); a result names documents and products ("Kế hoạch", "Quyết định của UBND tỉnh"), not who acts."""
    if "lead" in fields or "result" not in fields:
        return None
    c = fields.index("result")
    ev = evidence[c]
    return c if ev.filled > 0 and max(ev.agency, ev.person) >= _THRESHOLD["lead"] else None


_ACTOR_OR_TIME = frozenset({"deadline", "lead", "coordinating"})
# a header that counts ("Số TTHC dự kiến/được quy định mới" under "Phân loại về nội dung": a statistics form of
# Thông tư 05/2014/TT-BTP) names a figure: never who acts, by when, nor the work
_MEASURED_NOT = _ACTOR_OR_TIME | {"task"}


def duration_label(label: str) -> bool:
    """Does a header count time ("Số ngày dự kiến")?  Its figures are each task's time, not a statistic."""
    return duration_header(header_key(label))


def status_label(label: str) -> bool:
    """Does a header name where the work stands now ("Tiến độ hiện tại", "Tình hình thực hiện đến nay"), not when it
    is due?  Its cells report what was done ("Đã kiểm đếm 152/152 hộ ...; GPMB đến 01/6/2026 đạt 24 ha": a Lào Cai
    report on industrial clusters, Trangsct/skill-sct), whose dates are past events: never the deadline column.
    The words are data (``status_words``).

    >>> status_label("Tiến độ hiện tại"), status_label("Tình hình thực hiện"), status_label("Tiến độ thực hiện")
    (True, True, False)
    """
    return _holds_words(header_key(label), "status_words")


def measure_label(label: str) -> bool:
    """Does a header name a figure: a count or a share ("Số ...", "Tỷ lệ ...") or a quantity in a unit "(người)"?

    >>> measure_label("Số lao động theo thời hạn cho thuê lại lao động (người)"), measure_label("Thời hạn")
    (True, False)
    >>> measure_label("Kinh phí (triệu đồng)"), measure_label("Số, ký hiệu văn bản"), measure_label("Sở chủ trì")
    (True, False, False)
    """
    return bool(_measure_pattern().search(fold_ws(label)))


@lru_cache(maxsize=1)
def _measure_pattern():
    from .headers import vocabulary

    data = vocabulary()
    return regex.compile(rf"^(?:{_alt(data.get('measure_words', []))})\s+\p{{Ll}}|\((?:{_alt(data.get('measure_units', []))})"
                         rf"(?:\s*/[^)]*)?\)", regex.I)


def is_total_label(text: str) -> bool:
    """A table's total or subtotal label ("Tổng", "Tổng cộng", "Cộng"), also as OCR reads it without its marks
    ("Tông"): the label of a row that sums figures, never a task.  The words are data (``total_words``).

    >>> is_total_label("Tổng"), is_total_label("Tông cộng:"), is_total_label("Tổng kết năm"), is_total_label("")
    (True, True, False, False)
    """
    return ascii_key(text).strip(" .:") in _total_keys()


def is_total_row(texts: list[str]) -> bool:
    """A row's cell texts (in order) sum the rows above: the first text a total label and nothing beside it but
    figures (or the label again, a merged cell).

    >>> is_total_row(["Tổng", "", "4.700", "25.500"]), is_total_row(["Tổng", "Sở Tài chính", "2026"])
    (True, False)
    """
    texts = [fold_ws(t) for t in texts if t.strip()]
    return bool(texts) and is_total_label(texts[0]) and all(is_total_label(t) or is_quantity(t) for t in texts)


@lru_cache(maxsize=1)
def _total_keys() -> frozenset[str]:
    from .headers import vocabulary

    return frozenset(ascii_key(w) for w in vocabulary().get("total_words", []))


def contradicted(field: str, ev: Evidence) -> bool:
    """Do a column's cells deny the role its header words give it?  A deadline or agency column whose cells are
    all counts ("Số lao động theo thời hạn cho thuê lại (người)" over 2, 8, 10 in a statistics form) is none; a
    task column holding one text on most rows (:func:`_one_value`) names no work of its own (Bộ Y tế's list of
    procedures, 2025: "VBQPPL quy định nội dung sửa đổi, bổ sung" over the same decree on all five rows), unless its
    header names work outright (:func:`_named_work`, checked by the caller).

    >>> contradicted("deadline", column_evidence(["2", "8", "10"])), contradicted("deadline",
    ...     column_evidence(["Quý I/2027", "12"])), contradicted("deadline", column_evidence(["", ""]))
    (True, False, False)
    >>> contradicted("task", column_evidence(["Nghị định số 42/2025/NĐ-CP"] * 3)), contradicted("task",
    ...     column_evidence(["Rà soát văn bản"] * 2))
    (True, False)
    """
    if field == "task":
        return ev.one_value
    if field not in ("deadline", "lead", "coordinating") or ev.filled == 0:
        return False
    says = ev.deadline if field == "deadline" else max(ev.agency, ev.person)
    return says == 0 and ev.quantity >= 0.8  # figures, not letters ("a" numbers an item, it counts nothing)


def _named_work(field: str, label: str) -> bool:
    """Does a task header name work outright ("Nhiệm vụ", "Công việc": strong task words)?  Its words then stand
    over a repeated cell, which content denies only under a weaker header ("VBQPPL quy định nội dung ...")."""
    return field == "task" and _holds_words(header_key(label), "strong_task_words")


def _task_column(fields: list, evidence: list[Evidence], known: list[bool], labels: tuple[str, ...]) -> int | None:
    """The task column when no header names it: the leftmost unknown column of text (long text, or the documents
    a drafting table assigns: "Các văn bản cần sửa đổi, bổ sung"), as task columns stand first after the number;
    or, where no column is such, the leftmost column of names under a naming header ("Tên văn bản" over short law
    names: Quyết định 120/QĐ-BTC 2014, Mục IV of its appendix, each law to be made known by a date)."""
    for c, ev in enumerate(evidence):
        if fields[c] is None and not known[c] and ev.filled >= 0.5 and ev.agency < 0.5 and ev.person < 0.5 \
                and max(ev.long_text, ev.reference) >= 0.5 and not ev.one_value:
            return c
    for c, ev in enumerate(evidence):
        if fields[c] is None and not known[c] and ev.filled >= 0.5 and _names_things(ev) and naming_label(labels[c]) \
                and not ev.one_value:
            return c
    return None


def _names_things(ev: Evidence) -> bool:
    """Are a column's cells names of things: not bodies, people, numbers, figures or dates?"""
    return max(ev.agency, ev.person, ev.number, ev.quantity, ev.deadline, ev.clock) < 0.5


def naming_label(label: str) -> bool:
    """Does a header name what each row is about ("Tên văn bản", "Tên dự án"), not a person ("Họ và tên") or a
    body ("Tên đơn vị", "Tên cơ quan")?  The naming words and the bodies'
    nouns are data (``name_words``, ``body_nouns``).

    >>> naming_label("Tên văn bản"), naming_label("Họ và tên"), naming_label("Tên đơn vị được kiểm tra")
    (True, False, False)
    """
    return named_header(label) and not person_label(label) and not _holds_words(header_key(label), "body_nouns")


def record_date_label(label: str) -> bool:
    """Does a header name the day something happened ("Ngày nhận câu hỏi", "Ngày ban hành"), not a day work is due
    ("Ngày hoàn thành")?  Its dates are records: content never makes it the deadline column (a register of questions
    of Quyết định 30/QĐ-BTC 2014 had its receipt dates as deadlines).

    >>> record_date_label("Ngày nhận câu hỏi"), record_date_label("Ngày hoàn thành"), record_date_label("Thời hạn")
    (True, False, False)
    """
    k = header_key(label)
    return (k == "ngay" or k.startswith("ngay ")) and not _names_doing(k)


def _names_doing(k: str) -> bool:
    """Does the header key *k* time work to be done: a strong task word ("thực hiện") or a completion word
    ("hoàn thành", "trình")?"""
    return _holds_words(k, "strong_task_words") or _holds_words(k, "completion_words")


def names_persons(label: str) -> bool:
    """Does a naming header name people ("Tên người điều khiển / Số định danh cá nhân" over the drivers of a licensing
    inspection's minutes, Trangsct/skill-sct 2026)?  Its rows are persons, not work.  The nouns are data
    (``person_nouns``).

    >>> names_persons("Tên người điều khiển / Số định danh cá nhân"), names_persons("Tên văn bản")
    (True, False)
    """
    return named_header(label) and _holds_words(header_key(label), "person_nouns")


def _pick(ev: Evidence, taken: set[str], label: str, after_task: bool = True) -> tuple[str | None, float]:
    if ev.reference >= 0.5:  # a column of cited documents is context, not a role
        return None, ev.reference
    for conf, vote in _content_votes(ev):
        # who is assigned stands after what is assigned: agencies left of the task column (who commented,
        # who reported) are not its lead
        names = [vote] if vote != "agency" else (_agency_roles(label) if after_task and not non_actor_label(label) else [])
        if vote == "deadline" and record_date_label(label):
            continue
        for name in names:
            if name not in taken and conf >= _THRESHOLD[name]:
                return name, conf
    return None, 0.0


def non_actor_label(label: str) -> bool:
    """Does a header name people by their part, a place or an audience, whose cells may name bodies that are not
    the task's?

    >>> non_actor_label("Giáo viên"), non_actor_label("Địa điểm (Dự kiến)"), non_actor_label("Đơn vị thực hiện")
    (True, True, False)
    >>> non_actor_label("Đối tượng tuyên truyền")
    True
    """
    k = header_key(label)
    return person_label(label) or any(k == w or k.startswith(w + " ") for w in _non_actor_keys())


@lru_cache(maxsize=1)
def _non_actor_keys() -> tuple[str, ...]:
    from .headers import vocabulary

    data = vocabulary()
    return tuple(header_key(w) for w in data.get("place_words", []) + data.get("audience_words", []))


def person_label(label: str) -> bool:
    """Does a header name people by their part ("Giáo viên", "Báo cáo viên": a noun in "-viên", the one who does
    it), not bodies?  Its cells may name the bodies that send them (Quyết định 77/QĐ-TCHQ 2014: "Giáo viên" over
    "Học viện Cảnh sát nhân dân"), who neither lead nor coordinate the task.

    >>> person_label("Giáo viên"), person_label("Báo cáo viên"), person_label("Cơ quan thành viên")
    (True, True, False)
    >>> person_label("Đơn vị phối hợp"), person_label("Dự kiến SL học viên")
    (False, True)
    """
    k = header_key(label)
    return bool(regex.search(r"(?:^|\s)\w+ vien(?:\s|$)", k)) and not regex.search(r"\b(?:co quan|don vi|to chuc)\b", k)


def _agency_roles(label: str) -> list[str]:
    """The first agency column is the lead, unless its header says "phối hợp"."""
    return ["coordinating"] if "phoi hop" in header_key(label) else ["lead", "coordinating"]


# ---------------------------------------------------------------- table kinds

def weak_task_header(label: str) -> bool:
    """Does a task header say only "Nội dung ..." (also the header of comment summaries and reports)?

    >>> weak_task_header("Nội dung góp ý"), weak_task_header("Nội dung công việc"), weak_task_header("Nhiệm vụ")
    (True, False, False)
    """
    from .headers import vocabulary

    k = header_key(label)
    weak = any(k == w or k.startswith(w + " ") for w in map(header_key, vocabulary().get("weak_task_words", [])))
    return weak and not _holds_words(k, "strong_task_words")


def _holds_words(k: str, list_name: str) -> bool:
    """Does the header key *k* hold, as whole words, one of the words of the vocabulary's list *list_name*?"""
    from .headers import vocabulary

    return any(f" {w} " in f" {k} " for w in map(header_key, vocabulary().get(list_name, [])))


def indicator_header(label: str) -> bool:
    """Does a task header name indicators ("Nội dung chỉ tiêu") and no work ("Chỉ tiêu, nội dung nhiệm vụ")?

    >>> indicator_header("Nội dung chỉ tiêu"), indicator_header("Chỉ tiêu, nội dung nhiệm vụ")
    (True, False)
    >>> indicator_header("Nội dung")
    False
    """
    k = header_key(label)
    return _holds_words(k, "indicator_subjects") and not _holds_words(k, "strong_task_words")


def _unconfirmed_deadline(hmap: HeaderMap, evidence: list[Evidence], inferred: frozenset[str]) -> bool:
    """Does a table with no lead column rest on a deadline column its cells deny: read as a deadline on less than
    half of its filled cells, or empty ("Quy trình thực hiện" over the names of procedures: Nghị quyết
    66.18/2026/NQ-CP; "Thời hạn kiểm tra" over "02 ngày" in an inspection list; "Công lao động (giờ)" over "2
    giờ/1người" in a circular's labour norms; "Thời gian duy trì (phút)" over minutes; "Thời gian tồn tại" over
    codes "1, 2"; a blank form's "Thời gian thực hiện": nineteenth session, Công báo circulars and decrees)?"""
    if "lead" in hmap.fields or "deadline" not in hmap.fields:
        return False
    return evidence[hmap.fields.index("deadline")].deadline < 0.5


def _blank_form(hmap: HeaderMap, evidence: list[Evidence]) -> bool:
    """Is the table a form to fill in: numbered rows and every other column empty on nearly every row (a circular's
    model report "TT | Nghề, công việc | ... | Cơ quan thực hiện đo" with numbered blank rows: Thông tư
    24/2022/TT-BLĐTBXH)?"""
    numbered = [ev.filled for f, ev in zip(hmap.fields, evidence) if f == "stt"]
    rest = [ev.filled for f, ev in zip(hmap.fields, evidence) if f != "stt"]
    # rows with nothing at all, not even a number (Thông tư 01/2014/TT-BKHĐT's "TT | Tên dự án | ... | Cơ quan chủ
    # trì | Cơ quan phối hợp" over four empty rows), are a form too
    empty_rows = all(ev.cells > 0 and ev.filled < 0.2 for ev in evidence)
    return max(rest, default=0.0) < 0.2 and (bool(numbered) and max(numbered) >= 0.5 or bool(evidence) and empty_rows)


def _catalogue(hmap: HeaderMap, inferred: frozenset[str], task_label: str) -> bool:
    """Is the table a list of things with the bodies that handle them: no deadline column, none that header words
    call coordinating, the names found by content alone, a header that names no work and a lead header that assigns
    none ("Ký hiệu biểu mẫu | Tên biểu | Đơn vị thực hiện | Đơn vị nhận báo cáo": the report forms of Thông tư
    05/2014/TT-BTP, who fills each and who receives it; "Tên thủ tục hành chính | Lĩnh vực | Cơ quan thực hiện": the
    list of administrative procedures a decision publishes, Quyết định 04/QĐ-BVHTTDL 2014)?  The counterpart of
    :func:`_dated_list`; a header naming work ("Tên đề án", "Nhiệm vụ") keeps the table."""
    if "deadline" in hmap.fields or "coordinating" in hmap.fields and "coordinating" not in inferred \
            or "task" not in inferred or _holds_words(header_key(task_label), "strong_task_words"):
        return False
    # a lead header that assigns ("Cơ quan chủ trì soạn thảo" over the laws to amend: Nghị quyết 24/2026/NQ-CP) keeps it
    return not _holds_words(header_key(hmap.label("lead")), "assignment_words")


def _dated_list(hmap: HeaderMap, inferred: frozenset[str], task_label: str) -> bool:
    """Is the table a list of things with their dates: no lead column, the dates or the things found by content
    alone, and a task header that names no work ("Nội dung, quy định hết hiệu lực | Ngày hết hiệu lực": Quyết định
    169/QĐ-BLĐTBXH 2024; "Tên gọi của văn bản / Trích yếu nội dung | Thời điểm có hiệu lực": Quyết định
    1205/QĐ-BKHĐT 2019; "Loại xe, Biển kiểm soát | ... | Thời hạn kiểm định", the vehicles of a licensing inspection's
    minutes, Trangsct/skill-sct 2026)?

    A header naming work ("Nội dung công việc", "Nhiệm vụ") keeps the table, whatever found its dates."""
    if "lead" in hmap.fields or _holds_words(header_key(task_label), "strong_task_words"):
        return False
    if "deadline" in inferred:
        return True
    # things found by content under a timing header that names no doing ("Thời hạn kiểm định", not "Thời gian thực
    # hiện" over the laws to disseminate of Quyết định 120/QĐ-BTC 2014, a task table with no lead column)
    return "task" in inferred and not _names_doing(header_key(hmap.label("deadline")))


def table_kind(hmap: HeaderMap, evidence: list[Evidence], inferred: frozenset[str] = frozenset()) -> str:
    """ "task" when the table assigns work (a task column plus a lead or a deadline column), else its kind.

    Kinds of tables that assign no work: "agenda" (time-of-day slots),
    "scoring" (points), "participants" (people's names), "indicator" (columns
    of figures, unless header words name a lead or deadline column; or a task header that names indicators,
    "Nội dung chỉ tiêu", with no deadline column), "other".
    *inferred*: the fields whose column was found by content.
    """
    fields = set(f for f in hmap.fields if f)
    words = {k for label in hmap.labels for k in kind_words(label)}
    if any(ev.clock >= 0.5 and ev.filled >= 0.5 for ev in evidence):   # slots on most rows, not a stray "5G"
        return "agenda"
    if "scoring" in words:
        return "scoring"
    if "participants" in words:
        return "participants"
    task_label = hmap.label("task")
    if task_label and "deadline" not in fields and indicator_header(task_label):
        return "indicator"
    if task_label and names_persons(task_label):
        return "participants"
    figures = sum(1 for ev in evidence if ev.quantity >= 0.6) >= 2 or "indicator" in words
    assigned = fields & {"lead", "deadline"}
    weak = "deadline" not in fields and weak_task_header(task_label) if task_label else False
    if "task" in fields and assigned and not (assigned <= inferred and (figures or weak)) \
            and not _unconfirmed_deadline(hmap, evidence, inferred) and not _dated_list(hmap, inferred, task_label) \
            and not _blank_form(hmap, evidence) and not _catalogue(hmap, inferred, task_label):
        return "task"
    if figures:
        return "indicator"
    return "other"
