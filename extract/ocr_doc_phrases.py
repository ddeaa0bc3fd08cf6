"""A Vietnamese word OCR misread in a phrase the document repeats, mended from the phrase as the document prints it
elsewhere (a scan's own evidence, as :mod:`extract.ocr_doc_words` is for foreign words).

A plan repeats its phrases from row to row ("Liên đoàn Thương mại và Công nghiệp Việt Nam", "kinh tế tuần hoàn",
"Hiệp hội ngành nghề"); Tesseract reads them right most times and once in a while a letter or a mark off
("Công nghệp", "mần hoàn", "ngành nghệ": Quyết định 222/QĐ-TTg 2025, a scan of tests/real).  The word list cannot
mend "nghệ" (a word of its own); the document can.  In the contexts the word stands in - the two words before it,
the two after it, the one on each side - a context votes for the one near word it holds :data:`REPEATED` times or
more and :data:`OUTNUMBER` times as often as the word as read (OCR repeats a misreading of the same print); a context
holding two near words does not vote.  A word is changed when two votes (the neighbours' context, holding the word
:data:`STRONG` times, counts twice) go to one word and none to another.  Near: the same letters with other marks, two
letters read for one, or one letter (or a digit read for one) more, less or other.  Two passes: a word mended gives
its neighbour its context back.  (One context voting for a word that differs by its marks alone was tried: 21 false
changes on the correct real cells, "Bộ chỉ số" -> "Bố", "sử dụng" -> "dựng".)
"""
from __future__ import annotations

import collections

import regex
from rapidfuzz.distance import Levenshtein

from normalize.text import key, strip_diacritics

REPEATED = 2    # times a context holds the word the document prints, at least
STRONG = 3      # ... or this many times in the context of both neighbours, which then decides alone
OUTNUMBER = 2   # ... and this many times as often as the word as read
_TOKEN = regex.compile(r"[\p{L}\p{N}]+")


# letters Tesseract takes for one another (marks aside), and digits for letters: a letter replaced by another of its group
_CONFUSED = [set("il1tfj!|"), set("o0ce"), set("unv"), set("rn")]
_GLYPHS = [("ri", "n"), ("rn", "m"), ("ni", "m"), ("cl", "d"), ("li", "h")]    # two letters Tesseract reads for one


def _near(read: str, other: str) -> bool:
    """Could *other* be the word OCR read as *read* (small letters): the same bare letters with other marks (not a
    mere other place of the tone mark: "khỏe", "khoẻ"), two letters read for one ("ri" for "n"), one letter lost or
    added (the longer of three letters or more), or, in words of three letters or more, one replaced by a letter it
    is taken for or by a digit?

    >>> _near("nghệ", "nghề"), _near("nghệp", "nghiệp"), _near("g1ao", "giao"), _near("tỉnh", "xã")
    (True, True, True, False)
    >>> _near("cấp", "các"), _near("nông", "công"), _near("khỏe", "khoẻ"), _near("bari", "ban"), _near("tà", "tài")
    (False, False, False, True, True)
    """
    if read == other or key(read) == key(other):
        return False
    a, b = strip_diacritics(read), strip_diacritics(other)
    if a == b:
        return len(a) >= 2
    if any(a.replace(x, y) == b for x, y in _GLYPHS):
        return True         # two letters read for one ("bari" for "ban")
    if min(len(a), len(b)) < 2 or max(len(a), len(b)) < 3 or Levenshtein.distance(a, b) != 1:
        return False        # ("tà" for "tài": a letter lost from a short word)
    if len(a) != len(b):
        return True
    x, y = next((p, q) for p, q in zip(a, b) if p != q)
    return x.isdigit() or y.isdigit() or any(x in g and y in g for g in _CONFUSED)


def _contexts(words: list[str], i: int) -> list[tuple]:
    """The contexts of word *i*: the two words before, the two after, one on each side (those that exist)."""
    out = []
    if i >= 2:
        out.append(("L", words[i - 2], words[i - 1]))
    if i + 2 < len(words):
        out.append(("R", words[i + 1], words[i + 2]))
    if 1 <= i < len(words) - 1:
        out.append(("B", words[i - 1], words[i + 1]))
    return out


def _vote(ctx: tuple, here: collections.Counter, meant: str, word: str) -> int:
    """The votes context *ctx* (its words' counts *here*) gives *meant* over *word* as read: none unless the document
    prints it there :data:`REPEATED` times and :data:`OUTNUMBER` times as often; two for the neighbours' context that
    holds it :data:`STRONG` times."""
    if here[meant] < REPEATED or here[meant] < OUTNUMBER * here[word]:
        return 0
    return 2 if ctx[0] == "B" and here[meant] >= STRONG else 1


def _mended(word: str, ctxs: list[tuple], seen: dict) -> str | None:
    """The one word the document prints in these contexts instead of *word*, or None.  A context votes for the one
    near word it holds :data:`REPEATED` times (the neighbours' context :data:`STRONG` times counts twice); a context
    with two such words ("và Công nghệ", "và Công nghiệp") does not vote."""
    votes: collections.Counter = collections.Counter()
    for ctx in ctxs:
        here = seen.get(ctx, collections.Counter())
        near = [w for w, n in here.items() if n >= REPEATED and _near(word, w)]
        if len(near) == 1 and (n := _vote(ctx, here, near[0], word)):
            votes[near[0]] += n
    if len(votes) != 1:
        return None
    best, n = votes.most_common(1)[0]
    return best if n >= 2 else None


# a Roman numeral Tesseract read with an "H" for "II" or an "l" or "1" for an "I" ("Phụ lục H", "VH", "lI": qd_222's
# scan and the scan corpus), and the letters it stands for
_MISREAD_NUMERAL = regex.compile(r"(?=[IVXHl1]*[Hl1])[IVXHl1]{1,4}")
_NUMERAL = regex.compile(r"[ivx]{1,5}")


def _numeral(word: str, ctxs: list[tuple], seen: dict) -> str | None:
    """The Roman numeral a misread one stands for ("h" -> "ii", "vh" -> "vii", "li" -> "ii"), when its contexts vote
    for it as for a word (:func:`_mended`); None otherwise.

    >>> cells = ["tại Phụ lục II ban hành kèm theo"] * 3 + ["tại Phụ lục H ban hành kèm theo"]
    >>> phrase_fix(cells)[3]
    'tại Phụ lục II ban hành kèm theo'
    """
    meant = word.replace("h", "ii").replace("l", "i").replace("1", "i")
    if not _NUMERAL.fullmatch(meant):
        return None
    votes = sum(_vote(ctx, seen.get(ctx, collections.Counter()), meant, word) for ctx in ctxs)
    return meant if votes >= 2 else None


def _recase(word: str, like: str) -> str:
    """*word* cased as *like*: a capital first when *like* opens with one ("Dy" -> "Ủy").

    >>> _recase("ủy", "Dy"), _recase("nghề", "nghệ")
    ('Ủy', 'nghề')
    """
    return word[:1].upper() + word[1:] if like[:1].isupper() and not like.isupper() else word


def phrase_fix(texts: list[str]) -> list[str]:
    """:func:`phrase_pass` twice: a word mended gives its neighbour back a context ("thực đây" -> "thúc đây" -> "thúc
    đẩy")."""
    return phrase_pass(phrase_pass(texts))


def phrase_pass(texts: list[str]) -> list[str]:
    """The cells of one document, each word misread in a phrase the document repeats put back as it prints it.

    >>> cells = ["Hiệp hội ngành nghề; cơ quan, tổ chức"] * 3 + ["Hiệp hội ngành nghệ; cơ quan, tổ chức có liên quan"]
    >>> phrase_fix(cells)[3]
    'Hiệp hội ngành nghề; cơ quan, tổ chức có liên quan'
    >>> phrase_fix(["ngành công nghệ cao", "ngành công nghệ cao", "Công nghiệp cao"])[2]    # no repeated context
    'Công nghiệp cao'
    """
    tokens = [[(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(t)] for t in texts]
    seen: dict[tuple, collections.Counter] = {}
    for toks in tokens:
        words = [w for w, _, _ in toks]
        for i, w in enumerate(words):
            for ctx in _contexts(words, i):
                seen.setdefault(ctx, collections.Counter())[w] += 1
    out = []
    for text, toks in zip(texts, tokens):
        words = [w for w, _, _ in toks]
        pieces, last = [], 0
        for i, (w, a, b) in enumerate(toks):
            numeral = _MISREAD_NUMERAL.fullmatch(text[a:b])
            if not numeral and (w.isdigit() or not regex.search(r"\p{Ll}", text[a:b])
                                or regex.search(r"\p{Lu}", text[a + 1:b])):
                continue        # numbers, acronyms and capitals: no phrase's word
            fix = _numeral(w, _contexts(words, i), seen) if numeral else _mended(w, _contexts(words, i), seen)
            if fix is not None:
                pieces += [text[last:a], fix.upper() if numeral else _recase(fix, text[a:b])]
                last = b
        out.append("".join(pieces) + text[last:] if pieces else text)
    return out
