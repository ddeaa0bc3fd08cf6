"""Print rows keyed right / similarity / exact rows / seconds per page for every scan of the corpus.

    .venv/bin/python tests/scans/report.py [source:variant ...]
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run(source: str, variant: str) -> dict:
    from extract.pipeline import process_file

    path = corpus.scan(source, variant)
    start, cpu = time.perf_counter(), _cpu()
    result = process_file(path, path.parent)
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    out = corpus.score(result.tasks, corpus.expected(source))
    pages = result.document["pages"] or 1
    out["s/page"] = round(seconds / pages, 2)
    out["cpu s/page"] = round(cpu / pages, 2)  # this process and Tesseract: what the page costs on an idle core
    return out


def main(argv: list[str]) -> int:
    pairs = [a.split(":") for a in argv[1:]] or [(s, v) for s in corpus.SOURCES for v in corpus.VARIANTS]
    for source, variant in pairs:
        print(source, variant, run(source, variant), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
