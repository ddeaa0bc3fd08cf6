"""Find the header rows of a task table and map its columns to canonical fields.

Columns are mapped by their words, never by position: the synonym table lives
in ``data/headers.yaml``.  A header equal to a synonym wins; otherwise the
longest synonym the header contains, scored by how much of the header it
covers.  Each canonical field goes to one column at most; other columns keep
their header text and go to ``extra``.

>>> m = map_header(["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn hoàn thành"])
>>> [m.fields[i] for i in range(6)]
['stt', 'task', 'lead', 'coordinating', 'result', 'deadline']
>>> map_header(["STT", "Nhiệm vụ", "Theo dõi, kiểm tra, đôn đốc"]).fields[2] is None
True
"""
from __future__ import annotations

import copy
import os
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex
import yaml

from normalize.text import ascii_key, fold_ws
from normalize.vocab import ENV as VOCAB_ENV
from normalize.vocab import active_vocab

CANONICAL = ("stt", "task", "lead", "coordinating", "deadline", "result")
_PUNCT = regex.compile(r"[^\p{L}\p{N}]+")


def header_key(text: str) -> str:
    """Key for header words: lower case, no diacritics, punctuation folded, words printed short written out
    (``header_abbreviations`` in ``data/headers.yaml``).

    >>> header_key("THỜI GIAN\\nTHỰC HIỆN"), header_key("ĐV tính"), header_key("CQ chủ trì")
    ('thoi gian thuc hien', 'don vi tinh', 'co quan chu tri')
    """
    short = _abbreviations()
    return " ".join(short.get(w, w) for w in _plain_key(text).split(" "))


def _plain_key(text: str) -> str:
    return _PUNCT.sub(" ", ascii_key(text)).strip()


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """Short header word's key -> its full words' key."""
    return {_plain_key(k): _plain_key(v) for k, v in (vocabulary().get("header_abbreviations") or {}).items()}


@dataclass(frozen=True)
class Synonyms:
    exact: dict[str, str]  # header key -> field ("" for an extra column)
    squeezed: dict[str, str]  # the same keys without spaces, for words wrapped mid-word ("ST" / "T")
    phrases: tuple[tuple[str, str], ...]  # (key, field), longest first
    name_words: tuple[str, ...] = ()  # a task header starting with these names the task ("Tên ...")
    result_fallback: tuple[str, ...] = ()  # keys that are the result when no column is named so
    kinds: dict[str, str] = None  # header key -> kind of a table that assigns no work (scoring, ...)


def synonyms() -> Synonyms:
    """The header vocabulary: the built-in data with the user's --vocab file (if any) merged over it."""
    return _synonyms(os.environ.get(VOCAB_ENV, ""))


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """The built-in header vocabulary file, as data."""
    return yaml.safe_load(resources.files("extract").joinpath("data/headers.yaml").read_text("utf-8"))


@lru_cache(maxsize=4)
def _synonyms(vocab_path: str) -> Synonyms:
    data = copy.deepcopy(vocabulary())
    extra = active_vocab().get("headers") or {}
    for field_name, words in (extra.get("fields") or {}).items():
        data["fields"].setdefault(field_name, []).extend(words)
    data["extra"] = [*data.get("extra", []), *(extra.get("extra") or [])]
    exact: dict[str, str] = {}
    for field_name, words in data["fields"].items():
        for w in words:
            exact[header_key(w)] = field_name
    for w in data.get("extra", []):
        exact[header_key(w)] = ""
    phrases = tuple(sorted(exact.items(), key=lambda kv: -len(kv[0])))
    squeezed = {k.replace(" ", ""): f for k, f in exact.items()}
    kinds = {header_key(w): kind for kind, words in (data.get("table_kinds") or {}).items() for w in words}
    return Synonyms(exact, squeezed, phrases, tuple(header_key(w) for w in data.get("name_words", [])),
                    tuple(header_key(w) for w in data.get("result_fallback", [])), kinds)


def is_known(text: str) -> bool:
    """Are a header's words in the vocabulary (as a field or as an extra column)?

    >>> is_known("Cơ quan chủ trì"), is_known("Nguồn kinh phí"), is_known("Đơn vị tham mưu")
    (True, True, False)
    """
    return bool(field_scores(text))


def kind_words(text: str) -> set[str]:
    """Kinds of non-task tables a header names ("Điểm tối đa" -> {"scoring"}), by whole words.

    >>> kind_words("Điểm tối đa"), kind_words("Địa điểm")
    ({'scoring'}, set())
    """
    k = header_key(text)
    kinds = synonyms().kinds or {}
    if k in kinds:
        return {kinds[k]}
    padded = f" {k} "
    return {kind for phrase, kind in kinds.items() if " " in phrase and f" {phrase} " in padded}


def field_scores(text: str, tolerance: float = 0.0) -> list[tuple[float, str]]:
    """Candidate fields for one header cell, best first: (score, field); "" means extra.

    *tolerance* (default 0: off) lets OCR'd headers match with misread letters:
    see :func:`fuzzy_scores`; it is used only when nothing matches exactly.

    >>> field_scores("Thời gian dự kiến hoàn thành")[0]
    (1.0, 'deadline')
    >>> field_scores("ST T")
    [(0.99, 'stt')]
    >>> field_scores("SIT"), field_scores("SIT", tolerance=0.34)[0][1]
    ([], 'stt')
    """
    k = header_key(text)
    if not k:
        return []
    syn = synonyms()
    if k in syn.exact:
        return [(1.0, syn.exact[k])]
    if k.replace(" ", "") in syn.squeezed:
        return [(0.99, syn.squeezed[k.replace(" ", "")])]
    if duration_header(k):
        return [(0.9, "deadline")]
    padded = f" {k} "
    found: list[tuple[float, str]] = []
    first: dict[str, int] = {}
    for phrase, field_name in syn.phrases:
        if f" {phrase} " in padded:
            found.append((len(phrase) / len(k), field_name))
            first[field_name] = min(first.get(field_name, len(padded)), padded.index(f" {phrase} "))
    found += _gapped(k, {f for _, f in found})
    if not found and tolerance:
        found = fuzzy_scores(k, tolerance)
    found.sort(key=lambda sf: -sf[0])
    return _lead_named_first(found, first)


def _gapped(k: str, fields: set[str]) -> list[tuple[float, str]]:
    """A synonym printed with a word or two inserted ("Thời gian triển khai thực hiện" holds "Thời gian thực hiện",
    "Thời hạn dự kiến hoàn thành" "Thời hạn hoàn thành"), for a field the header already names: it scores by the share
    of the header its words cover (a little below an unbroken phrase), so a column named more fully for a field
    wins over one that only shares its first words ("Thời gian ban hành" beside "Thời gian triển khai thực hiện": the
    draft action programme of the Thái Nguyên provincial Party committee 2025).

    >>> _gapped("thoi gian trien khai thuc hien", {"deadline"})
    [(0.57, 'deadline')]
    """
    words = k.split()
    out = []
    for phrase, field_name in synonyms().phrases:
        parts = phrase.split()
        if field_name not in fields or len(parts) < 2 or f" {phrase} " in f" {k} ":
            continue
        at, gaps = 0, 0
        for part in parts:
            nxt = words.index(part, at) if part in words[at:] else -1
            if nxt < 0 or (at and nxt - at > 2):
                break
            gaps += nxt - at if at else 0
            at = nxt + 1
        else:
            if gaps:
                out.append((round(0.9 * len(phrase) / len(k), 2), field_name))
    return out


def _lead_named_first(found: list[tuple[float, str]], first: dict[str, int]) -> list[tuple[float, str]]:
    """One column named for both roles ("Đơn vị chủ trì và phối hợp thực hiện": the lead, then its partners, in one
    cell, Kế hoạch 2668/KH-UBND 2010) is the lead's: the role named first leads.

    >>> field_scores("Đơn vị chủ trì và phối hợp thực hiện")[0][1], field_scores("Cơ quan phối hợp")[0][1]
    ('lead', 'coordinating')
    """
    if "lead" not in first or "coordinating" not in first or first["lead"] > first["coordinating"]:
        return found
    top = max(score for score, _ in found)
    return [(top, "lead")] + [(score / 2, f) for score, f in found if f != "lead"]


def duration_header(k: str) -> bool:
    """Does a header key count the time a task is planned to take ("số ngày dự kiến", "số tháng thực hiện")?  Its
    column says how long each task takes: a deadline column.

    >>> [duration_header(header_key(h)) for h in ("Số ngày dự kiến", "Số người", "Số tháng là thẩm định viên về giá")]
    [True, False, False]
    """
    pattern = _duration_pattern()
    return pattern is not None and bool(pattern.match(k))


@lru_cache(maxsize=1)
def _duration_pattern() -> regex.Pattern | None:
    """The built-in vocabulary's pattern of a header counting planned time (read once)."""
    data = vocabulary()
    units, plans = ("|".join(regex.escape(header_key(w)) for w in data.get(n, []))
                    for n in ("duration_units", "duration_plan_words"))
    counts = "|".join(regex.escape(header_key(w)) for w in ("Số", "Tổng số"))
    return regex.compile(rf"^(?:{counts})\s+(?:{units})\s+(?:{plans})(?:\s|$)") if units and plans else None


def fuzzy_scores(key: str, tolerance: float) -> list[tuple[float, str]]:
    """Fields whose synonym matches a run of the header's words with at most
    ``tolerance * len`` letters misread (Levenshtein, spaces ignored), scored
    below any exact match: 0.9 x (share of the header covered) x (1 - distance share).

    >>> fuzzy_scores("cd quan chu tri", 0.25)[0]
    (0.82, 'lead')
    """
    from rapidfuzz.distance import Levenshtein

    words = key.split()
    found: dict[str, float] = {}
    for phrase, field_name in synonyms().phrases:
        target = phrase.replace(" ", "")
        n = len(phrase.split())
        for size in {n - 1, n, n + 1} - {0}:
            for i in range(max(0, len(words) - size) + 1):
                window = "".join(words[i:i + size])
                allowed = int(len(target) * tolerance)
                d = Levenshtein.distance(window, target, score_cutoff=allowed)
                if window and d <= allowed:
                    score = round(0.9 * min(1.0, len(window) / len(key.replace(" ", ""))) * (1 - d / len(target)), 2)
                    found[field_name] = max(found.get(field_name, 0.0), score)
    return sorted(((v, f) for f, v in found.items()), reverse=True)


@dataclass(frozen=True)
class HeaderMap:
    """Field per column (None: extra column) and the header text of each column."""

    fields: tuple[str | None, ...]
    labels: tuple[str, ...]

    def column(self, name: str) -> int | None:
        try:
            return self.fields.index(name)
        except ValueError:
            return None

    def label(self, name: str) -> str:
        """The header text of field *name*'s column ("" when the table has none)."""
        c = self.column(name)
        return "" if c is None else self.labels[c]

    @property
    def score(self) -> int:
        return sum(1 for f in self.fields if f)


def named_header(label: str) -> bool:
    """Does a header open with a naming word ("Tên văn bản", "Tên người điều khiển": ``name_words``)?"""
    k = header_key(label)
    return any(k.startswith(w + " ") for w in synonyms().name_words)


def map_header(labels: list[str], tolerance: float = 0.0) -> HeaderMap:
    """Map header labels to fields, each field to the one column that fits it best
    (*tolerance*: OCR'd labels, see :func:`field_scores`; default off)."""
    labels = [fold_ws(l) for l in labels]
    candidates = []
    for col, label in enumerate(labels):
        named = named_header(label)
        for rank, (score, field_name) in enumerate(field_scores(label, tolerance)):
            # "Tên dự án, nhiệm vụ" names the task over "Nội dung chính" describing it
            bonus = 1.0 if named and field_name == "task" else 0.0
            candidates.append((-(score + bonus), rank, col, field_name))
    candidates.sort()
    fields: list[str | None] = [None] * len(labels)
    taken_cols: set[int] = set()
    taken_fields: set[str] = set()
    for _, _, col, field_name in candidates:
        if col in taken_cols or (field_name and field_name in taken_fields):
            continue
        taken_cols.add(col)
        if field_name:
            taken_fields.add(field_name)
            fields[col] = field_name
    _result_fallback(fields, labels)
    return HeaderMap(tuple(fields), tuple(labels))


def _result_fallback(fields: list[str | None], labels: list[str]) -> None:
    """A target or required-result column ("Chỉ tiêu đạt được") is the result when no column is named so."""
    if "result" in fields:
        return
    fallback = synonyms().result_fallback
    for col, label in enumerate(labels):
        if fields[col] is None and header_key(label) in fallback:
            fields[col] = "result"
            return


def is_task_header(hmap: HeaderMap) -> bool:
    """A header that may head a task table: it names the task and who leads (or three fields), two of lead,
    coordinating and deadline, who leads and one more, the task and a column of unknown words (the task
    column may be named for what it lists, the lead for a person: content settles it), or the number and the
    deadline beside a column of unknown words ("STT | Tên văn bản | Đối tượng tuyên truyền | Thời gian thực hiện":
    Quyết định 120/QĐ-BTC 2014).

    Whether the table assigns work is decided later, with its content (:func:`extract.roles.table_kind`).
    """
    f = set(x for x in hmap.fields if x)
    unknown = sum(1 for x, label in zip(hmap.fields, hmap.labels) if x is None and label and not is_known(label))
    return ("task" in f and ("lead" in f or len(f) >= 3 or unknown >= 1)) \
        or len(f & {"lead", "coordinating", "deadline"}) >= 2 or ("lead" in f and len(f) >= 2) \
        or ({"stt", "deadline"} <= f and unknown >= 1)


_NUMBERING_CELL = regex.compile(r"^\(?(?:\d{1,2}|[a-zA-Z])\)?\.?(?:\s*=\s*[\p{L}\d()+\-x×*/.\s]{1,30}|(?:\s+\d{1,2})+)?$")


def is_numbering_row(labels: list[str]) -> bool:
    """The row of column numbers "(1) (2) (3) ..." printed under some headers.

    The numbers are distinct and fill at least half of the columns.

    >>> is_numbering_row(["(1)", "(2)", "(3)", "(4)"]), is_numbering_row(["1", "Xây dựng", "", ""])
    (True, False)
    >>> is_numbering_row(["", "", "", "a", "a", "a"])
    False

    They run in order from left to right, letters before figures ("a | b | 1 | 2"): a task row "1 | ... | a | b" is no
    row of numbers (found by the stitching property of tests/test_layouts.py, which lost its cells).

    >>> is_numbering_row(["1", "", "", "", "a", "b"]), is_numbering_row(["a", "b", "1", "2"])
    (False, True)
    >>> is_numbering_row(["a)", "", "", "", "a", "b"]), is_numbering_row(["a)", "", "", "", "b", "c"])
    (False, False)

    Letters may be capitals, and a cell may give the formula of its column ("A | B | 1 | 2 | 3=1+2", "a | b | c | d |
    e | g=dxe": Thông tư 13/2023/TT-BKHĐT's cost table):

    >>> is_numbering_row(["A", "B", "C", "D"]), is_numbering_row(["a", "b", "c", "d", "e", "g=dxe", "h"])
    (True, True)
    >>> is_numbering_row(["A", "B", "1", "2", "3=1+2"]), is_numbering_row(["B", "A", "C"])
    (True, False)
    """
    filled = [(i, t) for i, t in enumerate(map(fold_ws, labels)) if t]
    texts = [t for _, t in filled]
    return (len(texts) >= max(3, len(labels) / 2) and len(set(texts)) == len(texts)
            and filled[-1][0] - filled[0][0] + 1 == len(filled)   # side by side: "a) | | | | b | c" is a task's row
            and all(_NUMBERING_CELL.match(t) for t in texts) and _in_order(texts)) or _numbers_in_place(labels)


def _in_order(texts: list[str]) -> bool:
    """Do column numbers read in order: letters, then figures, each kind increasing (a cell's own number before the
    formula that computes it: "3=1+2", "g=dxe")?"""
    own = [t.split("=")[0].split()[0].strip("().").casefold() for t in texts]     # "27 28": two columns read as one
    keys = [(1, int(t)) if t.isdigit() else (0, t) for t in own]
    return keys == sorted(set(keys))        # each once: "a) | a | b" is a task "a)" with cells "a", "b"


_SHORT_MARK = regex.compile(r"^[(\[{]?[^\s()]{1,2}[)\]}]?\.?$")     # a short token, bracketed or not


def _numbers_in_place(labels: list[str]) -> bool:
    """The row of column numbers as OCR reads it, some numbers misread ("q) | (2) | G) | (4) | | (6)": a 2010 scan of
    Quyết định 23/QĐ-TTg, whose "(1) ... (6)" opens every page): every filled cell a short token, half of them or more
    in brackets, and at least three, and half of the filled cells or more, the number of their own column (counted
    from any first number).

    >>> _numbers_in_place(["q)", "(2)", "G)", "(4)", "", "(6)"]), _numbers_in_place(["q)", "(2)", "(3)", "(4)", "®)", "(6)"])
    (True, True)
    >>> _numbers_in_place(["1", "(a)", "Xây dựng", "(4)"]), _numbers_in_place(["(1)", "(5)", "(2)", "(7)"])
    (False, False)
    """
    filled = [(i, fold_ws(t)) for i, t in enumerate(labels) if fold_ws(t)]
    if len(filled) < max(3, len(labels) / 2) or not all(_SHORT_MARK.match(t) for _, t in filled) \
            or 2 * sum("(" in t or ")" in t for _, t in filled) < len(filled):
        return False
    offsets = Counter(int(d) - i for i, t in filled if (d := regex.sub(r"\D", "", t)))
    agree = offsets.most_common(1)[0][1] if offsets else 0
    return agree >= 3 and 2 * agree >= len(filled)
