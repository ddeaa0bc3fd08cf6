"""Command line: ``python -m extract <inputs...> -o <folder>``, ``python -m extract inspect|report ...``.

The same as the console command ``vn-tasks`` (:mod:`extract.cli`) with ``extract`` left out.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from .batch import (DATASET_THRESHOLD, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, ENGINES, LAYOUTS, PART_FILES,
                    PER_PAGE_TIMEOUT, BatchOptions, BatchResult, InputNotFound, OutputBusy, run_batch)
from .batch.engine_dask import DaskMissing
from .batch.terminal import printable
from .export import FORMATS, parse_formats
from .readers import DEFAULT_PDF_READER, PDF_READERS

log = logging.getLogger("extract")
MAX_LISTED = 15  # failed files named in the summary; the rest are in documents.parquet

EPILOG = """\
Inputs are files, folders (searched recursively for .pdf, .docx and .doc) and
globs (quote them: 'archive/**/*.pdf').  Formats are recognised by content: a
PDF saved as .docx is read as a PDF.  Legacy .doc files are converted with
LibreOffice (soffice) when it is installed.

Writes documents.parquet (one row per input file, with status ok / no_tables /
failed and why), tasks.parquet and task_agencies.parquet to the output folder,
atomically.  Above {threshold} input files (or with --layout dataset) each table is
a folder of parts instead: documents/part-00000.parquet, ... ({part} files a part),
read as one table by read_parquet('<folder>/tasks/*.parquet') in DuckDB,
pd.read_parquet('<folder>/tasks') or pl.read_parquet('<folder>/tasks/*.parquet').  Results per file are kept in <folder>/.cache/ so a re-run only
extracts new or changed files; --force redoes all.

Exit status: 0 when every file was handled (even if some failed), 1 with
--strict when any file failed, 2 for bad arguments or missing inputs, 3 when
the output could not be written.

--engine dask runs the extraction as Dask tasks: on a local cluster of
--workers processes, or on an existing cluster with --scheduler ADDRESS (the
inputs must be readable at the same paths on every worker).  It needs the
dask extra: pip install '.[dask]'.

--format xlsx,csv adds tasks.xlsx (a sheet per table and a "Cần rà soát" review
sheet) and one UTF-8 CSV per table; report.html (files by status, tasks per
agency, due dates by quarter, rows to review) is written on every run.

Other commands: python -m extract inspect ... (visual QA), python -m extract
report OUT (report.html again); see their --help, or vn-tasks --help.
""".format(threshold=DATASET_THRESHOLD, part=PART_FILES)


DESCRIPTION = "Extract the task tables of Vietnamese government decisions (PDF, DOCX, DOC) into Parquet."


def _parser(prog: str = "python -m extract") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
                                     description=DESCRIPTION)
    return add_extract_arguments(parser)


def add_extract_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("inputs", nargs="+", type=Path, help="files, folders (searched recursively) or globs")
    parser.add_argument("-o", "--out", type=Path, default=Path("output"), help="output folder (default: output)")
    parser.add_argument("--workers", type=_positive_int, default=None,
                        help=f"worker processes (default: number of cores, here {os.cpu_count() or 1})")
    parser.add_argument("--force", action="store_true", help="extract every file again, ignoring the cache")
    parser.add_argument("--timeout", type=_positive_float, default=None,
                        help=f"seconds one file may take before it is stopped and reported failed "
                             f"(default: {DEFAULT_TIMEOUT:g} plus {PER_PAGE_TIMEOUT:g} per PDF page)")
    parser.add_argument("--engine", choices=ENGINES, default="local",
                        help="local: worker processes on this machine (default); dask: Dask tasks (see below)")
    parser.add_argument("--scheduler", metavar="ADDRESS", default=None,
                        help="with --engine dask: the scheduler of an existing cluster (tcp://host:8786); "
                             "default: start a local cluster of --workers processes")
    parser.add_argument("--layout", choices=LAYOUTS, default="auto",
                        help=f"single: one Parquet file per table; dataset: a folder of part-*.parquet files "
                             f"per table; auto (default): dataset above {DATASET_THRESHOLD} input files")
    parser.add_argument("--memory-limit", metavar="MB", type=_non_negative_int, default=DEFAULT_MEMORY_MB,
                        help=f"memory (address space) one local worker may take for a file, in MB (default "
                             f"{DEFAULT_MEMORY_MB}; 0: no limit); a file that needs more is reported 'refused: ...'")
    parser.add_argument("--vocab", type=Path, default=None, metavar="FILE.yaml",
                        help="your own header words and agencies, merged over the built-in ones (see README)")
    parser.add_argument("--format", type=_formats, default=("parquet",), metavar="LIST",
                        help=f"comma-separated output formats among {', '.join(FORMATS)} (default: parquet; "
                             f"Parquet is always written)")
    parser.add_argument("--pdf-reader", choices=PDF_READERS, default=DEFAULT_PDF_READER,
                        help=f"PDF reader: pdfium (fast) or pdfplumber (the reference); default {DEFAULT_PDF_READER}")
    parser.add_argument("--strict", action="store_true", help="exit non-zero (1) when any file failed")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    parser.add_argument("--verbose", "-v", action="store_true", help="log each file's outcome")
    return parser


def _formats(text: str) -> tuple[str, ...]:
    try:
        return parse_formats(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _positive_int(text: str) -> int:
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _non_negative_int(text: str) -> int:
    n = int(text)
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return n


def _positive_float(text: str) -> float:
    x = float(text)
    if not x > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return x


class _Handler(logging.StreamHandler):
    """stderr logging that does not break a tqdm progress bar, with file names and messages escaped
    (a name's control characters never reach the terminal)."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            from tqdm import tqdm
            tqdm.write(self.format(record), file=sys.stderr)
        except ImportError:
            super().emit(record)


def _setup_logging(quiet: bool, verbose: bool) -> logging.Handler:
    for h in list(log.handlers):
        if isinstance(h, _Handler):
            log.removeHandler(h)
    handler = _Handler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)
    log.propagate = False
    return handler


def summary_lines(batch: BatchResult, out: Path) -> list[str]:
    """The end-of-run summary: one screen, whatever the number of files."""
    status = batch.status
    lines = [f"{batch.files} files: " + ", ".join(f"{status[s]} {s}" for s in ("ok", "partial", "no_tables", "failed")
                                                 if status[s])
             + f"  ({len(batch.extracted)} extracted, {len(batch.reused)} unchanged from the cache)"]
    if batch.invalid_cache:
        lines.append(f"  {len(batch.invalid_cache)} cache entries did not validate: ignored, those files extracted again")
    if batch.timed_out or batch.crashed:
        lines.append(f"  of the failed: {len(batch.timed_out)} timed out, {len(batch.crashed)} crashed a worker")
    lines.append(f"{batch.n_tasks} tasks, {batch.n_agencies} agency mentions, {sum(batch.issues.values())} issues"
                 " (issues.parquet)")
    lines += issue_lines(batch.issues)
    layout = f" (each table a folder of parts: {out}/tasks/part-*.parquet ...)" if batch.layout == "dataset" else ""
    if batch.output_unchanged:
        lines.append(f"nothing changed: {out}/ already holds these results ({batch.seconds:.1f} s)")
    else:
        lines.append(f"written to {out}/{layout} in {batch.seconds:.1f} s")
    return lines


def issue_lines(counts, most: int = 12) -> list[str]:
    """Issues counted by code (a closed vocabulary), errors first, then warnings, then information.

    >>> from collections import Counter
    >>> issue_lines(Counter({"agency_unknown": 3, "file_empty": 1}))
    ['       1  error    file_empty: the file has 0 bytes', '       3  warning  agency_unknown: an agency mention matched nothing in the gazetteer']
    """
    from .issues import CODES

    order = {"error": 0, "warning": 1, "info": 2}
    rows = sorted(counts.items(), key=lambda kv: (order[CODES[kv[0]][0]], -kv[1], kv[0]))
    lines = [f"  {n:6d}  {CODES[code][0]:<7}  {code}: {CODES[code][2]}" for code, n in rows[:most]]
    if len(rows) > most:
        lines.append(f"  {sum(n for _, n in rows[most:]):6d}  of {len(rows) - most} more codes: see issues.parquet")
    return lines


def failure_lines(batch: BatchResult) -> list[str]:
    failed = batch.failed
    lines = [f"failed: {path}: {error}" for path, error in failed[:MAX_LISTED]]
    if len(failed) > MAX_LISTED:
        lines.append(f"... and {len(failed) - MAX_LISTED} more failed files: see documents.parquet "
                     "(status = 'failed')")
    return lines


def _inspect(argv: list[str]) -> int:
    try:
        from . import inspect as inspect_cmd
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.inspect":
            raise
        print("error: the inspect command is not available in this installation (extract/inspect.py is missing)",
              file=sys.stderr)
        return 2
    return inspect_cmd.main(argv)


def _use_vocab(path: Path) -> bool:
    """Validate the user's vocabulary and make it active for this run and its workers (False: said why)."""
    from normalize.vocab import ENV, VocabError, load_vocab

    try:
        load_vocab(path)
    except VocabError as exc:
        log.error("error: --vocab: %s", exc)
        return False
    os.environ[ENV] = str(path.resolve())
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] == "inspect":
        return _inspect(argv[1:])
    if argv and argv[0] in ("report", "--version"):
        from .cli import main as cli_main

        return cli_main(argv)
    return run_extract(_parser().parse_args(argv))


def run_extract(args: argparse.Namespace) -> int:
    """The batch conversion, from parsed arguments; the exit status."""
    _setup_logging(args.quiet, args.verbose)
    progress = not args.quiet and sys.stderr.isatty()
    if args.scheduler and args.engine != "dask":
        log.error("error: --scheduler needs --engine dask")
        return 2
    if args.vocab is not None and not _use_vocab(args.vocab):
        return 2
    options = BatchOptions(workers=args.workers, force=args.force, timeout=args.timeout, progress=progress,
                           engine=args.engine, scheduler=args.scheduler, layout=args.layout,
                           memory_mb=args.memory_limit, formats=args.format, report=True,
                           pdf_reader=args.pdf_reader)
    try:
        batch = run_batch(args.inputs, args.out, options)
    except InputNotFound as exc:
        log.error("error: %s", exc)
        return 2
    except DaskMissing as exc:
        log.error("error: %s", exc)
        return 2
    except KeyboardInterrupt:
        log.error("interrupted: the previous output (if any) is unchanged")
        return 130
    except OutputBusy as exc:
        log.error("error: %s", exc)
        return 3
    except OSError as exc:
        log.error("error: cannot write the output to %s: %s", args.out, exc)
        return 3
    for line in summary_lines(batch, args.out):
        log.info(line)
    for line in failure_lines(batch):
        log.error(line)
    return 1 if args.strict and batch.status["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
