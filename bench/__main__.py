"""`make bench`: build the corpus, measure, print the table and rewrite BENCHMARKS.md.

Every figure comes from this one run on this machine: pdfplumber alone (the
floor any user gets), Camelot lattice (what a user might pick instead), and the
whole pipeline (imports included, as a user runs it) with one worker and with
all cores, cold and with a warm cache; peak memory on a long and a short
document; time per stage; normalizer throughput.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from . import ocr_variants
from .corpus import ROOT, build_corpus

WORK = ROOT / "build" / "bench"


def probe(*args: str) -> dict:
    """Run one measurement in a fresh interpreter; wall time includes start-up and imports."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bench.probe", *args], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"probe {args[0]} failed:\n{proc.stderr[-3000:]}")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["wall"] = round(wall, 3)
    return res


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import pdfplumber
    return (f"{cpu}, {os.cpu_count()} cores{mem}; Python {platform.python_version()}; "
            f"pdfplumber {pdfplumber.__version__}; {platform.system()} {platform.release()}")


def main() -> int:
    cores = os.cpu_count() or 1
    print("building corpus ...", file=sys.stderr)
    info = build_corpus(WORK / "corpus")
    batch, long_dir, short_dir, scanned, pdf_only = (str(WORK / "corpus" / d)
                                                     for d in ("batch", "long", "short", "scanned", "pdf"))
    out = lambda name: str(WORK / name)  # noqa: E731
    r = {}
    steps = [
        ("pdfplumber", ("pdfplumber", batch)),
        ("pipeline_1", ("pipeline", pdf_only, "-o", out("out1"), "--workers", "1", "--force")),
        ("pipeline_1_pdfplumber", ("pipeline", pdf_only, "-o", out("out1p"), "--workers", "1", "--force",
                                   "--pdf-reader", "pdfplumber")),
        ("pipeline_1_all", ("pipeline", batch, "-o", out("out1a"), "--workers", "1", "--force")),
        ("pipeline_n", ("pipeline", batch, "-o", out("outn"), "--workers", str(cores), "--force")),
        ("pipeline_warm", ("pipeline", batch, "-o", out("outn"), "--workers", str(cores))),
        ("pipeline_dask", ("pipeline", batch, "-o", out("outd"), "--workers", str(cores), "--force", "--engine", "dask")),
        ("camelot", ("camelot", short_dir)),
        ("pdfplumber_short", ("pdfplumber", short_dir)),
        ("mem_short", ("pipeline", short_dir, "-o", out("short"), "--workers", "1", "--force")),
        ("mem_long", ("pipeline", long_dir, "-o", out("long"), "--workers", "1", "--force")),
        ("pdfplumber_long", ("pdfplumber", long_dir)),
        ("ocr", ("pipeline", scanned, "-o", out("ocr"), "--workers", "1", "--force")),
        ("stages", ("stages", pdf_only, out("stages"), "pdfium")),
        ("stages_pdfplumber", ("stages", pdf_only, out("stages"), "pdfplumber")),
        ("normalizers", ("normalizers", str(ROOT / "samples" / "source" / "phu_luc_ii_de_an_06.txt"))),
    ]
    for name, args in steps:
        print(f"  {name} ...", file=sys.stderr)
        Path(out("stages")).mkdir(parents=True, exist_ok=True)
        r[name] = probe(*args)
    text = report(r, info, cores)
    text += "\n".join(ocr_variants.report_lines(ocr_variants.ocr_seconds_per_variant())) + "\n"
    print(text)
    (ROOT / "BENCHMARKS.md").write_text(text, encoding="utf-8")
    return 0


def ocr_note() -> str:
    import shutil
    return "" if shutil.which("tesseract") else " (Tesseract not installed: the scan failed fast, no OCR measured)"


def _cpu_ratio(a: dict, b: dict) -> str:
    """a's CPU seconds over b's, or "–" for measurements that have none."""
    return f"{a['cpu_seconds'] / b['cpu_seconds']:.2f}" if a.get("cpu_seconds") and b.get("cpu_seconds") else "–"


def report(r: dict, info: dict, cores: int) -> str:
    pages = info["batch_pdf_pages"]
    floor = r["pdfplumber"]["wall"]
    def row(label, res, n_pages, note=""):
        if "error" in res:
            return f"| {label} | – | – | – | – | {res['error']} |"
        pps = n_pages / res["wall"]
        return (f"| {label} | {n_pages} | {res['wall']:.2f} | {pps:.1f} | {res['wall'] / floor * pages / n_pages:.2f} "
                f"| {res['peak_rss_mb']:.0f} MB{'; ' + note if note else ''} |")
    st, st_ref = r["stages"]["stages"], r["stages_pdfplumber"]["stages"]
    total, total_ref = sum(st.values()), sum(st_ref.values())
    nz = r["normalizers"]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` on {dt.date.today().isoformat()} — machine: {machine()}.",
        "",
        f"Corpus: {info['batch_files']} files (every sample PDF and DOCX, copied), {pages} PDF pages (the runs on "
        f"\"the same PDF files\" read only the PDFs, as pdfplumber alone does); "
        f"a long document of {info['long_pages']} pages (the landscape appendix repeated) and the "
        f"{info['short_pages']}-page appendix alone. Wall times include interpreter start-up and imports.",
        "",
        "| run | PDF pages | seconds | pages/s | time ÷ pdfplumber (per page) | peak RSS, notes |",
        "|---|---:|---:|---:|---:|---|",
        row("pdfplumber `extract_tables`, every page (the floor)", r["pdfplumber"], pages),
        row("pipeline, 1 worker, cold (pdfium reader, the default)", r["pipeline_1"], pages,
            "the same PDF files; Parquet written"),
        row("pipeline, 1 worker, cold, `--pdf-reader pdfplumber`", r["pipeline_1_pdfplumber"], pages,
            "the same PDF files; the reference reader"),
        row("pipeline, 1 worker, cold, PDF and DOCX", r["pipeline_1_all"], pages,
            f"all {info['batch_files']} files (the DOCX twins too)"),
        row(f"pipeline, {cores} workers, cold, PDF and DOCX", r["pipeline_n"], pages, "largest single process"),
        row(f"pipeline, {cores} workers, warm cache", r["pipeline_warm"], pages, "nothing changed"),
        row(f"pipeline, Dask LocalCluster, {cores} workers, cold", r["pipeline_dask"], pages,
            "incl. cluster start-up; same output as the local pool"),
        row("Camelot lattice (12-page appendix)", r["camelot"], info["short_pages"]),
        row("pdfplumber alone (12-page appendix)", r["pdfplumber_short"], info["short_pages"]),
        row("pipeline, 1 worker, 12-page appendix", r["mem_short"], info["short_pages"]),
        row(f"pipeline, 1 worker, {info['long_pages']}-page document", r["mem_long"], info["long_pages"]),
        row(f"pdfplumber alone, {info['long_pages']}-page document", r["pdfplumber_long"], info["long_pages"]),
        row(f"pipeline with OCR, 1 worker, scanned {info['scanned_pages']}-page appendix", r["ocr"],
            info["scanned_pages"], f"{r['ocr']['wall'] / info['scanned_pages']:.2f} s per page{ocr_note()}"),
        "",
        "## Ratios against the targets",
        "",
        f"- pipeline 1 worker ÷ pdfplumber alone, same {pages} pages: **{r['pipeline_1']['wall'] / floor:.2f}** "
        f"(target ≤ 0.25); with `--pdf-reader pdfplumber`: {r['pipeline_1_pdfplumber']['wall'] / floor:.2f}",
        f"- the same by CPU time (user + system, steadier than wall time on a shared machine): "
        f"**{_cpu_ratio(r['pipeline_1'], r['pdfplumber'])}**; with `--pdf-reader pdfplumber`: "
        f"{_cpu_ratio(r['pipeline_1_pdfplumber'], r['pdfplumber'])}",
        f"- pages per second per core: **{pages / r['pipeline_1']['wall']:.1f}** (1 worker), "
        f"{pages / r['pipeline_n']['wall'] / cores:.1f} ({cores} workers); pdfplumber reader "
        f"{pages / r['pipeline_1_pdfplumber']['wall']:.1f}; pdfplumber alone {pages / floor:.1f}",
        f"- {cores} workers vs 1 (PDF and DOCX): **{r['pipeline_1_all']['wall'] / r['pipeline_n']['wall']:.2f}×** (target ≥ 1.8×)",
        f"- warm re-run vs cold ({cores} workers): **{r['pipeline_n']['wall'] / r['pipeline_warm']['wall']:.1f}×** faster (target ≥ 20×)",
        f"- peak memory, {info['long_pages']}-page vs {info['short_pages']}-page document: "
        f"**{r['mem_long']['peak_rss_mb'] / r['mem_short']['peak_rss_mb']:.2f}×** (target ≤ 1.5×)",
        f"- agency cells/s: **{nz['agency_cells']['uncached_per_s']:,}** uncached, {nz['agency_cells']['cached_per_s']:,} cached (target ≥ 20,000)",
        f"- deadline strings/s: **{nz['deadline_strings']['uncached_per_s']:,}** uncached, "
        f"**{nz['deadline_strings']['cached_per_s']:,}** cached (target ≥ 100,000 with a cache)",
        "",
        f"## Time per stage (one process, the same {r['stages']['pages']} PDF pages, {r['stages']['rows']} rows)",
        "",
        "Read: a page's characters and lines (pdfium, or pdfminer through pdfplumber); "
        "find tables: the table finder, cells, cell text (the same code for both readers).",
        "",
        "| stage | pdfium: seconds | share | pdfplumber: seconds | share |",
        "|---|---:|---:|---:|---:|",
    ]
    for k, v in st.items():
        ref = st_ref.get(k, 0.0)
        lines.append(f"| {k} | {v:.2f} | {v / total:.0%} | {ref:.2f} | {ref / total_ref:.0%} |")
    lines.append(f"| total | {total:.2f} | | {total_ref:.2f} | |")
    lines += ["", "Raw figures (JSON):", "", "```", json.dumps(r, indent=1), "```", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
