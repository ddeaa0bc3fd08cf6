"""Command line: ``python -m extract <inputs...> -o <folder>``."""
from __future__ import annotations

import argparse
import logging
import sys
import time
from collections import Counter
from pathlib import Path

from .batch import run_batch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description="Extract the task tables of Vietnamese government decisions (PDF, DOCX, DOC) into Parquet.")
    parser.add_argument("inputs", nargs="+", type=Path, help="files, folders (searched recursively) or globs")
    parser.add_argument("-o", "--out", type=Path, default=Path("output"), help="output folder (default: output)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: number of cores)")
    parser.add_argument("--strict", action="store_true", help="exit non-zero when any file failed")
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR if args.quiet else logging.INFO, format="%(levelname)s %(message)s",
                        stream=sys.stderr)
    t0 = time.perf_counter()
    try:
        batch = run_batch(args.inputs, args.out, workers=args.workers)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    docs = batch.documents
    status = Counter(d["status"] for d in docs)
    for d in docs:
        if d["status"] == "failed":
            print(f"failed: {d['source_path']}: {d['error']}", file=sys.stderr)
    if not args.quiet:
        warn = Counter(w.split(":")[0] for t in batch.tasks for w in t["warnings"])
        print(f"{len(docs)} files: " + ", ".join(f"{n} {s}" for s, n in sorted(status.items())), file=sys.stderr)
        print(f"{len(batch.tasks)} tasks, {len(batch.agencies)} agency mentions, "
              f"{sum(warn.values())} warnings" + (f" ({', '.join(f'{k}: {v}' for k, v in warn.most_common())})"
                                                  if warn else ""), file=sys.stderr)
        print(f"written to {args.out}/ in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 1 if args.strict and status.get("failed") else 0


if __name__ == "__main__":
    sys.exit(main())
