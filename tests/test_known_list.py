"""The short path for plain lists of known names (normalize/agencies/known_list.py) must read every cell it takes
exactly as the full chain of passes does: compared on every held-out cell (real strings of sets 1-55, each with its
issuer) and every cell of the seed appendix."""
from __future__ import annotations

from pathlib import Path

import pytest

from normalize.agencies.cell import _Cell
from normalize.agencies.gazetteer import gazetteer
from normalize.agencies.known_list import known_list
from normalize.agencies.parse import _issuer_id, _parse_names
from normalize.text import nfc
from tests.heldout import load

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "000_37eac5a94900d9f4.txt"


def _cells() -> list[tuple[str, str | None]]:
    cells = [(it["cell"], it.get("issuer")) for name, items in load().items() if name.startswith("agencies")
             for it in items]
    if SEED.exists():
        for line in SEED.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 6 and parts[0] != "STT":
                cells += [(c, None) for c in parts[2:4] if c.strip()]
    return list(dict.fromkeys(cells))


def _fields(parse) -> list[tuple]:
    return [(m.mention, m.start, m.end, m.agency_id, m.name, m.kind, m.current_name, m.parent, m.method, m.score)
            for m in parse.mentions] + [("left", parse.leftover, parse.leftover_spans)]


def test_the_short_path_reads_as_the_full_chain():
    g = gazetteer()
    taken, differ = 0, []
    for text, issuer in _cells():
        t = nfc(text)
        issuer_id = _issuer_id(issuer) if issuer else None
        short = known_list(g, _Cell(t), t, None, issuer_id)
        if short is None:
            continue
        taken += 1
        if _fields(short) != _fields(_parse_names(g, _Cell(t), t, None, issuer_id)):
            differ.append(text)
    assert not differ, differ[:10]
    assert taken >= 200         # the path is taken (237 cells when it was written)


@pytest.mark.parametrize("text", [
    "Bộ Công an chủ trì",                       # a verb after the name
    "Cục Quản lý xuất nhập cảnh, Bộ Công an",   # a unit and its parent
    "Sở Nội vụ Hưng Yên",                       # a place after a provincial body
    "các cơ quan, đơn vị, địa phương",          # two groups in a row, read as one
    "Bo Cong an, Bo Tu phap",                   # typed without marks
])
def test_the_short_path_leaves_what_the_passes_read(text):
    assert known_list(gazetteer(), _Cell(text), text, None, None) is None
