"""The normalizers' shortcuts give the answer of the longer way they replace (properties, hypothesis).

The twenty-sixth session made the agency and deadline readers faster without changing a reading: a pattern skipped
where a necessary word is missing, a pattern rewritten to fail faster, a search narrowed to the candidates that can
win.  Each shortcut is held here against the longer way, on strings built from the pieces that matter to it (and the
real cells the held-out sets and tests/real compare before and after, outside the tests)."""
from __future__ import annotations

import regex
from hypothesis import given, settings, strategies as st
from rapidfuzz import fuzz, process

from normalize import deadlines as D
from normalize.agencies import separators as S
from normalize.agencies.gazetteer import gazetteer
from normalize.agencies.pieces import FUZZY_THRESHOLD, _nearest_name
from normalize.agencies.scan import _TITLE_AT, _title_hint
from normalize.agencies.words import _WORDS
from normalize.text import _WS, fold_key, key, nfc


def _joined(pieces: list[str]) -> str:
    return "".join(pieces)


# ---- deadlines: the citation patterns run only where _may_cite allows
_CITE_PIECES = ["quyet dinh", "ke hoach", "so", " ", "12", "/", "-", "kh", "ubnd", "ngay", "05/12/2025", "thang",
                "nam", "2026", "luat", "chi dao", "tai", "cuoc hop", "quy", "i", ",", ".", "cd-ttg", "186", "..."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CITE_PIECES), max_size=14))
def test_no_citation_where_may_cite_says_none(pieces):
    k = _joined(pieces)
    if not D._may_cite(k):
        assert D._CITATION.search(k) is None
        assert D._CITATION_OPEN.match(k) is None


# ---- agencies: the strong separators and the trailing ones, against the patterns written the longer way
_LN = r"[\p{L}\p{N}]"
_COMPOUNDS = "|".join(rf"(?<=(?<!{_LN}){a}),\s*{b}(?!{_LN})" for a, b in _WORDS["comma_compounds"])
_STRONG_BEFORE = regex.compile(rf"(?!{_COMPOUNDS})," r"|[;:()\[\]{}•●▪◦·*\n]|\.(?!\p{N})"
                               r"|(?<![\p{L}\p{N}])[-+](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[-+](?=[\p{L}\p{N}])"
                               r"|(?<=[\p{L}\p{N}.])[-+](?![\p{L}\p{N}])"
                               r"|(?<![\p{L}\p{N}])(?:\(?\d{1,2}\)|[a-zđ]\))(?=\s)|(?<![\p{L}\p{N}])\d{1,2}\.(?=\s)")
_TRAIL_FORWARD = regex.compile(r"(?:[" + S._SEPC + r"]+|(?<![\p{L}\p{N}])(?:và|and|va|hoặc))+$")
_SEP_PIECES = ["phòng", ", ", ",", "chống", "a", "x", "-", "+", ".", ";", "(", ")", "1", "12", " ", "đ", "và", "va",
               "hoặc", "and", "Bộ", "\n", "–"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SEP_PIECES), max_size=16))
def test_separators_find_the_same_spans(pieces):
    k = _joined(pieces)
    assert [m.span() for m in S._STRONG.finditer(k)] == [m.span() for m in _STRONG_BEFORE.finditer(k)]
    for a in range(min(3, len(k) + 1)):
        x, y = S._TRAIL.search(k, a, len(k)), _TRAIL_FORWARD.search(k, a, len(k))
        assert (x.span() if x else None) == (y.span() if y else None)


# ---- agencies: the fuzzy match asks only the keys long enough and short enough
@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.lists(st.sampled_from("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ "),
                                                           max_size=3))
def test_the_nearest_name_is_the_one_every_key_gives(seed, noise):
    g = gazetteer()
    k = g.fuzzy_keys[seed % len(g.fuzzy_keys)]
    at = seed % (len(k) + 1)
    k = k[:at] + "".join(noise) + k[at + 1:]          # a key misspelt: a letter changed, dropped or added
    assert _nearest_name(g, k) == process.extractOne(k, g.fuzzy_keys, scorer=fuzz.ratio,
                                                     score_cutoff=FUZZY_THRESHOLD)


# ---- agencies: a key that holds a person's title holds one of the titles' hint words
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*(key(t) for t in _WORDS["person_titles"][:60]), "ubnd tỉnh", "sở y tế", " ", ", ",
                                 "bộ", "công an", "và"]), max_size=6))
def test_a_title_is_never_missed_for_its_hint(pieces):
    k = " ".join(pieces)
    if _TITLE_AT.search(k):
        assert _title_hint(id(gazetteer())).search(k)


# ---- text: the key joins its words as the substitution of white space did
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aA Hoà\t\n\u00a0\u2003\u3000–-Ờ,\x1c\x85ẞİ"), max_size=30))
def test_the_key_folds_white_space_as_before(text):
    assert key(text) == _WS.sub(" ", fold_key(nfc(text.lower()))).strip()
