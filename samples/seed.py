"""The seed appendix as expected records: the test oracle for every sample.

The seed (``samples/source/phu_luc_ii_de_an_06.txt``) is tab-separated text, one
block per printed page, the header row repeated on each page.  A row whose STT
cell is empty continues the last task of the previous page.  This module reads
it into whole tasks, independently of the extraction code, so that tests can
compare what the pipeline finds in the rendered PDF/DOCX samples with it.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SEED = Path(__file__).resolve().parent / "source" / "phu_luc_ii_de_an_06.txt"
FIELDS = ("stt", "task", "lead", "coordinating", "deadline", "result")
ROMAN = re.compile(r"^[IVXLC]+$")


@dataclass
class SeedTask:
    section: str
    section_title: str
    stt: str
    cells: dict[str, str]  # field -> cell text as in the seed (HTML fragments kept)
    seed_pages: list[int] = field(default_factory=list)


@dataclass
class Seed:
    title_lines: list[str]
    header: list[str]
    sections: list[tuple[str, str]]
    tasks: list[SeedTask]


def plain(cell: str) -> str:
    """Seed cell as a reader should see it: HTML tags dropped, whitespace folded, NFC."""
    cell = re.sub(r"<[^<>]+>", " ", cell)
    cell = html.unescape(cell)
    return unicodedata.normalize("NFC", " ".join(cell.split()))


def load_seed(path: Path = SEED) -> Seed:
    text = path.read_text(encoding="utf-8")
    title_lines: list[str] = []
    header: list[str] = []
    sections: list[tuple[str, str]] = []
    tasks: list[SeedTask] = []
    section = ("", "")
    page = 0
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        page += 1
        first_row_of_page = True
        for line in block.split("\n"):
            cells = line.split("\t")
            if len(cells) < len(FIELDS):
                if not header:
                    title_lines.append(line.strip())
                continue
            cells = [c.strip() for c in cells[: len(FIELDS)]]
            if not header:
                header = cells
            if cells == header:
                continue
            stt = cells[0]
            if ROMAN.match(stt) and not any(cells[2:]):
                section = (stt, cells[1])
                sections.append(section)
            elif stt == "" and first_row_of_page and tasks:
                prev = tasks[-1]
                for name, value in zip(FIELDS[1:], cells[1:]):
                    if value:
                        prev.cells[name] = f"{prev.cells[name]} {value}".strip()
                prev.seed_pages.append(page)
            else:
                tasks.append(SeedTask(section[0], section[1], stt, dict(zip(FIELDS[1:], cells[1:])), [page]))
            first_row_of_page = False
    return Seed(title_lines, header, sections, tasks)


if __name__ == "__main__":
    seed = load_seed()
    print(len(seed.sections), "sections,", len(seed.tasks), "tasks")
    for t in seed.tasks:
        if len(t.seed_pages) > 1:
            print("cut:", t.section, t.stt, t.seed_pages)
