"""Vietnamese text helpers: NFC, whitespace and bullets, matching keys.

Text shown to people keeps what was printed (NFC, whitespace folded).  Matching
keys are built separately by :func:`key` and are never written as output text.

>>> fold_ws("  Bộ   Công\\nan ")
'Bộ Công an'
>>> key("Bộ Công thương") == key("BỘ CÔNG THƯƠNG")
True
>>> key("Uỷ ban") == key("Ủy ban")
True
>>> strip_diacritics("Đài Tiếng nói Việt Nam")
'Dai Tieng noi Viet Nam'
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

import regex

__all__ = ["nfc", "fold_ws", "clean_cell", "join_wrapped", "key", "ascii_key", "fold_key", "strip_diacritics",
           "is_bullet_line", "starts_with_bullet_sign"]

_WS = regex.compile(r"\s+")
_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_BR = regex.compile(r"<\s*(?:br|/p|/li|/div)\s*/?>", regex.IGNORECASE)
_LI = regex.compile(r"<\s*li\b[^<>]*>", regex.IGNORECASE)
# A line that starts a new item inside a cell: "-", "+", "•", "(1)", "a)", "1)" ...
_BULLET = regex.compile(r"^\s*(?:[-+•●▪◦–—*]\s+|\(\d{1,2}\)\s*|[a-zđ]\)\s+|\d{1,2}\)\s+)")
_HYPHEN_END = regex.compile(r"[\p{L}\p{N}]-$")
_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")



def nfc(text: str) -> str:
    """Return *text* in Unicode NFC (decomposed input, as some PDFs carry, is recomposed)."""
    return unicodedata.normalize("NFC", text)


def fold_ws(text: str) -> str:
    """NFC, every run of whitespace (newlines included) becomes one space, ends stripped."""
    return _WS.sub(" ", nfc(text)).strip()


def is_bullet_line(line: str) -> bool:
    """True when *line* starts a list item ("- x", "+ x", "• x", "(1) x", "a) x").

    >>> is_bullet_line("- Bộ Công an"), is_bullet_line("Bộ Công an")
    (True, False)
    """
    return bool(_BULLET.match(line))


_BULLET_SIGNS = "•●▪◦■□➢►✓*+"


def starts_with_bullet_sign(line: str) -> bool:
    """True when *line* starts with a sign that only bullets use ("• x", "+ x"), not "-" or "(1)",
    which also start the wrapped part of a sentence ("chính trị" / "- xã hội", "...;" / "(4) ...").

    >>> starts_with_bullet_sign("+ Công cụ"), starts_with_bullet_sign("- xã hội"), starts_with_bullet_sign("+84")
    (True, False, False)
    """
    return len(line) > 1 and line[0] in _BULLET_SIGNS and line[1] == " "


def strip_html(text: str) -> str:
    """Turn HTML fragments found inside cells into plain text with line breaks.

    >>> strip_html("Bộ Công an<br/>Bộ Tư pháp &amp; Bộ Nội vụ")
    'Bộ Công an\\nBộ Tư pháp & Bộ Nội vụ'
    """
    if "<" not in text and "&" not in text:
        return text
    text = _BR.sub("\n", text)
    text = _LI.sub("\n- ", text)
    text = _TAG.sub("", text)
    return html.unescape(text)


def join_wrapped(before: str, after: str) -> str:
    """Join a line and the line it wrapped onto: a space, none after a hyphen that ends a word part.

    >>> join_wrapped("Nghị định 69/2024/NĐ-", "CP"), join_wrapped("kinh tế -", "xã hội")
    ('Nghị định 69/2024/NĐ-CP', 'kinh tế - xã hội')
    """
    if _HYPHEN_END.search(before) and after[:1].isalnum():
        return before + after  # "NĐ-" / "CP": a word with a hyphen wrapped at the hyphen
    return f"{before} {after}"


def clean_cell(text: str) -> str:
    """Cell text as printed, tidied: NFC, HTML removed, wrapped lines joined with one space.

    Separate paragraphs and bullet items stay on lines of their own; a line
    that is only the wrapped continuation of the previous one is joined to it.
    *text* may carry paragraph breaks as "\\n\\n" or as bullets; a single "\\n"
    that is a visual wrap is joined unless the next line starts a list item.

    >>> clean_cell("Trình cấp có thẩm quyền\\nban hành luật")
    'Trình cấp có thẩm quyền ban hành luật'
    >>> clean_cell("Nghị định 69/2024/NĐ-\\nCP được ban hành")
    'Nghị định 69/2024/NĐ-CP được ban hành'
    >>> clean_cell("- Bộ Công an;\\n- Bộ Tư pháp")
    '- Bộ Công an;\\n- Bộ Tư pháp'
    """
    text = strip_html(nfc(text)).replace("\r", "\n").replace("\u00a0", " ")
    out: list[str] = []
    for para in regex.split(r"\n\s*\n", text):
        lines = [l.strip() for l in para.split("\n")]
        cur = ""
        for line in lines:
            if not line:
                continue
            if cur and is_bullet_line(line):
                out.append(_WS.sub(" ", cur))
                cur = line
            else:
                cur = join_wrapped(cur, line) if cur else line
        if cur:
            out.append(_WS.sub(" ", cur).strip())
    return "\n".join(out)


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese diacritics ("đ" becomes "d")."""
    decomposed = unicodedata.normalize("NFD", text)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", base.replace("đ", "d").replace("Đ", "D"))


# ----------------------------------------------------------------------------- the matching-key builder
# One builder for every matching key (the agency matcher, the deadline parser, key() and the gazetteer and
# vocabulary files): lower case, dashes unified, every whitespace character a space, the tone mark of the
# open diphthongs oa, oe, uy on the second vowel, optionally no diacritics.  It works character for
# character on NFC text, so position i of the key is position i of the text: a match in the key is cut
# from the original without an offset map.
_KEY_TABLE = {c: "-" for c in range(0x2010, 0x2016)}
_KEY_TABLE[0x2212] = "-"
_KEY_TABLE.update({ord(c): " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"})
_KEY_TABLE.update({c: " " for c in range(0x2000, 0x200B)})
_KEY_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _KEY_TABLE) + "]")     # what the key table changes
_ASCII_TABLE = dict(_KEY_TABLE)
for _c in range(0x00C0, 0x1F00):
    _b = unicodedata.normalize("NFD", chr(_c))[0]
    if _b.isascii() and _b != chr(_c):
        _ASCII_TABLE[_c] = _b
_ASCII_TABLE[ord("đ")] = "d"
_ASCII_TABLE[ord("Đ")] = "D"
_TONED_OU = "òóõỏọùúũủụ"
_TONE_PAIR = re.compile("[" + _TONED_OU + "][aey]")       # what _TONE_FIX needs, found faster
_TONE_FIX = regex.compile(r"([" + _TONED_OU + r"])([aey])(?![\p{L}\p{M}])")


def _tone_fix(m: regex.Match) -> str:
    toned = unicodedata.normalize("NFD", m.group(1))
    return toned[0] + unicodedata.normalize("NFC", m.group(2) + toned[1:])


def fold_key(text: str, *, ascii: bool = False) -> str:
    """The matching key of NFC *text*, character for character (same length, same positions).

    Lower case (a character whose lower case is longer, such as "İ", is kept), dashes "-", whitespace " ",
    "hòa" written "hoà", and with *ascii* no diacritics.  :func:`key` is this key with spaces folded.

    >>> fold_key("Uỷ ban  Hòa Bình – 2026")
    'uỷ ban  hoà bình - 2026'
    >>> fold_key("Quý IV/2025", ascii=True)
    'quy iv/2025'
    """
    t = text.lower()
    if len(t) != len(text):
        t = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if _TONE_PAIR.search(t):
        t = _TONE_FIX.sub(_tone_fix, t)
    if ascii:
        return t.translate(_ASCII_TABLE)
    return t.translate(_KEY_TABLE) if _KEY_CHARS.search(t) else t     # (translating costs a lookup per character)


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Matching key: NFC, lower case, one tone-mark placement, dashes unified, single spaces.

    >>> key("  Hoà  Bình ") == key("Hòa Bình")
    True
    >>> key("Lao động – Thương binh")
    'lao động - thương binh'
    """
    return " ".join(fold_key(nfc(text.lower())).split())     # (the key's only white space is " ")


@lru_cache(maxsize=65536)
def ascii_key(text: str) -> str:
    """:func:`key` with diacritics removed, for text typed without them.

    >>> ascii_key("Thời gian THỰC HIỆN")
    'thoi gian thuc hien'
    """
    return strip_diacritics(key(text))
