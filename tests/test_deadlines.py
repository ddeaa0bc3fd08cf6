"""normalize.deadlines: the seed's deadlines, a table of forms, properties."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import normalize.deadlines as dl
from normalize.deadlines import KINDS, RECURRENCES, Deadline
from normalize.text import ascii_key, fold_ws

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "source" / "phu_luc_ii_de_an_06.txt"
ROMAN = re.compile(r"^[IVXLC]+$")
D = date


def parse_deadline(text, *, default_year=None):  # noqa: F811 - the raising core: a bug fails the test
    """The tests call the parser's raising core (read_deadline), not the never-raise wrapper."""
    if type(text) is not str:
        return dl.parse_deadline(text, default_year=default_year)
    if default_year is not None and (type(default_year) is not int or not 1900 <= default_year <= 2199):
        default_year = None
    return dl.read_deadline(text, default_year)


def seed_deadlines() -> set[str]:
    """Column 5 of the seed's task rows (no header rows, no section rows, no blanks)."""
    out = set()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) < 6:
            continue
        stt, deadline = cells[0].strip(), cells[4].strip()
        if deadline == "Thời gian thực hiện" or ROMAN.match(stt) or not deadline:
            continue
        out.add(deadline)
    return out


# text -> (kind, start, end)
SEED_EXPECTED = {
    "Tháng 12/2026": ("month", D(2026, 12, 1), D(2026, 12, 31)),
    "Tháng 12/2027": ("month", D(2027, 12, 1), D(2027, 12, 31)),
    "Tháng 10/2026": ("month", D(2026, 10, 1), D(2026, 10, 31)),
    "Tháng 06/2026": ("month", D(2026, 6, 1), D(2026, 6, 30)),
    "6/2026": ("month", D(2026, 6, 1), D(2026, 6, 30)),
    "Tháng 6/2026": ("month", D(2026, 6, 1), D(2026, 6, 30)),
    "Tháng 5/2026": ("month", D(2026, 5, 1), D(2026, 5, 31)),
    "Tháng 7/2026": ("month", D(2026, 7, 1), D(2026, 7, 31)),
    "Thực hiện thường xuyên": ("continuous", None, None),
    "Tháng 3/2027": ("month", D(2027, 3, 1), D(2027, 3, 31)),
    "Tháng 9/2026": ("month", D(2026, 9, 1), D(2026, 9, 30)),
    "Tháng 1/2027": ("month", D(2027, 1, 1), D(2027, 1, 31)),
    "Thực hiện thường xuyên (hoàn thành việc kết nối trong năm 2026)": ("continuous", None, None),
    "Tháng 2/2027": ("month", D(2027, 2, 1), D(2027, 2, 28)),
    "Tháng 1/2030": ("month", D(2030, 1, 1), D(2030, 1, 31)),
    "Triển khai từ 2026, thực hiện thường xuyên": ("continuous", D(2026, 1, 1), None),
    "Tháng 02/2027": ("month", D(2027, 2, 1), D(2027, 2, 28)),
    "Đánh giá theo mốc năm 2027, 2030": ("milestones", None, D(2030, 12, 31)),
    "Quý I/2027": ("quarter", D(2027, 1, 1), D(2027, 3, 31)),
    "Theo tiến độ đã được giao": ("by_reference", None, None),
    "Tháng 3/2028": ("month", D(2028, 3, 1), D(2028, 3, 31)),
    "Quý II/2027": ("quarter", D(2027, 4, 1), D(2027, 6, 30)),
    "Tháng 1/2028": ("month", D(2028, 1, 1), D(2028, 1, 31)),
    "Tháng 6/2028": ("month", D(2028, 6, 1), D(2028, 6, 30)),
    "Trong năm 2026 và theo thỏa thuận với đối tác": ("year", D(2026, 1, 1), D(2026, 12, 31)),
    "Thực hiện hàng năm": ("recurring", None, None),
    "Bắt đầu triển khai từ năm 2026": ("open_ended", D(2026, 1, 1), None),
}


def test_seed_table_covers_every_seed_deadline():
    assert seed_deadlines() == set(SEED_EXPECTED)


@pytest.mark.parametrize("text", sorted(SEED_EXPECTED))
def test_seed_deadline(text):
    d = parse_deadline(text, default_year=2026)
    assert (d.kind, d.start, d.end) == SEED_EXPECTED[text]
    assert d.raw == text
    assert not d.year_inferred


def test_seed_details():
    d = parse_deadline("Trong năm 2026 và theo thỏa thuận với đối tác")
    assert d.note == "theo thỏa thuận với đối tác"
    d = parse_deadline("Đánh giá theo mốc năm 2027, 2030")
    assert d.milestones == (D(2027, 12, 31), D(2030, 12, 31))
    assert parse_deadline("Thực hiện hàng năm").recurrence == "yearly"
    d = parse_deadline("Thực hiện thường xuyên (hoàn thành việc kết nối trong năm 2026)")
    assert d.note == "hoàn thành việc kết nối trong năm 2026"
    assert parse_deadline("Theo tiến độ đã được giao").note == "Theo tiến độ đã được giao"


# (text, default_year, kind, start, end, recurrence, milestones, note, year_inferred)
# Columns after `end` are checked only when given (use ... for "don't care").
X = ...
FORMS = [
    # months
    ("Tháng 12/2026", None, "month", D(2026, 12, 1), D(2026, 12, 31), None, (), "", False),
    ("Tháng 06/2026", None, "month", D(2026, 6, 1), D(2026, 6, 30), None, (), "", False),
    ("6/2026", None, "month", D(2026, 6, 1), D(2026, 6, 30), None, (), "", False),
    ("tháng 6 năm 2026", None, "month", D(2026, 6, 1), D(2026, 6, 30), None, (), "", False),
    ("Thang 12/2026", None, "month", D(2026, 12, 1), D(2026, 12, 31), None, (), "", False),
    ("THÁNG 12/2026", None, "month", D(2026, 12, 1), D(2026, 12, 31), None, (), "", False),
    ("THANG 2/2028", None, "month", D(2028, 2, 1), D(2028, 2, 29), None, (), "", False),
    ("Tháng 12-2026", None, "month", D(2026, 12, 1), D(2026, 12, 31), None, (), "", False),
    ("  tháng\n12 / 2026 ", None, "month", D(2026, 12, 1), D(2026, 12, 31), None, (), "", False),
    ("Tháng 12", 2026, "month", D(2026, 12, 1), D(2026, 12, 31), None, (), "", True),
    ("Tháng 12", None, "unparsed", None, None, None, (), "Tháng 12", False),
    ("Hoàn thành trước tháng 6/2026", None, "month", None, D(2026, 6, 30), None, (), "", False),
    ("Tháng 6/2026 (sau khi có hướng dẫn)", None, "month", D(2026, 6, 1), D(2026, 6, 30), None, (),
     "sau khi có hướng dẫn", False),
    # month ranges and lists
    ("Từ tháng 3/2026 đến tháng 9/2026", None, "month_range", D(2026, 3, 1), D(2026, 9, 30), None, (), "", False),
    ("từ tháng 3 đến tháng 9/2026", None, "month_range", D(2026, 3, 1), D(2026, 9, 30), None, (), "", False),
    ("Tháng 6, 7/2026", None, "month_range", D(2026, 6, 1), D(2026, 7, 31), None, (), "", False),
    ("Tháng 6 - 9/2026", None, "month_range", D(2026, 6, 1), D(2026, 9, 30), None, (), "", False),
    ("Tháng 12/2026 - tháng 3/2027", None, "month_range", D(2026, 12, 1), D(2027, 3, 31), None, (), "", False),
    ("Tháng 6 và tháng 12/2026", None, "milestones", None, D(2026, 12, 31), None,
     (D(2026, 6, 30), D(2026, 12, 31)), "", False),
    ("Quý I, II/2027", None, "month_range", D(2027, 1, 1), D(2027, 6, 30), None, (), "", False),
    # quarters
    ("Quý I/2027", None, "quarter", D(2027, 1, 1), D(2027, 3, 31), None, (), "", False),
    ("Quý 2/2026", None, "quarter", D(2026, 4, 1), D(2026, 6, 30), None, (), "", False),
    ("Quý II năm 2026", None, "quarter", D(2026, 4, 1), D(2026, 6, 30), None, (), "", False),
    ("Quý IV - 2026", None, "quarter", D(2026, 10, 1), D(2026, 12, 31), None, (), "", False),
    ("Quý IV – 2026", None, "quarter", D(2026, 10, 1), D(2026, 12, 31), None, (), "", False),
    ("QUY III/2026", None, "quarter", D(2026, 7, 1), D(2026, 9, 30), None, (), "", False),
    ("quý 4 năm 2025", None, "quarter", D(2025, 10, 1), D(2025, 12, 31), None, (), "", False),
    ("Quý III", 2026, "quarter", D(2026, 7, 1), D(2026, 9, 30), None, (), "", True),
    ("Quý III", None, "unparsed", None, None, None, (), "Quý III", False),
    ("Trước quý II/2027", None, "quarter", None, D(2027, 6, 30), None, (), "", False),
    # half years
    ("6 tháng đầu năm 2026", None, "half_year", D(2026, 1, 1), D(2026, 6, 30), None, (), "", False),
    ("6 tháng cuối năm 2025", None, "half_year", D(2025, 7, 1), D(2025, 12, 31), None, (), "", False),
    ("6 thang dau nam 2026", None, "half_year", D(2026, 1, 1), D(2026, 6, 30), None, (), "", False),
    ("Sáu tháng cuối năm", 2026, "half_year", D(2026, 7, 1), D(2026, 12, 31), None, (), "", True),
    # years and ranges
    ("Năm 2026", None, "year", D(2026, 1, 1), D(2026, 12, 31), None, (), "", False),
    ("Trong năm 2026", None, "year", D(2026, 1, 1), D(2026, 12, 31), None, (), "", False),
    ("TRONG NĂM 2026", None, "year", D(2026, 1, 1), D(2026, 12, 31), None, (), "", False),
    ("2025", None, "year", D(2025, 1, 1), D(2025, 12, 31), None, (), "", False),
    ("Đến năm 2030", None, "year", None, D(2030, 12, 31), None, (), "", False),
    ("2025 - 2026", None, "year_range", D(2025, 1, 1), D(2026, 12, 31), None, (), "", False),
    ("Năm 2026-2027", None, "year_range", D(2026, 1, 1), D(2027, 12, 31), None, (), "", False),
    ("Giai đoạn 2026–2030", None, "year_range", D(2026, 1, 1), D(2030, 12, 31), None, (), "", False),
    ("giai doan 2026 - 2030", None, "year_range", D(2026, 1, 1), D(2030, 12, 31), None, (), "", False),
    ("Từ năm 2026 đến năm 2030", None, "year_range", D(2026, 1, 1), D(2030, 12, 31), None, (), "", False),
    ("Năm 2026, 2027", None, "year_range", D(2026, 1, 1), D(2027, 12, 31), None, (), "", False),
    ("Trong năm 2026 và theo thỏa thuận với đối tác", None, "year", D(2026, 1, 1), D(2026, 12, 31), None, (),
     "theo thỏa thuận với đối tác", False),
    # dates
    ("Trước ngày 30/6/2026", None, "date", None, D(2026, 6, 30), None, (), "", False),
    ("Trước 30/6/2026", None, "date", None, D(2026, 6, 30), None, (), "", False),
    ("trước ngày 31/12/2025", None, "date", None, D(2025, 12, 31), None, (), "", False),
    ("TRUOC NGAY 31/12/2025", None, "date", None, D(2025, 12, 31), None, (), "", False),
    ("Chậm nhất ngày 15/01/2027", None, "date", None, D(2027, 1, 15), None, (), "", False),
    ("ngày 15 tháng 3 năm 2026", None, "date", D(2026, 3, 15), D(2026, 3, 15), None, (), "", False),
    ("Ngày 30-6-2026", None, "date", D(2026, 6, 30), D(2026, 6, 30), None, (), "", False),
    ("ngày 15/3", 2026, "date", D(2026, 3, 15), D(2026, 3, 15), None, (), "", True),
    ("Trước 31/12", 2026, "date", None, D(2026, 12, 31), None, (), "", True),
    ("Trước 31/12", None, "unparsed", None, None, None, (), "Trước 31/12", False),
    ("Đến hết năm 2026", None, "year", None, D(2026, 12, 31), None, (), "", False),
    ("Quý IV/2026 - Quý I/2027", None, "month_range", D(2026, 10, 1), D(2027, 3, 31), None, (), "", False),
    ("Tháng 6/2026 theo Kế hoạch 123/KH-BCA", None, "month", D(2026, 6, 1), D(2026, 6, 30), None, (),
     "theo Kế hoạch 123/KH-BCA", False),
    ("Từ ngày 01/3/2026 đến ngày 30/6/2026", None, "month_range", D(2026, 3, 1), D(2026, 6, 30), None, (), "", False),
    # open ended
    ("Bắt đầu triển khai từ năm 2026", None, "open_ended", D(2026, 1, 1), None, None, (), "", False),
    ("2025 và những năm tiếp theo", None, "open_ended", D(2025, 1, 1), None, None, (), "", False),
    ("Từ năm 2026 trở đi", None, "open_ended", D(2026, 1, 1), None, None, (), "", False),
    ("Từ tháng 7/2026", None, "open_ended", D(2026, 7, 1), None, None, (), "", False),
    ("Sau tháng 6/2026", None, "open_ended", D(2026, 7, 1), None, None, (), "", False),
    # milestones
    ("Đánh giá theo mốc năm 2027, 2030", None, "milestones", None, D(2030, 12, 31), None,
     (D(2027, 12, 31), D(2030, 12, 31)), "", False),
    ("Theo mốc 2030, 2027 và 2028", None, "milestones", None, D(2030, 12, 31), None,
     (D(2027, 12, 31), D(2028, 12, 31), D(2030, 12, 31)), "", False),
    ("Mốc tháng 6/2026 và quý IV/2026", None, "milestones", None, D(2026, 12, 31), None,
     (D(2026, 6, 30), D(2026, 12, 31)), "", False),
    # continuous
    ("Thực hiện thường xuyên", None, "continuous", None, None, None, (), "", False),
    ("THỰC HIỆN THƯỜNG XUYÊN", None, "continuous", None, None, None, (), "", False),
    ("Thuc hien thuong xuyen", None, "continuous", None, None, None, (), "", False),
    ("Thường xuyên trong năm", None, "continuous", None, None, None, (), "", False),
    ("Nhiệm vụ thường xuyên", None, "continuous", None, None, None, (), "", False),
    ("Thường xuyên, liên tục", None, "continuous", None, None, None, (), "", False),
    ("Triển khai từ 2026, thực hiện thường xuyên", None, "continuous", D(2026, 1, 1), None, None, (), "", False),
    ("Thực hiện thường xuyên (hoàn thành việc kết nối trong năm 2026)", None, "continuous", None, None, None, (),
     "hoàn thành việc kết nối trong năm 2026", False),
    # recurring
    ("Hằng năm", None, "recurring", None, None, "yearly", (), "", False),
    ("hàng năm", None, "recurring", None, None, "yearly", (), "", False),
    ("HANG NAM", None, "recurring", None, None, "yearly", (), "", False),
    ("Thực hiện hàng năm", None, "recurring", None, None, "yearly", (), "", False),
    ("Định kỳ hằng quý", None, "recurring", None, None, "quarterly", (), "", False),
    ("Hằng quý", None, "recurring", None, None, "quarterly", (), "", False),
    ("Định kỳ hằng tháng", None, "recurring", None, None, "monthly", (), "", False),
    ("Hàng tháng", None, "recurring", None, None, "monthly", (), "", False),
    ("Định kỳ 6 tháng", None, "recurring", None, None, None, (), "6 tháng", False),
    ("Hằng năm, từ năm 2027", None, "recurring", D(2027, 1, 1), None, "yearly", (), "", False),
    ("Tháng 12 hằng năm", None, "recurring", None, None, "yearly", (), "", False),
    # by reference
    ("Theo tiến độ đã được giao", None, "by_reference", None, None, None, (), "Theo tiến độ đã được giao", False),
    ("Theo hướng dẫn của Trung ương", None, "by_reference", None, None, None, (),
     "Theo hướng dẫn của Trung ương", False),
    ("Trước ngày 05 của tháng liền kề", None, "recurring", None, None, "monthly", (), "", False),
    ("Căn cứ tình hình thực tế", None, "by_reference", None, None, None, (), "Căn cứ tình hình thực tế", False),
    # unparsed
    ("", None, "unparsed", None, None, None, (), "", False),
    ("   ", None, "unparsed", None, None, None, (), "", False),
    ("Tháng 13/2026", None, "unparsed", None, None, None, (), "Tháng 13/2026", False),
    ("31/2/2026", None, "unparsed", None, None, None, (), "31/2/2026", False),
    ("Quý V/2026", None, "unparsed", None, None, None, (), "Quý V/2026", False),
    ("Từ 2030 đến 2026", None, "unparsed", None, None, None, (), "Từ 2030 đến 2026", False),
    ("Thực hiện thườ", None, "unparsed", None, None, None, (), "Thực hiện thườ", False),
    ("Tháng 12/20", None, "unparsed", None, None, None, (), "Tháng 12/20", False),
    ("Sớm nhất có thể", None, "unparsed", None, None, None, (), "Sớm nhất có thể", False),
]


@pytest.mark.parametrize("text,year,kind,start,end,recurrence,milestones,note,inferred", FORMS,
                         ids=[f"{i}:{f[0][:40]}" for i, f in enumerate(FORMS)])
def test_form(text, year, kind, start, end, recurrence, milestones, note, inferred):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end) == (kind, start, end)
    assert d.recurrence == recurrence
    assert d.milestones == milestones
    assert d.note == note
    assert d.year_inferred is inferred
    assert d.raw == text


def test_form_table_size():
    assert len(FORMS) >= 60
    assert {f[2] for f in FORMS} == set(KINDS)


def test_note_keeps_original_spelling():
    # The rules run on the ascii key; the note is cut from the original text.
    d = parse_deadline("Tháng 6/2026, ưu tiên Hà Nội")
    assert (d.kind, d.note) == ("month", "ưu tiên Hà Nội")
    d = parse_deadline("Quý\u0301 I/2027 — Bộ Tư pha\u0301p chủ trì")  # decomposed, odd marks
    assert d.kind == "quarter" and d.note.endswith("chủ trì")


def test_tone_mark_variants():
    a = parse_deadline("Trong năm 2026 và theo thoả thuận")
    b = parse_deadline("Trong năm 2026 và theo thỏa thuận")
    assert (a.kind, a.start, a.end) == (b.kind, b.start, b.end)


def test_frozen_and_cached():
    d = dl.parse_deadline("Tháng 12/2026")
    with pytest.raises(Exception):
        d.kind = "year"  # type: ignore[misc]
    assert dl.parse_deadline("Tháng 12/2026") is d
    assert isinstance(d, Deadline)


def test_bad_inputs_do_not_raise():
    assert parse_deadline(None).kind == "unparsed"  # type: ignore[arg-type]
    assert parse_deadline("Quý III", default_year="2026").kind == "unparsed"  # type: ignore[arg-type]
    assert parse_deadline("Quý III", default_year=99999).kind == "unparsed"


def test_vocabulary_is_well_formed():
    text = dl.VOCABULARY.read_text(encoding="utf-8")
    assert text.startswith("#")
    v = yaml.safe_load(text)
    for name in ("day_words", "month_words", "quarter_words", "year_words", "fillers"):
        assert isinstance(v[name], list) and v[name] and all(isinstance(w, str) and w.strip() for w in v[name])
    assert sorted(set(v["quarter_numerals"].values())) == [1, 2, 3, 4]
    assert set(v["half_year"]) == {"first", "second"}
    assert set(v["cues"]["recurring"]) == set(RECURRENCES) | {"none", "stage"}
    expected = {"continuous", "recurring", "from", "until", "after", "onward", "milestones", "reference", "relative",
                "status"}
    assert v["citations"] and all(isinstance(w, str) and w.strip() for w in v["citations"])
    assert set(v["cues"]) == expected
    meaning: dict[str, set] = {}
    for name, words in v["cues"].items():
        groups = words.items() if isinstance(words, dict) else [(None, words)]
        for sub, g in groups:
            assert isinstance(g, list) and g and all(isinstance(w, str) and w.strip() for w in g), name
            if name != "reference":  # reference words are only checked at the start
                for w in g:
                    meaning.setdefault(ascii_key(w), set()).add((name, sub))
    # A phrase means one thing ("hằng năm" and "hàng năm" share a key and a meaning).
    assert {p: m for p, m in meaning.items() if len(m) > 1} == {}
    phrases = list(meaning)
    for must in ("thường xuyên", "hằng năm", "hàng năm", "định kỳ", "hằng quý", "hằng tháng", "từ", "đến",
                 "trước", "sau", "mốc", "tiếp theo"):
        assert ascii_key(must) in phrases, must
    assert "theo" in [ascii_key(w) for w in v["cues"]["reference"]]
    assert {"trong", "giai đoạn"} <= set(v["fillers"])


# ---------------------------------------------------------------- properties

def check(d: Deadline):
    assert d.kind in KINDS
    assert d.recurrence in RECURRENCES + (None,)
    if d.start is not None and d.end is not None:
        assert d.start <= d.end
    assert list(d.milestones) == sorted(set(d.milestones))
    if d.milestones:
        assert d.end == d.milestones[-1]
    if d.kind == "milestones":
        assert d.milestones
    if d.kind in ("continuous", "open_ended"):
        assert d.end is None
    if d.kind == "unparsed":
        assert d.start is d.end is None and not d.milestones
    if d.kind in ("date", "month", "quarter", "half_year", "year", "year_range", "month_range"):
        assert d.end is not None
    assert isinstance(d.note, str)
    if d.recurrence_day is not None or d.recurrence_month is not None:
        assert d.kind == "recurring"
        assert d.recurrence_month is None or 1 <= d.recurrence_month <= 12
        assert d.recurrence_day is None or 1 <= d.recurrence_day <= 31
    if d.continuing:
        assert d.end is not None and d.kind in ("date", "month", "quarter", "half_year", "year", "year_range",
                                                "month_range", "milestones")


FAST = settings(max_examples=int(__import__("os").environ.get("DL_EXAMPLES", 1000)), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(), st.one_of(st.none(), st.integers(1900, 2199)))
def test_never_raises_on_any_text(text, year):
    check(parse_deadline(text, default_year=year))


_V = dl.load_vocabulary()


def _vocab_words():
    words = list(_V["day_words"] + _V["month_words"] + _V["quarter_words"] + _V["year_words"] + _V["fillers"])
    words += list(_V["quarter_numerals"]) + _V["half_year"]["first"] + _V["half_year"]["second"]
    for g in _V["cues"].values():
        for ws in (g.values() if isinstance(g, dict) else [g]):
            words += ws
    words += ["-", "–", "/", ",", ";", "(", ")", "và", "theo", "thỏa thuận", "của"]
    return sorted(set(words))


piece = st.one_of(
    st.sampled_from(_vocab_words()),
    st.integers(0, 40).map(str),
    st.integers(1895, 2205).map(str),
    st.sampled_from(["0", "00", "05", "29", "30", "31", "13", "I", "V", "iv"]),
)
sep = st.sampled_from([" ", "/", "-", " - ", ", ", "", ".", " / "])


@FAST
@given(st.lists(st.tuples(piece, sep), max_size=10), st.one_of(st.none(), st.integers(1900, 2199)),
       st.sampled_from([str, str.upper, ascii_key]))
def test_never_raises_on_vocabulary_text(parts, year, case):
    text = case("".join(p + s for p, s in parts))
    check(parse_deadline(text, default_year=year))


@FAST
@given(st.integers(1950, 2150), st.integers(1950, 2150), st.integers(1, 12), st.integers(1, 12))
def test_ranges_and_milestones(y1, y2, m1, m2):
    d = parse_deadline(f"Từ tháng {m1}/{y1} đến tháng {m2}/{y2}")
    if (y1, m1) <= (y2, m2):
        assert d.kind == "month_range" and (d.start.year, d.start.month) == (y1, m1)
        assert (d.end.year, d.end.month) == (y2, m2)
    else:
        assert d.kind == "unparsed"
    d = parse_deadline(f"Theo mốc năm {y1}, {y2}")
    assert d.kind == "milestones" and d.end == D(max(y1, y2), 12, 31)
    check(d)


@FAST
@given(st.text(alphabet="ăâđêôơưáàảãạấầẩẫậéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵĐÁ ̣̀́̃̉aeoiuy\u00a0\t\n İß(),-–/0123456789",
               max_size=40))
def test_aligned_key_matches_ascii_key(text):
    cell = dl._prepare(text, None)
    if cell is None:
        assert not dl._STRAY_MARKS.sub("", fold_ws(text))
        return
    assert len(cell.k) == len(cell.shown) == len(cell.parsed)
    if all(len(c.lower()) == 1 for c in cell.shown):  # "İ" lowers to two characters: kept as is
        assert " ".join(cell.k.split()) == ascii_key(cell.shown)
    check(parse_deadline(text))


# ---------------------------------------------------------------- real strings, by error class
# (text, default_year, kind, start, end, recurrence, recurrence_day, recurrence_month, continuing, milestones)
REAL = [
    # A dated completion plus continuing work.  Issue 14's example (a provincial digital-government plan, 2025).
    ("Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên", None, "year_range", D(2026, 1, 1),
     D(2027, 12, 31), None, None, None, True, ()),
    # Relative recurring dates.  "trước ngày 15/12 hằng năm": a maintenance plan in a public repository
    # (find_string id 55662480803) and Nghị định 90/2020/NĐ-CP's evaluation date (id 71085286064);
    # "chậm nhất trước ngày 15/12 hằng năm": the labour report deadline (Bộ luật Lao động), id 54503959055;
    # "ngày 26/3 hàng năm": Kế hoạch 1914/KH-UBND 2023 of Hải Dương (thuvienphapluat.vn);
    # "trước ngày 31/01 năm liền kề", "trước ngày 05 của tháng liền kề": issue 14.
    ("Trước ngày 15/12 hằng năm", None, "recurring", None, None, "yearly", 15, 12, False, ()),
    ("chậm nhất trước ngày 15/12 hằng năm", None, "recurring", None, None, "yearly", 15, 12, False, ()),
    ("ngày 26/3 hàng năm", None, "recurring", None, None, "yearly", 26, 3, False, ()),
    ("trước ngày 31/01 năm liền kề", None, "recurring", None, None, "yearly", 31, 1, False, ()),
    ("trước ngày 05 của tháng liền kề", None, "recurring", None, None, "monthly", 5, None, False, ()),
    # "of the last month of the quarter": quarterly (a commune Party committee's draft plan, 2026, find_string id
    # 70278330122; the first recurrence written is the one kept).
    ("trước ngày 20 của tháng cuối quý và trước ngày 15/11 hằng năm", 2026, "recurring", None, None, "quarterly", 20,
     None, False, ()),
    # A cited document's date is never a deadline.  Issue 14; "Thực hiện Quyết định số 1133/QĐ-TTg ngày 15
    # tháng 7 năm 2013": Kế hoạch 51/KH-UBND 2013 of Thái Bình; "Căn cứ Nghị định số 59/2012/NĐ-CP ...":
    # Quyết định 35/2022/QĐ-UBND of Hòa Bình (thuviennhadat.vn).
    ("Theo các mốc tại Kế hoạch số .../KH-UBND ngày 14/11/2025", None, "by_reference", None, None, None, None,
     None, False, ()),
    ("Thực hiện Quyết định số 1133/QĐ-TTg ngày 15 tháng 7 năm 2013", None, "by_reference", None, None, None, None,
     None, False, ()),
    ("Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ", None, "by_reference", None, None,
     None, None, None, False, ()),
    ("Theo Điều 17 Nghị định 123/2024/NĐ-CP", None, "by_reference", None, None, None, None, None, False, ()),
    # Spelling variants.  "Dự kiến quí IV/2025": a housing project's handover date in a public repository
    # (id 21127838556); "Quí IV-2025": issue 14.
    ("Dự kiến quí IV/2025", None, "quarter", D(2025, 10, 1), D(2025, 12, 31), None, None, None, False, ()),
    ("Quí IV-2025", None, "quarter", D(2025, 10, 1), D(2025, 12, 31), None, None, None, False, ()),
    # Several dated steps.  "đến năm 2025, định hướng đến năm 2030": Quyết định 749/QĐ-TTg 2020's title;
    # "giai đoạn 2026-2030": Kế hoạch 186/KH-UBND 2025 of Bắc Ninh; "kể từ ngày 05/11/2019": Quyết định
    # 41/2019/QĐ-UBND of Quảng Trị (dulieuphapluat.vn).
    ("đến năm 2025, định hướng đến năm 2030", None, "milestones", None, D(2030, 12, 31), None, None, None, False,
     (D(2025, 12, 31), D(2030, 12, 31))),
    ("Quý II/2026: dự thảo; Quý IV/2026: trình ban hành", None, "milestones", None, D(2026, 12, 31), None, None,
     None, False, (D(2026, 6, 30), D(2026, 12, 31))),
    ("giai đoạn 2026-2030", None, "year_range", D(2026, 1, 1), D(2030, 12, 31), None, None, None, False, ()),
    ("kể từ ngày 05/11/2019", None, "open_ended", D(2019, 11, 5), None, None, None, None, False, ()),
    # Second pass of issue 14: the classes the third held-out set showed.
    # Abbreviated citations are documents, not dates.  "QĐ 955/QĐ-SKHCN ngày 02/07/2026": a 2026 tender of Hải Phòng
    # (find_string id 55632336445); "... TT 28/2018/TT-BTC": Kế hoạch 157/KH-SCT 2026 of Lâm Đồng (id 70118164938).
    ("QĐ 955/QĐ-SKHCN ngày 02/07/2026", None, "by_reference", None, None, None, None, None, False, ()),
    ("Thực hiện sau khi Bộ Tài chính ban hành Thông tư thay thế TT 28/2018/TT-BTC", None, "by_reference", None, None,
     None, None, None, False, ()),
    # "tới cuối", "tới hết" are "đến cuối", "đến hết".  vietbao.vn, 25/10/2025 ("tới cuối năm 2025").
    ("tới cuối năm 2025", None, "year", None, D(2025, 12, 31), None, None, None, False, ()),
    # A span of hours within one day is that day; a single time keeps its cue ("trước": no start).  Lâm Đồng 2025 (id 17442529175);
    # Văn bản 986/VPUBND-PVHCC 2025 of Ninh Bình ("trước 7h00 sáng ngày 01/7/2025").
    ("từ 8 giờ 00’ đến 11 giờ 00’ ngày 19/12/2025", None, "date", D(2025, 12, 19), D(2025, 12, 19), None, None, None,
     False, ()),
    ("trước 7h00 sáng ngày 01/7/2025", None, "date", None, D(2025, 7, 1), None, None, None, False, ()),
]


@pytest.mark.parametrize("text,year,kind,start,end,rec,day,month,continuing,ms", REAL, ids=[r[0][:40] for r in REAL])
def test_real_strings(text, year, kind, start, end, rec, day, month, continuing, ms):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end, d.recurrence) == (kind, start, end, rec)
    assert (d.recurrence_day, d.recurrence_month, d.continuing, d.milestones) == (day, month, continuing, ms)
    check(d)


def test_citation_kept_in_note():
    d = parse_deadline("Tháng 12/2026, theo Kế hoạch số 45/KH-UBND ngày 14/11/2025")
    assert (d.kind, d.end) == ("month", D(2026, 12, 31))
    assert d.note == "theo Kế hoạch số 45/KH-UBND ngày 14/11/2025"
    assert parse_deadline("Theo các mốc tại Kế hoạch số .../KH-UBND ngày 14/11/2025").note.startswith("Theo các mốc")


def test_read_deadline_is_the_core_of_parse_deadline():
    for text in ("Tháng 12/2026", "Quý V/2026", "Trước ngày 15/12 hằng năm", ""):
        assert dl.read_deadline(text, 2026) == dl.parse_deadline(text, default_year=2026)


# Issue 14, fifth pass: the classes set 5 showed, each with its real strings (sources in tests/data/heldout.yaml).
SET5_CLASSES = [
    # a parenthesis that gives the day of a recurrence is read (Kế hoạch 153/KH-UBND 2025, Cần Thơ)
    ("Định kỳ hằng năm (trước ngày 15 tháng 12)", 2025, "recurring", "yearly", 15, 12),
    # two yearless days of a recurrence: the first gives day and month (Kế hoạch 617/KH-UBND 2025, Đồng Tháp)
    ("định kỳ trước ngày 01/6 và 15/11 hằng năm", 2025, "recurring", "yearly", 1, 6),
    # "năm sau" after a yearless date repeats every year (Quyết định 27/2025/QĐ-UBND, Thái Nguyên)
    ("trước ngày 30 tháng 01 năm sau", 2025, "recurring", "yearly", 30, 1),
    # a day of the budget year repeats every year (set 29, a decree as quoted); "năm ngân sách 2026" is that year
    ("4. Chậm nhất đến ngày 15 tháng 12 của năm ngân sách", 2014, "recurring", "yearly", 15, 12),
    ("Dự toán năm ngân sách 2026", 2026, "year", None, None, None),
    # a law named with its year is cited, not a period (Quyết định 2623/QĐ-TTg 2025)
    ("Theo tiến độ được giao của Luật An ninh mạng 2025", 2025, "by_reference", None, None, None),
    # relative to receiving a plan, a decision taking effect, a term running out
    ("trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này", 2025, "by_reference", None, None, None),
    ("từ ngày Quyết định này có hiệu lực thi hành", 2025, "by_reference", None, None, None),
    ("chậm nhất 01 ngày trước ngày hết hạn", 2025, "by_reference", None, None, None),
]


@pytest.mark.parametrize("text,year,kind,rec,day,month", SET5_CLASSES)
def test_set5_deadline_classes(text, year, kind, rec, day, month):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.recurrence, d.recurrence_day, d.recurrence_month) == (kind, rec, day, month), d


def test_a_parenthesis_without_a_recurrence_day_stays_a_gloss():
    d = parse_deadline("Quý III/2026 (trước đây là Quý II)", default_year=2026)
    assert d.kind == "quarter" and d.end == D(2026, 9, 30)


def test_a_step_that_starts_between_dated_ends_is_a_milestone():
    """Kế hoạch 05-KH/TGV 2026, Đắk Lắk; a start that comes last stays a maintenance step, not a milestone."""
    d = parse_deadline("Quý II/2026, từ 01/7/2026, cuối năm 2026", default_year=2026)
    assert (d.kind, d.milestones) == ("milestones", (D(2026, 6, 30), D(2026, 7, 1), D(2026, 12, 31)))
    assert parse_deadline("Hoàn thành Quý II/2026, duy trì từ năm 2027", default_year=2026).kind == "quarter"


@pytest.mark.parametrize("text, kind, start, end", [
    # set 6 (Kế hoạch 310/KH-UBND Hà Nội, 2025): "đầu tư" holds "tư", which keys like the cue "từ"
    ("Hoàn thành đầu tư giai đoạn 2026 - 2027, vận hành thường xuyên", "year_range", date(2026, 1, 1),
     date(2027, 12, 31)),
    ("Theo kế hoạch của Bộ Tư pháp năm 2026", "year", date(2026, 1, 1), date(2026, 12, 31)),
    ("tu 2026 den 2027", "year_range", date(2026, 1, 1), date(2027, 12, 31)),  # typed without marks: still cues
])
def test_a_word_that_keys_like_a_cue_is_no_cue_when_printed_with_other_marks(text, kind, start, end):
    d = parse_deadline(text, default_year=2026)
    assert (d.kind, d.start, d.end) == (kind, start, end)


# Periods of different lengths that follow one another with no gap name one span (a Lào Cai plan of 2026, held-out
# set 52: read as milestones); with a gap they stay steps.
@pytest.mark.parametrize("text, kind, start, end", [
    ("Quý III, IV/2026, 2027", "month_range", date(2026, 7, 1), date(2027, 12, 31)),
    ("Quý IV/2026, 2027", "month_range", date(2026, 10, 1), date(2027, 12, 31)),
    ("Quý II/2026, 2027", "milestones", None, date(2027, 12, 31)),
])
def test_periods_that_tile_are_one_span(text, kind, start, end):
    d = parse_deadline(text, default_year=2026)
    assert (d.kind, d.start, d.end) == (kind, start, end)


# A start, then the period the work ends in after "kết thúc" (with or without "trước"/"vào", across a semicolon) is one
# range (a school-year plan, held-out set 26; Báo cáo 452/BC-TTCP 2026, set 55: read as open-ended or unparsed).
@pytest.mark.parametrize("text, kind, start, end", [
    ("- Học kỳ I: Bắt đầu từ ngày 06/9/2024; kết thúc trước ngày 18/01/2025.", "month_range", date(2024, 9, 6),
     date(2025, 1, 18)),
    ("các đoàn thanh tra đều đã triển khai từ tháng 03/2025 và cơ bản kết thúc thanh tra vào tháng 10/2025",
     "month_range", date(2025, 3, 1), date(2025, 10, 31)),
])
def test_a_start_and_its_end_are_one_range(text, kind, start, end):
    d = parse_deadline(text, default_year=2025)
    assert (d.kind, d.start, d.end) == (kind, start, end)


# Issue 14, seventh pass: the classes set 7 showed, each a mechanism, with its real strings (set 7's sources are named
# in tests/data/heldout.yaml; other sources in the comments).
# (text, default_year, kind, start, end, recurrence, recurrence_day, recurrence_month)
SET7_RECURRENCE_WITHOUT_PERIOD_WORD = [
    # the cue inside brackets (Kế hoạch 552/KH-UBND 2025, Đồng Tháp)
    ("định kỳ (hằng năm)", 2025, "recurring", None, None, "yearly", None, None),
    # a bare "định kỳ" with a day and a month and no year is yearly (Kế hoạch 552/KH-UBND 2025, Đồng Tháp;
    # Quyết định 162/2025/QĐ-UBND, Ninh Bình)
    ("định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở Khoa học và Công nghệ", 2025, "recurring", None, None,
     "yearly", 20, 11),
    ("Thực hiện báo cáo định kỳ (trước ngày 15 tháng 12)", 2025, "recurring", None, None, "yearly", 15, 12),
    # an interval: its length names the recurrence (Quyết định 143/2025/QĐ-UBND, Đồng Tháp; 74/2025/QĐ-UBND, Hà Tĩnh)
    ("Định kỳ 03 tháng", 2025, "recurring", None, None, "quarterly", None, None),
    ("định kỳ 01 tháng 01 lần", 2025, "recurring", None, None, "monthly", None, None),
    # six months has no name among the recurrences: None, as set 1 labels it (and "06 tháng/lần" stays in the note);
    # listed beside a yearly report it is still the most frequent, so the recurrence has no name (it was "yearly",
    # which dropped the half-yearly report without a word: held-out sets 22 and 25 label such cells with none); the
    # yearly report's day stays
    ("Định kỳ 6 tháng", None, "recurring", None, None, None, None, None),
    ("Định kỳ hàng năm (trước ngày 15/12), 06 tháng/lần và đột xuất theo yêu cầu", 2025, "recurring", None, None,
     None, 15, 12),
    ("Định kỳ 6 tháng (gửi trước ngày 15/6) và hằng năm (gửi trước ngày 15/11)", 2025, "recurring", None, None, None,
     None, None),
]
SET7_WEEKLY_AND_DAILY = [
    # set 7: a 2025 tax plan for household businesses; reporting of 2025 provincial decisions
    ("trước 16h00 thứ Sáu hàng tuần.", 2025, "recurring", None, None, "weekly", None, None),
    ("sao lưu định kỳ (01 lần/ngày)", 2025, "recurring", None, None, "daily", None, None),
    ("định kỳ tối thiểu 01 tuần/lần", 2025, "recurring", None, None, "weekly", None, None),
    # a shop's rules of work, huongdan.analia.edu.vn/van-hanh-sale/quy-dinh-sale ("Trực tolet cuối tuần: ...")
    ("vào cuối giờ thứ 7 hằng tuần", 2025, "recurring", None, None, "weekly", None, None),
    # a warehouse's weekly-report procedure, boxme-levelling-docs.pages.dev/user-guide/weekly-report
    ("1 lần/tuần, thứ 2", 2025, "recurring", None, None, "weekly", None, None),
]
SET7_PERIOD_IN_BRACKETS = [
    # the text outside names no period (Kế hoạch 157/KH-UBND 2025, Cần Thơ)
    ("Cao điểm tập trung trong 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025)", 2025,
     "month_range", D(2025, 11, 20), D(2025, 12, 3), None, None, None),
    ("Thực hiện vét trong 03 ngày làm việc (từ ngày 08 đến ngày 10 tháng 12 năm 2025)", 2025, "month_range",
     D(2025, 12, 8), D(2025, 12, 10), None, None, None),
    # the steps of Nghị quyết 1339/NQ-UBTVQH15, their months in brackets: milestones
    ("- Trình UBTVQH tại Phiên họp thứ 42 (tháng 02/2025); - Trình Quốc hội xem xét, thông qua tại Kỳ họp bất thường "
     "lần thứ 9 (cuối tháng 02/2025).", 2024, "milestones", None, D(2025, 2, 28), None, None, None),
    ("- Trình UBTVQH cho ý kiến tại Phiên họp thứ 44 (tháng 4/2025); - Trình Quốc hội xem xét, thông qua tại Kỳ họp "
     "thứ 9 (tháng 5/2025)", 2024, "milestones", None, D(2025, 5, 31), None, None, None),
    # the text outside names continuing work: the bracket stays a gloss (the seed, Phụ lục II)
    ("Thực hiện thường xuyên (hoàn thành việc kết nối trong năm 2026)", 2026, "continuous", None, None, None, None,
     None),
]
SET7_DAY_RANGE_SHARING_A_MONTH = [
    # Kế hoạch 157/KH-UBND 2025, Cần Thơ
    ("từ ngày 08 đến ngày 10 tháng 12 năm 2025", 2025, "month_range", D(2025, 12, 8), D(2025, 12, 10), None, None,
     None),
    # a dash between the days; the days of two months sharing a year: kienthuc.net.vn, 09/8/2025 (Triển lãm thành tựu
    # Đất nước "diễn ra từ ngày 28/8 - 05/9/2025"); huengaynay.vn, 16/8/2025 ("từ ngày 28/8 đến hết 5/9")
    ("từ ngày 08 - 10/12/2025", None, "month_range", D(2025, 12, 8), D(2025, 12, 10), None, None, None),
    ("từ ngày 28/8 - 05/9/2025", None, "month_range", D(2025, 8, 28), D(2025, 9, 5), None, None, None),
    ("từ ngày 28/8 đến hết 5/9", 2025, "month_range", D(2025, 8, 28), D(2025, 9, 5), None, None, None),
]
SET7_CITATION_WITH_WORDS_BEFORE_ITS_NUMBER = [
    # Công điện 230/CĐ-TTg 2025: the plan's date is no start
    ("tại Kế hoạch thanh tra số 1505/KH-TTCP ngày 22/7/2025 trước ngày 26/11/2025", 2025, "date", None,
     D(2025, 11, 26), None, None, None),
]
SET7_REFERENCE_WITH_NO_CUE_WORD = [
    # "theo" inside the text (Kế hoạch 308/KH-UBND 2025, Hà Nội)
    ("Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành.", 2025, "by_reference", None, None, None, None, None),
    # a count of days from an event (Quyết định 138/2025/QĐ-UBND; a legal answer on the procedure for a mineral
    # licence, page http://118.69.84.237:801/phap-luat/tim-tu-van: "Trong thời hạn không quá 02 ngày, kể từ ngày
    # hoàn thành các công việc quy định tại khoản 2")
    ("05 ngày kể từ ngày Sở Nội vụ tiếp nhận đủ giấy tờ", 2025, "by_reference", None, None, None, None, None),
    ("Trong thời hạn không quá 02 ngày, kể từ ngày hoàn thành các công việc", 2025, "by_reference", None, None, None,
     None, None),
    # "tiếp theo" is a cue of its own, not "theo"
    ("Thực hiện các năm tiếp theo", 2025, "unparsed", None, None, None, None, None),
]
SET7 = (SET7_RECURRENCE_WITHOUT_PERIOD_WORD + SET7_WEEKLY_AND_DAILY + SET7_PERIOD_IN_BRACKETS
        + SET7_DAY_RANGE_SHARING_A_MONTH + SET7_CITATION_WITH_WORDS_BEFORE_ITS_NUMBER + SET7_REFERENCE_WITH_NO_CUE_WORD)


@pytest.mark.parametrize("text,year,kind,start,end,rec,day,month", SET7, ids=[r[0][:40] for r in SET7])
def test_set7_deadline_classes(text, year, kind, start, end, rec, day, month):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end, d.recurrence, d.recurrence_day, d.recurrence_month) == \
        (kind, start, end, rec, day, month), d
    check(d)


def test_an_interval_with_no_recurrence_stays_in_the_note():
    assert parse_deadline("Định kỳ 6 tháng").note == "6 tháng"
    assert "06 tháng/lần" in parse_deadline("Định kỳ hàng năm (trước ngày 15/12), 06 tháng/lần").note


def test_a_date_without_day_words_is_no_interval():
    """"15 tháng 12" is the 15th of December, not fifteen months."""
    d = parse_deadline("Định kỳ 15 tháng 12 hằng năm")
    assert (d.kind, d.recurrence) == ("recurring", "yearly")


def test_every_interval_names_a_recurrence_of_the_output():
    v = yaml.safe_load(dl.VOCABULARY.read_text(encoding="utf-8"))["intervals"]
    assert {r for counts in v["every"].values() for r in counts.values()} <= set(RECURRENCES)
    assert all(isinstance(n, int) and n > 0 for counts in v["every"].values() for n in counts)


# Set 8's classes (issue 14, seventh pass), real strings with their sources: (text, kind, end, recurrence).
SET8_CLASSES = [
    # a Roman quarter glued to its year (Nghị quyết 109/NQ-CP 2026)
    ("Quý IV2026", "quarter", date(2026, 12, 31), None),
    # a year named by an event (Quyết định 98/2025/QĐ-UBND Nghệ An; Nghị định 98/2023/NĐ-CP)
    ("Trước ngày 31 tháng 7 của năm xét tặng", "by_reference", None, None),
    ("Trước ngày 31 tháng 12 của năm cuối kỳ kế hoạch", "by_reference", None, None),
    # ... unless a recurrence names it: the year before each plan year
    ("thời gian ban hành trước ngày 30 tháng 11 năm trước của năm kế hoạch", "recurring", None, "yearly"),
    # "của năm" between a date and its year
    ("Trước ngày 15/12 của năm 2026", "date", date(2026, 12, 15), None),
]


@pytest.mark.parametrize("text,kind,end,rec", SET8_CLASSES)
def test_set8_deadline_classes(text, kind, end, rec):
    d = parse_deadline(text, default_year=2026)
    assert (d.kind, d.end, d.recurrence) == (kind, end, rec), d
    check(d)


# Set 9's classes (issue 14, eighth pass), real strings: (text, kind, start, end).
SET9_CLASSES = [
    # an earlier year after the deadline qualifies what is paid for (Nghị quyết 126/NQ-CP 2026)
    ("xong trước ngày 01 tháng 8 năm 2026 đối với chi phí năm 2024", "date", None, date(2026, 8, 1)),
    # "đến trước": a compound end cue (Quyết định 4385/QĐ-BVHTTDL 2025)
    ("kể từ ngày 29 tháng 4 năm 2026 đến trước ngày 01 tháng 3 năm 2027", "month_range", date(2026, 4, 29),
     date(2027, 3, 1)),
    # an event ("ngay khi nước rút": Kế hoạch 0130/KH-UBND 2025 of Đắk Lắk)
    ("Tổng điều tra lăng quăng ngay khi nước rút.", "by_reference", None, None),
    # set 10: a year "trước" a date of that year is the date's (Nghị quyết 74/NQ-CP 2025); a duration wholly in
    # brackets (Lào Cai 2026)
    ("Trình dự thảo Nghị quyết về việc sắp xếp đơn vị hành chính năm 2025 trước ngày 08/4/2025", "date", None,
     date(2025, 4, 8)),
    ("(thời hạn 15 ngày)", "by_reference", None, None),
    # the day of the week before a date (Công văn 174/CV-BCĐ 2025)
    ("trước Thứ Tư ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần", "date", None, date(2025, 12, 3)),
]


@pytest.mark.parametrize("text,kind,start,end", SET9_CLASSES)
def test_set9_deadline_classes(text, kind, start, end):
    d = parse_deadline(text, default_year=2026)
    assert (d.kind, d.start, d.end) == (kind, start, end), d
    check(d)


# Set 11's classes (issue 14, held-out set 11), real strings: (text, year, kind, start, end, recurrence).  Besides set
# 11's own (tests/data/heldout.yaml, deadlines_v11), strings of the same class from the sources it names: the Lâm Đồng
# drafts of vpubnd49/VBAI @ f43aae49 and tnt305/tai_lieu_noi_bo @ 94c5034a (src/etl/dataset/, file named per row).
SET11_CLASSES = [
    # 1. a date on the last day of a period already named ends that period: no second step
    ("Phong trào thi đua trong năm 2026 và tính đến hết ngày 31/12/2026.", 2026, "year", D(2026, 1, 1),
     D(2026, 12, 31), None),
    # Nghị định 311/2025/NĐ-CP (2c30b97fde79d9a2.md)
    ("Kế hoạch 5 năm theo lộ trình 2020 - 2025 đã được ban hành theo quy định tại Nghị định 71/2020/NĐ-CP tiếp tục "
     "thực hiện đến hết ngày 31 tháng 12 năm 2025.", 2025, "year_range", D(2020, 1, 1), D(2025, 12, 31), None),
    # ... but a year naming what is declared stays a name (Kế hoạch 177/KH-UBND 2025 of Cần Thơ, 0ddd99af66c43674.md)
    ("Người có nghĩa vụ kê khai tài sản, thu nhập năm 2025 phải hoàn thành việc kê khai trước ngày 31 tháng 12 năm "
     "2025.", 2025, "date", None, D(2025, 12, 31), None),
    # 2. an earlier year after the period that opens the cell names what is reported on, not a step
    ("Quý I/2027, các cơ quan, đơn vị, địa phương đánh giá kết quả thực hiện phong trào thi đua và xét khen thưởng gắn "
     "với kết quả thực hiện công tác CCHC, kết quả đánh giá, xếp loại chỉ số CCHC năm 2026 của cơ quan, đơn vị, địa "
     "phương mình.", 2026, "quarter", D(2027, 1, 1), D(2027, 3, 31), None),
    # Báo cáo 51/BC-BXD 2025 of Bộ Xây dựng as published (f4da45dd3e60ca37.md)
    ("Trong Quý I/2025, theo khảo sát và tổng hợp báo cáo của một số tỉnh, thành phố lớn (thành phố Hà Nội, thành phố "
     "Hồ Chí Minh) thì giá căn hộ chung cư tại các đô thị lớn đã chững lại, không còn tăng mạnh như năm 2024, cụ thể "
     "như sau:", 2025, "quarter", D(2025, 1, 1), D(2025, 3, 31), None),
    # a past event's day (Quyết định 3677/QĐ-UBND 2025 of Thanh Hóa as published, 7c06c94f598bfef0.md)
    ("Ngày 26 tháng 11 năm 2025, UBND tỉnh Thanh Hóa ban hành Quyết định 3677/QĐ-UBND sửa đổi Quyết định "
     "325/QĐ-UBND 2019 về việc thành lập Cụm công nghiệp Làng nghề Tiến Lộc tỉnh Thanh Hóa.", 2025, "date",
     D(2025, 11, 26), D(2025, 11, 26), None),
    # ... a later year is still a step (set 5)
    ("Quý II/2026, từ 01/7/2026, cuối năm 2026", 2026, "milestones", None, D(2026, 12, 31), None),
    # 3. "X và chuyển sang Y": carried over, a range
    ("tiếp tục được xử lý trong năm 2025 và chuyển sang năm 2026", 2025, "year_range", D(2025, 1, 1),
     D(2026, 12, 31), None),
    # funds carried over: a clause of Lâm Đồng's CCHC report for 2025 (VBAI, templates/BÁO CÁO/"Tờ trình 629 .../BAO
    # CAO CCHC NAM 2025.docx"; no deadline cell, the one other real "năm X chuyển sang năm Y" found)
    ("vốn năm 2024 chuyển sang năm 2025 là 582 tỷ đồng", 2025, "year_range", D(2024, 1, 1), D(2025, 12, 31), None),
    # ... "chuyển sang" before no period joins nothing (set 7)
    ("phải chuyển sang sử dụng chữ ký số chuyên dùng công vụ trước ngày 31 tháng 12 năm 2025", 2025, "date", None,
     D(2025, 12, 31), None),
    # 4. "trong thời gian" + an event, no date: by reference (Công điện 223/CĐ-TTg 2025, 15e6fb3d3f3b2644.md)
    ("trong thời gian mưa lũ", 2025, "by_reference", None, None, None),
    ("Bộ Giáo dục và Đào tạo chỉ đạo công tác bảo đảm an toàn cho học sinh và giáo viên tại các địa phương trong thời "
     "gian mưa lũ.", 2025, "by_reference", None, None, None),
    # Kế hoạch 0125/KH-UBND 2025 of Đắk Lắk (2957e4f4f0e41373.md)
    ("Thi đua đẩy mạnh cải cách hành chính, nâng cao hiệu quả phục vụ Nhân dân trong thời gian diễn ra công tác bầu "
     "cử.", 2025, "by_reference", None, None, None),
    # ... a recurrence is more precise (set 9); a period named is the deadline (Công văn 4601/CT-PC 2025 of Cục Thuế,
    # 0c8e18a8cf258f7a.md); "trong thời gian tới" names no event (a heading of Lâm Đồng's "6.11.2025 Báo cáo họp 766
    # (1).docx", VBAI templates/CV CHUNG/, its number dropped)
    ("Thiết lập chế độ báo cáo nhanh hàng ngày trong thời gian lũ lụt xảy ra trên địa bàn tỉnh.", 2025, "recurring",
     None, None, "daily"),
    ("Ngày Pháp luật Nước CHXHCN Việt Nam được tiến hành trong thời gian cao điểm từ 10/10/2025 đến ngày 29/11/2025.",
     2025, "month_range", D(2025, 10, 10), D(2025, 11, 29), None),
    ("Nhiệm vụ cần thực hiện trong thời gian tới để nâng cao chất lượng đánh giá phục vụ người dân, doanh nghiệp",
     2025, "unparsed", None, None, None),
]


def test_set11_vocabulary_is_well_formed():
    v = dl.load_vocabulary()
    assert v["joiners"]["carried"] and all(isinstance(w, str) and w.strip() for w in v["joiners"]["carried"])
    et = v["event_time"]
    assert set(et) == {"opens", "not_events"}
    assert all(isinstance(w, str) and w.strip() for w in et["opens"] + et["not_events"])


# Set 12 classes (tests/data/heldout.yaml deadlines_v12, sources named there): the set-12 string, other real strings of the class
# and guards that must not change.  Columns: text, year, kind, start, end, recurrence.  Rows marked "constructed edge case"
# are not a document's string (the sources held no other example of the class): they probe the rule's edges only.
SET12_CLASSES = [
    # 1. a week of a month: days 7k-6 to 7k (the fifth to the month's end); a month_range, its end alone a date
    # (Kế hoạch 54/KH-UBND 2025 of Thái Nguyên, 905df804bc706cae.md)
    ("Dự kiến tuần 1 tháng 01 năm 2026.", 2025, "month_range", D(2026, 1, 1), D(2026, 1, 7), None),
    ("Xong trước tuần 2 tháng 01/2026.", 2025, "date", None, D(2026, 1, 14), None),
    ("Tuần 5 tháng 01/2026", 2025, "month_range", D(2026, 1, 29), D(2026, 1, 31), None),  # constructed edge case
    ("Tuần 5 tháng 02/2026", 2025, "unparsed", None, None, None),     # February 2026 has no 29th  # constructed edge case
    # ... "tuần" as a recurrence's unit stays weekly (sets 7, 9, 11)
    ("trước 16h00 thứ Sáu hàng tuần.", 2025, "recurring", None, None, "weekly"),
    ("định kỳ tối thiểu 01 tuần/lần", 2025, "recurring", None, None, "weekly"),
    ("trước Thứ Tư ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần", 2025, "date", None, D(2025, 12, 3), None),
    # 2. a start, then an end later in the sentence: one range (Kết luận 157-KL/TW with Hướng dẫn 31-HD/BTCTW, set 12)
    ("Đưa vào hoạt động cấp xã mới từ ngày 1/7/2025, phấn đấu hoàn thành trước ngày 15/7/2025.", 2025, "month_range",
     D(2025, 7, 1), D(2025, 7, 15), None),
    ("Từ tháng 3, hoàn thành trước tháng 9/2026", 2026, "month_range", D(2026, 3, 1), D(2026, 9, 30), None),  # constructed edge case
    # ... guards: another sentence, an end before the start, a start in the middle of steps (set 5), an end with no
    # date (set 12)
    ("Từ ngày 01/7/2025 thực hiện. Trước ngày 15/7/2025 báo cáo", 2025, "open_ended", D(2025, 7, 1), None, None),  # constructed edge case
    ("từ năm 2026, trước ngày 30/6/2025", 2025, "open_ended", D(2026, 1, 1), None, None),  # constructed edge case
    ("Quý II/2026, từ 01/7/2026, cuối năm 2026", 2026, "milestones", None, D(2026, 12, 31), None),
    ("Thời kỳ kiểm tra: Từ 01/3/2025 đến thời điểm kiểm tra.", 2026, "open_ended", D(2025, 3, 1), None, None),
    # 3. a period, then the range that holds it: the range (a Lâm Đồng drug-control plan, set 12 S6)
    ("góp phần triển khai thực hiện có hiệu quả việc xây dựng các xã, phường, đặc khu “không ma túy” trên địa bàn tỉnh "
     "Lâm Đồng năm 2025 và giai đoạn 2025 - 2030.", 2025, "year_range", D(2025, 1, 1), D(2030, 12, 31), None),
    ("Năm 2025, giai đoạn 2025-2030", 2025, "year_range", D(2025, 1, 1), D(2030, 12, 31), None),  # constructed edge case
    # ... guards: a range that does not hold the period (the steps as before), a range then "những năm tiếp theo" (set 7)
    ("năm 2031 và giai đoạn 2025 - 2030", 2025, "milestones", None, D(2031, 12, 31), None),  # constructed edge case
    ("Giai đoạn 2026-2030 và những năm tiếp theo.", 2025, "open_ended", D(2026, 1, 1), None, None),
    # 4. a count of times per unit repeats every unit/count: "2 lần/năm" is six-monthly, no recurrence (set 5's
    # convention; Quyết định 172/QĐ-BCĐPTCNBD 2025, set 12 S25)
    ("Ban Chỉ đạo họp định kỳ ít nhất 2 lần/năm và họp đột xuất khi cần thiết theo yêu cầu của Trưởng ban.", 2025,
     "recurring", None, None, None),
    ("tối thiểu 2 lần/năm", 2025, "recurring", None, None, None),  # constructed edge case
    ("4 lần/năm", 2025, "recurring", None, None, "quarterly"),  # constructed edge case
    # ... guards: once a unit (sets 1, 7, 10, 12), more than once a day is daily (set 8)
    ("tổ chức huấn luyện, diễn tập tối thiểu 01 lần/năm đối với hệ thống thông tin", 2025, "recurring", None, None,
     "yearly"),
    ("Tổ chức, duy trì công tác giao ban ít nhất 01 lần/tháng", 2026, "recurring", None, None, "monthly"),
    ("sao lưu định kỳ (01 lần/ngày)", 2025, "recurring", None, None, "daily"),
    ("báo cáo 02 lần/ngày (trước 9h00’ và 16h00’)", 2025, "recurring", None, None, "daily"),
    # 5. a bare year in an event's clause names what the event is about (a Lâm Đồng PCI plan, set 12 S4)
    ("Sau khi VCCI tổ chức công bố kết quả PCI năm 2025", 2026, "by_reference", None, None, None),
    # ... guards: an event with no year (set 1), a cue before the year (set 11), a year after a comma, a dated end
    ("Thực hiện sau khi Bộ Tài chính ban hành Thông tư thay thế TT 28/2018/TT-BTC", None, "by_reference", None, None,
     None),
    ("Thời gian thực hiện Kế hoạch: Từ khi ban hành đến hết năm 2030.", 2025, "year", None, D(2030, 12, 31), None),
    ("Sau khi hoàn thành thẩm định, trong năm 2026", 2026, "year", D(2026, 1, 1), D(2026, 12, 31), None),  # constructed edge case
    ("Sau khi VCCI công bố kết quả PCI năm 2025, trước ngày 30/6/2026", 2026, "date", None, D(2026, 6, 30), None),  # constructed edge case
    # 6. no period, a schedule set elsewhere ("đúng tiến độ đề ra", "thời gian quy định"): by reference (a 2026 letter
    # of Lâm Đồng, set 12 S3)
    ("tổ chức thi công ngay, đảm bảo đúng tiến độ đề ra", 2026, "by_reference", None, None, None),
    ("Báo cáo kết quả về Sở Nội vụ đúng thời gian quy định", 2026, "by_reference", None, None, None),  # constructed edge case
    # ... guards: a period named is the deadline (set 11), a recurrence about progress (set 10)
    ("đối với các nhiệm vụ được giao trong năm 2025, tiếp tục rà soát kỹ, tập trung chỉ đạo thực hiện, bảo đảm hoàn "
     "thành đúng tiến độ.", 2025, "year", D(2025, 1, 1), D(2025, 12, 31), None),
    ("báo cáo Thủ tướng Chính phủ hằng tuần về tiến độ, tình hình, kết quả thực hiện các nhiệm vụ được giao", 2025,
     "recurring", None, None, "weekly"),
]


# Set 13 classes (tests/data/heldout.yaml deadlines_v13; S1 the draft Đề án "Sàn giao dịch công nghệ Hà Nội" 9/2025, S2
# Quyết định 2858/QĐ-UBND 2025 of Hà Nội), as for set 12: the set-13 string, others of the class, guards.  Rows marked
# "constructed edge case" are not a document's string; rows marked "a real title" cite a real document by its real title.
SET13_CLASSES = [
    # 1. a stage of a project or phase with no year ("Giai đoạn N - ...", "giai đoạn lập/thực hiện ..."): by reference
    ("1. Giai đoạn 1 - Chuẩn bị và khởi động", 2025, "by_reference", None, None, None),                     # S1
    ("sẽ được xác định cụ thể trong giai đoạn lập dự án đầu tư xây dựng", 2025, "by_reference", None, None, None),  # S2
    ("2. Giai đoạn 2 - Vận hành thử nghiệm và hoàn thiện", 2025, "by_reference", None, None, None),  # constructed edge case
    ("Thiết kế bản vẽ thi công được thực hiện trong giai đoạn thực hiện dự án", 2025, "by_reference", None, None,
     None),  # constructed edge case
    # ... guards: a stage with its years is that period (sets 1-12), a period named "giai đoạn" with no stage
    ("Giai đoạn 2026-2030", 2025, "year_range", D(2026, 1, 1), D(2030, 12, 31), None),
    ("Giai đoạn 1 (2026 - 2027)", 2025, "year_range", D(2026, 1, 1), D(2027, 12, 31), None),  # constructed edge case
    ("Giai đoạn II: từ năm 2027 đến năm 2030", 2025, "year_range", D(2027, 1, 1), D(2030, 12, 31), None),  # constructed edge case
    ("trong giai đoạn hiện nay", 2025, "unparsed", None, None, None),  # constructed edge case
    # 2. "theo quý" / "theo tháng" inside a sentence: a recurrence (S1)
    ("Tổ chức các phiên đấu giá, hội thảo, triển lãm công nghệ và sự kiện chuyển giao công nghệ, theo quý hoặc theo "
     "từng lĩnh vực chuyên ngành.", 2025, "recurring", None, None, "quarterly"),
    ("Tổng hợp, báo cáo kết quả giao dịch trên Sàn theo tháng, gửi Sở Khoa học và Công nghệ", 2025, "recurring", None,
     None, "monthly"),  # constructed edge case
    # ... guards: "theo quy định" is no "theo quý" (sets 8, 10, 12), a number after it names a period
    ("báo cáo cấp có thẩm quyền phương án xử lý theo quy định của pháp luật trước ngày 25 tháng 12 năm 2025", 2025,
     "date", None, D(2025, 12, 25), None),
    ("Báo cáo kết quả về Sở Nội vụ theo quy định", 2025, "by_reference", None, None, None),  # constructed edge case
    ("tổng hợp theo quý I/2026", 2025, "quarter", D(2026, 1, 1), D(2026, 3, 31), None),  # constructed edge case
    # 3. a past event's day after "Tiếp đến" (then, next) opening a sentence: that day, no "until" (S1)
    ("Tiếp đến ngày 13/4/2025, Chính phủ đã ban hành Nghị định 88/2025/NĐ-CP", 2025, "date", D(2025, 4, 13),
     D(2025, 4, 13), None),
    ("Tiếp đến ngày 01/7/2025, Bộ Khoa học và Công nghệ ban hành Thông tư hướng dẫn.", 2025, "date", D(2025, 7, 1),
     D(2025, 7, 1), None),  # constructed edge case
    # ... guards: the set's other past event (S1); "tiếp đến" inside a sentence stays an end
    ("Ngày 19/02/2025, Quốc hội được ban hành Nghị quyết số 193/2025/QH15.", 2025, "date", D(2025, 2, 19),
     D(2025, 2, 19), None),
    ("Gia hạn tiếp đến ngày 30/6/2026", 2025, "date", None, D(2026, 6, 30), None),  # constructed edge case
    # 4. a cited document, with its number and day (a space before the slash too) or its own period / horizon: by
    # reference, the citation in the note (S1, S2)
    ("Kế hoạch chuyển đổi số giai đoạn 2021-2025 của UBND Hà Nội nhằm thúc đẩy ứng dụng công nghệ thông tin trong "
     "quản lý và vận hành sàn giao dịch công nghệ.", 2025, "by_reference", None, None, None),
    ("Kế hoạch 58/KH-UBND ngày 26/2/2025 của UNBD Thành phố Hà Nội về phát triển hạ tầng số năm 2025 và định hướng "
     "đến năm 2030.", 2025, "by_reference", None, None, None),
    ("tại Tờ trình số 2389 /TTr-QHKT-NSH-HTKT ngày 29/5/2025", 2025, "by_reference", None, None, None),
    ("Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển "
     "đổi số quốc gia đến năm 2025, định hướng đến năm 2030;", 2025, "by_reference", None, None, None),  # a real title
    ("tại Quyết định số 798/QĐ-TTg ngày 25/5/2011 của Thủ tướng Chính phủ phê duyệt Chương trình đầu tư xử lý chất "
     "thải rắn giai đoạn 2011 - 2020", 2025, "by_reference", None, None, None),  # a real title
    ("Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 của UBND tỉnh", 2025, "by_reference", None, None,
     None),  # constructed edge case
    ("theo Công văn số 1234 /UBND-KT ngày 05/6/2025", 2025, "by_reference", None, None, None),  # constructed edge case
    # ... guards: a plan's own title (a heading), a task on a plan's period, a deadline after the citation (sets 11,
    # 12), a deadline word inside what would be the subject
    ("Kế hoạch nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2026 và các năm tiếp theo", 2026, "open_ended",
     D(2026, 1, 1), None, None),
    ("Sơ kết tình hình triển khai thực hiện Đề án 06 giai đoạn 2022-2025.", 2025, "year_range", D(2022, 1, 1),
     D(2025, 12, 31), None),
    ("Tham mưu Kế hoạch xây dựng “xã, phường, đặc khu không ma túy”, “Tỉnh không ma túy” giai đoạn 2025 - 2030.", 2025,
     "year_range", D(2025, 1, 1), D(2030, 12, 31), None),
    ("tại Kế hoạch thanh tra số 1505/KH-TTCP ngày 22/7/2025 trước ngày 26/11/2025", 2025, "date", None,
     D(2025, 11, 26), None),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 5/1/2026 của UBND tỉnh về chuyển đổi số trong năm 2026", 2026, "year",
     D(2026, 1, 1), D(2026, 12, 31), None),  # constructed edge case
]


# Set 14 classes (tests/data/heldout.yaml deadlines_v14: documents of the 2026 election, Ủy ban MTTQ Việt Nam xã Lương
# Minh and Quảng Ninh, S4, S7, S9, S10), as for set 13: the set-14 string, others of the class, guards.  Rows marked
# "constructed edge case" are not a document's string.
SET14_CLASSES = [
    # 1. after each event of a series, "sau mỗi/sau từng <event>": a time counted from an event, by reference (S4)
    ("báo cáo tình hình sau mỗi đợt", 2025, "by_reference", None, None, None),
    ("tổng hợp, báo cáo kết quả sau từng đợt kiểm tra", 2025, "by_reference", None, None, None),  # constructed edge case
    ("Rút kinh nghiệm sau mỗi lần diễn tập", 2025, "by_reference", None, None, None),  # constructed edge case
    # ... guards: after each unit of time is a recurrence, or a count of units
    ("báo cáo sau mỗi quý", 2025, "recurring", None, None, "quarterly"),  # constructed edge case
    ("Sau mỗi tháng, báo cáo kết quả", 2025, "recurring", None, None, "monthly"),  # constructed edge case
    # 2. "từ ngày <event> (date) ... kết thúc ... (date)": the bracketed dates are the event's days, the span (S7)
    ("Thời gian tổ chức các hội nghị tiếp xúc cử tri để người ứng cử vận động bầu cử được tiến hành từ ngày công bố "
     "danh sách chính thức những người ứng cử (ngày 22 tháng 02 năm 2026) và kết thúc trước thời điểm bắt đầu bỏ phiếu "
     "24h (trước 07h00 ngày 14/3/2026).", 2025, "month_range", D(2026, 2, 22), D(2026, 3, 14), None),
    ("Triển khai từ ngày ban hành danh sách cử tri (ngày 24/02/2026) và kết thúc trước ngày bầu cử (trước ngày "
     "15/3/2026).", 2025, "month_range", D(2026, 2, 24), D(2026, 3, 15), None),  # constructed edge case
    ("Niêm yết từ ngày công bố danh sách (ngày 22/02/2026) đến ngày bầu cử (15/3/2026)", 2025, "month_range",
     D(2026, 2, 22), D(2026, 3, 15), None),  # constructed edge case
    # ... guards: a bracket that glosses no event's day stays a gloss (sets 1-13)
    ("Cao điểm trong 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03/12/2025)", 2025, "month_range",
     D(2025, 11, 20), D(2025, 12, 3), None),
    ("Thực hiện thường xuyên (hoàn thành việc kết nối trong năm 2026)", 2025, "continuous", None, None, None),
    # 3. an event named between "đến ngày" and the date does not hide the date; a start without its year takes its
    # end's (S9)
    ("2.2. Đợt 2: Từ tháng 01 đến ngày bầu cử 15/3/2026", 2025, "month_range", D(2026, 1, 1), D(2026, 3, 15), None),
    ("Từ tháng 02 đến ngày khai giảng 05/9/2026", 2025, "month_range", D(2026, 2, 1), D(2026, 9, 5),
     None),  # constructed edge case
    ("Hoàn thành trước ngày khai giảng năm học mới 05/9/2026", 2025, "date", None, D(2026, 9, 5),
     None),  # constructed edge case
    # ... guards: "đến ngày bầu cử" with no date (S4), "Từ tháng 01 đến tháng 6/2026", a count of days before an event
    ("Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử gồm các nội dung trọng tâm:", 2025, "open_ended", D(2026, 3, 15), None,
     None),
    ("Từ tháng 01 đến tháng 6/2026", 2025, "month_range", D(2026, 1, 1), D(2026, 6, 30), None),
    ("dừng xem xét hồ sơ người ứng cử trước ngày bầu cử 10 ngày", 2025, "by_reference", None, None, None),
    # 4. "sau ngày D", an event's name between them or not: open from the day after D (S9)
    ("2.3. Đợt 3: Sau ngày bầu cử 15/3/2026", 2025, "open_ended", D(2026, 3, 16), None, None),
    ("Sau ngày khai giảng 05/9/2026", 2025, "open_ended", D(2026, 9, 6), None, None),  # constructed edge case
    ("Sau ngày 30/6/2026", 2025, "open_ended", D(2026, 7, 1), None, None),  # constructed edge case
    # 5./6. a term of office after a body's name ("... các cấp nhiệm kỳ 2026 - 2031", "khóa XVI") is no period (S9,
    # S10)
    ("Ngày 15/3/2026, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp "
     "nhiệm kỳ 2026 - 2031!", 2025, "date", D(2026, 3, 15), D(2026, 3, 15), None),
    ("Tổ tiếp công dân, xử lý khiếu nại, tố cáo, kiến nghị, phản ánh của công dân tự giải thể sau khi kết thúc bầu cử "
     "đại biểu Quốc hội khóa XVI và Đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.", 2026, "by_reference", None, None,
     None),
    ("Ngày 22/5/2026, bầu cử đại biểu Hội đồng nhân dân tỉnh khóa XI nhiệm kỳ 2026-2031", 2025, "date",
     D(2026, 5, 22), D(2026, 5, 22), None),  # constructed edge case
    ("Kiện toàn Ban Chấp hành nhiệm kỳ 2025 - 2030 sau khi kết thúc Đại hội", 2025, "by_reference", None, None,
     None),  # constructed edge case
    ("Hoàn thành trước Đại hội Đảng bộ tỉnh khóa XV nhiệm kỳ 2025 - 2030, trước ngày 30/9/2025", 2025, "date", None,
     D(2025, 9, 30), None),  # constructed edge case
    # ... guards: a term or a stage that opens the cell is its period (set 2), a plan's period
    ("nhiệm kỳ 2025 - 2030", 2025, "year_range", D(2025, 1, 1), D(2030, 12, 31), None),
    ("Trong nhiệm kỳ 2026-2031", 2025, "year_range", D(2026, 1, 1), D(2031, 12, 31), None),  # constructed edge case
    ("Giai đoạn 2026 - 2030", 2025, "year_range", D(2026, 1, 1), D(2030, 12, 31), None),
]


def test_set14_notes_keep_the_event():
    """An event's name, a term of office stay in the note."""
    assert parse_deadline("2.3. Đợt 3: Sau ngày bầu cử 15/3/2026").note.endswith("ngày bầu cử")
    assert "nhiệm kỳ 2026 - 2031" in parse_deadline("Ngày 15/3/2026, bầu cử HĐND các cấp nhiệm kỳ 2026 - 2031").note


def test_set14_vocabulary_is_well_formed():
    v = dl.load_vocabulary()
    words = v["term_of_office"] + v["event_day"]["opens"] + v["after_each"]
    assert words and all(isinstance(w, str) and w.strip() for w in words)
    assert isinstance(v["event_day"]["max_words"], int) and v["event_day"]["max_words"] > 0


# Set 15 classes (tests/data/heldout.yaml deadlines_v15; S7 Nghị định 191/2026/NĐ-CP, the Government's working rules),
# as for set 14: the set-15 string, others of the class, guards.  Columns: text, year, kind, start, end, recurrence,
# recurrence_day, recurrence_month.  Rows marked "constructed edge case" are not a document's string.
SET15_CLASSES = [
    # 1. a day named by its place in a period ("ngày làm việc đầu tiên của tháng đầu quý", "ngày 20 của tháng", "thứ
    # Năm của tuần trước") repeats with that period; a day number is the recurrence's day (S7)
    ("Văn phòng Chính phủ cập nhật, xây dựng và ban hành chương trình công tác quý chậm nhất vào ngày làm việc đầu "
     "tiên của tháng đầu quý", 2026, "recurring", None, None, "quarterly", None, None),
    ("ban hành chương trình công tác tháng chậm nhất vào ngày làm việc đầu tiên của tháng", 2026, "recurring", None,
     None, "monthly", None, None),
    ("Văn phòng Chính phủ xây dựng và ban hành chương trình công tác tuần chậm nhất vào thứ Năm của tuần trước", 2026,
     "recurring", None, None, "weekly", None, None),
    ("các bộ, cơ quan, địa phương chủ trì đề án phải trình trước ngày 20 của tháng", 2026, "recurring", None, None,
     "monthly", 20, None),
    ("gửi báo cáo vào ngày làm việc cuối cùng của quý", 2026, "recurring", None, None, "quarterly", None,
     None),  # constructed edge case
    ("nộp chậm nhất vào ngày 10 của quý", 2026, "recurring", None, None, "quarterly", 10,
     None),  # constructed edge case
    ("chậm nhất vào thứ Sáu của tuần", 2026, "recurring", None, None, "weekly", None, None),  # constructed edge case
    ("truoc ngay 20 cua thang", 2026, "recurring", None, None, "monthly", 20, None),  # constructed edge case
    # ... guards: a month named further or by its own cue keeps its recurrence (S7, set 9), "tháng này" is one month,
    # a date with its year stays a date
    ("Chính phủ họp thường kỳ mỗi tháng một lần và được tổ chức trước ngày 05 của tháng sau", 2026, "recurring", None,
     None, "monthly", 5, None),
    ("Báo cáo quý gửi chậm nhất vào ngày 25 của tháng cuối quý", 2026, "recurring", None, None, "quarterly", 25, None),
    ("Trước ngày 15 của tháng cuối cùng hàng quý", 2025, "recurring", None, None, "quarterly", 15, None),
    ("trước ngày 05 của tháng liền kề", 2025, "recurring", None, None, "monthly", 5, None),  # constructed edge case
    ("trước ngày 20 của tháng này", 2026, "unparsed", None, None, None, None, None),  # constructed edge case
    ("trước ngày 15 của quy định này", 2026, "unparsed", None, None, None, None, None),  # constructed edge case
    ("Trước ngày 20 tháng 6 năm 2026", 2026, "date", None, D(2026, 6, 20), None, None, None),  # constructed edge case
    # 2. several recurrences listed: the most frequent (S7)
    ("Hằng năm, 06 tháng, hằng quý hoặc khi cần thiết, Chính phủ tổ chức hội nghị với các địa phương", 2026,
     "recurring", None, None, "quarterly", None, None),
    ("Hằng quý, hằng tháng", 2026, "recurring", None, None, "monthly", None, None),  # constructed edge case
    ("Hằng năm, hằng tuần hoặc đột xuất", 2026, "recurring", None, None, "weekly", None, None),  # constructed edge case
    # ... guards: the most frequent listed first (S7)
    ("Định kỳ hằng tháng, quý hoặc khi cần thiết, Chính phủ, Thường trực Chính phủ, Thủ tướng Chính phủ họp với Ban "
     "Thường vụ Đảng ủy Chính phủ", 2026, "recurring", None, None, "monthly", None, None),
    ("Tình hình kinh tế - xã hội định kỳ hằng tháng, hằng quý, 06 tháng, cả năm", 2026, "recurring", None, None,
     "monthly", None, None),
    # 3. a report named for its period ("báo cáo 06 tháng / quý / năm") due on a day and month with no year: yearly on
    # that day, as the label reads it (S7)
    ("báo cáo 06 tháng gửi chậm nhất vào ngày 25 tháng 6", 2026, "recurring", None, None, "yearly", 25, 6),
    ("Báo cáo sáu tháng gửi trước ngày 15 tháng 6", 2026, "recurring", None, None, "yearly", 15,
     6),  # constructed edge case
    ("Báo cáo năm gửi trước ngày 15/01", 2026, "recurring", None, None, "yearly", 15, 1),  # constructed edge case
    # ... guards: "hằng năm" with its day (S7), a report of one period, a half year named, no report
    ("báo cáo năm gửi chậm nhất vào ngày 25 tháng 12 hằng năm đến Văn phòng Chính phủ và các cơ quan liên quan", 2026,
     "recurring", None, None, "yearly", 25, 12),
    ("Báo cáo 06 tháng năm 2026 gửi trước ngày 20/6/2026", 2026, "date", None, D(2026, 6, 20), None, None,
     None),  # constructed edge case
    ("báo cáo 06 tháng đầu năm gửi trước ngày 20/6", 2026, "date", None, D(2026, 6, 20), None, None,
     None),  # constructed edge case
    ("gửi trước ngày 20/6", 2026, "date", None, D(2026, 6, 20), None, None, None),  # constructed edge case
    ("Trước ngày 15/12 hằng năm", 2026, "recurring", None, None, "yearly", 15, 12),
]


def test_set15_vocabulary_is_well_formed():
    v = dl.load_vocabulary()
    dp, pr = v["day_in_period"], v["periodic_report"]
    assert set(dp) == {"days", "periods", "not_after"} and set(dp["periods"]) <= set(RECURRENCES)
    assert set(pr) == {"opens", "periods", "not_after"}
    words = dp["days"] + dp["not_after"] + [w for ws in dp["periods"].values() for w in ws]
    words += pr["opens"] + pr["periods"] + pr["not_after"]
    assert all(isinstance(w, str) and w.strip() for w in words)


SET17_CLASSES = [
    # set 18 (a Bộ Tài chính department's 2026 tracking sheet): what the time depends on is set elsewhere; one of two
    # periods is the span of both
    ("Tuỳ thuộc vào thời điểm Luật NSNN sửa đổi", 2026, "by_reference", None, None, None, None, None),
    ("12/2026 hoặc 1/2027 (tuỳ thời điểm tổ chức kỳ họp 49 UBLCP Việt Nam Lào", 2026, "month_range",
     date(2026, 12, 1), date(2027, 1, 31), None, None, None),
    # 1. a council's session named as the time, with a bare year and no month: its date is set elsewhere, by_reference
    # (the year stays in the note) (set 17, S9/S10: the An Giang and Đắk Lắk 2026 tracking sheets; set 10, Lào Cai;
    # Nghị quyết 97/2026/NQ-CP in tests/real)
    ("Kỳ họp giữa năm 2026", 2026, "by_reference", None, None, None, None, None),
    ("Kỳ họp gần nhất 2026", 2026, "by_reference", None, None, None, None, None),
    ("Kỳ họp chuyên đề 2026", 2026, "by_reference", None, None, None, None, None),
    ("Kỳ họp cuối năm 2026", 2026, "by_reference", None, None, None, None, None),
    ("Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026", 2026, "by_reference", None, None, None, None, None),
    ("tham mưu UBND tỉnh trình HĐND tỉnh thông qua danh mục thu hồi đất tại kỳ họp giữa năm 2026.", 2026,
     "by_reference", None, None, None, None, None),
    ("Kỳ họp thứ nhất Quốc hội khóa XVI", 2026, "by_reference", None, None, None, None, None),
    # ... guards: the session's month printed is the period (set 17), a bracketed month after an ordinal is that month
    # (set 7), a year after a filler is a period
    ("Kỳ họp chuyên đề tháng 5/2026", 2026, "month", D(2026, 5, 1), D(2026, 5, 31), None, None, None),
    ("- Trình UBTVQH cho ý kiến tại Phiên họp thứ 44 (tháng 4/2025); - Trình Quốc hội xem xét, thông qua tại Kỳ họp "
     "thứ 9 (tháng 5/2025)", 2024, "milestones", None, D(2025, 5, 31), None, None, None),
    ("trình kỳ họp HĐND trong năm 2026", 2026, "year", D(2026, 1, 1), D(2026, 12, 31), None, None,
     None),  # constructed edge case
    # 2. a range whose end date has no "ngày": both ends (a day-to-day range is a month_range, set 7's convention) (S6)
    ("Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025", 2025, "month_range", D(2025, 9, 15), D(2025, 11, 30), None,
     None, None),
    ("từ 01 tháng 3 năm 2026 - 30 tháng 6 năm 2026", 2026, "month_range", D(2026, 3, 1), D(2026, 6, 30), None, None,
     None),  # constructed edge case
    # 3. "Trước tháng 3/2027 (sau khi ...)" is labelled (set 17, uncertain) as ending 28/02/2027; set 10 labels "trước
    # tháng 7/2026" as ending 31/07/2026 and the docstring makes "trước" + a period inclusive: the older convention is
    # kept and set 17's row stays a miss
    ("Chủ đầu tư phối hợp chặt chẽ với UBND phường Âu Lâu hoàn thành GPMB trước tháng 7/2026", 2026, "month", None,
     D(2026, 7, 31), None, None, None),
    # 4. a duration counted from an event ("trong 6 tháng sau khi ...", "03 tháng kể từ khi ..."): by_reference, no
    # recurrence (S10; Kế hoạch CCHC 2026 of Lâm Đồng in tests/real; set 16)
    ("Sau khi Chính phủ ban hành Nghị định thay thế Nghị định số 32/2024/NĐ-CP. Thời gian hoàn thành trong 6 tháng sau "
     "khi Chính phủ ban hành Nghị định", 2026, "by_reference", None, None, None, None, None),
    ("Sau 03 tháng kể từ khi có văn bản của Trung ương hoặc Quyết định liên quan của cơ quan có thẩm quyền", 2026,
     "by_reference", None, None, None, None, None),
    ("Khiếu nại về kết quả chấm bài thu hoạch cuối khóa phải được gửi đến viên chức được phân công làm giáo vụ chậm nhất "
     "02 ngày sau khi công bố điểm.", 2025, "by_reference", None, None, None, None, None),
    ("trong 02 năm sau khi Luật có hiệu lực", 2026, "by_reference", None, None, None, None,
     None),  # constructed edge case
    # ... guards: after "định kỳ" the count is an interval (set 9); "tháng sau" alone is next month (S7 of set 15)
    ("Định kỳ 03 tháng kể từ ngày Nghị quyết này có hiệu lực thi hành báo cáo kết quả tháo gỡ khó khăn, vướng mắc đối "
     "với các dự án BT chuyển tiếp, gửi Bộ Tài chính tổng hợp, báo cáo Thủ tướng Chính phủ.", 2026, "recurring", None,
     None, "quarterly", None, None),
    ("Chính phủ họp thường kỳ mỗi tháng một lần và được tổ chức trước ngày 05 của tháng sau", 2026, "recurring", None,
     None, "monthly", 5, None),
    # 5. spelling variants of a month or quarter and its year: "/năm", a doubled slash (S10)
    ("Quý II/năm 2026", 2026, "quarter", D(2026, 4, 1), D(2026, 6, 30), None, None, None),
    ("Tháng 12//2026", 2026, "month", D(2026, 12, 1), D(2026, 12, 31), None, None, None),
    ("tháng 6/năm 2026", 2026, "month", D(2026, 6, 1), D(2026, 6, 30), None, None, None),  # constructed edge case
    ("Quý IV // 2026", 2026, "quarter", D(2026, 10, 1), D(2026, 12, 31), None, None, None),  # constructed edge case
]


@pytest.mark.parametrize("text,year,kind,start,end,rec,day,month", SET17_CLASSES, ids=[r[0][:40] for r in SET17_CLASSES])
def test_set17_deadline_classes(text, year, kind, start, end, rec, day, month):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end, d.recurrence) == (kind, start, end, rec), d
    assert (d.recurrence_day, d.recurrence_month) == (day, month), d
    check(d)


def test_set17_sessions_keep_their_year_in_the_note():
    """A session named as the time is by_reference with the whole text, its year too, as the note."""
    for text in ("Kỳ họp giữa năm 2026", "Công an tỉnh đề nghị chuyển sang Kỳ họp giữa năm 2026"):
        assert parse_deadline(text, default_year=2026).note == text


def test_set17_vocabulary_is_well_formed():
    v = dl.load_vocabulary()
    de = v["duration_from_event"]
    assert set(de) == {"after", "events", "neighbour", "sides"}
    words = v["named_sessions"] + de["after"] + de["events"] + de["neighbour"] + de["sides"]
    assert words and all(isinstance(w, str) and w.strip() for w in words)


SET11_TO_15 = [r + (..., ...) for r in SET11_CLASSES + SET12_CLASSES + SET13_CLASSES + SET14_CLASSES] + SET15_CLASSES


@pytest.mark.parametrize("text,year,kind,start,end,rec,day,month", SET11_TO_15, ids=[r[0][:40] for r in SET11_TO_15])
def test_set11_to_set15_deadline_classes(text, year, kind, start, end, rec, day, month):
    """Rows of sets 11-14 leave the day and month unchecked (``...``)."""
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end, d.recurrence) == (kind, start, end, rec), d
    if day is not ...:
        assert (d.recurrence_day, d.recurrence_month) == (day, month), d
    check(d)


def test_set12_vocabulary_is_well_formed():
    v = dl.load_vocabulary()
    assert v["week_words"] and all(isinstance(w, str) and w.strip() for w in v["week_words"])
    assert v["schedule_elsewhere"] and all(isinstance(w, str) and w.strip() for w in v["schedule_elsewhere"])
    assert v["event_clause"] and all(isinstance(w, str) and w.strip() for w in v["event_clause"])
    iv = v["intervals"]
    assert iv["times"] and all(isinstance(w, str) and w.strip() for w in iv["times"])
    units = {dl._k(u) for u in iv["every"]}
    assert all(isinstance(n, int) and n > 0 and dl._k(b) in units for n, b in iv["length"].values())


def test_set13_notes_keep_the_reference():
    """A cited document or a stage is by reference with the whole text as its note."""
    for text in ("tại Tờ trình số 2389 /TTr-QHKT-NSH-HTKT ngày 29/5/2025", "1. Giai đoạn 1 - Chuẩn bị và khởi động",
                 "Kế hoạch chuyển đổi số giai đoạn 2021-2025 của UBND Hà Nội"):
        assert parse_deadline(text).note == text


def test_set13_vocabulary_is_well_formed():
    v = dl.load_vocabulary()
    assert set(v["recurring_in_sentence"]) <= set(RECURRENCES)
    words = [w for ws in v["recurring_in_sentence"].values() for w in ws] + v["sequence_openers"]
    words += v["project_stage"]["opens"] + v["project_stage"]["names"]
    words += [w for ws in v["document_titles"].values() for w in ws]
    assert words and all(isinstance(w, str) and w.strip() for w in words)
    assert set(v["document_titles"]) == {"documents", "issuers", "subjects", "period_words", "horizons", "visions",
                                         "stops"}
    # printed with its marks: the rule tells "theo quý" from "theo quy định" by them
    assert all(not w.isascii() for ws in v["recurring_in_sentence"].values() for w in ws)


# A count of times after a document word is no cited document ("Báo cáo 2" is no "Báo cáo số 2"): the count makes the
# recurrence (constructed from the set-12 class "2 lần/năm", which a "báo cáo" before it had turned into yearly).
@pytest.mark.parametrize("text,rec", [("báo cáo 2 lần/năm", None), ("Báo cáo 01 lần/năm", "yearly"),
                                      ("Báo cáo 4 lần/năm", "quarterly")])
def test_a_count_of_times_after_a_document_word_is_no_citation(text, rec):
    d = parse_deadline(text, default_year=2026)
    assert d.kind == "recurring" and d.recurrence == rec, d


# Classes from the held-out sets 16, 18 and 19 (their strings, then constructed guards): a document cited alone in
# brackets points elsewhere; a year counted from an event ("năm thứ năm của Đề án") is that event's; a deadline set for
# each item ("Theo từng nhiệm vụ ...") has none of its own whatever year bounds it; a year typed with a space in it.
SET16_TO_19_CLASSES = [
    ("(Công văn số 282/TTg-TKBT ngày 10/11/2025)", 2025, "by_reference", None, None),
    ("Trước ngày 31 tháng 8 năm thứ năm của Đề án viện trợ 05 năm giai đoạn trước", 2025, "by_reference", None, None),
    ("Theo từng nhiệm vụ đầu tư của năm 2026", 2026, "by_reference", None, None),
    ("Bộ Ngoại giao rất mong nhận được ý kiến trả lời của Quý cơ quan trong ngày 25 / 8 /202 6", 2026, "date",
     D(2026, 8, 25), D(2026, 8, 25)),
    # constructed guards: a period after "theo từng" is a recurrence or a stage, not an item; brackets that only gloss
    ("Theo từng quý", 2026, "recurring", None, None),
    ("Theo từng giai đoạn 2026-2027", 2026, "year_range", D(2026, 1, 1), D(2027, 12, 31)),
    ("Tháng 6/2026 (theo Kế hoạch số 12/KH-UBND ngày 05/01/2026)", 2026, "month", D(2026, 6, 1), D(2026, 6, 30)),
    ("năm thứ 3 của dự án", 2026, "by_reference", None, None),
    ("ngày 25/8/2026 6 lớp", 2026, "date", D(2026, 8, 25), D(2026, 8, 25)),
    # set 20: a window of days in a recurring text; a year in an event's name before a day range; a holiday's year
    ("Sở Nội vụ tổng hợp kết quả tự chấm điểm từ ngày 16 đến ngày 31 tháng 12 hằng năm", 2025, "recurring", None, None),
    ("Ngày hội đại đoàn kết toàn dân tộc 2025 sẽ diễn ra trong khoảng thời gian từ ngày 01/11/2025 đến hết ngày "
     "18/11/2025.", 2025, "month_range", D(2025, 11, 1), D(2025, 11, 18)),
    ("có thể phát sinh trên địa bàn trước, trong và sau dịp Tết Dương lịch, Tết Nguyên đán năm 2026", 2025,
     "by_reference", None, None),
    ("Tháng 01/2026 (trước Tết Nguyên đán)", 2025, "month", D(2026, 1, 1), D(2026, 1, 31)),   # constructed guard
    # the span of the work it belongs to (tests/real qd_844), and a guard: a period named is the deadline
    ("Trong quá trình thực hiện Đề án", 2026, "by_reference", None, None),
    ("Trong quá trình thực hiện, hoàn thành trong năm 2026", 2026, "year", D(2026, 1, 1), D(2026, 12, 31)),
    # set 22: the reporting year written as a variable recurs every year
    ("Chính thức: 31/12 năm N", 2022, "recurring", None, None),
    ("Ngày 15 tháng 11: Báo cáo ước tính năm báo cáo Ngày 20 tháng 12: Báo cáo sơ bộ năm báo cáo", 2024, "recurring",
     None, None),
    ("Báo cáo năm 2026", 2025, "year", D(2026, 1, 1), D(2026, 12, 31)),    # constructed guard: a year named
    # set 21: a duty kept for hours of the day; guards: a day and month is a date ("24/7")
    ("đảm bảo trực 24/24 giờ trong ngày", 2025, "continuous", None, None),
    ("đảm bảo trực 12/24 giờ (từ 9 giờ đến 21 giờ trong ngày)", 2025, "recurring", None, None),
    ("Ngày 24/7", 2025, "date", D(2025, 7, 24), D(2025, 7, 24)),
    # set 62 (Chỉ thị 11/CT-UBND of Hà Nội, 2025): "24/7" after a word of service is round the clock; guards: after a
    # word that opens a date it is the 24th of July
    ("thông qua các kênh hỗ trợ trực tuyến 24/7 do Thành phố triển khai", 2025, "continuous", None, None),
    ("bảo đảm hỗ trợ trực tiếp, túc trực 24/7 tại cơ sở trong thời gian thực hiện Chiến dịch", 2025, "continuous",
     None, None),
    ("Hoàn thành trước 24/7", 2025, "date", None, D(2025, 7, 24)),
    ("báo cáo kết quả về Sở Nội vụ trước ngày 24/7", 2025, "date", None, D(2025, 7, 24)),
    # set 62 (Kế hoạch 3070/KH-UBND of Bỉm Sơn, 2024): a date "của" a body named with a capital is that body's record's
    ("đối với UBND thị xã Bỉm Sơn ngày 07/6/2024 của Đoàn Kiểm tra 3530 Bộ Công an", 2024, "by_reference", None, None),
    # set 16: a form's date left blank is set elsewhere
    ("Thời gian công khai: từ ngày … tháng … năm … đến hết ngày … tháng … năm … (03 ngày làm việc).", 2025,
     "by_reference", None, None),
]


@pytest.mark.parametrize("text,year,kind,start,end", SET16_TO_19_CLASSES, ids=[r[0][:40] for r in SET16_TO_19_CLASSES])
def test_set16_to_19_deadline_classes(text, year, kind, start, end):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end) == (kind, start, end), d
    check(d)


# Set 22 (real "Ngày nhận báo cáo" cells of statistical circulars of 2022-2024): a calendar of report days with no year.
# The reporting year written as a variable where a period's words took its "năm" ("6 tháng đầu năm báo cáo") still
# makes the days yearly (they had been milestones of the default year); the same day in four months, one per quarter,
# in the year's order, is quarterly.  Guards: four different days spread over the year stay yearly; a year printed
# keeps the dates.
REPORT_CALENDARS = [
    ("- Ngày 18 tháng 6: Ước tính 6 tháng đầu năm báo cáo - Ngày 18 tháng 11: Ước tính cả năm báo cáo",
     "recurring", "yearly", 18, 6),
    ("- Ngày 15 tháng 6: Ước tính 6 tháng đầu năm báo cáo - Ngày 15 tháng 8: Sơ bộ 6 tháng đầu năm báo cáo - Ngày 15 "
     "tháng 11: Ước tính cả năm báo cáo", "recurring", "yearly", 15, 6),
    ("- Ngày 22 tháng 3: Ước tính quý I năm báo cáo - Ngày 22 tháng 6: Ước tính quý II, sơ bộ quý I năm báo cáo - Ngày "
     "22 tháng 9: Ước tính quý III, sơ bộ quý II năm báo cáo - Ngày 22 tháng 11: Ước tính quý IV, sơ bộ quý III năm báo "
     "cáo", "recurring", "quarterly", 22, None),
    ("- 6 tháng đầu năm: Sơ bộ: ngày 20/6 năm báo cáo (N) Chính thức ngày 31/7 năm báo cáo (N) - Năm: Sơ bộ ngày 20/12 "
     "năm báo cáo (N) Chính thức ngày 28/02 năm sau năm báo cáo (N+1)", "recurring", "yearly", 20, 6),
    ("- Ngày 15 tháng 6 năm 2025: Ước tính 6 tháng đầu năm - Ngày 15 tháng 11 năm 2025: Ước tính cả năm", "milestones",
     None, None, None),
    # a day of each stage of a plan (held-out set 23, Huế 2025): recurring, at an interval with no name, not yearly
    ("Báo cáo tình hình thực hiện Kế hoạch gửi Sở Du lịch theo giai đoạn (từ năm 2025 - 2026; 2027 - 2028; 2029 - 2030), "
     "thời gian gửi báo cáo trước ngày 10/12 của từng giai đoạn để tổng hợp", "recurring", None, 10, 12),
]


@pytest.mark.parametrize("text,kind,rec,day,month", REPORT_CALENDARS, ids=[r[0][:40] for r in REPORT_CALENDARS])
def test_report_calendars(text, kind, rec, day, month):
    d = parse_deadline(text, default_year=2024)
    assert (d.kind, d.recurrence, d.recurrence_day, d.recurrence_month) == (kind, rec, day, month), d
    check(d)


# Set 24 (assignment clauses of 2020-2026 decisions): a law cited by its name, then its date or number ("Căn cứ Luật Du
# lịch ngày 19 tháng 6 năm 2017", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"; the name runs past the four
# words a numbered citation allows), and a number printed with a space after its hyphen ("07/2022/QĐ- UBND ngày
# 13/01/2022"), are citations: by_reference.  Guards: "pháp luật" is no law's name ("... theo quy định của pháp luật
# trước ngày 25 tháng 12 năm 2025", set 11), and a deadline beside a law cited without a date stays that deadline.
CITED_LAWS = [
    ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "by_reference", None),
    ("Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;", "by_reference", None),
    ("theo quy định tại Khoản 1 Điều 121 Luật Nhà ở ngày 27/11/2023.", "by_reference", None),
    ("quy định tại Điều 51 Luật Đường sắt ngày 27/6/2025", "by_reference", None),
    ("Điều 3 Quyết định số 07/2022/QĐ- UBND ngày 13/01/2022 của Ủy ban nhân dân thành phố Hà Nội", "by_reference", None),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", "by_reference", None),
    ("báo cáo cấp có thẩm quyền phương án xử lý theo quy định của pháp luật trước ngày 25 tháng 12 năm 2025", "date",
     date(2025, 12, 25)),
    ("Hoàn thành trước ngày 30/6/2026 theo Luật Đầu tư công", "date", date(2026, 6, 30)),
]


@pytest.mark.parametrize("text,kind,end", CITED_LAWS, ids=[r[0][:40] for r in CITED_LAWS])
def test_a_law_cited_by_name_and_date_is_no_deadline(text, kind, end):
    d = parse_deadline(text, default_year=2025)
    assert (d.kind, d.end) == (kind, end), d
    check(d)


def test_and_onward_after_a_range_is_open_ended():
    """"Từ năm 2013 đến năm 2020 và tiếp theo" (Kế hoạch 252/KH-BCĐQG1237 2013, held-out set 25) runs on, as "... và
    các năm tiếp theo" does: open from 2013 (it was the range 2013-2020)."""
    d = parse_deadline("Từ năm 2013 đến năm 2020 và tiếp theo.", default_year=2013)
    assert (d.kind, d.start, d.end) == ("open_ended", date(2013, 1, 1), None)
    check(d)


@pytest.mark.parametrize("text,kind,start,end", [
    # "04 năm (2025 - 2028)" (Nghị quyết 87/NQ-HĐND 2025 of Đồng Tháp, held-out set 26) is four years, the range in
    # brackets; it was read as April 2025 to 2028, silently.  With "tháng", or a slash, a month stays a month.
    ("04 năm (2025 - 2028)", "year_range", date(2025, 1, 1), date(2028, 12, 31)),
    ("tháng 3 năm 2026", "month", date(2026, 3, 1), date(2026, 3, 31)),
    ("6/năm 2026", "month", date(2026, 6, 1), date(2026, 6, 30)),
    # "Trong ngày" (the same day: Quyết định 1766/QĐ-UBND 2020 of Bình Thuận, set 26) is a time limit, as "trong 05
    # ngày làm việc" is: by_reference (it was unparsed); a date after it is that date
    ("Trong ngày (cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 "
     "giờ)", "by_reference", None, None),
    ("Hoàn thành trong ngày 30/6/2026", "date", date(2026, 6, 30), date(2026, 6, 30)),
])
def test_counts_of_years_and_limits_of_a_day(text, kind, start, end):
    d = parse_deadline(text, default_year=2025)
    assert (d.kind, d.start, d.end) == (kind, start, end), d
    check(d)


# Two days of one month with the month in words ("Hội nghị Chính phủ với địa phương ngày 23 - 24 tháng 12 năm 2013":
# Nghị quyết 01/NQ-CP 2014, held-out set 28) had been read as day 23 of a month 24 and left unparsed: a month is no
# higher than 12, and the dash then joins two days.
@pytest.mark.parametrize("text,start,end", [
    ("ngày 23 - 24 tháng 12 năm 2013", date(2013, 12, 23), date(2013, 12, 24)),
    ("ngày 23-24/12/2013", date(2013, 12, 23), date(2013, 12, 24)),
])
def test_two_days_of_one_month_are_a_range(text, start, end):
    d = parse_deadline(text, default_year=2014)
    assert (d.kind, d.start, d.end) == ("month_range", start, end)


# A term of office after a word that places it in time is the period, wherever it stands ("đạt chuẩn cho nhiệm kỳ
# 2016 - 2021 và những năm tiếp theo": Quyết định 124/QĐ-TTg 2014, held-out set 28); after a body's name it stays none.
@pytest.mark.parametrize("text,kind", [
    ("đạt chuẩn cho nhiệm kỳ 2016 - 2021 và những năm tiếp theo", "open_ended"),
    ("đạt chuẩn cho nhiệm kỳ 2016 - 2021", "year_range"),
    ("Ngày 15/3/2026, cử tri đi bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031!", "date"),
])
def test_a_term_of_office_placed_in_time_is_the_period(text, kind):
    assert parse_deadline(text, default_year=2014).kind == kind


# Set 30 (Lào Cai 2026, tuned on since): a date word glued to its number ("ngày15", "tháng 01năm 2026") had given a
# month or "milestones" silently; a cited document whose symbol has a space before its hyphen ("Tờ trình số 1856/TTr
# -SCT ngày 08/4/2026") had lent its date; a body's term of office after a comma ("Quy chế làm việc của Ủy ban nhân
# dân tỉnh Lào Cai, nhiệm kỳ 2026-2031") had been read as the period.  A month or day that no calendar has stays
# unparsed ("tháng 54").
@pytest.mark.parametrize("text,kind,start,end", [
    ("Lào Cai, ngày 10 tháng 01năm 2026", "date", date(2026, 1, 10), date(2026, 1, 10)),
    ("Lào Cai, ngày15 tháng 5 năm 2026", "date", date(2026, 5, 15), date(2026, 5, 15)),
    ("Hoàn thành trước ngày30/6/2026", "date", None, date(2026, 6, 30)),
    ("Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 1856/TTr -SCT ngày 08/4/2026.", "by_reference", None, None),
    ("Căn cứ Quyết định số 1522/QĐ-UBND ngày 04/5/2026 của Ủy ban nhân dân tỉnh Lào Cai ban hành Quy chế làm việc của "
     "Ủy ban nhân dân tỉnh Lào Cai, nhiệm kỳ 2026-2031;", "by_reference", None, None),
    ("Lào Cai, ngày15 tháng 54 năm 2026", "unparsed", None, None),
])
def test_glued_dates_cited_symbols_and_terms(text, kind, start, end):
    d = parse_deadline(text, default_year=2026)
    assert (d.kind, d.start, d.end) == (kind, start, end)


# Set 31 (Nghị định 142/2026/NĐ-CP, 138/2026/NĐ-CP; tuned on since): once each span that has no name ("06 tháng một
# lần", "05 năm một lần") recurs, with no named recurrence (had been read as a time limit, by_reference); a time limit
# in hours, or counted from "thời điểm" of an event, is by_reference (had been unparsed).
@pytest.mark.parametrize("text,kind,recurrence", [
    ("06 tháng một lần", "recurring", None),
    ("05 năm một lần", "recurring", None),
    ("03 tháng một lần", "recurring", "quarterly"),
    ("thực hiện báo cáo sơ bộ trong thời hạn 72 giờ kể từ thời điểm xác nhận sự cố;", "by_reference", None),
    ("báo cáo đột xuất trong vòng 72 giờ thông qua Cổng thông tin điện tử một cửa về trí tuệ nhân tạo:",
     "by_reference", None),
    # "liên tục" after a count is the count's ("24 months running"), no continuous work
    ("d) Không thực hiện hoạt động đánh giá kỹ năng nghề quốc gia trong thời hạn 24 tháng liên tục kể từ ngày được cấp "
     "giấy chứng nhận", "by_reference", None),
    ("Thực hiện liên tục", "continuous", None),
])
def test_spans_once_each_and_time_limits_in_hours(text, kind, recurrence):
    d = parse_deadline(text, default_year=2026)
    assert (d.kind, d.recurrence) == (kind, recurrence)


# Feasts and treaties (Nghị định 170/2026/NĐ-CP and 158/2026/NĐ-CP, held-out set 32): a day and month with its
# calendar and no year is every year (a lunar day on no fixed solar day); a treaty named with its year is cited.
@pytest.mark.parametrize("text,kind,recurrence,day,month", [
    ("ngày Quốc tế Thiếu nhi (ngày 01 tháng 6 dương lịch), ", "recurring", "yearly", 1, 6),
    ("Tết Trung thu (ngày 15 tháng 8 âm lịch) được hưởng chế độ ăn bằng 02 lần ngày thường.", "recurring", "yearly",
     None, None),
    ("theo Công ước La Hay năm 1965 về tống đạt ra nước ngoài giấy tờ tư pháp", "by_reference", None, None, None),
    # a holiday named with a year is no feast day: set 20's "Tết Dương lịch, Tết Nguyên đán năm 2026" stays cited
    ("có thể phát sinh trên địa bàn trước, trong và sau dịp Tết Dương lịch, Tết Nguyên đán năm 2026", "by_reference",
     None, None, None),
])
def test_feast_days_and_treaties(text, kind, recurrence, day, month):
    d = parse_deadline(text, default_year=2026)
    assert (d.kind, d.recurrence, d.recurrence_day, d.recurrence_month) == (kind, recurrence, day, month)


# Set 35's classes (held-out, first run at 83147c6; tuned on since): a day with no "ngày" after "đến hết" (Nghị định
# 188/2025/NĐ-CP), "thời điểm" before a period (a Bình Thuận Công văn of 2024), a cited plan's title with commas and its
# horizon (two Lâm Đồng reports of 2025-2026).
@pytest.mark.parametrize("text,year,kind,start,end", [
    ("3. Khoản 8 Điều 69 của Nghị định này có hiệu lực từ ngày 01 tháng 7 năm 2025 đến hết 31 tháng 12 năm 2025.", 2025,
     "month_range", date(2025, 7, 1), date(2025, 12, 31)),
    ("Tuy nhiên, từ thời điểm tháng 10 năm 2024 đến nay, một số TTHC của các ngành đã được ban hành mới", 2025,
     "open_ended", date(2024, 10, 1), None),
    ("Kế hoạch số 6160/KH-UBND ngày 29/10/2025 của UBND tỉnh Lâm Đồng về việc triển khai thực hiện Chương trình mục tiêu "
     "quốc gia phòng, chống ma túy đến năm 2030.", 2026, "by_reference", None, None),
    ("UBND tỉnh xây dựng Kế hoạch số 69/KH-UBND ngày 03/3/2025 và Kế hoạch số 70/KH-UBND ngày 03/3/2025 về phối hợp, kiểm "
     "tra, giám sát các hoạt động hợp pháp liên quan đến ma túy năm 2025.", 2026, "by_reference", None, None),
    ("Hoàn thành trước 30 tháng 6 năm 2026", 2026, "date", None, date(2026, 6, 30)),
])
def test_set35_classes(text, year, kind, start, end):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end) == (kind, start, end)


# Set 36's classes (held-out, first run at f256e67): a clause opened by a cited document is its title, whatever periods
# the title names, up to a deadline's word (Lâm Đồng reports of 2026; sets 10, 26 keep their deadlines after the
# title); a report's status date is no deadline (sets 35-36); a permit cited by number and date (a Lào Cai Công văn).
@pytest.mark.parametrize("text,year,kind,start,end", [
    ("Thực hiện Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ về xây dựng kế hoạch cải cách hành chính và thực "
     "hiện chế độ báo cáo cải cách hành chính định kỳ,", 2026, "by_reference", None, None),
    ("Công văn số 1070/TCT ngày 18/3/2026 của Tổ Công tác triển khai Đề án 06 về xây dựng báo cáo tiến độ năm 2026;",
     2026, "by_reference", None, None),
    ("theo Báo cáo số 565-BC/BTCTW ngày 27/11/2025 của Ban Tổ chức Trung ương (Phụ lục kèm theo), hoàn thành trước "
     "15/12/2025", 2025, "date", None, date(2025, 12, 15)),
    ("theo Quyết định số 22/2013/QĐ-TTg ngày 26 tháng 4 năm 2013 của Thủ tướng Chính phủ đến hết năm 2019.", 2013,
     "year", None, date(2019, 12, 31)),
    ("Tính đến ngày 20/3/2026, toàn tỉnh đã tiến hành thu nhận hồ sơ", 2026, "by_reference", None, None),
    ("Phong trào thi đua trong năm 2026 và tính đến hết ngày 31/12/2026.", 2026, "year", date(2026, 1, 1),
     date(2026, 12, 31)),
    ("cho phép khai thác quặng sắt tại Giấy phép khai thác khoáng sản số 199/GP-BNNMT ngày 14/7/2026.", 2026,
     "by_reference", None, None),
    # a rule's force that ends from a day ends on it (Nghị định 155/2026/NĐ-CP); one that begins opens there
    ("2. Quy định về công chứng văn bản uỷ quyền khiếu nại của cá nhân tại khoản 3 Điều 5 Nghị định số 124/2020/NĐ-CP "
     "được sửa đổi, bổ sung tại Điều 3 Nghị định này hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027.", 2026,
     "date", None, date(2027, 1, 1)),
    ("Quyết định này có hiệu lực thi hành kể từ ngày 10/12/2025.", 2025, "open_ended", date(2025, 12, 10), None),
    # "quy định" after a document's number is no count of quarters ("quý" folds alike: Thông tư 56/2025/TT-BCT, set
    # 37, after its run)
    ("2. Bãi bỏ Thông tư số 15/2024/TT-BCT quy định một số nội dung về thanh tra chuyên ngành Công Thương.", 2025,
     "by_reference", None, None),
    ("báo cáo 2 quý đầu năm 2026", 2026, "year", date(2026, 1, 1), date(2026, 12, 31)),
])
def test_set36_classes(text, year, kind, start, end):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end) == (kind, start, end)


# Session 15, from held-out set 38 after its first run (Sở Thông tin và Truyền thông Hải Dương, 2022-2023): a draft's
# blank number and day still make a citation; an ordinal day of a period is that day.
SESSION15 = [
    ("Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số /TTr-STTTT ngày /7/2023,", 2023,
     "by_reference", None, None, None, None),
    ("1.2. Hàng quý, doanh nghiệp viễn thông lập danh sách đối tượng thụ hưởng phát sinh trong quý và gửi về Sở Thông "
     "tin và Truyền thông trước ngày thứ 15 của quý tiếp theo.", 2022, "recurring", None, None, "quarterly", 15),
    ("trước ngày thứ 5 của tháng tiếp theo", 2022, "recurring", None, None, "monthly", 5),
    ("chậm nhất vào thứ Năm của tuần trước", 2022, "recurring", None, None, "weekly", None),
]


@pytest.mark.parametrize("text,year,kind,start,end,rec,day", SESSION15, ids=[r[0][:40] for r in SESSION15])
def test_session15_deadline_classes(text, year, kind, start, end, rec, day):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end, d.recurrence, d.recurrence_day) == (kind, start, end, rec, day), d
    check(d)


@pytest.mark.parametrize("text", [
    "Căn cứ Thông tư số 09/2022/TT-BTTTT ngày 30/6/2022 của Bộ Thông tin và Truyền thông về Hướng dẫn thực hiện hỗ trợ "
    "máy tính bảng và dịch vụ viễn thông công ích để sử dụng máy tính bảng thuộc Chương trình cung cấp dịch vụ viễn "
    "thông công ích đến năm 2025.",
    "Căn cứ Báo cáo kết quả khảo sát, giám sát, đo lường chất lượng cung cấp dịch vụ công trực tuyến lần thứ nhất "
    "(Phiên họp 6 của Ủy ban Quốc gia về chuyển đổi số) ngày 12/7/2023 của Bộ Thông tin và Truyền thông.",
    "Thực hiện: Nghị quyết số 06-NQ/TU ngày 26/3/2021 của Ban Chấp hành Đảng bộ tỉnh Hải Dương về chuyển đổi số giai "
    "đoạn 2021-2025, định hướng đến năm 2030;",
])
def test_a_legal_basis_is_by_reference(text):
    """Set 38, after its run: the formula of a legal basis cites what the decision rests on, whatever periods its
    titles hold."""
    assert parse_deadline(text, default_year=2022).kind == "by_reference"


def test_a_citation_then_a_deadline_keeps_the_deadline():
    d = parse_deadline("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024, hoàn thành trước ngày 30/6/2024", default_year=2024)
    assert (d.kind, d.end) == ("date", date(2024, 6, 30))


@pytest.mark.parametrize("text, start, end", [
    # reports of 2025 (set 39, after its first run): the first months or quarters of a year, counted
    ("Về việc khẩn trương rà soát, báo cáo kết quả hoạt động đầu tư của 9 tháng đầu năm 2025", date(2025, 1, 1),
     date(2025, 9, 30)),
    ("trên cơ sở tình hình phân bổ, giải ngân kế hoạch đầu tư công 9 tháng năm 2025,", date(2025, 1, 1), date(2025, 9, 30)),
    ("kết quả hoạt động sản xuất kinh doanh của doanh nghiệp 03 quý đầu năm 2025", date(2025, 1, 1), date(2025, 9, 30)),
    ("3 tháng cuối năm 2025", date(2025, 10, 1), date(2025, 12, 31)),
])
def test_counted_months_of_a_year(text, start, end):
    d = parse_deadline(text, default_year=2025)
    assert (d.kind, d.start, d.end) == ("month_range", start, end)


def test_the_first_six_months_stay_the_half_year():
    assert parse_deadline("6 tháng đầu năm 2025").kind == "half_year"


@pytest.mark.parametrize("text, start, end", [
    # two days of one month joined by a dash (Công điện of 10/2025: sets 37 and 40)
    ("trong ngày 05 - 07/10/2025, bão sẽ ảnh hưởng trực tiếp đến Vịnh Bắc Bộ", date(2025, 10, 5), date(2025, 10, 7)),
    ("Tuy nhiên, theo dự báo hoàn lưu bão số 11 sẽ gây mưa to và có thể dông lốc trong ngày 06-07/10/2025:",
     date(2025, 10, 6), date(2025, 10, 7)),
])
def test_a_span_of_days(text, start, end):
    d = parse_deadline(text, default_year=2025)
    assert (d.kind, d.start, d.end) == ("month_range", start, end)


def test_a_baseline_compared_with_is_no_time():
    """Chỉ thị 30/CT-TTg 2025 (set 40, after its run): the year a figure is compared with is a baseline."""
    assert parse_deadline("trong đó khai thác than tăng từ 20% - 25% so với năm 2024.", default_year=2025).kind \
        == "by_reference"
    d = parse_deadline("hoàn thành trong năm 2025, tăng 10% so với cùng kỳ năm 2024", default_year=2025)
    assert (d.kind, d.end) == ("year", date(2025, 12, 31))


# Classes of held-out set 41's first run (texts of the Văn phòng Chính phủ and the Bộ Xây dựng, 10/2025), each as
# printed: "trong ngày" before a date is that day, not "the same day"; a document's symbol alone and its date, a
# meeting where a directive was given and its day, and a doubled "ngày" are cited, never periods; a year after a
# capitalised word names an event's edition; a quarter or month and its year with a space alone between them.
SET41 = [
    ("c) Các địa phương khẩn trương liên hệ với Công ty Cổ phần hội chợ Triển lãm Việt Nam để nhận mặt bằng chậm nhất "
     "trong ngày 06 tháng 10 năm 2025;", 2025, "date", None, D(2025, 10, 6)),
    ("thông báo các chi phí phát sinh khác (nếu có), hoàn thành trong ngày 05 tháng 10 năm 2025;", 2025, "date",
     D(2025, 10, 5), D(2025, 10, 5)),
    ("theo chỉ đạo của Bộ Chính trị và các Công điện số 186/CĐ-TTg ngày 04/10/2025, 188/CĐ-TTg ngày 06/10/2025 của Thủ "
     "tướng Chính phủ;", 2025, "by_reference", None, None),
    ("Bộ Xây dựng đã có văn bản số 10271/BXD-KHTC ngày ngày 22/9/2025 gửi Bộ Tài chính tham gia ý kiến", 2025,
     "by_reference", None, None),
    ("Thực hiện chỉ đạo của Phó Thủ tướng Chính phủ Trần Hồng Hà tại cuộc họp ngày 23/9/2025 tại Văn phòng Chính phủ",
     2025, "by_reference", None, None),
    ("Giấy mời số 1886/VPCP-TH ngày 22/9/2025, chuyển sang họp vào 10h30 ngày 23/9/2025", 2025, "date",
     D(2025, 9, 23), D(2025, 9, 23)),
    ("a) Tiếp thu đầy đủ ý kiến Thường trực Chính phủ tại cuộc họp ngày 02 tháng 10 năm 2025, khẩn trương hoàn thiện Đề "
     "án tổ chức Hội chợ Mùa Thu 2025, hoàn thành trong ngày 05 tháng 10 năm 2025;", 2025, "date", D(2025, 10, 5),
     D(2025, 10, 5)),
    ("Trình tại phiên họp ngày 15/10/2025", 2025, "date", D(2025, 10, 15), D(2025, 10, 15)),   # a meeting ahead
    ("Đến 2030, Sàn giao dịch công nghệ trở thành thiết chế trung gian", 2025, "year", None, D(2030, 12, 31)),
    ("Quý III 2025", 2025, "quarter", D(2025, 7, 1), D(2025, 9, 30)),
    ("tháng 10 2025", 2025, "month", D(2025, 10, 1), D(2025, 10, 31)),
]


@pytest.mark.parametrize("text, kind", [
    # a share or a rank with no "ngày" is no day: no month above 12 (held-out sets 35, 37 and 42, read as broken dates)
    ("Năm 2022, chỉ số chuyển đổi số (DTI) của tỉnh xếp hạng 7/63 tỉnh, thành, góp phần quan trọng", "year"),
    ("Hoàn thành 12/58 chương trình, công trình, dự án quan trọng quốc gia", "unparsed"),
    ("trước 15/12", "date"),
])
def test_a_share_is_no_day(text, kind):
    assert parse_deadline(text, default_year=2022).kind == kind


def test_counted_months_leave_no_scrap_in_the_note():
    """"9 tháng đầu năm 2025" is read as "tháng 1-9/2025": the note kept the scrap "m 2025" (seventeenth session)."""
    d = parse_deadline("báo cáo kết quả 9 tháng đầu năm 2025", default_year=2025)
    assert (d.kind, d.note) == ("month_range", "báo cáo kết quả")


# Classes of held-out set 43's first run (Quyết định 08/2022/QĐ-TTg; Công văn 9766/VPCP-CN, 10/2025), and the same
# class in set 20: the period next to an event is set by the event; "chậm nhất trong" a month names the whole month.
SET43 = [
    ("3. Đang tham gia bảo hiểm xã hội bắt buộc (có tên trong danh sách tham gia bảo hiểm xã hội bắt buộc của cơ quan "
     "bảo hiểm xã hội) tại tháng liền kề trước thời điểm doanh nghiệp lập danh sách lao động đề nghị hỗ trợ tiền thuê "
     "nhà.", 2022, "by_reference", None, None),
    ("khẩn trương hoàn thành việc xây dựng, thẩm định, công bố các tiêu chuẩn, quy chuẩn, quy trình thực hiện đối với "
     "đường sắt tốc độ cao, hoàn thành chậm nhất trong tháng 10 năm 2025", 2025, "month", D(2025, 10, 1),
     D(2025, 10, 31)),
    ("phải thực hiện xong toàn bộ mặt bằng diện tích đất nông nghiệp chậm nhất trong tháng 01/2026", 2025, "month",
     D(2026, 1, 1), D(2026, 1, 31)),
    ("c) Các địa phương khẩn trương liên hệ với Công ty Cổ phần hội chợ Triển lãm Việt Nam để nhận mặt bằng chậm nhất "
     "trong ngày 06 tháng 10 năm 2025;", 2025, "date", None, D(2025, 10, 6)),     # a day stays "by" that day
]



# Classes of held-out set 45's first run (the UBND tỉnh Hà Tĩnh's monthly work programmes, 2017): a month's number
# glued to both its words; a bare "định kỳ" before one month with its year is that month's session, no recurrence.
SET45 = [
    ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG5NĂM 2017", 2017, "month", D(2017, 5, 1), D(2017, 5, 31)),
    ("- Tiếp công dân định kỳ tháng 5/2017", 2017, "month", D(2017, 5, 1), D(2017, 5, 31)),
    ("Sáng: - Tiếp công dân định kỳ tháng 9 năm 2017", 2017, "month", D(2017, 9, 1), D(2017, 9, 30)),
]


SET41_TO_45 = SET41 + SET43 + SET45


@pytest.mark.parametrize("text,year,kind,start,end", SET41_TO_45, ids=[t[:40] for t, *_ in SET41_TO_45])
def test_set41_to_45_deadline_classes(text, year, kind, start, end):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end) == (kind, start, end), d


# Classes of held-out set 47's first run: a cited document (with its own date) said to take effect gives that
# document's day, no deadline (a Bộ Quốc phòng VBHN, 94/VBHN-BQP 2025); a day years before the document's own is a
# condition on the past (Quyết định 1486/QĐ-UBND 2025 of Bắc Ninh); a decision a summary names by its number alone
# takes effect from its day, open (set 27).
SET47 = [
    ("Thông tư số 101/2025/TT-BQP ngày 13 tháng 9 năm 2025 của Bộ trưởng Bộ Quốc phòng sửa đổi, bổ sung một số điều "
     "các Thông tư về điều tra, khảo sát, rà phá bom mìn vật nổ, có hiệu lực kể từ ngày 28 tháng 10 năm 2025.", 2025,
     "by_reference", None, None),
    ("(13) Đăng ký, cấp Giấy chứng nhận đối với trường hợp hộ gia đình, cá nhân đang sử dụng đất không đúng mục đích đã "
     "được Nhà nước công nhận quyền sử dụng đất trước ngày 01 tháng 7 năm 2014.", 2025, "by_reference", None, None),
    ("Quyết định 75/2025/QĐ-UBND có hiệu lực từ ngày 04/12/2025", 2025, "open_ended", D(2025, 12, 4), None),
    # set 48: a law named with its year, its name holding commas (Quyết định of the UBND tỉnh Đồng Nai, 11/2025); a
    # lawyer ("luật sư") is no law, and a period's years stay a period (Quyết định 123/QĐ-TTg 2010, set 28)
    ("- Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025.", 2025, "by_reference", None, None),
    ("luật sư phục vụ hội nhập kinh tế quốc tế giai đoạn 2008 – 2010", 2010, "year_range", D(2008, 1, 1),
     D(2010, 12, 31)),
]


@pytest.mark.parametrize("text,year,kind,start,end", SET47, ids=[t[:40] for t, *_ in SET47])
def test_set47_deadline_classes(text, year, kind, start, end):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.start, d.end) == (kind, start, end), d


@pytest.mark.parametrize("text,day,month", [
    # a day printed with no "ngày" after a cue, in a yearly report (Thông tư 13/2026/TT-BQP, held-out set 49)
    ("tổng hợp, báo cáo Bộ trưởng Bộ Quốc phòng số lượng hóa chất cấm trước 30 tháng 01 hằng năm.", 30, 1),
    ("trước ngày 30 tháng 01 hằng năm", 30, 1),
])
def test_a_yearly_day_with_no_day_word(text, day, month):
    d = parse_deadline(text, default_year=2026)
    assert (d.kind, d.recurrence, d.recurrence_day, d.recurrence_month) == ("recurring", "yearly", day, month)


# A clock time's colon is followed by its minutes ("Trước 23:59 ngày 02/12/2015", deadlines.yaml); a colon and a space
# after a number end a label, and what follows is read ("a) Cấp độ 1, 2: 06 tháng một lần;": a Nghị định on
# information security levels, set 31, read as a time "2: 06" and the rest as no recurrence)
@pytest.mark.parametrize("text,year,kind,end,recurrence", [
    ("a) Cấp độ 1, 2: 06 tháng một lần;", 2016, "recurring", None, None),
    ("Trước 23:59 ngày 02/12/2015", 2015, "date", D(2015, 12, 2), None),
    ("trước 7h00 sáng ngày 01/7/2025", 2025, "date", D(2025, 7, 1), None),
])
def test_a_clock_time_and_a_label_colon(text, year, kind, end, recurrence):
    d = parse_deadline(text, default_year=year)
    assert (d.kind, d.end, d.recurrence) == (kind, end, recurrence), d


def test_a_count_of_months_is_no_day():
    """"6 tháng 1 lần" counts months (every six months), no 6 January."""
    assert parse_deadline("định kỳ 6 tháng 1 lần", default_year=2026).recurrence_day is None


# A time limit with no date, also bracketed after a title or with a decimal count, points to the event it counts
# from; the end of a period after a word of completion is done by then, with no start (real strings: Cao Bằng's
# Quyết định 2022/QĐ-UBND 2025 and a Công văn of the Government's steering committee 2025, set 51).
@pytest.mark.parametrize("text, kind, start, end", [
    ("Quy trình giải quyết tại cấp xã (03 ngày làm việc)", "by_reference", None, None),
    ("0,5 giờ", "by_reference", None, None),
    ("cơ bản tháo gỡ khó khăn xong cuối tháng 12 năm 2025 theo chỉ đạo của Tổng Bí thư Tô Lâm.", "month", None,
     date(2025, 12, 31)),
    ("Quý IV/2025", "quarter", date(2025, 10, 1), date(2025, 12, 31)),
])
def test_limits_and_period_ends(text, kind, start, end):
    d = parse_deadline(text, default_year=2025)
    assert (d.kind, d.start, d.end) == (kind, start, end)


# "sau" before a range joined by "đến" starts the day after the first period; before a period printed with a dash
# it is after the whole period; "cho đến" is "đến" (Quyết định of a province's REDD+ programme, set 54: "Giai đoạn
# sau năm 2030 cho đến năm 2050").
@pytest.mark.parametrize("text, kind, start, end", [
    ("Giai đoạn sau năm 2030 cho đến năm 2050,", "year_range", date(2031, 1, 1), date(2050, 12, 31)),
    ("Sau năm 2030 đến năm 2050", "year_range", date(2031, 1, 1), date(2050, 12, 31)),
    ("sau giai đoạn 2021 - 2025", "open_ended", date(2026, 1, 1), None),
    ("từ năm 2026 cho đến năm 2030", "year_range", date(2026, 1, 1), date(2030, 12, 31)),
])
def test_after_a_period_and_until(text, kind, start, end):
    d = parse_deadline(text, default_year=2026)
    assert (d.kind, d.start, d.end, d.note) == (kind, start, end, "")


# "thời điểm" and an event is that event's moment, set elsewhere: by_reference, as "khi" and an event (task tables of
# tests/real: "Đến trước thời điểm mở thầu", "Trước thời điểm phê duyệt Dự án", "Cùng với thời điểm thẩm định văn
# bản"); the moment itself ("thời điểm hiện nay") names no event.
@pytest.mark.parametrize("text, kind", [
    ("Đến trước thời điểm mở thầu", "by_reference"),
    ("Trước thời điểm phê duyệt Dự án", "by_reference"),
    ("Cùng với thời điểm thẩm định văn bản", "by_reference"),
    ("tại thời điểm hiện nay", "unparsed"),
])
def test_the_moment_of_an_event(text, kind):
    assert parse_deadline(text, default_year=2025).kind == kind


# Quarters typed with a small "l" for "I" (qd_77 of tests/real, a Word document of 2014: "Quý l, II, III, IV", "Quý lI,
# III, IV"), read as the numerals they stand for.
@pytest.mark.parametrize("text, start, end", [
    ("Quý l, II, III, IV", date(2014, 1, 1), date(2014, 12, 31)),
    ("Quý lI, III, IV", date(2014, 4, 1), date(2014, 12, 31)),
    ("Quý lV/2014", date(2014, 10, 1), date(2014, 12, 31)),
])
def test_quarters_typed_with_l(text, start, end):
    d = parse_deadline(text, default_year=2014)
    assert (d.start, d.end) == (start, end)


# A joiner glued to a figure is a space the typist left out ("Từ 01/01đến 31/12/2014": qd_113 of tests/real, whose end
# had been lost), as date words glued to their numbers were.
@pytest.mark.parametrize("text, kind, start, end", [
    ("Từ 01/01đến 31/12/2014", "month_range", date(2014, 1, 1), date(2014, 12, 31)),
    ("từ2026 đến 2030", "year_range", date(2026, 1, 1), date(2030, 12, 31)),
])
def test_a_joiner_glued_to_a_figure(text, kind, start, end):
    d = parse_deadline(text, default_year=2014)
    assert (d.kind, d.start, d.end) == (kind, start, end)


# A cell that says where the work stands, not when it is due, is by_reference with its words in the note (real cells:
# Nghị quyết 318/NQ-CP 2025 and Quyết định 844/QĐ-TTg 2026 of tests/real; "Đã hoàn thành" also in held-out set 53); a
# period after the status word is the deadline, and a place that shares the ascii key ("Đá Bạc") is no status.
@pytest.mark.parametrize("text, kind", [
    ("Đã thực hiện", "by_reference"),
    ("Đã hoàn thành", "by_reference"),
    ("ĐANG TRIỂN KHAI", "by_reference"),
    ("Đã thực hiện từ năm 2024", "open_ended"),
    ("Đá Bạc", "unparsed"),
])
def test_a_status_is_no_time(text, kind):
    d = parse_deadline(text, default_year=2025)
    assert d.kind == kind
    if kind == "by_reference":
        assert d.note == text and d.end is None


# A vision after a period is where a plan looks, not when it is due (Nghị quyết 12/NQ-CP 2023, held-out set 60; the
# Quy hoạch tỉnh Lào Cai, Quyết định 525/QĐ-UBND 2026); alone it is the horizon; an orientation after a first step
# stays a step ("đến năm 2025, định hướng đến năm 2030", test_real_strings).
@pytest.mark.parametrize("text, kind, start, end", [
    ("Quy hoạch Thủ đô Hà Nội thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", "year_range", date(2021, 1, 1),
     date(2030, 12, 31)),
    ("Quy hoạch tỉnh Lào Cai thời kỳ 2021-2030, tầm nhìn đến năm 2050", "year_range", date(2021, 1, 1),
     date(2030, 12, 31)),
    ("Tầm nhìn đến năm 2045", "year", None, date(2045, 12, 31)),
])
def test_a_vision_after_a_period(text, kind, start, end):
    d = parse_deadline(text, default_year=2023)
    assert (d.kind, d.start, d.end) == (kind, start, end)
    assert "2050" not in text or "tầm nhìn đến năm 2050" in d.note
