"""Word's automatic list numbering: the labels ("1.", "a)", "II.") Word prints before numbered paragraphs.

A numbered paragraph holds no number in its text: its ``w:pPr/w:numPr`` (or its paragraph style's) names a
numbering instance (``w:numId``) and a level (``w:ilvl``); ``word/numbering.xml`` maps the instance to an
abstract definition (``w:num/w:abstractNumId``) whose ``w:lvl`` gives the start value, the format
(``w:numFmt``) and the label's pattern (``w:lvlText``: "%1.", "%1.%2", "%2)"); the instance may restart a
level (``w:lvlOverride/w:startOverride``) or replace it (``w:lvlOverride/w:lvl``).

:func:`parse_numbering` reads the definitions; a :class:`ListCounter` is then given every paragraph of the
document *in document order*, body and table cells alike (they advance the same counters, as in Word), and
returns what Word prints before each numbered one.  Pure: lxml elements in, plain data out.

How counting works (Word's behaviour as far as documents show it):

- counters belong to the abstract definition: two instances of one definition continue one list;
- an instance with a ``w:startOverride`` restarts that level at its value where the instance is first used;
- using a level resets the levels below it (unless a level's ``w:lvlRestart`` says otherwise; 0: never);
- a placeholder of a level not used yet shows that level's start value;
- ``w:isLgl`` shows every placeholder in decimal.

>>> numbering = parse_numbering(etree.fromstring(_EXAMPLE))
>>> counter = ListCounter(numbering)
>>> [counter.advance("1", level).label for level in (0, 1, 1, 0, 1)]
['1.', '1.a)', '1.b)', '2.', '2.a)']
>>> counter.advance("2", 0).label  # another instance of the same list, restarted at 5
'V.'
>>> counter.advance("9", 0) is None  # an instance numbering.xml does not define: Word prints nothing
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BULLET, NONE = "bullet", "none"
MAX_LEVELS = 9  # Word's levels are 0-8

_EXAMPLE = f"""<w:numbering xmlns:w="{W}">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    </w:lvlOverride>
  </w:num>
</w:numbering>"""


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass(frozen=True)
class Level:
    """One ``w:lvl``: start value, format, label pattern, when it restarts, legal numbering, linked style."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart: one-based level whose use restarts this one (0: never)
    legal: bool = False  # w:isLgl
    style: str | None = None  # w:pStyle: a paragraph of this style is at this level


@dataclass(frozen=True)
class Instance:
    """One ``w:num``: its abstract definition and its overrides by level."""

    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # w:lvlOverride/w:startOverride
    levels: dict[int, Level] = field(default_factory=dict)  # w:lvlOverride/w:lvl


@dataclass
class Numbering:
    """What numbering.xml (and the styles' ``w:numPr``) define."""

    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    instances: dict[str, Instance] = field(default_factory=dict)
    styles: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)  # styleId -> (numId, ilvl)
    links: dict[str, str] = field(default_factory=dict)  # abstractNumId -> style named by w:numStyleLink


@dataclass(frozen=True)
class Item:
    """What Word prints before one numbered paragraph: ``label`` ("" for a bullet or a hidden number), or
    ``unknown`` naming a format this module does not render (then ``label`` is "")."""

    label: str
    bullet: bool = False
    unknown: str = ""


def _val(el, tag: str) -> str | None:
    child = el.find(_w(tag)) if el is not None else None
    return None if child is None else child.get(_w("val"))


def _int(text: str | None, default: int | None) -> int | None:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def parse_level(lvl) -> Level:
    """A ``w:lvl`` element as a :class:`Level` (missing parts take Word's defaults).

    >>> parse_level(etree.fromstring(f'<w:lvl xmlns:w="{W}"><w:numFmt w:val="upperRoman"/></w:lvl>'))
    Level(start=1, fmt='upperRoman', text='', restart=None, legal=False, style=None)
    """
    legal = lvl.find(_w("isLgl"))
    return Level(start=_int(_val(lvl, "start"), 1), fmt=_val(lvl, "numFmt") or "decimal",
                 text=_val(lvl, "lvlText") or "", restart=_int(_val(lvl, "lvlRestart"), None),
                 legal=legal is not None and legal.get(_w("val")) not in ("0", "false", "off"),
                 style=_val(lvl, "pStyle"))


def _levels(el) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for lvl in el.iterfind(_w("lvl")):
        ilvl = _int(lvl.get(_w("ilvl")), None)
        if ilvl is not None and 0 <= ilvl < MAX_LEVELS:
            out[ilvl] = parse_level(lvl)
    return out


def parse_numbering(numbering, styles=None) -> Numbering:
    """The definitions of a ``w:numbering`` element (None: a document without numbering.xml) and the
    numbering of the paragraph styles of a ``w:styles`` element (each style's own or its ``w:basedOn``'s)."""
    out = Numbering()
    if numbering is not None:
        for an in numbering.iterfind(_w("abstractNum")):
            aid = an.get(_w("abstractNumId"))
            out.abstracts[aid] = _levels(an)
            link = _val(an, "numStyleLink")
            if link:
                out.links[aid] = link
        for num in numbering.iterfind(_w("num")):
            starts, levels = {}, {}
            for ov in num.iterfind(_w("lvlOverride")):
                ilvl = _int(ov.get(_w("ilvl")), None)
                if ilvl is None or not 0 <= ilvl < MAX_LEVELS:
                    continue
                start = _int(_val(ov, "startOverride"), None)
                if start is not None:
                    starts[ilvl] = start
                if ov.find(_w("lvl")) is not None:
                    levels[ilvl] = parse_level(ov.find(_w("lvl")))
            out.instances[num.get(_w("numId"))] = Instance(_val(num, "abstractNumId"), starts, levels)
    if styles is not None:
        out.styles = _style_numbering(styles)
    return out


def _style_numbering(styles) -> dict[str, tuple[str | None, int | None]]:
    """styleId -> (numId, ilvl) of every paragraph style that numbers its paragraphs, through ``w:basedOn``."""
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for st in styles.iterfind(_w("style")):
        sid = st.get(_w("styleId"))
        num_pr = st.find(f"{_w('pPr')}/{_w('numPr')}")
        if num_pr is not None:
            own[sid] = (_val(num_pr, "numId"), _int(_val(num_pr, "ilvl"), None))
        parent = _val(st, "basedOn")
        if parent:
            based[sid] = parent
    out = {}
    for sid in {*own, *based}:
        seen, cur = set(), sid
        while cur is not None and cur not in own and cur not in seen:
            seen.add(cur)
            cur = based.get(cur)
        if cur in own and own[cur][0] is not None:
            out[sid] = own[cur]
    return out


def paragraph_numbering(p, numbering: Numbering) -> tuple[str, int | None] | None:
    """(numId, ilvl or None) of a ``w:p``, from its own ``w:numPr`` or its style's; None if not numbered
    (``w:numId`` 0 takes a style's numbering away)."""
    ppr = p.find(_w("pPr"))
    num_pr = ppr.find(_w("numPr")) if ppr is not None else None
    num_id, ilvl = _val(num_pr, "numId"), _int(_val(num_pr, "ilvl"), None)
    style = _val(ppr, "pStyle")
    if style in numbering.styles:
        s_num, s_ilvl = numbering.styles[style]
        num_id = num_id if num_id is not None else s_num
        ilvl = ilvl if ilvl is not None else s_ilvl
    if num_id is None or num_id == "0":
        return None
    if ilvl is None and style:  # a level linked to the paragraph's style
        levels = numbering.abstracts.get(_abstract_of(numbering, num_id) or "", {})
        ilvl = next((i for i, lv in sorted(levels.items()) if lv.style == style), None)
    return num_id, ilvl


def _abstract_of(numbering: Numbering, num_id: str) -> str | None:
    """The abstract definition an instance uses, following ``w:numStyleLink`` to the style's instance."""
    seen: set[str] = set()
    while num_id in numbering.instances and num_id not in seen:
        seen.add(num_id)
        aid = numbering.instances[num_id].abstract
        link = numbering.links.get(aid or "")
        if link is None or link not in numbering.styles:
            return aid
        num_id = numbering.styles[link][0] or ""
    return None


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _letter(n: int) -> str:
    """Word's letters: a..z, then aa..zz, aaa..."""
    return _LETTERS[(n - 1) % 26] * ((n - 1) // 26 + 1) if n > 0 else ""


def _roman(n: int) -> str:
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"0{n}" if 0 <= n < 10 else str(n),
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    NONE: lambda n: "",
}


MAX_SPELLED = 32767  # Word's largest start value; a count past it (a hostile w:start) is written in digits


def format_number(n: int, fmt: str) -> str | None:
    """*n* written in the ``w:numFmt`` *fmt*; None for a format not rendered here.

    >>> [format_number(n, f) for n, f in ((3, "decimal"), (7, "decimalZero"), (28, "lowerLetter"),
    ...  (4, "upperLetter"), (14, "lowerRoman"), (1949, "upperRoman"), (2, "none"), (2, "ordinal"))]
    ['3', '07', 'bb', 'D', 'xiv', 'MCMXLIX', '', None]
    >>> format_number(10**12, "upperRoman")  # not a million M's
    '1000000000000'
    """
    fn = FORMATS.get(fmt)
    if fn is None:
        return None
    return str(n) if n > MAX_SPELLED and fmt != NONE else fn(n)


_PLACEHOLDER = re.compile(r"%([1-9])")


def render(text: str, counts: list[int], levels: list[Level], legal: bool = False) -> tuple[str, str]:
    """A ``w:lvlText`` with each "%k" replaced by level k-1's count in that level's format (decimal when
    *legal*), and "" or the first format met that is not rendered here (then the label is "").

    >>> lv = [Level(fmt="upperRoman"), Level(fmt="decimal"), Level(fmt="ordinal")]
    >>> render("%1.%2)", [2, 3, 1], lv), render("%1.%2", [2, 3, 1], lv, legal=True), render("%3.", [2, 3, 1], lv)
    (('II.3)', ''), ('2.3', ''), ('', 'ordinal'))
    """
    unknown: list[str] = []

    def one(m) -> str:
        k = int(m.group(1)) - 1
        fmt = "decimal" if legal and levels[k].fmt != NONE else levels[k].fmt
        value = format_number(counts[k], fmt)
        if value is None:
            unknown.append(fmt)
        return value or ""

    label = _PLACEHOLDER.sub(one, text)
    return ("", unknown[0]) if unknown else (label, "")


class ListCounter:
    """Walks a document's paragraphs in order and says what Word prints before each numbered one."""

    def __init__(self, numbering: Numbering):
        self.numbering = numbering
        self.counts: dict[str, list[int | None]] = {}  # abstractNumId -> the last count of each level
        self.used: set[str] = set()  # instances met so far (a start override restarts its level once)

    def paragraph(self, p) -> Item | None:
        """Advance the counters for the ``w:p`` element *p*; what Word prints before it (None: not numbered)."""
        if not self.numbering.instances:  # no numbering.xml, or one that defines no list
            return None
        found = paragraph_numbering(p, self.numbering)
        return None if found is None else self.advance(found[0], found[1] or 0)

    def levels(self, num_id: str, aid: str) -> list[Level]:
        """The nine levels of instance *num_id* of definition *aid*, its overrides applied."""
        inst = self.numbering.instances.get(num_id) or Instance(aid)
        own = self.numbering.abstracts[aid]
        levels = [inst.levels.get(i) or own.get(i) or Level() for i in range(MAX_LEVELS)]
        return [replace(lv, start=inst.starts[i]) if i in inst.starts else lv for i, lv in enumerate(levels)]

    def advance(self, num_id: str, ilvl: int) -> Item | None:
        """Count one paragraph of instance *num_id* at level *ilvl*; None when the instance is not defined."""
        aid = _abstract_of(self.numbering, num_id)
        if aid is None or aid not in self.numbering.abstracts or not 0 <= ilvl < MAX_LEVELS:
            return None
        levels = self.levels(num_id, aid)
        counts = self.counts.setdefault(aid, [None] * MAX_LEVELS)
        if num_id not in self.used:
            self.used.add(num_id)
            inst = self.numbering.instances.get(num_id)
            for i in inst.starts if inst else ():
                counts[i] = None
        counts[ilvl] = levels[ilvl].start if counts[ilvl] is None else counts[ilvl] + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            restart = levels[deeper].restart
            if restart is None or ilvl < restart:  # by default any level above restarts it; 0: never
                counts[deeper] = None
        level = levels[ilvl]
        if level.fmt == BULLET:
            return Item("", bullet=True)
        shown = [c if c is not None else levels[i].start for i, c in enumerate(counts)]
        label, unknown = render(level.text, shown, levels, level.legal)
        return Item(label.strip(), unknown=unknown)
