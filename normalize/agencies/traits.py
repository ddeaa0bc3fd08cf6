"""What a group's members do, said right after the group ("các doanh nghiệp hoạt động trong lĩnh vực bưu chính, viễn
thông"): the clause names which of them are meant, so it belongs to the group's mention. It opens with a verb of
trade or activity (``trait_verbs`` in the data) after a noun for members (``member_nouns``) and runs up to where the
group's predicate begins; where no such end is in sight, the group is left as it was."""
from __future__ import annotations

import regex

from normalize.text import key
from normalize.agencies.words import _word_alt, _WORDS

CLAUSE_WORDS = 16       # words the clause may hold, at most

_MEMBER_END = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["member_nouns"]) + r")$")
_OPEN = regex.compile(r"[ \t]+(?:" + _word_alt(_WORDS["trait_verbs"]) + r")(?![\p{L}\p{N}])", regex.I)
# a noun for members and a verb of what they do, anywhere in a group's key or at its end
_TRAITED = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _word_alt(_WORDS["member_nouns"]) + r")[ \t]+(?:"
                         + _word_alt(_WORDS["trait_verbs"]) + r")(?![\p{L}\p{N}])")
_TRAIT_END = regex.compile(_TRAITED.pattern + "$")
# the end of the text, or a mark that ends a clause
_MARK = regex.compile(r"[ \t]*(?:[;.:\n()]|$)")
# words that begin the group's predicate or a purpose: the clause ends before them; prepositions of field and place
# ("trong lĩnh vực", "về", "tại") stay inside it
_PREDICATE = [w for w in (*_WORDS["group_rest_stops"], *_WORDS["lead_verbs"], *_WORDS["role_verbs"],
                          *_WORDS["modals"], *_WORDS["auxiliaries"], *_WORDS["object_verbs"],
                          *_WORDS["assignment_verbs"]) if key(w) not in ("trong", "về", "tại", "và", "hoặc")]
_STOP = regex.compile(r"[ \t,]*(?:" + _word_alt(_PREDICATE) + r")(?![\p{L}\p{N}])", regex.I)
# after a comma or "và": another group or body, not more of the clause
_ANOTHER = regex.compile(r"(?:[ \t]*,|[ \t]+(?:và|hoặc))[ \t]+(?:các[ \t]+|những[ \t]+)?(?:"
                         + _word_alt([*_WORDS["class_noun_list"], *_WORDS["member_nouns"], "nhà đầu tư", "người dân"])
                         + r")(?![\p{L}\p{N}])|(?:[ \t]*,|[ \t]+(?:và|hoặc))[ \t]+(?:các|những)(?![\p{L}\p{N}])",
                         regex.I)
_WORD = regex.compile(r"(?:[ \t]*,)?[ \t]+(?P<w>[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&/-]|\.(?=[\p{L}\p{N}]))*)")
_LEVELS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu"       # the levels of a place, as printed
# a place's level word, or a word of a place's name, before a capitalised word: the place's name goes on
_PLACE_BEFORE = regex.compile(r"(?:(?<![\p{L}])(?:" + _LEVELS + r")|\p{Lu}[\p{L}\p{M}]*)[ \t]+$")
# "trong" names a field ("trong lĩnh vực ..."); before a verb it opens what the group is to do ("doanh nghiệp cung
# ứng dịch vụ bưu chính công ích trong thực hiện tống đạt": set 32). The area they work in ends the clause.
_PREPOSITION = regex.compile(r"[ \t]+trong(?![\p{L}\p{N}])", regex.I)
_PURPOSE_NOUN = regex.compile(r"[ \t]+(?:việc|quá trình)(?![\p{L}])")
_AREA = regex.compile(r"[ \t]+trên[ \t]+địa[ \t]+bàn(?:[ \t]+(?:" + _LEVELS + r")(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*)?"
                      r"(?![\p{L}\p{N}])")


def trait_end(text: str, group: str, end: int, limit: int) -> int | None:
    """Where the clause of what group *group* (ending at *end* in *text*) does ends, or None: no such clause, or no
    end of it before *limit* (the next mention) or within ``CLAUSE_WORDS``.

    >>> t = "Chủ trì, phối hợp với các doanh nghiệp hoạt động trong lĩnh vực bưu chính, viễn thông tổ chức triển khai."
    >>> t[22:trait_end(t, "các doanh nghiệp", 38, len(t))]
    'các doanh nghiệp hoạt động trong lĩnh vực bưu chính, viễn thông'
    >>> t = "làm việc với các địa phương và doanh nghiệp có hoạt động khoáng sản than khẩn trương rà soát"
    >>> t[31:trait_end(t, "doanh nghiệp", 43, len(t))]
    'doanh nghiệp có hoạt động khoáng sản than'
    >>> trait_end("các doanh nghiệp hoạt động tại Khu công nghiệp Đình Vũ", "các doanh nghiệp", 16, 60) is None
    True
    >>> trait_end("các sở hoạt động", "các sở", 6, 16) is None
    True
    >>> t = "Kính gửi: Các tổ chức, cá nhân khai thác, thu hồi khoáng sản trên địa bàn tỉnh Lào Cai."
    >>> t[10:trait_end(t, "Các tổ chức, cá nhân khai thác", 40, len(t))]
    'Các tổ chức, cá nhân khai thác, thu hồi khoáng sản trên địa bàn tỉnh Lào Cai'
    """
    o = _OPEN.match(text, end) if _MEMBER_END.search(key(group)) else None
    if o is None and not _TRAIT_END.search(key(group)):
        return None         # (a group read with its verb: "các tổ chức, cá nhân khai thác, thu hồi khoáng sản")
    pos, words = o.end() if o is not None else end, 0
    field = False           # right after "về": a field, whatever its word ("có hoạt động về xây dựng và ...")
    while words <= CLAUSE_WORDS:
        if _MARK.match(text, pos) or not field and _STOP.match(text, pos) or _ANOTHER.match(text, pos):
            return pos
        a = _AREA.match(text, pos)
        if a is not None:
            return a.end()  # where they work ends what is said of them ("... trên địa bàn tỉnh chấp hành ...")
        p = _PREPOSITION.match(text, pos)
        if p is not None and (_STOP.match(text, p.end()) or _PURPOSE_NOUN.match(text, p.end())):
            return pos
        w = _WORD.match(text, pos)
        if w is None or w.end() > limit or w["w"][0].isupper() and not w["w"].isupper() \
                and not _PLACE_BEFORE.search(text[:w.start("w")]):
            return None     # a name or a body inside (but a place: "trên địa bàn tỉnh Lào Cai"): not the group's alone
        pos, words, field = w.end(), words + 1, key(w["w"]) == "về"
    return None


def has_trait(mention: str) -> bool:
    """Does group *mention* say what its members do ("các doanh nghiệp phân phối")? Such a group is one of its own.

    >>> has_trait("các doanh nghiệp phân phối"), has_trait("các doanh nghiệp")
    (True, False)
    """
    return bool(_TRAITED.search(key(mention)))


_NOUNS = _word_alt([*_WORDS["member_nouns"], *_WORDS["class_noun_list"]])
# a group's nouns for members opening a piece: after "các" any of them; bare, not "tổ chức" (also the verb "organise":
# "Tổ chức hoạt động tuyên truyền")
_MEMBERS_FIRST = regex.compile(r"^(?:(?:các|những)\s+(?:" + _NOUNS + r")(?:\s*,\s*(?:" + _NOUNS + r"))*|(?:"
                               + _word_alt([w for w in _WORDS["member_nouns"] if key(w) != "tổ chức"])
                               + r"))(?![\p{L}\p{N}])")


def members_at_work(k: str, a: int, b: int) -> int:
    """The length of the group that the piece [a, b) of key *k* opens with and the clause of what its members do, 0 if
    none: the clause must end inside the piece, where the predicate begins or the text is marked off ("các tổ chức
    hành nghề công chứng trên địa bàn thành phố;": Hà Nội's notary regulation, set 33, read as no group at all).

    >>> k = "chỉ đạo các tổ chức hành nghề công chứng thực hiện"
    >>> k[8:8 + members_at_work(k, 8, len(k))]
    'các tổ chức hành nghề công chứng'
    >>> members_at_work("các tổ chức hành nghề công chứng cập nhật, bổ sung", 0, 40)
    0
    >>> members_at_work("tổ chức hoạt động tuyên truyền", 0, 30), members_at_work("các sở hoạt động", 0, 16)
    (0, 0)
    """
    m = _MEMBERS_FIRST.match(k[a:b])
    e = trait_end(k, m.group(), a + m.end(), b) if m else None
    return e - a if e else 0
