"""Where a body's name written in prose ends and what it does begins, read from word classes.

A name the gazetteer does not know runs, in prose, straight into its predicate: "Trung tâm Lưu trữ lịch sử quyết
định việc sử dụng tài liệu", "Phòng Xây dựng chính quyền và Cải cách hành chính chuyển chuyên viên thụ lý hồ sơ".
No list of verbs can hold every predicate, so the words after the name's head are tagged with underthesea's
part-of-speech tagger (a CRF model shipped with the package, offline) and the name ends at the first verb in small
letters that follows a noun there and is followed by an object and a second verb, or at a preposition that introduces a verb ("để tổng hợp").  A verb right before
"và" is read as part of the name ("Hội Bảo trợ người khuyết tật và trẻ mồ côi"), and so is a verb with no noun
before it ("Hội đồng quản lý bảo hiểm xã hội", "Ban kiểm tra Phiếu đăng ký dự tuyển") and a word that known names
print in small letters followed by the word that follows it there (*name_words*: "Ban Quản lý dự án đầu tư xây
dựng"; :func:`in_names`).

>>> text = "Trung tâm Lưu trữ lịch sử quyết định việc sử dụng tài liệu"
>>> text[:predicate_start(text)]
'Trung tâm Lưu trữ lịch sử '
>>> predicate_start("Hội Bảo trợ người khuyết tật và trẻ mồ côi") is None
True
>>> text = "Cục Kế hoạch và tài chính để tổng hợp"
>>> text[:predicate_start(text)]
'Cục Kế hoạch và tài chính '
"""
from __future__ import annotations

from functools import lru_cache

import regex

__all__ = ["predicate_start"]

_NOUNS = frozenset(("N", "Np", "Nc", "Nu", "M"))
# "về" before a verb names a body's field ("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập ...", "Ban Chỉ đạo Trung ương
# về phát triển khoa học"), where "để" or "nhằm" before one opens what a body is to do
_NAME_PREPOSITIONS = frozenset(("về",))


def _tagged(text: str) -> list[tuple[str, str, int]]:
    """(word, tag, offset in text) for every word the tagger returns."""
    from underthesea import pos_tag     # imported on first use: the model loads in about half a second
    out, pos = [], 0
    for word, tag in pos_tag(text):
        at = text.find(word, pos)
        if at < 0:
            return []       # the tagger changed the text (it should not): no reading
        out.append((word, tag, at))
        pos = at + len(word)
    return out


def _name_goes_on(words: list[tuple[str, str, int]], i: int, heads: frozenset[str]) -> bool:
    """Is the word after word *i* capitalised and no body's head ("Trung tâm hội chợ Triển lãm Việt Nam": the tagger's
    verb "hội chợ" is a word of the name, which goes on in capitals; not "... phối hợp Sở Y tế")?"""
    if i + 1 >= len(words) or not words[i + 1][0][:1].isupper() or not words[i - 1][0][:1].isupper():
        return False        # (between two capitalised words only: "... thị trường triển khai thực hiện Chương trình")
    return words[i + 1][0].split()[0].lower() not in heads


def in_names(word: str, after: str | None, name_words: frozenset[str]) -> bool:
    """Is *word*, followed by *after* (None at the end), a word of the names *name_words* holds (each word with the
    word after it, or alone where it ends a name)?

    >>> in_names("tổ chức", "tín dụng", frozenset({"tổ chức tín dụng"})), in_names("tổ chức", "thực hiện", frozenset({"tổ chức tín dụng"}))
    (True, False)
    """
    w = word.lower()
    return w in name_words or after is not None and f"{w} {after.lower()}" in name_words


@lru_cache(maxsize=4096)
def predicate_start(text: str, name_words: frozenset[str] = frozenset(), heads: frozenset[str] = frozenset(),
                    head_words: frozenset[str] = frozenset()) -> int | None:
    """The offset in *text* where the predicate after the name begins, or None when the text is all name; *heads*: the
    first syllables of head nouns, in small letters (a verb before one of them may open the predicate); *head_words*:
    the head nouns whole, whose verb is a word of the head, also printed in small letters ("Ban chỉ đạo phòng thủ dân
    sự quốc gia": a Công điện of 11/2025, set 51).

    >>> text = "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi tình hình, báo cáo Thủ tướng"
    >>> text[:predicate_start(text, head_words=frozenset({"ban chỉ đạo"}))]
    'Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia '

    >>> text = "Công ty cổ phần Trung tâm hội chợ Triển lãm Việt Nam thống nhất phương án bảo đảm an ninh"
    >>> text[:predicate_start(text, heads=frozenset({"sở", "trung"}))]
    'Công ty cổ phần Trung tâm hội chợ Triển lãm Việt Nam '
    """
    words = _tagged(text)
    capital = [i for i, (w, _, _) in enumerate(words) if w[:1].isupper()]
    if not capital:
        return None
    # (a capitalised noun after a head in small letters is a word of the name: "phòng Nội vụ tham mưu ...", set 62)
    noun = capital[0] > 0 and words[capital[0]][1] in _NOUNS
    for i in range(capital[0] + 1, len(words)):
        w, tag, at = words[i]
        nxt = words[i + 1][1] if i + 1 < len(words) else ""
        after = words[i + 1][0] if i + 1 < len(words) else None
        if tag == "V" and w[:1].islower() and noun and nxt != "C" and not in_names(w, after, name_words) \
                and f"{words[i - 1][0]} {w}".lower() not in head_words \
                and w.lower() not in _NAME_PREPOSITIONS and words[i - 1][0].lower() not in _NAME_PREPOSITIONS \
                and not text[:at].rstrip().endswith((",", "-")) and not _name_goes_on(words, i, heads) \
                and not _numbered_after(words, i) and _clause(words[i + 1:]):
            return at
        if tag == "E" and nxt == "V" and w[:1].islower() and w.lower() not in _NAME_PREPOSITIONS:
            return at       # "để gửi", also right after a name of verbs ("Hội đồng quản lý thông qua để gửi")
        if tag == "A" and nxt == "V" and w[:1].islower() and noun and words[i + 1][0][:1].islower() \
                and not in_names(w, after, name_words):
            return at       # a manner before the verb: "... kim loại Thủ Đô nghiêm túc thực hiện" (set 36)
        noun = noun or tag in _NOUNS
    return None


def _numbered_after(words: list[tuple[str, str, int]], i: int) -> bool:
    """Is the verb at *i* followed, one or two words on, by "số" and a number: a numbered body's own words ("Ban Quản
    lý dự án đầu tư xây dựng số 1 làm chủ đầu tư": a Lào Cai report of 2026, set 44, cut at "xây dựng")?

    >>> t = "Ban Quản lý dự án đầu tư xây dựng số 1 làm chủ đầu tư dự án đường trục chính"
    >>> t[:predicate_start(t)]
    'Ban Quản lý dự án đầu tư xây dựng số 1 '
    """
    after = [w for w, _, _ in words[i + 1:i + 4]]
    return any(w.lower() == "số" and j + 1 < len(after) and regex.fullmatch(r"\d{1,3}|[IVX]{1,4}", after[j + 1])
               for j, w in enumerate(after[:2]))


def _clause(rest: list[tuple[str, str, int]]) -> bool:
    """A verb's object and a second verb after it in small letters ("chuyển | chuyên viên | thụ lý hồ sơ"): the
    words are a clause.  One verb and a noun are too often a name's own words ("xây dựng chuyên ngành",
    "ứng dụng Công nghệ cao")."""
    tags = [t for _, t, _ in rest]
    n = next((i for i, t in enumerate(tags) if t in _NOUNS), None)
    return n is not None and any(t == "V" and w[:1].islower() for w, t, _ in rest[n + 1:])
