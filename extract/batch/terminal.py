r"""Text for a terminal: control characters and undecodable bytes of file names and messages escaped.

>>> printable("bad\x1b[2Jname\x07.pdf")
'bad\\x1b[2Jname\\x07.pdf'
>>> printable("quyết định\tok")
'quyết định\tok'
"""
from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""*text* with terminal control characters (and bidi overrides) as ``\xNN`` / ``\uNNNN``; surrogates
    (bytes of a name that is not UTF-8) as ``\xNN``.  Tabs stay; a newline is escaped too (a name must not
    forge a line of its own)."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
