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
import unicodedata
from functools import lru_cache

import regex

__all__ = ["nfc", "fold_ws", "clean_cell", "join_wrapped", "key", "ascii_key", "strip_diacritics", "is_bullet_line",
           "starts_with_bullet_sign"]

_WS = regex.compile(r"\s+")
_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_BR = regex.compile(r"<\s*(?:br|/p|/li|/div)\s*/?>", regex.IGNORECASE)
_LI = regex.compile(r"<\s*li\b[^<>]*>", regex.IGNORECASE)
# A line that starts a new item inside a cell: "-", "+", "•", "(1)", "a)", "1)" ...
_BULLET = regex.compile(r"^\s*(?:[-+•●▪◦–—*]\s+|\(\d{1,2}\)\s*|[a-zđ]\)\s+|\d{1,2}\)\s+)")
_HYPHEN_END = regex.compile(r"[\p{L}\p{N}]-$")
_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")

# Tone marks move from the first to the second vowel of the open diphthongs
# oa, oe, uy ("hòa" -> "hoà", "thủy" -> "thuỷ"), so both spellings share a key.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_TONE_MOVE = regex.compile(r"([ou])([" + _TONES + r"])([aey])(?![\p{L}\p{M}])")


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


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Matching key: NFC, lower case, one tone-mark placement, dashes unified, single spaces.

    >>> key("  Hoà  Bình ") == key("Hòa Bình")
    True
    >>> key("Lao động – Thương binh")
    'lao động - thương binh'
    """
    t = unicodedata.normalize("NFD", text.lower())
    t = _TONE_MOVE.sub(r"\1\3\2", t)
    t = unicodedata.normalize("NFC", t)
    t = _DASHES.sub("-", t)
    return _WS.sub(" ", t).strip()


@lru_cache(maxsize=65536)
def ascii_key(text: str) -> str:
    """:func:`key` with diacritics removed, for text typed without them.

    >>> ascii_key("Thời gian THỰC HIỆN")
    'thoi gian thuc hien'
    """
    return strip_diacritics(key(text))
