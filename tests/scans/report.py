"""Print rows keyed right / similarity / exact rows / seconds per page for every scan of the corpus.

    .venv/bin/python tests/scans/report.py [source:variant ...]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402


def run(source: str, variant: str) -> dict:
    from extract.pipeline import process_file

    path = corpus.scan(source, variant)
    start = time.perf_counter()
    result = process_file(path, path.parent)
    seconds = time.perf_counter() - start
    out = corpus.score(result.tasks, corpus.expected(source))
    out["s/page"] = round(seconds / (result.document["pages"] or 1), 2)
    return out


def main(argv: list[str]) -> int:
    pairs = [a.split(":") for a in argv[1:]] or [(s, v) for s in corpus.SOURCES for v in corpus.VARIANTS]
    for source, variant in pairs:
        print(source, variant, run(source, variant), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
