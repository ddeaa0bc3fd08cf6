"""The console command ``vn-tasks`` (installed by pip; ``python -m extract`` is the same without ``extract``).

    vn-tasks extract IN... -o OUT [--format parquet,xlsx,csv] [--workers N] ...
    vn-tasks inspect FILE --page N [-o PNG]
    vn-tasks report OUT [-o report.html] [--inputs FOLDER...]
    vn-tasks --version
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__

COMMANDS = {
    "extract": "convert decisions (PDF, DOCX, DOC: files, folders, globs) into Parquet, "
               "and optionally xlsx/csv, with report.html",
    "inspect": "draw one page with the tables, cells and rows found (PNG; OCR'd pages, DOCX via LibreOffice)",
    "report": "write report.html again for an output folder",
}


def top_parser() -> argparse.ArgumentParser:
    """The top-level parser: its --help lists the commands (each has its own --help)."""
    parser = argparse.ArgumentParser(
        prog="vn-tasks", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Task tables of Vietnamese government decisions to typed tables for people and systems.",
        epilog="Run 'vn-tasks COMMAND --help' for a command's options.  'python -m extract ...' works too "
               "(without the word 'extract' for a conversion).")
    parser.add_argument("--version", action="version", version=f"vn-tasks {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name, text in COMMANDS.items():
        sub.add_parser(name, help=text, add_help=False)
    return parser


def report_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vn-tasks report", description=COMMANDS["report"] + ".")
    parser.add_argument("out", type=Path, help="an output folder of vn-tasks extract")
    parser.add_argument("-o", "--output", type=Path, default=None, help="HTML to write (default: OUT/report.html)")
    parser.add_argument("--inputs", type=Path, nargs="*", default=None, metavar="FOLDER",
                        help="folders the source_path of documents is relative to, to draw page thumbnails "
                             "(default: the current folder)")
    parser.add_argument("--thumbnails", type=int, default=None, metavar="N",
                        help="at most N page thumbnails of rows to review (default 24; 0: none)")
    return parser


def run_report(argv: list[str]) -> int:
    from .report import MAX_THUMBNAILS, write_report

    args = report_parser().parse_args(argv)
    n = MAX_THUMBNAILS if args.thumbnails is None else max(0, args.thumbnails)
    try:
        dest = write_report(args.out, args.output, roots=args.inputs, max_thumbnails=n)
    except (FileNotFoundError, OSError) as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {dest}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] in ("-h", "--help", "--version"):
        try:
            top_parser().parse_args(argv or ["--help"])
        except SystemExit as exc:
            return int(exc.code or 0) if argv else 2
        return 0
    command, rest = argv[0], argv[1:]
    from . import __main__ as legacy

    if command == "extract":
        return legacy.run_extract(legacy._parser("vn-tasks extract").parse_args(rest))
    if command == "inspect":
        return legacy._inspect(rest)
    if command == "report":
        return run_report(rest)
    top_parser().print_usage(sys.stderr)
    print(f"vn-tasks: error: unknown command {command!r} (choose from {', '.join(COMMANDS)})", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
